"""Policy as a user meets it, on real files through the CLI: one selector matcher for flags, config and
inline suppressions; directives only in real YAML comments; suppressions that do nothing are findings;
rule options checked against their declared schema with the config's line and column."""

from __future__ import annotations

import pytest

CAMPAIGN = """\
campaign: spring-sale
source: Intercom
medium: email
links:
  - url: https://example.com/sale
    content: hero
"""


def _codes(result):
    return [(f["line"], f["code"]) for f in result.findings]


def test_lower_case_code_in_a_suppression_works_like_select(project, run):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": CAMPAIGN})
    assert _codes(run("lint", "--no-cache", "--format", "json", "--select", "utm201", cwd=root)) == [(2, "UTM201")]
    (root / "c.yaml").write_text(CAMPAIGN.replace("source: Intercom", "source: Intercom  # utmlint: ignore[utm201]"))
    result = run("lint", "--no-cache", "--format", "json", cwd=root)
    assert _codes(result) == [] and result.code == 0


@pytest.mark.parametrize("config", [
    "select: [utm2]\n", "ignore: [utm1, UTM5, utm6]\n", "per-file-ignores: {'*.yaml': [utm1, Missing-Step-Content]}\n",
])
def test_config_selectors_are_case_insensitive(project, run, config):
    root = project({".utmlint.yaml": config, "c.yaml": CAMPAIGN})
    result = run("lint", "--no-cache", "--format", "json", cwd=root)
    assert result.code == 1 and _codes(result) == [(2, "UTM201")], result


def test_severity_keys_use_the_matcher_most_specific_wins(project, run):
    root = project({".utmlint.yaml": "severity: {utm2: error, Value-Case: info}\nseparator: '-'\n",
                    "c.yaml": CAMPAIGN.replace("content: hero", "content: hero_banner")})  # a separator alone: UTM203 only
    found = {(f["line"], f["code"]): f["severity"] for f in run("lint", "--no-cache", "--format", "json", cwd=root).findings}
    assert found[(2, "UTM201")] == "info"  # the name is more specific than the prefix
    assert found[(6, "UTM203")] == "error"  # the prefix applies where nothing closer does


def test_bare_enable_closes_every_open_disable(project, run):
    text = ("campaign: spring-sale\n# utmlint: disable[value-case]\nsource: Intercom\n# utmlint: enable\n"
            "medium: Email\nlinks:\n  - url: https://example.com/sale\n    content: hero\n")
    root = project({".utmlint.yaml": "{}\n", "c.yaml": text})
    assert _codes(run("lint", "--no-cache", "--format", "json", cwd=root)) == [(5, "UTM201")]


def test_enable_of_one_rule_reopens_only_that_rule(project, run):
    text = ("campaign: spring-sale\n# utmlint: disable[UTM2]\n# utmlint: enable[value-case]\nsource: Intercom\n"
            "medium: email\nlinks:\n  - url: https://example.com/sale\n    content: hero_banner\n")
    root = project({".utmlint.yaml": "separator: '-'\n", "c.yaml": text})
    assert _codes(run("lint", "--no-cache", "--format", "json", cwd=root)) == [(4, "UTM201")]


def test_unknown_rule_name_in_a_suppression_is_a_finding(project, run):
    text = CAMPAIGN.replace("source: Intercom", "source: Intercom  # utmlint: ignore[missing-traking]")
    root = project({".utmlint.yaml": "{}\n", "c.yaml": text})
    result = run("lint", "--no-cache", cwd=root)
    assert result.code == 1
    assert ("c.yaml:2:19: UTM006 unknown-rule-in-suppression error: `missing-traking` in `# utmlint: ignore[...]` names no "
            "rule, so it suppresses nothing; did you mean `missing-tracking-on-external-link`?") in result.out
    assert "c.yaml:2:9: UTM201" in result.out


def test_unused_suppression_is_reported_and_fix_removes_it(project, run):
    text = CAMPAIGN.replace("source: Intercom", "source: intercom  # utmlint: ignore[value-case]")
    root = project({".utmlint.yaml": "{}\n", "c.yaml": text})
    result = run("lint", "--no-cache", cwd=root)
    assert result.out.startswith("c.yaml:2:19: UTM005 [*] unused-suppression warning: this `# utmlint: ignore` directive "
                                 "suppresses nothing here; remove it\n")
    assert run("lint", "--no-cache", "--fix", cwd=root).out == "All clean: 1 file checked, 1 fixed.\n"
    assert (root / "c.yaml").read_text() == CAMPAIGN.replace("Intercom", "intercom")


