"""Fetching an article by URL, only when the server was started with --allow-fetch.

Only http and https; the host must resolve to public addresses only (no
loopback, private, link-local or reserved ranges, checked for every address
it resolves to); redirects are followed by hand so each hop is checked; the
download stops at the size limit and the time limit.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urljoin, urlsplit

import anyio

from .errors import ApiError

FETCH_MAX_BYTES = 5 * 1024 * 1024
FETCH_TIMEOUT = 10.0
MAX_REDIRECTS = 3


def check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ApiError(422, "bad_url", f"only http and https URLs can be fetched, not {url!r}")
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    except socket.gaierror:
        raise ApiError(422, "bad_url", f"cannot resolve host {parts.hostname!r}") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global or address.is_multicast:
            raise ApiError(422, "forbidden_address", f"refusing to fetch {parts.hostname!r}: it resolves to a non-public address")


async def fetch_url(url: str) -> bytes:
    import httpx

    async with httpx.AsyncClient(follow_redirects=False, timeout=FETCH_TIMEOUT) as client:
        for _ in range(MAX_REDIRECTS + 1):
            await anyio.to_thread.run_sync(check_url, url)
            try:
                with anyio.fail_after(FETCH_TIMEOUT):
                    async with client.stream("GET", url, headers={"User-Agent": "newsprobe"}) as response:
                        if response.is_redirect:
                            url = urljoin(url, response.headers.get("location", ""))
                            continue
                        if response.status_code >= 400:
                            raise ApiError(422, "fetch_failed", f"{url} answered HTTP {response.status_code}")
                        data = b""
                        async for chunk in response.aiter_bytes():
                            data += chunk
                            if len(data) > FETCH_MAX_BYTES:
                                raise ApiError(413, "too_large", f"{url} is larger than {FETCH_MAX_BYTES:,} bytes")
                        return data
            except (TimeoutError, httpx.HTTPError) as exc:
                raise ApiError(422, "fetch_failed", f"cannot fetch {url}: {exc.__class__.__name__}") from None
    raise ApiError(422, "fetch_failed", f"too many redirects from {url}")
