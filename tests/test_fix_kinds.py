"""A rule's declared fix kind (`utmlint rules`: safe / unsafe / safe/unsafe) is what its fixes really are,
checked on every case file and documented example; and the summary counts fixes as `--fix` would apply them."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from utmlint.rulebook import registry

CASES = Path(__file__).parent / "rules" / "cases"


def _texts():
    yaml = YAML(typ="safe")
    for case_file in sorted(CASES.glob("*.yaml")):
        data = yaml.load(case_file.read_text(encoding="utf-8"))
        for name, case in data["cases"].items():
            files = case.get("files") or {"campaign.yaml": case.get("fail", case.get("pass"))}
            yield f"{data['rule']}-{name}", data.get("config"), files
    for rule in registry():
        if rule.origin == "utmlint" and rule.example:
            yield f"{rule.code}-example", rule.example_config, {"campaign.yaml": rule.example}


def test_declared_fix_kinds_match_the_fixes_rules_give(tmp_path, run):
    seen = {}
    for index, (name, config, files) in enumerate(_texts()):
        folder = tmp_path / str(index)
        folder.mkdir()
        (folder / ".utmlint.yaml").write_text(config or "include: ['**/*.yaml']\n")
        for file_name, text in files.items():
            (folder / file_name).parent.mkdir(parents=True, exist_ok=True)
            (folder / file_name).write_text(text)
        result = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder)
        assert result.code in (0, 1), (name, result)
        for finding in result.findings:
            if finding["fix"] is not None:
                seen.setdefault(finding["code"], set()).add("safe" if finding["fix"]["safe"] else "unsafe")
    by_code = {r.code: r for r in registry()}
    wrong = {code: (by_code[code].fix, sorted(kinds)) for code, kinds in seen.items()
             if not kinds <= set(by_code[code].fix.split("/")) if by_code[code].fix}
    undeclared = sorted(code for code in seen if not by_code[code].fix)
    never = sorted(r.code for r in registry() if r.origin == "utmlint" and r.fix and r.code not in seen)
    assert (wrong, undeclared, never) == ({}, [], [])


def test_rules_listing_shows_fix_kinds(run):
    listing = run("rules").out
    assert any(line.startswith("UTM107") and "  unsafe  " in line for line in listing.splitlines())
    assert any(line.startswith("UTM201") and "  safe  " in line for line in listing.splitlines())
    markdown = run("rules", "--format", "markdown").out
    assert "| UTM302 | `url-insecure` | warning | unsafe (lint) |" in markdown  # scan reports it without a fix
    assert "| yes |" not in markdown


def test_readme_rules_table_is_the_generated_one(run):
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    table = run("rules", "--format", "markdown").out
    assert table in readme, "run: utmlint rules --format markdown, and paste the table into the README"


SWAPPED = "campaign: spring-sale\nsource: Email\nmedium: intercom\nlinks:\n  - url: https://example.com/sale\n    content: hero\n"


@pytest.mark.parametrize("flags,hint", [
    ((), "1 fixable with `utmlint lint --fix` (1 more with `--unsafe-fixes`)."),
    (("--unsafe-fixes",), "2 fixable with `utmlint lint --fix --unsafe-fixes`."),
])
def test_summary_counts_safe_fixes_and_what_unsafe_fixes_add(project, run, flags, hint):
    root = project({"c.yaml": SWAPPED})
    result = run("lint", "--no-cache", *flags, "c.yaml", cwd=root)
    assert result.out.splitlines()[-1] == f"Found 1 error, 1 warning (1 file checked). {hint}"


def test_summary_with_unsafe_fixes_given_and_only_safe_fixes_names_fix_alone(project, run):
    """stranger10 R15: `scan --diff --unsafe-fixes` said "1 fixable with `utmlint scan --fix --unsafe-fixes`" for a
    safe fix, which `--fix` alone applies."""
    root = project({"c.yaml": SWAPPED.replace("source: Email\nmedium: intercom", "source: Intercom\nmedium: email")})
    result = run("lint", "--no-cache", "--unsafe-fixes", "c.yaml", cwd=root)
    assert result.out.splitlines()[-1].endswith("1 fixable with `utmlint lint --fix`.")


def test_summary_with_only_unsafe_fixes_names_the_flag(project, run):
    root = project({"c.yaml": SWAPPED.replace("source: Email\nmedium: intercom", "source: intercom\nmedium: email")
                    .replace("https://example.com/sale", "http://example.com/sale")})
    result = run("lint", "--no-cache", "c.yaml", cwd=root)
    assert result.out.splitlines()[-1].endswith("1 fixable with `utmlint lint --fix --unsafe-fixes`.")
