"""The accurate mode's word-piece tagger: a fine-tuned small encoder that reads the words in context.

all-MiniLM-L6-v2, fine-tuned on PolNeAR train by ``training/quote_tagger.py``, gives each word
piece nine probabilities (LABELS): inside, beginning or ending an attribution's source, cue or
content. The dependency rules still propose the attributions; its probabilities sharpen the two
learned decisions, which candidates to keep and where each span's edges go (model.py,
boundaries.py), and add the cues it reads surely where the rules found none (tagged.py). Opt in with the ``accurate`` quote mode; it needs the
``accurate`` extra (onnxruntime and tokenizers; the encoder's vocabulary ships with the
artifact), runs on the CPU, and costs about one spaCy parse per article again. The mode is
process-wide ($NEWSPROBE_QUOTES, or ``--quotes accurate`` on the command line), so that the
server's and the batch run's workers load the tagger once, before the first article.
"""

from __future__ import annotations

import os
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, fields
from pathlib import Path

import numpy as np

from ..artifacts import Artifact, load_once
from ..errors import ModelError

MODE_ENV = "NEWSPROBE_QUOTES"
MODES = ("fast", "accurate")
NEEDS_EXTRA = "the accurate quote mode needs the accurate extra: pip install 'newsprobe[accurate]'"
ARTIFACT = Artifact("quote_tagger", "python training/quote_tagger.py")
LABELS = tuple(f"{role}_{kind}" for role in ("source", "cue", "content") for kind in ("inside", "begin", "end"))
WINDOW = 256  # word pieces per window, [CLS] and [SEP] included: the length the encoder was pre-trained at
CLS, SEP = 101, 102  # [CLS] and [SEP] in the encoder's (BERT uncased) vocabulary; load_tokenizer checks them
INFERENCE_STRIDE = WINDOW // 2  # windows overlap by half; each piece is read from the window it is most central in
# Windows per inference call: a long text's windows at once would hold gigabytes of attention. The
# 8-bit model scales its activations per call, so probabilities shift in the third decimal with it.
BATCH = 8
# A run of pieces read as one span carries on over pieces down to this probability: the tagger reads
# "has no illusions about" at 0.9 but "no" lower. On PolNeAR dev, with the tagger's proposals (tagged.py),
# floors of 0.15 and 0.3 gave the same cue F1, none (the threshold itself) 0.006 less.
RUN_FLOOR = 0.3


def quote_mode() -> str:
    """The process's quote mode: $NEWSPROBE_QUOTES (``newsprobe … --quotes`` sets it), ``fast`` by default."""
    mode = os.environ.get(MODE_ENV) or "fast"
    if mode not in MODES:
        raise ModelError(f"{MODE_ENV}={mode!r} is not a quote mode (choose {' or '.join(MODES)})")
    return mode


def use_quote_mode(mode: str | None = None) -> str:
    """Make ``mode``, when given, the process's quote mode (through the environment, which worker
    processes inherit) and return the mode in force, with the accurate mode's libraries importable:
    what a run's parent process checks before its workers start, so that a missing extra is one
    error there and not one per worker."""
    if mode is not None:
        os.environ[MODE_ENV] = mode
    mode = quote_mode()
    if mode == "accurate":
        try:
            import onnxruntime  # noqa: F401
            import tokenizers  # noqa: F401
        except ImportError:
            raise ModelError(NEEDS_EXTRA) from None
    return mode


def reading_of(prose: str) -> Reading | None:
    """The shipped tagger's reading of ``prose`` in the accurate mode; None in the fast mode."""
    return default_tagger().read(prose) if quote_mode() == "accurate" else None


