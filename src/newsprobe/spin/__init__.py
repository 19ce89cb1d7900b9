"""Spin without an index: which words look machine-swapped for synonyms."""
