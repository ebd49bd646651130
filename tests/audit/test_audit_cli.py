"""`utmlint audit` as a user meets it: bad inputs are one located line (exit 2, never a traceback), DuckDB is
optional and imported only by the audit, values from the export are escaped in every human format."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("duckdb")

from audit_exports import ROOT, TRAFFIC, write_ga4_csv  # noqa: E402

SMALL_TRAFFIC = [t._replace(sessions=max(1, t.sessions // 200)) for t in TRAFFIC]


def _bad(run, path: Path, *extra: str) -> str:
    result = run("audit", str(path), *extra)
    assert result.code == 2, result
    assert "Traceback" not in result.err and result.out == ""
    assert len(result.err.strip().splitlines()) == 1, result.err
    return result.err


@pytest.mark.parametrize("content, message", [
    (b"", ":1: no header line"),
    (b"# only\n# comments\n\n", ":1: no header line"),
    (b"# GA4\n\nDate,Sessions\n20260101,5\n", ":3: no source and medium columns"),
    (b"name,email\na,b\n", ":1: no source and medium columns"),
    (b"\xff\xfes\x00o\x00", ":1: the file is UTF-16"),
    (b"source,medium,sessions\n\xe9t\xe9,email,1\n", ":2: not UTF-8"),
    (b"# GA4 export\n\nSession source,Session medium\ngoogle,cpc\n", ":3: no `Sessions` column"),
])
def test_bad_csv_is_one_located_line(tmp_path, run, content, message):
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    err = _bad(run, path)
    assert f"{path}{message}" in err


def test_touch_that_the_file_does_not_have(tmp_path, run):
    path = tmp_path / "e.csv"
    path.write_text("source,medium,sessions\na,b,1\n", encoding="utf-8")
    assert "--touch first: no first-touch source and medium columns" in _bad(run, path, "--touch", "first")


def test_bad_bigquery_files(tmp_path, run):
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 this is not parquet")
    assert f"{broken}: cannot read as Parquet" in _bad(run, broken)
    other = tmp_path / "other.ndjson"
    other.write_text('{"a": 1}\n', encoding="utf-8")
    assert f"{other}: not a GA4 BigQuery export: no `user_pseudo_id` or `event_params` column" in _bad(run, other)
    empty = tmp_path / "header-only.csv"
    empty.write_text("source,medium,sessions\n", encoding="utf-8")
    assert f"{empty}:2: no data rows" in _bad(run, empty)
    missing = tmp_path / "missing.csv"
    assert f"{missing}: no such file" in _bad(run, missing)


def test_first_visit_only_export_is_refused_with_the_reason(tmp_path, run):
    import duckdb

    path = tmp_path / "first-visit.parquet"
    duckdb.connect().execute(
        "COPY (SELECT 'u' AS user_pseudo_id, [{'key': 'ga_session_id', 'value': {'int_value': 1}}] AS event_params, "
        f"{{'source': 'google', 'medium': 'cpc', 'name': 'x'}} AS traffic_source) TO '{path}' (FORMAT parquet)")
    err = _bad(run, path)
    assert "`traffic_source` is the user's first visit" in err


def test_an_export_from_before_the_traffic_source_records_reads_the_event_parameters(tmp_path, run):
    """newuser47 F10: an export from before GA4 added `collected_traffic_source` (2023) and
    `session_traffic_source_last_click` was refused, so a team could not audit that history; each event's own campaign
    values are its `source`, `medium` and `campaign` parameters, read for the session's first event holding any, and
    the report says so (a session without them, direct or organic, is (not set) there)."""
    from audit_exports import events_for, write_ndjson

    events = events_for(SMALL_TRAFFIC, last_click=False)
    for event in events:
        collected = event.pop("collected_traffic_source")
        for key, field in (("source", "manual_source"), ("medium", "manual_medium"), ("campaign", "manual_campaign_name")):
            if collected[field] is not None:
                event["event_params"].append({"key": key, "value": {"string_value": collected[field], "int_value": None}})
    old = write_ndjson(tmp_path / "events_2022.ndjson", events)
    report = json.loads(run("audit", str(old), "--format", "json").out)
    sessions = {(g.source, g.medium, g.campaign): g.sessions for g in SMALL_TRAFFIC}
    assert report["sessions"] == sum(sessions.values())
    assert any("event parameters" in note for note in report["notes"]), report["notes"]


def test_missing_duckdb_is_a_clear_message(tmp_path):
    export = write_ga4_csv(tmp_path / "e.csv")
    code = ("import sys; sys.modules['duckdb'] = None; from utmlint.cli import main; "
            f"raise SystemExit(main(['audit', {str(export)!r}]))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip() == "utmlint: utmlint audit needs DuckDB: pip install 'utmlint[audit]'"


def test_lint_and_help_never_import_duckdb_or_the_audit():
    for argv in (["lint", str(ROOT / "examples" / "campaigns")], ["--help"]):
        done = subprocess.run([sys.executable, "-X", "importtime", "-m", "utmlint", *argv], capture_output=True,
                              text=True, cwd=ROOT)
        imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
        assert not {m for m in imported if m.startswith(("duckdb", "utmlint.audit", "sqlglot"))}, argv


def test_readme_test_command_installs_the_audit_extra():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = readme.split("<!-- ci: test command -->", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    assert re.search(r"\.\[[^\]]*\baudit\b[^\]]*\]", command), command


def test_terminal_and_markdown_escape_values(tmp_path, run):
    path = tmp_path / "e.csv"
    path.write_text('source,medium,campaign,sessions\n"evil\x1b[31m|x",in-app,"a\nb",5\n', encoding="utf-8")
    text = run("audit", str(path), cwd=tmp_path)
    assert text.code == 0 and "\x1b" not in text.out and "evil\\x1b[31m|x" in text.out
    markdown = run("audit", str(path), "--format", "markdown", cwd=tmp_path)
    assert "evil\\\\x1b\\[31m\\|x" in markdown.out and "\x1b" not in markdown.out


def test_output_file_and_formats(tmp_path, run):
    export = write_ga4_csv(tmp_path / "e.csv")
    for name in ("text", "json", "markdown", "html"):
        out = tmp_path / f"report.{name}"
        result = run("audit", str(export), "--format", name, "--output", str(out), cwd=tmp_path)
        assert result.code == 0 and result.out == "" and out.stat().st_size > 200
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    for key in ("sessions", "channels", "unassigned_sessions", "unassigned_share", "unassigned", "splits",
                "unknown_campaigns", "silent_campaigns", "channel_disagreements", "not_set", "other", "test_rows"):
        assert key in data
    # intercom / in-app: Intercom's profile sends in-app links out with utm_medium=email, as `lint` says
    assert data["unassigned"][0]["suggestion"] == "email" and data["unassigned"][1]["suggestion"] == "email"


def test_unassigned_suggestions_are_the_linters(tmp_path, run):
    """Each Unassigned pair gets the medium `utmlint scan` would ask for on a link carrying the same values
    (two paths: the audit judges a bare pair, the scan judge a one-link campaign through every rule)."""
    from utmlint.validate_url import validate_url

    export = write_ga4_csv(tmp_path / "e.csv")
    data = json.loads(run("audit", str(export), "--format", "json", cwd=tmp_path).out)
    assert len(data["unassigned"]) >= 3
    for row in data["unassigned"]:
        if row["medium"] == "(not set)":  # GA4's value for a link with no utm_medium: lint asks for one, names none
            url = f"https://example.com/?utm_source={row['source']}&utm_campaign=c"
            (finding,) = [f for f in validate_url(url).findings if f.code == "UTM101"]
            assert row["suggestion"] is None and "no `utm_medium`" in finding.message, (row, finding.message)
            continue
        url = f"https://example.com/?utm_source={row['source']}&utm_medium={row['medium']}&utm_campaign=c"
        (finding,) = [f for f in validate_url(url).findings if f.code == "UTM102"]
        if row["suggestion"] is None:
            assert "write `utm_medium=" not in finding.message, (row, finding.message)
        else:
            assert f"write `utm_medium={row['suggestion']}`" in finding.message, (row, finding.message)


def test_readme_worked_example_is_what_the_command_prints(run):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = "utmlint audit examples/audit/ga4-traffic-acquisition.csv --campaigns examples/campaigns"
    block = readme.split(f"$ {command}\n", 1)[1].split("```", 1)[0]
    result = run(*command.split()[1:], cwd=ROOT)
    assert result.code == 0 and result.out == block


def test_the_sample_html_report_is_current(run):
    result = run("audit", "examples/audit/ga4-traffic-acquisition.csv", "--campaigns", "examples/campaigns",
                 "--format", "html", cwd=ROOT)
    assert result.out == (ROOT / "examples" / "audit" / "report.html").read_text(encoding="utf-8"), \
        "regenerate examples/audit/report.html and report.png (see examples/audit/README.md)"


def test_empty_set_apart_buckets_are_left_out(tmp_path, run):
    """A bucket with no rows is not printed as "0 sessions in 0 rows" (it read like a finding); a bucket with rows is."""
    clean = tmp_path / "clean.csv"
    clean.write_text("source,medium,sessions\ngoogle,organic,10\nnewsletter,email,5\n", encoding="utf-8")
    out = run("audit", str(clean), cwd=tmp_path).out
    assert "in 0 rows" not in out and "Set apart: nothing" in out
    mixed = tmp_path / "mixed.csv"
    mixed.write_text("source,medium,sessions\ngoogle,organic,10\n(not set),(not set),3\n", encoding="utf-8")
    out = run("audit", str(mixed), cwd=tmp_path).out
    assert "(not set) source and medium: 3 sessions in 1 row" in out
    assert "in 0 rows" not in out and "test rows" not in out


def test_one_session_is_one_session(tmp_path, run):
    """newuser43 F10: "intercom / in-app: 1 sessions"; two stay plural."""
    export = tmp_path / "export.csv"
    export.write_text("source,medium,sessions\nintercom,in-app,1\nmailchimp,newsletter,2\ngoogle,organic,7\n",
                      encoding="utf-8")
    out = run("audit", str(export), cwd=tmp_path).out
    assert "intercom / in-app: 1 session; use" in out and "mailchimp / newsletter: 2 sessions;" in out, out
    assert "1 sessions" not in out and "10 sessions; 3 Unassigned" in out

def test_unclosed_quote_is_located_not_swallowed(tmp_path, run):
    """A `"` never closed made the reader take the rest of the file as one value: rows were lost and the note said
    only "1 row without a number". It is now one located error; a doubled `""` inside a value is fine."""
    path = tmp_path / "export.csv"
    path.write_text('source,medium,sessions\ngoogle,organic,10\n"news,email,5\nfoo,bar,3\n', encoding="utf-8")
    err = _bad(run, path)
    assert f"{path}:3:1: this quote" in err and "the 2 lines from here" in err
    fine = tmp_path / "fine.csv"
    fine.write_text('source,medium,sessions\ngoogle,organic,10\n"news ""x""",email,5\n', encoding="utf-8")
    result = run("audit", str(fine), cwd=tmp_path)
    assert result.code == 0 and "15 sessions" in result.out


