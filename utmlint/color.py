"""Colour for text output: on a terminal only, as `--color auto|always|never`, NO_COLOR and FORCE_COLOR say.

Precedence, as ruff and CPython do it: the flag first (`always`, `never`); then `NO_COLOR` (any non-empty value,
no-color.org) turns colour off; then `FORCE_COLOR` (non-empty and not `0`, force-color.org) turns it on even when
piped; else colour only when the stream is a terminal that is not `TERM=dumb`. Nothing here reads a file's text:
callers escape it first (printable.py), so a campaign file never reaches the terminal as an escape sequence.
"""

from __future__ import annotations

import os
from typing import Optional, TextIO

# SGR codes by role, so every output colours the same thing the same way.
STYLES = {
    "error": "1;31",  # bold red
    "warning": "1;33",  # bold yellow
    "info": "1;36",  # bold cyan
    "code": "1;31",  # the rule code, as ruff shows it
    "fixable": "36",  # [*]
    "path": "1",  # bold
    "dim": "2",  # gutters, separators
    "caret": "1;31",
    "ok": "1;32",  # bold green
    "help": "36",
}


def wanted(stream: Optional[TextIO], choice: Optional[str] = "auto") -> bool:
    """Whether to colour text written to `stream` (None: a file, never a terminal)."""
    if choice == "always":
        return True
    if choice == "never":
        return False
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR", "0") not in ("", "0"):
        return True
    if stream is None or os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):  # a closed or exotic stream
        return False


class Painter:
    """`paint(text, role)`: text wrapped in the role's colour, or unchanged when colour is off."""

    def __init__(self, enabled: bool):
        self.enabled = enabled

    def __call__(self, text: str, role: str) -> str:
        if not self.enabled or not text:
            return text
        return f"\x1b[{STYLES[role]}m{text}\x1b[0m"


PLAIN = Painter(False)


def columns(stream: Optional[TextIO], default: int = 100) -> int:
    """The width to fit text output to: `COLUMNS`, else the terminal's, else `default` (a file or a pipe).
    os knows the width; shutil would import bz2 and lzma for it."""
    try:
        given = int(os.environ.get("COLUMNS", ""))
        if given > 0:
            return given
    except ValueError:
        pass
    try:
        if stream is not None and stream.isatty():
            return os.get_terminal_size(stream.fileno()).columns or default
    except (AttributeError, ValueError, OSError):
        pass
    return default
