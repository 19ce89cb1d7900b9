"""Rebuild the shipped spin model in ``src/newsprobe/data/spin/``.

    python training/spin.py

Needs ../shared/data and Debian's wordnet-base (/usr/share/wordnet).

1. Documents (BBC News, FNC-1 bodies, PolNeAR train): the held-out stories
   (``synth.held_out``, 15 %) are C, for the figures in meta.json; the rest are split
   by id into A (the news bigram and word counts shipped in the lexicon), B1 (word
   model) and B2 (article pooling), so the model never scores text whose bigrams it counted.
2. Lexicon: for every WordNet lemma, its synonyms across all senses, most frequent
   first (wordfreq zipf), at most ``ALTERNATIVES`` (synonyms.tsv.gz); news word counts
   (words.json.gz); hashed news bigram counts (bigrams.npz).
3. Word model: LightGBM on the words of B1 paragraphs, spun by ``training/synth.py``'s
   spinner at 10–40 % (half the documents also swapping inflected words, re-inflected),
   label = the word was swapped in.
4. Article model: logistic regression over pooled word probabilities of B2 articles,
   unspun vs spun at 15 or 30 %.

Deterministic: fixed seeds, one thread for the trees.
"""

from __future__ import annotations

import gzip
import json
import random
import sys
import time
import zlib
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from training.synth import Spinner, bbc, fnc, held_out, polnear, read_synsets, write_meta  # noqa: E402

from newsprobe.nlp import get_nlp  # noqa: E402
from newsprobe.spin.features import BUCKETS, FEATURES, Alternatives, Lexicon, bucket, word_features, words  # noqa: E402
from newsprobe.spin.model import ARTIFACT, POOLED, pooled  # noqa: E402
from newsprobe.wordstats import zipf  # noqa: E402

SEED = 0
ALTERNATIVES = 6
# Words seen fewer times in A are left out of the shipped counts (they add size, not signal).
MIN_UNIGRAM = 2
GBDT_PARAMS = {
    "objective": "binary", "learning_rate": 0.05, "num_leaves": 31, "min_data_in_leaf": 40,
    "feature_fraction": 0.9, "bagging_fraction": 0.8, "bagging_freq": 1, "seed": SEED,
    "num_threads": 1, "deterministic": True, "verbose": -1,
}
ROUNDS = 300
# Share of the content words of unspun text the phrase threshold lets through (chosen on B2).
FLAGGED_NATURAL = 0.005


def part(doc) -> str:
    if held_out(doc.story):
        return "C"
    h = zlib.crc32(doc.id.encode()) % 85
    return "A" if h < 60 else "B1" if h < 75 else "B2"


def build_alternatives() -> Alternatives:
    members: dict[str, set[str]] = {}
    for lemmas in read_synsets().values():
        lemmas = [w.lower() for w in lemmas]
        for lemma in lemmas:
            members.setdefault(lemma, set()).update(w for w in lemmas if w != lemma)
    alternatives = Alternatives()
    for lemma, others in sorted(members.items()):
        ranked = sorted(((w, round(zipf(w), 2)) for w in others), key=lambda a: (-a[1], a[0]))[:ALTERNATIVES]
        if ranked:
            alternatives[lemma] = ranked
    return alternatives


def text_words(text: str):
    """The words of ``text`` as the text layer has them: the pipeline's tokenizer (the parse keeps its tokens)."""
    return words(get_nlp().tokenizer(text))


def build_counts(texts: list[str]) -> tuple[np.ndarray, dict[str, int]]:
    bigrams = np.zeros(BUCKETS, dtype=np.float64)
    unigrams: Counter[str] = Counter()
    for text in texts:
        lowered = [w.text.lower() for w in text_words(text)]
        unigrams.update(lowered)
        for left, right in zip(["<s>", *lowered], [*lowered, "</s>"]):
            bigrams[bucket(left, right)] += 1
    scaled = np.minimum(255, np.round(4 * np.log2(1 + bigrams))).astype(np.uint8)
    return scaled, {w: n for w, n in unigrams.items() if n >= MIN_UNIGRAM}


def labelled_words(text: str, spans: list[tuple[int, int]], lexicon: Lexicon):
    ws = text_words(text)
    content, rows, _ = word_features(ws, text, lexicon)
    labels = np.array([any(s <= ws[i].start < e for s, e in spans) for i in content], dtype=np.int8)
    return rows, labels


def spun_text(paragraphs: list[str], rate: float, spinner: Spinner, rng: random.Random, inflect: bool = False) -> tuple[str, list[tuple[int, int]]]:
    """Paragraphs joined by blank lines, spun at ``rate``, with the spans of swapped words."""
    out, spans, offset = [], [], 0
    for paragraph in paragraphs:
        text, pairs = spinner.spin(paragraph, rate, rng, inflect) if rate else (paragraph, [])
        spans += [(offset + s, offset + e) for _, _, s, e in pairs]
        out.append(text)
        offset += len(text) + 2
    return "\n\n".join(out), spans


