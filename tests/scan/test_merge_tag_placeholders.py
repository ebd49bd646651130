"""An e-mail platform's capital merge tags (`%CAMPAIGN_NAME%`, `[CAMPAIGN_NAME]`) and Python's `%(name)s` are template
variables the sender fills in, not values: no value rule speaks on them and the safe `--fix` leaves them as written.
Before (stranger15 R12): value-case [*] on each, and `scan --fix` wrote `utm_campaign=%EF%BF%BDmpaign_name%25` and
`[campaign_name]` into the e-mail and `%25(campaign_name)s` into the program, so no recipient's link was filled in.
The team's own capital value beside them keeps its finding and its fix."""

from __future__ import annotations

import json

import pytest

from tests.scan.repository import repo_here
from utmlint.cli import main

EMAIL = ('<a href="https://acme.com/sale?utm_source=sendgrid&utm_medium=email&utm_campaign=%CAMPAIGN_NAME%">x</a>\n'
         '<a href="https://acme.com/sale?utm_source=sendgrid&utm_medium=email&utm_campaign=[CAMPAIGN_NAME]">x</a>\n')
CODE = ('LINK = "https://acme.com/sale?utm_source=app&utm_medium=email&utm_campaign=%(CAMPAIGN_NAME)s'
        '&utm_content=%(SLOT_NAME)s"\n')


def _findings(capsys):
    main(["scan", "--no-cache", "--format", "json", "."])
    return [(f["path"], f["line"], f["name"]) for f in json.loads(capsys.readouterr().out)]


@pytest.mark.parametrize("name, text", [("emails/promo.html", EMAIL), ("mailer.py", CODE)])
def test_merge_tags_get_no_value_finding_and_fix_leaves_them(tmp_path, monkeypatch, capsys, name, text):
    repo_here(tmp_path, monkeypatch, {name: text})
    assert _findings(capsys) == []
    main(["scan", "--no-cache", "--fix", "."])
    capsys.readouterr()
    assert (tmp_path / name).read_text(encoding="utf-8") == text


def test_the_teams_own_capital_value_beside_them_is_still_told_and_fixed(tmp_path, monkeypatch, capsys):
    own = '<a href="https://acme.com/sale?utm_source=sendgrid&utm_medium=email&utm_campaign=Spring-Sale">x</a>\n'
    repo_here(tmp_path, monkeypatch, {"emails/promo.html": EMAIL + own})
    assert _findings(capsys) == [("emails/promo.html", 3, "value-case")]
    main(["scan", "--no-cache", "--fix", "."])
    capsys.readouterr()
    assert (tmp_path / "emails/promo.html").read_text(encoding="utf-8") == EMAIL + own.replace("Spring-Sale",
                                                                                               "spring-sale")


def test_a_percent_escape_is_no_merge_tag(tmp_path, monkeypatch, capsys):
    """`%E2%80%99` (an apostrophe) opens with a letter too: two characters between `%`s are never a tag."""
    text = '<a href="https://acme.com/?utm_source=news&utm_medium=email&utm_campaign=Jane%E2%80%99s-Sale">x</a>\n'
    repo_here(tmp_path, monkeypatch, {"emails/promo.html": text})
    assert ("emails/promo.html", 1, "value-case") in _findings(capsys)
