"""Text from files (names, keys, tags, values) made safe to show a person: one shared helper.

A campaign file, its name or a config can hold raw ESC/OSC sequences (which recolour a terminal, retitle
it, or hide the text before them), newlines (which forge a whole `path:1:1: UTM...` line, or a GitHub
workflow command), bidi overrides (which reorder what is shown) and bytes that are not UTF-8. Every
human-facing output passes such text through `printable`, which shows each of those characters as an
escape (`\\x1b`, `\\n` as `\\x0a`, `\\u202e`, a non-UTF-8 byte of a file name as `\\xff`), so one finding is
always one line and shows what is really there.
"""

from __future__ import annotations

import re

from .lazyregex import lazy_compile

# C0 and C1 controls (newline and tab included), DEL, Unicode line and paragraph separators, bidi marks,
# embeddings, overrides and isolates, the BOM, and lone surrogates (undecodable bytes of file names).
_UNSAFE = lazy_compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")


def _escape(match: "re.Match[str]") -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte os.fsdecode could not decode (surrogateescape): show the byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_UNSAFE_IN_CELLS = lazy_compile(_UNSAFE.pattern.replace("\x00-\x1f", "\x00-\x08\x0b\x0c\x0e-\x1f"))


def printable(text: str, keep_line_breaks: bool = False) -> str:
    """`text` with every control, line-breaking, bidi and undecodable character shown as an escape.
    `keep_line_breaks`: leave `\n`, `\r` and tab alone, for a format that quotes them (a CSV cell)."""
    if text.isprintable():  # the common case, without compiling a pattern: every character above is unprintable
        return text
    unsafe = _UNSAFE_IN_CELLS if keep_line_breaks else _UNSAFE
    return unsafe.sub(_escape, text) if unsafe.search(text) else text
