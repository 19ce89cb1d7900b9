"""The kind of claim a sentence makes, from its parse."""

import pytest

from newsprobe.claims.kinds import claim_kind
from newsprobe.claims.quantities import quantities


@pytest.fixture(scope="module")
def nlp():
    from newsprobe.nlp import get_nlp

    return get_nlp()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Unemployment will rise to 6% next year.", "prediction"),
        ("The economy is expected to grow by 2%.", "prediction"),
        ("Prices rose sharply because of the drought.", "causal"),
        ("The plant closure led to 500 job losses.", "causal"),
        ("We have more jobs than any other country.", "comparison"),
        ("It is the worst trade deal ever signed.", "comparison"),
        ("Profits jumped 76% to $1.13bn.", "comparison"),
        ("More than 3,000 people attended.", "quantity"),  # "more than" qualifies a figure
        ("There were 2,400 Russians fighting for Isil.", "quantity"),
        ("I was against the war in Iraq.", "other"),
    ],
)
def test_claim_kind(nlp, text, kind):
    doc = nlp(text)
    assert claim_kind(doc[:], quantities(doc)) == kind
