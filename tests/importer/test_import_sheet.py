"""Reading sheets as the tools write them, and every unreadable one as a located message (exit 2), never a
traceback and never a file written."""

from __future__ import annotations

import json

import pytest

from utmlint.importer.sheet import read_sheet, sniff_delimiter

HEADER = "url,utm_source,utm_medium,utm_campaign"


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_the_delimiter_is_the_headers_own(delimiter, tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(HEADER.replace(",", delimiter) + "\n"
                    + delimiter.join(["https://example.com/a?x=1,2", "news", "email", "c"]) + "\n")
    sheet = read_sheet(str(path))
    assert sheet.delimiter == delimiter
    assert sheet.rows[0].cells == ["https://example.com/a?x=1,2", "news", "email", "c"] or delimiter == ","


def test_delimiters_inside_quotes_do_not_count():
    assert sniff_delimiter('"a;b;c;d",e,f') == ","
    assert sniff_delimiter('"a,b,c,d";e;f') == ";"
    assert sniff_delimiter("url") == ","


def test_excel_bom_sep_line_and_quoted_newlines(tmp_path):
    path = tmp_path / "s.csv"
    path.write_bytes(b"\xef\xbb\xbfsep=;\r\nurl;Notes;utm_campaign\r\nhttps://example.com/a;\"two\r\nlines; one cell\";c\r\n"
                     b"https://example.com/b;;c\r\n;;\r\n")
    sheet = read_sheet(str(path))
    assert sheet.headers == ["url", "Notes", "utm_campaign"]
    assert sheet.encoding == "UTF-8 with BOM" and sheet.delimiter == ";"
    assert [(r.line, r.cells[1]) for r in sheet.rows] == [(3, "two\r\nlines; one cell"), (5, "")]
    assert sheet.blank_rows == 1


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path):
    path = tmp_path / "s.txt"
    path.write_bytes("url\tutm_campaign\r\nhttps://example.com/é\tcafé\r\n".encode("utf-16"))
    sheet = read_sheet(str(path))
    assert sheet.encoding == "UTF-16" and sheet.delimiter == "\t"
    assert sheet.rows[0].cells == ["https://example.com/é", "café"]


def test_a_row_with_more_cells_than_headers_is_not_read_shifted(run, tmp_path):
    (tmp_path / "s.csv").write_text("url,utm_source,utm_medium,utm_campaign\n"
                                    "https://example.com/a,news,email,spring,sale\n"
                                    "https://example.com/b,news,email,spring,,\n")
    result = run("import", "s.csv", cwd=tmp_path)
    assert result.code == 1
    assert "s.csv:2: skipped: 5 cells under 4 headers: a value holding the delimiter `,` without quotes?" in result.out
    assert "s.csv:3: imported" in result.out  # trailing empty cells, as spreadsheets write them, are fine


@pytest.mark.parametrize("content, where, message", [
    (b"", "1:1", "the file is empty"),
    (b"url,utm_campaign\n\"https://example.com/a,c\nhttps://example.com/b,c\nhttps://example.com/c,c\n", "2:1",
     "cannot read the CSV from this row on: a quote opened here is never closed, so every line after it would be one "
     "cell"),
    (b"url,utm_campaign\nhttps://example.com/caf\xe9,c\n", "2:24", "not UTF-8 text (byte 0xE9): save the sheet as"),
    # a cell of 300,000 characters, no quote anywhere: its size, not a quote, is what the reader refused (session 38)
    (b"url,utm_campaign\nhttps://example.com/a,c\nhttps://example.com/b," + b"x" * 300_000 + b"\n", "3:1",
     "cannot read the CSV from this row on: a cell longer than the 131,072 characters a cell is read to (no link "
     "sheet's cell is"),
    # the same in quotes, the quote closed (hostile: a 20 MB quoted cell was asked about a quote never closed): where
    # the cell starts, its length and the limit
    (b"url,utm_campaign\nhttps://example.com/a,\"" + b"x" * 300_000 + b"\"\nhttps://example.com/b,c\n", "2:23",
     "cannot read the CSV from this row on: a quoted cell of 300,000 characters, longer than the 131,072 characters a "
     "cell is read to (no link sheet's cell is"),
    (b"PK\x03\x04\x00\x00", "1:5", "a NUL character: this is a binary file (a .xlsx?)"),
    (b"foo,bar\n1,2\n", "1:1", "no column holds the links: the headers are `foo`, `bar`"),
    (b'[{"url": "https://example.com/a"},\n {"url": }]', "2:10", "not valid JSON: Expecting value"),
    (b'{"url": "https://example.com/a"}', "1:1", "a JSON object: expected a list of records"),
    (b'[{"url": "x"}] extra', "1:16", "not valid JSON: text after the list"),
])
def test_unreadable_sheets_are_located(content, where, message, run, tmp_path):
    (tmp_path / "bad.csv").write_bytes(content)
    result = run("import", "bad.csv", cwd=tmp_path)
    assert result.code == 2
    assert result.out == ""
    assert result.err.startswith(f"utmlint: bad.csv:{where}: {message}"), result.err
    assert "Traceback" not in result.err
    assert not (tmp_path / "campaigns").exists()


