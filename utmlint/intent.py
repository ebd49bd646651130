"""Where GA4 files a link against what its own values say it is: the few shapes where a source and a medium state
the intent (a medium that only looks paid, an e-mail made paid or social, `organic` from a site that is no search
engine). medium-channel-intent reports them; suggest.medium_for never proposes a value that would make one, so a
fix never trades one finding for another (corpus 9: `organic_oss` was told `organic`, Organic Search). And the two
shapes the rule can only hedge, as `info` notes (a push by the word `notification`, a code host's banner), which
may be right as they are."""

from __future__ import annotations

from functools import lru_cache

from .channels import predict_channel, source_category, source_lists_before
from .lazyregex import lazy_compile

_EMAIL_WORDS = frozenset({"email", "e-mail", "e_mail", "e mail"})  # GA4's Email rule matches these exactly
# GA4's Organic Social rule takes these mediums exactly, whatever the source (rules/ga4/channels.yaml, row 10)
_SOCIAL_MEDIUMS = frozenset({"social", "social-network", "social-media", "sm", "social network", "social media"})
_NOT_WORD = lazy_compile(r"[^a-z0-9]+")
# GA4's Display rule files these mediums under Display, an ad channel, whatever the source (`cpm` too, but that one
# says it is paid: never questioned)
_DISPLAY = frozenset({"display", "banner", "expandable", "interstitial"})
# A source naming the code host a README or docs page is read on: maybe the team's own unpaid banner (Ory's README,
# corpus 9 #136-#138), maybe a sponsor's paid one (`sentry.io/?utm_source=github&utm_medium=banner`, stranger9 R1):
# only a hedged note. A sponsor's banner on another project's site (`utm_source=webpack`) names that project.
_CODE_HOSTS = frozenset({"github", "github.com", "gitlab", "gitlab.com", "bitbucket", "bitbucket.org", "codeberg",
                         "codeberg.org"})


def _search_site(source: str) -> bool:
    """A source written as a search engine's domain (`google.com`, `www.bing.com`): GA4's list names the engine,
    not each domain, but `organic` from it is that engine's search traffic, which `referral` would misfile."""
    if "." not in source:
        return False
    from .channels import predict_channel
    from .identity import site_name

    return predict_channel(site_name(source), None, None).channel == "Organic Search"


def _names_a_network(word: str) -> bool:
    """Whether one word of a utm_source names a social network: on GA4's social list (`linkedin`, `fb`), or a
    spelling of a social platform's name its profile lists (rules/platforms: `li` is LinkedIn's, `x` X's)."""
    if source_category(word) == "SOCIAL":
        return True
    from .platforms import load_platforms, match_source_variant

    found = match_source_variant(word, load_platforms())
    return found is not None and source_category(found[0].source) == "SOCIAL"


def _names_a_newsletter(source: str) -> bool:
    """Whether a (lower-cased) utm_source names a newsletter: it is one, or ends with the word (`svelte_newsletter`,
    `weeklynewsletter`), not a thing about one (`newsletter-signup` on a social post promoting it)."""
    words = _NOT_WORD.sub(" ", source).split()
    if not words or not words[-1].endswith("newsletter"):
        return False
    # a social network's newsletter (`linkedin_newsletter`, `li_newsletter`) is read on the network: Organic Social
    # is right (stranger10 R6: told "if e-mailed use `email`")
    return not any(_names_a_network(word) for word in words[:-1] + [words[-1][:-len("newsletter")]] if word)


# A campaign that asks people to subscribe (`newsletter-signup`, `newsletter-promo`): the link is about the newsletter,
# posted somewhere to win readers, not a link inside it (stranger10 R6: a social post promoting the newsletter).
# `promo` alone is a sale's word (`promo-black-friday`, an e-mail's campaign): it counts only beside `newsletter`
# (stranger11 R17).
_PROMOTES = ("signup", "subscribe")


def _promotes(campaign: str) -> bool:
    """Whether a word of the campaign (or two run together: `sign-up`) asks people to subscribe, or promotes the
    newsletter itself (`newsletter-promo`); never a word that merely holds the letters (`design-update`)."""
    words = [w for w in _NOT_WORD.split(campaign.lower()) if w]
    pairs = [a + b for a, b in zip(words, words[1:])]
    if any(w.startswith(_PROMOTES) for w in words + pairs):
        return True
    return any(w.startswith("promo") for w in words) and any("newsletter" in w for w in words)


