"""`utmlint scan [PATH ...]`: lint the tracked links already written in docs, templates, code and data.

Finds every URL carrying utm_* parameters in Markdown, reST, HTML and e-mail templates, JSX and other code,
JSON/YAML/TOML/CSV and text (campaign files are `lint`'s), and runs the same rules on each link: values,
GA4 channel, URL shape, copied tracking, and the repo-wide spelling rules across links and campaign files.
With `own-hosts:` in the config, links to other hosts only get copied-tracking.

`--links` prints the inventory instead: one record per link (path, line, column, url, utm values, channel, and
whose it is as scan judged it: own, copied or set-aside, with why; `utmlint import` takes the own ones),
as json, csv or bare urls (`utmlint scan --links --format urls docs | utmlint check -`).

A first run on an old project: `utmlint scan --write-baseline` writes today's findings to .utmlint-baseline.json
(commit it); later runs report and fail only on new findings (README: "A baseline for an old project").
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import List, Optional

from . import add_color_flag, write_report

FORMATS = ("text", "json", "github", "sarif", "junit", "html")
LINK_FORMATS = ("json", "csv", "urls")
TEXT_FORMATS = ("text", "full", "concise")  # ruff's names: full is the default text (source lines), concise


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("scan", help="lint tracked links in docs, templates and code", description=__doc__)
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: the current folder)")
    parser.add_argument("--format", "--output-format", dest="format",
                        choices=sorted(set(FORMATS) | set(LINK_FORMATS) | set(TEXT_FORMATS)), default=None,
                        help="findings: text (default, also called full: with source lines), concise (one line each), "
                             "json, github, sarif, junit, html; with --links: json (default), csv, urls")
    add_color_flag(parser)
    parser.add_argument("--quiet", "-q", action="store_true", help="print the findings only: no summary, no notes")
    parser.add_argument("--show-files", action="store_true",
                        help="also list the files scanned, and those skipped with the reason")
    parser.add_argument("--links", action="store_true", help="print the inventory of tracked links instead of findings")
    parser.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE (atomically) instead of stdout")
    parser.add_argument("--fix", action="store_true", help="apply safe fixes in place (only utm keys and values change)")
    parser.add_argument("--diff", action="store_true",
                        help="print what --fix would change as a unified diff, alone on stdout (counts on stderr, the "
                             "report only with --output; exit 1 when there is a diff); write nothing")
    parser.add_argument("--unsafe-fixes", action="store_true", help="also apply fixes marked unsafe")
    parser.add_argument("--select", action="append", default=[], metavar="RULES", help="only these rules (codes, prefixes or names; comma-separated)")
    parser.add_argument("--ignore", action="append", default=[], metavar="RULES", help="skip these rules")
    parser.add_argument("--fail-on", choices=("error", "warning", "info"), help="lowest severity that fails the run (default: config, else warning)")
    parser.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    parser.add_argument("--statistics", action="store_true", help="print a count of findings per rule")
    parser.add_argument("--config", metavar="FILE", help="use this config file instead of searching for one")
    parser.add_argument("--no-cache", action="store_true", help="do not read or write the scan cache")
    parser.add_argument("--cache-dir", metavar="DIR", help="where to keep the cache (default: .utmlint_cache)")
    parser.add_argument("--stdin-filename", metavar="PATH",
                        help="with the path `-`: the file the text on stdin stands for (its kind, config and "
                             "rules; findings named by it); --fix then prints the fixed text on stdout")
    from ..baseline import add_flags

    add_flags(parser, "scan")
    parser.set_defaults(run=run)


def _split(values):
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def scanner_for(project, select=(), ignore=(), keep_text: bool = False, use_cache: bool = True):
    """The Scanner of a scan of `project` (its scan_config: whose repository each file is in): the command's and
    MCP's `scan_files`, so both give the same findings on the same file."""
    from ..scan.run import Scanner, Scanners

    if project.buffer is not None or len(project.scopes) == 1:
        return Scanner(project.scan_config(), lambda: project.registry, select, ignore, keep_text=keep_text,
                       use_cache=use_cache)
    # paths governed by several configs (a client's own `.utmlint.yaml` under the folder scanned, or two projects
    # named): each file judged by its own config, as lint does (newuser45 F2); a folder another scope is rooted at
    # is left to it
    roots = {os.path.abspath(given) for scope in project.scopes for given in scope.paths if os.path.isdir(given)}
    return Scanners([(Scanner(project.scan_config(scope.config), lambda: project.registry, select, ignore,
                              keep_text=keep_text, use_cache=use_cache,
                              nested=frozenset(roots - {os.path.abspath(given) for given in scope.paths})),
                      list(scope.paths)) for scope in project.scopes])


