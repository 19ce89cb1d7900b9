"""Spin detection without an index: which words look machine-swapped for synonyms (see model.py)."""

from .model import SpinModel, default_model

__all__ = ["SpinModel", "default_model"]
