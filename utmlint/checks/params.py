"""UTM1xx: the utm parameters a link resolves to: present, in a real GA4 channel, spelled as the platform's name."""

from __future__ import annotations


from typing import TYPE_CHECKING, Iterator, List

from ..channels import predict_channel
from ..fixes import replace_value
from ..lazyregex import lazy_compile
from ..intent import (ad_filed_unpaid_problem, ad_platform_variant_problem, ad_word, channel_intent_problem,
                      display_in_admin_note, display_in_app_note, display_on_code_host_note, paid_tier_note,
                      push_by_word_problem, shopping_by_campaign_problem, video_by_word_problem)
from ..urls import has_play_referrer, play_listing, written_play_referrer
from ..model import KEY_FOR_PARAM, written_values
from ..platforms import PAID_GROUPS, match_source_variant
from ..registry import Report, rule
from ..suggest import platform_variant, uses_of

if TYPE_CHECKING:
    from ..engine import Context
    from ..model import Campaign, Link

_REQUIRED = ("utm_source", "utm_medium", "utm_campaign")


def _referrer_tagged(url: str) -> bool:
    """Whether a Play link's own `referrer` value carries a `utm_source` (Google's builder encodes it once more)."""
    from ..urls import query_pairs, split_url, unquote

    referrer = next((value for name, value in query_pairs(split_url(url.strip()).query) if name.lower() == "referrer"),
                    "")
    return "utm_source=" in unquote(referrer).lower()


def _referrer_disagrees(written: "dict", link: "Link") -> str:
    """The message for a Play link whose own `referrer` carries utm values other than the campaign's: GA4
    credits the install from the referrer's, so say both, with the channel of each."""
    def said(values) -> str:
        shown = " / ".join(f"`{values.get(p) or '(not set)'}`" for p in _REQUIRED)
        channel = predict_channel(values.get("utm_source"), values.get("utm_medium"), values.get("utm_campaign"))
        return f"{shown} ({channel.channel})"

    return ("this Google Play link has its own `referrer`, which utmlint keeps as written, and GA4 credits an app "
            f"install only from it: it says source / medium / campaign {said(written)}, not the campaign's "
            f"{said(link.params)}, so installs are credited as the referrer says; write the campaign's tags into "
            "it (`referrer=utm_source%3D...%26utm_medium%3D...%26utm_campaign%3D...`) or remove `referrer` from "
            "`url:` (render then writes the campaign's tags into it)")


def channel_without_medium(source: str, campaign: "str | None") -> str:
    """Where GA4 files a link that has a source and no medium: `Unassigned`, or `Organic Social by the source
    alone` (GA4 tests its source lists and campaign names without a medium too: `twitter` is Organic Social)."""
    channel = predict_channel(source, None, campaign).channel
    if channel == "Unassigned":
        return channel
    if predict_channel(source, None, None).channel == channel:
        return f"{channel} by the source alone"
    if predict_channel(None, None, campaign).channel == channel:
        return f"{channel} by the campaign name alone"
    return f"{channel} by the source and the campaign name"


