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
# number grouped by threes (`1.234`), never in `1.5`.
_COUNT = ("TRY_CAST(CASE WHEN regexp_full_match(TRIM({c}), '[0-9]{{1,3}}([.][0-9]{{3}})+') "
          "THEN replace(TRIM({c}), '.', '') ELSE regexp_replace(TRIM({c}), '[,\\s\\x{{a0}}\\x{{202f}}'']', '', 'g') END "
          "AS DOUBLE)")


def csv_query(layout: CsvLayout, parallel: bool = True) -> str:
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
    campaign = _cell(columns["campaign"]) if "campaign" in columns else "NULL"
    reported = _cell(columns["channel"]) if "channel" in columns else "NULL"
    count = _COUNT.format(c=f"c{columns['count']}") if "count" in columns else "1.0"
    dimensions = [_cell(i) for i in sorted({columns[r] for r in ("source", "medium", "campaign", "source_medium")
                                             if r in columns})]
    blank = " AND ".join(f"{d} IS NULL" for d in dimensions)
    not_set = _sql_string(NOT_SET)
    return f"""
WITH rows AS (
  SELECT {source} AS source, {medium} AS medium, {campaign} AS campaign, {reported} AS reported, {count} AS n,
         {_cell(columns.get('count', 0))} AS raw_count, {dimensions[0]} AS first_dimension,
         ({blank}) AS blank, ROW_NUMBER() OVER () AS nth
  FROM {reader}
),
kept AS (
  SELECT * FROM rows
  WHERE NOT blank AND NOT regexp_full_match(COALESCE(first_dimension, ''), '(?i)(grand )?totals?')
)
SELECT COALESCE(source, {not_set}), COALESCE(medium, {not_set}), COALESCE(campaign, {not_set}), reported,
       SUM(n), COUNT(*) FILTER (WHERE n IS NULL), MIN(nth) FILTER (WHERE n IS NULL)
FROM kept
GROUP BY ALL
"""


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
        events = events_layout(path, _describe(connection, reader, path), "parquet")
    else:
        found = _describe(connection, f"read_json({_sql_string(path)}, format = 'newline_delimited')", path)
        events = events_layout(path, found, "json")
        # The typed reader makes a record absent from the sampled rows NULL, not an error: ask for both.
        events.last_click = events.collected = True
    query = sessions_query(path, "duckdb", last_click=events.last_click, collected=events.collected,
                           channel=False, from_clause=reader)
    try:
        rows = connection.execute(query).fetchall()
    except Exception as error:
        raise InputError(f"{path}: {_first_line(error)}") from None
    if not rows:
        raise InputError(f"{path}: no sessions: no event has both user_pseudo_id and ga_session_id (event_params)")
    return Aggregate([Group(s, m, c, None, float(n)) for s, m, c, n in rows]), events


def _csv_groups(connection, layout: CsvLayout) -> Aggregate:
    try:
        try:
            rows = connection.execute(csv_query(layout)).fetchall()
        except Exception as error:
            # DuckDB's parallel scanner cannot pad short rows when a quoted value holds a line break
            if "parallel=false" not in str(error):
                raise
            rows = connection.execute(csv_query(layout, parallel=False)).fetchall()
    except Exception as error:
        raise InputError(f"{layout.path}:{layout.header_line}: cannot read the CSV: {_first_line(error)}") from None
    groups = []
    skipped = 0
    first_bad: Optional[int] = None
    for source, medium, campaign, reported, total, bad, bad_at in rows:
        if bad:
            skipped += bad
            line = layout.header_line + int(bad_at)
            first_bad = line if first_bad is None else min(first_bad, line)
        if total is not None:
            groups.append(Group(source, medium, campaign, reported, float(total)))
    if not groups:
        raise InputError(f"{layout.path}:{layout.header_line + 1}: no data rows with a count under the header")
    return Aggregate(groups, skipped, first_bad)
