"""`utmlint lint --write-baseline`, `--baseline`, `--prune-baseline`, `--no-baseline` (utmlint/baseline.py): a first
run on an old project keeps its findings in .utmlint-baseline.json, later runs report and fail only on new ones
(newuser47b F3: a team with 200 old findings had to fix them all, pass `--exit-zero` or ignore whole files)."""

from __future__ import annotations

import json

import pytest

from utmlint.baseline import key_message

BAD = """\
campaign: Spring-Sale
source: newsletter
medium: email
links:
  - url: https://example.com/sale
    content: hero
"""
# the same file with one more mistake further down
WORSE = BAD + """\
  - url: https://example.com/pricing
    content: Pricing-CTA
"""


def _baseline(root):
    return json.loads((root / ".utmlint-baseline.json").read_text(encoding="utf-8"))


def test_write_baseline_then_a_run_reports_nothing_and_passes(project, run):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": BAD})
    assert run("lint", "--no-cache", cwd=root).code == 1
    written = run("lint", "--no-cache", "--write-baseline", cwd=root)
    assert written.code == 0
    assert "Wrote 1 finding (1 file) to the baseline .utmlint-baseline.json" in written.out
    # not "All clean" above "Wrote 1 finding" (review48 F3): nothing new, the old kept
    assert written.out.startswith("No new findings: 1 file checked.\n") and "All clean" not in written.out
    data = _baseline(root)
    assert data["version"] == 1 and data["scan"] == {}
    [entry] = data["lint"]["c.yaml"]
    assert entry["rule"] == "UTM201" and entry["value"] == "Spring-Sale" and entry["count"] == 1
    again = run("lint", "--no-cache", cwd=root)
    assert again.code == 0
    assert again.out.splitlines() == [
        "No new findings: 1 file checked.",
        "1 finding in the baseline .utmlint-baseline.json not reported (`utmlint lint --no-baseline` shows it; "
        "`utmlint lint --fix --no-baseline` fixes it)."]


def test_a_new_finding_is_reported_and_fails_while_the_old_one_stays_quiet(project, run):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": BAD})
    run("lint", "--no-cache", "--write-baseline", cwd=root)
    (root / "c.yaml").write_text("# a comment line moves everything down\n" + WORSE, encoding="utf-8")
    result = run("lint", "--no-cache", "--format", "json", cwd=root)
    assert result.code == 1
    assert [(f["code"], f["line"]) for f in result.findings] == [("UTM201", 9)]  # Pricing-CTA, not Spring-Sale
    assert "1 finding in the baseline .utmlint-baseline.json not reported" in result.err


def test_a_fixed_finding_is_stale_until_pruned(project, run):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": WORSE})
    run("lint", "--no-cache", "--write-baseline", cwd=root)
    (root / "c.yaml").write_text(WORSE.replace("Spring-Sale", "spring-sale"), encoding="utf-8")
    result = run("lint", "--no-cache", cwd=root)
    assert result.code == 0
    assert ("1 finding of the baseline no longer occurs (fixed, or the link changed), in c.yaml: "
            "`utmlint lint --prune-baseline` drops it from .utmlint-baseline.json.") in result.out
    pruned = run("lint", "--no-cache", "--prune-baseline", cwd=root)
    assert pruned.code == 0
    assert "Pruned 1 finding that no longer occur" in pruned.out
    assert [e["value"] for e in _baseline(root)["lint"]["c.yaml"]] == ["Pricing-CTA"]
    assert "no longer occur" not in run("lint", "--no-cache", cwd=root).out


def test_fix_leaves_the_baselined_findings_alone_unless_no_baseline(project, run):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": BAD})
    run("lint", "--no-cache", "--write-baseline", cwd=root)
    (root / "c.yaml").write_text(WORSE, encoding="utf-8")
    fixed = run("lint", "--fix", cwd=root)
    assert fixed.code == 0
    text = (root / "c.yaml").read_text(encoding="utf-8")
    assert "campaign: Spring-Sale" in text and "content: pricing-cta" in text  # the new one fixed, the old one kept
    assert run("lint", "--fix", "--no-baseline", cwd=root).code == 0
    assert "campaign: spring-sale" in (root / "c.yaml").read_text(encoding="utf-8")


