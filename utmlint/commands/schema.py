"""`utmlint schema [campaign|config]`: print the JSON Schema of a campaign file or of .utmlint.yaml.

`--path` prints where the installed schema file is instead (inside the installed package after
`pip install`, `schemas/` in a checkout), for an editor setting or a yaml-language-server comment on
your own machine. Campaign files committed to a repo are better served by the schema's URL (`--url`),
which every teammate's editor can fetch: it is the line `utmlint init --campaign` writes.
"""

from __future__ import annotations

import argparse
import sys

NAMES = ("campaign", "config")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("schema", help="print the JSON Schema of campaign files or the config",
                                   description=__doc__)
    parser.add_argument("name", nargs="?", choices=NAMES, default="campaign",
                        help="which schema (default: campaign)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--path", action="store_true", help="print the installed schema file's location instead")
    where.add_argument("--url", action="store_true", help="print the schema's public URL (its `$id`) instead")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..resources import schema_file

    path = schema_file(f"{args.name}.schema.json")
    if args.path:
        sys.stdout.write(f"{path}\n")
        return 0
    text = path.read_text(encoding="utf-8")
    if args.url:
        import json

        sys.stdout.write(json.loads(text)["$id"] + "\n")
        return 0
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0
