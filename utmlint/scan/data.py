"""Data files: JSON, YAML, TOML, CSV. Values end at their quotes or a space (a value cut at a
space before its closing quote is not judged: scan.core.string_goes_on; unquoted, at whitespace); JSON's
`\\/` and `\\u0026` escapes are decoded; in CSV an unquoted cell also ends at a comma. A URL that is an attribute
of an HTML tag written in a value has its entities decoded, as in code (scan.code.in_html_attribute)."""

from __future__ import annotations

import re
from typing import List

from .code import in_html_attribute
from .core import Found, decode, find_urls


def extract(text: str, options: dict) -> List[Found]:
    suffix = options.get("suffix", "")
    if suffix == ".csv":
        spans = []
        quoted = find_urls(text)
        for s, e in quoted:
            if s > 0 and text[s - 1] == '"':
                spans.append((s, e))
            else:  # an unquoted cell: the comma is the column separator
                cut = text.find(",", s, e)
                spans.append((s, e if cut == -1 else cut))
    else:
        spans = find_urls(text)
    # a value holding HTML (`"<a href=\"https://x.com/?a=1&amp;utm_source=y\">"`): entities decoded as a browser does
    return [decode(text, s, e, entities=in_html_attribute(text, s), js_escapes=suffix in (".json", ".webmanifest"))
            for s, e in spans]


# After a JSON string: its closing quote, `:`, then a number (`"https://x.com/?utm_source=a": 11`).
_TALLY = re.compile(r'"[ \t]*:[ \t]*-?[0-9]')


def tally_key(text: str, suffix: str, start: int, end: int) -> bool:
    """Whether the URL written at text[start:end] is the key of a JSON object whose value is a number: a count kept
    per address (a widget's referrer tally, `static/js/count.json`'s `"http://www.thehpalliance.org/...?utm_campaign=
    nfbn": 11`, corpus 13 #82 #83), a record of where visits came from, not a link anyone follows. scan judges it as a
    link in a code comment (the URL as written: copied tracking, http, `&amp;`), never its tags."""
    if suffix not in (".json", ".webmanifest") or start < 1 or text[start - 1] != '"':
        return False
    return _TALLY.match(text, end) is not None
