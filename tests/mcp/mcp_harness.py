"""Helpers for the `utmlint mcp` tests: start the server as a subprocess (the `utmlint` console script) and
drive it with the official SDK's own stdio client."""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Dict, List, Optional


def utmlint_command() -> List[str]:
    """The console script beside this Python (what an MCP client's config names), else `python -m utmlint`."""
    script = Path(sys.executable).with_name("utmlint")
    if script.exists():
        return [str(script)]
    found = shutil.which("utmlint")
    return [found] if found else [sys.executable, "-m", "utmlint"]


def server_env(extra: Optional[Dict[str, str]] = None) -> Dict[str, str]:
    """The subprocess gets the SDK's minimal environment plus these: our cache home (tests keep their own
    cache-signing key), and no proxy unless a test sets one."""
    env = {"XDG_CACHE_HOME": os.environ.get("XDG_CACHE_HOME", ""), "UTMLINT_NO_PROGRESS": "1"}
    env.update(extra or {})
    return env


@asynccontextmanager
async def connected(root: Path, errlog, argv: Optional[List[str]] = None, env: Optional[Dict[str, str]] = None,
                    cwd: Optional[Path] = None):
    """An initialized SDK client on `utmlint mcp --root ROOT` (or on `argv`, run in `cwd`), its stderr to `errlog`."""
    from mcp import Client, StdioServerParameters, stdio_client

    command = argv or [*utmlint_command(), "mcp", "--root", str(root)]
    params = StdioServerParameters(command=command[0], args=command[1:], env=server_env(env),
                                   cwd=str(cwd or root.parent))
    async with Client(stdio_client(params, errlog=errlog), read_timeout_seconds=120) as client:
        yield client


def drive(scenario) -> None:
    """Run one async scenario (the SDK is anyio-based; asyncio is its default backend)."""
    asyncio.run(scenario())


def text_of(result) -> List[str]:
    return [block.text for block in result.content]