def load_tokenizer(path: Path):
    """The encoder's word-piece tokenizer (its tokenizer.json), whole texts in: the released file
    truncates at 128 pieces."""
    try:
        from tokenizers import Tokenizer
    except ImportError:
        raise ModelError(NEEDS_EXTRA) from None
    try:
        tokenizer = Tokenizer.from_file(str(path))
    except Exception as exc:  # tokenizers raises a bare Exception for a missing or malformed file
        raise ValueError(f"{path.name}: {exc}") from None
    if (tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")) != (CLS, SEP):
        raise ValueError(f"{path.name} is not the encoder's vocabulary ([CLS] and [SEP] are not {CLS} and {SEP})")
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


def windows(ids: list[int], stride: int, cls: int = CLS, sep: int = SEP):
    """(first piece, [CLS] + pieces + [SEP]) windows over ``ids`` every ``stride`` pieces, the last one
    reaching the end."""
    width = WINDOW - 2
    start = 0
    while True:
        yield start, [cls, *ids[start:start + width], sep]
        if start + width >= len(ids):
            return
        start += stride


@dataclass(frozen=True)
class Blend:
    """How the tagger's probabilities join the parse models' scores; chosen on PolNeAR dev."""

    cue: float  # weight of the logit of the cue's probability, added to the filter's logit
    edges: float  # weight of the content probability's logit step at a content edge, added to the boundary model's score
    threshold: float  # the filter's threshold on the joint probability
    propose: float | None = None  # the cue probability at which the tagger adds a cue the rules miss (tagged.py); None: never
    bounds: float = 0.0  # weight of the logit of the probability that a candidate edge's own piece begins (ends) a span of its role

    @classmethod
    def from_meta(cls, values) -> Blend:
        """The blend as meta.json records it: a number for every field, null allowed for ``propose``."""
        if not isinstance(values, dict) or set(values) != {f.name for f in fields(cls)}:
            raise ValueError(f"the blend in meta.json is not an object with the fields {', '.join(f.name for f in fields(cls))}")
        for name, value in values.items():
            if not (isinstance(value, (int, float)) and not isinstance(value, bool) or value is None and name == "propose"):
                raise ValueError(f"the blend in meta.json has no number for {name} ({value!r})")
        return cls(**{k: None if v is None else float(v) for k, v in values.items()})


def _logit(p):
    # Clipped at 1e-4: a cue the tagger does not read at all (probability 0) costs 9.2 logits times the
    # weight, a strong vote against, not an infinite one.
    p = np.clip(np.asarray(p, dtype=np.float64), 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


@dataclass
class Reading:
    """The tagger's reading of one text: the probability of each label at each word piece."""

    starts: list[int]  # each piece's first character
    ends: list[int]  # and one past its last
    probabilities: np.ndarray  # pieces × LABELS
    blend: Blend

    def candidate_scores(self, attributions: list, scores: np.ndarray) -> np.ndarray:
        """The filter's probabilities joined with how surely the tagger reads each cue as a cue."""
        evidence = [self.at("cue_inside", *a.cue) for a in attributions]
        return 1 / (1 + np.exp(-(_logit(scores) + self.blend.cue * _logit(evidence))))

    def edge_scores(self, role: str, side: str, starts: list[int], ends: list[int], scores: np.ndarray) -> np.ndarray:
        """The boundary model's scores for one edge's candidate tokens (their character ranges) joined
        with the tagger's reading there: for every role, the logit of the probability that the
        candidate's own piece begins (ends) a span of that role, with weight ``bounds``; for content
        edges also how sharply the tagger's content probability changes there, with weight ``edges``:
        the logit at the candidate's own piece on the inside minus the logit at the next piece outside.
        The step places content edges better than the begin and end columns alone; the columns add to
        it, at cue edges most (dev, issue #12's twentieth round: cue exact F1 +0.0045, content +0.0014)."""
        if side == "end":
            piece = np.array([bisect_left(self.starts, end) - 1 for end in ends], dtype=int)  # the candidate's last piece
            outside, edge = piece + 1, f"{role}_end"
        else:
            piece = np.array([bisect_right(self.ends, start) for start in starts], dtype=int)  # the candidate's first piece
            outside, edge = piece - 1, f"{role}_begin"
        scores = scores + self.blend.bounds * self._logit_at(self.probabilities[:, LABELS.index(edge)], piece)
        if role == "content":
            inside = self.probabilities[:, LABELS.index("content_inside")]
            scores = scores + self.blend.edges * (self._logit_at(inside, piece) - self._logit_at(inside, outside))
        return scores

    @staticmethod
    def _logit_at(column: np.ndarray, pieces: np.ndarray) -> np.ndarray:
        """The column's logit at each piece; before the first piece and after the last, as if it read 0
        (for the content step a strong one, so a span may run to the text's edge; for a begin or end
        column a vote against a candidate that has no piece of its own)."""
        padded = np.concatenate([[0.0], column, [0.0]])
        return _logit(padded[np.clip(pieces + 1, 0, len(padded) - 1)])

    def runs(self, label: str, threshold: float, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """Character spans of the runs of pieces, inside [start, end), whose probability of ``label``
        stays at RUN_FLOOR or more and reaches ``threshold`` somewhere."""
        column = self.probabilities[:, LABELS.index(label)]
        floor = min(threshold, RUN_FLOOR)
        stop = len(self.starts) if end is None else bisect_left(self.starts, end)
        found = []
        i = bisect_left(self.starts, start)
        while i < stop:
            if column[i] < floor:
                i += 1
                continue
            j = i
            while j + 1 < stop and column[j + 1] >= floor:
                j += 1
            if column[i : j + 1].max() >= threshold:
                found.append((self.starts[i], self.ends[j]))
            i = j + 1
        return found

    def at(self, label: str, start: int, end: int) -> float:
        """The label's largest probability over the pieces of the characters [start, end); 0 where
        no piece lies there (white space only)."""
        first, stop = bisect_right(self.ends, start), bisect_left(self.starts, end)
        return float(self.probabilities[first:stop, LABELS.index(label)].max()) if first < stop else 0.0


class QuoteTagger:
    def __init__(self, session, tokenizer, blend: Blend):
        self.session = session
        self.tokenizer = tokenizer
        self.blend = blend

    def read(self, text: str) -> Reading:
        encoding = self.tokenizer.encode(text, add_special_tokens=False)
        ids = encoding.ids
        if not ids:
            return Reading([], [], np.zeros((0, len(LABELS)), dtype=np.float32), self.blend)
        probabilities = np.zeros((len(ids), len(LABELS)), dtype=np.float32)
        best = np.full(len(ids), -1.0)
        chunks = list(windows(ids, INFERENCE_STRIDE))
        for first in range(0, len(chunks), BATCH):
            group = chunks[first:first + BATCH]
            out = self._run([chunk for _, chunk in group])
            for row, (start, chunk) in enumerate(group):
                positions = np.arange(start, start + len(chunk) - 2)
                centrality = np.minimum(positions - start, start + len(chunk) - 3 - positions)
                better = centrality > best[positions]
                probabilities[positions[better]] = out[row, 1:len(chunk) - 1][better]
                best[positions[better]] = centrality[better]
        return Reading([s for s, _ in encoding.offsets], [e for _, e in encoding.offsets], probabilities, self.blend)

    def _run(self, chunks: list[list[int]]) -> np.ndarray:
        """Probabilities for a batch of windows, padded to the longest."""
        batch = np.zeros((len(chunks), max(map(len, chunks))), dtype=np.int64)
        mask = np.zeros_like(batch)
        for row, chunk in enumerate(chunks):
            batch[row, :len(chunk)] = chunk
            mask[row, :len(chunk)] = 1
        return self.session.run(None, {"input_ids": batch, "attention_mask": mask})[0]


def open_session(path: Path):
    """An onnxruntime session over the exported tagger, on the CPU."""
    try:
        import onnxruntime
    except ImportError:
        raise ModelError(NEEDS_EXTRA) from None
    if not path.is_file():
        raise FileNotFoundError(f"no {path.name}")
    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3
    try:
        return onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime's own error types (InvalidProtobuf, Fail, …) share no base class here
        raise ValueError(f"{path.name} is not a readable ONNX model ({exc.__class__.__name__})") from None


@load_once
def default_tagger() -> QuoteTagger:
    meta = ARTIFACT.meta(labels=LABELS)
    with ARTIFACT.loading():
        if int(meta["window"]) != WINDOW:
            raise ValueError(f"built for {meta['window']}-piece windows")
        blend = Blend.from_meta(meta["blend"])
        session = open_session(ARTIFACT.path("tagger.onnx"))
        tokenizer = load_tokenizer(ARTIFACT.path("tokenizer.json"))
    return QuoteTagger(session, tokenizer, blend)
