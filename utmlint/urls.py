"""Tracked URLs, built the way a careful human would, and the URL facts rules ask about.

The existing query is kept byte-for-byte and in order; utm parameters are appended in GA4's
reading order; values are percent-encoded; a `#fragment` stays at the end; relative and non-http
links get nothing. Parsing is by hand on purpose: urllib normalises what we must keep exact.
"""

from __future__ import annotations

import re
from functools import lru_cache

from typing import Dict, List, Mapping, Optional, Tuple

from .lazyregex import lazy_compile
from .records import NamedTuple

# The order a person reads them in reports: source / medium, campaign, content, term, then GA4's extras.
UTM_ORDER = (
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "utm_content",
    "utm_term",
    "utm_id",
    "utm_source_platform",
    "utm_creative_format",
    "utm_marketing_tactic",
)
# RFC 3986 unreserved characters stay as they are; every other byte of the UTF-8 text is %XX.
# (Written out rather than imported: urllib.parse costs a pre-commit hook more than these lines.)
_UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_PERCENT = lazy_compile(r"(?:%[0-9A-Fa-f]{2})+")
_PLAIN = lazy_compile(r"[A-Za-z0-9._~-]*\Z")


@lru_cache(maxsize=4096)  # every link of a repo encodes the same few sources, mediums and campaigns
def quote(value: str) -> str:
    if _PLAIN.match(value):  # the usual slug needs no work
        return value
    return "".join(chr(b) if b in _UNRESERVED else f"%{b:02X}" for b in value.encode("utf-8"))


def unquote(value: str) -> str:
    """Decode %XX runs as UTF-8 (invalid sequences become U+FFFD), like urllib.parse.unquote."""
    if "%" not in value:
        return value
    return _PERCENT.sub(lambda m: bytes.fromhex(m.group().replace("%", "")).decode("utf-8", "replace"), value)


class SplitUrl(NamedTuple):
    scheme: str  # lower-cased, "" for a relative link
    authority: str  # user:pass@host:port, "" when absent
    path: str
    query: Optional[str]  # None when there is no `?`
    fragment: Optional[str]  # None when there is no `#`

    @property
    def host(self) -> str:
        hostport = self.authority.rpartition("@")[2]
        if hostport.startswith("["):
            return hostport[1:].partition("]")[0].lower()
        return hostport.partition(":")[0].lower()


def elided(url: str) -> bool:
    """Whether the text is a URL shortened for display (`...?utm_source=substac[…]aign=email-restack-comment`, a chat's
    or newsletter tool's copy of a long link, corpus 13 #147): a `…` or `[...]` where the address was cut. It is no
    link anyone follows (its real address is elsewhere, the link's target): no tags are read from it."""
    return "\u2026" in url or "[...]" in url


@lru_cache(maxsize=512)  # every rule asks about the same few URLs of a file
def split_url(url: str) -> SplitUrl:
    rest, hash_, fragment = url.partition("#")
    rest, question, query = rest.partition("?")
    scheme = ""
    head, colon, tail = rest.partition(":")
    if colon and head and head[0].isalpha() and (head.isalnum() or head.replace("+", "").replace("-", "").replace(
            ".", "").isalnum()):  # letters, digits, `+`, `-` and `.` (RFC 3986), without a generator per URL
        scheme, rest = head.lower(), tail
    authority = ""
    if rest.startswith("//"):
        authority, slash, path = rest[2:].partition("/")
        rest = slash + path
    return SplitUrl(scheme, authority, rest, query if question else None, fragment if hash_ else None)


# A template's expression at the start of an address (`{{base_url}}/pricing`, `{% unsubscribe_url %}`, `${BASE}/x`,
# `{site}/x`, `<%= base %>`, `[[url]]`): the address is the sending platform's or the template's to fill in, not a web
# address utmlint can tag (review42 F4: build; newuser48 F3: render called it an in-product link)
TEMPLATE_START = lazy_compile(r"\s*(\{\{.*?\}\}|\{%.*?%\}|\$\{[^}]*\}|<%.*?%>|\{[A-Za-z_][\w.-]*\}|\[\[.*?\]\])")


