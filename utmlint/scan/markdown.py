"""Markdown, MDX and SuperMD: inline links (titles, `<angle>` destinations, parentheses), reference definitions,
badges, autolinks, bare URLs, tables and inline HTML. Code blocks, fenced or indented (not in MDX), show examples
and are skipped unless `scan: {code-blocks: true}`. Entities and backslash escapes (`\\&`) are decoded, as CommonMark does in link
destinations; not entities in a URL quoted whole as inline code, which CommonMark leaves as written (newuser43 F7)."""

from __future__ import annotations

import bisect
import re
from typing import List, Tuple

from .core import Found, attribute_spans, decode, fenced_blocks, find_urls, without_breaks

# `](<dest with spaces>` and `[id]: <dest>`: inside angle brackets a space does not end the URL.
_ANGLE = re.compile(r"(?:\]\(|^ {0,3}\[[^\]\n]+\]:[ \t]*)<([^<>\n]*utm_[^<>\n]*)>", re.IGNORECASE | re.MULTILINE)
# `](https://acme.dev/cloud?utm_campaign=Launch Week 2026)`: a destination with spaces and no title (no quote, no
# parenthesis after the space), read whole to its `)` (newuser47b F1). Python-Markdown (MkDocs) links it as written,
# so the visit's utm_campaign is `Launch Week 2026`; CommonMark (GitHub, Docusaurus, MDX) makes no link of it, the
# page showing the brackets and linking only `...=Launch` by its bare URL. Read to the space, the value was told
# "write `launch`" and --fix wrote `launch Week 2026)`; read whole, the value rules respell `Launch Week 2026`, and the
# fixed value, with no space, makes the link a link for every renderer.
# Read greedily to the `)` and trimmed in spaced_spans: two lazy runs around the space were tried again at each of its
# characters, quadratic in a line's length (a 16,000-character line took 1.2 s).
_SPACED = re.compile(r"\]\((?=[^\s()<>\"']*utm_)([^\s()<>\"'][^()<>\"'\n]*)\)", re.IGNORECASE)


def spaced_spans(text: str) -> List[Tuple[int, int]]:
    """The spans of the destinations _SPACED reads: to the `)`, less the spaces before it, holding a space or tab."""
    spans = []
    for match in _SPACED.finditer(text):
        destination = match.group(1).rstrip(" \t")
        if " " in destination or "\t" in destination:
            spans.append((match.start(1), match.start(1) + len(destination)))
    return spans


def _rendered(text: str, block: Tuple[int, int]) -> bool:
    """A SuperMD (Zig's site) block fenced as ```=html is raw HTML the page shows, not a code example."""
    first = text[block[0]:text.find("\n", block[0]) if "\n" in text[block[0]:block[1]] else block[1]]
    return first.strip().lstrip("`~").strip() == "=html"


# A bare URL is an autolink, and GitHub's (GFM's extended autolinks) leaves a trailing `~` or `_` out of it, as it does
# `.`, `,`, `*`: `~~https://...&utm_campaign=launch~~` (struck through) and `_https://...launch_` (italic) link to
# `...launch`, which every visitor opens; read with the marks, the value was told `launch~~` contains `~` and `launch_`
# breaks the naming convention (session 42 newuser). A link destination (`](...)`, `<...>`, `[id]: ...`, an HTML
# attribute's) keeps them, as CommonMark does.
_DESTINATION_BEFORE = re.compile(r"(?:\]\(|<|[\"'=]|^ {0,3}\[[^\]\n]+\]:[ \t]*)\Z")


def _autolink_end(text: str, start: int, end: int) -> int:
    if text[end - 1:end] not in ("~", "_"):
        return end
    line = text.rfind("\n", 0, start) + 1
    if _DESTINATION_BEFORE.search(text[line:start]):
        return end
    while end > start + 1 and text[end - 1] in "~_":
        end -= 1
    return end


def _code_span(text: str, start: int, end: int) -> bool:
    """A URL quoted whole as inline code: CommonMark decodes no entity there, the reader copies `&amp;` as written."""
    return start > 0 and text[start - 1] == "`" and text[end:end + 1] == "`"


