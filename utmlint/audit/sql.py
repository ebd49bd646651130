"""The session aggregation of GA4's BigQuery export, as SQL: BigQuery for the warehouse, DuckDB for local files.

A session is `user_pseudo_id` + `ga_session_id` (from `event_params`). Its source, medium and campaign are the
session-scoped last click (`session_traffic_source_last_click.manual_campaign`), else the values collected on
the session's first event that has any (`collected_traffic_source.manual_*`). `traffic_source.*` is the user's
*first* visit and is never used. Missing values become `(not set)`, as in GA4's reports. The result (source,
medium, campaign, utmlint_channel, sessions) is itself an input `utmlint audit` reads.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Optional, Tuple

from .channel_sql import channel_case, literal, ruleset_comment

_LAST_CLICK = "session_traffic_source_last_click.manual_campaign"
_FIELDS = (("source", "source", "manual_source"), ("medium", "medium", "manual_medium"),
           ("campaign", "campaign_name", "manual_campaign_name"))
_FILE = re.compile(r"\.(parquet|json|ndjson|jsonl)(\.gz)?$", re.IGNORECASE)


def table_reference(table: str, dialect: str) -> str:
    """`project.dataset.events_*` as BigQuery writes it; for DuckDB a file path becomes its reader."""
    if dialect == "bigquery":
        if "`" in table or not re.fullmatch(r"[A-Za-z0-9_.*:-]+", table):
            raise ValueError(f"--table {table!r}: expected PROJECT.DATASET.TABLE (e.g. my-project.analytics_123.events_*)")
        return f"`{table}`"
    found = _FILE.search(table)
    if found:
        return json_reader(table) if found.group(1).lower() != "parquet" else f"read_parquet({literal(table, dialect)})"
    if not re.fullmatch(r"[A-Za-z0-9_.*]+", table):
        raise ValueError(f"--table {table!r}: a DuckDB table name or a .parquet/.json file")
    return ".".join('"' + part.replace('"', '""') + '"' for part in table.split("."))


# Only the columns the query needs, typed, so a sparse NDJSON file reads fast and a field GA4 left out of
# some rows is simply NULL. BigQuery's JSON export writes INT64 as strings: int_value is read as text.
_JSON_COLUMNS = ("{'user_pseudo_id': 'VARCHAR', 'event_date': 'VARCHAR', 'event_timestamp': 'BIGINT', "
                 "'event_params': 'STRUCT(key VARCHAR, value STRUCT(string_value VARCHAR, int_value VARCHAR))[]', "
                 "'session_traffic_source_last_click': 'STRUCT(manual_campaign STRUCT(source VARCHAR, medium VARCHAR, "
                 "campaign_name VARCHAR))', "
                 "'collected_traffic_source': 'STRUCT(manual_source VARCHAR, manual_medium VARCHAR, "
                 "manual_campaign_name VARCHAR)'}")


def json_reader(path: str) -> str:
    return (f"read_json({literal(path, 'duckdb')}, format = 'newline_delimited', columns = {_JSON_COLUMNS})")


def _session_id(dialect: str) -> str:
    if dialect == "bigquery":
        return "(SELECT ep.value.int_value FROM UNNEST(event_params) AS ep WHERE ep.key = 'ga_session_id')"
    # DuckDB: a list function, ten times faster here than a correlated UNNEST subquery
    return "list_filter(event_params, lambda ep: ep.key = 'ga_session_id')[1].value.int_value"


def _event_param(key: str, dialect: str) -> str:
    """The string value of one of an event's `event_params` (an export from before GA4's traffic-source records)."""
    if dialect == "bigquery":
        return f"(SELECT ep.value.string_value FROM UNNEST(event_params) AS ep WHERE ep.key = '{key}')"
    return f"list_filter(event_params, lambda ep: ep.key = '{key}')[1].value.string_value"


def _firsts(dialect: str):
    """Each session's values: those of its first event that has any (a session whose events carry none
    keeps NULLs, i.e. `(not set)`). BigQuery: a window; DuckDB: arg_min in one hash aggregation."""
    if dialect == "bigquery":
        return ["firsts AS (",
                "  SELECT source, medium, campaign FROM (",
                "    SELECT",
                "      source, medium, campaign,",
                "      ROW_NUMBER() OVER (",
                "        PARTITION BY user_pseudo_id, ga_session_id",
                "        ORDER BY CASE WHEN COALESCE(source, medium, campaign) IS NULL THEN 1 ELSE 0 END, event_timestamp",
                "      ) AS nth",
                "    FROM events",
                "    WHERE user_pseudo_id IS NOT NULL AND ga_session_id IS NOT NULL",
                "  )",
                "  WHERE nth = 1",
                "),"]
    return ["firsts AS (",
            "  SELECT first.source, first.medium, first.campaign FROM (",
            "    SELECT arg_min({'source': source, 'medium': medium, 'campaign': campaign},",
            "                   CASE WHEN COALESCE(source, medium, campaign) IS NULL THEN 1 ELSE 0 END * 4611686018427387904",
            "                   + event_timestamp) AS first",
            "    FROM events",
            "    WHERE user_pseudo_id IS NOT NULL AND ga_session_id IS NOT NULL",
            "    GROUP BY user_pseudo_id, ga_session_id",
            "  )",
            "),"]


def event_day(text: str, flag: str) -> str:
    """A day given as `2026-01-31` or `20260131`, as the export writes `event_date` and its tables' suffix."""
    for form in ("%Y-%m-%d", "%Y%m%d"):
        try:
            return datetime.strptime(text.strip(), form).strftime("%Y%m%d")
        except ValueError:
            continue
    raise ValueError(f"{flag} {text!r}: expected a day, 2026-01-31 (or 20260131)")