def test_suppression_of_a_rule_that_did_not_run_is_not_unused(project, run):
    text = CAMPAIGN.replace("source: Intercom", "source: intercom  # utmlint: ignore[value-case]")
    root = project({".utmlint.yaml": "{}\n", "c.yaml": text})
    assert run("lint", "--no-cache", "--ignore", "value-case", cwd=root).code == 0
    assert run("lint", "--no-cache", "--select", "UTM0,UTM1", cwd=root).code == 0


def test_suppression_used_only_by_a_repo_wide_rule_is_not_unused_cold_or_warm(project, run):
    files = {".utmlint.yaml": "{}\n",
             "a.yaml": CAMPAIGN.replace("source: Intercom", "source: intercom").replace("medium: email",
                                                                                      "medium: e-mail  # utmlint: ignore[medium-fragmentation]"),
             "b.yaml": CAMPAIGN.replace("source: Intercom", "source: intercom").replace("spring-sale", "summer")}
    root = project(files)
    for _ in range(2):  # the second run reads a.yaml's result from the cache
        result = run("lint", "--format", "json", cwd=root)
        assert ("a.yaml", "UTM005") not in {(f["path"], f["code"]) for f in result.findings}, result.out
        assert ("a.yaml", "UTM602") not in {(f["path"], f["code"]) for f in result.findings}, result.out


@pytest.mark.parametrize("hiding", [
    '    label: "Spring sale # utmlint: disable-file"\n',
    "    label: 'Spring sale # utmlint: disable-file'\n",
    "    label: |\n      Spring sale\n      # utmlint: disable-file\n",
    "    label: >\n      # utmlint: disable-file\n",
    '    "label # utmlint: disable-file": x\n',
])
def test_directives_in_strings_silence_nothing(project, run, hiding):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": CAMPAIGN + hiding})
    result = run("lint", "--no-cache", "--format", "json", cwd=root)
    assert (2, "UTM201") in _codes(result), (hiding, result.out)


def test_directive_in_a_comment_after_a_string_with_a_hash_still_counts(project, run):
    text = CAMPAIGN.replace("source: Intercom", 'source: Intercom  # see "a # b" # utmlint: ignore[value-case]')
    root = project({".utmlint.yaml": "{}\n", "c.yaml": text})
    assert run("lint", "--no-cache", cwd=root).code == 0


@pytest.mark.parametrize("config,message", [
    ("rules: {campaign-collision: {allow: spring-sale}}\n",
     ".utmlint.yaml:1:37: config error: rules.campaign-collision.allow: `allow` must be a list (`- ` items), not text"),
    ("rules:\n  missing-tracking-on-external-link:\n    allow-hosts: example.com\n",
     ".utmlint.yaml:3:18: config error: rules.missing-tracking-on-external-link.allow-hosts: `allow-hosts` must be a "
     "list"),
    ("rules: {UTM603: {allow: [1]}}\n", ".utmlint.yaml:1:26: config error: rules.UTM603.allow: `allow` must be text"),
    ("rules:\n  utm6:\n    colour: red\n", ".utmlint.yaml:3:5: config error: rules.utm6: unknown option `colour`"),
])
def test_rule_options_are_checked_against_their_schema(project, run, config, message):
    root = project({".utmlint.yaml": config, "c.yaml": CAMPAIGN})
    result = run("lint", "--no-cache", "c.yaml", cwd=root)
    assert result.code == 2 and result.out == ""
    assert message in result.err, result.err
    assert "Traceback" not in result.err


def test_rule_options_from_an_extended_config_are_located_there(project, run):
    root = project({"base.yaml": "rules:\n  campaign-collision:\n    allow: spring-sale\n",
                    ".utmlint.yaml": "extend: base.yaml\n", "c.yaml": CAMPAIGN})
    result = run("lint", "--no-cache", "c.yaml", cwd=root)
    assert result.code == 2 and "base.yaml:3:12: config error: rules.campaign-collision.allow" in result.err


def test_a_prefix_gives_each_rule_the_options_it_declares(project, run):
    root = project({".utmlint.yaml": "rules: {UTM6: {allow: [spring-sale]}}\n", "c.yaml": CAMPAIGN})
    assert run("lint", "--no-cache", "c.yaml", cwd=root).code == 1  # accepted; value-case still fires
