"""`utmlint audit` on generated exports of every kind: the report's numbers against answers computed by the
reference classifier in audit_exports.py (not by utmlint's channel engine)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

duckdb = pytest.importorskip("duckdb")

from audit_exports import (REPO_SLUGS, SILENT, SPLITS, TRAFFIC, UNKNOWN, Traffic, events_for, expected,  # noqa: E402
                           reference_channel, write_generic_csv, write_ga4_csv, write_leads_csv, write_ndjson,
                           write_parquet, write_repo)

SMALL = [t._replace(sessions=max(1, t.sessions // 25)) for t in TRAFFIC]  # BigQuery exports: one row an event


def audit(run, path: Path, *extra: str, cwd: Path = None) -> dict:
    result = run("audit", str(path), "--format", "json", *extra, cwd=cwd)
    assert result.code == 0, result
    return json.loads(result.out)


def _check_numbers(report: dict, traffic) -> None:
    want = expected(traffic)
    assert report["sessions"] == want["sessions"]
    assert report["channels"] == want["channels"]
    assert report["unassigned_sessions"] == want["unassigned_sessions"]
    assert report["unassigned_share"] == pytest.approx(want["unassigned_sessions"] / want["sessions"], abs=1e-6)
    assert {(u["source"], u["medium"]): u["sessions"] for u in report["unassigned"]} == want["unassigned"]
    assert [u["sessions"] for u in report["unassigned"]] == sorted(want["unassigned"].values(), reverse=True)
    assert report["not_set"]["sessions"] == want["buckets"]["not_set"]
    assert report["other"]["sessions"] == want["buckets"]["other"]
    assert report["test_rows"]["sessions"] == want["buckets"]["test"]
    assert report["ga4_set"]["sessions"] == want["buckets"]["ga4_set"]
    assert [(r["source"], r["medium"]) for r in report["ga4_set"]["rows"]] == [("chatgpt.com", "ai-assistant")]
    assert {(r["source"], r["medium"]) for r in report["test_rows"]["rows"]} == {("test", "verify")}
    assert {(r["source"], r["medium"]) for r in report["other"]["rows"]} == {("(other)", "(other)")}
    assert {(r["source"], r["medium"]) for r in report["not_set"]["rows"]} == {("(not set)", "(not set)")}
    assert {(s["dimension"], frozenset(x["value"] for x in s["spellings"])) for s in report["splits"]} == SPLITS
    canonical = {s["dimension"] + ":" + s["canonical"] for s in report["splits"]}
    assert canonical == {"source:intercom", "source:google", "medium:paid-social", "campaign:summer-launch"}


def _check_campaigns(report: dict) -> None:
    unknown = {c["campaign"]: c for c in report["unknown_campaigns"]}
    assert set(unknown) == UNKNOWN | {"Summer-Launch"}
    assert unknown["Summer-Launch"]["repo_spelling"] == "summer-launch"
    assert unknown["hand-built-promo"]["repo_spelling"] is None
    assert {c["campaign"] for c in report["silent_campaigns"]} == SILENT
    silent = report["silent_campaigns"][0]
    assert silent["path"].endswith("campaigns/black-friday-2026.yaml") and silent["line"] == 1


def _sql_csv(tmp_path: Path, events) -> Path:
    """Run `utmlint audit --sql duckdb` on a table of events and save its result as a CSV (an audit input)."""
    from utmlint.audit.sql import sessions_query

    parquet = write_parquet(tmp_path / "events-for-sql.parquet", events)
    rows = duckdb.connect().execute(sessions_query(str(parquet), "duckdb")).fetchall()
    out = tmp_path / "bq-result.csv"
    with open(out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "medium", "campaign", "utmlint_channel", "sessions"])
        writer.writerows(rows)
    return out


EXPORTS = {
    "ga4-csv, source / medium in one column": lambda d: (write_ga4_csv(d / "ga4.csv"), TRAFFIC, "ga4-csv"),
    "ga4-csv, own columns, upper-case headers": lambda d: (
        write_ga4_csv(d / "ga4-upper.csv", combined=False, header_case=str.upper, second_table=False), TRAFFIC, "ga4-csv"),
    "generic csv": lambda d: (write_generic_csv(d / "generic.csv"), TRAFFIC, "csv"),
    "generic csv, semicolons": lambda d: (write_generic_csv(d / "generic-semi.csv", delimiter=";"), TRAFFIC, "csv"),
    "bigquery ndjson (INT64 as text)": lambda d: (write_ndjson(d / "events.ndjson", events_for(SMALL, ints_as_text=True)),
                                                  SMALL, "bigquery"),
    "bigquery parquet": lambda d: (write_parquet(d / "events.parquet", events_for(SMALL)), SMALL, "bigquery"),
    "bigquery parquet, collected_traffic_source only": lambda d: (
        write_parquet(d / "old.parquet", events_for(SMALL, last_click=False), last_click=False), SMALL, "bigquery"),
    "--sql duckdb result as csv": lambda d: (_sql_csv(d, events_for(SMALL)), SMALL, "csv"),
}


@pytest.mark.parametrize("kind", sorted(EXPORTS))
def test_every_export_kind_adds_up_to_the_reference(kind, tmp_path, run):
    path, traffic, detected = EXPORTS[kind](tmp_path)
    repo = write_repo(tmp_path / "repo")
    report = audit(run, path, "--campaigns", str(repo))
    assert report["input"] == detected
    _check_numbers(report, traffic)
    _check_campaigns(report)


def test_without_a_repo_the_campaign_sections_are_absent_not_empty(tmp_path, run):
    report = audit(run, write_generic_csv(tmp_path / "g.csv"), cwd=tmp_path)
    assert report["unknown_campaigns"] is None and report["silent_campaigns"] is None and report["repo"] is None
    _check_numbers(report, TRAFFIC)


def test_the_config_of_the_working_directory_is_the_default_repo(tmp_path, run):
    repo = write_repo(tmp_path / "repo")
    export = write_generic_csv(tmp_path / "g.csv")
    report = audit(run, export, cwd=repo)
    _check_campaigns(report)


def test_ga4_channel_column_disagreements(tmp_path, run):
    report = audit(run, write_ga4_csv(tmp_path / "ga4.csv", channel_group="Default Channel Group"))
    assert report["channel_group"] == "Default Channel Group"
    assert report["channel_disagreements"] == [
        {"source": "x", "medium": "cpc", "reported": "Paid Social", "predicted": reference_channel("x", "cpc", ""),
         "sessions": 77}]
    assert not any("custom channel group" in note for note in report["notes"])


def test_custom_channel_group_is_named_and_its_differences_explained(tmp_path, run):
    custom = {"intercom": "Intercom", "Intercom": "Intercom", "intercom.com": "Intercom"}
    report = audit(run, write_ga4_csv(tmp_path / "custom.csv", channel_group="Lifecycle channels", custom=custom))
    assert report["channel_group"] == "Lifecycle channels"
    got = {(d["source"], d["medium"], d["reported"], d["predicted"]): d["sessions"] for d in report["channel_disagreements"]}
    want = {(t.source, t.medium, "Intercom", reference_channel(t.source, t.medium, t.campaign)): t.sessions
            for t in TRAFFIC if t.source in custom}
    want[("x", "cpc", "Paid Social", "Paid Other")] = 77
    assert got == want
    assert any("custom channel group `Lifecycle channels`" in note for note in report["notes"])


def test_no_channel_column_means_no_disagreement_section(tmp_path, run):
    report = audit(run, write_generic_csv(tmp_path / "g.csv"))
    assert report["channel_disagreements"] is None and report["channel_group"] is None


def test_lead_export_first_and_last_touch(tmp_path, run):
    first = [Traffic("google", "organic", "(organic)", 3), Traffic("LinkedIn", "paid_social", "q3-webinar", 2)]
    last = [Traffic("intercom", "email", "onboarding-series", 4), Traffic("intercom", "in-app", "tips", 1)]
    path = write_leads_csv(tmp_path / "leads.csv", first, last)
    by_last = audit(run, path, "--touch", "last")
    assert by_last["unit"] == "rows" and by_last["touch"] == "last touch" and by_last["sessions"] == 5
    assert by_last["channels"] == {"Email": 4, "Unassigned": 1}
    by_first = audit(run, path, "--touch", "first")
    assert by_first["touch"] == "first touch"
    assert by_first["channels"] == {"Organic Search": 3, "Paid Social": 2}
    default = audit(run, path)
    assert default["channels"] == by_last["channels"]
    assert any("--touch first|last" in note for note in default["notes"])
    assert any("each row counts once" in note for note in default["notes"])


def test_ga4_first_user_columns_are_first_touch(tmp_path, run):
    path = tmp_path / "first-user.csv"
    path.write_text("# GA4\n\nFirst user source,First user medium,Session source,Session medium,Sessions\n"
                    "google,cpc,intercom,email,10\nfacebook,paid,intercom,in-app,5\n", encoding="utf-8")
    assert audit(run, path, "--touch", "first")["channels"] == {"Paid Search": 10, "Paid Social": 5}
    assert audit(run, path)["channels"] == {"Email": 10, "Unassigned": 5}


def test_totals_and_junk_counts_are_not_counted_but_said(tmp_path, run):
    path = tmp_path / "junk.csv"
    path.write_text("source,medium,sessions\nTotals,,999\nintercom,email,1 234\nintercom,email,n/a\n"
                    "google,cpc,\"2,000\"\nbing,cpc,1.500\n", encoding="utf-8")
    report = audit(run, path)
    assert report["sessions"] == 1234 + 2000 + 1500
    assert report["skipped_rows"] == 1
    assert any("line 4" in note for note in report["notes"])
