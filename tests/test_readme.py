"""The README is part of the product: it names every rule and hook, and CI runs its test command."""

from __future__ import annotations

import re
from pathlib import Path

from utmlint.rulebook import registry

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_lists_every_rule():
    missing = [f"{r.code} {r.name}" for r in registry() if r.origin == "utmlint"
               and not re.search(rf"\| {r.code} \| `{re.escape(r.name)}` \|", README)]
    assert missing == [], "run: utmlint rules --format markdown, and paste the table into the README"


def test_readme_names_every_hook():
    hooks = re.findall(r"^-\s+id:\s*(\S+)", (ROOT / ".pre-commit-hooks.yaml").read_text(), re.MULTILINE)
    assert hooks and all(f"id: {hook}" in README for hook in hooks)


def test_readme_opens_with_the_two_commands_and_ci_runs_the_second():
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.DOTALL)
    assert "utmlint lint examples" in blocks[0]
    assert "pytest" in blocks[1]
    assert README.index("<!-- ci: test command -->") < README.index(blocks[1])
    assert "<!-- ci: test command -->" in (ROOT / ".ci" / "run").read_text()
