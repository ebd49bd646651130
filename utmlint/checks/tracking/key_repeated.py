"""UTM307 utm-key-repeated: a utm key written twice in one query."""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, Iterator, List

from ...registry import Report, rule
from .fields import _utm_name, _without, Field, query_fields, UrlProblem
from .report import _report

if TYPE_CHECKING:
    from ...engine import Context
    from ...model import Link


_VALUES_SHOWN = 5  # the different values a message names; past that, the first 3 and how many more

def utm_key_repeated(url: str) -> List[UrlProblem]:
    """A utm key written twice in one query: which copy GA4 keeps is undocumented."""
    if "utm" not in url.lower():
        return []
    seen: Dict[str, List[Field]] = {}
    for field in query_fields(url):
        if _utm_name(field.name):
            seen.setdefault(field.name, []).append(field)
    problems = []
    for name, copies in seen.items():
        if len(copies) < 2:
            continue
        values = list(dict.fromkeys(f.value for f in copies))
        if len(values) == 1:
            fixed = _without(url, copies[1:])
            message = (f"`{name}` is written {len(copies):,} times (each `{values[0]}`); the copy is harmless to GA4 "
                       f"but any tool that edits one of them makes the link disagree with itself; keep one: {fixed}")
        else:
            fixed = None
            shown = " and ".join(f"`{v}`" for v in values)
            if len(values) > _VALUES_SHOWN:  # a URL of 10,000 copies: each finding's message named all of them
                shown = ", ".join(f"`{v}`" for v in values[:3]) + f" and {len(values) - 3:,} more"
            # a source or medium decides the channel; a campaign, content or term only the row (session 42 newuser)
            channel = ", or another channel" if name.lower() in ("utm_source", "utm_medium") else ""
            message = (f"`{name}` is written {len(copies):,} times with different values ({shown}); which one GA4 "
                       f"keeps is not documented, so these visits may land under either value{channel}; "
                       f"keep only the one you mean")
        for copy in copies[1:]:
            problems.append(UrlProblem("utm-key-repeated", copy.start, copy.end, message, fixed))
    return problems


@rule(code="UTM307", name="utm-key-repeated", severity="warning", target="link", fixable=True)
def utm_key_repeated_rule(link: Link, ctx: Context) -> Iterator[Report]:
    """A utm key appears twice in one URL.

    ## What it does
    Finds a utm key written more than once in one URL's query (`?utm_source=a&utm_source=b`). Copies with the
    same value are removed by `--fix`; copies that disagree need you to choose. In a link sheet `utmlint scan` reads
    (a `Landing page` column beside `Source`, `Medium`, `Campaign` columns), a landing page whose query writes a key
    its row's filled column gives otherwise is reported on the cell's value: the link the row builds would carry the
    key twice, and `utmlint import` skips the row.

    ## Why is this bad?
    Google does not document which copy GA4 keeps, and tools differ (first, last, both joined), so the same
    link can be filed under either value, or in another channel.

    ## Example
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://example.com/sale?ref=a&utm_id=x1&utm_id=x2
        content: hero
    ```

    ## Use instead
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    campaign_id: x1
    links:
      - url: https://example.com/sale?ref=a
        content: hero
    ```
    """
    if link.is_web:
        yield from _report(link, ctx, utm_key_repeated(link.url.strip()))
