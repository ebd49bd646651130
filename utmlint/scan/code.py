"""Source code (JS, TS, JSX, Vue, Svelte, Python, Ruby, Go, Java): URLs in string literals and comments.

String quotes end a URL; `\\/` and `\\u0026` escapes are decoded. In JSX, Vue and Svelte an attribute
string (`href="...&amp;..."`) is HTML to the compiler, so its entities are decoded too."""

from __future__ import annotations

import re
from typing import List

from .core import Found, decode, find_urls

_ATTRIBUTE = re.compile(r"[\w:-]+\s*=\s*[\"']$")
_MARKUP = (".jsx", ".tsx", ".vue", ".svelte")


def extract(text: str, options: dict) -> List[Found]:
    markup = options.get("suffix", "") in _MARKUP
    out = []
    for s, e in find_urls(text):
        entities = markup and _ATTRIBUTE.search(text, max(0, s - 80), s) is not None
        out.append(decode(text, s, e, entities=entities, js_escapes=True))
    return out
