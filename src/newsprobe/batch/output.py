"""Batch output: atomic chunk files and a manifest while running, one JSONL or Parquet file at the end.

``OUTPUT.parts/`` holds ``run.json`` (what the run is), ``chunk-NNNNNNNN.jsonl``
files (each written to a temporary name, synced, then renamed) and
``manifest.jsonl``, one line per committed chunk. A chunk counts only once its
manifest line is written, so after a kill -9 a resumed run redoes exactly the
uncommitted chunks: no record is lost and none is written twice.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

PARQUET_COLUMNS = ("id", "input", "status", "error", "code", "title", "url", "published", "verdict", "stance", "quotes", "orphan_quotes", "report")


def parts_dir(output: Path) -> Path:
    return output.with_name(output.name + ".parts")


def chunk_path(parts: Path, index: int) -> Path:
    return parts / f"chunk-{index:08d}.jsonl"


def _write_atomically(path: Path, lines) -> None:
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(line)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def write_chunk(parts: Path, index: int, rows: list[dict]) -> None:
    _write_atomically(chunk_path(parts, index), (json.dumps(row, ensure_ascii=False) + "\n" for row in rows))


def start(parts: Path, description: dict, resume: bool) -> dict[int, dict]:
    """Prepare the parts folder; returns the committed chunks when resuming the same run."""
    run_file = parts / "run.json"
    if resume and run_file.exists():
        recorded = json.loads(run_file.read_text())
        if {**recorded, "files": None} != {**description, "files": None}:
            settings = {k: v for k, v in recorded.items() if k != "files"}
            raise ValueError(f"{parts}: the interrupted run had other inputs or settings ({settings}); rerun without --resume")
        _check_unchanged(recorded.get("files") or {}, description["files"])
        committed = {}
        manifest = parts / "manifest.jsonl"
        if manifest.exists():
            for line in manifest.read_text(encoding="utf-8").splitlines():
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a line cut short by the kill: its chunk is redone
                if chunk_path(parts, entry["chunk"]).exists():
                    committed[entry["chunk"]] = entry
        return committed
    if parts.exists():
        shutil.rmtree(parts)
    parts.mkdir(parents=True)
    _write_atomically(run_file, [json.dumps(description)])
    return {}


def _check_unchanged(before: dict, now: dict) -> None:
    """Refuse to resume over inputs that changed: their records would no longer line up with the committed chunks.

    ``before`` and ``now`` map each input file to its fingerprint (None: missing)."""
    for name in sorted(before.keys() | now.keys()):
        was, is_ = before.get(name), now.get(name)
        if name not in before:
            problem = "not an input of the interrupted run"
        elif was == is_:
            continue
        elif is_ is None:
            problem = "gone since the interrupted run began"
        elif was is None:
            problem = "created since the interrupted run began"
        elif was["size"] != is_["size"]:
            problem = f"changed since the interrupted run began (size {was['size']:,} → {is_['size']:,} bytes)"
        elif was["head_sha256"] != is_["head_sha256"]:
            problem = "changed since the interrupted run began (its first bytes differ)"
        else:
            problem = "changed since the interrupted run began (modified since)"
        raise ValueError(f"{name}: {problem}; rerun without --resume")


def commit(parts: Path, summary: dict) -> None:
    with (parts / "manifest.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(summary) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def merge(parts: Path, chunks: list[int], output: Path) -> None:
    """Concatenate committed chunks in input order into ``output`` (JSONL or Parquet), then drop the parts."""
    temporary = output.with_name(output.name + ".tmp")
    if output.suffix.lower() == ".parquet":
        _merge_parquet(parts, chunks, temporary)
    else:
        with temporary.open("wb") as sink:
            for index in chunks:
                with chunk_path(parts, index).open("rb") as source:
                    shutil.copyfileobj(source, sink)
            sink.flush()
            os.fsync(sink.fileno())
    os.replace(temporary, output)
    shutil.rmtree(parts)


def _merge_parquet(parts: Path, chunks: list[int], target: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([
        ("id", pa.string()), ("input", pa.string()), ("status", pa.string()), ("error", pa.string()), ("code", pa.string()),
        ("title", pa.string()), ("url", pa.string()), ("published", pa.string()), ("verdict", pa.string()),
        ("stance", pa.string()), ("quotes", pa.int32()), ("orphan_quotes", pa.int32()), ("report", pa.string()),
    ])
    with pq.ParquetWriter(target, schema) as writer:
        for index in chunks:
            rows = [json.loads(line) for line in chunk_path(parts, index).read_text(encoding="utf-8").splitlines()]
            columns = {name: [] for name in PARQUET_COLUMNS}
            for row in rows:
                report = row["report"] or {}
                article = report.get("article", {})
                quotes = [q for q in report.get("quotes", []) if q.get("type", "speech") == "speech"]
                values = {
                    "id": row["id"], "input": row["input"], "status": row["status"], "error": row["error"], "code": row["code"],
                    "title": article.get("title"), "url": article.get("url"), "published": article.get("published"),
                    "verdict": report.get("verdict", {}).get("label"), "stance": report.get("headline", {}).get("stance"),
                    "quotes": len(quotes) if report else None,
                    "orphan_quotes": sum(q["speaker"]["kind"] == "pronoun" for q in quotes) if report else None,
                    "report": json.dumps(report, ensure_ascii=False) if report else None,
                }
                for name in PARQUET_COLUMNS:
                    columns[name].append(values[name])
            writer.write_table(pa.table(columns, schema=schema))