@rule(code="UTM101", name="missing-utm-param", severity="error", target="link")
def missing_utm_param(link: Link, ctx: Context) -> Iterator[Report]:
    """A tracked link has no utm_source, utm_medium or utm_campaign.

    ## What it does
    Checks that every tracked link resolves utm_source, utm_medium and utm_campaign, from the link, its step,
    the campaign or the platform profile.
    In links `utmlint scan` finds, tags that a site writes itself into the links to itself it hands out (Gitter's
    badge, create-next-app's template links, Vercel's "Powered by Vercel" link: `rules/platform-written-tags.txt`)
    are that site's, not the team's to change, and are not reported unless `own-hosts` names the site. Nor is a
    link whose only `utm_` keys are none of GA4's campaign keys (`?utm_product_name=GoLand`, an IDE plugin's own;
    `?utm_button=Sign%20up`, a Typeform hidden field): it is tagged for someone's own scheme, not for a GA4 campaign.
    A key written with an empty value (`utm_medium=`) is missing too. A link `utmlint scan` finds ending at a key's
    `=` has that value written empty in a Markdown or reST page, which writes its links whole (a release note's
    `[blog](...&utm_source=release_notes&utm_medium=)`); in code the program may go on to write it
    (`'...&utm_medium=' + medium`), and nothing is said to be missing there.

    A Google Play store listing (`play.google.com/store/apps/...`) is Google's page: no GA4 property reads the utm
    parameters on its own query, and an install is credited to a campaign only from the link's `referrer`
    parameter, which Google Play hands to the app (Play Install Referrer) for GA4 / Firebase to read. Google
    documents only that path: "To attribute an app download to a campaign, you must add a referrer parameter to
    any links that point to Google Play Store"
    (https://developers.google.com/analytics/devguides/collection/android/v4/campaigns, Google Play Campaign
    Attribution; the same in https://developer.android.com/games/playgames/user-acquisition). In a campaign file, `utmlint render` and
    `build` write the tags there too (`&referrer=utm_source%3Dgithub%26utm_medium%3Dreferral...`, as Google's Play
    URL builder does), so the listing's link is judged as any other: without a medium GA4 files the install under
    Unassigned. A listing whose `url:` already has a `referrer` keeps it as written, so the campaign's tags reach
    GA4 only if that referrer carries them: it is reported when it has no `utm_source`, and when its utm_source,
    utm_medium or utm_campaign differ from the campaign's (the message names both and the channel of each; render's
    GA4 channel column shows the referrer's). In a link `utmlint scan`
    finds, tags on the listing's own query are not asked for a medium: adding one there would change nothing
    (Play Console's acquisition report reads only `utm_source` and `utm_campaign` there, as Google's "Get it on
    Google Play" badge links carry them). So is a link code builds on a constant the file sets to a store's listing
    (`${base}${sep}utm_source=website&...` with `base = store === "ios" ? IOS_URL : ANDROID_URL`, each an App Store or
    Google Play listing): the store's own query. A link code builds on another name's address right before the
    query's `&` (`${urls.DONATE_BASE_URL}&utm_source=android`) holds that address's keys too: unless the file sets
    the name (then its keys are read), no key is said to be missing there. Nor is a marketplace's seller page (a shop's store on Ozon,
    `ozon.ru/seller/...`, or Yandex Market, `market.yandex.ru/business--...`; a provider's profile on a care
    marketplace, Headway's `care.headway.co/providers/...`: rules/marketplace-pages.txt): the marketplace's page, whose
    seller account reads the tags, never a GA4 property of the seller's.

    ## Why is this bad?
    GA4 files a visit in a channel by its source and medium: without a medium it records `source / (not set)`, which
    it files under Unassigned (unless the source alone names a channel, `twitter`), without a source `(not set) /
    medium`. Without a campaign the visit keeps its source, medium and channel, but its campaign reads `(not set)`:
    the campaign's visits and conversions are credited to no campaign.

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
    play = play_listing(link.url)
    if play and has_play_referrer(link.url) and not _referrer_tagged(link.url):
        yield ctx.report("this Google Play link has its own `referrer`, which utmlint keeps as written, and GA4 "
                         "credits an app install only from that parameter: the campaign's tags are not in it, so "
                         "the install is credited to no campaign; remove `referrer` from `url:` (render then writes "
                         "the tags into it) or write them into it (`referrer=utm_source%3D...%26utm_medium%3D...`)",
                         link.pos)
        return
    written = written_play_referrer(link.url) if play else None
    if written is not None:
        from .tracking.play_referrer import play_referrer_unencoded

        unencoded = play_referrer_unencoded(link.url.strip())
        if unencoded:  # `referrer=utm_source=a&utm_medium=b`: read as meant; play-referrer-unencoded says the rest
            written = written_play_referrer(unencoded[0].fixed) or written
    if written is not None and any(written.get(p) != link.params.get(p) for p in _REQUIRED):
        yield ctx.report(_referrer_disagrees(written, link), link.pos)
        return
    missing = [p for p in _REQUIRED if not link.params.get(p)]
    if not missing:
        return
    from ..phrases import joined

    typos = _misspelled_here(link) if link.campaign.doc is not None else {}
    if all(KEY_FOR_PARAM[p] in typos for p in missing):
        # `medum: paid-social`: the typo is the mistake, and its rename the fix; onefinding drops this finding beside
        # schema-violation's "did you mean `medium`?" (one typo, one finding), so it speaks only when that is silenced
        from ..onefinding import TYPO_MARK  # the words onefinding reads (imported here only: start-up)

        named = joined([f"`{typos[KEY_FOR_PARAM[p]][0]}:` {typos[KEY_FOR_PARAM[p]][1]} {TYPO_MARK} "
                         f"`{KEY_FOR_PARAM[p]}`" for p in missing])
        keys = joined([f"`{KEY_FOR_PARAM[p]}`" for p in missing], "or")
        yield ctx.report(f"this link has no {keys}: {named}; rename it", link.pos)
        return
    from .tracking.key_unknown import misspelled_names

    in_url = misspelled_names(link.url)
    if all(p in in_url for p in missing):
        # `?utm_souce=newsletter` in `url:`: the typo is the mistake, and utm-key-unknown's rename the fix; onefinding
        # drops this finding beside its "did you mean `utm_source`?" (one typo, one finding: newuser49 F9), so it
        # speaks only when that is silenced
        from ..onefinding import URL_TYPO_MARK  # the words onefinding reads (imported here only: start-up)

        named = joined([f"`{in_url[p]}` {URL_TYPO_MARK} `{p}`" for p in missing])
        keys = joined([f"`{KEY_FOR_PARAM[p]}`" for p in missing], "or")
        yield ctx.report(f"this link has no {keys}: its URL's {named}; rename it", link.pos)
        return
    from ..suggest import medium_for

    names = [f"`{KEY_FOR_PARAM[p]}`" for p in missing]
    keys = joined(names, "or")
    where = "set it on the campaign, the step or the link"
    unknown = link.campaign.platform_name if link.campaign.platform is None else None
    if unknown:  # `platform: intercomm`: the file did name one, which platform-unknown reports
        from ..onefinding import NO_PROFILE  # the words onefinding reads (imported here only: start-up)

        where = f"`platform: {unknown}` {NO_PROFILE}: fix its name, or {where}"
    elif "utm_campaign" not in missing or len(missing) > 1:
        where += ", or name a `platform:`"
    why = ""
    if "utm_medium" in missing and link.params.get("utm_source"):
        source = link.params["utm_source"]
        filed = channel_without_medium(source, link.params.get("utm_campaign"))
        why = (f": GA4 records these visits as `{source} / (not set)` and files them under "
               + ("Unassigned, so they show in no channel report" if filed == "Unassigned" else filed))
        if play:  # render writes the tags into `referrer`, where GA4 reads an install's campaign
            why = why.replace("these visits", "the app installs (from the `referrer` render writes)", 1)
    suggestion = medium_for(link, ctx) if "utm_medium" in missing else None
    hint = f"; write `medium: {suggestion}`" if suggestion and missing == ["utm_medium"] else ""
    yield ctx.report(f"this link has no {keys}{why} ({where}){hint}", link.pos)


def _misspelled_here(link) -> dict:
    """{key: (its typo, where it is)} for the keys (`medium`) that a misspelled key (`medum:`) on the link, its step
    or its campaign would supply once schema-violation's "did you mean `medium`?" renames it: that the link has no medium is that typo again, one
    mistake, one finding (stranger17 R13 for `campain:`; stranger19 R1: `medum:` on a campaign or a step still gave
    every link an error whose advice, `cpc`, was another value than the one the typo holds)."""
    doc = link.campaign.doc
    if not isinstance(doc.data, dict):
        return {}
    typos = getattr(doc, "_typo_keys", None)
    if typos is None:  # once a file: the typos schema-violation renames, by the mapping holding each
        from ..schema import validate

        typos = [(error.path[:-1], error.suggestion, error.path[-1])
                 for error in validate(doc.data, "campaign.schema.json") if error.at_key and error.suggestion]
        try:
            doc._typo_keys = typos
        except AttributeError:
            pass
    scopes = {(): "on the campaign", tuple(link.path): "on the link",
              **({tuple(link.step.path): "on its step"} if link.step is not None else {})}
    return {key: (typo, scopes[tuple(where)]) for where, key, typo in typos if tuple(where) in scopes}


@rule(code="UTM102", name="medium-unassigned", severity="error", target="link")
def medium_unassigned(link: Link, ctx: Context) -> Iterator[Report]:
    """GA4 would file the link's visits under Unassigned.

    ## What it does
    Predicts the GA4 default channel of each tracked link from its source, medium and campaign (Google's
    published rules, in order) and reports links that land in no channel. The advice names the medium to write
    where one is clear, else where each kind of link belongs (a page's `referral`, an e-mail's `email`, a post's
    `social`, a text message's `sms`, and `app`, which GA4 counts as Referral, for a link in the team's own app or
    extension to its site: named first when the source names an app, `android`, `ios`, `desktop`); for a medium that says ad or sponsorship (`ad`,
    `sponsored`, `sponsoredpost`) it names the paid kind (`cpc`, Paid Other) beside the unpaid ones, never an unpaid
    one alone (a podcast's ad, `sponsoredpodcast`, is told `audio`: GA4's Audio channel is for ads on audio platforms;
    a medium saying it was not paid for, `guestpodcast` or `podcast_notes`, is never told an ad channel's medium).
    A medium of a placement no default channel is for (`qr`, `print`, `rss`) is told so, with the way to give it one
    (a custom channel group), not a medium of another channel. A team's `mediums:` list is asked first; when it
    holds no medium of the link's channel, that channel's medium is named all the same, with the note that the list
    lacks it (`podcast` is told `audio`, never the list's `email`); when no channel can be told, the advice is by
    placement as without a list, each placement named with the list's word for its channel (`referral` on a page),
    never the list's first words whatever their channel (`cpc` for a docs page's link). Beside a source naming the code host (`github`),
    whose links are read on a page there, `referral` comes first,
    and a near value of another channel (`newsletter` -> `email`) only for a link that is in that placement itself.
    In links `utmlint scan` finds, tags that a site writes itself into the links to itself it hands out (Gitter's
    badge, create-next-app's template links, Vercel's "Powered by Vercel" link: `rules/platform-written-tags.txt`)
    are that site's, not the team's to change, and are not reported unless `own-hosts` names the site. Nor is a
    link whose only `utm_` keys are none of GA4's campaign keys (`?utm_product_name=GoLand`, an IDE plugin's own;
    `?utm_button=Sign%20up`, a Typeform hidden field): it is tagged for someone's own scheme, not for a GA4 campaign.

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
    from ..suggest import medium_for, medium_spelling, vocabulary as run_vocabulary

    medium = link.params["utm_medium"]
    respelled = medium_spelling(medium, ctx)
    if respelled != medium and settled(medium, ctx.config.separator) != medium and predict_channel(
            link.params.get("utm_source"), respelled, link.params.get("utm_campaign")).channel != "Unassigned":
        return  # `Email ` is value-whitespace's finding: its fix puts the link back in a channel
    from .vocabulary import swap_advice, swapped

    # GitHub's FUNDING.yml: the repository's own sponsor button on its page, unpaid whatever its medium says (corpus
    # 14 #3: MagePal's `utm_medium=github%20sponsor` was offered `cpc` first, which files it in Paid Other)
    funding = getattr(ctx.config, "link_place", "") == "funding"
    says_paid = _says_paid(medium) and not funding

    def kept(suggestion):
        if suggestion and says_paid and predict_channel(link.params.get("utm_source"), suggestion,
                                                        link.params.get("utm_campaign")).channel not in _AD_CHANNELS:
            return None  # `Github_Repo_Content_Ad` is a sponsor's ad: a word of it (`github`) naming a page is no
            # reason to file it as unpaid; both kinds are named below
        if suggestion and not says_paid and _says_unpaid(medium) and predict_channel(
                link.params.get("utm_source"), suggestion, link.params.get("utm_campaign")).channel in _AD_CHANNELS:
            return None  # `guestpodcast` is a guest's show notes, no ad: `audio` would file it with audio ads; the
            # unpaid placements are named below
        return suggestion

    is_swapped = swapped(link, ctx)
    all_team_mediums = run_vocabulary(ctx).team_mediums
    suggestion = None if is_swapped else kept(medium_for(link, ctx))
    team_mediums = all_team_mediums[:4]  # the team's own list, when it has one; else where each fits
    unlisted = None  # the medium the link's channel needs, which the team's list does not hold (stranger17 R3)
    if suggestion is None and team_mediums and not is_swapped:
        unlisted = kept(medium_for(link, ctx, team_list=False))
    source = link.params.get("utm_source")
    from .tracking.copied_owner import normalize_source
    from .tracking.copied_posted import read_here

    # a source naming the code host (`github`) says the link is read on a page there, a README or docs: `email`,
    # `social` or `sms` would each file that page's link in a wrong channel (stranger10 R15)
    code_host = not team_mediums and source and read_here(normalize_source(source))
    elsewhere = ""
    if code_host and suggestion:
        # `utm_source=github&utm_medium=newsletter`: GA4's near value (`email`) reads the link as sent in an e-mail,
        # but the source says it is read on a page there (a README's "subscribe" link): one value alone would move
        # that page's link to Email; both readings, the page's first (stranger11 R6)
        channel = predict_channel(source, suggestion, link.params.get("utm_campaign")).channel
        if channel != "Referral":
            elsewhere = f"; `medium: {suggestion}` if it is in {_PLACED_IN.get(channel, f'a placement of {channel}')}"
            suggestion = None
    code_host = code_host and not suggestion
    offline = not suggestion and _word(medium) in _OFFLINE
    hint = (f"; write `medium: {suggestion}`" if suggestion else
            # the team's list holds no medium of the link's channel: its words would each move the link (a podcast's
            # `podcast` was offered `email` first); the channel's medium, and that the list lacks it
            f"; write `medium: {unlisted}`, which GA4 files under "
            f"{predict_channel(source, unlisted, link.params.get('utm_campaign')).channel} (it is not on the team's "
            f"`mediums` list yet: add it there)"
            if unlisted else
            # the team's list beside a link whose channel nothing tells: each place's medium, the list's own word for
            # that channel where it has one; its first words alone (`email`, `push`, `paid-social`, `cpc`) would file a
            # docs page's link under Email or Paid Search (stranger19 R5; issue 12: "offers `cpc` first")
            _placed_with_list(link, all_team_mediums) if team_mediums and not offline and
            not says_paid else
            # a medium that says ad or sponsorship (`ad`, `sponsored`): the unpaid mediums alone would file a paid
            # placement as unpaid; which one it is only the team knows, so both kinds are named
            "; use a medium GA4 knows for what the link is: for a paid placement (an ad, a sponsorship) a paid "
            "medium such as `cpc` (Paid Other; `display` for a banner); for an unpaid link, `referral` on a page, "
            "`email` in an e-mail, `social` in a social-media post" if says_paid else
            "; write `medium: referral`: a FUNDING.yml link is the repository's own sponsor button on its GitHub page, "
            "an unpaid link that GA4 counts as Referral" if funding else
            # a QR code, a flyer, a feed: no default channel is for them, and `referral`, `email`, `social` or `sms`
            # would each file them in a channel they are not (stranger11 R15)
            f"; GA4's default channels have none for {_OFFLINE[_word(medium)]}: keep `{medium.strip()}` and add a "
            f"custom channel group in GA4 that matches it, so these visits get a channel of their own (without one "
            f"they stay Unassigned)" if offline else
            f"; write `medium: referral` if the link is on a page of {source} (a README, docs): GA4 counts a page's links "
            f"as Referral{elsewhere}" if elsewhere else
            f"; write `medium: referral`: a link tagged `{source}` is read on a page there (a README, docs), and "
            f"GA4 counts a page's links as Referral" if code_host else
            _by_placement(source))
    if suggestion is None and not team_mediums:
        hint += _ad_medium_passed_over(medium, link)
    if suggestion is None and is_swapped:  # one mistake, one piece of advice: source-medium-swapped's
        hint = f"; its source and medium look swapped (source-medium-swapped): {swap_advice(link, ctx)[1]}"
    pasted = _typed_for_ampersand(medium)
    if pasted and suggestion:  # `email=utm_content=x`: keep the parameter the `=` swallowed in the advice
        from ..phrases import joined

        named = [f"`medium: {suggestion}`", *pasted]
        hint = f"; a `&` was typed as `=`: write {joined(named)}"
    with_source = f" (with utm_source `{source}`)" if source else ""
    yield ctx.report(f"GA4 files utm_medium `{medium}`{with_source} under Unassigned, so these visits show in no "
                     f"channel report{hint}", link.param_pos("utm_medium"))


