"""Jupyter notebooks (`.ipynb`): the URLs in code and Markdown cells, never in outputs.

A notebook is JSON; its cells' `source` strings are what someone wrote, its `outputs` what a run printed (a
scraped page, a search result, a dataset's rows: corpus 6's Taboola and newspaper links), generated text whose
tags are not the repository's, as ruff lints only a notebook's cells. Outputs are found by their brackets (strings
and escapes respected) and skipped. A Markdown cell's text is read as Markdown is (scan.markdown), its JSON strings
decoded and every position mapped back to the file: Jupyter and GitHub render it as CommonMark, so `&amp;` in a link
destination is `&` and a fenced block is an example (newuser44 F1: the cell read as JSON data had its correct link
told url-html-escaped, an error, and its fenced example's values rewritten by --fix). The rest, code cells, is read
as a JSON data file (scan.data): values end at their quotes, `\\/` and `\\u0026` are decoded, positions map back."""

from __future__ import annotations

from bisect import bisect_right

import re
from typing import List, Optional, Tuple

from .core import Found, decode, find_urls
from .data import closing_bracket

_OUTPUTS = re.compile(r'"outputs"\s*:\s*\[')
_CELLS = re.compile(r'"cells"\s*:\s*\[')
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_SPACE = re.compile(r"\s*")
_ESCAPE = re.compile(r'\\(?:u([0-9a-fA-F]{4})|(.))', re.DOTALL)
_SIMPLE = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def output_spans(text: str) -> List[Tuple[int, int]]:
    """Character spans of every `"outputs": [...]` array (to its matching bracket)."""
    spans = []
    for match in _OUTPUTS.finditer(text):
        if spans and match.start() < spans[-1][1]:
            continue
        close = closing_bracket(text, match.end(), len(text))
        spans.append((match.start(), len(text) if close == -1 else close + 1))
    return spans


def _value_end(text: str, at: int, end: int) -> int:
    """Where the JSON value starting at text[at] ends (exclusive), or -1."""
    if text[at:at + 1] == '"':
        match = _STRING.match(text, at)
        return match.end() if match else -1
    if text[at:at + 1] in ("{", "["):
        close = closing_bracket(text, at + 1, end)
        return -1 if close == -1 else close + 1
    stop = at
    while stop < end and text[stop] not in ",}]":
        stop += 1
    return stop


def _members(text: str, start: int, end: int):
    """(key, value start, value end) of the JSON object whose `{` is text[start]; stops at anything unexpected."""
    at = start + 1
    while at < end:
        at = _SPACE.match(text, at).end()
        if text[at:at + 1] != '"':
            return
        key = _STRING.match(text, at)
        if key is None:
            return
        at = _SPACE.match(text, key.end()).end()
        if text[at:at + 1] != ":":
            return
        value = _SPACE.match(text, at + 1).end()
        stop = _value_end(text, value, end)
        if stop == -1:
            return
        yield text[key.start() + 1:key.end() - 1], value, stop
        at = _SPACE.match(text, stop).end()
        if text[at:at + 1] != ",":
            return
        at += 1


def _markdown_sources(text: str) -> List[Tuple[int, int]]:
    """The spans of the `source` values (a string or an array of strings) of the Markdown cells."""
    cells = _CELLS.search(text)
    if cells is None:
        return []
    spans = []
    at, end = cells.end(), len(text)
    while at < end:
        at = _SPACE.match(text, at).end()
        if text[at:at + 1] == ",":
            at += 1
            continue
        if text[at:at + 1] != "{":
            break
        close = closing_bracket(text, at + 1, end)
        if close == -1:
            break
        kind, source = None, None
        for key, value, stop in _members(text, at, close + 1):
            if key == "cell_type":
                kind = text[value:stop]
            elif key == "source":
                source = (value, stop)
        if kind == '"markdown"' and source is not None:
            spans.append(source)
        at = close + 1
    return spans


class _Where:
    """Where each character of a decoded cell is written in the file, kept as runs (one per stretch of plain text and
    one per escape) rather than one entry per character: a Markdown cell holding a pasted image as a `data:` URI is
    megabytes, and a list of one int per character cost ~45 bytes each (a 7.7 MB notebook peaked at 353 MB: review44 F3)."""

    __slots__ = ("starts", "files", "steps", "size")

    def __init__(self) -> None:
        self.starts: List[int] = []  # the decoded offset each run begins at
        self.files: List[int] = []  # where in the file it begins
        self.steps: List[int] = []  # 1: the run's characters follow in the file; 0: one escape, all at its start
        self.size = 0

    def run(self, file_at: int, length: int, step: int = 1) -> None:
        if length > 0:
            self.starts.append(self.size)
            self.files.append(file_at)
            self.steps.append(step)
            self.size += length

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, offset: int) -> int:
        run = bisect_right(self.starts, offset) - 1
        return self.files[run] + (offset - self.starts[run]) * self.steps[run]


def _decoded(text: str, start: int, end: int) -> Tuple[str, _Where]:
    """The text the JSON strings in text[start:end] hold, joined (a cell's `source` lines), and where each of its
    characters is written in the file, with one more entry: the end of the last string's text."""
    out: List[str] = []
    where = _Where()
    last = end
    for string in _STRING.finditer(text, start, end):
        at, stop = string.start() + 1, string.end() - 1
        for escape in _ESCAPE.finditer(text, at, stop):
            if escape.start() < at:  # the low half of a surrogate pair, read with its high half
                continue
            out.append(text[at:escape.start()])
            where.run(at, escape.start() - at)
            at = escape.end()
            if escape.group(1):
                code = int(escape.group(1), 16)
                low = _ESCAPE.match(text, at, stop) if 0xD800 <= code < 0xDC00 else None
                if low is not None and low.group(1) and 0xDC00 <= int(low.group(1), 16) < 0xE000:
                    code = 0x10000 + ((code - 0xD800) << 10) + (int(low.group(1), 16) - 0xDC00)
                    at = low.end()
                char = chr(code)
            else:
                char = _SIMPLE.get(escape.group(2), escape.group(2))
            out.append(char)
            where.run(escape.start(), 1, 0)
        out.append(text[at:stop])
        where.run(at, stop - at)
        last = stop
    where.run(last, 1, 0)
    return "".join(out), where


def _mapped(found: Found, where: _Where) -> Optional[Found]:
    if found.end >= len(where):
        return None
    return Found(where[found.start], where[found.end], found.url, tuple(where[o] for o in found.offsets))


def extract(text: str, options: dict) -> List[Found]:
    from . import has_utm, markdown

    sources = _markdown_sources(text)
    spans = find_urls(text, skip=output_spans(text) + sources)
    found = [decode(text, s, e, entities=False, js_escapes=True) for s, e in spans]
    for start, end in sources:
        if not has_utm(text[start:end].encode("utf-8", "surrogatepass")):  # no tracked link (a cell's inline images)
            continue
        cell, where = _decoded(text, start, end)
        for one in markdown.extract(cell, options):
            mapped = _mapped(one, where)
            if mapped is not None:
                found.append(mapped)
    return sorted(found, key=lambda f: (f.start, f.end))
