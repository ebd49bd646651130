"""`utmlint render --format html`: the campaign link catalogue a marketer bookmarks.

Campaigns, their steps and links, each link's GA4 channel as a badge, its utm values, and its tracked URL
(the model's, byte for byte) with a copy button. Every finding the lint gate saw is shown beside the link,
step or campaign whose lines it points into, so nobody pastes a link without its warning. URLs are shown as
text, not made clickable: a test click on a tracked link would count as a campaign visit.
"""

from __future__ import annotations

import hashlib
from typing import List, Optional, Sequence, Tuple

from ..diagnostics import SEVERITY_RANK, Diagnostic
from ..links import concerns, node_lines, row_of
from .page import h, page, prose

CSS = """
.toc{columns:2 18rem;padding-left:1.2rem}.toc li{margin:.1rem 0}
.campaign{border-top:2px solid #e5e7eb;margin-top:2rem}.campaign h2{border:0;margin-bottom:.1rem}
.step h3{font-size:1rem;margin:1.1rem 0 .3rem}.chip{display:inline-block;background:#f3f4f6;border-radius:999px;padding:0 .5rem;font-size:.78rem;color:#374151;margin-right:.25rem}
.link{border:1px solid #e5e7eb;border-radius:8px;padding:.5rem .8rem;margin:.5rem 0}
.link.has-warnings{border-color:#fcd34d;background:#fffdf5}.link.has-errors{border-color:#fca5a5;background:#fff8f8}
.link .top{display:flex;gap:.5rem;align-items:baseline;flex-wrap:wrap}.label{font-weight:600}
.badge{display:inline-block;border-radius:4px;padding:0 .45rem;font-size:.78rem;font-weight:700;color:#fff}
.utm{font-size:.8rem;color:#4b5563;margin:.2rem 0}.utm code{font-size:.95em}
.urlrow{display:flex;gap:.5rem;align-items:flex-start;margin-top:.25rem}
.url{flex:1;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.84rem;background:#f9fafb;border:1px solid #e5e7eb;border-radius:5px;padding:.3rem .5rem;overflow-wrap:anywhere;user-select:all}
button.copy{font:inherit;font-size:.85rem;padding:.25rem .7rem;border:1px solid #2563eb;background:#2563eb;color:#fff;border-radius:5px;cursor:pointer;white-space:nowrap}
button.copy.copied{background:#16a34a;border-color:#16a34a}
ul.warnings{margin:.35rem 0 0;padding-left:1.1rem;font-size:.88rem}ul.warnings li{margin:.15rem 0}
.search{margin:1rem 0}.search input{font:inherit;width:100%;max-width:30rem;padding:.3rem .5rem;border:1px solid #d1d5db;border-radius:6px}
"""

SCRIPT = """(function(){
function flash(b,text,ok){b.textContent=text;b.classList.toggle('copied',ok);
setTimeout(function(){b.textContent='Copy';b.classList.remove('copied');},1500);}
document.querySelectorAll('button.copy').forEach(function(b){b.hidden=false;b.addEventListener('click',function(){
var el=document.getElementById(b.dataset.target);var text=el.textContent;
function fallback(){var r=document.createRange();r.selectNodeContents(el);var s=window.getSelection();
s.removeAllRanges();s.addRange(r);var ok=false;try{ok=document.execCommand('copy');}catch(e){}
flash(b,ok?'Copied':'Press Ctrl+C',ok);}
if(navigator.clipboard&&window.isSecureContext){navigator.clipboard.writeText(text).then(function(){flash(b,'Copied',true);},fallback);}
else{fallback();}});});
var box=document.getElementById('search');if(!box)return;document.getElementById('search-box').hidden=false;
box.addEventListener('input',function(){var q=box.value.toLowerCase();
document.querySelectorAll('.campaign').forEach(function(c){var any=false;c.querySelectorAll('.link').forEach(function(l){
var ok=!q||l.textContent.toLowerCase().indexOf(q)>=0||c.dataset.campaign.toLowerCase().indexOf(q)>=0;l.hidden=!ok;if(ok)any=true;});
c.hidden=!any;});});})();"""

# GA4's default channel groups each get a fixed colour; Unassigned is red, untracked links grey.
CHANNEL_COLOURS = {
    "Email": "#2563eb", "Paid Social": "#9333ea", "Organic Social": "#c026d3", "Paid Search": "#0891b2",
    "Organic Search": "#0d9488", "Display": "#d97706", "Paid Video": "#db2777", "Organic Video": "#e11d48",
    "Affiliates": "#65a30d", "Referral": "#4d7c0f", "SMS": "#0369a1", "Mobile Push Notifications": "#7c3aed",
    "Cross-network": "#475569", "Paid Shopping": "#ea580c", "Organic Shopping": "#b45309", "Audio": "#be185d",
    "Paid Other": "#57534e", "Direct": "#374151", "Unassigned": "#dc2626",
}
UNTRACKED_COLOUR = "#6b7280"
UTM_SHOWN = ("utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term")


