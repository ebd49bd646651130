"""Links to campaigns: one campaign per utm_campaign value (exactly as written: `Spring` and `spring` are two
campaigns in GA4, so two files, which lint then reports), each value written at the level all its links share.

- source, medium and term go on the campaign when every link has one (the value most links have), and a link
  whose value differs overrides it; when some link has none, each link carries its own;
- content stays on each link; a label is the link's `label:`, other notes become comments;
- utm_id and GA4's other campaign-wide parameters can only be written once per campaign file: the value most of
  the campaign's links carry is the campaign's, and a row with another one is skipped, with both named;
- a utm_campaign the ad platform fills in for each of its campaigns (`{campaignid}`, a custom parameter `{_campaign}`)
  is one campaign file for each of the platform's campaigns (its `Campaign` column), named by it: the links of two
  Google Ads campaigns are never one campaign file (newuser47 F8: utm.new's recommended template put every ad of
  the account in `campaignid.yaml`);
- the same link twice (same campaign, destination and values) is imported once; the other row is skipped;
- the platform is named when the shared source is a profile's (`intercom`, or the same in other letter case,
  `Intercom`, which lint then reports), every link has its own medium (so the profile fills in nothing) and
  every medium is one the profile knows (so naming it brings no advice against what the sheet meant).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

from .rows import Link, Skip, shown

OVERRIDABLE = ("utm_source", "utm_medium", "utm_term")  # may sit on the campaign or on each link
CAMPAIGN_ONLY = ("utm_id", "utm_source_platform", "utm_creative_format", "utm_marketing_tactic")


@dataclass
class CampaignPlan:
    campaign: str
    links: List[Link]
    shared: Dict[str, str] = field(default_factory=dict)  # utm param -> value, written on the campaign
    platform: Optional[str] = None
    file_name: str = ""
    platform_campaign: str = ""  # the ad platform's campaign, when utm_campaign is a slot it fills in (_by_campaign)

    @property
    def lines(self) -> List[int]:
        return [link.line for link in self.links]


def slug(value: str) -> str:
    """A file name for a campaign value: ASCII, lower-case words joined by `-`; a name's symbols spelled out as
    value-case's one suggestion spells them (`C++Weekly` -> `cppweekly.yaml`, never `c-weekly.yaml`)."""
    from ..spelling import spelled_out

    folded = unicodedata.normalize("NFKD", spelled_out(value)).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:80].strip("-") or "campaign"


def _page(destination: str) -> str:
    """The page a destination opens, as a browser requests it: `https://Example.com` and `https://example.com/` are
    one page (an empty path is `/`; a host is case-blind), so two rows differing only so are one link."""
    from urllib.parse import urlsplit, urlunsplit

    try:
        parts = urlsplit(destination)
    except ValueError:
        return destination
    if not parts.netloc:
        return destination
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, parts.fragment))


def _dedupe(links: Sequence[Link], unit: str = "line") -> Tuple[List[Link], List[Skip]]:
    first: Dict[tuple, Link] = {}
    kept, skipped = [], []
    for link in links:
        key = (_page(link.destination), tuple(sorted(link.params.items())))
        if key in first:
            skipped.append(Skip(link.line, _same(link, first[key], unit)))
        else:
            first[key] = link
            kept.append(link)
    return kept, skipped


def _same(link: Link, earlier: Link, unit: str) -> str:
    """Why a row is skipped as another's link: the same link, or the same only once its columns not imported are left
    out, whose values differ (a Google Sheet's `Ad Variant`, `carousel-a` and `carousel-b`: two ads, one of them
    dropped as "the same link", newuser48b F1): said with the `--column` that would import them apart."""
    from shlex import quote

    differ = [h for h in link.unread if link.unread[h] != earlier.unread.get(h, "")]
    if not differ:
        return f"the same link as {unit} {earlier.line} (imported once)"
    header = differ[0]
    said = ", ".join(f"`{shown(h, 40)}` is `{shown(link.unread[h], 40)}` (on {unit} {earlier.line}: "
                     f"`{shown(earlier.unread.get(h, ''), 40)}`)" for h in differ[:2])
    return (f"the same link as {unit} {earlier.line} in the columns imported, but {said}, in a column not imported: if "
            f"it holds a utm value, import again naming it, `--column {quote('utm_content=' + header)}` (or the "
            f"parameter it holds)")


