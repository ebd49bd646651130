"""The one value utmlint suggests for a utm_source or utm_medium, and the GA4 channel group a link is meant for.

Every rule that speaks about a source or a medium (value-case, value-whitespace, value-separator, the
vocabulary rules, medium-unassigned, platform-medium-mismatch, the fragmentation rules) asks here, so a
value gets one suggestion however many rules notice it. The order:

1. values that are policy stay as written: a platform profile's source and mediums, the values a platform
   writes by itself (`auto_values`, in a link scan or validate_url reads only), the team's `sources:` / `mediums:`;
2. a platform's known mis-spelling becomes the platform's name (`intercom.com`, `intercom-io` -> `intercom`);
3. a spelling of a policy value (same letters once case and separators are dropped: `E-Mail`, `paid_social`)
   becomes that value, the team's first, then the profiles', then a medium of Google's table;
4. otherwise the value as the value rules' fixes leave it (trimmed, lowercase, the team's separator).

A respelling never moves a link to another GA4 channel group: given the links that use the value (`uses`, their
source, medium and campaign), a candidate that would file one of them elsewhere is passed over (`li` -> `linkedin`
would take `utm_source=li&utm_medium=email` from Email to Organic Social, since GA4 tests its social list before
the medium). Two source rows are a smaller harm than a channel report that loses a campaign's visits.

A medium is suggested for a link only when GA4 would put the link, with it, in the channel group the
campaign intends (`intended_groups`): paid stays paid, display stays display, email stays email.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

from .lazyregex import lazy_compile
from .records import NamedTuple
from .channels import UNASSIGNED, medium_suggestions, predict_channel
from .platforms import PAID_GROUPS, Platform, match_source_variant
from .spelling import advice, lowered

if TYPE_CHECKING:
    from .model import Campaign, Link

# A link as GA4's channel rules read it: (utm_source, utm_medium, utm_campaign), None where not written.
Use = Tuple[Optional[str], Optional[str], Optional[str]]
_PLACE = {"utm_source": 0, "utm_medium": 1, "utm_campaign": 2}

_SEPARATORS = lazy_compile(r"(?:%20|[\s._+-])+", re.IGNORECASE)
# Without a platform, a message channel written in the file names the channel group it means.
_CHANNEL_GROUPS = {"email": "Email", "sms": "SMS", "push": "Mobile Push Notifications", "social": "Organic Social"}
# Words by which a medium says it was paid for. Only such a medium is suggested one of an ad channel (Display, the
# paid groups) when nothing else says what the link is for: `bfcm_banner`, a plugin's own Black Friday banner in its
# admin screens (corpus 12 #243), and Imagify's `upsell_banner` (corpus 7 #230) are no banner ads, and `banner`
# would file them under Display.
_PAID_WORDS = frozenset({"ad", "ads", "advert", "adverts", "advertising", "paid", "sponsored", "promoted", "cpc",
                         "cpm", "ppc", "cpa", "display", "retargeting", "remarketing", "programmatic"})
_WORDS = lazy_compile(r"[^a-z0-9]+")


def says_paid(medium: str) -> bool:
    """Whether a medium says in one of its words that the placement was paid for (`banner_ad`, `paid-banner`)."""
    return any(word in _PAID_WORDS for word in _WORDS.split(medium.lower()))


# Affiliates is a channel of commissions: a link an affiliate places to be paid per sale. A medium that only
# contains the word beside another (`affiliate_settings`, Exercism's settings page linking its sister product:
# corpus 13 #31) names a page or a program, not an affiliate's link; `affiliate` there would move it into
# Affiliates. Like an ad channel, it is suggested only for a medium that says so by itself (`Affiliates`, `affiliate`).
COMMISSION_GROUPS = frozenset({"Affiliates"})


def says_affiliate(medium: str) -> bool:
    """Whether a medium is the affiliate word alone (`Affiliates`, `affiliate`), not one word among others."""
    return key(medium) in ("affiliate", "affiliates")


def key(value: str) -> str:
    """`value` without case and separators: `E-Mail`, `e_mail` and `email` share the key `email`."""
    return _SEPARATORS.sub("", value.strip().casefold())


class Vocabulary(NamedTuple):
    """Everything that makes a source or medium right, for one run (cached per platforms mapping and config)."""

    team_sources: Tuple[str, ...]
    team_mediums: Tuple[str, ...]
    platform_sources: FrozenSet[str]
    platform_mediums: Tuple[str, ...]  # in profile order, without repeats
    auto_sources: FrozenSet[str]
    auto_mediums: FrozenSet[str]
    separator: str
    # The sources and mediums that are policy, not typos (the three kinds above together), made once: the
    # value rules ask on every written value.
    policy_sources: FrozenSet[str] = frozenset()
    policy_mediums: FrozenSet[str] = frozenset()


_CACHE: Dict[Tuple[Any, ...], Tuple[Any, Vocabulary]] = {}


def vocabulary(ctx) -> Vocabulary:
    """The run's vocabulary, from `ctx.platforms` and `ctx.config` (cached: every rule asks)."""
    config = ctx.config
    # A platform's own values (`auto_values`: Mailchimp's `Mailchimp`) are right only where the platform wrote
    # them: in a link `scan` or validate_url reads (`values_in_urls`). A campaign file's tags are rendered by
    # utmlint, so `source: Mailchimp` typed there is the team's spelling beside the profile's `mailchimp`: two
    # GA4 rows, which the value rules report (stranger10 R20).
    written_by_platforms = bool(getattr(config, "values_in_urls", False))
    cache_key = (id(ctx.platforms), tuple(config.sources), tuple(config.mediums), config.separator,
                 type(config.separator), written_by_platforms)
    cached = _CACHE.get(cache_key)
    if cached is not None and cached[0] is ctx.platforms:
        return cached[1]
    platforms: Iterable[Platform] = ctx.platforms.values()
    mediums = dict.fromkeys(m for p in platforms for c in p.channels.values() for m in c.mediums)
    platform_sources = frozenset(p.source for p in ctx.platforms.values())
    auto_sources = auto_mediums = frozenset()
    if written_by_platforms:
        auto_sources = frozenset(v for p in ctx.platforms.values() for v in p.auto_sources)
        auto_mediums = frozenset(v for p in ctx.platforms.values() for v in p.auto_mediums)
    found = Vocabulary(tuple(config.sources), tuple(config.mediums), platform_sources, tuple(mediums),
                       auto_sources, auto_mediums, config.separator,
                       platform_sources | auto_sources | frozenset(config.sources),
                       frozenset(mediums) | auto_mediums | frozenset(config.mediums))
    if len(_CACHE) > 16:
        _CACHE.clear()
    _CACHE[cache_key] = (ctx.platforms, found)
    return found


