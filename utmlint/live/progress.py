"""A one-line progress display on stderr, shown only to a person at a terminal (never in CI)."""

from __future__ import annotations

import os
import sys
import time
from typing import Optional, TextIO

from .chain import LinkResult


def wanted(stream: TextIO) -> bool:
    if os.environ.get("CI") or os.environ.get("UTMLINT_NO_PROGRESS"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class Progress:
    def __init__(self, total: int, stream: Optional[TextIO] = None, enabled: Optional[bool] = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = wanted(self.stream) if enabled is None else enabled
        self.total = total
        self.done = self.failed = self.inconclusive = 0
        self._drawn_at = 0.0
        self._width = 0

    def advance(self, result: LinkResult) -> None:
        self.done += 1
        self.failed += result.outcome == "fail"
        self.inconclusive += result.outcome == "inconclusive"
        now = time.monotonic()
        if self.enabled and (now - self._drawn_at >= 0.1 or self.done == self.total):
            self._drawn_at = now
            line = f"checking links: {self.done}/{self.total}, {self.failed} failed, {self.inconclusive} inconclusive"
            self.stream.write("\r" + line.ljust(self._width))
            self.stream.flush()
            self._width = len(line)

    def close(self) -> None:
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0