def _platform_for(source: str, platforms: Mapping[str, object]) -> Optional[str]:
    from ..platforms import match_source_variant

    for name, platform in platforms.items():
        if getattr(platform, "source", None) == source:
            return name
    found = match_source_variant(source, platforms)  # type: ignore[arg-type]
    # Only a case slip (`Intercom`) surely means the platform; a domain or variant (`x`, `intercom.com`) might
    # not, and lint's source-domain-style says which name to write anyway.
    return found[0].name if found and found[1] == "case" else None


def _by_campaign(link: Link) -> Tuple[str, str]:
    """The campaign a link is imported into: its utm_campaign, and, when that is a slot the ad platform fills in for
    each of its campaigns (`{campaignid}`), the platform's campaign the sheet says the ad is in (an ads export's
    `Campaign` note)."""
    from ..spelling import has_placeholder

    if not has_placeholder(link.campaign):
        return link.campaign, ""
    return link.campaign, next((value for header, value in link.notes if header.lower() == "campaign"), "")


def group(links: Sequence[Link], platforms: Mapping[str, object],
          unit: str = "line") -> Tuple[List[CampaignPlan], List[Skip]]:
    """`unit`: what a link's number counts (sheet.Sheet.unit), as the messages name it."""
    links, skipped = _dedupe(links, unit)
    by_campaign: Dict[Tuple[str, str], List[Link]] = {}
    for link in links:
        by_campaign.setdefault(_by_campaign(link), []).append(link)
    plans = []
    for (campaign, platform_campaign), members in by_campaign.items():
        shared: Dict[str, str] = {}
        for param in CAMPAIGN_ONLY:
            counts = Counter(link.params.get(param) for link in members)
            if len(counts) == 1:
                value = next(iter(counts))
            else:
                value = max(counts, key=lambda v: (counts[v], -[link.params.get(param) for link in members].index(v)))
                owner = next(link for link in members if link.params.get(param) == value)
                kept = []
                for link in members:
                    mine = link.params.get(param)
                    if mine == value:
                        kept.append(link)
                    else:
                        theirs = f"`{shown(value, 30)}`" if value is not None else "none"
                        here = f"`{shown(mine, 30)}`" if mine is not None else "none"
                        skipped.append(Skip(link.line, f"{param} {here} here, {theirs} on {unit} {owner.line} and most "
                                                       f"links of campaign `{shown(campaign, 40)}`: a campaign file "
                                                       f"holds one {param}"))
                members = kept
            if value is not None:
                shared[param] = value
        for param in OVERRIDABLE:  # on the campaign only when every link has one, else a link would gain it
            values = [link.params.get(param) for link in members]
            if None not in values:
                counts = Counter(values)
                value = max(counts, key=lambda v: (counts[v], -values.index(v)))
                if counts[value] > 1 or len(values) == 1:  # all different (keywords): each link keeps its own
                    shared[param] = value
        plan = CampaignPlan(campaign, members, shared, platform_campaign=platform_campaign)
        source = shared.get("utm_source")
        if source is not None and all("utm_medium" in link.params for link in members):
            name = _platform_for(source, platforms)
            mediums = {m for channel in platforms[name].channels.values() for m in channel.mediums} if name else set()
            # Named only when every medium is one the profile knows: a profile is conventions, and a guess that
            # does not fit (`facebook` with `social`, an organic post, under the Meta Ads profile) would bring
            # advice that moves the link to another GA4 channel than the sheet meant.
            # Nor when a link names another platform as its source (a Google Ads row, `google`/`cpc`, in a campaign of
            # Facebook ads): the profile would call it a mistake, and lint would tell it to write `source: facebook`,
            # moving it from Paid Search to Paid Social (newuser48b F3).
            if name and all(link.params["utm_medium"] in mediums and
                            (link.params["utm_source"] == source or _platform_for(link.params["utm_source"], platforms) == name)
                            for link in members):
                plan.platform = name
        plans.append(plan)
    taken = set()
    for plan in plans:
        base, number = slug(plan.platform_campaign or plan.campaign), 1
        name = f"{base}.yaml"
        while name in taken:
            number += 1
            name = f"{base}-{number}.yaml"
        taken.add(name)
        plan.file_name = name
    skipped.sort(key=lambda s: s.line)
    return plans, skipped
