"""`utmlint scan --links` says whose each link is, and `utmlint import --preset scan` imports only the team's own
(newuser46 F21).

A new user ran `scan --links` over a doc holding the team's own tagged link beside an ad's link copied from a browser
bar (`fbclid=` with the ad's landing tags) and a newsletter's citation (`utm_source=tldrnewsletter`), then imported the
inventory: the import wrote `retarget-q3.yaml` with `source: facebook`, `medium: paid_social`, the ad's values, as
the team's own campaign, though scan had just said those tags are someone else's. Now the inventory has a `whose`
column (`own`, `copied`, `set-aside`) and a `why`; import leaves the others out, says where and why for each row and
how many in the summary, and `--all-links` takes them in. An inventory written before the column is imported whole,
as before, said once.
"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

DOC = (
    "# Launch plan\n\n"
    "Our spring email links to the pricing page:\n"
    "https://www.acme.com/pricing?utm_source=newsletter&utm_medium=email&utm_campaign=spring-launch\n\n"
    "The ad we saw (copied from the browser bar):\n"
    "https://www.acme.com/pricing?utm_source=facebook&utm_medium=paid_social&utm_campaign=retarget-q3"
    "&fbclid=IwAR2abc123\n\n"
    "Press: [TechCrunch on our launch](https://techcrunch.com/2024/03/01/acme-launch/?utm_source=tldrnewsletter)\n\n"
    "How tags read: https://www.acme.com/?utm_source=a&utm_medium=b&utm_campaign=c\n"
)


def _inventory(run, project, tmp_path, fmt):
    docs = project({"docs/launch.md": DOC})
    inventory = run("scan", "--links", "--format", fmt, "docs", cwd=docs)
    assert inventory.code == 0, inventory.err
    (tmp_path / f"links.{fmt}").write_text(inventory.out, encoding="utf-8")
    return inventory.out


def _records(out, fmt):
    return json.loads(out) if fmt == "json" else list(csv.DictReader(io.StringIO(out)))


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_the_inventory_says_whose_each_link_is(fmt, run, project, tmp_path):
    records = _records(_inventory(run, project, tmp_path, fmt), fmt)
    whose = {r["utm_campaign"] or r["utm_source"]: (r["whose"], r["why"]) for r in records}
    assert whose["spring-launch"] == ("own", "")
    assert whose["retarget-q3"][0] == "copied"
    assert "an ad's landing tags, copied along with its click id" in whose["retarget-q3"][1]
    assert whose["tldrnewsletter"][0] == "copied"
    assert "a newsletter's or link aggregator's own tags" in whose["tldrnewsletter"][1]
    assert whose["c"][0] == "set-aside"
    assert whose["c"][1].startswith("every utm value is one letter")  # scan's own reason, without `not judged: `


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_import_takes_only_the_teams_own_links(fmt, run, project, rendered, tmp_path):
    _inventory(run, project, tmp_path, fmt)
    result = run("import", f"links.{fmt}", cwd=tmp_path)
    assert result.code == 0, result.out  # leaving out other people's links is no failure
    assert sorted(p.name for p in (tmp_path / "campaigns").iterdir()) == ["spring-launch.yaml"]
    assert rendered(tmp_path / "campaigns") == [
        "https://www.acme.com/pricing?utm_source=newsletter&utm_medium=email&utm_campaign=spring-launch"]
    lines = result.out.splitlines()
    left = [re.sub(r"^links\.(csv|json):\d+: ", "", line) for line in lines if ": left out: " in line]
    assert len(left) == 3
    assert left[0].startswith("left out: scan read it as copied (docs/launch.md:7:1): `utm_medium=paid_social` marks "
                              "an ad's landing tags")
    assert left[1].startswith("left out: scan read it as copied (docs/launch.md:9:35): `utm_source=tldrnewsletter` "
                              "marks a newsletter's or link aggregator's own tags")
    assert left[2].startswith("left out: scan set it aside (docs/launch.md:11:16): every utm value is one letter")
    assert lines[-1] == ("4 rows: 1 imported into 1 campaign file, 0 skipped, 3 left out (2 copied, 1 set aside: "
                         "scan read them as not your own; `--all-links` imports them too); 0 lint findings.")
    assert "note:" not in result.out  # an inventory with `whose`: nothing to say about its format


def test_all_links_takes_them_in(run, project, tmp_path):
    _inventory(run, project, tmp_path, "csv")
    result = run("import", "links.csv", "--all-links", "--dry-run", cwd=tmp_path)
    assert "left out" not in result.out
    assert "would be imported into campaigns/retarget-q3.yaml (lint: UTM310)" in result.out
    # the newsletter's citation names no campaign: skipped for that, as any such row of any sheet
    assert "skipped: no campaign (utm_campaign is empty)" in result.out
    assert result.out.splitlines()[-1].startswith("4 rows: 3 would be imported into 3 campaign files, 1 skipped;")


def test_the_json_report_says_left_out(run, project, tmp_path):
    _inventory(run, project, tmp_path, "csv")
    report = json.loads(run("import", "links.csv", "--dry-run", "--format", "json", cwd=tmp_path).out)
    assert [(r["line"], r["status"], r.get("whose")) for r in report["rows"]] == [
        (2, "imported", None), (3, "left out", "copied"), (4, "left out", "copied"), (5, "left out", "set-aside")]
    assert report["summary"]["left_out"] == 3 and report["summary"]["skipped"] == 0
    assert report["exit_code"] == 0 and report["notes"] == []


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_older_inventory_is_imported_whole_as_before_said_once(fmt, run, project, tmp_path):
    out = _inventory(run, project, tmp_path, fmt)
    records = _records(out, fmt)
    for record in records:
        del record["whose"], record["why"]
    if fmt == "json":
        older = json.dumps(records, indent=2)
    else:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(records[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
        older = buffer.getvalue()
    (tmp_path / f"old.{fmt}").write_text(older, encoding="utf-8")
    result = run("import", f"old.{fmt}", "--dry-run", cwd=tmp_path)
    assert result.out.count("note: ") == 1
    assert (f"note: old.{fmt}: this inventory has no `whose` column (written before `utmlint scan --links` said "
            f"whose each link is), so every row is imported as before") in result.out
    assert "left out" not in result.out
    assert "would be imported into campaigns/retarget-q3.yaml" in result.out  # as before


def test_a_whose_scan_never_writes_is_a_skip_naming_the_three(run, sheet, tmp_path):
    path = sheet("path,line,column,url,whose,why\n"
                 "a.md,1,1,https://acme.com/?utm_source=news&utm_medium=email&utm_campaign=c1,mine,\n"
                 "a.md,2,1,https://acme.com/b?utm_source=news&utm_medium=email&utm_campaign=c1,,\n")
    result = run("import", path.name, "--dry-run", cwd=tmp_path)
    assert "links.csv:2: skipped: `whose` is `mine`: scan writes `own`, `copied`, `set-aside`; write `own` to " \
           "import the link as your own" in result.out
    assert "links.csv:3: would be imported into campaigns/c1.yaml" in result.out  # a blank cell: as before
    assert result.code == 1


GUIDE = (
    "# How we tag links\n\n"
    "**Format**: https://www.acme.com/pricing?utm_source=SOURCE&utm_medium=MEDIUM&utm_campaign=CAMPAIGN\n\n"
    "Our spring email links to the pricing page:\n"
    "https://www.acme.com/pricing?utm_source=newsletter&utm_medium=email&utm_campaign=spring-launch\n"
)


def test_a_guides_pattern_is_set_aside_not_imported(run, project, tmp_path):
    """review47 F1: a tagging guide's `**Format**:` line, whose `SOURCE`, `MEDIUM`, `CAMPAIGN` scan reads as slots,
    was `own` in the inventory, and import wrote `campaigns/campaign.yaml` (`campaign: CAMPAIGN`, `source: SOURCE`)
    with three lint findings on the file it had just written."""
    docs = project({"docs/guide.md": GUIDE})
    inventory = run("scan", "--links", "--format", "csv", "docs", cwd=docs)
    whose = {r["utm_campaign"]: (r["whose"], r["why"]) for r in _records(inventory.out, "csv")}
    assert whose["spring-launch"] == ("own", "")
    assert whose["CAMPAIGN"] == ("set-aside", "a guide's pattern: its values (`utm_source=SOURCE`, a `**Format**:` "
                                              "line's) are slots to fill for each link, no campaign's")
    (tmp_path / "links.csv").write_text(inventory.out, encoding="utf-8")
    result = run("import", "links.csv", cwd=tmp_path)
    assert result.code == 0, result.out
    assert sorted(p.name for p in (tmp_path / "campaigns").iterdir()) == ["spring-launch.yaml"]
    assert "links.csv:2: left out: scan set it aside (docs/guide.md:3:13): a guide's pattern" in result.out