def uses_of(campaign: "Campaign") -> Tuple[Use, ...]:
    """The distinct (source, medium, campaign) of a campaign's tracked links, in file order (cached: the value
    rules and source-domain-style ask in turn)."""
    cached = campaign.__dict__.get("_channel_uses")
    if cached is None:
        cached = tuple(dict.fromkeys(
            (link.params.get("utm_source"), link.params.get("utm_medium"), link.params.get("utm_campaign"))
            for link in campaign.all_links if link.tracked))
        campaign.__dict__["_channel_uses"] = cached
    return cached


def moved(param: str, value: str, respelled: str, uses: Iterable[Use]) -> Optional[Tuple[str, str]]:
    """The GA4 channel groups (before, after) of the first link among `uses` whose `param` (`utm_source`,
    `utm_medium` or `utm_campaign`: GA4 reads `shop` and `cross-network` in it) is `value` and that `respelled` would file in another group, or None when none would move.
    The same letters respelled (` Email`, `E_Mail`) may take a link out of Unassigned: GA4 misread what the
    author wrote, and the respelling is what they meant; another word (`x` -> `twitter`) may not."""
    if respelled == value:
        return None
    place = _PLACE[param]
    same_letters = key(respelled) == key(value)
    for use in uses:
        if use[place] != value:
            continue
        changed = list(use)
        changed[place] = respelled
        before, after = predict_channel(*use).channel, predict_channel(*changed).channel
        if before != after and not (same_letters and before == UNASSIGNED):
            return before, after
    return None


