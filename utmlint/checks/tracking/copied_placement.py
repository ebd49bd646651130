"""copied-tracking's reading of another placement's tags of the team's own: a docs page's link to the owner's site
carrying its blog's or its gated assets' tags."""

from __future__ import annotations

from typing import Optional, Tuple

from ...linkplace import CAMPAIGN_PLACE as _CAMPAIGN_PLACE
from .fields import _hostname, Field, is_placeholder
from .copied_lists import _escaped_name
from .copied_owner import _claims, _DOC_WORDS, _repository_site_link, _site, _WORD


def _placement_tag(fields, url: str, identity, place: str = "") -> Optional[Tuple[Field, str]]:
    """Another placement's tags of the team's own, copied with the link: in a repository named for a section of its
    owner's site (linkplace.section_of_repository: `redpanda-data/docs`), a page's link to the owner's site whose
    utm_source names another section (`utm_source=blog&utm_medium=content` in Redpanda's docs, corpus 12 #78 #79 #81:
    the blog's links, copied with their tags) or a gated asset of the owner's (linkplace.ASSET_WORDS: `utm_source=
    gated_content`, its gated reports' links, #77 #82). Not a section the page itself sits in (`utm_source=guides` in
    mixpanel/docs' `guides/`, corpus 4), nor a source alone (a template's `utm_source=blog` for the post it will
    be), nor a link into the repository's own section (utm-internal-link's), nor in a file about campaigns (a
    `marketing/` folder). A page's link carrying a campaign the file writes on the team's own site is read as the
    team's plan (`campaign`, scan.judge's file_campaigns): here it is the team's own tags still, and read. Returns
    (the utm_source, the repository's section), or None."""
    if identity is None or place not in ("", "campaign") or identity.names & _CAMPAIGN_PLACE:
        return None
    from ...linkplace import SECTION_WORDS, section_of_repository

    section = section_of_repository(identity.slug)
    if not section:
        return None
    values = {_escaped_name(f.name.strip().lower()): f for f in fields}
    source, medium = values.get("utm_source"), values.get("utm_medium")
    if source is None or medium is None or is_placeholder(source.value) or is_placeholder(medium.value):
        return None
    named = source.value.strip().lower()
    asset = _gated_asset(named, values)
    if not asset and (named not in SECTION_WORDS or named == section or {named, section} <= _DOC_WORDS) \
            or named in identity.names:
        return None
    host = _hostname(url)
    if not host or not _claims(identity, _site(url), host, ()) or _repository_site_link(identity, url):
        return None
    return source, section


def _gated_asset(source: str, keys) -> bool:
    """Whether a source is a gated asset's own marker (`utm_source=gated_content`, corpus 12 #77 #82): `gated` as one
    of its words, or an asset word (linkplace.ASSET_WORDS: `ebook`, `webinar`) beside a second asset key of the same
    tagging (`utm_assettype=`, `utm_assetname=`). An asset word alone is a team's own promo's source (`utm_source=
    webinar` on a docs page's link to its webinar, stranger13 R11): its mistakes are told."""
    from ...linkplace import ASSET_WORDS

    words = set(_WORD.findall(source))
    return "gated" in words or bool(words & ASSET_WORDS and any(k.startswith("utm_asset") for k in keys))
