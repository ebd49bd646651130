"""Output formats for `utmlint render`: each turns link rows into text, nothing more.

URLs are never shortened or rewritten: every format shows the model's tracked URL byte-for-byte (a link's
target is escaped only as its syntax needs). The human formats (table, markdown, slack) group rows by
campaign and step by showing each name once per group.
"""

from __future__ import annotations

import re
from typing import Callable, Dict, List, Optional, Sequence

from .links import UTM_FIELDS, LinkRow

HEADERS = ("Campaign", "Step", "Link", "GA4 channel", "Tracked URL")
FIELDS = ("campaign", "step", "branch", "segment", "label", "channel", "url", "tracked_url", *UTM_FIELDS, "tracked",
          "path", "line", "column")


def _grouped(rows: Sequence[LinkRow]) -> List[List[str]]:
    """The five display columns, campaign and step shown on the first row of their group only."""
    table = []
    last_campaign: Optional[tuple] = None
    last_step: Optional[tuple] = None
    for row in rows:
        campaign_key = (row.campaign, row.path)
        step_key = (campaign_key, row.step, row.branch, row.segment)
        table.append([
            row.campaign if campaign_key != last_campaign else "",
            row.step_text if step_key != last_step else "",
            row.label or "",
            row.channel,
            row.tracked_url,
        ])
        last_campaign, last_step = campaign_key, step_key
    return table


def _printable(text: str, keep_line_breaks: bool = False) -> str:
    """Control characters shown as escapes, so a label cannot move the cursor or recolour a terminal."""
    from .printable import printable

    return printable(text, keep_line_breaks)


def render_table(rows: Sequence[LinkRow], width: Optional[int] = None) -> str:
    """A plain table; when it is wider than `width` (the terminal), the tracked URL leaves the table for a line
    of its own under its row, whole, so it can still be copied (a URL cut in two cannot)."""
    from tabulate import tabulate

    if not rows:
        return ""
    body = [[_printable(cell) for cell in line] for line in _grouped(rows)]
    table = tabulate(body, headers=HEADERS, tablefmt="simple", disable_numparse=True)
    if width is None or max(len(line) for line in table.splitlines()) <= width:
        return table + "\n"
    return _narrow_table([line[:-1] for line in body], [line[-1] for line in body], width)


def _narrow_table(body: List[List[str]], urls: List[str], width: int) -> str:
    """The table without its URL column, each URL whole on a line under its row; the widest columns give way
    (their text wrapped) until the table fits `width`."""
    import textwrap

    headers = HEADERS[:-1]
    widths = [max([len(h)] + [len(row[i]) for row in body]) for i, h in enumerate(headers)]
    while sum(widths) + 2 * (len(widths) - 1) > width and max(widths) > 8:
        widest = widths.index(max(widths))
        widths[widest] -= 1

    def lines_of(cells: List[str]) -> List[str]:
        wrapped = [textwrap.wrap(cell, w, break_on_hyphens=False) or [""] for cell, w in zip(cells, widths)]
        height = max(len(parts) for parts in wrapped)
        return ["  ".join((parts[n] if n < len(parts) else "").ljust(w) for parts, w in zip(wrapped, widths)).rstrip()
                for n in range(height)]

    out = lines_of(list(headers)) + ["  ".join("-" * w for w in widths)]
    for cells, url in zip(body, urls):
        out.extend(lines_of(cells))
        out.append("    " + url)
    return "\n".join(out) + "\n"


# Markdown: text cells get every character markdown could read as syntax backslash-escaped. A tracked URL
# is a real link, `[url](<url>)`: its text is the URL escaped as text (shown as written: autolink text
# would be decoded, `%7C` shown as `|`), its target the URL in angle brackets (spaces and parentheses
# allowed) with `\`, `<` and `>` escaped, and `&` where it would start an entity (`&amp;` would become `&`). GFM's table splitter turns `\|` back into `|` before inline
# parsing, in the target too. A relative or app link (in-product) is not a web page: it stays text.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&!#()])")


def _md_text(text: str) -> str:
    text = re.sub(r"\s*[\r\n]+\s*", " ", text)
    return _MD_SPECIAL.sub(r"\\\1", _printable(text))


def _md_target(url: str) -> str:
    url = _printable(re.sub(r"[\r\n]", " ", url))
    url = re.sub(r"([\\<>])", r"\\\1", url)
    url = re.sub(r"&(?=#?[0-9A-Za-z]+;)", r"\\&", url)  # only where it would start an entity
    return "<" + url.replace("|", "\\|") + ">"


def _md_link(text: str, url: str) -> str:
    return f"[{_md_text(text)}]({_md_target(url)})"


