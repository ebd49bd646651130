"""`--format html`: one self-contained page (inline CSS and SVG, no script, no network) a marketer can open.

A Content-Security-Policy forbids scripts and any fetch, so even a value that slipped through escaping
could not run or call home; every value is escaped anyway.
"""

from __future__ import annotations

from html import escape

from . import TOP, input_label, number, share, visible
from .charts import UNASSIGNED_COLOUR, bars, stacked

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#111827;margin:2rem auto;max-width:980px;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #e5e7eb;padding-bottom:.2rem}
.meta{color:#4b5563}.cards{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0}
.card{border:1px solid #e5e7eb;border-radius:8px;padding:.6rem 1rem;min-width:150px}
.card b{display:block;font-size:1.5rem}.card.bad b{color:#dc2626}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #f3f4f6;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}code{background:#f3f4f6;padding:0 .25rem;border-radius:3px}
svg text{font:13px system-ui,sans-serif;fill:#111827}svg .value{fill:#374151}.note{color:#92400e;background:#fffbeb;padding:.4rem .6rem;border-radius:6px}
"""


def h(text) -> str:
    return escape(visible(text), quote=True)


def _table(headers, rows, numeric=()) -> str:
    head = "".join(f'<th class="n">{x}</th>' if i in numeric else f"<th>{x}</th>" for i, x in enumerate(headers))
    body = "".join("<tr>" + "".join(f'<td class="n">{c}</td>' if i in numeric else f"<td>{c}</td>"
                                    for i, c in enumerate(row)) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render(report) -> str:
    unit = h(report.unit)
    total = report.sessions
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>utmlint audit: {h(report.file)}</title><style>{_CSS}</style></head><body>",
        f"<h1>utmlint audit</h1><p class=\"meta\"><code>{h(report.file)}</code>: {h(input_label(report))}, "
        f"GA4 ruleset <code>{h(report.ruleset)}</code></p>",
        '<div class="cards">',
        f'<div class="card" id="total-sessions"><b>{number(total)}</b>{unit}</div>',
        f'<div class="card bad" id="unassigned-sessions"><b>{number(report.unassigned_sessions)}</b>Unassigned '
        f'({share(report.unassigned_sessions, total)})</div>',
        f'<div class="card" id="split-count"><b>{len(report.splits)}</b>split values</div>',
    ]
    if report.unknown_campaigns is not None:
        parts.append(f'<div class="card" id="unknown-count"><b>{len(report.unknown_campaigns)}</b>campaigns not in the repo</div>')
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
                              f"<code>{h(r.suggestion)}</code>" if r.suggestion else "no safe guess", h(r.reason)]
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
        parts.append(f"<p>Against <code>{h(report.repo['path'])}</code> ({report.repo['campaigns']} campaigns).</p>")
        if report.unknown_campaigns:
            parts.append("<p>In the data, defined nowhere in the repo (links built by hand or copied?):</p>")
            parts.append(_table(["Campaign", unit.capitalize(), "Repo spelling"],
                                [[h(c.campaign), number(c.sessions), h(c.repo_spelling or "")]
                                 for c in report.unknown_campaigns[:TOP]], numeric=(1,)))
        if report.silent_campaigns:
            parts.append("<p>Defined in the repo, no sessions (a broken or stripped link?):</p>")
            parts.append(_table(["Campaign", "Defined in"], [[h(c.campaign), h(f"{c.path}:{c.line}")]
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
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
