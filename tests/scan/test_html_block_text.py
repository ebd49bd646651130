"""A URL in the text of a Markdown file's raw HTML block (`<td><p>https://...</p></td>`) is shown, never linked:
CommonMark reads no Markdown inside an HTML block and GFM's bare-URL autolinks are read in paragraphs only, so it is
the page's text, as a fenced block's URL is, and nothing is said about it (corpus 39 #7 #8 #10 #11 #13 #14: Adobe's
Marketo Measure data-warehouse schema, translated, its sample-data column of landing URLs told value-case,
url-insecure, copied-tracking and missing-utm-param). A link in the same block (`<a href>`), a Markdown link or a bare
URL in a paragraph, and the same table in an HTML file's `href`, are judged as ever."""

from __future__ import annotations

from tests.scan.repository import scan_repository
from utmlint.scan.examples import html_block_text
from utmlint.validate_url import validate_url

SAMPLE = "http://info.adobe.com/cmos-guide?utm_source=linkedin&utm_medium=Social&utm_campaign=SU%20-%20CMO%20JT"
# AdobeDocs/marketo-measure.zh-Hans at 03481c9: help/data-warehouse-schema.md's table (one row, cut)
SCHEMA = ("## BIZ_PAGE_VIEWS {#biz-page-views}\n\n"
          "<table>\n  <tbody>\n    <tr>\n      <th><strong>列</strong></th>\n      <th><strong>示例数据</strong></th>\n"
          "    </tr>\n    <tr>\n      <td>\n        <p>CURRENT_PAGE</p>\n      </td>\n      <td>\n"
          f"        <p>{SAMPLE}</p>\n"
          "      </td>\n    </tr>\n"
          f'    <tr><td><a href="{SAMPLE}">演示</a></td></tr>\n'
          "  </tbody>\n</table>\n\n"
          f"Our campaign: {SAMPLE}\n")


def test_a_sample_in_an_html_blocks_text_is_not_judged_and_its_links_are(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "acme/docs", {"help/schema.md": SCHEMA})
    lines = {f["line"] for f in found}
    cell, anchor, paragraph = (n for n, line in enumerate(SCHEMA.split("\n"), 1) if SAMPLE in line)
    assert cell not in lines, found  # the `<p>` cell's text
    assert {anchor, paragraph} <= lines, found  # the `<a href>` in the block, the paragraph's bare URL: judged as ever
    assert "url-insecure" in {f["name"] for f in found if f["line"] == paragraph}


def test_the_line_reading():
    assert html_block_text("help/schema.md", "        <p> </p>")
    assert html_block_text("docs/a.markdown", "<td>  _campaign=x</td>")
    assert html_block_text("docs/a.markdown", "</th><td> ")
    assert not html_block_text("docs/a.mdx", "<p> </p>")  # MDX reads a JSX element's text as Markdown
    assert not html_block_text("docs/a.md", '<p><a href=" ">x</a></p>')  # an attribute's: a link
    assert not html_block_text("docs/a.md", "<p>[guide]( )</p>")  # a Markdown link written in it
    assert not html_block_text("docs/a.md", "<span> </span>")  # an inline tag opens no HTML block
    assert not html_block_text("docs/a.md", "See   for more")  # a paragraph
    assert not html_block_text("docs/a.html", "        <p> </p>")  # an HTML page's text: read as ever
    assert not html_block_text("", "        <p> </p>")


def test_validate_url_reads_the_stored_line():
    at = dict(repo="acme/docs", path="help/schema.md")
    assert validate_url(SAMPLE, placement=((), "        <p> </p>"), **at).findings == []
    assert "HTML block" in validate_url(SAMPLE, placement=((), "        <p> </p>"), **at).not_judged
    assert validate_url(SAMPLE, placement=((), "Our campaign:  "), **at).findings


# BolajiAyodeji/BolajiAyodeji's profile README (corpus 41 #49 #51, fix4142): the RSS-to-README script writes its posts
# as `<li><a href=URL?utm_source=github-profile target="_blank" ...>`, the href's value unquoted
POST = "https://blog.bolajiayodeji.com/career-update?utm_source=github-profile"
PROFILE = ("## Hi\n\n  <details>\n  <summary>Recent Blogposts</summary>\n  <br />\n  <ul>\n"
           f'    <li><a href={POST} target="_blank" rel="noopener noreferrer">Career Update</a> (18/10/2024).</li>\n'
           "  </ul>\n  </details>\n")


def test_an_unquoted_href_in_an_html_block_is_a_link(tmp_path, monkeypatch, capsys):
    from utmlint.scan.placement import own_line

    line = own_line(PROFILE, PROFILE.index(POST))
    assert "href=" in line and POST not in line  # the attribute stays when its unquoted URL goes
    assert not html_block_text("README.md", line)
    found = scan_repository(tmp_path, monkeypatch, capsys, "BolajiAyodeji/BolajiAyodeji", {"README.md": PROFILE})
    assert "missing-utm-param" in {f["name"] for f in found}, found
    # and a URL written as the block's text is still its text (the test above), an unquoted href's word or not
    assert html_block_text("README.md", own_line(f"    <li>{POST}</li>\n", 8))
