"""One module per subcommand: `add_parser(subparsers)` and `run(args) -> exit code`."""


def add_color_flag(parser) -> None:
    """`--color auto|always|never`, worded alike for every command with text output (utmlint/color.py decides)."""
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colour the text output: auto (default: on a terminal, unless NO_COLOR is set; "
                             "FORCE_COLOR forces it), always, never")


def write_report(args, text: str) -> None:
    """A command's whole report, to `--output FILE` (safeio.write_output: a regular file replaced atomically, a FIFO
    written into) or to stdout; a file it cannot write is a usage error (exit 2) that names the flag and the reason."""
    if not args.output:
        import sys

        sys.stdout.write(text)
        return
    from ..config import ConfigError
    from ..safeio import WriteRefused, write_output

    try:
        write_output(args.output, text)
    except WriteRefused as refused:
        raise ConfigError(f"--output {args.output}: {refused}") from None
    except OSError as error:
        raise ConfigError(f"--output {args.output}: cannot write: {error.strerror or error}") from None
