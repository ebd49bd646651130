"""From aggregated rows to the report: channels by channels.py, Unassigned pairs with the linter's suggestion,
splits by the repo-wide rules' grouping, campaigns against the repo, and the rows GA4 itself marks."""

from __future__ import annotations

from typing import Dict, Iterable, List, Optional, Tuple

from .aggregate import Group, NOT_SET
from .report import AuditReport, Bucket, Campaign, Disagreement, Row, SplitRow, Unassigned

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


def _kind(group: Group, ga4_own: frozenset) -> str:
    values = (group.source, group.medium, group.campaign)
    if OTHER in values:
        return "other"
    if any(v.casefold() in ga4_own for v in values):
        return "ga4_set"
    if group.source.strip().casefold() in TEST_SOURCES or group.medium.strip().casefold() in TEST_MEDIUMS:
        return "test"
    if NOT_SET in (group.source, group.medium):
        return "not_set"
    return "classified"


def _folds_alike(group: Group) -> bool:
    """SQL lower-cases where channels.py casefolds; they differ only for a few non-ASCII letters (`ß`), and
    there channels.py decides."""
    return all(v.isascii() or v.casefold() == v.lower() for v in (group.source, group.medium, group.campaign))


def _suggestion(source: str, medium: str, platforms, config) -> Optional[str]:
    """The linter's own advice for the pair (suggest.py): the source's platform profile counts (Intercom's
    `in-app` -> `email`), and the team's `mediums:` list when there is one."""
    from ..suggest import medium_for_pair
    from .splits import Context

    if platforms is None or config is None:
        from ..channels import medium_suggestions

        found = medium_suggestions(medium)
        return found[0] if found else None
    return medium_for_pair(source, medium, Context(platforms, config))


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
    for group in groups:
        report.sessions += group.count
        kind = _kind(group, ga4_own)
        if kind in ("classified", "not_set"):  # a link missing its medium still carries its campaign
            for dimension, value in (("source", group.source), ("medium", group.medium), ("campaign", group.campaign)):
                if not is_placeholder(value):
                    weights[dimension][value] = weights[dimension].get(value, 0) + group.count
        if kind != "classified":
            bucket = buckets[kind]
            bucket.sessions += group.count
            key = (group.source, group.medium, group.campaign)
            if key in by_triple and by_triple[key] in bucket.rows:
                by_triple[key].sessions += group.count
            else:
                by_triple[key] = Row(group.source, group.medium, group.campaign, group.count)
                bucket.rows.append(by_triple[key])
            continue
        channel = group.channel
        if channel is None or not _folds_alike(group):
            channel = channel_of(group.source, group.medium, group.campaign)
        channels[channel] = channels.get(channel, 0) + group.count
        if channel == UNASSIGNED:
            entry = unassigned.setdefault((group.source, group.medium), [0.0, ""])
            entry[0] += group.count
        if group.reported is not None and group.reported.casefold() != channel.casefold():
            key4 = (group.source, group.medium, group.reported, channel)
            disagreements[key4] = disagreements.get(key4, 0) + group.count
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
                unknown.append(Campaign(campaign, sessions, repo_spelling=slug_by_key.get(key(campaign))))
        report.unknown_campaigns = sorted(unknown, key=lambda c: (-c.sessions, c.campaign))
        report.silent_campaigns = [Campaign(slug, 0, path=repo.campaigns[slug][0], line=repo.campaigns[slug][1])
                                   for slug in slugs if key(slug) not in seen_keys]
    return report
