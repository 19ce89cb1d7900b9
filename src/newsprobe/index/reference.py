"""The reference index: documents newsprobe can trace an article's passages to, and how it finds them."""

from __future__ import annotations

import functools
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import InputError
from ..processes import bounded, die_with_parent
from ..report import Article
from .align import Alignment, align, best_window
from .building import prepare
from .shingles import TokenHasher, tokens, tokens_with_offsets
from .store import IndexStore, NewDoc, StoredDoc

# Documents per committed transaction: a kill -9 loses at most this many; larger batches
# stopped speeding up the build past ~1,000 (benchmarks/provenance.py).
BATCH = 1000
# A 3-gram in more documents than this is boilerplate or a stock phrase: it finds nothing.
MAX_POSTINGS = 200
# Documents measured per passage, and per article, by stored 3-grams shared with them: a
# wire paragraph and its reprints fit with room to spare.
MAX_CANDIDATES = 20
# A passage's candidates below this share of its best candidate's stored 3-gram hits are
# dropped: a source or reprint keeps a share close to the best one's even at 30 % spin.
CANDIDATE_SHARE = 0.3
# Passages whose best candidate holds less than this share of their 3-grams as written were
# not copied from the index (30 % spin still leaves ~55 % of a copied passage's 3-grams).
COPIED_FLOOR = 0.15
# A document is a source when it holds at least half of the passage's word 3-grams as
# written before rewording (the acceptance rule of issue #4).
MIN_SCORE = 0.5


@dataclass
class Source:
    doc: StoredDoc
    alignment: Alignment
    tokens: list[str]  # the document's words, which ``alignment`` indexes


@dataclass
class AddSummary:
    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    errors: int = 0