def test_no_baseline_reports_everything(project, run):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": BAD})
    run("lint", "--no-cache", "--write-baseline", cwd=root)
    result = run("lint", "--no-cache", "--no-baseline", cwd=root)
    assert result.code == 1 and "UTM201" in result.out and "baseline" not in result.out


def test_select_narrows_what_a_prune_or_a_write_may_drop(project, run):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": BAD.replace("medium: email", "medium: in-app")})
    run("lint", "--no-cache", "--write-baseline", cwd=root)
    rules = sorted(e["rule"] for e in _baseline(root)["lint"]["c.yaml"])
    assert len(rules) >= 2
    pruned = run("lint", "--no-cache", "--select", "UTM2", "--prune-baseline", cwd=root)
    assert "nothing to prune" in pruned.out
    run("lint", "--no-cache", "--select", "UTM2", "--write-baseline", cwd=root)
    assert sorted(e["rule"] for e in _baseline(root)["lint"]["c.yaml"]) == rules


def test_a_partial_write_keeps_the_other_files_entries_and_a_deleted_files_are_stale(project, run):
    root = project({".utmlint.yaml": "{}\n", "a.yaml": BAD, "b.yaml": BAD})
    run("lint", "--no-cache", "--write-baseline", cwd=root)
    (root / "a.yaml").write_text(WORSE, encoding="utf-8")
    run("lint", "--no-cache", "--write-baseline", "a.yaml", cwd=root)
    assert set(_baseline(root)["lint"]) == {"a.yaml", "b.yaml"} and len(_baseline(root)["lint"]["a.yaml"]) == 2
    (root / "b.yaml").unlink()
    result = run("lint", "--no-cache", "a.yaml", cwd=root)
    assert result.code == 0 and "1 finding of the baseline no longer occurs" in result.out


def test_the_config_names_the_baseline_and_a_subfolder_run_finds_its_entries(project, run):
    root = project({".utmlint.yaml": "baseline: ci/known.json\ninclude: ['campaigns/**/*.yaml']\n",
                    "campaigns/c.yaml": BAD, "ci/.keep": ""})
    run("lint", "--no-cache", "--write-baseline", cwd=root)
    data = json.loads((root / "ci" / "known.json").read_text(encoding="utf-8"))
    assert list(data["lint"]) == ["../campaigns/c.yaml"]  # relative to the baseline's own folder
    result = run("lint", "--no-cache", ".", cwd=root / "campaigns")
    assert result.code == 0 and "1 finding in the baseline" in result.out


def _agency(project):
    """An agency's repository: each client's folder with its own config (its own scope) and, once written, baseline."""
    return project({".utmlint.yaml": "{}\n", "clients/a/.utmlint.yaml": "{}\n", "clients/a/c.yaml": BAD,
                    "clients/b/.utmlint.yaml": "{}\n", "clients/b/c.yaml": BAD.replace("example.com", "b.example")})


