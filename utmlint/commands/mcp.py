"""`utmlint mcp`: a Model Context Protocol server on stdin/stdout, for AI agents and editors.

Tools: build_link, validate_link, lint_files, scan_files, render_links, check_link (network; private
targets always refused) and explain_rule, each answering with the JSON the matching command prints; the campaign
files are resources (utmlint://campaigns/PATH). The server works on one folder (--root, default the
current one) and refuses paths outside it. Needs `pip install 'utmlint[mcp]'` (the official MCP SDK).
Configure it in an MCP client as the command `utmlint mcp --root /path/to/campaign-repo`.
"""

from __future__ import annotations

import argparse
import sys

INSTALL = "pip install 'utmlint[mcp]'"


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("mcp", help="serve utmlint to AI agents (Model Context Protocol, stdio)",
                                   description=__doc__)
    parser.add_argument("--root", metavar="DIR", default=".",
                        help="the folder the server works on; paths outside it are refused (default: the current folder)")
    parser.add_argument("--config", metavar="FILE", help="use this config file instead of searching for one")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import os
    from pathlib import Path

    if sys.version_info < (3, 10):
        print(f"utmlint: utmlint mcp needs Python 3.10 or later (the MCP SDK does), and then {INSTALL}",
              file=sys.stderr)
        return 2
    root = Path(args.root)
    if not root.is_dir():
        print(f"utmlint: --root {args.root}: not a folder", file=sys.stderr)
        return 2
    config = os.path.abspath(args.config) if args.config else None  # given relative to where it was typed
    if config is not None and not os.path.isfile(config):
        print(f"utmlint: --config {args.config}: no such file", file=sys.stderr)
        return 2
    try:
        from ..mcp.server import serve
    except ImportError as error:
        if (error.name or "").split(".")[0] not in ("mcp", "pydantic", "anyio"):
            raise  # a bug of ours, not a missing extra: cli.py says so
        print(f"utmlint: utmlint mcp needs the MCP SDK 2.x: {INSTALL}{_installed(error)}", file=sys.stderr)
        return 2
    os.chdir(root)  # paths in answers are shown as a command run in the root shows them
    from ..mcp.tools import Workspace

    if sys.stdin.isatty():  # someone typed it: say why nothing happens (stdout belongs to the protocol)
        print(f"utmlint mcp: serving {Path.cwd()} to an MCP client on stdin/stdout; configure it in the client "
              "(see the README's \"AI agents (MCP)\"). Ctrl-C stops it.", file=sys.stderr, flush=True)

    serve(Workspace(Path.cwd(), config))
    return 0


def _installed(error: ImportError) -> str:
    """What the user has instead, said plainly: an SDK 1.x (no MCPServer), or a 2.x that does not import."""
    from importlib import metadata

    try:
        version = metadata.version("mcp")
    except metadata.PackageNotFoundError:
        return ""
    if version.split(".")[0].isdigit() and int(version.split(".")[0]) < 2:
        return f" (found mcp {version}, which has no MCPServer)"
    return f" (mcp {version} is installed but does not import: {error})"
