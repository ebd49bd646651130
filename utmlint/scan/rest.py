"""reStructuredText: `` `text <url>`_ `` links, `.. _name: url` targets and bare URLs. reST has no
entities; `<` and `>` end a URL, which is exactly how reST delimits one.

Literal blocks show examples and are skipped unless `scan: {code-blocks: true}`, as Markdown's fenced code blocks are:
reST's code examples are the indented lines after a paragraph ending in `::` (or a `::` line of its own) and a
`.. code-block::`, `.. code::` or `.. sourcecode::` directive's content (literal_blocks). A vendor's docs showing
where its own parameter goes (`To add ``utm_source`` simply append it to the end like this::` then
`https://shop-links.co/161...?utm_source=applenews`: Narrativ's, corpus 30 #31 #32 #34 #35) are text to read, no
campaign link to complete. A `.. parsed-literal::` block's links are links (reST renders its inline markup)."""

from __future__ import annotations

import re
from typing import List, Tuple

from .core import Found, decode, find_urls

# A directive whose content is code, shown as written (`parsed-literal` is not: its inline markup is rendered)
REST_CODE = re.compile(r"\.\.\s+(?:code-block|code|sourcecode|highlight)::", re.IGNORECASE)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def literal_blocks(text: str) -> List[Tuple[int, int]]:
    """Character spans of reST's literal blocks: the lines indented deeper than their opener after a paragraph whose
    last line ends in `::` (a blank line between, as reST requires) or after a code directive (REST_CODE, its
    `:option:` lines among them), up to the first line that is not indented deeper; no other directive or comment
    (`.. note::`, `.. parsed-literal::`) opens one."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    blocks: List[Tuple[int, int]] = []
    i = 0
    while i < len(lines):
        opener = lines[i].rstrip("\r")
        stripped = opener.strip()
        if stripped.startswith(".."):
            opens = REST_CODE.match(stripped) is not None
        else:
            # (a title's underline of colons, `::::::`, is no paragraph)
            opens = stripped.endswith("::") and stripped.strip(":") != "" or stripped == "::"
            opens = opens and i + 1 < len(lines) and not lines[i + 1].strip()
        if not opens:
            i += 1
            continue
        depth = _indent(opener)
        j, last = i + 1, -1
        while j < len(lines) and (not lines[j].strip() or _indent(lines[j]) > depth):
            if lines[j].strip():
                last = j
            j += 1
        if last > i:
            blocks.append((starts[i + 1], starts[last] + len(lines[last])))
        i = max(j, i + 1)
    return blocks


def extract(text: str, options: dict) -> List[Found]:
    skip = [] if options.get("code-blocks") else literal_blocks(text)
    return [decode(text, s, e, entities=False, js_escapes=False) for s, e in find_urls(text, skip=skip)]
