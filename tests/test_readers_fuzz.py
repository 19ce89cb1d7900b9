"""Property-based fuzzing of the readers through ``iter_articles``: whatever the bytes of a text, HTML,
JSON or JSONL input, no exception escapes, every record gives exactly one result (an ``Article`` or an
``InputError`` naming it on one line), and every article's body is normalised text whose paragraph
and line spans lie inside it, in order.

``make test`` runs a fixed set of examples; ``NEWSPROBE_FUZZ_EXAMPLES=N`` runs N random ones.
"""

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsprobe import Article, InputError, iter_articles
from newsprobe.text import line_spans, normalize_text, paragraph_spans

from .batch.fuzzing import fuzz
from .batch.test_fuzz import awkward_text, english, json_values, records

MAX_BYTES = 20_000  # records of at most 160,000 bytes: the limits are exercised by big examples
options = st.fixed_dictionaries({}, optional={"title": awkward_text, "no_title": st.booleans()})
some_bytes = st.binary(max_size=400)
paragraphs = st.lists(english | awkward_text, min_size=1, max_size=5).map("\n\n".join)


def results(path: Path, data: bytes, **kwargs) -> list:
    path.write_bytes(data)
    found = list(iter_articles([path], max_bytes=MAX_BYTES, **kwargs))
    for result in found:
        assert isinstance(result, (Article, InputError))
        if isinstance(result, InputError):
            assert result.input.startswith(str(path)) and result.problem and "\n" not in str(result)
        else:
            assert_well_formed(result, path)
    return found


def assert_well_formed(article: Article, path: Path) -> None:
    body = article.body
    assert body and normalize_text(body) == body and article.id and article.input.startswith(str(path))
    assert article.language in (None, "en")
    for spans in (paragraph_spans(body), line_spans(body)):
        ends = [0] + [edge for span in spans for edge in span] + [len(body)]
        assert ends == sorted(ends), spans  # inside the body, in order, not overlapping
        assert all(body[start:end].strip() for start, end in spans)


@fuzz(80)
@given(st.lists(records.map(lambda r: json.dumps(r, ensure_ascii=False).encode()) | some_bytes.map(lambda b: b.replace(b"\n", b"")),
                max_size=8), st.sampled_from([b"\n", b"\r\n"]))
def test_jsonl_one_result_per_record(tmp_path, lines, newline):
    data = newline.join(lines)
    found = results(tmp_path / "in.jsonl", data)
    expected = [n for n, line in enumerate(data.split(b"\n"), start=1) if line.decode("utf-8", "replace").strip()]
    assert [int(r.input.rsplit(":", 1)[1]) for r in found] == expected


@fuzz(60)
@given(st.lists(records | json_values, max_size=6) | records)
def test_json_one_result_per_record(tmp_path, document):
    found = results(tmp_path / "in.json", json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    assert len(found) == (len(document) if isinstance(document, list) else 1)


@fuzz(80)
@given(paragraphs | awkward_text, some_bytes, st.sampled_from(["utf-8", "utf-16", "cp1252"]), options)
def test_text_one_result(tmp_path, text, junk, encoding, kwargs):
    data = ("T" + text).encode(encoding, "replace") + junk  # "T": text, never sniffed as JSON
    assert len(results(tmp_path / "in.txt", data, **kwargs)) == 1


@fuzz(40)
@given(st.lists(paragraphs | awkward_text, max_size=4), awkward_text, some_bytes)
def test_html_one_result(tmp_path, blocks, title, junk):
    page = f"<html><head><title>{title}</title></head><body><article>{''.join(f'<p>{b}</p>' for b in blocks)}</article></body></html>"
    assert len(results(tmp_path / "in.html", page.encode("utf-8", "surrogatepass") + junk)) == 1
