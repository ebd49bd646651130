"""Helpers of the HTML tests: parse a page with html5lib (strictly: any parse error fails) and read it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

SNAPSHOTS = Path(__file__).parent / "snapshots"
# A value as a pull request may write it: markup, quotes, an ESC sequence and a bidi override.
HOSTILE = "<script>window.pwned=1;document.title='pwned'</script>"
HOSTILE_FILE = 'x"<img src=x onerror=window.pwned=2>.yaml'
HOSTILE_CAMPAIGN = f'''\
campaign: "Spring {HOSTILE}"
source: newsletter
medium: email
links:
  - url: "https://example.com/?q=\\"'{HOSTILE}"
    content: "Hero\\e[31m\\u202eevil"
    label: "{HOSTILE} \\"quoted\\" 'single'"
'''
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync"]


def parse(text: str):
    """The page as an ElementTree (html5lib, strict: a parse error raises), element names without namespace."""
    import html5lib

    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(text)


def text_of(element) -> str:
    return "".join(element.itertext())


def by_class(root, tag: str, cls: str):
    return [e for e in root.iter(tag) if cls in (e.get("class") or "").split()]


def chromium() -> str:
    found = shutil.which("chromium") or (os.path.exists("/usr/bin/chromium") and "/usr/bin/chromium")
    if not found:
        if os.environ.get("UTMLINT_REQUIRE_BROWSER"):
            pytest.fail("chromium is not installed (.ci/run installs Debian's `chromium` package)")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return found
