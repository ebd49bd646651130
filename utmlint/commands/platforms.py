"""`utmlint platforms` lists the platform profiles; `utmlint platform NAME` shows one in full.

A profile is the conventions of one sending or advertising platform (rules/platforms/, plus the folders
your config's `platforms:` names): its utm_source and the spellings of it that mean the same platform,
the utm_medium of each message channel, whether GA4 counts that channel as paid, and the values
the platform writes into links by itself (never reported).
"""

from __future__ import annotations

import argparse
import sys


def add_parser(subparsers) -> None:
    listing = subparsers.add_parser("platforms", help="list the platform profiles",
                                    description=__doc__)
    listing.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    listing.add_argument("--config", metavar="FILE",
                         help="use this config file (its `platforms:` folders add profiles) instead of searching")
    listing.set_defaults(run=run_list)
    one = subparsers.add_parser("platform", help="show one platform profile",
                                description="Show one platform profile: source spellings, mediums per message "
                                            "channel, paid or organic, values the platform writes by itself.")
    one.add_argument("name", metavar="NAME", help="a profile name (intercom), or a spelling of its source (Intercom.com)")
    one.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    one.add_argument("--config", metavar="FILE", help="use this config file instead of searching for one")
    one.set_defaults(run=run_one)


def _kind(channel) -> str:
    """Whether GA4 files the channel's preferred medium in a paid channel group (Paid Social, Paid Search,
    Display, ...) or an unpaid one (Email, Organic Social, SMS, ...); untracked when nothing is tracked."""
    if channel.tracking == "none":
        return "untracked"
    return "paid" if channel.paid else "not paid"


def record(platform) -> dict:
    """One profile as JSON: the same fields the text shows."""
    return {
        "name": platform.name,
        "display_name": platform.display_name,
        "source": platform.source,
        "source_spellings": list(platform.variants),
        "default_channel": platform.default_channel,
        "default_medium": platform.default_medium,
        "channels": [
            {"name": c.name, "mediums": list(c.mediums), "paid": c.paid, "ga4_channel": c.ga4_channel,
             "tracking": c.tracking, "in_product": c.in_product, "note": c.note or None}
            for c in platform.channels.values()
        ],
        "auto_values": {"source": list(platform.auto_sources), "medium": list(platform.auto_mediums)},
        "description": platform.description or None,
        "docs": list(platform.docs),
        "origin": platform.origin,
    }


def _platforms(args):
    from ..project import Project

    return Project.from_args(args).platforms


def _shown(origin: str) -> str:
    from ..discovery import display_path
    from ..printable import printable
    from ..resources import rules_dir

    return "built in" if origin.startswith(str(rules_dir())) else printable(display_path(origin))


def run_list(args: argparse.Namespace) -> int:
    platforms = _platforms(args)
    if args.format == "json":
        import json

        sys.stdout.write(json.dumps([record(p) for _, p in sorted(platforms.items())], indent=2) + "\n")
        return 0
    from ..printable import printable

    width = max(len(name) for name in platforms)
    for name, p in sorted(platforms.items()):
        channels = ", ".join(f"{c.name} {'/'.join(c.mediums) or '-'} ({_kind(c)})" for c in p.channels.values())
        origin = _shown(p.origin)
        sys.stdout.write(printable(f"{name:<{width}}  source {p.source}; {channels}"
                                   f"{'' if origin == 'built in' else f'  [{origin}]'}") + "\n")
    sys.stdout.write(f"\n{len(platforms)} profiles; `utmlint platform NAME` shows one in full.\n")
    return 0


def _find(platforms, name: str):
    if name in platforms:
        return platforms[name]
    from ..platforms import match_source_variant

    folded = name.casefold()
    for platform in platforms.values():
        if folded in (platform.name.casefold(), platform.source.casefold(), platform.display_name.casefold()):
            return platform
    matched = match_source_variant(name, platforms)
    return matched[0] if matched else None


def run_one(args: argparse.Namespace) -> int:
    from ..printable import printable

    platforms = _platforms(args)
    platform = _find(platforms, args.name)
    if platform is None:
        import difflib

        close = difflib.get_close_matches(args.name, list(platforms), n=3)
        hint = f" Did you mean: {', '.join(close)}?" if close else " See `utmlint platforms`."
        print(f"utmlint: no platform profile named `{printable(args.name)}`.{hint}", file=sys.stderr)
        return 2
    if args.format == "json":
        import json

        sys.stdout.write(json.dumps(record(platform), indent=2) + "\n")
        return 0
    p = platform
    out = [f"{p.display_name} (platform: {p.name})  [{_shown(p.origin)}]"]
    if p.description:
        out += ["", " ".join(p.description.split())]
    out += ["", f"utm_source: {p.source}",
            f"  also spelled (reported as {p.source}): {', '.join(p.variants) if p.variants else '-'}",
            f"default: channel {p.default_channel}, utm_medium {p.default_medium}", "",
            "Message channels (utm_medium allowed, preferred first):"]
    width = max(len(c.name) for c in p.channels.values())
    for c in p.channels.values():
        details = [_kind(c)]
        if c.ga4_channel:
            details.append(f"GA4 {c.ga4_channel}")
        details.append(f"tracking {c.tracking}")
        if c.in_product:
            details.append("shown inside the product")
        out.append(f"  {c.name:<{width}}  {', '.join(c.mediums) or '-':<20}  {'; '.join(details)}")
        if c.note:
            out.append(f"  {'':<{width}}  note: {c.note}")
    if p.auto_sources or p.auto_mediums:
        out += ["", "Written by the platform itself (never reported in a link it wrote):"]
        if p.auto_sources:
            out.append(f"  utm_source: {', '.join(p.auto_sources)}")
        if p.auto_mediums:
            out.append(f"  utm_medium: {', '.join(p.auto_mediums)}")
    if p.docs:
        out += ["", "Sources:"] + [f"  {url}" for url in p.docs]
    sys.stdout.write("\n".join(printable(line) for line in out) + "\n")  # a team's profile may hold anything
    return 0
