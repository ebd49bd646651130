"""A page saved from another site, in a repository whose own site is known, is a copy (corpus 24 #81 #83 #84).

Phinneas/mcp-website-directory publishes mymcpshelf.com (astro.config.mjs `site:`) and keeps `p2.html` and
`debug_page.html`, Next.js pages saved from mcp.so: canonical `https://mcp.so/clients`, `og:url` `https://mcp.so`,
stylesheets by a path of mcp.so's (`/_next/static/css/...`, so the stylesheet test of scan.saved.saved_page did not
hold) and no browser's "saved from" comment. Its footer's `utm_source=mcp.so` links were told to add a medium and a
campaign. The repository says where its site is, and the page says by both its canonical and its `og:url` that it is
another site's: a saved copy, whose links get one copied-tracking note for the file (as a copy of another repository's
list does) and no advice. A page whose canonical and `og:url` name the repository's own site, or whose `og:url` is
missing, is judged as before; without a known site the earlier, stricter reading stands.
"""

from __future__ import annotations

import json
import subprocess

from utmlint.identity import from_slug
from utmlint.scan.saved import saved_page

PAGE = ('<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/css/6644.css"/>'
        '<link rel="canonical" href="https://mcp.so/clients"/><meta property="og:url" content="https://mcp.so"/>'
        '</head><body><footer><a href="https://skywork.ai?utm_source=mcp.so">Skywork</a>'
        '<a href="https://mcp.alphavantage.co/?utm_source=mcp.so&amp;utm_medium=referral">Alpha Vantage</a>'
        '</footer></body></html>\n')
REPO = "Phinneas/mcp-website-directory"


def test_whose_page_by_the_published_site():
    me = from_slug(REPO)
    assert saved_page(PAGE, "p2.html", me, "www.mymcpshelf.com") == "mcp.so"
    assert saved_page(PAGE, "p2.html", me) == ""  # no site known: the stricter reading (stylesheets, a saved sign)
    assert saved_page(PAGE, "p2.html", me, "mcp.so") == ""  # the repository's own site
    own = PAGE.replace("https://mcp.so", "https://www.mymcpshelf.com")
    assert saved_page(own, "index.html", me, "www.mymcpshelf.com") == ""
    no_og = PAGE.replace('<meta property="og:url" content="https://mcp.so"/>', "")
    assert saved_page(no_og, "p2.html", me, "www.mymcpshelf.com") == ""
    other_og = PAGE.replace('content="https://mcp.so"', 'content="https://www.mymcpshelf.com"')
    assert saved_page(other_og, "p2.html", me, "www.mymcpshelf.com") == ""


def _scan(run, tmp_path, files):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", f"https://github.com/{REPO}.git"], check=True)
    files = {"astro.config.mjs": "export default defineConfig({\n  site: 'https://www.mymcpshelf.com',\n});\n", **files}
    for path, text in files.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")
    return json.loads(run("scan", "--format", "json", "--no-cache", ".", cwd=tmp_path).out)


def test_the_saved_pages_links_get_one_note_and_no_advice(run, tmp_path):
    found = _scan(run, tmp_path, {"p2.html": PAGE})
    # the file's one note, on its first tagged link; copied-tracking's own finding on a link it reads by itself
    assert {(f["path"], f["name"], f["severity"]) for f in found} == {("p2.html", "copied-tracking", "info")}
    assert "this file is a copy of mcp.so's page" in found[0]["message"]


def test_the_teams_own_page_keeps_its_findings(run, tmp_path):
    own = PAGE.replace("https://mcp.so", "https://www.mymcpshelf.com").replace(
        "https://skywork.ai?utm_source=mcp.so", "https://skywork.ai?utm_source=mymcpshelf&amp;utm_medium=referal")
    found = {(f["path"], f["name"]) for f in _scan(run, tmp_path, {"index.html": own})}
    assert ("index.html", "medium-unassigned") in found, found