# Words that say a medium is an ad, which GA4's paid pattern (`cp` anywhere, `ppc`, `retargeting`, `paid` first) does
# not read: beside a source on Google's social, search or video list, the ad's visits land in that list's organic
# channel with the unpaid ones (`utm_source=linkedin&utm_medium=sponsored`: Organic Social; issue 12, "paid ads become
# organic"). Not `sponsor`/`sponsorship` (a sponsor's link on a project's page is no ad bought from the network) nor
# `promo` (an e-mail's or a post's promotion).
# `sem`, search engine marketing, is the trade's word for paid search (`utm_source=google&utm_medium=sem` landed in
# Organic Search, the ads counted as unpaid search, and nothing said so: session 42 newuser F5).
_AD_WORDS = frozenset({"ad", "ads", "advert", "adverts", "advertising", "advertisement", "sponsored", "boosted",
                       "promoted", "paid", "sem", "remarketing"})
# the organic channel -> (the medium GA4 reads as paid there, the paid channel it then files the visits under)
_PAID_FOR = {"Organic Social": ("paid-social", "Paid Social"), "Organic Search": ("cpc", "Paid Search"),
             "Organic Video": ("cpc", "Paid Video"), "Organic Shopping": ("cpc", "Paid Shopping")}


@lru_cache(maxsize=1024)  # asked of every tracked link's medium (a repo's few, over and over) by three rules
def ad_word(medium: str) -> "str | None":
    """The word of a (lower-cased) medium that says it is an ad (`sponsored`, `ads`, `social-paid`), or None; not
    after a word that denies it (`non-paid`, `no-ads`) nor before one (`ad-free`)."""
    words = [w for w in _NOT_WORD.split(medium) if w]
    return next((w for before, w, after in zip([""] + words, words, words[1:] + [""])
                 if w in _AD_WORDS and before not in _DENIES and after not in _DENIED_BY), None)


_DENIES = frozenset({"non", "no", "not", "un", "without"})
# a word after the ad word that denies it: `ad-free`, `ads-free` (stranger11 R15: "says this is an ad (`ad`)")
_DENIED_BY = frozenset({"free", "less", "blocker", "block"})


