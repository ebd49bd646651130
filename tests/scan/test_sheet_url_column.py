"""A launch sheet's URL cell holding a space is one link, read to the cell's end (stranger19 R3).

A team's CSV of links (`Channel,Owner,URL,Notes`) with `...&utm_campaign=Launch 2026` typed in the URL column: the
URL stopped at the space, value-case judged `Launch` ("write `launch`"), the inventory listed the campaign as
`Launch`, and `scan --fix` with `separator: "-"` wrote `launch 2026`, a third spelling beside the sheet's
`launch-2026`. The cell is the link whole (a browser sends `Launch%202026`): judged so, it is told `launch-2026`. A
cell of another column (Notes), a note in brackets after the link, and a sheet without a URL header keep the doubt:
their last value is not judged."""

from __future__ import annotations

import json

from utmlint.cli import main

SHEET = ("Channel,Owner,URL,Notes\n"
         "Newsletter,Ana,https://northwind.io/launch?utm_source=newsletter&utm_medium=email&utm_campaign=launch-2026,\n"
         "Twitter,Ben,https://northwind.io/launch?utm_source=twitter&utm_medium=social&utm_campaign=Launch 2026,\n"
         'LinkedIn,Cy,"https://northwind.io/launch?utm_source=linkedin&utm_medium=social&utm_campaign=Launch Week",\n'
         "Reddit,Di,https://northwind.io/launch?utm_source=reddit&utm_medium=social&utm_campaign=launch (old link),\n"
         "Blog,Ed,https://northwind.io/launch?utm_source=blog&utm_medium=referral&utm_campaign=launch-2026,"
         "see https://northwind.io/launch?utm_source=blog&utm_medium=referral&utm_campaign=launch read later\n")


