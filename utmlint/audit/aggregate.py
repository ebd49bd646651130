"""DuckDB reads the export and adds it up: one row per distinct (source, medium, campaign, reported channel).

The only module that imports duckdb. A 10-million-event export is one streaming GROUP BY here; Python then
sees only the distinct value combinations.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Tuple, Union

from .inputs import CsvLayout, EventsLayout, InputError, events_layout
from .sql import json_reader, sessions_query

NOT_SET = "(not set)"


class MissingDuckDB(Exception):
    """duckdb is not installed (it is the optional `utmlint[audit]` dependency)."""


@dataclass
class Group:
    source: str
    medium: str
    campaign: str
    reported: Optional[str]  # the export's own channel column, when it has one
    count: float
    channel: Optional[str] = None  # the GA4 channel DuckDB computed for the group; None: channels.py decides


@dataclass
class Aggregate:
    groups: List[Group]
    skipped_rows: int = 0  # rows without a usable count (totals, text in the count column)
    first_skipped_line: Optional[int] = None


def connect():
    try:
        import duckdb
    except ImportError:
        raise MissingDuckDB("utmlint audit needs DuckDB: pip install 'utmlint[audit]'") from None
    connection = duckdb.connect(":memory:")
    connection.execute("SET enable_progress_bar = false")
    return connection


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _cell(column: int) -> str:
    return f"NULLIF(TRIM(c{column}), '')"


# Thousands separators GA4 and spreadsheets write: `,`, spaces (also no-break), `'`; `.` only in a whole
# number grouped by threes (`1.234`), never in `1.5`. The plain cases first: regexes only where needed.
_COUNT = ("CASE WHEN STRPOS({c}, '.') > 0 AND regexp_full_match(TRIM({c}), '[0-9]{{1,3}}([.][0-9]{{3}})+') "
          "THEN TRY_CAST(replace(TRIM({c}), '.', '') AS DOUBLE) "
          "ELSE COALESCE(TRY_CAST(replace({c}, ',', '') AS DOUBLE), "
          "TRY_CAST(regexp_replace(TRIM({c}), '[,\\s\\x{{a0}}\\x{{202f}}'']', '', 'g') AS DOUBLE)) END")


def _csv_parts(layout: CsvLayout, parallel: bool):
    """The CSV reader and the SQL of each value, over the raw cells `c0`, `c1`, ... of one row."""
    columns = layout.columns
    width = len(layout.headers)
    names = ", ".join(f"'c{i}': 'VARCHAR'" for i in range(width))
    reader = (f"read_csv({_sql_string(layout.path)}, skip = {layout.header_line}, header = false, "
              f"delim = {_sql_string(layout.delimiter)}, quote = '\"', escape = '\"', columns = {{{names}}}, "
              "auto_detect = false, null_padding = true, strict_mode = false, ignore_errors = false"
              + ("" if parallel else ", parallel = false") + ")")
    if layout.data_lines is not None:
        reader = f"(SELECT * FROM {reader} LIMIT {layout.data_lines})"
    if "source_medium" in columns and not {"source", "medium"} <= columns.keys():
        pair = _cell(columns["source_medium"])
        source = f"CASE WHEN STRPOS({pair}, ' / ') > 0 THEN TRIM(split_part({pair}, ' / ', 1)) ELSE {pair} END"
        medium = f"CASE WHEN STRPOS({pair}, ' / ') > 0 THEN TRIM(substr({pair}, STRPOS({pair}, ' / ') + 3)) END"
    else:
        source, medium = _cell(columns["source"]), _cell(columns["medium"])
    values = {"source": source, "medium": medium,
              "campaign": _cell(columns["campaign"]) if "campaign" in columns else "NULL",
              "reported": _cell(columns["channel"]) if "channel" in columns else "NULL"}
    count = _COUNT.format(c=f"c{columns['count']}") if "count" in columns else "1.0"
    dimensions = [_cell(i) for i in sorted({columns[r] for r in ("source", "medium", "campaign", "source_medium")
                                             if r in columns})]
    # A row left out: every dimension blank, or a totals row (GA4's `Grand total`, a sheet's `Total`).
    skipped = (f"(({' AND '.join(f'{d} IS NULL' for d in dimensions)}) "
               f"OR regexp_full_match(COALESCE({dimensions[0]}, ''), '(?i)(grand )?totals?'))")
    cells = [f"c{i}" for i in sorted({columns[r] for r in ("source", "medium", "campaign", "source_medium", "channel")
                                      if r in columns})]
    return reader, values, count, skipped, cells


def csv_query(layout: CsvLayout, parallel: bool = True) -> str:
    """One row per (source, medium, campaign, reported channel) with its count and its rows without a number.

    Rows are first added up by their raw cells (a hash aggregation on text, as cheap as reading them); the
    trimming, splitting and skipping then run once per distinct combination, not once per row."""
    reader, values, count, skipped, cells = _csv_parts(layout, parallel)
    raw = ", ".join(cells)
    not_set = _sql_string(NOT_SET)
    return f"""