@lru_cache(maxsize=4096)  # every tracked link asks, and a repo's links repeat a few (source, medium, campaign)
def channel_intent_problem(source: str, medium: str, campaign: str, posted: bool = False,
                           mailed: bool = False) -> "str | None":
    """Why GA4 files a link under another channel than its own values say, for the few shapes where the values
    themselves state the intent (a medium that only looks paid, an e-mail made paid or social, `organic` from a
    non-search source); None otherwise. Found on corpus 3 (tests/data/real-urls-3), checked on all three.
    `posted`: the link is in a social post (a file in `social/`, linkplace), where a newsletter tagged social is a
    post about the newsletter."""
    s, m = source.strip().lower(), medium.strip().lower()
    if not m or ("cp" not in m and m != "organic" and m not in _EMAIL_WORDS and s not in _EMAIL_WORDS
                 and not (m in _SOCIAL_MEDIUMS and _names_a_newsletter(s)) and ad_word(m) is None):
        return None  # each shape below needs one of these (checked first: this runs on every tracked link)
    channel = predict_channel(source, medium, campaign).channel
    if m in _SOCIAL_MEDIUMS and _names_a_newsletter(s):
        # A newsletter tagged social (corpus 10 #113 #114: Mainmatter's links in Svelte's monthly news post,
        # `utm_source=svelte_newsletter&utm_medium=social`). Which channel a newsletter is depends on how it is read
        # (an e-mail, or a page on a site), which the link cannot tell: both are said, neither is Organic Social.
        if channel != "Organic Social" or predict_channel(source, None, campaign).channel == channel:
            return None  # a source on Google's social list decides whatever the medium: not the medium's doing
        if posted or (_promotes(campaign) and not mailed):
            return None  # a post about the newsletter, or one asking people to subscribe: Organic Social is right
            # (not in an e-mail template: there the link is the e-mail's, whatever its campaign asks: R17)
        return (f"utm_source `{source}` says the visits come from a newsletter, but GA4 files utm_medium `{medium}` "
                "under Organic Social, the channel of visits from social networks; if the newsletter is sent by "
                "e-mail, write `medium: email` to count them as Email; if it is a page on a website (a blog post, "
                "a web archive), `medium: referral` counts them as Referral; if the link is a post on a social "
                "network (one promoting the newsletter), keep `medium: social` and name the network in utm_source")
    said = ad_word(m)
    if said is not None and channel in _PAID_FOR:
        better, paid = _PAID_FOR[channel]
        if predict_channel(source, better, campaign).channel == paid:
            word = "" if said == m else f" (`{said}`)"
            return (f"utm_medium `{medium}` says this is an ad{word}, but GA4 counts a medium as paid only when it "
                    "contains `cp`, is `ppc` or `retargeting`, or starts with `paid`, so these visits land in "
                    f"{channel} with the unpaid ones; if the placement was paid for, write `medium: {better}` to count "
                    f"them as {paid}")
    if channel == "Paid Other" and "cp" in m:
        words = [w for w in _NOT_WORD.split(m) if w]
        if not any(w.startswith(("cp", "paid")) or w in ("ppc", "retargeting") for w in words):
            where = next((w for w in words if "cp" in w), m)
            return (f"GA4 files utm_medium `{medium}` under Paid Other: its rule for paid traffic takes any medium "
                    f"containing `cp` (here in `{where}`), so these visits count as paid; rename the medium so it "
                    "has no `cp`")
    if s in _EMAIL_WORDS and channel.startswith("Paid"):
        return (f"utm_source `{source}` says this is an e-mail, but GA4 reads utm_medium `{medium}` as paid and files "
                f"the visits under {channel}, not Email; write `medium: email` (say what the e-mail is for in "
                "utm_campaign)")
    if m == "organic" and channel == "Organic Search" and predict_channel(source, None, None).channel != channel \
            and not _search_site(s):
        # Here the source is on none of GA4's social, video or shopping lists (those rows come before Organic
        # Search and would have taken the link), so `social` would only move it to another channel it is not in:
        # `referral` is the unpaid medium that names no channel the link does not belong to (corpus 9 #74 #75).
        # Said from the table (source_lists_before): "whatever the source" was false for `twitter/organic`, Organic
        # Social (corpus 32 #10), and a link with no source was told of visits "from ``"
        lists = source_lists_before("Organic Search")
        named = ", ".join(lists[:-1]) + f" or {lists[-1]}" if len(lists) > 1 else "".join(lists)
        visits = f"visits from `{source}`" if source.strip() else "visits from a link with no utm_source"
        return (f"GA4 files utm_medium `organic` under Organic Search unless the source is on its {named} list, so "
                f"{visits} are counted as search traffic; write `medium: referral`")
    if m in _EMAIL_WORDS and channel not in ("Email", "Unassigned"):
        by_source = predict_channel(source, medium, None).channel
        if by_source == channel:  # the source decides
            return (f"utm_medium `{medium}` says this is an e-mail, but utm_source `{source}` is on a list GA4 tests "
                    f"before Email, so the e-mail's visits land in {channel}; name the sender in utm_source (the "
                    "newsletter or your e-mail platform)")
        if by_source != "Email":  # the campaign name decides, and the source alone would also take it (a campaign
            # name alone is source-overrides-medium's finding)
            return (f"utm_medium `{medium}` says this is an e-mail, but GA4 files the visits under {channel}: "
                    f"utm_campaign `{campaign}` matches its pattern for that channel, and utm_source `{source}` is "
                    f"on a list it also tests before Email ({by_source}); rename the campaign and name the sender "
                    "in utm_source (the newsletter or your e-mail platform)")
    return None


def ad_filed_unpaid_problem(source: str, medium: str, campaign: str) -> "str | None":
    """A campaign file's ad (`type: ad`) whose medium GA4's paid pattern does not read, beside a source on Google's
    social, search, video or shopping list: `source: linkedin`, `medium: social` lands in Organic Social with the
    unpaid posts, and nothing said so unless the campaign named its platform (newuser43 F4: the paid ad tagged social,
    "All clean" without `platform: linkedin`, platform-medium-mismatch's finding with it). The advice is the medium
    GA4 reads as paid there (`paid-social`, `cpc`), only where it reaches that list's paid channel. None otherwise."""
    m = medium.strip()
    if not m:
        return None
    channel = predict_channel(source, medium, campaign).channel
    if channel not in _PAID_FOR:
        return None
    better, paid = _PAID_FOR[channel]
    if predict_channel(source, better, campaign).channel != paid:
        return None
    return (f"the campaign is an ad (`type: ad`), but GA4 files utm_medium `{medium}` (with utm_source `{source}`) "
            f"under {channel} with the unpaid visits: it counts a medium as paid only when it contains `cp`, is `ppc` "
            f"or `retargeting`, or starts with `paid`; write `medium: {better}` to count them as {paid}")