def run(args: argparse.Namespace) -> int:
    from ..config import ConfigError
    from ..project import Project

    paths = args.paths or ["."]
    if args.links and args.format not in (None,) + LINK_FORMATS:
        raise ConfigError(f"--links prints json, csv or urls, not {args.format}")
    if not args.links and args.format in ("csv", "urls"):
        raise ConfigError(f"--format {args.format} is for --links (the inventory)")
    from ..scan.run import MAX_SCAN_BYTES

    project = Project.from_args(args, stdin_limit=MAX_SCAN_BYTES)
    scanner = scanner_for(project, _split(args.select), _split(args.ignore), keep_text=args.fix or args.diff,
                          use_cache=not args.no_cache)
    config = scanner.config
    if project.buffer is not None:
        return _scan_stdin(args, project.buffer, scanner, config)
    result = scanner.run(paths, repo_wide=not args.links)
    if not args.quiet or args.links:
        for note in result.notes:
            print(f"utmlint: {note}", file=sys.stderr)
        if not result.files and result.campaigns and not args.show_files:  # say why nothing was scanned
            shown = ", ".join(result.campaigns[:5]) + (f" and {len(result.campaigns) - 5} more"
                                                        if len(result.campaigns) > 5 else "")
            print(f"utmlint: skipped {len(result.campaigns)} campaign file{'s' if len(result.campaigns) != 1 else ''}"
                  f" ({shown}): `utmlint lint` checks them", file=sys.stderr)
        if not result.files and not args.show_files:  # nothing checked, but not nothing found: say what was left out
            for said in left_out(result):  # and why (stranger13 R8: a generated file's skip went unsaid)
                print(f"utmlint: {said}", file=sys.stderr)
    if args.links:
        return _inventory(args, result)
    baseline = _find_baseline(args, config, scanner)
    fixed = 0
    diffed = None
    if args.fix or args.diff:
        # `--fix --diff` previews, as ruff's does: the diff, nothing written; `--diff` prints the diff alone on stdout
        # (the report only to `--output FILE`), the counts on stderr, and exits 1 when there is a diff (newuser F3)
        from . import DiffOut

        diffed = DiffOut() if args.diff else None
        fixed = scanner.fix(result, write=args.fix and not args.diff, unsafe=args.unsafe_fixes,
                            show_diff=diffed or sys.stdout.write, hold=_hold(baseline))
        if args.fix and not args.diff and fixed:
            scanner.keep_text = False
            result = scanner.run(paths)
    result = _apply_baseline(args, scanner, baseline, result)
    if diffed is not None:
        return _diff_report(args, scanner, config, result, fixed, diffed)
    return _report(args, scanner, config, result, fixed if args.fix and not args.diff else 0)


def _find_baseline(args, config, scanner=None):
    """The baseline this run reads or writes (baseline.find), None without one; `--links` reads none. A run of
    several configs (scan.run.Scanners: an agency's clients) reads each one's own (baseline.Scoped)."""
    from ..baseline import find, find_scoped

    last = getattr(scanner, "_last", None)
    if last and len(last) > 1:
        scoped = find_scoped(args, [part.config for part, _ in last], [{f.shown for f in done.files}
                                                                        for _, done in last], "scan")
        if scoped is not None:
            return scoped
    return find(args, config, "scan")


