"""A guide's counter-example (a link marked as the wrong form: `❌ Don't:`, `**Bad:**`, a table's `Wrong` column) is
its lesson, not the team's link: nothing is said about it and the safe --fix leaves it as written (stranger16 R18: the
"❌ Don't" line got value-case three times and `scan --fix` turned it into the "Do" line; the Wrong/Right table got
medium-fragmentation between its columns). A link without such a mark, or in the Right column, is judged as ever."""

from __future__ import annotations

import json

from tests.scan.repository import repo_here
from utmlint.cli import main

GUIDE = """# How we tag links

Always lowercase. GA4 counts `Facebook` and `facebook` as two sources.

- ❌ Don't: https://example.com/pricing?utm_source=Facebook&utm_medium=Social&utm_campaign=Spring_Sale
- ✅ Do: https://example.com/pricing?utm_source=facebook&utm_medium=social&utm_campaign=spring-sale

| Wrong | Right |
|-------|-------|
| `https://example.com/?utm_source=newsletter&utm_medium=e-mail&utm_campaign=launch` | `https://example.com/?utm_source=newsletter&utm_medium=email&utm_campaign=launch` |
"""


def _findings(capsys):
    main(["scan", "--no-cache", "--format", "json", "."])
    return sorted((f["line"], f["name"]) for f in json.loads(capsys.readouterr().out))


def test_the_reviewers_guide_is_all_clean_and_its_dont_line_is_not_rewritten(tmp_path, monkeypatch, capsys):
    repo_here(tmp_path, monkeypatch, {"docs/utm-guide.md": GUIDE})
    assert _findings(capsys) == []
    main(["scan", "--no-cache", "--fix", "."])
    capsys.readouterr()
    assert (tmp_path / "docs/utm-guide.md").read_text(encoding="utf-8") == GUIDE


def test_the_teams_own_mistakes_without_a_mark_or_in_the_right_column_keep_their_findings(tmp_path, monkeypatch,
                                                                                           capsys):
    text = ("# How we tag links\n\n"
            "Newsletter: `https://example.com/pricing?utm_source=newsletter&utm_medium=emial&utm_campaign=spring-sale`\n\n"
            "Bad weather promo: https://acme.com/?utm_source=newsletter&utm_medium=email&utm_campaign=Bad_Weather\n\n"
            "- ❌ `Facebook` → ✅ https://acme.com/?utm_source=facebook&utm_medium=social&utm_campaign=Spring\n\n"
            "| Wrong | Right |\n|---|---|\n"
            "| `utm_medium=E-Mail` | https://acme.com/?utm_source=newsletter&utm_medium=emial&utm_campaign=x |\n\n"
            "| Channel | Link |\n|---|---|\n"
            "| Email | https://acme.com/?utm_source=newsletter&utm_medium=emial&utm_campaign=y |\n")
    repo_here(tmp_path, monkeypatch, {"docs/utm-guide.md": text})
    found = _findings(capsys)
    assert (3, "medium-unassigned") in found  # R15's guide row, no mark
    assert (5, "value-case") in found  # `Bad` starts a sentence, not a label
    assert (7, "value-case") in found  # the last mark before the link says it is the right form
    assert (11, "medium-unassigned") in found  # the Right column
    assert (15, "medium-unassigned") in found  # a table without a Wrong column


def test_marks_and_labels(tmp_path):
    from utmlint.scan.examples import counter_example

    def marked(line):
        return counter_example(line, line.index("https"))

    assert marked("**Bad:** https://acme.com/?utm_source=A")
    assert marked("Wrong: `https://acme.com/?utm_source=A`")
    assert marked("1. Wrong example - https://acme.com/?utm_source=A")
    assert marked("> ✗ https://acme.com/?utm_source=A")
    assert not marked("Don't forget https://acme.com/?utm_source=A")
    assert not marked("Right: https://acme.com/?utm_source=A (not ❌)")
    assert not marked("See https://acme.com/?utm_source=A")