def test_unclosed_quote_is_found_where_it_opens_not_at_a_later_correct_one(tmp_path, run):
    """Counting quotes blamed a correct quote further down (a stray `"` at line 4 was reported at line 6, where
    a good quoted value starts), and passed silently when a quote inside an unquoted value made the count even:
    the rows between were swallowed into one value. The quotes are now read as a CSV reader reads them."""
    path = tmp_path / "export.csv"
    path.write_text('source,medium,campaign,sessions\n'
                    'mid"quote,email,x,1\n'  # a quote inside an unquoted value is a character: fine
                    'google,organic,a,2\n'
                    '"google,organic,b,3\n'  # the mistake: opened, never closed
                    'google,organic,c,4\n'
                    'news,email,"launch, wave 2",5\n'
                    'google,organic,d,6\n', encoding="utf-8")
    err = _bad(run, path)
    assert f"{path}:4:1: this quote" in err and "the 3 lines from here to line 6" in err
    fine = tmp_path / "fine.csv"
    fine.write_text('source,medium,campaign,sessions\r\n'
                    'mid"quote,email,x,1\r\n'
                    'news,email,"launch, ""wave"" 2",5\r\n'
                    'news,email,"two\nlines",7\r\n', encoding="utf-8")
    result = run("audit", str(fine), cwd=tmp_path)
    assert result.code == 0 and "13 sessions" in result.out


