"""`--format html` for `lint` and `scan`: one self-contained page a marketer can open or a CI job can attach.

A summary by rule and by file, then every finding with its place (`file:line:col`), the source line with the
value marked, the rule's own docs (what, why, use instead: the registry's parse of its docstring), and the
fix with the lines it would change. A small inline script sorts and filters the findings by severity, rule
and file; without it the page shows everything, in file order, and the controls stay hidden.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from ..diagnostics import SEVERITIES, SEVERITY_RANK, Diagnostic
from .page import h, h_block, page_chunks, prose, table

SOURCE_LIMIT = 4 * 1024 * 1024  # the largest file whose lines the report quotes
LINE_WINDOW = 160  # characters shown either side of the value on a long line (minified HTML, JSON)
PREVIEW_LINES = 8  # at most this many lines of a fix's before and after

CSS = """
.controls{display:flex;gap:.8rem;flex-wrap:wrap;align-items:end;margin:1rem 0;padding:.6rem .8rem;background:#f9fafb;border:1px solid #e5e7eb;border-radius:8px}
.controls label{display:flex;flex-direction:column;font-size:.8rem;color:#4b5563}
.controls select{font:inherit;font-size:.9rem;padding:.15rem .3rem;max-width:22rem}
#findings{display:flex;flex-direction:column;gap:.7rem;margin:.7rem 0}
.finding{content-visibility:auto;contain-intrinsic-size:auto 220px;border:1px solid #e5e7eb;border-left:4px solid #9ca3af;border-radius:6px;padding:.5rem .8rem}
.finding.error{border-left-color:#dc2626}.finding.warning{border-left-color:#d97706}.finding.info{border-left-color:#2563eb}
.finding h3{font-size:.95rem;margin:0 0 .25rem;font-weight:600}.finding h3 a{color:inherit}
.msg{margin:.2rem 0}.src .ln{color:#9ca3af;user-select:none;display:inline-block;min-width:3ch;text-align:right;margin-right:.8ch}
.src mark{background:#fde68a;border-bottom:2px solid #d97706;padding:0}
pre.src,pre.diff{white-space:pre-wrap;overflow-wrap:anywhere}
.fix{margin:.3rem 0;color:#065f46}.fix.unsafe{color:#92400e}
.diff .del{background:#fee2e2;display:block}.diff .add{background:#dcfce7;display:block}
details.docs{margin:.3rem 0}details.docs summary{cursor:pointer;color:#1d4ed8;font-size:.9rem}
details.docs p{margin:.3rem 0}
.summaries{display:grid;grid-template-columns:repeat(auto-fit,minmax(440px,1fr));gap:0 2rem}
.summaries td,.summaries th{padding:.15rem .4rem;font-size:.88rem}
a.filter{color:#1d4ed8;text-decoration:none}a.filter:hover{text-decoration:underline}
"""

# Sort and filter in the page. It only reorders (by CSS `order`: moving thousands of nodes takes a browser
# seconds) and hides the findings already there: the page is whole without it.
SCRIPT = """(function(){
var list=document.getElementById('findings');if(!list)return;
var items=Array.prototype.slice.call(list.querySelectorAll('.finding'));
var sev=document.getElementById('filter-severity'),rule=document.getElementById('filter-rule'),
file=document.getElementById('filter-file'),sort=document.getElementById('sort'),count=document.getElementById('shown-count');
document.getElementById('controls').hidden=false;
function apply(){var n=0;items.forEach(function(el){var ok=(!sev.value||el.dataset.severity===sev.value)&&
(!rule.value||el.dataset.rule===rule.value)&&(!file.value||el.dataset.file===file.value);el.hidden=!ok;if(ok)n++;});
count.textContent=String(n);}
var keys=items.map(function(el,i){return {el:el,i:i,rank:-el.dataset.rank,rule:el.dataset.rule};});
function order(){var key=sort.value;keys.sort(function(a,b){var x=key==='severity'?a.rank:key==='rule'?a.rule:0,
y=key==='severity'?b.rank:key==='rule'?b.rule:0;if(x<y)return -1;if(x>y)return 1;return a.i-b.i;});
keys.forEach(function(k,n){k.el.style.order=n;});}
[sev,rule,file].forEach(function(s){s.addEventListener('change',apply);});
sort.addEventListener('change',order);
document.addEventListener('click',function(e){var a=e.target.closest('a[data-filter]');if(!a)return;e.preventDefault();
var target=document.getElementById('filter-'+a.dataset.filter);target.value=a.dataset.value;apply();
document.getElementById('controls').scrollIntoView();});
apply();})();"""

class Sources:
    """The text of the files findings point into, read once each (bounded, regular files only)."""

    def __init__(self) -> None:
        self._texts: Dict[str, Optional[str]] = {}
        self._lines: Dict[str, List[str]] = {}  # split once per file, not once per finding
        self._breaks: Dict[str, Optional[List[int]]] = {}

    def text(self, path: str) -> Optional[str]:
        if path not in self._texts:
            self._texts[path] = self._read(path)
        return self._texts[path]

    @staticmethod
    def _read(path: str) -> Optional[str]:
        from ..safeio import ReadRefused, read_regular

        try:
            raw = read_regular(path, SOURCE_LIMIT, "a file quoted in the HTML report")
        except (ReadRefused, OSError, ValueError):
            return None  # the finding still shows; only its quoted line is missing
        text = raw.decode("utf-8", "replace")
        return text[1:] if text.startswith("\ufeff") else text  # positions count from after a BOM, as the loader's

    def breaks(self, path: str) -> Optional[List[int]]:
        """The offsets of the newlines in the file's text, found once."""
        if path not in self._breaks:
            text = self.text(path)
            self._breaks[path] = None if text is None else [m.start() for m in re.finditer("\n", text)]
        return self._breaks[path]

    def line(self, path: str, number: int) -> Optional[str]:
        text = self.text(path)
        if text is None or number < 1:
            return None
        lines = self._lines.get(path)
        if lines is None:
            lines = self._lines[path] = text.split("\n")
        return lines[number - 1].rstrip("\r") if number <= len(lines) else None


_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"?|\'(?:[^\']|\'\')*\'?|\S+')


def _token_length(line: str, start: int = 0) -> int:
    """Without an end from the rule, mark the value starting at the column: a quoted scalar or a run of non-space.
    Matched in place: a copy of the rest of a 1 MiB line per finding made the report quadratic."""
    match = _TOKEN.match(line, start)
    return match.end() - start if match else 1


def code(text: str) -> str:
    """A piece of a source line: tabs as spaces (code indents with them), everything else as `h`."""
    return h(text.replace("\t", "    "))


def _same_start(a: str, b: str) -> int:
    """How many characters `a` and `b` start with alike: halving, each step one comparison in C."""
    lo, hi = 0, min(len(a), len(b))  # a[:lo] == b[:lo]; they differ before hi + 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _same_end(a: str, b: str, limit: int) -> int:
    """How many characters (at most `limit`) `a` and `b` end with alike."""
    lo, hi = 0, limit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[len(a) - mid:len(a) - lo] == b[len(b) - mid:len(b) - lo]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _around_change(old: str, new: str, left: int = 0, right: int = 0) -> Tuple[str, str]:
    """A long changed line, before and after, as LINE_WINDOW characters either side of what differs.
    `old` and `new` may be a window of the line: `left` and `right` unchanged characters of it cut off
    on either side (the same in both), counted as if they were there."""
    if max(len(old), len(new)) + left + right <= 2 * LINE_WINDOW:
        return old, new
    prefix = _same_start(old, new)
    suffix = _same_end(old, new, min(len(old), len(new)) - prefix)
    lo = max(0, left + prefix - LINE_WINDOW) - left  # may be negative only when left is 0

    def cut(line: str) -> str:
        hi = min(len(line) + right, len(line) + right - (right + suffix) + LINE_WINDOW)
        return ("…" if left + lo else "") + line[max(lo, 0):hi] + ("…" if hi < len(line) + right else "")

    return cut(old), cut(new)


def _one_long_line(text: str, first: int, last: int, edits: List) -> Optional[Tuple[str, str]]:
    """The before and after of a fix inside one long line (edits sorted, apart), as `_around_change` cuts
    them, worked out on a window around the edits: a 1 MiB line holding 15,000 fixes would otherwise be
    copied, rebuilt and compared whole for each. None when the fix spans lines, or the line is short, or a
    window cannot tell (what differs reaches its edge: then the whole line is compared)."""
    start, end = edits[0].start, edits[-1].end
    if "\n" in text[start:end] or any("\n" in e.content for e in edits):
        return None
    growth = sum(len(e.content) - (e.end - e.start) for e in edits)
    if last - first <= 4 * LINE_WINDOW or last - first + growth <= 4 * LINE_WINDOW:
        return None
    a, b = max(first, start - LINE_WINDOW - 1), min(last, end + LINE_WINDOW + 1)
    new = text[a:start]
    for this, after in zip(edits, edits[1:] + [None]):
        new += this.content + text[this.end:after.start if after is not None else b]
    old = text[a:b]
    if _same_start(old, new) == min(len(old), len(new)) and old != new:
        return None  # the sameness runs past the window (a line that repeats itself)
    return _around_change(old, new, a - first, last - b)


def source_excerpt(line: str, number: int, d: Diagnostic) -> str:
    """The finding's line with its value marked (the span when the rule knows it, else the character at the column)."""
    start = max(d.column - 1, 0)
    if d.end_line == d.line and d.end_column is not None and d.end_column > d.column:
        end = d.end_column - 1
    elif d.end_line is not None and d.end_line > d.line:
        end = len(line)
    else:
        end = start + _token_length(line, start)
    start, end = min(start, len(line)), min(end, len(line))
    lo, hi = 0, len(line)
    if len(line) > 2 * LINE_WINDOW + (end - start):
        lo, hi = max(0, start - LINE_WINDOW), min(len(line), end + LINE_WINDOW)
    before = ("…" if lo else "") + line[lo:start]
    after = line[end:hi] + ("…" if hi < len(line) else "")
    marked = f"<mark>{code(line[start:end])}</mark>" if end > start else '<mark class="caret"> </mark>'
    return f'<pre class="src"><span class="ln">{number}</span>{code(before)}{marked}{code(after)}</pre>'


def fix_preview(text: Optional[str], d: Diagnostic, breaks: Optional[List[int]] = None) -> str:
    """The lines the fix changes, before and after, when its edits apply to the text as read. `breaks`: the
    offsets of the text's newlines, when known (a search back to the line's start is the whole of a long line)."""
    if text is None or d.fix is None or not d.fix.edits:
        return ""
    edits = sorted(d.fix.edits, key=lambda e: e.start)
    if edits[0].start < 0 or any(e.end < e.start or e.end > len(text) for e in edits) or \
            any(a.end > b.start for a, b in zip(edits, edits[1:])):
        return ""
    last_end = max(e.end for e in edits)
    if breaks is None:
        first = text.rfind("\n", 0, edits[0].start) + 1
        newline = text.find("\n", last_end)
    else:
        from bisect import bisect_left

        before = bisect_left(breaks, edits[0].start)
        first = breaks[before - 1] + 1 if before else 0
        after = bisect_left(breaks, last_end)
        newline = breaks[after] if after < len(breaks) else -1
    last = len(text) if newline < 0 else newline
    windowed = _one_long_line(text, first, last, edits)
    if windowed is not None:
        if windowed[0] == windowed[1]:
            return ""
        return f'<pre class="diff">{_preview_lines("del", "-", [windowed[0]])}{_preview_lines("add", "+", [windowed[1]])}</pre>'
    new = text[first:edits[0].start]
    for this, after in zip(edits, edits[1:] + [None]):
        new += this.content + text[this.end:after.start if after is not None else last]
    old_lines = text[first:last].split("\n")
    new_lines = new.split("\n") if new else []
    if old_lines == new_lines:
        return ""
    if len(old_lines) == len(new_lines) == 1:  # a long line (minified HTML, JSON): only around the change
        old_lines[0], new_lines[0] = _around_change(old_lines[0], new_lines[0])

    return f'<pre class="diff">{_preview_lines("del", "-", old_lines)}{_preview_lines("add", "+", new_lines)}</pre>'


def _preview_lines(kind: str, sign: str, shown: List[str]) -> str:
    cut = shown[:PREVIEW_LINES]
    hidden = len(shown) - PREVIEW_LINES
    more = [f"… {hidden} more line{'s' if hidden != 1 else ''}"] if hidden > 0 else []
    # each line ends in a newline inside its block, so copied text keeps the lines apart
    return "".join(f'<span class="{kind}">{sign} {code(line.rstrip(chr(13)))}\n</span>' for line in cut + more)


def rule_docs(rule) -> str:
    if rule is None:
        return ""
    first, *more = (rule.what or rule.summary).split("\n\n")
    parts = [f"<p><b>What it does:</b> {prose(first)}</p>", *(f"<p>{prose(part)}</p>" for part in more)]
    if rule.why:
        first, *more = rule.why.split("\n\n")
        parts += [f"<p><b>Why is this bad?</b> {prose(first)}</p>", *(f"<p>{prose(part)}</p>" for part in more)]
    if rule.use_instead:
        parts.append(f"<p><b>Use instead:</b></p><pre>{h_block(rule.use_instead.rstrip())}</pre>")
    return (f'<details class="docs"><summary>About {h(rule.code)} {h(rule.name)}: what, why, use instead</summary>'
            f'{"".join(parts)}<p class="muted">More: <code>utmlint rule {h(rule.name)}</code></p></details>')


def fix_text(d: Diagnostic, command: str) -> str:
    if d.fix is None:
        return ""
    if d.fix.safe:
        how = f"<code>utmlint {h(command)} --fix</code> applies it"
        return f'<p class="fix">Fix (safe): {prose(d.fix.description)}. {how}.</p>'
    how = f"<code>utmlint {h(command)} --fix --unsafe-fixes</code> applies it; check it first"
    return f'<p class="fix unsafe">Fix (unsafe): {prose(d.fix.description)}. {how}.</p>'


def finding(index: int, d: Diagnostic, registry, sources: Sources, command: str,
            docs: Optional[Dict[str, str]] = None) -> str:
    """One finding's article; `docs` keeps each rule's docs block once made (the same for all its findings)."""
    severity = d.severity if d.severity in SEVERITIES else "error"
    line = sources.line(d.path, d.line)
    parts = [
        f'<article class="finding {severity}" id="finding-{index}" data-index="{index}" data-severity="{h(severity)}" '
        f'data-rank="{SEVERITY_RANK.get(severity, 2)}" data-rule="{h(d.code)}" data-file="{h(d.path)}">',
        f'<h3><span class="sev sev-{severity}">{h(severity)}</span> {h(d.code)} <span class="name">{h(d.name)}</span>'
        f'{" <span class=muted>[*] fixable</span>" if d.fix is not None and d.fix.safe else ""}</h3>',
        f'<div class="where">{h(d.path)}:{d.line}:{d.column}</div>',
        f'<p class="msg">{prose(d.message)}</p>',
    ]
    if line is not None:
        parts.append(source_excerpt(line, d.line, d))
    parts.append(fix_text(d, command))
    if d.fix is not None:
        parts.append(fix_preview(sources.text(d.path), d, sources.breaks(d.path)))
    block = docs.get(d.code) if docs is not None else None
    if block is None:
        block = rule_docs(registry.get(d.code) if registry is not None else None)
        if docs is not None:
            docs[d.code] = block
    parts.append(block)
    parts.append("</article>")
    return "".join(parts)


def _filter_link(kind: str, value: str, shown: str) -> str:
    return f'<a class="filter" href="#findings" data-filter="{kind}" data-value="{h(value)}">{shown}</a>'


def by_rule(diagnostics: Sequence[Diagnostic]) -> str:
    """One row per rule; a rule whose findings come at several severities (copied-tracking's error and its hedged
    note) names each with its count in one row, rather than a row per severity (newuser44 L2: UTM310 listed twice)."""
    counts: Counter = Counter((d.code, d.name) for d in diagnostics)
    fixable: Counter = Counter((d.code, d.name) for d in diagnostics if d.fix is not None)
    severities: Dict[Tuple[str, str], Counter] = {}
    for d in diagnostics:
        severities.setdefault((d.code, d.name), Counter())[d.severity] += 1

    def ranked(rule) -> List[str]:
        return sorted(severities[rule], key=lambda sev: -SEVERITY_RANK.get(sev, 2))

    def shown(rule) -> str:
        sevs = ranked(rule)
        return ", ".join(f'<span class="sev sev-{h(sev)}">{h(sev)}</span>'
                         + (f" {severities[rule][sev]}" if len(sevs) > 1 else "") for sev in sevs)

    rows = sorted(counts.items(), key=lambda item: (-SEVERITY_RANK.get(ranked(item[0])[0], 2), -item[1], item[0][0]))
    return table(["Rule", "Name", "Severity", "Findings", "Fixable"],
                 [[_filter_link("rule", code, h(code)), h(name), shown((code, name)), str(n),
                   str(fixable[(code, name)] or "")]
                  for (code, name), n in rows], numeric=(3, 4), attrs=' id="by-rule"')


def by_file(diagnostics: Sequence[Diagnostic]) -> str:
    per: Dict[str, Counter] = {}
    for d in diagnostics:
        per.setdefault(d.path, Counter())[d.severity] += 1
    rows = sorted(per.items(), key=lambda item: (-item[1]["error"], -sum(item[1].values()), item[0]))
    return table(["File", "Errors", "Warnings", "Info", "Findings"],
                 [[_filter_link("file", path, f"<code>{h(path)}</code>"), str(c["error"] or ""),
                   str(c["warning"] or ""), str(c["info"] or ""), str(sum(c.values()))] for path, c in rows],
                 numeric=(1, 2, 3, 4), attrs=' id="by-file"')


def controls(diagnostics: Sequence[Diagnostic]) -> str:
    def select(name: str, label: str, values: List[Tuple[str, str]]) -> str:
        options = "".join(f'<option value="{h(v)}">{shown}</option>' for v, shown in values)
        return f'<label>{label}<select id="filter-{name}"><option value="">all</option>{options}</select></label>'

    severities = [(s, s) for s in SEVERITIES if any(d.severity == s for d in diagnostics)]
    rules = sorted({(d.code, f"{h(d.code)} {h(d.name)}") for d in diagnostics})
    files = [(p, h(p)) for p in sorted({d.path for d in diagnostics})]
    sort = ('<label>Sort by<select id="sort"><option value="file">file and line</option>'
            '<option value="severity">severity</option><option value="rule">rule</option></select></label>')
    return (f'<div class="controls" id="controls" hidden>{select("severity", "Severity", severities)}'
            f'{select("rule", "Rule", rules)}{select("file", "File", files)}{sort}'
            f'<span class="muted">showing <b id="shown-count">{len(diagnostics)}</b> of {len(diagnostics)}</span></div>')


def cards(diagnostics: Sequence[Diagnostic], files: int, fixed: int) -> str:
    counts = Counter(d.severity for d in diagnostics)
    safe = sum(1 for d in diagnostics if d.fix is not None and d.fix.safe)
    unsafe = sum(1 for d in diagnostics if d.fix is not None and not d.fix.safe)
    out = ['<div class="cards">',
           f'<div class="card {"bad" if counts["error"] else "warn" if diagnostics else "good"}" id="findings-count">'
           f'<b>{len(diagnostics)}</b>finding{"s" if len(diagnostics) != 1 else ""}</div>',
           f'<div class="card bad" id="error-count"><b>{counts["error"]}</b>error{"s" if counts["error"] != 1 else ""}</div>',
           f'<div class="card warn" id="warning-count"><b>{counts["warning"]}</b>warning{"s" if counts["warning"] != 1 else ""}</div>']
    if counts["info"]:
        out.append(f'<div class="card" id="info-count"><b>{counts["info"]}</b>info</div>')
    out.append(f'<div class="card" id="files-count"><b>{files}</b>file{"s" if files != 1 else ""} checked</div>')
    out.append(f'<div class="card" id="fixable-count"><b>{safe}</b>fixable with <code>--fix</code>'
               + (f" ({unsafe} more with <code>--unsafe-fixes</code>)" if unsafe else "") + "</div>")
    if fixed:
        out.append(f'<div class="card good" id="fixed-count"><b>{fixed}</b>fixed in this run</div>')
    out.append("</div>")
    return "".join(out)


def render(diagnostics: Sequence[Diagnostic], summary) -> str:
    return "".join(chunks(diagnostics, summary))


def chunks(diagnostics: Sequence[Diagnostic], summary) -> Iterator[str]:
    """The page in pieces, a finding at a time (88,217 findings: 120 MB of HTML, never whole in memory)."""
    command = summary.extra.get("command", "lint")
    files = list(summary.files)
    live = summary.extra.get("live")
    title = f"utmlint {command}: {len(diagnostics)} finding{'s' if len(diagnostics) != 1 else ''}"
    return page_chunks(title, _body(diagnostics, summary, command, files, live), CSS + _live_css(live),
                       SCRIPT if diagnostics else None)


def _body(diagnostics: Sequence[Diagnostic], summary, command: str, files: List[str], live) -> Iterator[str]:
    registry = summary.registry
    levels = sorted(set(summary.fail_on_of.values()), key=SEVERITY_RANK.get) if summary.fail_on_of else ()
    failing = (f'<b>{h(summary.fail_on)}</b> and above' if len(levels) < 2 else  # each file's config's (review45 F7)
               "each file's config's <code>fail-on</code> and above (" + ", ".join(f"<b>{h(level)}</b>" for level in
                                                                            levels) + ")")
    body = [f"<h1>utmlint {h(command)}</h1>",
            f'<p class="meta">{len(files)} file{"s" if len(files) != 1 else ""} checked; failing at {failing}.</p>',
            cards(diagnostics, len(files), summary.fixed)]
    if diagnostics:
        body += ['<div class="summaries"><section><h2>By rule</h2>', by_rule(diagnostics), "</section>",
                 "<section><h2>By file</h2>", by_file(diagnostics), "</section></div>",
                 '<h2 id="findings-heading">Findings</h2>', controls(diagnostics), '<div id="findings">']
        sources = Sources()
        yield from body
        body = []
        docs: Dict[str, str] = {}
        for i, d in enumerate(diagnostics):
            yield finding(i, d, registry, sources, command, docs)
        body.append("</div>")
    elif summary.extra.get("none_judged") and not summary.fixed:  # scan: links read, every one set aside unjudged
        body.append(f'<p id="none-judged">Nothing checked: {len(files)} file{"s" if len(files) != 1 else ""} read, '
                    f'{prose(summary.extra["none_judged"])}</p>')
    else:
        body.append(f'<p id="all-clean">All clean: no findings in {len(files)} file{"s" if len(files) != 1 else ""}.</p>')
    if live is not None:
        from .live import section

        body.append(section(*live))
    if files:
        listed = "".join(f"<li><code>{h(path)}</code></li>" for path in files)
        body.append(f'<details id="files-checked"><summary>Files checked ({len(files)})</summary><ul>{listed}</ul></details>')
    yield from body


def _live_css(live) -> str:
    if live is None:
        return ""
    from .live import CSS as LIVE_CSS

    return LIVE_CSS