# medium-unassigned's advice by placement, without a team's list: each placement's medium GA4 knows. A link in the
# team's own app or extension to its site (a menu's help link, a settings screen's, an upgrade prompt) is one too
# (corpus 46 #59, Password Boss' Android app's `utm_medium=Menu`; corpus 5, GitLens' `in-app-links`): GA4's Referral
# channel takes the medium `app` (Google's table: `referral`, `app` or `link`), named first when the source says the
# link is in an app (`android`, `ios`, `desktop`, `extension`: corpus46)
_GENERIC_PLACES = ("`referral` on a page (a README, docs, a website)", "`email` in an e-mail",
                   "`social` in a social-media post", "`sms` in a text message")
_IN_APP = "`app` in your own app (a menu, a settings screen, an upgrade prompt linking to your site)"


def _by_placement(source: "str | None") -> str:
    """The generic advice by placement, the team's own app first when the source names one (intent.names_an_app)."""
    from ..intent import names_an_app

    places = (_IN_APP, *_GENERIC_PLACES) if names_an_app(source or "") else (*_GENERIC_PLACES, _IN_APP)
    return "; use a medium GA4 knows for where the link is placed: " + ", ".join(places)


# Where an unpaid link is placed, the medium GA4 files there, and that channel (medium-unassigned's advice when no
# channel can be told from the values)
_PLACES = (("referral", "on a page (a README, docs, a website)", "Referral"), ("email", "in an e-mail", "Email"),
           ("social", "in a social-media post", "Organic Social"), ("sms", "in a text message", "SMS"))


