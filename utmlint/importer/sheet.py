"""A sheet as rows of cells: CSV as Excel, Google Sheets, LibreOffice and link tools save it, or the JSON of
`utmlint scan --links`.

What real exports hold, and is handled here: Excel's UTF-8 BOM (and its UTF-16 "Unicode Text", tab-separated),
`;` as the delimiter where the decimal mark is a comma (most of Europe), tabs, Excel's `sep=;` first line,
quoted cells holding newlines and delimiters, blank trailing rows, rows with fewer cells than the header. A row
with more non-empty cells than the header (a value holding the delimiter without quotes) is kept with its
problem, never read shifted. Anything that cannot be read is a `SheetError` located at path:line:column.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from typing import List, Optional, Tuple

MAX_SHEET_BYTES = 64 * 1024 * 1024  # a sheet of links is kilobytes; a bigger file is not one
DELIMITERS = (",", ";", "\t", "|")
_DELIMITER_NAMES = {",": "`,`", ";": "`;`", "\t": "tab", "|": "`|`"}


class SheetError(Exception):
    """The file cannot be read as a sheet; str() is `path:line:column: message`."""

    def __init__(self, path: str, line: int, column: int, message: str):
        super().__init__(message)
        self.path, self.line, self.column, self.message = path, line, column, message

    def __str__(self) -> str:
        from ..printable import printable

        return f"{printable(self.path)}:{self.line}:{self.column}: {self.message}"


@dataclass
class Row:
    line: int  # where the row starts (1-based; a quoted newline makes a row span lines)
    cells: List[str]  # one per header, "" when the row had none
    problem: Optional[str] = None  # why the row cannot be read column by column


@dataclass
class Sheet:
    path: str
    kind: str  # "csv" | "json"
    headers: List[str]  # as written, trimmed
    rows: List[Row]
    encoding: str  # for the report: "UTF-8", "UTF-8 with BOM", "UTF-16"
    delimiter: Optional[str] = None  # csv only
    headerless: bool = False  # no header row: its first row holds a link (a plain list of URLs, or a sheet's rows)
    blank_rows: int = 0
    notes: List[str] = field(default_factory=list)
    # every non-blank record as read (line, cells), for a sheet whose header row is below a title (below_title)
    records: List[Tuple[int, List[str]]] = field(default_factory=list, repr=False)
    title_lines: List[int] = field(default_factory=list)  # the title rows above the header row, not imported
    # what a row's number counts: its line, or (a JSON list written on fewer lines than it has records, `jq -c`) its
    # place in the list, so each record is reported as itself (read_json)
    unit: str = "line"

    @property
    def dialect(self) -> str:
        if self.kind == "json":
            return f"JSON, {self.encoding}"
        what = f"{_DELIMITER_NAMES.get(self.delimiter or ',', repr(self.delimiter))}-separated, {self.encoding}"
        if self.title_lines:
            lines = self.title_lines
            above = f"line {lines[0]}" if len(lines) == 1 else f"lines {lines[0]}-{lines[-1]}"
            what += f", header row on line {self.records[0][0]} ({above} above it: a title, not imported)"
        if self.headerless:  # a list of URLs, or a sheet's rows with a link in each
            return what + (", no header row (a list of URLs)" if len(self.headers) == 1 else
                           ", no header row (its first row holds a link)")
        return what


def read_sheet(path: str) -> Sheet:
    from .. import safeio

    import os

    if not os.path.lexists(path):
        raise SheetError(path, 1, 1, "no such file")
    try:
        raw = safeio.read_regular(path, MAX_SHEET_BYTES, "a sheet to import")
    except safeio.ReadRefused as refused:
        raise SheetError(path, 1, 1, str(refused)) from None
    text, encoding = _decode(path, raw)
    if not text.strip():
        raise SheetError(path, 1, 1, "the file is empty: expected a header row (url, utm_source, ...) and rows of links")
    if text.lstrip()[:1] in ("[", "{"):
        return _read_json(path, text, encoding)
    return _read_csv(path, text, encoding)


def _decode(path: str, raw: bytes):
    if raw.startswith(b"\xef\xbb\xbf"):
        raw, encoding, codec = raw[3:], "UTF-8 with BOM", "utf-8"
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding, codec = "UTF-16", "utf-16"
    else:
        encoding, codec = "UTF-8", "utf-8"
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as error:
        before = raw[:error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        bad = raw[error.start:error.start + 1].hex().upper()
        raise SheetError(path, line, column, f"not {encoding} text (byte 0x{bad}): save the sheet as "
                                             "\"CSV UTF-8\" (Excel) or download it as CSV (Google Sheets)") from None
    if "\x00" in text:
        offset = text.index("\x00")
        line = text.count("\n", 0, offset) + 1
        raise SheetError(path, line, offset - (text.rfind("\n", 0, offset) + 1) + 1,
                         "a NUL character: this is a binary file (a .xlsx?), not CSV; save the sheet as CSV")
    return text, encoding


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0].rstrip("\r")


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count


def sniff_delimiter(header: str, delimiters: Tuple[str, ...] = DELIMITERS) -> str:
    """The delimiter of a header line: the one of `delimiters` it holds most of, outside quotes (`,` on a tie or
    none)."""
    counts = {d: _count_outside_quotes(header, d) for d in delimiters}
    best = max(delimiters, key=lambda d: (counts[d], -delimiters.index(d)))
    return best if counts[best] else ","


_QUERY_GOES_ON = re.compile(r"[\w.%\[\]-]+=")  # `;b=2` after a URL's `;`: its query goes on, no new cell
_ROWS_SNIFFED = 20  # the rows a sheet without a header row is sniffed on


def is_link_cell(cell: str) -> bool:
    """Whether a cell is a link (`https://...`): no header is, so a first row holding one is a row of data."""
    return cell.strip().strip('"').lower().startswith(("http://", "https://"))


_LINK_CELL = re.compile(r"(?i)(?:^|[,;\t|])[ \t]*\"?https?://")


def holds_link_cell(line: str) -> bool:
    """Whether a sheet's first line has a cell that is a link: then it is a row of data, not a header."""
    return bool(_LINK_CELL.search(line.lstrip("\ufeff")))


