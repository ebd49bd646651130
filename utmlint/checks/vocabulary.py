"""UTM1xx, vocabulary: sources and mediums checked against the team's lists and the platform profiles.

Like the value rules, these judge a value as value-whitespace, value-case and value-separator would fix it
(`Email ` is their finding, not medium-not-allowed's), and they never report a platform's defaults.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Iterator, Optional, Sequence

from ..channels import source_category
from ..diagnostics import Fix
from ..fixes import replace_value
from ..lazyregex import lazy_compile
from ..model import written_values
from ..platforms import match_source_variant
from ..registry import Report, rule
from ..spelling import has_placeholder, residue, settled, shown
from ..suggest import (key as spelling_key, medium_for, medium_spelling, moved, platform_variant, quoted, sent_by,
                       source_spelling, uses_of, vocabulary)

if TYPE_CHECKING:
    from ..engine import Context
    from ..model import Campaign, Link

# Mediums people write, beyond what the platform profiles list: a source equal to one of these is a medium.
_MEDIUM_WORDS = frozenset({
    "email", "e-mail", "e_mail", "newsletter", "cpc", "ppc", "cpm", "cpv", "cpa", "paid", "paid-social",
    "paidsocial", "paid_social", "social", "social-media", "social-network", "organic", "referral", "affiliate",
    "display", "banner", "push", "web-push", "mobile-push", "sms", "video", "retargeting", "audio",
    # a kind of channel GA4 has no medium for (its Audio channel's medium is `audio`): a source `podcast` beside a
    # medium naming the show is swapped (corpus 10 #44-#54, rustacean-station's `utm_source=podcast&utm_medium=
    # rustacean-station`)
    "podcast",
    # a kind of placement, written where the sender's name belongs: `utm_source=website&utm_medium=confstech` in
    # confs.tech's own sponsor list (corpus 11 #55-#58), `utm_source=nl&utm_medium=write_the_docs` (the newsletter,
    # #136)
    "website", "web", "site", "nl", "blog", "partner",
    # the product's own screens (`utm_source=in-app&utm_medium=kadence-blocks`, Kadence Blocks' settings page: corpus
    # 12 #20)
    "in-app", "inapp", "in-product", "dashboard",
})
_MAX_LISTED = 8
_WORDS_CACHE: dict = {}  # id(platforms mapping) -> (mapping, medium words of its profiles)


def _listed(values: Sequence[str]) -> str:
    shown_values = ", ".join(f"`{v}`" for v in values[:_MAX_LISTED])
    return shown_values + (f" and {len(values) - _MAX_LISTED} more" if len(values) > _MAX_LISTED else "")



def _config_name(ctx, key: str = "") -> str:
    """The config file that sets the list `key` names (`sources`), as the user can paste it from where they stand:
    relative to the working directory when inside it, else absolute, as the files checked are named (an agency's
    `clients/harbor-dental/.utmlint.yaml` from the top, `.utmlint.yaml` from the client's folder: newuser48b, "(`sources` in
    .utmlint.yaml)" from the top did not say which of the repo's configs held the list; review48 F4, the client's
    config named from the top when standing in its folder). The cache keeps results per working directory
    (Config.fingerprint_text)."""
    origin = ctx.config.origins.get(key) if key else None
    return _config_file_name(origin[0] if origin is not None else ctx.config.source)


def _config_file_name(source) -> str:
    from ..config import shown_from_cwd

    return ".utmlint.yaml" if source is None else shown_from_cwd(source)


def _list_named(ctx, key: str) -> str:
    """Where the team's list `key` (`sources`) is written: "`sources` in .utmlint.yaml", and each config of the
    `extend` chain that adds to it ("and `extend-sources` in clients/acme/.utmlint.yaml")."""
    written = getattr(ctx.config, "list_files", {}).get(key)
    if not written:
        return f"`{key}` in {_config_name(ctx, key)}"
    return " and ".join(f"`{name}` in {_config_file_name(path)}" for name, path in written)


def _nearest(value: str, allowed: Sequence[str]) -> Optional[str]:
    folded = {a.casefold(): a for a in allowed}
    import difflib  # here: only a value outside the vocabulary needs it (heapq and difflib cost every run)

    close = difflib.get_close_matches(value.casefold(), list(folded), n=1, cutoff=0.6)
    return folded[close[0]] if close else None


def _near_spelling(value: str, allowed: Sequence[str]) -> Optional[str]:
    """The word of the team's source list that `value` is a spelling of (case and separators aside, or one typo
    apart as the repo-wide rules join spellings: 1 edit for 5+ characters, 2 for 9+), else None. A source names who
    sent the visits, so only a spelling of a list word is offered: `mailchimpp`, `news-letter`, never `intercom` for
    `partner.com` or `newsletter` for `devpod` (stranger19 R4: difflib's likeness offered both)."""
    from ..channels import edit_distance
    from .repo import _allowed_distance, _differ_by_design

    key = spelling_key(value)  # case and separators aside
    best = None
    for word in allowed:
        other = spelling_key(word)
        if not key or not other:
            continue
        if key == other:
            return word
        limit = _allowed_distance(min(len(key), len(other)))
        if limit and not _differ_by_design(value.casefold(), word.casefold()):
            distance = edit_distance(key, other, limit)
            if distance <= limit and (best is None or distance < best[0]):
                best = (distance, word)
    return best[1] if best else None


def _not_allowed(campaign, ctx, key: str, allowed: Sequence[str], spelling, reported_elsewhere=frozenset()) -> Iterable:
    if not allowed:
        return
    allowed_set = frozenset(allowed)
    swapped_at = {link.origins[f"utm_{key}"].path for link in campaign.all_links
                  if f"utm_{key}" in link.origins and swapped(link, ctx)}
    separator = ctx.config.separator
    # a value only untracked links inherit (a banner step's `medium: in-app` over links inside the product, a
    # `track: false` link's own): no link carries it, it starts no GA4 row, and "add it to the list" would approve a
    # medium no report has seen (newuser46 F3: `in-app`, which GA4 leaves Unassigned); a value no link inherits yet (a
    # draft without links) is still judged
    reached: dict = {}
    for link in campaign.all_links:
        origin = link.origins.get(f"utm_{key}")
        if origin is not None and origin.path is not None:
            reached[origin.path] = reached.get(origin.path, False) or link.tracked
    for path, value in written_values(campaign, key):
        if value in allowed_set or has_placeholder(value) or path in swapped_at or path in reported_elsewhere:
            continue  # source-medium-swapped, medium-unassigned or platform-medium-mismatch says what to do
        if reached.get(path) is False:
            continue
        uses = uses_of(campaign)
        suggestion = spelling(value, ctx, uses)
        if suggestion in allowed_set and (settled(value, separator) != value or _variant(key, value, ctx, uses)):
            continue  # a value rule (case, whitespace, separator) or source-domain-style respells it
        platform = _platform_named(key, value, suggestion, ctx)
        if platform is not None:
            # `fb`, `Facebook`, `facebook` name the platform that sent the click: another word of the list (`linkedin`)
            # would credit its visits to another sender, and source-domain-style or value-case already write the
            # platform's name (stranger17 R1: "use one of `linkedin`" on a Facebook ad). One value, one suggestion.
            name = platform.source
            if value in platform.auto_sources and name in allowed_set:
                # the spelling the platform writes by itself on the links it tags (Customer.io's URL parameters write
                # `customer.io`), beside a list that names the platform as its profile does (`customerio`): the list's
                # word is on it (stranger17 R10: "whose name `customerio` is not on it either" said it was not), and
                # the two spellings are two GA4 sources for one sender
                yield ctx.report(f"utm_{key} `{shown(value)}` is not on the team's list of {key}s ("
                                 f"{_list_named(ctx, f'{key}s')}), which spells {platform.source_display} `{name}`; "
                                 f"`{shown(value)}` is the spelling {platform.source_display} writes by itself on the "
                                 f"links it tags, and GA4 counts `{shown(value)}` and `{name}` as two sources: write "
                                 f"`{name}` here, and set {platform.source_display}'s own utm_source to `{name}` too, "
                                 f"so the links it tags are counted with these.", campaign.doc.pos(path))
                continue
            said = (f"`{name}` is {platform.source_display}'s name" if value == name else
                    f"it is {platform.source_display}'s, whose name `{name}` is not on it either")
            yield ctx.report(f"utm_{key} `{shown(value)}` is not on the team's list of {key}s ("
                             f"{_list_named(ctx, f'{key}s')}); {said}: if the team sends links from "
                             f"{platform.source_display}, add `{name}` to the list so everyone spells it the same way.",
                             campaign.doc.pos(path))
            continue
        if suggestion not in allowed_set:
            nearest = _near_spelling if key == "source" else _nearest
            suggestion = nearest(residue(value, separator) or value, allowed)
            if suggestion is not None and moved(f"utm_{key}", value, suggestion, uses):
                suggestion = None  # the team's word would file one of these links under another channel group
        keeping = [a for a in allowed if not moved(f"utm_{key}", value, a, uses)]
        paid = _paid_twin(value, uses) if key == "medium" else None
        if paid is not None:
            # `sponsored` says ad: medium-channel-intent tells it the paid medium (`paid-social`); the list's unpaid
            # words keep the ad organic, "use one of `social`" beside "write `paid-social`" (newuser43 F12). Offered
            # is the medium it names, if listed (another paid word of the list may reach the channel by GA4's pattern
            # and name another kind of ad: `paid-social` on a Google search ad reaches Paid Search)
            better, channel = paid
            keeping = [better] if better in allowed_set else []
            if suggestion not in keeping:
                suggestion = None
        elif key == "medium" and keeping:
            # a medium names the kind of traffic: a word of the list naming another (`email`) is no medium for a
            # Facebook post's `social`, though GA4, reading the source first, would keep it in Organic Social
            # (newuser43 F3: the README's own list told every organic post "use one of `email`"); offered are the
            # words that name, alone, the channel the value names alone or the one these links reach now
            from ..channels import channel_of

            kinds = {channel_of(*use) for use in uses if use[1] == value} | {channel_of(None, value, None)}
            keeping = [a for a in keeping if channel_of(None, a, None) in kinds]
        site = key == "source" and source_category(value) is not None
        if site:  # `ig` names a site GA4 knows: another site or platform of the list (`linkedin`) is another sender
            keeping = [a for a in keeping if source_category(a) is None and a not in vocabulary(ctx).platform_sources]
        hint = (f"did you mean `{suggestion}`?" if suggestion else
                # a source names who sent the visits: a word of the list that is no spelling of it is another sender
                # (`newsletter` for a podcast's `devpod`), so the list is named only for the case that one of them
                # sent these links (stranger19 R4: "use one of `newsletter`" credited a podcast's visits to it)
                f"it names the site `{shown(value)}`, and no word of the list is that site." if key == "source" and
                _names_a_site(value) else
                f"it is no spelling of a word of the list; write one of {_listed(keeping)} only if that is who sent "
                f"these links." if keeping and key == "source" else
                f"use one of {_listed(keeping)}." if keeping else
                f"no word of the list files these ads under {paid[1]}: if the placement was paid for, add "
                f"`{paid[0]}` to it." if paid is not None else
                "it names a site GA4 knows, and no word of the list is that site." if site else
                # every word of the list would file these links under another channel group (`audio`, GA4's Audio,
                # beside `email` and `referral`): naming them would move the links (stranger17 R1)
                f"none of the list's {key}s keeps these links in the channel they reach now, so do not swap it for "
                f"one of them.")
        yield ctx.report(f"utm_{key} `{shown(value)}` is not on the team's list of {key}s ("
                         f"{_list_named(ctx, f'{key}s')}), so it starts a new row in GA4 reports; {hint} If it is a new "
                         f"{key}, add it to the list so everyone spells it the same way.",
                         campaign.doc.pos(path))


def _paid_twin(medium: str, uses) -> "Optional[tuple]":
    """(the paid medium, its paid channel) medium-channel-intent names for a medium that says ad (`sponsored`,
    `ads`) where GA4 files its links as unpaid (intent.channel_intent_problem's shape), or None."""
    from ..intent import _PAID_FOR, ad_word
    from ..channels import channel_of

    if ad_word(medium.strip().lower()) is None:
        return None
    here = [use for use in uses if use[1] == medium]
    twins = {_PAID_FOR[channel_of(*use)] for use in here if channel_of(*use) in _PAID_FOR}
    if len(twins) != 1:
        return None
    better, channel = next(iter(twins))
    return (better, channel) if _files_all(medium, better, uses, channel) else None


def _files_all(value: str, medium: str, uses, channel: str) -> bool:
    """Whether `medium` in place of `value` files every link using it under `channel`."""
    from ..channels import channel_of

    here = [use for use in uses if use[1] == value]
    return bool(here) and all(channel_of(use[0], medium, use[2]) == channel for use in here)


def _platform_named(key: str, value: str, spelled: str, ctx):
    """The platform a utm_source not on the team's list names (its name, a variant source-domain-style reports, or
    a spelling the value rules respell to its name), or None."""
    if key != "source":
        return None
    for candidate in (value, spelled):
        for platform in ctx.platforms.values():
            if candidate == platform.source or candidate in platform.auto_sources:
                return platform
    found = match_source_variant(value, ctx.platforms)
    return found[0] if found is not None else None


def _variant(key: str, value: str, ctx, uses=()) -> bool:
    return key == "source" and platform_variant(value, ctx, uses) is not None


@rule(code="UTM105", name="source-not-allowed", severity="warning", target="campaign")
def source_not_allowed(campaign: Campaign, ctx: Context) -> Iterator[Report]:
    """utm_source is not in the team's `sources` list.

    ## What it does
    When the config lists the team's sources (`sources: [intercom, mailchimp]`), reports every written `source`
    that is not on the list, and names the word of the list it is a spelling of (`mailchimpp`, `mail-chimp`: case
    and separators aside, one typo apart, two for long words). An empty list allows any source. Platform defaults
    are never reported, and spellings that value-case, value-whitespace, value-separator or source-domain-style
    already explain (`Intercom`, `intercom.com`) are left to them. A source names who sent the visits, so a value
    that is no spelling of a list word (`devpod`, `producthunt`) is never told to become one, which would credit its
    visits to another sender: it is told to add it to the list, the list's words named only for the case that one
    of them sent the links; a source naming a platform, a site GA4 knows or a domain (`facebook`, `fb`, `ig`,
    `partner.com`) is not offered the list at all.

    ## Why is this bad?
    A source outside the list is usually a typo or a one-off name (`mailchimpp`, `mc-newsletter`): GA4 gives it
    its own row, and the platform's numbers are split between spellings.

    ## Example
    ```yaml
    campaign: spring-sale
    source: mailchimpp
    medium: email
    links:
      - url: https://example.com/sale
        content: hero
    ```

    ## Use instead
    ```yaml
    campaign: spring-sale
    source: mailchimp
    medium: email
    links:
      - url: https://example.com/sale
        content: hero
    ```

    ## Config
    The example needs these lines in `.utmlint.yaml`:
    ```yaml
    sources: [intercom, mailchimp]
    ```
    """
    # a source naming another platform than the campaign's is platform-source-mismatch's, which names the platform's
    # source: "add it to the list" would approve crediting one network's clicks to another (one mistake, one finding)
    elsewhere = {link.origins["utm_source"].path for link in campaign.all_links
                 if "utm_source" in link.origins and source_mismatch(link, ctx) is not None}
    yield from _not_allowed(campaign, ctx, "source", ctx.config.sources, source_spelling, elsewhere)


@rule(code="UTM106", name="medium-not-allowed", severity="warning", target="campaign")
def medium_not_allowed(campaign: Campaign, ctx: Context) -> Iterator[Report]:
    """utm_medium is not in the team's `mediums` list.

    ## What it does
    When the config lists the team's mediums (`mediums: [email, cpc, social]`), reports every written `medium`
    that is not on the list and suggests the nearest one. An empty list allows any medium. Platform defaults are
    never reported, and spellings that value-case, value-whitespace or value-separator already explain are left
    to them. A medium names the kind of traffic, so only list words of the same kind are offered, those that name
    alone the channel the value names alone or the one its links reach now: never `email` for a Facebook post's
    `social`, which GA4 would keep in Organic Social by its source while the medium report calls it e-mail. A medium
    that says ad (`sponsored`) where GA4 files it as unpaid is offered only the paid medium medium-channel-intent names
    (`paid-social`), never the list's unpaid words.

    ## Why is this bad?
    `email`, `e-mail` and `newsletter` all reach GA4's Email channel, but they are three rows in every
    source/medium report: a fixed list keeps one medium per kind of traffic.

    ## Example
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: e-mail
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

    ## Config
    The example needs these lines in `.utmlint.yaml`:
    ```yaml
    mediums: [email, cpc, social]
    ```
    """
    mediums = ctx.config.mediums
    if not mediums:
        return
    # A medium that lands in Unassigned, or that its platform uses otherwise, is reported by medium-unassigned
    # or platform-medium-mismatch, with the same suggestion: one mistake, one finding.
    elsewhere = {link.origins["utm_medium"].path for link in campaign.all_links
                 if "utm_medium" in link.origins and (unassigned(link) or mismatch(link, ctx) is not None)}
    yield from _not_allowed(campaign, ctx, "medium", mediums, medium_spelling, elsewhere)


def _medium_words(ctx) -> frozenset:
    cached = _WORDS_CACHE.get(id(ctx.platforms))
    if cached is not None and cached[0] is ctx.platforms:
        return cached[1]
    words = set(_MEDIUM_WORDS)
    for platform in ctx.platforms.values():
        for channel in platform.channels.values():
            words.update(m.casefold() for m in channel.mediums)
    _WORDS_CACHE[id(ctx.platforms)] = (ctx.platforms, frozenset(words))
    return _WORDS_CACHE[id(ctx.platforms)][1]


def _is_source_name(value: str, ctx) -> bool:
    folded = value.casefold()
    if any(folded == p.source.casefold() for p in ctx.platforms.values()):
        return True
    return match_source_variant(value, ctx.platforms) is not None or source_category(value) is not None


def _names_the_repository(value: str, ctx) -> bool:
    """Whether `value` is the name of the repository the link is written in, or of its site or organisation
    (utmlint.identity.owns_site: the whole name, never one of its words, `docs` in `acme/docs`), as `scan` reads it
    from the tree: the show, plugin or project that sends the visit, so a source by any measure."""
    from ..identity import normalize, owns_site

    identity = getattr(ctx.config, "identity", None)
    # a name only the folders the file sits in give (`content` of `content/posts.json`) says what the folder holds,
    # not who sends the visit (review of session 40: `utm_medium=Content` was called "the name of this repository")
    return identity is not None and normalize(value) not in identity.folders and owns_site(identity, value)


def _names_an_own_host(value: str, ctx) -> bool:
    """Whether `value` is the name of one of the team's own sites (`own-hosts: [devbeat.fm]`: `devbeat`), as a
    campaign file, which knows no repository, can tell: the team that sends the visit, so a source."""
    hosts = getattr(ctx.config, "own_hosts", None)
    if not hosts:
        return False
    from ..identity import normalize, site_name

    wanted = normalize(value)
    return bool(wanted) and any(wanted in (normalize(site_name(host)), normalize(host)) for host in hosts)


_SITE = lazy_compile(r"(?i)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}")


def _names_a_site(value: str) -> bool:
    """Whether `value` is written as a site's domain (`confs.tech`): a sender's name, never a way a visit comes."""
    return _SITE.fullmatch(value) is not None


def swapped(link, ctx) -> bool:
    """Whether the link's utm_source is a medium word or a kind of placement (`website`, `nl`, `blog`) and its
    utm_medium a platform, a known site, a domain, or the name of the repository the link is written in
    (`utm_source=podcast&utm_medium=rustacean-station` in rustacean-station/rustacean-station.org,
    `utm_source=website&utm_medium=confstech` in tech-conferences/confs.tech)."""
    if not link.tracked:
        return False
    source, medium = link.params.get("utm_source"), link.params.get("utm_medium")
    if not source or not medium:
        return False
    words = _medium_words(ctx)
    if source.strip().casefold() not in words or medium.strip().casefold() in words:
        return False
    medium = medium.strip()
    return (_is_source_name(medium, ctx) or _names_a_site(medium) or _names_the_repository(medium, ctx)
            or _names_an_own_host(medium, ctx) or _channel_word_beside_a_name(link, source.strip(), medium, ctx))


def _channel_word_beside_a_name(link, source: str, medium: str, ctx) -> bool:
    """Whether the source is a word GA4 files a channel by when it is the medium (`affiliate`: Affiliates, `display`,
    `sms`), the link lands in Unassigned as written, and the medium is a plain name (one word of no placement or
    channel, tracking.copied_outgoing._site_named: `vuerouter`) that utmlint has no medium to offer for (no typo of one,
    `emaill`): the channel the team meant is the source's word and the sender the medium's, and exchanged the pair
    reaches that very channel. Advice for the medium alone (`referral`) would keep the channel word as the sender and
    move the link to another channel than the one it names (corpus 23 #54, Vue Router's docs sidebar:
    `utm_source=affiliate&utm_medium=vuerouter`, an affiliate link that `referral` would have filed under Referral)."""
    from ..channels import predict_channel
    from ..suggest import medium_for
    from .tracking.copied_outgoing import _site_named

    if link.ga4_channel.channel != "Unassigned" or not _site_named(medium.casefold()):
        return False
    meant = predict_channel(None, source, None).channel
    return (meant != "Unassigned" and predict_channel(medium, source, link.params.get("utm_campaign")).channel == meant
            and medium_for(link, ctx) is None)


# The mediums of a source's GA4 channels, unpaid and paid, by Google's category of the source
_CHANNEL_MEDIUMS = {
    "SOCIAL": "`social` for a post (Organic Social), `paid-social` for an ad (Paid Social)",
    "VIDEO": "`video` for a video or its description (Organic Video), `paid-video` for an ad (Paid Video)",
    "SEARCH": "`organic` for search results (Organic Search), `cpc` for an ad (Paid Search)",
    "SHOPPING": "`organic` for a listing (Organic Shopping), `cpc` for an ad (Paid Shopping)",
}


def swap_advice(link, ctx) -> "tuple[Optional[str], str]":
    """(the medium to write, what to write instead) for a swapped source and medium: the two values exchanged, and,
    where the source's word is no medium GA4 knows either (`podcast`: still Unassigned once swapped), the medium
    utmlint suggests for the exchanged pair (suggest.medium_for_pair: `audio`, GA4's Audio channel), said as such;
    None when no medium is safe to name."""
    from ..channels import predict_channel
    from ..suggest import medium_for_pair

    source, medium = link.params["utm_source"].strip(), link.params["utm_medium"].strip()
    campaign = link.params.get("utm_campaign")
    exchanged = predict_channel(medium, source, campaign).channel
    if exchanged != "Unassigned" and predict_channel(None, source, None).channel != "Unassigned":
        return source, f"write `source: {shown(medium)}` and `medium: {shown(source)}`"
    # the source's word is no medium GA4 knows (`podcast`, `website`): exchanged, the visits stay Unassigned, or land
    # where the new source alone files them (`utm_source=website&utm_medium=facebook`: Organic Social by Google's
    # list), never by the medium written; a plain swap would write a medium GA4 ignores
    better = medium_for_pair(medium, source, ctx)
    still = f"`{shown(source)}` is no medium GA4 knows either (" + (
        "swapped, the visits would still be Unassigned)" if exchanged == "Unassigned" else
        f"swapped, GA4 would file the visits under {exchanged} by the source alone)")
    if better is None:
        # the new source alone files the visits (`twitter`: Organic Social whatever an unpaid medium says), so no one
        # medium is right for every link: name the mediums of that source's channels, a post's and an ad's (stranger11
        # R10: "choose the medium" named none, and `referral` would still be Organic Social)
        kinds = _CHANNEL_MEDIUMS.get(source_category(medium.strip()) or "")
        choose = (f"then write the medium of the channel you count them in: {kinds}" if kinds else
                  "then write the medium of the channel you count them in")
        return None, f"write `source: {shown(medium)}`; {still}: {choose}"
    reached = predict_channel(medium, better, campaign).channel
    return better, (f"write `source: {shown(medium)}` and `medium: {better}`: {still}, and GA4 files `{better}` "
                    f"under {reached}")


@rule(code="UTM107", name="source-medium-swapped", severity="error", target="link", fix="unsafe", scan_fix="unsafe")
def source_medium_swapped(link: Link, ctx: Context) -> Iterator[Report]:
    """utm_source holds a medium and utm_medium a source.

    ## What it does
    Reports links whose utm_source is a medium word (`email`, `cpc`, `social`, `podcast`, a medium of any platform
    profile) or a kind of placement (`website`, `web`, `site`, `blog`, `nl` for a newsletter, `partner`) while their
    utm_medium names a platform or a site on Google's source lists (`intercom`, `facebook`), is written as a domain
    (`confs.tech`), or, in a link `utmlint scan` finds, names the repository it is written in (a podcast's show notes
    tagged `utm_source=podcast&utm_medium=rustacean-station` in rustacean-station/rustacean-station.org, a conference
    list's sponsor links tagged `utm_source=website&utm_medium=confstech` in tech-conferences/confs.tech), or the
    name of one of the team's sites listed in the config's `own-hosts` (`devbeat` for `devbeat.fm`), or is a plain
    name beside a source that is the word GA4 files a channel by, on a link GA4 leaves Unassigned
    (`utm_source=affiliate&utm_medium=vuerouter`: exchanged, Affiliates, the channel the source's word names; a
    medium utmlint can respell, `emaill`, is medium-unassigned's). Where the
    source's word is no medium GA4 knows either (`podcast`, `website`), the advice names the medium GA4 has for it
    (`audio`, its Audio channel; `referral` for a website beside a source that is no network) and says that the swap
    alone would leave the visits Unassigned; where the new source alone decides the channel (`twitter`, a network on
    Google's lists: Organic Social whatever an unpaid medium says, so `referral` would mislead), it names the mediums
    of that source's channels (`social` for a post, `paid-social` for an ad) and gives no fix, since which one is
    right only the team knows. `--unsafe-fixes` swaps the two values
    where both are written in the file or the link (writing that medium for `podcast`); it is unsafe because a
    value written once for the whole campaign changes for every link.

    ## Why is this bad?
    GA4 reads utm_source as who sent the visit and utm_medium as how: swapped, the platform shows up as a medium
    nobody recognises, the channel is guessed from the wrong field, and the source/medium report lists `email /
    intercom` beside `intercom / email`.

    ## Example
    ```yaml
    campaign: spring-sale
    source: email
    medium: intercom
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
    if not swapped(link, ctx):
        return
    source, medium = link.params["utm_source"], link.params["utm_medium"]
    doc = link.campaign.doc
    fix = None
    new_medium, advice = swap_advice(link, ctx)
    source_origin, medium_origin = link.origins.get("utm_source"), link.origins.get("utm_medium")
    if new_medium and source_origin and source_origin.path and medium_origin and medium_origin.path:
        to_source = replace_value(doc, source_origin.path, medium, "")
        to_medium = replace_value(doc, medium_origin.path, new_medium, "")
        if to_source is not None and to_medium is not None:
            fix = Fix(to_source.edits + to_medium.edits, f"swap to source `{medium}`, medium `{new_medium}`",
                      safe=False)
    sender = f"`{shown(medium)}`"
    if _is_source_name(medium.strip(), ctx):
        pass
    elif _names_the_repository(medium.strip(), ctx):
        sender += ", the name of this repository,"
    elif _names_an_own_host(medium.strip(), ctx):
        sender += ", the name of your site (`own-hosts`),"
    else:
        sender += ", a site's name,"
    # medium-unassigned's finding on this link restates this one (onefinding): the Unassigned is said here
    reported = "files these visits under Unassigned and reports" if unassigned(link) else "would report"
    # the pair exchanged is the advice only when the source's word is a medium GA4 knows; else naming it would read
    # as the pair to write (`twitter / website`), which the advice then says is no pair GA4 knows (stranger11 R10)
    meant = f" instead of `{shown(medium)} / {shown(source)}`" if new_medium == source else " (source / medium)"
    yield ctx.report(f"utm_source `{shown(source)}` and utm_medium `{shown(medium)}` look swapped: `{shown(source)}` says "
                     f"how the visit came (a medium) and {sender} who sent it (a source); GA4 {reported} "
                     f"`{shown(source)} / {shown(medium)}`{meant}; {advice}",
                     link.param_pos("utm_source"), fix=fix)


def unassigned(link) -> bool:
    """A tracked link GA4 files under Unassigned: medium-unassigned's finding."""
    return link.tracked and bool(link.params.get("utm_medium")) and link.ga4_channel.channel == "Unassigned"


def mismatch(link, ctx) -> Optional[tuple]:
    """(platform, message channel) when platform-medium-mismatch reports the link's medium, else None."""
    platform = link.campaign.platform
    if platform is None or not link.tracked or not sent_by(link, platform, ctx):
        return None
    channel = platform.channels.get(link.channel)
    medium = link.params.get("utm_medium")
    if channel is None or not medium or not channel.mediums or medium in channel.mediums:
        return None
    if medium in platform.auto_mediums or unassigned(link) or swapped(link, ctx):
        return None  # the platform's own value; medium-unassigned or source-medium-swapped says it
    if medium_spelling(medium, ctx) in channel.mediums and settled(medium, ctx.config.separator) != medium:
        return None  # value-case, value-whitespace or value-separator respells it
    return platform, channel


_CHANNEL_WORDS = lazy_compile(r"[\s_-]+")


def channel_meant(written: str, channels) -> Optional[str]:
    """The profile's channel a written one means: the same in another case or separator (`Email`, `in_app`, `inapp`,
    `In-App`), the one channel a word of it names (`mobile-push`, `product-tour`), else one close spelling
    (`tooltp`); None when nothing is that near."""
    import difflib

    lowered = written.strip().lower()
    folded = _CHANNEL_WORDS.sub("", lowered)
    for name in channels:
        if _CHANNEL_WORDS.sub("", name) == folded:
            return name
    named = [word for word in _CHANNEL_WORDS.split(lowered) if word in channels]
    if len(set(named)) == 1:
        return named[0]
    close = difflib.get_close_matches(lowered, list(channels), n=1, cutoff=0.8)
    return close[0] if close else None


def _channel_pos(link):
    """Where the link's message channel was written: its step, the campaign, else the link itself."""
    data = link.campaign.doc.data
    if link.step is not None:
        raw = data["steps"][link.step.index]
        if isinstance(raw, dict) and "channel" in raw:
            return link.campaign.doc.pos(link.step.path + ("channel",))
    if isinstance(data, dict) and "channel" in data:
        return link.campaign.doc.pos(("channel",))
    return link.pos


@rule(code="UTM108", name="platform-medium-mismatch", severity="warning", target="link")
def platform_medium_mismatch(link: Link, ctx: Context) -> Iterator[Report]:
    """A link's medium is not one its platform profile uses for that message channel.

    ## What it does
    For campaigns that name a `platform:`, checks each tracked link's utm_medium against the mediums the profile
    allows for the link's message channel (an Intercom email step uses `email`, a push message `push` or
    `email`), and reports links sent in a channel the profile does not know. Links whose source names another
    platform (a Facebook post in a Mailchimp campaign) are not checked. Spellings value-case, value-whitespace
    and value-separator already explain are left to them. The suggested medium keeps the channel the campaign
    intends: an ad's (`type: ad`) paid channel, and the paid channel of an ads-only profile (Meta Ads) whose
    medium says ad in words GA4 does not read as paid (`medium: ads`: `paid-social`, never `social`); a medium
    that says ad (`sponsored`) in a campaign the profile reads as organic (LinkedIn without `type: ad`) is told
    both ways, the paid one first (the value says ad).

    ## Why is this bad?
    The profile records how the team tags that platform. A different medium (`newsletter` for an Intercom email)
    gives the same kind of message a second row in GA4, and often a different channel.

    ## Example
    ```yaml
    campaign: spring-sale
    platform: intercom
    medium: referral
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
    platform = link.campaign.platform
    if platform is None or not link.tracked or not sent_by(link, platform, ctx):
        return
    if platform.channels.get(link.channel) is None:
        meant = channel_meant(link.channel, platform.channels)
        if meant is not None:  # `in_app`, `Email`, `mobile-push`: say which one, not only the list (newuser48 F10)
            yield ctx.report(f"{platform.display_name} has no `{link.channel}` message channel in its profile, so "
                             f"utmlint cannot tell which utm_medium its links need; did you mean `channel: {meant}`?",
                             _channel_pos(link))
            return
        known = ", ".join(f"`{name}`" for name in platform.channels)
        yield ctx.report(f"{platform.display_name} has no `{link.channel}` message channel in its profile, so utmlint "
                         f"cannot tell which utm_medium its links need; use one of {known}", _channel_pos(link))
        return
    found = mismatch(link, ctx)
    if found is None:
        return
    _, channel = found
    medium = link.params["utm_medium"]
    suggestion = medium_for(link, ctx)
    hint = f"; write `medium: {suggestion}`" if suggestion else ""
    from ..intent import ad_word
    from ..platforms import PAID_GROUPS

    paid = next((name for name, other in platform.channels.items() if other.ga4_channel in PAID_GROUPS), None)
    if paid is not None and channel.ga4_channel not in PAID_GROUPS and ad_word(medium.strip().lower()) is not None:
        # `sponsored` in a campaign the profile reads as organic (no `type: ad`): the medium says ad, and which one it
        # is only the team knows: both ways (issue 12, "paid ads become organic")
        # the value says ad, so the paid reading comes first; keeping the placement organic is the second (stranger11
        # R11: "write `medium: social`" first kept a sponsored placement in Organic Social)
        ads = platform.channels[paid]
        hint = (f"; if these links are ads, write `type: ad` and `medium: {ads.mediums[0]}` to count them as "
                f"{ads.ga4_channel or 'paid traffic'}" + (f"; if they are unpaid posts, write `medium: {suggestion}`"
                                                          if suggestion else ""))
    now = link.ga4_channel.channel
    # where GA4 files them when that is another channel (a LinkedIn ad's `social`: Organic Social, with the unpaid
    # posts), said in the channel's name: "reported apart" hid that the ads were counted as organic (newuser43 F6)
    effect = (f"so GA4 files these visits under {now}, not {channel.ga4_channel} with the platform's other "
              f"{link.channel} traffic" if channel.ga4_channel and now != channel.ga4_channel else
              f"so these visits would be reported apart from the platform's other {link.channel} traffic")
    yield ctx.report(f"utm_medium `{shown(medium)}` is not what {platform.display_name} uses for `{link.channel}` "
                     f"messages; the profile expects {quoted(channel.mediums)} ({channel.ga4_channel or 'its channel'} "
                     f"in GA4), {effect}{hint}", link.param_pos("utm_medium"))


def _publisher_of_source(value: str, ctx) -> "Optional[object]":
    """The platform profile a utm_source names (its source, or a spelling its profile lists: `fb`, `facebook.com`)
    when that platform is a site the visits come from (its source is on GA4's social, search, video or shopping list:
    LinkedIn, Facebook, Google, Bing, X, TikTok), else None. A sending tool's (Mailchimp's, HubSpot's) is no such site:
    it posts to the networks for the team, whose names are then the right sources."""
    folded = value.strip().lower()
    found = next((p for p in ctx.platforms.values() if p.source == folded), None)
    if found is None:
        matched = match_source_variant(value.strip(), ctx.platforms)
        found = matched[0] if matched is not None else None
    return found if found is not None and source_category(found.source) is not None else None


def source_mismatch(link, ctx) -> Optional[tuple]:
    """(the campaign's platform, the other platform the link's source names) when platform-source-mismatch reports
    the link's source, else None."""
    platform = link.campaign.platform
    if platform is None or not link.tracked or source_category(platform.source) is None:
        return None
    source = link.params.get("utm_source")
    if not source or has_placeholder(source) or sent_by(link, platform, ctx):
        return None
    other = _publisher_of_source(source, ctx)
    if other is None or other.name == platform.name or other.source == platform.source:
        return None
    return platform, other


@rule(code="UTM111", name="platform-source-mismatch", severity="warning", target="link")
def platform_source_mismatch(link: Link, ctx: Context) -> Iterator[Report]:
    """A link's source names another platform than the one its campaign is posted on.

    ## What it does
    For a campaign whose `platform:` is a site the visits come from (LinkedIn, Meta Ads, Google Ads, Microsoft Ads,
    X, TikTok: a profile whose source is on GA4's social, search, video or shopping list), reports a link whose
    utm_source is another such platform's (`platform: linkedin` with `source: facebook`, often a campaign file copied
    from another network's and not updated). A source naming no platform (`newsletter`, `instagram` on a Meta ad:
    Meta places ads on Instagram, `youtube` on a Google ad) is left alone, and so is any source of a sending tool's
    campaign (Mailchimp, HubSpot, Intercom): a tool that posts to the networks for the team rightly names each network
    as the source. No fix: which of the two values is wrong only the team knows.

    ## Why is this bad?
    GA4 credits the clicks to the source: a LinkedIn post's visits tagged `facebook` are counted as Facebook's, so
    LinkedIn looks as if it brought nothing and Facebook as if it brought more than it did, and the budgets follow.

    ## Example
    ```yaml
    campaign: webinar-q3
    platform: linkedin
    source: facebook
    medium: social
    links:
      - url: https://example.com/webinars/q3
        content: speakers
    ```

    ## Use instead
    ```yaml
    campaign: webinar-q3
    platform: linkedin
    medium: social
    links:
      - url: https://example.com/webinars/q3
        content: speakers
    ```
    """
    found = source_mismatch(link, ctx)
    if found is None:
        return
    platform, other = found
    source = link.params["utm_source"]
    from ..channels import predict_channel

    medium, campaign = link.params.get("utm_medium"), link.params.get("utm_campaign")
    now, meant = link.ga4_channel.channel, predict_channel(platform.source, medium, campaign).channel
    # and the channel, when the other source moves them (a search ad tagged `linkedin`: Paid Social, not Paid Search)
    moved_to = f" and filed under {now}, not {meant}" if now != meant else ""
    yield ctx.report(
        f"`platform: {platform.name}` says these links are shown on {platform.source_display}, but utm_source "
        f"`{shown(source)}` is {other.source_display}'s: GA4 credits their clicks to `{other.source}`, so "
        f"{platform.source_display}'s visits are counted as {other.source_display}'s{moved_to}; write `source: "
        f"{platform.source}`, or `platform: {other.name}` if the links are shown on {other.source_display}",
        link.param_pos("utm_source"))
