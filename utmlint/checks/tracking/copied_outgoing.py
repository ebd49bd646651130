"""copied-tracking's reading of another site's outgoing-link tags: a utm_source naming the site that tagged the link
(`utm_source=listennotes.com&utm_medium=website`), and the other site a source credits by its domain
(`credited_site`)."""

from __future__ import annotations

import re
from typing import FrozenSet, Optional, Sequence, Tuple

from ...lazyregex import lazy_compile
from ...linkplace import CAMPAIGN_PLACE as _CAMPAIGN_PLACE
from .fields import _hostname, Field, is_placeholder, query_fields
from .copied_lists import _escaped_name, tracking_data
from .unfilled import _folded_word, placeholder_words
from .copied_owner import (_claims, _DIGEST_WORDS, _DOMAIN_SOURCE, _holds_repository_word, _owner_site, _team_page,
                           _team_page_hosts, _triple, _WORD)
from .copied_marks import _assistant_tag
from .copied_destination import _ad_medium, _snippet_of_destination
from .copied_posted import _CARRIES_URL, _posted_medium, _READ_HERE, _STAND_IN_SITE, posted_kind


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