# A paragraph that is one inline code span quoting a URL after an example word (`e.g. `https://...``, the word, the
# span and a closing stop its whole text, blank lines or the text's ends around it): a guide's sample shown as code.
# Adobe's Marketo Measure glossary (the Chinese translation, corpus 39 #9) shows how a landing page's URL fills a field
# this way (`e.g. `http://info.marketomeasure.com/adwords-for-lead-generation?utm_source=Event&utm_medium=booth...``);
# its values are the illustration's, no one follows the link. Skipped as a fenced block is (read with `scan:
# {code-blocks: true}`). A paragraph that is the code span alone is read: a campaign plan writes the exact URL to paste
# into an ad platform so (review44 F9), and so is inline code in a sentence, a list item or a table cell.
_LONE_CODE = re.compile(r"(?:\A|\n[ \t\r]*\n)[ ]{0,3}(?:e\.g\.|eg\.|for example|for instance|z\.\s?B\.|p\.\s?ej\.|"
                        r"por ejemplo|par exemple|per esempio|por exemplo|zum Beispiel|например|例如|比如|例えば|예를 들어)"
                        r"[:：,，、]?[ \t]*`((?:https?://|/|\?)[^`\n]*)`[ \t]*[。.,:;，；：]?[ \t]*(?=\r?\n[ \t]*\r?\n|\s*\Z)",
                        re.IGNORECASE)


def lone_code_spans(text: str) -> List[Tuple[int, int]]:
    """Character spans of the inline code spans quoting a URL that are a paragraph's whole text after an example word
    (_LONE_CODE)."""
    return [match.span(1) for match in _LONE_CODE.finditer(text)] if "`" in text else []


def spaced_destination(text: str, start: int, end: int) -> List[int]:
    """The offsets of the spaces (and tabs) in a link destination read whole to its `)` (_SPACED): `](https://...
    utm_campaign=Launch Week 2026)`, which CommonMark makes no link of; none for any other URL (an `<angle>`
    destination may hold spaces), nor a space inside a template's placeholder."""
    if text[max(0, start - 2):start] != "](":
        return []
    from .core import PLACEHOLDER

    # a template's slot (`[Campaign Name]`, `{{ page.slug }}`) is filled before anyone reads the page: its spaces go
    slots = [m.span() for m in PLACEHOLDER.finditer(text, start, end)]
    return [at for at in range(start, end) if text[at] in " \t" and not any(s <= at < e for s, e in slots)]


def spaced_message(url: str) -> str:
    """url-invalid's words on a Markdown link destination with spaces (spaced_destination)."""
    head = url[:url.index(" ") if " " in url else len(url)]
    shown = url if len(url) <= 100 else url[:97] + "..."
    return (f"this Markdown link's address has a space, `{shown}`: GitHub, Docusaurus, MDX and every CommonMark "
            f"renderer make no link of it (the page shows the brackets as text and links only `{head}`, with the "
            f"value cut at the space), while MkDocs links it whole; write each space as `%20`, as a browser sends it, "
            f"so every renderer links the same address")


