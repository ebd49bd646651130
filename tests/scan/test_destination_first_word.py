"""stranger13 R1: a source whose first word is the destination site's name (`pixel_newsletter` on pixel.io) is how a
team names its own placements as often as it is the site's own tags, copied. When identity cannot tie the repository
to the site (a personal account, an agency's repository), copied-tracking says it as a hedged note that names
the mistakes it holds back, then as a warning (stranger15 R14), and the `own-hosts` way out; in an e-mail template, whose links carry the e-mail's own tags,
not at all: the team's `utm_medium=emial` is still told (UTM102). Real files in a temp git folder, `utmlint scan`."""

from __future__ import annotations

import json

from tests.scan.repository import git_repo
from utmlint.cli import main

EMAIL = """<html><body>
<p>Read <a href="https://pixel.io/blog/january-release?utm_source=pixel_newsletter&utm_medium=emial&utm_campaign=jan-2026">what's new</a>.</p>
<p>Try <a href="https://pixel.io/pricing?utm_source=pixel_newsletter&utm_medium=emial&utm_campaign=jan-2026">the new plans</a>.</p>
</body></html>
"""
SUBSTACK = ('Get the letter: <a href="https://pixel.substack.com/?utm_source=pixel-blog&utm_medium=referal'
            '&utm_campaign=Footer">subscribe</a>\n')


def _scan(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "--no-cache", "--format", "json", "."])
    return code, json.loads(capsys.readouterr().out)


def test_an_email_template_keeps_its_own_mistake(tmp_path, monkeypatch, capsys):
    git_repo(tmp_path, "git@github.com:janedoe/mail-templates.git")
    (tmp_path / "emails").mkdir()
    (tmp_path / "emails" / "2026-01.html").write_text(EMAIL, encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert [d["name"] for d in found] == ["medium-unassigned", "medium-unassigned"]
    assert code == 1


def test_the_corrected_email_template_is_clean(tmp_path, monkeypatch, capsys):
    git_repo(tmp_path, "git@github.com:janedoe/mail-templates.git")
    (tmp_path / "emails").mkdir()
    (tmp_path / "emails" / "2026-01.html").write_text(EMAIL.replace("emial", "email"), encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert found == [] and code == 0


def test_elsewhere_a_hedged_note_naming_the_mistakes(tmp_path, monkeypatch, capsys):
    git_repo(tmp_path, "git@github.com:jdoe/site.git")
    (tmp_path / "footer.html").write_text(SUBSTACK, encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    # a warning, holding back an Unassigned medium (stranger15 R14): the gate fails either way
    assert [(d["name"], d["severity"]) for d in found] == [("copied-tracking", "warning")] and code == 1
    message = found[0]["message"]
    assert "list it in the config's `own-hosts`" in message
    assert "they have mistakes too: medium-unassigned (UTM102)" in message