class Placer:
    """Puts each finding of one campaign file beside the link it concerns (links.concerns), else the step whose
    lines it points into, else the campaign. A finding on a value several links inherit (a campaign's `medium:
    social` on both its ads) is shown once, above them, and each link it concerns says so and counts as one with
    findings (newuser43 F2: such links were counted for none, "1 link with findings" where 4 had)."""

    def __init__(self, campaign, diagnostics: Sequence[Diagnostic]):
        self.campaign = campaign
        self.found = [d for d in diagnostics if d.path == campaign.path]
        self.taken: set = set()
        links = campaign.all_links
        self.shared = {i for i, d in enumerate(self.found) if sum(concerns(link, d.line) for link in links) > 1}

    def span(self, path) -> Optional[Tuple[int, int]]:
        return node_lines(self.campaign.doc, path)

    def take_link(self, link) -> Tuple[List[Diagnostic], List[Diagnostic]]:
        """The findings that concern the link (links.concerns), as (shown beside it, shown above it: shared with
        other links)."""
        mine = [(i, d) for i, d in enumerate(self.found) if i not in self.shared and concerns(link, d.line)]
        self.taken.update(i for i, _ in mine)
        return [d for _, d in mine], [d for i, d in enumerate(self.found) if i in self.shared and concerns(link, d.line)]

    def take(self, path) -> List[Diagnostic]:
        span = self.span(path)
        if span is None:
            return []
        first, last = span
        mine = [d for i, d in enumerate(self.found) if i not in self.taken and first <= d.line <= last]
        self.taken.update(i for i, d in enumerate(self.found) if first <= d.line <= last)
        return mine

    def rest(self) -> List[Diagnostic]:
        return [d for i, d in enumerate(self.found) if i not in self.taken]


def channel_badge(row) -> str:
    colour = CHANNEL_COLOURS.get(row.channel, "#1f2937") if row.tracked else UNTRACKED_COLOUR
    return f'<span class="badge" style="background:{colour}" title="GA4 default channel">{h(row.channel)}</span>'


def warnings(found: Sequence[Diagnostic]) -> str:
    if not found:
        return ""
    items = "".join(f'<li><span class="sev sev-{h(d.severity)}">{h(d.severity)}</span> {h(d.code)} {h(d.name)}: '
                    f'{prose(d.message)} <span class="muted">({h(d.path)}:{d.line})</span></li>'
                    for d in sorted(found, key=lambda d: (-SEVERITY_RANK.get(d.severity, 2), d.line, d.column)))
    return f'<ul class="warnings">{items}</ul>'


def _above(found: Sequence[Diagnostic]) -> str:
    """The line a link card carries for the findings shown above it that concern it too."""
    if not found:
        return ""
    codes = ", ".join(dict.fromkeys(f"{d.code} {d.name}" for d in found))
    which = "a finding" if len(found) == 1 else f"{len(found)} findings"
    return f'<p class="above muted">Also concerns this link: {which} above ({h(codes)}).</p>'


def link_card(link, index: int, found: Sequence[Diagnostic], above: Sequence[Diagnostic] = ()) -> str:
    row = row_of(link)
    every = list(found) + list(above)
    state = " has-errors" if any(d.severity == "error" for d in every) else " has-warnings" if every else ""
    utm = ""
    if row.tracked:
        values = [(name, link.params[name]) for name in UTM_SHOWN if link.params.get(name)]
        utm = '<div class="utm">' + " ".join(f"{h(name[4:])} <code>{h(value)}</code>" for name, value in values) + "</div>"
    url_id = f"url-{index}"
    return (f'<div class="link{state}" id="link-{index}" data-tracked="{str(row.tracked).lower()}">'
            f'<div class="top"><span class="label">{h(row.label) if row.label else "<span class=muted>(no label)</span>"}</span>'
            f"{channel_badge(row)}"
            f'<span class="where muted">line {row.line}</span></div>{utm}'
            f'<div class="urlrow"><div class="url" id="{url_id}">{h(row.tracked_url)}</div>'
            f'<button type="button" class="copy" data-target="{url_id}" aria-label="Copy the tracked URL" hidden>Copy</button></div>'
            f"{warnings(found)}{_above(above)}</div>")


