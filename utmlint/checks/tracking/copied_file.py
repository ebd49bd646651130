"""What a file's links say of its own tagging, read once a file for copied-tracking: the tag sets it writes on two or
more sites (its convention), the sites it tags with several sources (its plan), its own newsletter's names (its
titles and path), its campaigns on its own site."""

from __future__ import annotations

import re
from typing import Dict, FrozenSet, Iterable, Sequence, Tuple

from ...lazyregex import lazy_compile
from .fields import _hostname, is_placeholder, query_fields
from .copied_lists import _escaped_name
from .copied_owner import _claims, _holds_repository_word, _own_host, _site, _team_page, tag_set
from .copied_marks import _assistant_tag
from .copied_posted import posted_kind
from .copied_outgoing import _site_named, _WEBSITE_MEDIUM


def file_convention(urls: Iterable[str], identity=None, read_only: bool = False) -> FrozenSet[Tuple[str, str, str]]:
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
    a second tagging of the file's own (_outgoing_tags reads it).
    `read_only`: only sites whose owner's analytics reads a visit's tags count toward the two (not another party's page
    on a platform, utm-useless-destination's hosts: a YouTube video, a file download; the team's own page there counts,
    its tags the team's writing: _own_platform_page), as scan's placement reading asks it (scan.judge
    Judge.placement): a partner's page tagging its site and its YouTube video alike with the tags its programme handed
    out (Covalent's `utm_source=aurora&utm_medium=partner-docs`, corpus 14) writes them on one site that reads them,
    not a convention of the file's own."""
    from ...identity import owner_site
    from .destinations import useless_destination

    sites: Dict[Tuple[str, str, str], set] = {}
    named, outgoing = False, set()  # a source naming the repository (the file's own tagging); another site's sets
    for url in urls:
        if "utm_source" not in url.lower():
            continue
        triple = tag_set(url)
        host = _hostname(url)
        if triple[0] and host and not is_placeholder(triple[0]):
            if not read_only or useless_destination(url) is None or _own_platform_page(identity, url, host):
                # read_only: one company's domains count as one site (rules/site-owners.txt: BrowserStack's
                # browserstack.com and percy.io)
                sites.setdefault(triple, set()).add(owner_site(_site(url)) if read_only else _site(url))
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


def _own_platform_page(identity, url: str, host: str) -> bool:
    """Whether a platform's page that reads no tags (utm-useless-destination's) is the team's own, its tags the team's
    writing: a page of its owner's account or one naming the repository (_team_page: `github.com/acme/widgets`,
    `x.com/acme`), or a GitHub Sponsors page, a sponsor button its account's owner links for itself (BrainyFlow's
    `github.com/sponsors/zvictor?utm_source=brainyflow`)."""
    from .sponsors import sponsors_page

    return sponsors_page(url) is not None or identity is not None and _team_page(identity, url, host)


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
