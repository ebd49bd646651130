"""Source code (JS, TS, JSX, Vue, Svelte, Astro, Python, Ruby, Go, Java, Kotlin, Swift, Rust, Dart, C#, Scala, QML,
Pug, Haml, Slim, Elixir, R, C, C++, Objective-C, a Dockerfile): URLs in string literals and comments.

String quotes and spaces end a URL (a string that goes on after a space, `"https://x.com/?utm_campaign=Upgrade Now"`,
leaves its last value unjudged: scan.core.string_goes_on); `\\/` and `\\u0026` escapes are decoded. A URL that is an attribute of an HTML tag is HTML
to whatever reads it, so its entities are decoded as a browser decodes them (`&amp;` is `&` there, not a mistake):
an attribute in JSX, Vue and Svelte markup (`href="...&amp;..."`, which the compiler reads as HTML), and an attribute
of a tag written inside a string (`'<img src="https://x.com/open?id=${id}&amp;utm_source=newsletter">'`, an e-mail
built as an HTML string; a label's `"<a href=\\"...&amp;...\\">"`), which ends up in a page or a mail as HTML."""

from __future__ import annotations

import re
from typing import List

from .core import Found, attribute_end, concatenated, continued, decode, find_urls, inlined, query_constants
from .keyvalue import with_pairs

_ATTRIBUTE = re.compile(r"[\w:-]+\s*=\s*[\"']$")
# A declaration's `=` (`const SHARE_BASE = '`, `let url: string = "`), which markup's attribute pattern would take for
# `name="`: a variable's literal in a component's script, code, never an attribute (corpus 26 #48's share base)
_DECLARED = re.compile(r"\b(?:const|let|var)\s+[A-Za-z_$][\w$]*\s*(?::[^=\n]{1,60})?=\s*[\"']$")
_MARKUP = (".jsx", ".tsx", ".vue", ".svelte", ".astro")
# `<tag ... name="` (quotes maybe backslash-escaped, or doubled as a CSV cell writes a quote: `href=""https://...""` in
# an events table's HTML descriptions, corpus 13 #125 #127) right before the URL, on its line: inside an HTML tag
_TAG_ATTRIBUTE = re.compile(r"<[A-Za-z][\w:-]*\s(?:[^<>\n]*?\s)?[\w:-]+\s*=\s*(?:\\?[\"']|\"\")$")
_LOOK_BACK = 400
# Languages where string literals written side by side are one string: Python's, C's (C++, Objective-C) and Dart's
# (`'?utm_source=app'` then `'&utm_medium=share'` on the next line: Totem's Flutter app, corpus 33 #7)
_ADJACENT = frozenset({".py", ".c", ".h", ".cc", ".cpp", ".cxx", ".hpp", ".hh", ".hxx", ".m", ".mm", ".dart"})


# `<a ...>` right before the URL: the anchor's text, an HTML text node (`<a href="...">https://...&amp;...</a>`, a
# linkified description), where a browser decodes entities as in an attribute
_ANCHOR_TEXT = re.compile(r"<a\s[^<>\n]*>$", re.IGNORECASE)


# A tag written over several lines, one attribute a line (JSX in a `.js` file, an e-mail's HTML in a string):
# `<a` on its line, then `  rel="noreferrer"`, `  className={styles.x}`, then the URL's `  href="` (corpus 22 #13-#15,
# a Next.js page's Unsplash credits). Every line between the tag and the URL holds attributes only, so a statement
# (`if (a<b) {`, `const url = "`) never reads as one.
# Each piece matches one way only (attributes apart by whitespace, an expression's braces nested once at most): a
# repeated `(name\s*)*` or a greedy `{...}` backtracks exponentially on a line of prose or code that is no attribute
# (a cold scan of 5,000 pages took 5 s instead of 0.6 s).
_EXPRESSION = r"\{(?:[^\n{}]|\{[^\n{}]*\})*\}"
_ATTR = rf"""[\w:.@-]+(?:\s*=\s*(?:"[^"\n]*"|'[^'\n]*'|{_EXPRESSION}))?"""
_OPEN_TAG_LINE = re.compile(rf"<[A-Za-z][\w:.-]*(?:\s+{_ATTR})*\s*")
_ATTRIBUTE_LINE = re.compile(rf"\s*(?:{_ATTR}(?:\s+{_ATTR})*)?\s*")
_VALUED = rf"""[\w:.@-]+\s*=\s*(?:"[^"\n]*"|'[^'\n]*'|{_EXPRESSION})"""
_URL_ATTRIBUTE = re.compile(rf"\s*(?:{_VALUED}\s+)*[\w:-]+\s*=\s*[\"']")  # `const url = "` is no attribute
_TAG_LINES = 12


def in_html_attribute(text: str, start: int) -> bool:
    """Whether the URL starting at `start` is the value of an attribute of an HTML tag written in the text (on the
    URL's line, or opened on a line above with only attributes between), or the text an anchor tag opens with."""
    line_start = text.rfind("\n", 0, start) + 1
    since = max(line_start, start - _LOOK_BACK)
    if _TAG_ATTRIBUTE.search(text, since, start) is not None or _ANCHOR_TEXT.search(text, since, start) is not None:
        return True
    return _tag_above(text, line_start, start)


def _tag_above(text: str, line_start: int, start: int) -> bool:
    """The URL's line is `  href="` after a tag opened on a line above, every line between holding attributes."""
    if not _URL_ATTRIBUTE.fullmatch(text, line_start, start):
        return False
    end = line_start - 1
    for _ in range(_TAG_LINES):
        if end < 0:
            return False
        begin = text.rfind("\n", 0, end) + 1
        opened = text.rfind("<", begin, end)
        if opened >= 0:
            return _OPEN_TAG_LINE.fullmatch(text, opened, end) is not None
        if not _ATTRIBUTE_LINE.fullmatch(text, begin, end):
            return False
        end = begin - 1
    return False


def extract(text: str, options: dict) -> List[Found]:
    suffix = options.get("suffix", "")
    markup = suffix in _MARKUP
    out: List[Found] = []
    reach = -1
    constants = None
    for s, e in find_urls(text):
        if s < reach:
            continue  # a literal joined onto the URL before it (core.continued)
        entities = markup and _ATTRIBUTE.search(text, max(0, s - 80), s) is not None \
            and _DECLARED.search(text, max(0, s - 120), s) is None or in_html_attribute(text, s)
        if markup and entities or entities and text[s - 2:s] in ('\\"', "\\'"):
            # a JSX or template element's `href="...&utm_campaign=Gift Cards"`, or a tag in a string, its quotes
            # escaped (`"<a href=\\"...\\">"`): the whole value is the address, read to its quote as a page's is
            # (newuser48c F6: cut at the space, its last value was never judged)
            e = attribute_end(text, s, e)
        found = concatenated(text, decode(text, s, e, entities=entities, js_escapes=True))
        if not entities:
            found = continued(text, found, adjacent=suffix in _ADJACENT)
        if "{" in found.url:
            if constants is None:
                constants = query_constants(text)  # once a file, only where a link interpolates a name
            found = inlined(text, found, constants)
        out.append(found)
        reach = found.end
    return with_pairs(text, suffix, out)
