"""review47 F8: a newsletter's whole tag set on its issue's link to a third party's article
(`techcrunch.com/...?utm_source=tldrnewsletter&utm_medium=newsletter&utm_campaign=tldr-0301`, in a team's press list)
was judged as the team's: medium-unassigned told the team to write `utm_medium=email` on TLDR's link to TechCrunch,
advice nobody can act on, and `scan --links` called it `own` (import wrote campaign `tldr-0301`). With the source
alone it was already copied-tracking ("the link names no campaign of yours"). Where the team's site is known (the
config's `own-hosts`, or the repository's CNAME) and the link goes to another, a known newsletter's source says the
tags came with the link, campaign and all: copied-tracking, and `copied` in the inventory. A slot the team bought
sends readers to its own site, and stays the team's; with nothing saying which site is the team's (the repository's
name alone: a team's site is often named otherwise), the link is judged as before; a campaign file's key is the
team's own structure."""

from __future__ import annotations

import csv
import io
import json

from tests.scan.repository import git_repo, write
from utmlint.cli import main

TLDR = "utm_source=tldrnewsletter&utm_medium=newsletter&utm_campaign=tldr-0301"
PRESS = ("# Press\n\n"
         f"- TechCrunch: [on our launch](https://techcrunch.com/2024/03/01/acme-launch/?{TLDR})\n"
         "- Our TLDR slot: https://www.acme.com/launch?utm_source=tldrnewsletter&utm_medium=newsletter"
         "&utm_campaign=acme-launch\n")


def _found(folder, monkeypatch, capsys, *args):
    monkeypatch.chdir(folder)
    main([*args, "--no-cache", "--format", "json"])
    return [(f["line"], f["name"], f["message"]) for f in json.loads(capsys.readouterr().out)]


def _whose(folder, monkeypatch, capsys):
    monkeypatch.chdir(folder)
    main(["scan", "--links", "--no-cache", "--format", "csv", "docs"])
    return {r["line"]: (r["whose"], r["why"]) for r in csv.DictReader(io.StringIO(capsys.readouterr().out))}


def test_a_newsletters_tags_on_a_third_partys_article_are_copied(tmp_path, monkeypatch, capsys):
    folder = git_repo(tmp_path / "site", "https://github.com/acme/acme-website.git")
    write(folder / "CNAME", "www.acme.com\n")
    write(folder / "docs" / "press.md", PRESS)
    found = _found(folder, monkeypatch, capsys, "scan", "docs")
    # the slot's link to acme.com, the site this repository publishes (its CNAME), is a link between its pages here
    assert [(line, name) for line, name, _ in found] == [(3, "copied-tracking"), (4, "utm-internal-link")], found
    message = found[0][2]
    assert "its issue's source, medium and campaign on its link to techcrunch.com, not your site" in message
    assert message.endswith("remove them: https://techcrunch.com/2024/03/01/acme-launch/")
    whose = _whose(folder, monkeypatch, capsys)
    assert whose["3"][0] == "copied" and whose["3"][1].startswith("`utm_source=tldrnewsletter` marks a newsletter's")
    assert whose["4"][0] == "set-aside"  # not another party's


def test_own_hosts_say_which_site_is_the_teams(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "site"
    write(folder / ".utmlint.yaml", "own-hosts: [acme.com]\n")
    write(folder / "docs" / "press.md", PRESS)
    found = _found(folder, monkeypatch, capsys, "scan", "docs")
    assert [(line, name) for line, name, _ in found] == [(3, "copied-tracking"), (4, "medium-unassigned")], found


def test_without_the_teams_site_known_the_link_is_judged_as_before(tmp_path, monkeypatch, capsys):
    for folder in (tmp_path / "bare", git_repo(tmp_path / "named", "https://github.com/jdoe/marketing-site.git")):
        write(folder / "docs" / "press.md", PRESS)
        found = _found(folder, monkeypatch, capsys, "scan", "docs")
        assert [(line, name) for line, name, _ in found] == [(3, "medium-unassigned"), (4, "medium-unassigned")], found


def test_a_campaign_files_key_keeps_the_link_the_teams(tmp_path, monkeypatch, capsys):
    folder = git_repo(tmp_path / "site", "https://github.com/acme/acme-website.git")
    write(folder / "CNAME", "www.acme.com\n")
    write(folder / ".utmlint.yaml", "include: ['campaigns/*.yaml']\nown-hosts: [acme.com]\n")
    write(folder / "campaigns" / "tldr.yaml", "campaign: tldr-0301\nsource: tldrnewsletter\nmedium: email\nlinks:\n"
                                              "  - url: https://techcrunch.com/2024/03/01/acme-launch/\n")
    found = _found(folder, monkeypatch, capsys, "lint", "campaigns")
    assert "copied-tracking" not in {name for _, name, _ in found}, found