def _by_key(value: str, candidates: Iterable[str]) -> Optional[str]:
    wanted = key(value)
    return next((c for c in candidates if key(c) == wanted), None)


def platform_variant(value: str, ctx, uses: Sequence[Use] = ()) -> Optional[Platform]:
    """The platform whose domain, `-io` form or listed variant `value` is (not a case slip, not its own
    auto-set value), unless its name would move one of the links in `uses` to another channel group (`x` beside
    `utm_medium=email` stays `x`: `twitter` is Organic Social whatever the medium): `source-domain-style`
    reports these."""
    if value in vocabulary(ctx).policy_sources:
        return None
    found = match_source_variant(value, ctx.platforms)
    if found is None or found[1] == "case" or moved("utm_source", value, found[0].source, uses):
        return None
    return found[0]


def source_spelling(value: str, ctx, uses: Sequence[Use] = ()) -> str:
    """The one spelling to write for utm_source `value` (the value itself when it is right): the first of the
    platform's name, a policy value of the same letters and the value rules' spelling that moves none of the
    links in `uses` to another channel group; in a file scan reads, the spelling of the same source the file's other
    links write (file_spelling)."""
    spelled = _source_spelling(value, ctx, uses)
    written = getattr(ctx.config, "file_sources", ())
    return file_spelling(value, spelled, written, ctx, uses) if written and spelled != value else spelled


def _same_source(value: str, written: Sequence[Tuple[str, int]]) -> Tuple[Tuple[str, int], ...]:
    """The (spelling, links) of `written` whose key (the letters once case and separators are dropped) is `value`'s."""
    if isinstance(written, FileSources):
        return written.same_source(value)
    wanted = key(value)
    return tuple((s, n) for s, n in written if key(s) == wanted)


def file_spelling(value: str, spelled: str, written: Sequence[Tuple[str, int]], ctx, uses: Sequence[Use] = ()) -> str:
    """What to write for utm_source `value` in a file whose links write `written` ((spelling, links), in file order:
    file_sources): `spelled` (the spelling the rules suggest) when the file writes it, else the spelling of the same
    source (the same letters once case and separators are dropped) that the most of the file's other links write, when
    no rule would respell it and GA4 files the links the same way. A file of Customer.io's own `customer.io` links and
    one `Customer.io` was told to write `customerio`, the profile's name: the fix made two GA4 source rows of one
    sender's e-mail, and nothing told them (newuser F8). One file, one spelling of a source."""
    from .spelling import same_for_ga4

    right = [(s, n) for s, n in _same_source(value, written) if s != value and _source_spelling(s, ctx) == s]
    if not right or any(s == spelled for s, _ in right):
        return spelled
    most = max(n for _, n in right)
    best = next(s for s, n in right if n == most)  # on a tie, the first the file writes
    if not same_for_ga4("source", value, best) or moved("utm_source", value, best, uses):
        return spelled
    return best


_WRITTEN_SOURCE = lazy_compile(r"[?&;#]utm_source=([^&#\s\"'<>]+)", re.IGNORECASE)


class FileSources(tuple):
    """A file's (utm_source, links) pairs in file order (file_sources), grouped by key once: every link of the file asks
    for its source's other spellings, and comparing each with every source of the file made a sheet of 4,000
    partners' sources quadratic (review43 F2)."""

    def __new__(cls, pairs: Iterable[Tuple[str, int]]):
        self = super().__new__(cls, pairs)
        groups: Dict[str, List[Tuple[str, int]]] = {}
        for pair in self:
            groups.setdefault(key(pair[0]), []).append(pair)
        self._by_key = {k: tuple(v) for k, v in groups.items()}
        return self

    def same_source(self, value: str) -> Tuple[Tuple[str, int], ...]:
        return self._by_key.get(key(value), ())