def test_each_clients_config_has_its_own_baseline(project, run):
    # report-baseline: with several configs in one run, only the first scope's baseline was read (client b's
    # baselined finding was reported, and failed the run); each scope now reads and writes its own
    root = _agency(project)
    written = run("lint", "--no-cache", "--write-baseline", "clients/a", "clients/b", cwd=root)
    assert written.code == 0, written
    for client in "ab":
        assert list(_baseline(root / "clients" / client)["lint"]) == ["c.yaml"]
    assert not (root / ".utmlint-baseline.json").exists()
    for args in (("clients/a", "clients/b"), ("clients/b", "clients/a"), (".",)):
        again = run("lint", "--no-cache", *args, cwd=root)
        assert again.code == 0, (args, again)
        assert "1 finding in the baseline clients/a/.utmlint-baseline.json not reported" in again.out
        assert "1 finding in the baseline clients/b/.utmlint-baseline.json not reported" in again.out
    (root / "clients/b/d.yaml").write_text(BAD.replace("Spring-Sale", "Autumn-Sale"), encoding="utf-8")
    found = run("lint", "--no-cache", "--format", "json", ".", cwd=root)
    assert found.code == 1 and [(f["path"], f["code"]) for f in found.findings] == [("clients/b/d.yaml", "UTM201")]
    run("lint", "--no-cache", "--fix", ".", cwd=root)  # the new finding fixed, each client's baselined one kept
    assert (root / "clients/b/d.yaml").read_text(encoding="utf-8").startswith("campaign: autumn-sale\n")
    for client in "ab":
        assert (root / "clients" / client / "c.yaml").read_text(encoding="utf-8").startswith("campaign: Spring-Sale\n")


def test_a_baseline_outside_the_project_is_a_config_error(project, run):
    root = project({".utmlint.yaml": "baseline: ../elsewhere.json\n", "c.yaml": BAD})
    result = run("lint", "--no-cache", cwd=root)
    assert result.code == 2 and "`baseline` must be a file inside the project" in result.err


