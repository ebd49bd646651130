"""newuser43 F13: a link sheet's Landing page cell with a partial query (`?utm_source=partner-blog.com`) was told
"add `utm_medium`, `utm_campaign` to the URL's query", which the row's Medium and Campaign columns supply (a builder
appends them to the landing page; adding them to the cell would write them twice). The URL the row builds is judged:
a key is missing when neither the cell nor its filled column gives it, and then the row's empty cell is named. A
sheet's Tracked URL column holds the link whole, and a sheet without utm columns has nothing to add: both keep the
finding as before."""

from __future__ import annotations

import json

from utmlint.cli import main

from repository import git_repo, write

SHEET = """Campaign,Source,Medium,Content,Landing page
spring,newsletter,email,hero,https://acmeflow.com/spring?utm_content=hero
spring,partner-blog.com,referral,post,https://acmeflow.com/partners?utm_source=partner-blog.com
spring,partner-blog.com,,post,https://acmeflow.com/partners?utm_source=partner-blog.com
"""


def _scan(tmp_path, monkeypatch, capsys, files):
    folder = git_repo(tmp_path / "acme", "https://github.com/acmeflow/marketing.git")
    for name, text in files.items():
        write(folder / name, text)
    monkeypatch.chdir(folder)
    main(["scan", "--no-cache", "--format", "json", "."])
    return [(d["path"], d["line"], d["name"], d["message"]) for d in json.loads(capsys.readouterr().out)]


def test_the_rows_columns_supply_the_keys_the_landing_page_lacks(tmp_path, monkeypatch, capsys):
    found = _scan(tmp_path, monkeypatch, capsys, {"links.csv": SHEET})
    assert [(line, name) for _, line, name, _ in found] == [(4, "missing-utm-param")]
    message = found[0][3]
    assert "no `utm_medium`:" in message and "utm_campaign" not in message
    assert "fill in the row's `Medium` cell" in message and "URL's query" not in message


def test_a_tracked_url_column_and_a_sheet_without_utm_columns_keep_the_finding(tmp_path, monkeypatch, capsys):
    tracked = "Campaign,Source,Medium,Tracked URL\nspring,partner-blog.com,referral," \
              "https://acmeflow.com/partners?utm_source=partner-blog.com\n"
    plain = "Name,Landing page\nPartners,https://acmeflow.com/partners?utm_source=partner-blog.com\n"
    found = _scan(tmp_path, monkeypatch, capsys, {"tracked.csv": tracked, "plain.csv": plain})
    assert sorted((path, line, name) for path, line, name, _ in found) == [
        ("plain.csv", 2, "missing-utm-param"), ("tracked.csv", 2, "missing-utm-param")]
    assert all("`utm_medium`, `utm_campaign`" in message and "add them to the URL's query" in message
               for *_, message in found)


def test_a_cell_and_its_column_giving_two_sources_are_told_as_import_tells_them(tmp_path, monkeypatch, capsys):
    # review44 F11: the row builds no one link (import skips it); scan said "All clean"
    sheet = "Campaign,Source,Medium,Content,Landing page\n" \
            "spring-launch,partner-blog,referral,hero,https://acmeflow.com/launch?utm_source=partner-blog.com\n" \
            "spring-launch,newsletter,email,post,https://acmeflow.com/launch?utm_source=newsletter\n" \
            "spring-launch,,referral,post,https://acmeflow.com/launch?utm_source=partner-blog.com\n"
    found = _scan(tmp_path, monkeypatch, capsys, {"links.csv": sheet})
    assert [(line, name) for _, line, name, _ in found] == [(2, "utm-key-repeated")], found
    message = found[0][3]
    assert "`partner-blog.com` in this landing page but `partner-blog` in the row's `Source` column" in message
    assert "`utmlint import` skips the row; keep one of them in the sheet" in message
    # the same value in both, or an empty column, builds one link: nothing said (rows 3 and 4)
