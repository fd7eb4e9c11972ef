"""Text from the data (file and class names) made safe for each output, in one place.

File names are whatever the file system holds. On Linux a name that is not
valid UTF-8 reaches Python as a ``str`` with *surrogate escapes* (byte ``0xE9``
becomes ``"\\udce9"``, :pep:`383`); such a string cannot be encoded, so printing or
writing it raises ``UnicodeEncodeError``. A name may also hold terminal control
characters (ESC, CR, LF), Markdown or HTML. Every renderer passes data through
one of these functions:

- :func:`visible`: for people (terminal, Markdown, GitHub annotations): control
  characters, bidirectional overrides and undecodable bytes become ``\\x1b``,
  ``\\n``, ``\\u202e``, ``\\xe9``, so a name can neither run a terminal sequence
  nor fake a line of the report;
- :func:`escape_undecodable`: only the undecodable bytes, as ``\\xNN`` (for
  outputs that escape control characters themselves: HTML, XML, JSON);
- :func:`raw_bytes`: the exact bytes of a name that is not valid UTF-8, base64-encoded,
  for the machine-readable forms (``path_bytes`` in JSON), else None;
- :func:`markdown_text` / :func:`markdown_code`: Markdown that shows the name as text.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Mapping
from typing import Any

__all__ = ["visible", "escape_undecodable", "raw_bytes", "from_raw_bytes", "json_safe", "markdown_text",
           "markdown_code"]

_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 and C1 controls, DEL, line/paragraph separators and the bidirectional overrides and isolates
# (a right-to-left override makes "gpj.exe" read as "exe.jpg").
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a surrogate escape: the original byte
        return f"\\x{code - 0xDC00:02x}"
    if char in _NAMED:
        return _NAMED[char]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: Any) -> str:
    """``text`` with every control character and undecodable byte written as a backslash escape."""
    text = str(text)
    if text.isascii() and text.isprintable():
        return text
    return _UNSAFE.sub(lambda m: _escape(m.group()), text)


def escape_undecodable(text: str) -> str:
    """``text`` with surrogate escapes (bytes of a non-UTF-8 name) written as ``\\xNN``; it then encodes as UTF-8."""
    if text.isascii():
        return text
    return _SURROGATE.sub(lambda m: _escape(m.group()), text)


def raw_bytes(text: str) -> str | None:
    """The bytes of a name that is not valid UTF-8, base64-encoded; None for a name that is."""
    if text.isascii() or not _SURROGATE.search(text):
        return None
    return base64.b64encode(text.encode("utf-8", "surrogateescape")).decode("ascii")


def from_raw_bytes(encoded: str) -> str:
    """The name :func:`raw_bytes` encoded, as Python's file-system functions spell it (surrogate escapes)."""
    return base64.b64decode(encoded, validate=True).decode("utf-8", "surrogateescape")


def json_safe(value: Any) -> Any:
    """A JSON-ready structure with every undecodable byte in its strings written as ``\\xNN``."""
    try:
        # json's C encoder writes any surrogate as "\\udXXX": one pass in C instead of a walk in Python
        # (3x faster on 100k findings); usually nothing needs escaping and the value is returned as is.
        if "\\ud" not in json.dumps(value):
            return value
    except (TypeError, ValueError):
        pass
    return _escaped(value)


def _escaped(value: Any) -> Any:
    if isinstance(value, str):
        return escape_undecodable(value)
    if isinstance(value, Mapping):
        return {escape_undecodable(str(k)): _escaped(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_escaped(v) for v in value]
    return value


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def markdown_text(text: Any) -> str:
    """Markdown (CommonMark/GFM, also inside a table cell) that renders ``text`` literally: raw HTML
    becomes entities, emphasis, links and table pipes are backslash-escaped, controls made visible."""
    text = visible(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def markdown_code(text: Any) -> str:
    """``text`` as a Markdown code span inside a table cell: fenced with more backticks than it holds."""
    text = visible(text).replace("|", "\\|")
    longest = max((len(run) for run in re.findall("`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"
