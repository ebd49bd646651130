"""`utmlint scan --links`: the inventory of tracked links, one record per occurrence.

The column names are a contract (`utmlint import` reads this CSV/JSON): path, line, column, url,
utm_source, utm_medium, utm_campaign, utm_content, utm_term, channel."""

from __future__ import annotations

import csv
import io
import json
from typing import Sequence

COLUMNS = ("path", "line", "column", "url", "utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term",
           "channel")


def rows(records: Sequence) -> list:
    return [dict(zip(COLUMNS, (r.path, r.line, r.column, r.url, *r.params, r.channel))) for r in records]


def _cell(value):
    """A cell a spreadsheet will not run: text starting with = + - @ (or a tab/CR) gets a leading quote."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def render(fmt: str, records: Sequence) -> str:
    data = rows(records)
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in data:
            writer.writerow({k: _cell(v) for k, v in row.items()})
        return out.getvalue()
    # urls: absolute web links only, each once, for `utmlint check -`
    seen = []
    for r in records:
        if r.url.lower().startswith(("http://", "https://")) and "{" not in r.url and r.url not in seen:
            seen.append(r.url)
    return "".join(u + "\n" for u in seen)
