"""`utmlint scan FILE ...` under a config compares the files named with the project's other files (newuser47b F6).

The `utmlint-scan` pre-commit hook passes the staged files only: a new docs page writing `launch_week_2026` beside
committed pages' `launch-week-2026` passed the hook, and CI's `utmlint scan .` then failed on it. As lint's hook
compares a staged campaign file with every campaign file under the include globs, scan's compares a named file with
every file the project's scan reads, and reports only on the files named. A folder named (`scan docs`) and a run
without a config file compare what they were given, as before."""

from __future__ import annotations

from utmlint.cli import main

OLD = "[a](https://acme.dev/a?utm_source=docs&utm_medium=referral&utm_campaign=launch-week-2026)\n"
NEW = "[b](https://acme.dev/b?utm_source=docs&utm_medium=referral&utm_campaign=launch_week_2026)\n"


def _project(tmp_path, monkeypatch, config=True):
    (tmp_path / "docs").mkdir()
    (tmp_path / "blog").mkdir()
    (tmp_path / "blog" / "post.md").write_text(OLD, encoding="utf-8")
    (tmp_path / "docs" / "old.md").write_text(OLD, encoding="utf-8")
    (tmp_path / "docs" / "new.md").write_text(NEW, encoding="utf-8")
    if config:
        (tmp_path / ".utmlint.yaml").write_text("own-hosts: [acme.dev]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)


def _scan(capsys, *paths):
    code = main(["scan", "--no-cache", "--format", "concise", *paths])
    return code, capsys.readouterr().out


def test_a_staged_page_is_compared_with_the_committed_ones(tmp_path, monkeypatch, capsys):
    _project(tmp_path, monkeypatch)
    code, out = _scan(capsys, "docs/new.md")
    assert code == 1 and "docs/new.md:1:" in out and "UTM604" in out and "blog/post.md" in out, out
    assert "docs/old.md:" not in out.replace("in docs/old.md", "")  # reported only on the file named
    assert "(1 file checked)" in out


def test_the_named_files_agreeing_with_the_project_pass(tmp_path, monkeypatch, capsys):
    _project(tmp_path, monkeypatch)
    code, out = _scan(capsys, "docs/old.md", "blog/post.md")
    assert code == 0 and "UTM604" not in out, out


def test_a_folder_named_or_no_config_compares_what_was_given(tmp_path, monkeypatch, capsys):
    _project(tmp_path, monkeypatch, config=False)
    code, out = _scan(capsys, "docs/new.md")
    assert code == 0 and "UTM604" not in out, out
    (tmp_path / ".utmlint.yaml").write_text("own-hosts: [acme.dev]\n", encoding="utf-8")
    (tmp_path / "docs" / "old.md").unlink()
    code, out = _scan(capsys, "docs")
    assert code == 0 and "UTM604" not in out, out


# -- in a git work tree, the project is what git tracks or has staged (review47b F5)

import shutil
import subprocess

import pytest

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _git(tmp_path, *args):
    subprocess.run(["git", "-c", "user.email=t@example.com", "-c", "user.name=t", *args], cwd=tmp_path, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _repository(tmp_path, monkeypatch):
    """docs/a1.md committed with `launch-week-2026`, docs/new.md a local draft with `launch_week_2026`."""
    (tmp_path / "docs").mkdir()
    (tmp_path / ".utmlint.yaml").write_text("own-hosts: [acme.dev]\n", encoding="utf-8")
    (tmp_path / "docs" / "a1.md").write_text(OLD, encoding="utf-8")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-qm", "pages")
    (tmp_path / "docs" / "new.md").write_text(NEW, encoding="utf-8")
    (tmp_path / "docs" / "a1.md").write_text(OLD + "edited\n", encoding="utf-8")
    _git(tmp_path, "add", "docs/a1.md")
    monkeypatch.chdir(tmp_path)


@needs_git
def test_an_untracked_draft_does_not_block_the_commit_of_another_file(tmp_path, monkeypatch, capsys):
    _repository(tmp_path, monkeypatch)
    code, out = _scan(capsys, "docs/a1.md")
    assert code == 0 and "UTM604" not in out, out  # CI's checkout has no docs/new.md
    _git(tmp_path, "add", "docs/new.md")  # staged: it is in the commit, and then in CI's checkout
    code, out = _scan(capsys, "docs/a1.md")
    assert code == 1 and "docs/a1.md:1:" in out and "UTM604" in out and "docs/new.md" in out, out


@needs_git
def test_a_named_draft_is_still_compared_with_the_tracked_files(tmp_path, monkeypatch, capsys):
    _repository(tmp_path, monkeypatch)
    code, out = _scan(capsys, "docs/new.md")  # named: judged, whether git knows it or not
    assert code == 1 and "docs/new.md:1:" in out and "docs/a1.md" in out, out


@needs_git
def test_a_project_in_a_subfolder_of_the_repository(tmp_path, monkeypatch, capsys):
    site = tmp_path / "site"
    site.mkdir()
    _repository(site, monkeypatch)
    shutil.move(str(site / ".git"), str(tmp_path / ".git"))
    _git(tmp_path, "add", "-A", "site/docs/a1.md", "site/.utmlint.yaml")
    monkeypatch.chdir(site)
    code, out = _scan(capsys, "docs/a1.md")
    assert code == 0 and "UTM604" not in out, out
    _git(tmp_path, "add", "site/docs/new.md")
    code, out = _scan(capsys, "docs/a1.md")
    assert code == 1 and "docs/new.md" in out, out


@needs_git
def test_nothing_the_repository_configures_is_run(tmp_path, monkeypatch, capsys):
    _repository(tmp_path, monkeypatch)
    marker = tmp_path.parent / f"{tmp_path.name}-ran"
    hook = tmp_path.parent / f"{tmp_path.name}-monitor.sh"
    hook.write_text(f"#!/bin/sh\ntouch '{marker}'\n", encoding="utf-8")
    hook.chmod(0o755)
    _git(tmp_path, "config", "core.fsmonitor", str(hook))
    _git(tmp_path, "config", "core.pager", f"touch '{marker}'")
    code, out = _scan(capsys, "docs/a1.md")
    assert code == 0 and "UTM604" not in out, out
    assert not marker.exists()


def test_a_folder_outside_git_is_walked(tmp_path, monkeypatch, capsys):
    from utmlint.scan.gitfiles import git_files

    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    _project(tmp_path, monkeypatch)
    assert git_files(str(tmp_path)) is None
    code, out = _scan(capsys, "docs/new.md")  # the untracked files of a folder outside git are the project
    assert code == 1 and "UTM604" in out, out


# -- the hook's findings on the files named are `scan .`'s (review47b F6), its context judged in workers or not

import json


def _findings(capsys, *paths):
    main(["scan", "--no-cache", "--format", "json", *paths])
    report = json.loads(capsys.readouterr().out)
    items = report["diagnostics"] if isinstance(report, dict) else report
    return sorted(json.dumps(d, sort_keys=True) for d in items)


def _of(findings, path):
    return [d for d in findings if json.loads(d).get("path", json.loads(d).get("file")) == path]


def _varied(tmp_path, monkeypatch, pages=12):
    (tmp_path / "docs").mkdir()
    (tmp_path / ".utmlint.yaml").write_text("own-hosts: [acme.dev]\n", encoding="utf-8")
    spellings = ["launch-week-2026", "launch_week_2026", "Launch-Week-2026", "spring-sale"]
    sources = ["docs", "Docs", "newsletter", "news-letter"]
    for n in range(pages):
        (tmp_path / "docs" / f"p{n}.md").write_text(
            f"[p](https://acme.dev/p{n}?utm_source={sources[n % 4]}&utm_medium=referral"
            f"&utm_campaign={spellings[n % 4]})\n[q](https://other.example.org/?utm_source=x&utm_medium=y)\n",
            encoding="utf-8")
    monkeypatch.chdir(tmp_path)


def test_the_hook_and_scan_dot_agree_on_the_files_named(tmp_path, monkeypatch, capsys):
    _varied(tmp_path, monkeypatch)
    whole = _findings(capsys, ".")
    for n in (0, 1, 2, 3):
        named = f"docs/p{n}.md"
        assert _of(_findings(capsys, named), named) == _of(whole, named), named


def test_the_context_judged_in_workers_is_the_context_judged_here(tmp_path, monkeypatch, capsys):
    import os

    from utmlint import runner

    if not hasattr(os, "fork"):
        pytest.skip("no fork")
    _varied(tmp_path, monkeypatch, pages=210)
    here = _findings(capsys, "docs/p1.md")
    monkeypatch.setattr(runner, "PARALLEL_THRESHOLD", 10)
    monkeypatch.setattr(runner, "_cores", lambda: 2)
    assert _findings(capsys, "docs/p1.md") == here and here
    for _ in range(2):  # with the cache: the first run fills it from the workers' entries, the second reads it
        main(["scan", "--format", "json", "docs/p1.md"])
        report = json.loads(capsys.readouterr().out)
        items = report["diagnostics"] if isinstance(report, dict) else report
        assert sorted(json.dumps(d, sort_keys=True) for d in items) == here


def test_files_named_without_a_spelling_of_the_teams_read_no_other_file(tmp_path, monkeypatch, capsys):
    # no repo-wide finding can be on a file that spells no utm value of the team's: the project is not read for it
    from utmlint.scan.run import Scanner

    _project(tmp_path, monkeypatch)
    (tmp_path / "docs" / "typo.md").write_text("A page with no tracked link.\n", encoding="utf-8")
    read = []
    real = Scanner.scan_file
    monkeypatch.setattr(Scanner, "scan_file", lambda self, target: read.append(target.path) or real(self, target))
    code, out = _scan(capsys, "docs/typo.md")
    assert code == 0 and [path.rsplit("/", 1)[-1] for path in read] == ["typo.md"], (out, read)
    read.clear()
    _scan(capsys, "docs/new.md")
    assert len(read) > 1  # a file with the team's spellings: the project is read
