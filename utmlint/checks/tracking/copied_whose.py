"""copied-tracking's judgement of whose tags a link carries: another platform's share or feed tags, a newsletter's,
an ad landing's, another channel's post, the destination's own or the repository's own (identity, the file's
convention, its plan and titles, the config's `own-hosts`)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

from ...lazyregex import lazy_compile
from ...urls import unquote
from ...linkplace import CAMPAIGN_PLACE as _CAMPAIGN_PLACE
from .fields import _hostname, Field, is_placeholder, query_fields
from .key_unknown import _in_order
from .copied_lists import _escaped_name, _key_matches, _marker_index, _matches, tracking_data
from .destinations import useless_destination
from .unfilled import _folded_word, placeholder_words


_PAID = lazy_compile(r"^(?:.*cp.*|ppc|retargeting|paid.*)$", re.IGNORECASE)  # GA4's paid-medium rule


def _ad_landing_tag(fields, params: FrozenSet[str]) -> Optional[Field]:
    """The paid utm_medium of a copied ad landing URL: one that also carries an ad click id (`gclid`)."""
    if not any(f.name.strip().lower() in params and not is_placeholder(f.value) for f in fields):
        return None
    return next((f for f in fields if f.name == "utm_medium" and _PAID.match(f.value.strip())), None)


# A parameter of another name whose value is itself a utm query (`inbound_utm=utm_source=bing&utm_medium=cpc...`)
_RECORDED_UTM = lazy_compile(r"utm_(?:source|medium|campaign|content|term|id)=", re.IGNORECASE)


def _recorded_visit_tag(fields) -> Optional[Field]:
    """A parameter that records an earlier visit's utm query as its value: `inbound_utm=utm_source=bing&utm_medium=
    cpc&...` (a landing or redirect service keeping the tags a visitor arrived with, here a Bing ad's; corpus 10
    #156, a handbook's link to an insurer). An address that carries a visit's record was copied from that visit, and
    the utm values written around it are that visit's. A parameter of a utm name (`utm_content=utm_source=x`, a
    glued value) is not one: copied-tracking's glued reading and the value rules speak there; nor Google Play's
    install `referrer=utm_source=...` (written unencoded: the team's own install tags, play-referrer-unencoded's)."""
    return next((f for f in fields if not f.name.strip().lower().startswith("utm_") and f.name.strip().lower() !=
                 "referrer" and _RECORDED_UTM.match(f.value.strip()) and not is_placeholder(f.value)), None)


# the host scan judges a link on when a template expression writes its host (scan.synthetic's stand-in)
STAND_IN_HOST = "scan.invalid"


def _shared_tags(fields, identity=None, url: str = "", place: str = "",
                 own_site: bool = False) -> Tuple[List[Field], bool, str, str]:
    """The fields that show the link was handed out by another platform's share button, feed or scheduler:
    a field for every tag of one `[shared]` line (none in that platform's own repository, and no `by=site` line on a
    link to a site the config's `own-hosts` names: `own_site`, the team's own feed or listing), whether the tags may be
    the team's own (a line a site's own feed or share button writes into links to itself, `by=site`, where whose
    repository it is is unknown, or, for an `own=ask` line, is that site's), the line's host and the platform's
    name (`by=Pulse`, "" when the line names none)."""
    data = tracking_data()
    # every link meets every marker (scan's cold cost, extract9's profile): only the markers whose exact tag the link
    # carries, and those without one, are tried, in the file's order (the same first match, sooner)
    names = [(_escaped_name(f.name), f) for f in fields]
    by_tag, untagged = _marker_index()
    tried = set(untagged)
    for name, f in names:
        tried.update(by_tag.get((name, f.value.strip().lower().replace("+", " ")), ()))
    for index in sorted(tried):
        tags = data.shared[index]
        by = data.shared_by[index] if data.shared_by else ""
        host = data.shared_hosts[index] if data.shared_hosts else ""
        ask = data.shared_ask[index] if data.shared_ask else False
        if data.shared_known and data.shared_known[index] and (
                identity is None or place in ("campaign", "email") or _holds_repository_word(identity, [
                    f for name, f in names if name == "utm_source"])):
            continue  # `utm_medium=rss` where the team's own feed may have written it (stranger15 R3)
        if host and not _goes_to(url, host):
            continue  # `utm_source=share` is LinkedIn's own only on a link to linkedin.com
        if by == "site" and (place == "feed" or _hostname(url) == STAND_IN_HOST):
            continue  # a feed's own tags in the site's feed file, or on a link whose host a template fills in
            # (`{{ site.url }}{{ post.url }}?utm_campaign=rss`): the site's own (stranger11 R1)
        owned = bool(by) and identity is not None and (
            _owns_site(identity, _site(url)) if by == "site" else _owns(identity, by))
        if (owned or own_site and by == "site") and not ask:
            continue  # Buffer's `utm_campaign=buffer` in Buffer's own repository, a site's feed tags in its own
        if any(pattern == "!" and any(_key_matches(name, param) and f.value.strip() for name, f in names)
               for param, pattern in tags):
            continue  # `source=!`: the platform writes no such tag (a feed's `utm_campaign=rss` alone)
        found = [next((f for name, f in names if _key_matches(name, param) and _matches(f.value, pattern)), None)
                 for param, pattern in tags if pattern != "!"]
        if all(f is not None for f in found):
            name = data.shared_names[index] if data.shared_names else ""
            return found, by == "site" and (identity is None or owned), host, name
    return [], False, "", ""


def _marked_by(marks: Sequence[Field], url: str) -> str:
    """The site (`eventbrite.com`) of the platform a `[shared]` marker names (`by=eventbrite`) when the link goes to
    it, or "": the tags are that platform's own, and the message can say whose."""
    data = tracking_data()
    if not data.shared_by:
        return ""
    names = [(_escaped_name(f.name), f) for f in marks]
    from ...identity import site_domain, site_name

    host = _hostname(url)
    for index, tags in enumerate(data.shared):
        by = data.shared_by[index]
        if not by or by == "site" or not host or site_name(host) != by:
            continue
        if all(any(_key_matches(name, param) and _matches(f.value, pattern) for name, f in names)
               for param, pattern in tags if pattern != "!"):
            return site_domain(host)
    return ""


def _goes_to(url: str, where: str) -> bool:
    """Whether the link goes to `where`: a host (its subdomains too) with an optional path prefix
    (`chrome.google.com/webstore`)."""
    domain, slash, prefix = where.partition("/")
    host = _hostname(url)
    if not (host == domain or host.endswith("." + domain)):
        return False
    if not slash:
        return True
    from urllib.parse import urlsplit

    try:
        path = urlsplit(url.strip()).path.lower()
    except ValueError:
        return False
    return path.startswith("/" + prefix)


def _site(url: str) -> str:
    from ...identity import site_name

    host = _hostname(url)
    return site_name(host) if host else ""


def link_site(url: str) -> str:
    """The name of the site a link goes to (`blog.cloudflare.com` -> `cloudflare`), "" without a host."""
    return _site(url)


def _newsletter_tag(fields, url: str) -> Optional[Field]:
    """`utm_source=nodeweekly` without a campaign: the tags a newsletter adds to every link it sends out (a team
    tagging its own placement in that newsletter names its campaign, and is left alone; a link to the newsletter's
    own site, `nodeweekly.com/?utm_source=nodeweekly`, is the newsletter's own)."""
    if any(f.name == "utm_campaign" for f in fields):
        return None
    found = next((f for f in fields if f.name == "utm_source" and f.value.strip().lower() in
                  tracking_data().newsletters), None)
    if found is not None and found.value.strip().lower().split(".")[0] in _host(url):
        return None
    return found


_SEARCH_WORD = lazy_compile(r"(?:^|[^a-z])search(?:$|[^a-z])")


def _search_tag(fields, url: str, identity) -> Optional[Field]:
    """`utm_source=geek_search&utm_medium=geek_search&utm_campaign=geek_search`: one value naming a search in source,
    medium and campaign is a site's own search tag (its search box writes it into its result links), never a campaign
    anyone wrote. Not one value alone: teams tag their own links so (Fairwinds' `utm_source=polaris&utm_medium=
    polaris&utm_campaign=polaris`, corpus 9); in the site's own repository its search tags are its own. The
    utm_source field, or None."""
    if identity is not None and _owns_site(identity, _site(url)):
        return None
    values: Dict[str, Field] = {}
    for f in fields:
        values.setdefault(f.name.strip().lower(), f)
    tags = [values.get(key) for key in ("utm_source", "utm_medium", "utm_campaign")]
    if any(f is None or not f.value.strip() or is_placeholder(f.value) for f in tags):
        return None
    one = {f.value.strip().lower() for f in tags}
    return tags[0] if len(one) == 1 and _SEARCH_WORD.search(next(iter(one))) else None


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    try:
        return (urlsplit(url).hostname or "").replace("-", "")
    except ValueError:
        return ""


def _fragment_mark(url: str) -> Optional[str]:
    """A share-tracking fragment (`#.Uupx3qddN-w.reddit`): the link was copied out of a visitor's address bar."""
    hash_at = url.find("#")
    if hash_at == -1:
        return None
    fragment = url[hash_at + 1:]
    return fragment if any(p.fullmatch(fragment) for p in tracking_data().fragments) else None


