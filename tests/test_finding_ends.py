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
