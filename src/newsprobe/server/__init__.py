"""``newsprobe serve``: the HTTP API and the web page."""

from .app import Settings, create_app

__all__ = ["Settings", "create_app"]
