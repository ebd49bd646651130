"""A digest of several newsletters, one file per issue, is one series (corpus 24 #34 #36-#38 #40).

klaaay/weekly-gen writes an AI summary of each issue of Node Weekly, JavaScript Weekly, React Status and others into
`outputs/<date>_<newsletter>_Archives_Issue_<n>_summary.md`, keeping each issue's sponsor links with the sponsors'
tags (`utm_source=partner&utm_medium=nodeweekly`, Auth0's `utm_source=jsweekly&utm_campaign=..._JSWeeklyNewsletter-Q3`).
One or two such links a file, in files whose names differ by the newsletter's name as well as their numbers: no file
and no series was a collection, and the digest was told to respell and complete them. A newsletter's name run
together with its rhythm (`nodeweekly`) is a variable part of a series' name, as its numbers are
(scan.collection.shape): the issues are one series, read together as a folder collection. A team's own newsletter
archive, its links on its own site, keeps its typo.
"""

from __future__ import annotations

import json
import subprocess

import pytest

from utmlint.scan.collection import shape

ADVICE = {"missing-utm-param", "medium-unassigned", "value-case", "campaign-slug", "url-second-question-mark"}


@pytest.mark.parametrize("name, expected", [
    ("2026-02-20_nodeweekly_Archives_Issue_612_summary.md", "*-*-*_*_Archives_Issue_*_summary.md"),
    ("2025-09-13_javascriptweekly_Archives_Issue_752_summary.md", "*-*-*_*_Archives_Issue_*_summary.md"),
    ("css-weekly-197.md", "css-weekly-*.md"),  # a newsletter's name in words, and a rhythm alone, stay as written
    ("2025-08-16-weekly.md", "*-*-*-weekly.md"),
    ("WebDigest-20230608.md", "WebDigest-*.md"),  # three letters before its rhythm: not a name run together
    ("notes.md", ""),
])
def test_a_newsletters_name_is_a_variable_part(name, expected):
    assert shape(name) == expected


def _scan(run, tmp_path, slug, files):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", f"https://github.com/{slug}.git"], check=True)
    for path, text in files.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")
    return json.loads(run("scan", "--format", "json", "--no-cache", ".", cwd=tmp_path).out)


ISSUES = {
    "outputs/2026-02-20_nodeweekly_Archives_Issue_612_summary.md": "https://jsnation.com/?utm_source=partner&utm_medium=nodeweekly",
    "outputs/2025-09-13_javascriptweekly_Archives_Issue_752_summary.md":
        "https://auth0.com/signup?ocid=7014z?utm_source=jsweekly&utm_campaign=amer_JSWeeklyNewsletter-Q3&utm_medium=cpc",
    "outputs/2025-07-24_reactweekly_Archives_Issue_437_summary.md":
        "https://cambridge-intelligence.com/r/?utm_campaign=React%20Status%20ad&utm_source=NewsletterAd&utm_medium=SponsoredLink",
}


def test_a_digests_issues_of_several_newsletters_are_one_collection(run, tmp_path):
    found = _scan(run, tmp_path, "klaaay/weekly-gen",
                  {path: f"### [Sponsor]({url})\n\n**原文标题**: [Sponsor]({url})\n" for path, url in ISSUES.items()})
    assert found and {f["name"] for f in found} == {"copied-tracking"}
    assert "files collect other people's links" in found[0]["message"]


def test_a_teams_own_archive_keeps_its_typo(run, tmp_path):
    own = {f"issues/2025-0{n}-01_acmeweekly_Issue_{n}.md": f"- [x](https://acme.dev/p{n}?utm_source=acmeweekly"
                                                            f"&utm_medium=emial&utm_campaign=issue-{n})\n"
           for n in (1, 2, 3)}
    assert {f["name"] for f in _scan(run, tmp_path, "acme/newsletter", own)} == {"medium-unassigned"}
