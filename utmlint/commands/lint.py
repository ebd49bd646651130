"""`utmlint lint [PATH ...]`: check campaign files, report findings, optionally fix them.

A first run on an old project: `utmlint lint --write-baseline` writes today's findings to .utmlint-baseline.json
(commit it); later runs report and fail only on new findings (README: "A baseline for an old project").
"""

from __future__ import annotations

import argparse
import sys

from . import add_color_flag, output_file

FORMATS = ("text", "json", "github", "sarif", "junit", "html")
# ruff's names for the text format: `full` (the default `text`: source lines under each finding), `concise`.
TEXT_FORMATS = ("text", "full", "concise")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("lint", help="check campaign files", description=__doc__)
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: the current folder)")
    parser.add_argument("--format", "--output-format", dest="format", choices=FORMATS + TEXT_FORMATS[1:], default="text",
                        help="output format (default: text, also called full: each finding with its source line; "
                             "concise: one line each)")
    add_color_flag(parser)
    parser.add_argument("--quiet", "-q", action="store_true", help="print the findings only: no summary, no notes")
    parser.add_argument("--show-files", action="store_true",
                        help="also list the files checked, and those skipped with the reason")
    parser.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE (atomically) instead of stdout")
    parser.add_argument("--fix", action="store_true", help="apply safe fixes in place")
    parser.add_argument("--diff", action="store_true",
                        help="print what --fix would change as a unified diff, alone on stdout (counts on stderr, the report "
                             "only with --output; exit 1 when there is a diff); write nothing")
    parser.add_argument("--unsafe-fixes", action="store_true", help="also apply fixes marked unsafe")
    parser.add_argument("--select", action="append", default=[], metavar="RULES", help="only these rules (codes, prefixes or names; comma-separated)")
    parser.add_argument("--ignore", action="append", default=[], metavar="RULES", help="skip these rules")
    parser.add_argument("--fail-on", choices=("error", "warning", "info"), help="lowest severity that fails the run (default: config, else warning)")
    parser.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    parser.add_argument("--statistics", action="store_true", help="print a count of findings per rule")
    parser.add_argument("--config", metavar="FILE", help="use this config file instead of searching for one")
    parser.add_argument("--no-cache", action="store_true", help="do not read or write the result cache")
    parser.add_argument("--cache-dir", metavar="DIR", help="where to keep the result cache (default: .utmlint_cache)")
    parser.add_argument("--live", action="store_true", help="also live-check every tracked link (network)")
    parser.add_argument("--allow-private", action="store_true",
                        help="with --live: let redirects reach private, loopback and link-local addresses")
    parser.add_argument("--strict", action="store_true", help="with --live: inconclusive links fail the run too")
    parser.add_argument("--stdin-filename", metavar="PATH",
                        help="with the path `-`: the file the text on stdin stands for (its config, globs and "
                             "per-file rules; findings named by it); --fix then prints the fixed text on stdout")
    from ..baseline import add_flags

    add_flags(parser, "lint")
    parser.set_defaults(run=run)


def _split(values):
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _scope_paths(linter, result):
    """The files each scope checked, as findings name them (one scope: all of them)."""
    parts = getattr(linter, "_last", None)
    if not parts or len(parts) < 2:
        return [set(result.files) | set(result.results)]
    return [set(part.files) | set(part.results) for part in parts]