@pytest.mark.parametrize("row, column", [(' "facebook / social,5', 2), ('"face"book / social",5', 20)])
def test_a_quote_the_reader_opens_after_spaces_or_a_quoted_part_is_found(tmp_path, run, row, column):
    """DuckDB opens a quoted value after spaces at a field's start, and again after a quoted part the field went
    on from (`"face"book / social"`): both swallowed the rows after them (10 sessions reported of 17) while
    the check let them pass. A quote inside a value (`fa"ce"book`) or a closed `"face"book` stays a character."""
    path = tmp_path / "export.csv"
    path.write_text(f"Session source / medium,Sessions\ngoogle / organic,10\n{row}\nbing / cpc,2\n", encoding="utf-8")
    assert f"{path}:3:{column}: this quote" in _bad(run, path)
    for fine_row in ('fa"ce"book / social,5', '"face"book / social,5', ' "fb / social",5'):
        fine = tmp_path / "fine.csv"
        fine.write_text(f"Session source / medium,Sessions\ngoogle / organic,10\n{fine_row}\nbing / cpc,2\n",
                        encoding="utf-8")
        result = run("audit", str(fine), cwd=tmp_path)
        assert result.code == 0 and "17 sessions" in result.out, fine_row


def test_a_row_with_only_its_medium_not_set_is_counted_in_its_channel(tmp_path, run):
    """stranger19: `linkedin / (not set)` (links with no utm_medium) was set apart as "(not set)", while GA4 files
    it under Organic Social by the source alone (as lint says): the channels and the Unassigned share left it out.
    Only `(not set) / (not set)`, a visit GA4 knows nothing of, is set apart."""
    export = tmp_path / "e.csv"
    export.write_text("source,medium,sessions\nlinkedin,social,100\nlinkedin,(not set),300\n"
                      "mailchimp,(not set),45\n(not set),(not set),211\n", encoding="utf-8")
    data = json.loads(run("audit", str(export), "--format", "json", cwd=tmp_path).out)
    assert data["channels"] == {"Organic Social": 400, "Unassigned": 45}
    assert [(u["source"], u["medium"], u["sessions"], u["suggestion"]) for u in data["unassigned"]] == \
        [("mailchimp", "(not set)", 45, None)]
    assert [(r["source"], r["medium"]) for r in data["not_set"]["rows"]] == [("(not set)", "(not set)")]
    out = run("audit", str(export), cwd=tmp_path).out
    assert "  mailchimp / (not set): 45 sessions; no utm_medium on these links: add the medium of the channel you mean" \
        in out
    assert "  (not set) source and medium: 211 sessions in 1 row ((not set) / (not set) (not set): 211)" in out


