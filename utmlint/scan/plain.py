"""Plain text: bare URLs, with the sentence's trailing `.,;:)` left out. A stylesheet is read the same way (its
`url(...)`, a WordPress theme's `Theme URI:` header), except for a URL an attribute selector matches
(`a[href*="https://x.com/?utm_source=wp-admin"]`: the style of the link a page writes, not a link: changing it
there alone breaks the style; corpus 8 #99).

AsciiDoc (`.adoc`, `.asciidoc`) is read as plain text with two of its own marks: a URL ends at the `[` that opens
its macro's text (`https://x.com/?utm_source=docs[our docs]`, `link:https://...[docs,window=_blank]`), and a
listing or literal block (`----`, `....`: commands and output, shown to be read) is skipped, as Markdown's fenced
blocks are (stranger10 R17: AsciiDoc files were not read at all). An entity is read as the HTML it becomes
(Asciidoctor keeps `&amp;` an entity reference, so the page's link has `&`: apache/cassandra-website's cards).

A WordPress plugin's or theme's `readme.txt` (its first line `=== Name ===`, the format of WordPress's directory) is
Markdown, which the directory renders: it is read as a Markdown file is, an entity in a link destination decoded as
CommonMark decodes it (Codacy's badge with `&amp;` in Kirki's readme.txt, corpus 12 #191). So is an `llms.txt` (or
`llms-full.txt`): the format (llmstxt.org) is Markdown, an H1 naming the project then a `>` summary, and a site's
generator writes its pages' Markdown into it as it is, backslash escapes too: `?utm_source=sei\\&utm_medium=docs` in
Sei's llms-full.txt is `&utm_medium=docs`, as the page it was made from says (corpus 14 #114-#120 were told to add
the medium the link has). A folder scan skips an `llms-full.txt` as generated (scan.files.GENERATED_FILES: the docs
build's concatenation of the pages, whose links are read in the pages); named on the command line it gets a note."""

from __future__ import annotations

import re
from typing import List, Tuple

from . import docmarkup
from .code import in_html_attribute
from .core import Found, attribute_spans, decode, find_urls

_SELECTOR = re.compile(r"\[\s*[\w:-]+\s*[*^$~|]?=\s*[\"']?$")
_ASCIIDOC = (".adoc", ".asciidoc")
_DELIMITER = re.compile(r"^(-{4,}|\.{4,})[ \t]*$", re.MULTILINE)
# the block attribute line before a delimiter, `[source,shell]`: its style names the block's kind
_STYLE = re.compile(r"\[\s*([A-Za-z][\w-]*)\s*[,\]]")
_LISTING_STYLES = frozenset({"source", "listing", "literal"})


def _listing_blocks(text: str) -> List[Tuple[int, int]]:
    """Spans of AsciiDoc's listing (`----`) and literal (`....`) blocks, each from its opening line to its
    closing one (the same delimiter); an unclosed block runs to the end. A delimiter whose attribute line names
    another style (`[openblock,card]`, a site's own) opens no listing."""
    blocks: List[Tuple[int, int]] = []
    pos = 0
    while True:
        opening = _DELIMITER.search(text, pos)
        if opening is None:
            return blocks
        before = text[text.rfind("\n", 0, max(0, opening.start() - 1)) + 1:opening.start()].strip()
        style = _STYLE.match(before)
        if style is not None and style.group(1) not in _LISTING_STYLES:
            pos = opening.end()  # `[openblock]` then `------` (Antora's sites): another block's, read as text
            continue
        closing = re.search(rf"^{re.escape(opening.group(1))}[ \t]*$", text[opening.end():], re.MULTILINE)
        end = len(text) if closing is None else opening.end() + closing.end()
        blocks.append((opening.start(), end))
        pos = end


# A gettext catalogue's lines that are not translations: comments (`#:` references, `#.` notes, `#|` a previous msgid,
# a translator's `# `) and each `msgid`, `msgid_plural` and `msgctxt` with its continued `"..."` lines: the source's
# strings again, told where the source writes them (scan.files, the note above UNREAD_WHY)
_CATALOGUE_SOURCE = re.compile(r'^[ \t]*(?:#[^\n]*|(?:msgid|msgid_plural|msgctxt)\b[^\n]*(?:\n[ \t]*"[^\n]*)*)',
                               re.MULTILINE)


def _catalogue_sources(text: str) -> List[Tuple[int, int]]:
    return [found.span() for found in _CATALOGUE_SOURCE.finditer(text)]


# A `msgid`'s string, its `"..."` pieces joined and its escapes read (`\"` is `"`), to find the links it writes
_PO_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
_PO_ESCAPE = re.compile(r"\\(.)")