def _hold(baseline):
    """What --fix leaves alone: the baseline's findings (baseline.holder), None without one."""
    if hasattr(baseline, "parts"):  # several configs' baselines (baseline.Scoped)
        return baseline.holder("scan")
    if baseline is None or not baseline.exists:
        return None
    from ..baseline import holder

    return holder(baseline, "scan")


def _apply_baseline(args, scanner, baseline, result, buffer=None):
    """The result with the baseline's findings taken out of those reported (kept on `args.baseline_outcome` for the
    report: what it says of them, SARIF's suppressed results); `--write-baseline` and `--prune-baseline` write it."""
    args.baseline_outcome = None
    if baseline is None:
        return result
    from ..baseline import apply, line_reader, ruled_by

    if buffer is not None:
        sources = {buffer.shown: buffer.fixed.encode("utf-8", "surrogateescape") if buffer.fixed is not None
                   else buffer.raw}
    else:
        sources = {f.shown: f.source() for f in result.files if f.diagnostics}
    if hasattr(baseline, "parts"):  # several configs' baselines (baseline.Scoped)
        outcome = baseline.apply("scan", result.diagnostics, [f.shown for f in result.files], line_reader(sources),
                                 ruled_by(args, scanner.registry), write=args.write_baseline,
                                 prune=args.prune_baseline)
        if outcome is None:
            return result
    else:
        outcome = apply(baseline, "scan", result.diagnostics, [f.shown for f in result.files], line_reader(sources),
                        ruled_by(args, scanner.registry), write=args.write_baseline, prune=args.prune_baseline)
    args.baseline_outcome = outcome
    return result._replace(diagnostics=outcome.reported)


def _scan_stdin(args, buffer, scanner, config) -> int:
    """`scan -`: the text on stdin as the file --stdin-filename names (stdin.py)."""
    from ..scan.stdin import scan_buffer, scan_fix

    result = scan_buffer(scanner, buffer)
    for note in result.notes:
        print(f"utmlint: {note}", file=sys.stderr)
    if args.links:
        return _inventory(args, result)
    baseline = _find_baseline(args, config)
    fixed = 0
    if args.diff:  # the diff alone on stdout, as for files (`--fix --diff` too: a preview)
        from . import DiffOut

        diffed = DiffOut()
        fixed = scan_fix(scanner, result, buffer, write=False, unsafe=args.unsafe_fixes, show_diff=diffed,
                         hold=_hold(baseline))
        result = _apply_baseline(args, scanner, baseline, result, buffer)
        return _diff_report(args, scanner, config, result, fixed, diffed, buffer=buffer)
    if args.fix:
        fixed = scan_fix(scanner, result, buffer, write=args.fix, unsafe=args.unsafe_fixes, show_diff=sys.stdout.write,
                         hold=_hold(baseline))
        if args.fix and fixed:
            scanner.keep_text = False
            result = scan_buffer(scanner, buffer, text=buffer.fixed.lstrip("\ufeff"))
    result = _apply_baseline(args, scanner, baseline, result, buffer)
    if args.fix:  # as ruff does: the fixed text on stdout, the findings on stderr
        sys.stdout.write(buffer.output)
        return _report(args, scanner, config, result, fixed, emit=None if args.output else sys.stderr.write,
                       buffer=buffer)
    return _report(args, scanner, config, result, fixed, buffer=buffer)


def _diff_report(args, scanner, config, result, fixed: int, diffed, buffer=None) -> int:
    """`--diff`, as `ruff check --diff`: the diff is on stdout already, and nothing else goes there; the report only
    to `--output FILE` (`--show-files` and `--statistics` to stderr without it), the counts on stderr; exit 1 when there
    is a diff, else as the run without `--diff` would exit (a finding no fix changes still fails it)."""
    from . import diff_counts

    if args.output:
        _report(args, scanner, config, result, 0, buffer=buffer)
    else:
        if args.show_files:
            sys.stderr.write(_files_listing(result))
        if args.statistics:
            from ..reporters.statistics import render as statistics

            fail_on = args.fail_on or config.fail_on
            sys.stderr.write(statistics(result.diagnostics, report_summary(scanner, result, fail_on, 0,
                                                                           args.unsafe_fixes, buffer,
                                                                           fail_on_flag=args.fail_on)))
    outcome = getattr(args, "baseline_outcome", None)
    if outcome is not None and not args.output and not args.quiet:
        from ..baseline import notes

        sys.stderr.write("".join(f"utmlint: {sentence}\n" for sentence in notes(outcome, "scan")))
    sys.stderr.write(diff_counts(result.diagnostics, fixed, args.unsafe_fixes, "scan", len(result.files)))
    if args.exit_zero:
        return 0
    return 1 if diffed.written or scanner.fails(result.diagnostics, args.fail_on) else 0


