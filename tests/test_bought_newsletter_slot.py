"""review44 F14: a team buying a slot in a newsletter names the newsletter as its source (`utm_source=changelog-news`),
the value the newsletter writes on its own links. In the team's campaign file (`campaign: changelog-q1`, lint) or a
file of its own campaigns and placements (scan's campaign place: `docs/sponsorships.md`), copied-tracking read it as
the newsletter's tags copied with a link it featured ("the link names no campaign of yours") and its safe fix deleted
the team's own source. There it is the team's: url-has-utm as before in lint (write `source:`), the values judged in
scan. Tested both ways: with `own-hosts` set, a link to another site in the campaign file is still a copy, and so is
a newsletter's link copied into a README."""

from __future__ import annotations

import json

from tests.scan.repository import git_repo, write
from utmlint.cli import main

CAMPAIGN = ("campaign: changelog-q1\nplatform: changelog-news\nlinks:\n"
            "  - url: https://acmeflow.com/?utm_source=changelog-news\n    content: sponsor-slot\n")


def _run(folder, monkeypatch, capsys, *args):
    monkeypatch.chdir(folder)
    main([*args, "--no-cache", "--format", "json"])
    return [(f["line"], f["name"]) for f in json.loads(capsys.readouterr().out)]


def test_a_campaign_file_s_newsletter_source_is_the_team_s_own(tmp_path, monkeypatch, capsys):
    folder = git_repo(tmp_path / "site")
    write(folder / "campaigns" / "changelog-q1.yaml", CAMPAIGN)
    write(folder / "campaigns" / "tldr-q1.yaml", CAMPAIGN.replace("changelog-news", "tldrnewsletter"))
    found = _run(folder, monkeypatch, capsys, "lint", "campaigns")
    assert (4, "url-has-utm") in found and "copied-tracking" not in {name for _, name in found}
    main(["lint", "--fix", "--no-cache", "campaigns"])
    capsys.readouterr()
    assert "utm_source=changelog-news" in (folder / "campaigns" / "changelog-q1.yaml").read_text(encoding="utf-8")


def test_a_campaign_file_s_link_to_another_site_is_still_a_copy(tmp_path, monkeypatch, capsys):
    folder = git_repo(tmp_path / "site")
    write(folder / ".utmlint.yaml", "include: ['campaigns/*.yaml']\nown-hosts: [acmeflow.com]\n")
    copied = CAMPAIGN + "  - url: https://github.com/tldr/cli?utm_source=changelog-news\n"
    write(folder / "campaigns" / "changelog-q1.yaml", copied)
    found = _run(folder, monkeypatch, capsys, "lint", "campaigns")
    assert (4, "url-has-utm") in found and (6, "copied-tracking") in found  # own site: the team's; github.com: copied


def test_a_campaign_file_s_link_to_a_code_host_is_a_copy_without_own_hosts(tmp_path, monkeypatch, capsys):
    folder = git_repo(tmp_path / "site")
    write(folder / "campaigns" / "changelog-q1.yaml",
          CAMPAIGN + "  - url: https://github.com/tldr/cli?utm_source=tldrnewsletter\n")
    found = _run(folder, monkeypatch, capsys, "lint", "campaigns")
    assert (4, "url-has-utm") in found and (6, "copied-tracking") in found


def test_a_sponsorships_doc_s_link_is_judged_as_the_team_s(tmp_path, monkeypatch, capsys):
    for remote in (None, "https://github.com/jdoe/marketing-site.git"):
        folder = git_repo(tmp_path / ("remote" if remote else "bare"), remote)
        write(folder / "docs" / "sponsorships.md",
              "# Sponsorships we bought\n\n- Changelog News, Q1 slot: https://acmeflow.com/?utm_source=changelog-news\n")
        assert _run(folder, monkeypatch, capsys, "scan", "docs") == [(3, "missing-utm-param")], remote


def test_a_newsletter_s_link_copied_into_a_readme_is_still_told(tmp_path, monkeypatch, capsys):
    for remote in (None, "https://github.com/jdoe/tool.git"):
        folder = git_repo(tmp_path / ("remote" if remote else "bare"), remote)
        write(folder / "README.md", "# tool\n\nAs featured: [tool](https://github.com/jdoe/tool?utm_source=changelog-news)"
                                    "\n\nRead [this](https://drewdevault.com/2018/11/15/x.html?utm_source=tldrnewsletter)\n")
        found = _run(folder, monkeypatch, capsys, "scan", ".")
        assert (5, "copied-tracking") in found, (remote, found)
