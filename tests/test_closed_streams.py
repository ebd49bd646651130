"""A caller that closes standard output or error (`utmlint scan docs >&-`, a supervisor with no stdout) gets the
run's exit code, never a traceback: Python gives such a stream as None, and argparse asked it for its width."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.mark.parametrize("argv, code", [
    (["scan", str(EXAMPLES / "scan")], 1),  # findings: exit 1 with nowhere to print them
    (["lint", str(EXAMPLES / "bad")], 1),
    (["lint", str(EXAMPLES / "campaigns")], 0),
])
@pytest.mark.parametrize("closed", [">&-", "2>&-"])
def test_a_closed_stream_keeps_the_exit_code_and_no_traceback(argv, code, closed, tmp_path):
    err = tmp_path / "err.txt"
    # the shell closes the descriptor before Python starts, as a user's `>&-` does
    redirect = f">&- 2>{err}" if closed == ">&-" else f"2>&- >{tmp_path / 'out.txt'}"
    command = " ".join([sys.executable, "-m", "utmlint", *argv, "--no-cache", redirect])
    done = subprocess.run(command, shell=True, cwd=tmp_path)
    assert done.returncode == code
    if closed == ">&-":
        assert "Traceback" not in err.read_text(encoding="utf-8")
    else:
        assert (tmp_path / "out.txt").read_text(encoding="utf-8")  # the report itself still reaches stdout
