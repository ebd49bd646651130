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