def _scan(tmp_path, monkeypatch, capsys, *args, sheet=SHEET):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "launch.csv").write_text(sheet, encoding="utf-8")
    (tmp_path / ".utmlint.yaml").write_text('separator: "-"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "--no-cache", *args, "data"])
    return code, capsys.readouterr().out


def test_a_url_cell_with_a_space_is_judged_whole(tmp_path, monkeypatch, capsys):
    _, out = _scan(tmp_path, monkeypatch, capsys, "--format", "json")
    found = [(f["line"], f["code"], f["message"]) for f in json.loads(out)]
    assert [(line, code) for line, code, _ in found] == [(3, "UTM201"), (4, "UTM201")], found
    assert "`Launch 2026`" in found[0][2] and "write `launch-2026`" in found[0][2]
    assert "`Launch Week`" in found[1][2]


def test_the_fix_writes_the_sheets_spelling(tmp_path, monkeypatch, capsys):
    _scan(tmp_path, monkeypatch, capsys, "--fix")
    fixed = (tmp_path / "data" / "launch.csv").read_text(encoding="utf-8").splitlines()
    assert fixed[2].endswith("utm_campaign=launch-2026,"), fixed[2]
    assert fixed[4].endswith("utm_campaign=launch (old link),")  # a note after the link is left as written


def test_the_inventory_holds_the_whole_value(tmp_path, monkeypatch, capsys):
    _, out = _scan(tmp_path, monkeypatch, capsys, "--links", "--format", "json")
    campaigns = {r["line"]: r["utm_campaign"] for r in json.loads(out)}
    assert campaigns[3] == "Launch 2026" and campaigns[4] == "Launch Week"


def test_a_sheet_without_a_url_header_keeps_the_doubt(tmp_path, monkeypatch, capsys):
    """No header naming a link column: where the value ends is not known, so `Launch` is not told `launch`."""
    sheet = "".join(SHEET.splitlines(keepends=True)[1:])
    _, out = _scan(tmp_path, monkeypatch, capsys, "--format", "json", sheet=sheet)
    assert not [f for f in json.loads(out) if "`Launch`" in f["message"] or "Launch 2026" in f["message"]]


# Excel writes `;` between cells where the decimal mark is a comma (most of Europe); a `;` sheet was read at commas
# only: a row was one cell, `launch-2026;Ana` the campaign (lows, stranger19 LOW)
SEMICOLONS = SHEET.replace(",", ";")


def test_a_semicolon_sheet_is_split_at_its_semicolons(tmp_path, monkeypatch, capsys):
    _, out = _scan(tmp_path, monkeypatch, capsys, "--format", "json", sheet=SEMICOLONS)
    found = [(f["line"], f["code"], f["message"]) for f in json.loads(out)]
    assert [(line, code) for line, code, _ in found] == [(3, "UTM201"), (4, "UTM201")], found
    assert "`Launch 2026`" in found[0][2] and "write `launch-2026`" in found[0][2]


def test_a_semicolon_sheets_inventory_and_fix(tmp_path, monkeypatch, capsys):
    _, out = _scan(tmp_path, monkeypatch, capsys, "--links", "--format", "json", sheet=SEMICOLONS)
    campaigns = [(r["line"], r["column"], r["utm_campaign"]) for r in json.loads(out)]
    (tmp_path / "data" / "launch.csv").unlink()
    (tmp_path / "data").rmdir()
    _, out = _scan(tmp_path, monkeypatch, capsys, "--links", "--format", "json")
    assert campaigns == [(r["line"], r["column"], r["utm_campaign"]) for r in json.loads(out)]  # as the comma sheet's
    assert campaigns[:3] == [(2, 16, "launch-2026"), (3, 13, "Launch 2026"), (4, 14, "Launch Week")], campaigns
    (tmp_path / "data" / "launch.csv").unlink()
    (tmp_path / "data").rmdir()
    _scan(tmp_path, monkeypatch, capsys, "--fix", sheet=SEMICOLONS)
    fixed = (tmp_path / "data" / "launch.csv").read_text(encoding="utf-8").splitlines()
    assert fixed[2] == "Twitter;Ben;https://northwind.io/launch?utm_source=twitter&utm_medium=social&utm_campaign=" \
                       "launch-2026;", fixed[2]


# The same without a header row (its first row holds a link): read at commas, a `;` sheet's
# `...&utm_campaign=launch;Launch;first` was one cell and `launch;Launch;first` the campaign (review of session 39)
HEADERLESS = ("https://northwind.io/a?utm_source=news&utm_medium=email&utm_campaign=launch;Ana;first\n"
              "https://northwind.io/b?utm_source=news&utm_medium=email&utm_campaign=Launch;Ben;second\n")


def test_a_headerless_semicolon_sheet_is_split_at_its_semicolons(tmp_path, monkeypatch, capsys):
    _, out = _scan(tmp_path, monkeypatch, capsys, "--format", "json", sheet=HEADERLESS)
    found = [(f["line"], f["code"], f["message"]) for f in json.loads(out)]
    assert [(line, code) for line, code, _ in found] == [(2, "UTM201")], found  # `Launch` still told, alone
    assert "`Launch`" in found[0][2] and "write `launch`" in found[0][2]
    (tmp_path / "data" / "launch.csv").unlink()
    (tmp_path / "data").rmdir()
    _, out = _scan(tmp_path, monkeypatch, capsys, "--links", "--format", "json", sheet=HEADERLESS)
    assert [r["utm_campaign"] for r in json.loads(out)] == ["launch", "Launch"]


def test_a_headerless_list_keeps_a_links_own_semicolon(tmp_path, monkeypatch, capsys):
    """A list of links alone: an old query's `;` separator (`?id=7;utm_source=...`) is the link's, not a cell's."""
    sheet = "https://northwind.io/a?id=7;lang=en&utm_source=news&utm_medium=email&utm_campaign=Launch\n"
    _, out = _scan(tmp_path, monkeypatch, capsys, "--links", "--format", "json", sheet=sheet)
    assert [r["utm_campaign"] for r in json.loads(out)] == ["Launch"]


# A sheet's Landing page beside its Tracked URL (newuser43 F1): find_urls read `https://x/spring,https://x/spring?utm_...`
# as one URL from the first scheme, the cut at the comma kept the landing page, and the Tracked URL column went unread:
# "All clean" on a planted `utm_source=Facebook`
BESIDE = ("Campaign,Source,Medium,Landing page,Tracked URL\n"
          "spring,newsletter,email,https://northwind.io/spring,"
          "https://northwind.io/spring?utm_source=newsletter&utm_medium=email&utm_campaign=spring\n"
          "spring,facebook,paid-social,https://northwind.io/spring?ref=fb,"
          "https://northwind.io/spring?ref=fb&utm_source=Facebook&utm_medium=paid-social&utm_campaign=spring\n"
          "spring,linkedin,social,https://northwind.io/spring?utm_content=card,"
          "https://northwind.io/spring?utm_content=card&utm_source=linkedin&utm_medium=social&utm_campaign=spring\n")


def test_the_tracked_url_beside_a_landing_page_is_read(tmp_path, monkeypatch, capsys):
    _, out = _scan(tmp_path, monkeypatch, capsys, "--links", "--format", "json", sheet=BESIDE)
    links = [(r["line"], r["utm_source"], r["utm_campaign"]) for r in json.loads(out)]
    assert links == [(2, "newsletter", "spring"), (3, "Facebook", "spring"), (4, "", ""),
                     (4, "linkedin", "spring")], links  # each cell's own link, the first one's values its own


def test_a_mistake_in_the_tracked_url_column_is_told_and_fixed(tmp_path, monkeypatch, capsys):
    code, out = _scan(tmp_path, monkeypatch, capsys, "--format", "json", sheet=BESIDE)
    found = [(f["line"], f["code"], f["message"]) for f in json.loads(out)]
    assert [(line, rule) for line, rule, _ in found] == [(3, "UTM201")], found  # the correct rows stay clean
    assert "`Facebook`" in found[0][2] and code == 1
    (tmp_path / "data" / "launch.csv").unlink()
    (tmp_path / "data").rmdir()
    _scan(tmp_path, monkeypatch, capsys, "--fix", sheet=BESIDE.replace(",", ";"))
    fixed = (tmp_path / "data" / "launch.csv").read_text(encoding="utf-8").splitlines()
    assert fixed[2] == ("spring;facebook;paid-social;https://northwind.io/spring?ref=fb;"
                        "https://northwind.io/spring?ref=fb&utm_source=facebook&utm_medium=paid-social&utm_campaign=spring")
