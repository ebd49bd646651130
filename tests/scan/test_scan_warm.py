"""A warm scan (every file answered by the content-hash cache) says exactly what a cold one says, repo-wide
findings across links and campaign files included; an edited file is noticed; and a run answered wholly
from the cache loads no rule, no judge and no YAML parser."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from utmlint.cli import main

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "scan"
TYPO = "Try [the app](https://example.com/app?utm_source=newsleter&utm_medium=email&utm_campaign=spring-launch).\n"
FIXED = "Try [the app](https://example.com/app?utm_source=newsletter&utm_medium=email&utm_campaign=spring-launch)\n"


def _settle(root: Path) -> None:
    """Every file old enough for the racy-clean rule to trust its stat next time."""
    old = time.time() - 60
    for path in root.rglob("*"):
        if path.is_file():
            os.utime(path, (old, old))


def _run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    shutil.copytree(EXAMPLE, root)  # docs with findings, a config and a campaign file (source: newsletter)
    (root / "docs" / "typo.md").write_text(TYPO, encoding="utf-8")
    for n in range(30):  # pages without tracked links: answered by their stat alone when warm
        (root / "docs" / f"page-{n}.md").write_text(f"Page {n}: see https://example.com/docs.\n", encoding="utf-8")
    _settle(root)
    return root


def _both(capsys, *argv):
    return [_run(capsys, "scan", *argv, "--format", fmt, "docs") for fmt in ("text", "json")]


def test_warm_equals_cold_with_a_repo_wide_finding_and_sees_edits(tmp_path, monkeypatch, capsys):
    root = _tree(tmp_path)
    monkeypatch.chdir(root)
    cold = _both(capsys, "--no-cache")
    assert cold[0][0] == 1
    text = cold[0][1]
    # the repo-wide finding compares the link in docs with the campaign file (lint's, not scanned)
    assert "docs/typo.md:1:50: UTM601" in text and "campaigns/launch.yaml" in text
    assert "docs/README.md:3:70: UTM201" in text
    first = _both(capsys, "--cache-dir", "cache")
    warm = _both(capsys, "--cache-dir", "cache")
    assert first == cold and warm == cold

    typo = root / "docs" / "typo.md"
    typo.write_text(FIXED, encoding="utf-8")  # same size, new bytes: the stat differs, the hash decides
    assert len(FIXED) == len(TYPO)
    edited = _both(capsys, "--cache-dir", "cache")
    assert "UTM601" not in edited[0][1] and "docs/README.md:3:70: UTM201" in edited[0][1]
    assert edited == _both(capsys, "--no-cache")

    typo.write_text(TYPO, encoding="utf-8")  # back to bytes the cache knows: the repo-wide finding returns
    assert _both(capsys, "--cache-dir", "cache") == cold
    launch = root / "campaigns" / "launch.yaml"  # the campaign file moves to the typo's spelling
    launch.write_text(launch.read_text(encoding="utf-8").replace("source: newsletter", "source: newsleter"),
                      encoding="utf-8")
    moved = _both(capsys, "--cache-dir", "cache")
    assert "docs/typo.md:1:50: UTM601" not in moved[0][1] and moved == _both(capsys, "--no-cache")


def test_a_warm_run_answered_by_the_cache_loads_no_rule(tmp_path):
    root = _tree(tmp_path)  # a config, a campaign file the repo-wide rules read, docs with findings
    probe = ("import sys\nfrom utmlint.cli import main\ncode = main(['scan', '--cache-dir', 'cache', 'docs'])\n"
             "loaded = [m for m in sys.modules if m.startswith(('utmlint.checks', 'utmlint.scan.judge', 'utmlint.engine', "
             "'utmlint.runner', 'yaml', '_yaml', 'hashlib', '_hashlib', 'hmac'))]\nprint('LOADED', code, sorted(loaded), file=sys.stderr)\n")

    def run():
        done = subprocess.run([sys.executable, "-c", probe], cwd=root, capture_output=True, text=True, timeout=120)
        return done.stdout, done.stderr.splitlines()[-1]

    first_out, first = run()
    warm_out, warm = run()
    assert "UTM201" in first_out and "docs/typo.md:1:50: UTM601" in first_out and warm_out == first_out
    assert first.startswith("LOADED 1 [") and "utmlint.checks" in first  # the cold run judged every file
    assert warm == "LOADED 1 []"  # nor OpenSSL: the cache's name and signature are BLAKE2b's (CPython's own)
    welcome = root / "docs" / "welcome.html"
    welcome.write_text(welcome.read_text(encoding="utf-8").replace("Email", "email"), encoding="utf-8")
    edited_out, edited = run()  # one file changed: the rules are loaded, for that file
    assert "utmlint.checks" in edited and "welcome.html:2:73" not in edited_out
    assert edited_out.count(": UTM") == first_out.count(": UTM") - 1
    _settle(root)
    assert run()[1] == "LOADED 1 []"  # every stat changed: files read and hashed again, the cache rewritten
    assert run()[1] == "LOADED 1 []"
    launch = root / "campaigns" / "launch.yaml"  # a campaign file changed: lint reads it again
    launch.write_text(launch.read_text(encoding="utf-8").replace("source: newsletter", "source: newsleter"),
                      encoding="utf-8")
    moved_out, moved = run()
    assert "utmlint.runner" in moved and "docs/typo.md:1:50: UTM601" not in moved_out


def test_a_warm_run_without_a_config_loads_no_json(tmp_path):
    """The cache's name and the repo-wide key are made without json (freshness.stable_text, repr): a tree without a
    config (whose validation reads JSON) is scanned warm without the json module, its regexes or its C extension.
    Every stat is trusted at once (RACY_NS), so the warm run does not rewrite the cache: a rewrite opens the cache
    folder through lint's cache module, which loads json."""
    root = tmp_path / "site"
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "a.md").write_text(TYPO, encoding="utf-8")
    (root / "docs" / "b.md").write_text(FIXED, encoding="utf-8")  # two spellings of one source: repo-wide
    _settle(root)
    probe = ("import sys\nimport utmlint.scan.run\nutmlint.scan.run.RACY_NS = -10**12\nfrom utmlint.cli import main\n"
             "code = main(['scan', '--cache-dir', 'cache', 'docs'])\nprint('JSON', code, sorted(m for m in sys.modules if m.split('.')[0] in ('json', '_json')), "
             "file=sys.stderr)\n")

    def run():
        done = subprocess.run([sys.executable, "-c", probe], cwd=root, capture_output=True, text=True, timeout=120)
        return done.stdout, done.stderr.splitlines()[-1]

    cold_out, _ = run()
    warm_out, warm = run()
    assert "docs/a.md:1:50" in cold_out and warm_out == cold_out and warm == "JSON 1 []"