def _triple(fields) -> Tuple[str, str, str]:
    values = {}
    for f in fields:
        values.setdefault(f.name.strip().lower(), f.value.strip().lower())
    return values.get("utm_source", ""), values.get("utm_medium", ""), values.get("utm_campaign", "")


def tag_set(url: str) -> Tuple[str, str, str]:
    """A URL's (utm_source, utm_medium, utm_campaign), lower-cased, as file_convention collects them; none for a URL
    elided for display (urls.elided: `utm_source=substac[…]` is no second source of the file's)."""
    from ...urls import elided

    return ("", "", "") if elided(url) else _triple(query_fields(url))


def file_convention(urls: Iterable[str], identity=None) -> FrozenSet[Tuple[str, str, str]]:
    """The (utm_source, utm_medium, utm_campaign) sets a file writes on links to two or more different sites: the
    file's own tagging (Stoplight's docs tag stoplight.io links `utm_source=github&utm_medium=spectral&
    utm_campaign=docs`, naming where the reader is). The same set on its link to github.com is that convention too,
    not github.com's own tags copied (corpus 9 #142); a newsletter's issue tagging every outbound link
    `utm_source=<its name>&utm_medium=email` is its own e-mail's tagging, not someone else's copied (_posted_tags).
    (Until session 29 a set on one link to a site its source does not name counted too: the same verdicts for the
    destination test, which only asks about a link whose source names its site.)
    With the repository's `identity`: when a link of the file carries a source naming the repository (its own
    outgoing tagging: `utm_source=kotlin-website` in Kotlin's events list), another site's plain name with `utm_medium=
    website` repeated on two sites is that site's outgoing tagging, copied entry by entry (Bugfender's events page,
    `utm_source=bugfender&utm_medium=website&utm_campaign=conference` on two conferences' links: corpus 7 #63 #66), not
    a second tagging of the file's own (_outgoing_tags reads it)."""
    sites: Dict[Tuple[str, str, str], set] = {}
    named, outgoing = False, set()  # a source naming the repository (the file's own tagging); another site's sets
    for url in urls:
        if "utm_source" not in url.lower():
            continue
        triple = tag_set(url)
        host = _hostname(url)
        if triple[0] and host and not is_placeholder(triple[0]):
            sites.setdefault(triple, set()).add(_site(url))
            if identity is None:
                continue
            fields = [f for f in query_fields(url) if _escaped_name(f.name.strip().lower()).startswith("utm_")]
            named = named or _holds_repository_word(identity, [f for f in fields if _escaped_name(
                f.name.strip().lower()) == "utm_source"])
            medium = next((f.value.strip() for f in fields if _escaped_name(f.name.strip().lower()) == "utm_medium"), "")
            if _site_named(triple[0]) and _WEBSITE_MEDIUM.fullmatch(medium) and \
                    not _holds_repository_word(identity, fields):
                outgoing.add(triple)  # `&amp;utm_medium=website` too (copied from an HTML page with its escapes)
    return frozenset(triple for triple, where in sites.items()
                     if len(where) >= 2 and not (named and triple in outgoing))


def planned_sites(urls: Iterable[str]) -> FrozenSet[str]:
    """The sites a file tags with two or more different utm_source values: a team's own plan of where it will post
    its links (`?utm_source=reddit`, `?utm_source=twitter`, `?utm_source=whatsapp` on its landing page, one line a
    channel, in a launch plan or a UTM builder's README). A copied link comes with one sharer's tags, never a family
    of them: copied-tracking reads no other channel's tags on a link to such a site (_posted_tags). An AI assistant's
    citation tag (`utm_source=chatgpt.com` alone: _assistant_tag) is no source a team plans: the assistant wrote it on
    a page it cited, and a blog export citing kitces.com so beside Kitces' LinkedIn share tags (`utm_source=linkedin&
    utm_medium=social`) plans neither (Investipal's CMS export of its posts, corpus 25 #45)."""
    sources: Dict[str, set] = {}
    for url in urls:
        if "utm_source" not in url.lower() or _assistant_tag(url):
            continue
        source = tag_set(url)[0]
        if source and not is_placeholder(source) and _hostname(url):
            sources.setdefault(_site(url), set()).add(source)
    return frozenset(site for site, found in sources.items() if len(found) >= 2)


def _assistant_tag(url: str) -> bool:
    """Whether a link's only utm tag is an AI assistant's citation tag (`?utm_source=chatgpt.com`): the assistant
    appends it to the cited page's address and writes no other (copied_tracking's assistant reading)."""
    utm = [f for f in query_fields(url) if _escaped_name(f.name.strip().lower()).startswith("utm_")]
    return len(utm) == 1 and _escaped_name(utm[0].name.strip().lower()) == "utm_source" and \
        utm[0].value.strip().lower() in tracking_data().sources


_TITLE_LINES = lazy_compile(r"^[ \t]*(?:title[ \t]*[:=][ \t]*(.+)|#[ \t]+(.+))$|<title[^>]*>([^<]+)</title>|"
                            r"<h1[^>]*>([^<]+)</h1>", re.IGNORECASE | re.MULTILINE)


def file_titles(text: str) -> Tuple[str, ...]:
    """What a file says it is, near its top: its front matter's or its config's `title`, its first-level headings, its
    HTML `<title>` and `<h1>` (`title: "Builders Weekly #43"`), not a section's heading (a reading list's `## CSS
    Weekly` names what the section lists): own_letters reads them."""
    head = text[:4000]
    return tuple(next(g for g in found.groups() if g) for found in _TITLE_LINES.finditer(head))[:6]


def letter_key(source: str) -> str:
    """A newsletter's name as own_letters compares it: its letters and digits, lower-cased (`Builders_Weekly` and
    `builders-weekly` are one name)."""
    return re.sub(r"[^a-z0-9]", "", source.strip().lower())


def own_letters(urls: Iterable[str], names: Iterable[str] = (), place: str = "") -> FrozenSet[str]:
    """The newsletters' names (letter_key) a file's utm_source values give that are the file's own newsletter, not
    another one whose tags were copied with a link (_posted_tags): a name the file's title, headings or path hold
    (`utm_source=builders-weekly` in an issue titled "Builders Weekly #43", or in `builders-weekly/043.md`: the file
    is that newsletter's issue, wherever its links go: a team's own site, named otherwise than its GitHub
    organisation, is not known here), and, in an e-mail or a newsletter's archive (`place` "email"), a name the file
    writes on two or more different links (an issue tags every link it sends; a copy brings one link with its sender's tags,
    as .NET Weekly's archive holds CSS Weekly's, one item a file: corpus 15 #74 #78). `names`: the file's titles
    (file_titles) and its path. stranger16 R1: a team's own archive was told "remove them" and its typo was held
    back."""
    held = " ".join(letter_key(name) for name in names)
    counts: Dict[str, int] = {}
    for url in set(urls):  # distinct links: a copy written twice (a front matter's `url:` and the body's) is one
        if "utm_source" not in url.lower():
            continue
        source = tag_set(url)[0]
        if not source or is_placeholder(source) or posted_kind(source)[0] != "newsletter":
            continue
        key = letter_key(source)
        counts[key] = counts.get(key, 0) + 1
    return frozenset(key for key, count in counts.items()
                     if len(key) >= 6 and (key in held or place == "email" and count >= 2))


