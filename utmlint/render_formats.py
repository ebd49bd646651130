"""Output formats for `utmlint render`: each turns link rows into text, nothing more.

URLs are never rewritten: every format shows the model's tracked URL byte-for-byte. The human
formats (table, markdown) group rows by campaign and step by showing each name once per group.
"""

from __future__ import annotations

import re
from typing import Callable, Dict, List, Optional, Sequence

from .links import LinkRow

HEADERS = ("Campaign", "Step", "Link", "GA4 channel", "Tracked URL")
FIELDS = ("campaign", "step", "branch", "segment", "label", "channel", "url", "tracked_url", "tracked", "path", "line", "column")


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


def render_table(rows: Sequence[LinkRow]) -> str:
    from tabulate import tabulate

    if not rows:
        return ""
    body = [[_printable(cell) for cell in line] for line in _grouped(rows)]
    return tabulate(body, headers=HEADERS, tablefmt="simple", disable_numparse=True) + "\n"


# Markdown: text cells get every character markdown could read as syntax backslash-escaped. URLs
# are code spans, whose text renderers show byte-for-byte: autolinks would be clickable, but
# renderers decode their text (`%7C` shows as `|`), so a copied link would not be the tracked URL.
# GFM's table splitter turns `\|` back into `|` before inline parsing, even inside a code span.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&!#])")


def _md_text(text: str) -> str:
    text = re.sub(r"\s*[\r\n]+\s*", " ", text)
    return _MD_SPECIAL.sub(r"\\\1", _printable(text))


def _md_code(text: str) -> str:
    text = _printable(re.sub(r"[\r\n]", " ", text))
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith(("`", " ")) or text.endswith(("`", " ")) else ""
    return fence + pad + text.replace("|", "\\|") + pad + fence


def render_markdown(rows: Sequence[LinkRow]) -> str:
    if not rows:
        return ""
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "|".join("---" for _ in HEADERS) + "|"]
    for *text_cells, url in _grouped(rows):
        lines.append("| " + " | ".join([*(_md_text(c) for c in text_cells), _md_code(url) if url else ""]) + " |")
    return "\n".join(lines) + "\n"


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
        writer.writerow(["" if record[name] is None else _printable(str(record[name]), keep_line_breaks=True)
                         for name in FIELDS])
    return out.getvalue()


def render_json(rows: Sequence[LinkRow]) -> str:
    import json

    return json.dumps([_record(row) for row in rows], indent=2, ensure_ascii=False) + "\n"


def render_urls(rows: Sequence[LinkRow]) -> str:
    """One tracked URL a line (untracked links have nothing to paste or check, so they are left out)."""
    return "".join(row.tracked_url + "\n" for row in rows if row.tracked)


FORMATS: Dict[str, Callable[[Sequence[LinkRow]], str]] = {
    "table": render_table,
    "markdown": render_markdown,
    "csv": render_csv,
    "json": render_json,
    "urls": render_urls,
}


def render(fmt: str, rows: Sequence[LinkRow]) -> str:
    return FORMATS[fmt](rows)
