from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "examples" / "syria-jets.txt"


def shared_data(relative: str) -> Path:
    """A path under ../shared/data, or skip the test with the reason."""
    path = SHARED / "data" / relative
    if not path.exists():
        pytest.skip(f"needs {path} (the shared data sets beside the repository); not present here")
    return path


@pytest.fixture(scope="session")
def example_report():
    import newsprobe

    return newsprobe.analyze(newsprobe.read(EXAMPLE))