def _days_filter(table: str, dialect: str, days: Tuple[Optional[str], Optional[str]]) -> str:
    """The WHERE clause keeping the events of `days` (first, last; either open), or "". On BigQuery's wildcard
    table (`events_*`) the days are the tables' suffix, `_TABLE_SUFFIX`, so BigQuery reads (and bills) only those days'
    tables (newuser47 F6: the query read the whole history for a month's audit); the intraday table
    (`events_intraday_YYYYMMDD`, suffix `intraday_...`) is left out, as the daily one replaces it. Elsewhere, the
    events' own `event_date`."""
    first, last = days
    column = "_TABLE_SUFFIX" if dialect == "bigquery" and table.endswith("events_*") else "event_date"
    if first and last:
        return f"  WHERE {column} BETWEEN '{first}' AND '{last}'"
    if first:
        return f"  WHERE {column} >= '{first}'"
    if last:
        return f"  WHERE {column} <= '{last}'"
    return ""


def sessions_query(table: str, dialect: str = "bigquery", *, last_click: bool = True, collected: bool = True,
                   channel: bool = True, from_clause: Optional[str] = None,
                   days: Tuple[Optional[str], Optional[str]] = (None, None)) -> str:
    """The query: one row per (source, medium, campaign) with its session count (and utmlint's channel); with
    `days` (`YYYYMMDD` first and last, either None), the sessions of those days only."""
    source = from_clause or table_reference(table, dialect)
    where = _days_filter(table, dialect, days)
    values = []
    for name, last_name, collected_name in _FIELDS:
        last = f"{_LAST_CLICK}.{last_name}"
        collect = f"collected_traffic_source.{collected_name}"
        if not (last_click or collected):  # an export from before those records: the event's own parameters
            values.append(f"    {_event_param(name, dialect)} AS {name}")
        elif last_click and collected:
            any_last = " OR ".join(f"{_LAST_CLICK}.{f} IS NOT NULL" for _, f, _ in _FIELDS)
            values.append(f"    CASE WHEN {any_last}\n      THEN {last} ELSE {collect} END AS {name}")
        else:
            values.append(f"    {last if last_click else collect} AS {name}")
    not_set = literal("(not set)", dialect)
    lines = [
        "-- utmlint audit: sessions by source / medium / campaign from the GA4 BigQuery export.",
        f"-- {ruleset_comment()}.",
        "-- Session = user_pseudo_id + ga_session_id; values = session_traffic_source_last_click, else the",
        "-- session's first collected_traffic_source. traffic_source.* (the user's first visit) is not used.",
        "WITH events AS (",
        "  SELECT",
        "    user_pseudo_id,",
        f"    {_session_id(dialect)} AS ga_session_id,",
        "    event_timestamp,",
        ",\n".join(values),
        f"  FROM {source}",
        *([where] if where else []),
        "),",
        *_firsts(dialect),
        "sessions AS (",
        "  SELECT",
        f"    COALESCE(NULLIF(source, ''), {not_set}) AS source,",
        f"    COALESCE(NULLIF(medium, ''), {not_set}) AS medium,",
        f"    COALESCE(NULLIF(campaign, ''), {not_set}) AS campaign,",
        "    COUNT(*) AS sessions",
        "  FROM firsts",
        "  GROUP BY 1, 2, 3",
        ")",
    ]
    if channel:
        case = channel_case("LOWER(source)", "LOWER(medium)", "LOWER(campaign)", dialect, indent="    ")
        case = case.replace("\n", "\n  ")
        lines += ["SELECT", "  source, medium, campaign,", f"  {case} AS utmlint_channel,", "  sessions",
                  "FROM sessions", "ORDER BY sessions DESC, source, medium, campaign"]
    else:
        lines += ["SELECT source, medium, campaign, sessions FROM sessions"]
    return "\n".join(lines) + "\n"
