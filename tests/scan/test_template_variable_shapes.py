"""A template variable's common shapes are the sender's, filled in at send time: no value rule speaks on them and the
safe `--fix` leaves them as written (utmlint.placeholders). Before (stranger16 R7): `scan --fix` wrote Campaign
Monitor's `[CAMPAIGN-NAME]` as `[campaign-name]` (while its message said "write `campaign-name`") and a build's
`__CONTENT__` as `-content-`, and the platform no longer filled them in: every send carried the literal token.
A guide's slot (`[CAMPAIGN]`, `[YOUR_SOURCE]`) is still one to fill in, and the team's own capitals beside a
variable, or glued to one, are still told and fixed."""

from __future__ import annotations

import json

import pytest

from tests.scan.repository import repo_here
from utmlint.cli import main

WELCOME = "Blog: https://acme.com/blog?utm_source=welcome-email&utm_medium=email&utm_campaign=[CAMPAIGN-NAME]\n"
JUNE = ("[Read](https://acme.com/june?utm_source=acme-news&utm_medium=email&utm_campaign=june-2026"
        "&utm_content=__CONTENT__)\n")


def _findings(capsys):
    main(["scan", "--no-cache", "--format", "json", "."])
    return sorted((f["path"], f["line"], f["name"]) for f in json.loads(capsys.readouterr().out))


def _fixed(tmp_path, capsys, name):
    main(["scan", "--no-cache", "--fix", "."])
    capsys.readouterr()
    return (tmp_path / name).read_text(encoding="utf-8")


def test_the_reviewers_merge_tags_are_neither_told_nor_rewritten(tmp_path, monkeypatch, capsys):
    repo_here(tmp_path, monkeypatch, {"emails/welcome.txt": WELCOME, "newsletters/2026-06.md": JUNE})
    assert _findings(capsys) == []
    assert _fixed(tmp_path, capsys, "emails/welcome.txt") == WELCOME
    assert (tmp_path / "newsletters/2026-06.md").read_text(encoding="utf-8") == JUNE


SHAPES = ["[CAMPAIGN-NAME]", "[Campaign Name]", "[Name]", "[campaign-name]", "[firstname,fallback=there]",
          "__CONTENT__", "__Campaign__", "__content__", "__CampaignName__", "%CAMPAIGN-NAME%", "%campaign_name%",
          "{CAMPAIGN NAME}", "%%=v(@Campaign)=%%", "weekly-[DATE]", "weekly-__DATE__",
          # the shapes read before (stranger15 R12, stranger14 R12, ...): still variables
          "[CAMPAIGN_NAME]", "%CAMPAIGN_NAME%", "{{Campaign}}", "{Campaign}", "*|CAMPAIGN|*", "<%= Campaign %>",
          "${Campaign}", "#{Campaign}", "$CAMPAIGN_NAME", "%%Campaign%%", "[[Campaign]]"]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("name, line", [
    ("emails/welcome.txt", "Blog: https://acme.com/blog?utm_source=welcome-email&utm_medium=email&utm_campaign={}\n"),
    ("newsletters/june.md", "[Read](https://acme.com/june?utm_source=acme-news&utm_medium=email&utm_campaign=june"
                            "&utm_content={})\n"),
    ("emails/june.html", '<a href="https://acme.com/june?utm_source=acme-news&utm_medium=email&utm_campaign={}">x</a>\n'),
])
def test_a_template_variable_is_never_judged_nor_rewritten(tmp_path, monkeypatch, capsys, shape, name, line):
    text = line.format(shape)
    repo_here(tmp_path, monkeypatch, {name: text})
    # no value rule speaks; a variable naming the reader (`[firstname,fallback=there]`) puts each recipient's name in
    # the link, which pii-in-url tells (it has no fix: the text stays as written)
    assert _findings(capsys) == ([(name, 1, "pii-in-url")] if "firstname" in shape else [])
    assert _fixed(tmp_path, capsys, name) == text


def test_the_teams_own_mistakes_beside_and_around_them_are_still_told_and_fixed(tmp_path, monkeypatch, capsys):
    base = "https://acme.com/blog?utm_source=welcome-email&utm_medium=email&utm_campaign="
    text = "".join(f"{base}{value}\n" for value in (
        "[CAMPAIGN-NAME]", "Spring-Sale", "SPRING__SALE", "Weekly-[DATE]", "~LAUNCH~", "Launch__2026", "[CAMPAIGN]",
        "[YOUR_SOURCE]", "__YOUR_SOURCE__", "%CAMPAIGN%2F"))
    repo_here(tmp_path, monkeypatch, {"emails/welcome.txt": text})
    found = _findings(capsys)
    told = {line for _, line, _ in found}
    assert 1 not in told  # the merge tag
    assert {2, 3, 4, 5, 6, 10} <= told, found  # the team's capitals (glued to a tag, or `~` kept as a value)
    assert [(line, name) for _, line, name in found if line in (7, 8, 9)] == [
        (7, "utm-placeholder-unfilled"), (8, "utm-placeholder-unfilled"), (9, "utm-placeholder-unfilled")]
    fixed = _fixed(tmp_path, capsys, "emails/welcome.txt").splitlines()
    assert fixed[0].endswith("=[CAMPAIGN-NAME]") and fixed[1].endswith("=spring-sale")
    assert fixed[3].endswith("=weekly-[DATE]"), fixed[3]
    assert fixed[6].endswith("=[CAMPAIGN]")  # a slot to fill in: no respelling


def test_a_date_format_in_a_newsletters_template_is_a_slot_and_a_capital_of_its_own_is_told(tmp_path, monkeypatch,
                                                                                           capsys):
    """stranger16 R12's variant: the newsletter's own template writes its campaign `weekly-YYYY-MM-DD`, a date to
    write in; the safe --fix wrote `weekly-yyyy-mm-dd`. The template's own `Newsletter` is still told and fixed."""
    template = ('---\ntitle: "Builders Weekly #NUMBER"\ndate: YYYY-MM-DD\n---\n\n'
                "[Feature](https://acme.com/blog/post-SLUG?utm_source=newsletter&utm_medium=email"
                "&utm_campaign=weekly-YYYY-MM-DD&utm_content=feature)\n"
                "[Own](https://acme.com/x?utm_source=Newsletter&utm_medium=email&utm_campaign=weekly-2026-06-01)\n")
    repo_here(tmp_path, monkeypatch, {"newsletters/_template.md": template})
    main(["scan", "--no-cache", "--format", "json", "."])
    found = sorted((f["line"], f["name"]) for f in json.loads(capsys.readouterr().out))
    assert found == [(7, "value-case")]
    main(["scan", "--no-cache", "--fix", "."])
    capsys.readouterr()
    fixed = (tmp_path / "newsletters/_template.md").read_text(encoding="utf-8")
    assert "utm_campaign=weekly-YYYY-MM-DD&" in fixed and "utm_source=newsletter&utm_medium=email&utm_campaign=weekly-2026" in fixed
