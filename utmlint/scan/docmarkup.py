"""Documentation written in the markups with no reader of their own, read as plain text with each kind's marks: a
link is where its reader (Emacs' exporter, Redcarpet, pod2html, MediaWiki, makeinfo, man) makes one, and the parts it
never renders as a link (a comment, a block of code shown as written) are left out, as Markdown's fenced blocks are
(unless `scan: {code-blocks: true}`).

- Org (`.org`): `[[url][text]]`, `[[url]]` and bare URLs, a URL ending at `]`; comment lines (`# ...`) and comment
  blocks are never exported; source and example blocks (`#+BEGIN_SRC` ... `#+END_SRC`, `#+begin_example`) are code.
- Textile (`.textile`): `"text":url`, `!image!:url`, bare URLs; RDoc (`.rdoc`): `{text}[url]`, `text[url]`.
- POD (`.pod`): `L<text|url>`, `L<url>`, a URL ending at the `>`; a verbatim paragraph (its lines indented) is code.
- Wiki markup (`.wiki`, `.mediawiki`, DokuWiki's `.dokuwiki`, `.creole`): `[url text]`, `[[url|text]]`, a URL ending
  at the `|` that opens its text; `<!-- -->` is a comment; `<pre>`, `<nowiki>` and `<code>` spans are code.
- Texinfo (`.texi`, `.texinfo`, `.txi`): `@uref{url, text}`, `@url{url}`, a URL ending at its argument's `}` or the
  `,` that opens its text (a comma in the URL itself is written `@comma{}`); `@c` and `@comment` lines are comments,
  `@example`, `@smallexample`, `@verbatim`, `@lisp` and `@display` blocks code.
- troff man pages (`.man`, `.roff`): `.UR url`, bare URLs; a line's comment (`.\\"`, `\\"` to the line's end) is never
  typeset, an `.EX` ... `.EE` example is code; troff's escapes in a URL are undone as man renders them (`\\-` a hyphen,
  `\\&` and `\\%` nothing, `\\:` a break point), so `https://my\\-site.dev/?utm_source=man` links `my-site.dev`.

corpus 51 (session 48): documentation in these markups was listed by `--show-files` (Org, Textile, RDoc, POD, wiki
markup, Texinfo) or not seen at all (`.man`, `.roff`, `.texinfo`, `.dokuwiki`, `.creole`) by a folder scan, the
pre-commit hook and the GitHub Action: a silent miss of every link in them (reStructuredText and AsciiDoc, which scan
reads, were the kind's only files in the index with a tracked link)."""

from __future__ import annotations

import re
from typing import List, Tuple

from .core import Found, decode, find_urls

ORG = (".org",)
WIKI = (".wiki", ".mediawiki", ".dokuwiki", ".creole")
TEXINFO = (".texi", ".texinfo", ".txi")
TROFF = (".man", ".roff")
POD = (".pod",)
SUFFIXES = frozenset(ORG + WIKI + TEXINFO + TROFF + POD + (".textile", ".rdoc"))

# Org: a comment line (`#` then a space or the line's end; `#+KEYWORD:` lines are settings, read) and the blocks
_ORG_COMMENT = re.compile(r"^[ \t]*#(?:[ \t][^\n]*)?$", re.MULTILINE)
_ORG_COMMENT_BLOCK = re.compile(r"^[ \t]*#\+begin_comment\b.*?(?:^[ \t]*#\+end_comment\b[^\n]*|\Z)",
                                re.IGNORECASE | re.MULTILINE | re.DOTALL)
_ORG_CODE = re.compile(r"^[ \t]*#\+begin_(src|example)\b.*?(?:^[ \t]*#\+end_\1\b[^\n]*|\Z)",
                       re.IGNORECASE | re.MULTILINE | re.DOTALL)
