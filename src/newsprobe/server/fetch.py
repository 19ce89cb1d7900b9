"""Fetching an article by URL, only when the server was started with --allow-fetch.

Only http and https; the host must resolve to public addresses only (no loopback, private,
link-local, reserved or multicast ranges, checked for every address it resolves to). The
connection goes to the address that was checked, with the URL's host name kept for the Host
header and TLS (server name and certificate check): resolving the name again would let a DNS
server answer a public address to the check and a private one to the connection (DNS
rebinding). Redirects are followed by hand so each hop is checked; no proxy from the
environment is used; the download stops at the size limit and the time limit.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import SplitResult, urljoin, urlsplit

import anyio

from .errors import ApiError

FETCH_MAX_BYTES = 5 * 1024 * 1024
FETCH_TIMEOUT = 10.0
MAX_REDIRECTS = 3


def parse_url(url: str) -> SplitResult:
    """The URL's parts, or ``bad_url`` if it is not an http(s) URL with a host and a valid port."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 — raises ValueError when out of range
    except ValueError as exc:
        raise ApiError(422, "bad_url", f"not a valid URL: {url!r} ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ApiError(422, "bad_url", f"only http and https URLs can be fetched, not {url!r}")
    return parts


def public_address(parts: SplitResult) -> str:
    """Resolve the host once; the address to connect to, if every address it resolves to is public."""
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80), type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        raise ApiError(422, "bad_url", f"cannot resolve host {parts.hostname!r}") from None
    addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    if not addresses or any(not a.is_global or a.is_multicast for a in addresses):
        raise ApiError(422, "forbidden_address", f"refusing to fetch {parts.hostname!r}: it resolves to a non-public address")
    return str(addresses[0])


async def fetch_url(url: str) -> bytes:
    import httpx

    async with httpx.AsyncClient(follow_redirects=False, timeout=FETCH_TIMEOUT, trust_env=False) as client:
        for _ in range(MAX_REDIRECTS + 1):
            parts = parse_url(url)
            address = await anyio.to_thread.run_sync(public_address, parts)
            try:
                named = httpx.URL(url)
                pinned = named.copy_with(host=address)
                headers = {"Host": named.netloc.decode("ascii"), "User-Agent": "newsprobe"}
                with anyio.fail_after(FETCH_TIMEOUT):
                    async with client.stream("GET", pinned, headers=headers, extensions={"sni_hostname": named.host}) as response:
                        if response.is_redirect:
                            url = urljoin(url, response.headers.get("location", ""))
                            continue
                        if response.status_code >= 400:
                            raise ApiError(422, "fetch_failed", f"{url} answered HTTP {response.status_code}")
                        data = bytearray()
                        async for chunk in response.aiter_bytes():
                            data += chunk
                            if len(data) > FETCH_MAX_BYTES:
                                raise ApiError(413, "too_large", f"{url} is larger than {FETCH_MAX_BYTES:,} bytes")
                        return bytes(data)
            except (ValueError, httpx.InvalidURL) as exc:  # this URL, or the Location it redirects to
                raise ApiError(422, "bad_url", f"not a valid URL: {url!r} ({exc})") from None
            except (TimeoutError, httpx.HTTPError) as exc:
                raise ApiError(422, "fetch_failed", f"cannot fetch {url}: {exc.__class__.__name__}") from None
    raise ApiError(422, "fetch_failed", f"too many redirects from {url}")
