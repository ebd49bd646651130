"""Plain text: bare URLs, with the sentence's trailing `.,;:)` left out."""

from __future__ import annotations

from typing import List

from .core import Found, decode, find_urls


def extract(text: str, options: dict) -> List[Found]:
    return [decode(text, s, e, entities=False, js_escapes=False) for s, e in find_urls(text)]