def test_scan_as_its_own_process_says_all_and_a_callers_process_keeps_its_collector(tmp_path, monkeypatch, capsys):
    """`utmlint scan` as its own process turns the cyclic garbage collector off and leaves without the interpreter's
    teardown (cli._scan_process: both freed nothing and cost about a fifth of a warm run): its report, on stdout or
    in --output, and its exit code are still whole. Called in a caller's process it changes nothing there."""
    import gc

    root = _tree(tmp_path)
    monkeypatch.chdir(root)
    monkeypatch.setenv("COLUMNS", "100")  # the snippets' width, in-process and in the child alike
    for n in range(400):  # a report far longer than a pipe's buffer: all of it must be flushed before the exit
        (root / "docs" / f"case-{n}.md").write_text(f"[x](https://example.com/?utm_source=Newsletter&utm_medium=email"
                                                   f"&utm_campaign=spring-{n})\n", encoding="utf-8")
    _settle(root)
    assert gc.isenabled()
    code, report = _run(capsys, "scan", "--cache-dir", "cache", "docs")
    assert code == 1 and len(report) > 100_000 and report.count("UTM201") > 400
    assert gc.isenabled()  # in-process (tests, an embedding tool): left as it was

    for cache in ("--no-cache", "--cache-dir=cache"):  # cold, and warm (the in-process run wrote the cache)
        done = subprocess.run([sys.executable, "-m", "utmlint", "scan", cache, "docs"], cwd=root,
                              capture_output=True, text=True, timeout=120)
        assert (done.returncode, done.stdout, done.stderr) == (1, report, "")
    done = subprocess.run([sys.executable, "-m", "utmlint", "scan", "--cache-dir", "cache", "--output", "report.txt",
                           "docs"], cwd=root, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and (root / "report.txt").read_text(encoding="utf-8") == report
    done = subprocess.run([sys.executable, "-m", "utmlint", "scan", "--cache-dir", "cache", "--exit-zero", "docs"],
                          cwd=root, capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout) == (0, report)


def test_a_warm_run_reads_no_unchanged_file_whatever_the_file_is(tmp_path, monkeypatch, capsys):
    """The cache key holds what the file is (linkplace: program code, an e-mail template) and, last, the repository's
    identity, which the stat path checks: an unchanged code file or e-mail template with tracked links is answered by
    its stat, not read and hashed again on every warm run (session 29: 87 of the scan benchmark's 250 were)."""
    import utmlint.scan.run as run

    root = tmp_path / "site"
    for name in ("docs/typo.md", "src/app.py", "src/App.jsx", "emails/welcome.html", "marketing/plan.md"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(TYPO, encoding="utf-8")
    monkeypatch.setattr(run, "RACY_NS", -10**12)  # every stat trusted at once (utime moves the ctime to now)
    monkeypatch.chdir(root)
    cold = _run(capsys, "scan", "--no-cache", ".")
    assert _run(capsys, "scan", "--cache-dir", "cache", ".") == cold
    read = []
    real = run.read_whole
    monkeypatch.setattr(run, "read_whole", lambda path, *rest: read.append(path) or real(path, *rest))
    assert _run(capsys, "scan", "--cache-dir", "cache", ".") == cold
    assert read == []