WITH raw AS (
  SELECT {raw}, SUM(n) AS n, COUNT(*) FILTER (WHERE n IS NULL) AS bad
  FROM (SELECT {raw}, {count} AS n FROM {reader})
  GROUP BY ALL
),
kept AS (
  SELECT {values['source']} AS source, {values['medium']} AS medium, {values['campaign']} AS campaign,
         {values['reported']} AS reported, n, bad
  FROM raw
  WHERE NOT {skipped}
)
SELECT COALESCE(source, {not_set}) AS source, COALESCE(medium, {not_set}) AS medium,
       COALESCE(campaign, {not_set}) AS campaign, reported, SUM(n) AS n, SUM(bad) AS bad
FROM kept
GROUP BY ALL
"""


def first_bad_row_query(layout: CsvLayout) -> str:
    """The 1-based data row of the first counted row without a number in the count column (read in order:
    numbering rows keeps DuckDB from reading in parallel, so this runs only when there is such a row)."""
    reader, _, count, skipped, _ = _csv_parts(layout, parallel=False)
    return f"""
SELECT MIN(nth) FROM (
  SELECT *, ROW_NUMBER() OVER () AS nth FROM {reader}
)
WHERE {count} IS NULL AND NOT {skipped}
"""


def with_channel(connection, query: str) -> str:
    """The query's rows plus the GA4 channel, computed by DuckDB over the groups with channel_sql.py's CASE
    (the tests prove it equal to channels.py), so Python never classifies thousands of groups one by one.
    Google's source lists are one table, joined once on the source, not looked up by each row of the CASE."""
    from .channel_sql import category_rows, channel_case

    rows = category_rows()
    connection.execute("CREATE OR REPLACE TEMP TABLE utmlint_source_categories AS "
                       "SELECT UNNEST(?) AS category_source, UNNEST(?) AS category",
                       [[source for source, _ in rows], [category for _, category in rows]])
    case = channel_case("LOWER(source)", "LOWER(medium)", "LOWER(campaign)", "duckdb", category="category")
    return (f"SELECT grouped.*, {case} AS channel FROM (\n{query}\n) AS grouped\n"
            "LEFT JOIN utmlint_source_categories ON category_source = LOWER(grouped.source)")


def _describe(connection, reader: str, path: str) -> List[str]:
    try:
        return [row[0] for row in connection.execute(f"DESCRIBE SELECT * FROM {reader}").fetchall()]
    except Exception as error:  # duckdb raises its own error classes; the message is what the user needs
        raise InputError(f"{path}: cannot read as {'Parquet' if 'parquet' in reader else 'NDJSON'}: "
                         f"{_first_line(error)}") from None


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def read_groups(layout: Union[CsvLayout, EventsLayout, str], connection=None) -> Tuple[Aggregate, object]:
    """Aggregate one export. `layout` is a CsvLayout, or the path of a BigQuery export file.
    Returns the groups and the layout used (an EventsLayout for an export file)."""
    connection = connection or connect()
    if isinstance(layout, CsvLayout):
        return _csv_groups(connection, layout), layout
    path = layout if isinstance(layout, str) else layout.path
    is_parquet = not path.casefold().endswith((".json", ".ndjson", ".jsonl", ".json.gz", ".ndjson.gz", ".jsonl.gz"))
    if is_parquet:
        with open(path, "rb") as handle:
            is_parquet = handle.read(4) == b"PAR1"
    reader = f"read_parquet({_sql_string(path)})" if is_parquet else json_reader(path)
    if is_parquet:
        found = _describe(connection, reader, path)
        events = events_layout(path, found, "parquet")
    else:
        found = _describe(connection, f"read_json({_sql_string(path)}, format = 'newline_delimited')", path)
        events = events_layout(path, found, "json")
        # The typed reader makes a record absent from the sampled rows NULL, not an error: ask for both (an export
        # holding neither reads its event parameters: inputs.events_layout).
        if events.last_click or events.collected:
            events.last_click = events.collected = True
    query = sessions_query(path, "duckdb", last_click=events.last_click, collected=events.collected,
                           channel=False, from_clause=reader)
    old_export = not (events.last_click or events.collected)
    only = " (`traffic_source` is the user's first visit, not the session's source, so it is not used)" \
        if "traffic_source" in {c.casefold() for c in found} else ""
    nothing = (f"{path}: no `session_traffic_source_last_click` or `collected_traffic_source` column, and no event's "
               f"`source`, `medium` or `campaign` parameter to read instead{only}")
    try:
        rows = connection.execute(with_channel(connection, query)).fetchall()
    except Exception as error:
        raise InputError(nothing if old_export else f"{path}: {_first_line(error)}") from None
    if not rows:
        raise InputError(f"{path}: no sessions: no event has both user_pseudo_id and ga_session_id (event_params)")
    if old_export and all(row[:3] == ("(not set)",) * 3 for row in rows):
        raise InputError(nothing)  # no session-scoped record, and no event's own campaign values: nothing to audit
    return Aggregate([Group(s, m, c, None, float(n), channel) for s, m, c, n, channel in rows]), events


