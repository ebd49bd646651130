"""Fixtures for the `utmlint mcp` tests (mcp_harness.py starts the server and connects the SDK's client).

The SDK is the optional extra `utmlint[mcp]` (Python 3.10+), installed by the README's test command. Where it
is missing the tests skip, except when UTMLINT_REQUIRE_MCP=1 (set by .ci/run): then they fail, so CI never
passes by skipping them.
"""

from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path

import pytest


def _need_sdk() -> None:
    try:
        from mcp.server import MCPServer  # noqa: F401  (2.x has it; 1.x does not)
    except ImportError as error:
        if os.environ.get("UTMLINT_REQUIRE_MCP") == "1" and sys.version_info >= (3, 10):
            pytest.fail(f"the MCP SDK is not installed ({error}); pip install -e '.[test,audit,mcp]'")
        pytest.skip(f"the MCP SDK (utmlint[mcp], Python 3.10+) is not installed: {error}")


@pytest.fixture
def sdk():
    _need_sdk()


CLEAN = """\
campaign: onboarding-series
platform: intercom
type: series
steps:
  - id: step-1-welcome
    links:
      - url: https://app.example.com/quickstart
        content: step-1-welcome
  - id: step-2-billing
    links:
      - url: https://app.example.com/billing
        content: step-2-billing
"""

UNASSIGNED = """\
campaign: spring-sale
source: intercom
medium: in-app              # GA4: Unassigned
links:
  - url: https://example.com/sale
    content: hero
"""

CONFIG = """\
include: ["campaigns/**/*.yaml"]
live:
  allow-private: true   # must never reach the MCP server's live checks
"""


@pytest.fixture
def repo(tmp_path) -> Path:
    """A campaign repo (one clean file, one with an error), a file that is not a campaign, and a symlink
    that leads out of the repo."""
    root = tmp_path / "repo"
    files = {".utmlint.yaml": CONFIG, "campaigns/intercom/onboarding.yaml": CLEAN,
             "campaigns/sale.yaml": UNASSIGNED, "notes.txt": "not a campaign\n"}
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(textwrap.dedent(text), encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.yaml").write_text(UNASSIGNED, encoding="utf-8")
    (root / "out").symlink_to(outside, target_is_directory=True)
    return root
