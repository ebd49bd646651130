"""Edits and positions inside a link's URL, shared by the URL rules (links.py, tracking/, structure.py)."""

from __future__ import annotations

from typing import FrozenSet, Optional, Tuple

from ..diagnostics import Edit, Fix, Pos
from ..fixes import replace_value
from ..urls import query_pairs


def _url_node(link):
    return link.campaign.doc.nodes.get(link.path + ("url",))


def url_column(link, offset: int) -> Pos:
    """The position of character `offset` of the stripped URL, when the scalar is written on one line
    without escapes; else the position of the URL value."""
    info = _url_node(link)
    pos = link.pos
    if info is None or info.style not in ("", '"', "'"):
        return pos
    raw = link.campaign.doc.text[info.start:info.end]
    inner = raw[1:-1] if info.style else raw
    lead = len(link.url) - len(link.url.lstrip())
    if inner != link.url or "\n" in raw:
        return pos
    return Pos(pos.line, pos.column + (1 if info.style else 0) + lead + offset)


def rewrite_url(link, new_url: str, description: str, safe: bool = True) -> Optional[Fix]:
    """Replace the URL, keeping its quoting when the new text allows it (plain URLs stay plain)."""
    doc = link.campaign.doc
    info = _url_node(link)
    if info is None:
        return None
    raw = doc.text[info.start:info.end]
    old = link.url
    inner_ok = (raw[1:-1] if info.style else raw) == old and "\n" not in raw
    if inner_ok and info.style == "" and new_url == new_url.strip() and " #" not in new_url \
            and ": " not in new_url and not new_url.startswith(tuple("!&*[]{}|>'\"%@`#,?:-")):
        return Fix((Edit(info.start, info.end, new_url),), description, safe)
    if inner_ok and info.style == '"' and not any(c in new_url for c in '"\\'):
        return Fix((Edit(info.start, info.end, f'"{new_url}"'),), description, safe)
    if inner_ok and info.style == "'" and "'" not in new_url:
        return Fix((Edit(info.start, info.end, f"'{new_url}'"),), description, safe)
    fix = replace_value(doc, link.path + ("url",), new_url, description)
    return Fix(fix.edits, fix.description, safe) if fix is not None else None


def without_query_fields(url: str, names: FrozenSet[str]) -> str:
    """`url` without the query fields whose (decoded, lower-cased) name is in `names`; the rest byte-for-byte."""
    rest, hash_, fragment = url.partition("#")
    base, question, query = rest.partition("?")
    if not question:
        return url
    kept = [f for f in query.split("&") if not f or query_pairs(f)[0][0].lower() not in names]
    new_query = "&".join(f for f in kept if f) if len(kept) != len(query.split("&")) else query
    return base + ("?" + new_query if new_query else "") + hash_ + fragment


def fragment_query(url: str) -> Optional[Tuple[int, int]]:
    """(index of `#`, index of the `?` after it) when a query-looking part sits inside the fragment."""
    hash_at = url.find("#")
    if hash_at == -1:
        return None
    question = url.find("?", hash_at)
    if question == -1 or "=" not in url[question:]:
        return None
    if url[hash_at + 1:hash_at + 2] in ("/", "!"):  # `#/route?tab=x`: a hash router reads it there on purpose
        return None
    return hash_at, question
