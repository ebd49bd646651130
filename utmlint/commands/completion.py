"""`utmlint completion bash|zsh|fish`: print a shell completion script, generated from this command line.

Install:
  bash  utmlint completion bash > ~/.local/share/bash-completion/completions/utmlint
  zsh   utmlint completion zsh > "${fpath[1]}/_utmlint"   (a folder on $fpath; then restart zsh)
  fish  utmlint completion fish > ~/.config/fish/completions/utmlint.fish

Commands, their flags, the choices of flags such as --format, and the names `rule` and `platform` take (the
rules' codes and names, the built-in platform profiles) are completed; paths complete as files.
The script is made from the same parser `utmlint` runs, so it follows new commands and flags when you
regenerate it after an upgrade.
"""

from __future__ import annotations

import argparse
import sys

SHELLS = ("bash", "zsh", "fish")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("completion", help="print a shell completion script", description=__doc__)
    parser.add_argument("shell", choices=SHELLS, help="the shell to complete in")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..cli import build_parser
    from ..completion import known_names, script

    sys.stdout.write(script(args.shell, build_parser(), known_names()))
    return 0