def _msgid_links(text: str) -> frozenset:
    """Every link a `msgid` (or `msgid_plural`) of the catalogue writes, read as its msgstrs' are (entities in an
    attribute decoded): a msgstr repeating one as written is the source's link again, not the translator's own."""
    links = set()
    for found in _CATALOGUE_SOURCE.finditer(text):
        block = found.group().lstrip()
        if not block.startswith("msgid") or "utm" not in block.lower():
            continue
        string = _PO_ESCAPE.sub(lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)),
                                "".join(_PO_STRING.findall(block)))
        for s, e in find_urls(string):
            links.add(decode(string, s, e, entities=in_html_attribute(string, s), js_escapes=False).url
                      .rstrip(_PO_TRAILING))
    return frozenset(links)


# gettext wraps a long string over `"..."` lines at any `.`, `/` or space (`"https://wpengine.com/de/?utm_source=
# wordpress."` then `"org&utm_medium=referral&..."`: ACF's German catalogue, stranger15 R13; the withdrawn corpus 7 #245
# row shows it for a msgid), and the lines are one string: a URL that runs to its line's closing quote (a sentence's
# `.` at most between) goes on with the next line's text up to a space or quote
_PO_NEXT_LINE = re.compile(r'"[ \t]*\r?\n[ \t]*"')
_PO_PIECE = re.compile(r'[^\s"\\]+')
_PO_TRAILING = ".,;:!?"
_PO_MAX_LINES = 20


# And a tool that wraps at `/` may break the string between a URL's scheme and its `//` (`<a href=\"https:"` then
# `"//www.zorem.com/ast-pro/?utm_source=wp-admin&..."`: zorem's shipment-tracking plugin's Italian catalogue, corpus 50
# #2): the second line's `//host/...` is the link begun on the line before, read with its scheme, never as an address
# relative to the page's protocol
_PO_SCHEME_BEFORE = re.compile(r'(https?:)"[ \t]*\r?\n[ \t]*"\Z', re.IGNORECASE)


def _po_scheme(text: str, found: Found) -> Found:
    """`found` with the scheme its string's previous line ends with put back before it, when it starts `//`."""
    if not found.url.startswith("//"):
        return found
    scheme = _PO_SCHEME_BEFORE.search(text, max(0, found.start - 40), found.start)
    if scheme is None:
        return found
    return Found(scheme.start(1), found.end, scheme.group(1) + found.url,
                 tuple(range(scheme.start(1), scheme.end(1))) + found.offsets)


def _po_joined(text: str, found: Found) -> Found:
    """`found` with the continued lines of its msgstr that go on with it joined on (offsets to where each character
    is written, so a finding points at, and a fix edits, the line that holds it); else `found` as it is."""
    url, offsets, end = found.url, found.offsets, found.end
    for _ in range(_PO_MAX_LINES):
        quote = end
        while quote < len(text) and text[quote] in _PO_TRAILING:
            quote += 1
        line = _PO_NEXT_LINE.match(text, quote)
        piece = _PO_PIECE.match(text, line.end()) if line is not None else None
        if piece is None:
            break
        url += text[end:quote] + piece.group()
        offsets = offsets[:-1] + tuple(range(end, quote)) + tuple(range(piece.start(), piece.end())) + (piece.end(),)
        end = piece.end()
        if text[end:end + 1] != '"':  # the URL ends inside this line (a space after it)
            break
    if end == found.end:
        return found
    cut = len(url.rstrip(_PO_TRAILING))  # a sentence's `.` after the URL, as find_urls leaves it out
    return Found(found.start, offsets[cut], url[:cut], offsets[:cut + 1])


# A Java `.properties` bundle may write a value's `:`, `=`, `#`, `!` and space escaped, as some editors save them
# (`about.link=<a href\="https\://www.example.org/?utm_source\=app">`): the value Java reads has none of the
# backslashes, so the link is read without them (`\\` is a backslash, left as written); offsets point at the
# characters as written, so a finding points at, and a fix edits, the file's own text. A line ending in a backslash
# goes on with the next line, its leading white space dropped, as Java joins them (review47b F7: `utm_medium` on the
# continued line went unread); a comment line (`#`, `!` first: scan.comments) is never continued. A space written
# `\ ` is in the value Java reads (`utm_campaign\=Spring\ Sale` is `Spring Sale`): the link is read on through it
# (review47b F7: read to the space, it was told "write `spring`", and --fix wrote `spring\ Sale`), and url-invalid
# says an address holds a space (Scanner._judge)
_PROPERTIES_ESCAPE = re.compile(r"\\(?:([\\:=#! ])|(\r\n|\r|\n)[ \t\f]*)")
_GOES_ON = re.compile(r"[^\s<>\"'`]+")  # what a link read on through an escaped space takes, to a space or a quote


