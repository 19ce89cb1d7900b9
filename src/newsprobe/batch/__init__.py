"""``newsprobe batch``: corpus-scale runs over JSONL, CSV, directories and WARC crawls, resumable."""

from .runner import Summary, run_batch

__all__ = ["Summary", "run_batch"]
