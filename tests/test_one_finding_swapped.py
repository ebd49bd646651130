"""One mistake, one finding: a swapped source and medium (stranger10 R10).

`utm_source=podcast&utm_medium=devbeat` in devbeat/devbeat-fm: source-medium-swapped says to write
`utm_source=devbeat&utm_medium=audio`, and medium-unassigned's hint was the same advice, word for word, a second
error on one mistake. Now only source-medium-swapped speaks; with it ignored, medium-unassigned still does (a
finding that is not shown hides no other)."""

from __future__ import annotations

from utmlint.validate_url import validate_url

URL = "https://devbeat.fm/ep?utm_source=podcast&utm_medium=devbeat&utm_campaign=ep87"


def test_swapped_pair_is_one_finding():
    found = validate_url(URL, repo="devbeat/devbeat-fm")
    assert [f.code for f in found.findings] == ["UTM107"]
    assert "write `utm_source=devbeat&utm_medium=audio`" in found.findings[0].message


def test_medium_unassigned_speaks_when_the_swap_is_ignored():
    found = validate_url(URL, repo="devbeat/devbeat-fm", ignore=["UTM107"])
    assert [f.code for f in found.findings] == ["UTM102"]
    assert "(source-medium-swapped): write `utm_source=devbeat&utm_medium=audio`" in found.findings[0].message


def test_scan_says_it_once(project, run):
    root = project({"episodes/087.md": f"Listen: {URL}\n"})
    import subprocess

    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    subprocess.run(["git", "remote", "add", "origin", "https://github.com/devbeat/devbeat-fm.git"], cwd=root,
                   check=True)
    done = run("scan", "--format", "json", "episodes/087.md", cwd=root)
    assert "Traceback" not in done.err
    assert [f["code"] for f in done.findings] == ["UTM107"], done.out
