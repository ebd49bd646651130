"""Tags a site writes itself into the links to itself it hands out (`rules/platform-written-tags.txt`).

Gitter's badge, create-next-app's template links, Vercel's "Powered by Vercel" link: a link into that site
carrying those tags is the site's, not the team's to change, so `scan.judge.Judge.is_own` treats it as it
treats a link outside `own-hosts` (only copied-tracking), unless `own-hosts` names the host.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, Iterable, NamedTuple, Optional, Tuple

_KEYS = ("source", "medium", "campaign", "content")


class WrittenTags(NamedTuple):
    host: str
    tags: Tuple[Tuple[str, str], ...]  # (utm param, value or prefix*), lower-case
    line: int  # in the data file, for messages and tests


@lru_cache(maxsize=1)
def platform_written_tags() -> Tuple[WrittenTags, ...]:
    """The entries of `rules/platform-written-tags.txt`."""
    from ..resources import rules_dir

    return parse((rules_dir() / "platform-written-tags.txt").read_text(encoding="utf-8"))


def parse(text: str) -> Tuple[WrittenTags, ...]:
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        words = line.split("#", 1)[0].lower().split()
        if not words:
            continue
        tags = []
        for word in words[1:]:
            key, eq, value = word.partition("=")
            if not eq or key not in _KEYS or not value:
                raise ValueError(f"platform-written-tags.txt:{number}: `{word}` is not key=value with key one of "
                                 f"{', '.join(_KEYS)}")
            tags.append(("utm_" + key, value))
        if not tags:
            raise ValueError(f"platform-written-tags.txt:{number}: a host needs at least one tag")
        entries.append(WrittenTags(words[0].lstrip("."), tuple(tags), number))
    return tuple(entries)


def _on(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def _matches(pattern: str, value: str) -> bool:
    return value == pattern or (pattern.endswith("*") and value.startswith(pattern[:-1]))


def written_by(host: str, values: Dict[str, str],
               entries: Iterable[WrittenTags] = ()) -> Optional[WrittenTags]:
    """The entry whose host the link points to and whose every tag the link's utm values (first copies,
    decoded) carry; None when the tags are not a known snippet's."""
    host = host.lower()
    for entry in entries or platform_written_tags():
        if _on(host, entry.host) and all(_matches(want, values.get(param, "").strip().lower())
                                        for param, want in entry.tags):
            return entry
    return None
