"""A series kept in date or year folders is one series (corpus 24 #44-#49 #51).

neruthes/webdigest keeps each day's fetch in its own folder (`webdb/2023/20230208/coverpic/random.json`, Unsplash's
API answer for the day's cover picture: the photographer's portfolio link with Unsplash's `utm_source=unsplash&
utm_medium=profile`, a brand's own `utm_medium=unsplash`) and its issues in year folders (`markdown/2023/WebDigest-
20230608.md`, Hacker News items with Firefox's, Ortto's and Axios's tags). Each file holds one or two tagged links: too
few to be a collection, they were told to respell the medium and add a campaign. The same name below each day's folder
(`*/coverpic/random.json`), and a numbered name across year folders (`*/WebDigest-*.md`), are one series, read together
as a folder collection (scan.collection.series, folder_collection). A team's own archive kept in year folders, its
tags naming it, keeps its typos.
"""

from __future__ import annotations

import json
import subprocess

import pytest

from utmlint.scan.collection import series
from utmlint.validate_url import validate_url

ADVICE = {"missing-utm-param", "medium-unassigned", "value-case", "campaign-slug"}


@pytest.mark.parametrize("path, expected", [
    ("webdb/2023/20230208/coverpic/random.json", ("webdb/2023", "*/coverpic/random.json")),
    ("markdown/2023/WebDigest-20230608.md", ("markdown", "*/WebDigest-*.md")),
    ("content/archive/123/notes.md", ("content/archive", "*/notes.md")),  # an issue's folder, as before
    ("posts/podcast-1000.md", ("posts", "podcast-*.md")),
    ("docs/v2/api/index.md", ("", "")),  # a version's folder is no date
])
def test_a_files_series(path, expected):
    assert series(path) == expected


def _repo(tmp_path, files):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "https://github.com/neruthes/webdigest.git"],
                   check=True)
    for path, text in files.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")


def _scan(run, tmp_path):
    return json.loads(run("scan", "--format", "json", "--no-cache", ".", cwd=tmp_path).out)


DAYS = {"20230208": "http://thoughtcatalog.com/?utm_campaign=platform-link\\u0026utm_source=unsplash\\u0026utm_medium=profile",
        "20230109": "https://boxedwaterisbetter.com/?utm_source=brand-referral\\u0026utm_medium=unsplash\\u0026utm_campaign=x",
        "20230307": "https://lina.photo/?utm_source=portfolio\\u0026utm_medium=bio"}


def test_a_days_saved_api_data_is_one_collection(run, tmp_path):
    _repo(tmp_path, {f"webdb/2023/{day}/coverpic/random.json": json.dumps({"user": {"portfolio_url": "@"}}).replace(
        "@", url) for day, url in DAYS.items()})
    found = _scan(run, tmp_path)
    assert found and {f["name"] for f in found} == {"copied-tracking", "url-insecure"}  # http:// stays told
    assert "`*/coverpic/random.json` files collect other people's links" in found[0]["message"]


ISSUES = {"2023/WebDigest-20230608.md": "https://addons.mozilla.org/en-US/firefox/addon/x/reviews/?utm_content=addons-"
                                       "manager-reviews-link&utm_medium=firefox-browser&utm_source=firefox-browser",
          "2023/WebDigest-20231119.md": "https://www.axios.com/2023/11/18/x?utm_source=alert&utm_medium=email",
          "2024/WebDigest-20240228.md": "https://www.browserless.io/blog/x/?utm_campaign=unblock-api&utm_medium=email"
                                       "&utm_source=ortto"}


def test_a_digests_issues_across_year_folders_are_one_collection(run, tmp_path):
    _repo(tmp_path, {f"markdown/{path}": f"# Web Digest\n\n- [item]({url})\n" for path, url in ISSUES.items()})
    found = _scan(run, tmp_path)
    assert found and not {f["name"] for f in found} & ADVICE
    urls = list(ISSUES.values())
    judged = validate_url(urls[0], repo="neruthes/webdigest", path="markdown/2023/WebDigest-20230608.md",
                          folder_files=[[urls[1]], [urls[2]]])
    assert [f.name for f in judged.findings] == ["copied-tracking"]


def test_a_teams_own_archive_in_year_folders_keeps_its_typo(run, tmp_path):
    own = {f"markdown/{year}/WebDigest-{year}0101.md": f"- [x](https://webdigest.dev/{year}?utm_source=webdigest"
                                                       f"&utm_medium=emial&utm_campaign=issue)\n"
           for year in ("2022", "2023", "2024")}
    _repo(tmp_path, own)
    assert {f["name"] for f in _scan(run, tmp_path)} == {"medium-unassigned"}
