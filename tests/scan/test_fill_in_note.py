"""A programme's link form whose id is left to fill in (`YOUR-ID`), copied from its instructions: corpus 47 #13,
boniface1022k-dotcom/freetechyideas-toolbox's `src/data/links.js`, a list of affiliate links each written with
`YOUR-ID` for the affiliate's id (`semrush.sjv.io/YOUR-ID`, `systeme.io/?sa=YOUR-ID`), Coursera's as
`https://www.coursera.org/?utm_source=aff&YOUR-ID`. missing-utm-param told the author to add a medium and a campaign
to a link form its reader completes with the programme's own link: no campaign of the file's (utmlint.placeholders
.fill_in_note). Still told: the same link with its id filled in, a utm value left as a note (`utm_source=YOUR_SOURCE`:
utm-placeholder-unfilled's), and a link's values. Real files in a temp folder, `utmlint scan --format json` in-process;
validate_url alike."""

from __future__ import annotations

import json

from utmlint.cli import main
from utmlint.placeholders import fill_in_note
from utmlint.validate_url import validate_url

LINKS = ("export const links = [\n"
         "  { name: 'Semrush', url: 'https://semrush.sjv.io/YOUR-ID' },\n"
         "  { name: 'Coursera', url: 'https://www.coursera.org/?utm_source=aff&YOUR-ID' },\n"
         "  { name: 'Filled', url: 'https://www.coursera.org/?utm_source=aff&ref=8812' },\n"
         "];\n")


def test_a_link_form_with_its_id_to_fill_in_is_not_asked_for_keys(tmp_path, monkeypatch, capsys):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "links.js").write_text(LINKS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = {(f["line"], f["name"]) for f in json.loads(capsys.readouterr().out)}
    assert (3, "missing-utm-param") not in found
    assert (4, "missing-utm-param") in found  # the id written: the link is the file's own, its keys asked for
    url = "https://www.coursera.org/?utm_source=aff&YOUR-ID"
    assert "missing-utm-param" not in {f.name for f in validate_url(url, repo="acme/toolbox", path="src/links.js").findings}


def test_a_fill_in_note_is_one_outside_the_utm_values_in_capitals():
    assert fill_in_note("https://www.coursera.org/?utm_source=aff&YOUR-ID") == "YOUR-ID"
    assert fill_in_note("https://semrush.sjv.io/YOUR-ID") == "YOUR-ID"
    assert fill_in_note("https://systeme.io/?sa=YOUR_AFFILIATE_ID&utm_source=x") == "YOUR_AFFILIATE_ID"
    assert fill_in_note("https://acme.com/?utm_source=YOUR_SOURCE") == ""  # utm-placeholder-unfilled's
    assert fill_in_note("https://acme.com/?ref=YOURS") == ""
    assert fill_in_note("https://acme.com/your-id?utm_source=a") == ""
    assert "missing-utm-param" in {f.name for f in validate_url("https://acme.com/?utm_source=YOUR_SOURCE").findings}
