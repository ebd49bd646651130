"""The destinations that keep a utm value only when it is written in their own characters (`rules/destination-value-
limits.txt`: a Stripe Payment Link keeps letters, digits, `-` and `_`, up to 150 characters, and silently drops any
other value), read by value-charset."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, Iterator, Optional, Tuple

from ..lazyregex import lazy_compile
from ..records import NamedTuple  # not typing's: Limit alone was 10 M instructions of a one-file lint (records.py)


class Limit(NamedTuple):
    host: str
    extra: str  # the characters kept besides ASCII letters and digits
    longest: int  # the longest value kept, in characters


@lru_cache(maxsize=1)
def destination_limits() -> Dict[str, Limit]:
    """`rules/destination-value-limits.txt`: host -> its Limit."""
    from ..resources import rule_lines

    found = {}
    for line in rule_lines("destination-value-limits.txt"):
        host, extra, longest = line.split()
        found[host] = Limit(host, extra, int(longest))
    return found


_HOST = lazy_compile(r"https?://(?:www\.)?([^/?#:@\s]+)", re.IGNORECASE)


def limit_for(url: str) -> Optional[Limit]:
    """The Limit of the host a web link goes to, or None when rules/destination-value-limits.txt does not list it."""
    match = _HOST.match(url.strip())
    return None if match is None else destination_limits().get(match.group(1).lower().rstrip("."))


def kept(value: str, limit: Limit) -> bool:
    """Whether the destination keeps the value (as decoded): only letters, digits and its own characters, not too long."""
    return 0 < len(value) <= limit.longest and all(
        ch.isascii() and ch.isalnum() or ch in limit.extra for ch in value)


_RUNS = lazy_compile(r"[^A-Za-z0-9]+")


def kept_spelling(value: str, limit: Limit, separator: str) -> str:
    """The value the destination keeps, written as the repository's other values are: every run of other characters
    (`.`, a space, `/`) becomes the separator (`-`, or `_` when the destination keeps no `-`), none at either end;
    "" when nothing of it is left or it is still too long (only a person can shorten it)."""
    join = separator if separator in limit.extra else next((c for c in "-_" if c in limit.extra), "")
    spelled = _RUNS.sub(lambda m: join if set(m.group()) - set(limit.extra) else m.group(), value).strip("-_")
    return spelled if spelled and kept(spelled, limit) else ""


def dropped(campaign) -> Iterator[Tuple[str, str, Limit, object]]:
    """(utm param, value, Limit, the first link) for each distinct value a tracked link's destination will drop."""
    seen = set()
    for link in campaign.all_links:
        if not link.is_web or not link.params:
            continue
        limit = limit_for(link.url)
        if limit is None:
            continue
        for param, value in link.params.items():
            if not param.startswith("utm_") or not value.strip() or (param, value) in seen or "{" in value \
                    or kept(value, limit):
                continue
            seen.add((param, value))
            yield param, value, limit, link
