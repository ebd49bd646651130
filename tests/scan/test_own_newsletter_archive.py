"""A newsletter-kind utm_source in a newsletter's archive is the archive's own newsletter when the file says so: its
title or path names it (`utm_source=builders-weekly` in an issue titled "Builders Weekly #43"), or the issue writes
it on two or more different links. Then its links are the team's own tags, judged as such, wherever they go: a team's
site is often named otherwise than its GitHub organisation (`nwlabs` / northwind.io), so "not this repository's site"
says nothing here (stranger16 R1: f9dff59 told such an archive "remove them" and held its `emial` back in a hedged
warning). Another newsletter's tags copied into an archive item, one link a file, titled for the article (CSS Weekly's
in .NET Weekly's archive, corpus 15 #74) stay copied tracking, as f9dff59 made them. Real files, `utmlint scan`."""

from __future__ import annotations

from tests.scan.repository import scan_repository

ISSUE = """---
title: "Builders Weekly #43"
---

This week: [SSO for every plan](https://www.northwind.io/blog/sso?utm_source=builders-weekly&utm_medium=emial&utm_campaign=issue-43)
and [the new pricing](https://www.northwind.io/pricing?utm_source=builders-weekly&utm_medium=emial&utm_campaign=issue-43).
"""

# corpus 15 #74 as the file is (dotnetweekly/dnw-gatsby), its body cut short
DOTNET = """---
_id: 5a88e1adbd6dca0d5f0d2486
title: "DAY 7: SURPRISING CSS PROPERTIES YOU CAN USE TODAY"
url: 'http://12devsofxmas.co.uk/2016/01/day-7-surprising-css-properties-you-can-use-today/?utm_source=CSS-Weekly&utm_campaign=Issue-197&utm_medium=email'
category: articles
slug: 'day-7-surprising-css-properties-you-can-use-today'
username: 'bill-s'
tags: []
---

While working on the Juju GUI project, I was reviewing a pull request when I spotted there were no prefixes.
"""


def _found(tmp_path, monkeypatch, capsys, files, slug="nwlabs/website"):
    return sorted((d["path"], d["line"], d["name"], d["severity"])
                  for d in scan_repository(tmp_path, monkeypatch, capsys, slug, files))


def test_the_teams_own_archive_keeps_its_typo(tmp_path, monkeypatch, capsys):
    path = "src/newsletters/issue-43.md"
    assert _found(tmp_path, monkeypatch, capsys, {path: ISSUE}) == [
        (path, 5, "medium-unassigned", "error"), (path, 6, "medium-unassigned", "error")]


def test_a_title_naming_the_newsletter_is_enough_for_one_link(tmp_path, monkeypatch, capsys):
    path = "src/newsletters/issue-42.md"
    text = ISSUE.replace("#43", "#42").rsplit("\n", 2)[0].rstrip() + "\n"  # the first link only
    found = _found(tmp_path, monkeypatch, capsys, {path: text.replace("utm_source=builders-weekly",
                                                                      "utm_source=Builders_Weekly")})
    assert [f[2:] for f in found] == [("medium-unassigned", "error"), ("value-case", "warning")]


def test_two_links_of_an_issue_with_no_title_are_its_own(tmp_path, monkeypatch, capsys):
    path = "src/newsletters/issue-43.md"
    body = ISSUE.split("---\n", 2)[2]
    assert [f[2:] for f in _found(tmp_path, monkeypatch, capsys, {path: body})] == [
        ("medium-unassigned", "error")] * 2


def test_a_folder_named_for_the_newsletter_names_it(tmp_path, monkeypatch, capsys):
    path = "builders-weekly/043.md"
    text = "This week: [SSO](https://www.northwind.io/blog/sso?utm_source=buildersweekly&utm_medium=emial&" \
           "utm_campaign=issue-43)\n"
    assert [f[2:] for f in _found(tmp_path, monkeypatch, capsys, {path: text})] == [("medium-unassigned", "error")]


def test_another_newsletters_tags_in_an_archive_item_stay_copied(tmp_path, monkeypatch, capsys):
    path = "src/newsletters/2016/2/day-7-surprising-css-properties-you-can-use-today.md"
    found = _found(tmp_path, monkeypatch, capsys, {path: DOTNET}, "dotnetweekly/dnw-gatsby")
    assert [f[2] for f in found if f[2] != "url-insecure"] == ["copied-tracking"]  # (an http:// link)
    # the same copy written twice (its front matter's `url:` and a link in the body) is still one copied link
    twice = DOTNET + "\n[Read it](http://12devsofxmas.co.uk/2016/01/day-7-surprising-css-properties-you-can-use-" \
                     "today/?utm_source=CSS-Weekly&utm_campaign=Issue-197&utm_medium=email)\n"
    capsys.readouterr()
    found = _found(tmp_path / "again", monkeypatch, capsys, {path: twice}, "dotnetweekly/dnw-gatsby")
    assert [f[2] for f in found if f[2] != "url-insecure"] == ["copied-tracking"] * 2
