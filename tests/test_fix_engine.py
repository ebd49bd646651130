"""The fix engine as ruff's: a fix is all of its edits or none, fixes apply in (rule, position) order, an
overlapping fix waits for the next pass, "N fixed" counts findings that disappeared, any hash seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from utmlint.config import Config
from utmlint.diagnostics import Diagnostic, Edit, Fix
from utmlint.fixes import MAX_PASSES, apply_fixes, fix_file
from utmlint.project import Project

SWAPPED = """\
campaign: spring-sale
source: Email
medium: intercom
links:
  - url: https://example.com/sale
    content: hero
"""


def _cli(*argv: str, cwd: Path, seed: str = "0") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-m", "utmlint", *argv], cwd=cwd, env=env, capture_output=True, text=True)


def test_swap_fix_is_whole_under_every_hash_seed(tmp_path):
    """The swap fix once lost its source edit to value-case's edit of the same span, on some seeds."""
    for seed in range(8):
        folder = tmp_path / f"seed{seed}"
        folder.mkdir()
        (folder / "c.yaml").write_text(SWAPPED)
        result = _cli("lint", "--no-cache", "--fix", "--unsafe-fixes", "c.yaml", cwd=folder, seed=str(seed))
        fixed = (folder / "c.yaml").read_text()
        assert "source: intercom\nmedium: email\n" in fixed, (seed, fixed, result.stderr)
        assert result.returncode == 0, (seed, result.stdout, result.stderr)
        assert result.stdout == "All clean: 1 file checked, 2 fixed.\n", (seed, result.stdout)


def test_fixed_counts_findings_that_disappeared(project, run):
    # The team chose `-`: then ` Spring_Sale ` has three problems (whitespace, case, separator), one mistake
    # whose fixes all write `spring-sale`: one finding that names them all (issue 12), fixed at once.
    root = project({"c.yaml": 'campaign: " Spring_Sale "\nsource: intercom\nmedium: email\n'
                              "links:\n  - url: https://example.com/sale\n    content: hero\n",
                    ".utmlint.yaml": "include: ['*.yaml']\nseparator: '-'\n"})
    before = run("lint", "--no-cache", "c.yaml", cwd=root)
    assert before.out.count("c.yaml:1:11:") == 1
    assert "starts and ends with whitespace, has capital letters and joins words with underscores" in before.out
    after = run("lint", "--no-cache", "--fix", "c.yaml", cwd=root)
    assert after.out == "All clean: 1 file checked, 1 fixed.\n"
    assert (root / "c.yaml").read_text().startswith('campaign: "spring-sale"\n')


def test_typo_key_is_renamed_not_doubled(project, run):
    root = project({"c.yaml": "campaign: spring-sale\nsource: intercom\nmedium: email\n"
                              "links:\n  - url: https://example.com/sale\n    contnet: hero  # the hero banner\n"})
    result = run("lint", "--no-cache", "--fix", "c.yaml", cwd=root)
    assert result.out == "All clean: 1 file checked, 1 fixed.\n"
    assert (root / "c.yaml").read_text().endswith("  - url: https://example.com/sale\n    content: hero  # the hero banner\n")


def test_missing_step_content_renames_a_typo_instead_of_adding_a_second_key(project, run):
    """missing-step-content once added `content:` beside `contnet:`; now it and schema-violation propose one rename."""
    root = project({"c.yaml": "campaign: onboarding\nsource: intercom\nmedium: email\ntype: series\nsteps:\n"
                              "  - id: step-1\n    links:\n      - url: https://example.com/a\n        contnet: step-1\n"
                              "  - id: step-2\n    links:\n      - url: https://example.com/b\n        content: step-2\n"})
    result = run("lint", "--no-cache", "--fix", "c.yaml", cwd=root)
    text = (root / "c.yaml").read_text()
    assert "contnet" not in text and text.count("content:") == 2, text
    # one finding: schema-violation's rename (newuser46 F11: missing-step-content no longer restates the typo)
    assert result.out == "All clean: 1 file checked, 1 fixed.\n"


def test_wide_guess_at_a_key_is_an_unsafe_rename(project, run):
    root = project({"c.yaml": "campaign: spring-sale\nsource: intercom\nmedium: email\n"
                              "links:\n  - url: https://example.com/sale\n    contetn_: hero\n"})
    safe = run("lint", "--no-cache", "--fix", "c.yaml", cwd=root)
    assert "contetn_" in (root / "c.yaml").read_text()
    assert "1 more with `--unsafe-fixes`" in safe.out or "UTM002" in safe.out
    run("lint", "--no-cache", "--fix", "--unsafe-fixes", "c.yaml", cwd=root)
    assert "    content: hero\n" in (root / "c.yaml").read_text()


def _diag(code: str, *edits: Edit, safe: bool = True) -> Diagnostic:
    return Diagnostic("f.yaml", 1, 1, code, code.lower(), "warning", "m", fix=Fix(tuple(edits), code, safe))


def test_a_fix_is_all_of_its_edits_or_none():
    text = "source: Email\nmedium: intercom\n"
    swap = _diag("UTM107", Edit(8, 13, "intercom"), Edit(22, 30, "Email"), safe=False)
    case = _diag("UTM201", Edit(8, 13, "email"))
    for order in ([swap, case], [case, swap]):
        new, done = apply_fixes(text, order, unsafe=True)
        assert new == "source: intercom\nmedium: Email\n"
        assert done == [swap]
    new, done = apply_fixes(text, [swap, case], unsafe=False)  # the swap is unsafe: value-case goes alone
    assert new == "source: email\nmedium: intercom\n" and done == [case]


