"""A Google Ads Editor sheet's tracking template, `{lpurl}?utm_source=...` in a cell after a delimiter, is read (newuser45 F10).

A paid-search agency keeps its Google Ads tags in the tracking template (`{lpurl}` is the ad's final URL, filled in by
Google Ads); Google Ads Editor exports it as a CSV column. The same template on a line of text was read; in a sheet's
cell after `,` or `;` no link started ("All clean: ... no tracked link found"), so `utm_source=Google` went untold.
A link starts after the cell's delimiter only where none starts before it, so every link read before is read the same.
"""

from __future__ import annotations

import json


def _findings(run, cwd, *paths):
    done = run("scan", "--no-cache", "--format", "json", *paths, cwd=cwd)
    assert done.code in (0, 1), done
    return [(f["path"], f["line"], f["code"]) for f in done.findings]


def test_a_tracking_template_cell_is_read(project, run):
    root = project({
        "ads.csv": "Campaign,Ad group,Final URL,Tracking template\n"
                   "Brand,Brand,https://kettlecoffee.com/,{lpurl}?utm_source=Google&utm_medium=cpc&utm_campaign=brand\n",
        "ads-eu.csv": "Campaign;Tracking template\n"
                      "Brand;{lpurl}?utm_source=google&utm_medium=CPC&utm_campaign=brand\n",
    })
    found = _findings(run, root, "ads.csv", "ads-eu.csv")
    assert ("ads.csv", 2, "UTM201") in found, found  # `Google`
    assert ("ads-eu.csv", 2, "UTM201") in found, found  # `CPC`


def test_a_correct_template_is_a_link_with_no_finding(project, run):
    root = project({"ads.csv": "Campaign,Tracking template\n"
                               "Brand,{lpurl}?utm_source=google&utm_medium=cpc&utm_campaign=brand&utm_term={keyword}\n"})
    assert _findings(run, root, "ads.csv") == []
    links = run("scan", "--no-cache", "--links", "ads.csv", cwd=root)
    assert [link["url"] for link in json.loads(links.out)] == [
        "{lpurl}?utm_source=google&utm_medium=cpc&utm_campaign=brand&utm_term={keyword}"], links.out


def test_a_sheets_links_are_read_as_before(project, run):
    root = project({"links.csv": "Campaign,Landing page,Tracked URL\n"
                                 "spring,https://acme.com/spring,https://acme.com/spring?utm_source=Newsletter"
                                 "&utm_medium=email&utm_campaign=spring\n"})
    assert _findings(run, root, "links.csv") == [("links.csv", 2, "UTM201")]
