"""Hosted documents, files and reports opened in their suite's viewer are useless destinations (corpus 23 #2 #8).

A personal link shortener's map tagged a Google Drive file (`drive.google.com/file/d/<id>/view`) and a Power BI
report (`app.powerbi.com/view?r=...`) with `utm_source=PBIreport1&utm_medium=report`: utmlint told to respell the
medium and lowercase the source, tags nothing of the file's owner reads. The viewer is the suite's app, loading no
analytics of the owner: utm-useless-destination says so, and nothing is respelled. Only the viewer paths are listed:
a team's own site with the same path, the suite's own pages and Looker Studio (whose reports can carry the owner's
Google Analytics) keep their findings."""

from __future__ import annotations

import pytest

from utmlint.validate_url import validate_url

TAGS = "utm_source=PBIreport1&utm_medium=report&utm_campaign=taldau"


@pytest.mark.parametrize("url", [
    f"https://drive.google.com/file/d/10y7T5xuw/view?usp=drive_link&{TAGS}",
    f"https://app.powerbi.com/view?r=eyJrIjoiY2Jl&pageName=7f40&{TAGS}",
    f"https://docs.google.com/spreadsheets/d/1AbC/edit?{TAGS}",
    f"https://docs.google.com/forms/d/e/1FAIpQ/viewform?{TAGS}",
    f"https://www.dropbox.com/s/abc123/deck.key?dl=0&{TAGS}",
    f"https://1drv.ms/b/s!AbC?{TAGS}",
])
def test_a_viewer_link_is_told_its_tags_are_read_by_nobody(url):
    found = validate_url(url, repo="someone/shortener", path="data/mapping.json")
    assert [f.name for f in found.findings] == ["utm-useless-destination"], found.findings
    assert "completing or respelling them would be wasted work" in found.findings[0].message


@pytest.mark.parametrize("url", [
    # the team's own site, whose path happens to look like a viewer's
    f"https://acme.dev/file/d/42/view?utm_source=PBIreport1&utm_medium=emial&utm_campaign=taldau",
    # the suite's own pages and a report whose owner can read its visits in Google Analytics
    f"https://docs.google.com/?utm_source=PBIreport1&utm_medium=emial&utm_campaign=taldau",
    f"https://lookerstudio.google.com/reporting/abc/page/1?utm_source=PBIreport1&utm_medium=emial&utm_campaign=taldau",
])
def test_the_teams_own_mistake_on_a_page_with_analytics_keeps_its_findings(url):
    names = [f.name for f in validate_url(url, repo="acme/site", path="docs/links.md").findings]
    assert "utm-useless-destination" not in names
    assert "medium-unassigned" in names and "value-case" in names, names
