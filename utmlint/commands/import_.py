"""`utmlint import FILE`: the links a team already keeps (a tracking spreadsheet, a Terminus or Bitly export, the
inventory of `utmlint scan --links`) as campaign files, one per utm_campaign, under --out (default campaigns/).

Presets say which column is what: terminus, bitly, ga-builder (Google's Campaign URL Builder fields), ads (Google
Ads Editor's or Microsoft Advertising's export: each ad's final URL with its final URL suffix or tracking template), generic
(utm_source / Source / Final URL / Landing page ...; a column of tracked URLs alone works) and scan; auto picks
one by the headers and says which. Of scan's inventory, only the links scan read as your own are imported (its
`whose` column; --all-links takes the others too). Values are imported as written, never corrected: the report
lists every row (imported, or skipped or left out and why) and the lint findings of what was imported; `utmlint lint --fix` is the next step.
`utmlint render --format urls DIR` gives every imported row's tracked URL back.

Exit codes: 0 every row imported and no findings, 1 rows skipped, findings, or files not written (existing ones
are replaced only with --force), 2 a sheet it cannot read, or a usage or config error.
"""

from __future__ import annotations

import argparse
import sys

PRESETS = ("auto", "terminus", "bitly", "ga-builder", "ads", "generic", "scan")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("import", help="turn a sheet of links into campaign files", description=__doc__)
    parser.add_argument("file", metavar="FILE", help="a CSV (any delimiter, UTF-8 with or without BOM) or the JSON "
                                                     "of `utmlint scan --links`")
    parser.add_argument("--preset", choices=PRESETS, default="auto", help="which columns mean what (default: auto)")
    parser.add_argument("--column", metavar="FIELD=HEADER", action="append", default=[],
                        help="read the sheet's column HEADER as FIELD (url, label, or a utm parameter: source, medium, "
                             "campaign, content, term, id, ...), before the preset's names; repeatable")
    parser.add_argument("--out", metavar="DIR", default="campaigns", help="where the campaign files go (default: campaigns)")
    parser.add_argument("--dry-run", action="store_true", help="print the files it would write; write nothing")
    parser.add_argument("--force", action="store_true", help="replace campaign files that already exist (atomically)")
    parser.add_argument("--all-links", action="store_true",
                        help="with the inventory of `utmlint scan --links`: import the links scan read as not your "
                             "own too (`whose` copied or set-aside), which are left out by default")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="the report: text or json")
    parser.add_argument("--config", metavar="FILE", help="use this config file instead of searching for one")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import os

    from ..importer.report import as_json, text
    from ..importer.run import run_import
    from ..importer.sheet import SheetError
    from ..printable import printable
    from ..project import Project

    if os.path.lexists(args.out) and not os.path.isdir(args.out):
        print(f"utmlint: --out {printable(args.out)}: is not a folder; name the folder the campaign files go into",
              file=sys.stderr)
        return 2
    from ..importer.presets import column_field

    given = {}
    for spec in args.column:
        name, equals, header = spec.partition("=")
        field = column_field(name) if equals else None
        if field is None or not header.strip():
            print(f"utmlint: --column {printable(spec)}: write FIELD=HEADER, FIELD one of url, label, source, medium, "
                  f"campaign, content, term, id (or their utm_ names), HEADER the sheet's column as written",
                  file=sys.stderr)
            return 2
        if field in given and given[field] != header:
            print(f"utmlint: --column names two columns for {field}: `{printable(given[field])}` and "
                  f"`{printable(header)}`; name one", file=sys.stderr)
            return 2
        twice = next((other for other, named in given.items()
                      if other != field and " ".join(named.split()).lower() == " ".join(header.split()).lower()), None)
        if twice is not None:
            print(f"utmlint: --column names `{printable(header)}` for {twice} and for {field}; a column is one of them",
                  file=sys.stderr)
            return 2
        given[field] = header
    project = Project.from_args(args, [args.out])
    try:
        report = run_import(args.file, args.preset, args.out, project, args.dry_run, args.force, args.all_links,
                            given)
    except SheetError as error:
        print(f"utmlint: {error}", file=sys.stderr)
        return 2
    sys.stdout.write(as_json(report) if args.format == "json" else text(report))
    return report.exit_code
