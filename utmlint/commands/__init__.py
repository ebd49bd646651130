"""One module per subcommand: `add_parser(subparsers)` and `run(args) -> exit code`."""


def add_color_flag(parser) -> None:
    """`--color auto|always|never`, worded alike for every command with text output (utmlint/color.py decides)."""
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colour the text output: auto (default: on a terminal, unless NO_COLOR is set; "
                             "FORCE_COLOR forces it), always, never")


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
