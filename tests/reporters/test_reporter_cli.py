"""The real `utmlint lint --format ... --output ...` on examples/bad: every format agrees with the JSON report."""

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

import pytest
from jsonschema import Draft7Validator

from utmlint.cli import main
from utmlint.rulebook import registry

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SCHEMA = json.loads((Path(__file__).parents[1] / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture
def lint(tmp_path, monkeypatch):
    monkeypatch.chdir(EXAMPLES)

    def run(fmt: str) -> str:
        out = tmp_path / f"report.{fmt}"
        code = main(["lint", "--no-cache", "--exit-zero", "--format", fmt, "--output", str(out), "bad"])
        assert code == 0
        return out.read_text(encoding="utf-8")

    return run


@pytest.fixture
def expected(lint):
    found = json.loads(lint("json"))
    assert found, "examples/bad should produce findings"
    return found


def test_sarif_from_the_cli_validates_and_matches_the_findings(lint, expected):
    log = json.loads(lint("sarif"))
    assert not list(Draft7Validator(SCHEMA).iter_errors(log))
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.code for r in registry()]
    assert [(r["ruleId"], r["message"]["text"]) for r in run["results"]] == [(d["code"], d["message"]) for d in expected]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert (EXAMPLES / unquote(location["artifactLocation"]["uri"])).is_file()


def test_junit_from_the_cli_counts_the_findings(lint, expected):
    root = ET.fromstring(lint("junit").encode("utf-8"))
    failing = [d for d in expected if d["severity"] in ("error", "warning")]
    assert int(root.get("failures")) == len(failing)
    assert {s.get("name") for s in root} >= {d["path"] for d in expected}


def test_github_from_the_cli_has_one_annotation_per_finding(lint, expected):
    lines = lint("github").splitlines()
    annotations = [line for line in lines if re.match(r"::(error|warning|notice) file=", line)]
    assert len(annotations) == len(expected)
    assert lines[-1].startswith("Found ")
