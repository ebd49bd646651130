"""The text output people read: snapshots of `lint` and `scan` on the examples (full and concise), the severity
word, `[*]` and the fix counts, carets under the value, long URLs shortened in text only, -q and --show-files,
and colour: a real CLI under a pseudo-terminal shows it, a pipe and NO_COLOR do not, FORCE_COLOR and --color
decide when asked."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from utmlint.diagnostics import Diagnostic, Edit, Fix
from utmlint.reporters import RunSummary, TextOptions
from utmlint.reporters import text
from utmlint.rulebook import registry

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
GOLDEN = ROOT / "tests" / "golden"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _check_golden(name: str, out: str) -> None:
    golden = GOLDEN / name
    if os.environ.get("UTMLINT_UPDATE_GOLDEN"):
        golden.write_bytes(out.encode("utf-8"))
    assert out.encode("utf-8") == golden.read_bytes(), (
        f"{name} changed; if intended, rerun with UTMLINT_UPDATE_GOLDEN=1 and review the diff")


@pytest.fixture
def fixed_width(monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.mark.parametrize("fmt", ["full", "concise"])
def test_lint_snapshot_of_examples_bad(fmt, run, fixed_width):
    result = run("lint", "--no-cache", "--output-format", fmt, "bad", cwd=EXAMPLES)
    assert result.code == 1
    assert "\x1b" not in result.out  # captured, not a terminal: no colour
    _check_golden(f"lint.bad.{fmt}.txt", result.out)
    if fmt == "concise":  # one finding, one line, every finding of the JSON report
        findings = run("lint", "--no-cache", "--format", "json", "bad", cwd=EXAMPLES).findings
        assert len(result.out.splitlines()) == len(findings) + 1


def test_scan_snapshot_of_examples_scan(run, fixed_width, tmp_path):
    copy = tmp_path / "scan"
    shutil.copytree(EXAMPLES / "scan", copy)
    result = run("scan", "--no-cache", ".", cwd=copy)
    assert result.code == 1
    _check_golden("scan.full.txt", result.out)


def test_text_is_the_full_format_and_format_is_still_accepted(run, fixed_width):
    full = run("lint", "--no-cache", "--output-format", "full", "bad", cwd=EXAMPLES).out
    assert run("lint", "--no-cache", "bad", cwd=EXAMPLES).out == full
    assert run("lint", "--no-cache", "--format", "text", "bad", cwd=EXAMPLES).out == full
    assert run("lint", "--no-cache", "--format", "concise", "bad", cwd=EXAMPLES).out == \
        run("lint", "--no-cache", "--output-format", "concise", "bad", cwd=EXAMPLES).out
    json_out = run("lint", "--no-cache", "--output-format", "json", "bad", cwd=EXAMPLES).out
    assert json.loads(json_out) == json.loads(run("lint", "--no-cache", "--format", "json", "bad", cwd=EXAMPLES).out)


def test_each_finding_names_code_rule_severity_and_marks_safe_fixes(project, run, fixed_width):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": """\
        campaign: spring-sale
        source: Intercom
        medium: in-app
        links:
          - url: http://example.com/sale
            content: hero
        """})
    out = run("lint", "--no-cache", "c.yaml", cwd=root).out
    assert "c.yaml:2:9: UTM201 [*] value-case warning: utm_source `Intercom`" in out  # safe fix
    assert "c.yaml:3:9: UTM102 medium-unassigned error: " in out  # no fix
    assert "c.yaml:5:10: UTM302 url-insecure warning: " in out  # unsafe fix: no [*] without --unsafe-fixes
    assert "(unsafe fix: needs --unsafe-fixes)" in out
    assert out.splitlines()[-1] == ("Found 1 error, 2 warnings (1 file checked). 1 fixable with `utmlint lint --fix` "
                                    "(1 more with `--unsafe-fixes`).")
    unsafe = run("lint", "--no-cache", "--unsafe-fixes", "c.yaml", cwd=root).out
    assert "UTM302 [*] url-insecure" in unsafe
    # The carets sit under the value, in the source line as written.
    block = out.split("c.yaml:2:9:")[1].splitlines()
    assert block[1:4] == ["  |", "2 | source: Intercom", "  |         ^^^^^^^^"]
    assert block[5] == "  = help: write `intercom`"


def test_long_urls_are_shortened_in_text_only(project, run, fixed_width):
    url = "https://example.com/" + "a" * 150 + "?x=1"
    root = project({".utmlint.yaml": "{}\n", "c.yaml": f"campaign: spring-sale\nsource: intercom\nmedium: email\n"
                                                        f"links:\n  - url: {url}\n    content: hero\n  - url: {url}&y=2\n"
                                                        "    content: hero\n"})
    out = run("lint", "--no-cache", "c.yaml", cwd=root).out
    assert "UTM502" in out and url not in out and text.ELLIPSIS in out
    assert text.shorten_url(url) in out  # the message names it by its ends
    assert all(len(line) <= 100 for line in out.splitlines() if line.startswith(("  |", "7 |")))
    assert any(url in d["message"] for d in run("lint", "--no-cache", "--format", "json", "c.yaml", cwd=root).findings)
    assert url in run("lint", "--no-cache", "--format", "github", "c.yaml", cwd=root).out


def test_shorten_url_keeps_both_ends():
    url = "https://example.com/very/long/path/" + "x" * 80 + "?utm_source=intercom&utm_medium=email"
    short = text.shorten_url(url)
    assert len(short) == text.URL_LIMIT and short.startswith("https://example.com/very/long/path/")
    assert short.endswith("utm_medium=email") and text.ELLIPSIS in short
    assert text.shorten_url("https://example.com/") == "https://example.com/"


def test_source_line_of_a_hostile_file_is_escaped_and_cut_around_the_carets():
    d = Diagnostic("x.yaml", 1, 207, "UTM201", "value-case", "warning", "m", 1, 212)  # VALUE
    source = "\x1b[31m" + "a" * 200 + "\u202eVALUE tail" + "b" * 100
    lines = text.snippet(d, source, 60)
    assert not any(ch in "".join(lines) for ch in "\x1b\u202e")
    shown, carets = lines[1], lines[2]
    assert len(shown) <= 60 and shown.index("VALUE") == carets.index("^") and carets.count("^") == 5
    assert "\\u202e" in shown or shown.startswith("1 | \u2026")


def test_quiet_prints_only_findings(project, run, fixed_width):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": "campaign: spring-sale\nsource: Intercom\nmedium: email\n"
                                                       "links:\n  - url: https://example.com/\n    content: hero\n"})
    quiet = run("lint", "--no-cache", "-q", "--output-format", "concise", cwd=root)
    assert quiet.code == 1 and quiet.out.splitlines() == [quiet.out.strip()] and quiet.out.startswith("c.yaml:2:9: UTM201")
    fixed = root / "c.yaml"
    fixed.write_text(fixed.read_text().replace("Intercom", "intercom"))
    clean = run("lint", "--no-cache", "--quiet", cwd=root)
    assert (clean.code, clean.out, clean.err) == (0, "", "")


def test_show_files_lists_checked_and_skipped_files_with_why(project, run, fixed_width):
    root = project({"c.yaml": "campaign: spring-sale\nsource: intercom\nmedium: email\n"
                              "links:\n  - url: https://example.com/\n    content: hero\n",
                    "docker-compose.yml": "services: {}\n"})
    out = run("lint", "--no-cache", "--show-files", "c.yaml", "docker-compose.yml", cwd=root).out
    assert out.splitlines()[:2] == [
        "checked  c.yaml",
        "skipped  docker-compose.yml: YAML without a top-level `campaign:` key (not a campaign file)"]
    assert out.splitlines()[-1] == "All clean: 1 file checked."
    as_json = run("lint", "--no-cache", "--show-files", "--format", "json", "c.yaml", cwd=root)
    assert json.loads(as_json.out) == [] and "checked  c.yaml" in as_json.err


def test_scan_show_files(run, fixed_width, tmp_path):
    (tmp_path / "a.md").write_text("[x](https://example.com/?utm_source=news&utm_medium=email&utm_campaign=s)\n")
    (tmp_path / "b.md").write_text("no links\n")
    out = run("scan", "--no-cache", "--show-files", ".", cwd=tmp_path).out
    assert "checked  a.md (1 tracked link)" in out and "checked  b.md (0 tracked links)" in out


def test_render_gate_shows_the_errors_in_the_text_style(project, run, fixed_width):
    root = project({"c.yaml": "campaign: spring-sale\nsource: intercom\nmedium: in-app\n"
                              "links:\n  - url: https://example.com/\n    content: hero\n"})
    result = run("render", cwd=root)
    assert result.code == 1
    assert "c.yaml:3:9: UTM102 medium-unassigned error: " in result.err and "3 | medium: in-app" in result.err


# -- colour


def test_colour_choice_follows_flag_then_no_color_then_force_color(monkeypatch):
    from utmlint.color import wanted

    class Tty:
        def isatty(self):
            return True

    for name in ("NO_COLOR", "FORCE_COLOR", "TERM"):
        monkeypatch.delenv(name, raising=False)
    assert wanted(Tty()) and not wanted(None) and not wanted(sys.stdout if not sys.stdout.isatty() else None)
    assert wanted(None, "always") and not wanted(Tty(), "never")
    monkeypatch.setenv("NO_COLOR", "1")
    assert not wanted(Tty()) and wanted(Tty(), "always")
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert not wanted(None)  # NO_COLOR wins over FORCE_COLOR, as in CPython
    monkeypatch.delenv("NO_COLOR")
    assert wanted(None) and not wanted(None, "never")
    monkeypatch.setenv("FORCE_COLOR", "0")
    assert not wanted(None)
    monkeypatch.delenv("FORCE_COLOR")
    monkeypatch.setenv("TERM", "dumb")
    assert not wanted(Tty())


def _cli_env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "TERM")}
    env.update(TERM="xterm-256color", **extra)
    return env


def _under_pty(args, env) -> str:
    """The real CLI as a subprocess whose stdout and stderr are a pseudo-terminal; what it printed there."""
    main, secondary = pty.openpty()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "utmlint", *args], cwd=EXAMPLES, env=env,
                                stdin=subprocess.DEVNULL, stdout=secondary, stderr=secondary)
        os.close(secondary)
        chunks = []
        while True:
            ready, _, _ = select.select([main], [], [], 60)
            if not ready:
                break
            try:
                data = os.read(main, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        proc.wait(timeout=60)
    finally:
        os.close(main)
    return b"".join(chunks).decode("utf-8", "replace")


def _piped(args, env) -> str:
    return subprocess.run([sys.executable, "-m", "utmlint", *args], cwd=EXAMPLES, env=env, capture_output=True,
                          text=True, timeout=60).stdout


ARGS = ["lint", "--no-cache", "bad/value-case.yaml", "bad/medium-unassigned.yaml"]


def test_a_terminal_gets_colour_a_pipe_and_no_color_do_not():
    on_tty = _under_pty(ARGS, _cli_env())
    assert "\x1b[1;31mUTM102\x1b[0m" in on_tty and "\x1b[1;33mwarning\x1b[0m" in on_tty, on_tty[:2000]
    assert "UTM102" in ANSI.sub("", on_tty)
    assert "\x1b[" not in _under_pty(ARGS, _cli_env(NO_COLOR="1"))
    assert "\x1b[" not in _under_pty(ARGS + ["--color", "never"], _cli_env())
    piped = _piped(ARGS, _cli_env())
    assert "UTM102" in piped and "\x1b" not in piped
    # What is coloured is the same text: only escape codes differ.
    assert ANSI.sub("", on_tty).replace("\r\n", "\n") == piped


def test_force_color_and_color_always_colour_a_pipe():
    assert "\x1b[1;31mUTM102\x1b[0m" in _piped(ARGS, _cli_env(FORCE_COLOR="1"))
    assert "\x1b[1;31mUTM102\x1b[0m" in _piped(ARGS + ["--color", "always"], _cli_env(NO_COLOR="1"))
    assert "\x1b" not in _piped(ARGS, _cli_env(FORCE_COLOR="1", NO_COLOR="1"))
    assert "\x1b" not in _piped(ARGS + ["--color", "never"], _cli_env(FORCE_COLOR="1"))


def test_colour_never_wraps_text_from_a_file_unescaped():
    d = Diagnostic("\x1b[31mx.yaml", 1, 1, "UTM201", "value-case", "warning", "v \x1b]0;t\x07",
                   fix=Fix((Edit(0, 1, "x"),), "write `x`"))
    summary = RunSummary(files=["x.yaml"], registry=registry(), text=TextOptions(color=True))
    out = text.render([d], summary)
    assert "\\x1b[31mx.yaml" in out and "\\x1b]0;t\\x07" in out
    assert ANSI.sub("", out).count("\x1b") == 0  # every escape left is one of ours
