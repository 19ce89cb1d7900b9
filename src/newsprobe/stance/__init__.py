"""Headline–body stance (FNC-1): does the body support the headline?"""

from .model import LABELS, Assessment, StanceModel, default_model

__all__ = ["LABELS", "Assessment", "StanceModel", "default_model"]
