"""UTM111 platform-source-mismatch (corpus46's brief: "no rule says when a source is written for another platform"):
a LinkedIn campaign file copied from the Facebook one keeps `source: facebook`, and GA4 credits LinkedIn's clicks to
Facebook. Judged only from what the file says: its `platform:` is a site the visits come from, and the source is
another such platform's. One mistake, one finding: source-not-allowed does not also say "add `facebook` to the list"
beside a team's `sources:`. The cases (a source naming no platform, a sending tool's campaign) are
tests/rules/cases/UTM111.yaml."""

from __future__ import annotations

LINKEDIN = """\
campaign: webinar-q3
platform: linkedin
source: facebook
medium: social
links:
  - url: https://example.com/webinars/q3
    content: speakers
"""


def test_one_finding_beside_the_teams_source_list(project, run):
    folder = project({".utmlint.yaml": "include: ['*.yaml']\nsources: [linkedin, google]\n", "a.yaml": LINKEDIN})
    found = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings
    assert [(f["line"], f["name"]) for f in found] == [(3, "platform-source-mismatch")], found
    message = found[0]["message"]
    assert "GA4 credits their clicks to `facebook`" in message and "write `source: linkedin`" in message
    assert "or `platform: meta-ads` if the links are shown on Facebook" in message


def test_render_still_renders_the_link_as_written(project, run):
    # a warning: the team decides which value is wrong; the links are rendered as the file writes them
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "a.yaml": LINKEDIN})
    done = run("render", "--format", "urls", str(folder), cwd=folder)
    assert done.out.strip() == ("https://example.com/webinars/q3?utm_source=facebook&utm_medium=social"
                                "&utm_campaign=webinar-q3&utm_content=speakers"), done.out
