"""The package and its benchmarks stay free of what pyflakes finds: unused imports, names assigned and never read,
names used and never defined (the last one hid in unreachable code after a `return` in platforms.py for months).

ruff runs as a subprocess on the real tree, as a contributor would run it; it reads no configuration of ours.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_no_pyflakes_findings_in_package_and_benchmarks():
    run = subprocess.run([sys.executable, "-m", "ruff", "check", "--isolated", "--select", "F,E9",
                          "--output-format", "concise", "--no-cache", "utmlint", "benchmarks"],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_check_fails_on_a_dead_import(tmp_path):
    # the check above must be able to fail: the same command on a file with an unused import does
    bad = tmp_path / "bad.py"
    bad.write_text("import re\n")
    run = subprocess.run([sys.executable, "-m", "ruff", "check", "--isolated", "--select", "F,E9", "--no-cache",
                          str(bad)], capture_output=True, text=True)
    assert run.returncode == 1 and "F401" in run.stdout
