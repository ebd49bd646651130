"""action.yml and the example workflow: valid against GitHub's published schemas, and safe to use."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
ACTION = ROOT / "action.yml"
WORKFLOW = ROOT / "examples" / "workflows" / "utmlint.yml"


def check_jsonschema(schema: str, path: Path) -> subprocess.CompletedProcess:
    """Run the venv's check-jsonschema with every proxy pointing at a closed port: no network can help."""
    exe = Path(sys.executable).with_name("check-jsonschema")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "check_jsonschema"]
    dead = "http://127.0.0.1:9"
    env = {**os.environ, "HTTP_PROXY": dead, "HTTPS_PROXY": dead, "http_proxy": dead, "https_proxy": dead,
           "NO_PROXY": "", "no_proxy": ""}
    return subprocess.run([*command, "--builtin-schema", schema, str(path)], capture_output=True, text=True,
                          env=env, timeout=120)


def load(path: Path) -> dict:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("schema, path", [("vendor.github-actions", ACTION), ("vendor.github-workflows", WORKFLOW)])
def test_files_validate_against_githubs_schemas_offline(schema, path):
    result = check_jsonschema(schema, path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok -- validation done" in result.stdout


@pytest.mark.parametrize("schema, name", [("vendor.github-actions", "action.yml"),
                                          ("vendor.github-workflows", "workflow.yml")])
def test_the_schema_check_is_not_vacuous(tmp_path, schema, name):
    broken = tmp_path / name
    source = ACTION if name == "action.yml" else WORKFLOW
    text = source.read_text(encoding="utf-8")
    broken.write_text(text.replace("using: composite", "using: nodejs") if name == "action.yml"
                      else text.replace("runs-on: ubuntu-latest", "runs_on: ubuntu-latest"), encoding="utf-8")
    result = check_jsonschema(schema, broken)
    assert result.returncode == 1, result.stdout + result.stderr


def test_action_inputs():
    action = load(ACTION)
    assert set(action["inputs"]) == {"paths", "version", "install-source", "args", "fail-on", "sarif", "sarif-file",
                                     "live", "python-version", "scan", "scan-paths"}
    assert action["inputs"]["sarif"]["default"] == "false" and action["inputs"]["live"]["default"] == "false"
    assert action["inputs"]["scan"]["default"] == "false"
    assert action["runs"]["using"] == "composite"


def test_action_installs_from_its_own_checkout_by_default():
    steps = {step.get("id") or step.get("name"): step for step in load(ACTION)["runs"]["steps"]}
    assert steps["python"]["uses"].startswith("actions/setup-python@")
    install = steps["install"]
    assert install["env"]["ACTION_PATH"] == "${{ github.action_path }}"
    assert 'requirement="$ACTION_PATH"' in install["run"]
    assert "lint --format github" in steps["lint"]["run"]
    assert "--format sarif --output" in steps["sarif"]["run"]
    upload = steps["Upload SARIF to code scanning"]
    assert upload["uses"].startswith("github/codeql-action/upload-sarif@")
    assert upload["if"] == "${{ inputs.sarif == 'true' && steps.sarif-upload.outputs.upload == 'true' }}"
    assert "check" in steps["Check links live"]["run"]


def test_action_scripts_never_interpolate_expressions():
    """`${{ inputs.x }}` inside `run:` is pasted into the script before bash sees it: script injection."""
    for step in load(ACTION)["runs"]["steps"]:
        if "run" in step:
            assert "${{" not in step["run"], step.get("name")
            assert step["shell"] == "bash"


def test_example_workflow_uses_the_action_with_least_privilege():
    workflow = load(WORKFLOW)
    assert "pull_request" in workflow["on"]
    assert workflow["permissions"] == {"contents": "read"}
    lint = workflow["jobs"]["lint"]
    assert lint["permissions"] == {"contents": "read", "security-events": "write"}
    uses = [step["uses"] for step in lint["steps"]]
    assert uses[0].startswith("actions/checkout@") and re.fullmatch(r"[\w-]+/utmlint@v[\d.]+", uses[1])
    assert lint["steps"][1]["with"]["sarif"] is True


def test_example_workflow_has_no_paths_filter_a_required_check_would_wait_for():
    """A required check whose workflow a `paths:` filter skips never reports: the pull request waits forever."""
    trigger = load(WORKFLOW)["on"]["pull_request"]
    assert not trigger or not {"paths", "paths-ignore"} & set(trigger)


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
@pytest.mark.parametrize("event, head, actor, upload", [
    ("pull_request", "someone/fork", "someone", False),  # a fork: read-only token
    ("pull_request", "acme/campaigns", "dependabot[bot]", False),  # Dependabot: read-only token
    ("pull_request", "acme/campaigns", "alice", True),  # a branch of the repo itself
    ("push", "", "alice", True),
    ("schedule", "", "alice", True),
])
def test_sarif_upload_is_skipped_with_a_notice_when_the_token_is_read_only(tmp_path, event, head, actor, upload):
    output = tmp_path / "github_output"
    env = {**os.environ, "EVENT_NAME": event, "HEAD_REPO": head, "BASE_REPO": "acme/campaigns", "ACTOR": actor,
           "GITHUB_OUTPUT": str(output)}
    result = subprocess.run(["bash", "-e", "-c", _step_script("sarif-upload")], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr  # never fails the job
    assert output.read_text() == f"upload={'true' if upload else 'false'}\n"
    notices = [line for line in result.stdout.splitlines() if line.startswith("::notice ")]
    assert len(notices) == (0 if upload else 1)
    if not upload:
        assert "cannot write security events" in notices[0]


def _step_script(step_id: str) -> str:
    return next(s["run"] for s in load(ACTION)["runs"]["steps"] if s.get("id") == step_id)


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
@pytest.mark.parametrize("exit_code, step_fails, fail_on", [
    ("0", False, "warning"), ("1", False, "warning"), ("2", True, "warning"),
    ("1", False, ""),  # no fail-on input: the repo's config decides, as for `utmlint lint` run locally
])
def test_lint_step_records_the_exit_code_and_fails_only_on_usage_errors(tmp_path, exit_code, step_fails, fail_on):
    """Run the lint step's script as the runner would, with a stand-in utmlint that exits as told."""
    fake = tmp_path / "utmlint"
    fake.write_text('#!/bin/sh\necho "$@" > "$ARGS_SEEN"\nexit "$FAKE_EXIT"\n', encoding="utf-8")
    fake.chmod(0o755)
    output = tmp_path / "github_output"
    env = {**os.environ, "UTMLINT": str(fake), "PATHS": "campaigns more", "ARGS": "--select UTM2",
           "FAIL_ON": fail_on, "GITHUB_OUTPUT": str(output), "FAKE_EXIT": exit_code,
           "ARGS_SEEN": str(tmp_path / "argv")}
    result = subprocess.run(["bash", "-e", "-c", _step_script("lint")], env=env, capture_output=True, text=True)
    assert (result.returncode != 0) is step_fails
    assert output.read_text() == f"exit-code={exit_code}\n"
    argv = (tmp_path / "argv").read_text().split()
    fail_on_args = ["--fail-on", fail_on] if fail_on else []
    assert argv == ["lint", "--format", "github", *fail_on_args, "--select", "UTM2", "campaigns", "more"]


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_lint_and_sarif_steps_with_the_real_utmlint_on_the_bad_examples(tmp_path):
    import json

    utmlint = Path(sys.executable).with_name("utmlint")
    assert utmlint.exists(), "utmlint is installed in the test environment"
    output = tmp_path / "github_output"
    env = {**os.environ, "UTMLINT": str(utmlint), "PATHS": "bad", "ARGS": "--no-cache", "FAIL_ON": "error",
           "GITHUB_OUTPUT": str(output), "SARIF_FILE": str(tmp_path / "utmlint.sarif")}
    lint = subprocess.run(["bash", "-e", "-c", _step_script("lint")], cwd=ROOT / "examples", env=env,
                          capture_output=True, text=True, timeout=120)
    assert lint.returncode == 0, lint.stderr
    assert output.read_text() == "exit-code=1\n"
    assert re.search(r"^::error file=bad/[\w-]+\.yaml,line=\d+,col=\d+,title=UTM\d{3} [\w-]+::", lint.stdout, re.M)
    sarif = subprocess.run(["bash", "-e", "-c", _step_script("sarif")], cwd=ROOT / "examples", env=env,
                           capture_output=True, text=True, timeout=120)
    assert sarif.returncode == 0, sarif.stderr
    log = json.loads((tmp_path / "utmlint.sarif").read_text(encoding="utf-8"))
    assert log["version"] == "2.1.0" and log["runs"][0]["results"]
    assert output.read_text().endswith(f"file={tmp_path / 'utmlint.sarif'}\n")


def test_every_input_is_used_and_every_reference_is_declared():
    action = load(ACTION)
    referenced = set(re.findall(r"inputs\.([A-Za-z0-9_-]+)", ACTION.read_text(encoding="utf-8")))
    assert referenced == set(action["inputs"])
    step_ids = {step.get("id") for step in action["runs"]["steps"]}
    assert set(re.findall(r"steps\.([A-Za-z0-9_-]+)\.outputs", ACTION.read_text(encoding="utf-8"))) <= step_ids


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_scan_step_with_the_real_utmlint_on_the_scan_example(tmp_path):
    utmlint = Path(sys.executable).with_name("utmlint")
    output = tmp_path / "github_output"
    env = {**os.environ, "UTMLINT": str(utmlint), "SCAN_PATHS": "scan/docs", "ARGS": "--no-cache", "FAIL_ON": "",
           "GITHUB_OUTPUT": str(output)}
    scan = subprocess.run(["bash", "-e", "-c", _step_script("scan")], cwd=ROOT / "examples", env=env,
                          capture_output=True, text=True, timeout=120)
    assert scan.returncode == 0, scan.stderr
    assert output.read_text() == "exit-code=1\n"
    assert re.search(r"^::warning file=scan/docs/README\.md,line=3,col=70,[^:]*title=UTM201 value-case::", scan.stdout, re.M), scan.stdout


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
@pytest.mark.parametrize("sarif_file, scan_file", [("utmlint.sarif", "utmlint-scan.sarif"),
                                                   ("out/results.json", "out/results.json.scan.sarif")])
def test_scans_findings_are_written_and_uploaded_as_sarif_too(tmp_path, sarif_file, scan_file):
    """newuser44 F4: with `scan: true` and `sarif: true` only lint's findings became code scanning alerts; a dev-rel
    repo's findings are nearly all scan's (docs, templates, code). scan's SARIF is written beside lint's and uploaded
    under a category of its own (each upload replaces only its own alerts), valid SARIF 2.1.0 with its results."""
    import json

    import jsonschema

    steps = {step.get("id") or step.get("name"): step for step in load(ACTION)["runs"]["steps"]}
    assert steps["scan-sarif"]["if"] == "${{ inputs.sarif == 'true' && inputs.scan == 'true' }}"
    upload = steps["Upload the scan's SARIF to code scanning"]
    assert upload["uses"] == steps["Upload SARIF to code scanning"]["uses"]
    assert upload["with"] == {"sarif_file": "${{ steps.scan-sarif.outputs.file }}", "category": "utmlint-scan"}
    assert upload["if"] == ("${{ inputs.sarif == 'true' && inputs.scan == 'true' && "
                            "steps.sarif-upload.outputs.upload == 'true' }}")
    assert load(ACTION)["outputs"]["scan-sarif-file"]["value"] == "${{ steps.scan-sarif.outputs.file }}"
    utmlint = Path(sys.executable).with_name("utmlint")
    output = tmp_path / "github_output"
    (tmp_path / "out").mkdir()
    env = {**os.environ, "UTMLINT": str(utmlint), "SCAN_PATHS": str(ROOT / "examples" / "scan" / "docs"),
           "ARGS": "--no-cache", "SARIF_FILE": str(tmp_path / sarif_file), "GITHUB_OUTPUT": str(output)}
    done = subprocess.run(["bash", "-e", "-c", _step_script("scan-sarif")], cwd=ROOT / "examples", env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr  # findings never fail this step (the scan step's exit code does)
    assert output.read_text() == f"file={tmp_path / scan_file}\n"
    log = json.loads((tmp_path / scan_file).read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(log)
    assert {r["ruleId"] for r in log["runs"][0]["results"]} >= {"UTM201", "UTM102"}


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_the_action_reads_a_committed_baseline_annotating_and_failing_on_new_findings_only(tmp_path):
    """A repo that committed `.utmlint-baseline.json` (utmlint.baseline) gets the same answer from the Action as from
    the hook: the scan step annotates and fails only on new findings, and the SARIF lists the old ones as
    `baselineState: unchanged`, suppressed (external), the new ones as `new`; valid SARIF 2.1.0."""
    import json

    import jsonschema

    utmlint = Path(sys.executable).with_name("utmlint")
    shutil.copytree(ROOT / "examples" / "scan", tmp_path / "site")
    site = tmp_path / "site"
    written = subprocess.run([str(utmlint), "scan", "--no-cache", "--write-baseline", "docs"], cwd=site,
                             capture_output=True, text=True, timeout=120)
    assert written.returncode == 0, written.stderr
    with open(site / "docs" / "README.md", "a", encoding="utf-8") as page:
        page.write("\nNew: [x](https://example.com/x?utm_source=newsletter&utm_medium=email&utm_campaign=Winter)\n")
    output = tmp_path / "github_output"
    env = {**os.environ, "UTMLINT": str(utmlint), "SCAN_PATHS": "docs", "ARGS": "--no-cache", "FAIL_ON": "",
           "GITHUB_OUTPUT": str(output), "SARIF_FILE": str(tmp_path / "utmlint.sarif")}
    scan = subprocess.run(["bash", "-e", "-c", _step_script("scan")], cwd=site, env=env, capture_output=True,
                          text=True, timeout=120)
    assert scan.returncode == 0, scan.stderr
    assert output.read_text() == "exit-code=1\n"
    annotations = [line for line in scan.stdout.splitlines() if line.startswith("::")]
    assert len(annotations) == 1 and "Winter" in annotations[0], scan.stdout
    output.write_text("")
    sarif = subprocess.run(["bash", "-e", "-c", _step_script("scan-sarif")], cwd=site, env=env, capture_output=True,
                           text=True, timeout=120)
    assert sarif.returncode == 0, sarif.stderr
    log = json.loads((tmp_path / "utmlint-scan.sarif").read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(log)
    results = log["runs"][0]["results"]
    assert [r["baselineState"] for r in results].count("new") == 1
    assert all(r["suppressions"][0]["kind"] == "external" for r in results if r["baselineState"] == "unchanged")
    assert len(results) > 1
