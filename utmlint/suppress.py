"""Inline suppressions: `# utmlint: ignore[CODE-or-name, ...]` on a line (or alone on the line above),
`# utmlint: disable[...]` ... `# utmlint: enable[...]` for a block, `# utmlint: disable-file[...]`.

A `#` counts only at the start of a line or after whitespace, so URL fragments (`/page#hero`) are safe.
Brackets are optional: without them a directive covers every rule.
"""

from __future__ import annotations

import re
from typing import Dict, List, Optional, Set, Tuple

_DIRECTIVE = re.compile(
    r"(?:^|\s)#\s*utmlint:\s*(ignore|disable-file|disable|enable)\b(?:\[([^\]]*)\])?", re.IGNORECASE
)
ALL = "*"


class Suppressions:
    def __init__(self, lines: Optional[Dict[int, Set[str]]] = None, ranges: Optional[List[Tuple[int, int, str]]] = None,
                 whole_file: Optional[Set[str]] = None):
        self.lines = lines if lines is not None else {}  # line -> selectors
        self.ranges = ranges if ranges is not None else []  # (first, last, selector)
        self.whole_file = whole_file if whole_file is not None else set()

    def covers(self, line: int, code: str, name: str) -> bool:
        def hit(selectors) -> bool:
            return any(s == ALL or s == name or code.startswith(s) for s in selectors)

        if hit(self.whole_file) or hit(self.lines.get(line, ())):
            return True
        return any(first <= line <= last and hit((sel,)) for first, last, sel in self.ranges)


def _selectors(body: Optional[str]) -> List[str]:
    if body is None or not body.strip():
        return [ALL]
    return [part.strip().upper() if part.strip()[:1].isupper() else part.strip() for part in body.split(",") if part.strip()]


def parse(text: str, directive: "re.Pattern[str]" = _DIRECTIVE) -> Optional[Suppressions]:
    """The suppressions in `text`, or None when it has none (the common, fast case). `directive` is the
    comment syntax (`utmlint scan` passes one that knows `<!--`, `//`, `{#` as well as `#`)."""
    if "utmlint:" not in text:
        return None
    found = Suppressions()
    open_blocks: Dict[str, int] = {}
    lines = text.split("\n")  # newlines only, as editors and our positions count lines
    for number, line in enumerate(lines, start=1):
        for match in directive.finditer(line):
            verb, selectors = match.group(1).lower(), _selectors(match.group(2))
            if verb == "ignore":
                # A directive alone on its line covers the next line; at a line's end, its own line.
                target = number + 1 if not line[: match.start()].strip() else number
                found.lines.setdefault(target, set()).update(selectors)
                found.lines.setdefault(number, set()).update(selectors)
            elif verb == "disable-file":
                found.whole_file.update(selectors)
            elif verb == "disable":
                for selector in selectors:
                    open_blocks.setdefault(selector, number)
            else:
                for selector in selectors:
                    if selector in open_blocks:
                        found.ranges.append((open_blocks.pop(selector), number, selector))
    for selector, start in open_blocks.items():
        found.ranges.append((start, len(lines) + 1, selector))
    return found