# CommonMark's list item marker (`-`, `*`, `+`, `1.`, `1)`) and the spaces after it: its content starts past them
_LIST_MARKER = re.compile(r"(?:[-+*]|[0-9]{1,9}[.)])(?:[ \t]+|\Z)")
# MkDocs Material's admonition (`!!! tip`, `??? note`, `???+ note`) and content tab (`=== "Python"`): Python-Markdown's
# containers, whose bodies are indented 4 spaces (a blank line under the marker or not): their text, not code
_MKDOCS_CONTAINER = re.compile(r"(?:!!!|\?\?\?\+?|===)[ \t]+\S")
# GitHub's and Python-Markdown's footnote (`[^1]: note`, not under a paragraph's line) and a definition list's
# `:   definition` alike: their next paragraphs are indented 4 spaces (GitHub renders `[^1]: note`, a blank line, then
# `    more` as the note's)
_NOTE = re.compile(r"\[\^[^\]\s]+\]:|:[ \t]+\S")
# an HTML block that blank lines do not end (CommonMark's kinds 1 to 5): `<pre>`, `<script>`, `<style>`, `<textarea>`
# to their closing tag, a comment to its `-->`
_HTML_OPEN = re.compile(r"<(?:(pre|script|style|textarea)(?=[\s>]|\Z)|(!--|\?|![A-Za-z]|!\[CDATA\[))", re.IGNORECASE)
# any other tag opening a line: an HTML block that the next blank line ends (CommonMark's kinds 6 and 7)
_HTML_TAG = re.compile(r"</?[A-Za-z]")
# where those other kinds end: a processing instruction (`<?php`), a declaration (`<!DOCTYPE`), CDATA (CommonMark 3-5)
_RAW_CLOSE = ("</pre>", "</script>", "</style>", "</textarea>")  # kind 1 ends at any of them, as CommonMark says
_HTML_CLOSE = {"!--": "-->", "?": "?>", "![cdata[": "]]>"}
# a thematic break (`***`, `- - -`, `___`) or a setext heading's `---` underline
_THEMATIC_BREAK = re.compile(r"([-*_])(?:[ \t]*\1){2,}[ \t]*\Z")
# an ATX heading: 1 to 6 #s, then a space, a tab or the line's end (`#412 fixed` and `#hashtag` are a paragraph's text)
_ATX_HEADING = re.compile(r"#{1,6}(?:[ \t]|\Z)")
# a line that opens a block of its own (a break, a heading, a quote, a fence): never a paragraph's lazy line
_BLOCK_START = re.compile(rf"{_THEMATIC_BREAK.pattern}|{_ATX_HEADING.pattern}|>|```|~~~")


def _columns(line: str) -> Tuple[int, int]:
    """(the column the line's text starts at, tabs to the next multiple of 4; its offset in the line)."""
    column = 0
    for at, char in enumerate(line):
        if char == " ":
            column += 1
        elif char == "\t":
            column += 4 - column % 4
        else:
            return column, at
    return column, len(line)


def _item_content(rest: str, column: int, marker: "re.Match") -> int:
    """The column a list item's text starts at, its marker at `column`: past the spaces after the marker, tabs to the
    next multiple of 4 (`-\titem`'s text is at column 4); the marker's column + 1 when the item is empty or its text is
    5 columns or more past the marker (CommonMark: that item starts with indented code)."""
    mark = column + len(rest[:marker.end()].rstrip(" \t"))
    if marker.end() == len(rest):
        return mark + 1
    at = mark
    for char in rest[mark - column:marker.end()]:
        at += 1 if char == " " else 4 - at % 4
    return at if at - mark <= 4 else mark + 1


