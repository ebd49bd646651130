"""A URL's query and fragment read as fields with their offsets, the `UrlProblem` every detector returns, and the readings
the rules share (placeholders, utm names, a relative link, a field's removal)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, List, Optional, Tuple

from ...lazyregex import lazy_compile
from ...placeholders import CODE_SLOTS, CONCATENATION, VALUE_VARIABLES
from ...records import NamedTuple
from ...urls import UTM_ORDER, unquote

if TYPE_CHECKING:
    from ...diagnostics import Reason


GA4_KEYS = UTM_ORDER  # the utm keys GA4 reads, all lowercase


_GA4_SET = frozenset(GA4_KEYS)


# utm_* keys teams add on purpose (ValueTrack templates, CRM fields): not misspellings of a GA4 key.
_CUSTOM_KEYS = frozenset({
    "utm_campaignid", "utm_campaign_id", "utm_campaign_name", "utm_adgroup", "utm_adgroupid", "utm_ad",
    "utm_adset", "utm_keyword", "utm_placement", "utm_network", "utm_device", "utm_matchtype", "utm_creative",
    "utm_name", "utm_reader", "utm_brand", "utm_cid", "utm_sourceid", "utm_source_id", "utm_medium_id",
    "utm_content_id", "utm_term_id", "utm_referrer", "utm_referer", "utm_nooverride", "utm_social",
    "utm_social-type", "utm_audience", "utm_type", "utm_page", "utm_position", "utm_user", "utm_klaviyo_id",
})


_PLACEHOLDER = lazy_compile(r"\{\{.*?\}\}|\{%.*?%\}|\*\|.*?\|\*|\{[A-Za-z0-9_.:-]+\}|%%[^%]+%%|\$\{[^}]*\}"
                          r"|<%=?.*?%>|\[%.*?%\]|\[\[[^\]]+\]\]|__[A-Z0-9_]+__|@[A-Za-z_][A-Za-z0-9_]{0,60}@|#\{[^{}]*\}"
                          # an e-mail platform's capital merge tags and Python's `%(name)s`: as scan.core.PLACEHOLDER
                          r"|%[A-Z][A-Z_]{2,60}%|\[(?!YOUR_|INSERT_|ENTER_|ADD_)[A-Z]{2,30}_[A-Z_]{2,30}\]|%\([A-Za-z_]\w{0,60}\)[sdr]"
                          # Razor, Velocity (PHP, shell) and ColdFusion output: as scan.core.PLACEHOLDER
                          r"|@(?<![\w.@]@)(?:[A-Z]\w*(?:\.\w+)+(?:\([^()]*\))?|\([^()]*\))"
                          r"|\$(?<![\w$\\]\$)!?(?:\{[A-Za-z_][\w.]*\}|[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)"
                          r"|#(?<![\w&#]#)[A-Za-z_][\w.]*(?:\([^#()]*\))?#"
                          # `[CAMPAIGN-NAME]`, `__CONTENT__`, `%CAMPAIGN-NAME%`, ...: as scan.core.PLACEHOLDER
                          r"|" + VALUE_VARIABLES
                          # a code expression a string literal joins in (`-' + SITE_NAME + '`): utmlint.placeholders
                          + "|" + CONCATENATION
                          # a C# or Python f-string slot holding a call, Swift's `\(expr)`: utmlint.placeholders
                          + "|" + CODE_SLOTS)


_GOOGLE_ADS = frozenset({"gclid", "gclsrc", "gbraid", "wbraid", "dclid", "gad_source", "gad_campaignid"})


_HTML_AMP = lazy_compile(r"&(?:amp|#0*38|#x0*26);", re.IGNORECASE)


_HTML_EQUALS = lazy_compile(r"&(?:equals|#0*61|#x0*3d);", re.IGNORECASE)  # Handlebars writes `=` as `&#x3D;`


_GLUED = lazy_compile(r"(?<=[A-Za-z0-9])https?://", re.IGNORECASE)


class UrlProblem(NamedTuple):
    """One mistake in a URL string: which rule, where (0-based offsets, end exclusive), what, and the fix."""

    name: str
    start: int
    end: int
    message: str
    fixed: Optional[str] = None  # the whole URL with this problem fixed, when the fix is safe
    unsafe_fixed: Optional[str] = None  # a fix that needs a person's consent (`--unsafe-fixes`)
    # this finding's level when lower than the rule's: a note whose message says the link may be right as it is
    # (stranger8 S18: it never fails a run)
    severity: Optional[str] = None
    reason: Optional["Reason"] = None  # why, as data (diagnostics.Reason: copied-tracking's), for scan's inventory


class Field(NamedTuple):
    """One `name=value` of a query (or of a fragment's query), with its place in the URL."""

    start: int  # offset of the field's first character in the URL
    end: int
    name: str  # percent-decoded, as written otherwise
    value: str  # percent-decoded
    value_start: int
    raw_name: str


def _decode(text: str) -> str:
    """%XX decoded; a `+` kept as written, as scan's judge and every value rule read it (scan.synthetic.build)."""
    return unquote(text) if "%" in text else text


def _fields(url: str, start: int, end: int) -> List[Field]:
    """The `&`-separated fields of `url[start:end]`."""
    fields = []
    offset = start
    for part in url[start:end].split("&"):
        here, offset = offset, offset + len(part) + 1
        if not part:
            continue
        raw_name, eq, raw_value = part.partition("=")
        value_start = here + len(raw_name) + len(eq)
        fields.append(Field(here, here + len(part), _decode(raw_name), _decode(raw_value), value_start, raw_name))
    return fields


class UrlParts(NamedTuple):
    query_start: int  # index after `?`, -1 when there is no query
    query_end: int  # index of `#` or len(url)
    hash_at: int  # index of `#`, -1 when none
    query: Tuple[Field, ...]


@lru_cache(maxsize=16)  # every rule of a run asks about the same URL
def parts(url: str) -> UrlParts:
    hash_at = url.find("#")
    query_end = hash_at if hash_at != -1 else len(url)
    question = url.find("?", 0, query_end)
    if question == -1:
        return UrlParts(-1, query_end, hash_at, ())
    return UrlParts(question + 1, query_end, hash_at, tuple(_fields(url, question + 1, query_end)))


def query_fields(url: str) -> Tuple[Field, ...]:
    """The fields of the URL's query (before any `#`), with their offsets."""
    return parts(url).query


def is_placeholder(value: str) -> bool:
    """Whether the value is wholly a merge tag or template expression the platform fills in."""
    text = value.strip()
    return bool(text) and _PLACEHOLDER.sub("", text).strip() == ""


def placeholders_in(value: str) -> List[str]:
    """The merge tags and template expressions written in the value (`{{first_name}}` in `{{first_name}}-promo`)."""
    return [m.group() for m in _PLACEHOLDER.finditer(value)]


def _drop(text: str, drop: List[Field], offset: int = 0) -> str:
    """`text` (which starts at `offset` of the URL) without the given fields and one `&` beside each."""
    for field in sorted(drop, key=lambda f: f.start, reverse=True):
        start, end = field.start - offset, field.end - offset
        if end < len(text) and text[end] == "&":
            end += 1
        elif start > 0 and text[start - 1] == "&":
            start -= 1
        text = text[:start] + text[end:]
    return text


def _without(url: str, drop: List[Field]) -> str:
    """`url` without the given query fields (and without a `?` left with nothing after it); every other
    byte kept."""
    text = _drop(url, drop)
    hash_at = text.find("#")
    question = text.find("?", 0, hash_at if hash_at != -1 else len(text))
    if question != -1 and question + 1 == (hash_at if hash_at != -1 else len(text)):
        text = text[:question] + text[question + 1:]
    return text


def _fragment_without(url: str, hash_at: int, drop: List[Field]) -> str:
    """The fragment (from `#`) without the given fields; "" when nothing is left of it."""
    fragment = _drop(url[hash_at:], drop, hash_at)
    if fragment.endswith("?"):
        fragment = fragment[:-1]
    return "" if fragment == "#" else fragment


def _utm_name(name: str) -> bool:
    return name.lower().startswith("utm")


def _fragment_fields(url: str, hash_at: int) -> List[Field]:
    """utm fields inside the fragment: `#/route?utm_source=x` or `#utm_source=x&utm_medium=y`."""
    question = url.find("?", hash_at)
    start = question + 1 if question != -1 else hash_at + 1
    return [f for f in _fields(url, start, len(url))
            if _utm_name(f.name.strip()) and "=" in url[f.start:f.end]]  # `#utm-guide` is an anchor


@lru_cache(maxsize=4096)
def _hostname(url: str) -> str:
    from urllib.parse import urlsplit

    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


_CAMPAIGN_KEYS = ("utm_source", "utm_medium", "utm_campaign")


def relative_path(url: str) -> bool:
    """A link without scheme and host to a page of the site that shows it: `/pricing`, `./guide`, `../faq`."""
    text = url.strip()
    return (text.startswith("/") and not text.startswith("//")) or text.startswith(("./", "../"))
