"""Whether an HTML or JSON file is another program's saved output, from the file alone: a tool's report or a page
saved from another site, whose links are that tool's or that site's, not the team's (scan.judge's `library_of` reads
it as it reads another project's minified build, scan.minified: only copied-tracking speaks on its links).

A tool's saved report is its output the same way (saved_report): Lighthouse writes its own tags on every "Learn
more" link of a report (`https://web.dev/speed-index/?utm_source=lighthouse&utm_medium=cli`), and a report kept in a
repository (Congo's example site keeps one as `lighthouse.html`: corpus 14 #131-#138 were told to complete and
respell them) holds the tool's links, not the team's. A report is known by what its renderer always writes into it
(REPORT_MARKERS: the data a Lighthouse HTML report renders from, a JSON report's version key), never by its name.

A page saved from another site is that site's output too (saved_page): Cheerio keeps api.jquery.com's `jQuery()` page
as a benchmark's input (`benchmark/documents/jquery.html`), Syncfusion's tags in its sidebar and all (corpus 8 #240
was told to complete them, respell the medium and write https). Such a copy keeps the address it was saved from: its
`<link rel="canonical">` names a page of a site the repository does not own, and its stylesheets still load from
that same site by their full address. A site's own page loads its stylesheets by a path of its own (or from a CDN,
another site than the canonical's), so a page of the team's whose canonical names a domain its repository's name
does not say keeps its verdicts.

A Markdown copy of another repository's list, and a list publisher's links copied into a file, are no program's
output: scan.copies reads them.
"""

from __future__ import annotations

import re
from typing import Optional

from ..identity import Identity, owns_site


# What a tool's report always holds, whatever it was saved as: the tool's name. Lighthouse's HTML report renders from
# `window.__LIGHTHOUSE_JSON__`, and its JSON report (`--output json`) opens with `"lighthouseVersion"`.
REPORT_MARKERS = (("__LIGHTHOUSE_JSON__", "Lighthouse"), ('"lighthouseVersion"', "Lighthouse"))
_REPORT_SUFFIXES = frozenset({".html", ".htm", ".json"})


def saved_report(text: str, path: str, identity: Optional[Identity]) -> str:
    """The tool whose saved report the file at `path` is (an HTML or JSON file holding a REPORT_MARKERS mark), when
    the repository is not that tool's own (its renderer's templates are the tool's own code), or ""."""
    name_of_file = path.replace("\\", "/").rsplit("/", 1)[-1]
    suffix = name_of_file[name_of_file.rfind("."):].lower() if "." in name_of_file else ""
    if identity is None or suffix not in _REPORT_SUFFIXES:
        return ""
    for marker, tool in REPORT_MARKERS:
        if marker in text:
            return "" if owns_site(identity, tool) else tool
    return ""


_PAGE_SUFFIXES = frozenset({".html", ".htm"})
# `<link ...>` tags, and in one the `rel` and `href` attributes (either order, either quote)
_LINK_TAG = re.compile(r"<link\b[^<>]*>", re.IGNORECASE)
_REL = re.compile(r"""\brel\s*=\s*["']?([^"'<>]+)""", re.IGNORECASE)
_HREF = re.compile(r"""\bhref\s*=\s*["']?(https?://[^/"'<>\s]+)""", re.IGNORECASE)


_META_TAG = re.compile(r"<meta\b[^<>]*>", re.IGNORECASE)
_OG_URL = re.compile(r"""\bproperty\s*=\s*["']?og:url\b""", re.IGNORECASE)
_CONTENT = re.compile(r"""\bcontent\s*=\s*["']?(https?://[^/"'<>\s]+)""", re.IGNORECASE)