def test_campaigns_written_in_the_repos_docs_and_templates_are_not_called_defined_nowhere(tmp_path, run):
    """newuser44 F3: a dev-rel repo's links live in its docs, e-mail templates and code samples (what `utmlint scan`
    reads), few in campaign files; audit called every campaign of theirs "defined nowhere in the repo (built by hand or
    copied?)". A campaign a tracked link in the repo writes is said with where (path:line, in every format); one
    written nowhere is still told as before."""
    (tmp_path / ".utmlint.yaml").write_text('include: ["campaigns/**/*.yaml"]\n', encoding="utf-8")
    (tmp_path / "campaigns").mkdir()
    (tmp_path / "campaigns" / "digest.yaml").write_text(
        "campaign: changelog-digest\nplatform: mailchimp\nlinks:\n  - url: https://quillstack.dev/releases\n"
        "    content: cta\n", encoding="utf-8")
    (tmp_path / "emails").mkdir()
    (tmp_path / "emails" / "welcome.html").write_text(
        '<p>Hi</p>\n<a href="https://quillstack.dev/start?utm_source=mailchimp&amp;utm_medium=email&amp;'
        'utm_campaign=welcome">Start</a>\n', encoding="utf-8")
    export = tmp_path / "export.csv"
    export.write_text("source,medium,campaign,sessions\nmailchimp,email,changelog-digest,50\n"
                      "mailchimp,email,welcome,30\ngoogle,cpc,brand,20\n", encoding="utf-8")
    text = run("audit", str(export), cwd=tmp_path).out
    assert ("  in the data, in no campaign file, written in the repo's docs, templates or code:\n"
            "    welcome: 30 sessions (emails/welcome.html:2)\n"
            "  in the data, defined nowhere in the repo (built by hand or copied?):\n"
            "    brand: 20 sessions\n") in text
    report = json.loads(run("audit", str(export), "--format", "json", cwd=tmp_path).out)
    assert [(c["campaign"], c["path"], c["line"]) for c in report["unknown_campaigns"]] == [
        ("welcome", "emails/welcome.html", 2), ("brand", None, None)]
    assert "| welcome | 30 | emails/welcome.html:2 |\n" in run("audit", str(export), "--format", "markdown",
                                                                  cwd=tmp_path).out
    page = run("audit", str(export), "--format", "html", cwd=tmp_path).out
    assert "<td>emails/welcome.html:2</td>" in page
    assert "Repo spelling" not in page  # newuser48b: no header over an empty column


