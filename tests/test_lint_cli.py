"""The command line as a user meets it: exit codes, formats, --fix/--diff, rules, version, cache."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from pathlib import Path

from utmlint import __version__

BAD = """\
campaign: Spring-Sale
source: intercom.com   # keep this comment
medium: in-app
links:
  - url: https://example.com/sale
    content: hero
"""
CLEAN = """\
campaign: spring-sale
source: intercom
medium: email
links:
  - url: https://example.com/sale
    content: hero
"""


def test_clean_exit_0(project, run):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": CLEAN})
    result = run("lint", "--no-cache", cwd=root)
    assert result.code == 0
    assert result.out == "All clean: 1 file checked.\n"


def test_findings_exit_1_with_located_lines(project, run):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": BAD})
    result = run("lint", "--no-cache", cwd=root)
    assert result.code == 1
    assert "c.yaml:3:9: UTM102 medium-unassigned error: GA4 files utm_medium `in-app`" in result.out
    assert result.out.splitlines()[-1].startswith("Found ")


def test_exit_zero_and_statistics(project, run):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": BAD})
    result = run("lint", "--no-cache", "--exit-zero", "--statistics", cwd=root)
    assert result.code == 0
    assert "UTM102  medium-unassigned [error]" in result.out


def test_json_format_fields(project, run):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": BAD})
    findings = run("lint", "--no-cache", "--format", "json", cwd=root).findings
    assert findings
    assert set(findings[0]) >= {"path", "line", "column", "code", "name", "severity", "message"}


def test_missing_path_exit_2(project, run):
    root = project({".utmlint.yaml": "{}\n"})
    result = run("lint", "nope.yaml", cwd=root)
    assert result.code == 2
    assert "nope.yaml: no such file or folder" in result.err


def test_unknown_flag_exit_2(run):
    with pytest.raises(SystemExit) as exc:
        run("lint", "--frobnicate")
    assert exc.value.code == 2


def test_diff_writes_nothing_and_fix_keeps_comments(project, run):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": BAD})
    path = root / "c.yaml"
    diff = run("lint", "--diff", "--no-cache", cwd=root)
    assert "-source: intercom.com   # keep this comment" in diff.out
    assert "+source: intercom   # keep this comment" in diff.out
    assert path.read_text() == BAD
    run("lint", "--fix", cwd=root)
    fixed = path.read_text()
    assert "source: intercom   # keep this comment" in fixed
    assert fixed.splitlines()[2:] == BAD.splitlines()[2:]  # only the lines with fixes changed
    again = path.read_text()
    run("lint", "--fix", cwd=root)
    assert path.read_text() == again  # idempotent


def test_fix_never_touches_unparseable_files(project, run):
    broken = "campaign: Spring\nsource: intercom.com\n  bad: [indent\n"
    root = project({".utmlint.yaml": "{}\n", "c.yaml": broken})
    result = run("lint", "--fix", cwd=root)
    assert result.code == 1
    assert (root / "c.yaml").read_text() == broken


def test_output_file(project, run):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": BAD})
    result = run("lint", "--no-cache", "--format", "json", "--output", "out/report.json", cwd=root)
    assert result.code == 1 and result.out == ""
    assert json.loads((root / "out/report.json").read_text())


def test_rules_and_rule(run):
    listing = run("rules")
    assert listing.code == 0
    assert "UTM102  medium-unassigned" in listing.out
    one = run("rule", "medium-unassigned")
    assert one.code == 0
    for heading in ("What it does:", "Why is this bad?", "Example:", "Use instead:"):
        assert heading in one.out
    assert run("rule", "UTM102").out == one.out
    missing = run("rule", "medium-unasigned")
    assert missing.code == 2 and "Did you mean: medium-unassigned" in missing.err


def test_version(run):
    result = run("--version")
    assert result.code == 0 and result.out.startswith(f"utmlint {__version__}")


def test_cache_reuses_results_and_sees_changes(project, run, monkeypatch):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": BAD, "d.yaml": CLEAN})
    first = run("lint", "--format", "json", cwd=root)
    assert (root / ".utmlint_cache").is_dir()
    calls = []
    from utmlint.engine import Linter

    original = Linter.lint_file
    monkeypatch.setattr(Linter, "lint_file", lambda self, path: calls.append(os.path.basename(path)) or original(self, path))
    second = run("lint", "--format", "json", cwd=root)
    assert second.findings == first.findings and calls == []
    (root / "d.yaml").write_text(CLEAN.replace("email", "in-app"))
    third = run("lint", "--format", "json", cwd=root)
    assert calls == ["d.yaml"]
    assert "d.yaml" in {f["path"] for f in third.findings}


def test_corrupt_cache_is_ignored_and_rebuilt(project, run):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": BAD})
    first = run("lint", "--format", "json", cwd=root)
    for cache_file in (root / ".utmlint_cache").glob("*.json"):
        cache_file.write_text(cache_file.read_text()[:40])
    second = run("lint", "--format", "json", cwd=root)
    assert second.findings == first.findings
    for cache_file in (root / ".utmlint_cache").glob("*.json"):
        assert json.loads(cache_file.read_text().rpartition("\n#hmac-sha256:")[0])["files"]


def test_committed_cache_from_elsewhere_is_ignored(project, run, tmp_path, monkeypatch):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": BAD})
    """A cache whose entries were edited (signature kept), or signed with another machine's key, is ignored;
    the key itself is in no file of the repository."""
    from utmlint.cache import sign

    run("lint", cwd=root)
    key = Path(os.environ["XDG_CACHE_HOME"]) / "utmlint" / "cache-key"
    for path in root.rglob("*"):
        if path.is_file():
            assert key.read_bytes().strip() not in path.read_bytes()
    cache_file = next((root / ".utmlint_cache").glob("*.json"))
    body, mark, mac = cache_file.read_text().rpartition("\n#hmac-sha256:")
    data = json.loads(body)
    for entry in data["files"].values():  # forge: claim the file is clean
        entry["diagnostics"] = []
    cache_file.write_text(json.dumps(data) + mark + mac)  # the old signature kept
    assert run("lint", cwd=root).code == 1
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "other-machine"))
    cache_file.write_bytes(sign(json.dumps(data).encode(), f"lint-cache {cache_file.name}"))
    monkeypatch.undo()
    assert run("lint", cwd=root).code == 1


def test_module_entry_point_and_no_heavy_imports(project):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": CLEAN})
    code = ("import sys; from utmlint.cli import main; rc = main(['lint', '--no-cache', '.']); "
            "print(sorted(m for m in ('httpx', 'tabulate', 'jsonschema') if m in sys.modules)); sys.exit(rc)")
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("[]")


def test_lint_as_its_own_process_says_all_and_runs_any_exit_handler(project, run):
    """`utmlint lint` as its own process leaves without the interpreter's teardown once its report is flushed
    (cli._lint_process, as scan does): its report, on stdout or in --output, and its exit code are still whole, and
    a run that leaves an exit handler behind (a plugin's) exits as Python does, running it. In-process (tests, an
    embedding tool) main() returns."""
    files = {".utmlint.yaml": "{}\n"}
    for n in range(300):  # a report far longer than a pipe's buffer: all of it must be flushed before the exit
        files[f"c{n}.yaml"] = BAD.replace("Spring-Sale", f"Spring-Sale-{n}")
    root = project(files)
    mine = run("lint", "--no-cache", ".", cwd=root)
    assert mine.code == 1 and len(mine.out) > 100_000
    for args in (("--no-cache",), ("--no-cache", "--exit-zero"), ()):  # cold, and warm: the fast path's record too
        done = subprocess.run([sys.executable, "-m", "utmlint", "lint", *args, "."], cwd=root, capture_output=True,
                              text=True, timeout=120)
        assert (done.returncode, done.stdout, done.stderr) == (0 if "--exit-zero" in args else 1, mine.out, "")
    done = subprocess.run([sys.executable, "-m", "utmlint", "lint", "--no-cache", "--output", "report.txt", "."],
                          cwd=root, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and (root / "report.txt").read_text(encoding="utf-8") == mine.out
    # os._exit, which leaves without the teardown, says so here (in this process: the workers it forks leave by it)
    script = ("import atexit, os, sys\n"
              "def leave(code, real=os._exit, write=os.write, me=os.getpid()):\n"
              "    if os.getpid() == me: write(2, b'left without the teardown\\n')\n"
              "    real(code)\n"
              "os._exit = leave\n"
              "if 'handler' in sys.argv: atexit.register(lambda: print('handler ran', file=sys.stderr))\n"
              "sys.argv = ['utmlint', 'lint', '--no-cache', 'c0.yaml']\n"
              "from utmlint.cli import main\nraise SystemExit(main())\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stderr) == (1, "left without the teardown\n") and "UTM102" in done.stdout
    done = subprocess.run([sys.executable, "-c", script, "handler"], cwd=root, capture_output=True, text=True,
                          timeout=120)
    assert (done.returncode, done.stderr) == (1, "handler ran\n") and "UTM102" in done.stdout