def _placed_with_list(link: Link, team: "tuple") -> str:
    """medium-unassigned's advice by placement beside the team's `mediums:` list: for each place the list's word
    that GA4 files in that place's channel (with this link's source and campaign), else GA4's own word, said to be
    missing from the list; never the list's words of other channels (stranger19 R5). The team's own app is a place too
    (`app`, Referral: _IN_APP), named with the list's `app`, else with the page's word where the list gives its Referral
    word (`referral` on a page or in your own app), first when the source names an app."""
    from ..intent import names_an_app
    from ..phrases import joined

    source, campaign = link.params.get("utm_source"), link.params.get("utm_campaign")
    named, missing = [], []
    for word, place, channel in _PLACES:
        own = next((m for m in team if predict_channel(source, m, campaign).channel == channel), None)
        named.append(f"`{own or word}` {place}")
        if own is None:
            missing.append(f"`{word}`")
    in_app = _IN_APP.split(" ", 1)[1]
    app_word = "app" if "app" in team and predict_channel(source, "app", campaign).channel == "Referral" else None
    if app_word is None and "`referral`" not in missing:
        named[0] += " or " + in_app  # the list's Referral word is the app's too: `referral` on a page or in your app
    else:
        app = f"`{app_word or 'app'}` {in_app}"
        if app_word is None:
            missing.append("`app`")
        named = [app, *named] if names_an_app(source or "") else [*named, app]
    lacking = (f" ({joined(missing)} "
               f"{'are' if len(missing) > 1 else 'is'} not on the team's `mediums` list: add "
               f"{'them' if len(missing) > 1 else 'it'} if your links are placed there)") if missing else ""
    return f"; use a medium GA4 knows for where the link is placed: {', '.join(named)}{lacking}"


