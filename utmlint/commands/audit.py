"""`utmlint audit FILE`: hold an analytics export against the rules and the campaign repo.

Reads a GA4 Reports/Explore CSV export, a generic or lead CSV (source, medium, campaign, sessions; first- and
last-touch columns), or GA4's BigQuery export (NDJSON or Parquet, one event a row), adds it up with DuckDB and
reports: sessions per channel as utmlint predicts them, the Unassigned pairs with the fix the linter would
suggest, values spelled several ways, campaigns missing from the repo or silent in the data, disagreements
with the export's own channel column, and the (not set), (other) and test rows set apart.
`--sql bigquery --table PROJECT.DATASET.events_*` prints the same aggregation for BigQuery instead
(`--since 2026-01-01 --until 2026-01-31`: those days' tables only).
Exit codes: 0 report written, 2 usage or input error. Needs the `utmlint[audit]` extra (DuckDB).
"""

from __future__ import annotations

import argparse
import sys

from . import write_report

FORMATS = ("text", "json", "markdown", "html")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("audit", help="audit an analytics export against the rules and the repo",
                                   description=__doc__)
    parser.add_argument("file", nargs="?", metavar="FILE", help="the export (CSV, NDJSON or Parquet)")
    parser.add_argument("--campaigns", metavar="PATH",
                        help="the campaign repo (default: the config's include globs; none without a config)")
    parser.add_argument("--config", metavar="FILE", help="use this config file instead of searching for one")
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE (atomically) instead of stdout")
    parser.add_argument("--input", choices=("ga4-csv", "csv", "bigquery"), help="the input kind (default: detected)")
    parser.add_argument("--touch", choices=("first", "last"),
                        help="which columns of an export with both: first touch (first user) or last touch (session)")
    parser.add_argument("--sql", choices=("bigquery", "duckdb"),
                        help="print the aggregation as SQL for --table instead of auditing a file")
    parser.add_argument("--table", metavar="TABLE",
                        help="with --sql: PROJECT.DATASET.events_* (BigQuery), or a DuckDB table or .parquet/.json file")
    parser.add_argument("--since", metavar="DAY",
                        help="with --sql: only the events of this day (2026-01-01) and after; on a BigQuery "
                             "events_* table, only those days' tables are read (and billed)")
    parser.add_argument("--until", metavar="DAY", help="with --sql: only the events of this day (2026-01-31) and before")
    parser.set_defaults(run=run)


def _fail(message: str) -> int:
    print(f"utmlint: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    if args.sql:
        if args.file:
            return _fail("audit: --sql prints a query for --table; give either FILE or --sql, not both")
        if not args.table:
            return _fail("audit: --sql needs --table (e.g. --table my-project.analytics_123456.events_*)")
        from ..audit.sql import event_day, sessions_query

        try:
            days = (event_day(args.since, "--since") if args.since else None,
                    event_day(args.until, "--until") if args.until else None)
            if days[0] and days[1] and days[0] > days[1]:
                raise ValueError(f"--since {args.since} is after --until {args.until}")
            write_report(args, sessions_query(args.table, args.sql, days=days))
        except ValueError as error:
            return _fail(f"audit: {error}")
        return 0
    if args.table:
        return _fail("audit: --table goes with --sql")
    if args.since or args.until:
        return _fail("audit: --since and --until go with --sql (they filter the query on the export's days; an export "
                     "file holds the days it was exported with)")
    if not args.file:
        return _fail("audit: give the export FILE to audit (or --sql bigquery --table ...)")
    import os

    if not os.path.isfile(args.file):
        why = ("is a folder, not an export file" if os.path.isdir(args.file) else
               "is not a regular file (a pipe, socket or device); give the export file" if os.path.exists(args.file)
               else "no such file")
        return _fail(f"{args.file}: {why}")
    from ..audit.aggregate import MissingDuckDB, connect, read_groups
    from ..audit.analysis import build_report
    from ..audit.campaigns import load_repo
    from ..audit.formats import render
    from ..audit.inputs import InputError, open_export

    try:
        connection = connect()
        kind, layout = open_export(args.file, args.input, args.touch)
        if kind == "bigquery":
            if args.touch == "first":
                raise InputError(f"{args.file}: --touch first: the BigQuery export's session values are last-click; "
                                 "first-touch (user) values are not audited")
            aggregate, layout = read_groups(args.file, connection)
            unit, touch, group = "sessions", "session", None
        else:
            aggregate, _ = read_groups(layout, connection)
            unit = "sessions" if layout.count_label.casefold().startswith("session") else (
                layout.count_label.casefold() or "rows")
            touch, group = layout.scope, layout.channel_group or None
        repo, config, platforms = load_repo(args.campaigns, config_file=args.config, export=args.file)
    except MissingDuckDB as error:
        return _fail(str(error))
    except InputError as error:
        return _fail(str(error))
    notes = list(layout.notes)
    if aggregate.skipped_rows:
        notes.append(f"{aggregate.skipped_rows} row{'s' if aggregate.skipped_rows != 1 else ''} without a number in "
                     f"the count column (first at line {aggregate.first_skipped_line}) not counted")
    report = build_report(aggregate.groups, file=args.file, input_kind=kind, unit=unit, touch=touch,
                          channel_group=group, repo=repo, platforms=platforms, config=config, notes=notes,
                          skipped_rows=aggregate.skipped_rows)
    write_report(args, render(args.format, report))
    return 0
