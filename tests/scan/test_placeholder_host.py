"""A guide's host to fill in, written in angle brackets (`https://<domain>/one-day-setup?utm_source=...`), is read with
the URL as a placeholder host, as `{domain}` is: the team's own site, its tags judged as a campaign link's.

- Corpus 37 #1 (NADOOIT/NADOO-Key's social kit, `marketing/social_kit/utm_scheme.md`): `- https://<domain>/one-day-
  setup?utm_source=linkedin&utm_medium=organic&...`. scan's URL finder stopped at the `<` and read the rest from
  `/one-day-setup` on, a relative path; in Markdown it was read as a path the doc names as text, but in a YAML link
  sheet, an HTML page or a text file utm-internal-link told the team to remove the tags of the links it posts on
  LinkedIn (its own measure: copied-tracking read `<domain>` as another party's site).
- Still told: a mistake in the values of such a link (`utm_medium=emial`), and a relative link between the site's
  pages. An HTML tag after `//` is no host to fill in (`<%= host %>` is ERB's, read as before).
Real files in a temp folder, `utmlint scan --format json` in-process; validate_url on the URL as scan reads it."""

from __future__ import annotations

import json

from utmlint.cli import main
from utmlint.scan import scan_text
from utmlint.validate_url import validate_url

KIT = "https://<domain>/one-day-setup?utm_source=linkedin&utm_medium=organic&utm_campaign=one_day_setup_2025q3"


def scan(tmp_path, monkeypatch, capsys, *extra):
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", *extra, "."])
    return json.loads(capsys.readouterr().out)


def test_a_placeholder_host_in_angle_brackets_is_read_with_its_url():
    for text, suffix in ((f"Example\n- {KIT}\n", ".md"), (f"links:\n  - url: {KIT}\n", ".yaml"),
                         (f'<a href="{KIT}">Set up in a day</a>\n', ".html"), (f"Base: {KIT}\n", ".txt")):
        assert [o.url for o in scan_text(text, suffix)] == [KIT], suffix
    spaced = "https://<your company>.com/x?utm_source=newsletter&utm_medium=email&utm_campaign=q3"
    assert [o.url for o in scan_text(f"url: {spaced}\n", ".yaml")] == [spaced]


def test_the_teams_own_links_on_a_placeholder_host_get_no_internal_link_advice(tmp_path, monkeypatch, capsys):
    (tmp_path / "social_kit").mkdir()
    (tmp_path / "social_kit" / "utm_scheme.md").write_text(f"# UTM scheme\n\nBase URL: https://<domain>/one-day-"
                                                           f"setup\n\nExample\n- {KIT}\n", encoding="utf-8")
    (tmp_path / "social_kit" / "links.yaml").write_text(f"links:\n  - url: {KIT}\n", encoding="utf-8")
    (tmp_path / "social_kit" / "card.html").write_text(f'<a href="{KIT}">Set up in a day</a>\n', encoding="utf-8")
    (tmp_path / "social_kit" / "plan.txt").write_text(f"Post on LinkedIn: {KIT}\n", encoding="utf-8")
    assert scan(tmp_path, monkeypatch, capsys) == []
    listed = scan(tmp_path, monkeypatch, capsys, "--links")
    assert sorted({link["url"] for link in listed}) == [KIT]  # the link as written, its host the guide's slot


def test_a_mistake_on_a_placeholder_host_is_still_told_and_internal_links_keep_theirs(tmp_path, monkeypatch, capsys):
    (tmp_path / "links.yaml").write_text(
        "links:\n  - url: https://<domain>/x?utm_source=newsletter&utm_medium=emial&utm_campaign=q3\n",
        encoding="utf-8")
    (tmp_path / "index.html").write_text(
        '<a href="/pricing?utm_source=home&utm_medium=banner&utm_campaign=q3">Pricing</a>\n'
        '<a href="//<%= host %>/x?utm_source=home&utm_medium=banner&utm_campaign=q3">ERB</a>\n', encoding="utf-8")
    found = sorted((f["path"], f["line"], f["name"]) for f in scan(tmp_path, monkeypatch, capsys))
    assert ("links.yaml", 2, "medium-unassigned") in found
    assert ("index.html", 1, "utm-internal-link") in found
    assert not any(name == "utm-internal-link" for path, _, name in found if path == "links.yaml")


def test_validate_url_reads_a_placeholder_host_as_the_teams_own():
    assert [f.name for f in validate_url(KIT, repo="NADOOIT/NADOO-Key", path="social_kit/links.yaml").findings] == []
    told = validate_url("https://<domain>/x?utm_source=newsletter&utm_medium=emial&utm_campaign=q3",
                        repo="acme/site", path="links.yaml").findings
    assert [f.name for f in told] == ["medium-unassigned"]
