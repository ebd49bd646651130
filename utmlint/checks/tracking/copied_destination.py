"""copied-tracking's reading of the destination site's own tags on a link to itself (`utm_source=docker` on docker.com),
copied from its pages, and of the snippets a site hands out itself (rules/platform-written-tags.txt)."""

from __future__ import annotations

from typing import Dict, FrozenSet, Optional, Tuple

from ...lazyregex import lazy_compile
from ...urls import unquote
from .fields import _hostname, Field, is_placeholder
from .copied_lists import _escaped_name
from .copied_owner import _section_host, _triple, _written_for_repository
from .copied_marks import _PAID, STAND_IN_HOST


def _destination_tag(fields, url: str, identity, convention: FrozenSet[Tuple[str, str, str]] = frozenset(),
                     place: str = "") -> Optional[Tuple[Field, bool]]:
    """`utm_source=docker` on a link to desktop.docker.com, in a repository that is not Docker's: the tags the
    destination site puts on links to itself, copied from its site along with the link. Known only with the
    repository's identity (utmlint.identity): in the brand's own repository they are its own tags, and a site's
    own snippet (rules/platform-written-tags.txt) is the repository's to paste as it is. A source of several words
    that opens with the site's name (`utm_source=leadback_widget` on leadback.ru, corpus 6 #116) names the site too,
    unless a utm value names the repository (`github+gitpod` on education.github.com: Gitpod's own). So does a medium
    that is the site's name, 4 letters or more, no source GA4 lists (`utm_source=GitLab+Inc.&utm_medium=brighttalk` on
    brighttalk.com, corpus 15 #92: BrightTALK's share link, naming the channel's owner as the source); the medium is
    then the field returned. `convention`: the file's own tag sets (file_convention); a link carrying one carries the
    file's tags, whatever site it goes to. Returns (field, guessed): `guessed` when only the source's first word names
    the site (`pixel_newsletter` on pixel.io is also how a team names its own placements, and identity may not tie
    the repository to its site: stranger13 R1), said as a hedged note; never read so in an e-mail template (`place`
    "email"), whose links carry the e-mail's own tags."""
    if identity is None or (convention and _triple(fields) in convention):
        return None
    from ...identity import normalize, owns_site, site_name

    # a key after `&amp;` is still that key here (`...&amp;utm_source=wework` in an HTML cell, corpus 13 #125)
    source = next((f for f in fields if _escaped_name(f.name) == "utm_source"), None)
    host = _hostname(url)
    if source is None or not host or is_placeholder(source.value):
        return None
    if _ad_medium(fields):
        return None  # an ad's link to the site it advertises: whoever wrote it, not a link copied from that site
    if _someones_page(url):
        # `github.com/bytewax/bytewax?utm_source=github&utm_medium=decodingml`: a repository's page on GitHub is its
        # owner's, not one of GitHub's own (rules/useless-destinations.txt's `except` list: `github.com/features`),
        # and GitHub writes no tags on links to it; `github` there names where the sender placed the link (a README),
        # the sender's own tags, which utm-useless-destination judges (corpus 40 #36 #38)
        return None
    site = site_name(host)
    found = _site_naming_field(fields, source, site, identity, place, host)
    if found is None or len(normalize(site)) < 3 or owns_site(identity, site):
        return None
    if _written_for_repository(identity, fields, normalize(site)):
        return None  # Twilio's event team's tags for its own conference's build session (corpus 17 #9)
    if found[0] is source:
        value = source.value.strip().lower()
        if "." in value and _section_host(identity, value):
            return None  # `utm_source=docs.chain.link` in smartcontractkit/documentation: the repository's docs
        from ...channels import source_category

        if source_category(value) is not None:
            return None  # `google`, `reddit`: where visitors come from, a team may mean it (an ad to its Play listing)
    from ...scan.platform_tags import written_by

    values = {f.name: f.value for f in reversed(fields)}  # a snippet may name a parameter of its own (Snyk's `page=`)
    return None if written_by(host, values) is not None else found


