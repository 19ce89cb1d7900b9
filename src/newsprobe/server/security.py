"""What the server does against untrusted clients and untrusted content (threat model: docs/security.md).

Response headers that keep the page's own scripts the only ones that run and keep it out of frames;
cross-site form posts refused; only http(s) links on the page; the token from a file or the
environment; a warning when the server listens beyond loopback with nobody to keep out.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path
from urllib.parse import urlsplit

# Scripts, styles and images from this server only (every asset is served locally); no plugins,
# no <base>, forms post only here, and no other site may frame the page (clickjacking).
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                               "form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",  # frame-ancestors for browsers without CSP level 2
    # Following a source link does not tell its site which report linked it ("no-referrer" would
    # also make browsers send "Origin: null" with the page's own form posts).
    "Referrer-Policy": "same-origin",
}
TOKEN_FILE_VARIABLE = "NEWSPROBE_TOKEN_FILE"


def add_security_headers(headers) -> None:
    for name, value in SECURITY_HEADERS.items():
        headers.setdefault(name, value)


def cross_site(headers) -> bool:
    """Whether a browser sent this request from another site's page (a forged form post).

    Browsers say how the sending page relates to this one (``Sec-Fetch-Site``), older ones only
    name its origin (``Origin``); clients that send neither, such as curl, are not browsers and
    are let through."""
    site = headers.get("sec-fetch-site")
    if site is not None:
        return site not in ("same-origin", "none")
    origin = headers.get("origin")
    if origin is None:
        return False
    return origin == "null" or urlsplit(origin).netloc.lower() != headers.get("host", "").lower()


def http_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) URL, else None: a stored ``javascript:`` URL must never become a link."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def read_token(path: Path) -> str:
    """The bearer token kept in ``path`` (its first line), so it need not appear on a command line."""
    try:
        token = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot read the token file ({getattr(exc, 'strerror', None) or exc})") from None
    if not token:
        raise ValueError(f"{path}: the token file is empty")
    return token


def exposure_warning(host: str, token: str | None) -> str | None:
    """A warning when ``host`` is reachable from other machines and no token keeps their clients from writing."""
    if token is not None:
        return None
    try:
        loopback = ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if loopback:
        return None
    return (f"newsprobe: listening on {host} without a token: anybody who can reach it can submit articles "
            f"and store reports; set NEWSPROBE_TOKEN or {TOKEN_FILE_VARIABLE}")
