"""examples/scan behaves as the README says: the findings shown before, and after --fix only two remain."""

from __future__ import annotations

import shutil
from pathlib import Path

from utmlint.cli import main

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "scan"


def test_before_and_after_fix(tmp_path, monkeypatch, capsys):
    copy = tmp_path / "scan"
    shutil.copytree(EXAMPLE, copy)
    monkeypatch.chdir(copy)
    assert main(["scan", "--no-cache"]) == 1
    before = capsys.readouterr().out
    for expected in ("docs/Footer.jsx:5:89: UTM201 [*] value-case", "docs/README.md:3:70: UTM201 [*] value-case",
                     "docs/README.md:4:55: UTM103 [*] source-domain-style",
                     "docs/README.md:6:72: UTM102 medium-unassigned", "docs/README.md:11:99: UTM102 medium-unassigned",
                     "docs/welcome.html:2:73: UTM201 [*] value-case"):
        assert expected in before
    assert "README.md:11:99: UTM201" not in before  # suppressed by the HTML comment above it
    assert "UTM601" not in before  # `Newsletter` is value-case's finding: one mistake, one finding
    assert "partner.org" not in before and "SHELL" not in before  # third-party host; fenced example
    main(["scan", "--fix", "--no-cache"])
    capsys.readouterr()
    assert main(["scan", "--no-cache", "--output-format", "concise"]) == 1
    after = capsys.readouterr().out.splitlines()
    assert [line.split(" ")[:2] for line in after[:-1]] == [["docs/README.md:6:72:", "UTM102"],
                                                           ["docs/README.md:11:99:", "UTM102"]]
