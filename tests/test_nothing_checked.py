"""A run that checks nothing says so instead of "All clean".

Found trying the commands as a new user: `utmlint lint empty/` printed "All clean: 0 files checked." and `utmlint scan
campaign.yaml` (a campaign file, which is lint's) "All clean: 0 files checked. (0 tracked links in 0 files)", both
exit 0 and nothing on stderr, so in CI a wrong path passed looking green. The exit code stays 0 (ruff's choice for
"no files found"); the summary and a note on stderr say what happened, in every format.
"""

from __future__ import annotations

CAMPAIGN = "campaign: spring-sale\nsource: intercom\nmedium: email\nlinks:\n  - url: https://example.com/sale\n"


def test_lint_of_a_folder_with_no_campaign_file(project, run):
    root = project({"empty/.keep": "", "docs/notes.yaml": "title: not a campaign\n"})
    done = run("lint", "empty", cwd=root)
    assert (done.code, done.out) == (0, "Nothing checked: no campaign file found.\n")
    assert "nothing checked: no campaign file found" in done.err
    as_json = run("lint", "--format", "json", "empty", cwd=root)
    assert (as_json.code, as_json.out.strip()) == (0, "[]") and "nothing checked" in as_json.err
    skipped = run("lint", "docs", cwd=root)  # a YAML file that is no campaign: the note that names it, once
    assert "skipped 1 YAML file without a top-level `campaign:` key (docs/notes.yaml)" in skipped.err
    assert "nothing checked" not in skipped.err and skipped.out.startswith("Nothing checked")


def test_a_run_that_checks_files_still_says_all_clean(project, run):
    root = project({"c.yaml": CAMPAIGN})
    done = run("lint", "c.yaml", cwd=root)
    assert (done.code, done.out, done.err) == (0, "All clean: 1 file checked.\n", "")


def test_scan_of_a_campaign_file_or_an_empty_folder(project, run):
    root = project({"c.yaml": CAMPAIGN, "empty/.keep": ""})
    done = run("scan", "c.yaml", cwd=root)
    assert (done.code, done.out) == (0, "Nothing checked: no file to scan found.\n")
    assert "skipped 1 campaign file (c.yaml): `utmlint lint` checks them" in done.err
    empty = run("scan", "empty", cwd=root)
    assert (empty.code, empty.out) == (0, "Nothing checked: no file to scan found.\n")
    doc = project({"README.md": "[x](https://example.com/?utm_source=a&utm_medium=email&utm_campaign=b)\n"})
    assert run("scan", "README.md", cwd=doc).out == "All clean: 1 file checked (1 tracked link).\n"


def test_check_says_which_campaign_files_it_could_not_read_and_fails(project, run):
    """`utmlint check broken.yaml` printed "0 links checked: 0 passed, 0 failed, 0 inconclusive." and exited 0:
    the file's links were never read. No network here: the files hold no link that loads."""
    root = project({"broken.yaml": "campaign: x\nsource: [\n", "binary.yaml": "campaign: x\n\0\n",
                    "inapp.yaml": "campaign: x\nsource: intercom\nmedium: in-app\nlinks:\n  - url: /settings\n"})
    done = run("check", "broken.yaml", "binary.yaml", "inapp.yaml", cwd=root)
    assert done.code == 1
    assert "utmlint: broken.yaml:3:1: YAML syntax error" in done.err
    assert "utmlint: binary.yaml:2:1: binary file (it holds NUL bytes)" in done.err
    assert done.err.count("its links were not checked") == 2 and "inapp.yaml" not in done.err
    fine = run("check", "inapp.yaml", cwd=root)  # read, and no tracked link: nothing to fail
    assert fine.code == 0 and "not checked" not in fine.err


def test_render_of_nothing_and_audit_of_a_folder_say_so(project, run):
    root = project({"empty/.keep": ""})
    done = run("render", "empty", cwd=root)
    assert done.code == 0 and "nothing to render: no campaign file found" in done.err
    audit = run("audit", "empty", cwd=root)
    assert audit.code == 2 and "empty: is a folder, not an export file" in audit.err
    import os

    os.mkfifo(root / "export.csv")  # never opened: a FIFO would block a reader
    fifo = run("audit", "export.csv", cwd=root)
    assert fifo.code == 2 and "export.csv: is not a regular file (a pipe, socket or device)" in fifo.err