class ReferenceIndex:
    def __init__(self, store: IndexStore):
        self.store = store
        self.hasher = TokenHasher()
        self._unfinished: int | None = None  # checked once, at the first lookup

    @classmethod
    def open(cls, location: str | Path, *, write: bool = False, create: bool = False) -> ReferenceIndex:
        """Open an index by path or URL (``refs.sqlite``, ``sqlite:///data/refs.sqlite``): the scheme picks
        the storage backend. ``create`` makes a new index (``index build``), ``write`` allows adding."""
        backend, path = _backend(location)
        if not create and not path.exists():
            raise InputError(str(location), "no such index (create it with `newsprobe index build`)", code="missing")
        try:
            store = backend(path, readonly=not (write or create))
            if store.get_meta("format") is None:
                raise InputError(str(location), "not a newsprobe index", code="bad_index")
        except InputError:
            raise
        except Exception as exc:  # sqlite3.DatabaseError and friends: not an index we can read
            raise InputError(str(location), f"not a newsprobe index ({exc})", code="bad_index") from None
        return cls(store)

    def __enter__(self) -> ReferenceIndex:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def stats(self) -> dict:
        return self.store.stats()

    # ------------------------------------------------------------- adding

    def add(
        self,
        records: Iterable[Article | InputError],
        *,
        workers: int = 1,
        on_batch: Callable[[int, AddSummary], None] | None = None,
        on_error: Callable[[InputError], None] | None = None,
        on_finish: Callable[[], None] | None = None,
        batch_size: int = BATCH,
    ) -> AddSummary:
        """Add articles in committed batches, then make them searchable; a stored id with the same content is skipped.

        ``workers`` > 1 hashes and compresses in that many processes; this one reads and writes.
        """
        summary = AddSummary()

        def batches() -> Iterator[list[Article]]:
            batch: list[Article] = []
            for record in records:
                if isinstance(record, InputError):
                    summary.errors += 1
                    if on_error:
                        on_error(record)
                    continue
                batch.append(record)
                if len(batch) >= batch_size:
                    yield batch
                    batch = []
            if batch:
                yield batch

        def store(prepared: Iterable[tuple[int, list[NewDoc]]]) -> None:
            for count, docs in prepared:
                known = self.store.known([new.doc.id for new in docs])
                fresh = [new for new in docs if known.get(new.doc.id) != new.doc.hash]
                summary.unchanged += len(docs) - len(fresh)
                summary.replaced += sum(1 for new in fresh if new.doc.id in known)
                summary.added += sum(1 for new in fresh if new.doc.id not in known)
                if fresh:
                    self.store.add(fresh)
                if on_batch:
                    on_batch(count, summary)

        if workers > 1:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(workers, initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
                store(bounded(lambda batch: pool.submit(prepare, batch), batches(), 2 * workers))
        else:
            store(map(prepare, batches()))
        if on_finish:
            on_finish()
        self.store.finish()
        return summary

    # ------------------------------------------------------------ finding

    def ensure_searchable(self) -> None:
        """Raise ``InputError`` if an interrupted (or running) build left documents unsearchable."""
        if self._unfinished is None:
            self._unfinished = self.store.unfinished()
        if self._unfinished:
            raise InputError(
                str(getattr(self.store, "path", "index")),
                f"{self._unfinished:,} documents are not searchable yet: an index build was interrupted or is running; "
                "run the same `newsprobe index build` command again to finish it", code="unfinished_index",
            )

    def find_sources(self, text: str, passages: list[tuple[int, int]]) -> list[list[Source]]:
        """For each (start, end) passage of ``text``, the documents it was copied from, best first.

        Candidates are the documents sharing stored 3-grams with the article. A
        passage is aligned with the candidate holding most of its 3-grams; undoing
        the substitutions that alignment finds restores the passage as it was before
        rewording, and each candidate's share of the restored 3-grams is its score.
        """
        self.ensure_searchable()
        words = [tokens_with_offsets(text, start, end)[0] for start, end in passages]
        hashed = [self.hasher.shingles_and_indexable(w) for w in words]
        shingles = [all_hashes for all_hashes, _ in hashed]
        owners = {h: p for p, (_, stored) in enumerate(hashed) for h in stored.tolist()}
        per_passage: list[Counter[int]] = [Counter() for _ in passages]
        for shingle, docs in self.store.postings(sorted(owners), MAX_POSTINGS):
            if len(docs) <= MAX_POSTINGS:
                per_passage[owners[shingle]].update(docs)
        # A passage's own candidates, and the article's: a short passage may keep none of its
        # few stored 3-grams after spinning, and its source is often a source of the others.
        article = sum(per_passage, Counter()).most_common(MAX_CANDIDATES)
        shortlists = []
        for hits in per_passage:
            best = max(hits.values(), default=0)
            own = [d for d, n in hits.most_common(MAX_CANDIDATES) if n >= CANDIDATE_SHARE * best]
            shortlists.append(list(dict.fromkeys(own + [d for d, _ in article])))
        docs = self.store.documents({d for ranked in shortlists for d in ranked})
        doc_words = {num: tokens(doc.text) for num, doc in docs.items()}
        doc_shingles = {num: self.hasher.shingles(w) for num, w in doc_words.items()}
        doc_sets = {num: np.unique(sh) for num, sh in doc_shingles.items()}

        results: list[list[Source]] = []
        for passage, sh, ranked in zip(words, shingles, shortlists, strict=True):
            nums = [d for d in ranked if d in docs]  # postings of a replaced document find nothing
            observed = [_share(sh, doc_sets[num]) for num in nums]
            if not nums or max(observed) < COPIED_FLOOR:
                results.append([])
                continue
            alignments = {}

            def aligned(num: int) -> Alignment:
                if num not in alignments:
                    alignments[num] = align(passage, doc_words[num], best_window(sh, doc_shingles[num], len(passage)))
                return alignments[num]

            restored_sh = self.hasher.shingles(aligned(nums[int(np.argmax(observed))]).restored)
            found = []
            for num in nums:
                score = _share(restored_sh, doc_sets[num])
                if score >= MIN_SCORE:
                    alignment = aligned(num)
                    alignment.score = score
                    alignment.copied = _share(sh, doc_sets[num])
                    found.append(Source(docs[num], alignment, doc_words[num]))
            found.sort(key=lambda s: (-s.alignment.score, s.doc.id))
            results.append(found)
        return results


def _share(shingles: np.ndarray, sorted_set: np.ndarray) -> float:
    """Share of ``shingles`` found in ``sorted_set`` (sorted, unique)."""
    if not shingles.size or not sorted_set.size:
        return 0.0
    at = np.minimum(np.searchsorted(sorted_set, shingles), sorted_set.size - 1)
    return float((sorted_set[at] == shingles).mean())


# Storage backends by URL scheme, imported when used: "module:class".
BACKENDS = {"sqlite": "newsprobe.index.sqlite:SQLiteStore"}


def _backend(location: str | Path) -> tuple[Callable[..., IndexStore], Path]:
    """The store class for ``location`` and the path it names. A plain path is SQLite; a URL's scheme
    picks the backend, with SQLAlchemy's slashes (``sqlite:///refs.sqlite``, ``sqlite:////abs/refs.sqlite``)."""
    import importlib

    text = str(location)
    scheme, sep, rest = text.partition(":")
    if not (sep and rest.startswith("//") and len(scheme) > 1):  # a plain path (or a Windows drive letter)
        scheme, rest = "sqlite", "///" + text
    if scheme not in BACKENDS:
        raise InputError(text, f"no index backend for {scheme}:// (known: {', '.join(sorted(BACKENDS))})", code="bad_index")
    module, _, name = BACKENDS[scheme].partition(":")
    return getattr(importlib.import_module(module), name), Path(rest[3:] if rest.startswith("///") else rest[2:])


@functools.lru_cache(maxsize=4)
def load_index(location: str | Path) -> ReferenceIndex:
    """The index at ``location``, opened read-only once per process."""
    return ReferenceIndex.open(location)
