"""Jupyter notebooks (`.ipynb`): the URLs in code and Markdown cells, never in outputs.

A notebook is JSON; its cells' `source` strings are what someone wrote, its `outputs` what a run printed (a
scraped page, a search result, a dataset's rows: corpus 6's Taboola and newspaper links), generated text whose
tags are not the repository's, as ruff lints only a notebook's cells. Outputs are found by their brackets (strings
and escapes respected) and skipped; the rest is read as a JSON data file (scan.data): values end at their quotes,
`\\/` and `\\u0026` are decoded, positions map back to the file."""

from __future__ import annotations

import re
from typing import List, Tuple

from .core import Found, decode, find_urls
from .data import closing_bracket

_OUTPUTS = re.compile(r'"outputs"\s*:\s*\[')


def output_spans(text: str) -> List[Tuple[int, int]]:
    """Character spans of every `"outputs": [...]` array (to its matching bracket)."""
    spans = []
    for match in _OUTPUTS.finditer(text):
        if spans and match.start() < spans[-1][1]:
            continue
        close = closing_bracket(text, match.end(), len(text))
        spans.append((match.start(), len(text) if close == -1 else close + 1))
    return spans


def extract(text: str, options: dict) -> List[Found]:
    spans = find_urls(text, skip=output_spans(text))
    return [decode(text, s, e, entities=False, js_escapes=True) for s, e in spans]
