"""Output that machines read, and fixes that must not reach further than their finding: SARIF fingerprints
survive lines added above, `--diff` prints the diff alone (the report to `--output`), anchored values are not half-fixed."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

DUPLICATED = """\
campaign: spring-sale
source: Intercom
medium: email
links:
  - url: https://example.com/sale
    content: hero
  - url: https://example.com/other
    content: hero
"""


def _fingerprints(run, root):
    log = json.loads(run("lint", "--no-cache", "--format", "sarif", "c.yaml", cwd=root).out)
    results = log["runs"][0]["results"]
    return [(r["ruleId"], r["partialFingerprints"]["utmlintFinding/v1"]) for r in results], results


def test_sarif_fingerprints_survive_a_line_added_above(project, run):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": DUPLICATED})
    before, results = _fingerprints(run, root)
    assert {"UTM201", "UTM502"} <= {code for code, _ in before}
    assert any("line 5" in r["message"]["text"] for r in results)  # the message names a line: not hashed
    (root / "c.yaml").write_text("# Spring sale, owned by growth\n" + DUPLICATED)
    after, moved = _fingerprints(run, root)
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in moved] != \
           [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in results]
    assert after == before


def test_sarif_fingerprints_differ_for_different_findings(project, run):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": DUPLICATED.replace("medium: email", "medium: Email")})
    prints, _ = _fingerprints(run, root)
    assert len({fingerprint for _, fingerprint in prints}) == len(prints)


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit", "github"])
def test_diff_alone_on_stdout_whatever_the_format(project, run, fmt):
    """newuser F3 (session 42): `--diff` printed the report after the diff on stdout, so `--diff | patch` read the report
    too. As `ruff check --diff`: the diff alone on stdout, whatever the `--format`; the counts on stderr; exit 1 when
    there is a diff; the report, in its format, only to `--output FILE`."""
    root = project({".utmlint.yaml": "{}\n", "c.yaml": DUPLICATED})
    result = run("lint", "--no-cache", "--diff", "--format", fmt, "c.yaml", cwd=root)
    assert result.code == 1
    assert result.out.startswith("--- a/c.yaml\n+++ b/c.yaml\n@@ ") and "+source: intercom" in result.out
    assert all(line[:1] in " +-@" for line in result.out.splitlines()), result.out  # nothing but the diff
    assert result.err == ("Would fix 1 finding (1 file checked); 1 finding left that no fix changes: `utmlint lint` "
                          "without `--diff` lists it.\n"), result.err
    assert (root / "c.yaml").read_text() == DUPLICATED  # --diff writes nothing
    # the report to a file, valid in its format, the diff still alone on stdout
    kept = run("lint", "--no-cache", "--diff", "--format", fmt, "--output", "report.out", "c.yaml", cwd=root)
    assert kept.out == result.out and kept.code == 1
    report = (root / "report.out").read_text()
    if fmt in ("json", "sarif"):
        json.loads(report)
    elif fmt == "junit":
        ET.fromstring(report)
    elif fmt == "github":
        assert report.startswith("::")
    else:
        assert "Found 2 warnings (1 file checked)." in report


def test_diff_exit_code(project, run):
    """1 when there is a diff; without one, as the run without `--diff` exits: a finding no fix changes still fails
    it (a gate running `--diff` never goes green over a finding), a clean file passes."""
    root = project({".utmlint.yaml": "{}\n", "c.yaml": DUPLICATED.replace("Intercom", "intercom")})
    left = run("lint", "--no-cache", "--diff", "c.yaml", cwd=root)
    assert left.out == "" and left.code == 1
    assert left.err.startswith("No finding would be fixed (1 file checked); 1 finding left that no fix changes")
    assert run("lint", "--no-cache", "--diff", "--exit-zero", "c.yaml", cwd=root).code == 0
    (root / "c.yaml").write_text(DUPLICATED.replace("Intercom", "intercom").replace("content: hero\n", "content: a\n", 1))
    clean = run("lint", "--no-cache", "--diff", "c.yaml", cwd=root)
    assert (clean.out, clean.err, clean.code) == ("", "No finding would be fixed (1 file checked).\n", 0)


def test_fix_with_diff_previews_and_writes_nothing(project, run):
    # `--fix --diff` is ruff's preview: the diff on stdout, no file written (stranger12 R7: it wrote 15 files of
    # examples/bad and printed no diff)
    root = project({".utmlint.yaml": "{}\n", "c.yaml": DUPLICATED})
    result = run("lint", "--no-cache", "--fix", "--diff", "c.yaml", cwd=root)
    assert "+source: intercom" in result.out
    assert (root / "c.yaml").read_text() == DUPLICATED
    assert "fixed" not in result.out.splitlines()[-1]

ANCHORED = """\
campaign: spring-sale
source: &s Intercom
medium: email
links:
  - url: https://example.com/sale
    content: hero
    label: *s
"""


def test_an_anchored_value_an_alias_reuses_is_not_fixed(project, run):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": ANCHORED})
    result = run("lint", "--no-cache", "c.yaml", cwd=root)
    assert ("c.yaml:2:12: UTM201 value-case warning: utm_source `Intercom` has capital letters, and GA4 reports count "
            "`Intercom` and `intercom` as two different values; write `intercom` (not fixed automatically: the value "
            "is anchored as `&s` and reused by `*s`, so a fix would change every use; fix it by hand)") in result.out
    assert "fixable" not in result.out
    fixed = run("lint", "--no-cache", "--fix", "--unsafe-fixes", "c.yaml", cwd=root)
    assert fixed.code == 1 and (root / "c.yaml").read_text() == ANCHORED


def test_an_anchor_no_alias_uses_is_fixed(project, run):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": ANCHORED.replace("    label: *s\n", "")})
    assert run("lint", "--no-cache", "--fix", "c.yaml", cwd=root).out == "All clean: 1 file checked, 1 fixed.\n"
    assert "source: &s intercom\n" in (root / "c.yaml").read_text()


def test_merged_defaults_are_not_fixed_through_the_anchor(project, run):
    text = ("campaign: spring-sale\nsource: intercom\nmedium: email\ndefaults: &d\n  content: Hero\n"
            "links:\n  - url: https://example.com/a\n    <<: *d\n")
    root = project({".utmlint.yaml": "{}\n", "c.yaml": text})
    run("lint", "--no-cache", "--fix", "c.yaml", cwd=root)
    assert (root / "c.yaml").read_text() == text