def indented_code_blocks(text: str, skip: List[Tuple[int, int]] = ()) -> List[Tuple[int, int]]:
    """Character spans of CommonMark's indented code blocks (review48 F11): lines indented 4 columns past their
    container's content (the margin, or a list item's text: `- a` then a blank line then `    b` is the item's
    paragraph, not code), that do not go on a paragraph (an indented line right under a paragraph's line is that
    paragraph's, whatever it starts with: `#412 fixed`, `# x`, `<!--`); blank lines inside one belong to it. Blocks in
    `skip` (fenced code), front matter, blockquotes and HTML blocks (`<pre>`, `<script>`, comments, `<?php` to their
    end, `<div>` to a blank line) hold none, nor the text's first lines before a blank one. A line that could be read
    either way is read as text: a link wrongly skipped is a silent miss (review49: checked line by line against
    markdown-it-py's CommonMark). One pass over the lines."""
    if "\n    " not in text and "\n\t" not in text and not text.startswith(("    ", "\t")):
        return []
    blocks: List[Tuple[int, int]] = []
    skip = sorted(skip)
    at, size, hop = 0, len(text), 0
    if text.startswith("---\n") or text.startswith("---\r\n"):  # YAML front matter: no Markdown in it
        close = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE).search(text, 4)
        at = close.end() if close else size
    contents: List[int] = []  # the columns the open list items' (or containers') text starts at, innermost last
    # the text's first line is taken as going on what came before it: a snippet of a file (a corpus row's stored
    # lines, a notebook cell) starts anywhere, often inside a list item or an HTML block, and a file rarely opens with
    # a code block; after a blank line the text's own blocks are known
    paragraph, blank = True, False
    code = None  # [start, end] of the code block being read
    html_end = None  # the closing texts of an open HTML block (kinds 1 to 5), () for one a blank line ends (6, 7)
    while at < size:
        stop = text.find("\n", at)
        stop = size if stop == -1 else stop
        line = text[at:stop].rstrip("\r")
        while hop < len(skip) and skip[hop][1] <= at:
            hop += 1
        if hop < len(skip) and skip[hop][0] <= at:  # fenced code: a block of its own, which no paragraph goes on
            if code:
                blocks.append(tuple(code))
                code = None
            if skip[hop][0] == at:  # unless its fence is indented 4 past a paragraph's container: CommonMark reads it
                # as that paragraph's text, and the lines after it as the paragraph's too (fenced_blocks took it for a
                # container's fence)
                paragraph = paragraph and _columns(line)[0] >= (contents[-1] if contents else 0) + 4
            blank = False
            at = stop + 1
            continue
        column, offset = _columns(line)
        if offset == len(line):  # blank
            paragraph, blank = False, True
            if html_end == ():
                html_end = None
            at = stop + 1
            continue
        if html_end is not None:  # an HTML block's line: no heading, list or code in it
            if html_end and any(closing in line.lower() for closing in html_end):
                html_end = None
            at = stop + 1
            continue
        content = contents[-1] if contents else 0
        if code and column >= content + 4:
            code[1] = at + len(line)
            blank = False
            at = stop + 1
            continue
        if code:
            blocks.append(tuple(code))
            code = None
        rest = line[offset:]
        # a list marker opens an item under the innermost item whose text it reaches (the margin if none), 3 columns
        # past that at most: 4 or more is that item's code, or a paragraph's text
        inner = bisect.bisect_right(contents, column)  # the columns rise inward: each item's text is past its marker
        base = contents[inner - 1] if inner else 0
        marker = _LIST_MARKER.match(rest) if column < base + 4 else None
        if marker is None and (blank or not paragraph or _BLOCK_START.match(rest)):
            while contents and column < contents[-1]:  # under a blank line (or a heading, an empty item: no paragraph
                contents.pop()  # to go on lazily), or opening a block, left of an item's text: that item ended, not
                # the items around it (a nested list's end leaves its parent item open)
            content = contents[-1] if contents else 0
        if column >= content + 4:
            if not paragraph:
                code = [at, at + len(line)]
            # else under a paragraph's line: that paragraph's text, whatever it starts with (`#`, `>`, `<!--`, `1.`)
        elif _THEMATIC_BREAK.match(rest):  # `* * *`, `---`: a line of its own, no list item
            while contents and contents[-1] > column:
                contents.pop()
            paragraph = False
        elif _MKDOCS_CONTAINER.match(rest):
            while contents and contents[-1] > column:
                contents.pop()
            contents.append(column + 4)
            paragraph = False
        elif _NOTE.match(rest) and (not paragraph or rest.startswith(":")):
            while contents and contents[-1] > column:
                contents.pop()
            contents.append(column + 4)
            paragraph = True
        elif marker is not None:
            while contents and contents[-1] > column:  # a sibling or an outer item: the deeper ones ended
                contents.pop()
            contents.append(_item_content(rest, column, marker))
            paragraph = marker.end() < len(rest) or paragraph  # an empty item cannot interrupt a paragraph
        elif _ATX_HEADING.match(rest) or rest.startswith(">"):
            paragraph = rest.startswith(">")  # a quote's lazy lines go on its paragraph; a heading is a line of its own
        else:
            opened = _HTML_OPEN.match(rest)
            if opened is not None:
                kind = (opened.group(2) or "").lower()
                closing = _RAW_CLOSE if opened.group(1) else (_HTML_CLOSE.get(kind, ">"),)
                if not any(close in line[offset + opened.end():].lower() for close in closing):
                    html_end = closing
            elif _HTML_TAG.match(rest):  # `<div>`, `<details>`, `</p>`: HTML to the next blank line (kinds 6 and 7)
                html_end = ()
            paragraph = True
        blank = False
        at = stop + 1
    if code:
        blocks.append(tuple(code))
    return blocks


