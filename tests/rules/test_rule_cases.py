"""Every rule's case file (tests/rules/cases/<CODE>.yaml) run through the real CLI on real files.

A case file looks like:

    rule: UTM102
    cases:
      in_app_medium:            # a name that says what is being shown
        fail: |                 # a campaign file
          campaign: x
          ...
        expect: ["3:9"]         # line:column of each finding of this rule, in order
        fixed: |                # optional: the file after `utmlint lint --fix`
          ...
      email_medium:
        pass: |
          ...
    config: |                   # optional .utmlint.yaml for every case of this file
      separator: "-"

Files: a case may give `files: {name: text}` for repo-wide rules instead of `fail`/`pass`; `expect`
then maps file name -> positions.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from utmlint.rulebook import registry

CASES = Path(__file__).parent / "cases"
# Shown by case files instead: encodings and permissions are not text; a collision or a campaign spelled two ways
# needs two files (one campaign per file).
NO_EXAMPLE = {"file-unreadable", "campaign-collision", "campaign-fragmentation"}


def _load_cases():
    yaml = YAML(typ="safe")
    for case_file in sorted(CASES.glob("*.yaml")):
        data = yaml.load(case_file.read_text(encoding="utf-8"))
        for name, case in data["cases"].items():
            yield pytest.param(data["rule"], case, data.get("config"), id=f"{data['rule']}-{name}")


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path


@pytest.mark.parametrize("code,case,config", list(_load_cases()))
def test_rule_case(code, case, config, tmp_path, run):
    _write(tmp_path, ".utmlint.yaml", config or "include: ['**/*.yaml']\n")
    rule = registry().get(code)
    assert rule is not None, f"case file names unknown rule {code}"
    if "files" in case:
        for name, text in case["files"].items():
            _write(tmp_path, name, text)
        result = run("lint", "--format", "json", "--no-cache", str(tmp_path), cwd=tmp_path)
        found = {}
        for finding in result.findings:
            if finding["code"] == code:
                found.setdefault(finding["path"], []).append(f"{finding['line']}:{finding['column']}")
        assert found == {name: spots for name, spots in (case.get("expect") or {}).items() if spots}, result.out
        return
    text = case.get("fail", case.get("pass"))
    path = _write(tmp_path, "campaign.yaml", text)
    result = run("lint", "--format", "json", "--no-cache", str(path), cwd=tmp_path)
    assert result.code in (0, 1), result
    spots = [f"{f['line']}:{f['column']}" for f in result.findings if f["code"] == code]
    if "pass" in case:
        assert spots == [], result.out
    else:
        assert spots == case["expect"], result.out
    if "fixed" in case:
        fixed = run("lint", "--fix", "--no-cache", str(path), cwd=tmp_path)
        assert fixed.code in (0, 1), fixed
        assert path.read_text(encoding="utf-8") == case["fixed"]
        again = run("lint", "--fix", "--no-cache", str(path), cwd=tmp_path)  # a second run changes nothing
        assert path.read_text(encoding="utf-8") == case["fixed"], again


def test_every_builtin_rule_has_a_case_file():
    have = {p.stem for p in CASES.glob("*.yaml")}
    missing = [r.code for r in registry() if r.origin == "utmlint" and r.code not in have]
    assert missing == []


@pytest.mark.parametrize("rule", [r for r in registry() if r.origin == "utmlint"], ids=lambda r: r.name)
def test_rule_docs_examples(rule, tmp_path, run):
    """A rule's documented example must trigger it, and its `use instead` must not."""
    assert rule.what and rule.why, f"{rule.name} needs `What it does:` and `Why is this bad?`"
    if rule.name in NO_EXAMPLE:
        assert not rule.example
        return
    assert rule.example and rule.use_instead, f"{rule.name} needs an example and a use-instead"
    _write(tmp_path, ".utmlint.yaml", "include: ['**/*.yaml']\n" + rule.example_config)
    for text, should_fire in ((rule.example, True), (rule.use_instead, False)):
        path = _write(tmp_path, "example.yaml", text)
        result = run("lint", "--format", "json", "--no-cache", str(path), cwd=tmp_path)
        fired = any(f["code"] == rule.code for f in result.findings)
        assert fired == should_fire, (rule.name, text, result.out)
