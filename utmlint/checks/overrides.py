"""UTM110: GA4 tests its source lists and campaign-name patterns before the medium, so they override it.

Google's table files a link whose utm_source is on its social, video, search or shopping list under that list's
channel whatever the medium says (unless the medium is paid or display), and a campaign named like a shopping or
cross-network campaign the same way. This module says so where the link's own values show it is not what the
team means; where the listed channel is what the link really is (a share on Facebook tagged `referral`, a post,
a paid medium = Paid Social) it says nothing. The lists are Google's (rules/ga4/); which listed sources usually
name software rather than the site (`source_homonyms`), and which name a directory of software rather than a social
network (`listed_directories`), is utmlint's own data beside them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Iterator, Optional

from ..channels import (listed_directory, medium_suggestions, post_medium, predict_channel, source_category,
                        source_homonym)
from ..records import NamedTuple
from ..registry import Report, rule
from ..suggest import medium_spelling
from ..intent import channel_intent_problem

if TYPE_CHECKING:
    from ..engine import Context
    from ..model import Link

# Channels a medium names that no listed site can be: a delivery (an e-mail, a text, a push, a show) or a
# commission deal. A social source with one of them is always a contradiction GA4 settles against the medium.
# (Email is medium-channel-intent's, UTM109: one mistake, one finding.) Referral is not here: a share on
# Facebook tagged `referral` is a visit from another site, and GA4's Organic Social is the more exact name for it.
_NOT_A_SITE = frozenset({"Email", "Affiliates", "Audio", "SMS", "Mobile Push Notifications"})
_SHOPPING = frozenset({"Organic Shopping", "Paid Shopping"})
_LIST = {"SOCIAL": "social", "SEARCH": "search", "VIDEO": "video", "SHOPPING": "shopping"}
_SENDER = {"Affiliates": "the affiliate", "Audio": "the show or station", "SMS": "your SMS sender",
           "Mobile Push Notifications": "your app or push service", "Email": "the newsletter or e-mail platform"}


class Override(NamedTuple):
    """Why GA4 files a link under `actual` and not the channel its medium names."""

    actual: str  # the channel GA4 gives the link
    named: str  # the channel the medium names by itself ("Unassigned": none)
    by: str  # "utm_source" or "utm_campaign": the value that decides ("utm_medium": also misspelled, `affiliates`)
    message: str
    severity: Optional[str] = None  # lower than the rule's where the link may be right as it is


@lru_cache(maxsize=4096)  # every tracked link asks, and a repo's links repeat a few (source, medium, campaign)
def source_override(source: str, medium: str, campaign: str, written_medium: Optional[str] = None) -> Optional[Override]:
    """The override worth a finding on a link with these values (`medium` as its spelling rules settle it), or
    None. Shared by the rule and its tests; `written_medium` is the medium as written, for the message."""
    shown = medium if written_medium is None else written_medium
    actual = predict_channel(source, medium, campaign).channel
    alone = named = predict_channel(None, medium, None).channel
    if named == "Mobile Push Notifications" and not medium.strip().casefold().endswith("push"):
        named = "Unassigned"  # `mobile-social`, `notification`: GA4 reads push into them, the team did not write it
    if actual in (alone, "Unassigned"):
        return None
    without_campaign = predict_channel(source, medium, None).channel
    if without_campaign == alone:  # the source changes nothing: the campaign name alone takes the link
        return _by_campaign(actual, named, campaign, shown)
    if without_campaign != actual and actual in _SHOPPING and without_campaign not in _NOT_A_SITE | {"Unassigned"}:
        # the campaign name takes the link from the channel its source and medium give (`twitter` / `referral` is
        # Organic Social, with `coffee-shop-launch` Organic Shopping): said as the campaign's note (stranger10 R7)
        return _by_campaign(actual, without_campaign, campaign, shown)
    if without_campaign != actual or predict_channel(None, medium, campaign).channel == actual:
        return None  # the source and the campaign decide together, or each would alone: no one value to change
    category = source_category(source)
    if category is None:
        return None  # `firebase`, `sms`, `email` as a source: GA4's own rules, not the lists
    homonym = source_homonym(source)
    listed = f"utm_source `{source}` is on Google's list of {_LIST[category]} sites"
    # A medium GA4 does not know but nearly does (`affiliates`) means the channel of its near spelling, as
    # medium-unassigned reads it (`write utm_medium=affiliate`): the override is named, and the spelling said once.
    spelled, says = None, "says"
    if named == "Unassigned":
        near = medium_suggestions(medium)[:1]
        if near and predict_channel(None, near[0], None).channel in _NOT_A_SITE:
            spelled, named = near[0], predict_channel(None, near[0], None).channel
            says = f"means (and `{shown}` is not GA4's `{spelled}` either: on its own it is Unassigned)"
    if homonym is not None:
        if named not in _NOT_A_SITE | {"Referral", "Unassigned"} or post_medium(medium):
            return None  # paid, display, social or video by its medium, or a post on the site: as meant
        if named == "Unassigned":
            whatever = (f"whatever its medium (`{shown}`)" if medium.strip() else
                        "whatever medium the link is given (unless a paid or display one)")
            fact = f"GA4 files this link under {actual} {whatever}"
        else:
            fact = f"GA4 files this link under {actual}, not {named} as utm_medium `{shown}` {says}"
        then = ("; then utm_medium decides, so give it one GA4 knows, such as `referral`" if named == "Unassigned"
                else f"; then utm_medium `{spelled}` files it under {named}" if spelled
                else f"; then utm_medium `{shown}` files it under {named}")
        return Override(actual, named, "utm_medium" if spelled else "utm_source", (
            f"{fact}: {listed} (for {homonym.site}), and GA4 reads that list before the medium; if the link sits in "
            f"{homonym.software}, not on {homonym.site}, put your product's name in utm_source instead of "
            f"`{source}`{then}"))
    directory = listed_directory(source)
    if directory is not None and named == "Referral" and not post_medium(medium):
        # a team's own listing in a software directory Google counts as social (a plugin's readme on wordpress.org)
        # tagged `link`/`referral`: the medium says Referral was meant, and the Referral report will not show it
        return Override(actual, named, "utm_source", (
            f"GA4 files this link under {actual}, not {named} as utm_medium `{shown}` says: {listed} (it is "
            f"{directory}), and GA4 reads that list before the medium; to count these visits as {named}, put a name "
            f"that is on none of Google's lists in utm_source (your plugin's or theme's own name) rather than "
            f"`{source}`; if {actual} is where you count them, leave the link as it is"))
    if directory is not None and named == "Unassigned" and medium.strip() and not post_medium(medium):
        # a team's own listing in the directory tagged with a medium GA4 does not know (`free plugin listing`,
        # `readme`): medium-unassigned is silent (the link is not Unassigned), so this is the one finding that says
        # where the visits land; which channel the team counts them in is its call, and both ways are said
        return Override(actual, named, "utm_source", (
            f"GA4 files this link under {actual} by its source alone: {listed} (it is {directory}), and GA4 reads "
            f"that list before the medium, while utm_medium `{shown}` is not a medium GA4 knows (without the listed "
            f"source the link would be Unassigned); if {actual} is where you count these visits, leave the link as "
            f"it is; to count them as Referral, put a name that is on none of Google's lists in utm_source (your "
            f"plugin's or theme's own name) and give utm_medium one GA4 knows, such as `referral`"))
    if named not in _NOT_A_SITE:
        return None  # a share, a post, `referral` or `link` from that site: the listed channel is what it is
    respell = f" and write utm_medium `{spelled}`" if spelled else ""
    # said on the medium when it is misspelled too: its respelling is this finding's, not value-case's
    return Override(actual, named, "utm_medium" if spelled else "utm_source", (
        f"GA4 files this link under {actual}, not {named} as utm_medium `{shown}` {says}: {listed}, and GA4 reads that "
        f"list before the medium; to count these visits as {named}, name {_SENDER[named]} in utm_source rather "
        f"than `{source}`{respell}"))


def _by_campaign(actual: str, named: str, campaign: str, shown: str) -> Optional[Override]:
    if named not in _NOT_A_SITE:
        if named == "Unassigned" or actual == "Cross-network":
            return None  # a medium naming no channel: medium-unassigned's or medium-channel-intent's to say
        # an ad, social, video, search or referral medium: a partner's link to a shop tagged `utm_campaign=shop` may
        # be filed more exactly as shopping, but a social team's `coffee-shop-launch` post leaves its Organic Social
        # report without a word (stranger10 R7): a note, both ways
        return Override(actual, named, "utm_campaign", (
            f"GA4 files this link under {actual}, not {named} as its source and utm_medium `{shown}` say: utm_campaign `{campaign}` "
            f"matches Google's pattern for shopping campaigns (`shop` at the start of a word or after an `e`, "
            f"`shopping` anywhere), and GA4 reads that before the medium; if the campaign sells products, {actual} "
            f"is right and the link can stay as it is; to count it in {named}, name the campaign without it"),
            severity="info")
    if actual == "Cross-network":
        why, change = f"utm_campaign `{campaign}` contains `cross-network`", "without `cross-network`"
    else:
        why = (f"utm_campaign `{campaign}` matches Google's pattern for shopping campaigns (`shop` at the start of a "
               "word or after an `e`, `shopping` anywhere)")
        change = "without it"
    return Override(actual, named, "utm_campaign", (
        f"GA4 files this link under {actual}, not {named} as utm_medium `{shown}` says: {why}, and GA4 reads that "
        f"before the medium; to keep it in {named}, name the campaign {change}"))


@rule(code="UTM110", name="source-overrides-medium", severity="warning", target="link")
def source_overrides_medium(link: Link, ctx: Context) -> Iterator[Report]:
    """GA4 files the link by its source (or campaign) name, not by its medium, and the values say that is not meant.

    ## What it does
    GA4 tests its lists of social, video, search and shopping sites, and shopping or cross-network campaign
    names, before the medium: a link whose utm_source is on a list lands in that list's channel whatever its
    medium says (unless the medium is paid or display). Reports the links where the team's own values say
    something else: a medium no site can be (`affiliate`, `sms`, `push`, `audio`, or a near miss of one that GA4
    does not know either, `affiliates`, said in the same finding) beside a listed source; a
    listed source that usually names software rather than the site (`utm_source=WordPress` in a plugin's admin
    links: Google lists `wordpress` for wordpress.com, a social network) with a medium that is not a post
    there; a listed source that names a directory of software rather than a social network (`wordpress.org`, the
    plugin directory where a plugin's readme links sit) with a medium that says Referral (`link`, `referral`,
    `app`), or with a medium GA4 does not know (`free plugin listing`: Organic Social by the source alone, where
    medium-unassigned is silent; the finding says both ways, as the team may count them there); an e-mail, text, push, show or affiliate link whose campaign name matches Google's shopping pattern
    (`shop` at the start of a word or after an `e`, `shopping` anywhere: `shop-reopening`, `eshop-launch`) or
    contains `cross-network`. A social, search, video, referral or paid link that the campaign name alone takes to
    Organic or Paid Shopping (`coffee-shop-launch` on a `twitter` / `social` post) gets a note (info) saying both
    readings: right if the campaign sells products, else name the campaign without `shop`. It stays silent where
    the listed channel is what the link is: `facebook` + `social`, `youtube` + `video`, `linkedin` + `cpc`
    (Paid Social), a share on Facebook tagged `referral`, a post on wordpress.com (`post`, `share`). An e-mail
    medium beside a listed source is medium-channel-intent's finding (UTM109).

    ## Why is this bad?
    The visits are counted in a channel report nobody looks in for them: a plugin's upgrade links show as
    Organic Social, an affiliate's clicks are missing from Affiliates, and their conversions credit the wrong
    channel. Respelling the value (`WordPress` -> `wordpress`) changes nothing: only another source does.

    ## Example
    ```yaml
    campaign: liteplugin
    source: wordpress
    medium: about
    links:
      - url: https://example.com/pricing
        content: about-page
    ```

    ## Use instead
    ```yaml
    campaign: liteplugin
    source: example-plugin
    medium: referral
    links:
      - url: https://example.com/pricing
        content: about-page
    ```
    """
    if not link.tracked:
        return
    source = link.params.get("utm_source") or ""
    medium = link.params.get("utm_medium") or ""
    campaign = link.params.get("utm_campaign") or ""
    if not source and not campaign:
        return

    # judged as its spelling rules settle it (`" affiliate"`, `Affiliate`), so their fix neither reveals nor
    # hides this finding
    settled = medium_spelling(medium, ctx) if medium else medium
    found = source_override(source, settled, campaign, medium)
    if found is None or channel_intent_problem(source, settled, campaign) is not None:
        return  # medium-channel-intent speaks about this link (an e-mail beside a listed source): one finding
    yield ctx.report(found.message, link.param_pos(found.by), severity=found.severity)