def run(args: argparse.Namespace) -> int:
    from ..project import Project
    from ..reporters import RunSummary, TextOptions, chunks

    project = Project.from_args(args)
    args.project = project  # what this run read, for the fast path's record (replay.py)
    linter = project.linter(_split(args.select), _split(args.ignore), keep_text=args.fix or args.diff)
    linter.use_cache = not (args.no_cache or args.fix or args.diff)
    result = linter.run()
    _keep_for_the_run()
    diagnostics = result.diagnostics
    from ..baseline import find, find_scoped

    # several configs (an agency's clients): each scope's findings go by its own config's baseline
    scoped = find_scoped(args, [scope.config for scope in project.scopes], _scope_paths(linter, result), "lint")
    baseline = find(args, project.config, "lint") if scoped is None else None
    args.baseline_file = baseline.path if baseline is not None and baseline.exists else None  # watched by replay
    is_text = args.format in TEXT_FORMATS
    if not args.quiet:
        _note_skipped(project, result)
    fixed = 0
    write = False
    diffed = None
    if args.fix or args.diff:
        # `--diff`, as `ruff check --diff`: the diff alone on stdout (the report goes to `--output FILE` only), the
        # counts on stderr, exit 1 when there is a diff (newuser F3: the report followed the diff on stdout)
        from . import DiffOut

        diffed = DiffOut() if args.diff else None
        show_diff = diffed or sys.stdout.write
        # `--fix --diff` previews, as ruff's does: the diff, nothing written
        write = args.fix and not args.diff
        hold = None
        if baseline is not None and baseline.exists:  # the baseline's findings are left as they are
            from ..baseline import holder

            hold = holder(baseline, "lint")
        elif scoped is not None:
            hold = scoped.holder("lint")
        fixed = linter.fix(result, write=write, unsafe=args.unsafe_fixes, show_diff=show_diff, hold=hold)
        if write and (fixed or linter.fix_refused):  # report what the files hold now
            linter.keep_text = False
            result = linter.run()
            diagnostics = result.diagnostics
    outcome = None
    if baseline is not None:
        from ..baseline import apply, line_reader, ruled_by

        outcome = apply(baseline, "lint", diagnostics, result.files, line_reader(_sources(project, result)),
                        ruled_by(args, linter.registry), write=args.write_baseline, prune=args.prune_baseline)
        diagnostics = outcome.reported
    elif scoped is not None:
        from ..baseline import line_reader, ruled_by

        if write:  # --fix rewrote files: the scopes' files as the run after it found them
            scoped = find_scoped(args, [scope.config for scope in project.scopes], _scope_paths(linter, result),
                                 "lint")
        outcome = scoped.apply("lint", diagnostics, result.files, line_reader(_sources(project, result)),
                               ruled_by(args, linter.registry), write=args.write_baseline,
                               prune=args.prune_baseline) if scoped is not None else None
        if outcome is not None:
            diagnostics = outcome.reported
    fail_on = args.fail_on or project.config.fail_on
    summary = RunSummary(files=result.files, registry=linter.registry, fail_on=fail_on, fixed=fixed if write else 0,
                         fail_on_of=linter.fail_on_of(args.fail_on),
                         unsafe_fixes=args.unsafe_fixes,
                         sources=_sources(project, result),
                         text=TextOptions.from_args(args, None if args.output else sys.stdout))
    if outcome is not None:
        summary.extra["baselined"] = outcome.baselined  # SARIF lists them, as suppressed (baselineState unchanged)
        summary.extra["baseline"] = outcome.shown() if hasattr(outcome, "parts") else outcome.baseline.shown()
    live_failing = None
    if args.live and args.format == "html":  # the live results go into the same page, so they come first
        from ..tracked import locations_of

        live_results: list = []
        links = _live_links(project, result)
        live_failing = _check_live(args, project, links, sys.stderr, live_results)
        summary.extra["live"] = (live_results, locations_of(links))
    elif args.live:
        # the live checks are written after the report: its last line must not read as the run's verdict (a clean
        # lint then a FAIL was "All clean" above the failures: stranger19)
        summary.extra["live_follows"] = True
    report = chunks(args.format, diagnostics, summary)  # made while it is written
    head = tail = ""
    shown_apart = args.diff and not args.output  # the report is not printed: what was asked for goes to stderr
    if args.show_files:
        listing = files_listing(project, result)
        if is_text or shown_apart:
            head = listing
        else:
            sys.stderr.write(listing)
    if args.statistics:
        from ..reporters.statistics import render as statistics

        stats = statistics(diagnostics, summary)
        if is_text or shown_apart:
            tail = stats
        else:
            sys.stderr.write(stats)

    if outcome is not None:
        from ..baseline import line, notes

        said = notes(outcome, "lint")
        if is_text and not args.quiet and not shown_apart:
            tail += "".join(line(sentence) for sentence in said)
        elif said and (not args.quiet or outcome.written is not None or outcome.pruned is not None):
            sys.stderr.write("".join(f"utmlint: {sentence}\n" for sentence in said))

    def emit(stream) -> None:
        stream.write(head)
        for piece in report:
            stream.write(piece)
        stream.write(tail)

    if args.fix and not args.diff and project.buffer is not None:  # as ruff does: the fixed text on stdout, the
        sys.stdout.write(project.buffer.output)  # findings on stderr
    if args.output:
        output_file(args.output, emit)
    elif args.diff:
        sys.stderr.write(head + tail)
    elif args.fix and project.buffer is not None:
        emit(sys.stderr)
    else:
        emit(sys.stdout)
    if args.diff:
        from . import diff_counts

        sys.stderr.write(diff_counts(diagnostics, fixed, args.unsafe_fixes, "lint", len(result.files)))
    exit_code = 1 if linter.fails(diagnostics, args.fail_on) or diffed is not None and diffed.written else 0
    if args.live:
        if live_failing is None:
            stream = sys.stdout if is_text and not args.output and not args.diff else sys.stderr
            live_failing = _check_live(args, project, _live_links(project, result), stream)
        exit_code = max(exit_code, 1 if live_failing else 0)
    return 0 if args.exit_zero else exit_code


