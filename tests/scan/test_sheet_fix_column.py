"""newuser44 L1: `scan --fix` on a link sheet respelled the Tracked URL's `utm_source=Twitter` and left the row's Source
column `Twitter`, so the next link built from the columns wrote `Twitter` again. The fix writes the new spelling in the
row's column too where that cell holds the value as written (quoted or not); a cell holding another value, or a sheet
without utm columns, is left as it was."""

from __future__ import annotations

from utmlint.cli import main

from repository import git_repo, write

SHEET = (
    "Campaign,Source,Medium,Content,Tracked URL\n"
    "spring,Twitter,social,hero,https://acmeflow.com/spring?utm_source=Twitter&utm_medium=social&utm_campaign=spring"
    "&utm_content=hero\n"
    "spring,\"LinkedIn\",social,hero,\"https://acmeflow.com/spring?utm_source=LinkedIn&utm_medium=social"
    "&utm_campaign=spring&utm_content=hero\"\n"
    "spring,X,social,hero,https://acmeflow.com/spring?utm_source=Twitter&utm_medium=social&utm_campaign=spring"
    "&utm_content=hero\n"
)


def _fixed(tmp_path, monkeypatch, name, text):
    folder = git_repo(tmp_path / "acme", "https://github.com/acmeflow/marketing.git")
    write(folder / name, text)
    monkeypatch.chdir(folder)
    main(["scan", "--no-cache", "--fix", "."])
    return (folder / name).read_text()


def test_fix_respells_the_rows_column_holding_the_value_too(tmp_path, monkeypatch, capsys):
    rows = _fixed(tmp_path, monkeypatch, "links.csv", SHEET).splitlines()
    assert rows[1].startswith("spring,twitter,social,hero,https://acmeflow.com/spring?utm_source=twitter&"), rows
    assert rows[2].startswith('spring,"linkedin",social,hero,"https://acmeflow.com/spring?utm_source=linkedin&'), rows
    # a column holding another value is the sheet's own business: left as it is, the URL respelled
    assert rows[3].startswith("spring,X,social,hero,https://acmeflow.com/spring?utm_source=twitter&"), rows


def test_a_sheet_without_utm_columns_gets_the_url_fixed_alone(tmp_path, monkeypatch, capsys):
    plain = "Name,Note,Tracked URL\nTwitter,Twitter,https://acmeflow.com/spring?utm_source=Twitter&utm_medium=social" \
            "&utm_campaign=spring\n"
    rows = _fixed(tmp_path, monkeypatch, "links.csv", plain).splitlines()
    assert rows[1] == "Twitter,Twitter,https://acmeflow.com/spring?utm_source=twitter&utm_medium=social" \
                      "&utm_campaign=spring", rows
