"""Markdown, MDX and SuperMD: inline links (titles, `<angle>` destinations, parentheses), reference definitions,
badges, autolinks, bare URLs, tables and inline HTML. Fenced code blocks show examples and are skipped
unless `scan: {code-blocks: true}`. Entities and backslash escapes (`\\&`) are decoded, as CommonMark does in link
destinations."""

from __future__ import annotations

import re
from typing import List, Tuple

from .core import Found, attribute_spans, decode, fenced_blocks, find_urls, without_breaks

# `](<dest with spaces>` and `[id]: <dest>`: inside angle brackets a space does not end the URL.
_ANGLE = re.compile(r"(?:\]\(|^ {0,3}\[[^\]\n]+\]:[ \t]*)<([^<>\n]*utm_[^<>\n]*)>", re.IGNORECASE | re.MULTILINE)


def _rendered(text: str, block: Tuple[int, int]) -> bool:
    """A SuperMD (Zig's site) block fenced as ```=html is raw HTML the page shows, not a code example."""
    first = text[block[0]:text.find("\n", block[0]) if "\n" in text[block[0]:block[1]] else block[1]]
    return first.strip().lstrip("`~").strip() == "=html"


def extract(text: str, options: dict) -> List[Found]:
    skip = [] if options.get("code-blocks") else fenced_blocks(text)
    if options.get("suffix") == ".smd":
        skip = [block for block in skip if not _rendered(text, block)]
    found = []
    for match in _ANGLE.finditer(text):
        if not any(s <= match.start() < e for s, e in skip):
            found.append(match.span(1))
    spans = attribute_spans(text, find_urls(text, skip=skip + found, md_escapes=True))  # inline HTML's href broken over lines
    return [without_breaks(decode(text, s, e, entities=True, js_escapes=False, md_escapes=True))
            for s, e in sorted(found + spans)]