def file_sources(urls: Iterable[str]) -> FileSources:
    """Each utm_source the links of one file write, with how many links write it, in file order (file_spelling)."""
    from urllib.parse import unquote

    counts: Dict[str, int] = {}
    for url in urls:
        found = _WRITTEN_SOURCE.search(url)
        if found is not None:
            value = unquote(found.group(1))
            counts[value] = counts.get(value, 0) + 1
    return FileSources(counts.items())


def file_siblings(value: str, written: Sequence[Tuple[str, int]]) -> Tuple[Tuple[str, int], ...]:
    """The spellings among a file's `written` sources (file_sources) of the same source as `value` (the same letters
    once case and separators are dropped), `value` among them: () when the file writes no other."""
    same = _same_source(value, written)
    return same if any(s != value for s, _ in same) else ()


def _source_spelling(value: str, ctx, uses: Sequence[Use] = ()) -> str:
    words = vocabulary(ctx)
    if value in words.policy_sources:
        return value
    candidates: List[str] = []
    found = match_source_variant(value, ctx.platforms)
    if found is not None:
        candidates.append(found[0].source)
    same = _by_key(value, words.team_sources) or _by_key(value, sorted(words.platform_sources))
    if same is not None:
        candidates.append(same)
    candidates.append(advice("source", value, words.separator))
    # lower case last: GA4's channel rules ignore case, so it never moves a link (`é-Mail` with no medium: `e-mail`
    # would move it from Unassigned to Email, and the value itself kept its capitals: value-case's fix wrote nothing)
    candidates.append(lowered(value))
    return next((c for c in candidates if not moved("utm_source", value, c, uses)), value)


def _group(medium: str) -> str:
    return predict_channel(None, medium, None).channel


def medium_spelling(value: str, ctx, uses: Sequence[Use] = ()) -> str:
    """The one spelling to write for utm_medium `value` (the value itself when it is right). A respelling
    never changes the GA4 channel the medium reaches, alone or on one of the links in `uses`."""
    words = vocabulary(ctx)
    if value in words.policy_mediums:
        return value
    from .channels import load_ruleset

    group = _group(value)
    for candidates in (words.team_mediums, words.platform_mediums, load_ruleset().medium_candidates):
        same = _by_key(value, candidates)
        if same is not None and _group(same) == group and not moved("utm_medium", value, same, uses):
            return same
    spelled = advice("medium", value, words.separator)
    return lowered(value) if moved("utm_medium", value, spelled, uses) else spelled  # lower case moves none


def sent_by(link: "Link", platform: Platform, ctx) -> bool:
    """Whether the link's utm_source is the platform's, as written or once respelled (a Facebook post in a
    Mailchimp campaign is not Mailchimp's business)."""
    source = link.params.get("utm_source")
    if not source or source == platform.source or source in platform.auto_sources:
        return True
    return source_spelling(source, ctx) == platform.source


