"""A page's links written in a script's JSON string (corpus 24 #81 #83).

A saved copy of mcp.so's page (Next.js) keeps its footer's links in the page's data, `self.__next_f.push([1,"..."])`,
where `&` is written `\\u0026` and the page's own `&amp;` is written `\\u0026amp;`. scan read the backslash as part of
the value: the source became `mcp.so\\u0026amp;utm_medium=referral...`, told to be respelled, and the link to need a
medium and a campaign it has. No URL holds a backslash: the escape is decoded as JSON decodes it, then the entity,
and the link the page shows is judged. A team's own page whose JSON-escaped link has a real typo keeps its finding.
"""

from __future__ import annotations

import json

from utmlint.scan import scan_text
from utmlint.validate_url import validate_url

SAVED = ('<html><head><link rel="canonical" href="https://mcp.so/clients"/></head><body><script>'
         'self.__next_f.push([1,"{\\"href\\":\\"https://skywork.ai/?utm_source=mcp.so\\u0026amp;utm_medium=referral'
         '\\u0026amp;utm_campaign=202508\\u0026amp;utm_term=web_footer\\"}"])</script></body></html>\n')


def test_the_escape_is_decoded_before_the_url_is_read():
    found = [(SAVED[o.start:o.end], o.url) for o in scan_text(SAVED, ".html", {})]
    assert found == [("https://skywork.ai/?utm_source=mcp.so\\u0026amp;utm_medium=referral\\u0026amp;"
                      "utm_campaign=202508\\u0026amp;utm_term=web_footer",
                      "https://skywork.ai/?utm_source=mcp.so&utm_medium=referral&utm_campaign=202508"
                      "&utm_term=web_footer")]
    plain = '<script>x = {"u": "https://ex.com/?utm_source=a\\u0026utm_medium=b"}</script>'
    assert [o.url for o in scan_text(plain, ".html", {})] == ["https://ex.com/?utm_source=a&utm_medium=b"]


def _scan(run, tmp_path, text):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text('[remote "origin"]\n\turl = https://github.com/jo/mcp-shelf.git\n')
    (tmp_path / "page.html").write_text(text, encoding="utf-8")
    return json.loads(run("scan", "--format", "json", "--no-cache", ".", cwd=tmp_path).out)


def test_another_sites_escaped_tags_are_not_respelled_or_completed(run, tmp_path):
    names = {f["name"] for f in _scan(run, tmp_path, SAVED)}
    assert not names & {"value-charset", "missing-utm-param"}
    assert "copied-tracking" in names  # mcp.so's tags on a link to skywork.ai: mcp.so's, copied with the page
    url = "https://skywork.ai/?utm_source=mcp.so\\u0026amp;utm_medium=referral\\u0026amp;utm_campaign=202508"
    judged = {f.name for f in validate_url(url, repo="jo/mcp-shelf", path="p2.html").findings}
    assert not judged & {"value-charset", "missing-utm-param"} and "copied-tracking" in judged


def test_a_teams_own_escaped_link_keeps_its_typo(run, tmp_path):
    own = ('<script>self.__next_f.push([1,"{\\"href\\":\\"https://mcp-shelf.dev/?utm_source=newsletter'
           '\\u0026utm_medium=emial\\u0026utm_campaign=launch\\"}"])</script>\n')
    assert [f["name"] for f in _scan(run, tmp_path, own)] == ["medium-unassigned"]
    url = "https://mcp-shelf.dev/?utm_source=newsletter\\u0026utm_medium=emial\\u0026utm_campaign=launch"
    assert [f.name for f in validate_url(url, repo="jo/mcp-shelf", path="index.html").findings] == ["medium-unassigned"]
    # a backslash in a Markdown link is still read as written there (Markdown decodes no JSON escape)
    assert "value-charset" in {f.name for f in validate_url(url, repo="jo/mcp-shelf", path="notes.md").findings}
