"""The word-piece windows that carry PolNeAR to a machine with a GPU (training/tagger_training.py): what
the tagger trains on there must be what it would train on here."""

from __future__ import annotations

import numpy as np

from newsprobe.quotes.tagger import LABELS
from training.tagger_training import load_windows, save_windows


def _window(rng: np.random.Generator, pieces: int):
    ids = [101, *rng.integers(999, 30522, pieces).tolist(), 102]  # [CLS] … [SEP], ids above 2**15 included
    return ids, (rng.random((pieces, len(LABELS))) < 0.3).astype(np.float32)


def test_windows_come_back_as_they_were_written(tmp_path):
    rng = np.random.default_rng(0)
    splits = {"train": [_window(rng, n) for n in (254, 3, 100)], "dev": [_window(rng, 254)]}
    save_windows(tmp_path / "w.npz", list(LABELS), splits)
    loaded = load_windows(tmp_path / "w.npz")
    assert loaded["labels"] == list(LABELS)
    for split, rows in splits.items():
        assert len(loaded[split]) == len(rows)
        for (ids, labels), (ids_back, labels_back) in zip(rows, loaded[split]):
            assert ids_back.tolist() == ids
            assert labels_back.dtype == np.float32 and np.array_equal(labels_back, labels)