def _report(args, scanner, config, result, fixed: int, emit=None, buffer=None) -> int:
    from ..reporters import TextOptions, render

    fail_on = args.fail_on or config.fail_on
    checked = [f.shown for f in result.files]
    fmt = args.format or "text"
    summary = report_summary(scanner, result, fail_on, fixed, args.unsafe_fixes, buffer,
                             TextOptions.from_args(args, None if args.output else sys.stdout),
                             len(left_out(result, shown=None)) + _binary_files(result)
                             if not result.files and buffer is None else 0, fail_on_flag=args.fail_on)
    outcome = getattr(args, "baseline_outcome", None)
    if outcome is not None:
        summary.extra["baselined"] = outcome.baselined  # SARIF lists them, as suppressed (baselineState unchanged)
        summary.extra["baseline"] = outcome.shown() if hasattr(outcome, "parts") else outcome.baseline.shown()
    text = render(fmt, result.diagnostics, summary)
    none_judged = summary.extra.get("none_judged") and not result.diagnostics and not fixed  # said in the summary
    if fmt in TEXT_FORMATS and not result.diagnostics and not args.quiet and checked and not none_judged:
        text = text.rstrip("\n").rstrip(".") + f" ({links_found(result.files)}).\n"
    if fmt in TEXT_FORMATS and not args.quiet and not none_judged:
        text += set_aside_line(result.files)
    if args.show_files:
        listing = _files_listing(result)
        if fmt in TEXT_FORMATS:
            # the links set aside are in the listing right above: no pointer to the option the run was given
            # (newuser44 L3)
            text = listing + text.replace(_LISTS_THEM.format("them"), "listed above.").replace(
                _LISTS_THEM.format("it"), "listed above.")
        else:
            sys.stderr.write(listing)
    if outcome is not None:
        from ..baseline import line, notes

        said = notes(outcome, "scan")
        if fmt in TEXT_FORMATS and not args.quiet:
            text += "".join(line(sentence) for sentence in said)
        elif said and (not args.quiet or outcome.written is not None or outcome.pruned is not None):
            sys.stderr.write("".join(f"utmlint: {sentence}\n" for sentence in said))
    if args.statistics:
        from ..reporters.statistics import render as statistics

        stats = statistics(result.diagnostics, summary)
        if fmt in TEXT_FORMATS:
            text += stats
        else:
            sys.stderr.write(stats)
    if emit is not None:
        emit(text)
    else:
        write_report(args, text)
    code = 1 if scanner.fails(result.diagnostics, args.fail_on) else 0  # each file's config's (no linter built for it)
    return 0 if args.exit_zero else code


def _binary_files(result) -> int:
    """How many files a scan left out as binary (their note, said above the summary: scan.binary_note): counted among
    the files skipped, so a folder of binary files alone reads "no file to scan found; 1 skipped (why above)" under the
    note naming the file, not "no file to scan found" (review41 L1)."""
    from ..scan import UNMARKED, binary_note

    said = binary_note("").partition(" (")[0]  # "binary file"
    return sum(1 for note in result.notes if f": note: {said} (" in note or f" {UNMARKED} (" in note)


def _set_aside_whys(files) -> list:
    """Why each tracked link read and set aside was not judged (scan.notes.set_aside_said), in file order."""
    from ..scan.notes import set_aside

    return [why for f in files if f.notes for _, _, why in set_aside(f.notes)]


_LISTS_THEM = "`utmlint scan --show-files` lists {}."  # how _not_judged_why ends


