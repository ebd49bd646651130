"""UTM309 url-html-escaped: a query's `&` written as `&amp;` (or `=` as `&#x3D;`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, List, Sequence, Tuple

from ...registry import Report, rule
from .fields import _HTML_AMP, _HTML_EQUALS, UrlProblem
from .report import _report

if TYPE_CHECKING:
    from ...engine import Context
    from ...model import Link


# A site's internal-campaign id, on the promotions of its own pages (rules/copied-tracking.txt's `intcmp=*`)
_INTERNAL_CAMPAIGN_KEYS = frozenset({"intcmp"})


def escapes_within(url: str, spans: Sequence[Tuple[int, int]]) -> bool:
    """Whether every HTML escape of `&` or `=` in `url` (`&amp;`, `&#x3D;`) lies in one of `spans`, another site's
    copied tags (copied-tracking's), which its fix strips: mending the escape would only make GA4 read tags that are
    to go (corpus 26 #18: opensource.com's callout tags in a translation, `&amp;` escaped eleven times). An escape
    outside them (before a key of the team's own) still breaks the team's link."""
    escapes = [*_HTML_AMP.finditer(url), *_HTML_EQUALS.finditer(url)]
    return bool(escapes) and bool(spans) and all(any(s - 1 <= m.start() and m.end() <= e for s, e in spans)
                                                 for m in escapes)


def url_html_escaped(url: str) -> List[UrlProblem]:
    """`&amp;` (or `&#38;`) inside a URL: analytics sees a key `amp;utm_medium` and drops the value; `&#x3D;`
    (or `&#61;`, `&equals;`) for `=`: the key never gets its value, and its `#` starts the fragment."""
    hits = sorted([*_HTML_AMP.finditer(url), *_HTML_EQUALS.finditer(url)], key=lambda m: m.start())
    if not hits:
        return []
    fixed = url
    while _HTML_AMP.search(fixed) or _HTML_EQUALS.search(fixed):  # `&amp;amp;` was escaped twice
        fixed = _HTML_EQUALS.sub("=", _HTML_AMP.sub("&", fixed))
    first = hits[0]
    char = "=" if _HTML_EQUALS.fullmatch(first.group()) else "&"
    if char == "=":
        lost = "so analytics never reads that key's value (its `#` even starts the URL's fragment)"
    elif "#" in first.group():  # `&#38;`, WordPress's `&#038;`, `&#x26;`: no key at all (newuser46 F15)
        lost = ("and its `#` starts the URL's fragment, which browsers never send: every parameter after it is lost "
                "to analytics")
    else:
        after = url[first.end():].split("&", 1)[0].split("=", 1)[0].split("#", 1)[0]
        lost = f"so analytics reads a key `{first.group()[1:]}{after}` and drops its value" if after else \
            "which is not a parameter separator in a URL"
    kinds = {"=" if _HTML_EQUALS.fullmatch(m.group()) else "&" for m in hits}
    times = "" if len(hits) == 1 else f" ({len(hits)} times)" if len(kinds) == 1 else f" ({len(hits)} escapes of `&` and `=`)"
    message = (f"`{first.group()}` is HTML's escape for `{char}`, copied out of an HTML page or attribute{times}; in "
               f"the link it stays literal, {lost}; write `{char}`: {fixed}")
    return [UrlProblem("url-html-escaped", first.start(), first.end(), message, fixed)]


@rule(code="UTM309", name="url-html-escaped", severity="error", target="link", fixable=True)
def url_html_escaped_rule(link: Link, ctx: Context) -> Iterator[Report]:
    """A URL contains `&amp;`, HTML's escape for `&`.

    ## What it does
    Finds `&amp;` (or `&#38;`, `&#x26;`) in a URL, usually copied out of an HTML page or e-mail source, and
    replaces it with `&` with `--fix`; the same for `&#x3D;` (`&#61;`, `&equals;`), HTML's escape for `=`
    (Handlebars writes `utm_source&#x3D;x`). In an HTML attribute they are right (the browser decodes them), and
    in Markdown (CommonMark decodes them in a link destination; a WordPress plugin's `readme.txt` is Markdown);
    in a campaign file, a config value or a string in code they are not. In `utmlint scan` and `validate_url` the
    values after a `&amp;` are judged as the fix will make GA4 read them, each where it is written
    (`&amp;utm_medium=sponsor` is also medium-unassigned's finding). An escape only inside another site's tags copied
    with the link is not told: copied-tracking says to strip them, and mending the escape would make GA4 read them.

    ## Why is this bad?
    The link is sent with `&amp;` as written: the query splits at `&` and analytics reads a key
    `amp;utm_medium`, which is no key at all, so the value after it is silently lost. With `&#38;` (WordPress
    writes `&#038;`) or `&#x3D;` the `#` in it starts the URL's fragment, which the browser never sends: every
    parameter after it is lost.

    ## Example
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://example.com/sale?plan=pro&amp;ref=mail
        content: hero
    ```

    ## Use instead
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://example.com/sale?plan=pro&ref=mail
        content: hero
    ```
    """
    if "&" in link.url:
        yield from _report(link, ctx, url_html_escaped(link.url.strip()))
