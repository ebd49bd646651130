"""A citation of another site's page, read from the link's own line: the line names the site the link goes to as the
page's publisher, so the link was copied from that site's page, with the tags its page carried
(checks.tracking.copied_cited.cited_tag reads them as that site's own tags on a link to itself).

Two ways a line names a page's publisher, each a copy of what the page itself shows:

- the link's text is the page's title as a browser shows it, its site's name after a separator
  (`[Using Serverless Reapers to Lower Your AWS Bill | CloudForecast Blog](https://www.cloudforecast.io/blog/...
  ?utm_campaign=website&utm_source=Last)`, a link note copied from a browser tab into devopsish's show notes, corpus 5
  #82);
- the entry credits the page to a name right after the link (`**[Red Teaming LLM Applications](https://www.
  deeplearning.ai/short-courses/...?utm_campaign=giskard-launch&utm_medium=headband&utm_source=dlai-homepage)**
  🌐 🎥 by DeepLearning.AI`, a course list's entry carrying DeepLearning.AI's homepage banner tags, corpus 10 #194).

The reading is of the link's own line without its URLs (scan.placement.own_line), as scan reads it from the file and
the corpus judge from tests/data/real-urls-N/placement-rows.tsv (validate_url's `placement`), and only of a line
holding one link: with several, which one the name goes with is not known. Whether the name is the link's site
(cites_site) and whose the tags may be (the repository's, a placement's) is for copied-tracking to judge.
"""

from __future__ import annotations

import re

# a Markdown link's text, its URL left out by own_line (`[text]( )`), or an HTML anchor's (`<a href=" ">text</a>`)
_MARKDOWN = re.compile(r"\[(?P<text>[^\[\]]{1,300})\]\(\s*\)")
_ANCHOR = re.compile(r"<a\b[^<>]*>(?P<text>[^<>]{1,300})</a>", re.IGNORECASE)
# the title's last part after a separator a browser's tab shows between a page's title and its site's name
_TITLE_SITE = re.compile(r"\s(?:\||-|–|—|·)\s+(?P<site>[^|–—·]{2,60}?)\s*$")
# right after the link (its closing `**` or `*`, a few marks or emoji between): `by <Name>`, the name's words
# capitalised (`DeepLearning.AI`, `Google Cloud`)
_CREDIT = re.compile(r"^[^\w\[\]<>]{0,12}\bby\s+\**(?P<site>[A-Z0-9][\w.&'-]*(?:\s+[A-Z0-9][\w.&'-]*){0,3})")
# a word a site's name is followed by in its pages' titles (`CloudForecast Blog`, `Kintone Engineering Blog`)
_SECTION = re.compile(r"(?i)(?:[\s.-]+(?:engineering|dev|developer|tech|official|the))*[\s.-]+"
                      r"(?:blog|docs|documentation|news|newsroom|engineering|academy|learn|help|support)$")


def cited_name(line: str) -> str:
    """The name the link's own line (own_line: its URLs left out) gives as the publisher of the page it links to (the
    title's site, or a `by` credit right after the link), or "": none, or the line holds more than one link."""
    links = list(_MARKDOWN.finditer(line)) + list(_ANCHOR.finditer(line))
    if len(links) != 1:
        return ""
    link = links[0]
    title = _TITLE_SITE.search(link.group("text").strip().strip("*_"))
    if title is not None:
        return title.group("site").strip().strip("*_")
    credit = _CREDIT.search(line[link.end():])
    return credit.group("site").strip() if credit is not None else ""


def cites_site(name: str, host: str) -> bool:
    """Whether a cited name (cited_name) is the site at `host`: its name (`CloudForecast` on cloudforecast.io, with a
    section of its pages after it: `CloudForecast Blog`) or its domain written out (`DeepLearning.AI` on
    deeplearning.ai, `artagnon.com`), 4 letters or more."""
    from ..identity import normalize, site_domain, site_name

    if not name or not host:
        return False
    host = host.lower().rstrip(".")
    site, domain = normalize(site_name(host)), normalize(site_domain(host))
    if len(site) < 4:
        return False
    written = {normalize(name), normalize(_SECTION.sub("", name))}
    return bool(written & {site, domain})