def test_a_missing_or_broken_baseline_named_is_an_error_that_says_how_to_write_it(project, run):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": BAD, "broken.json": "{"})
    missing = run("lint", "--no-cache", "--baseline", "nope.json", cwd=root)
    assert missing.code == 2 and "write it with `--write-baseline`" in missing.err
    broken = run("lint", "--no-cache", "--baseline", "broken.json", cwd=root)
    assert broken.code == 2 and "not valid JSON" in broken.err
    assert run("lint", "--no-cache", "--no-baseline", "--write-baseline", cwd=root).code == 2


def test_the_count_lets_a_further_copy_of_an_old_mistake_through(project, run):
    link = "  - url: https://example.com/{0}\n    content: {0}\n    campaign: Spring-Sale\n"
    head = "campaign: spring-sale\nsource: newsletter\nmedium: email\nlinks:\n"
    root = project({".utmlint.yaml": "{}\n", "c.yaml": head + link.format("a") + link.format("b")})
    run("lint", "--no-cache", "--select", "UTM201", "--write-baseline", cwd=root)
    [entry] = _baseline(root)["lint"]["c.yaml"]
    assert entry["value"] == "Spring-Sale" and entry["count"] == 2
    (root / "c.yaml").write_text(head + link.format("a") + link.format("b") + link.format("c"), encoding="utf-8")
    result = run("lint", "--no-cache", "--select", "UTM201", "--format", "json", cwd=root)
    assert result.code == 1 and len(result.findings) == 1


def test_a_file_that_cannot_be_read_is_never_baselined(project, run):
    # review48 F1: a yaml-syntax (or file-unreadable) finding written to the baseline hid the file for good: nothing
    # in it is checked, and every link added to it passed with "All clean"
    broken = BAD.replace("    content: hero", "   content: hero")  # one space short: not YAML
    root = project({".utmlint.yaml": "{}\n", "c.yaml": BAD, "broken.yaml": broken})
    written = run("lint", "--no-cache", "--write-baseline", cwd=root)
    assert written.code == 1 and "UTM001" in written.out and "All clean" not in written.out
    assert "not written to the baseline" in written.out
    assert list(_baseline(root)["lint"]) == ["c.yaml"]
    (root / "broken.yaml").write_text(broken + "  - url: http://example.com/x?gclid=1\n", encoding="utf-8")
    again = run("lint", "--no-cache", "--format", "json", cwd=root)
    assert again.code == 1 and [f["code"] for f in again.findings] == ["UTM001"]
    # an entry of such a finding, in a baseline written before, matches nothing: it is reported, and stale
    data = _baseline(root)
    data["lint"]["broken.yaml"] = [{"rule": "UTM001", "name": "yaml-syntax", "message": again.findings[0]["message"],
                                    "count": 1}]
    (root / ".utmlint-baseline.json").write_text(json.dumps(data), encoding="utf-8")
    old = run("lint", "--no-cache", cwd=root)
    assert old.code == 1 and "UTM001" in old.out and "1 finding of the baseline no longer occurs" in old.out


def test_the_baseline_notes_name_their_files(project, run):
    # review48 F8: "1 file that could not be read is reported above and not written to the baseline" named neither the
    # file nor the baseline (and in JSON the findings are not "above"); each note leads with its file, as a finding
    # and a skipped file's note do, named from where the user stands, never capitalized into another path
    broken = BAD.replace("    content: hero", "   content: hero")
    root = project({".utmlint.yaml": "{}\n", "campaigns/c.yaml": BAD, "campaigns/broken.yaml": broken})
    written = run("lint", "--no-cache", "--write-baseline", cwd=root)
    assert ("\ncampaigns/broken.yaml: not written to the baseline .utmlint-baseline.json: utmlint could not read it "
            "(UTM001 yaml-syntax, reported)") in written.out, written.out
    as_json = run("lint", "--no-cache", "--write-baseline", "--format", "json", cwd=root)
    assert "utmlint: campaigns/broken.yaml: not written to the baseline .utmlint-baseline.json" in as_json.err
    inside = run("lint", "--no-cache", "--write-baseline", ".", cwd=root / "campaigns")
    assert f"\nbroken.yaml: not written to the baseline {root / '.utmlint-baseline.json'}" in inside.out, inside.out
    # a stale entry names its file
    (root / "campaigns/c.yaml").write_text(BAD.replace("Spring-Sale", "spring-sale"), encoding="utf-8")
    stale = run("lint", "--no-cache", cwd=root)
    assert "(fixed, or the link changed), in campaigns/c.yaml: `utmlint lint --prune-baseline`" in stale.out, stale.out


def test_the_help_and_the_readme_say_how_to_start_on_an_old_project(run):
    from pathlib import Path

    from utmlint.cli import build_parser

    assert "--write-baseline" in build_parser().format_help()
    lint_help = build_parser(only="lint")._subparsers._group_actions[0].choices["lint"].format_help()
    for flag in ("--write-baseline", "--baseline FILE", "--prune-baseline", "--no-baseline"):
        assert flag in lint_help
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "## A baseline for an old project" in readme and "baseline: .utmlint-baseline.json" in readme


@pytest.mark.parametrize("message, keyed", [
    ("utm_content `x` is already used by the link on line 6 (https://e.com)",
     "utm_content `x` is already used by the link on line (https://e.com)"),
    ("also spelled `a` in docs/intro.md:12:3 and other.yaml:4", "also spelled `a` in docs/intro.md and other.yaml"),
    ("write `footer`", "write `footer`"),
])
def test_an_entry_keeps_the_message_without_its_line_numbers(message, keyed):
    assert key_message(message) == keyed


def test_scan_reads_each_clients_own_baseline_too(project, run):
    link = "See https://{}.example/x?utm_source=Newsletter&utm_medium=email&utm_campaign=spring\n"
    root = project({".utmlint.yaml": "{}\n", "clients/a/.utmlint.yaml": "{}\n", "clients/a/README.md": link.format("a"),
                    "clients/b/.utmlint.yaml": "{}\n", "clients/b/README.md": link.format("b")})
    assert run("scan", "--no-cache", "--write-baseline", "clients/a", "clients/b", cwd=root).code == 0
    for client in "ab":
        assert list(_baseline(root / "clients" / client)["scan"]) == ["README.md"]
    again = run("scan", "--no-cache", ".", cwd=root)
    assert again.code == 0, again
    assert "1 finding in the baseline clients/b/.utmlint-baseline.json not reported" in again.err + again.out