def _refuse_unclosed_quote(layout: CsvLayout) -> None:
    """A `"` that opens a value and is never closed (or is closed only by another row's quote) makes the reader
    take the rows after it as one value: they would be lost without a word, so it is an error located at the quote.

    The quotes are read as a CSV reader reads them: a `"` opens a value only at the start of a field, `""` inside
    a value is one quote, and a value ends at a `"` followed by the delimiter or the end of the line. Counting
    quotes instead (the earlier check) blamed a correct quote further down, or passed when two mistakes paired up.
    The file is mapped, not read: the walk jumps from quote to quote at memchr speed, so an export far larger
    than memory costs one pass over its few quotes."""
    import mmap

    with open(layout.path, "rb") as handle:
        try:
            data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except (ValueError, OSError):  # an empty file, or one that cannot be mapped (a pipe): nothing to walk
            return
    with data:
        problem = _first_runaway_quote(data, layout)
    if problem:
        (line, column), rest, until = problem
        where = "the end of the table" if until is None else f"line {until} (a quote followed by more text there)"
        raise InputError(f"{layout.path}:{line}:{column}: this quote `\"` opens a value that is never closed, so the "
                         f"{rest} line{'s' if rest != 1 else ''} from here to {where} would be read as one value; "
                         "close it (a `\"` inside a value is written `\"\"`)")


def _first_runaway_quote(data, layout: CsvLayout):
    """The first quoted value that swallows line breaks, up to a quote followed by more text (which cannot close
    it) or to the end of the table, as ((line, column) of its quote, lines swallowed, the line it runs to or None
    for the table's end); None when every quoted value ends where it should."""
    delimiter = layout.delimiter.encode("utf-8")[:1] or b","
    ends = (delimiter, b"\n", b"\r", b"")
    end = None if layout.data_lines is None else layout.header_line + layout.data_lines
    pos, line = 0, 1
    while line <= layout.header_line:  # the header's quotes are balanced: it was parsed
        newline = data.find(b"\n", pos)
        if newline < 0:
            return None
        pos, line = newline + 1, line + 1
    line_start, inside, opened, last, dangling = pos, False, (0, 0), line, None
    while True:
        quote = data.find(b'"', pos)
        stop = len(data) if quote < 0 else quote
        newlines = _count_newlines(data, pos, stop)
        if newlines:
            line += newlines
            line_start = data.rfind(b"\n", pos, stop) + 1
        if quote < 0 or (end is not None and line > end):
            last = min(line, end) if end is not None else line - (1 if data[-1:] == b"\n" else 0)
            break
        if not inside:
            # DuckDB's reader opens a quoted value at a field's start (after spaces too) and again after a quoted
            # part the same field went on from (`"face"book / social"`); elsewhere a quote is a character
            start = quote
            while start > line_start and data[start - 1:start] in (b" ", b"\t") and data[start - 1:start] != delimiter:
                start -= 1
            reopened = dangling is not None and data.find(delimiter, dangling, quote) < 0 and \
                data.find(b"\n", dangling, quote) < 0
            if start == line_start or data[start - 1:start] == delimiter or reopened:
                inside, opened = True, (line, len(data[line_start:quote].decode("utf-8", "replace")) + 1)
            pos, dangling = quote + 1, None
            continue
        after = data[quote + 1:quote + 2]
        if after == b'"':  # `""`: one quote inside the value
            pos = quote + 2
            continue
        inside, pos = False, quote + 1
        dangling = None if after in ends else quote + 1  # the field goes on after its quoted part
        if after not in ends and line > opened[0]:
            return opened, line - opened[0] + 1, line
    if inside:
        return opened, last - opened[0] + 1, None
    return None


def _count_newlines(data, start: int, stop: int) -> int:
    """Line breaks between two offsets of the mapped file, counted a mebibyte at a time (a slice is a copy)."""
    return sum(data[at:min(at + (1 << 20), stop)].count(b"\n") for at in range(start, stop, 1 << 20))


def _csv_groups(connection, layout: CsvLayout) -> Aggregate:
    try:
        try:
            rows = connection.execute(with_channel(connection, csv_query(layout))).fetchall()
        except Exception as error:
            # DuckDB's parallel scanner cannot pad short rows when a quoted value holds a line break
            if "parallel=false" not in str(error):
                raise
            rows = connection.execute(with_channel(connection, csv_query(layout, parallel=False))).fetchall()
    except Exception as error:
        raise InputError(f"{layout.path}:{layout.header_line}: cannot read the CSV: {_first_line(error)}") from None
    _refuse_unclosed_quote(layout)
    groups = []
    skipped = int(sum(row[5] for row in rows))
    first_bad: Optional[int] = None
    if skipped:
        first_bad = layout.header_line + int(connection.execute(first_bad_row_query(layout)).fetchone()[0])
    for source, medium, campaign, reported, total, bad, channel in rows:
        if total is not None:
            groups.append(Group(source, medium, campaign, reported, float(total), channel))
    if not groups:
        raise InputError(f"{layout.path}:{layout.header_line + 1}: no data rows with a count under the header")
    return Aggregate(groups, skipped, first_bad)
