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
    (scan.judge._names_site) and the site is not the repository's own. A project's own README saying it is
    "Maintained by [Acme]( )" names no page kept by another: not read."""
    found = _PAGE_KEPT_BY.search(" ".join(line.split()))
    return found.group("name").strip() if found else ""
