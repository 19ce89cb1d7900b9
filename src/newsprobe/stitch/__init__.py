"""Stitching detection without an index: was the body assembled from several articles (see model.py)."""

from .model import StitchModel, default_model

__all__ = ["StitchModel", "default_model"]