def sniff_rows_delimiter(text: str, delimiters: Tuple[str, ...] = DELIMITERS) -> str:
    """The delimiter of a sheet whose first row is data (it holds a link: no header row), as `utmlint import` and
    scan both read one: a header has no link to hold a `;` or `,` of its own, but a row's link may (`?a=1;b=2`, an
    old query separator, or `utm_term=red,blue`), so one line does not tell. The delimiter every one of the first
    rows holds outside quotes, not going on with a query's `key=` (`;b=2`), the most in its fewest; `,` when none.
    Read at commas whatever the rows held, a headerless `;` sheet's `...&utm_campaign=launch;Launch;first` was one
    cell and `launch;Launch;first` judged the campaign (review of session 39)."""
    lines = [line.rstrip("\r") for line in text.lstrip("\ufeff").split("\n", _ROWS_SNIFFED)[:_ROWS_SNIFFED]]
    lines = [line for line in lines if line.strip()]
    best, most = ",", 0
    for delimiter in delimiters:
        fewest = min((_cell_breaks(line, delimiter) for line in lines), default=0)
        if fewest > most:
            best, most = delimiter, fewest
    return best


def _cell_breaks(line: str, delimiter: str) -> int:
    """How many times `delimiter` breaks a row's cells: outside quotes, and not going on with a query (`;b=2`)."""
    count, quoted = 0, False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted and not _QUERY_GOES_ON.match(line, index + 1):
            count += 1
    return count


