"""Another author's work a list cites, read from the text around a link: a list item whose link a byline credits to
its author (`- [Better React Forms with Formik](https://mead.io/formik/?utm_...) by [Andrew Mead](...)`) under a
heading that names a list of others' writing ("Community Articles / Tutorials"). The page and its tags are the
author's (the lead's ruling of session 40 on another party's tags): advice to respell or complete them is wrong.

A judgement of scan.placement's reading of the text (headings_above, own_line), as placement_said is, so the corpus
judge applies it to the reading placement-rows.tsv stores; a module of its own, as the reading's stamp
(tests/validate_url/placement_rows.py) covers scan.placement whole. Not scan.citation's reading (a line naming the
site the link goes to as the page's publisher, the site's own tags copied with it: copied-tracking's): here the byline
names a person or party who is not the site, under a list of others' writing, and only the value advice is held
back. The heading words are data: rules/citation-words.txt. Whether the link is the repository's own (its site, a tag
set the file writes on several sites, a source naming the repository) is the judge's to rule out
(scan.judge.Judge.placement).
"""

from __future__ import annotations

import re
from typing import Sequence

# A list item whose link is credited to its author by a byline right after it: `- [Better React Forms with
# Formik](https://mead.io/formik/?utm_...) by [Andrew Mead](https://twitter.com/...) - Nov 28, 2017` (Formik's
# docs/resources.md, corpus 36 #55), `- [Building Forms with Vue.js](...) by Marina Mosti (October 2019)` (awesome-vue's
# books, corpus 8): the line as own_line reads it, its URLs left out (`[title]( ) by [Name]( )`). The name is a
# bracketed link text, an @handle or a capitalised word; a link's title in bold (`**[title](url)**`) too.
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s")
_BYLINE = re.compile(r"\]\(\s*\)(?:\*\*|__)?[ \t]*[,(\u2013\u2014-]?[ \t]*(?:written[ \t]+)?by[ \t]+"
                     r"(?P<name>\[[^\]\n]{1,80}\]|@[\w-]{1,40}|[A-Z\u00c0-\u00de][\w.'\u00c0-\u024f-]{0,40}"
                     r"(?:[ \t][A-Z\u00c0-\u00de][\w.'\u00c0-\u024f-]{0,40}){0,3})")


def _cited_words() -> "re.Pattern[str]":
    from ..resources import rule_words

    return rule_words("citation-words.txt", r"(?![a-z])")


# How cited_work_said's answer opens (Judge tells a citation's note from a placement's by it)
CITED_WORK = "its line's byline"


def cited_work_said(headings: Sequence[str], line: str) -> str:
    """What shows the link is another author's work the file cites, or "": a list item whose link a byline credits to
    its author (`- [title](url) by [Name](profile)`, _BYLINE) under a heading that names a list of others' writing
    (`Community Articles / Tutorials`, `Learning Resources`, `Books`: rules/citation-words.txt). The page and its tags
    are the author's (the lead's ruling of session 40 on another party's tags): advice to respell or complete them is
    wrong. Both are needed: a byline alone is also a site's credit to its maker (`Built with [Astro]( ) by [Jane]( )`),
    whose tags may be the team's; a heading alone (`Resources`) also lists the team's own pages. Read from the same
    reading as placement_said (headings_above, own_line)."""
    line = " ".join(line.split())
    if not line or not _LIST_ITEM.match(line):
        return ""
    byline = _BYLINE.search(line)
    if byline is None:
        return ""
    heading = next((heading for heading in headings[:2] if _cited_words().search(heading)), "")
    if not heading:
        return ""
    name = byline.group("name").strip("[]")
    return f'{CITED_WORK} ("by {name[:40]}") under the heading "{heading[:60]}"'


# A page's own words that another party wrote or keeps it ("This page is maintained by Covalent", "This documentation
# is managed by Segment", "Provided by the Zerion team"), with the party's name (capitalised words, up to four)
_PAGE_AUTHOR = re.compile(r"(?i:\b(?:maintained|written|managed|provided|authored|contributed|owned|kept up to date|"
                          r"supported)\s+by)\s+(?:(?i:the)\s+)?(@?[A-Z][\w&@-]*(?:\.\w[\w-]*)*(?:[ \t]+[A-Z][\w&-]*(?:\.\w[\w-]*)*){0,3})")
_AUTHOR_REACH = 3000  # a page says who wrote it near its top


