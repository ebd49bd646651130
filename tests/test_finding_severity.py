"""A rule can report one finding at a lower severity than its own (a hedged note), and every output honours it.

Found by review (stranger8 S18): medium-channel-intent's note on `utm_medium=notification` says "if the links
come from a mobile app ... nothing needs to change", yet it was a warning, so `utmlint scan` (default fail-on
warning) exited 1 on a correct push link: a note failed a correct file. The note is now `info`
(engine: `ctx.report(..., severity="info")`); the rule's own severity stays `warning` for the shapes that are
mistakes (an e-mail made paid, a medium that only looks paid). A configured severity still applies to the rule,
but never raises a note above what the rule said of it (a note is at most its own level).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

PUSH = "https://acme.sunbeam.app/?utm_source=app&utm_medium=notification&utm_campaign=update"
PAID_EMAIL = "https://acme.sunbeam.app/offer?utm_source=email&utm_medium=retargeting&utm_campaign=quiz"

PUSH_CAMPAIGN = """\
campaign: update
links:
  - url: https://acme.sunbeam.app/
    source: app
    medium: notification
"""

PAID_EMAIL_CAMPAIGN = """\
campaign: quiz-follow-up
links:
  - url: https://sunbeam.app/offer
    source: email
    medium: retargeting
"""


@pytest.fixture
def note(tmp_path):
    (tmp_path / "n.md").write_text(f"[a]({PUSH})\n", encoding="utf-8")
    return tmp_path


def test_scan_shows_the_note_and_exits_0(note, run):
    done = run("scan", "--no-cache", "n.md", cwd=note)
    assert done.code == 0, done
    assert "UTM109 medium-channel-intent info:" in done.out
    assert "if the links come from a mobile app" in done.out
    assert "Found 1 info (1 file checked)." in done.out, done.out


def test_fail_on_info_still_fails_and_exit_zero_still_passes(note, run):
    assert run("scan", "--no-cache", "--fail-on", "info", "n.md", cwd=note).code == 1
    assert run("scan", "--no-cache", "--fail-on", "info", "--exit-zero", "n.md", cwd=note).code == 0


def test_the_rule_keeps_warning_for_a_mistake(tmp_path, run):
    (tmp_path / "p.md").write_text(f"[a]({PAID_EMAIL})\n", encoding="utf-8")
    done = run("scan", "--no-cache", "--format", "json", "p.md", cwd=tmp_path)
    assert done.code == 1
    assert [(f["code"], f["severity"]) for f in done.findings if f["code"] == "UTM109"] == [("UTM109", "warning")]


def test_lint_of_a_campaign_file_with_the_note_passes(project, run):
    folder = project({"c.yaml": PUSH_CAMPAIGN, ".utmlint.yaml": "include: ['*.yaml']\n"})
    done = run("lint", "--no-cache", "--format", "json", cwd=folder)
    assert done.code == 0, done
    assert [(f["code"], f["severity"]) for f in done.findings] == [("UTM109", "info")]


def test_a_configured_severity_applies_to_the_rule_but_never_raises_the_note(project, run):
    folder = project({"c.yaml": PUSH_CAMPAIGN, "d.yaml": PAID_EMAIL_CAMPAIGN,
                      ".utmlint.yaml": "include: ['*.yaml']\nseverity: {medium-channel-intent: error}\n"})
    done = run("lint", "--no-cache", "--format", "json", cwd=folder)
    assert {(f["path"], f["severity"]) for f in done.findings if f["code"] == "UTM109"} == {
        ("c.yaml", "info"), ("d.yaml", "error")}
    assert done.code == 1
    lowered = project({"c.yaml": PUSH_CAMPAIGN, "d.yaml": PAID_EMAIL_CAMPAIGN,
                       ".utmlint.yaml": "include: ['*.yaml']\nseverity: {UTM109: info}\n"})
    done = run("lint", "--no-cache", "--format", "json", cwd=lowered)
    assert {f["severity"] for f in done.findings if f["code"] == "UTM109"} == {"info"}
    assert done.code == 0


def test_every_format_says_info(note, run):
    found = run("scan", "--no-cache", "--format", "json", "n.md", cwd=note)
    assert found.code == 0 and [f["severity"] for f in found.findings] == ["info"]

    sarif = run("scan", "--no-cache", "--format", "sarif", "n.md", cwd=note)
    assert sarif.code == 0
    run_ = json.loads(sarif.out)["runs"][0]
    assert [r["level"] for r in run_["results"]] == ["note"]
    rule = next(r for r in run_["tool"]["driver"]["rules"] if r["id"] == "UTM109")
    assert rule["defaultConfiguration"]["level"] == "warning"  # the rule's own level is unchanged

    github = run("scan", "--no-cache", "--format", "github", "n.md", cwd=note)
    assert github.code == 0
    assert re.search(r"^::notice [^\n]*title=UTM109", github.out, re.M), github.out
    assert "::warning" not in github.out

    junit = run("scan", "--no-cache", "--format", "junit", "n.md", cwd=note)
    assert junit.code == 0
    assert ET.fromstring(junit.out.encode("utf-8")).get("failures") == "0"

    concise = run("scan", "--no-cache", "--format", "concise", "n.md", cwd=note)
    assert concise.code == 0 and "UTM109 medium-channel-intent info" in concise.out

    html = run("scan", "--no-cache", "--format", "html", "n.md", cwd=note)
    assert html.code == 0
    assert 'data-severity="info"' in html.out and 'data-severity="warning"' not in html.out


def test_validate_url_and_build_say_info_and_valid(project, run):
    from utmlint.validate_url import validate_url

    verdict = validate_url(PUSH)
    assert [(f.name, f.severity) for f in verdict.findings] == [("medium-channel-intent", "info")]
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n"})
    built = run("build", "--url", "https://acme.sunbeam.app/", "--source", "app", "--medium", "notification",
                "--campaign", "update", "--validate", "--format", "json", cwd=folder)
    assert built.code == 0, built
    validation = json.loads(built.out)["validation"]
    assert validation["valid"] is True
    assert [(i["code"], i["severity"]) for i in validation["issues"]] == [("UTM109", "info")]


def test_the_cache_keeps_the_findings_severity(note, run):
    first = run("scan", "--format", "json", "n.md", cwd=note)
    again = run("scan", "--format", "json", "n.md", cwd=note)
    assert first.code == again.code == 0
    assert first.out == again.out and [f["severity"] for f in again.findings] == ["info"]


def test_report_refuses_an_unknown_severity():
    from utmlint.diagnostics import Pos
    from utmlint.engine import Context

    with pytest.raises(ValueError):
        Context.report("x", Pos(1, 1), severity="notice")
