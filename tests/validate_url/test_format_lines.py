"""A link sheet's line labelling itself the links' format is no link left unfilled (corpus 25 #74).

A chat app's UTM link sheet writes `**Format**: ?utm_source=SOURCE&utm_medium=MEDIUM&utm_campaign=CAMPAIGN`, then
its filled links for each channel; utm-placeholder-unfilled called the format line a link someone forgot to fill. A
line that labels itself the format, pattern, template, structure or syntax of the links, writing each value as its
key's own name in capitals, names the parts: the sheet's description (as a guide's `[SOURCE]` pattern is,
test_filled_patterns). The same values on a line that is no such label, and a real link with one value left `SOURCE`
among filled ones, keep their findings. Sibling reading: scan.illustrations.filled_patterns (b854a1e)."""

from __future__ import annotations

from pathlib import Path

import pytest

from utmlint.scan.illustrations import labelled_format
from utmlint.validate_url import validate_url

SHEET, PAGE = "Jbeezy918/multi-llm-chat", "utm_links.md"
FORMAT = "?utm_source=SOURCE&utm_medium=MEDIUM&utm_campaign=CAMPAIGN"
DATA = Path(__file__).resolve().parents[1] / "data"


def _names(url, line, repo=SHEET, path=PAGE):
    return [f.name for f in validate_url(url, repo=repo, path=path, line=line).findings]


@pytest.mark.parametrize("before", ["**Format**: ", "UTM format: `", "- Link pattern: ", "Template:", "## Structure: ",
                                    "| Syntax: ", "**Format**: <"])  # `<`: an autolink (stranger18 LOW)
def test_a_format_line_naming_each_part_is_the_sheets_description(before):
    assert labelled_format(before, FORMAT)
    assert _names(FORMAT, before + FORMAT) == []
    # the line alone, no file given (stranger18 LOW: `line` was read only with `path`, and said so nowhere)
    assert [f.name for f in validate_url(FORMAT, line=before + FORMAT).findings] == []


def test_a_link_left_unfilled_is_still_told():
    assert _names(FORMAT, "").count("utm-placeholder-unfilled") == 3  # no line known: as before
    assert [f.name for f in validate_url(FORMAT, line="Link: " + FORMAT).findings].count("utm-placeholder-unfilled") == 3
    assert _names(FORMAT, "Link: " + FORMAT).count("utm-placeholder-unfilled") == 3  # no label
    assert _names(FORMAT, "Link: <" + FORMAT).count("utm-placeholder-unfilled") == 3  # an autolink, no label
    assert _names(FORMAT, "The format is wrong here, fix " + FORMAT).count("utm-placeholder-unfilled") == 3
    # one value left SOURCE among filled ones is a forgotten fill, label or not
    real = "https://sunbeam.app/?utm_source=SOURCE&utm_medium=email&utm_campaign=launch"
    assert not labelled_format("**Format**: ", real) and _names(real, "**Format**: " + real)
    # a value that is no key's own name (a slot named otherwise) is not this reading's
    assert not labelled_format("Format: ", "?utm_source=NETWORK&utm_medium=MEDIUM&utm_campaign=CAMPAIGN")
    assert not labelled_format("Format: ", "?utm_source=source&utm_medium=medium&utm_campaign=campaign")


def test_scan_reads_the_sheet_alike(project, run):
    root = project({"utm_links.md": "# UTM links\n\n**Format**: " + FORMAT + "\n\n- Newsletter: https://sunbeam.app/"
                                    "?utm_source=SOURCE&utm_medium=email&utm_campaign=launch\n\nLink: " + FORMAT + "\n"})
    done = run("scan", "--format", "json", "--no-cache", ".", cwd=root)
    assert {f["line"] for f in done.findings} == {5, 7}, done.out
    assert [f["name"] for f in done.findings if f["line"] == 7] == ["utm-placeholder-unfilled"] * 3, done.out


def test_scan_reads_a_format_line_written_as_an_autolink(project, run):
    # stranger18 (LOW): `**Format**: <https://...>` was not read as the line's label (the `<` before the URL)
    linked = "https://sunbeam.app/?utm_source=SOURCE&utm_medium=MEDIUM&utm_campaign=CAMPAIGN"
    root = project({"utm_links.md": f"# UTM links\n\n**Format**: <{linked}>\n\nLink: <{linked}>\n"})
    done = run("scan", "--format", "json", "--no-cache", ".", cwd=root)
    assert [(f["line"], f["name"]) for f in done.findings] == [(5, "utm-placeholder-unfilled")] * 3, done.out


def test_row_lines():
    """tests/data/row-lines.tsv: stated lines (the corpus row's line as the file writes it, read from its mirror):
    scan reads the row's URL on each."""
    from labelled_corpus import read_tsv
    from utmlint.scan import family_of, scan_text

    rows = read_tsv(DATA / "row-lines.tsv")
    assert rows
    for row in rows:
        # scan reads the row's URL there, or the row's up to where scan stops (a `...` the doc writes for the rest:
        # `/?utm_segment=medical&utm_source=...`); a table cell's `\|` is read as `|`. A line may name two paths (a
        # redirect spec's `/product/foo?utm_source=google` -> `/products/bar?size=12&utm_source=google`, corpus 37
        # #13 #15): the row's is one of them
        # A line read alone has no block around it: its indentation is its container's (a list item, an HTML
        # `<table>`), which the line does not show; alone, 4 spaces would make it an indented code block
        suffix = "." + row["path"].rsplit(".", 1)[-1]
        read = [o.url for o in scan_text(row["text"].lstrip() if family_of(suffix) == "markdown" else row["text"],
                                         suffix)]
        assert len([url for url in read if row["url"].startswith(url) and len(url) > len(row["url"]) // 2]) == 1, \
            (row, read)
