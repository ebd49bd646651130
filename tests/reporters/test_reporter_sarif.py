import json
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft7Validator

from utmlint.diagnostics import Diagnostic
from utmlint.reporters import render, sarif

SCHEMA = json.loads((Path(__file__).parents[1] / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def assert_valid(log: dict) -> None:
    errors = sorted(Draft7Validator(SCHEMA).iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


@pytest.fixture
def log(diagnostics, summary):
    return json.loads(sarif.render(diagnostics, summary))


def test_schema_is_the_official_one():
    assert SCHEMA["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert SCHEMA["properties"]["version"]["enum"] == ["2.1.0"]
    Draft7Validator.check_schema(SCHEMA)


def test_output_validates_against_the_sarif_schema(log):
    assert_valid(log)
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    assert len(log["runs"]) == 1


def test_empty_run_validates_and_still_lists_every_rule(summary):
    log = json.loads(sarif.render([], summary))
    assert_valid(log)
    assert log["runs"][0]["results"] == []
    assert len(log["runs"][0]["tool"]["driver"]["rules"]) == len(summary.registry)


def test_driver_describes_every_rule_in_the_registry(log, registry):
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "utmlint" and driver["version"] and driver["informationUri"].startswith("https://")
    assert [r["id"] for r in driver["rules"]] == [rule.code for rule in registry]
    by_id = {r["id"]: r for r in driver["rules"]}
    assert "UTM150" in by_id, "a rule that never fired is still described"
    dup = by_id["UTM102"]
    assert dup["name"] == "duplicate-utm-param"
    assert dup["shortDescription"]["text"] == "A utm_* parameter appears more than once."
    assert dup["fullDescription"]["text"] == registry.get("UTM102").what
    assert dup["fullDescription"]["text"].startswith("flags a utm_* parameter that appears more than once.")
    assert "Analytics tools keep only one value" in dup["help"]["text"]
    assert "```yaml\nurl: https://ex.com/?utm_source=a&utm_source=b\n```" in dup["help"]["markdown"]
    assert "**Use instead**" in dup["help"]["markdown"]
    levels = {r["id"]: r["defaultConfiguration"]["level"] for r in driver["rules"]}
    assert levels == {"UTM001": "error", "UTM102": "error", "UTM150": "warning", "UTM201": "warning",
                      "UTM210": "note", "UTM301": "error"}


def test_results_point_at_rules_levels_and_regions(log):
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["UTM201", "UTM301", "UTM210", "UTM102"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    assert [r["level"] for r in results] == ["warning", "error", "note", "error"]
    assert results[1]["message"]["text"].startswith("https://ex.com/?utm_campaign=spring%20sale,")
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in results]
    assert regions[0] == {"startLine": 7, "startColumn": 13, "endLine": 7, "endColumn": 18}
    assert regions[1] == {"startLine": 12, "startColumn": 14}
    assert regions[3] == {"startLine": 3, "startColumn": 9, "endLine": 4, "endColumn": 2}


def test_artifact_uris_are_relative_encoded_and_forward_slashed(log):
    locations = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in log["runs"][0]["results"]]
    assert locations[0] == {"uri": "campaigns/onboarding%20series.yaml", "uriBaseId": "%SRCROOT%"}
    assert locations[3] == {"uri": "campaigns/outbound/announce.yaml", "uriBaseId": "%SRCROOT%"}


def test_absolute_paths_become_relative_under_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    inside = sarif.artifact_location(str(tmp_path / "campaigns" / "a.yaml"))
    assert inside == {"uri": "campaigns/a.yaml", "uriBaseId": "%SRCROOT%"}
    assert sarif.artifact_location("./campaigns/b.yaml")["uri"] == "campaigns/b.yaml"
    outside = sarif.artifact_location("/elsewhere/x y.yaml")
    assert outside == {"uri": "file:///elsewhere/x%20y.yaml"}


def test_unknown_rule_codes_get_no_rule_index(summary):
    d = Diagnostic("a.yaml", 1, 1, "ACME001", "plugin-gone", "warning", "from a plugin that is no longer installed")
    result = json.loads(sarif.render([d], summary))["runs"][0]["results"][0]
    assert result["ruleId"] == "ACME001" and "ruleIndex" not in result


def test_fingerprints_survive_line_moves_and_tell_duplicates_apart(summary):
    def fingerprints(*diagnostics):
        results = json.loads(sarif.render(list(diagnostics), summary))["runs"][0]["results"]
        return [r["partialFingerprints"]["utmlintFinding/v1"] for r in results]

    a = Diagnostic("a.yaml", 3, 5, "UTM201", "uppercase-utm-value", "warning", "`Email` has uppercase letters")
    moved = Diagnostic("a.yaml", 9, 5, "UTM201", "uppercase-utm-value", "warning", "`Email` has uppercase letters")
    assert fingerprints(a) == fingerprints(moved)
    first, second = fingerprints(a, moved)
    assert first != second


def test_render_dispatch_and_snapshot(diagnostics, summary, snapshot):
    snapshot("sarif.json", render("sarif", diagnostics, summary))


def test_reporters_import_nothing_heavy():
    code = (
        "import sys; import utmlint.reporters.github, utmlint.reporters.sarif, utmlint.reporters.junit; "
        "heavy = {'jsonschema', 'httpx', 'ruamel', 'tabulate'} & {m.split('.')[0] for m in sys.modules}; "
        "print(sorted(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_file_level_findings_at_line_zero_still_validate(summary):
    d = Diagnostic("big.yaml", 0, 0, "UTM001", "yaml-syntax", "error", "file is over the size limit", end_line=0)
    log = json.loads(sarif.render([d], summary))
    assert_valid(log)
    assert log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 1, "startColumn": 1, "endLine": 1}


def test_with_a_baseline_results_say_new_or_unchanged_and_the_old_ones_are_suppressed(diagnostics, summary):
    """utmlint.baseline: the findings a baseline lists come as SARIF results too, `baselineState: unchanged` with an
    external suppression naming the file (the run passed them); the others are `new`. A finding's fingerprint is the
    same whether it is baselined or not."""
    plain = json.loads(sarif.render(diagnostics, summary))["runs"][0]["results"]
    old, new = diagnostics[:1], diagnostics[1:]
    summary.extra["baselined"] = old
    summary.extra["baseline"] = ".utmlint-baseline.json"
    log = json.loads(sarif.render(new, summary))
    assert_valid(log)
    results = log["runs"][0]["results"]
    assert [r["partialFingerprints"] for r in results] == [r["partialFingerprints"] for r in plain]
    states = {r["partialFingerprints"]["utmlintFinding/v1"]: r for r in results}
    first = states[plain[0]["partialFingerprints"]["utmlintFinding/v1"]]
    assert first["baselineState"] == "unchanged"
    assert first["suppressions"] == [{"kind": "external", "status": "accepted",
                                      "justification": "in the baseline .utmlint-baseline.json"}]
    assert all(r["baselineState"] == "new" and "suppressions" not in r for r in results if r is not first)


def test_without_a_baseline_results_carry_no_baseline_state(log):
    assert all("baselineState" not in r and "suppressions" not in r for r in log["runs"][0]["results"])