def test_missing_file_folder_and_fifo(run, tmp_path):
    import os

    result = run("import", "nope.csv", cwd=tmp_path)
    assert (result.code, result.err) == (2, "utmlint: nope.csv:1:1: no such file\n")
    (tmp_path / "dir.csv").mkdir()
    assert run("import", "dir.csv", cwd=tmp_path).err == "utmlint: dir.csv:1:1: is a folder, not a file\n"
    os.mkfifo(tmp_path / "pipe.csv")
    result = run("import", "pipe.csv", cwd=tmp_path)  # opened without waiting for a writer, then refused
    assert result.code == 2 and "is not a regular file" in result.err


def test_a_sheet_is_never_executed_as_a_formula_or_yaml(run, tmp_path):
    """Cells that are formulas, YAML syntax or numbers become text values, never anything else."""
    (tmp_path / "s.csv").write_text(
        "url,utm_source,utm_medium,utm_campaign,utm_content,Label\n"
        "https://example.com/a,=HYPERLINK(\"x\"),email,2026,\"!!python/object:os.system\",\"key: value # no\"\n"
        "https://example.com/b,news,email,2026,yes,null\n")
    result = run("import", "s.csv", "--format", "json", cwd=tmp_path)
    report = json.loads(result.out)
    assert [r["status"] for r in report["rows"]] == ["imported", "imported"]
    from utmlint import document

    data = document.load_text("x", (tmp_path / "campaigns" / "2026.yaml").read_text()).data
    assert data["campaign"] == "2026"
    assert data["links"][0] == {"url": "https://example.com/a", "label": "key: value # no", "source": "=HYPERLINK(\"x\")",
                                "content": "!!python/object:os.system"}
    assert data["links"][1] == {"url": "https://example.com/b", "label": "null", "source": "news", "content": "yes"}


# A sheet without a header row whose rows hold more than the link (`Launch;https://...;first`), as Excel saves it with
# `;` where the decimal mark is a comma: its first row was read as headers (a link among them), or its cells as one
# link's (`3 cells under 1 header`); scan read it at commas (review of session 39). A header never holds a link.
HEADERLESS = ("https://acme.io/?utm_source=news&utm_medium=email&utm_campaign=launch;Launch;first\n"
              "https://acme.io/b?utm_source=news&utm_medium=email&utm_campaign=spring;Spring;second\n")


def test_a_headerless_sheet_is_split_at_its_rows_delimiter(tmp_path):
    from utmlint.importer.sheet import sniff_rows_delimiter

    path = tmp_path / "s.csv"
    path.write_text(HEADERLESS, encoding="utf-8")
    sheet = read_sheet(str(path))
    assert sheet.headerless and sheet.delimiter == ";"
    assert sheet.headers == ["url", "column 2", "column 3"]
    assert sheet.rows[0].cells[0].endswith("utm_campaign=launch") and sheet.rows[0].problem is None
    path.write_text("Launch;https://acme.io/?utm_source=news&utm_medium=email&utm_campaign=launch;first\n")
    sheet = read_sheet(str(path))  # the link in the second cell: still a row, not a header
    assert sheet.headerless and sheet.headers == ["column 1", "url", "column 3"] and sheet.delimiter == ";"
    # a list of links alone keeps its links whole: an old query's `;b=2` is the link's, a comma the sheet's
    assert sniff_rows_delimiter("https://x.io/?a=1;b=2&utm_source=n\nhttps://x.io/?c=1;d=2&utm_source=n\n") == ","
    path.write_text("https://x.io/?a=1;b=2&utm_source=news&utm_medium=email&utm_campaign=c\n")
    sheet = read_sheet(str(path))
    assert sheet.headers == ["url"] and sheet.rows[0].cells == ["https://x.io/?a=1;b=2&utm_source=news&utm_medium="
                                                                 "email&utm_campaign=c"]
    # one link with an unquoted comma in a one-column list is still told, not read as a second column
    path.write_text("https://x.io/a?utm_source=n&utm_medium=email&utm_campaign=c\nhttps://x.io/b?utm_term=a,b\n")
    sheet = read_sheet(str(path))
    assert sheet.delimiter == "," and sheet.rows[1].problem and "2 cells under 1 header" in sheet.rows[1].problem


def test_a_headerless_semicolon_sheet_imports_its_links(run, tmp_path):
    (tmp_path / "s.csv").write_text(HEADERLESS, encoding="utf-8")
    result = run("import", "--dry-run", "s.csv", cwd=tmp_path)
    assert "`;`-separated" in result.out and "columns not imported: `column 2`, `column 3`" in result.out
    assert "(preset `generic`, picked by its column of links; --preset to choose)" in result.out  # no headers to pick by
    assert "s.csv:1: would be imported into campaigns/launch.yaml" in result.out, result.out
    assert "skipped" not in result.out.replace("0 skipped", "")