# Placements no default channel is for (a QR code, print, a feed): the word, compared without separators or case
_PRINT = "print or QR codes (a flyer, a poster)"
_OFFLINE = {**dict.fromkeys(("qr", "qrcode", "print", "flyer", "flyers", "poster", "posters", "offline", "billboard",
                             "postcard", "brochure", "sticker", "stickers", "packaging", "directmail"), _PRINT),
            **dict.fromkeys(("rss", "feed", "atom", "rssfeed"), "feeds (a feed reader's clicks)")}


def _word(medium: str) -> str:
    return _NOT_WORD.sub("", medium.lower())


# Where a link sits that GA4 files under a channel by its medium (medium-unassigned's second reading)
_PLACED_IN = {"Email": "the e-mail itself", "Organic Social": "a social-media post", "SMS": "a text message",
              "Mobile Push Notifications": "a push notification", "Audio": "an audio ad or podcast",
              "Organic Video": "a video's description"}


_SPONSOR_WORDS = frozenset({"sponsor", "sponsors", "sponsorship", "sponsorships", "sponsoring"})
_NOT_WORD = lazy_compile(r"[^a-z0-9]+")
# an ad or sponsorship word run together with the placement it paid for (`sponsoredpodcast`, `sponsorednewsletter`,
# `promotedtweet`, corpus 15 #63)
_RUN_TOGETHER_PAID = lazy_compile(r"(?:sponsor(?:ed|ing|ship)?|advertising|promoted)[a-z]{3,}")
# The channels of ads: GA4's paid groups, and Audio, which Google describes as visits from ads on audio platforms
# (podcasts among them: "[GA4] Default channel group"); a paid medium's suggestion stays in one of them.
_AD_CHANNELS = PAID_GROUPS | {"Audio"}


