"""reStructuredText: `` `text <url>`_ `` links, `.. _name: url` targets and bare URLs. reST has no
entities; `<` and `>` end a URL, which is exactly how reST delimits one."""

from __future__ import annotations

from typing import List

from .core import Found, decode, find_urls


def extract(text: str, options: dict) -> List[Found]:
    return [decode(text, s, e, entities=False, js_escapes=False) for s, e in find_urls(text)]
