"""A site's own feed (`feed.xml`, Hugo's `layouts/rss.xml`) tags its items `?utm_campaign=rss` itself: the marker in
rules/copied-tracking.txt (`by=site`) is the site's own there, and on a link whose host a template writes
(`{{ site.url }}{{ post.url }}?utm_campaign=rss`); no message prints the scanner's stand-in host (stranger11 R1).
A feed's item is clicked in a feed reader, outside the site: in a repository named for its domain it is no internal
link (stranger11 R2). Real files in a temp git folder, `utmlint scan` in-process."""

from __future__ import annotations

import json
import subprocess

from utmlint.cli import main
from utmlint.linkplace import feed_file, link_place, site_page


def _repo(tmp_path, slug):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", f"https://github.com/{slug}.git"], check=True)


def _scan(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "."])
    return json.loads(capsys.readouterr().out)


def test_which_files_are_feeds():
    assert all(feed_file(n) for n in ("feed.xml", "rss.xml", "atom.xml", "index.xml", "index.rss.xml",
                                      "feed.xml.liquid", "rss.njk"))
    assert not any(feed_file(n) for n in ("rss.md", "feed.html", "sitemap.xml", "feed.js", "README"))
    assert link_place("layouts/_default/rss.xml") == "feed" and not site_page("layouts/rss.xml")


def test_a_sites_own_feed_template_keeps_its_rss_campaign(tmp_path, monkeypatch, capsys):
    _repo(tmp_path, "nwlabs/blog")
    (tmp_path / "feed.xml").write_text(
        "<feed>\n{% for post in site.posts %}\n"
        '<entry><link href="{{ site.url }}{{ post.url }}?utm_campaign=rss"/></entry>\n{% endfor %}\n</feed>\n',
        encoding="utf-8")
    found = _scan(tmp_path, monkeypatch, capsys)
    assert [d["name"] for d in found] == ["missing-utm-param"]  # as on a written link to the site: complete them


def test_a_templated_hosts_message_never_shows_the_stand_in_host(tmp_path, monkeypatch, capsys):
    _repo(tmp_path, "nwlabs/blog")
    (tmp_path / "page.html").write_text(
        '<a href="{{ site.url }}{{ page.url }}?fbclid=IwAR0abc&utm_source=news&utm_medium=email&utm_campaign=x">a</a>\n',
        encoding="utf-8")
    found = _scan(tmp_path, monkeypatch, capsys)
    assert [d["name"] for d in found] == ["copied-tracking"]
    assert "scan.invalid" not in found[0]["message"] and found[0]["message"].endswith("remove it from the link")


def test_a_domain_named_repositorys_feed_items_are_no_internal_links(tmp_path, monkeypatch, capsys):
    _repo(tmp_path, "devbeat/devbeat.fm")
    (tmp_path / "layouts").mkdir()
    (tmp_path / "layouts" / "rss.xml").write_text(
        "<rss><channel>\n<item><link>https://devbeat.fm/episodes/42?utm_campaign=rss</link></item>\n</channel></rss>\n",
        encoding="utf-8")
    found = _scan(tmp_path, monkeypatch, capsys)
    assert [d["name"] for d in found] == ["missing-utm-param"]