@lru_cache(maxsize=4096)  # asked by a link's is_web, then again when its tracked URL is built
def is_web_url(url: str) -> bool:
    """An absolute http(s) link with a host: the only kind that can carry tracking."""
    parts = split_url(url.strip())
    return parts.scheme in ("http", "https") and bool(parts.host)


def query_pairs(query: Optional[str]) -> List[Tuple[str, str]]:
    """Decoded (name, value) pairs of a query string, blanks kept, in order. `%XX` is decoded and `+` is kept as
    written: it means a space only to an HTML form's decoder, Google does not document GA4 reading it so (its
    reports are known to show it), and utmlint judges and renders it as a `+` everywhere (`%2B` when rendered)."""
    if not query:
        return []
    pairs = []
    for field in query.split("&"):
        if not field:
            continue
        name, _, value = field.partition("=")
        pairs.append((unquote(name), unquote(value)))
    return pairs


def utm_pairs(url: str) -> List[Tuple[str, str]]:
    """The utm_* parameters a URL already carries (names lower-cased)."""
    return [(name.lower(), value) for name, value in query_pairs(split_url(url).query) if name.lower().startswith("utm_")]


def encode_value(value: str) -> str:
    """A utm value as a tracked link carries it: percent-encoded (quote), except a template placeholder the sending
    platform fills in (`{keyword}`, Google Ads' ValueTrack; `*|CAMPAIGN_UID|*`, Mailchimp's merge tag;
    `{{ message.id }}`, Liquid: spelling.has_placeholder, the value rules' reading), which stays as written: a
    platform fills in no `%7Bkeyword%7D`, and GA4 would record the placeholder's text on every visit (stranger19 R6).
    The text around it is encoded as any value's, and so is a "placeholder" that would break the link as written (a
    `#` would start its fragment, an `&` or `=` a parameter, a space or `+` end it outside a `{{ }}` template tag):
    `{#}` is no platform's slot, and kept it cut the link (the round-trip property test, session 48)."""
    if _PLAIN.match(value):  # the usual slug: no placeholder, nothing to encode
        return value
    from .spelling import _outside_placeholders

    return _outside_placeholders(value, quote, keep=_kept_as_written)


def _kept_as_written(placeholder: str) -> bool:
    if any(c in "#&?=+" for c in placeholder):
        return False
    return placeholder.startswith("{{") or not any(c.isspace() for c in placeholder)


_KNOWN = frozenset(UTM_ORDER)


def ordered(params: Mapping[str, str]) -> List[Tuple[str, str]]:
    known = [(name, params[name]) for name in UTM_ORDER if name in params]
    if len(known) == len(params):  # a link's params: every name is one of UTM_ORDER's
        return known
    return known + sorted(item for item in params.items() if item[0] not in _KNOWN)


# A Google Play store listing (`https://play.google.com/store/apps/details?id=...`): Google's page, whose own query no
# GA4 property reads. Google credits an app install to a campaign only from the listing link's `referrer` parameter,
# which Google Play hands to the installed app (Play Install Referrer) for GA4 / Firebase to read: "To attribute an
# app download to a campaign, you must add a referrer parameter to any links that point to Google Play Store"
# (https://developers.google.com/analytics/devguides/collection/android/v4/campaigns, Google Play Campaign
# Attribution, whose Google Play URL builder writes `&referrer=utm_source%3Dgoogle%26utm_medium%3Dcpc...`).
# The Play app's own link to a listing, `market://details?id=...` (an Android app's "rate us" button), is the same
# listing, its `referrer` read the same way.
_PLAY_LISTING = lazy_compile(r"\s*(?:https?://play\.google\.com(?::443)?/store/apps/|market://details\?)",
                             re.IGNORECASE)


def maybe_play(url: str) -> bool:
    """The cheap test before play_listing: the URL names Google Play's site or the Play app's `market:` scheme."""
    return "play.google" in url or "market:" in url


def play_listing(url: str) -> bool:
    """Whether `url` is a Google Play store listing (or another `play.google.com/store/apps/` page, or the Play
    app's `market://details?id=...`)."""
    return maybe_play(url) and _PLAY_LISTING.match(url) is not None