# a word saying the placement was not paid for (a guest appearance, free show notes), alone or run together with the
# placement (`guestpodcast`, `freepodcast`, `unsponsored_podcast`, `podcast_notes`)
_UNPAID_WORDS = ("guest", "free", "organic", "unpaid", "unsponsored", "nonpaid", "notes", "shownotes")


def _says_unpaid(medium: str) -> bool:
    """Whether a medium says the link was not paid for (`guestpodcast`, `unsponsored_podcast`, `podcast-notes`):
    an ad channel's medium (`audio`: GA4's Audio channel is for ads on audio platforms) would file it as an ad
    (stranger13 R9)."""
    words = [word for word in _NOT_WORD.split(medium.strip().lower()) if word]
    return any(word.startswith(unpaid) or word.endswith(unpaid) for word in words for unpaid in _UNPAID_WORDS)


def _says_paid(medium: str) -> bool:
    """Whether a medium says the link is an ad or a sponsorship (`ad`, `sponsored`, `nl_ad_1`, `sponsorship`,
    `sponsoredpodcast`)."""
    folded = medium.strip().lower()
    words = _NOT_WORD.split(folded)
    return ad_word(folded) is not None or any(word in _SPONSOR_WORDS or _RUN_TOGETHER_PAID.fullmatch(word)
                                              for word in words)


def _ad_medium_passed_over(medium: str, link: Link) -> str:
    """Why the medium GA4 knows nearest to `medium` is not suggested, when it is an ad channel's and the medium
    says nothing of payment (suggest.medium_for: `bfcm_banner`'s `banner` is Display), or Affiliates' and the medium
    is more than the affiliate word (`affiliate_settings`); else nothing."""
    from ..channels import medium_suggestions, predict_channel
    from ..platforms import PAID_GROUPS
    from ..suggest import COMMISSION_GROUPS, says_affiliate, says_paid

    if says_paid(medium):
        return ""
    for near in medium_suggestions(medium)[:1]:
        channel = predict_channel(link.params.get("utm_source"), near, link.params.get("utm_campaign")).channel
        if channel in PAID_GROUPS:
            return (f" (`{near}` would file them under {channel}, an ad channel: right only for a placement "
                    "you paid for)")
        if channel in COMMISSION_GROUPS and not says_affiliate(medium):
            return (f" (`{near}` would file them under {channel}: right only for a link an affiliate places "
                    "for a commission)")
    return ""