def own_campaigns(urls: Iterable[str], identity, own_hosts: Sequence[str] = ()) -> FrozenSet[str]:
    """The utm_campaign values a file writes on links to the repository's own site (_claims, or a host in the
    config's `own-hosts`): the team's campaigns. A link to another site carrying one is the team's own tagging too
    (its second domain, its shop, its event page, linked from its link-in-bio page or a launch thread with the same
    campaign: stranger10 R3): a copied link comes with whoever posted it's campaign, never the team's."""
    if identity is None:
        return frozenset()
    found = set()
    for url in urls:
        if "utm_campaign" not in url.lower():
            continue
        campaign = tag_set(url)[2]
        host = _hostname(url)
        if not campaign or is_placeholder(campaign) or not host or "{" in host or "$" in host or "%" in host:
            continue
        if (own_hosts and _own_host(url, own_hosts)) or _claims(identity, _site(url), host, ()) or \
                _team_page(identity, url, host):
            found.add(campaign)
    return frozenset(found)


@lru_cache(maxsize=1)
def _team_page_hosts() -> FrozenSet[str]:
    from ...resources import rule_lines

    return frozenset(rule_lines("team-pages.txt"))


def _owners_account(identity, url: str) -> bool:
    """A page of the repository owner's own account on a platform that shows a page's owner no utm report
    (rules/useless-destinations.txt): `github.com/eduardg7/amc` in eduardg7/faintech-lab, `x.com/@eduardg7`, the
    first segment of the path the owner's name as the repository's slug writes it. The tags on it are the owner's
    own (a launch post's), which nobody reads there (utm-useless-destination says so), never someone else's copied
    along (corpus 27 #24)."""
    owner = identity.slug.partition("/")[0].strip().lower()
    if not owner or "/" not in identity.slug or useless_destination(url) is None:
        return False
    from urllib.parse import urlsplit

    try:
        first = urlsplit(url.strip()).path.strip("/").split("/", 1)[0]
    except ValueError:
        return False
    return first.lstrip("@").lower() == owner


def _team_page(identity, url: str, host: str) -> bool:
    """A page of the team's own on a platform that holds them (rules/team-pages.txt: a store listing, an event page,
    a launch page) whose path, `id=` or `itemName=` names the repository by its owner's or its whole name
    (scan.names.whole_names, with an organisation's affix: `northwind` of northwind-labs/www in
    `lu.ma/northwind-meetup`, `?id=dev.northwind.flows`), not by a topic word of it (`python` of awesome-python); or a
    page of the owner's own account on a platform whose pages' owners read no utm (_owners_account)."""
    if _owners_account(identity, url):
        return True
    bare = host[4:] if host.startswith("www.") else host
    if not any(bare == h or bare.endswith("." + h) for h in _team_page_hosts()):
        return False
    from urllib.parse import parse_qsl, urlsplit

    from ...identity import _owned_by, normalize
    from ...scan.names import repository_names

    named = repository_names(identity.slug)
    if named is None:
        return False
    names = frozenset(n for n in named.names if len(n) >= 5)
    try:
        parts = urlsplit(url)
        pieces = [*parts.path.split("/"), *(v for k, v in parse_qsl(parts.query) if k.lower() in ("id", "itemname"))]
    except ValueError:
        return False
    for piece in pieces:
        whole = normalize(piece)
        if len(whole) >= 5 and any(name in whole for name in names):
            return True
        if any(len(word) >= 4 and _owned_by(names, word) for word in _WORD.findall(piece.lower())):
            return True
    return False


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
    site = site_name(host)
    found = _site_naming_field(fields, source, site, identity, place)
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


def _site_naming_field(fields, source: Field, site: str, identity, place: str) -> Optional[Tuple[Field, bool]]:
    """The field of a link that names the site it goes to (`site`, its name: `docker`), and whether that is a guess:
    the source, whole (`utm_source=docker`, or a domain of the site: `docker.com`); else the source's first word
    (`leadback_widget` on leadback.ru: a guess, said hedged; not in an e-mail template, whose links carry the e-mail's
    own tags, nor when a utm value names the repository: `github+gitpod` in Gitpod's own); else the medium, when the
    site's name has 4 letters or more and is no source GA4 lists (`utm_source=GitLab+Inc.&utm_medium=brighttalk` on
    brighttalk.com: the site's share link naming the channel's owner as the source and itself as the medium). None
    when no field names the site."""
    from ...channels import source_category
    from ...identity import normalize, site_name
    from ...scan.names import value_names_repository

    value, wanted = source.value.strip().lower(), normalize(site)
    if normalize(site_name(value) if "." in value else value) == wanted:
        return source, False
    if "." not in value and place != "email" and (_site_first_word(value, site) or _inside_site_name(value, site)) \
            and not any(value_names_repository(identity, f.value) for f in fields if _escaped_name(f.name) in _CHOSEN_KEYS):
        return source, True
    if len(wanted) >= 4 and source_category(site) is None:
        medium = next((f for f in fields if _escaped_name(f.name) == "utm_medium"), None)
        if medium is not None and normalize(medium.value.strip().lower()) == wanted:
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


def _written_for_repository(identity, fields, site: str) -> bool:
    """Whether a utm value other than the source holds two words of 5 letters or more of the repository's own name
    (not its owner's, not the site's): tags written for this very repository, not the site's own navigation copied
    (`utm_content=signallondon2023` and `utm_campaign=EVENT_SIGNAL_2023_OCT_13_SIGNAL_London_EMEA` on twilio.com in
    nokenwa/twilio-signal-london-23-build-projects, a Twilio evangelist's session for Twilio's London conference:
    corpus 17 #9)."""
    from ...identity import normalize

    name = identity.slug.partition("/")[2].lower()
    words = {w for w in re.findall(r"[a-z]+", name) if len(w) >= 5 and w != site}
    if len(words) < 2:
        return False
    return any(sum(word in normalize(f.value) for word in words) >= 2 for f in fields
               if _escaped_name(f.name).startswith("utm_") and _escaped_name(f.name) != "utm_source")


# The utm_medium values that say where a link was posted or sent (GA4's Organic Social mediums and more spellings
# of them, its Email mediums, a newsletter's, an affiliate network's), once a trailing `/` is left off.
_POSTED_MEDIUMS = (
    ("social", lazy_compile(r"(?:organic|paid)?[ _+-]?social(?:[ _+-]?(?:media|network|post|share|ads?))?s?|sm",
                            re.IGNORECASE)),
    ("email", lazy_compile(r"(?:e[ _-]?mails?|newsletters?)(?:[ _+-][a-z0-9_ +-]*)?", re.IGNORECASE)),
    ("affiliate", lazy_compile(r"affiliates?", re.IGNORECASE)),
    # a medium naming a placement off the web: a printed page, a radio or TV spot, a poster (`print-radio`: GSA's
    # print and radio ads' vanity link, copied into its blog, corpus 11 #5). No visit from a web page comes from it.
    ("offline", lazy_compile(r"(?:print|radio|tv|television|billboards?|flyers?|posters?|newspapers?|magazines?"
                             r"|direct[ _-]?mail|ooh|dooh|offline)(?:[ _+-](?:print|radio|tv|ads?|spots?|flyers?"
                             r"|posters?|billboards?))*", re.IGNORECASE)),
)


