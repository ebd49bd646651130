"""Data files: JSON, YAML, TOML, CSV. Values end at their quotes or a space (a value cut at a
space before its closing quote is not judged: scan.core.string_goes_on; unquoted, at whitespace); JSON's
`\\/` and `\\u0026` escapes are decoded; in CSV an unquoted cell also ends at a comma. A URL that is an attribute
of an HTML tag written in a value has its entities decoded, as in code (scan.code.in_html_attribute)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import FrozenSet, List, Optional, Tuple

from ..placeholders import LANDING_URL_SLOT
from .code import in_html_attribute
from .core import Found, attribute_end, decode, find_urls

_JSON = (".json", ".webmanifest", ".jsonl", ".ndjson")  # JSON strings: `\/` and `\u0026` are escapes


def extract(text: str, options: dict) -> List[Found]:
    suffix = options.get("suffix", "")
    suffixed: List[Found] = []
    if suffix == ".csv":
        delimiter = delimiter_of(text)
        spans = _csv_spans(text, find_urls(text, cell=delimiter), delimiter, _url_columns(text))
        if any(name in text[:text.find("\n")].lower() for name in ("suffix", "url tags")):
            suffixed, covered = suffixed_links(text, delimiter)
            # a suffix cell is read whole with its final URL, and that final URL is the suffixed link's base, never
            # a landing of its own (the platform always appends the suffix): no link of its own in either cell
            # (review46 F8, F9: the bare final URL was told "add utm_campaign", a `?utm_...` suffix listed twice)
            covered.sort()
            spans = [(s, e) for s, e in spans if not _inside(covered, s)]
    else:
        spans = find_urls(text)
    # a value holding HTML (`"<a href=\"https://x.com/?a=1&amp;utm_source=y\">"`): entities decoded as a browser does
    found = []
    for s, e in spans:
        markup = in_html_attribute(text, s)
        if markup and suffix in _JSON and text[s - 2:s] in ('\\"', "\\'"):
            # a tag in a JSON string (a locale's `"<a href=\\"...&utm_campaign=Spring Sale\\">more</a>"`): the
            # href's whole value is the address, read to its escaped quote as a page's is to its quote (newuser48c F6)
            e = attribute_end(text, s, e)
        found.append(decode(text, s, e, entities=markup, js_escapes=suffix in _JSON))
    return sorted(found + suffixed, key=lambda f: f.start) if suffixed else found


# An ad platform's final URL suffix column (Google Ads Editor's export `Final URL suffix`, Microsoft Advertising's
# `Final Url Suffix`) and the final URL column it is appended to (`Final URL`, `Final Url`); Meta Ads Manager's export
# writes the same pair as `URL Tags` (its ads' "URL parameters", the API's `url_tags`) and `Link` (newuser47 F2: its
# tags were not read, and a Meta sheet mixing `paid_social` and `paid-social` was "All clean")
_SUFFIX_HEADER = re.compile(r"(?i)[ \t]*final[ _-]?url[ _-]?suffix[ \t]*")
_FINAL_HEADER = re.compile(r"(?i)[ \t]*final[ _-]?url[ \t]*")
_TAGS_HEADER = re.compile(r"(?i)[ \t]*url[ _-]?tags[ \t]*")
_LINK_HEADER = re.compile(r"(?i)[ \t]*link[ \t]*")
_TEMPLATE_HEADER = re.compile(r"(?i)[ \t]*tracking[ _-]?template[ \t]*")
# a tracking template that opens with the final URL (`{lpurl}?utm_...`, `{lpurl}&utm_...`): the platform puts the
# suffixed final URL there, the template's rest after it
_LPURL = re.compile(LANDING_URL_SLOT)
# what Google Ads writes in place of the final URL in a tracking template (`{lpurl}`): a suffix on a row without one (a
# campaign's or an ad group's row, whose ads' final URLs are on their own rows) is appended to every such URL
_LANDING = "{lpurl}"


def suffixed_links(text: str, delimiter: str) -> Tuple[List[Found], List[Tuple[int, int]]]:
    """The links a sheet's final URL suffix cells make, as the ad platform makes them: the suffix appended to the row's
    final URL with `?` (`&` when the URL has a query already; after its `#fragment` when it has one, as the platform
    appends it, where GA4 never reads the tags: url-fragment-order says so), its characters mapped to the two cells, so
    a finding on a tag is placed at the suffix cell's value and `--fix` rewrites it there (newuser45 F10: Google Ads
    Editor's `Final URL suffix`, `utm_source=Google&utm_medium=CPC&utm_campaign=spring_sale`, was not read; a
    value-track placeholder `{campaignid}` in it was read as a link of its own). A row without a final URL (a
    campaign's row) has its suffix judged on `{lpurl}`, the final URL of each ad it applies to. Rows are read as CSV
    records (a quoted cell's line break inside one: an Ads Editor description on two lines). The row's tracking template,
    when it opens with the final URL (`{lpurl}&utm_source=x`), goes on after the suffixed final URL, as the platform
    puts it there (a key the template writes and the suffix too is utm-key-repeated: review46 F14; its `?` after a
    query is written `&`, as the platforms write it). Microsoft Advertising's `Final Url Suffix` alike. With the links, the cells they cover (each suffix cell whole, and the final URL cell
    it is appended to), which hold no link of their own."""
    header = text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    names = _cells(header, delimiter)
    suffix_at = next((i for i, name in enumerate(names) if _SUFFIX_HEADER.fullmatch(name)), None)
    final_header = _FINAL_HEADER
    if suffix_at is None:  # Meta's `URL Tags`, appended to its `Link`
        suffix_at = next((i for i, name in enumerate(names) if _TAGS_HEADER.fullmatch(name)), None)
        final_header = _LINK_HEADER
    if suffix_at is None:
        return [], []
    final_at = next((i for i, name in enumerate(names) if final_header.fullmatch(name)), None)
    template_at = next((i for i, name in enumerate(names) if _TEMPLATE_HEADER.fullmatch(name)), None)
    out: List[Found] = []
    covered: List[Tuple[int, int]] = []
    for cells in _records(text, text.find("\n") + 1, delimiter, len(names)):
        if len(cells) != len(names):
            continue
        left, right = cells[suffix_at]
        cell = (left, right)
        while left < right and text[left] in "?&":  # `?utm_source=...`: the platform writes the joint itself
            left += 1
        if "utm_" not in text[left:right].lower():
            continue
        covered.append(cell)
        base, where = _LANDING, [left] * len(_LANDING)
        if final_at is not None:
            b_left, b_right = cells[final_at]
            if text[b_left:b_right].lower().startswith(("http://", "https://")):
                base, where = text[b_left:b_right], list(range(b_left, b_right))
                covered.append((b_left, b_right))
        joint = "&" if "?" in base else "?"
        url, offsets = base + joint + text[left:right], where + [left] + list(range(left, right))
        if template_at is not None:  # `{lpurl}&utm_source=x`: the suffixed final URL, then the template's rest
            t_left, t_right = cells[template_at]
            opening = _LPURL.match(text, t_left, t_right)
            if opening is not None and opening.end() < t_right:
                rest = text[opening.end():t_right]
                # `{lpurl}?utm_term=...` after a final URL holding a query: the platforms write `&` for that `?`
                url += "&" + rest[1:] if rest[0] == "?" else rest
                offsets += list(range(opening.end(), t_right))
                covered.append((t_left, t_right))
                right = t_right if t_right > right else right
        out.append(Found(left, max(right, left), url, tuple(offsets + [offsets[-1] + 1])))
    return out, covered


def _inside(ranges: List[Tuple[int, int]], at: int) -> bool:
    """Whether `at` is inside one of `ranges` (cells' (start, end), in the text's order, none overlapping): found by
    bisection, so a sheet of 50,000 suffixed rows is not read 50,000 times for each link (quadratic)."""
    index = bisect_right(ranges, (at, float("inf"))) - 1
    return index >= 0 and ranges[index][0] <= at < ranges[index][1]


# How many line breaks a quoted cell may hold before its quote is read as a stray one (an ad's description over two or
# three lines is common; a quote read on for thousands of lines, then again from each next quote, is quadratic)
_CELL_LINES = 50


def _records(text: str, start: int, delimiter: str, width: int = 0):
    """Each CSV record from `start` on, as the (start, end) of each of its cells' text (its spaces and enclosing quotes
    left out): delimiters and line breaks inside quotes belong to the cell. As spreadsheets and Python's csv read a
    sheet, a `"` opens a quoted cell only at the cell's start (after its spaces), `""` inside one is a quote, and a `"`
    elsewhere is a character of the cell (review46 F14: an ad's description `Fast "and cheap` was read as a quote
    running to the end of the file, and no suffix after it was read: "All clean"). A quote opened at a cell's start
    that is never closed, closed with more of the cell after it, or whose cell runs over lines into a record of another
    number of cells than `width` (the header's, when given), is read again as a character, so the rows after it are
    read on, not swallowed."""
    bounds, quoted, index = [start - 1], False, start
    length = len(text)
    opened, kept = -1, [start - 1]  # the quote of the quoted cell being read, and the record's cells before it
    spanned = None  # the first quote of the record whose cell went on over a line break, and the cells before it
    literal = set()  # quotes read again as characters
    lines = 0  # the line breaks inside the quoted cell being read
    while index <= length:
        ch = text[index] if index < length else "\n"
        if quoted:
            doubled = ch == '"' and index + 1 < length and text[index + 1] == '"'
            if index >= length or lines > _CELL_LINES or ch == '"' and not doubled and not _cell_ends(
                    text, index + 1, delimiter):
                # never closed, or closed with more of the cell after it (`"Fast" and cheap`, or a stray quote closed
                # by the next row's): back to its quote, read as a character
                literal.add(opened)
                if spanned is not None and spanned[0] == opened:
                    spanned = None
                bounds, index, quoted = kept, opened + 1, False
                continue
            if doubled:
                index += 1  # `""`: a quote inside the cell
            elif ch == '"':
                quoted = False
            elif ch == "\n":
                lines += 1
                if spanned is None:
                    spanned = (opened, kept)
        elif ch == '"' and index not in literal and not text[bounds[-1] + 1:index].strip(" \t"):
            quoted, opened, kept, lines = True, index, list(bounds), 0
        elif ch == delimiter:
            bounds.append(index)
        elif ch == "\n":
            end = index - 1 if index > start and text[index - 1] == "\r" else index
            bounds.append(end)
            if width and spanned is not None and len(bounds) - 1 != width:
                literal.add(spanned[0])  # a cell over lines that made a record of the wrong shape: its quote was stray
                bounds, index, spanned = spanned[1], spanned[0] + 1, None
                continue
            if end > bounds[0] + 1 or len(bounds) > 2:
                yield [_trimmed(text, left + 1, right) for left, right in zip(bounds, bounds[1:])]
            bounds, spanned = [index], None
        index += 1


def _cell_ends(text: str, at: int, delimiter: str) -> bool:
    """Whether a quoted cell's closing quote before `at` ends its cell: only spaces before the delimiter, the line's end
    or the file's."""
    while at < len(text) and text[at] in " \t":
        at += 1
    return at >= len(text) or text[at] in (delimiter, "\r", "\n")


def _trimmed(text: str, left: int, right: int) -> Tuple[int, int]:
    """A cell's (start, end) without its surrounding spaces and enclosing quotes."""
    while left < right and text[left] in " \t":
        left += 1
    while right > left and text[right - 1] in " \t":
        right -= 1
    if right - left >= 2 and text[left] == '"' and text[right - 1] == '"':
        left, right = left + 1, right - 1
    return left, right


def _csv_spans(text: str, found: List[Tuple[int, int]], delimiter: str, columns: frozenset) -> List[Tuple[int, int]]:
    """Each URL of a CSV as its cell holds it. find_urls reads a URL from its first scheme on and a comma is a URL's
    character, so an unquoted cell's link runs on into the next cell's (`https://x.io/spring,https://x.io/spring?utm_
    source=...`, a sheet's Landing page beside its Tracked URL): cut at the delimiter, the rest of the span is read
    again for the links of the cells after it, whose keys the first reading had covered (newuser43 F1: every tracked
    URL of such a sheet went unread and the file was "All clean")."""
    spans: List[Tuple[int, int]] = []
    for s, e in found:
        line_end = text.find("\n", s)
        if s > 0 and text[s - 1] == '"' and text.find('"', s, len(text) if line_end == -1 else line_end) != -1:
            spans.append((s, _url_cell_end(text, s, e, columns, '"')))
            continue
        # (a quote before the link that nothing closes on its line is a stray one: the cell ends at the delimiter,
        # review46 F14: `"https://...&utm_campaign=summer,the big one` was read with the campaign `summer,the`)
        cut = text.find(delimiter, s, e)  # an unquoted cell: the delimiter (a comma, or Excel's `;`) ends it
        if cut == -1:
            spans.append((s, _url_cell_end(text, s, e, columns, delimiter)))
            continue
        spans.append((s, cut))
        spans.extend(_csv_spans(text, find_urls(text, cut + 1, e, cell=delimiter), delimiter, columns))
    return spans


# A sheet's header naming the column of its links (as `utmlint import`'s presets read them): `URL`, `Link`,
# `Final URL`, `Landing page`, `Tracked URL`, `Destination URL`, `utm_url`
_URL_HEADER = re.compile(r"(?i)[ \t]*(?:(?:final|tracked|tracking|destination|landing|long|full|campaign|utm|website)"
                         r"[ _-]?)?(?:url|link|page)(?:[ _-]?url)?[ \t]*")


# as `utmlint import` reads a sheet (importer.sheet.DELIMITERS), but `|`, which a merge tag's `*|X|*` holds
_DELIMITERS = (",", ";", "\t")
_DELIMITER: list = [None, ","]  # the last text delimiter_of read, and its delimiter


def delimiter_of(text: str) -> str:
    """The CSV's delimiter, as `utmlint import` sniffs it: from its header line, the one it holds most of outside
    quotes (`,` on a tie, or with none); when the first line is a row of data (a cell holds a link), the one the first
    rows all hold between cells (importer.sheet.sniff_rows_delimiter). Excel writes `;` where the
    decimal mark is a comma (most of Europe): read at commas, a row `Launch;https://x.io/?utm_campaign=launch;first`
    was one cell, and `launch;first` was judged the campaign (lows: stranger19 LOW)."""
    if _DELIMITER[0] is not text:
        from ..importer.sheet import holds_link_cell, sniff_delimiter, sniff_rows_delimiter

        header = text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
        if holds_link_cell(header):  # no header row: the rows' own delimiter, not a link's `;` (`?a=1;b=2`)
            found = sniff_rows_delimiter(text, _DELIMITERS)
        else:
            found = sniff_delimiter(header, _DELIMITERS)
        _DELIMITER[:] = [text, found]
    return _DELIMITER[1]


def _cells(line: str, delimiter: str = ",") -> List[str]:
    """The cells of one CSV line split at its delimiter outside quotes (the header's: no line break inside)."""
    cells, cell, quoted = [], [], False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            cells.append("".join(cell))
            cell = []
            continue
        cell.append(ch)
    cells.append("".join(cell))
    return [c.strip().strip('"') for c in cells]


def _url_columns(text: str) -> frozenset:
    """The indexes of the columns whose header names a link (`URL`, `Final URL`, `Landing page`): a cell of one is
    the link whole, as the spreadsheet holds it."""
    header = text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    if "://" in header:  # a sheet without a header: its first row is data
        return frozenset()
    return frozenset(i for i, cell in enumerate(_cells(header, delimiter_of(text))) if _URL_HEADER.fullmatch(cell))


def _url_cell_end(text: str, start: int, end: int, columns: frozenset, closing: str) -> int:
    """Where a URL that stopped at a space ends when it opens a cell of the sheet's link column (_url_columns): at
    the cell's end (its closing quote, else its comma or the line's end), trailing spaces left out. A marketer's
    `...&utm_campaign=Launch 2026` in the URL column is that link whole, sent as `Launch%202026` (stranger19 R3:
    value-case judged `Launch` and the safe --fix wrote `launch 2026`, a third spelling of `launch-2026`). `end`
    when the URL did not stop at a space, opens no cell of that column, or its cell holds another URL or a note in
    brackets after it (`... (old link)`: its last value stays unjudged, scan.core.string_goes_on's doubt)."""
    if not columns or end >= len(text) or text[end] not in " \t":
        return end
    line_start = text.rfind("\n", 0, start) + 1
    opening = start - 1 if closing == '"' else start
    if opening > line_start and text[opening - 1] != delimiter_of(text):
        return end  # the URL does not open its cell: words come before it
    if _column_of(text, line_start, opening) not in columns:
        return end
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    close = text.find(closing, end, line_end)
    cell_end = line_end if close == -1 and closing != '"' else close
    if cell_end == -1:
        return end
    rest = text[end:cell_end].rstrip(" \t\r")
    if not rest.strip() or "://" in rest or any(ch in rest for ch in "\t()[]"):
        return end  # a note after the link (`(old link)`) or another link: not the value's words
    return end + len(rest)


# The last line _column_of read: its text, its start, and its commas outside quotes
_COMMAS: list = [None, -1, []]


def _column_of(text: str, line_start: int, at: int) -> int:
    """Which cell of the CSV line at `line_start` the position `at` is in (0: the first), as _cells splits the line:
    its commas outside quotes before `at`, found once per line (a one-line sheet of thousands of links split the
    whole line before each of them: quadratic)."""
    if _COMMAS[0] is not text or _COMMAS[1] != line_start:
        line_end = text.find("\n", line_start)
        commas, quoted, delimiter = [], False, delimiter_of(text)
        for index in range(line_start, len(text) if line_end == -1 else line_end):
            ch = text[index]
            if ch == '"':
                quoted = not quoted
            elif ch == delimiter and not quoted:
                commas.append(index)
        _COMMAS[:] = [text, line_start, commas]
    return bisect_left(_COMMAS[2], at)


def cell_goes_on(text: str, start: int, end: int) -> bool:
    """Whether a URL in an unquoted CSV cell stopped at a space while its cell goes on with words (`...&utm_campaign=
    Launch 2026,` in a sheet with no URL header, `... (old link)`): as a code string's (scan.core.string_goes_on),
    where its last value ends is not known, so it is not judged (stranger19 R3: `Launch` was told `launch`). A cell
    of the sheet's URL column is read whole by the extractor (_url_cell_end) and never stops at a space."""
    if end >= len(text) or text[end] not in " \t" or (start and text[start - 1] == '"'):
        return False
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    comma = text.find(delimiter_of(text), end, line_end)  # the cell's end, not the rest of the line sliced for each link
    return bool(text[end:line_end if comma == -1 else comma].strip())


# After a JSON string: its closing quote, `:`, then a number (`"https://x.com/?utm_source=a": 11`).
_TALLY = re.compile(r'"[ \t]*:[ \t]*-?[0-9]')
# A URL key counted by a number, anywhere in the file: the address's host and its number.
_TALLY_ENTRY = re.compile(r'"https?://([^/"?#:\s]+)[^"\s]*"[ \t]*:[ \t]*(-?[0-9][0-9.]*)')
# A file's name saying it keeps counts (`count.json`, `referrer-stats.json`).
_TALLY_NAME = frozenset({"count", "counts", "counter", "stats", "statistics", "tally", "tallies", "referrer",
                         "referrers", "referrals", "visits", "hits"})


def tally_key(text: str, suffix: str, start: int, end: int, name: str = "") -> bool:
    """Whether the URL written at text[start:end] is the key of a JSON object whose value is a number, in a file that
    is a count kept per address (a widget's referrer tally, `static/js/count.json`'s `"http://www.thehpalliance.org/
    ...?utm_campaign=nfbn": 11`, corpus 13 #82 #83): a record of where visits came from, not a link anyone follows.
    scan judges it as a link in a code comment (the URL as written: copied tracking, http, `&amp;`), never its tags.
    A tally is the file's shape (tally_file), not one key's: a team's own landing URLs mapped to a split-test weight
    (`: 50`) or a redirect's status (`: 301`) are its campaign config, and their tags are judged (stranger13 R13)."""
    if suffix not in _JSON or start < 1 or text[start - 1] != '"':
        return False
    return _TALLY.match(text, end) is not None and tally_file(text, name)


def tally_file(text: str, name: str = "") -> bool:
    """Whether a JSON file keeps counts per address: its name says so (`count.json`, `stats`, `referrers`), or 5 or
    more URL keys, on 2 or more sites, are counted by numbers that vary (not one constant: a weight, a status)."""
    from pathlib import PurePath

    return bool(set(re.findall(r"[a-z]+", PurePath(name).stem.lower())) & _TALLY_NAME) or _counted(text)


@lru_cache(maxsize=8)
def _counted(text: str) -> bool:
    entries = _TALLY_ENTRY.findall(text)
    return len(entries) >= 5 and len({h.lower() for h, _ in entries}) >= 2 and len({n for _, n in entries}) >= 2


# A record's key naming where a request ended after its redirects: a link checker's or a crawler's result
# (`"finalUrl"`, `"final_url"`, `"resolvedUrl"`, `"redirectedTo"`, curl's `url_effective`, fetch's `response.url`
# kept as `"responseUrl"`), compared lower case without `_` and `-`
_LANDING_KEYS = frozenset({"finalurl", "finaluri", "finallocation", "finaldestination", "resolvedurl", "resolvedto",
                           "redirectedto", "redirectedurl", "redirecturlfinal", "landingurl", "landedurl",
                           "landingpageurl", "effectiveurl", "urleffective", "responseurl", "endurl"})
# The key right before a JSON string value: `"finalUrl": "`
_KEY_BEFORE = re.compile(r'"([A-Za-z_][\w-]{0,40})"[ \t]*:[ \t]*"\Z')
# What the same record says of the request: its HTTP status (`"status": 200`, `"statusCode": "301"`), whether it
# succeeded (`"ok": true`), how many redirects it followed (`"redirects": 1`). A campaign's `"status": "active"` is none.
_REQUEST_RESULT = re.compile(r'"(?:status|status_?code|http_?status|response_?status)"[ \t]*:[ \t]*"?[1-5][0-9]{2}'
                             r'(?![0-9])|"ok"[ \t]*:[ \t]*(?:true|false)\b|"redirect(?:s|_?count)"[ \t]*:[ \t]*[0-9]',
                             re.IGNORECASE)
_RECORD_REACH = 20_000  # characters read either way for the record's braces


def _string_start(text: str, end: int, floor: int) -> int:
    """The index of the opening quote of the JSON string whose closing quote is at `end`, -1 when not found."""
    at = end
    while True:
        at = text.rfind('"', floor, at)
        if at == -1:
            return -1
        slashes = 0
        while at - 1 - slashes >= floor and text[at - 1 - slashes] == "\\":
            slashes += 1
        if slashes % 2 == 0:
            return at


def _record_span(text: str, start: int) -> Optional[Tuple[int, int]]:
    """(open, close) of the braces of the innermost JSON object holding the position `start` (a key's opening quote),
    strings skipped; None when not found within _RECORD_REACH characters either way."""
    floor, depth, at = max(0, start - _RECORD_REACH), 0, start - 1
    while at >= floor:
        ch = text[at]
        if ch == '"':
            at = _string_start(text, at, floor)
            if at == -1:
                return None
        elif ch in "}]":
            depth += 1
        elif ch in "{[":
            if depth == 0:
                if ch == "[":
                    return None
                break
            depth -= 1
        at -= 1
    else:
        return None
    close = closing_bracket(text, start, min(len(text), start + _RECORD_REACH))
    return (at, close) if close != -1 and text[close] == "}" else None


# A JSON string (to its quote, or the end when it has none) or a bracket: closing_bracket skips a string (a notebook
# output's printed megabytes) in the regex engine, not a character at a time
_TOKEN = re.compile(r'"[^"\\]*(?:\\(?:.|\Z)[^"\\]*)*(?:"|\Z)|[\[\]{}]', re.DOTALL)


def closing_bracket(text: str, at: int, end: int) -> int:
    """The index of the JSON bracket (`}` or `]`) that closes the object or array `at` is inside (strings and their
    escapes skipped, inner brackets matched), or -1 when none does before `end` (scan.notebook: an `outputs` array, a
    cell). Read a token at a time: the same answers as a walk of every character on 300,000 random strings of
    brackets, quotes, backslashes and letters (newuser44)."""
    depth = 0
    for token in _TOKEN.finditer(text, at, end):
        ch = token.group()
        if ch in "{[":
            depth += 1
        elif ch in "}]":
            if depth == 0:
                return token.start()
            depth -= 1
    return -1


def landing_value(text: str, start: int) -> str:
    """The key (`finalUrl`) when the URL written at text[start:] is the value of a JSON record's key naming where a
    request ended after its redirects (_LANDING_KEYS), in a record that says how the request went (its HTTP status,
    `ok`, its redirects: _REQUEST_RESULT): a link checker's or a crawler's result, recording the address the site or
    a network's redirect landed on, tags and all (petrkotab666/nasekadan's data/active-promotions-validation.json:
    `{"url": "https://ehub.cz/system/scripts/click.php?...", "ok": true, "status": 200, "finalUrl":
    "https://www.concept.cz/?utm_source=ehub&utm_medium=affiliate&ehub=<click id>", ...}`, corpus 26 #26-#32, eHUB's
    tags written by its redirect). "" otherwise: a team's own `"landing_url"` in a campaign's config (`"status":
    "active"`) is a link it publishes."""
    if start < 1 or text[start - 1] != '"':
        return ""
    key = _KEY_BEFORE.search(text, max(0, start - 60), start)
    if key is None or key.group(1).lower().replace("_", "").replace("-", "") not in _LANDING_KEYS:
        return ""
    span = _record_span(text, key.start())
    if span is None or _REQUEST_RESULT.search(text, span[0], span[1]) is None:
        return ""
    return key.group(1)


def landing_records(path, text: str, occurrences) -> Tuple[FrozenSet[str], str]:
    """The URLs a JSON file records as where requests landed (landing_value), and the key it records them under:
    (URLs, key). A URL also written elsewhere in the file (a request's own `"url"`, when nothing redirected it) is
    the file's link, not only a landing, and is left out. (frozenset(), "") for another file."""
    if not str(path).lower().endswith(_JSON) or text is None:
        return frozenset(), ""
    landed, elsewhere, key = set(), set(), ""
    for occ in occurrences:
        found = landing_value(text, occ.start)
        if found:
            landed.add(occ.url)
            key = key or found
        else:
            elsewhere.add(occ.url)
    landed -= elsewhere
    return frozenset(landed), key if landed else ""



# A sheet's link column that holds the landing page a builder adds the row's utm columns to (`Landing page`,
# `Website URL`, `Base URL`), not the link whole (`Tracked URL`): newuser43 F13.
_BASE_HEADER = re.compile(r"(?i)[ \t]*(?:landing|base|website|page)[ _-]?(?:page)?[ _-]?(?:url|link)?[ \t]*")
_HEADER_KEYS: list = [None, (0, (), frozenset())]  # the last text sheet_row_columns read, and its header's reading


def sheet_row_columns(text: str, start: int) -> Tuple[Tuple[str, str, bool], ...]:
    """(key, header, filled) of each utm column of the row (sheet_row_cells)."""
    return tuple((key, header, bool(value.strip())) for key, header, value in sheet_row_cells(text, start))


def sheet_row_spans(text: str, start: int) -> Tuple[Tuple[str, str, int, int], ...]:
    """(key, header, start, end) of each utm column's cell of the row the URL at `start` is written in, any link column
    (`Tracked URL` too), the cell's text between the offsets (its spaces and quotes outside): where `scan --fix`
    writes the value it respells in the URL, so the row's column does not give the old spelling to the next link
    built from it (newuser44 L1: `Twitter` left in the Source column after the Tracked URL's `utm_source=twitter`).
    () when the header names no utm column or the row is of another width (a quoted line break)."""
    sheet_row_cells(text, start)  # reads the header (cached)
    width, pairs, _ = _HEADER_KEYS[1]
    line_start = text.rfind("\n", 0, start) + 1
    if not pairs or line_start == 0:
        return ()
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    if text[line_end - 1:line_end] == "\r":
        line_end -= 1
    _column_of(text, line_start, start)  # the line's delimiters outside quotes (cached)
    bounds = [line_start - 1] + [at for at in _COMMAS[2] if at < line_end] + [line_end]
    if len(bounds) - 1 != width:
        return ()
    out = []
    for index, key, header in pairs:
        left, right = _trimmed(text, bounds[index] + 1, bounds[index + 1])
        out.append((key, header, left, right))
    return tuple(out)


def sheet_row_cells(text: str, start: int) -> Tuple[Tuple[str, str, str], ...]:
    """The utm columns of a link sheet's row, as (key, header, the cell's text), for the URL written at `start` when
    it is a cell of a landing-page column (`Campaign,Source,Medium,Content,Landing page`): a builder appends the row's columns
    to that page, so a key the page's cell lacks is no key the built link lacks when its column is filled (newuser43
    F13: the cell's `?utm_source=partner-blog.com` was told "add `utm_medium`, `utm_campaign` to the URL's query",
    which its Medium and Campaign columns give, and adding them would write them twice). The columns are read by
    `utmlint import`'s generic preset's headers (importer.presets), as import builds the row's link; a row of another
    width than the header (a quoted line break) gives none, and so does a sheet's `Tracked URL` column (the link
    whole)."""
    if _HEADER_KEYS[0] is not text:
        from ..importer.presets import PRESETS, norm

        header = text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
        cells = _cells(header, delimiter_of(text)) if "://" not in header else []
        named = {head: key for key, heads in PRESETS["generic"].columns.items() if key.startswith("utm_")
                 for head in heads}
        pairs = tuple((i, named[norm(cell)], cell) for i, cell in enumerate(cells) if norm(cell) in named)
        bases = frozenset(i for i, cell in enumerate(cells) if _BASE_HEADER.fullmatch(cell) and norm(cell) not in named)
        _HEADER_KEYS[:] = [text, (len(cells), pairs, bases)]
    width, pairs, bases = _HEADER_KEYS[1]
    line_start = text.rfind("\n", 0, start) + 1
    if not pairs or not bases or line_start == 0 or _column_of(text, line_start, start) not in bases:
        return ()
    line_end = text.find("\n", start)
    row = _cells(text[line_start:len(text) if line_end == -1 else line_end].rstrip("\r"), delimiter_of(text))
    if len(row) != width:
        return ()
    return tuple((key, header, row[index]) for index, key, header in pairs)