# GA4's paid pattern: a medium containing `cp`, `ppc`, `retargeting`, or starting with `paid`
_PAID_MEDIUM = lazy_compile(r".*cp.*|ppc|retargeting|paid.*")


@lru_cache(maxsize=4096)  # as channel_intent_problem: asked of every tracked link
def ad_platform_variant_problem(source: str, medium: str, campaign: str) -> "str | None":
    """A paid link whose source names an ad platform by a spelling GA4's lists do not hold (`adwords`, `googleads`,
    `fb_ads`: a profile's `variants`, rules/platforms), so its visits land in Paid Other, while the platform's own name
    (`google`) with the same medium reaches the platform's paid channel (Paid Search): Zesty's README example
    `utm_source=adwords&utm_medium=ppc` (corpus 23 #73). The medium says paid and the source says which platform's
    ad: the intended channel is the platform's. source-domain-style leaves such a source alone, since a name that
    moves a link to another channel is not a spelling; here the move is to the very channel the values state. None
    otherwise (an unpaid medium, a source GA4 lists, a platform whose name reaches no other paid channel)."""
    s, m = source.strip(), medium.strip().lower()
    if not s or not _PAID_MEDIUM.fullmatch(m):
        return None
    channel = predict_channel(source, medium, campaign).channel
    if channel != "Paid Other":
        return None
    from .platforms import load_platforms, match_source_variant

    found = match_source_variant(s, load_platforms())
    if found is None or found[1] not in ("variant", "domain", "io-suffix"):
        return None
    platform = found[0]
    named = predict_channel(platform.source, medium, campaign).channel
    if not named.startswith("Paid") or named == channel:
        return None
    return (f"utm_source `{source}` names {platform.display_name}, but GA4's source lists know it only as "
            f"`{platform.source}`, so these paid visits land in Paid Other, not {named}; write `source: "
            f"{platform.source}` to count them as {named}")


@lru_cache(maxsize=4096)  # as channel_intent_problem: asked of every tracked link
def shopping_by_campaign_problem(source: str, medium: str, campaign: str) -> "str | None":
    """A link GA4 files under Organic Shopping by its campaign name alone (Google's shopping-campaign pattern:
    `shop` at the start of a word or after an `e`, `shopping` anywhere) while its medium is one GA4 does not know:
    medium-unassigned is silent (the link is not Unassigned), and nothing else in the link says shopping (corpus 10
    #276 #277: Snowplow's docs link a partner's pages `utm_medium=accelerator&utm_campaign=live-shopper`, the
    tutorial's name). Which channel the team counts the visits in is its call: where they land and both ways are
    said. Not where the source or medium speaks of a shop (`utm_source=shopify store`: a shop's back-link, where
    Organic Shopping is what the link is), nor for a medium GA4 knows (a shop campaign's e-mail or push is
    source-overrides-medium's, UTM110). None otherwise."""
    s, m = source.strip().lower(), medium.strip().lower()
    if not m or "shop" in s or "shop" in m or "shop" not in campaign.lower():
        return None
    if predict_channel(source, medium, campaign).channel != "Organic Shopping" \
            or predict_channel(source, medium, None).channel != "Unassigned":
        return None
    return (f"GA4 files this link under Organic Shopping by its campaign name alone: utm_campaign `{campaign}` matches "
            "Google's pattern for shopping campaigns (`shop` at the start of a word or after an `e`, `shopping` "
            f"anywhere), which GA4 reads before the medium, while utm_medium `{medium}` is not a medium GA4 knows "
            "(with another campaign name the visits would be Unassigned); if they are shopping visits and Organic "
            "Shopping is where you count them, leave the link as it is; if not, name the campaign without `shop` at "
            "the start of a word and give utm_medium one GA4 knows for the channel you count them in, such as "
            "`referral` for a link on a web page")