_KIND_WORDS = {"social": ("posted on a social network", "posted it", "post"),
               "share": ("shared with a share button or share link", "shared it", "share"),
               "email": ("sent in an e-mail", "sent it", "e-mail"),
               "newsletter": ("sent in a newsletter", "sent it", "newsletter"),
               "jobboard": ("listed on a job board", "listed it", "listing"),
               "affiliate": ("handed out by an affiliate network", "handed it out", "affiliate"),
               "offline": ("made for a placement off the web (print, radio, TV, a poster)", "placed it",
                           "print or broadcast placement")}


_WORD = lazy_compile(r"[a-z0-9]+")


# A utm value naming a share: `share`, `social-share`, `OGshare`, `sharebutton`, `postshare_creator`, `sharing` (a
# word of its own or run together after a short prefix; `SharePoint`, `shareholders` and `timeshares` are not).
# Words any product's own digest e-mail is named with (`weekly_digest`, `daily-digest`, `digest_mailer`): a newsletter's
# name (`CSS-Weekly`, `csharpdigest`) has a word of its own beside them.
_DIGEST_WORDS = frozenset({"weekly", "daily", "monthly", "digest", "digests", "newsletter", "news", "mailer", "mail",
                           "email", "report", "update", "updates", "summary", "the"})


_SHARE_WORD = lazy_compile(r"(?:^|[^a-z])[a-z]{0,6}shar(?:e|ed|ing)(?:buttons?|links?)?(?:$|[^a-z])")


_CARRIES_URL = lazy_compile(r"^(?:https?:|//|www\.)|%2f%2f", re.IGNORECASE)


# A stand-in site in a guide's example (`yourcompany.com/signup?utm_source=linkedin&utm_medium=social`): no one's.
_STAND_IN_SITE = lazy_compile(r"(?:your|my)(?:own)?(?:domain|site|website|web|company|app|store|shop|blog|brand"
                              r"|business|product|page|landing)s?|domain|website|company", re.IGNORECASE)


# Sources that name where the repository's own file is read (the code host): tags written for this very placement
# (`utm_source=github.com&utm_medium=social` on an awesome-list's entry, written by whoever submitted it).
_READ_HERE = frozenset({"github", "gitlab", "bitbucket", "gitee", "codeberg"})


def read_here(source: str) -> bool:
    """Whether a (normalized) utm_source names a code host, where a repository's files are read (`github`)."""
    return source in _READ_HERE


def posted_kind(source: str) -> Tuple[str, str]:
    """(kind, platform) when a utm_source names where a link was posted or sent (rules/copied-tracking.txt's
    `[posted]`, GA4's social sources): `twitter` -> ("social", "twitter"), `customer.io` -> ("email",
    "customer.io"), `gizmodo_twitter` and `SFTwitter` -> ("social", "twitter"); else ("", "")."""
    value = source.strip().lower().rstrip("/")
    if not value:
        return "", ""
    data = tracking_data()
    kind = data.posted.get(value) or data.posted.get(re.sub(r"[ _+-]", "", value))  # `hacker news`, `customer_io`
    if kind:
        return kind, value
    from ...channels import source_category

    if source_category(value) == "SOCIAL" and value not in data.not_posted and not (
            "." in value and _site_of_name(value) in data.not_posted):
        return "social", value  # not `wordpress.org`: where a plugin's readme is shown
    for word in _WORD.findall(value):
        kind = data.posted_words.get(word)
        if kind:
            return kind, word
        # a name of 6 letters or more run together with a publisher's prefix or a tool's suffix (The Atlantic's
        # SocialFlow `SFTwitter`, `twitterfeed`): that network's
        found = next((name for name in data.posted_words if len(name) >= 6 and name in word), None)
        if found is not None:
            return data.posted_words[found], found
    return "", ""


def _site_of_name(value: str) -> str:
    from ...identity import site_name

    return site_name(value)


def _claims(identity, site: str, host: str, values) -> bool:
    """Whether the repository may own the site or the tags (_posted_tags errs towards the team's): the site is its
    own (owns_site), or the site's name holds one of its names of 4 letters or more (`getcontentkit` in
    `someone/contentkit-ai`, `wp-modula` in `WPChill/modula-lite`, corpora 3 and 6) or is held in one of 5 letters or
    more (`digital` in `GSA/digitalgov.gov`), or a label of the host is one
    of them (`sapofit.semillasdeti.com`), or a utm value names the
    repository itself (scan.collection's names_repository, on the names of its owner and name, not of the folders
    the file sits in: `utm_content=Onboarding_...` in a handbook's `onboarding/` folder names Miro's e-mail)."""
    from ...identity import normalize
    from ...scan.names import names_repository, repository_names, whole_names

    if _owns_site(identity, site):
        return True
    whole = normalize(site)
    # the repository's names, not the folders' the file sits in: OpenRefine's `blog/` post does not own
    # `blog.kwantu.net` (corpus 13 #138), Codecademy's page in `concepts/observable/` not observablehq.com (#28), the
    # Rolling Scopes' `react/` task not React Digest's `newsletter.reactdigest.net` (#113); nor a word any digest is
    # named with (`weekly` of klaaay/weekly-gen, a generator of newsletters' summaries, in Python Weekly's
    # `www.pythonweekly.com`: corpus 24 #33), which names no newsletter of its own (_DIGEST_WORDS)
    own = identity.names - identity.folders - _DIGEST_WORDS
    if any(len(name) >= 4 and name in whole for name in own):
        return True
    if len(whole) >= 5 and any(whole in name for name in own):
        return True  # `digital.gov` in `GSA/digitalgov.gov`: a site whose name the repository's name holds
    if any(normalize(label) in own for label in host.split(".")[:-2] if len(normalize(label)) >= 4):
        return True  # `sapofit.semillasdeti.com`: a product's subdomain on its maker's site
    named = repository_names(identity.slug) or whole_names(identity)
    return any(names_repository(value, named) for value in values)


def _posted_medium(medium: str) -> str:
    value = medium.strip().rstrip("/")
    return next((kind for kind, pattern in _POSTED_MEDIUMS if pattern.fullmatch(value)), "")


