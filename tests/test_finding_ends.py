"""A finding on a value or a key says where it ends, as ruff's JSON does (`end_location`).

Found by a new user (stranger19, LOW): `utmlint lint --format json` gave every campaign-file finding `end_line` and
`end_column` null, and the text report's carets went under `Spring` alone for `campaign: Spring Sale 2026` (the word
at the column), though the finding is about the whole value. A finding a rule places at a value's or a key's start now
ends where that value or key ends (exclusive, SARIF's convention); a finding placed inside a value keeps its own span.
"""

from __future__ import annotations

CAMPAIGN = """\
campaign: Spring Sale 2026
soruce: intercom
medium: &m "email "
steps:
  - id: one
    links:
      - url: https://northwind.io/launch
        content: hero_banner top
"""


def _by_code(findings):
    return {f["code"]: f for f in findings}


def test_json_findings_end_where_their_value_or_key_ends(project, run):
    root = project({"c.yaml": CAMPAIGN})
    found = _by_code(run("lint", "--no-cache", "--format", "json", "c.yaml", cwd=root).findings)
    lines = CAMPAIGN.splitlines()

    def spanned(code):
        f = found[code]
        assert f["end_line"] == f["line"], f
        return lines[f["line"] - 1][f["column"] - 1:f["end_column"] - 1]

    assert spanned("UTM201") == "Spring Sale 2026"  # value-case, a plain scalar with spaces
    assert spanned("UTM002") == "soruce"  # the misspelled key, not `soruce:`
    assert spanned("UTM202") == '"email "'  # an anchored, quoted value: the value, quotes and all, not `&m`
    assert spanned("UTM203") == "hero_banner top"


def test_text_carets_go_under_the_whole_value(project, run):
    root = project({"c.yaml": "campaign: Spring Sale 2026\nsource: intercom\nmedium: email\n"
                              "links:\n  - url: https://northwind.io/launch\n"})
    out = run("lint", "--no-cache", "c.yaml", cwd=root).out
    assert "1 | campaign: Spring Sale 2026\n  |           ^^^^^^^^^^^^^^^^\n" in out


def test_a_block_scalar_ends_on_its_last_line(project, run):
    root = project({"c.yaml": "campaign: |\n  Spring Sale\nsource: intercom\nmedium: email\n"
                              "links:\n  - url: https://northwind.io/launch\n"})
    found = [f for f in run("lint", "--no-cache", "--format", "json", "c.yaml", cwd=root).findings
             if f["line"] == 1]
    assert found and all((f["end_line"], f["end_column"]) == (2, 14) for f in found), found


def test_a_finding_on_a_url_ends_with_it_and_one_inside_keeps_its_own_span(project, run):
    root = project({"c.yaml": "campaign: launch\nsource: intercom\nmedium: email\nlinks:\n"
                              "  - url: http://northwind.io/launch\n  - url: https://northwind.io/a#utm_content=b\n"})
    found = _by_code(run("lint", "--no-cache", "--format", "json", "c.yaml", cwd=root).findings)
    assert (found["UTM302"]["column"], found["UTM302"]["end_column"]) == (10, 36)  # url-insecure: the whole URL
    assert (found["UTM306"]["column"], found["UTM306"]["end_column"]) == (33, 46)  # utm-in-fragment: `utm_content=b`


def test_scans_findings_on_a_whole_link_end_where_the_link_ends(project, run):
    """scan's JSON gave a finding on the whole link (url-fragment-order, missing-utm-param) `end_line`/`end_column`
    null, where lint's end (review of session 39): it ends where the link does; one on a value keeps the value's."""
    text = ("- https://northwind.io/d#x?utm_source=news&utm_medium=email&utm_campaign=launch\n"
            "- https://northwind.io/e?utm_medium=email&utm_campaign=Launch\n")
    root = project({"docs/a.md": text})
    found = {(f["line"], f["code"]): f for f in run("scan", "--no-cache", "--format", "json", "docs", cwd=root).findings}
    lines = text.splitlines()
    order = found[(1, "UTM304")]  # url-fragment-order: from the `?` after the fragment to the link's end
    assert (order["end_line"], order["end_column"]) == (1, len(lines[0]) + 1), order
    assert all(f["end_line"] is not None and f["end_column"] is not None for f in found.values()), found
    missing = found[(2, "UTM101")]
    assert (missing["column"], missing["end_column"]) == (3, len(lines[1]) + 1), missing  # the whole link
    case = found[(2, "UTM201")]  # value-case: `Launch` alone
    assert case["end_column"] - case["column"] == len("Launch"), case