# A `.md` page written for MDX: an ESM `import ... from '...'` or `export` line at the margin, or a JSX component
# (`<Tabs>`, `<TabItem value="a">`: a capital, then a small letter, unlike old HTML's `<P>`) opening a line.
# Docusaurus 3 parses every `.md` page with MDX by default; the text its authors indent inside `<TabItem>` is the
# page's, not an indented code block.
_WRITTEN_FOR_MDX = re.compile(r"^(?:import\s+[\w{*][^\n]*?\sfrom\s+['\"]|export\s+(?:const|default|function)\b"
                              r"|[ \t]*<[A-Z][a-z]\w*[\s/>])", re.MULTILINE)


def _mdx(text: str, suffix) -> bool:
    return suffix == ".mdx" or _WRITTEN_FOR_MDX.search(text) is not None


def extract(text: str, options: dict) -> List[Found]:
    if options.get("code-blocks"):
        skip = []
    else:
        fenced = fenced_blocks(text)
        # MDX has no indented code (its authors indent JSX): there an indented line is the page's
        indented = indented_code_blocks(text, fenced) if not _mdx(text, options.get("suffix")) else []
        skip = fenced + indented + lone_code_spans(text)
    if options.get("suffix") == ".smd":
        skip = [block for block in skip if not _rendered(text, block)]
    found = []
    for match in _ANGLE.finditer(text):
        if not any(s <= match.start() < e for s, e in skip):
            found.append(match.span(1))
    for start, end in spaced_spans(text):
        if not any(s <= start - 2 < e for s, e in skip):
            found.append((start, end))
    spans = attribute_spans(text, find_urls(text, skip=skip + found, md_escapes=True))  # inline HTML's href broken over lines
    spans = [(s, _autolink_end(text, s, e)) for s, e in spans]
    read = [without_breaks(decode(text, s, e, entities=not _code_span(text, s, e), js_escapes=False, md_escapes=True))
            for s, e in sorted(found + spans)]
    return _rejoined(text, read)


# A link the prose wraps over two lines: the first line ends inside its query, at a key's `=` or an `&`
# (`` `?utm_source=twitter&utm_campaign=`` then ``[tweet_id_short]&utm_medium=organic` ``: Tapeline's launch playbook,
# corpus 32 #10), and the next line starts with the rest of it: no address of its own (no scheme, host, `/`, `?`), its
# text going on to `&utm_...`. Read as the two halves, the second was a link with no source and `organic` told
# "search traffic whatever the source", the first a link with no medium.
_OPEN_END = re.compile(r"(?:[?&]utm_[A-Za-z0-9_]*=|&)\Z", re.IGNORECASE)  # on the URL as read: `utm\_` is `utm_`
_WRAPPED_REST = re.compile(r"[^\s&=?/:]+&utm_", re.IGNORECASE)


def _rejoined(text: str, read: List[Found]) -> List[Found]:
    """`read` with each link whose query the line's end cuts (_OPEN_END) joined to the next line's leading rest of it
    (_WRAPPED_REST), the line break and the next line's indent left out (offsets to where each character is written)."""
    out: List[Found] = []
    for one in read:
        last = out[-1] if out else None
        if last is not None and _OPEN_END.search(last.url) and _WRAPPED_REST.match(one.url) \
                and re.fullmatch(r"[ \t]*\r?\n[ \t]*", text[last.end:one.start]):
            out[-1] = Found(last.start, one.end, last.url + one.url, last.offsets[:-1] + one.offsets)
            continue
        out.append(one)
    return out