def _properties_urls(text: str) -> List[Found]:
    from .comments import properties_comments

    comments = properties_comments(text)
    view, where, last = [], [], 0
    spaces = set()  # where in the view a space written `\ ` is
    length = 0
    for escape in _PROPERTIES_ESCAPE.finditer(text):
        if escape.group(2) is not None and any(s <= escape.start() < e for s, e in comments):
            continue  # a comment's last backslash: no continuation
        view.append(text[last:escape.start()])
        where.extend(range(last, escape.start()))
        length += escape.start() - last
        if escape.group(2) is not None:  # a continued line: the backslash, the line break and the indent are nothing
            last = escape.end()
            continue
        kept = escape.group() if escape.group(1) == "\\" else escape.group(1)
        if kept == " ":
            spaces.add(length)
        view.append(kept)
        where.extend(range(escape.start(), escape.end()) if len(kept) == 2 else [escape.start(1)])
        length += len(kept)
        last = escape.end()
    view.append(text[last:])
    where.extend(range(last, len(text) + 1))
    read = "".join(view)
    out = []
    reach = -1
    for start, end in find_urls(read):
        if start < reach:
            continue  # a link the one before it was read on through (an escaped space): one link, read once
        while end in spaces and "?" in read[start:end]:
            more = _GOES_ON.match(read, end + 1)
            taken = len(more.group().rstrip(".,;:!?)")) if more is not None else 0
            if not taken or "://" in more.group():
                break  # the value goes on with words, never with another link (`a\ https://...`: two links)
            end += 1 + taken
        reach = end
        found = decode(read, start, end, entities=in_html_attribute(read, start), js_escapes=False)
        out.append(Found(where[found.start], where[found.end - 1] + 1, found.url,
                         tuple(where[at] for at in found.offsets[:-1]) + (where[found.end - 1] + 1,)))
    return out


# A catalogue's value holding markup (`upgrade=Get <a href="https://...?a=1&amp;utm_source=app">Pro</a>`) is shown
# as HTML, where `&amp;` in a tag's attribute is `&`: its entities are decoded there as a browser decodes them, as in
# an `.arb` or a JSON value (scan.code.in_html_attribute), never told to write `&` (review47b F2); a bare link in a
# message's text is read as written
_CATALOGUES = frozenset({".properties", ".strings", ".po"})


# WordPress's readme format: `=== Plugin Name ===` on the first line (after blank lines; CRLF line ends too)
WORDPRESS_README = re.compile(r"\A\s*===[ \t]*[^=\r\n]+?[ \t]*===[ \t]*\r?$", re.MULTILINE)


# The llms.txt format: an H1 naming the project on the first line (after blank lines), then a `>` summary
LLMS_TXT = re.compile(r"\A\s*#[ \t]+[^\r\n]+\r?\n(?:[ \t]*\r?\n)*>[ \t]")


def extract(text: str, options: dict) -> List[Found]:
    suffix = options.get("suffix", "")
    if suffix in docmarkup.SUFFIXES:  # Org, Textile, POD, wiki markup, Texinfo, man pages: each kind's marks
        return docmarkup.extract(text, suffix, options)
    if suffix == ".txt" and (WORDPRESS_README.match(text) or LLMS_TXT.match(text)):
        from . import markdown

        return markdown.extract(text, options)
    if suffix in _ASCIIDOC:
        return [decode(text, s, e, entities=True, js_escapes=False)  # Asciidoctor keeps `&amp;` an entity: `&`
                for s, e in find_urls(text, extra_stops="[", skip=_listing_blocks(text))]
    if suffix == ".sql":  # a database's rows, mostly HTML an app shows (a post's body): `&amp;` is `&` (stored_rows),
        # an `href` read to its quote as a page's is (core.attribute_spans: Restyaboard's stored e-mail templates'
        # `href="...?utm_source=Restyaboard - ##SITE_NAME##&utm_medium=email&..."`, corpus 32 #33 #36)
        return [decode(text, s, e, entities=True, js_escapes=False) for s, e in attribute_spans(text, find_urls(text))]
    if suffix == ".properties" and "\\" in text:  # Java's escapes in a value (`https\://...?utm_source\=app`)
        return _properties_urls(text)
    if suffix == ".po":  # a gettext catalogue: the translations only, each URL ending at the string's `\"`, or going
        out, reach = [], -1  # on with its continued lines (_po_joined)
        for s, e in find_urls(text, extra_stops="\\", skip=_catalogue_sources(text)):
            if s >= reach:
                out.append(_po_joined(text, _po_scheme(text, decode(text, s, e, entities=in_html_attribute(text, s),
                                                                     js_escapes=False))))
                reach = out[-1].end
        # and of those, the translator's own: a msgstr repeating a msgid's link as written is the source's link again
        # (zorem's shipment-tracking plugin: the Pro page's tagged link in each of its 20 languages' catalogues, the
        # one `_e()` in admin_options_addons.php writes, corpus 50), told in the source, never once per language; a
        # link the translator wrote (a `/de/` page, its own campaign or typo) is in no source file
        copies = _msgid_links(text) if out else frozenset()
        return [one for one in out if one.url not in copies]
    css, catalogue = suffix == ".css", suffix in _CATALOGUES
    return [decode(text, s, e, entities=catalogue and in_html_attribute(text, s), js_escapes=False)
            for s, e in find_urls(text)
            if not (css and _SELECTOR.search(text, max(0, s - 40), s))]
