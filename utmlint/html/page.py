"""The shell every utmlint HTML page shares, and `h`, the one way a value reaches one.

A page is one file that works offline: styles and the script inline, no font, image or fetch. Its
Content-Security-Policy lets nothing load and allows exactly the page's own script (by its SHA-256), so even
a value that slipped past escaping could neither run nor call home. Every value shown goes through `h`:
HTML-escaped (quotes too, so it is safe in attributes) after control, format and bidi characters are
shown as escapes (`\\x1b`, `\\u202e`), never obeyed.
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from html import escape
from typing import Iterable, Iterator, Optional, Sequence

# Shared by every page; a page adds its own rules after these.
BASE_CSS = """
*{box-sizing:border-box}[hidden]{display:none!important}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111827;margin:2rem auto;max-width:1100px;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #e5e7eb;padding-bottom:.2rem}
.meta{color:#4b5563}.cards{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0}
.card{border:1px solid #e5e7eb;border-radius:8px;padding:.6rem 1rem;min-width:150px}
.card b{display:block;font-size:1.5rem}.card.bad b{color:#dc2626}.card.warn b{color:#b45309}.card.good b{color:#15803d}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #f3f4f6;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em}
code{background:#f3f4f6;padding:0 .25rem;border-radius:3px;overflow-wrap:anywhere}
pre{background:#f9fafb;border:1px solid #e5e7eb;border-radius:6px;padding:.5rem .7rem;overflow-x:auto;margin:.4rem 0}
.note{color:#92400e;background:#fffbeb;padding:.4rem .6rem;border-radius:6px}
.muted{color:#6b7280}.where{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem;color:#374151}
.sev{display:inline-block;border-radius:4px;padding:0 .4rem;font-size:.8rem;font-weight:600;text-transform:uppercase}
.sev-error{background:#fee2e2;color:#991b1b}.sev-warning{background:#fef3c7;color:#92400e}.sev-info{background:#dbeafe;color:#1e40af}
"""

# C0/C1 controls, DEL, and every format (Cf: bidi, zero-width), line- and paragraph-separator character.
_HIDDEN = ("Cc", "Cf", "Zl", "Zp", "Cs")


def shown(text: object) -> str:
    """`text` with each control, format, bidi or undecodable character as a visible escape."""
    text = str(text)
    if text.isprintable():  # the common case, and fast: isprintable() is False for every hidden character
        return text
    out = []
    for ch in text:
        if unicodedata.category(ch) in _HIDDEN or ch in "\n\r\t":
            code = ord(ch)
            if 0xDC80 <= code <= 0xDCFF:  # a file name's byte that was not UTF-8 (surrogateescape)
                out.append(f"\\x{code - 0xDC00:02x}")
            else:
                out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(ch)
    return "".join(out)


def h(text: object) -> str:
    """A value as inert HTML text, safe in element content and in quoted attributes alike."""
    return escape(shown(text), quote=True)


_CODE_SPAN = re.compile(r"`([^`\n]+)`")


def prose(text: object) -> str:
    """Rule docs and messages write values in backticks, as Markdown does: escaped text, `x` as <code>."""
    return _CODE_SPAN.sub(r"<code>\1</code>", h(text))


def h_block(text: object) -> str:
    """A multi-line value (a source excerpt, a YAML example): line breaks and tabs kept, the rest as `h`."""
    return "\n".join(h(line.replace("\t", "    ")) for line in str(text).split("\n"))


def script_hash(script: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")


def policy(script: Optional[str]) -> str:
    """Nothing loads; inline styles apply; only this page's own script (by hash) runs, none at all without one."""
    rules = ["default-src 'none'", "style-src 'unsafe-inline'", "base-uri 'none'", "form-action 'none'"]
    if script:
        rules.insert(2, f"script-src '{script_hash(script)}'")
    return "; ".join(rules)


def page(title: str, body: Iterable[str], css: str = "", script: Optional[str] = None) -> str:
    """One whole HTML document: `title` is plain text (escaped here), `body` HTML fragments already escaped."""
    head = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{escape(policy(script), quote=True)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{h(title)}</title><style>{BASE_CSS}{css}</style></head><body>",
    ]
    tail = [f"<script>{script}</script>"] if script else []
    return "\n".join([*head, *body, *tail, "</body></html>"]) + "\n"


def page_chunks(title: str, body: Iterable[str], css: str = "", script: Optional[str] = None) -> Iterator[str]:
    """`page(...)` in pieces, `body` read as it is written: a report of 88,217 findings is never whole."""
    head, _, end = page(title, ["\0"], css, script).partition("\0\n")  # no \0 is left raw in a page
    yield head
    for piece in body:
        yield piece + "\n"
    yield end


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], numeric: Sequence[int] = (), attrs: str = "") -> str:
    """A table of HTML cells (already escaped); columns in `numeric` align right."""
    head = "".join(f'<th class="n">{x}</th>' if i in numeric else f"<th>{x}</th>" for i, x in enumerate(headers))
    body = "".join("<tr>" + "".join(f'<td class="n">{c}</td>' if i in numeric else f"<td>{c}</td>"
                                    for i, c in enumerate(row)) + "</tr>" for row in rows)
    return f"<table{attrs}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
