"""UTM1xx: the utm parameters a link resolves to: present, in a real GA4 channel, spelled as the platform's name."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ..fixes import replace_value
from ..model import KEY_FOR_PARAM, written_values
from ..platforms import match_source_variant
from ..registry import Report, rule
from ..suggest import platform_variant

if TYPE_CHECKING:
    from ..engine import Context
    from ..model import Campaign, Link

_REQUIRED = ("utm_source", "utm_medium", "utm_campaign")


@rule(code="UTM101", name="missing-utm-param", severity="error", target="link")
def missing_utm_param(link: Link, ctx: Context) -> Iterator[Report]:
    """A tracked link has no utm_source, utm_medium or utm_campaign.

    ## What it does
    Checks that every tracked link resolves utm_source, utm_medium and utm_campaign, from the link, its step,
    the campaign or the platform profile.
    In links `utmlint scan` finds, tags that a site writes itself into the links to itself it hands out (Gitter's
    badge, create-next-app's template links, Vercel's "Powered by Vercel" link: `rules/platform-written-tags.txt`)
    are that site's, not the team's to change, and are not reported unless `own-hosts` names the site.

    ## Why is this bad?
    GA4 needs source and medium to assign a channel; without them the visit counts as referral or direct traffic
    and the campaign gets no credit.

    ## Example
    ```yaml
    campaign: spring-sale
    source: intercom
    links:
      - url: https://example.com/sale
        content: hero
    ```

    ## Use instead
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://example.com/sale
        content: hero
    ```
    """
    if not link.tracked:
        return
    missing = [p for p in _REQUIRED if not link.params.get(p)]
    if not missing:
        return
    from ..suggest import medium_for

    names = [f"`{KEY_FOR_PARAM[p]}`" for p in missing]
    keys = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
    where = "set it on the campaign, the step or the link" + (
        ", or name a `platform:`" if "utm_campaign" not in missing or len(missing) > 1 else "")
    why = ""
    if "utm_medium" in missing and link.params.get("utm_source"):
        why = (f": GA4 records these visits as `{link.params['utm_source']} / (not set)` and files them under "
               f"Unassigned, so they show in no channel report")
    suggestion = medium_for(link, ctx) if "utm_medium" in missing else None
    hint = f"; write `medium: {suggestion}`" if suggestion and missing == ["utm_medium"] else ""
    yield ctx.report(f"this link has no {keys}{why} ({where}){hint}", link.pos)


@rule(code="UTM102", name="medium-unassigned", severity="error", target="link")
def medium_unassigned(link: Link, ctx: Context) -> Iterator[Report]:
    """GA4 would file the link's visits under Unassigned.

    ## What it does
    Predicts the GA4 default channel of each tracked link from its source, medium and campaign (Google's
    published rules, in order) and reports links that land in no channel.
    In links `utmlint scan` finds, tags that a site writes itself into the links to itself it hands out (Gitter's
    badge, create-next-app's template links, Vercel's "Powered by Vercel" link: `rules/platform-written-tags.txt`)
    are that site's, not the team's to change, and are not reported unless `own-hosts` names the site.

    ## Why is this bad?
    Unassigned traffic is missing from every channel report: the campaign's visits and conversions exist, but
    nobody sees them where they look.

    ## Example
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: in-app
    links:
      - url: https://example.com/sale
        content: hero
    ```

    ## Use instead
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://example.com/sale
        content: hero
    ```
    """
    if not link.tracked or not link.params.get("utm_medium"):
        return
    if link.ga4_channel.channel != "Unassigned":
        return
    from ..channels import predict_channel
    from ..spelling import settled
    from ..suggest import generic_mediums, medium_for, medium_spelling, quoted

    medium = link.params["utm_medium"]
    respelled = medium_spelling(medium, ctx)
    if respelled != medium and settled(medium, ctx.config.separator) != medium and predict_channel(
            link.params.get("utm_source"), respelled, link.params.get("utm_campaign")).channel != "Unassigned":
        return  # `Email ` is value-whitespace's finding: its fix puts the link back in a channel
    suggestion = medium_for(link, ctx)
    hint = (f"; write `medium: {suggestion}`" if suggestion else
            f"; use a medium GA4 knows, such as {quoted(generic_mediums(ctx))}")
    source = link.params.get("utm_source")
    with_source = f" (with utm_source `{source}`)" if source else ""
    yield ctx.report(f"GA4 files utm_medium `{medium}`{with_source} under Unassigned, so these visits show in no "
                     f"channel report{hint}", link.param_pos("utm_medium"))


@rule(code="UTM103", name="source-domain-style", severity="warning", target="campaign", fixable=True)
def source_domain_style(campaign: Campaign, ctx: Context) -> Iterator[Report]:
    """utm_source is a domain or `-io` form of a platform's name.

    ## What it does
    Finds sources written as the platform's domain (`intercom.com`, `www.intercom.com`) or with its TLD glued on
    (`intercom-io`) where the platform name (`intercom`) is the convention.

    ## Why is this bad?
    GA4 keeps `intercom.com` and `intercom` as two source rows, splitting one platform's traffic in every
    report.

    ## Example
    ```yaml
    campaign: spring-sale
    source: intercom.com
    medium: email
    links:
      - url: https://example.com/sale
        content: hero
    ```

    ## Use instead
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://example.com/sale
        content: hero
    ```
    """
    for path, value in written_values(campaign, "source"):
        if platform_variant(value, ctx) is None:
            continue  # the platform's own name or auto-set value, a case slip (value-case), or unrelated
        found = match_source_variant(value, ctx.platforms)
        if found is None:
            continue
        platform, kind = found
        if kind not in ("domain", "io-suffix", "variant"):
            continue
        fix = replace_value(campaign.doc, path, platform.source, f"use `{platform.source}`")
        yield ctx.report(f"utm_source `{value}` is a {'domain' if kind == 'domain' else 'variant'} of {platform.display_name}; "
                         f"write `{platform.source}`, the platform's name, so its traffic stays in one source row",
                         campaign.doc.pos(path), fix=fix)


@rule(code="UTM104", name="platform-unknown", severity="error", target="campaign")
def platform_unknown(campaign: Campaign, ctx: Context) -> Iterator[Report]:
    """`platform:` names no known platform profile.

    ## What it does
    Checks that `platform:` names a bundled profile or one from the config's `platforms` folders.

    ## Why is this bad?
    An unknown platform supplies no source, medium or conventions, so links lose their defaults.

    ## Example
    ```yaml
    campaign: spring-sale
    platform: intercomm
    links:
      - url: https://example.com/sale
        content: hero
    ```

    ## Use instead
    ```yaml
    campaign: spring-sale
    platform: intercom
    links:
      - url: https://example.com/sale
        content: hero
    ```
    """
    if campaign.platform_name is None or campaign.platform is not None:
        return
    import difflib

    close = difflib.get_close_matches(campaign.platform_name, list(ctx.platforms), n=1, cutoff=0.6)
    hint = f"; did you mean `{close[0]}`?" if close else f"; known: {', '.join(sorted(ctx.platforms))}"
    yield ctx.report(f"no platform profile named `{campaign.platform_name}`{hint}", campaign.doc.pos(("platform",)))