# POD: a verbatim paragraph, lines that open with whitespace after a blank line (or the document's start)
_POD_VERBATIM = re.compile(r"(?:\A|(?<=\n\n)|(?<=\n[ \t]\n))(?:[ \t]+[^\n]*(?:\n|\Z))+")
# wiki markup: spans shown as written
_WIKI_CODE = re.compile(r"<(pre|nowiki|code|source|syntaxhighlight)\b[^<>\n]*>.*?(?:</\1>|\Z)", re.IGNORECASE | re.DOTALL)
# wiki markup's comment is HTML's (MediaWiki's `<!-- ... -->`, DokuWiki's with its HTML plugin): never rendered
# (review48 F12: a link in one was told value-case and respelled by --fix); an unclosed one runs to the file's end
_WIKI_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
# Texinfo: comment lines and example blocks
_TEXINFO_COMMENT = re.compile(r"^@c(?:omment)?(?:[ \t][^\n]*)?$", re.MULTILINE)
_TEXINFO_CODE = re.compile(r"^@(example|smallexample|verbatim|lisp|smalllisp|display)\b.*?(?:^@end[ \t]+\1\b[^\n]*|\Z)",
                           re.MULTILINE | re.DOTALL)
# troff: a comment to the line's end (`\"`, `.\"` and `'\"` lines), and an example block (`.EX` ... `.EE`)
_TROFF_COMMENT = re.compile(r'(?:^[.\'][ \t]*)?\\"[^\n]*', re.MULTILINE)
_TROFF_CODE = re.compile(r"^\.EX\b.*?(?:^\.EE\b[^\n]*|\Z)", re.MULTILINE | re.DOTALL)
# troff escapes inside a word: `\-` (a hyphen), `\&` and `\%` (nothing: a zero-width mark, a hyphenation mark),
# `\:` (a break point, nothing), `\(ti` and `\[ti]` (a tilde), `\~` (a space, which ends the URL: left as written)
_TROFF_ESCAPE = re.compile(r"\\(?:(-)|[&%:]|\(ti|\[ti\])")


def _spans(patterns, text: str) -> List[Tuple[int, int]]:
    return [found.span() for pattern in patterns for found in pattern.finditer(text)]


def skipped(text: str, suffix: str, code_blocks: bool = False) -> List[Tuple[int, int]]:
    """Spans never rendered as links in a file of `suffix`: comments always, code shown as written unless
    `code_blocks`."""
    if suffix in ORG:
        return sorted(_spans((_ORG_COMMENT, _ORG_COMMENT_BLOCK) + (() if code_blocks else (_ORG_CODE,)), text))
    if suffix in POD:
        return [] if code_blocks else _spans((_POD_VERBATIM,), text)
    if suffix in WIKI:
        return sorted(_spans((_WIKI_COMMENT,) + (() if code_blocks else (_WIKI_CODE,)), text))
    if suffix in TEXINFO:
        return sorted(_spans((_TEXINFO_COMMENT,) + (() if code_blocks else (_TEXINFO_CODE,)), text))
    if suffix in TROFF:
        return sorted(_spans((_TROFF_COMMENT,) + (() if code_blocks else (_TROFF_CODE,)), text))
    return []


def _troff_urls(text: str, code_blocks: bool) -> List[Found]:
    """A man page's URLs, read with troff's escapes undone; offsets point at the characters as written, so a finding
    points at, and a fix edits, the page's own text (an undone `\\-` maps to its `-`)."""
    view, where, last = [], [], 0
    for escape in _TROFF_ESCAPE.finditer(text):
        view.append(text[last:escape.start()])
        where.extend(range(last, escape.start()))
        if escape.group(1):
            view.append("-")
            where.append(escape.start(1))
        last = escape.end()
    view.append(text[last:])
    where.extend(range(last, len(text) + 1))
    read = "".join(view)  # no escape undone is part of a comment's mark (`\\"`) or a block's request (`.EX`)
    out = []
    for start, end in find_urls(read, skip=skipped(read, TROFF[0], code_blocks)):
        found = decode(read, start, end, entities=False, js_escapes=False)
        out.append(Found(where[found.start], where[found.end - 1] + 1, found.url,
                         tuple(where[at] for at in found.offsets[:-1]) + (where[found.end - 1] + 1,)))
    return out


def extract(text: str, suffix: str, options: dict) -> List[Found]:
    code_blocks = bool(options.get("code-blocks"))
    if suffix in TROFF and "\\" in text:
        return _troff_urls(text, code_blocks)
    skip = skipped(text, suffix, code_blocks)
    stops = "|" if suffix in WIKI else "," if suffix in TEXINFO else ""
    return [decode(text, s, e, entities=False, js_escapes=False)
            for s, e in find_urls(text, extra_stops=stops, skip=skip)]
