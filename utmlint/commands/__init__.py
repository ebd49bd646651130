"""One module per subcommand: `add_parser(subparsers)` and `run(args) -> exit code`."""


def add_color_flag(parser) -> None:
    """`--color auto|always|never`, worded alike for every command with text output (utmlint/color.py decides)."""
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colour the text output: auto (default: on a terminal, unless NO_COLOR is set; "
                             "FORCE_COLOR forces it), always, never")


class DiffOut:
    """`--diff`'s stdout, as `ruff check --diff`'s: the unified diff and nothing else (whatever the `--format`), so
    `utmlint lint --diff | patch -p0` applies it; whether anything was written (the exit code: 1 when there is a diff)."""

    def __init__(self) -> None:
        self.written = False

    def __call__(self, text: str) -> None:
        import sys

        if text:
            self.written = True
            sys.stdout.write(text)


def diff_counts(diagnostics, fixed: int, unsafe_fixes: bool, command: str, files: int) -> str:
    """`--diff`'s line on stderr, as ruff's "Would fix 3 errors.": how many findings the diff fixes, how many more
    `--unsafe-fixes` would, and how many no fix changes (the report, not printed, lists them)."""
    def s(n: int) -> str:
        return "" if n == 1 else "s"

    if not files:
        return f"Nothing checked: no {'campaign file' if command == 'lint' else 'file to scan'} found.\n"
    said = f"Would fix {fixed} finding{s(fixed)}" if fixed else "No finding would be fixed"
    said += f" ({files} file{s(files)} checked)"
    more = 0 if unsafe_fixes else sum(1 for d in diagnostics if d.fix is not None and not d.fix.safe)
    if more:
        said += f"; {more} more with `--unsafe-fixes`"
    left = len(diagnostics) - fixed - more
    if left > 0:
        said += (f"; {left} finding{s(left)} left that no fix changes: `utmlint {command}` without `--diff` lists "
                 f"{'it' if left == 1 else 'them'}")
    return f"{said}.\n"


def write_report(args, text: str) -> None:
    """A command's whole report, to `--output FILE` (output_file) or to stdout."""
    if not args.output:
        import sys

        sys.stdout.write(text)
        return
    output_file(args.output, lambda stream: stream.write(text))


def output_file(path: str, emit) -> None:
    """`emit(stream)` writing a report to `--output PATH` (safeio.output: a regular file replaced atomically when
    `emit` returns, a FIFO written into); a file it cannot write is a usage error (exit 2) that names the flag and the
    reason: `--output report: is a folder; name a file to write the report to`."""
    from ..config import ConfigError
    from ..safeio import WriteRefused, output

    try:
        with output(path) as stream:
            emit(stream)
    except WriteRefused as refused:
        raise ConfigError(f"--output {path}: {refused}") from None
    except OSError as error:
        raise ConfigError(f"--output {path}: cannot write: {error.strerror or error}") from None