def _posted_tags(fields, url: str, identity, convention: FrozenSet[Tuple[str, str, str]] = frozenset(),
                 place: str = "", planned: bool = False,
                 own_campaign: bool = False, published: bool = True,
                 own_letter: bool = False) -> Optional[Tuple[List[Field], str, str, bool]]:
    """Another channel's tags on a link to a site that is not the repository's: `gizmodo.com/...?utm_source=twitter`
    in a podcast's show notes, `leaddev.com/...?utm_source=ActiveCampaign&utm_medium=email` in a reading list. The
    tags say the link was posted on a social network or sent in an e-mail by whoever tagged it; a repository's page
    is neither, and the site is someone else's, so they were copied along with the link. Returns (the fields that
    say so, kind, the platform named or "", certain), or None. Certain: the utm_source names a social network or an
    e-mail tool (rules/copied-tracking.txt's `[posted]`, GA4's social sources; an affiliate network's link may be
    the writer's own: not certain); else only a social or e-mail utm_medium says so, with no campaign
    (`utm_source=kytnewsletter&utm_medium=email`): two readings, a hedged note. Known only with the repository's
    identity (utmlint.identity), and never when the site or a utm value may be the repository's (_claims), for
    `utm_source=github` (where the file is read), when a medium-only set is the file's convention on links to two
    or more sites (a network's or tool's name is no file's convention for links to other people's sites), on a
    link carrying another URL in its query (a share button's `?url=`), or in a file whose links are themselves that
    e-mail or post, the team's campaigns or a program's (link_place); in a file, repository or folder about the team's
    campaigns (`marketing/`) only a share button's or share link's tags are read (`utm_source=sharebutton&
    utm_campaign=designshare`, Canva's, in a handbook's `marketing/` pages: corpus 15 #90 #96), no plan's: its
    campaign must say share too, and the file must not tag the link's site with two or more sources (`planned`:
    planned_sites, the team's own plan of its share buttons' tags, stranger13 R4)."""
    if identity is None:
        return None
    values: Dict[str, Field] = {}
    for f in fields:
        name = _escaped_name(f.name.strip().lower())
        if name.startswith("utm_") and name not in values:
            values[name] = f
    if not values or any(is_placeholder(f.value) for f in values.values()):
        return None
    if any(_CARRIES_URL.search(f.value) for f in fields if not f.name.lower().startswith("utm_")):
        return None  # `twitter.com/intent/tweet?url=https://...&utm_source=...`: whose tags these are is not clear
    from ...identity import reserved_host

    host = _hostname(url)
    if not host or "{" in host or "$" in host or "%" in host or reserved_host(host) or place == "code":
        return None  # no real host (a placeholder), `example.com`; a program
    if _STAND_IN_SITE.fullmatch(_site(url).replace("-", "")):
        return None  # an example
    # the team's campaigns: a file or a repository or folder about them (`someone/utm-link-builder`, `marketing/`)
    # plans its own posts and e-mails; a share button's tags are no plan (below)
    planning = place == "campaign" or bool(identity.names & _CAMPAIGN_PLACE)
    source, medium = values.get("utm_source"), values.get("utm_medium")
    if source is not None and normalize_source(source.value) in _READ_HERE:
        return None  # `utm_source=github`: where this file is read, tags written for this placement
    if medium is not None and _PAID.match(medium.value.strip()):
        # a paid medium (GA4's paid-medium rule: `cpc`, `paid_social`, `paid-social`): the link was made for an ad,
        # and a team's own ads plan lists its ads' links so, on its site whatever its repository is named
        # (`utm_source=facebook&utm_medium=paid-social` in nwlabs/growth's docs/meta-ads.md linking northwind.io was
        # told to strip them, which moves the ad's visits out of Paid Social: stranger16 R17, as a22b2f4's revert of
        # the paid-click reading); someone else's ad's landing URL copied from a visit is told by its click id
        # (`&fbclid=`: _ad_landing_tag), read before this
        return None
    # the team's own social post or e-mail linking to its own site, or tagging its own placement: only a network's
    # very name on a page is read (below)
    claimed = _claims(identity, _site(url), host, [f.value.strip().lower() for f in values.values()])
    # the site itself the team's (not a sponsor's tags naming the repository: `utm_campaign=htmx` on sponsor.io)
    own_site = claimed and _claims(identity, _site(url), host, ())
    if _team_page(identity, url, host):
        return None  # the team's own store listing or event page (`lu.ma/northwind-meetup` in northwind-labs/www)
    kind, platform = posted_kind(source.value) if source is not None else ("", "")
    digest = False  # a digest's generic name on a page's link (below)
    if kind == "newsletter" and own_letter:
        # the file's own newsletter (own_letters: its title or path names it, or its archive tags two or more links
        # with it): the issue's own tags, whatever site they go to (a team's site named otherwise than its
        # organisation, `nwlabs` / northwind.io: stranger16 R1), judged as the team's
        return None
    if kind == "newsletter" and (_DOMAIN_SOURCE.fullmatch(source.value.strip()) or place == "email" and (
            claimed or _names_link_site(source.value, _site(url))) or not any(
            word not in _DIGEST_WORDS for word in _WORD.findall(source.value.lower().replace(platform, " ")))):
        # `newsletter.reactdigest.net`: the site itself, which _outgoing_tags names; in an e-mail template the e-mail's
        # own name when it names the repository or the site it links to (`taskly-weekly` on taskly.io in
        # `digest_mailer/weekly.html.erb`, review13 R7); and a name of generic words only (`weekly_digest`,
        # `daily-digest`, DEV's `digest_mailer`): any product's own digest, no other newsletter's, which on a page's
        # link with an e-mail medium is still that digest's e-mail (read below). Another newsletter's name in an
        # e-mail or a newsletter's archive (`CSS-Weekly`, `csharpdigest` in .NET Weekly's `src/newsletters/`, corpus
        # 15 #74 #78) names who sent the e-mail the link was copied from: read below, hedged; one tag set the file
        # writes on links to two or more sites stays the file's own (its convention)
        digest = place != "email" and not _DOMAIN_SOURCE.fullmatch(source.value.strip())
        kind, platform = "", ""
    said = [source] if kind else []
    # certain: the source is the network's or tool's very name (`twitter`, `reddit.com`, `Substack`); a name run
    # together with another (`gizmodo_twitter`, `slack-uswds`: a publisher's or a community's own naming, digital.gov's
    # USWDS Slack posts in GSA's own event pages), an affiliate link (maybe the writer's own) and a newsletter's name
    # (`CSS-Weekly`) are said hedged
    certain = bool(kind) and kind not in ("affiliate", "newsletter", "jobboard") and \
        platform == source.value.strip().lower().rstrip("/")
    medium_kind = _posted_medium(medium.value) if medium is not None else ""
    if kind in ("social", "email") and not certain and medium_kind and medium_kind != kind:
        # a network's name run together with more letters says less than the medium's own word: `hackernewsletter`
        # with `utm_medium=email` is a newsletter, sent in an e-mail, not a post on Hacker News (stranger12 R2)
        kind, platform = medium_kind, ""
    if medium_kind and (not kind or medium_kind == kind or (kind, medium_kind) == ("newsletter", "email")):
        said.append(medium)
    if not kind and not medium_kind and medium is not None and \
            posted_kind(medium.value) == ("social", medium.value.strip().lower().rstrip("/")):
        # a network's very name as the medium (`utm_source=Message&utm_medium=Twitter`, a podcast's tweet, corpus 11
        # #53; `utm_source=sharebutton&utm_medium=twitter`): a share or a post on that network, said as a hedged note
        kind = "social"
        said.append(medium)
    if not kind and digest and medium_kind == "email":
        # a product's own digest e-mail (`utm_source=digest_mailer&utm_medium=email&utm_campaign=digest_email`, DEV's,
        # on a dev.to post in a list of resources, corpus 15 #97): its campaign names the digest, not a placement of
        # the page's, and the page is no e-mail; said hedged (the product may be the team's, its site not known here)
        kind = "newsletter"
        said.insert(0, source)
    if not kind and (medium_kind == "email" and "utm_campaign" not in values or medium_kind == "social"
                     or medium_kind == "offline" and published):
        # only the medium says so (`utm_source=kytnewsletter&utm_medium=email`): a team tagging its own placement in
        # an e-mail names its campaign (`utm_source=kcd-list&utm_medium=email&utm_campaign=early-bird`, a writer's own
        # list on his own blog, corpus 4 #222), as for [newsletters]; a social medium says a post with a campaign too
        # (GAO's `utm_source=blog&utm_medium=social&utm_campaign=watchblog` in a republished post, corpus 11 #10;
        # Timescale's launch post in This Week in Rust, corpus 4 #146; on corpora 2-11 no repository's own page
        # tags a link to a site it does not own `social`); an affiliate medium alone is a writer's own affiliate
        # link as often (academic/awesome-datascience's Manning links, corpus 6); a medium naming print, radio or TV
        # says the link was made for that placement, whoever made it: on a page (the team's own site too) no visit
        # comes from it; only on a page the site publishes: a file whose name or folders name the placement (`print/
        # kubecon-flyer.svg`, `ads/radio-spot-q3.md`), or an image, IS the placement (stranger14 R13)
        kind = medium_kind
    campaign = values.get("utm_campaign")
    if not kind and campaign is not None and not (source is not None and source.value.strip()) and medium is None:
        # a campaign alone naming the network or tool that posted the link (`utm_campaign=socialflow_gizmodo_twitter`,
        # a publisher's SocialFlow post, corpus 10 #78 #80 #82): someone's post, said as a hedged note
        # (or, whole, its name: `utm_campaign=Built+In`, Built In's job board, corpus 15 #34)
        words = _WORD.findall(campaign.value.lower())
        kind, platform = next(((data_kind, word) for word in words
                               for data_kind in (tracking_data().posted_words.get(word),) if data_kind),
                              (tracking_data().posted.get("".join(words), ""), ""))
        if kind:
            said, platform = [campaign], ""
    if not kind:
        # a value saying a share button or share link wrote it (Stack Overflow's `utm_source=social-share`, The Next
        # Web's `utm_campaign=OGshare`, corpus 10 #74 #83; `sharebutton`, `postshare_creator`): whoever shared it
        shares = [f for f in values.values() if _SHARE_WORD.search(f.value.lower())]
        if shares and _site_snippet(host, values):
            shares = []  # Unsplash's photo credit `utm_content=creditShareLink&utm_medium=referral` (corpus 13 #13)
        if shares:
            kind, platform, said = "share", "", shares
    if not kind or kind == place and not (certain and medium_kind == kind and platform in tracking_data().sent):
        # no channel named; or an e-mail template's e-mail tags, a social post's social tags; but not the tags a tool
        # writes itself as it sends (HubSpot's `utm_source=hs_email&utm_medium=email`): no e-mail's own file holds
        # them, so a link carrying them there too was copied from a sent e-mail (corpus 11 #20, a newsletter's archive)
        return None
    offline_here = kind == "offline" and own_campaign and not identity.names & _CAMPAIGN_PLACE
    if planning and (kind != "share" or planned or not (campaign is not None and _SHARE_WORD.search(
            campaign.value.lower()))) and not offline_here:
        # a plan's own tags; a share button's only as a share button writes them, on a site not planned; but a page
        # read as a plan only because its link carries a campaign the team writes on its own site (`own_campaign`,
        # scan.judge's file_campaigns: GSA's print ad on gsa.gov in its blog, corpus 11 #5) is no plan of print or
        # radio placements: that link was made for one, and this page is not it
        return None
    # A network's very name with a social medium on a link to another site, whose campaign is another's and only a
    # detail names the repository (`dealcrane.com/?utm_source=discord&utm_medium=social&utm_campaign=beta_promo&
    # utm_content=svelte`, a promotion posted in Svelte's Discord among other places, copied into Svelte's blog: corpus
    # 10 #117): the detail says where on that network it was posted, and a page is no post; said hedged. A campaign
    # naming the repository is a sponsor's or partner's placement of its own (`utm_campaign=htmx`), left alone.
    posted_here = claimed and not own_site and certain and kind == "social" and medium_kind == "social" and \
        place == "" and not planning and campaign is not None and campaign.value.strip() and \
        not _claims(identity, _site(url), host, [campaign.value.strip().lower()])
    if claimed and kind != "offline" and not posted_here and not (
            own_site and certain and kind == "social" and place == "" and not _repository_site_link(identity, url)):
        # The team's own tags, but for one reading: a social network's very name (`utm_source=twitter&utm_medium=
        # social`) on a link to the team's own site in a page (not a social post's file, not a campaign plan) was
        # written for the team's post on that network and copied from it into the page, where no visit comes from
        # that post (Polygon's docs linking its blog, corpus 14 #52); and a print or broadcast placement's tags
        # (`utm_medium=print-radio`), which no page is (said as the team's own: "yours, if gsa.gov is your site").
        # A sponsor's tags naming the repository on the
        # sponsor's site are the sponsor's choice for this placement (`utm_campaign=htmx`), left alone; a link from
        # the page to the site the repository publishes is utm-internal-link's (corpus 11 #3).
        return None
    if (not platform or kind == "newsletter") and convention and _triple(fields) in convention:
        return None  # `utm_source=mynewsletter&utm_medium=email` on every outbound link: the file's own tagging (a
        # newsletter's name too, `dailydigest`: the digest's own; a network's or a tool's name is no file's convention)
    if kind in ("email", "newsletter") and convention and campaign is not None and campaign.value.strip() and medium is not None \
            and _posted_medium(medium.value) == "email" and _triple(fields) in convention:
        # one e-mail tool's set with one campaign on links to two or more sites (`utm_source=buttondown&utm_medium=
        # email&utm_campaign=issue-41`): the sender's own issue or template, not a copy (a copy brings one link)
        return None
    if posted_here:
        certain = claimed = False  # (above) said hedged, as another site's: the values name the repository
    if place == "comment" and not certain:
        return None  # a link in a comment, which no visitor follows: only what is sure is worth saying
    return sorted(said, key=lambda f: f.start), kind, platform, certain, claimed