def _read_csv(path: str, text: str, encoding: str) -> Sheet:
    offset_lines = 0
    first = _first_line(text)
    delimiter = None
    if first.lower().startswith("sep=") and len(first) == 5:  # Excel's own hint line
        delimiter = first[4]
        text = text.split("\n", 1)[1] if "\n" in text else ""
        offset_lines = 1
        first = _first_line(text)
    if delimiter is None:
        delimiter = sniff_rows_delimiter(text) if holds_link_cell(first) else sniff_delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records = []
    end = 0
    try:
        for cells in reader:
            start, end = end + 1, reader.line_num
            records.append((start + offset_lines, cells))
    except csv.Error as error:
        # Where the broken row starts (an unclosed quote swallows every line after it).
        row_start = _line_start(text, end)
        quote = _first_quote_problem(text, row_start, csv.field_size_limit())
        limit = f"{csv.field_size_limit():,}"
        if "field limit" in str(error) and (quote is None or quote[1] != -1):
            # a cell this long is no quote's fault (session 38: a 300,000-character cell, and a 20 MB quoted cell
            # closed by its quote, were asked about a quote never closed): its length and the limit, said as they are
            at = row_start if quote is None else quote[0]
            length = "" if quote is None else f" of {quote[1] - quote[0] - 1:,} characters,"
            raise SheetError(path, *_position(text, at, offset_lines), f"cannot read the CSV from this row on: a "
                             f"{'quoted ' if quote else ''}cell{length} longer than the {limit} characters a cell is read "
                             "to (no link sheet's cell is: is this the sheet you meant?)") from None
        if quote is not None and quote[1] == -1:
            raise SheetError(path, *_position(text, quote[0], offset_lines), "cannot read the CSV from this row on: "
                             "a quote opened here is never closed, so every line after it would be one cell "
                             "(a `\"` inside a cell is written `\"\"`)") from None
        raise SheetError(path, end + 1 + offset_lines, 1, f"cannot read the CSV from this row on: {error} "
                         "(a quote opened and never closed?)") from None
    blank = sum(1 for _, cells in records if not any(c.strip() for c in cells))
    records = [(line, cells) for line, cells in records if any(c.strip() for c in cells)]
    if not records:
        raise SheetError(path, 1, 1, "no rows: expected a header row and rows of links")
    return _sheet_of(path, records, encoding, delimiter, blank)


def _filled(cells: List[str]) -> int:
    return sum(1 for cell in cells if cell.strip())


def below_title(sheet: Sheet) -> Optional[Sheet]:
    """The sheet read from its header row down, when the rows above it are a title: a client's or agency's sheet
    exported with `Acme - Q2 link tracker` (and maybe a date line) in its first cells above the headers (newuser45
    F4). Asked only when the sheet as read fits no preset, so a sheet that imports today reads as before. A title is
    at most three rows of one filled cell each, none a link; the header row below it fills two cells or more, none a
    link. None when the sheet is not so."""
    if sheet.kind != "csv" or sheet.headerless or len(sheet.records) < 2:
        return None
    for skip in range(1, min(len(sheet.records) - 1, 3) + 1):
        title = sheet.records[skip - 1][1]
        if _filled(title) != 1 or any(is_link_cell(cell) for cell in title):
            return None
        header = sheet.records[skip][1]
        if _filled(header) >= 2 and not any(is_link_cell(cell) for cell in header):
            below = _sheet_of(sheet.path, sheet.records[skip:], sheet.encoding, sheet.delimiter or ",",
                              sheet.blank_rows)
            below.title_lines = [line for line, _ in sheet.records[:skip]]
            return below
    return None


def _sheet_of(path: str, records: List[Tuple[int, List[str]]], encoding: str, delimiter: str, blank: int) -> Sheet:
    header_line, header = records[0]
    # a link in any cell of the first row: no header holds one, so it is a row (`Launch;https://...;first` too)
    links = [index for index, cell in enumerate(header) if is_link_cell(cell)]
    headerless = bool(links)
    sheet = Sheet(path, "csv", [], [], encoding, delimiter, headerless, blank)
    sheet.records = records
    if headerless:  # the links' column is `url`; any other is named by its place, reported as not imported
        sheet.headers = ["url" if index == links[0] else f"column {index + 1}" for index in range(len(header))]
        body = records
    else:
        sheet.headers = [h.replace("\ufeff", "").strip() for h in header]
        body = records[1:]
    width = len(sheet.headers)
    for line, cells in body:
        problem = None
        extra = [c for c in cells[width:] if c.strip()]
        if extra:
            problem = (f"{len(cells)} cells under {width} header{'s' if width != 1 else ''}: a value holding the delimiter "
                       f"{_DELIMITER_NAMES.get(delimiter, repr(delimiter))} without quotes?")
        sheet.rows.append(Row(line, (cells + [""] * width)[:width], problem))
    return sheet