def test_repo_wide_findings_span_the_value_they_are_about(project, run):
    """session 42 newuser F1: the fragmentation rules are made away from the file's text, so their findings had no end:
    `--format json` gave null, and the carets went under `Spring` of `Spring Launch 2026` (the word at the column),
    against the README's promise; a quoted source's span keeps its quotes; a value folded over two lines stays
    without an end (the carets under its first word) rather than get a wrong one."""
    tail = "links:\n  - url: https://northwind.io/{}\n"
    root = project({".utmlint.yaml": "include: ['*.yaml']\n",
                    "a.yaml": "campaign: Spring Launch 2026\nsource: 'acme_news'\nmedium: email\n" + tail.format("a"),
                    "b.yaml": "campaign: spring-launch-2026\nsource: acme-news\nmedium: email\n" + tail.format("b"),
                    "c.yaml": "campaign: spring-launch-2026\nsource: acme-news\nmedium: email\n" + tail.format("c"),
                    "d.yaml": "campaign: Spring\n  Launch 2026\nsource: acme-news\nmedium: email\n" + tail.format("d")})
    findings = run("lint", "--no-cache", "--format", "json", ".", cwd=root).findings
    by_place = {(f["path"], f["code"]): f for f in findings}
    a = (root / "a.yaml").read_text().splitlines()

    def spanned(f):
        assert f["end_line"] == f["line"], f
        return a[f["line"] - 1][f["column"] - 1:f["end_column"] - 1]

    assert spanned(by_place["a.yaml", "UTM604"]) == "Spring Launch 2026"
    assert spanned(by_place["a.yaml", "UTM601"]) == "'acme_news'"
    folded = by_place["d.yaml", "UTM604"]
    assert (folded["line"], folded["column"], folded["end_line"]) == (1, 11, None), folded
    for argv in (("lint", "--no-cache", "a.yaml"), ("lint", "a.yaml"), ("lint", "a.yaml")):  # fresh, cached, replayed
        out = run(*argv, cwd=root).out
        assert "1 | campaign: Spring Launch 2026\n  |           ^^^^^^^^^^^^^^^^^^\n" in out, (argv, out)


def test_scans_repo_wide_findings_span_the_value_as_written(project, run):
    """newuser F1, scan's side: a CSV row's `utm_medium=e-mail` beside `email` on the other rows had UTM602's carets run
    from the value to the end of the cell (`e-mail&utm_campaign=Webinar-2026-Q1,`, the word at the column) and no
    end in JSON; fresh and from the cache alike."""
    sheet = ("name,url\nx,https://northwind.io/c?utm_source=news&utm_medium=e-mail&utm_campaign=launch_q1\n"
             "y,https://northwind.io/d?utm_source=news&utm_medium=email&utm_campaign=launch-q1\n"
             "z,https://northwind.io/e?utm_source=news&utm_medium=email&utm_campaign=launch-q1\n")
    root = project({"b.csv": sheet})
    row = sheet.splitlines()[1]
    for argv in (("scan", "--no-cache", "--format", "json", "."), ("scan", "--format", "json", "."),
                 ("scan", "--format", "json", ".")):
        found = {f["code"]: f for f in run(*argv, cwd=root).findings}
        spans = {code: row[f["column"] - 1:f["end_column"] - 1] for code, f in found.items() if f["end_line"] == 2}
        assert spans == {"UTM602": "e-mail", "UTM604": "launch_q1"}, (argv, found)
    out = run("scan", "--no-cache", ".", cwd=root).out
    assert "\n  |" + " " * (row.index("e-mail") + 1) + "^^^^^^\n" in out, out
