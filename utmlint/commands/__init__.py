"""One module per subcommand: `add_parser(subparsers)` and `run(args) -> exit code`."""


def add_color_flag(parser) -> None:
    """`--color auto|always|never`, worded alike for every command with text output (utmlint/color.py decides)."""
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colour the text output: auto (default: on a terminal, unless NO_COLOR is set; "
                             "FORCE_COLOR forces it), always, never")