def push_by_word_problem(source: str, medium: str, campaign: str) -> "str | None":
    """A medium GA4 files under Mobile Push Notifications only because it contains `notification` or `mobile` (its
    push rule's other clauses: the medium ends with `push`, or the source is `firebase`), without saying push
    anywhere: a WordPress admin bar's `utm_medium=notification` (corpus 7, tests/data/real-urls-7 #229) lands in the
    mobile push report. Hedged: a medium `notification` may name a real push. None otherwise."""
    m = medium.strip().lower()
    if not m or "push" in m or ("notification" not in m and "mobile" not in m) or source.strip().lower() == "firebase":
        return None
    if predict_channel(source, medium, campaign).channel != "Mobile Push Notifications":
        return None
    word = "notification" if "notification" in m else "mobile"
    return (f"GA4 files utm_medium `{medium}` under Mobile Push Notifications: its rule for push notifications takes "
            f"any medium containing `{word}`, so these visits are counted as a mobile push's; if the links come from a "
            f"mobile app (a push or an in-app message), that is their channel and nothing needs to change; if they do "
            f"not (a notice in a web page, a WordPress admin bar, a desktop app), choose a medium without "
            f"`notification` or `mobile` for the channel you count them in (`referral` counts them as Referral)")


def video_by_word_problem(source: str, medium: str, campaign: str) -> "str | None":
    """A medium GA4 files under Organic Video only because a word of it contains `video` (its video rule takes any
    such medium), the word naming something else: Mux's example READMEs tag their links `utm_medium=mux-video`, the
    product's name (corpus 12 #95 #99 #102 #103), and GA4 counts a README's visits as a video's. Hedged, as the push
    note: the link may sit in a video's description. Not for `video`/`videos` alone (the author says video), nor where
    the source is a video site (the source's doing). None otherwise."""
    m = medium.strip().lower()
    if "video" not in m or m in ("video", "videos"):
        return None
    if predict_channel(source, medium, campaign).channel != "Organic Video" \
            or predict_channel(source, None, campaign).channel == "Organic Video":
        return None
    return (f"GA4 files utm_medium `{medium}` under Organic Video: its rule for video takes any medium containing "
            "`video`, so these visits are counted as visits from a video; if the links are in a video's description "
            "or on a video platform, that is their channel and nothing needs to change; if they are not (a README, a "
            "docs page, a page naming a video product), choose a medium without `video` for the channel you count "
            "them in (`referral` counts them as Referral)")


def display_on_code_host_note(source: str, medium: str, campaign: str) -> "str | None":
    """A hedged note (never a failure): a display medium (`banner`) from the code host a README or docs page is read
    on files the link under Display, an ad channel. Right for a sponsor's paid banner, wrong for the team's own
    unpaid one: the link cannot tell which, so the note says both (stranger9 R1: a firm "write referral" moved a
    sponsor's paid banner out of Display). None otherwise."""
    s, m = source.strip().lower(), medium.strip().lower()
    if m not in _DISPLAY or s not in _CODE_HOSTS or predict_channel(source, medium, campaign).channel != "Display":
        return None
    return (f"GA4 files utm_medium `{medium}` under Display, an ad channel, so visits from this link on `{source}` are "
            "counted as display advertising: right if it is a paid placement (a sponsor's banner), and nothing needs "
            "to change; if it is your own unpaid banner in a README or docs page, write `utm_medium=referral` to "
            "count them as Referral")


# A source naming the admin screens of the product the link sits in (a WordPress plugin's settings page:
# `utm_source=WP Admin > Donations > Settings > Gateways`, GiveWP, corpus 4 #81): the team's own banner there
_ADMIN_WORDS = frozenset({"admin", "wpadmin", "dashboard"})


def display_in_admin_note(source: str, medium: str, campaign: str) -> "str | None":
    """A hedged note (never a failure), as display_on_code_host_note: a display medium (`banner`) whose source names
    the admin screens the link is shown in (`WP Admin > Donations > Settings`, `wp-admin`, `dashboard`) files the
    link under Display, an ad channel: right for a paid placement bought there, not for the plugin's or app's own
    banner (corpus 4 #81: GiveWP's gateway settings link to its add-ons). None otherwise."""
    s, m = source.strip().lower(), medium.strip().lower()
    if m not in _DISPLAY or not _ADMIN_WORDS & set(_NOT_WORD.split(s.replace("wp-admin", "wpadmin"))):
        return None
    return _own_banner_note(source, medium, campaign, "your own plugin's or app's banner in its admin screens",
                            "referral")