def _someones_page(url: str) -> bool:
    """Whether the link goes to a page a platform shows for one of its users (a GitHub repository, a LinkedIn company
    page: rules/useless-destinations.txt, read by utmlint.checks.tracking.destinations), not one of the platform's own
    pages (`github.com/features/copilot`, its home page) nor a file downloaded from it: a page the platform tags no
    links to, so its name in the tags is the sender's word for where it placed the link."""
    from .destinations import downloaded_file, useless_destination

    return useless_destination(url.strip()) is not None and downloaded_file(url.strip()) is None


def _ad_medium(fields) -> bool:
    """Whether a link's utm_medium says it was made for an ad: GA4's paid-medium rule (`cpc`, `ppc`, `paid-social`,
    `cpm`: _PAID) or the Display channel's `display`; not `banner`, which a site's own banner on its own pages (a house
    ad) writes as well. A site's own tags on a link to itself are
    the ones its pages write on their links (`utm_source=docker&utm_medium=web`, its navigation, its banners): copied
    with the link, they credit the site's campaign. An ad's are its advertiser's, on the ad placed elsewhere, and a
    team's own ads plan writes them so, its site's name as the source (`utm_source=northwind&utm_medium=cpc` on
    northwind.io in nwlabs/growth's docs/meta-ads.md, a repository named otherwise than its site: rest17's left
    finding): telling it to remove them moves its ads' visits out of the paid channels. Someone else's ad's landing
    URL copied from a visit is told by its click id (`&gclid=`: _ad_landing_tag), read before."""
    medium = next((f for f in fields if _escaped_name(f.name.strip().lower()) == "utm_medium"), None)
    if medium is None:
        return False
    value = medium.value.strip()
    return _PAID.match(value) is not None or value.casefold() == "display"


def _site_naming_field(fields, source: Field, site: str, identity, place: str,
                       host: str = "") -> Optional[Tuple[Field, bool]]:
    """The field of a link that names the site it goes to (`site`, its name: `docker`), and whether that is a guess:
    the source, whole (`utm_source=docker`, or a domain of the site: `docker.com`); else the source's first word
    (`leadback_widget` on leadback.ru: a guess, said hedged; not in an e-mail template, whose links carry the e-mail's
    own tags, nor when a utm value names the repository: `github+gitpod` in Gitpod's own); else the medium, when the
    site's name has 4 letters or more and is no source GA4 lists (`utm_source=GitLab+Inc.&utm_medium=brighttalk` on
    brighttalk.com: the site's share link naming the channel's owner as the source and itself as the medium), or when
    it is the site's whole domain written out (`utm_medium=GOV.UK` on www.gov.uk: GOV.UK's e-mail summaries tag their
    links to its own pages so, corpus 38 #22; a domain names the site however short its name, `gov`). None when no
    field names the site."""
    from ...channels import source_category
    from ...identity import normalize, site_domain, site_name
    from ...scan.names import value_names_repository

    value, wanted = source.value.strip().lower(), normalize(site)
    if normalize(site_name(value) if "." in value else value) == wanted:
        return source, False
    if "." not in value and place != "email" and (_site_first_word(value, site) or _inside_site_name(value, site)) \
            and not any(value_names_repository(identity, f.value) for f in fields if _escaped_name(f.name) in _CHOSEN_KEYS):
        return source, True
    if source_category(site) is None:
        medium = next((f for f in fields if _escaped_name(f.name) == "utm_medium"), None)
        said = medium.value.strip().lower() if medium is not None else ""
        if said and (len(wanted) >= 4 and normalize(said) == wanted
                     or "." in said and host and normalize(said) == normalize(site_domain(host))):
            return medium, False
    return None


# The keys whose value names the repository when the tags are its own (`utm_source=github+gitpod` on education.github.com
# in Gitpod's site, a campaign named for the project): not utm_content or utm_term, where a site's portal writes what
# its visitor searched for and which result it was (BrightTALK's `utm_content=canonical&utm_term=search-result-7` on a
# webcast Canonical's page links, corpus 19 #120 #124: BrightTALK's portal tags, as its other copies #118 #121 #123).
_CHOSEN_KEYS = ("utm_source", "utm_medium", "utm_campaign")