def _typed_for_ampersand(medium: str) -> "List[str] | None":
    """`content: x` (or `` `utm_xyz=x` as a parameter of its own``) when the medium holds a utm key after a `=`,
    a `&` typed as `=` (`email=utm_content=x`, values.pasted_key): the advice must keep that parameter, which GA4
    never read, rather than drop it with the rest of the broken value (review7 F8). The rest may hold more of the
    query (`email=utm_content=hero&utm_term=x`): each parameter is named on its own, never `content: hero&utm_term=x`,
    which render would write `hero%26utm_term%3Dx` (stranger8 S9)."""
    from .values import pasted_key

    pasted = pasted_key(medium)
    if not pasted or medium.lstrip().startswith(pasted):  # a key pasted over the value: nothing to keep
        return None
    first, *others = medium.split("=" + pasted, 1)[1].split("&")
    fields = [(pasted[:-1].strip(), first)] + [tuple(o.split("=", 1)) if "=" in o else (o, "") for o in others if o]
    from ..urls import unquote

    named = []
    for name, value in fields:
        value = unquote(value)  # a pasted query's escapes (`x%20y`): render encodes the value itself (stranger9 R14)
        key = KEY_FOR_PARAM.get(name.lower())
        named.append(f"`{key}: {value}`" if key else f"`{name}={value}` as a parameter of its own")
    return named


@rule(code="UTM109", name="medium-channel-intent", severity="warning", target="link")
def medium_channel_intent(link: Link, ctx: Context) -> Iterator[Report]:
    """The link's own values say one channel, and GA4 files it under another.

    ## What it does
    Reports the shapes where a link's values state its intent and GA4's rules, applied in order, send it
    elsewhere: a medium that only looks paid (`platform-mcp` contains `cp`, which GA4's paid rule takes as
    cost-per-click), an ad whose medium GA4's paid pattern does not read (`sponsored`, `ads`, `boosted`, `promoted`,
    `social-paid` beside a source on Google's social, search, video or shopping list:
    `utm_source=linkedin&utm_medium=sponsored` lands in Organic Social with the unpaid posts; the advice names the
    paid medium, `paid-social` or `cpc`, if the placement was paid for; where the campaign names its platform,
    platform-medium-mismatch says it), a campaign file's ad (`type: ad`) GA4 files as unpaid all the same (`source:
    linkedin`, `medium: social`: Organic Social; the advice names the medium GA4 reads as paid there), an e-mail made
    paid (`utm_source=email&utm_medium=retargeting` lands in
    Paid Other), the medium `organic` from a source that is no search engine (`producthunt`: Organic Search; a search
    engine's domain, `google.com`, is one), an e-mail medium beside a source on GA4's social, video or search lists
    (`utm_source=reddit&utm_medium=email`: Organic
    Social); a newsletter tagged social (`utm_source=svelte_newsletter&utm_medium=social`: Organic Social; the
    advice names Email for an e-mailed newsletter, Referral for a page on a site, and `social` kept with the network
    named for a post on a social network; a social network's own newsletter, `linkedin_newsletter` or
    `li_newsletter`, is read on the network, and a post asking people to subscribe, `utm_campaign=newsletter-signup`,
    or any such link in a file of social posts (`social/`, in `scan`), belongs in Organic Social: all left alone);
    and a link GA4 files under
    Organic Shopping by its campaign name alone while its medium is one GA4 does not know
    (`utm_medium=accelerator&utm_campaign=live-shopper`: where it lands, and both ways, leave it or rename the
    campaign; not where the source or medium speaks of a shop); and a paid medium beside an ad platform named by a
    spelling GA4's source lists do not hold (`utm_source=adwords&utm_medium=ppc`, a variant its platform profile
    lists: Paid Other, where `google` would reach Paid Search; the advice names the platform's source). Mediums that
    are meant to be paid (`cpc`, `cpm`,
    `paid-social`, `retargeting` from an ad source) are
    not reported. Also, as hedged notes at `info` (they never fail a run: the link may be right as it is), a medium
    that reaches Mobile Push Notifications only by containing `notification` or `mobile` (`utm_medium=notification`
    on a WordPress admin bar's link), not by saying `push`: right for a push notification, not for a notice in a
    web page; a medium that reaches Organic Video only by a word containing `video` that names something else
    (`utm_medium=mux-video`, a video product's name, on a README's links), not `video` itself; and a display medium
    (`banner`, `display`) from the code host a README or docs page is read on
    (`utm_source=github&utm_medium=banner`: Display, an ad channel: right for a sponsor's paid banner, not for the
    team's own unpaid one), or from the admin screens of the product the link is shown in (`utm_source=WP Admin >
    Donations > Settings`, `wp-admin`, `dashboard`: a plugin's own banner there is no ad), or from the team's own app
    or extension (`utm_source=extension`, `android`, `ios`, `desktop`: its own upgrade banner is no ad; the note names
    `utm_medium=app`, which GA4 counts as Referral); and a medium naming a
    subscription platform's paid tier (`utm_source=substack&utm_medium=paid_post`: Paid Other, with ads, where
    `paid` most likely names the post for paying subscribers; the note names `email` for it). These are said only
    where nothing names the message (a link checked by `scan` or `validate_url`; a campaign file that names a
    platform or the link's channel decides for itself).

    ## Why is this bad?
    The link lands in a channel report it does not belong to: an e-mail's conversions are credited to paid
    traffic or social, a launch post to search, and budgets follow the wrong numbers.

    ## Example
    ```yaml
    campaign: quiz-follow-up
    source: email
    medium: retargeting
    links:
      - url: https://example.com/offer
        content: day-3
    ```

    ## Use instead
    ```yaml
    campaign: quiz-follow-up
    source: newsletter
    medium: email
    links:
      - url: https://example.com/offer
        content: day-3
    ```
    """
    if not link.tracked or not link.params.get("utm_medium"):
        return
    values = (link.params.get("utm_source") or "", link.params["utm_medium"], link.params.get("utm_campaign") or "")
    place = getattr(ctx.config, "link_place", "")  # scan: a file of social posts, an e-mail template (linkplace)
    problem = (channel_intent_problem(*values, posted=place == "social", mailed=place == "email")
               or shopping_by_campaign_problem(*values))
    typed_ad = problem is None and link.campaign.type == "ad"
    if typed_ad:  # the campaign says it is an ad, and GA4 files it as unpaid (`linkedin`/`social`: Organic Social)
        problem = ad_filed_unpaid_problem(*values)
    if problem is not None and (typed_ad or ad_word(values[1].strip().lower()) is not None):
        from .vocabulary import mismatch

        if mismatch(link, ctx) is not None:
            problem = None  # an ad's medium where the campaign names its platform: platform-medium-mismatch says it
    variant = ad_platform_variant_problem(*values) if problem is None else None
    if problem is not None:
        yield ctx.report(problem, link.param_pos("utm_medium"))
    elif variant is not None:  # `adwords` with a paid medium: the source is what to change (Paid Other -> Paid Search)
        yield ctx.report(variant, link.param_pos("utm_source"))
    elif not link.channel_written and link.campaign.platform is None:  # a campaign's platform or channel says
        # whether it is a push or a paid banner; where nothing does, a note, never a failure: the link is right as
        # it is if it comes from a mobile app (stranger8 S18) or is a sponsor's paid banner (stranger9 R1)
        note = push_by_word_problem(*values) or video_by_word_problem(*values) or display_on_code_host_note(*values) \
            or display_in_admin_note(*values) or display_in_app_note(*values) or paid_tier_note(*values)
        if note is not None:
            yield ctx.report(note, link.param_pos("utm_medium"), severity="info")


