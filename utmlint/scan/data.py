"""Data files: JSON, YAML, TOML, CSV. Values end at their quotes or a space (a value cut at a
space before its closing quote is not judged: scan.core.string_goes_on; unquoted, at whitespace); JSON's
`\\/` and `\\u0026` escapes are decoded; in CSV an unquoted cell also ends at a comma. A URL that is an attribute
of an HTML tag written in a value has its entities decoded, as in code (scan.code.in_html_attribute)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import List

from .code import in_html_attribute
from .core import Found, decode, find_urls

_JSON = (".json", ".webmanifest", ".jsonl", ".ndjson")  # JSON strings: `\/` and `\u0026` are escapes


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
    return [decode(text, s, e, entities=in_html_attribute(text, s), js_escapes=suffix in _JSON)
            for s, e in spans]


# After a JSON string: its closing quote, `:`, then a number (`"https://x.com/?utm_source=a": 11`).
_TALLY = re.compile(r'"[ \t]*:[ \t]*-?[0-9]')
# A URL key counted by a number, anywhere in the file: the address's host and its number.
_TALLY_ENTRY = re.compile(r'"https?://([^/"?#:\s]+)[^"\s]*"[ \t]*:[ \t]*(-?[0-9][0-9.]*)')
# A file's name saying it keeps counts (`count.json`, `referrer-stats.json`).
_TALLY_NAME = frozenset({"count", "counts", "counter", "stats", "statistics", "tally", "tallies", "referrer",
                         "referrers", "referrals", "visits", "hits"})


def tally_key(text: str, suffix: str, start: int, end: int, name: str = "") -> bool:
    """Whether the URL written at text[start:end] is the key of a JSON object whose value is a number, in a file that
    is a count kept per address (a widget's referrer tally, `static/js/count.json`'s `"http://www.thehpalliance.org/
    ...?utm_campaign=nfbn": 11`, corpus 13 #82 #83): a record of where visits came from, not a link anyone follows.
    scan judges it as a link in a code comment (the URL as written: copied tracking, http, `&amp;`), never its tags.
    A tally is the file's shape (tally_file), not one key's: a team's own landing URLs mapped to a split-test weight
    (`: 50`) or a redirect's status (`: 301`) are its campaign config, and their tags are judged (stranger13 R13)."""
    if suffix not in _JSON or start < 1 or text[start - 1] != '"':
        return False
    return _TALLY.match(text, end) is not None and tally_file(text, name)


def tally_file(text: str, name: str = "") -> bool:
    """Whether a JSON file keeps counts per address: its name says so (`count.json`, `stats`, `referrers`), or 5 or
    more URL keys, on 2 or more sites, are counted by numbers that vary (not one constant: a weight, a status)."""
    from pathlib import PurePath

    return bool(set(re.findall(r"[a-z]+", PurePath(name).stem.lower())) & _TALLY_NAME) or _counted(text)


@lru_cache(maxsize=8)
def _counted(text: str) -> bool:
    entries = _TALLY_ENTRY.findall(text)
    return len(entries) >= 5 and len({h.lower() for h, _ in entries}) >= 2 and len({n for _, n in entries}) >= 2
