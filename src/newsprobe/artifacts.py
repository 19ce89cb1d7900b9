"""Shipped model artifacts: one loader, one error, loaded once per process.

Each capability ships its artifacts in ``data/<capability>/`` with a ``meta.json``
that records the report schema it was built for, the feature names it expects and
the figures it reached. ``Artifact`` reads them; anything missing, corrupt or built
for other features becomes one ``ModelError`` that says how to rebuild it.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import TypeVar

from .errors import ModelError
from .report import require_compatible

DATA = Path(__file__).resolve().parent / "data"

T = TypeVar("T")


class Artifact:
    """The files of one shipped model: ``data/<name>/``, rebuilt by ``retrain``."""

    def __init__(self, name: str, retrain: str, directory: Path | None = None):
        self.name = name
        self.retrain = retrain
        self.directory = directory or DATA / name

    def path(self, filename: str) -> Path:
        return self.directory / filename

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Turn whatever reading the files raises into one ModelError naming the artifact."""
        import lightgbm

        try:
            yield
        except ModelError:
            raise
        except (OSError, ValueError, KeyError, TypeError, EOFError, lightgbm.basic.LightGBMError) as exc:
            raise ModelError(
                f"cannot load the {self.name} model from {self.directory} ({exc.__class__.__name__}: {exc}); "
                f"rebuild it with `{self.retrain}`"
            ) from None

    def meta(self, **features: Sequence[str]) -> dict:
        """meta.json, checked: built for this report schema and, for each ``features`` key, these feature names."""
        with self.loading():
            meta = json.loads(self.path("meta.json").read_text(encoding="utf-8"))
            if not isinstance(meta, dict):
                raise ValueError("meta.json is not an object")
            require_compatible(meta.get("schema"))
            for key, names in features.items():
                if tuple(meta[key]) != tuple(names):
                    raise ValueError(f"built for other {key.replace('_', ' ')}")
        return meta

    def booster(self, filename: str):
        """A LightGBM model saved as text."""
        import lightgbm

        with self.loading():
            return lightgbm.Booster(model_str=self.path(filename).read_text(encoding="utf-8"))


def load_once(loader: Callable[[], T]) -> Callable[[], T]:
    """Call ``loader`` once per process, thread-safely, and keep what it returns (``warm_up`` calls them all)."""
    lock = threading.Lock()
    loaded: list[T] = []

    @wraps(loader)
    def once() -> T:
        if not loaded:
            with lock:
                if not loaded:
                    loaded.append(loader())
        return loaded[0]

    def reset() -> None:
        with lock:
            loaded.clear()

    once.reset = reset  # type: ignore[attr-defined]  # tests reload after corrupting a file
    return once
