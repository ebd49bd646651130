"""Lint one full tracked URL as GA4 would see it: `validate_url(url) -> UrlValidation`.

The URL goes through the same registry and engine as a campaign file, the way `utmlint scan` judges a link
(`scan.judge`): its utm values become a one-link campaign in memory (value rules, GA4 channel rules,
source-domain-style, team vocabulary) and the URL itself is the link's `url:` (url-invalid, url-insecure,
url-fragment-order, url-shortener, and the rules for mistakes inside a tracked URL: utm-in-fragment,
utm-key-repeated, utm-key-unknown, url-html-escaped, copied-tracking, utm-placeholder-unfilled). Rules that only make sense in a
campaign file (YAML and schema, url-has-utm, per-step content, in-product links, repo-wide spelling) are not
run. The config's select/ignore, severities and rule options apply, as in `lint`. As in scan, a link into a
site carrying the tags that site writes itself (`rules/platform-written-tags.txt`: Gitter's or Product Hunt's
badge, create-next-app's template links) gets the URL rules only, unless the config's `own-hosts` names that
site; with `own-hosts`, a link to another host gets only copied-tracking; a relative link gets the URL rules only
(utm-internal-link).

Every finding carries its span in the URL string (0-based offsets, end exclusive), and, when the rule has
a fix, the whole URL as that fix leaves it. `fixed_url` applies every safe fix, one at a time, re-judging
the URL after each, so fixes never fight (a renamed key is then judged for its value).

    >>> from utmlint.validate_url import validate_url
    >>> result = validate_url("https://example.com/?utm_source=Newsletter&utm_medium=email&utm_campaign=fall&utm_campaign=fall")
    >>> [(f.name, result.url[f.start:f.end]) for f in result.findings]
    [('value-case', 'Newsletter'), ('utm-key-repeated', 'utm_campaign=fall')]
    >>> result.fixed_url
    'https://example.com/?utm_source=newsletter&utm_medium=email&utm_campaign=fall'

Callers: `utmlint scan` judges links in files with `scan.judge` directly (positions in the file); the MCP
tool `validate_link` and `build --validate` take one URL and want this.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Dict, FrozenSet, List, NamedTuple, Optional, Sequence, Tuple

if TYPE_CHECKING:
    from .config import Config

_PATH = Path("<url>")
_MAX_ROUNDS = 12  # fixes applied one at a time; a URL never needs more (each removes one finding)


class UrlFinding(NamedTuple):
    """One finding on the URL. `start`/`end`: the span in the URL string (0-based, end exclusive).
    `fixed`: the URL with this finding's fix applied (None when the rule has no fix for it); `safe` says
    whether that fix may be applied without asking (`--fix`) or needs consent (`--unsafe-fixes`)."""

    code: str
    name: str
    severity: str
    message: str
    start: int
    end: int
    fixed: Optional[str] = None
    safe: bool = True

    def to_json(self) -> dict:
        return self._asdict()


class UrlValidation(NamedTuple):
    """The verdict on one URL: the GA4 channel its utm values land in, every finding (sorted by position),
    and the URL with every safe fix applied (`fixed_url == url` when there is nothing to fix). `not_judged`
    says why the utm values were not judged when they are not the team's (outside `own-hosts`, or tags the
    site writes itself), so an empty `findings` is never mistaken for a clean bill."""

    url: str
    channel: str
    findings: List[UrlFinding]
    fixed_url: str
    not_judged: Optional[str] = None

    def to_json(self) -> dict:
        return {"url": self.url, "channel": self.channel, "fixed_url": self.fixed_url,
                "findings": [f.to_json() for f in self.findings], "not_judged": self.not_judged}


def _placement_reading(placement) -> Tuple[Optional[Tuple[Tuple[str, ...], str]], FrozenSet[Tuple[str, ...]]]:
    """validate_url's `placement` as the judge reads it, ((headings, line), convention): a bare string is one heading,
    not its letters, and None a part not given (review41 L4: `("Sponsors", "")` was read letter by letter, silently no
    placement; `(None, "")` and a 1-tuple were tracebacks)."""
    if placement is None:
        return None, frozenset()
    parts = (placement,) if isinstance(placement, str) else tuple(placement)
    headings = parts[0] if parts else ()
    headings = (headings,) if isinstance(headings, str) else tuple(headings or ())
    line = parts[1] if len(parts) > 1 and parts[1] is not None else ""
    convention = frozenset(tuple(triple) for triple in parts[2]) if len(parts) > 2 and parts[2] else frozenset()
    return (headings, line), convention


def _placement_sentence(placement) -> Optional[str]:
    """validate_url's `placement`'s fourth item, the link's sentence (scan.placement.link_sentence), or None: not
    given (the judge then reads no sentence)."""
    if placement is None or isinstance(placement, str):
        return None
    parts = tuple(placement)
    return parts[3] if len(parts) > 3 and isinstance(parts[3], str) else None


def validate_url(url: str, config: Optional["Config"] = None, select: Sequence[str] = (),
                 ignore: Sequence[str] = (), entry_point: bool = False, repo: Optional[str] = None,
                 path: Optional[str] = None, file_urls: Sequence[str] = (),
                 libraries: Sequence[str] = (), in_comment: bool = False,
                 folder_files: Sequence[Sequence[str]] = (), site: str = "", copied_from: str = "",
                 copied_publisher: Tuple[str, ...] = ("", "", ""), line: str = "",
                 named_path: str = "", landed: str = "", plain_site: bool = False,
                 app_site: str = "", linked_sites: Sequence[str] = (),
                 opening_bases: Sequence[str] = (), forwarded: bool = False,
                 placement: Optional[Tuple] = None, published_on: str = "",
                 test_code: bool = False, listed_entry: Tuple[str, str] = ("", "")) -> UrlValidation:
    """Judge one full tracked URL (`https://host/path?utm_source=...`) with every rule that applies to a link.

    `config` (from `utmlint.config.load_config`) brings select/ignore, severities, rule options, the team's
    vocabularies and platform profiles; without one, utmlint's defaults are used and no config file is
    searched for. `select`/`ignore` are the command line's. Never raises on a bad URL: whatever is wrong
    with it is a finding.

    `entry_point`: the caller knows the URL is where visitors enter the site from outside (a web app
    manifest's `start_url`, as `scan` finds it). One URL alone does not say so, and a relative URL given
    alone is taken for what it nearly always is, a link between two pages of a site (utm-internal-link); with
    `entry_point=True` its values are judged as a campaign link's instead. `named_path`: the caller knows the
    relative URL is a path a Markdown doc names as text, not a link between the site's pages, and where, as
    scan.examples.named_path answers: `"cell"`, the whole text of a table cell (a campaign doc's ad destinations),
    or `"prose"`, inline code in running text (a guide's sample request). utm-internal-link does not speak on
    either; a table cell's values are judged as a campaign link's (value-case, medium-unassigned, missing-utm-param),
    while inline code in prose gets only the rules about the URL as written (`True` is read as `"prose"`).

    `repo`: the caller knows the repository the URL is written in (`owner/name`), as `scan` reads it from the
    tree (utmlint.identity): a site's own tags on a link to itself found in another repository were copied from
    that site (copied-tracking). Without it that rule stays silent, as for any one URL given alone. `path`: the
    file it is written in, inside that repository (a vendored library's folder, `libraries/ckeditor/`, is the
    library's own). `libraries`: the repository's folders known to hold another project's code (a library vendored
    with its own manifest, `libraries/Carbon/`: utmlint.identity.library_folders, which scan reads from the tree);
    a URL written in one is that project's, and only copied-tracking speaks. `in_comment`: the caller knows the URL
    is written in a code comment (utmlint.scan.comments, as scan finds it): read by whoever reads the code, followed
    by no visitor, it gets only the rules about the URL as written (copied tracking, http, an e-mail address, a key
    GA4 cannot read), no advice on its values.

    `file_urls`: the other tracked URLs of the file it is written in, as `scan` extracts them. With `repo`, they
    say whether the file collects other people's links (a dataset, a backlog: utmlint.scan.collection), where a
    link whose tags are not the file's own gets copied-tracking and no advice on its tags; and scan's spelling rules
    (source-fragmentation, medium-fragmentation) compare the URL's values with theirs (`github.com` here, `github` on
    the file's other links to the same site). `folder_files`: the tracked
    URLs of each other file in its folder whose name differs from `path`'s only in its numbers (a podcast's episodes,
    a newsletter's issues): with them, a file too small to be a collection may be one of a folder collection
    (scan.collection.folder_collection). `site`: the host the repository's site is published on, as scan reads it
    from its `CNAME` or site generator's config (identity.published_host: Docusaurus' `url`, Hugo's `baseURL`); with
    `repo` and a `path` that is one of the site's pages (linkplace.site_page), a link to that host is internal, and
    the site's name is one of the repository's (`docs.chain.link`: `chain`, as scan's identity reads it).
    `app_site`: the host the repository's web app names as its own, as scan reads it from Next.js' root layout
    (identity.app_host: `metadataBase`); with `repo` and a `path` holding the site's content kept as data
    (linkplace.site_content: a CMS's export of its posts) or one of the app's pages (linkplace.react_page:
    `app/pricing/page.tsx`), a link to that host is internal, as from a page, unless its tags name a channel from
    outside (own_site.names_an_outside_channel).
    `linked_sites`: the hosts the repository's site's Google tag measures as one property with it, as scan reads them
    from where the site loads its tag (identity.linked_hosts: gtag's cross-domain linker `domains`); with `repo` and a
    `path` shown on the site (linkplace.rendered_on_site: a page, a component of its template), a link to one
    of them, or to a host under one, is internal.
    `opening_bases`: the URLs the name a template URL opens with stands for (`${base}${sep}utm_source=...` where the
    file sets `base = store === "ios" ? IOS_URL : ANDROID_URL`), as scan reads them from the file's constants
    (scan.core.opening_bases); when every one is an app store's listing (urls.store_listing), the link is that
    listing's own query, which no GA4 property reads: no medium asked for or respelled, as on a Play listing.
    `forwarded`: every utm tag of a relative template URL is a slot the file fills from the page's own address with
    the same key (`utm_source=${utmSource}` under `const utmSource = urlParams.get('utm_source')`), as scan reads it
    (scan.own_site.forwarded_tags): the link passes the visit's own tags on, and utm-internal-link does not speak.

    A `path` of a database's rows (`.sql`: scan.stored_rows) is judged as scan judges it: as written only, as
    `in_comment` says, its entities decoded (the HTML an app shows).
    A `path` in a markup language (HTML, XHTML, XML, SVG and the templates built on them: scan.markup_file) says the
    URL is written as markup writes it: `&amp;` and `&#38;` are how `&` is written there (a raw `&` can make XHTML
    ill-formed), and a browser reads `&`. So does a Markdown `path` (scan.markdown_file: CommonMark decodes an entity
    in a link destination). The URL is judged as `scan` reads it in such a file, its entities decoded;
    spans are given in the URL as written and fixed URLs written back with the same entity.

    `copied_from`: the caller knows the file is a copy of another repository's list (`SimplifyJobs/Summer2026-
    Internships`: scan.copies.copied_readme, which scan reads from the file's text; give its path in `libraries`
    too): its links' tags are that list's publisher's, none judged, and `not_judged` says so as scan's one
    copied-tracking note on the file does (scan.notes.copied_list_said). `copied_publisher`: the caller knows the
    file holds a list publisher's links (its site, referral utm_source and listing utm_source, `("simplify.jobs",
    "Simplify", "GHList")`: scan.copies.copied_publisher): a link carrying the referral source, or going to that site
    with the listing's source, is the publisher's, judged so (scan.copies.publishers_link).

    `line`: the caller knows the line of the file the URL is written on, as scan reads it: a line that labels itself
    the links' format (`**Format**: ?utm_source=SOURCE&utm_medium=MEDIUM&utm_campaign=CAMPAIGN`) describes a link
    sheet's links, as scan reads it (scan.illustrations.labelled_format); a query written alone after example words
    (`Example matching values: ?utm_source=fb`) is an example in a sentence, no link: nothing is said about it
    (scan.examples.example_query; `not_judged` says why). It is read with or without `path`, as `named_path` is.

    `plain_site`: the caller knows the repository's site is served as plain HTML, as scan reads it from the tree
    (identity.plain_html_site: `.nojekyll` and `index.html` at its root, no site generator): its Markdown files are
    notes kept beside the site, not its pages, so a link in one to `site` is no link between its pages and its values
    are judged as a campaign's (a directory submission pack's `Website: https://www.devexthub.com/...?utm_source=
    futuretools&utm_medium=directory`, pasted into another site's form).

    `landed`: the caller knows the URL is a JSON record's value of that key (`finalUrl`) naming where a request landed
    after its redirects, in a record saying how the request went (a link checker's results: scan.data.landing_value,
    which scan reads from the file's text): with `repo`, a record, not a link the file publishes; no finding, and
    `not_judged` says so as scan's one copied-tracking note on the file does (data_set_record).

    `placement`: the caller read the text of the file around the link, as scan reads it (scan.placement: its section's
    headings above it, nearest first, `headings_above`; its own line without its URLs, `own_line`), as a pair
    (headings, line). With `repo` and `path`, a heading or a line naming another party's placement (`## Sponsors`,
    `Sponsored by`: scan.placement.placement_said, the judgement scan makes of the same reading) says the link
    carries that party's tags: only the URL as written is judged, as scan judges it. Without it only the path is read
    (`SPONSORS.md`), as for any one URL given alone. A third item, when given, is the tag sets the whole file writes
    on links to two or more sites that read a visit's tags, (source, medium, campaign) each, as scan reads them from
    every link of the file (checks.tracking.copied_file.file_convention, `read_only`): a link carrying one is the file's own tagging, not a placement,
    where `file_urls` holds only some of the file's links (Changelog's `utm_source=changelog` on every sponsor).
    A fourth, when given, is the link's sentence in its paragraph, its URLs left out (scan.placement.link_sentence):
    one naming the linked site as the author of the page (`Intercom said the same in [their product update post]( ).`
    to intercom.com: scan.citation.sentence_cited) makes the link a citation of that site's page, its tags the site's.
    A heading given as a bare string is that one heading (`("Sponsors", "")`), None as no heading or no line, and a
    missing line as "". With `path`, a line that opens with a block-level HTML tag in a Markdown file and holds the URL
    as no link (`<td><p>https://...</p>`: scan.examples.html_block_text) is text of a raw HTML block, never linked:
    nothing is said about it, as scan says nothing (`not_judged` says why).

    `published_on`: the caller read from the file's text that it is published on another host than the repository's
    site (a Zenn article's front matter: scan.own_site.published_elsewhere, `zenn.dev`): with `repo` and `path`, that
    host is the page's site, and a link to the repository's site leaves it, as scan reads it.

    `listed_entry`: the caller read from the file's front matter that it is a list's entry for another party's product,
    (its name, its site's host) (`title: Gridly` and `homepage: https://www.gridly.com/` in jamstack.org's headless CMS
    list: scan.byline.listed_entry): with `repo` and `path`, a link to that site is the listed vendor's, carrying the
    tags it chose: only the URL as written is judged, as scan judges it.

    `test_code`: the caller read from the file's text that the link is inside a test's code in a file that is no
    test file (a Rust file's `#[cfg(test)] mod tests { ... }`: scan.files.in_test_code): with `path`, it is a test's
    input or expected output, judged as a test file's links are (only what a reader copies as written), as scan
    judges it.
    """
    if landed and repo is not None and path:
        from .scan.collection import Collection

        return UrlValidation(url, _channel(url), [], url, data_set_record(
            Collection(frozenset({url}), 1, 0, 0, records=True, landed=landed), url))
    named = "" if entry_point or not named_path else "prose" if named_path is True else named_path
    reading, convention = _placement_reading(placement)
    from .scan.examples import html_block_text

    if path and not entry_point and reading is not None and html_block_text(path, reading[1]):
        # the text of a Markdown file's raw HTML block (`<td><p>https://...</p>`), shown and never linked, as scan reads
        # the line (scan.examples.html_block_text): nothing is said about it, as about a fenced block's link
        return UrlValidation(url, _channel(url), [], url, HTML_BLOCK_TEXT)
    from .scan.examples import example_query

    if line and url in line and not entry_point and example_query(line[:line.find(url)], url):
        # a query written alone as an example in a sentence of its line (`Example matching values: ?utm_source=fb`), as
        # scan reads the line (scan.examples.example_query): no link, nothing is said about it
        return UrlValidation(url, _channel(url), [], url, EXAMPLE_QUERY_TEXT)
    token = _LINE.set(_Line(line[:line.find(url)] if line and url in line else "", named, plain_site, app_site,
                             tuple(linked_sites), tuple(opening_bases), reading, convention, published_on,
                             _placement_sentence(placement), forwarded, bool(test_code), tuple(listed_entry)))
    try:
        return _validate_in_file(url, config, select, ignore, entry_point, repo, path, file_urls, libraries,
                                 in_comment, folder_files, site, copied_from, copied_publisher)
    finally:
        _LINE.reset(token)


# not_judged for a URL in the text of a Markdown file's raw HTML block (scan.examples.html_block_text)
HTML_BLOCK_TEXT = "text of an HTML block in a Markdown file, which CommonMark shows as written and never links: not judged"
# not_judged for a query written alone as an example in a sentence (scan.examples.example_query)
EXAMPLE_QUERY_TEXT = "a query written alone as an example in a sentence (`Example: ?utm_source=fb`), no link: not judged"


class _Line(NamedTuple):
    """What validate_url's caller knows of the line the URL is written on (and of its repository's site), read where
    the judge is asked."""

    before: str = ""  # the text before the URL (validate_url's `line`: a link sheet's `Format:` line)
    named_path: str = ""  # a path a Markdown doc names as text, in a table cell or in prose (validate_url's named_path)
    plain_site: bool = False  # the repository's site is plain HTML: its Markdown files are no pages (validate_url's)
    app_site: str = ""  # the host the repository's web app names as its own (validate_url's app_site)
    linked_sites: Tuple[str, ...] = ()  # the hosts its site's Google tag links with it (validate_url's linked_sites)
    opening_bases: Tuple[str, ...] = ()  # what a template URL's opening name stands for (validate_url's)
    placement: Optional[Tuple[Tuple[str, ...], str]] = None  # the text's reading around the link (validate_url's)
    convention: FrozenSet[Tuple[str, str, str]] = frozenset()  # the whole file's own tag sets (validate_url's placement)
    published_on: str = ""  # the host the file is published on instead of its repository's site (validate_url's)
    sentence: Optional[str] = None  # the link's sentence in its paragraph (validate_url's placement, fourth item)
    forwarded: bool = False  # the link passes on the visit's own tags (validate_url's forwarded)
    test_code: bool = False  # the link is inside a test's code of its file (validate_url's: a Rust test module)
    listed: Tuple[str, str] = ("", "")  # the product the file is a list's entry for, (name, host) (validate_url's)


_LINE: "ContextVar[_Line]" = ContextVar("utmlint_line", default=_Line())


def _validate_in_file(url, config, select, ignore, entry_point, repo, path, file_urls, libraries, in_comment,
                      folder_files, site, copied_from, copied_publisher) -> UrlValidation:
    """validate_url, once the line it is written on is known (_LINE)."""
    if copied_publisher[0] and path:
        from .scan.copies import publishers_link

        if publishers_link(url, *copied_publisher):
            from .scan.copies import Publisher

            libraries, copied_from = (*libraries, path), Publisher(*copied_publisher)
    rows = False
    if path is not None:
        from .scan import stored_rows

        # a database's row (a `.sql` dump, seed or migration): judged as written only, as scan judges it
        rows = stored_rows(path)
        in_comment = in_comment or rows
    if path is not None and ("&" in url or "\\u" in url):
        from .scan import markdown_file, markup_file

        if markup_file(path) or markdown_file(path) or rows:
            judged = _in_markup(url, config, select, ignore, entry_point, repo, path, file_urls, libraries,
                                in_comment, folder_files, site)
            return _copied_list(judged, copied_from, in_comment)
    judged = _validate(url, config, select, ignore, entry_point, repo, path, file_urls, libraries, in_comment,
                       folder_files, site)
    return _copied_list(judged, copied_from, in_comment)


def _copied_list(judged: UrlValidation, copied_from, in_comment: bool) -> UrlValidation:
    """validate_url's verdict on a link of a copy of another repository's list (`copied_from`, its `owner/name`; or a
    list publisher's link, `copied_from` its scan.copies.Publisher), its tags that
    list's: `not_judged` is the file's one note (scan says it on the file's first tagged link), which speaks for the
    link's copied tags too (a list publisher's own marker on it, Simplify's `utm_source=Simplify&ref=Simplify`: no
    copied-tracking of its own, as in scan). A page saved from a site (`copied_from` a host) keeps the copied-tracking
    of its links: their markers are other platforms' (a share button's, an assistant's), not the page's site's."""
    if not copied_from or in_comment or "utm_" not in judged.url.lower():
        return judged
    from .scan.judge import COPIED_TRACKING
    from .scan.notes import copy_said

    saved = isinstance(copied_from, str) and "/" not in copied_from
    return judged._replace(not_judged=copy_said(copied_from), findings=[
        f for f in judged.findings if saved or f.name != COPIED_TRACKING])


def _in_markup(url: str, config, select, ignore, entry_point, repo, path, file_urls, libraries,
               in_comment, folder_files, site="") -> UrlValidation:
    """validate_url for a URL written in markup: judged with its entities decoded, answered as written."""
    import re

    from .scan import markup_file
    from .scan.core import decode
    from .scan.html import json_escaped

    def read(u: str):  # as scan reads it: a markup file's `\\u0026` decoded too (scan.html.json_escaped)
        return decode(u, 0, len(u), entities=True, js_escapes=markup_file(path) and json_escaped(u, 0, len(u)))

    found = read(url)
    if found.url == url:
        return _validate(url, config, select, ignore, entry_point, repo, path, file_urls, libraries, in_comment,
                         folder_files, site)
    siblings = [read(u).url for u in file_urls]
    folder_files = [[read(u).url for u in urls] for urls in folder_files]
    inner = _validate(found.url, config, select, ignore, entry_point, repo, path, siblings, libraries, in_comment,
                      folder_files, site)
    entity = re.search(r"&(?:amp|#0*38|#[xX]0*26);", url)
    amp = entity.group() if entity else "&"

    def written(fixed: Optional[str]) -> Optional[str]:
        return None if fixed is None else fixed.replace("&", amp)

    offsets = found.offsets
    from .scan.wording import escaped_in_markup

    # url-html-escaped's message speaks as the fix writes: one escape, never a bare `&` (stranger8 S7)
    findings = [f._replace(start=offsets[f.start], end=offsets[f.end], fixed=written(f.fixed),
                           message=escaped_in_markup(f.message, amp, url) if f.name == "url-html-escaped" else f.message)
                for f in inner.findings]
    fixed_url = url if inner.fixed_url == found.url else written(inner.fixed_url)
    return UrlValidation(url, inner.channel, findings, fixed_url, inner.not_judged)


def _in_referrer(url: str, span: Tuple[int, int, str], config, select, ignore, entry_point, repo, path,
                 file_urls, libraries, in_comment, folder_files, site="") -> UrlValidation:
    """validate_url for a Play listing tagged only in its `referrer` (review8 S2): GA4 credits the install from
    the referrer's values, so they are judged as a link's tags (on a stand-in URL of the same site whose query is
    the referrer's, so a missing medium is reported as for any link), each finding placed on the referrer and
    offered without a fix (a fix would have to be encoded once more into the referrer)."""
    start, end, carried = span
    stand_in = f"https://play.google.com/?{carried}"
    inner = _validate(stand_in, config, select, ignore, entry_point, repo, path, file_urls, libraries, in_comment,
                      folder_files, site, written=url)
    said = "in this Google Play link's `referrer`, the only place GA4 reads an app install's campaign from: "
    findings = [UrlFinding(f.code, f.name, f.severity,
                           said + f.message.replace("to the URL's query", "to the referrer (`=` written `%3D`, `&` `%26`)"),
                           start, end, None, False)
                for f in inner.findings]
    return UrlValidation(url, inner.channel, findings, url, inner.not_judged)


def _validate(url: str, config: Optional["Config"], select: Sequence[str], ignore: Sequence[str], entry_point: bool,
              repo: Optional[str], path: Optional[str], file_urls: Sequence[str],
              libraries: Sequence[str] = (), in_comment: bool = False,
              folder_files: Sequence[Sequence[str]] = (), site: str = "", written: str = "") -> UrlValidation:
    """`written`: the Play listing as the file writes it, when `url` is its referrer's stand-in (_in_referrer): the
    file's collection is read with the listing, and the stand-in is one of its others when the listing is."""
    from .scan.synthetic import play_referrer  # a Play listing tagged only in its `referrer`, judged as scan does

    referrer = play_referrer(url)
    if referrer is not None:
        return _in_referrer(url, referrer, config, select, ignore, entry_point, repo, path, file_urls, libraries,
                            in_comment, folder_files, site)
    judge = _judge(config, tuple(select), tuple(ignore), repo is not None)
    if repo is not None:  # the judge's own copy of the config: whose repository this one URL is written in
        from .identity import from_slug, in_folder, site_name

        # the site's name its CNAME or generator's config gives (`site`) is one of the repository's, as scan reads it
        more = (site_name(site),) if site and not site.startswith("/") else ()  # not a path base (`/docs`)
        judge.identity = judge.rule_config.identity = in_folder(from_slug(repo, more), path, libraries)
    collected = None
    from .checks.tracking.copied_file import file_convention, own_campaigns, planned_sites
    from .linkplace import link_place

    # the file's own tag sets, as scan reads them (scan.run): its convention is not a destination's copied tags
    judge.file_convention = file_convention((*file_urls, url), judge.identity) if repo is not None else frozenset()
    # and those on two or more sites that read them, the placement reading's (scan.run sets it alike)
    judge.placement_convention = file_convention((*file_urls, url), judge.identity, read_only=True) \
        if repo is not None else frozenset()
    from .scan.snippets import tag_hosts

    judge.file_tag_hosts = tag_hosts((*file_urls, url)) if file_urls else {}  # a snippet's tags it writes elsewhere
    from .scan.illustrations import spelled_twins

    # one address written with and without the `/` ending its path: a post's illustration (scan.run sets it alike)
    judge.file_twins = spelled_twins((*file_urls, url)) if file_urls and path else frozenset()
    from .scan.illustrations import filled_patterns

    # a guide's query-only pattern and its filled instances (scan.run sets it alike)
    judge.file_patterns = filled_patterns((*file_urls, url)) if file_urls and path else frozenset()
    judge.line_before = _LINE.get().before  # a link sheet's `Format:` line (validate_url's `line`), with or without `path`
    judge.file_place = link_place(path) if repo is not None and path else ""  # an e-mail template's are its own
    from .scan import family_of, kind_suffix

    judge.file_family = (family_of(kind_suffix(path)) or "") if path else ""  # a Markdown page writes its links whole
    judge.in_file = bool(path)  # read in a file, as scan reads it: a link to example.com there is an illustration
    judge.file_code = bool(path) and link_place(path) == "code"  # a test's or a program's example: its data
    from .scan.files import test_module

    judge.file_test = bool(path) and test_module(path)  # a test's code: every link of it is the test's input
    judge.link_test = bool(path) and _LINE.get().test_code  # and this link inside a test's code of its file
    from .scan.downloads import homebrew_file

    judge.file_homebrew = bool(path) and homebrew_file(path, repo or "")  # a formula: its `url` is a download
    from .scan.downloads import script_file

    judge.file_script = bool(path) and script_file(path)  # a shell script: its curl's URL is a request
    from .scan.illustrations import example_folder

    judge.file_example = example_folder(path) if path else ""  # an example's folder: its own demo deployment
    from .linkplace import funding_file

    judge.file_funding = bool(path) and funding_file(path)  # GitHub's FUNDING.yml: the owner's sponsor button
    from .scan.placement import placement_file

    judge.file_placement = placement_file(path) if repo is not None and path else ""  # `SPONSORS.md`: sponsors' links
    from .scan.placement import third_party_folder

    judge.file_third_party = third_party_folder(path) if repo is not None and path else ""  # `third-party-docs/`
    from .scan.partner_tags import banner_file

    judge.file_banner = banner_file(path) if repo is not None and path else ""  # `MadVueBanner.vue`: a party's banner
    # a list's entry for another party's product, read from its front matter by the caller (scan.byline.listed_entry)
    judge.file_listed = _LINE.get().listed if repo is not None and path else ("", "")
    from .scan.manifest import redirect_table

    judge.file_redirects = repo is not None and bool(path) and redirect_table(path)  # `_redirects`: short addresses
    # and what the file's text says around the link (`## Sponsors` above it), when the caller read it there
    judge.link_placement = _LINE.get().placement if repo is not None and path else None
    judge.link_convention = _LINE.get().convention if repo is not None and path else frozenset()
    judge.link_sentence = _LINE.get().sentence if repo is not None and path else None
    from .scan.partner_tags import partners_page

    judge.file_partners = bool(path) and partners_page(path)  # `partners.js`: the team's own list of its partners
    from .checks.values import slot_sheet
    from .scan import prose_sheet

    # a slot in capitals (`post-SLUG`) only in a guide or a sheet whose own values are not written in capitals
    judge.known_file_urls = tuple(file_urls)  # a base constant's name written in another of them (Judge._base_constant)
    judge.file_slots = not path or slot_sheet(prose_sheet(path, link_place(path)), (*file_urls, url))
    from .suggest import file_sources

    # the file's spellings of each source, a respelling follows (scan.run sets it alike)
    judge.file_sources = file_sources((*file_urls, url)) if file_urls and path else ()
    from .linkplace import published_page

    # a print or radio placement's tags are copied only onto a page the site publishes (scan.run sets it alike)
    judge.file_published = published_page(path) if repo is not None and path else True
    judge.file_planned = planned_sites((*file_urls, url)) if repo is not None else frozenset()
    from .checks.tracking.copied_marks import letter_sites

    # the sites its newsletter-tagged links go to (scan.run sets it alike): several, a note quoting newsletters' links
    judge.file_letter_sites = letter_sites((*file_urls, url)) if path else frozenset()
    judge.file_campaigns = own_campaigns((*file_urls, url), judge.identity, judge.own_hosts) \
        if repo is not None else frozenset()  # the campaigns it writes on the team's own site
    from .linkplace import named_networks

    judge.file_networks = named_networks(path) if repo is not None and path else frozenset()  # `community/slack/`
    from .checks.tracking.copied_file import own_letters

    # its own newsletter's name, as scan reads it (scan.run; here without the file's text: its path names it, or its
    # archive tags two or more links with it)
    judge.file_letters = own_letters((*file_urls, url), path.split("/") if path else (), judge.file_place) \
        if repo is not None else frozenset()
    from .linkplace import react_page, site_content, site_of_repository, site_page

    # a page of the site its repository is named for (`GSA/digitalgov.gov`), or whose CNAME or site generator's
    # config names (`site`), or its content kept as data (site_content): a link to that host is internal
    from .scan import markdown_file

    # its navigation links go to its own site; a Markdown file of a site served as plain HTML is a note, no page
    judge.file_page = repo is not None and bool(path) and site_page(path) and not (
        _LINE.get().plain_site and markdown_file(path))
    from .scan import stored_rows

    judge.file_rows = bool(path) and stored_rows(path)  # a database's rows: a relative link is between the site's pages
    judge.file_site = site_of_repository(repo, site) if judge.file_page else ""
    # a web app's page (`app/pricing/page.tsx`): the host its root layout names (`app_site`) counts too (newuser49 F3)
    judge.file_app_page = judge.file_page and not judge.file_site and react_page(path)
    if judge.file_app_page:
        judge.file_site = site_of_repository(repo, _LINE.get().app_site)
    from .linkplace import rendered_on_site

    # a component its pages are rendered from (scan.run sets it alike): its links tagged as the site's navigation
    judge.file_template_site = site_of_repository(repo, site) if repo is not None and path and not judge.file_page \
        and rendered_on_site(path, False) else ""
    judge.file_content = repo is not None and bool(path) and not judge.file_page and site_content(path)
    if judge.file_content:
        # or the site's content kept as data, where the host its web app names (`app_site`) counts too
        judge.file_site = site_of_repository(repo, site or _LINE.get().app_site)
    if repo is not None and path and _LINE.get().published_on:
        judge.file_site = _LINE.get().published_on  # a Zenn article's zenn.dev (scan.own_site.published_elsewhere)
    from .linkplace import rendered_on_site

    # and the hosts its site's Google tag measures as one property with it, for a file shown on the site
    judge.file_linked = _LINE.get().linked_sites if repo is not None and path and rendered_on_site(
        path, judge.file_page) else ()
    judge.known_bases = _LINE.get().opening_bases  # read from the file by the caller, as scan reads them
    judge.known_forwarded = _LINE.get().forwarded  # and whether the link passes the visit's own tags on
    # the file's links and this one as written, each with its one-link campaign: built once for the readings of the
    # file below (a collection, a series, an agent's outputs, the spelling rules)
    file_links: List[Tuple[str, object]] = []
    if repo is not None and (file_urls or path):
        from .scan.synthetic import build

        file_links = [(u, build(u)) for u in (*file_urls, written or url)]
    if repo is not None and file_urls:
        from .scan.collection import is_data_set

        collected = judge.collection_of("<url>", _PATH, file_links, data_set=bool(path) and is_data_set(path))
    if collected is None and repo is not None and folder_files and path:
        from .scan.synthetic import build

        # the file is one of a series (a podcast's episodes): the folder's files of its shape read together
        collected = judge.folder_collection_of("<url>", _PATH, [file_links, *([(u, build(u)) for u in urls]
                                                                              for urls in folder_files)], path)
    if collected is None and repo is not None and path:
        from .scan.collection import agent_outputs

        if agent_outputs(path):  # an agent skill's example outputs: the links it retrieved (scan.run reads it alike)
            from .scan.collection import recorded_outputs

            collected = recorded_outputs(path, judge.candidates_of("<url>", _PATH, file_links), judge.identity)
    if collected is not None and written and written in collected.others:
        collected = collected._replace(others=collected.others - {written} | {url})
    from .scan.collection import is_data_set

    record = None
    if collected is not None and path and is_data_set(path) and url in collected.others \
            and judge.whose(url)[0] == "own":
        findings = []  # a data set's row is a record, not a link it publishes (scan gives the file one note)
        record = data_set_record(collected, url)
    else:
        findings = _findings(judge, url, entry_point, collected, in_comment)
        values_own = judge.values_own  # its values judged as the team's campaign's (scan.judge), read before another
        if repo is not None and file_urls and not in_comment and not getattr(judge.identity, "library", ""):
            findings = _file_spellings(judge, url, file_urls, collected, findings, values_own, dict(file_links))
    return UrlValidation(url, _channel(url), findings, _fix_all(judge, url, findings, entry_point, collected,
                                                                in_comment),
                         record or judge.not_judged(url) or _play_console_note(url) or _useless_note(url, findings))


# How `not_judged` opens for a row of a data set of other people's links (data_set_record): the corpus judge reads it
# as the file's one copied-tracking note speaking for this row (tests/validate_url/labelled_corpus.py).
DATA_SET_RECORD = "this URL is a record"


def data_set_record(collected, url: str = "") -> str:
    """Why a row of a data set of other people's links (a `.csv` collection: scan.collection) gets no finding: it is
    a record, its tags the sites' own, and `utmlint scan` says so once for the file, on its first such row
    (copied-tracking's note), rather than on each row. Without it an empty verdict would read as a clean bill. A
    record writing `&amp;` for `&` (`url`) says so too, as scan's one url-html-escaped note on the file does."""
    from .scan.notes import ESCAPED_RECORDS, collects

    escaped = (f"; it writes `&amp;` for `&`: {ESCAPED_RECORDS} (`utmlint scan` gives the file one url-html-escaped "
               f"note)") if "&amp;" in url.lower() else ""
    return (f"{DATA_SET_RECORD}: {collects(collected, data_set=True)}; its URLs and utm tags are records, kept as the "
            f"data has them, so no row is judged (`utmlint scan` gives the file one copied-tracking note); if you "
            f"publish this link as your own, take its tags off{escaped}")


_OTHER_LINK = re.compile(r"in <url>:\d+")


def _file_spellings(judge, url: str, file_urls: Sequence[str], collected,
                    findings: List[UrlFinding], values_own: bool = False,
                    built: Optional[Dict[str, object]] = None) -> List[UrlFinding]:
    """The repo-wide spelling rules (source-fragmentation, medium-fragmentation, campaign-fragmentation) on the one
    file's links, as `scan` runs them on the file (scan.repo): `github.com` on this link beside `github` on another of
    the file's links to the same site is one source split in two rows. Only the file is known here, so only a split
    inside it is said; the spellings compared are those scan compares (the team's own links: not a collection's
    copied tags, not a platform page whose owner sees no tags, not a swapped source and medium), per site the links
    go to; a utm_campaign only of a link whose values the judge read as the team's (`values_own`, Judge.values_own:
    not copied tracking, an example, a pattern), each other link judged for it only when its campaign is a
    spelling of this one's. `built`: the links' one-link campaigns already built, by URL (validate_url's)."""
    from .onefinding import drop_restated_fragmentation
    from .scan.synthetic import build
    from .scan.wording import url_speak
    from .scan.repo import facts_for
    from .scan.run import _site_of, _unread

    rules = getattr(judge, "repo_rules", ())
    if not rules or any(f.name == "source-medium-swapped" for f in findings):
        return findings
    from .checks.repo import campaign_key

    site = _site_of(url)
    spellings, mine = [], {}
    campaign = None  # this link's utm_campaign key, when its values are the team's
    built = {} if built is None else built  # each link's one-link campaign by URL, built once (the caller's, here and
    # by _spelled_otherwise)
    for line, each in enumerate((url, *(u for u in file_urls if u != url)), start=1):
        synthetic = built[each] if each in built else build(each)
        if synthetic is None or synthetic.stand_in or synthetic.tokens or _unread(each) or not judge.is_own(each) \
                or collected is not None and each in collected.others or _site_of(each) != site:
            if line == 1:
                return findings
            continue
        for param in ("utm_source", "utm_medium", "utm_campaign"):
            field = synthetic.fields.get(param)
            if field is None or param in synthetic.whole_placeholders or not field.value or "{" in field.value:
                continue
            if param == "utm_campaign":
                if "{ph" in dict(synthetic.values).get("campaign", ""):
                    continue  # `install-@VERSION@`: a placeholder filled in later (scan.run reads it alike)
                if line == 1:
                    if not values_own or not _spelled_otherwise(field.value, file_urls, built):
                        continue  # no other link spells it otherwise: none is judged for it
                    campaign = campaign_key(field.value)
                elif campaign is None or campaign_key(field.value) != campaign or not _values_own(judge, each,
                                                                                                 collected):
                    continue
            spellings.append((line, field.name_end + 2, param, field.value))
            if line == 1:
                mine[field.name_end + 2] = (field.name_end + 1, field.end)
    if not mine or len({s[3] for s in spellings}) == len({(s[2], s[3]) for s in spellings}) == 1:
        return findings
    from .diagnostics import Diagnostic

    facts = [facts_for("<url>", spellings)]
    said = []
    for rule_ in rules:
        context = judge.linter.contexts.get(rule_.code)
        if context is None:
            continue
        for report in rule_.check(facts, context):
            if report.at.line == 1 and report.at.column in mine:
                # the other places are the file's other links: their line in the file is not known here
                message = _OTHER_LINK.sub("on another of this file's links", url_speak(report.message))
                said.append(Diagnostic("<url>", 1, report.at.column, rule_.code, rule_.name,
                                       judge.linter.severity_of(rule_, report), message))
    if not said:
        return findings
    spoken = {(f.code, f.start) for f in findings}
    said = drop_restated_fragmentation(said + [Diagnostic("<url>", 1, f.start + 1, f.code, f.name, f.severity, "")
                                               for f in findings if f.name == "medium-unassigned"])
    # From one file a plain name is never told to become its domain (`github` -> `github.com`, the most used there):
    # the repository's other files may say `github`, and source-domain-style's direction is the name
    domains = {value.split(".")[0].casefold() for _, _, _, value in spellings if "." in value}
    added = [UrlFinding(d.code, d.name, d.severity, d.message, d.column - 1, mine[d.column][1], None, False)
             for d in said if d.name.endswith("-fragmentation") and (d.code, d.column - 1) not in spoken
             and not ("." not in url[d.column - 1:mine[d.column][1]] and
                      url[d.column - 1:mine[d.column][1]].casefold() in domains)]
    return sorted(findings + added, key=lambda f: (f.start, f.code, f.message))


def _spelled_otherwise(value: str, urls: Sequence[str], built: Dict[str, object]) -> bool:
    """Whether one of `urls` has a utm_campaign that is `value` spelled another way (checks.repo.campaign_key). `built`:
    the links' one-link campaigns by URL, each built once (kept for the caller, which reads the same links)."""
    from .checks.repo import campaign_key
    from .scan.synthetic import build

    wanted = campaign_key(value)
    for url in urls:
        if "utm_campaign" not in url.lower():
            continue
        if url not in built:
            built[url] = build(url)
        synthetic = built[url]
        field = synthetic.fields.get("utm_campaign") if synthetic is not None else None
        if field is not None and field.value != value and campaign_key(field.value) == wanted:
            return True
    return False


def _values_own(judge, url: str, collected) -> bool:
    """Whether scan would judge the values of `url`, another link of the file, as the team's campaign's
    (Judge.values_own): judged here as that link, its findings dropped."""
    from .scan import Occurrence
    from .scan.judge import LineIndex
    from .scan.synthetic import build

    occurrence = Occurrence(1, 1, 0, len(url), 0, len(url), url, tuple(range(len(url) + 1)), "plain")
    reading, judge.link_placement = judge.link_placement, None  # the text around the given link is not this one's
    sentence, judge.link_sentence = judge.link_sentence, None
    try:
        judge.judge("<url>", _PATH, url, LineIndex(url), occurrence, build(url), collected=collected)
    finally:
        judge.link_placement = reading
        judge.link_sentence = sentence
    return judge.values_own


def _useless_note(url: str, findings: List[UrlFinding]) -> Optional[str]:
    """Why the tags of a link to a platform page whose owner never sees them were not judged (the channel given is
    what GA4 would make of them on a site that read them)."""
    if not any(f.name == "utm-useless-destination" for f in findings):
        return None
    from .checks.tracking.destinations import downloaded_file, useless_destination

    host = useless_destination(url)
    if host is None:  # a file a package manager downloads, read from its file (a Homebrew formula's `url`)
        return ("the link is a file a package manager downloads (a Homebrew formula's or cask's `url`), which no "
                "page's analytics read, so these tags were not judged (complete, respell or change them, and nobody "
                "would see the difference); the channel given is what GA4 would file them under on a page that read "
                "them")
    if downloaded_file(url) is not None:
        return (f"the link downloads a `{downloaded_file(url)}` file from {host}, where no page's analytics read utm "
                f"values, so these tags were not judged (complete, respell or change them, and nobody would see the "
                f"difference); the channel given is what GA4 would file them under on a page that read them")
    return (f"{host} shows the page's owner no visit's utm values, so these tags were not judged "
            f"(complete, respell or change them, and nobody would see the difference); the channel given is what GA4 "
            f"would file them under on a site whose analytics read them")


def _play_referrer_values(values: dict) -> dict:
    """The utm values a Play listing's `referrer` carries (its first copy of each), or {}."""
    from .urls import query_pairs

    referrer = values.get("referrer")
    carried = dict(reversed(query_pairs(referrer))) if referrer else {}
    return carried if any(key.startswith("utm_") for key in carried) else {}


def _play_console_note(url: str) -> Optional[str]:
    """Why a Play listing's own query gets no GA4 channel and no channel finding (urls.play_console_query)."""
    from .checks.tracking.fields import query_fields
    from .urls import play_console_query

    if not play_console_query(url):
        return None
    values = {}
    for field in query_fields(url):
        values.setdefault(field.name, field.value)
    from .checks.tracking.play_referrer import play_referrer_unencoded

    if play_referrer_unencoded(url):
        return ("this Google Play listing's own query is read by Play Console's acquisition report (utm_source, "
                "utm_campaign), never by a GA4 property, so the channel rules did not judge it (its values were "
                "checked); its `referrer`, the tags GA4 credits an app install from, is written unencoded "
                "(play-referrer-unencoded says what it loses)")
    if _play_referrer_values(values):
        return ("this Google Play listing's own query is read by Play Console's acquisition report (utm_source, "
                "utm_campaign), never by a GA4 property, so the channel rules did not judge it (its values were "
                "checked); the channel given is its `referrer`'s, the tags GA4 credits an app install from, judged "
                "as the link's tags (the findings that start \"in this Google Play link's `referrer`\")")
    return ("this Google Play listing's own query is read by Play Console's acquisition report (utm_source, "
            "utm_campaign), never by a GA4 property, so no GA4 channel is given and the channel rules did not judge "
            "it (its values were checked); GA4 credits an app install only from the listing's `referrer` "
            "(`&referrer=utm_source%3Dgithub%26utm_medium%3Dreferral%26utm_campaign%3D...`, as `utmlint render` "
            "writes it for a campaign file)")


_JUDGES: dict = {}  # (config, select, ignore) -> Judge: an MCP server asks about many URLs with one config


def _judge(config: Optional["Config"], select: Tuple[str, ...], ignore: Tuple[str, ...], identified: bool = False):
    key = (id(config), select, ignore, identified)
    cached = _JUDGES.get(key)
    if cached is not None and cached[0] is config:
        return cached[1]
    from .rulebook import registry
    from .scan.judge import Judge
    from .scan.run import scan_linter

    if config is None:
        from .config import Config

        given, config = None, Config(Path.cwd())
    else:
        given = config
    if identified:
        import copy

        config = copy.copy(config)  # set per URL by validate_url: the caller's config keeps its own identity
    linter, repo_rules = scan_linter(config, registry(), select, ignore)
    judge = Judge(linter, config.own_hosts)
    judge.repo_rules = repo_rules  # the spelling rules, run on the file's links when they are given  # whose link it is, as scan decides: own-hosts, platform-written tags
    if len(_JUDGES) > 8:
        _JUDGES.clear()
    _JUDGES[key] = (given, judge)
    return judge


def _findings(judge, url: str, entry: bool = False, collected=None, comment: bool = False) -> List[UrlFinding]:
    from .fixes import apply_edits
    from .scan import Occurrence
    from .scan.judge import CODE_COMMENT, LineIndex
    from .scan.synthetic import build

    synthetic = build(url)
    occurrence = Occurrence(1, 1, 0, len(url), 0, len(url), url, tuple(range(len(url) + 1)), "plain")
    if synthetic is None:  # no utm parameter GA4 reads: the URL rules still have their say
        return _url_rules_only(judge, url, collected, occurrence)
    # With a placeholder or a relative URL scan judges a stand-in: only its value and key edits are offered.
    identity = not (synthetic.stand_in or synthetic.tokens) and synthetic.url == url
    whole_url_fixes = _url_pass_fixes(judge, url) if identity else {}
    found = []
    named = _LINE.get().named_path
    from .scan.comments import commented_out
    from .scan.examples import attribute_selector

    before = _LINE.get().before  # the line's text before the URL, when the caller gives its line
    if comment:  # and commented-out code's link (scan.comments.commented_out)
        from .scan.judge import COMMENTED_OUT

        comment = COMMENTED_OUT if commented_out(before) else CODE_COMMENT
    elif attribute_selector(before, len(before)):
        comment = "attribute selector"  # `a[href*="..."]`: it matches a link written elsewhere, as scan reads it
    for d in judge.judge("<url>", _PATH, url, LineIndex(url), occurrence, synthetic, entry,
                         collected=collected, comment=comment, named=named):
        start = d.column - 1
        end = d.end_column - 1 if d.end_line == 1 and d.end_column is not None else len(url)  # else: to the end
        fixed, safe = None, True
        if d.fix is not None:  # scan maps value and key fixes to edits of the URL itself
            fixed = apply_edits(url, d.fix.edits)
            safe = d.fix.safe
        elif (d.code, start) in whole_url_fixes:
            fixed, safe = whole_url_fixes[(d.code, start)]
        found.append(UrlFinding(d.code, d.name, d.severity, d.message, start, end, fixed, safe))
    return _one_finding_per_mistake(url, sorted(dict.fromkeys(found), key=lambda f: (f.start, f.code, f.message)))


# A key GA4 cannot read because it is misspelled, escaped or after `#` is "missing" only as a consequence:
# the finding that says why (and fixes it) is the one to show (a made-up key, `utm_campaign-type`, explains none).
_EXPLAINS_MISSING = ("utm-key-unknown", "url-html-escaped", "utm-in-fragment", "url-fragment-order")
# Findings that stay inside copied tags: a mistake of their own (`&amp;` breaks the rest of the link too).
_OWN_MISTAKE = ("copied-tracking", "url-html-escaped")


# Findings that stay beside utm-useless-destination (scan.judge does the same): about the URL itself, not its tags.
_ABOUT_THE_URL = ("url-insecure", "url-invalid", "url-shortener", "copied-tracking", "pii-in-url",
                  "utm-useless-destination")


def _one_finding_per_mistake(url: str, findings: List[UrlFinding]) -> List[UrlFinding]:
    """Drop findings that only restate another: values inside copied tracking (they are not the team's to
    respell), a missing key whose cause another finding names, and any advice on tags nobody reads
    (utm-useless-destination)."""
    if any(f.name == "utm-useless-destination" for f in findings):
        findings = [f for f in findings if f.name in _ABOUT_THE_URL]
    copied = [(f.start, f.end) for f in findings if f.name == "copied-tracking"]
    from .checks.tracking.key_unknown import campaign_tagged, misspelled_keys
    from .checks.tracking.second_question_mark import escape_hides_keys
    from .checks.tracking.html_escaped import escapes_within
    from .checks.tracking.copied_lists import not_ga4_key
    from .checks.tracking.fields import query_fields

    # an escape only inside another site's copied tags, which copied-tracking strips (not its hedged note: the tags
    # may be the team's own): nothing of the team's to mend (corpus 26 #18)
    if escapes_within(url, [(f.start, f.end) for f in findings if f.name == "copied-tracking" and f.severity != "info"]):
        findings = [f for f in findings if f.name != "url-html-escaped"]

    fields = query_fields(url)
    # a key after `&amp;` is judged where it is written (scan.judge): only an escape holding a `#` hides keys
    explained = any(f.name in _EXPLAINS_MISSING and (misspelled_keys(url) if f.name == "utm-key-unknown" else
                                                     escape_hides_keys(url) if f.name == "url-html-escaped" else True)
                    for f in findings) or any(  # someone else's utm tags, to be stripped, not completed
        f.name == "copied-tracking" and any(f.start <= q.start < f.end and q.name.lower().startswith("utm_")
                                            and not not_ga4_key(q.name) for q in fields)
        for f in findings) or not campaign_tagged(url)
    # the last: `?utm_ref_id=7`, no campaign tagging at all (scan.judge reads it the same way)
    from .scan.wording import MOVED_WORDING, MOVED_WORDING_ONE

    # (a key the tags still lack once moved out of the fragment is a mistake of its own: scan.judge._ONCE_MOVED)
    moved = (MOVED_WORDING, MOVED_WORDING_ONE)
    return [f for f in findings
            if not (explained and f.name == "missing-utm-param" and not f.message.startswith(moved))
            and not (f.name not in _OWN_MISTAKE and any(s <= f.start and f.end <= e for s, e in copied))]


def _url_pass_fixes(judge, url: str) -> dict:
    """(code, start) -> (fixed URL, safe) for the URL rules' fixes that rewrite more than a utm key or value
    (strip copied tracking, move fragment utm, write `&`, ...), which `scan.judge` leaves to a person."""
    from .document import load_text
    from .fixes import apply_edits
    from .scan.synthetic import URL_COLUMN, campaign_document

    doc = campaign_document((), url)
    out = {}
    for d in judge.url_linter.lint_document(_PATH, doc).diagnostics:
        if d.fix is None or d.line != 2:
            continue
        fixed_doc = load_text("<url>", apply_edits(doc.text, d.fix.edits))
        links = fixed_doc.data.get("links") if fixed_doc.parsed and isinstance(fixed_doc.data, dict) else None
        new = links[0].get("url") if isinstance(links, list) and links and isinstance(links[0], dict) else None
        if type(new) is str and new != url:
            out[(d.code, max(0, d.column - URL_COLUMN))] = (new, d.fix.safe)
    return out


def _url_rules_only(judge, url: str, collected=None, occurrence=None) -> List[UrlFinding]:
    """A URL without GA4 utm keys (copied tracking, a misspelled key, utm after `#`): the URL rules alone. In a
    collection of other people's links (`collected`), a tag of someone else's (`utm_hp_ref`) is copied-tracking's,
    and advice on the tags is not given (scan.judge does the same)."""
    from .scan.judge import LineIndex, tags_rule
    from .scan.synthetic import URL_COLUMN, campaign_document

    doc = campaign_document((), url)
    fixes = _url_pass_fixes(judge, url)
    found = []
    others = collected is not None and url in collected.others and judge.whose(url)[0] == "own"
    if others:
        d = judge.collection_note("<url>", _PATH, LineIndex(url), occurrence, collected)
        if d is not None:
            found.append(UrlFinding(d.code, d.name, d.severity, d.message, d.column - 1, d.end_column - 1))
    for d in judge.url_linter.lint_document(_PATH, doc).diagnostics:
        if not _applies(d.code) or (others and tags_rule(d.code)):
            continue
        start = max(0, d.column - URL_COLUMN) if d.line == 2 else 0
        end = d.end_column - URL_COLUMN if d.end_line == d.line == 2 and d.end_column else len(url)
        fixed, safe = fixes.get((d.code, start), (None, True))
        found.append(UrlFinding(d.code, d.name, d.severity, d.message, start, end, fixed, safe))
    return _one_finding_per_mistake(url, sorted(dict.fromkeys(found), key=lambda f: (f.start, f.code, f.message)))


def _applies(code: str) -> bool:
    from .scan.judge import applies_to_scan

    return applies_to_scan(code)


def _fix_all(judge, url: str, findings: List[UrlFinding], entry: bool = False, collected=None,
             comment: bool = False) -> str:
    """Apply safe fixes one at a time, re-judging after each, until none is left (or a URL comes back)."""
    seen = {url}
    current = url
    for _ in range(_MAX_ROUNDS):
        step = next((f.fixed for f in findings if f.safe and f.fixed is not None and f.fixed not in seen), None)
        if step is None:
            break
        seen.add(step)
        current = step
        findings = _findings(judge, current, entry, collected, comment)
    return current


def _channel(url: str) -> str:
    """The GA4 default channel of the URL's utm values (the first copy of each key, as written)."""
    from .channels import predict_channel
    from .checks.tracking.fields import query_fields

    values = {}
    for field in query_fields(url):  # the query before any `#`: GA4 reads nothing after it
        values.setdefault(field.name, field.value)
    from .urls import NOT_A_VISIT, asset_kind

    if asset_kind(url) and any(key.startswith("utm_") for key in values):
        return NOT_A_VISIT  # an image's, a stylesheet's, a script's tags: no page reads them (stranger9 R19)
    from .urls import maybe_play

    if maybe_play(url):
        from .urls import PLAY_CONSOLE_ONLY, play_console_query

        if play_console_query(url):  # Play Console reads these tags, no GA4 property (stranger8 S12): GA4 reads only
            carried = _play_referrer_values(values)  # the referrer, when it carries tags too
            if not carried:
                return PLAY_CONSOLE_ONLY
            values = carried
    if not any(key.startswith("utm_") for key in values):
        from .urls import play_listing, query_pairs

        # a Google Play listing tagged as Google's Play URL builder writes it (`referrer=utm_source%3D...` only):
        # GA4 credits the install from that referrer's values (urls.build_tracked_url)
        referrer = values.get("referrer") if play_listing(url) else None
        values = dict(reversed(query_pairs(referrer))) if referrer else {}
        if not any(key.startswith("utm_") for key in values):
            return "(not tracked)"
    return predict_channel(values.get("utm_source"), values.get("utm_medium"), values.get("utm_campaign")).channel


__all__: Tuple[str, ...] = ("UrlFinding", "UrlValidation", "validate_url")