def test_same_edit_from_two_rules_is_applied_once_and_both_count():
    text = "contnet: hero\n"
    first, second = _diag("UTM002", Edit(0, 7, "content")), _diag("UTM501", Edit(0, 7, "content"))
    new, done = apply_fixes(text, [second, first])
    assert new == "content: hero\n" and done == [first, second]


def test_a_fix_whose_own_edits_overlap_is_never_applied():
    broken = _diag("UTM201", Edit(0, 5, "a"), Edit(3, 8, "b"))
    assert apply_fixes("0123456789", [broken]) == ("0123456789", [])


def test_passes_are_bounded_and_stop_when_fixes_undo_each_other():
    calls = []

    def lint_text(path, text):  # a pair of rules that flip the text back and forth
        calls.append(text)
        target = "b" if text == "a" else "a"
        return True, [_diag("UTM201", Edit(0, 1, target))]

    text, fixed = fix_file(lint_text, "f.yaml", "a", [_diag("UTM201", Edit(0, 1, "b"))], unsafe=False)
    assert len(calls) <= MAX_PASSES and calls == ["b"]  # back at "a" (seen): stop
    assert text == "b"


def test_a_pass_that_would_not_parse_is_dropped():
    text, fixed = fix_file(lambda path, text: (False, []), "f.yaml", "a: 1\n", [_diag("UTM201", Edit(0, 1, "["))], False)
    assert (text, fixed) == ("a: 1\n", 0)


# -- property: for random combinations of fixable findings, the result does not depend on rule order

CAMPAIGNS = ["spring-sale", "Spring-Sale", " spring-sale", "spring_sale", "Spring_Sale ", "spring  sale"]
SOURCES = ["intercom", "Intercom", "intercom.com", "Email", " intercom", "inter_com"]
MEDIUMS = ["email", "Email", "intercom", "e_mail", "email "]
SWAPPED_PAIRS = [("Email", "intercom"), ("email", "Intercom"), ("Email", "Intercom"), ("email ", "intercom")]
URLS = ["https://example.com/sale", "http://example.com/sale", "https://example.com/sale?utm_source=x",
        "https://example.com/sale#top?ref=1", "http://example.com/p?utm_medium=email&utm_campaign=y"]
CONTENT_KEYS = ["content", "contnet", "conten"]


def _scalar(value: str) -> str:
    return f'"{value}"' if value != value.strip() or "  " in value else value


@st.composite
def campaign_files(draw):
    if draw(st.booleans()):  # swapped source and medium, whose fix overlaps value-case's
        source, medium = draw(st.sampled_from(SWAPPED_PAIRS))
    else:
        source, medium = draw(st.sampled_from(SOURCES)), draw(st.sampled_from(MEDIUMS))
    lines = [f"campaign: {_scalar(draw(st.sampled_from(CAMPAIGNS)))}", f"source: {_scalar(source)}",
             f"medium: {_scalar(medium)}"]
    series = draw(st.booleans())
    if series:
        lines += ["type: series", "steps:"]
        for number in range(1, draw(st.integers(1, 3)) + 1):
            lines += [f"  - id: step-{number}", "    links:", f"      - url: {draw(st.sampled_from(URLS))}"]
            if draw(st.booleans()):
                lines.append(f"        {draw(st.sampled_from(CONTENT_KEYS))}: {draw(st.sampled_from(['hero', 'Hero', f'step-{number}']))}")
    else:
        lines.append("links:")
        for number in range(draw(st.integers(1, 3))):
            lines.append(f"  - url: {draw(st.sampled_from(URLS))}")
            lines.append(f"    {draw(st.sampled_from(CONTENT_KEYS))}: {draw(st.sampled_from(['hero', 'Hero_Banner', f'link-{number}']))}")
    return "\n".join(lines) + "\n"


def _fix_with_rule_order(text: str, path: Path, order_seed: int, unsafe: bool):
    import random

    linter = Project.of(Config(root=path.parent, source=path.parent / ".utmlint.yaml")).scopes[0].linter(keep_text=True)
    shuffle = random.Random(order_seed).shuffle
    for rules in linter.by_target.values():
        shuffle(rules)
    first = linter.lint_text(path, text)

    def lint_text(p, t):
        again = linter.lint_text(p, t)
        return again.parsed, list(dict.fromkeys(again.diagnostics))

    fixed, _ = fix_file(lint_text, path, text, list(dict.fromkeys(first.diagnostics)), unsafe)
    return fixed, first.diagnostics, linter.lint_text(path, fixed).diagnostics


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=campaign_files(), unsafe=st.booleans(), seeds=st.lists(st.integers(0, 10_000), min_size=3, max_size=4))
def test_fix_output_does_not_depend_on_rule_order(tmp_path, text, unsafe, seeds):
    path = tmp_path / "c.yaml"
    results = [_fix_with_rule_order(text, path, seed, unsafe) for seed in seeds]
    outputs = {fixed for fixed, _, _ in results}
    assert len(outputs) == 1, (text, outputs)
    fixed, before, after = results[0]
    # Re-linting shows none of the findings the fixes took on: nothing applicable is left behind.
    left = [d for d in after if d.fix is not None and (d.fix.safe or unsafe)]
    assert not left, (text, fixed, left)
    # A fix may respell or swap values, never lose one (a half-applied swap wrote `email` twice).
    assert _spellings(fixed) == _spellings(text), (text, fixed)


def _spellings(text: str):
    import re

    def norm(value: str) -> str:
        # respelling drops separators too (`E_Mail` becomes the profiles' `email`): compare without them
        return value.strip().strip('"').strip().lower().replace("_", "").replace("-", "").replace(".com", "")

    found = dict(re.findall(r"^(source|medium): (.*)$", text, re.MULTILINE))
    return sorted(norm(found[key]) for key in ("source", "medium"))