def _repository_site_link(identity, url: str) -> bool:
    """Whether the link goes to the site the repository publishes (linkplace.site_of_repository: a repository named
    for its domain or for a section of its owner's site)."""
    from ...linkplace import on_repository_site, site_of_repository

    site = site_of_repository(identity.slug)
    if not site:
        return False
    from ...urls import split_url

    parts = split_url(url.strip())
    return on_repository_site(parts.host, parts.path, site)


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


# A utm_source written as a domain (`listennotes.com`, `ttalk.im`, `directus.com/docs`): a site's name for itself.
_DOMAIN_SOURCE = lazy_compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,6}(?:/[^\s]*)?", re.IGNORECASE)


# A domain spelled with a dash or an underscore for its dot (`d3js-org`, d3js.org's own navigation tags, corpus 13 #28;
# `terraform_io`, terraform.io's on its link to HashiCorp Learn, corpus 6 #284), common top-level domains only, and a
# name of 4 letters or more before it (`go-dev`, `in-app` are words). A word that only looks like one
# (`create-next-app`) is read as a domain too, and the medium test and the rest of _outgoing_tags' tests decide (on
# corpora 1-13 none of them was called copied).
_DASHED_DOMAIN = lazy_compile(r"([a-z0-9]+(?:[-_][a-z0-9]+)*)[-_](com|org|net|io|dev|ai|app|co|me|es|fr|de|uk|eu|jp|ru"
                              r"|cn|it|nl|br|au|ca|us)")


# The top-level domains no English word ends with as a word of its own (`_us`, `_app`, `_me`, `_it` do: `contact_us`,
# `mobile_app`, `about_me`): the only ones a source joined with `_` is read as a domain by (`terraform_io`), and one
# joined with `-` when the medium says nothing of a site's outgoing link (credited_site).
_NO_WORD_DOMAINS = frozenset({"com", "org", "net", "io", "ai"})


# The utm_medium a site's outgoing-link tagging writes: a link on a website, in its navigation (`nav`, `footer`), or a
# newsletter's e-mail naming itself by its domain (`utm_source=newsletter.reactdigest.net&utm_medium=newsletter`,
# corpus 13 #113; _posted_medium). A sponsor's placement in a newsletter says `post`, `sponsor` (Ruan Yifeng's weekly,
# corpus 1: `utm_source=ruanyifeng.com&utm_medium=post` on its sponsor's links, a repository whose name does not say
# its site), and no medium (`yuque.com?utm_source=ruanyifeng.com`, corpus 1) says nothing of who wrote it: both are
# left to the other readings.
_OUTGOING_MEDIUM = lazy_compile(r"(?:web[ _-]?)?(?:website|web|site|link|links|referral|outbound|blog|nav|navigation"
                                r"|navbar|menu|header|footer)",
                                re.IGNORECASE)


# The utm_medium that says, by itself, that the link was on the source's website (`utm_source=bugfender&utm_medium=
# website`): a source that is a plain name is then a site naming itself (_outgoing_tags).
_WEBSITE_MEDIUM = lazy_compile(r"(?:web[ _-]?)?(?:website|web|site)", re.IGNORECASE)


# Words a utm_source says a channel, a placement or a kind of traffic with, not a site's name (`partner`, `plugin`,
# `direct`, `website`): such a source with `utm_medium=website` names no one who tagged the link.
_NOT_A_NAME = frozenset({"website", "websites", "web", "site", "www", "homepage", "home", "webpage", "landing",
                         "partner", "partners", "plugin", "plugins", "extension", "addon", "app", "apps", "mobile",
                         "android", "ios", "desktop", "direct", "referral", "referrals", "internal", "external",
                         "organic", "paid", "ads", "link", "links", "button", "banner", "popup", "widget", "header",
                         "footer", "nav", "menu", "sidebar", "page", "pages", "portal", "product", "products",
                         "dashboard", "console", "signup", "login", "pricing", "community", "forum", "event",
                         "events", "conference", "partnership", "sponsor", "sponsors", "affiliate", "affiliates",
                         "online", "offline", "print", "press", "news", "newsletter", "email", "social", "search",
                         "test", "demo", "example", "default", "main", "other", "none", "unknown", "source"})


