"""stranger13 R3: a copied key GA4 never reads (`utm_sq`, a social-media scheduler's id of one shared post) is said
for what it is, and, being a stray key rather than someone's tags, does not hold back the link's own mistakes (an
Unassigned `referal`); a `[shared]` marker that names its platform (`by=Pulse`) says whose tags they are, and Pulse's
marker needs Pulse's own medium, so a newsletter of the team's own called Pulse News keeps its typo's finding. Real
files in a temp git folder with an `origin` remote, `utmlint scan` as a user runs it."""

from __future__ import annotations

import json

from tests.scan.repository import git_repo
from utmlint.cli import main


def _scan(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "--no-cache", "--format", "json", "."])
    return code, json.loads(capsys.readouterr().out)


def test_utm_sq_is_a_schedulers_post_id_and_the_links_own_typo_is_told(tmp_path, monkeypatch, capsys):
    git_repo(tmp_path, "git@github.com:jdoe/notes.git")
    (tmp_path / "t.md").write_text("See https://bar.dev/?utm_source=acme&utm_medium=referal&utm_campaign=partners"
                                   "&utm_sq=abc123 for more.\n", encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert [d["name"] for d in found] == ["medium-unassigned", "copied-tracking"]
    copied = found[1]["message"]
    assert "`utm_sq` is not a key GA4 reads: a social-media scheduler wrote it as its id of one shared post" in copied
    assert "credited to that visit or person" not in copied
    assert code == 1


def test_utm_sq_alone_is_still_reported(tmp_path, monkeypatch, capsys):
    git_repo(tmp_path, "git@github.com:jdoe/notes.git")
    (tmp_path / "t.md").write_text("Keycloak news: https://www.keycloak.org/2026/01/news?utm_sq=g0u3m590zf\n",
                                   encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert [d["name"] for d in found] == ["copied-tracking"]


def test_a_newsletter_called_pulse_news_keeps_its_typo(tmp_path, monkeypatch, capsys):
    git_repo(tmp_path, "git@github.com:jdoe/newsletter-archive.git")
    (tmp_path / "issues").mkdir()
    (tmp_path / "issues" / "2026-01.md").write_text(
        "Read https://partner.dev/?utm_source=pulsenews&utm_medium=emial&utm_campaign=jan today\n", encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert [d["name"] for d in found] == ["medium-unassigned"]
    assert code == 1


def test_pulses_own_tags_are_named_as_pulses(tmp_path, monkeypatch, capsys):
    git_repo(tmp_path, "git@github.com:brandur/sorg.git")  # corpus 15 #17: an archived tweet's link, as Pulse tagged it
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "twitter.md").write_text(
        "http://www.wired.com/wiredscience/2012/06/plum-brook-nuclear-facility/?utm_source=pulsenews"
        "&utm_medium=referral&utm_campaign=Interesting&pid=4018\n", encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert [d["name"] for d in found] == ["url-insecure", "copied-tracking"]
    assert "mark Pulse's tags, which it writes into the links it hands out" in found[1]["message"]
    assert "another platform's" not in found[1]["message"]