def _not_judged_why(whys, count: int, shape: str = "") -> str:
    """`(a sample's one-letter values: no campaign's values to check): `utmlint scan --show-files` lists them.`;
    `shape`: what is said of their URLs after (`; their URLs' shape still checked`)."""
    from ..scan.notes import SET_ASIDE_KINDS

    kinds = [kind for start, kind in SET_ASIDE_KINDS if any(why.startswith(start) for why in whys)]
    return f"({' or '.join(kinds)}: no values of your campaigns to check{shape}): " + _LISTS_THEM.format(
        "it" if count == 1 else "them")


def set_aside_line(files) -> str:
    """The count of the links read and set aside, their values not judged (scan.notes.set_aside_said: a sample's
    one-letter values, another site's tags credited by its domain, an example's demo), said under the summary with
    how to list them, as lychee counts the links it excluded; "" when there are none. Never a finding: those links
    are no mistakes, but a link that passes silently was not seen to be read (review of session 39)."""
    whys = _set_aside_whys(files)
    if not whys:
        return ""
    count = len(whys)
    # their values were set aside, not the links: the URL rules judged them (a `#utm_campaign` on a sponsor's link is
    # told), so the line says whose values were not judged, never that the links were not (review42 F3)
    its = "its" if count == 1 else "their"
    shape = "; its URL's shape still checked" if count == 1 else "; their URLs' shape still checked"
    return (f"{count} tracked link{'s' if count != 1 else ''} read, {its} values not judged "
            f"{_not_judged_why(whys, count, shape)}\n")


def none_judged(files) -> str:
    """When scan read tracked links and set every one aside unjudged, what the summary says instead of "All clean"
    (the README: a run that checks nothing never says it): `its 2 tracked links not judged (a sample's ...): ...
    lists them.`; else "" (a link judged, or none read). It read "All clean: 1 file checked (2 tracked links)." (review of session 40, L6)."""
    whys = _set_aside_whys(files)
    links = sum(len(f.records) for f in files)
    if not whys or len(whys) < links:
        return ""
    count = len(whys)
    whose = "its" if len(files) == 1 else "their"
    said = f"{whose} only tracked link" if count == 1 else f"{whose} {count} tracked links"
    return f"{said} not judged {_not_judged_why(whys, count)}"


def links_found(files) -> str:
    """How many tracked links the files checked hold, said so the counts agree with the words: `1 tracked link, in 1
    of them` beside "2 files checked" (it read "(1 tracked link in 2 files)", review of session 39); how many of them
    were judged when some were read and set aside (set_aside_line says which and why)."""
    links = sum(len(f.records) for f in files)
    holding = sum(1 for f in files if f.records)
    if not links:
        return "no tracked link found"
    said = f"{links} tracked link{'s' if links != 1 else ''}"
    aside = len(_set_aside_whys(files))
    if 0 < aside < links and holding != len(files):  # "(3 tracked links, in 1 of them, 1 judged)" read as a puzzle
        return (f"{said} in {holding} file{'s' if holding != 1 else ''}, the values of {links - aside} of them "
                "judged")  # (review41 L3); every URL's shape is judged (review42 F3)
    judged = f", the values of {links - aside} judged" if 0 < aside < links else ""
    return (said if holding == len(files) else f"{said}, in {holding} of them") + judged


def report_summary(scanner, result, fail_on: str, fixed: int = 0, unsafe_fixes: bool = False, buffer=None,
                   text=None, skipped: int = 0, fail_on_flag: Optional[str] = None):
    """What the reporters need besides the findings of a scan (the command's and MCP's `scan_files`); `fail_on_flag`:
    `--fail-on` as given (else each file's config's, when the configs of the run say several)."""
    from ..reporters import RunSummary

    sources = ({f.shown: f.source() for f in result.files if f.diagnostics} if buffer is None else
               {buffer.shown: buffer.fixed.encode("utf-8", "surrogateescape") if buffer.fixed is not None
                else buffer.raw})
    return RunSummary(files=[f.shown for f in result.files], registry=lambda: scanner.registry, fail_on=fail_on,
                      fixed=fixed, extra={"command": "scan", "left_out": skipped, "none_judged": none_judged(result.files)},
                      unsafe_fixes=unsafe_fixes,
                      sources=sources, text=text, fail_on_of=scanner.fail_on_of(fail_on_flag))


