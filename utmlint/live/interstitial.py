"""Interstitial pages: a 2xx HTML answer whose only job is to send the browser on.

t.co, LinkedIn and many e-mail click trackers answer a browser with a small page holding a
`<meta http-equiv="refresh" content="0;url=...">` or a one-line script (`location.replace("...")`,
`window.location = "..."`) instead of a 3xx. A browser follows it; so does a live check, as a hop of
kind `meta-refresh` or `script`. Only the trivial forms are read (a string literal, no code is run), and
only refreshes meant as a redirect: a page that reloads itself, or waits longer than a person would,
is a landing page.
"""

from __future__ import annotations

import html
import re
from typing import Optional, Tuple

# How much of a page detection reads: interstitials are small, and the refresh sits in <head>.
SNIFF_BYTES = 32 * 1024
MAX_REFRESH_DELAY = 5.0  # seconds; longer is a page that reloads itself, not a redirect

_META = re.compile(rb"<meta\b[^>]{0,2000}>", re.IGNORECASE)
_ATTR = re.compile(r"""([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)""")
_REFRESH = re.compile(r"""^\s*(\d+(?:\.\d*)?)?\s*[;,]?\s*(?:url\s*=\s*)?(.*)$""", re.IGNORECASE | re.DOTALL)
_SCRIPT = re.compile(rb"<script\b([^>]{0,500})>(.{0,4000}?)</script\s*>", re.IGNORECASE | re.DOTALL)
_JS_STRING = r"""(?:"((?:[^"\\\n]|\\.){1,4000})"|'((?:[^'\\\n]|\\.){1,4000})')"""
_JS_REDIRECTS = (
    re.compile(r"(?<![\w$.])(?:(?:window|document|self|top)\.)?location\.(?:replace|assign)\(\s*" + _JS_STRING + r"\s*\)"),
    re.compile(r"(?<![\w$.])(?:(?:window|document|self|top)\.)?location(?:\.href)?\s*=(?!=)\s*" + _JS_STRING),
)
_JS_ESCAPE = re.compile(r"""\\(u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)""", re.DOTALL)
_JS_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def looks_like_html(content_type: str, body: bytes) -> bool:
    if "html" in content_type.lower():
        return True
    if content_type:
        return False
    start = body[:512].lstrip().lower()
    return start.startswith((b"<!doctype html", b"<html", b"<head", b"<meta", b"<script"))


def _text(body: bytes) -> str:
    return body.decode("utf-8", errors="replace")


def meta_refresh(body: bytes) -> Optional[str]:
    """The URL a `<meta http-equiv="refresh">` sends the browser to at once, or None."""
    for match in _META.finditer(body):
        attrs = {name.lower(): value for name, value in _ATTR.findall(_text(match.group(0)))}
        if _unquote(attrs.get("http-equiv", "")).strip().lower() != "refresh":
            continue
        content = html.unescape(_unquote(attrs.get("content", "")))
        parsed = _REFRESH.match(content)
        if not parsed:
            continue
        delay_text, url = parsed.group(1), parsed.group(2).strip()
        if delay_text is not None and float(delay_text) > MAX_REFRESH_DELAY:
            continue
        url = _unquote(url).strip()
        if url:
            return url
    return None


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    if value and value[0] in "\"'":  # content="0;url='https://...'" leaves one quote after unescaping
        return value[1:].rstrip(value[0])
    return value


def script_redirect(body: bytes) -> Optional[str]:
    """The URL an inline script sends the browser to with a string literal, or None."""
    for match in _SCRIPT.finditer(body):
        if b"src" in match.group(1).lower():
            continue
        code = _text(match.group(2))
        for pattern in _JS_REDIRECTS:
            found = pattern.search(code)
            if found and _runs_at_once(code[: found.start()]):
                url = _js_unescape(found.group(1) if found.group(1) is not None else found.group(2)).strip()
                if url and not url.lower().startswith(("javascript:", "data:")):
                    return url
    return None


_DEFERRED = re.compile(r"setTimeout\s*\(\s*(?:function\s*\(\s*\)\s*\{|\(\s*\)\s*=>\s*\{?)\s*$")


def _runs_at_once(before: str) -> bool:
    """True when the statement starting after `before` runs as the page loads: a statement of its own at
    the top level of the script (or in a `setTimeout` callback), not inside a function, handler or `if`."""
    if _DEFERRED.search(before):
        return True
    if before.count("{") != before.count("}"):
        return False
    stripped = before.rstrip()
    return not stripped or stripped[-1] in ";{}" or "\n" in before[len(stripped):]


def _js_unescape(text: str) -> str:
    def one(match: "re.Match[str]") -> str:
        escape = match.group(1)
        if escape.startswith("u{"):
            return chr(int(escape[2:-1], 16))
        if escape[0] in "ux" and len(escape) > 1:
            return chr(int(escape[1:], 16))
        return _JS_SIMPLE.get(escape, escape)

    return _JS_ESCAPE.sub(one, text)


def find(content_type: str, body: bytes) -> Optional[Tuple[str, str]]:
    """(`meta-refresh` or `script`, the URL as written) when `body` is an interstitial page."""
    if not body or not looks_like_html(content_type, body):
        return None
    url = meta_refresh(body)
    if url is not None:
        return "meta-refresh", url
    url = script_redirect(body)
    if url is not None:
        return "script", url
    return None
