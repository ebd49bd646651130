"""`utmlint scan --write-baseline` and the baseline's later runs (utmlint/baseline.py) on docs, code and data files:
JSON and CSV hold no comment an inline `utmlint: ignore[...]` could go in, so a baseline is how an old docs repo turns
the hook on (newuser47b F3)."""

from __future__ import annotations

import json

README = "# Docs\n\nSee [pricing](https://sunbeam.app/pricing?utm_source=Newsletter&utm_medium=email&utm_campaign=spring).\n"
DATA = '{"links": ["https://sunbeam.app/?utm_source=partner&utm_medium=E-mail&utm_campaign=spring"]}\n'
NEW = "\nAnd [more](https://sunbeam.app/more?utm_source=newsletter&utm_medium=email&utm_campaign=Autumn).\n"


def _write(root, files):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_a_docs_repo_baselined_passes_and_a_new_link_fails(tmp_path, run):
    _write(tmp_path, {"docs/index.md": README, "data/links.json": DATA})
    assert run("scan", "--no-cache", cwd=tmp_path).code == 1
    written = run("scan", "--no-cache", "--write-baseline", cwd=tmp_path)
    assert written.code == 0 and "Wrote 2 findings (2 files) to the baseline .utmlint-baseline.json" in written.out
    data = json.loads((tmp_path / ".utmlint-baseline.json").read_text(encoding="utf-8"))
    assert data["lint"] == {} and sorted(data["scan"]) == ["data/links.json", "docs/index.md"]
    assert data["scan"]["data/links.json"][0]["value"] == "E-mail"
    clean = run("scan", "--no-cache", cwd=tmp_path)
    assert clean.code == 0, clean.out
    assert "2 findings in the baseline .utmlint-baseline.json not reported" in clean.out
    # the baseline itself holds the values: never scanned, even when named (the hook passes it when staged)
    assert "utmlint's baseline" in run("scan", "--no-cache", ".utmlint-baseline.json", cwd=tmp_path).err
    (tmp_path / "docs" / "index.md").write_text("Moved down.\n\n" + README + NEW, encoding="utf-8")
    result = run("scan", "--no-cache", "--format", "concise", cwd=tmp_path)
    assert result.code == 1
    assert [line.split(": ")[0] for line in result.out.splitlines() if "UTM" in line] == [
        "docs/index.md:7:89"], result.out  # Autumn; Newsletter two lines down is still the baseline's


def test_scan_fix_keeps_baselined_values_and_prune_drops_what_was_fixed(tmp_path, run):
    _write(tmp_path, {"docs/index.md": README})
    run("scan", "--no-cache", "--write-baseline", cwd=tmp_path)
    (tmp_path / "docs" / "index.md").write_text(README + NEW, encoding="utf-8")
    assert run("scan", "--fix", cwd=tmp_path).code == 0
    text = (tmp_path / "docs" / "index.md").read_text(encoding="utf-8")
    assert "utm_source=Newsletter" in text and "utm_campaign=autumn" in text
    diff = run("scan", "--diff", "--no-baseline", cwd=tmp_path)
    assert "+See [pricing](https://sunbeam.app/pricing?utm_source=newsletter" in diff.out
    run("scan", "--fix", "--no-baseline", cwd=tmp_path)
    stale = run("scan", "--no-cache", cwd=tmp_path)
    assert stale.code == 0 and "`utmlint scan --prune-baseline` drops it" in stale.out
    run("scan", "--no-cache", "--prune-baseline", cwd=tmp_path)
    data = json.loads((tmp_path / ".utmlint-baseline.json").read_text(encoding="utf-8"))
    assert data["scan"] == {}


def test_json_and_sarif_reports_of_a_baselined_scan(tmp_path, run):
    from pathlib import Path

    import jsonschema

    _write(tmp_path, {"docs/index.md": README, "data/links.json": DATA})
    run("scan", "--no-cache", "--write-baseline", "docs", cwd=tmp_path)  # only the docs' findings
    findings = run("scan", "--no-cache", "--format", "json", cwd=tmp_path)
    assert [f["path"] for f in findings.findings] == ["data/links.json"]
    assert "1 finding in the baseline .utmlint-baseline.json not reported" in findings.err
    log = json.loads(run("scan", "--no-cache", "--format", "sarif", cwd=tmp_path).out)
    schema = json.loads((Path(__file__).parents[1] / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(log)
    states = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r["baselineState"]
              for r in log["runs"][0]["results"]}
    assert states == {"data/links.json": "new", "docs/index.md": "unchanged"}


def test_the_baseline_the_config_names_is_never_scanned(tmp_path, run):
    _write(tmp_path, {".utmlint.yaml": "baseline: ci/known.json\n", "docs/index.md": README, "ci/.keep": ""})
    run("scan", "--no-cache", "--write-baseline", cwd=tmp_path)
    assert json.loads((tmp_path / "ci" / "known.json").read_text(encoding="utf-8"))["scan"]["../docs/index.md"]
    listed = run("scan", "--no-cache", "--show-files", cwd=tmp_path)
    assert listed.code == 0 and "skipped  ci/known.json: utmlint's baseline" in listed.out, listed.out
    named = run("scan", "--no-cache", "ci/known.json", cwd=tmp_path)
    assert named.code == 0 and "Nothing checked" in named.out
