"""copied-tracking's marks of a link copied from somewhere: another platform's share or feed tags (`[shared]`), a
newsletter's tags, a site search's, an ad landing's click id, a recorded visit, an AI assistant's citation tag,
a share fragment, an archived copy's address."""

from __future__ import annotations

import re
from typing import Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

from ...lazyregex import lazy_compile
from .fields import _hostname, Field, is_placeholder, query_fields
from .copied_lists import _escaped_name, _key_matches, _marker_index, _matches, tracking_data
from .copied_owner import _holds_repository_word, _owns, _owns_site, _site


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


def _newsletter_tag(fields, url: str, identity=None, elsewhere: bool = False) -> Optional[Field]:
    """`utm_source=nodeweekly` without a campaign: the tags a newsletter adds to every link it sends out (a team
    tagging its own placement in that newsletter names its campaign, and is left alone; a link to the newsletter's
    own site, `nodeweekly.com/?utm_source=nodeweekly`, is the newsletter's own, and so is a link in the newsletter's own
    repository, whose name the source names: `utm_source=changelog-news` in thechangelog/show-notes is The
    Changelog's own tagging of the articles its show notes cite, corpus 10 #14 #15; not by a digest's word alone,
    `weekly` of zenany/weekly, whose copies of Cooperpress' `html5weekly` are copies, corpus 7 #7-#9).
    With a campaign too when the link goes to another site than the team's, the team's site known (`elsewhere`:
    copied._newsletter_elsewhere): `techcrunch.com/...?utm_source=tldrnewsletter&utm_medium=newsletter&utm_campaign=
    tldr-0301` in a team's press list is TLDR's issue's link to TechCrunch, its whole tag set TLDR's (review47 F8:
    the team was told to write `utm_medium=email` on it); a slot the team bought sends readers to its own site."""
    if not elsewhere and any(f.name == "utm_campaign" for f in fields):
        return None
    found = next((f for f in fields if f.name == "utm_source" and f.value.strip().lower() in
                  tracking_data().newsletters), None)
    if found is not None and found.value.strip().lower().split(".")[0] in _host(url):
        return None
    if found is not None and identity is not None:
        from ...scan.names import names_repository, repository_names
        from .copied_owner import _DIGEST_WORDS

        named = repository_names(identity.slug)
        # not a word any digest is named with: zenany/weekly's copies of `html5weekly` are no newsletter of its own
        if named is not None and names_repository(found.value.strip().lower(), named._replace(
                names=named.names - _DIGEST_WORDS, leading=named.leading - _DIGEST_WORDS)):
            return None
    return found


def letter_sites(urls: Iterable[str]) -> FrozenSet[str]:
    """The sites a file's links tagged as a newsletter's issue go to (a newsletter's name as utm_source, no campaign:
    `?utm_source=tldrnewsletter`, _newsletter_tag's shape). A team's slots bought in newsletters send
    their readers to the team's own site, one site; links copied out of newsletters into a note go wherever the
    newsletters sent theirs (`linear.app/blog/...`, `lennysnewsletter.com/p/...`): two sites or more say the file
    quotes newsletters' links, not slots it bought (copied._bought_slot, review45 F2). Here, not in copied_file,
    whose source is the stamp of tests/data/real-urls-N/placement-rows.tsv's readings (this is none of them)."""
    from .copied_owner import tag_set

    letters = tracking_data().newsletters
    sites = set()
    for url in urls:
        if "utm_source" not in url.lower() or not _hostname(url):
            continue
        source, _, campaign = tag_set(url)
        if source in letters and not campaign:
            sites.add(_site(url))
    return frozenset(sites)


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


def _assistant_tag(url: str) -> bool:
    """Whether a link's only utm tag is an AI assistant's citation tag (`?utm_source=chatgpt.com`): the assistant
    appends it to the cited page's address and writes no other (copied_tracking's assistant reading)."""
    utm = [f for f in query_fields(url) if _escaped_name(f.name.strip().lower()).startswith("utm_")]
    return len(utm) == 1 and _escaped_name(utm[0].name.strip().lower()) == "utm_source" and \
        utm[0].value.strip().lower() in tracking_data().sources


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