# Apple's App Store listings (`apps.apple.com/app/apple-store/id6754703001?pt=...&ct=...&mt=8`, iTunes' older host)
_APP_STORE = lazy_compile(r"https?://(?:apps|itunes)\.apple\.com/(?:[a-z]{2}(?:-[a-z]{2,4})?/)?app/", re.IGNORECASE)


def store_listing(url: str) -> bool:
    """Whether `url` is an app store's listing, Google Play's (play_listing) or Apple's App Store's: the store's own
    page, whose query no GA4 property reads (Play Console reads utm_source and utm_campaign there, App Store Connect
    its own `pt`/`ct` tokens)."""
    return play_listing(url) or _APP_STORE.match(url) is not None


PLAY_CONSOLE_ONLY = "(Play Console only)"  # the channel of a listing's own query's tags: no GA4 property reads them
NOT_A_VISIT = "(asset: no visit)"  # the channel of an image's, a stylesheet's or a script's tags: no page reads them

_ASSET = lazy_compile(r".*\.(png|jpe?g|gif|svg|webp|avif|ico|bmp|css|js|mjs|woff2?|ttf|otf|eot)\Z", re.IGNORECASE)
_ASSET_KINDS = {"css": "a stylesheet", "js": "a script", "mjs": "a script", "woff": "a font", "woff2": "a font",
                "ttf": "a font", "otf": "a font", "eot": "a font"}


# Services whose every address is an image (a README badge, GitHub's image proxy), extension or not: CodeRabbit's
# badge `img.shields.io/coderabbit/prs/github/<repo>?utm_source=oss&utm_medium=github&...` in Redpanda's docs README
# (corpus 12 #80) was told its medium was Unassigned and its campaign misspelled.
IMAGE_HOSTS = frozenset({"img.shields.io", "raster.shields.io", "badgen.net", "flat.badgen.net", "badge.fury.io",
                         "camo.githubusercontent.com"})


# The Wayback Machine's address of an archived copy: `web.archive.org/web/<timestamp>/<the page's own URL>`.
# (the timestamp may be left out: `/web/http://...` is the latest copy)
_ARCHIVED = lazy_compile(r"/web/(?:[0-9]{1,14}[a-z_]*/)?(?:https?:|[a-z0-9-]+\.)", re.IGNORECASE)
ARCHIVE_HOSTS = frozenset({"web.archive.org", "wayback.archive.org"})
ARCHIVED_COPY = "an archived copy of a page"


def asset_kind(url: str) -> Optional[str]:
    """What a URL whose path ends in an image, stylesheet, script or font file's extension is (`an image`,
    `a stylesheet`, `a script`, `a font`), or an address of an image service (IMAGE_HOSTS: `an image`), or the
    Wayback Machine's address of an archived copy (ARCHIVED_COPY), else None.
    Loading one (`<img src>`, `<link href>`, `<script src>`, a Markdown image) or opening it runs none of a site's
    pages, so no GA4 tag reads its utm values: they do nothing (stranger9 R19: scan told a logo's
    `?utm_source=readme&utm_medium=badge` its medium was Unassigned). An archived copy replays the page as it was,
    from the archive, whose copy reaches no one's analytics; its query is part of the archived page's address, the
    key the archive finds the copy by (corpus 13 #156: a blog's Wayback link to a 2014 event page, `?utm_source=
    home-esri-es` from the site's home page, was told to add a medium and a campaign)."""
    if "." not in url:
        return None
    parts = split_url(url.strip())
    if parts.host.lower() in ARCHIVE_HOSTS and _ARCHIVED.match(parts.path):
        return ARCHIVED_COPY
    match = _ASSET.match(parts.path)
    if match is None:
        return "an image" if parts.host.lower() in IMAGE_HOSTS else None
    return _ASSET_KINDS.get(match.group(1).lower(), "an image")


