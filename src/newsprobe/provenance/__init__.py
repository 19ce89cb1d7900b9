"""Provenance: which indexed documents each paragraph was copied from, and what was changed."""
