"""Tags a site writes itself into the links to itself it hands out (`rules/platform-written-tags.txt`).

Gitter's badge, create-next-app's template links, Vercel's "Powered by Vercel" link: a link into that site
carrying those tags is the site's, not the team's to change, so `scan.judge.Judge` judges only the URL as
written (the URL rules: a misspelled key, copied tracking, `&amp;`), not its values, unless `own-hosts` names
the host. An `unknown-host` entry also binds a link whose host is not written (Unsplash's attribution link on
`${photo.user.links.html}`), when the link is the snippet whole.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, Iterable, Optional, Tuple

from ..records import NamedTuple

_KEYS = ("source", "medium", "campaign", "content")


class WrittenTags(NamedTuple):
    host: str
    tags: Tuple[Tuple[str, str], ...]  # (utm param or another query parameter, value or prefix*), lower-case
    line: int  # in the data file, for messages and tests
    unknown_host: bool = False  # also a link whose host is not written (`${author.url}?utm_...`): see written_by


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
        unknown_host = False
        for word in words[1:]:
            if word == "unknown-host":
                unknown_host = True
                continue
            key, eq, value = word.partition("=")
            if not eq or not key or not value or (key not in _KEYS and key.startswith("utm")):
                raise ValueError(f"platform-written-tags.txt:{number}: `{word}` is not key=value with key one of "
                                 f"{', '.join(_KEYS)} (or a query parameter that is not a utm one)")
            # `page=upgrade-pr`: a parameter of the snippet's own (Snyk's), matched as written; a space is written
            # `%20` (`source=shopify%20store`: a line's words are split at spaces), matched against the decoded value
            from ..urls import unquote

            tags.append(("utm_" + key if key in _KEYS else key, unquote(value)))
        if not tags:
            raise ValueError(f"platform-written-tags.txt:{number}: a host needs at least one tag")
        entries.append(WrittenTags(words[0].lstrip("."), tuple(tags), number, unknown_host))
    return tuple(entries)


def on_domain(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def _matches(pattern: str, value: str) -> bool:
    # a trailing `*` matches a prefix, a leading one a suffix with something before it (Coiled's `<the partner>-docs`,
    # not `-docs` alone); a bare `*` any value, but not none (Google's partner number `PCN=*`)
    if value == pattern:
        return True
    if pattern.endswith("*"):
        return bool(value) and value.startswith(pattern[:-1])
    if pattern.startswith("*"):
        return len(value) >= len(pattern) and value.endswith(pattern[1:])
    return False


# A value `@path`: the tag must equal the last segment of the link's path (Tidelift's `utm_source=npm-<package>` on
# `/subscription/pkg/npm-<package>`), which the caller gives as `values["@path"]` (a caller that gives none, asking
# only whether tags are a snippet's at all, matches any value there).
PATH_SEGMENT = "@path"

_GA4_TAGS = ("utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term", "utm_id")


def _partner_source(entry: WrittenTags, host: str, values: Dict[str, str]) -> bool:
    """Whether a source an entry leaves free (`source=*`, `*-docs`: the partner's name in a vendor's partner form) can
    be a partner's: not the destination's own name (`utm_source=herodevs` on herodevs.com, `coiled-docs` on coiled.io:
    the vendor's own newsletter or blog tags, copied along with the link), nor a source GA4 files under a channel of
    its own (`linkedin`, `google`: a share's or an ad's tags copied with it), each copied-tracking's to tell
    (review46 F1, F6)."""
    if not any(param == "utm_source" and "*" in want for param, want in entry.tags):
        return True
    source = values.get("utm_source", "").strip().lower()
    if not source:
        return True
    from ..channels import source_category
    from ..identity import normalize, site_name

    site = normalize(site_name(host))
    return not (len(site) >= 4 and site in normalize(source)) and source_category(source) is None


def written_by(host: Optional[str], values: Dict[str, str],
               entries: Iterable[WrittenTags] = ()) -> Optional[WrittenTags]:
    """The entry whose host the link points to and whose every tag the link's utm values (first copies,
    decoded) carry; None when the tags are not a known snippet's.

    `host=None`: the link's host is not written (a placeholder such as `${photo.user.links.html}`, or a query
    suffix code appends to a URL it gets from an API). Only an `unknown-host` entry can match it, and only when
    the link is that snippet whole: every tag, and no utm value beyond the entry's keys and `utm_source` (the
    app's name the snippet asks for), so a campaign link that merely shares a medium stays the team's."""
    host = host.lower() if host is not None else None
    # the data file's keys are lower-cased: a snippet's own parameter (not a utm one, whose case GA4 reads) is matched
    # whatever its case (Google's `PCN=`)
    values = {**{key.lower(): value for key, value in reversed(list(values.items()))
                 if not key.lower().startswith("utm")}, **values}
    for entry in entries or platform_written_tags():
        if host is None:
            if not entry.unknown_host:
                continue
            allowed = {"utm_source"} | {param for param, _ in entry.tags}
            if any(values.get(param, "").strip() for param in _GA4_TAGS if param not in allowed):
                continue
        elif not on_domain(host, entry.host):
            continue
        if host is not None and not _partner_source(entry, host, values):
            continue
        if all(_matches(want, values.get(param, "").strip().lower()) if want != PATH_SEGMENT else
               bool(values.get(param, "").strip()) and (PATH_SEGMENT not in values or values.get(param, "").strip()
                                                        .lower() == values[PATH_SEGMENT].lower())
               for param, want in entry.tags):
            return entry
    return None
