"""Write the file context `utmlint scan` reads from a repository's tree and a URL, its repository and its path do not
give, for the corpus judge (labelled_corpus.judge), read from each corpus row's commit in a local mirror:

- tests/data/vendored-libraries.tsv: the folders holding another project's code (a library vendored with its own
  manifest naming another repository, an installed copy of someone else's browser extension:
  utmlint.identity.library_folders), and the files that are another project's minified build (utmlint.scan.minified:
  a license banner naming a project not the repository's), a tool's saved report (a Lighthouse report:
  scan.saved.saved_report) or a page saved from another site (scan.saved.saved_page), passed to validate_url as
  `libraries`;
- tests/data/comment-rows.tsv: the rows whose URL scan extracts inside a code comment (utmlint.scan.comments, on the
  file as scan extracts it), or as an example path quoted as code in a changelog (examples.changelog_example), or as
  the `src` of an `<iframe>` (scan.html.framed: loaded into the page, not followed), or as a JSON object's key
  counted by its number (scan.data.tally_key: a referrer tally), all read by scan alike, passed
  to validate_url as `in_comment`;
- tests/data/site-hosts.tsv: the host each repository's site is published on, as its root's `CNAME` or site
  generator's config names it (utmlint.identity.published_host: Docusaurus' `url`, Hugo's `baseURL`), passed to
  validate_url as `site`;
- tests/data/plain-sites.tsv (session 39): the repositories whose site is served as plain HTML (`.nojekyll` and
  `index.html` at the root, no site generator: utmlint.identity.plain_html_site), whose Markdown files are notes
  beside the site, not its pages, passed to validate_url as `plain_site`; each keeps its root's entries (`names`,
  JSON), which test_fact_rows re-reads with today's plain_html_site;
- tests/data/app-hosts.tsv (session 39): the host each repository's web app names as its own (Next.js' root layout's
  `metadataBase`: utmlint.identity.app_host), passed to validate_url as `app_site` (a link to it from the site's
  content kept as data, linkplace.site_content, is internal); its `rests_on` as site-hosts.tsv's;
- tests/data/linker-hosts.tsv (session 40): the hosts each repository's site's Google tag measures as one property with
  it (gtag's cross-domain linker `domains` where the site loads its tag: utmlint.identity.linked_hosts), space-separated,
  passed to validate_url as `linked_sites` (a link to one from a file shown on the site is internal); its `rests_on`
  as site-hosts.tsv's;
- tests/data/scan-reads.tsv: the URL scan extracts at a row's line when the collector wrote it otherwise: the row's
  escapes undone (`&amp;` in HTML, Markdown's `\\&` in an llms-full.txt), or cut shorter or longer than the link
  (a literal that the code continues on the next lines, `?utm_source=x" +` then `"&utm_medium=y"`; a template
  expression `${campaign}` or `[% utm_content %]` the collector stopped at; AsciiDoc's `[text]` glued on; a constant
  of tags the file defines read in for `?${UTM_BASE}&...`: read_in): the judge
  validates that URL for the row, the one a user running scan is told about.
- tests/data/example-rows.tsv (session 40): the rows whose link scan reads only in a code example it skips unless
  `scan: {code-blocks: true}` (a reST literal block: scan.rest.literal_blocks; a Markdown fenced block), judged as
  a file scan does not read is (no finding counted, the mistakes labelled in them missed); each keeps the row's
  lines (`head`, `first`, `lines`) and test_scan_reads re-reads them both ways.
- tests/data/opening-bases.tsv (session 40): the URLs the name a row's template URL opens with stands for, read from
  the file's constants (`${base}${sep}utm_source=...` with `const base = store === "ios" ? IOS_URL : ANDROID_URL`:
  scan.core.opening_bases), space-separated, passed to validate_url as `opening_bases`; each keeps the row's lines and
  test_scan_reads re-reads them.
- tests/data/forwarded-rows.tsv (session 43): the rows whose relative template URL passes on the visit's own tags
  (every utm slot filled from the page's own address with the same key: scan.own_site.forwarded_tags, DoughPop's
  paid landing page), passed to validate_url as `forwarded`; each keeps the row's lines and test_scan_reads re-reads
  them.
- tests/data/extension-folders.tsv: the folders holding a browser extension's `manifest.json` (one declaring
  `manifest_version`: scan.extension), below which a relative link is judged as a way into the extension's site (its
  code may prefix the site's origin), passed to validate_url as `entry_point` for such a row; or one per browser in
  its `manifest/` folder (RabbyHub/Rabby's `src/manifest/chrome-mv3/manifest.json`: its row written by hand in
  session 40 from the code index's copy at c146efd, the mirror removed);
- tests/data/entry-rows.tsv: the rows scan reads as a web app's launch URL in a file not named as a manifest (the
  `start_url` of the code that writes manifest.json: scan.manifest.entry_point) or as a redirect rule's destination
  written in code (Rack::Rewrite, a Rails route's `redirect()`, next.config.js: scan.redirects), passed to validate_url
  as `entry_point` (a file named as a manifest or a redirect table is known from its path alone).
- tests/data/landing-rows.tsv (session 38): the rows scan reads as a JSON record's landing URL (scan.data.landing_value:
  a link checker's `"finalUrl"` beside the request's `"status": 200`), with the key, passed to validate_url as `landed`;
  each keeps the record's lines (`head`, `first`, `lines`, as entry-rows.tsv does) and test_scan_reads re-reads them.
- tests/data/row-lines.tsv (session 37; written from the mirrors by hand, not by this script): a row's line as the
  file writes it (`text`), where scan reads the line's own words: passed to validate_url as `line` (a link sheet's
  `**Format**:` line, scan.illustrations.labelled_format), and, for a relative URL in a Markdown file, asked of today's
  scan.examples.named_path (a path the doc names as text, inline code or a table cell) and passed as `named_path`.
  Rows of repositories without a mirror (corpus 3's growthbook, corpus 5's phoenix, Roadie and RabbitMQ docs) are not
  there; corpus 19's statamic (#58) and corpus 24's stock-ai-newsletter (#56) lines were read from the code index's
  stored copy of the file (session 40), their mirrors removed. Corpus 37's relative Markdown rows (afida's redirect
  spec, Steven Pinto's README table: session 42, fix37) from their mirrors, after `utmlint scan` on those repositories
  told none of the utm-internal-link findings the judge had counted without the lines; every corpus row with a relative
  URL in a Markdown file and a mirror now has its line (the rest: growthbook, phoenix, Roadie, RabbitMQ, no mirror).

scan-reads.tsv and entry-rows.tsv keep each row's source lines (`head`, `first`, `lines`: the fewest lines around the
row's line, after the file's first `head` lines when scan needs them to know the file's kind, JSON-quoted; a minified
line cut around the link; for a base constant a use completes far on, its lines then that use's: source_lines), so test_scan_reads re-extracts them with today's scan and holds each row to
its stored reading: an extractor regression fails that test instead of passing every corpus pin on a frozen string
(stranger13 R5). The rows of repositories without a mirror (zod's, hebcal's, strong-testimonials') keep the lines read
through the search index: strong-testimonials' and zod's from a stored version of the file holding the row's link,
hebcal's line from a later version (0925fc2) holding the same link.

comment-rows.tsv keeps them too (`at`: the line scan reads the row's URL on, the row's own or, for a row the
collector gave no line, the first; then the fewest lines around it on which scan still reads it in a comment, as a
changelog's example, an `<iframe>`'s `src` or a tally's key: comment_lines, never after more of the file's head than
its first line, PHP's `<?php`), and test_fact_rows re-reads each row with today's scan. Of its rows of repositories
without a mirror (corpora 3-7), five keep lines read through the search index, from a stored version of the file
holding the row's link: dailyhush-magazine's, delta's, dub's and logto's files (dub's and dailyhush's `at` numbered in
that version: the rows give no line), and kitsune's uitour.js docblock from an excerpt (the index's text, which names
the browser "Plezix", numbered so the link's line is the row's); buffer-extension-shared's were read again from its
mirror (session 42). Four are stated facts with no lines (test_fact_rows.STATED_COMMENT_ROWS): tutanota's
calendar-app.ts:432 (no version in the index holds the link) and wandb/examples' README lines 40-54 (its mirror,
fetched in session 42, shows the links inside an HTML comment opened on line 8, as the row says; line 12's row keeps
its lines, these get none).

vendored-libraries.tsv and site-hosts.tsv keep what each row's reading rests on (`rests_on`: JSON, {the file's path
from the root: its text cut to the fewest lines, or a JSON manifest to the fewest fields, on which the reading is
still the row's: fewest_files}): the CNAME or the site generator's config line (`url: 'https://docs.arbitrum.io/',`),
a vendored library's manifest's `name` and `support`, an installed extension's `manifest_version` and `version`, an
Obsidian plugin's `id` and `minAppVersion`, a foreign build's banner or the chunk of its code naming its project, a
saved report's marker, a saved page's canonical and stylesheet links; test_fact_rows re-derives each row from them
with today's utmlint.identity (published_host, folder_reading) and scan (build_reading). Without a mirror: the
Carbon row of easydigitaldownloads/easy-digital-downloads keeps its composer.json read at the row's commit from the
mirror of awesomemotive/easy-digital-downloads (the same repository renamed, which holds that commit); vercel/examples'
seven node_modules packages are stated facts (no mirror, not in the search index: test_fact_rows.STATED_VENDORED_ROWS).
Phinneas/mcp-website-directory's two saved pages (`p2.html`, `debug_page.html`: "saved page: mcp.so", session 37, its
mirror removed after corpus 24) keep their canonical and `og:url` tags read through the search index from its one
stored version of each file (194c302), and the `site:` line of astro.config.mjs its site-hosts.tsv row holds; a saved
page's reading rests on the repository's published host too (build_reading's `published`).

Run it again when a corpus is added (rows of a repository without a mirror are read from nothing: the earlier run's
facts about that repository are kept as they were, and a repository never read knows no such fact, as for one URL
given alone; corpora 5 and 6 have no mirrors since fetching ended in session 32, and their scan-reads.tsv rows, zod's,
hebcal's and strong-testimonials', were written from the files at the rows' commits read through the search index,
each line's reading checked with `utmlint scan --links` on the same lines):

    python tests/validate_url/file_facts.py [--mirrors /work/.mirror]

A mirror is a bare git directory named OWNER+NAME (or OWNER+NAME/repo) under --mirrors; nothing in it is run, only
`git ls-tree` and `git show COMMIT:PATH` of the manifests (package.json, composer.json, bower.json, pyproject.toml,
Cargo.toml, an extension's manifest.json and its store's signature) and of the code files the rows are in.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import List, Optional, Tuple

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"
OUT = DATA / "vendored-libraries.tsv"
COMMENTS = DATA / "comment-rows.tsv"
SITES = DATA / "site-hosts.tsv"
PLAIN = DATA / "plain-sites.tsv"
APPS = DATA / "app-hosts.tsv"
LINKERS = DATA / "linker-hosts.tsv"
READS = DATA / "scan-reads.tsv"
ENTRIES = DATA / "entry-rows.tsv"
LANDINGS = DATA / "landing-rows.tsv"
EXTENSIONS = DATA / "extension-folders.tsv"
EXAMPLES = DATA / "example-rows.tsv"
BASES = DATA / "opening-bases.tsv"
FORWARDED = DATA / "forwarded-rows.tsv"
sys.path.insert(0, str(HERE.parents[1]))

from utmlint.identity import (app_host, bundled_wordpress_plugin, from_slug, installed_extension,  # noqa: E402
                              installed_obsidian_plugin, library_folders, linked_hosts, manifest_projects,
                              plain_html_site, published_host)
from utmlint.scan import extract, family_of, kind_suffix  # noqa: E402
from utmlint.scan.comments import Comments, has_comments  # noqa: E402
from utmlint.scan.examples import changelog_example, preview_sample  # noqa: E402
from utmlint.scan.core import opening_bases  # noqa: E402
from utmlint.scan.own_site import forwarded_tags  # noqa: E402
from utmlint.scan.data import landing_value, tally_key  # noqa: E402
from utmlint.scan.html import framed  # noqa: E402
from utmlint.scan.manifest import entry_point, is_manifest, redirect_table  # noqa: E402
from utmlint.scan.redirects import named_reading  # noqa: E402
from utmlint.scan.minified import foreign_build  # noqa: E402
from utmlint.scan.copies import copied_publisher, copied_readme  # noqa: E402
from utmlint.scan.saved import saved_page, saved_report  # noqa: E402
from utmlint.identity import in_folder  # noqa: E402
from utmlint.checks.tracking.fields import relative_path  # noqa: E402
from mirror_dirs import mirror_git_dir  # noqa: E402


_READERS: dict = {}


def _reader(git_dir: Path, commit: str):
    """read(folder, name) of the commit's tree, one per (mirror, commit): a file the tree lacks is never asked of git
    (library_folders asks each folder for an extension's manifest.json)."""
    key = (str(git_dir), commit)
    if key in _READERS:
        return _READERS[key]
    listed = subprocess.run(["git", "--git-dir", str(git_dir), "ls-tree", "-r", "-z", "--name-only", commit],
                            capture_output=True)
    present = set(listed.stdout.decode("utf-8", "surrogateescape").split("\0")) if listed.returncode == 0 else set()
    cache = {}

    def read(folder: str, name: str) -> str:
        key = f"{folder}/{name}" if folder else name
        if key not in present:
            return ""
        if key not in cache:
            shown = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{key}"], capture_output=True)
            cache[key] = shown.stdout.decode("utf-8", "replace") if shown.returncode == 0 else ""
        return cache[key]

    read.present = present  # the tree's paths (extension_folder's per-browser manifests)
    _READERS[key] = read
    return read


def root_names(git_dir: Path, commit: str) -> List[str]:
    """The entries at the root of the commit's tree (files and folders), sorted."""
    listed = subprocess.run(["git", "--git-dir", str(git_dir), "ls-tree", "-z", "--name-only", commit],
                            capture_output=True)
    return sorted(name for name in listed.stdout.decode("utf-8", "surrogateescape").split("\0") if name) \
        if listed.returncode == 0 else []


def _kept(path: Path, mirrors: Path) -> list:
    """The rows of an earlier run for the repositories whose mirror is missing now: kept as they were, never
    dropped because a mirror is away."""
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    return [tuple(row) for row in rows if row and mirror_git_dir(mirrors, row[0]) is None]


_BLOBS: dict = {}


def _suffix(row: dict) -> str:
    """The suffix scan reads the row's file by: its kind's (`page.html.in` is HTML, a `Dockerfile` a container build
    file: scan.kind_suffix), lower-cased as scan's walk reads `README.MD`."""
    return kind_suffix(Path(row["path"]).name).lower()


def _may_be_commented(row: dict) -> bool:
    """Whether the row's file is of a kind whose links scan may read as in a comment, a changelog's example, an
    `<iframe>`'s `src` or a tally's key (a file of another kind is never asked of git)."""
    suffix = _suffix(row)
    example = "`" + row["url"] + "`"
    return has_comments(suffix) or family_of(suffix) in ("html", "markdown", "code") \
        or changelog_example(row["path"], example, 1, len(example) - 1, row["url"]) \
        or suffix in (".json", ".webmanifest")


def commented(row: dict, extracted, line) -> bool:
    """Whether, in `extracted` (scan.extract of the row's file or of its stored lines), scan reads the row's URL (on
    `line`, when given; else its first occurrence) inside a code comment (scan.comments), as an example path quoted as
    code in a changelog's prose (scan.examples.changelog_example), as an `<iframe>`'s `src` (scan.html.framed) or as
    a JSON object's key counted by its number (scan.data.tally_key) or in a UI preview's sample data
    (scan.examples.preview_sample)."""
    if extracted is None or extracted.text is None:
        return False
    found = [o for o in extracted.occurrences if o.url == row["url"] and (line is None or o.line == line)]
    if not found:
        return False
    at = found[0]
    suffix = _suffix(row)
    return Comments(extracted.text, suffix).covers(at.start) or changelog_example(
        row["path"], extracted.text, at.start, at.end, at.url) or framed(extracted.text, at.start) \
        or tally_key(extracted.text, suffix, at.start, at.end, row["path"]) \
        or preview_sample(extracted.text, suffix, at.start)


def _in_comment(mirrors: Path, row: dict) -> bool:
    """Whether scan extracts the row's URL (on its line, when the row gives one and scan reads it there; else its
    first occurrence in the file) inside a code comment, as a changelog's example, an `<iframe>`'s `src` or a tally's
    key, which scan reads alike (commented)."""
    git_dir = mirror_git_dir(mirrors, row["repo"])
    if git_dir is None or not _may_be_commented(row):
        return False
    key = (row["repo"], row["commit"], row["path"])
    if key not in _BLOBS:
        raw = _raw(git_dir, row)
        _BLOBS[key] = extract(raw, _suffix(row)) if raw else None
    extracted = _BLOBS[key]
    if extracted is None or extracted.text is None:
        return False
    return commented(row, extracted, _line_of(row, extracted))


def _line_of(row: dict, extracted):
    """The line scan reads the row's URL on: the row's line when scan reads the URL there, else the first line it reads
    it on (a row the collector gave no line, or another), None when it reads it nowhere."""
    lines = [o.line for o in extracted.occurrences if o.url == row["url"]]
    line = int(row["line"]) if row.get("line", "").isdigit() else None
    return line if line in lines else (lines[0] if lines else None)


def _window(row: dict, first: int, lines: str, line: int):
    """scan.extract of a row's stored source lines. A Markdown window cut from the middle of a file lacks its blocks'
    context: it may start inside a list item or an HTML block (a `<table>`), whose indented lines it reads as an
    indented code block (scan.markdown.indented_code_blocks) where the whole file reads them as text (influx docs'
    commented-out list under `1. Choose ...`, Marketo's table rows); when it reads nothing on the row's `line` so, it
    is read once more with code blocks kept. A window from the file's first line is read as the file is."""
    raw = lines.encode("utf-8", "surrogateescape")
    extracted = extract(raw, _suffix(row))
    if first > 1 and family_of(_suffix(row)) == "markdown" and (
            extracted is None or not any(o.line == line for o in extracted.occurrences)):
        return extract(raw, _suffix(row), {"code-blocks": True})
    return extracted


def reread_comment(row: dict, head: int, first: int, lines: str) -> bool:
    """Whether scan reads the row's URL, on its line of the stored source lines (`at`: the line in the file they were
    cut around), inside a code comment, as a changelog's example, an `<iframe>`'s `src` or a tally's key today: what
    test_scan_reads holds every comment-rows.tsv row to (stranger13 R5)."""
    at = head + int(row["at"]) - first + 1
    return commented(row, _window(row, first, lines, at), at)


_EXTRACTED: dict = {}


def _unescaped(url: str) -> str:
    """A URL with the escapes scan undoes in the file's language (benchmarks/corpus_scan/measure.py's matching)."""
    return html.unescape(url).replace("\\&", "&").replace("\\_", "_").replace("\\=", "=")


def _scan_reads(mirrors: Path, row: dict) -> str:
    """The URL scan extracts at the row's line when it is not the row's URL but the same link: the row's URL once
    unescaped, or one of them the start of the other (measure.py's `unescaped` and `prefix` matches), or the row's URL
    with a template expression in front (prefixed); else ""."""
    git_dir = mirror_git_dir(mirrors, row["repo"])
    if git_dir is None or not row.get("line", "").isdigit():
        return ""
    key = (row["repo"], row["commit"], row["path"])
    if key not in _EXTRACTED:
        raw = _raw(git_dir, row)
        _EXTRACTED[key] = extract(raw, _suffix(row)) if raw else None
    extracted = _EXTRACTED[key]
    if extracted is None:
        return ""
    on_line = _on_line(extracted, int(row["line"]))
    if row["url"] in on_line:
        return ""
    plain = _unescaped(row["url"])
    for test in (lambda url: url == plain, lambda url: url.startswith(plain) or plain.startswith(url),
                 lambda url: prefixed(url, plain), lambda url: read_in(url, plain), lambda url: rest_of(url, plain)):
        found = [url for url in on_line if test(url)]
        if found:
            return found[0]
    return ""


_TEMPLATE_HEAD = re.compile(r"\$\{[^{}]+\}|https?://<[A-Za-z][^<>\n]*>|<\?(?:=|php[ \t]+(?:echo|print)\b)[^\n?]*\?>")


def prefixed(read: str, url: str) -> bool:
    """Whether scan reads the row's URL with a template expression in front (`${WPMTST_STORE_URL}/extensions/...`
    for PHP's `WPMTST_STORE_URL . '/extensions/...'`), or a guide's host to fill in (`https://<domain>/one-day-setup?
    ...`, corpus 37 #1: scan.core.PLACEHOLDER), or PHP's echo of the site's address (`<?php echo get_site_url() ?>/
    businesses?utm_...`, corpus 45 #55 #57 #58): the code writes the link's host before the part the collector kept, a
    relative path it is not."""
    return read.endswith(url) and _TEMPLATE_HEAD.fullmatch(read[:len(read) - len(url)]) is not None


def rest_of(read: str, url: str) -> bool:
    """Whether the row's URL is the end of the link scan reads, with no address of its own (no scheme, no leading `/`
    or `?`): the collector's line started after a raw space inside the link's query (`<%- SITE_NAME %>&utm_medium=web
    &...` of `href="...?utm_source=Restyaboard - <%- SITE_NAME %>&..."`), or on the second line of a link the prose
    wraps (`[tweet_id_short]&utm_medium=organic`): corpus 32 #10 #33 #35."""
    return read.endswith(url) and len(read) > len(url) and url[:1] not in "?/" and "://" not in url


# A name a template literal interpolates where the query's tags go (`?${UTM_BASE}&utm_campaign=welcome`)
_QUERY_NAME = re.compile(r"(?<=[?&}])(?:\$?\{[A-Za-z_$][\w$]*\}|\$[A-Za-z_]\w*)(?=[&#]|$)")


def read_in(read: str, url: str) -> bool:
    """Whether scan reads the row's URL with a constant of tags read in where the code interpolates it into the query
    (`https://gitdoro.com/login?${UTM_BASE}&utm_campaign=welcome` read `...?utm_source=vscode&utm_medium=extension&
    utm_campaign=welcome`, the same file's `const UTM_BASE = '...'`: scan.core.inlined, corpus 28 #22-#25; Kotlin's
    bare `$BASE_UTM` after a separator's `${separator}`, corpus 33 #3): the rest of the URL as written, and tags
    (`utm_...`) in the name's place."""
    parts = _QUERY_NAME.split(url)
    return len(parts) > 1 and re.fullmatch(r"utm_[^#\s]*?".join(map(re.escape, parts)), read) is not None


def _snippet_line(row: dict, head: int, first: int) -> int:
    """The row's line in its stored source lines: the file's first `head` lines, then its lines from `first`."""
    return head + int(row["line"]) - first + 1


def _on_line(extracted, line: int) -> List[str]:
    """The URLs scan extracts that start on `line`, then those written over it from an earlier line (a link the prose
    wraps: scan.markdown's `_rejoined`)."""
    on = [o.url for o in extracted.occurrences if o.line == line]
    if extracted.text is None:
        return on
    return on + [o.url for o in extracted.occurrences
                 if o.line < line <= o.line + extracted.text.count("\n", o.start, o.end)]


def reread(row: dict, head: int, first: int, lines: str) -> List[str]:
    """The URLs scan extracts today on the row's line of its stored source lines (`lines`: the file's first `head`
    lines, then its lines from line `first`): what test_scan_reads holds the row's stored `read` to, so an extractor
    regression fails a test instead of passing every corpus pin on a frozen string (stranger13 R5)."""
    extracted = _window(row, first, lines, _snippet_line(row, head, first))
    if extracted is None:
        return []
    return _on_line(extracted, _snippet_line(row, head, first))


def reread_entry(row: dict, head: int, first: int, lines: str) -> bool:
    """Whether scan reads the row's URL, on its line of the stored source lines, as a web app's launch URL today."""
    extracted = _window(row, first, lines, _snippet_line(row, head, first))
    if extracted is None or extracted.text is None:
        return False
    found = [o for o in extracted.occurrences if o.url == row["url"] and o.line == _snippet_line(row, head, first)]
    return bool(found) and entry_point(row["path"], extracted.text, found[0].start)


def reread_landing(row: dict, head: int, first: int, lines: str) -> str:
    """The key under which scan reads the row's URL, on its line of the stored source lines, as a JSON record's landing
    URL today (scan.data.landing_value), or ""."""
    extracted = _window(row, first, lines, _snippet_line(row, head, first))
    if extracted is None or extracted.text is None:
        return ""
    found = [o for o in extracted.occurrences if o.url == row["url"] and o.line == _snippet_line(row, head, first)]
    return landing_value(extracted.text, found[0].start) if found else ""


# the most lines kept around a row's line (a literal continued on the next lines, a manifest's block), the file's
# first lines that may come with them (an llms-full.txt's `# Title` and `> summary`, which make it Markdown; a module's
# constants at its top, `const UTM_BASE = '...'` read into its links: 20), and the most characters kept (a minified
# file's one line is cut around the row's link)
_MOST_AROUND = 40
_HEADS = (0, 3, 5, 20)
_MOST_CHARS = 3000
# and, for a template URL's opening base, the module's first lines up to its constant wherever it is within the
# characters kept (Dyad's `DYAD_PRO_UPGRADE_BASE_URL` on line 82 of ModelPicker.tsx, its uses on lines 455 and 470,
# corpus 33 #27 #28): a row whose lines hold no base cannot be re-read (test_scan_reads)
_BASE_HEADS = _HEADS + tuple(range(25, 201, 5))
# within more characters than other rows (a data module's constant above long entries: Dawarich's pricingPlans.js
# writes `SIGNUP` on line 55, its Family card's `${SIGNUP}&...` on line 155, 5,475 characters from the top, corpus 34 #3)
_MOST_BASE_CHARS = 8000


def source_lines(raw: bytes, row: dict, holds, heads=_HEADS, most=_MOST_CHARS) -> Tuple[str, str, str]:
    """(head, first, lines): the fewest lines of the file around the row's line (the same number before and after, cut
    at the file's ends), after the file's first `head` lines (one of `heads`) when they are needed, on which
    `holds(head, first, lines)` (scan's reading of the row: reread, reread_entry or reread_comment) is what it is on
    the whole file, JSON-quoted for a tab-separated column, in at most `most` characters; a line longer than
    _MOST_CHARS (a minified file's) is cut around the row's link. ("", "", "") when nothing kept so reads the row as the
    whole file does."""
    every = raw.decode("utf-8", "surrogateescape").split("\n")
    line = int(row["line"])
    for around in range(_MOST_AROUND + 1):
        start = max(1, line - around)
        for head in heads:
            if head >= start:
                break
            lines = "\n".join(every[:head] + every[start - 1:line + around]) + "\n"
            if len(lines) > most:
                break
            if holds(head, start, lines):
                return str(head), str(start), json.dumps(lines, ensure_ascii=False)
    # a base constant a use completes far on (Dyad's `DYAD_PRO_UPGRADE_BASE_URL` on line 83 of ModelPicker.tsx, its
    # first use `${DYAD_PRO_UPGRADE_BASE_URL}&utm_campaign=...` on line 455, corpus 33 #31): the fewest lines around
    # the row's line, then the first later line (with the one after) on which it reads so; the lines after the row's
    # are then not the file's own numbering, which no reading of the row's line depends on
    for around in range(_MOST_AROUND // 8 + 1):
        start = max(1, line - around)
        kept = every[start - 1:line + around]
        for later in range(line + around + 1, len(every) + 1):
            lines = "\n".join(kept + every[later - 1:later + 1]) + "\n"
            if len(lines) <= _MOST_CHARS and holds(0, start, lines):
                return "0", str(start), json.dumps(lines, ensure_ascii=False)
    whole = every[line - 1] if line <= len(every) else ""
    at = whole.find(row["url"].split("?")[0])
    for width in range(100, _MOST_CHARS // 2, 100):  # one long line: the fewest characters around the link
        if at < 0:
            break
        cut = whole[max(0, at - width):at + len(row["url"]) + width] + "\n"
        if holds(0, line, cut):
            return "0", str(line), json.dumps(cut, ensure_ascii=False)
    return "", "", ""


def comment_lines(raw: bytes, row: dict, at: str) -> Tuple[str, str, str]:
    """source_lines of a comment row, around `at` (the line scan reads its URL on): lines around it alone when they
    hold, else after the file's first line (PHP's `<?php`, which makes the rest code), never more of the file's first
    lines, which could open a comment the row's line is not in (the `/**` of a file's first docblock)."""
    row = {**row, "line": at}
    for head in (0, 1):
        kept = source_lines(raw, row, lambda head, first, lines: reread_comment({**row, "at": at}, head, first, lines),
                            heads=(head,))
        if kept[0]:
            return kept
    return "", "", ""


def stored_lines(row: dict) -> Tuple[int, int, str]:
    """A fact row's stored source lines: (how many of the file's first lines, the first line after them, the lines)."""
    return int(row["head"]), int(row["first"]), json.loads(row["lines"])


def extension_folder(read, path: str) -> str:
    """The folder holding the browser extension's `manifest.json` (declaring `manifest_version`), or one per browser
    in its `manifest/` folder, the file at `path` belongs to, as scan.extension finds it from the tree: the file's
    folder or the nearest folder above it, up to the root ("" for the root; `read(folder, name)` of the commit's tree,
    its paths in `read.present`); None when there is none."""
    parts = path.split("/")[:-1]
    present = getattr(read, "present", ())
    for depth in range(len(parts), -1, -1):
        folder = "/".join(parts[:depth])
        if '"manifest_version"' in read(folder, "manifest.json"):
            return folder
        # or one per browser in its `manifest/` folder (`src/manifest/chrome-mv3/manifest.json`)
        below = f"{folder}/manifest/" if folder else "manifest/"
        browsers = sorted(name[len(below):-len("/manifest.json")] for name in present
                          if name.startswith(below) and name.endswith("/manifest.json")
                          and name.count("/") == below.count("/") + 1)
        if any('"manifest_version"' in read(below + browser, "manifest.json") for browser in browsers[:12]):
            return folder
    return None


def reread_example(row: dict, head: int, first: int, lines: str) -> bool:
    """Whether, on the row's line of the stored source lines, scan reads no link today and reads the row's URL once
    told to read code blocks (`scan: {code-blocks: true}`): the link is in a code example it skips."""
    raw = lines.encode("utf-8", "surrogateescape")
    at = _snippet_line(row, head, first)
    default, told = extract(raw, _suffix(row)), extract(raw, _suffix(row), {"code-blocks": True})
    if default is None or told is None:
        return False
    return not any(o.line == at for o in default.occurrences) and any(
        o.line == at and o.url == row["url"] for o in told.occurrences)


def reread_bases(row: dict, head: int, first: int, lines: str) -> str:
    """The URLs (space-separated) scan reads the name the row's template URL opens with as, on its line of the stored
    source lines (scan.core.opening_bases), or ""."""
    extracted = _window(row, first, lines, _snippet_line(row, head, first))
    if extracted is None or extracted.text is None:
        return ""
    at = _snippet_line(row, head, first)
    found = [o for o in extracted.occurrences if o.line == at and o.url == row["url"]]
    return " ".join(opening_bases(extracted.text, found[0].url, found[0].start)) if found else ""


def reread_forwarded(row: dict, head: int, first: int, lines: str) -> bool:
    """Whether scan reads the row's relative template URL, on its line of the stored source lines, as passing on the
    visit's own tags (scan.own_site.forwarded_tags)."""
    extracted = _window(row, first, lines, _snippet_line(row, head, first))
    if extracted is None or extracted.text is None:
        return False
    at = _snippet_line(row, head, first)
    return any(o.line == at and o.url == row["url"] and forwarded_tags(extracted.text, o.url, o.start, row["path"])
               for o in extracted.occurrences)


def _forwarded(mirrors: Path, row: dict) -> bool:
    """reread_forwarded on the whole file, for a relative row whose URL holds a template slot."""
    git_dir = mirror_git_dir(mirrors, row["repo"])
    if git_dir is None or not row.get("line", "").isdigit() or not relative_path(row["url"]) or "{" not in row["url"]:
        return False
    raw = _raw(git_dir, row)
    return bool(raw) and reread_forwarded(row, 0, 1, raw.decode("utf-8", "surrogateescape"))


def _bases(mirrors: Path, row: dict) -> str:
    """reread_bases on the whole file, for a row whose URL opens with a template's name (`${base}...`)."""
    git_dir = mirror_git_dir(mirrors, row["repo"])
    if git_dir is None or not row.get("line", "").isdigit() or not row["url"].startswith("${"):
        return ""
    raw = _raw(git_dir, row)
    return reread_bases(row, 0, 1, raw.decode("utf-8", "surrogateescape")) if raw else ""


def _example(mirrors: Path, row: dict) -> bool:
    """Whether the row's link is in a code example scan skips (reread_example on the whole file)."""
    git_dir = mirror_git_dir(mirrors, row["repo"])
    if git_dir is None or not row.get("line", "").isdigit() or family_of(_suffix(row)) not in ("rest", "markdown"):
        return False
    raw = _raw(git_dir, row)
    return bool(raw) and reread_example(row, 0, 1, raw.decode("utf-8", "surrogateescape"))


def _entry(mirrors: Path, row: dict) -> bool:
    """Whether scan reads the row's URL (on its line) as a web app's launch URL in a file not named as a manifest or a
    redirect table (scan.manifest.entry_point: `start_url: '/?utm_medium=PWA'` in the code that writes
    manifest.json)."""
    git_dir = mirror_git_dir(mirrors, row["repo"])
    if git_dir is None or is_manifest(row["path"]) or redirect_table(row["path"]):
        return False
    raw = _raw(git_dir, row)
    # a launch URL's key, a redirect rule's file by its name (scan.redirects, corpus 29 #12), or a redirect object's
    # or Gatsby's createRedirect's key in a script of any name (corpus 47 #2 #3 #27)
    # (or a page's script sending its visitors on as it loads, scan.redirects.redirect_page: corpus 47 #14)
    if b"start_url" not in raw and not named_reading(row["path"]) and not (
            row["path"].lower().endswith((".js", ".mjs", ".cjs", ".ts", ".mts", ".cts"))
            and (b"destination" in raw or b"toPath" in raw)) and b"location" not in raw:
        return False
    extracted = extract(_raw(git_dir, row), _suffix(row))
    if extracted is None or extracted.text is None:
        return False
    line = int(row["line"]) if row.get("line", "").isdigit() else None
    found = [o for o in extracted.occurrences if o.url == row["url"] and (line is None or o.line == line)]
    return bool(found) and entry_point(row["path"], extracted.text, found[0].start)


def _landing(mirrors: Path, row: dict) -> str:
    """The key under which scan reads the row's URL (on its line) as a JSON record's landing URL (scan.data.landing_value:
    a link checker's `"finalUrl"` beside the request's status), or ""."""
    git_dir = mirror_git_dir(mirrors, row["repo"])
    if git_dir is None or not row["path"].lower().endswith((".json", ".jsonl", ".ndjson")):
        return ""
    extracted = extract(_raw(git_dir, row), _suffix(row))
    if extracted is None or extracted.text is None:
        return ""
    line = int(row["line"]) if row.get("line", "").isdigit() else None
    found = [o for o in extracted.occurrences if o.url == row["url"] and (line is None or o.line == line)]
    return landing_value(extracted.text, found[0].start) if found else ""


_RAW: dict = {}


def _raw(git_dir: Path, row: dict) -> bytes:
    """The row's file at its commit, as bytes (b"" when git cannot show it)."""
    key = (row["repo"], row["commit"], row["path"])
    if key not in _RAW:
        shown = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{row['commit']}:{row['path']}"],
                               capture_output=True)
        _RAW[key] = shown.stdout if shown.returncode == 0 else b""
    return _RAW[key]


_BUILD_SUFFIXES = (".js", ".mjs", ".cjs", ".html", ".htm", ".json", ".md", ".markdown")  # the files a foreign build may be


def _foreign_build(mirrors: Path, row: dict) -> str:
    """What another project's output the row's file is, when not the repository's (build_reading), or ""."""
    suffix = _suffix(row)
    git_dir = mirror_git_dir(mirrors, row["repo"])
    if suffix not in _BUILD_SUFFIXES or git_dir is None:
        return ""
    shown = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{row['commit']}:{row['path']}"],
                           capture_output=True)
    if shown.returncode != 0:
        return ""
    read = _reader(git_dir, row["commit"])  # the repository's published host, from its root's CNAME or config
    return build_reading(row["repo"], row["path"], shown.stdout.decode("utf-8", "replace"),
                         published_host(lambda name: read("", name)))


def build_reading(repo: str, path: str, text: str, published: str = "") -> str:
    """What another project's output the file at `path` holding `text` is, when not the repository's: "minified
    build: <project>" (scan.minified.foreign_build), "saved report: <tool>" (scan.saved.saved_report), "saved page:
    <host>" (scan.saved.saved_page), "copied readme: <owner/name>" (scan.copies.copied_readme), "copied list: <site>
    <source> <listing source>" (scan.copies.copied_publisher: a list publisher's links held in the file), or ""."""
    identity = in_folder(from_slug(repo), path)
    build = foreign_build(text, path, identity)
    if build:
        return f"minified build: {build}"
    report = saved_report(text, path, identity)
    if report:
        return f"saved report: {report}"
    page = saved_page(text, path, identity, published)  # `published`: the repository's site's host, when known
    if page:
        return f"saved page: {page}"
    readme = copied_readme(text, path, identity)
    if readme:
        return f"copied readme: {readme}"
    site, source, listing = copied_publisher(text, identity)
    return f"copied list: {site} {source} {listing}" if site else ""


def folder_reading(repo: str, library: str, read) -> str:
    """What another project's code the folder `library` holds, as scan reads it from the tree through `read(folder,
    name)` (identity.library_folders): "installed browser extension", "installed Obsidian plugin", "bundled WordPress
    plugin", or the projects its manifests name (`briannesbitt/carbon, nesbot/*`); "" when scan reads it as the
    repository's own."""
    identity = from_slug(repo)
    if library not in library_folders(identity, library, read):
        return ""
    if installed_extension(identity, library, lambda name: read(library, name)):
        return "installed browser extension"
    if installed_obsidian_plugin(identity, library, lambda name: read(library, name)):
        return "installed Obsidian plugin"
    if bundled_wordpress_plugin(identity, library, lambda name: read(library, name)):
        return "bundled WordPress plugin"
    slugs, vendors = manifest_projects(lambda name: read(library, name))
    return ", ".join(sorted({"/".join(s) for s in slugs} | {v + "/*" for v in vendors}))


def _reduced_json(text: str, holds) -> Optional[str]:
    """A JSON object's text cut to the fewest top-level fields on which `holds(text)` still is (a manifest's `name`,
    `repository`, `manifest_version`, `version`), dumped compactly; None when `text` is no JSON object."""
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    for key in list(data):
        fewer = {k: v for k, v in data.items() if k != key}
        if holds(json.dumps(fewer, ensure_ascii=False)):
            data = fewer
    dumped = json.dumps(data, ensure_ascii=False)
    return dumped if holds(dumped) else None


def _reduced_text(text: str, holds) -> str:
    """`text` cut to the fewest of its lines on which `holds(text)` still is (greedy chunks, halved down to one line),
    after its shortest prefix that holds (a minified build's one line, a saved report); a line longer than
    _MOST_CHARS left is cut the same way by characters, in chunks of no fewer than 200."""
    for size in (2000, 4000, 8000, 16000, 32000, 64000):
        if size < len(text) and holds(text[:size]):
            text = text[:size]
            break

    def fewest(parts, joiner, least):
        chunk = max(len(parts) // 2, 1)
        while True:
            at = 0
            while at < len(parts):
                fewer = parts[:at] + parts[at + chunk:]
                if fewer and holds(joiner.join(fewer)):
                    parts = fewer
                else:
                    at += chunk
            if chunk <= least:
                return parts
            chunk = max(chunk // 2, least)

    lines = fewest(text.split("\n"), "\n", 1)
    text = "\n".join(lines)
    if len(text) > _MOST_CHARS:
        pieces = [text[i:i + 200] for i in range(0, len(text), 200)]
        text = "".join(fewest(pieces, "", 1))
    return text


def fewest_files(files: dict, holds) -> dict:
    """The fewest of `files` ({name: text}), each cut to the fewest of its fields or lines, on which `holds(files)` (a
    reading re-derived from them) still is: what a fact row rests on, kept in its `rests_on` column."""
    files = {name: text for name, text in files.items() if text}
    for name in list(files):
        fewer = {k: v for k, v in files.items() if k != name}
        if holds(fewer):
            files = fewer
    for name, text in list(files.items()):
        def holds_with(cut, name=name):
            return holds({**files, name: cut})
        cut = _reduced_json(text, holds_with) if name.endswith(".json") else None
        files[name] = cut if cut is not None else _reduced_text(text, holds_with)
    return files


def _stored_reader(files: dict):
    """read(folder, name) of the files kept ({path: text}): "" for any other, as for a file the tree lacks."""
    return lambda folder, name: files.get(f"{folder}/{name}" if folder else name, "")


def stored_files(row: dict) -> dict:
    """A fact row's `rests_on`: {file name or path: the text kept of it}."""
    return json.loads(row["rests_on"])


def _write(path: Path, header: str, rows, what: str) -> None:
    """One fact file: its header, then a tab-separated line per row. A row with a tab or a line break in a field is
    left out and named: the fact files are read unquoted (csv.QUOTE_NONE), so it would split into bogus rows (scan
    reads a template literal's `${...}` over several lines as one URL: mozilla/fx-private-relay's
    `?utm_source=${encodeURIComponent(` then `referringSiteUrl,` then `)}&utm_medium=referral`, session 42)."""
    rows = list(rows)
    broken = [row for row in rows if any(ch in field for field in row for ch in "\t\r\n")]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(header + "\n")
        for row in rows:
            if row not in broken:
                handle.write("\t".join(row) + "\n")
    print(f"{len(rows) - len(broken)} {what} written to {path}")
    for row in broken:
        print(f"  left out (a tab or line break in a field, which the file cannot hold): {' '.join(row[:4])}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    args = parser.parse_args()
    rows, seen, comments, sites, reads, entries, extensions, landings = [], set(), [], {}, [], [], set(), []
    plain = set()
    apps, linkers, examples, bases, forwarded = {}, {}, [], [], []
    for folder in sorted(DATA.glob("real-urls*")):
        with open(folder / "urls.tsv", encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                read = _scan_reads(args.mirrors, row)
                if read:
                    kept_lines = source_lines(_raw(mirror_git_dir(args.mirrors, row["repo"]), row), row,
                                              lambda head, first, lines: read in reread(row, head, first, lines))
                    reads.append((row["repo"], row["commit"], row["path"], row["line"], row["url"], read, *kept_lines))
                if _entry(args.mirrors, row):
                    kept_lines = source_lines(_raw(mirror_git_dir(args.mirrors, row["repo"]), row), row,
                                              lambda head, first, lines: reread_entry(row, head, first, lines))
                    entries.append((row["repo"], row["commit"], row["path"], row.get("line", ""), row["url"],
                                    *kept_lines))
                if _example(args.mirrors, row):
                    kept_lines = source_lines(_raw(mirror_git_dir(args.mirrors, row["repo"]), row), row,
                                              lambda head, first, lines: reread_example(row, head, first, lines))
                    examples.append((row["repo"], row["commit"], row["path"], row["line"], row["url"], *kept_lines))
                based = _bases(args.mirrors, row)
                if based:
                    kept_lines = source_lines(_raw(mirror_git_dir(args.mirrors, row["repo"]), row), row,
                                              lambda head, first, lines: reread_bases(row, head, first, lines) == based,
                                              heads=_BASE_HEADS, most=_MOST_BASE_CHARS)
                    bases.append((row["repo"], row["commit"], row["path"], row["line"], row["url"], based, *kept_lines))
                if _forwarded(args.mirrors, row):
                    kept_lines = source_lines(_raw(mirror_git_dir(args.mirrors, row["repo"]), row), row,
                                              lambda head, first, lines: reread_forwarded(row, head, first, lines),
                                              heads=_BASE_HEADS, most=_MOST_BASE_CHARS)
                    forwarded.append((row["repo"], row["commit"], row["path"], row["line"], row["url"], *kept_lines))
                landed = _landing(args.mirrors, row)
                if landed:
                    kept_lines = source_lines(_raw(mirror_git_dir(args.mirrors, row["repo"]), row), row,
                                              lambda head, first, lines: reread_landing(row, head, first, lines)
                                              == landed)
                    landings.append((row["repo"], row["commit"], row["path"], row.get("line", ""), row["url"], landed,
                                     *kept_lines))
                git_dir = mirror_git_dir(args.mirrors, row["repo"])
                if git_dir is not None and relative_path(row["url"]):
                    found = extension_folder(_reader(git_dir, row["commit"]), row["path"])
                    if found is not None:
                        extensions.add((row["repo"], row["commit"], found))
                if _in_comment(args.mirrors, row):
                    at = str(_line_of(row, _BLOBS[(row["repo"], row["commit"], row["path"])]))
                    kept_lines = comment_lines(_raw(mirror_git_dir(args.mirrors, row["repo"]), row), row, at)
                    comments.append((row["repo"], row["commit"], row["path"], row.get("line", ""), row["url"], at,
                                     *kept_lines))
                if (row["repo"], row["commit"]) not in sites:
                    git_dir = mirror_git_dir(args.mirrors, row["repo"])
                    read = _reader(git_dir, row["commit"]) if git_dir is not None else None
                    seen_files = {}
                    host = published_host(lambda name: seen_files.setdefault(name, read("", name))) if read else ""
                    kept_files = fewest_files(seen_files, lambda files, host=host: published_host(
                        lambda name: files.get(name, "")) == host) if host else {}
                    sites[(row["repo"], row["commit"])] = (host, json.dumps(kept_files, ensure_ascii=False))
                    names = root_names(git_dir, row["commit"]) if git_dir is not None else []
                    if plain_html_site(names):  # a site served as plain HTML: its Markdown files are no pages
                        plain.add((row["repo"], row["commit"], json.dumps(names, ensure_ascii=False)))
                    seen_files = {}
                    app = app_host(lambda name: seen_files.setdefault(name, read("", name))) if read else ""
                    kept_files = fewest_files(seen_files, lambda files, app=app: app_host(
                        lambda name: files.get(name, "")) == app) if app else {}
                    apps[(row["repo"], row["commit"])] = (app, json.dumps(kept_files, ensure_ascii=False))
                    seen_files = {}
                    linked = " ".join(linked_hosts(lambda name: seen_files.setdefault(name, read("", name)))) \
                        if read else ""
                    kept_files = fewest_files(seen_files, lambda files, linked=linked: " ".join(linked_hosts(
                        lambda name: files.get(name, ""))) == linked) if linked else {}
                    linkers[(row["repo"], row["commit"])] = (linked, json.dumps(kept_files, ensure_ascii=False))
                build = _foreign_build(args.mirrors, row)
                if build:
                    kept_files = fewest_files({row["path"]: _raw(mirror_git_dir(args.mirrors, row["repo"]), row).decode(
                        "utf-8", "replace")}, lambda files, row=row, build=build: build_reading(
                        row["repo"], row["path"], files.get(row["path"], "")) == build)
                    rows.append((row["repo"], row["commit"], row["path"], build,
                                 json.dumps(kept_files, ensure_ascii=False)))
                below = row["path"].rsplit("/", 1)[0] if "/" in row["path"] else ""
                key = (row["repo"], row["commit"], below)
                if not below or key in seen:
                    continue
                seen.add(key)
                git_dir = mirror_git_dir(args.mirrors, row["repo"])
                if git_dir is None:
                    continue
                read = _reader(git_dir, row["commit"])
                identity = from_slug(row["repo"])
                for library in library_folders(identity, below, read):
                    seen_files = {}

                    def logged(folder, name, read=read, seen_files=seen_files):
                        text = seen_files[f"{folder}/{name}" if folder else name] = read(folder, name)
                        return text

                    named = folder_reading(row["repo"], library, logged)
                    kept_files = fewest_files(seen_files, lambda files, library=library, named=named: folder_reading(
                        row["repo"], library, _stored_reader(files)) == named)
                    rows.append((row["repo"], row["commit"], library, named,
                                 json.dumps(kept_files, ensure_ascii=False)))
    kept, kept_comments = _kept(OUT, args.mirrors), _kept(COMMENTS, args.mirrors)
    if kept or kept_comments:
        print(f"kept from the earlier run, no mirror now: {len(kept)} folders and {len(kept_comments)} comment rows of "
              + ", ".join(sorted({row[0] for row in kept + kept_comments})))
    rows = sorted(set(rows) | set(kept))
    comments += kept_comments
    _write(OUT, "repo\tcommit\tfolder\tmanifest_names\trests_on", rows,
           "vendored library folders and minified builds")
    _write(COMMENTS, "repo\tcommit\tpath\tline\turl\tat\thead\tfirst\tlines", sorted(set(comments)),
           "rows in code comments")
    published = sorted({(repo, commit, host, kept) for (repo, commit), (host, kept) in sites.items() if host}
                       | set(_kept(SITES, args.mirrors)))
    _write(SITES, "repo\tcommit\thost\trests_on", published, "repositories' published hosts")
    _write(PLAIN, "repo\tcommit\tnames", sorted(plain | set(_kept(PLAIN, args.mirrors))),
           "sites served as plain HTML")
    named = sorted({(repo, commit, host, kept) for (repo, commit), (host, kept) in apps.items() if host}
                   | set(_kept(APPS, args.mirrors)))
    _write(APPS, "repo\tcommit\thost\trests_on", named, "repositories' web apps' own hosts")
    linking = sorted({(repo, commit, hosts, kept) for (repo, commit), (hosts, kept) in linkers.items() if hosts}
                     | set(_kept(LINKERS, args.mirrors)))
    _write(LINKERS, "repo\tcommit\thosts\trests_on", linking, "hosts sites' Google tags link as one property")
    _write(READS, "repo\tcommit\tpath\tline\turl\tread\thead\tfirst\tlines",
           sorted(set(reads) | set(_kept(READS, args.mirrors))), "rows scan reads as another URL")
    _write(ENTRIES, "repo\tcommit\tpath\tline\turl\thead\tfirst\tlines",
           sorted(set(entries) | set(_kept(ENTRIES, args.mirrors))), "rows scan reads as a web app's launch URL")
    _write(LANDINGS, "repo\tcommit\tpath\tline\turl\tkey\thead\tfirst\tlines",
           sorted(set(landings) | set(_kept(LANDINGS, args.mirrors))), "rows scan reads as a recorded landing URL")
    _write(EXAMPLES, "repo\tcommit\tpath\tline\turl\thead\tfirst\tlines",
           sorted(set(examples) | set(_kept(EXAMPLES, args.mirrors))), "rows scan reads only in a code example")
    _write(BASES, "repo\tcommit\tpath\tline\turl\tbases\thead\tfirst\tlines",
           sorted(set(bases) | set(_kept(BASES, args.mirrors))), "rows whose template URL opens with a known base")
    _write(FORWARDED, "repo\tcommit\tpath\tline\turl\thead\tfirst\tlines",
           sorted(set(forwarded) | set(_kept(FORWARDED, args.mirrors))), "rows passing on the visit's own tags")
    _write(EXTENSIONS, "repo\tcommit\tfolder", sorted(extensions | set(_kept(EXTENSIONS, args.mirrors))),
           "browser extensions' folders")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
