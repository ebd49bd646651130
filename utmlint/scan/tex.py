"""TeX and LaTeX (`.tex`, `.ltx`): a talk's beamer deck, a course's or a book's chapter, a paper, a CV. Its links are
hyperref's `\\href{url}{text}` and `\\url{url}` (and bare URLs in the text); a URL ends at the `}` closing its argument.

TeX's escapes in a URL are undone as hyperref reads them: `\\#`, `\\%`, `\\&`, `\\_`, `\\~` are the characters themselves
(`\\href{https://x.dev/?utm_source=slides\\&utm_medium=referral}{x}` links `...&utm_medium=referral`). A comment (a
`%` at the start of a line or after a space, to the line's end: a slide or a link commented out) is never typeset, and
is skipped. So is a verbatim environment (`verbatim`, `Verbatim`, `lstlisting`, `minted`: code shown as written, a
command to type), unless `scan: {code-blocks: true}`, as Markdown's fenced blocks are.

corpus 49 (session 47): teaching and talk material, beamer decks and LaTeX course books among the kind, were never
read (scan.files.UNREAD_TEXT listed `.tex` as a kind scan does not read: a silent miss of the kind's links)."""

from __future__ import annotations

import re
from typing import List, Tuple

from .core import Found, decode, find_urls

# A comment: `%` opening a line (after its indent) or after whitespace; `\%` (a percent sign) and a `%` inside a URL
# (`%20`, preceded by no space) open none
_COMMENT = re.compile(r"(?:^|(?<=[ \t]))(?<!\\)%[^\n]*", re.MULTILINE)
_VERBATIM = re.compile(r"\\begin\{(verbatim\*?|Verbatim|lstlisting|minted)\}.*?(?:\\end\{\1\}|\Z)", re.DOTALL)


def skipped(text: str, code_blocks: bool = False) -> List[Tuple[int, int]]:
    """Spans never typeset as links: comments, and verbatim environments unless `code_blocks`."""
    spans = [m.span() for m in _COMMENT.finditer(text)]
    if not code_blocks:
        spans += [m.span() for m in _VERBATIM.finditer(text)]
    return sorted(spans)


def _before_line_break(text: str, start: int, end: int) -> int:
    """Where a URL written in the text ends before TeX's line break `\\\\` (a bare URL ending a line of a slide)."""
    cut = text.find("\\\\", start, end)
    return end if cut == -1 else cut


def extract(text: str, options: dict) -> List[Found]:
    skip = skipped(text, bool(options.get("code-blocks")))
    return [decode(text, s, _before_line_break(text, s, e), entities=False, js_escapes=False, md_escapes=True)
            for s, e in find_urls(text, skip=skip, extra_stops="}", md_escapes=True)]
