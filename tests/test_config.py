"""Config discovery, validation errors (exit 2, located), and rule selection tables."""

from __future__ import annotations

import pytest

from utmlint.engine import is_selected
from utmlint.rulebook import registry

GOOD = """\
campaign: spring-sale
source: intercom
medium: in-app
links:
  - url: https://example.com/sale
    content: hero
"""


def rule(name):
    return registry().get(name)


@pytest.mark.parametrize("select,ignore,name,expected", [
    (["ALL"], [], "medium-unassigned", True),
    (["ALL"], ["UTM1"], "medium-unassigned", False),
    (["UTM1"], ["UTM102"], "medium-unassigned", False),
    (["UTM1"], ["UTM102"], "missing-utm-param", True),
    (["UTM102"], ["UTM1"], "medium-unassigned", True),  # the more specific selector wins
    (["medium-unassigned"], ["ALL"], "medium-unassigned", True),
    (["UTM0"], [], "medium-unassigned", False),
    ([], [], "medium-unassigned", False),
    (["UTM1"], ["UTM1"], "medium-unassigned", False),  # a tie goes to ignore
])
def test_selection_table(select, ignore, name, expected):
    assert is_selected(rule(name), select, ignore) is expected


def test_config_found_from_working_directory_upward(project, run):
    root = project({".utmlint.yaml": "ignore: [medium-unassigned]\n", "sub/dir/c.yaml": GOOD})
    result = run("lint", "--format", "json", "--no-cache", cwd=root / "sub" / "dir")
    assert "UTM102" not in {f["code"] for f in result.findings}


def test_pyproject_section_is_found(project, run):
    root = project({"pyproject.toml": "[project]\nname='x'\n[tool.utmlint]\nignore = ['UTM102']\n", "c.yaml": GOOD})
    result = run("lint", "--format", "json", "--no-cache", cwd=root)
    assert result.code == 0, result


def test_severity_override_and_fail_on(project, run):
    root = project({".utmlint.yaml": "severity: {medium-unassigned: info}\n", "c.yaml": GOOD})
    result = run("lint", "--format", "json", "--no-cache", cwd=root)
    assert [f["severity"] for f in result.findings if f["code"] == "UTM102"] == ["info"]
    assert result.code == 0
    assert run("lint", "--fail-on", "info", "--no-cache", cwd=root).code == 1


def test_per_file_ignores(project, run):
    root = project({".utmlint.yaml": "per-file-ignores: {'legacy/**': [UTM1]}\n", "legacy/c.yaml": GOOD, "new/c.yaml": GOOD})
    result = run("lint", "--format", "json", "--no-cache", cwd=root)
    assert {f["path"] for f in result.findings if f["code"] == "UTM102"} == {"new/c.yaml"}


def test_include_and_exclude(project, run):
    root = project({".utmlint.yaml": "include: ['campaigns/**/*.yaml']\nexclude: ['campaigns/old']\n",
                    "campaigns/a.yaml": GOOD, "campaigns/old/b.yaml": GOOD, "other/c.yaml": GOOD})
    result = run("lint", "--format", "json", "--no-cache", cwd=root)
    assert {f["path"] for f in result.findings} == {"campaigns/a.yaml"}


def test_default_excludes_skip_workflows_and_hidden_folders(project, run):
    root = project({".utmlint.yaml": "{}\n", ".github/workflows/ci.yml": "on: push\n", "c.yaml": GOOD})
    result = run("lint", "--format", "json", "--no-cache", cwd=root)
    assert {f["path"] for f in result.findings} == {"c.yaml"}


def test_inline_suppressions(project, run):
    text = GOOD.replace("medium: in-app", "medium: in-app  # utmlint: ignore[medium-unassigned]")
    root = project({".utmlint.yaml": "{}\n", "c.yaml": text})
    assert run("lint", "--no-cache", cwd=root).code == 0
    block = "# utmlint: disable[UTM1]\n" + GOOD + "# utmlint: enable[UTM1]\n"
    root = project({"c.yaml": block})
    assert run("lint", "--no-cache", cwd=root).code == 0


def test_url_fragment_is_not_a_suppression(project, run):
    text = GOOD.replace("https://example.com/sale", "https://example.com/sale#utmlint:ignore")
    root = project({".utmlint.yaml": "{}\n", "c.yaml": text})
    assert run("lint", "--no-cache", cwd=root).code == 1


@pytest.mark.parametrize("config,needle", [
    ("selct: [UTM1]\n", ".utmlint.yaml:1:1: config error: unknown key `selct`"),
    ("select: [UTM9]\n", "no rule matches `UTM9`"),
    ("fail-on: never\n", ".utmlint.yaml:1:10: config error: `fail-on` must be one of error, warning, info"),
    ("rules: {campaign-slug: {colour: red}}\n", "unknown option `colour`"),
    ("include: [a\n", ".utmlint.yaml:2:1: config is not valid YAML"),
    ("campaign-pattern: '('\n", "not a valid regex"),
    ("extend: missing.yaml\n", "`extend` names missing.yaml"),
    ("platforms: [nowhere]\n", "not a folder"),
    # a URL matched no link, so scan gave no link the campaign rules and went green (stranger12 R13)
    ("own-hosts: ['https://flows.dev/']\n", ".utmlint.yaml:1:13: config error: `own-hosts` takes host names, not "
                                             "URLs, paths or patterns (a host also covers its subdomains): write "
                                             "`flows.dev` for `https://flows.dev/`"),
    ("own-hosts: [flows.dev, '*.flows.dev']\n", "write `flows.dev` for `*.flows.dev`"),
    ("in-product-hosts: [app.flows.dev/home]\n", "write `app.flows.dev` for `app.flows.dev/home`"),
])
def test_config_errors_exit_2_with_location(config, needle, project, run):
    root = project({".utmlint.yaml": config, "c.yaml": GOOD})
    result = run("lint", "--no-cache", cwd=root)
    assert result.code == 2
    assert needle in result.err
    assert "Traceback" not in result.err


def test_extend_inherits_and_overrides(project, run):
    root = project({"base.yaml": "ignore: [UTM102]\nfail-on: error\n", ".utmlint.yaml": "extend: base.yaml\nfail-on: info\n",
                    "c.yaml": GOOD})
    result = run("lint", "--format", "json", "--no-cache", cwd=root)
    assert "UTM102" not in {f["code"] for f in result.findings}
