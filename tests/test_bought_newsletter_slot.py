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


READING_LIST = ("# Reading list\n\nLinks worth reading from this week's newsletters:\n\n"
                "- [How Linear builds product](https://linear.app/blog/how-we-build?utm_source=tldrnewsletter)\n"
                "- Great piece on onboarding: https://www.lennysnewsletter.com/p/onboarding?utm_source=changelog-news\n")


def test_a_marketing_note_quoting_newsletters_links_is_copied_tracking(tmp_path, monkeypatch, capsys):
    """review45 F2: links pasted out of newsletters into a note under `marketing/` (the campaign place) were read as
    slots the team bought, and told to add a medium and a campaign to linear.app's link. A team's slots send readers
    to its own site; the note's newsletter-tagged links go to two sites: the newsletters' tags, copied. The slots file
    beside it, each newsletter's slot on the team's one site, is the team's as before."""
    for remote in (None, "https://github.com/acmeflow/marketing-site.git"):
        folder = git_repo(tmp_path / ("remote" if remote else "bare"), remote)
        write(folder / "marketing" / "notes" / "reading-list.md", READING_LIST)
        write(folder / "marketing" / "slots.md", "# Newsletter slots\n\n"
              "- Changelog News, Q1: https://acmeflow.com/?utm_source=changelog-news\n"
              "- TLDR, Q2: https://acmeflow.com/pricing?utm_source=tldrnewsletter\n")
        found = _run(folder, monkeypatch, capsys, "scan", "marketing/notes")
        assert found == [(5, "copied-tracking"), (6, "copied-tracking")], (remote, found)
        found = _run(folder, monkeypatch, capsys, "scan", "marketing/slots.md")
        assert found == [(3, "missing-utm-param"), (4, "missing-utm-param")], (remote, found)


def test_a_note_s_newsletter_links_judged_alike_by_validate_url():
    """validate_url, given the note's other links (as the corpus tests give them), reads the file as scan does."""
    from utmlint.validate_url import validate_url

    urls = ["https://linear.app/blog/how-we-build?utm_source=tldrnewsletter",
            "https://www.lennysnewsletter.com/p/onboarding?utm_source=changelog-news"]
    note = validate_url(urls[0], repo="jdoe/marketing-site", path="marketing/notes/reading-list.md", file_urls=urls[1:])
    assert [f.code for f in note.findings] == ["UTM310"], note.findings
    slot = validate_url("https://acmeflow.com/?utm_source=changelog-news", repo="jdoe/marketing-site",
                        path="marketing/slots.md", file_urls=["https://acmeflow.com/pricing?utm_source=tldrnewsletter"])
    assert "UTM310" not in [f.code for f in slot.findings], slot.findings


def test_one_quoted_newsletter_link_is_copied_where_the_team_s_site_is_known(tmp_path, monkeypatch, capsys):
    """One link copied out of TLDR into a note: with nothing naming the team's site it cannot be told from a slot (kept
    as review44 F14 reads it); with a CNAME naming acmeflow.com, a link to linear.app is no slot the team bought, and
    a slot on acmeflow.com still is."""
    note = "From this week's TLDR: [How Linear builds](https://linear.app/blog/how-we-build?utm_source=tldrnewsletter)\n"
    slot = "- TLDR, Q2 slot: https://acmeflow.com/pricing?utm_source=tldrnewsletter\n"
    for cname in (None, "acmeflow.com\n"):
        folder = git_repo(tmp_path / ("cname" if cname else "bare"))
        write(folder / "marketing" / "notes" / "one.md", note)
        write(folder / "marketing" / "slots.md", slot)
        if cname:
            write(folder / "CNAME", cname)
        found = _run(folder, monkeypatch, capsys, "scan", "marketing")
        expected = "copied-tracking" if cname else "missing-utm-param"
        assert found == [(1, expected), (1, "missing-utm-param")], (cname, found)