def _keep_for_the_run() -> None:
    """What the run found lives until this process exits: the cycle collector need not walk it again while the
    fix passes and the report are made (88,217 findings: a second of collections). A command, not the
    engine, may say so: a long-lived process (the MCP server) must not."""
    import gc

    gc.freeze()


def _live_links(project, result):
    files = [r.file for r in result.results.values() if r.file is not None and not r.skipped]
    return project.tracked_links(files)


def _check_live(args, project, links, stream, results=None) -> int:
    """Live-check the linted files' tracked links, progress on `stream`; how many fail the run."""
    from ..tracked import check_tracked

    return check_tracked(links, project.live_options(args), "text", stream, strict=args.strict, results=results)


def _sources(project, result) -> dict:
    """Where the source lines under each finding come from: the files, and stdin's own bytes for `-`."""
    sources = {r.path: r.file for r in result.results.values() if r.file is not None}
    buffer = project.buffer
    if buffer is not None:
        sources[buffer.shown] = buffer.fixed.encode("utf-8", "surrogateescape") if buffer.fixed is not None else buffer.raw
    return sources


def files_listing(project, result) -> str:
    """`--show-files`: every file checked, then every file left out and why, one a line."""
    from ..printable import printable

    lines = [f"checked  {printable(path)}" for path in result.files]
    lines += [f"skipped  {printable(r.path)}: YAML without a top-level `campaign:` key (not a campaign file)"
              for r in result.results.values() if r.skipped]
    lines += [f"skipped  {printable(given)}: excluded by the config's `exclude`"
              for scope in project.scopes for given in scope.excluded]
    return "\n".join(lines) + "\n\n" if lines else "no files\n\n"


def _note_skipped(project, result) -> None:
    for note in skipped_notes(project, result):
        print(f"utmlint: {note}", file=sys.stderr)


def skipped_notes(project, result) -> list:
    """The files that were not checked, named, so a skipped campaign file is never a silent pass."""
    notes = []
    skipped = [r.path for r in result.results.values() if r.skipped]
    if skipped:
        shown = ", ".join(skipped[:5]) + (f" and {len(skipped) - 5} more" if len(skipped) > 5 else "")
        notes.append(f"skipped {len(skipped)} YAML file{'s' if len(skipped) != 1 else ''} without a top-level "
                     f"`campaign:` key ({shown}); add a .utmlint.yaml with `include:` globs to say which files are "
                     "campaigns")
    excluded = [given for scope in project.scopes for given in scope.excluded]
    if excluded:
        notes.append(f"not checked, excluded by the config: {', '.join(excluded)}")
    if not result.files and not notes and getattr(project, "buffer", None) is None:  # say so in every format
        notes.append("nothing checked: no campaign file found (a YAML file with a top-level `campaign:` key, or "
                     "one your config's `include:` globs match)")
    return notes