def _site_named(value: str) -> bool:
    """Whether a utm_source is a plain name, one word of 4 letters or more that is no channel's or placement's word
    (_NOT_A_NAME, linkplace's section and asset words, a template's placeholder): `bugfender`, `thenewstack`. Nor
    placement words run together (`githubreadme`, `readmebadge`, `docsfooter`, `opensource`: a team's own placement
    of its link, stranger14 R2; `thenewstack` is no such compound)."""
    from ...linkplace import ASSET_WORDS, SECTION_WORDS

    return bool(re.fullmatch(r"[a-z][a-z0-9]{3,}", value)) and value not in _NOT_A_NAME | SECTION_WORDS | \
        ASSET_WORDS | _DIGEST_WORDS and _folded_word(value) not in placeholder_words() and not _placement_compound(value)


# Words a team names its own placement of a link with (where on GitHub, in its docs, on a page), beside _NOT_A_NAME's
_PLACEMENT_PARTS = frozenset({"github", "gitlab", "bitbucket", "codeberg", "readme", "repo", "repos", "repository",
                              "badge", "badges", "shield", "open", "oss", "project", "docs", "doc", "blog", "wiki",
                              "footer", "header", "navbar", "nav", "sidebar", "button", "banner", "top", "bottom",
                              "about", "profile", "bio", "org", "page", "home", "site", "web", "website", "link",
                              "source", "sponsor", "sponsors", "app", "cta", "hero"})


def _placement_compound(value: str) -> bool:
    """Whether `value` is two or more placement words run together (_PLACEMENT_PARTS, _NOT_A_NAME)."""
    words = _PLACEMENT_PARTS | _NOT_A_NAME
    ends = {0: 0}  # where a run of whole words ends -> how many words
    for start in range(len(value)):
        if start not in ends:
            continue
        for end in range(start + 2, len(value) + 1):
            if value[start:end] in words:
                ends[end] = max(ends.get(end, 0), ends[start] + 1)
    return ends.get(len(value), 0) >= 2


def _holds_repository_word(identity, fields) -> bool:
    """Whether a utm value holds, run together or not, a word of 3 letters or more of the repository's owner or name
    (not a website word: `website` of gitpod-io/website): `utm_source=phpnet` in php/web-php (php.net's own name),
    `utm_campaign=BUILD_WITH_AI_ANGULAR` in angular/angular-ja (corpus 11 #15 #42). A looser test than _claims', for a
    reading that rests on a plain name alone: a team names itself in its own tags."""
    from ...identity import normalize

    from ...scan.names import WEBSITE_WORDS

    words = {w for part in identity.slug.lower().split("/") for w in (*_WORD.findall(part), normalize(part))
             if len(w) >= 3 and w not in WEBSITE_WORDS}
    # and a value opening with the owner's first five letters, its brand spelled another way (`pixelapp` of pixelhq:
    # stranger14 R2)
    owner = normalize(identity.slug.lower().partition("/")[0])
    brand = owner[:5] if len(owner) >= 5 and owner[:5] not in WEBSITE_WORDS else ""
    return any(word in normalize(f.value) for f in fields if _escaped_name(f.name.strip().lower()).startswith("utm_")
               for word in words) or bool(brand) and any(
        normalize(f.value).startswith(brand) for f in fields if _escaped_name(f.name.strip().lower()) == "utm_source")


def _outgoing_tags(fields, url: str, identity, convention: FrozenSet[Tuple[str, str, str]] = frozenset(),
                   place: str = "", own_template: bool = False,
                   any_medium: bool = False) -> Optional[Tuple[Field, str]]:
    """A site's outgoing-link tags: `indiehackers.com/...?utm_source=listennotes.com&utm_medium=website` in a
    newsletter's repository, `en.wikipedia.org/...?utm_source=ttalk.im` in a magazine's article. A utm_source that is a
    domain names the site that tagged the link, the way a site tags the links it sends its readers to; when that site
    is neither the repository's nor the one the link goes to, and no utm value names the repository, the tags are
    that site's, copied with the link from its page. Returns (the utm_source, the site it names), or None. Known only
    with the repository's identity (utmlint.identity); left alone: a source the repository may own (_claims:
    `directus.com/docs` in directus/docs), a medium that is not a website's (_OUTGOING_MEDIUM: a newsletter's
    `utm_medium=post` on its sponsor's link, whose site the repository's name may not say), a link to a site it may
    own, where the file is read or listed
    (`github.com`, `wordpress.org`, a store: rules/team-pages.txt), a network, a search engine or an AI assistant
    (GA4's source lists and `[posted]`: the other readings' own), a campaign naming the site the link goes to (the
    tags its owner wrote for a placement there, such as `utm_source=confs.tech&utm_campaign=devops-barcelona-2024` in
    the conference list's own data), the file's own tag set, a team's campaigns and a program's code. `any_medium`:
    whatever the medium says (credited_site's reading), but an ad's."""
    if identity is None or place in ("campaign", "code", "comment"):
        return None
    source = next((f for f in fields if _escaped_name(f.name.strip().lower()) == "utm_source"), None)
    if source is None or is_placeholder(source.value):
        return None
    written = source.value.strip().lower()
    dashed = None if _DOMAIN_SOURCE.fullmatch(written) else _DASHED_DOMAIN.fullmatch(written)
    if dashed is not None and len(re.split(r"[-_]", dashed.group(1))[-1]) < 4:
        return None  # `go-dev` (golang/website's own, go.dev: corpus 7 #56), `in-app`, `my-app`: a short word, no site
    if dashed is not None and ("_" in written or any_medium) and dashed.group(2) not in _NO_WORD_DOMAINS:
        return None  # `contact_us`, `mobile_app`, `mobile-app` read whatever the medium: words, not a domain
    medium = next((f.value.strip() for f in fields if _escaped_name(f.name.strip().lower()) == "utm_medium"), "")
    if dashed is not None:
        written = f"{dashed.group(1)}.{dashed.group(2)}"  # `d3js-org`: d3js.org, spelled without its dot
    elif not _DOMAIN_SOURCE.fullmatch(written):
        if not (_WEBSITE_MEDIUM.fullmatch(medium) and _site_named(written)) or _holds_repository_word(identity, fields) \
                or own_template:
            return None  # (in a piece of the site's own template, a footer, a layout: its own outgoing tags, R2)
        # `utm_source=thenewstack&utm_medium=website`: a name, and the medium says the link was on its website
        # (a site by its name alone: its domain is not known)
    if any_medium:
        if _ad_medium(fields):
            return None  # an ad's tags name the network it ran on: whoever wrote them, the link was made for the ad
    elif not (_OUTGOING_MEDIUM.fullmatch(medium) or _posted_medium(medium) == "email"):
        return None  # no medium, or one of another placement (`post`, `sponsor`): a newsletter's own sponsor link
    domain = written.split("/", 1)[0]
    host = _hostname(url)
    from ...identity import reserved_host, site_domain, site_name

    if not host or "{" in host or "$" in host or "%" in host or reserved_host(host) or reserved_host(domain):
        return None
    site, there = site_name(domain), site_name(host)
    if site == there or site in _READ_HERE or site_domain(domain) in tracking_data().not_posted:
        return None  # the destination's own tags (_destination_tag's), where the file is read, a blog host
    if domain in _team_page_hosts() or site_domain(domain) in _team_page_hosts():
        return None  # a store or event platform: where the team's own listing is (`marketplace.visualstudio.com`)
    from ...channels import source_category

    if source_category(domain) is not None or posted_kind(domain)[0] not in ("", "newsletter"):
        return None  # `twitter.com`, `chatgpt.com`, `google.com`: a network's, an assistant's, a search engine's (a
        # newsletter's site is one of these outgoing taggers: `newsletter.reactdigest.net`)
    if convention and _triple(fields) in convention:
        return None  # the file writes this set on links to two or more sites: its own outgoing tagging
    if _snippet_of_destination(url, fields):
        return None  # the destination's own snippet, naming its library as the source (Algolia's credit, `utm_source=
        # instantsearch.js`: rules/platform-written-tags.txt, corpus 21 #85): the site's tags, pasted, no one's copy
    if any(_CARRIES_URL.search(f.value) for f in fields if not f.name.lower().startswith("utm_")):
        return None
    if identity.names & _CAMPAIGN_PLACE or _STAND_IN_SITE.fullmatch(there.replace("-", "")):
        return None
    values = [f.value.strip().lower() for f in fields if f.name.lower().startswith("utm_")]
    if _claims(identity, site, domain, values) or _claims(identity, there, host, values) or \
            _team_page(identity, url, host):
        return None
    campaign = next((f.value for f in fields if f.name == "utm_campaign"), "")
    if len(there) >= 4 and there in {w for w in _WORD.findall(campaign.lower())} | {
            "".join(_WORD.findall(campaign.lower()))}:
        return None  # `utm_campaign=devops-barcelona-2024` on devops.barcelona: its owner's tags for a placement
    return source, site_domain(domain)


