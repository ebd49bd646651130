"""review41 L9: a report that cannot be written (`utmlint lint good.yaml > /dev/full`, a full disk) was "internal error:
OSError: [Errno 28] No space left on device (set UTMLINT_DEBUG=1 for the traceback and please report it)": no bug to
report. It is said plainly, exit 2, the trace neither shown nor asked for; the same run to a writable output is as
before. Run as the console script runs (its own process), where the report is written."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")

CAMPAIGN = "campaign: spring-sale\nsource: newsletter\nmedium: email\nlinks:\n  - url: https://acme.com/\n    content: a\n"


def _utmlint(cwd, *argv, to="/dev/full"):
    with open(to, "w") as out:
        done = subprocess.run([sys.executable, "-m", "utmlint", *argv], cwd=cwd, stdout=out, stderr=subprocess.PIPE,
                              text=True, timeout=120, env={**os.environ, "UTMLINT_DEBUG": ""})
    return done.returncode, done.stderr


@pytest.mark.parametrize("argv", [("lint", "--no-cache", "good.yaml"), ("scan", "--no-cache", "README.md"),
                                  ("render", "good.yaml")])
def test_a_report_with_no_room_is_said_plainly(tmp_path, argv):
    (tmp_path / "good.yaml").write_text(CAMPAIGN, encoding="utf-8")
    (tmp_path / "README.md").write_text("# x\n\n[y](https://acme.com/?utm_source=A&utm_medium=email)\n",
                                        encoding="utf-8")
    code, err = _utmlint(tmp_path, *argv)
    assert code == 2, err
    assert err == "utmlint: could not write the report to standard output: No space left on device\n", err
    code, err = _utmlint(tmp_path, *argv, to=os.devnull)
    assert code in (0, 1) and "could not write" not in err, err