def _line_start(text: str, line_index: int) -> int:
    """The offset of the line `line_index` (0: the first) of the text, found without splitting the text."""
    at = 0
    for _ in range(line_index):
        found = text.find("\n", at)
        if found == -1:
            return len(text)
        at = found + 1
    return at


def _first_quote_problem(text: str, row_start: int, limit: int):
    """(opening, closing) of the first quoted cell from `row_start` on that is too long to read or never closed
    (closing -1), skipping the `""` inside a cell; None when no quoted cell of the row is either. Quotes are few:
    each is found with one `find`, so a 20 MB cell costs a scan, not a loop in Python per character."""
    at = row_start
    while True:
        opening = text.find('"', at)
        line_end = text.find("\n", at)
        if opening == -1 or (line_end != -1 and line_end < opening):
            return None  # the row ends before another quoted cell
        close = opening + 1
        while True:
            close = text.find('"', close)
            if close == -1:
                return opening, -1
            if text.startswith('""', close):
                close += 2
                continue
            break
        if close - opening - 1 > limit:
            return opening, close
        at = close + 1


def _position(text: str, at: int, offset_lines: int) -> Tuple[int, int]:
    line_start = text.rfind("\n", 0, at) + 1
    return text.count("\n", 0, at) + 1 + offset_lines, at - line_start + 1


def _read_json(path: str, text: str, encoding: str) -> Sheet:
    """A list of flat records (the JSON of `utmlint scan --links`), each record's line kept, or its place in the list
    when records share a line (Sheet.unit)."""
    decoder = json.JSONDecoder()

    def where(offset: int):
        return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1

    def fail(offset: int, message: str):
        line, column = where(offset)
        return SheetError(path, line, column, message)

    index = len(text) - len(text.lstrip())
    if text[index] != "[":
        raise fail(index, "a JSON object: expected a list of records, as `utmlint scan --links --format json` prints")
    index += 1
    records = []

    def skip(i: int) -> int:
        while i < len(text) and text[i] in " \t\r\n":
            i += 1
        return i

    index = skip(index)
    if index < len(text) and text[index] == "]":
        index += 1
    else:
        while True:
            index = skip(index)
            try:
                value, end = decoder.raw_decode(text, index)
            except json.JSONDecodeError as error:
                raise fail(error.pos, f"not valid JSON: {error.msg}") from None
            if not isinstance(value, dict):
                raise fail(index, "expected a record ({...}) in the list")
            records.append((where(index)[0], value))
            index = skip(end)
            if index < len(text) and text[index] == ",":
                index += 1
                continue
            if index < len(text) and text[index] == "]":
                index += 1
                break
            raise fail(index, "not valid JSON: expected `,` or `]` after a record")
    if text[index:].strip():
        raise fail(skip(index), "not valid JSON: text after the list")
    headers: List[str] = []
    for _, record in records:
        headers.extend(str(k) for k in record if str(k) not in headers)
    sheet = Sheet(path, "json", headers, [], encoding)
    if len({line for line, _ in records}) < len(records):  # two records on one line (`jq -c`): a line names none
        records = [(place, record) for place, (_, record) in enumerate(records, 1)]
        sheet.unit = "record"
    for line, record in records:
        cells = []
        for name in headers:
            value = record.get(name)
            cells.append("" if value is None else value if isinstance(value, str) else json.dumps(value))
        sheet.rows.append(Row(line, cells))
    return sheet
