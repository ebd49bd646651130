"""Plain text: bare URLs, with the sentence's trailing `.,;:)` left out. A stylesheet is read the same way (its
`url(...)`, a WordPress theme's `Theme URI:` header), except for a URL an attribute selector matches
(`a[href*="https://x.com/?utm_source=wp-admin"]`: the style of the link a page writes, not a link: changing it
there alone breaks the style; corpus 8 #99)."""

from __future__ import annotations

import re
from typing import List

from .core import Found, decode, find_urls

_SELECTOR = re.compile(r"\[\s*[\w:-]+\s*[*^$~|]?=\s*[\"']?$")


def extract(text: str, options: dict) -> List[Found]:
    css = options.get("suffix", "") == ".css"
    return [decode(text, s, e, entities=False, js_escapes=False) for s, e in find_urls(text)
            if not (css and _SELECTOR.search(text, max(0, s - 40), s))]
