"""`lint -` / `scan -` with --stdin-filename: the text on stdin is checked exactly as the same text saved
at that path would be (config, include globs, per-file-ignores, repo-wide rules, positions, every format)."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMATS = ("text", "json", "github", "sarif", "junit", "html")


@pytest.fixture
def stdin_run(run, monkeypatch):
    """stdin_run(data, *argv, cwd=...) -> Run, with `data` (bytes or text) on standard input."""

    def _run(data, *argv, cwd=None):
        raw = data.encode("utf-8") if isinstance(data, str) else data
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
        return run(*argv, cwd=cwd)

    return _run


@pytest.fixture
def bad(tmp_path):
    """A copy of examples/bad (its config, every rule's example, the repo-wide folders)."""
    target = tmp_path / "bad"
    shutil.copytree(ROOT / "examples" / "bad", target)
    return target


def _same(file_run, stdin_run_result):
    assert (stdin_run_result.code, stdin_run_result.out) == (file_run.code, file_run.out)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", ["value-case.yaml", "schema-violation.yaml", "unused-suppression.yaml",
                                  "yaml-syntax.yaml", "medium-fragmentation/webinar-reminder.yaml",
                                  "source-fragmentation/release-notes.yaml", "campaign-collision/linkedin-launch.yaml"])
def test_stdin_equals_the_file(bad, run, stdin_run, name, fmt):
    path = bad / name
    if not path.exists():
        pytest.fail(f"examples/bad has no {name}: pick another example")
    by_file = run("lint", "--no-cache", "--format", fmt, name, cwd=bad)
    assert by_file.code == 1  # every one of them has findings: equal outputs are not two empty ones
    by_stdin = stdin_run(path.read_bytes(), "lint", "--format", fmt, "-", "--stdin-filename", name, cwd=bad)
    _same(by_file, by_stdin)


def test_the_buffer_is_checked_not_the_file_on_disk(bad, run, stdin_run):
    """An editor's unsaved buffer: repo-wide rules weigh the buffer against the other files on disk."""
    name = "medium-fragmentation/webinar-reminder.yaml"
    path = bad / name
    edited = path.read_text(encoding="utf-8").replace("medium:", "medium: Email  # was:", 1)
    by_stdin = stdin_run(edited, "lint", "--format", "json", "-", "--stdin-filename", name, cwd=bad)
    path.write_text(edited, encoding="utf-8")  # now the same text on disk
    by_file = run("lint", "--no-cache", "--format", "json", name, cwd=bad)
    _same(by_file, by_stdin)


def test_a_new_file_not_yet_on_disk_gets_its_folders_config(project, stdin_run):
    root = project({".utmlint.yaml": "include: ['campaigns/**/*.yaml']\nseverity: {value-case: error}\n",
                    "campaigns/a.yaml": "campaign: a\nsource: intercom\nmedium: email\n"})
    result = stdin_run("campaign: B\nsource: intercom\nmedium: email\n", "lint", "-", "--stdin-filename",
                       "campaigns/new/b.yaml", cwd=root)
    assert result.code == 1
    assert result.out.startswith("campaigns/new/b.yaml:1:11: UTM201 [*] value-case")
    assert "Found 1 error (1 file checked)" in result.out


def test_per_file_ignores_follow_the_stdin_filename(project, stdin_run):
    root = project({".utmlint.yaml": "per-file-ignores: {'legacy/**': [UTM2]}\n"})
    text = "campaign: Old-Sale\nsource: intercom\nmedium: email\n"
    assert stdin_run(text, "lint", "-", "--stdin-filename", "legacy/x.yaml", cwd=root).code == 0
    assert stdin_run(text, "lint", "-", "--stdin-filename", "current/x.yaml", cwd=root).code == 1


def test_include_globs_decide_as_for_a_file(project, run, stdin_run):
    root = project({".utmlint.yaml": "include: ['campaigns/**/*.yaml']\nexclude: ['campaigns/archive/**']\n",
                    "campaigns/a.yaml": "campaign: a\nsource: intercom\nmedium: email\n",
                    "other/c.yaml": "campaign: a\nsource: intercom\nmedium: email\n",
                    "campaigns/archive/old.yaml": "campaign: a\nsource: intercom\nmedium: email\n",
                    "docker-compose.yml": "services: {}\n"})
    for name in ("other/c.yaml", "campaigns/archive/old.yaml", "docker-compose.yml"):
        by_file = run("lint", "--no-cache", name, cwd=root)
        by_stdin = stdin_run((root / name).read_bytes(), "lint", "-", "--stdin-filename", name, cwd=root)
        assert (by_stdin.code, by_stdin.out) == (by_file.code, by_file.out), name
    left_out = stdin_run((root / "other/c.yaml").read_bytes(), "lint", "-", "--stdin-filename", "other/c.yaml", cwd=root)
    assert left_out.code == 2 and "other/c.yaml: named by --stdin-filename and holds a campaign" in left_out.err
    excluded = stdin_run("campaign: a\n", "lint", "-", "--stdin-filename", "campaigns/archive/old.yaml", cwd=root)
    assert "not checked, excluded by the config: campaigns/archive/old.yaml" in excluded.err


def test_without_a_filename_the_buffer_is_named_dash_and_always_checked(project, stdin_run):
    root = project({".utmlint.yaml": "include: ['campaigns/**/*.yaml']\n",
                    "campaigns/a.yaml": "campaign: a\nsource: intercom\nmedium: email\n"})
    result = stdin_run("campaign: a\nsource: Intercom\nmedium: email\n", "lint", "-", cwd=root)
    assert result.code == 1
    assert result.out.startswith("-:2:9: UTM201 [*] value-case warning: utm_source `Intercom`")


