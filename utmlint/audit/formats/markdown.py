"""`--format markdown`: the report as GitHub-flavoured Markdown (for a pull request or a wiki page)."""

from __future__ import annotations

import re

from . import TOP, input_label, number, share, visible

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def m(text) -> str:
    """A value as inert Markdown: control characters shown, markup characters escaped."""
    return _SPECIAL.sub(r"\\\1", visible(text))


def _table(headers, rows) -> list:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def render(report) -> str:
    unit = report.unit
    out = [f"# utmlint audit: {m(report.file)}", "",
           f"{input_label(report)}, GA4 ruleset `{report.ruleset}`: **{number(report.sessions)} {unit}**, "
           f"**{number(report.unassigned_sessions)} Unassigned** ({share(report.unassigned_sessions, report.sessions)}).",
           "", "## Channels", ""]
    out += _table(["Channel", unit.capitalize(), "Share"],
                  [[m(k), number(n), share(n, report.sessions)] for k, n in report.channels.items()])
    if report.unassigned:
        out += ["", "## Unassigned pairs", ""]
        out += _table(["Source", "Medium", unit.capitalize(), "Suggestion"],
                      [[m(r.source), m(r.medium), number(r.sessions), m(r.suggestion) if r.suggestion else "no safe guess"]
                       for r in report.unassigned[:TOP]])
    if report.splits:
        out += ["", "## Splits", ""]
        out += _table(["Dimension", "Spellings", unit.capitalize(), "Use"],
                      [[s.dimension, ", ".join(f"{m(x['value'])} ({number(x['sessions'])})" for x in s.spellings),
                        number(s.sessions), f"{m(s.canonical)} ({m(s.why)})"] for s in report.splits[:TOP]])
    out += ["", "## Campaigns", ""]
    if report.unknown_campaigns is None:
        out.append("No campaign repo to compare with (pass `--campaigns PATH`).")
    else:
        out.append(f"Against {m(report.repo['path'])} ({report.repo['campaigns']} campaign{'s' if report.repo['campaigns'] != 1 else ''}).")
        written = [c for c in report.unknown_campaigns if c.path]
        nowhere = [c for c in report.unknown_campaigns if not c.path]
        if written:  # `Repo spelling` only where a row has one, as the HTML report
            spelled = any(c.repo_spelling for c in written[:TOP])
            out += ["", "In the data, in no campaign file, written in the repo's docs, templates or code:", ""]
            out += _table(["Campaign", unit.capitalize(), "Written in"] + (["Repo spelling"] if spelled else []),
                          [[m(c.campaign), number(c.sessions), f"{m(c.path)}:{c.line}"]
                           + ([m(c.repo_spelling) if c.repo_spelling else ""] if spelled else []) for c in written[:TOP]])
        if nowhere:
            spelled = any(c.repo_spelling for c in nowhere[:TOP])
            out += ["", "In the data, defined nowhere in the repo:", ""]
            noted = any(c.note for c in nowhere)
            out += _table(["Campaign", unit.capitalize()] + (["Repo spelling"] if spelled else [])
                          + (["Note"] if noted else []),
                          [[m(c.campaign), number(c.sessions)] + ([m(c.repo_spelling) if c.repo_spelling else ""]
                                                                  if spelled else [])
                           + ([m(c.note) if c.note else ""] if noted else []) for c in nowhere[:TOP]])
        if report.silent_campaigns:
            out += ["", "Defined in the repo, no sessions:", ""]
            noted = any(c.note for c in report.silent_campaigns)
            out += _table(["Campaign", "Defined in"] + (["Note"] if noted else []),
                          [[m(c.campaign), f"{m(c.path)}:{c.line}"] + ([m(c.note) if c.note else ""] if noted else [])
                           for c in report.silent_campaigns[:TOP]])
    if report.channel_disagreements:
        out += ["", "## Channel disagreements", "", f"The export's channel column: {m(report.channel_group)}.", ""]
        out += _table(["Source", "Medium", "Export says", "utmlint predicts", unit.capitalize()],
                      [[m(d.source), m(d.medium), m(d.reported), m(d.predicted), number(d.sessions)]
                       for d in report.channel_disagreements[:TOP]])
    out += ["", "## Set apart", ""]
    out += _table(["Rows", unit.capitalize(), "Which"],
                  [[label, number(b.sessions), ", ".join(f"{m(r.source)} / {m(r.medium)} {m(r.campaign)}"
                                                         for r in b.rows[:5])]
                   for label, b in (("(not set)", report.not_set), ("(other)", report.other), ("test", report.test_rows),
                                    ("set by GA4 (AI Assistant)", report.ga4_set))])
    for note in report.notes:
        out += ["", f"> {m(note)}"]
    return "\n".join(out) + "\n"
