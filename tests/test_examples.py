"""The shipped examples: the campaign repo lints clean, and each file in examples/bad/ fires its rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from utmlint.rulebook import registry

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
# One file (or, for repo-wide rules, one folder) per rule, named after it.
BAD = sorted(p for p in (EXAMPLES / "bad").iterdir() if not p.name.startswith("."))


def test_example_repo_is_clean(run):
    result = run("lint", "--no-cache", str(EXAMPLES), cwd=EXAMPLES)
    assert result.code == 0, result.out
    assert "All clean" in result.out


@pytest.mark.parametrize("path", BAD, ids=lambda p: p.stem)
def test_bad_example_fires_its_rule(path, run):
    rule = registry().get(path.stem.split(".")[0])
    assert rule is not None, f"examples/bad/{path.name} must be named after a rule"
    result = run("lint", "--format", "json", "--no-cache", str(path), cwd=EXAMPLES / "bad")
    assert result.code == (0 if rule.severity == "info" else 1)  # a note (utm-useless-destination) fails no run
    assert rule.code in {f["code"] for f in result.findings}, result.out


def test_every_rule_has_a_bad_example():
    shown = {p.stem.split(".")[0] for p in BAD}
    missing = [r.name for r in registry() if r.origin == "utmlint" and r.name not in shown and r.code[:4] != "UTM4"]
    assert missing == []
