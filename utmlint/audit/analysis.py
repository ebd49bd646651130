"""From aggregated rows to the report: channels by channels.py, Unassigned pairs with the linter's suggestion,
splits by the repo-wide rules' grouping, campaigns against the repo, and the rows GA4 itself marks."""

from __future__ import annotations

from typing import Dict, Iterable, List, Optional, Tuple

from .aggregate import Group, NOT_SET
from .campaigns import AUTO_TAGGED, AUTO_TAGGED_SILENT, google_cpc_pair
from .report import AuditReport, Campaign, Disagreement, Row, SplitRow, Unassigned

OTHER = "(other)"
TEST_SOURCES = frozenset({"test", "testing"})
TEST_MEDIUMS = frozenset({"verify", "test", "testing"})


def is_placeholder(value: str) -> bool:
    """GA4's own values: `(not set)`, `(direct)`, `(organic)`, `(referral)`, `(none)`, `(other)`, ..."""
    return value.startswith("(") and value.endswith(")")


def _ga4_own() -> frozenset:
    """Values GA4 sets itself for traffic no utm link brought (the 2026 AI Assistant referrals: medium
    `ai-assistant`, campaign `(ai-assistant)`): the reserved values of rules/ga4/ that no channel row reads."""
    from ..channels import reserved_values

    return frozenset(reserved_values() - {"(direct)", "(none)", "(not set)"})


# What one value says about its group, found once per distinct value (an export has thousands of groups
# but only tens of sources and mediums and hundreds of campaigns): bits of `_value_flags`.
_OTHER, _GA4_OWN, _TEST_SOURCE, _TEST_MEDIUM, _PLACEHOLDER, _FOLDS_APART = 1, 2, 4, 8, 16, 32


def _value_flags(value: str, ga4_own: frozenset) -> int:
    folded = value.strip().casefold()
    flags = _OTHER if value == OTHER else 0
    if value.casefold() in ga4_own:
        flags |= _GA4_OWN
    if folded in TEST_SOURCES:
        flags |= _TEST_SOURCE
    if folded in TEST_MEDIUMS:
        flags |= _TEST_MEDIUM
    if is_placeholder(value):
        flags |= _PLACEHOLDER
    # SQL lower-cases where channels.py casefolds; they differ only for a few non-ASCII letters (`ß`), and
    # there channels.py decides.
    if not (value.isascii() or value.casefold() == value.lower()):
        flags |= _FOLDS_APART
    return flags


def _kind(source: str, medium: str, flags: Tuple[int, int, int]) -> str:
    both = flags[0] | flags[1] | flags[2]
    if both & _OTHER:
        return "other"
    if both & _GA4_OWN:
        return "ga4_set"
    if flags[0] & _TEST_SOURCE or flags[1] & _TEST_MEDIUM:
        return "test"
    if source == NOT_SET and medium == NOT_SET:
        # GA4 knows nothing of where the session came from: set apart. A row with one of them, `linkedin / (not set)`
        # (a link with no utm_medium), is filed by GA4's channel rules like any other (Organic Social by the source
        # alone, as lint says; `mailchimp / (not set)` Unassigned, with the medium to add): counted in its channel
        # (stranger19: setting it apart as "(not set)" read as if GA4 had no channel for it)
        return "not_set"
    return "classified"


def _suggestion(source: str, medium: str, platforms, config) -> Optional[str]:
    """The linter's own advice for the pair (suggest.py): the source's platform profile counts (Intercom's
    `in-app` -> `email`), and the team's `mediums:` list when there is one."""
    from ..suggest import medium_for_pair
    from .splits import Context

    if medium == NOT_SET:  # links with no utm_medium: lint says to add one (missing-utm-param) and names no value
        return None

    if platforms is None or config is None:
        from ..channels import medium_suggestions

        found = medium_suggestions(medium)
        return found[0] if found else None
    ctx = Context(platforms, config)
    # as medium-unassigned says it: a team `mediums:` list holding no medium of the pair's channel does not make the
    # channel's own medium unsafe (`devpod / podcast`: `audio`, as lint tells it; stranger17 R3)
    return medium_for_pair(source, medium, ctx) or medium_for_pair(source, medium, ctx, team_list=False)


