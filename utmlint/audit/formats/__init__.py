"""The audit report's output formats, one small module each; `render(name, report)` picks one.

Every value that came from the export (sources, mediums, campaigns, channel names) is escaped by the
format's own function before it is printed: the terminal's, Markdown's or HTML's.
"""

from __future__ import annotations

import importlib
import unicodedata

FORMATS = {"text": "text", "json": "json_format", "markdown": "markdown", "html": "html"}
TOP = 20  # rows per section in the human formats (json has them all)


def render(name: str, report) -> str:
    return importlib.import_module(f"{__name__}.{FORMATS[name]}").render(report)


def visible(text: str) -> str:
    """Control and format characters (newlines, ANSI escapes, bidi overrides) shown as escapes, never obeyed."""
    out = []
    for ch in str(text):
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(ch)
    return "".join(out)


def number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def counted(value: float, unit: str) -> str:
    """`1,204 sessions`, but `1 session` (newuser43 F10: "intercom / in-app: 1 sessions")."""
    return f"{number(value)} {unit[:-1] if value == 1 and unit.endswith('s') else unit}"


def share(part: float, whole: float) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "0.0%"


def input_label(report) -> str:
    kinds = {"ga4-csv": "GA4 CSV export", "csv": "CSV", "bigquery": "GA4 BigQuery export"}
    text = kinds.get(report.input, report.input)
    if report.touch:
        text += f", {report.touch} columns"
    return text