def play_console_query(url: str) -> bool:
    """Whether `url` is a Google Play listing with utm tags in its own query (`details?id=...&utm_source=github`):
    Play Console's acquisition report reads them there (utm_source, utm_campaign), no GA4 property does (GA4 credits
    an install only from `referrer=`, see _PLAY_LISTING), so GA4's channel rules have nothing to judge (stranger8 S12:
    medium-unassigned spoke, and the channel said Unassigned, for a badge link GA4 never sees). The one test scan,
    validate_url and the inventory ask."""
    if not play_listing(url):
        return False
    query = split_url(url).query
    return bool(query) and any(name.lower().startswith("utm_") for name, _ in query_pairs(query))


def marketplace_page(url: str) -> str:
    """The marketplace whose seller's page `url` is (`ozon.ru` for `https://www.ozon.ru/seller/acme-1/?utm_source=x`),
    or "": a host and the path its sellers' pages start with, rules/marketplace-pages.txt. The page is the
    marketplace's, its analytics the marketplace's: no GA4 property of the seller reads its tags, so GA4's advice (a
    missing medium, a channel) has nothing to judge there, as on a Play listing's own query (play_console_query)."""
    from .resources import rule_lines

    parts = split_url(url.strip())
    if parts.scheme not in ("http", "https"):
        return ""
    host = parts.host.lower().rstrip(".")
    host = host[4:] if host.startswith("www.") else host
    for entry in rule_lines("marketplace-pages.txt"):
        market, _, path = entry.partition(" ")
        if host == market and parts.path.lower().startswith(path.strip()):
            return market
    return ""


def play_referrer_query(params: Mapping[str, str]) -> str:
    """The query a Play listing's `referrer` carries (`utm_source=github&utm_medium=referral`), decoded once."""
    return "&".join(f"{name}={quote(value)}" for name, value in ordered(params))


def play_referrer(params: Mapping[str, str]) -> str:
    """The `referrer` value carrying `params`, as Google's Play URL builder writes it: the utm query string,
    percent-encoded once more (`utm_source%3Dgithub%26...`; a value's own `%2B` becomes `%252B`), so Play hands
    the app the query itself."""
    return quote(play_referrer_query(params))


def build_tracked_url(url: str, params: Mapping[str, str]) -> str:
    """`url` with `params` appended to its query; unchanged when it is not an http(s) link. A Google Play listing
    also gets them in its `referrer` parameter (play_referrer), the only place GA4 reads an install's campaign
    from; the query's copy is what Play Console's acquisition report reads (`utm_source`, `utm_campaign`). A
    listing that already has a `referrer` keeps it as written (missing-utm-param says the tags miss GA4)."""
    if not params or not is_web_url(url):
        return url
    rest, hash_, fragment = url.partition("#")
    encoded = "&".join([f"{name}={encode_value(value)}" for name, value in ordered(params)])  # every tracked link
    if play_listing(rest) and not has_play_referrer(rest):
        encoded += "&referrer=" + play_referrer(params)
    if "?" not in rest:
        joined = f"{rest}?{encoded}"
    elif rest.endswith("&") or rest.index("?") == len(rest) - 1:  # `?q=why?` is a query, not an empty one
        joined = rest + encoded
    else:
        joined = f"{rest}&{encoded}"
    return joined + hash_ + fragment


def written_play_referrer(url: str) -> Optional[Dict[str, str]]:
    """The utm values a Play listing's own `referrer` (written in the URL) carries, decoded (`utm_source` ->
    `Site`; the first copy of each key), or None when the URL is no Play listing or its referrer holds no utm
    parameter. GA4 credits an app install only from these, whatever the listing's own query says."""
    if not play_listing(url):
        return None
    referrer = next((value for name, value in query_pairs(split_url(url.strip()).query) if name.lower() == "referrer"),
                    None)
    if not referrer:
        return None
    values: Dict[str, str] = {}
    for name, value in query_pairs(referrer):
        if name.lower().startswith("utm_"):
            values.setdefault(name.lower(), value)
    return values or None


def has_play_referrer(url: str) -> bool:
    """Whether the URL's query already has a `referrer` parameter (a Play listing's, written by hand)."""
    return any(name.lower() == "referrer" for name, _ in query_pairs(split_url(url.strip()).query))
