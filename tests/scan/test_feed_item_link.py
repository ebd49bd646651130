"""A link whose utm_medium names the site's feed (`utm_medium=feed`, `rss`, `atom`) is written into the feed's items,
read in a feed reader, off the site: a way in from outside, not a link between the site's pages
(scan.own_site.fed_out). Corpus 45 #63: Citation et Proverbe's feed action (symfony's `sfFeedItem`) writes each item's
description with `<a href="https://www.citation-et-proverbe.fr/?utm_source=feed&utm_medium=feed&utm_campaign=feed">`;
utm-internal-link told the team to remove the tags, which loses the feed's attribution. Its values are judged as a
campaign link's (`feed` lands in Unassigned: the blind label). Still told: the same site's link tagged as its own
navigation (utm-internal-link). `utmlint scan` as a user runs it; validate_url alike."""

from __future__ import annotations

from tests.scan.repository import scan_repository
from utmlint.scan.own_site import fed_out
from utmlint.validate_url import validate_url

FEED_ACTION = """<?php
class citationActions extends sfActions
{
  public function executeFeed(sfWebRequest $request)
  {
    $item = new sfFeedItem();
    $description = '<p>' . $citation->getQuote() . '</p>';
    $description .= '<p>More quotes on <a href="https://www.acmequotes.fr/?utm_source=feed&utm_medium=feed&utm_campaign=feed">www.acmequotes.fr</a></p>';
    $item->setDescription($description);
  }
}
"""


def test_a_feed_items_link_home_is_no_internal_link(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "jdoe/acmequotes.fr", {
        "apps/frontend/modules/citation/actions/actions.class.php": FEED_ACTION})
    names = {f["name"] for f in found}
    assert "utm-internal-link" not in names and "medium-unassigned" in names
    url = "https://www.acmequotes.fr/?utm_source=feed&utm_medium=feed&utm_campaign=feed"
    judged = validate_url(url, repo="jdoe/acmequotes.fr", path="apps/frontend/modules/citation/actions/actions.class.php")
    assert {f.name for f in judged.findings} == {"medium-unassigned"}
    nav = validate_url(url.replace("utm_medium=feed", "utm_medium=nav").replace("utm_source=feed", "utm_source=home"),
                       repo="jdoe/acmequotes.fr", path="apps/frontend/modules/citation/actions/actions.class.php")
    assert "utm-internal-link" in {f.name for f in nav.findings}


def test_a_feed_medium_is_read_by_its_word():
    assert fed_out("https://a.io/?utm_source=feed&utm_medium=feed")
    assert fed_out("https://a.io/?utm_medium=RSS&utm_source=x") and fed_out("https://a.io/?utm_medium=rss-feed")
    assert fed_out("https://a.io/?utm_medium=atom")
    assert not fed_out("https://a.io/?utm_medium=feedback") and not fed_out("https://a.io/?utm_source=rss")
