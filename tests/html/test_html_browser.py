"""The HTML reports in a real browser: Debian's headless Chromium, driven by playwright. Each page loads from a
file with no console message and no request beyond itself, shows its counts, sorts and filters in place,
copies a tracked URL to the clipboard, keeps a value holding `<script>` as text, and without JavaScript
still shows everything (and no dead controls). Fails, not skips, without chromium when
UTMLINT_REQUIRE_BROWSER=1."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from html_pages import HOSTILE, HOSTILE_CAMPAIGN, HOSTILE_FILE

ROOT = Path(__file__).resolve().parents[2]


def quiet(page) -> None:
    """No console output of any kind (a CSP violation, a script error, a failed load all print there), and no
    request but the page itself."""
    assert page.console == []
    assert page.requests == [page.page.url]


def test_lint_report_loads_counts_sorts_and_filters(run, tmp_path, monkeypatch, open_page):
    monkeypatch.chdir(ROOT)
    findings = json.loads(run("lint", "examples/bad", "--format", "json").out)
    report = tmp_path / "lint.html"
    run("lint", "examples/bad", "--format", "html", "--output", str(report))
    view = open_page(report)
    page = view.page
    assert page.inner_text("#findings-count b") == str(len(findings))
    assert page.is_visible("#controls")  # the script ran (its hash matches the policy) and showed the controls
    assert page.locator(".finding:visible").count() == len(findings)

    page.select_option("#filter-severity", "error")
    errors = sum(1 for f in findings if f["severity"] == "error")
    assert page.locator(".finding:visible").count() == errors
    assert page.inner_text("#shown-count") == str(errors)
    assert set(page.eval_on_selector_all(".finding:visible", "els => els.map(e => e.dataset.severity)")) == {"error"}

    page.select_option("#filter-severity", "")
    page.select_option("#sort", "rule")
    shown_rules = page.eval_on_selector_all(
        ".finding", "els => els.slice().sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)"
                    ".map(e => e.dataset.rule)")  # in the order a reader sees them
    assert shown_rules == sorted(f["code"] for f in findings)

    page.click("#by-rule a[data-value='UTM201']")  # the summary's rule links filter the list
    assert page.locator(".finding:visible").count() == sum(1 for f in findings if f["code"] == "UTM201")
    assert page.input_value("#filter-rule") == "UTM201"

    page.select_option("#filter-rule", "")
    page.click("#by-file a[data-value='examples/bad/value-case.yaml']")
    assert page.locator(".finding:visible").count() == sum(1 for f in findings if f["path"] == "examples/bad/value-case.yaml")

    page.select_option("#filter-file", "")
    page.click("#finding-0 details.docs summary")  # the rule's docs open in place
    assert "What it does" in page.inner_text("#finding-0 details.docs")
    quiet(view)


def test_without_javascript_everything_shows_and_no_control_is_dead(run, tmp_path, monkeypatch, open_page):
    monkeypatch.chdir(ROOT)
    findings = json.loads(run("lint", "examples/bad", "--format", "json").out)
    report = tmp_path / "lint.html"
    run("lint", "examples/bad", "--format", "html", "--output", str(report))
    view = open_page(report, javascript=False)
    assert view.page.locator(".finding:visible").count() == len(findings)
    assert not view.page.is_visible("#controls")
    catalogue = tmp_path / "render.html"
    run("render", "examples", "--format", "html", "--output", str(catalogue))
    view = open_page(catalogue, javascript=False)
    assert view.page.locator(".url:visible").count() == len(json.loads(run("render", "examples", "--format", "json").out))
    assert view.page.locator("button.copy:visible").count() == 0 and not view.page.is_visible("#search")


def test_copy_button_copies_the_tracked_url(run, tmp_path, monkeypatch, open_page):
    monkeypatch.chdir(ROOT)
    rows = json.loads(run("render", "examples", "--format", "json").out)
    catalogue = tmp_path / "render.html"
    run("render", "examples", "--format", "html", "--output", str(catalogue))
    view = open_page(catalogue, clipboard=True)
    page = view.page
    assert page.inner_text("#link-count b") == str(len(rows))
    buttons = page.locator("button.copy")
    assert buttons.count() == len(rows)
    for index in (0, len(rows) - 1):
        page.evaluate("navigator.clipboard.writeText('')")
        buttons.nth(index).click()
        page.wait_for_function("navigator.clipboard.readText().then(t => t.length > 0)")
        assert page.evaluate("navigator.clipboard.readText()") == rows[index]["tracked_url"]
        assert buttons.nth(index).inner_text() == "Copied"

    page.fill("#search", "brand-search")  # the filter box narrows the catalogue
    assert page.locator(".link:visible").count() == sum(1 for r in rows if r["campaign"] == "brand-search-2026")
    quiet(view)


def test_script_in_values_stays_text_in_both_pages(run, project, tmp_path, open_page):
    folder = project({HOSTILE_FILE: HOSTILE_CAMPAIGN})
    lint_page, render_page = tmp_path / "lint.html", tmp_path / "render.html"
    run("lint", ".", "--format", "html", "--output", str(lint_page), cwd=folder)
    run("render", ".", "--force", "--format", "html", "--output", str(render_page), cwd=folder)
    for path in (lint_page, render_page):
        view = open_page(path)
        page = view.page
        assert page.evaluate("window.pwned") is None
        assert "pwned" not in page.title()
        assert HOSTILE in page.inner_text("body")
        assert page.locator("script").count() == 1 and page.locator("img").count() == 0
        quiet(view)
    view = open_page(lint_page)
    assert view.page.inner_text("#findings-count b") == "4"  # single spaces in `Spring <script>`: a convention


def test_check_report_shows_each_hop_and_what_it_dropped(run, tmp_path, open_page):
    from live_server import LiveServer, Reply

    server = LiveServer()
    try:
        query = "utm_source=news&utm_medium=email&utm_campaign=spring"
        server.routes["/go"] = Reply(302, [("Location", f"{server.origin}/mid?{query}")], b"")
        server.routes["/mid"] = Reply(301, [("Location", "/land?utm_source=news")], b"")
        server.routes["/land"] = Reply(200, [], b"ok")
        report = tmp_path / "check.html"
        # in a process of its own, as a user runs it: playwright's sync API holds this thread's event loop
        result = subprocess.run([sys.executable, "-m", "utmlint", "check", "--allow-private", "--no-cache",
                                 "--format", "html", "--output", str(report), f"{server.origin}/go?{query}"],
                                capture_output=True, text=True, timeout=120, cwd=tmp_path)
    finally:
        server.stop()
    assert result.returncode == 1 and "1 failed" in result.stderr, result
    view = open_page(report)
    page = view.page
    assert page.inner_text("#fail-count b") == "1"
    rows = page.locator(".hops tbody tr")
    assert rows.count() == 3
    assert "dropped: utm_campaign, utm_medium" in rows.nth(1).inner_text()
    assert "kept: utm_source" in rows.nth(2).inner_text()
    quiet(view)


def test_a_missing_chromium_fails_the_run_when_a_browser_is_required(monkeypatch):
    """CI sets UTMLINT_REQUIRE_BROWSER=1: there a missing chromium is a failure, never a quiet skip."""
    import os
    import shutil

    import pytest
    from html_pages import chromium

    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr(os.path, "exists", lambda path: False)
    monkeypatch.setenv("UTMLINT_REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception, match="chromium is not installed"):
        chromium()
    monkeypatch.delenv("UTMLINT_REQUIRE_BROWSER")
    with pytest.raises(pytest.skip.Exception):
        chromium()
