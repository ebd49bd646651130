"""A count of one is said in the singular: "1 campaign", "1 link", not "1 campaigns, 1 links".

Found by a new user (stranger19, LOW: "1 rows" and similar): the HTML catalogue of one campaign file was titled
"Campaign links: 1 campaigns, 1 links", the audit's campaign section said "(1 campaigns)", a sheet row with one
header too many "under 1 headers", and the HTML reports' cards "1 links checked", "1 errors", "1 split values".
"""

from __future__ import annotations

CAMPAIGN = "campaign: launch\nsource: newsletter\nmedium: email\nlinks:\n  - url: https://northwind.io/a\n"


def test_render_html_of_one_campaign_and_one_link(project, run):
    root = project({"c/launch.yaml": CAMPAIGN})
    page = run("render", "c", "--format", "html", cwd=root).out
    assert "<title>Campaign links: 1 campaign, 1 link</title>" in page
    assert "<b>1</b>campaign</div>" in page and "<b>1</b>link (1 tracked)</div>" in page


def test_audit_against_a_repo_of_one_campaign(project, run):
    root = project({"c/launch.yaml": CAMPAIGN, "e.csv": "source,medium,campaign,sessions\nnewsletter,email,launch,5\n"})
    assert "Campaigns against the repo c (1 campaign):" in run("audit", "e.csv", "--campaigns", "c", cwd=root).out
    markdown = run("audit", "e.csv", "--campaigns", "c", "--format", "markdown", cwd=root).out
    assert "Against `c` (1 campaign)." in markdown or "Against c (1 campaign)." in markdown


def test_a_sheet_row_with_a_cell_more_than_its_one_header(project, run):
    root = project({"s.csv": "url\nhttps://northwind.io/a?utm_source=x,https://northwind.io/b\n"})
    out = run("import", "s.csv", "--dry-run", cwd=root).out
    assert "2 cells under 1 header: a value holding the delimiter" in out


def test_html_findings_cards_of_one_error_and_one_warning(project, run):
    root = project({"c.yaml": "campaign: Launch\nsource: newsletter\nmedium: in-app\n"
                              "links:\n  - url: https://northwind.io/a\n"})
    page = run("lint", "--no-cache", "c.yaml", "--format", "html", cwd=root).out
    assert "<b>1</b>error</div>" in page and "<b>1</b>warning</div>" in page


def test_scans_summary_counts_agree_with_its_words(project, run):
    """"All clean: 2 files checked. (1 tracked link in 2 files)": one link cannot be in two files (review of session
    39). The links are counted, and the files holding them when not all do."""
    link = "[x](https://northwind.io/?utm_source=news&utm_medium=email&utm_campaign=launch)\n"
    root = project({"docs/a.md": link, "docs/b.md": "no links\n", "docs/c.md": link + link})
    assert run("scan", "--no-cache", "docs", cwd=root).out == "All clean: 3 files checked (3 tracked links, in 2 of them).\n"
    assert run("scan", "--no-cache", "docs/a.md", "docs/c.md", cwd=root).out == \
        "All clean: 2 files checked (3 tracked links).\n"
    assert run("scan", "--no-cache", "docs/a.md", cwd=root).out == "All clean: 1 file checked (1 tracked link).\n"
    assert run("scan", "--no-cache", "docs/b.md", cwd=root).out == "All clean: 1 file checked (no tracked link found).\n"