def credited_site(url: str, identity, convention: FrozenSet[Tuple[str, str, str]] = frozenset(), place: str = "",
                  own_template: bool = False) -> str:
    """The other website a link's utm_source credits by its domain (`utm_source=terraform_io` on learn.hashicorp.com in
    a course's notes, `utm_source=cronweekly.com` on a tool's page in a newsletter's archive, `utm_source=mcp.so` in a
    saved copy of its page), when the medium does not say who tagged the link (none, or one of another placement:
    `marketplace`) and so copied-tracking's outgoing reading does not speak (_outgoing_tags): "" otherwise. A source
    written as a domain says which site sent the visit; a site that is neither the repository's (its names, the
    folders the file sits in, its owner's handle spelled out: _owner_site), nor the destination, nor where the file is
    read or listed, nor a network, a search engine or an assistant, on a link that is no ad's, credits another site's
    placement: the tags are that site's, or a partner's written for it, and respelling or completing them is advice to
    the wrong party. The team's own links' sources name itself or the placement (`utm_source=acme.io`, `github`); a
    source it writes on links to two or more sites of the file is its own tagging (the convention), and so are the
    links of its campaign plans, e-mails and posts, its code and a repository about campaigns (`utm` in its name).
    Measured before it was written (benchmarks/other_sites.py, session 39) on the labelled corpora 2-26: 5 wrong value
    findings as first labelled (corpora 5, 6, 13 and 24; 1 still said: corpus 6 #284; a 6th, `home-esri-es`, before
    `-` and `_` were read as a dot only before a top-level domain no word ends with), no correct one; on the mirrored
    trees of corpora 25 and 26 it reads 7 of 194 domain sources so, all an article's copied link (LCTT's translations:
    toutiao.io, linux.com, opensource.com)."""
    fields = query_fields(url)
    if place in ("email", "social"):
        return ""  # the team's own e-mail or post (linkplace): its links carry that e-mail's or post's tags
    if identity is None or _assistant_tag(url) or \
            _outgoing_tags(fields, url, identity, convention, place, own_template) is not None:
        return ""  # copied-tracking's own readings (an assistant's citation tag, `utm_source=chatgpt.com`)
    found = _outgoing_tags(fields, url, identity, convention, place, own_template, any_medium=True)
    from ...identity import site_name

    return "" if found is None or _owner_site(identity, site_name(found[1])) else found[1]


def _owner_site(identity, site: str) -> bool:
    """Whether a site's name spells the repository owner's handle out (`ruanyifeng` for ruanyf/weekly: its first four
    letters, then the rest of the handle in order): the owner's own site, which its name does not say in full."""
    from ...identity import normalize

    owner, name = normalize(identity.slug.partition("/")[0]), normalize(site)
    return len(owner) >= 4 and name.startswith(owner[:4]) and _in_order(owner, name)


_DOC_WORDS = frozenset({"doc", "docs", "documentation"})


def _section_host(identity, value: str) -> bool:
    """Whether a domain names, by a subdomain, the section of a site the repository is named for
    (linkplace.section_of_repository): `docs.chain.link` for smartcontractkit/documentation (corpus 14 #64), whose
    owner's name does not say the site: its own docs' tags on a link to the site they document."""
    from ...linkplace import section_of_repository

    section = section_of_repository(identity.slug)
    if not section:
        return False
    labels = value.split("/", 1)[0].split(".")[:-2]
    return section in labels or bool(section in _DOC_WORDS and _DOC_WORDS.intersection(labels))


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


def normalize_source(value: str) -> str:
    """`GitHub.com/` -> `github`: a source's name, a domain's site name."""
    value = value.strip().lower().rstrip("/")
    return _site_of_name(value) if "." in value else value


def _owns(identity, name: str) -> bool:
    from ...identity import owns

    return owns(identity, name)


def _owns_site(identity, site: str) -> bool:
    from ...identity import owns_site

    return owns_site(identity, site)


def _own_host(url: str, own_hosts: Sequence[str]) -> bool:
    """Whether the link goes to a host the config's `own-hosts` names (or a subdomain of one): the team's site."""
    host = _hostname(url)
    return bool(host) and any(host == own or host.endswith("." + own)
                              for own in (h.strip().lower().lstrip(".") for h in own_hosts) if own)


def _source_own_host(fields: Sequence[Field], own_hosts: Sequence[str]) -> bool:
    """Whether the link's utm_source is a domain the config's `own-hosts` names (or a subdomain of one, or the site
    of one): `utm_source=flows.dev` on a link to g2.com, with `own-hosts: [flows.dev]`, is the team's own outgoing
    tag, not a copy of flows.dev's (stranger11 R5: the note told the team its own site was not its own)."""
    source = next((f.value.strip().lower() for f in fields if _escaped_name(f.name.strip().lower()) == "utm_source"),
                  "")
    if not source:
        return False
    from ...identity import normalize, site_domain, site_name

    owns = [h.strip().lower().lstrip(".") for h in own_hosts if h.strip()]
    if not _DOMAIN_SOURCE.fullmatch(source):
        # a site by its plain name (`utm_source=pixelio` or `pixel`, with `own-hosts: [pixel.io]`): _outgoing_tags'
        # reading of a name with `utm_medium=website` offers this way out
        return _site_named(source) and any(source in (site_name(own), normalize(own)) for own in owns)
    domain = source.split("/", 1)[0]
    return any(domain == own or domain.endswith("." + own) or site_domain(domain) == site_domain(own)
               for own in owns)


# The address a Wayback Machine copy holds in its path, after `/web/<timestamp>/` (urls.asset_kind's ARCHIVED_COPY):
# `http://evento.esri.es/...`; the Wayback collapses `//` to `/` at times (`/web/http:/x.com/`), and the scheme may be
# left out (`/web/2015/x.com/`).
_ARCHIVED_HOST = lazy_compile(r"/web/(?:[0-9]{1,14}[a-z_]*/)?(?:https?:/{0,2})?([^/?#]+)", re.IGNORECASE)


def archived_address(url: str) -> str:
    """The host of the page a link is an archived copy of (the Wayback Machine's `web.archive.org/web/<time>/http://
    evento.esri.es/es/ce14/?utm_source=home-esri-es`, corpus 13 #156; urls.asset_kind), or "". Its utm tags are part
    of that page's address as the archive saved it, its owner's or whoever linked it, and came with it: a visit
    through the copy reaches the archive, not that site's analytics. Not a redirector or proxy that sends the visitor
    on to the address it holds (its tags then reach that site: a team's own outgoing tags, maybe)."""
    from ...urls import ARCHIVED_COPY, asset_kind, split_url

    if asset_kind(url) != ARCHIVED_COPY:
        return ""
    found = _ARCHIVED_HOST.match(split_url(url.strip()).path)
    inner = found.group(1).lower().rsplit("@", 1)[-1].split(":", 1)[0] if found is not None else ""
    return inner if "." in inner else ""
