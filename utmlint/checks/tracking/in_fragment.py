"""UTM306 utm-in-fragment: utm parameters after the `#`, where GA4 never reads them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, List, Optional

from ...diagnostics import Fix
from ...registry import Report, rule
from ..urledit import fragment_query, rewrite_url
from .fields import _fragment_fields, _fragment_without, _utm_name, parts, relative_path, UrlProblem
from .report import _report

if TYPE_CHECKING:
    from ...engine import Context
    from ...model import Link


def utm_in_fragment(url: str) -> List[UrlProblem]:
    """utm parameters written after `#`, where GA4 never reads them."""
    if "#" not in url:
        return []
    info = parts(url)
    if fragment_query(url) is not None and not relative_path(url):
        return []  # `page#top?utm_source=x`: url-fragment-order moves the whole query, utm included
    # (it reads absolute links only: on a relative one, `/#roi?utm_campaign=x`, an ad destination a campaign doc
    # gives, corpus 25 #51 #56, the tags after the `#` are this rule's to move)
    found = _fragment_fields(url, info.hash_at)
    if not found:
        return []
    names = ", ".join(f"`{f.name}`" for f in found)
    query_has_utm = any(_utm_name(f.name.strip()) for f in info.query)
    fixed = None
    if not query_has_utm:
        moved = "&".join(url[f.start:f.end] for f in found)
        base = url[:info.hash_at]
        joined = base + ("" if base.endswith(("?", "&")) else "&" if "?" in base else "?") + moved
        fixed = joined + _fragment_without(url, info.hash_at, found)
    where = "the query" if not query_has_utm else "the query (which already has utm parameters of its own: merge by hand)"
    message = (f"{names} {'is' if len(found) == 1 else 'are'} after the `#`: browsers never send the fragment, so "
               f"GA4 never reads {'it' if len(found) == 1 else 'them'} and the visit loses its campaign; "
               f"move {'it' if len(found) == 1 else 'them'} into {where}")
    if fixed is not None:
        message += f": {fixed}"
    return [UrlProblem("utm-in-fragment", found[0].start, found[-1].end, message, fixed)]


@rule(code="UTM306", name="utm-in-fragment", severity="error", target="link", fixable=True)
def utm_in_fragment_rule(link: Link, ctx: Context) -> Iterator[Report]:
    """utm parameters written after the `#`, where GA4 never reads them.

    ## What it does
    Finds utm parameters after the `#` of a URL: `https://example.com/#/route?utm_source=x` (a hash-router
    path) or `https://example.com/#utm_source=x`. `--fix` moves them into the query when the query has no utm
    parameters of its own; on a link utmlint tags itself, it removes them from the fragment when they repeat
    the link's own values (utmlint adds those to the query). `https://example.com/page#top?utm_source=x` is
    url-fragment-order's; a relative one written in a document (`/#roi?utm_campaign=x`, a campaign doc's ad
    destination) is this rule's, except on a link between the site's pages, where utm-internal-link says to remove them.
    In a scanned file or a URL checked alone, where GA4 would file `#utm_source=...` tags once they are moved is
    said beside it, worded for the move (an Unassigned medium, a source GA4 reads before the medium), so the
    fix does not lead to a second round of findings; their spelling is not judged until GA4 reads them.

    ## Why is this bad?
    Browsers never send the fragment to the server, and GA4 reads campaign parameters from the query only:
    the visit is counted as direct or referral traffic and the campaign gets no credit.

    ## Example
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://app.example.com/#/pricing?utm_content=hero
        content: hero
    ```

    ## Use instead
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://app.example.com/#/pricing
        content: hero
    ```
    """
    url = link.url.strip()
    if not link.is_web and not (relative_path(url) and getattr(ctx.config, "values_in_urls", False)):
        return  # a relative link speaks only in a link scan or validate_url reads (a campaign file's is in-product)
    problems = utm_in_fragment(url)
    if not problems or not link.tracked or not link.params:  # utmlint appends nothing: the URL is as sent
        yield from _report(link, ctx, problems)
        return
    # utmlint appends the link's own parameters to the query: the fragment's copies are dead weight.
    hash_at = url.find("#")
    found = _fragment_fields(url, hash_at)

    def removal(problem: UrlProblem) -> Optional[Fix]:
        if any(link.params.get(f.name) != f.value for f in found):
            return None
        rest = url[:hash_at] + _fragment_without(url, hash_at, found)
        return rewrite_url(link, rest, "remove the utm parameters from the #fragment (utmlint adds them to the query)")

    names = ", ".join(f"`{f.name}`" for f in found)
    message = (f"{names} after the `#` {'is' if len(found) == 1 else 'are'} never read by GA4; utmlint adds this "
               f"link's utm parameters to the query, so remove {'it' if len(found) == 1 else 'them'} from `url:` "
               f"(and set any value you need on the link)")
    yield from _report(link, ctx, [problems[0]._replace(message=message)], campaign_fix=removal)
