"""Headline–body features for FNC-1 stance: similarity, overlap, and stance-word evidence.

The same code computes features for training (``training/stance.py``) and at
run time, from raw strings with a regex tokenizer, so a model never sees text
processed differently from what it was trained on. Features avoid topic words
on purpose: the competition test set is about claims the training set never
mentions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ..wordstats import FUNCTION_WORDS

_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")

# Words that carry no topic for the TF-IDF terms and overlaps: the function words, except those that
# carry stance ("not", "but", "all", …), plus vague words frequent in FNC-1 bodies.
STOP = (FUNCTION_WORDS - frozenset("but if not no all any each some whose".split())) | frozenset(
    "shall just only down off more most very new one two like get got now seen see".split()
)
NEGATIONS = frozenset("not no never nothing none nobody neither nor without n't isn't wasn't aren't don't doesn't didn't cannot can't won't".split())
REFUTE = frozenset(
    """fake fakes fraud hoax hoaxes false falsely deny denies denied denial denying debunk debunks debunked
    bogus untrue misleading retract retracted retraction fabricated fabrication photoshopped doctored satire
    satirical parody joke prank pranks rumor rumors rumour rumours myth myths wrong incorrect dismissed dismisses
    refute refutes refuted refuting disputed dispute disputes contrary despite nonsense baseless unfounded""".split()
)
HEDGE = frozenset(
    """reportedly allegedly alleged claims claim claimed claiming purportedly apparently unconfirmed unverified
    according sources source may might could possibly perhaps speculation speculated rumored appears appear
    seems seem believed suggest suggests suggesting report reports reported supposedly""".split()
)
SUPPORT = frozenset(
    """confirmed confirms confirm official officially announced announces revealed reveals shows showed video
    footage photos photo statement verified indeed true proof evidence""".split()
)
LEXICONS = {"refute": REFUTE, "hedge": HEDGE, "support": SUPPORT, "negation": NEGATIONS}
# Individual stance words, each counted where the body talks about the headline's subject.
STANCE_WORDS = sorted(
    {_w for _w in (REFUTE | HEDGE | SUPPORT | NEGATIONS) if "'" not in _w}
    | set("but however although actually real really truth true fact hoax fake not no".split())
)
TOP_SENTENCES = 3


def tokenize(text: str) -> list[str]:
    return [_stem(t.replace("’", "'")) for t in _TOKEN.findall(text.lower())]


def _stem(token: str) -> str:
    """A light suffix stripper: enough to meet "denies"/"denied", never below four letters."""
    if token in NEGATIONS or len(token) <= 4:
        return token
    for suffix in ("ing", "ed", "es", "s"):
        if token.endswith(suffix) and len(token) - len(suffix) >= 4:
            return token[: -len(suffix)]
    return token


def content_words(tokens: Sequence[str]) -> list[str]:
    return [t for t in tokens if t not in STOP and not t.isdigit() and len(t) > 1]


def _ngrams(tokens: Sequence[str], stop: frozenset[str]) -> list[str]:
    words = [t for t in tokens if t not in stop] if stop else list(tokens)
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


@dataclass
class Vectorizer:
    """TF-IDF over word unigrams and bigrams (without ``stop`` words), sublinear tf, L2-normalised rows."""

    vocabulary: dict[str, int]
    idf: np.ndarray
    stop: frozenset[str] = STOP

    @classmethod
    def fit(
        cls, documents: Sequence[Sequence[str]], max_terms: int = 60_000, min_df: int = 2, stop: frozenset[str] = STOP
    ) -> Vectorizer:
        df: dict[str, int] = {}
        for tokens in documents:
            for term in set(_ngrams(tokens, stop)):
                df[term] = df.get(term, 0) + 1
        kept = sorted(sorted((t for t, n in df.items() if n >= min_df), key=lambda t: (-df[t], t))[:max_terms])
        n = len(documents)
        idf = np.array([np.log((1 + n) / (1 + df[t])) + 1 for t in kept], dtype=np.float32)
        return cls({t: i for i, t in enumerate(kept)}, idf, stop)

    def transform(self, documents: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        rows, cols, counts = [], [], []
        for row, tokens in enumerate(documents):
            found = Counter(i for i in map(self.vocabulary.get, _ngrams(tokens, self.stop)) if i is not None)
            rows += [row] * len(found)
            cols += found.keys()
            counts += found.values()
        cols = np.array(cols, dtype=np.int64)
        values = (1 + np.log(np.array(counts, dtype=np.float64))) * self.idf[cols]
        matrix = sparse.csr_matrix((values, (rows, cols)), shape=(len(documents), len(self.vocabulary)), dtype=np.float32)
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        norms[norms == 0] = 1
        return sparse.csr_matrix(sparse.diags(1 / norms) @ matrix)

    def to_arrays(self, prefix: str) -> dict[str, np.ndarray]:
        terms = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        return {
            f"{prefix}_terms": np.array(terms),
            f"{prefix}_idf": self.idf,
            f"{prefix}_stop": np.array(sorted(self.stop)),
        }

    @classmethod
    def from_arrays(cls, arrays, prefix: str) -> Vectorizer:
        terms = arrays[f"{prefix}_terms"].tolist()
        return cls({t: i for i, t in enumerate(terms)}, arrays[f"{prefix}_idf"], frozenset(arrays[f"{prefix}_stop"].tolist()))


@dataclass
class Body:
    """A body prepared once for all the headlines it is paired with."""

    text: str
    tokens: list[str]
    token_set: set[str]
    sentences: list[tuple[int, int]]
    sentence_tokens: list[list[str]]
    vector: sparse.csr_matrix
    sentence_vectors: sparse.csr_matrix


def prepare_body(text: str, sentences: Sequence[tuple[int, int]], vectorizer: Vectorizer) -> Body:
    """``sentences``: the text layer's sentence spans of ``text`` (from the spaCy parse)."""
    spans = list(sentences) or [(0, len(text))]
    sentence_tokens = [tokenize(text[s:e]) for s, e in spans]
    tokens = [t for sentence in sentence_tokens for t in sentence]
    vectors = vectorizer.transform([tokens, *sentence_tokens])  # one transform: rows are independent
    return Body(
        text=text,
        tokens=tokens,
        token_set=set(tokens),
        sentences=spans,
        sentence_tokens=sentence_tokens,
        vector=vectors[:1],
        sentence_vectors=vectors[1:],
    )


