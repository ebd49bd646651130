"""`--format text`: the report for a terminal."""

from __future__ import annotations

from . import TOP, counted, input_label, number, share, visible as v


def _pair(source: str, medium: str) -> str:
    return f"{v(source)} / {v(medium)}"


def render(report) -> str:
    unit = report.unit
    out = [f"utmlint audit: {v(report.file)} ({input_label(report)}; GA4 ruleset {report.ruleset})",
           f"{counted(report.sessions, unit)}; {number(report.unassigned_sessions)} Unassigned "
           f"({share(report.unassigned_sessions, report.sessions)})", ""]
    out.append("Channels (as utmlint predicts them from the values):")
    width = max((len(name) for name in report.channels), default=0)
    for name, count in report.channels.items():
        out.append(f"  {v(name):<{width}}  {number(count):>12}  {share(count, report.sessions):>6}")
    if not report.channels:
        out.append("  (no classified rows)")
    if report.unassigned:
        out += ["", "Unassigned pairs (GA4 files these under no channel):"]
        for row in report.unassigned[:TOP]:
            fix = f"use utm_medium `{v(row.suggestion)}`" if row.suggestion else \
                "no utm_medium on these links: add the medium of the channel you mean" if row.medium == "(not set)" \
                else "no safe guess: pick the medium of the channel you mean"
            out.append(f"  {_pair(row.source, row.medium)}: {counted(row.sessions, unit)}; {fix}")
        _more(out, report.unassigned)
    if report.splits:
        out += ["", "Splits (one value spelled several ways; GA4 reports each as its own row):"]
        for split in report.splits[:TOP]:
            spellings = ", ".join(f"`{v(s['value'])}` {number(s['sessions'])}" for s in split.spellings)
            out.append(f"  {split.dimension} {spellings}: use `{v(split.canonical)}` ({v(split.why)})")
        _more(out, report.splits)
    if report.unknown_campaigns is not None:
        out += ["", f"Campaigns against the repo {v(report.repo['path'])} ({report.repo['campaigns']} campaign{'s' if report.repo['campaigns'] != 1 else ''}):"]
        written = [c for c in report.unknown_campaigns if c.path]
        nowhere = [c for c in report.unknown_campaigns if not c.path]
        if written:
            out.append("  in the data, in no campaign file, written in the repo's docs, templates or code:")
            for c in written[:TOP]:
                hint = f"; the campaign files spell it `{v(c.repo_spelling)}`" if c.repo_spelling else ""
                out.append(f"    {v(c.campaign)}: {counted(c.sessions, unit)} ({v(c.path)}:{c.line}{hint})")
            _more(out, written, "    ")
        if nowhere:
            out.append("  in the data, defined nowhere in the repo (built by hand or copied?):")
            for c in nowhere[:TOP]:
                hint = f" (the repo spells it `{v(c.repo_spelling)}`)" if c.repo_spelling else \
                    f" ({v(c.note)})" if c.note else ""
                out.append(f"    {v(c.campaign)}: {counted(c.sessions, unit)}{hint}")
            _more(out, nowhere, "    ")
        if report.silent_campaigns:
            out.append("  defined in the repo, no sessions (a broken or stripped link?):")
            for c in report.silent_campaigns[:TOP]:
                out.append(f"    {v(c.campaign)} ({v(c.path)}:{c.line}{'; ' + v(c.note) if c.note else ''})")
            _more(out, report.silent_campaigns, "    ")
        if not report.unknown_campaigns and not report.silent_campaigns:
            out.append("  every campaign in the data is defined in the repo, and every repo campaign has sessions")
    else:
        out += ["", "Campaigns: no campaign repo (no config file here; pass --campaigns PATH to compare)"]
    if report.channel_disagreements:
        out += ["", f"Channel disagreements (the export's `{v(report.channel_group)}` vs utmlint's prediction):"]
        for d in report.channel_disagreements[:TOP]:
            out.append(f"  {_pair(d.source, d.medium)}: export says {v(d.reported)}, utmlint predicts "
                       f"{v(d.predicted)} ({counted(d.sessions, unit)})")
        _more(out, report.channel_disagreements)
    buckets = [(label, bucket) for label, bucket in (
        ("(not set) source and medium", report.not_set), ("(other): GA4's row limit was hit", report.other),
        ("test rows (utm_source=test, utm_medium=verify)", report.test_rows),
        ("set by GA4 itself, not by a utm link (AI Assistant referrals)", report.ga4_set)) if bucket.rows]
    # An empty bucket is left out: "0 sessions in 0 rows" read like a finding.
    out += ["", "Set apart (not in the channels above):" if buckets else
            "Set apart: nothing ((not set), (other), test and GA4-set rows: none)"]
    for label, bucket in buckets:
        names = "; ".join(f"{_pair(r.source, r.medium)} {v(r.campaign)}: {number(r.sessions)}" for r in bucket.rows[:5])
        rows = f"{len(bucket.rows)} row{'s' if len(bucket.rows) != 1 else ''}"
        out.append(f"  {label}: {counted(bucket.sessions, unit)} in {rows}" + (f" ({names})" if names else ""))
    if report.skipped_rows:
        out.append(f"  rows without a number in the count column (totals or text), not counted: {report.skipped_rows}")
    for note in report.notes:
        out.append(f"note: {v(note)}")
    return "\n".join(out) + "\n"


def _more(out, items, indent: str = "  ") -> None:
    if len(items) > TOP:
        out.append(f"{indent}... and {len(items) - TOP} more (--format json lists all)")
