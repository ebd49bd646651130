"""The new commands cost `utmlint lint` nothing: each module imports only argparse (and sys) when loaded,
and a run builds the parser of its own command only."""

from __future__ import annotations

import subprocess
import sys

import pytest

NEW = ("init", "schema", "platforms", "completion")


@pytest.mark.skipif(sys.version_info < (3, 10), reason="sys.stdlib_module_names is new in 3.10")
@pytest.mark.parametrize("name", NEW)
def test_command_module_loads_only_argparse(name):
    code = (f"import sys; before = set(sys.modules); import utmlint.commands.{name}; "
            "print(sorted(set(sys.modules) - before))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    loaded = set(eval(done.stdout))  # a printed list of module names
    ours = {m for m in loaded if m.split(".")[0] == "utmlint"}
    assert ours == {"utmlint", "utmlint.commands", f"utmlint.commands.{name}"}
    others = {m.split(".")[0] for m in loaded - ours}
    assert others <= set(sys.stdlib_module_names), others - set(sys.stdlib_module_names)  # no third-party import


def test_lint_builds_only_its_own_parser():
    code = ("import sys; from utmlint.cli import build_parser; build_parser(only='lint'); "
            "print(sorted(m for m in sys.modules if m.startswith('utmlint.commands.')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert eval(done.stdout) == ["utmlint.commands.lint"]


def test_help_still_lists_every_command(run):
    from utmlint.cli import COMMANDS, build_parser

    text = build_parser().format_help()
    for name in ("lint", "scan", "init", "schema", "platforms", "platform", "completion", "rule"):
        assert name in text
    assert len(COMMANDS) == len(set(COMMANDS))