FEATURE_NAMES: list[str] = []


def _names() -> list[str]:
    names = [
        "cos_body", "cos_sent_max", "cos_sent_top3", "cos_lead", "best_sent_position",
        "overlap_body", "overlap_best_sent", "bigram_overlap_body", "missing_content_words",
        "headline_words", "log_body_words", "headline_question",
        "sentences_with_2_overlaps", "share_sentences_with_overlap",
    ]
    for lexicon in LEXICONS:
        names += [f"{lexicon}_headline", f"{lexicon}_body_rate", f"{lexicon}_top_sentences", f"{lexicon}_overlap_sentences"]
    names += [f"word_{w}_headline" for w in STANCE_WORDS]
    names += [f"word_{w}_near" for w in STANCE_WORDS]
    return names


FEATURE_NAMES.extend(_names())


def near_sentences(headline_tokens: Sequence[str], similarities: np.ndarray, body: Body) -> list[int]:
    """Sentences about the headline's subject: the most similar ones and those sharing two content words."""
    head_words = set(content_words(headline_tokens))
    top = np.argsort(-similarities, kind="stable")[:TOP_SENTENCES].tolist()
    sharing = [i for i, sentence in enumerate(body.sentence_tokens) if len(head_words & set(sentence)) >= 2]
    return sorted(set(top) | set(sharing))


