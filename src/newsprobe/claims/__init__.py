"""Claims: the sentences worth checking, their kind and figures, and numbers an article states two ways."""

from .kinds import KINDS, claim_kind
from .model import Claims, CheckworthinessModel, SentenceClaim, claims_for, default_model
from .quantities import Quantity, inconsistent_pairs, quantities

__all__ = [
    "KINDS",
    "CheckworthinessModel",
    "Claims",
    "Quantity",
    "SentenceClaim",
    "claim_kind",
    "claims_for",
    "default_model",
    "inconsistent_pairs",
    "quantities",
]
