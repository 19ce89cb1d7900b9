"""The page's text colours against their backgrounds meet WCAG AA (contrast ≥ 4.5:1)."""

import re

import pytest

from newsprobe.server.app import HERE

CSS = (HERE / "static" / "style.css").read_text()
VARIABLES = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", CSS))


def colour(name: str) -> str:
    return VARIABLES.get(name, name)


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    high, low = sorted((luminance(colour(foreground)), luminance(colour(background))), reverse=True)
    return (high + 0.05) / (low + 0.05)


PAIRS = [
    # body text on the page and on every quote highlight
    ("ink", "bg"), ("ink", "person"), ("ink", "org"), ("ink", "anon"), ("ink", "orphan"), ("ink", "unknown"),
    # secondary text and links
    ("muted", "bg"), ("accent", "bg"),
    # verdict panels: text and links
    ("ink", "#f0fdf4"), ("ink", "#fffbeb"), ("ink", "#fef2f2"), ("ink", "#eff6ff"),
    ("accent", "#fffbeb"), ("accent", "#fef2f2"), ("accent", "#f0fdf4"),
    # button, tooltip, error box, missing headline terms
    ("#ffffff", "accent"), ("#ffffff", "#111827"), ("#7f1d1d", "#fee2e2"), ("ink", "#fee2e2"),
]


@pytest.mark.parametrize(("foreground", "background"), PAIRS)
def test_wcag_aa(foreground, background):
    assert f"{colour(foreground)}" in CSS or foreground in VARIABLES
    assert contrast(foreground, background) >= 4.5
