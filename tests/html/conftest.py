"""Fixtures of the HTML tests: Chromium, found and launched (helpers to read pages are in html_pages.py).

The browser tests need Debian's /usr/bin/chromium (`.ci/run` installs it) and drive it with playwright's
Python package (the test extra), never a browser playwright downloads."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "live"))  # live_server: real servers on 127.0.0.1
sys.path.insert(0, str(Path(__file__).resolve().parent))  # html_pages

from html_pages import LAUNCH_ARGS, chromium  # noqa: E402


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium, headless, driven by playwright (no browser download)."""
    path = chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if os.environ.get("UTMLINT_REQUIRE_BROWSER"):
            pytest.fail("playwright is not installed (pip install -e '.[test]')")
        pytest.skip("playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=path, args=LAUNCH_ARGS)
        yield launched
        launched.close()


class Page:
    """A page opened in a fresh context, with every console message and uncaught error recorded."""

    def __init__(self, browser, path: Path, javascript: bool = True, clipboard: bool = False):
        self.context = browser.new_context(java_script_enabled=javascript, viewport={"width": 1200, "height": 900})
        if clipboard:
            self.context.grant_permissions(["clipboard-read", "clipboard-write"])
        self.page = self.context.new_page()
        self.console = []
        self.page.on("console", lambda message: self.console.append((message.type, message.text)))
        self.page.on("pageerror", lambda error: self.console.append(("pageerror", str(error))))
        self.requests = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_load_state("load")

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def open_page(browser):
    opened = []

    def _open(path: Path, **kwargs) -> Page:
        page = Page(browser, path, **kwargs)
        opened.append(page)
        return page

    yield _open
    for page in opened:
        page.close()
