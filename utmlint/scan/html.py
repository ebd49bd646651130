"""HTML, XHTML, XML, SVG and the e-mail and page templates built on them (MJML, Jinja, Liquid,
Handlebars, Mustache, Nunjucks, ERB, EJS, PHP).

URLs are found in attribute values (href, src, action, srcset candidates, `content="0; url=..."` of a
meta refresh) and in text, with entities decoded (`&amp;` is `&` to a browser) and every character mapped
back to where it is written, so positions and fixes land on the original bytes. A regex-free tag parser
would need well-formed input; templates are not (`href="{{ url }}"`), so the shared finder is used and
attribute quotes, which end a URL, do the delimiting. An attribute value broken over lines is read whole, as a browser
reads it (core.attribute_end)."""

from __future__ import annotations

import re
from typing import List, Tuple

from .core import Found, attribute_spans, concatenated, continued, decode, find_urls, without_breaks
from .keyvalue import with_pairs


_PHP = (".php", ".phtml", ".inc")  # PHP's pages, views and includes
# A `\uXXXX` escape in a page's URL: the URL sits in a script's JSON string (a Next.js page's data, `self.__next_f`;
# JSON-LD), where `\u0026` is how the data writes `&`. No URL holds a backslash (a browser reads one as `/` in a path):
# decoded as JSON decodes it, then its entity (`\u0026amp;` is the page's `&amp;`), the link the page shows is read,
# not a source `mcp.so\u0026amp;utm_medium=...` (corpus 24 #81 #83: a saved copy of mcp.so's page was told to respell
# it and to add a medium and a campaign its link has).
_UNICODE_ESCAPE = re.compile(r"\\u[0-9a-fA-F]{4}")


def json_escaped(text: str, start: int, end: int) -> bool:
    """Whether the URL text[start:end] of a markup file writes a `\\uXXXX` escape, decoded as JSON decodes it."""
    return _UNICODE_ESCAPE.search(text, start, end) is not None


def extract(text: str, options: dict) -> List[Found]:
    # a PHP or template expression concatenated before a quoted relative URL is its unknown origin (core.concatenated)
    found = [concatenated(text, without_breaks(_markup_layer(text, decode(text, s, e, entities=True,
                                                                       js_escapes=json_escaped(text, s, e)))))
             for s, e in _before_encoded_quote(text, attribute_spans(text, find_urls(text)))]
    if options.get("suffix") in _XLIFF or options.get("suffix") == ".ts":  # XLIFF, Qt Linguist (scan.QT_CATALOGUE)
        sources = _translated_sources(text)
        return [one for one in found if not any(start <= one.start < end for start, end in sources)]
    if options.get("suffix") not in _PHP:
        return found
    out: List[Found] = []  # PHP's literals that go on with a link's query (`'...?utm_source=wp' . '&utm_medium=x'`)
    for one in found:
        if not out or one.start >= out[-1].end:
            out.append(continued(text, one))
    return with_pairs(text, options["suffix"], out)  # `add_query_arg(array('utm_source' => ...))`: scan.keyvalue


# Markup written as an XML element's text (a catalogue's `&lt;a href=&quot;https://...&quot;&gt;`: XLIFF, Angular's
# `equiv-text`, Android's `strings.xml`, Qt's `.ts`) closes its link's attribute with an encoded quote: a link an
# encoded quote opened (`href=&quot;`, or a JSON string in an attribute: `data-props="{&quot;href&quot;:&quot;https:`)
# ends at the next, never running on into `&quot;&gt;Pro&lt;/a&gt;` (a campaign `pro">Pro</a` told its capitals and
# `"<>`: corpus 50, measured beside the corpus). A link a page's own quote opened is read to that quote, an encoded
# quote in its query (`?q=&quot;shoes&quot;&utm_source=...`) part of it (review47b F4: such a page link went unread).
_ENCODED_QUOTE = re.compile(r"&(?:quot|#34|#x22);", re.IGNORECASE)
_OPENED_BY_ENCODED_QUOTE = re.compile(r"&(?:quot|#34|#x22);\Z", re.IGNORECASE)
# The attribute of a tag itself written as text (`&lt;a href=&quot;` or `&lt;a href="`: a catalogue's message, a feed's
# escaped `<description>`, a page showing markup as code), on the link's line: that markup is read twice, by the XML
# (or HTML) reader of the file, then by the browser that shows it
_ESCAPED_TAG = re.compile(r"&lt;[A-Za-z][\w:-]*\s(?:(?!&gt;)[^<>\n])*?[\w:-]+[ \t]*=[ \t]*"
                          r"(?:&(?:quot|#34|#x22);|[\"'])\Z", re.IGNORECASE)
