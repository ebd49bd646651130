"""`utmlint` command line: builds the parser from the command modules and maps errors to exit codes.

Exit codes: 0 clean, 1 findings at or above the failing severity (or failed live checks), 2 usage,
config or internal error. Command modules import only argparse at load time; each `run` imports
what its job needs, so `utmlint lint` never pays for httpx or tabulate.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (the fast path never needs it)
if TYPE_CHECKING:
    from typing import List, NoReturn, Optional, Sequence

from . import __version__

COMMANDS = ("lint", "scan", "render", "build", "check", "rules", "audit", "mcp", "import_",
            "init", "schema", "platforms", "completion")


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Descriptions keep their line breaks (they are the commands' docstrings).

    argparse's own formatter imports shutil (and with it bz2 and lzma) just to learn the terminal width,
    on every run, since it checks each argument as it is added; os already knows the width."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            try:
                width = int(os.environ.get("COLUMNS") or os.get_terminal_size(sys.stdout.fileno()).columns) - 2
            except (OSError, ValueError):
                width = 78
        super().__init__(prog, indent_increment, max_help_position, width)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str):  # argparse exits 2 too; say where to look
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


# Commands whose module also defines a second one (`rules` explains one rule as `rule`), or is named otherwise.
SECOND_NAMES = {"rule": "rules", "platform": "platforms", "import": "import_"}


def build_parser(only: Optional[str] = None) -> argparse.ArgumentParser:
    """The command line; `only`: just that command's subparser (what a run of it needs: the other command
    modules are not imported). Usage lines and errors are the same either way (the metavar is COMMAND)."""
    parser = _Parser(prog="utmlint", description="Lint, build, render and live-check UTM-tagged campaign links.",
                     epilog="A first run on an old project: `utmlint lint --write-baseline` and `utmlint scan "
                            "--write-baseline`\nkeep today's findings in .utmlint-baseline.json; later runs report "
                            "only new ones.")
    parser.add_argument("--version", action="store_true", help="print the version and the plugins loaded")
    # An explicit prog spares argparse formatting a usage line (and importing shutil) on every run.
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser, prog="utmlint")
    for name in COMMANDS if only is None else (only,):
        importlib.import_module(f"utmlint.commands.{name}").add_parser(subparsers)
    return parser


def _version() -> str:
    lines = [f"utmlint {__version__}"]
    from .registry import plugin_rules

    by_origin: dict = {}
    for found in plugin_rules():
        by_origin.setdefault(found.origin, []).append(found.code)
    for origin, codes in sorted(by_origin.items()):
        lines.append(f"plugin {origin}: {', '.join(sorted(codes))}")
    return "\n".join(lines)


def _never_fail_to_print() -> None:
    """A file name that is not UTF-8 reaches output as a lone surrogate: in a strict UTF-8 locale, printing
    it would raise. Human formats escape it first; anything left is written as a backslash escape.

    A stream the caller closed (`utmlint scan docs >&-`) is None in Python: what would be written there goes
    nowhere, as the caller asked, and the run still checks everything and exits with its code."""
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")
    for stream in (sys.stdout, sys.stderr):
        if getattr(stream, "errors", None) == "strict" and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass


_NO_ROOM = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)  # a write that found no room


def _drop_stdout() -> None:
    """Point standard output at the null device: what is still buffered for a device with no room goes nowhere."""
    try:
        fd = sys.stdout.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, fd)
        os.close(null)
    except (OSError, ValueError, AttributeError):  # a stream with no descriptor (a test's capture): nothing buffered
        pass


def _scan_process(argv: Sequence[str]) -> int:
    """`utmlint scan` as this process's own command (the console script, `python -m utmlint`), never in a caller's
    process (tests, an embedding tool). A scan makes tens of thousands of small acyclic objects (the walk's stats,
    the decoded cache, the results) that live until it ends: the cyclic collector's passes over them freed nothing
    and took about a tenth of a warm run, and the interpreter's teardown, freeing them one by one, as much again
    (benchmarks/scan/RESULTS.md). So the collector is off, and once the report is written and flushed the process
    leaves without the teardown: the cache was written and closed before the report, and scan registers no exit
    handler. A flush that fails (a reader gone) exits 120, as Python's own exit does."""
    import gc

    gc.disable()
    _leave(main(argv))


