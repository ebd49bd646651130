"""stranger16 R19: stranger15 R10's rule (a file named to be checked is checked, or the run fails naming it) held for a
named path only: standard input that does not decode was "All clean: 1 file checked", exit 0 (an editor showed a
clean buffer with `emial` in it), and a named symbolic link to the README (a docs site's `docs/index.md`) was
"Nothing checked", exit 0. Now stdin is file-unreadable (UTM004) and a named link to a file inside the project is
scanned as its target; one leading out of the project is still not followed."""

from __future__ import annotations

import io
import os
import sys

BAD = "https://acme.com/?utm_source=newsletter&utm_medium=emial&utm_campaign=x\n"


def _stdin(monkeypatch, raw: bytes):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))


def test_stdin_that_does_not_decode_is_file_unreadable(run, tmp_path, monkeypatch):
    _stdin(monkeypatch, b"caf\xe9 " + BAD.encode())
    result = run("scan", "--no-cache", "--format", "concise", "--stdin-filename", "a.md", "-", cwd=tmp_path)
    assert result.code == 1 and "a.md:1:4: UTM004 file-unreadable error: not valid UTF-8" in result.out, result
    assert "save it as UTF-8" in result.out
    # the team's buffer that decodes keeps its own finding
    _stdin(monkeypatch, BAD.encode())
    result = run("scan", "--no-cache", "--format", "concise", "--stdin-filename", "a.md", "-", cwd=tmp_path)
    assert result.code == 1 and "UTM102 medium-unassigned" in result.out and "UTM004" not in result.out


def test_binary_stdin_without_utm_is_file_unreadable(run, tmp_path, monkeypatch):
    """Review of session 39: bytes with NUL and no `utm_` on stdin were "All clean: 1 file checked", where `lint -`
    says file-unreadable: no text was read, as for a named binary file. A text buffer without links is still clean."""
    _stdin(monkeypatch, b"x\0y")
    result = run("scan", "--no-cache", "--format", "concise", "--stdin-filename", "a.json", "-", cwd=tmp_path)
    assert result.code == 1 and result.out.startswith("a.json:1:1: UTM004 file-unreadable error: binary file"), result
    _stdin(monkeypatch, b"no links here\n")
    result = run("scan", "--no-cache", "--stdin-filename", "a.json", "-", cwd=tmp_path)
    assert result.code == 0 and result.out.startswith("All clean"), result


def test_a_named_symlink_to_a_file_of_the_project_is_scanned_as_its_target(run, tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "README.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    os.symlink("../README.md", tmp_path / "docs" / "index.md")
    result = run("scan", "--no-cache", "--format", "concise", "docs/index.md", cwd=tmp_path)
    assert result.code == 1 and "README.md:1:52: UTM102 medium-unassigned" in result.out, result
    assert "docs/index.md:1:1: note: is a symbolic link: scanned its target, README.md" in result.err


def test_a_named_symlink_out_of_the_project_is_not_followed(run, tmp_path):
    outside = tmp_path / "outside.md"
    outside.write_text(BAD, encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    os.symlink(outside, repo / "page.md")
    result = run("scan", "--no-cache", "--format", "concise", "page.md", cwd=repo)
    assert "UTM102" not in result.out and "is a symbolic link to no file inside the project" in result.err, result