def _is_web(url: str) -> bool:
    return url.lower().startswith(("https://", "http://"))


def render_markdown(rows: Sequence[LinkRow]) -> str:
    if not rows:
        return ""
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "|".join("---" for _ in HEADERS) + "|"]
    for row, (campaign, step, label, channel, url) in zip(rows, _grouped(rows)):
        web = _is_web(url)
        cells = [_md_text(campaign), _md_text(step), _md_link(label, url) if label and web else _md_text(label),
                 _md_text(channel), _md_link(url, url) if web else _md_text(url)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


# Slack mrkdwn: links are `<url|text>`; `&`, `<` and `>` in text are written `&amp;`, `&lt;`, `&gt;` (Slack's
# only escapes), and a `|` in the URL, which would end it, is percent-encoded (the same URL to a server). That is
# how Slack's API reads a message (chat.postMessage, an incoming webhook); the Slack app's message box reads
# neither the `<url|text>` nor the entities, so a link pasted there by hand keeps `&amp;` (newuser48 F1): render
# says so on stderr (SLACK_NOTE), and `urls` is the format to paste by hand.
def _slack_text(text: str) -> str:
    text = re.sub(r"\s*[\r\n]+\s*", " ", _printable(text))
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _slack_link(url: str, text: Optional[str]) -> str:
    target = _slack_text(url).replace("|", "%7C")
    return f"<{target}|{_slack_text(text)}>" if text else f"<{target}>"


SLACK_NOTE = ("utmlint: --format slack is a message for Slack's API or an incoming webhook (mrkdwn: each `&` in a "
              "URL written `&amp;`, as the API reads it); pasted into the Slack app by hand, the links keep `&amp;`, "
              "which GA4 reads as part of the next key (`amp;utm_medium`), so those values are lost: to paste "
              "links by hand, use `--format urls`")


def render_slack(rows: Sequence[LinkRow]) -> str:
    """A message for Slack's API or an incoming webhook: each campaign in bold, its steps as bullets, each link with
    its GA4 channel (a reason it is untracked is already in parentheses: `(track: false, untracked)`)."""
    lines: List[str] = []
    for row, (campaign, step, _label, channel, url) in zip(rows, _grouped(rows)):
        if campaign:
            if lines:
                lines.append("")
            lines.append(f"*{_slack_text(campaign)}*")
        where = f"{_slack_text(row.step_text)}: " if row.step_text else ""
        shown = _slack_link(url, row.label) if _is_web(url) else f"`{_slack_text(url)}`"
        said = _slack_text(channel)
        lines.append(f"\u2022 {where}{shown} {said if said.startswith('(') else f'({said})'}")
    return "\n".join(lines) + "\n" if lines else ""


def _record(row: LinkRow) -> Dict[str, object]:
    return {name: getattr(row, name) for name in FIELDS}


def render_csv(rows: Sequence[LinkRow]) -> str:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    for row in rows:
        record = _record(row)
        record["tracked"] = "true" if row.tracked else "false"
        # Cells are shown to people too: control characters escaped, but line breaks and tabs, which CSV
        # quotes, kept as data.
        writer.writerow(["" if record[name] is None else csv_cell(_printable(str(record[name]), keep_line_breaks=True))
                         for name in FIELDS])
    return out.getvalue()


# A spreadsheet runs a cell starting with one of these as a formula (`=HYPERLINK(...)`, `@SUM`, `+cmd|...`).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: str) -> str:
    """OWASP's CSV-injection defence: a cell a spreadsheet would run as a formula gets a leading `'`, which
    spreadsheets show as text and hide. A cell already starting with `'` gets one too, so the rule reverses
    without doubt: a reader drops one leading `'` from every cell that has one."""
    return "'" + value if value.startswith(_FORMULA_START + ("'",)) else value


def render_json(rows: Sequence[LinkRow]) -> str:
    import json

    return json.dumps([_record(row) for row in rows], indent=2, ensure_ascii=False) + "\n"


def render_urls(rows: Sequence[LinkRow]) -> str:
    """One tracked URL a line (untracked links have nothing to paste or check, so they are left out)."""
    return "".join(row.tracked_url + "\n" for row in rows if row.tracked)


FORMATS: Dict[str, Callable[[Sequence[LinkRow]], str]] = {
    "table": render_table,
    "markdown": render_markdown,
    "slack": render_slack,
    "csv": render_csv,
    "json": render_json,
    "urls": render_urls,
}


def render(fmt: str, rows: Sequence[LinkRow], width: Optional[int] = None) -> str:
    """`rows` in format `fmt`; `width`: the terminal's columns, which the table fits (None: no limit)."""
    if fmt == "table":
        return render_table(rows, width)
    return FORMATS[fmt](rows)
