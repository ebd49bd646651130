"""`utmlint check URL|PATH ...`: follow each tracked link's redirects and prove its utm parameters
reach the landing page. Exit 1 when a link fails (`--strict`: or is inconclusive) or a campaign file
cannot be read (its links are not checked), 2 on usage errors."""

from __future__ import annotations

import argparse
import sys

from . import add_color_flag


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0: {text!r}")
    return value


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "check", help="live-check tracked links and their redirects (network)", description=__doc__
    )
    parser.add_argument(
        "targets", nargs="+", metavar="URL|PATH",
        help="URLs to check (anything containing ://), campaign files and folders whose tracked links to check, "
             "or - to read URLs from stdin, one a line",
    )
    parser.add_argument(
        "--format", choices=("text", "json", "mlz", "html"), default="text",
        help="output format (default: text); json: every link with its hops and the utm parameters each kept, "
             "changed or dropped; mlz: a shorter JSON, one object a link (`url`, `valid`, `checks`; one a line for "
             "several), the shape the mlz tool's `mlz check` prints, for scripts written for it; "
             "html: one page with every hop and the utm parameters each kept, changed or dropped",
    )
    parser.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE (atomically) instead of stdout")
    add_color_flag(parser)
    parser.add_argument("--quiet", "-q", action="store_true",
                        help="text: print only the links that did not pass; no PASS lines, no summary")
    parser.add_argument("--strict", action="store_true", help="also fail on inconclusive links (timeouts, rate limits, bot walls)")
    parser.add_argument(
        "--allow-private", action="store_true",
        help="allow hops to private, loopback and link-local addresses (never from config: a pull request can edit that)",
    )
    parser.add_argument("--no-cache", action="store_true", help="check every link again; do not read or write the result cache")
    parser.add_argument("--cache-dir", metavar="DIR", help="where to keep the result cache (default: .utmlint_cache)")
    parser.add_argument("--timeout", type=_positive_float, metavar="SECONDS", help="per-request timeout (default: 10)")
    parser.add_argument("--concurrency", type=_positive_int, metavar="N", help="requests in flight overall (default: 128)")
    parser.add_argument("--per-host", type=_positive_int, metavar="N", help="requests in flight to one host (default: 10)")
    parser.add_argument(
        "--method", choices=("get", "head"), default=None,
        help="get (default: what a click sends; some trackers redirect only on GET) or head: HEAD first, "
             "GET where refused, for servers that ask for it (interstitial pages are not seen)",
    )
    parser.add_argument(
        "--expect-utm", type=_expected_utm, metavar="NAME=VALUE,...",
        help="values the landing URL must carry, e.g. source=intercom,medium=email (utm_ prefix optional)",
    )
    parser.add_argument("--config", metavar="FILE", help="use this config file (its `live:` settings) instead of searching for one")
    parser.set_defaults(run=run)


def _expected_utm(text: str):
    """`source=intercom,medium=email` as {"utm_source": "intercom", "utm_medium": "email"}."""
    found = {}
    for part in text.split(","):
        name, sep, value = part.partition("=")
        name = name.strip()
        if not sep or not name or not value.strip():
            raise argparse.ArgumentTypeError(f"expected NAME=VALUE pairs separated by commas, got {part.strip()!r}")
        name = name if name.startswith("utm_") else "utm_" + name
        if name in found and found[name] != value.strip():
            raise argparse.ArgumentTypeError(f"{name} given twice with different values")
        found[name] = value.strip()
    return found


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..live import stream_urls
    from ..live.report import Writer
    from ..project import Project
    from ..tracked import locations_of

    urls = []
    for target in args.targets:
        if target == "-":  # one URL a line; long lists on argv cost more memory than the check itself
            urls.extend(line.strip() for line in sys.stdin if line.strip() and not line.lstrip().startswith("#"))
        elif "://" in target:
            urls.append(target)
    paths = [t for t in args.targets if "://" not in t and t != "-"]
    missing = [p for p in paths if not Path(p).exists()]
    for given in missing:
        print(f"utmlint: {given}: no such file or folder", file=sys.stderr)
    if missing:
        return 2
    locations = None
    # URLs alone: the working directory's config (its `live:`), as `build` takes it; never the configs of the
    # folders below it, which a check of those folders reads (newuser49 F6)
    project = Project.from_args(args, paths) if paths else Project.load(
        [], getattr(args, "config", None), getattr(args, "cache_dir", None), cwd_only=True)
    unreadable = []
    if paths:
        links = project.tracked_links()
        urls.extend(link.url for link in links)
        locations = locations_of(links)
        unreadable = project.unreadable  # their links were not checked: said, and the run fails
        for where in unreadable:
            print(f"utmlint: {where} (its links were not checked; `utmlint lint` says more)", file=sys.stderr)
    options = project.live_options(args)

    def check_into(stream) -> Writer:
        from ..color import Painter, wanted

        paint = Painter(wanted(None if args.output else stream, args.color))
        writer = Writer(args.format, stream, locations, expected=len(set(urls)), paint=paint, quiet=args.quiet)
        stream_urls(urls, options, writer.add, expect=args.expect_utm)  # written as they finish: memory stays flat
        writer.close()
        return writer

    if args.output:
        from ..safeio import WriteRefused, output

        try:
            with output(args.output) as stream:
                writer = check_into(stream)
        except WriteRefused as refused:
            print(f"utmlint: --output {args.output}: {refused}", file=sys.stderr)
            return 2
        except OSError as error:
            print(f"utmlint: --output {args.output}: cannot write: {error.strerror or error}", file=sys.stderr)
            return 2
    else:
        writer = check_into(sys.stdout)
    if (args.output or args.format != "text") and not args.quiet:
        print(writer.summary(), file=sys.stderr)
    failing = writer.counts["fail"] + (writer.counts["inconclusive"] if args.strict else 0)
    return 1 if failing or unreadable else 0