@rule(code="UTM103", name="source-domain-style", severity="warning", target="campaign", fixable=True, scan_fix="safe")
def source_domain_style(campaign: Campaign, ctx: Context) -> Iterator[Report]:
    """utm_source is a domain or `-io` form of a platform's name.

    ## What it does
    Finds sources written as the platform's domain (`intercom.com`, `www.intercom.com`) or with its TLD glued on
    (`intercom-io`) where the platform name (`intercom`) is the convention.

    A source whose platform name would move a link to another GA4 channel group is left alone: `li` beside
    `utm_medium=email` is Email, `linkedin` there Organic Social (GA4 tests its social list before the medium,
    and `li`, `x` and `www.linkedin.com` are not on it). A second source row is a smaller harm than an e-mail's
    visits counted as social ones.

    Meta's `fb` is left alone where another campaign file of the repo lets Meta write its source
    (`{{site_source_name}}`, which writes `fb` on every Facebook placement's click): there `facebook` would split the
    typed links from Meta's own rows, and source-fragmentation tells a `facebook` beside it to write `fb`; `scan`
    leaves a doc's or an ad sheet's `fb` alone there too.

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
    uses = uses_of(campaign)
    for path, value in written_values(campaign, "source"):
        if platform_variant(value, ctx, uses) is None:
            # the platform's own name or auto-set value, a case slip (value-case), unrelated, or a name that would
            # move a link to another channel group: `li` beside `utm_medium=email` is Email, `linkedin` there
            # Organic Social (GA4 tests its social list before the medium); a second source row is the lesser harm
            continue
        found = match_source_variant(value, ctx.platforms)
        if found is None:
            continue
        platform, kind = found
        if kind not in ("domain", "io-suffix", "variant"):
            continue
        fix = replace_value(campaign.doc, path, platform.source, f"use `{platform.source}`")
        yield ctx.report(f"utm_source `{value}` is a {'domain' if kind == 'domain' else 'variant'} of {platform.source_display}; "
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
