"""Bytes to text: UTF-8 (a few invalid bytes replaced), UTF-8/16 with a byte-order mark, else cp1252;
binary data is refused."""

from __future__ import annotations

from .errors import InputError

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode(data: bytes, input_name: str | None = None) -> str:
    """UTF-8, or UTF-8/16 with a BOM, else cp1252; binary data is refused.

    Mostly valid UTF-8 stays UTF-8, each invalid sequence replaced with U+FFFD: read as cp1252, a
    few bad bytes would turn every other character outside ASCII into two or three (``Russiaâ\x80\x99s``).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:  # a UTF-8 byte-order mark says UTF-8: its invalid bytes are replaced, as below
                return data.decode(encoding, errors="replace" if encoding == "utf-8-sig" else "strict")
            except UnicodeDecodeError as exc:
                raise InputError(input_name, f"not valid {encoding} despite its byte-order mark ({exc.reason})") from None
    if _looks_binary(data):
        raise InputError(input_name, "binary data, not text", code="binary")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    valid_multibyte = len(text) - len(text.encode("ascii", "ignore")) - invalid
    # cp1252 text almost never holds a valid UTF-8 sequence of two or more bytes (it would take
    # pairs like "Ã©"): more of them than invalid ones is UTF-8 with a few bad bytes.
    if valid_multibyte > invalid:
        return text
    # cp1252 leaves five bytes undefined; latin-1 maps every byte.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    # Text files hold no control characters beyond tab/newline/form feed; a
    # few stray ones survive copy-paste, random bytes give about 12 %.
    return bool(sample) and controls / len(sample) > 0.02


