"""Where GA4 files a link against what its own values say it is: the few shapes where a source and a medium state
the intent (a medium that only looks paid, an e-mail made paid or social, `organic` from a site that is no search
engine). medium-channel-intent reports them; suggest.medium_for never proposes a value that would make one, so a
fix never trades one finding for another (corpus 9: `organic_oss` was told `organic`, Organic Search). And the two
shapes the rule can only hedge, as `info` notes (a push by the word `notification`, a code host's banner), which
may be right as they are."""

from __future__ import annotations

from .channels import predict_channel
from .lazyregex import lazy_compile

_EMAIL_WORDS = frozenset({"email", "e-mail", "e_mail", "e mail"})  # GA4's Email rule matches these exactly
_NOT_WORD = lazy_compile(r"[^a-z0-9]+")
# GA4's Display rule files these mediums under Display, an ad channel, whatever the source (`cpm` too, but that one
# says it is paid: never questioned)
_DISPLAY = frozenset({"display", "banner", "expandable", "interstitial"})
# A source naming the code host a README or docs page is read on: maybe the team's own unpaid banner (Ory's README,
# corpus 9 #136-#138), maybe a sponsor's paid one (`sentry.io/?utm_source=github&utm_medium=banner`, stranger9 R1):
# only a hedged note. A sponsor's banner on another project's site (`utm_source=webpack`) names that project.
_CODE_HOSTS = frozenset({"github", "github.com", "gitlab", "gitlab.com", "bitbucket", "bitbucket.org", "codeberg",
                         "codeberg.org"})


def channel_intent_problem(source: str, medium: str, campaign: str) -> "str | None":
    """Why GA4 files a link under another channel than its own values say, for the few shapes where the values
    themselves state the intent (a medium that only looks paid, an e-mail made paid or social, `organic` from a
    non-search source); None otherwise. Found on corpus 3 (tests/data/real-urls-3), checked on all three."""
    s, m = source.strip().lower(), medium.strip().lower()
    if not m or ("cp" not in m and m != "organic" and m not in _EMAIL_WORDS and s not in _EMAIL_WORDS):
        return None  # each shape below needs one of these (checked first: this runs on every tracked link)
    channel = predict_channel(source, medium, campaign).channel
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
    if m == "organic" and channel == "Organic Search" and predict_channel(source, None, None).channel != channel:
        # Here the source is on none of GA4's social, video or shopping lists (those rows come before Organic
        # Search and would have taken the link), so `social` would only move it to another channel it is not in:
        # `referral` is the unpaid medium that names no channel the link does not belong to (corpus 9 #74 #75).
        return (f"GA4 files utm_medium `organic` under Organic Search whatever the source, so visits from "
                f"`{source}` are counted as search traffic; write `medium: referral`")
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
