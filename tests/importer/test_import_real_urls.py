"""On real data: the 338 tracked URLs found in public repositories (tests/data/real-urls/urls.tsv, its origin in
the README beside it), imported as the tab-separated file they are kept in. Every row is accounted for, and every
imported row's tracked URL comes back from `utmlint render --format urls`, exactly (as GA4 parses it)."""

from __future__ import annotations

import csv
import json
import shutil
from collections import Counter
from pathlib import Path

from import_keys import link_key

DATA = Path(__file__).resolve().parent.parent / "data" / "real-urls" / "urls.tsv"


def test_real_tracked_urls_round_trip(run, tmp_path):
    shutil.copy(DATA, tmp_path / "urls.tsv")
    result = run("import", "urls.tsv", "--format", "json", cwd=tmp_path)
    assert result.code == 1  # real links without a campaign are skipped, and real links have findings
    report = json.loads(result.out)
    assert (report["preset"], report["dialect"]) == ("generic", "tab-separated, UTF-8")
    assert report["ignored_columns"] == ["repo", "path", "commit", "context"]
    rows = list(csv.DictReader(DATA.open(encoding="utf-8"), delimiter="\t"))
    assert [r["line"] for r in report["rows"]] == list(range(2, len(rows) + 2))  # every row, in order
    reasons = Counter(r["reason"].split(":")[0] for r in report["rows"] if r["status"] == "skipped")
    # and a row repeating another's link (`https://numverify.com?...` and `https://numverify.com/?...`: one page)
    assert {r for r in reasons if not r.startswith("the same link as line ")} <= {
        "no campaign (utm_campaign is empty)", "the URL holds a template placeholder", "not an http(s) URL"}, reasons
    imported = [r for r in report["rows"] if r["status"] == "imported"]
    assert len(imported) > 150
    assert all(r["reason"] is None for r in imported)  # each one's model renders the row's URL (checked inside)
    urls = run("render", "--format", "urls", "--force", "campaigns", cwd=tmp_path)
    assert urls.code == 0
    expected = Counter(link_key(rows[r["line"] - 2]["url"].strip()) for r in imported)
    assert Counter(map(link_key, urls.out.split())) == expected
    lint = json.loads(run("lint", "--format", "json", "--no-cache", "campaigns", cwd=tmp_path).out)
    assert [f for f in lint if f["code"].startswith("UTM0")] == []  # every file valid under the schema
