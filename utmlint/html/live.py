"""Live-check results as HTML: for each link its verdict, its checks, and the redirect chain hop by hop with the
utm parameters each hop kept, dropped, changed or added. A section of `lint --live --format html`, and the
whole page of `check --format html`."""

from __future__ import annotations

from collections import Counter
from typing import List, Mapping, Optional, Sequence

from .page import h, page, prose

CSS = """
.link{border:1px solid #e5e7eb;border-left:4px solid #9ca3af;border-radius:6px;padding:.5rem .8rem;margin:.7rem 0}
.link.pass{border-left-color:#16a34a}.link.fail{border-left-color:#dc2626}.link.inconclusive{border-left-color:#d97706}
.outcome{display:inline-block;border-radius:4px;padding:0 .4rem;font-size:.8rem;font-weight:700}
.outcome-pass{background:#dcfce7;color:#166534}.outcome-fail{background:#fee2e2;color:#991b1b}
.outcome-inconclusive{background:#fef3c7;color:#92400e}
.hops td{font-size:.88rem}.kept{color:#166534}.dropped{color:#991b1b;font-weight:600}.changed{color:#92400e;font-weight:600}
.added{color:#1e40af}.url{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem;overflow-wrap:anywhere}
.check-fail,.check-inconclusive{color:#991b1b}.check-warn{color:#92400e}
"""

_STATUS_ORDER = {"fail": 0, "inconclusive": 1, "pass": 2}


def _names(kind: str, names: Sequence[str]) -> str:
    return f'<span class="{kind}">{kind}: {", ".join(h(n) for n in names)}</span>' if names else ""


def hop_rows(result) -> str:
    rows = []
    for number, hop in enumerate(result.hops, 1):
        status = str(hop.status) if hop.status is not None else "no answer"
        how = hop.kind or ("landing page" if number == len(result.hops) and hop.status is not None else "")
        params = " ".join(part for part in (_names("kept", hop.kept), _names("dropped", hop.dropped),
                                            _names("changed", hop.changed), _names("added", hop.added)) if part)
        note = f'<br><span class="muted">{h(hop.note)}</span>' if hop.note else ""
        rows.append(f"<tr><td class=\"n\">{number}</td><td>{h(status)}</td><td class=\"url\">{h(hop.url)}</td>"
                    f"<td>{h(how)}</td><td>{params or '<span class=muted>no utm parameters</span>'}{note}</td></tr>")
    return ('<table class="hops"><thead><tr><th class="n">Hop</th><th>Status</th><th>URL</th><th>Sends on by</th>'
            f'<th>utm parameters passed on</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')


def link_result(result, locations: Optional[Mapping[str, Sequence[str]]]) -> str:
    outcome = result.outcome
    where = ", ".join(h(place) for place in (locations or {}).get(result.url, ()))
    checks = "".join(f'<li class="check-{h(c.status)}"><b>{h(c.label)}</b> {h(c.status)}: {prose(c.message)}</li>'
                     for c in result.checks if c.status != "skip")
    landing = result.landing_utm
    landing_text = ", ".join(f"{h(name)}={h(value)}" for name in sorted(landing) for value in landing[name])
    return (f'<article class="link {h(outcome)}" data-outcome="{h(outcome)}">'
            f'<div><span class="outcome outcome-{h(outcome)}">{h(outcome.upper())}</span> '
            f'<span class="url">{h(result.url)}</span>{" <span class=muted>(cached)</span>" if result.cached else ""}</div>'
            + (f'<div class="where">written at {where}</div>' if where else "")
            + (f"<ul>{checks}</ul>" if checks else "")
            + (f'<p>Landing page carries: <code>{landing_text}</code></p>' if landing_text else
               "<p>Landing page carries no utm parameters.</p>")
            + hop_rows(result) + "</article>")


def _unique(results: Sequence) -> List:
    seen, out = set(), []
    for result in results:
        if result.url not in seen:
            seen.add(result.url)
            out.append(result)
    return sorted(out, key=lambda r: (_STATUS_ORDER.get(r.outcome, 0), r.url))


def _counts(results: Sequence) -> Counter:
    return Counter(r.outcome for r in results)


def section(results: Sequence, locations: Optional[Mapping[str, Sequence[str]]] = None, heading: bool = True) -> str:
    """The live-check section: failing links first, every hop of every link."""
    results = _unique(results)
    counts = _counts(results)
    head = (f'<h2 id="live">Live checks</h2><p id="live-summary">{len(results)} link{"s" if len(results) != 1 else ""} '
            f'checked: {counts["pass"]} passed, {counts["fail"]} failed, {counts["inconclusive"]} inconclusive.</p>'
            if heading else "")
    return head + "".join(link_result(r, locations) for r in results)


def render(results: Sequence, locations: Optional[Mapping[str, Sequence[str]]] = None) -> str:
    """The page of `utmlint check --format html`."""
    unique = _unique(results)
    counts = _counts(unique)
    body = ["<h1>utmlint check</h1>", '<div class="cards">',
            f'<div class="card" id="links-count"><b>{len(unique)}</b>link{"s" if len(unique) != 1 else ""} checked</div>',
            f'<div class="card good" id="pass-count"><b>{counts["pass"]}</b>passed</div>',
            f'<div class="card bad" id="fail-count"><b>{counts["fail"]}</b>failed</div>',
            f'<div class="card warn" id="inconclusive-count"><b>{counts["inconclusive"]}</b>inconclusive</div></div>',
            section(unique, locations, heading=False)]
    return page(f"utmlint check: {counts['fail']} of {len(unique)} link{'s' if len(unique) != 1 else ''} failed", body, CSS)
