"""stranger16 R16: a hidden folder named on the command line (`utmlint scan .docs`) was skipped without a word:
"Nothing checked", exit 0, as if it held nothing. It stays left out by the default `.*` (tests/scan/test_scan_walk.py),
and the run now says so and what to do; a hidden folder a repository publishes (`.github`) is walked as ever."""

from __future__ import annotations

BAD = "https://acme.com/?utm_source=newsletter&utm_medium=emial&utm_campaign=x\n"


def test_a_named_hidden_folder_is_said_to_be_left_out(run, tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".docs").mkdir()
    (tmp_path / ".docs" / "a.md").write_text(BAD, encoding="utf-8")
    result = run("scan", "--no-cache", ".docs", cwd=tmp_path)
    assert ".docs:1:1: note: is a hidden folder, which the default exclude `.*` leaves out of a scan; not walked " \
           "(name its files to scan them)" in result.err, result
    # named, its file is scanned, its mistake told
    result = run("scan", "--no-cache", "--format", "concise", ".docs/a.md", cwd=tmp_path)
    assert result.code == 1 and "UTM102" in result.out


def test_a_published_hidden_folder_is_walked_without_a_note(run, tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".github").mkdir()
    (tmp_path / ".github" / "a.md").write_text(BAD, encoding="utf-8")
    result = run("scan", "--no-cache", "--format", "concise", ".github", cwd=tmp_path)
    assert result.code == 1 and "UTM102" in result.out and "hidden folder" not in result.err