def build_report(groups: Iterable[Group], *, file: str, input_kind: str, unit: str, touch: str,
                 channel_group: Optional[str] = None, repo=None, platforms=None, config=None,
                 notes: Iterable[str] = (), skipped_rows: int = 0) -> AuditReport:
    from ..channels import UNASSIGNED, channel_names, channel_of, predict_channel, ruleset_version
    from .splits import find_splits, same_key

    report = AuditReport(file=file, input=input_kind, unit=unit, touch=touch, ruleset=ruleset_version(),
                         channel_group=channel_group, notes=list(notes), skipped_rows=skipped_rows)
    buckets = {"not_set": report.not_set, "other": report.other, "test": report.test_rows, "ga4_set": report.ga4_set}
    ga4_own = _ga4_own()
    channels: Dict[str, float] = {}
    unassigned: Dict[Tuple[str, str], List] = {}
    disagreements: Dict[Tuple[str, str, str, str], float] = {}
    weights: Dict[str, Dict[str, float]] = {"source": {}, "medium": {}, "campaign": {}}
    by_triple: Dict[Tuple[str, str, str], Row] = {}
    google_cpc: Dict[str, bool] = {}  # campaign -> whether every row of it is `google / cpc` (auto-tagging's pair)
    memo: Dict[str, int] = {}

    def flags_of(value: str) -> int:
        found = memo.get(value)
        if found is None:
            found = memo[value] = _value_flags(value, ga4_own)
        return found

    for group in groups:
        count = group.count
        report.sessions += count
        flags = (flags_of(group.source), flags_of(group.medium), flags_of(group.campaign))
        kind = _kind(group.source, group.medium, flags)
        if kind == "classified":
            for dimension, value, flag in (("source", group.source, flags[0]), ("medium", group.medium, flags[1]),
                                           ("campaign", group.campaign, flags[2])):
                if not flag & _PLACEHOLDER:
                    weight = weights[dimension]
                    weight[value] = weight.get(value, 0) + count
        if kind != "classified":
            bucket = buckets[kind]
            bucket.sessions += count
            key = (group.source, group.medium, group.campaign)  # its kind, so its bucket, follows from the values
            row = by_triple.get(key)
            if row is not None:
                row.sessions += count
            else:
                row = by_triple[key] = Row(group.source, group.medium, group.campaign, count)
                bucket.rows.append(row)
            continue
        google_cpc[group.campaign] = google_cpc.get(group.campaign, True) and google_cpc_pair(group.source, group.medium)
        channel = group.channel
        if channel is None or (flags[0] | flags[1] | flags[2]) & _FOLDS_APART:
            channel = channel_of(group.source, group.medium, group.campaign)
        channels[channel] = channels.get(channel, 0) + count
        if channel == UNASSIGNED:
            entry = unassigned.setdefault((group.source, group.medium), [0.0, ""])
            entry[0] += count
        if group.reported is not None and group.reported.casefold() != channel.casefold():
            key4 = (group.source, group.medium, group.reported, channel)
            disagreements[key4] = disagreements.get(key4, 0) + count
    order = {name: i for i, name in enumerate(channel_names())}
    report.channels = dict(sorted(channels.items(), key=lambda kv: (-kv[1], order.get(kv[0], 99))))
    report.unassigned_sessions = channels.get(UNASSIGNED, 0)
    report.unassigned_share = round(report.unassigned_sessions / report.sessions, 6) if report.sessions else 0.0
    report.unassigned = [Unassigned(s, m, n, _suggestion(s, m, platforms, config), predict_channel(s, m, None).reason)
                         for (s, m), (n, _) in sorted(unassigned.items(), key=lambda kv: (-kv[1][0], kv[0]))]
    for bucket in buckets.values():
        bucket.rows.sort(key=lambda row: (-row.sessions, row.source, row.medium, row.campaign))
    if channel_group is not None:
        report.channel_disagreements = [Disagreement(s, m, r, p, n) for (s, m, r, p), n in
                                        sorted(disagreements.items(), key=lambda kv: (-kv[1], kv[0]))]
        if disagreements and channel_group.casefold() != "default channel group":
            report.notes.append(f"the export's channel column is the custom channel group `{channel_group}`: "
                                "its channels follow your own rules, so differences from GA4's default grouping "
                                "are expected there")

    slugs = sorted(repo.campaigns) if repo is not None else []
    for dimension in ("source", "medium", "campaign"):
        for split in find_splits(dimension, weights[dimension], platforms or {}, config, slugs):
            report.splits.append(SplitRow(dimension, [{"value": v, "sessions": n} for v, n in split.spellings],
                                          split.canonical, split.why, split.sessions))
    report.splits.sort(key=lambda split: (-split.sessions, split.dimension, split.canonical))

    if repo is not None:
        report.repo = {"path": repo.root, "files": repo.files, "campaigns": len(repo.campaigns)}
        key = same_key("campaign", platforms or {}, config, slugs)
        slug_by_key: Dict[str, str] = {}
        for slug in slugs:
            slug_by_key.setdefault(key(slug), slug)
        seen_keys = set()
        unknown = []
        for campaign, sessions in weights["campaign"].items():
            seen_keys.add(key(campaign))
            if campaign not in repo.campaigns:
                path, line = repo.written.get(campaign, (None, None))  # a link in the repo's docs or code writes it
                unknown.append(Campaign(campaign, sessions, repo_spelling=slug_by_key.get(key(campaign)),
                                        path=path, line=line))
        report.unknown_campaigns = sorted(unknown, key=lambda c: (-c.sessions, c.campaign))
        report.silent_campaigns = [Campaign(slug, 0, path=repo.campaigns[slug][0], line=repo.campaigns[slug][1])
                                   for slug in slugs if key(slug) not in seen_keys]
        # the repo's own google / cpc campaign with no sessions, beside google / cpc sessions under a name the repo has
        # nowhere: Google Ads' auto-tagging naming the clicks by the Ads campaign is a likelier reason than a broken
        # link or a hand-built one (newuser47 F9); said as a question on both, and only on that pair
        silent_ads = [c for c in report.silent_campaigns if c.campaign in repo.google_ads]
        named_by_ads = [c for c in report.unknown_campaigns
                        if c.path is None and c.repo_spelling is None and google_cpc.get(c.campaign)]
        if silent_ads and named_by_ads:
            for c in named_by_ads:
                c.note = AUTO_TAGGED
            for c in silent_ads:
                c.note = AUTO_TAGGED_SILENT
    return report