def test_a_google_ads_campaign_auto_tagging_names_is_said_as_a_possible_reason(tmp_path, run):
    """newuser47 F9: with Google Ads' auto-tagging (on by default) GA4 may name an ad click's session by the Ads campaign
    (`Brand - Search - US`), not by the tracking template's utm_campaign; audit called that name "defined nowhere (built
    by hand or copied?)" and the repo's google / cpc campaign "no sessions (a broken or stripped link?)". Where both are
    there, each says auto-tagging may be why, as a question, in every format; a google / cpc name with no silent google
    / cpc campaign of the repo is told as before (the sibling tests' `brand`)."""
    (tmp_path / ".utmlint.yaml").write_text('include: ["campaigns/**/*.yaml"]\n', encoding="utf-8")
    (tmp_path / "campaigns").mkdir()
    (tmp_path / "campaigns" / "brand.yaml").write_text(
        "campaign: brand-q1\nplatform: google-ads\nsource: google\nmedium: cpc\nlinks:\n"
        "  - url: https://quillstack.dev/\n", encoding="utf-8")
    (tmp_path / "campaigns" / "digest.yaml").write_text(
        "campaign: changelog-digest\nplatform: mailchimp\nlinks:\n  - url: https://quillstack.dev/releases\n"
        "    content: cta\n", encoding="utf-8")
    export = tmp_path / "export.csv"
    export.write_text("source,medium,campaign,sessions\ngoogle,cpc,Brand - Search - US,320\n"
                      "capterra,ppc,capterra-listing,7\n", encoding="utf-8")
    text = run("audit", str(export), cwd=tmp_path).out
    assert ("  in the data, defined nowhere in the repo (built by hand or copied?):\n"
            "    Brand - Search - US: 320 sessions (google / cpc: a Google Ads campaign's own name? With auto-tagging "
            "(gclid), GA4 may name an ad click's session by its Google Ads campaign rather than by the link's "
            "utm_campaign)\n"
            "    capterra-listing: 7 sessions\n"
            "  defined in the repo, no sessions (a broken or stripped link?):\n"
            "    brand-q1 (campaigns/brand.yaml:1; tagged google / cpc: with Google Ads' auto-tagging, its clicks may be "
            "counted above under the Ads campaign's own name)\n"
            "    changelog-digest (campaigns/digest.yaml:1)\n") in text, text
    report = json.loads(run("audit", str(export), "--format", "json", cwd=tmp_path).out)
    assert [bool(c["note"]) for c in report["unknown_campaigns"]] == [True, False]
    assert [(c["campaign"], bool(c["note"])) for c in report["silent_campaigns"]] == [
        ("brand-q1", True), ("changelog-digest", False)]
    assert "| Note |" in run("audit", str(export), "--format", "markdown", cwd=tmp_path).out
    assert "<th>Note</th>" in run("audit", str(export), "--format", "html", cwd=tmp_path).out
    # the repo's google / cpc campaign has sessions: nothing to explain, the other name is told as before
    export.write_text("source,medium,campaign,sessions\ngoogle,cpc,Brand - Search - US,320\ngoogle,cpc,brand-q1,9\n",
                      encoding="utf-8")
    text = run("audit", str(export), cwd=tmp_path).out
    assert "    Brand - Search - US: 320 sessions\n" in text and "auto-tagging" not in text, text


def test_a_sponsors_link_naming_the_campaign_is_not_where_it_is_written(tmp_path, run):
    """review44 F2: a sponsor's link to retool.com carrying `utm_campaign=brand` was taken as where the team's `brand`
    campaign is written, so its 20 hand-built google / cpc sessions lost the "defined nowhere" warning. Only the team's
    own campaign values count (scan's reading for its repo-wide rules), and with `own-hosts` only on links to them:
    the team's own README link still names its campaign."""
    (tmp_path / ".utmlint.yaml").write_text('include: ["campaigns/**/*.yaml"]\nown-hosts: [quillstack.dev]\n',
                                            encoding="utf-8")
    (tmp_path / "campaigns").mkdir()
    (tmp_path / "campaigns" / "digest.yaml").write_text(
        "campaign: changelog-digest\nplatform: mailchimp\nlinks:\n  - url: https://quillstack.dev/releases\n"
        "    content: cta\n", encoding="utf-8")
    (tmp_path / "README.md").write_text(
        "# Quillstack\n\n## Sponsors\n\n- [Retool](https://retool.com/?utm_source=quillstack&utm_medium=sponsor"
        "&utm_campaign=brand)\n\nOur [docs](https://docs.quillstack.dev/?utm_source=github&utm_medium=referral"
        "&utm_campaign=readme)\n", encoding="utf-8")
    export = tmp_path / "export.csv"
    export.write_text("source,medium,campaign,sessions\nmailchimp,email,changelog-digest,50\ngoogle,cpc,brand,20\n"
                      "github,referral,readme,5\n", encoding="utf-8")
    text = run("audit", str(export), cwd=tmp_path).out
    assert ("  in the data, in no campaign file, written in the repo's docs, templates or code:\n"
            "    readme: 5 sessions (README.md:7)\n"
            "  in the data, defined nowhere in the repo (built by hand or copied?):\n"
            "    brand: 20 sessions\n") in text