def _own_banner_note(source: str, medium: str, campaign: str, banner: str, write: str) -> "str | None":
    """The hedged note of display_in_admin_note and display_in_app_note once their source reads as the team's own
    screens: said only where GA4 does file the link under Display."""
    if predict_channel(source, medium, campaign).channel != "Display":
        return None
    return (f"GA4 files utm_medium `{medium}` under Display, an ad channel, so visits from this link in `{source}` are "
            f"counted as display advertising: right if it is a paid placement, and nothing needs to change; if it is "
            f"{banner}, write `utm_medium={write}` to count them as Referral")


# A utm_source's word saying the link is in the team's own app (`android`, `ios_app`, `desktop`, `gitlens-extension`):
# medium-unassigned names `app` first for it, and a display medium there is the app's own banner (display_in_app_note)
APP_SOURCE_WORDS = frozenset({"app", "apps", "android", "ios", "iphone", "ipad", "desktop", "mobile", "extension",
                              "inapp", "mobileapp", "androidapp", "iosapp", "desktopapp", "macos", "webapp"})


def names_an_app(source: str) -> bool:
    """Whether a word of a utm_source says the link is in the team's own app or extension (APP_SOURCE_WORDS)."""
    return bool(APP_SOURCE_WORDS.intersection(_NOT_WORD.split(source.strip().lower())))


def display_in_app_note(source: str, medium: str, campaign: str) -> "str | None":
    """A hedged note (never a failure), as display_in_admin_note: a display medium (`banner`) whose source says the
    link is in the team's own app or extension (`utm_source=extension&utm_medium=banner`, NEXUS Alert's upgrade banner in
    its Chrome extension, corpus 45 #28) files the link under Display, an ad channel: right for a placement bought in
    someone's app, not for the app's own prompt, which GA4 counts as Referral with the medium `app`. None otherwise."""
    if medium.strip().lower() not in _DISPLAY or not names_an_app(source):
        return None
    return _own_banner_note(source, medium, campaign, "your own app's or extension's banner (an upgrade prompt)", "app")


# Platforms where a writer's readers pay for a tier of posts and no placement is sold: there `paid` names the paying
# subscribers' post, not an ad (Substack's "paid post", Patreon's and Ghost's paid tiers)
_SUBSCRIPTION_PLATFORMS = frozenset({"substack", "patreon", "ghost", "memberful", "buttondown"})
# `paid` before a word naming what the readers paid for (`paid_post`, `paid-subscribers`, `paidmembers`, `paid_tier`)
_PAID_TIER = lazy_compile(r"paid[ _+-]?(?:posts?|subscribers?|subs|members?|tiers?|only|content|issues?|editions?)")


def paid_tier_note(source: str, medium: str, campaign: str) -> "str | None":
    """A hedged note (never a failure): a medium naming a subscription platform's paid tier (`utm_source=substack&
    utm_medium=paid_post`, an app's Substack formatter ending each paying subscribers' post with a link to the app:
    corpus 25 #62) starts with `paid`, so GA4's paid rule files the visits under Paid Other, with ads. On a platform
    that sells no placement, `paid` most likely names the readers who pay, and the post reaches them by e-mail and on
    the web; a writer may still have paid for a post elsewhere, so both are said. None otherwise (another source: a
    `paid_post` on a network is a boosted post, an ad; a medium that names no tier, `paid_sponsorship`)."""
    s, m = source.strip().lower(), medium.strip().lower()
    if s.split(".")[0] not in _SUBSCRIPTION_PLATFORMS or not _PAID_TIER.fullmatch(m):
        return None
    if predict_channel(source, medium, campaign).channel != "Paid Other":
        return None
    return (f"GA4 files utm_medium `{medium}` under Paid Other, with ads: its rule for paid traffic takes any medium "
            f"starting with `paid`; if `paid` here names the post for paying subscribers on {source} (no placement "
            "bought), write `utm_medium=email` for the e-mailed post to count its visits as Email; if the post was a "
            "paid placement, nothing needs to change")
