"""A stray `"` in a CSV cell does not stop scan reading the rest of the sheet (review46 F14).

A Google Ads Editor export whose ad description holds a quote mid-cell (`Fast "and cheap`) was read as one quoted cell
running to the end of the file: no row after it had its `Final URL suffix` read, and the sheet was "All clean: 1 file
checked (no tracked link found)", though its suffixes write `Google` and `CPC`. As spreadsheets and Python's csv read
a sheet, a `"` opens a quoted cell only at the cell's start; and a quote opened at a cell's start that is never closed
is read as written, so the rows after it are read on, not swallowed."""

from __future__ import annotations

SHEET = ("Campaign,Ad group,Description,Final URL,Final URL suffix\n"
         "Spring,Brand,{description},https://acme.io/sale,utm_source=google&utm_medium=cpc&utm_campaign=spring\n"
         "Spring,Generic,Good,https://acme.io/sale,utm_source=google&utm_medium=cpc&utm_campaign=Spring_Sale\n"
         "Summer,Brand,\"Fine, \"\"really\"\"\",https://acme.io/summer,utm_source=Google&utm_medium=CPC&utm_campaign=summer\n")


def _findings(run, cwd, *paths):
    done = run("scan", "--no-cache", "--format", "json", *paths, cwd=cwd)
    assert done.code in (0, 1), done
    return sorted((f["line"], f["column"], f["code"]) for f in done.findings)


def test_a_quote_inside_a_cell_is_a_character(project, run):
    clean = project({"ads.csv": SHEET.format(description="Fast and cheap")})
    expected = _findings(run, clean, "ads.csv")
    assert [line for line, _, _ in expected] == [3, 4, 4], expected  # `Spring_Sale`; `Google`, `CPC`
    for description in ('Fast "and cheap', 'Fast "and" cheap', '"Fast and cheap'):
        root = project({"ads.csv": SHEET.format(description=description)})
        found = _findings(run, root, "ads.csv")
        shift = len(description) - len("Fast and cheap")
        assert [(line, code) for line, _, code in found] == [(line, code) for line, _, code in expected], \
            (description, found)
        assert all(column == (c + shift if line == 2 else c) for (line, column, _), (_, c, _) in zip(found, expected))


def test_a_link_after_a_stray_quote_ends_at_its_cell(project, run):
    """`Summer,"https://...&utm_campaign=summer,the big one`: the quote before the link is never closed on its line;
    the link ends at the comma, as the rows' other links do, not at the space of the next cell (`summer,the` was told
    campaign-slug)."""
    root = project({"links.csv": "name,url,notes\n"
                                 "Spring,https://acme.io/sale?utm_source=newsletter&utm_medium=email&utm_campaign=spring,ok\n"
                                 'Summer,"https://acme.io/sale?utm_source=newsletter&utm_medium=email&utm_campaign=summer,'
                                 "the big one\n"
                                 "Autumn,https://acme.io/sale?utm_source=Newsletter&utm_medium=email&utm_campaign=autumn,x\n"})
    assert _findings(run, root, "links.csv") == [(4, 40, "UTM201")]
    links = run("scan", "--no-cache", "--links", "--format", "urls", "links.csv", cwd=root).out.split()
    assert "https://acme.io/sale?utm_source=newsletter&utm_medium=email&utm_campaign=summer" in links, links