def intended_groups(link: "Link", ctx) -> Optional[FrozenSet[str]]:
    """The GA4 channel groups the campaign means this link for, or None when nothing says.

    An ad (`type: ad`) is paid: its platform's paid channel (`platform: linkedin` is Paid Social), else any paid
    group; so is a link its platform profile sends through a paid channel only (Meta Ads) whose medium says ad
    (`ads`) while GA4 files it as unpaid. Otherwise the channel GA4 puts the link in now: a suggestion never moves a link that reaches a
    channel to another one. Only a link GA4 leaves Unassigned takes its intent from the platform profile's
    channel for its message channel, or from a message channel written in the file (`email`, `sms`, `push`), or from the
    e-mail template scan found it in."""
    platform = link.campaign.platform
    own: FrozenSet[str] = frozenset()
    source, campaign = link.params.get("utm_source"), link.params.get("utm_campaign")
    if platform is not None and sent_by(link, platform, ctx):
        channel = platform.channels.get(link.channel)
        if channel is not None:  # every medium the profile allows there (Intercom push: `push` or `email`)
            own = frozenset(predict_channel(source, m, campaign).channel for m in channel.mediums) - {UNASSIGNED}
    if link.campaign.type == "ad":
        return (own & PAID_GROUPS) or PAID_GROUPS
    current = link.ga4_channel.channel
    if current != UNASSIGNED:
        if link.campaign.type is None and own and own <= PAID_GROUPS and current not in PAID_GROUPS \
                and _says_ad(link.params.get("utm_medium") or ""):
            # a link its profile sends through a paid channel only (`platform: meta-ads`, `google-ads`) whose medium
            # says ad too (`ads`, `sponsored`) while GA4 files it as unpaid (Organic Social): the advice brings it back
            # to the paid channel, never keeps it organic. A medium that says otherwise (`social`) may be an unpaid
            # post filed under the wrong platform: the link keeps the channel it reaches, as does a paid link
            # (`display` in Google Ads stays Display) and a campaign whose `type:` says otherwise (`post`)
            return own
        return frozenset({current})
    if own:
        return own
    if link.channel_written and link.channel in _CHANNEL_GROUPS:
        return frozenset({_CHANNEL_GROUPS[link.channel]})
    if getattr(ctx.config, "link_place", "") == "email":
        # scan: a link in an e-mail template (linkplace) is the e-mail's: `utm_medium=website` there names the link's
        # target, not its placement, and `referral` would file the e-mail's clicks under Referral (review44 F13)
        return frozenset({"Email"})
    return None


def _says_ad(medium: str) -> bool:
    from .intent import ad_word

    return ad_word(medium.strip().lower()) is not None


def platform_mediums(link: "Link", ctx) -> Tuple[str, ...]:
    """The mediums the link's platform profile uses for its message channel (empty when it has no say).
    Without `platform:`, a source that is a platform's name (`source: intercom`) picks its profile."""
    platform = link.campaign.platform
    if platform is not None:
        if not sent_by(link, platform, ctx):
            return ()
        channel = platform.channels.get(link.channel)
        return channel.mediums if channel is not None else ()
    source = link.params.get("utm_source")
    spelled = source_spelling(source, ctx) if source else None
    platform = next((p for p in ctx.platforms.values() if p.source == spelled), None)
    if platform is None or not _medium_speaks_of(link, platform):
        return ()
    channel = platform.channels.get(link.channel) or platform.channels.get(platform.default_channel)
    return channel.mediums if channel is not None else ()


def _medium_speaks_of(link: "Link", platform: Platform) -> bool:
    """Whether a link whose source names `platform` (and no `platform:`) is one of its messages: no medium, a
    written message channel, or a medium that is one of the platform's channels or mediums (or near one).
    The source alone says who sent the link, not how: `utm_source=sendgrid&utm_medium=docs` on a docs page
    linking to a partner is a referral, and the profile's `email` would move it into Email."""
    medium = link.params.get("utm_medium")
    if not medium or link.channel_written:
        return True
    from .channels import medium_suggestions

    own = {key(name) for name in platform.channels}
    own.update(key(m) for channel in platform.channels.values() for m in channel.mediums)
    return key(medium) in own or any(key(near) in own for near in medium_suggestions(medium))


def _names_its_channel(medium: str, reached: str) -> bool:
    """Whether `medium` says the channel it reaches by itself, not only through the source beside it: with
    utm_source `facebook` every medium but a paid one lands in Organic Social, yet `email` there would be
    advice to mislabel the visit (`facebook / email`), and `push` beside `google` the same. A paid medium
    counts for any paid group (`cpc` alone is Paid Other, beside `google` Paid Search)."""
    alone = predict_channel(None, medium, None).channel
    return alone == reached or (alone in PAID_GROUPS and reached in PAID_GROUPS)


