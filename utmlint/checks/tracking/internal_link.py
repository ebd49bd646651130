"""UTM311 utm-internal-link: utm parameters on a link from a page of the site to another: a relative link (and, in scan,
a link to the site's own host from one of its pages or from its content kept as data, scan.judge)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, List

from ...registry import Report, rule
from .fields import (_CAMPAIGN_KEYS, _fragment_fields, _fragment_without, _GA4_SET, _utm_name, _without, parts,
                     relative_path, UrlProblem)
from .report import _report
from .key_unknown import nearest_utm_key

if TYPE_CHECKING:
    from ...engine import Context
    from ...model import Link


def _ga4_key(name: str) -> bool:
    """A utm key GA4 reads, as written or misspelled (`utm_souce`, `UTM_Source`: it will be read once fixed)."""
    folded = name.strip().lower()
    return folded in _GA4_SET or nearest_utm_key(folded) is not None


def utm_internal_link(url: str) -> List[UrlProblem]:
    """utm parameters on a relative link: a link from a page of the site to another page of it."""
    if not relative_path(url) or "utm" not in url.lower():
        return []
    info = parts(url)
    found = [f for f in info.query if _utm_name(f.name.strip())]
    if info.hash_at != -1:
        found += _fragment_fields(url, info.hash_at)
    if not any(_ga4_key(f.name) for f in found):
        # `/api/data/utm?utm_type=...` (corpus 9 #124, an analytics dashboard's own API call): a `utm_`-named key GA4
        # never reads credits no campaign, and removing it would break the request
        return []
    names = list(dict.fromkeys(f.name.strip().lower() for f in found))
    shown = ", ".join(f"`{n}`" for n in names)
    missing = [k for k in _CAMPAIGN_KEYS if k not in names]
    lacks = f" (and no {', '.join(f'`{k}`' for k in missing)})" if missing and len(missing) < 3 else ""
    advice = "remove them rather than add the rest" if lacks else "remove them"
    takes = "GA4 takes utm parameters on an internal link as the visit's latest campaign"
    if not any(f.name.strip() in _GA4_SET for f in found):
        # `/join/?UTM_source=website` (corpus 23 #71): GA4 reads none of them as written (utm-key-unknown), so saying
        # it takes them would be untrue today; spelled right, it would
        shown = ", ".join(f"`{n}`" for n in dict.fromkeys(f.name.strip() for f in found))
        takes += " once their keys are spelled as it reads them (as written it ignores them: utm-key-unknown)"
    message = (f"this relative link carries {shown}{lacks}: it leads from a page of the site to another page of "
               f"it, and {takes}, crediting your "
               f"own link and overwriting where the visitor really came from; {advice} (utm tags are for links that bring "
               f"visitors from outside)")
    unsafe = _without(url, [f for f in info.query if _utm_name(f.name.strip())])
    if info.hash_at != -1:
        at = unsafe.find("#")
        if at != -1:
            unsafe = unsafe[:at] + _fragment_without(unsafe, at, _fragment_fields(unsafe, at))
    return [UrlProblem("utm-internal-link", found[0].start, found[-1].end, message, None,
                       unsafe if unsafe != url else None)]


@rule(code="UTM311", name="utm-internal-link", severity="warning", target="link", fix="unsafe")
def utm_internal_link_rule(link: Link, ctx: Context) -> Iterator[Report]:
    """A relative link, from a page of the site to another page of it, carries utm parameters.

    ## What it does
    Finds utm parameters on a link without scheme and host (`/pricing?utm_source=blog`, `./guide?utm_medium=x`),
    in the query or after the `#`: a link from one page of a site (its docs, its app, its templates) to
    another page of the same site; in `utmlint scan`, so is a link to the very host of a site whose repository is
    named for its domain (`GSA/digitalgov.gov`) or whose `CNAME` or site generator's config names it (Docusaurus'
    `url`, Hugo's `baseURL`, Jekyll's `url`, MkDocs' `site_url`, Astro's `site`, Gatsby's `siteUrl`: read as
    text, never run; a VitePress `base: "/docs"` naming no host: a path of its owner's site, whose main host is then
    the site's), or into the section of its owner's site a repository is named for
    (`Codecademy/docs` linking `codecademy.com/resources/docs/...` or `docs.codecademy.com`), written on one of its
    pages (not a README or CHANGELOG, which GitHub shows, nor an e-mail's); and a link from a page or a component
    its pages are rendered from to a host the site's Google tag measures as one property with it (the cross-domain
    linker's `domains`, `linker: { domains: ['acme.com', 'acme-landing.com'] }`, or a host under one:
    `app.acme.com`; or a template link built on a constant the file sets to one, `${SIGNUP}?utm_...`); a link a
    browser script builds on the page's own address (`${window.location.origin}/?utm_...`, `location.origin +
    '/pricing?utm_...'`, `${location.protocol}//${location.host}/...`: a relative link by another spelling; an origin
    a variable holds, `${API_BASE}`, may be another site's and is not one); and a page's link to the site its
    repository's owner is named for whose one tag is a medium naming the page's navigation (`texastribune/...`'s
    navbar linking `www.texastribune.org/about/?utm_medium=top-nav-about`: a site counting clicks between its own
    pages); and a link to a host the config's `own-hosts` names (itself, not a subdomain) whose utm_source and
    utm_medium name only the site's own navigation (`utm_source=footer&utm_medium=website`; written, or built on a
    constant the file sets to it), from any file but an e-mail's or a page known to be on another site, or to the site its repository publishes from a component its
    pages are rendered from (`src/components/Footer.tsx`). Not a link to the site that the visitor sends elsewhere: copied for a friend
    (`navigator.clipboard.writeText(...)`), shared (`navigator.share({url: ...})`), encoded for another site's link
    (`encodeURIComponent(...)`), written inside a share intent's parameter (`twitter.com/intent/tweet?url=`,
    `facebook.com/sharer/sharer.php?u=https%3A...`) or assigned to a name saying so (`shareUrl`, `inviteLink`): it is
    clicked from a chat, an e-mail or a post with no referrer from the site, so its tags are the team's campaign's,
    judged as any outbound campaign link's (rules/shared-links.txt). Nor a link passing on the tags the visit arrived
    with that cannot write one the visit did not bring: every tag a slot the file fills from the page's own address
    with the same key (`/signup?utm_source=${utmSource}` under `const utmSource = urlParams.get('utm_source') || ''`,
    or written only when present, `utmSource ? ... : '/signup'`): nothing is overwritten. A default of the file's own
    (`|| 'google'`, `?? 'cpc'`, `or "paid"`) credits every visitor who came without tags to it, and no default writes
    `utm_source=null` (Unassigned): both are told, with what the link writes; only a page named for the ads that reach
    it (`PaidLanding.jsx`) may default to a paid channel, its visitors being the ad's.
    At least one of them is a key GA4 reads (or a misspelling of one): a
    `utm_`-named key of an app's own (`/api/data/utm?utm_type=source`, a dashboard's API call) credits no campaign
    and is not reported. `utmlint scan` reports it instead of judging the values as a campaign's
    (respelling them would only entrench them). In a campaign file `lint --unsafe-fixes` removes them; `scan`
    edits only utm keys and values in place, so it says which to remove and leaves it to you. In a campaign file such a link is
    in-product (tracking-on-in-product-link reports the keys set on it). A web app manifest's `start_url` (and a
    shortcut's `url`) is not an internal link but where the installed app is launched from, and a hosting
    redirect's destination (`firebase.json`, `vercel.json`, `netlify.toml`, `_redirects`) is where the outside links
    to its source land: scan judges their tags as a campaign link's (`validate_url` does so when told
    `entry_point=True`; a relative URL alone is taken for a link between pages), unless the tags say the redirect is
    the site's own move (`/old-pricing` -> `/pricing?utm_source=acme.dev&utm_medium=internal`: a medium such as
    `internal` or `nav`, or a utm_source naming the repository's site as its domain with no channel of its own): the
    old address's visitors come from search results, links and bookmarks, and those tags would replace where each
    came from. The brand's name with a placement's medium (`/qr/booth` -> `?utm_source=acme&utm_medium=qr`, a printed
    code; `utm_medium=app`) stays a way in. Nor is a path a Markdown doc only names as text (rendered, no link
    anyone clicks): the whole text of a table cell (a campaign doc's list of ad destinations,
    `/?utm_source=facebook&utm_medium=paid_social` in a row of its own) has its tags judged as a campaign link's, and
    inline code in a sentence (a guide's sample request, `/blog?page=2&utm_medium=social`) only as the URL is written.

    ## Why is this bad?
    utm parameters are for links that bring visitors from outside. On a link inside the site GA4 takes them as
    the visit's latest campaign and credits your own page as its source and medium, so the campaign or search
    that really brought the visitor loses the conversion (Google advises against tagging internal links;
    Universal Analytics also started a new session, GA4 does not, and the credit is lost all the same).

    ## Example
    ```yaml
    campaign: onboarding-series
    source: intercom
    medium: email
    steps:
      - id: step-2-banner
        channel: banner
        links:
          - url: /pricing?utm_source=banner&utm_medium=in-app
    ```

    ## Use instead
    ```yaml
    campaign: onboarding-series
    source: intercom
    medium: email
    steps:
      - id: step-2-banner
        channel: banner
        links:
          - url: /pricing
    ```
    """
    if not link.is_web and "utm" in link.url.lower():
        yield from _report(link, ctx, utm_internal_link(link.url.strip()))
