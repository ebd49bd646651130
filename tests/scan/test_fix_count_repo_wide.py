"""`scan --fix` counts the findings its fixes resolved, not the repo-wide ones its in-memory re-scan cannot see.

session 42 newuser F2: a team's docs, e-mail template and link sheet with three value-case slips and two fragmentation
findings: `utmlint scan --fix` changed three values and said "5 fixed" (every repo-wide finding counted as gone,
since the re-scan of one file alone never reports one); lint counts them only when their own fix was applied."""

from __future__ import annotations

SHEET = ("name,url\nx,https://northwind.io/c?utm_source=News&utm_medium=e-mail&utm_campaign=launch\n"
         "y,https://northwind.io/d?utm_source=news&utm_medium=email&utm_campaign=launch\n"
         "z,https://northwind.io/e?utm_source=news&utm_medium=email&utm_campaign=launch\n")


def test_fixed_counts_the_values_changed(project, run):
    root = project({"b.csv": SHEET})
    before = run("scan", "--no-cache", "--format", "json", ".", cwd=root).findings
    assert sorted(f["code"] for f in before) == ["UTM201", "UTM602"], before
    done = run("scan", "--no-cache", "--fix", ".", cwd=root)
    assert "utm_source=news&utm_medium=e-mail" in (root / "b.csv").read_text()
    assert "(1 file checked, 1 fixed)" in done.out, done.out  # the one value changed; UTM602 is still there
    assert "UTM602" in done.out
