"""Headline vs body: FNC-1 stance of the body towards the headline, with evidence sentences."""

from .model import LABELS, Assessment, StanceModel, default_model

__all__ = ["LABELS", "Assessment", "StanceModel", "default_model"]