def saved_page(text: str, path: str, identity: Optional[Identity], published: str = "") -> str:
    """The site (`api.jquery.com`) a saved copy of one of its pages comes from, when the HTML file at `path` is one:
    its canonical link names a page of that site, which the repository does not own (owns_site), and a stylesheet of
    it loads from that same site by its full address, and the file bears a sign no site generator's output has
    (_SAVED_SIGN: a browser's `<!-- saved from url=` comment, the classes Modernizr's or Typekit's scripts write on
    `<html>` at run time, a DOM snapshot; or a folder of a program's benchmark or test data): a team's own built
    page (Hugo's, Jekyll's absolute canonical and stylesheet on its site) is its own (stranger13 R2); else ""."""
    name_of_file = path.replace("\\", "/").rsplit("/", 1)[-1]
    suffix = name_of_file[name_of_file.rfind("."):].lower() if "." in name_of_file else ""
    if identity is None or suffix not in _PAGE_SUFFIXES or "canonical" not in text:
        return ""
    from ..identity import site_name

    canonical, styles = "", set()
    for tag in _LINK_TAG.findall(text[:200_000]):
        rel, href = _REL.search(tag), _HREF.search(tag)
        if rel is None or href is None:
            continue
        host = href.group(1).split("//", 1)[1].split(":", 1)[0].lower()
        words = rel.group(1).lower().split()
        if "canonical" in words and not canonical:
            canonical = host
        elif "stylesheet" in words:
            styles.add(site_name(host))
    if canonical and published and not published.startswith("/") and _another_sites_page(
            text, canonical, published, identity):
        return canonical
    if not canonical or site_name(canonical) not in styles or owns_site(identity, site_name(canonical)):
        return ""
    folders = path.replace("\\", "/").lower().split("/")[:-1]
    if not (_SAVED_SIGN.search(text[:200_000]) or any(f in _DATA_FOLDERS for f in folders)):
        return ""
    return canonical


def _another_sites_page(text: str, canonical: str, published: str, identity: Identity) -> bool:
    """Whether the page, in a repository whose site is published on `published` (its CNAME or site generator's config:
    identity.published_host), says by its canonical link and its `og:url` alike that it is a page of another site
    (`canonical` a host of a site not the published one's, nor one the repository owns): a saved copy of that site's
    page. Phinneas/mcp-website-directory publishes mymcpshelf.com and keeps `p2.html` and `debug_page.html`, Next.js
    pages saved from mcp.so (canonical `https://mcp.so/clients`, `og:url` `https://mcp.so`, stylesheets by a path of
    mcp.so's): their footer's mcp.so tags were told to be completed (corpus 24 #84). A site's own page names its own
    site in both; a page whose `og:url` is missing or names another site than its canonical stays judged."""
    from ..identity import site_name

    site = site_name(canonical)
    if site == site_name(published) or owns_site(identity, site):
        return False
    for tag in _META_TAG.findall(text[:200_000]):
        if _OG_URL.search(tag):
            content = _CONTENT.search(tag)
            if content is None:
                return False
            return site_name(content.group(1).split("//", 1)[1].split(":", 1)[0].lower()) == site
    return False


# Signs a page was saved from a browser, not written by a generator: Internet Explorer's and Chrome's "Save as"
# comment, or the run-time classes Modernizr (`js`, `no-touch`, `multiplebgs`, `cssgradients`) and Typekit
# (`wf-active`, `wf-loading`) write on `<html>`, in the DOM a snapshot keeps (Cheerio's benchmark copy of
# api.jquery.com, corpus 8 #240).
_SAVED_SIGN = re.compile(
    r"<!--\s*saved from url=\(\d+\)|<html\b[^>]*\bclass\s*=\s*[\"'][^\"'>]*\b(?:wf-active|wf-loading|wf-inactive|"
    r"multiplebgs|cssgradients|boxshadow|no-touch|touchevents|no-touchevents|flexbox|csstransforms)\b", re.IGNORECASE)
# Folders of a program's benchmark or test data: pages kept there are inputs, not the team's site.
_DATA_FOLDERS = frozenset({"benchmark", "benchmarks", "bench", "fixtures", "fixture", "testdata", "test-data",
                           "test_data", "__fixtures__"})


def canonical_host(text: str, path: str) -> str:
    """The host of the site an HTML page says it is a page of: its `<link rel="canonical">`'s (review46 F14: a page
    whose canonical names acme.io, in a repository whose CNAME or site generator's config names no site, had its tagged
    links to acme.io "All clean", links between the site's own pages), else "": a relative canonical or a template's
    (`{{ page.url | absolute_url }}`) names no host, and only an HTML page's link tag counts (a Markdown post's front
    matter `canonical_url:` is a cross-post's, naming the author's blog while the post is published elsewhere)."""
    name_of_file = path.replace("\\", "/").rsplit("/", 1)[-1]
    suffix = name_of_file[name_of_file.rfind("."):].lower() if "." in name_of_file else ""
    if suffix not in _PAGE_SUFFIXES or "canonical" not in text:
        return ""
    for tag in _LINK_TAG.findall(text[:200_000]):
        rel, href = _REL.search(tag), _HREF.search(tag)
        if rel is not None and href is not None and "canonical" in rel.group(1).lower().split():
            host = href.group(1).split("//", 1)[1].split(":", 1)[0].lower()
            return host if "." in host and not any(ch in host for ch in "{}$%<>") else ""
    return ""