# A source run together from words (`leadback_widget`, `github+digitalocean`): its first word, 4 letters or more.
_FIRST_WORD = lazy_compile(r"([a-z0-9]{4,})[ _+-][a-z0-9]")


def _site_first_word(value: str, site: str) -> bool:
    """Whether a source of several words opens with the name of the site the link goes to (`leadback_widget` on
    leadback.ru, `github+digitalocean` on education.github.com): the site's own name for one of its placements (its
    widget, its partner page), as `utm_source=leadback` alone would be."""
    from ...identity import normalize

    first = _FIRST_WORD.match(value)
    if first is None or len(normalize(site)) < 4 or first.group(1) != normalize(site):
        return False
    from ...channels import source_category

    # a network or search engine GA4 reads by name (`facebook_page` on facebook.com): where visitors come from, which
    # a team may mean, as for the name alone (_destination_tag)
    return source_category(first.group(1)) is None


def _inside_site_name(value: str, site: str) -> bool:
    """Whether a source of one word, 6 letters or more, is the name of the site the link goes to with a short word of
    the domain's left off, before it (4 letters at most: `aicollection` on thataicollection.com, the AI Collection's own
    tags on its redirects, corpus 21 #76-#83) or after it (3 at most: `acme` + `hq`): the site's own name for itself, as
    `utm_source=thataicollection` would be. A word found inside the name is not (`utm_source=plugin` on solaplugins.com:
    Sola's own plugin placements, corpus 16), nor a network or search engine GA4 reads by name, which a team may mean
    (_site_first_word)."""
    from ...channels import source_category
    from ...identity import normalize

    word, wanted = normalize(value), normalize(site)
    return len(word) >= 6 and word == value.replace("-", "").replace("_", "") and word != wanted \
        and (wanted.endswith(word) and len(wanted) - len(word) <= 4 or wanted.startswith(word)
             and len(wanted) - len(word) <= 3) and source_category(word) is None


def _names_link_site(value: str, site: str) -> bool:
    """Whether a utm value holds the name of the site the link goes to (4 letters or more, run together or not:
    `taskly-weekly` and `tasklydigest` on taskly.io): the site's own naming of its e-mail or placement."""
    from ...identity import normalize

    wanted = normalize(site)
    return len(wanted) >= 4 and wanted in normalize(value)


def _site_snippet(host: str, values: Dict[str, Field]) -> bool:
    """Whether the link's tags are a snippet the destination site hands out itself (rules/platform-written-tags.txt:
    Unsplash's and Pexels' photo credits), which the repository pastes as it is: no one's share."""
    from ...scan.platform_tags import written_by

    return written_by(host, {name: f.value for name, f in values.items()}) is not None


def _snippet_of_destination(url: str, fields) -> bool:
    """Whether the link is a snippet its destination site hands out itself, as rules/platform-written-tags.txt lists
    them (Instagram's embed code, `instagram.com/p/<id>/?utm_source=ig_embed&utm_campaign=loading`): pasted whole by
    whoever embeds the post, it is the platform's own link to its own page, no one's share. Its host may be written
    (`https://www.instagram.com/reel/${itemId}/`) or not (`${permalink}/?utm_source=ig_embed...`: an `unknown-host`
    entry). A visit's id copied beside it (`fbclid`) is still reported: only a `[shared]` marker's reading yields."""
    from ...scan.platform_tags import platform_written_tags, written_by

    values: Dict[str, str] = {}
    for f in fields:
        values.setdefault(_escaped_name(f.name), unquote(f.value))
    host = _hostname(url)
    if host and host != STAND_IN_HOST:
        return written_by(host, values) is not None
    return written_by(None, values, tuple(e for e in platform_written_tags() if e.unknown_host)) is not None