def auc(negatives: list[float], positives: list[float]) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score([0] * len(negatives) + [1] * len(positives), list(negatives) + list(positives)))


def main() -> int:
    import lightgbm as lgb
    from sklearn.linear_model import LogisticRegression

    started = time.time()
    rng = random.Random(SEED)
    docs = [d for d in bbc() + fnc() + polnear("train") if len(d.paragraphs) >= 2]
    parts: dict[str, list] = {}
    for doc in docs:
        parts.setdefault(part(doc), []).append(doc)
    print({k: len(v) for k, v in sorted(parts.items())}, flush=True)

    bigrams, unigrams = build_counts([d.text for d in parts["A"]])
    lexicon = Lexicon(build_alternatives(), bigrams, unigrams)
    print(f"lexicon: {len(lexicon.alternatives):,} lemmas, {len(unigrams):,} words, {time.time() - started:.0f} s", flush=True)
    spinner = Spinner()

    X, y = [], []
    for doc in parts["B1"]:
        text, spans = spun_text(doc.paragraphs[:8], rng.choice([0.1, 0.15, 0.2, 0.3, 0.4]), spinner, rng, inflect=rng.random() < 0.5)
        rows, labels = labelled_words(text, spans, lexicon)
        X.append(rows)
        y.append(labels)
    X, y = np.vstack(X), np.concatenate(y)
    print(f"word model: {len(y):,} words, {y.mean():.1%} swapped", flush=True)
    booster = lgb.train(GBDT_PARAMS, lgb.Dataset(X, y, feature_name=list(FEATURES)), ROUNDS)

    def article_probabilities(doc_list, rate, inflect=None):
        """Word probabilities of each document spun at ``rate`` (re-inflecting or not; at random when None)."""
        out = []
        for doc in doc_list:
            text, _ = spun_text(doc.paragraphs[:10], rate, spinner, rng, rng.random() < 0.5 if inflect is None else inflect)
            _, rows, _ = word_features(text_words(text), text, lexicon)
            out.append(booster.predict(rows) if len(rows) else np.empty(0))
        return out

    P, labels = [], []
    for rate in (0.0, 0.15, 0.3):
        probs = article_probabilities(parts["B2"], rate)
        P += [pooled(p) for p in probs]
        labels += [int(rate > 0)] * len(probs)
        if rate == 0:
            # Phrases shown as evidence: at most one word in FLAGGED_NATURAL of unspun text.
            threshold = round(float(np.quantile(np.concatenate(probs), 1 - FLAGGED_NATURAL)), 3)
    pool = LogisticRegression(C=1.0, max_iter=1000).fit(np.array(P), np.array(labels))

    def article_score(p):
        return float(pooled(p) @ pool.coef_[0] + pool.intercept_[0])

    figures = {}
    unspun = [article_score(p) for p in article_probabilities(parts["C"], 0.0)]
    for inflect, name in ((False, ""), (True, "_inflecting")):
        for rate in (0.15, 0.3):
            spun_scores = [article_score(p) for p in article_probabilities(parts["C"], rate, inflect)]
            figures[f"auc_{int(rate * 100)}_vs_0{name}"] = round(auc(unspun, spun_scores), 4)
    # Word-level precision and recall at the phrase threshold, on C spun at 30 %.
    Xc, yc = [], []
    for doc in parts["C"]:
        text, spans = spun_text(doc.paragraphs[:10], 0.3, spinner, rng)
        rows, labels_c = labelled_words(text, spans, lexicon)
        Xc.append(rows)
        yc.append(labels_c)
    pc, yc = booster.predict(np.vstack(Xc)), np.concatenate(yc)
    flagged = pc >= threshold
    figures["word_precision_30"] = round(float(yc[flagged].mean()), 4)
    figures["word_recall_30"] = round(float(flagged[yc == 1].mean()), 4)
    figures["articles_eval"] = len(parts["C"])
    print(figures, flush=True)

    directory = ARTIFACT.directory
    directory.mkdir(parents=True, exist_ok=True)
    booster.save_model(str(directory / "gbdt.txt"))
    np.savez_compressed(directory / "bigrams.npz", counts=bigrams)
    with gzip.GzipFile(directory / "synonyms.tsv.gz", "wb", mtime=0) as raw:
        raw.write("".join(Alternatives.line(w, lexicon.alternatives[w]) + "\n" for w in lexicon.alternatives).encode())
    with gzip.GzipFile(directory / "words.json.gz", "wb", mtime=0) as raw:
        raw.write(json.dumps(unigrams, sort_keys=True).encode())
    write_meta(
        directory, started, features=list(FEATURES), pooled=list(POOLED),
        pool_coef=[round(float(c), 6) for c in pool.coef_[0]], pool_intercept=round(float(pool.intercept_[0]), 6),
        phrase_threshold=threshold, figures=figures,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
