"""`--format html`: one self-contained page (inline CSS and SVG, no script, no network) a marketer can open.

The page shell and the escaping are utmlint's one pair for every HTML page (`utmlint/html/page.py`): its
Content-Security-Policy forbids scripts (this page has none) and any fetch, so even a value that slipped
through escaping could not run or call home; every value is escaped anyway.
"""

from __future__ import annotations

from ...html.page import h, page, prose, table as _table
from . import TOP, input_label, number, share
from .charts import UNASSIGNED_COLOUR, bars, stacked

_CSS = """
svg text{font:13px system-ui,sans-serif;fill:#111827}svg .value{fill:#374151}
"""


def render(report) -> str:
    unit = h(report.unit)
    total = report.sessions
    parts = [
        f"<h1>utmlint audit</h1><p class=\"meta\"><code>{h(report.file)}</code>: {h(input_label(report))}, "
        f"GA4 ruleset <code>{h(report.ruleset)}</code></p>",
        '<div class="cards">',
        f'<div class="card" id="total-sessions"><b>{number(total)}</b>{unit}</div>',
        f'<div class="card bad" id="unassigned-sessions"><b>{number(report.unassigned_sessions)}</b>Unassigned '
        f'({share(report.unassigned_sessions, total)})</div>',
        f'<div class="card" id="split-count"><b>{len(report.splits)}</b>split value{"s" if len(report.splits) != 1 else ""}</div>',
    ]
    if report.unknown_campaigns is not None:
        parts.append(f'<div class="card" id="unknown-count"><b>{len(report.unknown_campaigns)}</b>campaign{"s" if len(report.unknown_campaigns) != 1 else ""} not in the repo</div>')
    parts.append("</div>")
    parts.append("<h2>Channels</h2><p>Where GA4's default channel grouping puts these sessions, predicted from the "
                 "values by the same rules <code>utmlint lint</code> uses.</p>")
    parts.append(bars("channel shares", list(report.channels.items()), total, "chart-channels"))
    if report.unassigned:
        parts.append("<h2>Unassigned</h2><p>Sessions GA4 files under no channel, by source and medium, with the "
                     "fix the linter suggests.</p>")
        top = report.unassigned[:10]
        parts.append(bars("top Unassigned pairs", [(f"{r.source} / {r.medium}", r.sessions) for r in top], total,
                          "chart-unassigned", colours=(UNASSIGNED_COLOUR,), label_width=300))
        parts.append(_table(["Source", "Medium", unit.capitalize(), "Suggestion", "Why"],
                            [[h(r.source), h(r.medium), number(r.sessions),
                              f"<code>{h(r.suggestion)}</code>" if r.suggestion else "no safe guess", prose(r.reason)]
                             for r in report.unassigned[:TOP]], numeric=(2,)))
    if report.splits:
        parts.append("<h2>Splits</h2><p>One value spelled several ways: GA4 reports each spelling as its own row. "
                     "Green is the spelling to keep.</p>")
        rows = []
        for i, split in enumerate(report.splits[:TOP]):
            spellings = ", ".join(f"<code>{h(s['value'])}</code> {number(s['sessions'])}" for s in split.spellings)
            rows.append([h(split.dimension), spellings + "<br>" + stacked(split, f"chart-split-{i}"),
                         f"<code>{h(split.canonical)}</code> ({h(split.why)})", number(split.sessions)])
        parts.append(_table(["Dimension", "Spellings", "Use", unit.capitalize()], rows, numeric=(3,)))
    parts.append("<h2>Campaigns</h2>")
    if report.unknown_campaigns is None:
        parts.append("<p>No campaign repo to compare with (pass <code>--campaigns PATH</code>).</p>")
    else:
        parts.append(f"<p>Against <code>{h(report.repo['path'])}</code> ({report.repo['campaigns']} campaign{'s' if report.repo['campaigns'] != 1 else ''}).</p>")
        written = [c for c in report.unknown_campaigns if c.path]
        nowhere = [c for c in report.unknown_campaigns if not c.path]
        # the `Repo spelling` column only where a row has one: a header over an empty column read as missing data
        # (newuser48b, LOW)
        if written:
            spelled = any(c.repo_spelling for c in written[:TOP])
            parts.append("<p>In the data, in no campaign file, written in the repo's docs, templates or code:</p>")
            parts.append(_table(["Campaign", unit.capitalize(), "Written in"] + (["Repo spelling"] if spelled else []),
                                [[h(c.campaign), number(c.sessions), h(f"{c.path}:{c.line}")]
                                 + ([h(c.repo_spelling or "")] if spelled else []) for c in written[:TOP]], numeric=(1,)))
        if nowhere:
            spelled = any(c.repo_spelling for c in nowhere[:TOP])
            parts.append("<p>In the data, defined nowhere in the repo (links built by hand or copied?):</p>")
            noted = any(c.note for c in nowhere)
            parts.append(_table(["Campaign", unit.capitalize()] + (["Repo spelling"] if spelled else [])
                                + (["Note"] if noted else []),
                                [[h(c.campaign), number(c.sessions)] + ([h(c.repo_spelling or "")] if spelled else [])
                                 + ([h(c.note or "")] if noted else []) for c in nowhere[:TOP]], numeric=(1,)))
        if report.silent_campaigns:
            parts.append("<p>Defined in the repo, no sessions (a broken or stripped link?):</p>")
            noted = any(c.note for c in report.silent_campaigns)
            parts.append(_table(["Campaign", "Defined in"] + (["Note"] if noted else []),
                                [[h(c.campaign), h(f"{c.path}:{c.line}")] + ([h(c.note or "")] if noted else [])
                                 for c in report.silent_campaigns[:TOP]]))
    if report.channel_disagreements:
        parts.append(f"<h2>Channel disagreements</h2><p>The export's channel column "
                     f"(<code>{h(report.channel_group)}</code>) against utmlint's prediction.</p>")
        parts.append(_table(["Source", "Medium", "Export says", "utmlint predicts", unit.capitalize()],
                            [[h(d.source), h(d.medium), h(d.reported), h(d.predicted), number(d.sessions)]
                             for d in report.channel_disagreements[:TOP]], numeric=(4,)))
    parts.append("<h2>Set apart</h2><p>Rows GA4 itself marks, counted here and kept out of the channels.</p>")
    parts.append(_table(["Rows", unit.capitalize(), "Which"],
                        [[label, number(b.sessions), ", ".join(f"<code>{h(r.source)} / {h(r.medium)}</code> {h(r.campaign)}"
                                                               for r in b.rows[:5])]
                         for label, b in (("(not set)", report.not_set), ("(other): row limit hit", report.other),
                                          ("test rows", report.test_rows),
                                          ("set by GA4 itself (AI Assistant referrals)", report.ga4_set))], numeric=(1,)))
    for note in report.notes:
        parts.append(f'<p class="note">{h(note)}</p>')
    return page(f"utmlint audit: {report.file}", parts, _CSS)