def medium_for(link: "Link", ctx, team_list: bool = True) -> Optional[str]:
    """The one medium to suggest for this link, or None when its medium is right or nothing is safe to say.

    Candidates, best first: the medium's own spelling (`E-Mail` -> `email`), the platform profile's mediums
    for the message channel, the team's mediums close to it, GA4's near values (`newsletter` -> `email`), then
    any team or profile medium. Each must be on the team's `mediums:` list (when there is one), reach a real
    GA4 channel, reach one of the groups the campaign intends, and name that channel by itself unless the
    profile lists it (never `email` beside `facebook` because the source alone makes it Organic Social). When
    nothing says which group the link is meant for, an ad channel's medium is suggested only for a medium that
    says it was paid for (`says_paid`): never `banner` (Display) for a product's own `bfcm_banner`. `team_list=False`
    asks which medium the link's channel needs were the team's list not there (medium-unassigned names it when the
    list holds none that fits: `audio` for a podcast, never the list's `email`)."""
    from .intent import channel_intent_problem  # medium-channel-intent: never suggest what it reports

    medium = link.params.get("utm_medium") or ""
    words = vocabulary(ctx)
    groups = intended_groups(link, ctx)
    source, campaign = link.params.get("utm_source"), link.params.get("utm_campaign")

    def fits(candidate: str) -> bool:
        if team_list and words.team_mediums and candidate not in words.team_mediums:
            return False
        reached = predict_channel(source, candidate, campaign).channel
        if reached == UNASSIGNED or (groups is not None and reached not in groups):
            return False
        if groups is None and reached in PAID_GROUPS and key(candidate) != key(medium) and not says_paid(medium):
            return False  # an ad channel for a link nothing says was paid for (`bfcm_banner` -> `banner`: Display)
        if groups is None and reached in COMMISSION_GROUPS and not says_affiliate(medium):
            return False  # a page named for a program (`affiliate_settings`) is no affiliate's link
        if channel_intent_problem(source or "", candidate, campaign or ""):
            return False  # `organic_oss` -> `organic` would file a README's link under Organic Search (corpus 9)
        return candidate in own or key(candidate) == key(medium) or _names_its_channel(candidate, reached)

    own = platform_mediums(link, ctx)
    if medium and fits(medium) and (not own or medium in own or link.campaign.platform is None):
        return None
    candidates: List[str] = []
    if medium:
        candidates.append(medium_spelling(medium, ctx))
    candidates.extend(own)
    if medium:
        import difflib

        candidates.extend(difflib.get_close_matches(medium.casefold(), list(words.team_mediums), n=3, cutoff=0.6))
        candidates.extend(medium_suggestions(medium))
    if groups is not None:
        candidates.extend(words.team_mediums)
        candidates.extend(words.platform_mediums)
    return next((c for c in dict.fromkeys(candidates) if c != medium and fits(c)), None)


class _SeenPair:
    """A (source, medium) pair seen in analytics data, as the one-link campaign `medium_for` judges: no platform,
    type or message channel written, so the source's platform profile and GA4's table decide."""

    class _Campaign:
        platform = None
        type = None

    campaign = _Campaign()
    channel = None
    channel_written = False

    def __init__(self, source: str, medium: str) -> None:
        self.params = {"utm_source": source, "utm_medium": medium}
        self.ga4_channel = predict_channel(source, medium, None)


def medium_for_pair(source: str, medium: str, ctx, team_list: bool = True) -> Optional[str]:
    """The medium `utmlint lint` would suggest for a link carrying only this source and medium (the audit's
    Unassigned rows): the same advice as the linter's, so an export and a campaign file are never told apart."""
    return medium_for(_SeenPair(source, medium), ctx, team_list)  # type: ignore[arg-type]


def quoted(values: Iterable[str], word: str = "or") -> str:
    """`a`, `a` or `b`, `a`, `b` or `c`: each value in backticks (phrases.joined)."""
    from .phrases import joined

    return joined([f"`{v}`" for v in values], word)