def page_author(text: str) -> str:
    """The party a page says wrote or keeps it, near its top ("This page is maintained by Covalent." -> "Covalent"),
    or "": in a third-party folder, a partner's own page (review44 F19, scan.judge.Judge._written_by_another)."""
    found = _PAGE_AUTHOR.search(text[:_AUTHOR_REACH])
    return found.group(1).strip(" .") if found else ""


# A page's own line saying another party keeps the page, the party's name the link's text: "This documentation is
# managed by [Segment](https://segment.com/?utm_...)" (the line as own_line reads it, its URLs left out: `[Segment]( )`)
_PAGE_KEPT_BY = re.compile(r"(?i:\bthis\s+(?:page|documentation|doc|docs|guide|section|article|integration(?:\s+page)?)"
                           r"\s+is\s+(?:maintained|written|managed|provided|authored|contributed|owned|kept\s+up\s+to\s+"
                           r"date|supported)\s+by)\s+(?:\*\*|__)?\[(?P<name>[^\]\n]{1,60})\]\(\s*\)")


def page_kept_by(line: str) -> str:
    """The party a page's own line says keeps the page, when the line links that party's name ("This documentation
    is managed by [Segment]( )." -> "Segment"), or "": the link is that party's credit on a page it keeps in another
    repository's docs (SendGrid's docs page on Segment's source, corpus 2 #85), carrying the tags the party chose (the
    lead's ruling of session 40); the judge holds it back only when the name is the site the link goes to
    (scan.citation.names_site) and the site is not the repository's own. A project's own README saying it is
    "Maintained by [Acme]( )" names no page kept by another: not read."""
    found = _PAGE_KEPT_BY.search(" ".join(line.split()))
    return found.group("name").strip() if found else ""


# A list entry's front matter: the entry's name and the key naming the listed product's own site (a directory kept as
# one Markdown page per entry: jamstack.org's `src/site/headless-cms/gridly.md`, `title: Gridly`, `homepage:
# https://www.gridly.com/`), each on a line of its own
_ENTRY_NAME = re.compile(r"^(?:title|name)[ \t]*:[ \t]*[\"']?([^\"'\n]{1,60}?)[\"']?[ \t]*$", re.MULTILINE)
# (only `homepage:`, a product's: a `website:` beside a `name:` is also a company's page in a list the team keeps of
# employers, remoteintech/remote-jobs' `src/companies/*.md`, whose links' value advice corpus 4 labels correct, #171 #177 #178)
_ENTRY_HOME = re.compile(r"^homepage[ \t]*:[ \t]*[\"']?(https?://[^\s\"'<>]+)", re.MULTILINE | re.IGNORECASE)


# How Judge.placement names such a page (the not-judged note tells a list entry's by it)
LISTED_ENTRY = "'s entry in a list of products"


def listed_entry(path: str, text: str) -> "tuple[str, str]":
    """The product a page is a list's entry for, as (its name, its site's host), or ("", ""): a Markdown page whose
    front matter names an entry and its homepage, the name being that site's (`title: Gridly` with `homepage:
    https://www.gridly.com/`, `title: Apirocket` with `homepage: https://www.apirocket.io/`: jamstack.org's headless
    CMS list, one page per vendor). Such a page is the listed vendor's own entry, written by the vendor: its links to
    its own site carry the tags the vendor chose (`utm_source=jamstack&utm_medium=jamstack` on Gridly's links alone, no
    other entry's), not the list's (the lead's rulings of sessions 44 and 46 on another party's tags, corpus 7 #73-#81).
    The judge holds back only the value advice on links to that site, and only where the repository is known and the
    site is not its own (scan.judge.Judge.placement). A page whose title names no site of its homepage (a post with a
    `website:` of its author's) is no entry. `path`: the file's path (a Markdown page: `.md`, `.mdx`, `.markdown`)."""
    if not path.lower().endswith((".md", ".mdx", ".markdown")):
        return "", ""
    from .own_site import _FRONT_MATTER

    front = _FRONT_MATTER.match(text)
    if front is None:
        return "", ""
    name, home = _ENTRY_NAME.search(front.group(1)), _ENTRY_HOME.search(front.group(1))
    if name is None or home is None:
        return "", ""
    from ..urls import split_url
    from .citation import names_site

    host = split_url(home.group(1)).host.lower()
    title = name.group(1).strip()
    return (title, host) if host and names_site(title, host) else ("", "")
