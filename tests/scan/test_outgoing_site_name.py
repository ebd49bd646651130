"""A plain name with `utm_medium=website` (`utm_source=thenewstack&utm_medium=website`) is a site naming itself on the
links it sends its readers to: copied with a link into another repository's page, those tags are that site's
(copied-tracking's outgoing reading, said as the hedged note it gives a domain source: corpus 7 #50 in Gitpod's blog,
corpus 5 #173 in an awesome-list). A team's own tags keep their findings: a value naming the repository (its owner,
its name or a word of it, run together or not: `utm_source=phpnet` in php/web-php), a channel's word as the source
(`partner`), a medium that is not `website` (a typo such as `webiste`), and the team's site named in `own-hosts`.
Real files in a temp git folder, `utmlint scan`."""

from __future__ import annotations

import json
import subprocess

from utmlint.cli import main


def _scan(tmp_path, monkeypatch, capsys, slug, text, config=""):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", f"git@github.com:{slug}.git"], check=True)
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "post.md").write_text(text, encoding="utf-8")
    if config:
        (tmp_path / ".utmlint.yaml").write_text(config, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "--no-cache", "--format", "json", "."])
    return code, [(d["name"], d["severity"], d["message"]) for d in json.loads(capsys.readouterr().out)]


def link(query):
    return f"Read [the history of pets vs cattle](https://cloudscaling.com/blog/pets-vs-cattle/?{query}).\n"


def test_a_sites_own_name_and_website_medium_are_its_copied_tags(tmp_path, monkeypatch, capsys):
    code, found = _scan(tmp_path, monkeypatch, capsys, "gitpod-io/website",
                        link("utm_source=thenewstack&utm_medium=website&utm_campaign=platform"))
    # a warning since stranger15 R14: copied or the team's, `website` needs a change (it was an info, exit 0)
    assert [(name, severity) for name, severity, _ in found] == [("copied-tracking", "warning")]
    assert "thenewstack" in found[0][2] and "medium-unassigned (UTM102)" in found[0][2] and code == 1


def test_a_typo_in_the_medium_is_told(tmp_path, monkeypatch, capsys):
    code, found = _scan(tmp_path, monkeypatch, capsys, "gitpod-io/website",
                        link("utm_source=thenewstack&utm_medium=webiste&utm_campaign=platform"))
    assert [name for name, _, _ in found] == ["medium-unassigned"] and code == 1


def test_a_source_naming_the_repository_run_together_is_the_teams(tmp_path, monkeypatch, capsys):
    # php.net's own name for itself (`phpnet`) in php/web-php: `web` lands in Unassigned (corpus 11 #42)
    code, found = _scan(tmp_path, monkeypatch, capsys, "php/web-php",
                        link("utm_source=phpnet&utm_medium=web&utm_campaign=phpnet"))
    assert [name for name, _, _ in found] == ["medium-unassigned"] and code == 1


def test_a_campaign_naming_the_repositorys_owner_is_the_teams(tmp_path, monkeypatch, capsys):
    # Angular's docs' own tags (`utm_source=adev`, angular.dev), in angular/angular-ja (corpus 11 #15)
    code, found = _scan(tmp_path, monkeypatch, capsys, "angular/angular-ja",
                        link("utm_source=adev&utm_medium=website&utm_campaign=build_with_ai_angular"))
    assert [name for name, _, _ in found] == ["medium-unassigned"] and code == 1


def test_a_channel_word_is_no_sites_name(tmp_path, monkeypatch, capsys):
    code, found = _scan(tmp_path, monkeypatch, capsys, "jdoe/site",
                        link("utm_source=partner&utm_medium=website&utm_campaign=spring"))
    assert [name for name, _, _ in found] == ["medium-unassigned"] and code == 1


def test_the_teams_own_name_unknown_to_identity_is_a_hedged_note_and_own_hosts_restores_it(
        tmp_path, monkeypatch, capsys):
    text = link("utm_source=pixelio&utm_medium=website&utm_campaign=Spring")
    code, found = _scan(tmp_path, monkeypatch, capsys, "jdoe/site", text)
    assert [(name, severity) for name, severity, _ in found] == [("copied-tracking", "warning")] and code == 1
    assert "`own-hosts`" in found[0][2] and "medium-unassigned (UTM102), value-case (UTM201)" in found[0][2]


def test_own_hosts_names_the_site_a_plain_source_names(tmp_path, monkeypatch, capsys):
    code, found = _scan(tmp_path, monkeypatch, capsys, "jdoe/site",
                        link("utm_source=pixelio&utm_medium=website&utm_campaign=Spring"), "own-hosts: [pixel.io]\n")
    assert [name for name, _, _ in found] == ["medium-unassigned", "value-case"] and code == 1


EVENTS = """- title: Kotlin meetup
  url: https://luma.com/0eqhz81g?utm_source=kotlin-website
- title: Kotlin meetup 2
  url: https://luma.com/ojkbsq7r?utm_source=kotlin-website
- title: DevBreak
  url: >-
    https://www.devbreak.io/?utm_source=bugfender&amp;utm_medium=website&amp;utm_campaign=conference#Agenda
- title: Android Worldwide
  url: >-
    https://www.airmeet.com/e/1affc430?utm_source=bugfender&amp;utm_medium=website&amp;utm_campaign=conference
"""


def _events(tmp_path, monkeypatch, capsys, slug, text):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", f"git@github.com:{slug}.git"], check=True)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "events.yml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "--no-cache", "--format", "json", "."])
    return code, [(d["name"], d["severity"]) for d in json.loads(capsys.readouterr().out)]


def test_another_sites_tags_repeated_beside_the_files_own_are_copied(tmp_path, monkeypatch, capsys):
    # Kotlin's events list tags its own links `utm_source=kotlin-website`; Bugfender's events page's tags came with
    # two conferences' links (corpus 7 #63 #66): copied-tracking's hedged note, not "write `referral`" (the `&amp;`
    # is still told: if the tags were Kotlin's, it would break them)
    code, found = _events(tmp_path, monkeypatch, capsys, "JetBrains/kotlin-web-site", EVENTS)
    # (the team's own luma.com links lack a medium and a campaign: told)
    # (a warning: the note holds back Bugfender's Unassigned `website`, stranger15 R14)
    assert sorted(found) == [("copied-tracking", "warning")] * 2 + [("missing-utm-param", "error")] * 2 + \
        [("url-html-escaped", "error")] * 2


def test_a_repeated_set_naming_the_team_is_its_own_convention(tmp_path, monkeypatch, capsys):
    # the team's second tagging names it (`kotlinblog`): its own, and `website` lands in Unassigned
    code, found = _events(tmp_path, monkeypatch, capsys, "JetBrains/kotlin-web-site",
                          EVENTS.replace("bugfender", "kotlinblog").replace("&amp;", "&"))
    assert sorted(found) == [("medium-unassigned", "error")] * 2 + [("missing-utm-param", "error")] * 2 and code == 1


def test_a_repeated_set_is_the_files_own_when_no_source_names_the_repository(tmp_path, monkeypatch, capsys):
    # a personal repository whose own tagging does not name it: the set on two sites stays the file's convention
    code, found = _events(tmp_path, monkeypatch, capsys, "jdoe/site",
                          EVENTS.replace("kotlin-website", "pixelio").replace("bugfender", "pixelio")
                          .replace("&amp;", "&"))
    assert ("medium-unassigned", "error") in found and "copied-tracking" not in {n for n, _ in found} and code == 1
