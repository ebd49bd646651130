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


SHARED = (
    "# Our live links\n\n"
    "- Mailchimp: https://www.acme.com/pricing?utm_source=spring-newsletter&utm_medium=email&utm_campaign=spring-sale"
    "&mc_cid=abc123&mc_eid=def456\n"
    "- Shared with us: https://www.acme.com/blog/post?utm_source=spring-newsletter&utm_medium=email"
    "&utm_campaign=spring-sale&_ga=2.1234.5678\n"
    "- The ad we saw: https://www.acme.com/pricing?utm_source=facebook&utm_medium=paid_social&utm_campaign=retarget-q3"
    "&fbclid=IwAR2abc123\n"
)


def test_a_stray_visit_id_leaves_the_teams_own_link_own(run, project, tmp_path):
    """review47 F4: the team's own link with a visit's id copied beside its tags (`mc_cid`/`mc_eid` from its own
    Mailchimp issue, a reader's `_ga`) was `copied`, and import left it out with a reason about the id only, though
    scan's finding keeps the tags ("remove them: ...?utm_source=...&utm_campaign=spring-sale"). `copied` is now said
    only when scan's copied-tracking finding removes a utm tag (the ad's tags beside its `fbclid`); import writes the
    others' campaign, without the ids."""
    docs = project({"docs/links.md": SHARED})
    inventory = run("scan", "--links", "--format", "csv", "docs", cwd=docs)
    assert inventory.code == 0, inventory.err
    whose = {r["url"].split("?")[0] + r["utm_source"]: (r["whose"], r["why"])
             for r in _records(inventory.out, "csv")}
    assert whose["https://www.acme.com/pricingspring-newsletter"] == ("own", "")
    assert whose["https://www.acme.com/blog/postspring-newsletter"] == ("own", "")
    copied, why = whose["https://www.acme.com/pricingfacebook"]
    assert copied == "copied" and "; remove" not in why and "https://" not in why  # the reason, no fix URL in it
    assert why.startswith("`utm_medium=paid_social` marks an ad's landing tags")
    (tmp_path / "links.csv").write_text(inventory.out, encoding="utf-8")
    result = run("import", "links.csv", cwd=tmp_path)
    assert sorted(p.name for p in (tmp_path / "campaigns").iterdir()) == ["spring-sale.yaml"], result.out
    written = (tmp_path / "campaigns" / "spring-sale.yaml").read_text(encoding="utf-8")
    assert "mc_cid" not in written and "mc_eid" not in written and "_ga" not in written, written
    assert "url: https://www.acme.com/pricing\n" in written and "url: https://www.acme.com/blog/post\n" in written
    assert "links.csv:2: imported into campaigns/spring-sale.yaml (without `mc_cid` and `mc_eid`, one earlier " \
           "visit's ids copied with the link)" in result.out
    assert "links.csv:4: left out: scan read it as copied (docs/links.md:5:18)" in result.out


def test_a_set_aside_link_says_the_one_reason_scan_knows(run, project):
    """review47 F5: an image's address (`logo.png?utm_...`) was set aside with five possible reasons ("an example or a
    pattern in a guide, a test's input, an image's or a script's address, or a request no visitor makes")."""
    docs = project({"docs/links.md": "# Links\n\nLogo: https://www.acme.com/logo.png?utm_source=newsletter"
                                     "&utm_medium=email&utm_campaign=spring-sale\n"})
    records = _records(run("scan", "--links", "--format", "csv", "docs", cwd=docs).out, "csv")
    assert [(r["whose"], r["why"]) for r in records] == [
        ("set-aside", "an image's address: no visitor lands on it, so no visit carries its tags")]


def test_a_one_line_json_inventory_reports_each_record_by_its_place(run, project, tmp_path):
    """An inventory written on one line (`jq -c`) was reported as one row (line 1) for every record: each record is
    now named by its place in the list when no line tells them apart."""
    docs = project({"docs/launch.md": DOC})
    records = json.loads(run("scan", "--links", "--format", "json", "docs", cwd=docs).out)
    (tmp_path / "links.json").write_text(json.dumps(records), encoding="utf-8")
    result = run("import", "links.json", "--dry-run", cwd=tmp_path)
    places = re.findall(r"^links\.json: (record \d+): ", result.out, re.M)
    assert places == ["record 1", "record 2", "record 3", "record 4"], result.out
    assert "# Imported by `utmlint import` from links.json, record 1." in result.out
    assert result.out.splitlines()[-1].startswith("4 rows: 1 would be imported into 1 campaign file, 0 skipped, 3 left")
    report = json.loads(run("import", "links.json", "--dry-run", "--format", "json", cwd=tmp_path).out)
    assert [r["record"] for r in report["rows"]] == [1, 2, 3, 4]