def _lint_process(argv: Sequence[str]) -> int:
    """`utmlint lint` as this process's own command (the pre-commit hook's run) leaves as scan does once its report is
    written: freeing a one-file lint's ~200 modules one by one was 2% of its work (5.7 M of 283 M instructions,
    session 41), and the files it writes (the cache, the fast path's record, --fix, --output) are written and closed
    before. Not while an exit handler or a second thread is left (a plugin's, a live check's): then Python exits as
    usual and runs them."""
    import atexit

    code = main(argv)
    threading = sys.modules.get("threading")
    if getattr(atexit, "_ncallbacks", lambda: 1)() or (threading is not None and threading.active_count() > 1):
        return code
    _leave(code)


def _leave(code: int) -> NoReturn:
    """Flush stdout and stderr and leave without the interpreter's teardown. A flush that fails (a reader gone) exits
    120, as Python's own exit does."""
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            code = 120 if stream is sys.stdout else code
    os._exit(code)


def main(argv: Optional[Sequence[str]] = None) -> int:
    _never_fail_to_print()
    own_process = argv is None  # this process's own command line (the console script, `python -m utmlint`)
    argv = list(argv) if argv is not None else sys.argv[1:]
    command = SECOND_NAMES.get(argv[0], argv[0]) if argv else None
    if own_process and command == "scan":
        return _scan_process(argv)
    if own_process and command == "lint":
        return _lint_process(argv)
    try:
        return _command(argv, command)
    finally:
        _keep_compiled()


def _keep_compiled() -> None:
    """Write the regexes this run compiled to the install's cache, for the next run to use as compiled
    (lazyregex.cached): once, as the command ends, whatever it compiled. Nothing when it compiled none."""
    from . import lazyregex

    lazyregex.flush()


def _command(argv: List[str], command: Optional[str]) -> int:
    parser = build_parser(only=command if command in COMMANDS else None)
    args = parser.parse_args(argv)
    recorder = None
    if args.command == "lint":  # the pre-commit fast path: unchanged files, same command line (replay.py)
        from .replay import Recorder, probe, replay

        found = probe(args)
        if found is not None:
            code = replay(found)
            if code in (0, 1):
                return code
            recorder = Recorder(found)
    from .config import ConfigError
    from .registry import RuleError

    try:
        if args.version:
            print(_version())
            return 0
        if not getattr(args, "run", None):
            parser.print_help(sys.stderr)
            return 2
        return recorder.run(args) if recorder is not None else args.run(args)
    except (ConfigError, RuleError) as error:
        from .printable import printable

        print(f"utmlint: {printable(str(error))}", file=sys.stderr)  # it may quote a path or key from a file
        return 2
    except KeyboardInterrupt:
        print("utmlint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except Exception as error:  # an internal error is a bug: one clear line, the trace only on request
        if isinstance(error, OSError) and error.errno in _NO_ROOM:
            # no room where the report goes (`> /dev/full`, a full disk or quota): no bug to report (review41 L9).
            # Every file utmlint writes itself (a cache, --fix, --output) says its own failure; what is left is the
            # report on standard output, whose buffer is dropped so that leaving does not fail on it once more
            _drop_stdout()
            print(f"utmlint: could not write the report to standard output: {error.strerror or error}",
                  file=sys.stderr)
            return 2
        if os.environ.get("UTMLINT_DEBUG"):
            raise
        print(f"utmlint: internal error: {type(error).__name__}: {error} "
              "(set UTMLINT_DEBUG=1 for the traceback and please report it)", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
