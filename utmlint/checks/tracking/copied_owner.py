"""copied-tracking's reading of whose a site or a value is: the site a link goes to and its (source, medium, campaign),
and whether the repository owns the site, a page or a utm value (identity's names, its team pages on a
platform, its owner's account and site, the section of a site it is named for, the config's `own-hosts`)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import FrozenSet, Sequence, Tuple

from ...lazyregex import lazy_compile
from .fields import _hostname, query_fields
from .key_unknown import _in_order
from .copied_lists import _escaped_name
from .destinations import useless_destination


def _site(url: str) -> str:
    from ...identity import site_name

    host = _hostname(url)
    return site_name(host) if host else ""


def link_site(url: str) -> str:
    """The name of the site a link goes to (`blog.cloudflare.com` -> `cloudflare`), "" without a host."""
    return _site(url)


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


_WORD = lazy_compile(r"[a-z0-9]+")


# Words any product's own digest e-mail is named with (`weekly_digest`, `daily-digest`, `digest_mailer`): a newsletter's
# name (`CSS-Weekly`, `csharpdigest`) has a word of its own beside them.
_DIGEST_WORDS = frozenset({"weekly", "daily", "monthly", "digest", "digests", "newsletter", "news", "mailer", "mail",
                           "email", "report", "update", "updates", "summary", "the"})


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


# A utm_source written as a domain (`listennotes.com`, `ttalk.im`, `directus.com/docs`): a site's name for itself.
_DOMAIN_SOURCE = lazy_compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,6}(?:/[^\s]*)?", re.IGNORECASE)


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