def test_fix_prints_the_fixed_text_and_reports_on_stderr(bad, run, stdin_run):
    name = "value-case.yaml"
    original = (bad / name).read_text(encoding="utf-8")
    by_stdin = stdin_run(original, "lint", "--fix", "-", "--stdin-filename", name, cwd=bad)
    assert (bad / name).read_text(encoding="utf-8") == original  # stdin never writes the file
    by_file = run("lint", "--no-cache", "--fix", name, cwd=bad)
    assert by_stdin.out == (bad / name).read_text(encoding="utf-8") != original
    assert by_stdin.err == by_file.out and by_stdin.code == by_file.code


def test_fix_with_output_writes_the_report_there(bad, run, stdin_run):
    import json

    original = (bad / "value-case.yaml").read_text(encoding="utf-8")
    report = bad / "report.json"
    result = stdin_run(original, "lint", "--fix", "--format", "json", "--output", str(report), "-",
                       "--stdin-filename", "value-case.yaml", cwd=bad)
    assert result.err == "" and json.loads(report.read_text(encoding="utf-8")) == []
    run("lint", "--no-cache", "--fix", "value-case.yaml", cwd=bad)
    assert result.out == (bad / "value-case.yaml").read_text(encoding="utf-8") != original
    page = "Read the [docs](https://sunbeam.app/?utm_source=Intercom&utm_medium=email&utm_campaign=launch).\n"
    scanned = stdin_run(page, "scan", "--fix", "--format", "json", "--output", str(report), "-",
                        "--stdin-filename", "docs/notes.md", cwd=bad)
    assert scanned.out == page.replace("Intercom", "intercom") and scanned.err == ""
    assert json.loads(report.read_text(encoding="utf-8")) == []


def test_fix_with_nothing_to_fix_prints_the_text_unchanged(bad, stdin_run):
    text = (bad / "url-shortener.yaml").read_text(encoding="utf-8")
    result = stdin_run(text, "lint", "--fix", "-", "--stdin-filename", "url-shortener.yaml", cwd=bad)
    assert result.out == text and "UTM305" in result.err


def test_diff_names_the_stdin_filename(bad, run, stdin_run):
    name = "value-case.yaml"
    by_file = run("lint", "--no-cache", "--diff", name, cwd=bad)
    by_stdin = stdin_run((bad / name).read_bytes(), "lint", "--diff", "-", "--stdin-filename", name, cwd=bad)
    _same(by_file, by_stdin)
    assert "--- a/value-case.yaml" in by_stdin.out


@pytest.mark.parametrize("argv, message", [
    (["lint", "-", "x.yaml"], "`-` (standard input) cannot be mixed with other paths"),
    (["lint", "x.yaml", "--stdin-filename", "x.yaml"], "give `-` as the only path"),
    (["lint", "-", "--live"], "--live checks the links of files on disk"),
    (["lint", "-", "--stdin-filename", "."], "is a folder"),
    (["scan", "-", "x.md"], "`-` (standard input) cannot be mixed with other paths"),
])
def test_stdin_usage_errors(project, stdin_run, argv, message):
    root = project({"x.yaml": "campaign: x\n"})
    result = stdin_run("campaign: x\n", *argv, cwd=root)
    assert result.code == 2 and message in result.err and "Traceback" not in result.err


def test_oversized_stdin_is_a_located_finding(project, stdin_run):
    root = project({})
    result = stdin_run(b"a" * (1024 * 1024 + 10), "lint", "-", cwd=root)
    assert result.code == 1
    assert result.out.startswith("-:1:1: UTM004 file-unreadable error: standard input is over utmlint's limit")


# -- scan


@pytest.fixture
def scan_example(tmp_path):
    target = tmp_path / "scan"
    shutil.copytree(ROOT / "examples" / "scan", target)
    return target


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", ["docs/README.md", "docs/welcome.html", "docs/Footer.jsx"])
def test_scan_stdin_equals_the_file(scan_example, run, stdin_run, name, fmt):
    by_file = run("scan", "--no-cache", "--format", fmt, name, cwd=scan_example)
    assert by_file.code == 1
    by_stdin = stdin_run((scan_example / name).read_bytes(), "scan", "--format", fmt, "-", "--stdin-filename", name,
                         cwd=scan_example)
    _same(by_file, by_stdin)


def test_scan_links_and_fix_from_stdin(scan_example, run, stdin_run):
    name = "docs/welcome.html"
    links = stdin_run((scan_example / name).read_bytes(), "scan", "--links", "-", "--stdin-filename", name,
                      cwd=scan_example)
    assert links.out == run("scan", "--no-cache", "--links", name, cwd=scan_example).out
    original = (scan_example / name).read_text(encoding="utf-8")
    fixed = stdin_run(original, "scan", "--fix", "-", "--stdin-filename", name, cwd=scan_example)
    assert "utm_medium=email&amp;" in fixed.out and "utm_medium=Email" not in fixed.out
    assert (scan_example / name).read_text(encoding="utf-8") == original
    assert fixed.err.endswith("1 fixed (2 tracked links).\n")


def test_scan_stdin_of_a_campaign_file_points_at_lint(scan_example, stdin_run):
    result = stdin_run((scan_example / "campaigns/launch.yaml").read_bytes(), "scan", "-", "--stdin-filename",
                       "campaigns/launch.yaml", cwd=scan_example)
    assert result.code == 0 and "campaigns/launch.yaml is a campaign file: `utmlint lint` checks it" in result.err