def _files_listing(result) -> str:
    """`--show-files`: every file scanned (with its tracked links), then every file left out and why."""
    from ..printable import printable

    from ..scan.notes import set_aside

    lines = []
    for f in result.files:
        lines.append(f"checked  {printable(f.shown)} ({len(f.records)} tracked link{'s' if len(f.records) != 1 else ''})")
        lines += [f"  not judged  {printable(f.shown)}:{line}:{column}: {why}"  # read and set aside (set_aside_line)
                  for line, column, why in (set_aside(f.notes) if f.notes else ())]
    lines += [f"skipped  {printable(shown)}: a campaign file (`utmlint lint` checks it)" for shown in result.campaigns]
    from ..scan.files import GENERATED_SUFFIXES, UNREAD_WHY, display

    # a file left out whole is listed once, below, with why (its note says the same)
    said = {f"{display(path)}:1:1: note: {why}" for path, why in getattr(result, "skipped", ())}
    lines += [f"skipped  {printable(note)}" for note in result.notes if note not in said]

    for shown in _unread_with_utm(result):
        suffix = os.path.splitext(shown)[1]
        if suffix.lower() in GENERATED_SUFFIXES:
            lines.append(f"skipped  {printable(shown)}: {GENERATED_SUFFIXES[suffix.lower()]}")
        else:
            why = f"{UNREAD_WHY[suffix.lower()]}, " if suffix.lower() in UNREAD_WHY else ""
            how = "its translations, the `msgstr`s" if suffix.lower() == ".po" else "it as plain text"
            lines.append(f"skipped  {printable(shown)}: a {suffix} file holding `utm_`, {why}a kind scan does not read "
                         f"(`utmlint scan {printable(shown)}` reads {how})")

    lines += [f"skipped  {printable(display(path))}{'/' if os.path.isdir(path) else ''}: {why}"
              for path, why in getattr(result, "skipped", ())]  # a folder, or a generated file
    return "\n".join(lines) + "\n\n" if lines else "no files\n\n"


_LEFT_OUT_SHOWN = 5


def left_out(result, shown: Optional[int] = _LEFT_OUT_SHOWN) -> List[str]:
    """When a scan checked no file: each file or folder it left out (a generated file, a test's data, a file of a
    kind it does not read that holds `utm_`) and why, at most five, then how many more `--show-files` lists; as ruff
    and lychee say why a run found nothing to check, instead of a bare "Nothing checked"."""
    from ..printable import printable
    from ..scan.files import display

    said = [f"skipped {printable(display(path))}{'/' if os.path.isdir(path) else ''}: {why}"
            for path, why in getattr(result, "skipped", ())]
    said += [f"skipped {printable(name)}: a {os.path.splitext(name)[1]} file holding `utm_`, a kind scan does not "
             f"read (`utmlint scan {printable(name)}` reads it as plain text)" for name in _unread_with_utm(result)]
    if shown is not None and len(said) > shown:
        more = len(said) - shown
        said = said[:shown] + [f"skipped {more} more (`utmlint scan --show-files` lists every file skipped)"]
    return said


def _unread_with_utm(result) -> List[str]:
    """The files of a kind scan does not read that hold `utm_` (read only here, for `--show-files`), as shown."""
    from ..scan.files import display, read_whole
    from ..scan import MAX_SCAN_BYTES

    shown = []
    for path in getattr(result, "unread", ()):
        raw, _ = read_whole(path, MAX_SCAN_BYTES)
        if raw is not None and b"utm_" in raw:
            shown.append(display(path))
    return shown


def _inventory(args, result) -> int:
    """`scan --links`: one record per tracked link found, in the chosen format."""
    from ..scan.inventory import render

    write_report(args, render(args.format or "json", [r for f in result.files for r in f.records]))
    return 0