def _anchor(campaign, index: int) -> str:
    digest = hashlib.sha1(f"{campaign.slug}\0{campaign.path}".encode("utf-8", "replace")).hexdigest()[:8]
    return f"campaign-{index}-{digest}"


def campaign_section(campaign, index: int, diagnostics: Sequence[Diagnostic], counter: List[int]) -> str:
    placer = Placer(campaign, diagnostics)
    parts = []

    def links_html(links) -> str:
        out = []
        for link in links:
            counter[0] += 1
            found, above = placer.take_link(link)
            counter[1] += bool(found or above)
            counter[2] += bool(above)
            out.append(link_card(link, counter[0], found, above))
        return "".join(out)

    for step in campaign.steps:
        chips = "".join(f'<span class="chip">{label}: {h(value)}</span>' for label, value in
                        (("channel", step.channel), ("branch", step.branch), ("segment", step.segment)) if value)
        body = links_html(step.links)
        step_found = placer.take(step.path)
        parts.append(f'<div class="step"><h3>{h(step.id)} {chips}</h3>{warnings(step_found)}'
                     f'{body or "<p class=muted>No links.</p>"}</div>')
    if campaign.links:
        parts.append(f'<div class="step"><h3>Links of the campaign</h3>{links_html(campaign.links)}</div>')
    facts = [f'<span class="where">{h(campaign.path)}</span>']
    for label, value in (("platform", campaign.platform_name), ("type", campaign.type)):
        if value:
            facts.append(f'<span class="chip">{label}: {h(value)}</span>')
    slug = campaign.slug or ""
    return (f'<section class="campaign" id="{_anchor(campaign, index)}" data-campaign="{h(slug)}">'
            f'<h2>{h(slug) or "<span class=muted>(no campaign name)</span>"}</h2><p>{" ".join(facts)}</p>'
            f'{warnings(placer.rest())}{"".join(parts)}</section>')


def render(campaigns: Sequence, diagnostics: Sequence[Diagnostic] = ()) -> str:
    """The catalogue page: campaigns in `link_rows`' order (slug, then file), steps in file order."""
    ordered = sorted(campaigns, key=lambda c: (c.slug or "", c.path))
    links = [link for c in ordered for link in c.all_links]
    tracked = sum(1 for link in links if link.tracked)
    shown_paths = {c.path for c in ordered}
    flagged = [d for d in diagnostics if d.path in shown_paths]
    counter = [0, 0, 0]  # links so far, links with findings, links with a finding shown above them
    sections = [campaign_section(c, i, flagged, counter) for i, c in enumerate(ordered)]
    with_findings = counter[1]
    toc = "".join(f'<li><a href="#{_anchor(c, i)}">{h(c.slug or "(no campaign name)")}</a> '
                  f'<span class="muted">{len(c.all_links)} link{"s" if len(c.all_links) != 1 else ""}</span></li>'
                  for i, c in enumerate(ordered))
    body = [
        "<h1>Campaign links</h1>",
        '<p class="meta">Every link of the campaign files with its tracked URL, exactly as <code>utmlint render</code> '
        "builds it, and the GA4 channel its visits land in. Copy a URL with its button.</p>",
        '<div class="cards">',
        f'<div class="card" id="campaign-count"><b>{len(ordered)}</b>campaign{"s" if len(ordered) != 1 else ""}</div>',
        f'<div class="card" id="link-count"><b>{len(links)}</b>link{"s" if len(links) != 1 else ""} ({tracked} tracked)</div>',
        f'<div class="card {"warn" if with_findings else "good"}" id="flagged-count"><b>{with_findings}</b>'
        f'link{"s" if with_findings != 1 else ""} with findings</div></div>',
    ]
    if with_findings:
        shared = " (a finding several links share, once above them)" if counter[2] else ""
        body.append(f'<p class="note">{with_findings} link{"s have" if with_findings != 1 else " has"} findings, shown '
                    "beside {0}{1}: run <code>utmlint lint</code> to fix them before pasting.</p>".format(
                        "them" if with_findings != 1 else "it", shared))
    body += ['<div class="search" id="search-box" hidden><input id="search" type="search" '
             'placeholder="Filter by campaign, step, label, channel or URL" aria-label="Filter links"></div>',
             f'<ul class="toc">{toc}</ul>', *sections]
    if not ordered:
        body.append('<p id="no-campaigns">No campaign files found.</p>')
    title = (f"Campaign links: {len(ordered)} campaign{'s' if len(ordered) != 1 else ''}, "
             f"{len(links)} link{'s' if len(links) != 1 else ''}")
    return page(title, body, CSS, SCRIPT)
