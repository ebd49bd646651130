"""The address a page gives as its own (its canonical link, its og:url) carries no campaign tags (newuser46 F14).

A marketer pasting a tagged link into a page's `<link rel="canonical">` or a blog post's front matter makes search
engines index the tagged address, and share previews link it: the visits they send arrive with the tags, and GA4
credits them to `newsletter / email` instead of Organic Search. scan said nothing of a canonical carrying all three
tags, and told an og:url or a front matter's `canonical_url:` lacking a campaign to add one. Now they are the site's own
page's tags (utm-internal-link: remove them), said as the page's address; a link in the page's body, a stylesheet's
address and prose naming "the canonical" are read as before."""

from __future__ import annotations

import json

PAGE = """<!doctype html>
<html><head>
<link rel="canonical" href="https://brightdesk.io/pricing?utm_source=newsletter&utm_medium=email&utm_campaign=march">
<meta property="og:url" content="https://brightdesk.io/pricing?utm_source=Newsletter&utm_medium=email">
<link rel="stylesheet" href="https://cdn.brightdesk.io/site.css?utm_source=newsletter&utm_medium=email">
</head><body>
<a href="https://partner.example.org/?utm_source=brightdesk&utm_medium=Referral&utm_campaign=march">partner</a>
</body></html>
"""
POST = """---
title: Release notes
canonical_url: https://brightdesk.io/blog/release?utm_source=Blog&utm_medium=referral
---

The canonical: https://brightdesk.io/docs?utm_source=blog&utm_medium=Referral&utm_campaign=release
"""
ADDRESS = "this is the page's own address (its canonical link, its og:url), and it carries "


def _found(run, tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = run("scan", "--format", "json", "--no-cache", name, cwd=tmp_path)
    return [(f["line"], f["name"], f["message"]) for f in json.loads(result.out)]


def test_a_pages_canonical_and_og_url_are_its_own_address(run, tmp_path):
    found = _found(run, tmp_path, "page.html", PAGE)
    assert [(line, name) for line, name, _ in found] == [
        (3, "utm-internal-link"), (4, "utm-internal-link"),  # no "add a utm_campaign", no value-case on the og:url
        (7, "value-case"),  # the body's link to another site: the team's campaign link, judged as ever
    ], found
    assert all(message.startswith(ADDRESS) for line, _, message in found if line in (3, 4)), found
    assert "remove them rather than add the rest" in found[1][2]


def test_a_posts_front_matter_canonical_url(run, tmp_path):
    found = _found(run, tmp_path, "post.md", POST)
    assert [(line, name) for line, name, _ in found] == [
        (3, "utm-internal-link"),
        (6, "value-case"),  # prose naming the canonical: a link of the post, judged as ever
    ], found
    assert found[0][2].startswith(ADDRESS), found


BLOG = """<!doctype html>
<html><head>
<link rel="canonical" href="https://acme.io/blog/launch">
<link rel="stylesheet" href="/site.css">
</head><body>
<a href="https://acme.io/pricing?utm_source=blog&utm_medium=referral&utm_campaign=launch">Pricing</a>
<a href="https://www.acme.io/demo?utm_source=blog&utm_medium=referral&utm_campaign=launch">Demo</a>
<a href="https://partner.example.org/?utm_source=acme&utm_medium=Referral&utm_campaign=launch">Partner</a>
</body></html>
"""


def test_a_pages_canonical_host_is_the_site_it_is_a_page_of(run, tmp_path):
    """review46 F14: a page's canonical link names the site the page is part of; its links to that site are links
    between the site's own pages (utm-internal-link), though no CNAME or generator's config names the site. Without the
    canonical's host, the page's tagged links to acme.io were "All clean" (with a CNAME naming acme.io they were told).
    A link to another site is judged as ever; a page without a canonical, or one whose canonical is relative or a
    template's, keeps its verdicts; and a Markdown post's front matter `canonical_url:` (a cross-post's, naming the
    author's blog while the post is published elsewhere) is not read so."""
    found = _found(run, tmp_path, "launch.html", BLOG)
    assert [(line, name) for line, name, _ in found] == [
        (6, "utm-internal-link"), (7, "utm-internal-link"), (8, "value-case")], found
    for canonical in ("", '<link rel="canonical" href="/blog/launch">',
                      '<link rel="canonical" href="{{ page.url | absolute_url }}">'):
        text = BLOG.replace('<link rel="canonical" href="https://acme.io/blog/launch">', canonical)
        found = _found(run, tmp_path, "launch.html", text)
        assert [(line, name) for line, name, _ in found] == [(8, "value-case")], (canonical, found)
    post = ("---\ntitle: Launch\ncanonical_url: https://acme.io/blog/launch\n---\n\n"
            "Read the [pricing](https://acme.io/pricing?utm_source=devto&utm_medium=referral&utm_campaign=launch).\n")
    assert _found(run, tmp_path, "post.md", post) == []
