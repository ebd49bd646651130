"""What repo-wide rules need to know of a file: small, picklable, and cached with its results.

Repo-wide rules (a source spelled two ways across files) read these facts, never the files, so a
warm run re-reads nothing and the rules stay exact when only some files changed.
"""

from __future__ import annotations

from sys import intern  # thousands of files spell the same few sources and mediums: keep one copy
from typing import Optional, Tuple

from .records import NamedTuple
from .model import Campaign


class Spelling(NamedTuple):
    """A utm value as written somewhere in a file (or implied there by `platform:`)."""

    param: str  # utm_source | utm_medium | utm_campaign
    value: str
    line: int
    column: int
    implied: bool = False  # supplied by a platform profile, not written out
    start: int = -1  # character span of the written value, for a fix; -1 when implied or not editable
    end: int = -1
    style: Optional[str] = None  # its quoting: None/"" plain, "'" or '"'
    end_column: int = -1  # where the written value ends on its line (exclusive), -1 when not known on one line


class CampaignFacts(NamedTuple):
    path: str
    campaign: Optional[Tuple[str, int, int]]  # slug, line, column
    spellings: Tuple[Spelling, ...]
    sources: Tuple[str, ...]  # distinct resolved utm_source values of tracked links
    # distinct (utm_source, utm_medium, utm_campaign) of tracked links, so a fragmentation's advice moves none of
    # them to another GA4 channel group (empty for a scanned file)
    uses: Tuple[Tuple[Optional[str], Optional[str], Optional[str]], ...] = ()
    # the pages its tracked links land on (host and path, lower case), so campaign-collision tells one initiative run
    # on several platforms (a launch's e-mail and its LinkedIn ad both to /launch) from two that picked one slug
    pages: Tuple[str, ...] = ()


def facts_of(campaign: Campaign) -> CampaignFacts:
    doc = campaign.doc
    seen = {}
    for link in campaign.all_links:
        if not link.tracked:  # in-product and `track: false` links carry no utm values: nothing to split
            continue
        for param in ("utm_source", "utm_medium", "utm_campaign"):
            origin = link.origins.get(param)
            value = link.params.get(param)
            if origin is None or value is None:
                continue
            key = (param, origin.path)
            if key not in seen:
                pos = link.param_pos(param)
                info = doc.nodes.get(origin.path) if origin.path is not None else None
                if info is None or info.style in ("|", ">"):
                    seen[key] = Spelling(param, intern(value), pos.line, pos.column, origin.path is None)
                else:
                    seen[key] = Spelling(param, intern(value), pos.line, pos.column, False, info.start, info.end,
                                         info.style, _end_column(doc.text, info.start, info.end, pos))
    slug = None
    if campaign.slug is not None:
        pos = doc.pos(("campaign",))
        slug = (campaign.slug, pos.line, pos.column)
    sources = tuple(sorted({l.params["utm_source"] for l in campaign.all_links if l.tracked and "utm_source" in l.params}))
    from .suggest import uses_of

    pages = tuple(sorted({_page(l.url) for l in campaign.all_links if l.tracked} - {""}))
    return CampaignFacts(campaign.path, slug, tuple(seen.values()), sources, uses_of(campaign), pages)


def _page(url: str) -> str:
    """`acme.com/launch` for `https://www.Acme.com/launch/?plan=pro#top`: the page a link lands on, whatever its query."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    host = (parts.hostname or "").lower()
    host = host[4:] if host.startswith("www.") else host
    return f"{host}{parts.path.rstrip('/').lower()}" if host else ""


def _end_column(text: str, start: int, end: int, pos) -> int:
    """The column just past a value written on one line, so a repo-wide finding (which is made away from the file's
    text) spans it as every other value rule's does: the carets under `Spring Launch 2026`, not `Spring` (newuser
    F1); -1 for a value folded over lines, or one whose start is not where `pos` says."""
    from .document import _char_pos

    while end > start and text[end - 1] in "\r\n":
        end -= 1
    if end <= start:
        return -1
    first, last = _char_pos(text, start), _char_pos(text, end)
    if first.line != last.line or (first.line, first.column) != (pos.line, pos.column):
        return -1
    return last.column