_TAG_REACH = 400


def _before_encoded_quote(text: str, spans: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    out = []
    for start, end in spans:
        quote = _ENCODED_QUOTE.search(text, start, end)
        if quote is not None and quote.start() > start and _OPENED_BY_ENCODED_QUOTE.search(text, max(0, start - 6),
                                                                                           start):
            end = quote.start()
        out.append((start, end))
    return out


def _markup_layer(text: str, found: Found) -> Found:
    """`found` read through the second reader escaped markup has (review47b F3): the file's entities decoded, the
    markup's are (`&amp;amp;` is the markup's `&amp;`, which is `&`; a single `&amp;` is a bare `&`, which a browser
    reads as `&` in an attribute, `&utm_medium=` naming no entity), offsets kept to where each character is written."""
    if "&" not in found.url:
        return found
    opened = text.rfind("&lt;", max(0, found.start - _TAG_REACH), found.start)  # the nearest tag's, matched once
    if opened == -1 or _ESCAPED_TAG.match(text, opened, found.start) is None:
        return found
    again = decode(found.url, 0, len(found.url), entities=True, js_escapes=False)
    if again.url == found.url:
        return found
    return Found(found.start, found.end, again.url, tuple(found.offsets[at] for at in again.offsets))


# An XLIFF catalogue (`.xlf`, `.xliff`: Symfony's, Angular's, a CAT tool's) holds each message twice once it is
# translated: the `<source>` is the source language's string again, copied from the template or code it was extracted
# from (judged there), the `<target>` the translator's own. A translated unit's links are read in its `<target>` only,
# as a gettext catalogue's are in its `msgstr`s (scan.plain); a unit with no `<target>` yet (a source-language file,
# a new string), an empty or self-closed one, or only an `<alt-trans>`'s, is read in its `<source>` (corpus 50: XLIFF
# was not read at all; review47b F10).
# Qt Linguist's `.ts` alike: a `<message>`'s `<source>` and its `<translation>`, read in the source while the
# translation is empty (`<translation type="unfinished"></translation>`, Qt's unstarted message).
_XLIFF = frozenset({".xlf", ".xliff"})
_UNIT = re.compile(r"<(trans-unit|segment|message)\b")
_SOURCE = re.compile(r"<source\b")


def _elements(text: str, opening: "re.Pattern", start: int, end: int):
    """(start, end) of each element `opening` opens in text[start:end], through its closing tag, in one pass: the
    search goes on after each element's end, and stops at an opening never closed (a regex's `<unit\b.*?</unit>`
    tried again from every unclosed opening is quadratic: 8,000 of them took 4 s, a file of them at scan's size cap
    hours)."""
    at = start
    while True:
        found = opening.search(text, at, end)
        if found is None:
            return
        closing = f"</{found.group(1) if opening.groups else found.group(0)[1:]}"
        close = text.find(closing, found.end(), end)
        if close == -1:
            return
        stop = text.find(">", close, end)
        if stop == -1:
            return
        yield found.start(), stop + 1
        at = stop + 1


_TARGET = re.compile(r"<(target|translation)\b[^<>]*?(/?)>")  # XLIFF's, or a Qt message's
_ALT_TRANS = re.compile(r"<alt-trans\b")


def _translated(text: str, unit_start: int, unit_end: int) -> bool:
    """Whether the unit holds its translation: a `<target>` of its own with text in it. Not one that is empty or
    self-closed (`<target state="new"/>`, a CAT tool's or Symfony's file whose source is the only text written), nor
    only an `<alt-trans>`'s (a translation memory's suggestion): the `<source>` is then the unit's one written message
    (review47b F10: its link went unread)."""
    alternatives = list(_elements(text, _ALT_TRANS, unit_start, unit_end))
    at = unit_start
    while True:
        target = _TARGET.search(text, at, unit_end)
        if target is None:
            return False
        at = target.end()
        if target.group(2) or any(s <= target.start() < e for s, e in alternatives):
            continue
        close = text.find("</" + target.group(1), target.end(), unit_end)
        if close == -1 or text[target.end():close].strip():
            return True  # (one never closed is read as before: translated)
        at = close + 1


def _translated_sources(text: str) -> List[Tuple[int, int]]:
    """The spans of the `<source>` elements of the units that hold their translation (_translated)."""
    spans = []
    for unit_start, unit_end in _elements(text, _UNIT, 0, len(text)):
        if _translated(text, unit_start, unit_end):
            spans.extend(_elements(text, _SOURCE, unit_start, unit_end))
    return spans


# The `src` of a frame a page embeds (`<iframe src="https://gitjobs.dev/embed?...&utm_source=todogroup.org">`): the
# browser loads it into the page, no visitor clicks it; its tags are the embedded site's snippet's (GitJobs asks each
# host to name itself in utm_source: corpus 11 #126), not a campaign link's
_FRAME_SRC = re.compile(r"<(?:iframe|frame|embed)\b[^<>]*?\ssrc\s*=\s*[\"']?\Z", re.IGNORECASE)
# And a `data-*` attribute of an element that declares itself an embed (`<div data-zeffy-embed data-form-url="/embed/
# donation-form/...?utm_source=website">`, corpus 13 #3): the embed's script reads it and loads its frame from its
# own site (a relative address there is the embedded site's, not a page of this one); no visitor follows it.
# The element declares itself one by an attribute named `data-embed` or `data-<vendor>-embed`, with no value or a
# word for one (never a class `embed-card` or `data-embed-target=modal`), and nothing makes it clickable (not an `<a>`
# or a `<button>`, no `onclick`, `href` or link/button role): a clickable card's `data-url` is a link (stranger12 R15).
_EMBED_DATA = re.compile(r"<(?!(?:a|button)\b)[A-Za-z][\w-]*\s[^<>]*?\sdata-[\w-]+\s*=\s*[\"']?\Z", re.IGNORECASE)
_EMBED_DECLARED = re.compile(r"\sdata-(?:[a-z0-9]+-)?embed(?:\s*=\s*(?:\"\"|''|[\"']?[a-z0-9_-]*[\"']?(?=[\s>/])))?(?=[\s>/])",
                             re.IGNORECASE)
_CLICKABLE = re.compile(r"\s(?:onclick|href|ng-click|@click|v-on:click)\s*=|\srole\s*=\s*[\"']?(?:link|button)",
                        re.IGNORECASE)
_FRAME_REACH = 400  # a frame's tag opens within so many characters before its `src`
_FRAME_TAG = re.compile(r"<(?:iframe|frame|embed)\b|\sdata-(?:[a-z0-9]+-)?embed\b", re.IGNORECASE)


def has_frames(text: str) -> bool:
    """Whether the text opens an `<iframe>`, `<frame>` or `<embed>` anywhere, or names an embed: one search per file,
    before framed is asked of each link."""
    return _FRAME_TAG.search(text) is not None


def framed(text: str, start: int) -> bool:
    """Whether the URL at `start` is the `src` of an `<iframe>`, `<frame>` or `<embed>`, or a `data-*` attribute of an
    element that declares itself an embed (`data-zeffy-embed`) and is not clickable: loaded into the page, not a link a
    visitor follows. scan judges a third party's (an embed's snippet) as a link in a code comment is (the URL as
    written: copied tracking, http, `&amp;`), never its tags (complete or respell them); a frame of the team's own site
    is judged as its links are (Scanner._own_frame: on the site's own page, an internal link's)."""
    if start < 5 or text[start - 1] not in "\"'=":
        return False
    opening = text.rfind("<", max(0, start - _FRAME_REACH), start)
    if opening == -1:
        return False
    if _FRAME_SRC.match(text, opening, start) is not None:
        return True
    if _EMBED_DATA.match(text, opening, start) is None:
        return False
    closing = text.find(">", start)
    tag = text[opening:closing + 1 if closing != -1 else len(text)]
    return _EMBED_DECLARED.search(tag) is not None and _CLICKABLE.search(tag) is None
