"""A client's sheet exported with a title above its header row imports from the header row down (newuser45 F4).

Agencies' and clients' link trackers start with a title (`Kettle Coffee - Q2 link tracker (exported ...)`, maybe a
blank row) above `Campaign,Source,Medium,...`; `utmlint import` refused the sheet ("no column holds the links: the
headers are `Kettle Coffee - Q2 link tracker ...`, ``, ``"). The title is read only when the sheet as written fits no
preset, so every sheet that imported before reads as before.
"""

from __future__ import annotations

TITLED = ("Kettle Coffee - Q2 link tracker (exported 2026-11-30),,,,,\n"
          ",,,,,\n"
          "Campaign,Source,Medium,Content,Landing page,Notes\n"
          "summer-blend,Instagram,paid-social,story-1,https://kettlecoffee.com/summer?ref=ig&amp;variant=b,\n"
          ",,,,,\n"
          "summer-blend,instagram,paid-social,story-2,https://kettlecoffee.com/summer,\n")


def test_a_title_above_the_header_row_is_no_header(run, tmp_path):
    (tmp_path / "q2.csv").write_text(TITLED)
    result = run("import", "q2.csv", "--dry-run", cwd=tmp_path)
    assert result.code == 1, result  # the planted mistakes below are told
    first = result.out.splitlines()[0]
    assert "preset `generic`" in first and "header row on line 3 (line 1 above it: a title, not imported)" in first, first
    assert "q2.csv:4: would be imported into campaigns/summer-blend.yaml" in result.out, result.out
    assert "q2.csv:6: would be imported into campaigns/summer-blend.yaml" in result.out, result.out
    # the sheet's mistakes are still told: `&amp;` in the landing page, `Instagram` beside `instagram`
    assert "UTM309" in result.out and "UTM201" in result.out, result.out
    assert "2 rows: 2 would be imported into 1 campaign file, 0 skipped" in result.out, result.out


def test_a_title_above_links_without_a_header_is_still_refused(run, tmp_path):
    (tmp_path / "q2.csv").write_text("Kettle Coffee links,,\n"
                                     "https://kettlecoffee.com/a?utm_source=x&utm_medium=email&utm_campaign=c,a,b\n")
    result = run("import", "q2.csv", "--dry-run", cwd=tmp_path)
    assert result.code == 2 and "no column holds the links" in result.err, result


def test_a_sheet_that_fits_a_preset_reads_as_before(run, tmp_path):
    # a one-column list whose first row names the column: no title, read from its first row as always
    (tmp_path / "urls.csv").write_text("url\nhttps://kettlecoffee.com/a?utm_source=x&utm_medium=email&utm_campaign=c\n")
    result = run("import", "urls.csv", "--dry-run", cwd=tmp_path)
    assert result.code == 0 and "title" not in result.out, result
