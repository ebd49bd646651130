"""HubSpot's send-time e-mail tags (`utm_source=hs_email&utm_medium=email`, corpus 11 #20: fixB, session 33). HubSpot writes
them into every link of an e-mail as it sends it, so a file holding both copied a sent e-mail's link, even a file read
as an e-mail (the CNCF newsletter's web archive); a hand-written `utm_medium=emial` beside `hs_email` is no HubSpot
send, and the team's own e-mail template keeps its typo's finding (review13's lesson: a reading must not silence a
team's own mistake). `validate_url` on the corpus row, and `utmlint scan` on real files in a temp git folder."""

from __future__ import annotations

import json

from tests.scan.repository import git_repo
from utmlint.cli import main
from utmlint.validate_url import validate_url


def _scan(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "--no-cache", "--format", "json", "."])
    return code, json.loads(capsys.readouterr().out)


def _names(url, **context):
    return sorted(f.name for f in validate_url(url, **context).findings)


# -- HubSpot's send-time tags

TOCKIFY = ("https://tockify.com/cncf.public.events/detail/643/1706716800000?startms=1706659200000&utm_source=hs_email"
           "&utm_medium=email")
NEWSLETTER = dict(repo="cncf/foundation", path="documents/project-newsletter/2024-01-26- Project Newsletter.md")


def test_hubspot_send_tags_in_a_newsletter_archive_are_copied():
    judged = validate_url(TOCKIFY, **NEWSLETTER)
    assert [f.name for f in judged.findings] == ["copied-tracking"]  # no "add utm_campaign" to HubSpot's tags
    assert "tockify.com" in judged.findings[0].message


def test_a_hand_written_hs_email_with_a_typo_keeps_its_advice():
    url = TOCKIFY.replace("utm_medium=email", "utm_medium=emial")
    assert "medium-unassigned" in _names(url, **NEWSLETTER)
    assert "copied-tracking" not in _names(url, **NEWSLETTER)


def test_the_teams_own_email_template_keeps_its_typo(tmp_path, monkeypatch, capsys):
    git_repo(tmp_path, "git@github.com:acme/mail-templates.git")
    (tmp_path / "emails").mkdir()
    (tmp_path / "emails" / "2026-01.html").write_text(
        '<a href="https://acme.dev/pricing?utm_source=acme-newsletter&utm_medium=emial&utm_campaign=jan">plans</a>\n'
        '<a href="https://tockify.com/acme.events/detail/7?utm_source=hs_email&utm_medium=email">calendar</a>\n', encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    by_url = {(d["name"], "hs_email" in d["message"]) for d in found}
    assert ("medium-unassigned", False) in by_url and code == 1
    assert not any(d["name"] == "missing-utm-param" for d in found)


def test_checked_alone_the_platforms_own_value_is_no_mistake():
    # issue 12: a link HubSpot tagged itself, checked alone (no repository: `build --validate`, MCP), is not called
    # copied (tests/test_advice.py: with its campaign, no finding at all)
    assert "copied-tracking" not in _names(TOCKIFY)
