"""stranger15's findings on scan (/work/review15-findings.md), each reproduction as a user runs it: `utmlint scan` in a
fresh git folder."""

from __future__ import annotations

import json

from tests.scan.test_identity import git_repo


def _scan(run, root, *paths):
    result = run("scan", "--no-cache", "--format", "json", *(paths or (".",)), cwd=root)
    return result.code, [(f["path"], f["line"], f["name"], f["severity"]) for f in json.loads(result.out)]


def test_r14_a_hedged_note_holding_back_the_teams_mistake_fails_the_gate(run, tmp_path):
    # the team's Rails app (jdoe/rails-app) documents its own digest's links to taskly.io: whether the tags were copied
    # from the digest or are the team's own, `Digest` needs a change; the note said so as an info, exit 0
    git_repo(tmp_path, "https://github.com/jdoe/rails-app.git")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "digest.md").write_text(
        "Our weekly digest links: https://taskly.io/dashboard?utm_source=weekly_digest&utm_medium=email"
        "&utm_campaign=Digest\n", encoding="utf-8")
    assert _scan(run, tmp_path) == (1, [("docs/digest.md", 1, "copied-tracking", "warning")])
    # holding nothing back, the hedge stays a note
    (tmp_path / "docs" / "digest.md").write_text(
        "Our weekly digest links: https://taskly.io/dashboard?utm_source=weekly_digest&utm_medium=email"
        "&utm_campaign=digest\n", encoding="utf-8")
    assert _scan(run, tmp_path) == (0, [("docs/digest.md", 1, "copied-tracking", "info")])