def pair_features(
    headline: str, headline_tokens: list[str], headline_vector: sparse.csr_matrix, body: Body
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Feature vector for one pair, each body sentence's similarity to the headline, and the
    tokens of the sentences about the headline (the text model's input)."""
    similarities = (body.sentence_vectors @ headline_vector.T).toarray().ravel()
    order = np.argsort(-similarities, kind="stable")
    top = order[:TOP_SENTENCES]
    cos_body = float((body.vector @ headline_vector.T).toarray()[0, 0])

    head_words = set(content_words(headline_tokens))
    body_words = body.token_set
    best_words = set(body.sentence_tokens[order[0]]) if len(order) else set()
    n_head = max(len(head_words), 1)
    head_bigrams = set(zip(content_words(headline_tokens), content_words(headline_tokens)[1:]))
    body_content = content_words(body.tokens)
    body_bigrams = set(zip(body_content, body_content[1:]))
    overlaps = [len(head_words & set(s)) for s in body.sentence_tokens]
    overlap_sentences = [i for i, n in enumerate(overlaps) if n >= 2]

    values = [
        cos_body,
        float(similarities[order[0]]) if len(order) else 0.0,
        float(similarities[top].mean()) if len(top) else 0.0,
        float(similarities[:2].mean()) if len(similarities) else 0.0,
        float(order[0] / max(len(order) - 1, 1)) if len(order) else 0.0,
        len(head_words & body_words) / n_head,
        len(head_words & best_words) / n_head,
        len(head_bigrams & body_bigrams) / max(len(head_bigrams), 1),
        float(len(head_words - body_words)),
        float(len(headline_tokens)),
        float(np.log1p(len(body.tokens))),
        float("?" in headline),
        float(len(overlap_sentences)),
        len([n for n in overlaps if n]) / max(len(overlaps), 1),
    ]
    n_body = max(len(body.tokens), 1)
    for words in LEXICONS.values():
        values.append(float(sum(t in words for t in headline_tokens)))
        values.append(1000 * sum(t in words for t in body.tokens) / n_body)
        values.append(float(sum(t in words for i in top for t in body.sentence_tokens[i])))
        values.append(float(sum(t in words for i in overlap_sentences for t in body.sentence_tokens[i])))
    near_tokens = [t for i in near_sentences(headline_tokens, similarities, body) for t in body.sentence_tokens[i]]
    near = Counter(near_tokens)
    head_counts = Counter(headline_tokens)
    values.extend(float(head_counts[w]) for w in STANCE_WORDS)
    values.extend(float(near[w]) for w in STANCE_WORDS)
    return np.array(values, dtype=np.float32), similarities, near_tokens


def features_for_pairs(
    pairs: Sequence[tuple[str, str]], bodies: dict[str, tuple[str, list[tuple[int, int]]]], vectorizer: Vectorizer
) -> tuple[np.ndarray, list[list[str]]]:
    """Feature matrix for (headline, body id) pairs, and the tokens of each pair's near sentences.

    ``bodies`` maps a body id to its text and sentence spans. Each body and each distinct
    headline is prepared once.
    """
    needed = {body_id for _, body_id in pairs}
    prepared = {body_id: prepare_body(*bodies[body_id], vectorizer) for body_id in needed}
    headlines = sorted({h for h, _ in pairs})
    head_tokens = {h: tokenize(h) for h in headlines}
    head_vectors = vectorizer.transform([head_tokens[h] for h in headlines])
    head_index = {h: i for i, h in enumerate(headlines)}
    matrix = np.zeros((len(pairs), len(FEATURE_NAMES)), dtype=np.float32)
    near_tokens: list[list[str]] = []
    for row, (headline, body_id) in enumerate(pairs):
        matrix[row], _, near = pair_features(headline, head_tokens[headline], head_vectors[head_index[headline]], prepared[body_id])
        near_tokens.append(near)
    return matrix, near_tokens
