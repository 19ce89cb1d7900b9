"""What the fuzz suites share: how many examples they run, and the report invariant every suite checks.

``make test`` runs a fixed, small set of examples per property (a few seconds each);
``NEWSPROBE_FUZZ_EXAMPLES=2000 make test`` runs that many random ones.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

EXAMPLES = os.environ.get("NEWSPROBE_FUZZ_EXAMPLES")


def fuzz(examples: int):
    """Hypothesis settings: ``examples`` fixed examples, or NEWSPROBE_FUZZ_EXAMPLES random ones."""
    return settings(
        max_examples=int(EXAMPLES) if EXAMPLES else examples,
        derandomize=not EXAMPLES,
        database=None,  # nothing written into the working tree
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
    )


def assert_spans_inside(report: dict) -> None:
    """Every offset in a report lies inside its article's body."""
    size = len(report["article"]["body"])

    def inside(span) -> None:
        assert 0 <= span[0] <= span[1] <= size, (span, size)

    def walk(value, key=None):
        if key == "span" and value is not None:
            inside(value)
        elif key in ("spans", "evidence") and all(isinstance(item, list) for item in value):  # verdict evidence: spans
            for span in value:
                inside(span)
        elif key == "offset":
            assert 0 <= value <= size, (value, size)
        elif isinstance(value, dict):
            for name, item in value.items():
                if name != "article":
                    walk(item, name)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(report)
