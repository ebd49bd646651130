"""A labelled real-URL corpus judged by `validate_url` (tests/data/real-urls-2 and real-urls-3 share the shape).

`urls.tsv` holds each URL with its origin; `labels.tsv` (url, rule, verdict, reason, wrong_if) marks every URL
`reviewed` and labels each (URL, rule) finding `correct` or `wrong`. A pair is wrong when its verdict is `wrong`,
or when its message contains the row's `wrong_if` text (advice that was wrong once and was fixed: the row stays so
the wrong advice cannot come back unnoticed). `present` rows name the mistakes a reviewer found in a URL; a later
`withdrawn` row for the same (URL, rule) takes a `present` row back, with its reason (rows are appended, never
rewritten: the first label stays readable).
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path
from typing import Callable, Dict, List, NamedTuple, Optional, Sequence, Set, Tuple

from utmlint.checks.tracking.fields import relative_path
from utmlint.scan import extract, kind_suffix
from utmlint.scan.collection import series
from utmlint.scan.examples import named_path
from utmlint.scan.files import HUGO_OUTPUT, generated, hugo_site, walked
from utmlint.scan.manifest import is_manifest, redirect_table
from utmlint.scan.notes import COPIED_LIST, COPIED_PUBLISHER, ESCAPED_RECORDS
from utmlint.validate_url import DATA_SET_RECORD, validate_url


class Judged(NamedTuple):
    urls: List[dict]  # urls.tsv
    reviewed: List[str]
    per_rule: Counter  # (rule name, "correct" | "wrong") -> findings
    unlabelled: List[Tuple[str, str]]  # (url, rule) findings no label speaks of
    found: Dict[str, Set[str]]  # url -> names of the rules that reported it
    labels: List[dict]  # labels.tsv
    said: Dict[Tuple[str, str], str]  # (url, rule) -> "correct" | "wrong", each labelled finding (per_rule's pairs)
    unread: Set[str] = set()  # URLs in files scan never reads (a lock file, a link checker's cache): not judged
    # url -> the rules that speak for it in a note on its whole file, not on its row: a data set's records (a `.csv`
    # of other people's links, scan.collection) get one copied-tracking note, on the file's first such row
    noted: Dict[str, Set[str]] = {}


# The fact files beside the corpora (tests/validate_url/file_facts.py writes them from the mirrors) and their headers.
FACT_FILES = {"vendored-libraries.tsv": "repo\tcommit\tfolder\tmanifest_names\trests_on",
              "comment-rows.tsv": "repo\tcommit\tpath\tline\turl\tat\thead\tfirst\tlines",
              "site-hosts.tsv": "repo\tcommit\thost\trests_on",
              "plain-sites.tsv": "repo\tcommit\tnames",
              "app-hosts.tsv": "repo\tcommit\thost\trests_on",
              "linker-hosts.tsv": "repo\tcommit\thosts\trests_on",
              "scan-reads.tsv": "repo\tcommit\tpath\tline\turl\tread\thead\tfirst\tlines",
              "extension-folders.tsv": "repo\tcommit\tfolder",
              "example-rows.tsv": "repo\tcommit\tpath\tline\turl\thead\tfirst\tlines",
              "opening-bases.tsv": "repo\tcommit\tpath\tline\turl\tbases\thead\tfirst\tlines",
              "forwarded-rows.tsv": "repo\tcommit\tpath\tline\turl\thead\tfirst\tlines"}


def write_empty_facts(folder: Path) -> None:
    """Fact files with no rows in `folder`, for a corpus built by a test under it."""
    for name, header in FACT_FILES.items():
        (folder / name).write_text(header + "\n", encoding="utf-8")


def read_tsv(path: Path) -> List[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def file_urls(urls: List[dict]) -> Dict[str, Tuple[str, ...]]:
    """url -> the tracked URLs of the file it is written in (the rows of the same repo and path), the file context
    `utmlint scan` reads from the whole file: whether it collects other people's links (utmlint.scan.collection).
    The corpora keep only some rows per repository (a few dozen at most, some files cut to one or two), so this sees
    fewer of a file's links than scan does: it approximates scan's view, never sees more than it."""
    by_file: Dict[Tuple[str, str], List[str]] = {}
    for row in urls:
        by_file.setdefault((row["repo"], row["path"]), []).append(row["url"])
    return {row["url"]: tuple(by_file[(row["repo"], row["path"])]) for row in urls}


def folder_files(urls: List[dict]) -> Dict[str, Tuple[Tuple[str, ...], ...]]:
    """url -> the tracked URLs of each other file of the same shape in the same folder (utmlint.scan.collection.shape:
    `podcast-*.md`, the episodes of a podcast), the folder context `utmlint scan` reads from the files beside it
    (a folder collection). Like file_urls, fewer links than scan sees: only the corpus's rows."""
    by_shape: Dict[Tuple[str, str, str], Dict[str, List[str]]] = {}
    for row in urls:
        folder, kind = series(row["path"])  # `podcast-*.md`, or an archive's `*/notes.md` (one folder per issue)
        if kind:
            by_shape.setdefault((row["repo"], folder, kind), {}).setdefault(row["path"], []).append(row["url"])
    out: Dict[str, Tuple[Tuple[str, ...], ...]] = {}
    for row in urls:
        folder, kind = series(row["path"])
        files = by_shape.get((row["repo"], folder, kind), {}) if kind else {}
        out[row["url"]] = tuple(tuple(found) for path, found in files.items() if path != row["path"])
    return out


def judge(folder: Path) -> Judged:
    urls, labels = read_tsv(folder / "urls.tsv"), read_tsv(folder / "labels.tsv")
    withdrawn = {(row["url"], row["rule"]) for row in labels if row["verdict"] == "withdrawn"}
    labels = [row for row in labels if not (row["verdict"] == "present" and (row["url"], row["rule"]) in withdrawn)]
    reviewed = [row["url"] for row in labels if row["verdict"] == "reviewed"]
    verdicts = {(row["url"], row["rule"]): row for row in labels if row["verdict"] in ("correct", "wrong")}
    per_rule, unlabelled, found, said, noted = Counter(), [], {}, {}, {}
    # The one context `utmlint scan` has and a URL alone lacks: the file it is written in. A URL read from a
    # web app manifest is its launch URL, one in a hosting redirect table (firebase.json, netlify.toml) a redirect's
    # destination: entry points from outside, not internal links (utmlint.scan.manifest).
    launched = {row["url"] for row in urls if is_manifest(row["path"]) or redirect_table(row["path"])}
    # and, in a file of another name, the rows scan reads as a launch URL (the `start_url` of the code that writes
    # manifest.json: scan.manifest.entry_point), which tests/validate_url/file_facts.py read from the mirrors
    entries = folder.parent / "entry-rows.tsv"
    if entries.exists():
        written = {(row["repo"], row["path"], row["url"]) for row in read_tsv(entries)}
        launched |= {row["url"] for row in urls if (row["repo"], row["path"], row["url"]) in written}
    # and, in a browser extension's files (below a manifest.json declaring manifest_version: scan.extension, read by
    # file_facts.py from the mirrors), a relative link, which the extension's code may prefix with its site's origin
    extension_at = folder.parent / "extension-folders.tsv"
    if extension_at.exists():
        extension = {(row["repo"], row["commit"], row["folder"]) for row in read_tsv(extension_at)}
        launched |= {row["url"] for row in urls if relative_path(row["url"]) and any(
            (row["repo"], row.get("commit", ""), "/".join(row["path"].split("/")[:depth])) in extension
            for depth in range(row["path"].count("/") + 1))}
    # And the rows scan reads as a JSON record's landing URL (scan.data.landing_value: a link checker's `"finalUrl"`
    # beside the request's status), with the key, which file_facts.py read from the mirrors: records, not links
    landing_at = folder.parent / "landing-rows.tsv"
    landed_key = {(row["repo"], row["commit"], row["path"], row["url"]): row["key"]
                  for row in read_tsv(landing_at)} if landing_at.exists() else {}
    landed = {row["url"]: landed_key.get((row["repo"], row.get("commit", ""), row["path"], row["url"]), "")
              for row in urls}
    # And the repository it is written in, as scan reads it from the tree (utmlint.identity): a site's own tags on
    # a link to itself, found in another repository, were copied from that site.
    repos = {row["url"]: row["repo"] for row in urls}
    paths = {row["url"]: row["path"] for row in urls}  # and the file's folders (a vendored library's is its own)
    siblings = file_urls(urls)  # and the file's other links: a dataset or backlog collects other people's
    series = folder_files(urls)  # and the links of the files beside it of its shape (a podcast's other episodes)
    # A file utmlint never reads (scan.files.generated: a lock file, a link checker's cache) holds a tool's copies
    # of links: no finding is given on them, and the mistakes labelled in them are not counted as missed (their
    # sources' are; how many are left out is pinned in test_all_corpora: uncounted, stranger14 R11).
    # An llms-full.txt is skipped only beside docs pages it is built from (scan.files.holds_pages, stranger14 R5): the
    # judge goes by name, as every labelled one is (corpus 14: sei-docs with 147 Markdown/MDX pages, Chainlink's
    # documentation with 1015, counted on their mirrors).
    unread = {row["url"] for row in urls if generated(row["path"])}
    # A file `utmlint scan .` does not read, by its kind (a patch, a `.po`) or its folder (`build/`, `vendor/`,
    # a hidden folder: scan.files.walked): the user is told nothing on its links, so no finding on them is counted,
    # and the mistakes labelled in it count as missed (unlike a generated file's, they are someone's own writing).
    unscanned = {row["url"] for row in urls if not walked(row["path"])} - unread
    # And a Hugo site's build output, the `public/` folder beside its root config (scan.files.hugo_site: the walk leaves
    # it out, as `build/`): the judge knows the root's Hugo config from site-hosts.tsv's `rests_on`, the config
    # identity.published_host read the site's host from (a `hugo.*`, or a `config.*` naming Hugo's `baseURL`)
    unscanned |= {row["url"] for row in urls if row["path"].split("/")[0] == HUGO_OUTPUT
                  and (row["repo"], row.get("commit", "")) in hugo_roots(folder.parent)} - unread
    # And a gettext catalogue's link that a msgid writes (scan.plain, since session 48: a walk reads a `.po` in its
    # translators' own links only): a msgid's, or a msgstr repeating its msgid's link as written, is the source's string
    # again, told where the source writes it; po-copy-rows.tsv holds every such corpus row, read by eye in its file
    # (zorem's Pro link in its German and Italian catalogues, corpus 50 #1 #2; ACF's cut msgid, corpus 7 #245). A `.po`
    # row not in it is a translator's own link, read and judged.
    copies_at = folder.parent / "po-copy-rows.tsv"
    if copies_at.exists():
        copied_rows = {(row["repo"], row["commit"], row["path"], row["url"]) for row in read_tsv(copies_at)}
        unscanned |= {row["url"] for row in urls
                      if (row["repo"], row.get("commit", ""), row["path"], row["url"]) in copied_rows} - unread
    # And a link scan reads only in a code example it skips unless `scan: {code-blocks: true}` (a reST literal block,
    # a Markdown fenced block: file_facts.py read them from the mirrors): told nothing, as in a file scan does not read
    examples_at = folder.parent / "example-rows.tsv"
    if examples_at.exists():
        shown = {(row["repo"], row["commit"], row["path"], row["url"]) for row in read_tsv(examples_at)}
        unscanned |= {row["url"] for row in urls
                      if (row["repo"], row.get("commit", ""), row["path"], row["url"]) in shown} - unread
    # And the folders of another project's code (a library vendored with its own manifest: identity.library_folders),
    # which scan reads from the tree; tests/validate_url/file_facts.py read them from each row's commit.
    libraries: Dict[Tuple[str, str], List[str]] = {}
    for row in read_tsv(folder.parent / "vendored-libraries.tsv"):
        if not row["manifest_names"].startswith("copied list: "):  # only its publisher's links (below), not the file
            libraries.setdefault((row["repo"], row["commit"]), []).append(row["folder"])
    library_of = {row["url"]: tuple(libraries.get((row["repo"], row.get("commit", "")), ())) for row in urls}
    # and, of those, the files that are a copy of another repository's list (scan.copies.copied_readme), whose one
    # copied-tracking note speaks for every link of the file, as a data set's does
    # (and a page saved from another site, scan.saved.saved_page, whose one note names that site: "saved page: <host>")
    copies = {(row["repo"], row["commit"], row["folder"]): row["manifest_names"].split(": ", 1)[1]
              for row in read_tsv(folder.parent / "vendored-libraries.tsv")
              if row["manifest_names"].startswith(("copied readme: ", "saved page: "))}
    copied_from = {row["url"]: copies.get((row["repo"], row.get("commit", ""), row["path"]), "") for row in urls}
    # and the files holding a list publisher's links (scan.copies.copied_publisher: "copied list: <site> <referral source>
    # <listing source>")
    lists = {(row["repo"], row["commit"], row["folder"]): tuple(row["manifest_names"].removeprefix(
        "copied list: ").split(" ", 2)) for row in read_tsv(folder.parent / "vendored-libraries.tsv")
        if row["manifest_names"].startswith("copied list: ")}
    publisher = {row["url"]: lists.get((row["repo"], row.get("commit", ""), row["path"]), ("", "", "")) for row in urls}
    # And whether scan extracts the URL inside a code comment (scan.comments), read by file_facts.py the same way.
    comment_rows = read_tsv(folder.parent / "comment-rows.tsv")
    commented = {(row["repo"], row["path"], row["url"]) for row in comment_rows}
    in_comment = {row["url"] for row in urls if (row["repo"], row["path"], row["url"]) in commented}
    # and the line scan reads it on there (its stored lines), which says whether the comment holds commented-out code,
    # the link its string (scan.comments.commented_out), or prose citing it
    comment_line = {(row["repo"], row["path"], row["url"]): json.loads(row["lines"]).split("\n")[
        int(row["head"]) + int(row["at"]) - int(row["first"])] for row in comment_rows if row["lines"]}
    # And the host the repository's site is published on (its CNAME or site generator's config: identity.published_host)
    published = {(row["repo"], row["commit"]): row["host"] for row in read_tsv(folder.parent / "site-hosts.tsv")}
    site_of = {row["url"]: published.get((row["repo"], row.get("commit", "")), "") for row in urls}
    # And whether that site is served as plain HTML (`.nojekyll`, no site generator: identity.plain_html_site), where
    # its Markdown files are notes beside it, not its pages (a submission pack's fields, corpus 28 #35-#41)
    plain_at = folder.parent / "plain-sites.tsv"
    plain = {(row["repo"], row["commit"]) for row in read_tsv(plain_at)} if plain_at.exists() else set()
    plain_site = {row["url"] for row in urls if (row["repo"], row.get("commit", "")) in plain}
    # And the host its web app names as its own (Next.js' `metadataBase`: identity.app_host), read for the site's
    # content kept as data (linkplace.site_content)
    apps = folder.parent / "app-hosts.tsv"
    named_host = {(row["repo"], row["commit"]): row["host"] for row in read_tsv(apps)} if apps.exists() else {}
    app_of = {row["url"]: named_host.get((row["repo"], row.get("commit", "")), "") for row in urls}
    # And the hosts its site's Google tag measures as one property with it (gtag's cross-domain linker `domains`:
    # identity.linked_hosts), read for a file shown on the site (linkplace.rendered_on_site)
    linkers = folder.parent / "linker-hosts.tsv"
    linking = {(row["repo"], row["commit"]): tuple(row["hosts"].split()) for row in read_tsv(linkers)} \
        if linkers.exists() else {}
    linked_of = {row["url"]: linking.get((row["repo"], row.get("commit", "")), ()) for row in urls}
    # And the URLs the name a row's template URL opens with stands for, read from the file's constants (`${base}...`:
    # scan.core.opening_bases)
    bases_at = folder.parent / "opening-bases.tsv"
    based = {(row["repo"], row["commit"], row["path"], row["url"]): tuple(row["bases"].split())
             for row in read_tsv(bases_at)} if bases_at.exists() else {}
    bases_of = {row["url"]: based.get((row["repo"], row.get("commit", ""), row["path"], row["url"]), ()) for row in urls}
    # And whether a relative template URL passes on the visit's own tags (every utm slot filled from the page's own
    # address with the same key: scan.own_site.forwarded_tags), read from the file by file_facts.py
    forwarding_at = folder.parent / "forwarded-rows.tsv"
    forwarding = {(row["repo"], row["commit"], row["path"], row["url"]) for row in read_tsv(forwarding_at)} \
        if forwarding_at.exists() else set()
    forwarded = {row["url"] for row in urls if (row["repo"], row.get("commit", ""), row["path"], row["url"]) in forwarding}
    # And the URL scan extracts at the row's line, when the collector wrote the link otherwise (file_facts.py: its
    # escapes undone, `\\&` in an llms-full.txt, `&amp;` in HTML; a literal the code continues on the next lines; a
    # template expression it stopped at): the link a user running scan is told about, judged under the row's labels.
    scan_reads = {(row["repo"], row["commit"], row["path"], row["url"]): row["read"]
                  for row in read_tsv(folder.parent / "scan-reads.tsv")}
    read_as = {row["url"]: scan_reads.get((row["repo"], row.get("commit", ""), row["path"], row["url"]), row["url"])
               for row in urls}
    # And the line a row's URL is written on, where scan reads the line's own words (a link sheet's `**Format**:` line:
    # scan.illustrations.labelled_format); stated facts, each row's line as the file writes it (test_row_lines)
    row_lines = folder.parent / "row-lines.tsv"
    lines_at = {(row["repo"], row["commit"], row["path"], row["url"]): row["text"]
                for row in read_tsv(row_lines)} if row_lines.exists() else {}
    line_of = {row["url"]: lines_at.get((row["repo"], row.get("commit", ""), row["path"], row["url"]), "")
               for row in urls}
    # And whether scan reads a relative URL on that line as a path a Markdown doc names as text (inline code, a table
    # cell: scan.examples.named_path, a campaign doc's ad destination), not a link between the site's pages: decided
    # here by today's scan on the stored line (rows of repositories whose mirror was removed are not there, and are
    # judged as links, as before); a table cell's (a campaign doc's destinations) has its values judged, inline code in
    # a sentence (a sample request) does not.
    # A path named in running text under a section about an e-mail (scan.examples.email_section) is read with the
    # section's titles the placement rows stored (below), as scan reads them above the line.
    titles = {url: reading[0] for url, reading in placement_readings(folder, urls).items()}
    named = {row["url"]: named_line(row["path"], line_of[row["url"]] + "\n", read_as.get(row["url"], row["url"]),
                                    titles.get(row["url"], ()))
             for row in urls if line_of[row["url"]]}
    # And what the file's text says around the row's link, read by scan's own reading (scan.placement.headings_above,
    # own_line) from the file's text by tests/validate_url/placement_rows.py: the corpus's placement-rows.tsv, which
    # validate_url judges as scan judges the text (placement_said: a `## Sponsors` heading above it, a `Sponsored by`
    # line). A row without one (no text of its file at hand, or the link not found in it) is judged by its path alone.
    placement_of = placement_readings(folder, urls)
    # And the host a row's file is published on instead of its repository's site, read from the file's text by scan's
    # own reading (scan.own_site.published_elsewhere: a Zenn article's front matter) by
    # tests/validate_url/published_files.py from the mirrors: the page's site, which a link to the repository's leaves
    published_at = folder.parent / "published-files.tsv"
    published_host = {(row["repo"], row["commit"], row["path"]): row["host"]
                      for row in read_tsv(published_at)} if published_at.exists() else {}
    published_on = {row["url"]: published_host.get((row["repo"], row.get("commit", ""), row["path"]), "")
                    for row in urls}
    # And the product a row's file is a list's entry for, (name, host), read from its front matter by scan's own reading
    # (scan.byline.listed_entry: `title: Gridly`, `homepage: https://www.gridly.com/` in jamstack.org's headless CMS
    # list) by tests/validate_url/listed_files.py from the mirrors: a link to that site is the listed vendor's
    listed_at = folder.parent / "listed-files.tsv"
    listed_rows = {(row["repo"], row["commit"], row["path"]): (row["name"], row["host"])
                   for row in read_tsv(listed_at)} if listed_at.exists() else {}
    listed = {row["url"]: listed_rows.get((row["repo"], row.get("commit", ""), row["path"]), ("", "")) for row in urls}
    # And whether scan reads the row's link inside a test's code of its file (a Rust file's `#[cfg(test)] mod tests`:
    # scan.files.in_test_code), read from the mirrors by tests/validate_url/inline_tests.py: a test's input
    tests_at = folder.parent / "inline-test-rows.tsv"
    inline = {(row["repo"], row["commit"], row["path"], row["url"]) for row in read_tsv(tests_at)} \
        if tests_at.exists() else set()
    in_tests = {row["url"] for row in urls if (row["repo"], row.get("commit", ""), row["path"], row["url"]) in inline}
    for url in reviewed:
        if url in unread or url in unscanned:
            found[url] = set()
            continue
        by_name: Dict[str, List[str]] = {}
        judged = validate_url(read_as.get(url, url), entry_point=url in launched, repo=repos.get(url),
                              path=paths.get(url), file_urls=siblings.get(url, ()), libraries=library_of.get(url, ()),
                              in_comment=url in in_comment, folder_files=series.get(url, ()),
                              site=site_of.get(url, ""), copied_from=copied_from.get(url, ""),
                              copied_publisher=publisher.get(url, ("", "", "")),
                              line=line_of.get(url, "") or comment_line.get((repos.get(url), paths.get(url), url), "")
                              if url in in_comment else line_of.get(url, ""),
                              named_path=named.get(url, ""), landed=landed.get(url, ""),
                              plain_site=url in plain_site, app_site=app_of.get(url, ""),
                              linked_sites=linked_of.get(url, ()), opening_bases=bases_of.get(url, ()),
                              forwarded=url in forwarded,
                              placement=placement_of.get(url), published_on=published_on.get(url, ""),
                              test_code=url in in_tests, listed_entry=listed.get(url, ("", "")))
        for finding in judged.findings:
            by_name.setdefault(finding.name, []).append(finding.message)
        if (judged.not_judged or "").startswith((DATA_SET_RECORD, COPIED_LIST, COPIED_PUBLISHER)):
            # a data set's record, a copy of another repository's list: scan's one copied-tracking note on the file
            # speaks for it (no finding on the row, none counted; its labelled copied tags count as found, not as
            # missed)
            noted[url] = {"copied-tracking"}
            if ESCAPED_RECORDS in judged.not_judged:  # and a record writing `&amp;`: the file's url-html-escaped note
                noted[url].add("url-html-escaped")
        found[url] = set(by_name)
        for name, messages in sorted(by_name.items()):
            row = verdicts.get((url, name))
            if row is None:
                unlabelled.append((url, name))
                continue
            wrong = row["verdict"] == "wrong" or bool(row["wrong_if"]) and any(row["wrong_if"] in m for m in messages)
            said[(url, name)] = "wrong" if wrong else "correct"
            per_rule[(name, said[(url, name)])] += 1
    return Judged(urls, reviewed, per_rule, unlabelled, found, labels, said, unread, noted)


def hugo_roots(data: Path) -> Set[Tuple[str, str]]:
    """(repo, commit) of the repositories whose root holds a Hugo config, read from site-hosts.tsv's `rests_on` (the
    root files identity.published_host read the site's host from: a `hugo.*` config, or a `config.*` whose line is
    Hugo's `baseURL`)."""
    found = set()
    for row in read_tsv(data / "site-hosts.tsv"):
        rests = json.loads(row["rests_on"]) if row.get("rests_on") else {}
        root = {name for name in rests if "/" not in name}
        if hugo_site(root) or any(name in ("config.toml", "config.yaml", "config.yml")
                                  and rests[name].strip().lower().startswith("baseurl") for name in root):
            found.add((row["repo"], row["commit"]))
    return found


def placement_readings(folder: Path, urls: List[dict]) -> Dict[str, tuple]:
    """url -> (headings, own_line, convention, sentence): the stored reading of the text around each row's link, and the tag
    sets its whole file writes on links to two or more sites (`placement-rows.tsv` in the corpus's folder,
    tests/validate_url/placement_rows.py), for the rows it has."""
    at = folder / "placement-rows.tsv"
    if not at.exists():
        return {}
    stored = {(row["repo"], row["commit"], row["path"], row["url"]): (
        tuple(json.loads(row["headings"])), json.loads(row["own_line"]),
        tuple(tuple(triple) for triple in json.loads(row.get("convention") or "[]")),
        json.loads(row["sentence"]) if row.get("sentence") else None) for row in read_tsv(at)}
    out = {}
    for row in urls:
        found = stored.get((row["repo"], row.get("commit", ""), row["path"], row["url"]))
        if found is not None:
            out[row["url"]] = found
    return out


def named_line(path: str, line: str, url: str, titles: Sequence[str] = ()) -> str:
    """Where today's scan reads `url` on the stored `line` of the file at `path` as a path named as text
    (scan.examples.named_path: "cell", "prose", "plan"; "" when it does not). `titles`: the section's titles above the
    line (placement-rows.tsv's `headings`, nearest first), written above it as Markdown headings, highest first, so
    that named_path reads the section as scan reads it in the file."""
    line = "".join(f"{'#' * (index + 1)} {title}\n\n" for index, title in enumerate(reversed(titles))) + line
    extracted = extract(line.encode("utf-8"), kind_suffix(Path(path).name).lower())
    if extracted is None or extracted.text is None:
        return ""
    return next((kind for kind in (named_path(path, extracted.text, occ.start, occ.end, occ.url)
                                   for occ in extracted.occurrences if occ.url == url) if kind), "")


def assert_new_varied_and_with_origin(judged: Judged, earlier: List[Path], min_urls: int, min_repos: int = 60,
                                      per_repo: int = 10) -> None:
    """A blind corpus's shape (corpora 6-8): enough distinct URLs from enough repositories, none in an earlier
    corpus, each with its origin, and every URL reviewed."""
    urls, reviewed = judged.urls, judged.reviewed
    before = [row for folder in earlier for row in read_tsv(folder / "urls.tsv")]
    repos = Counter(row["repo"] for row in urls)
    assert len(urls) >= min_urls and len({row["url"] for row in urls}) == len(urls)
    assert len(repos) >= min_repos and max(repos.values()) <= per_repo
    assert all(row["repo"].count("/") == 1 and row["path"] and len(row["commit"]) == 40 and row["line"].isdigit()
               for row in urls)
    assert not {name.lower() for name in repos} & {row["repo"].lower() for row in before}
    assert not {row["url"] for row in urls} & {row["url"] for row in before}
    assert set(reviewed) == {row["url"] for row in urls} and len(reviewed) == len(urls)


def assert_labels_on_reviewed_urls(judged: Judged) -> None:
    """Every label row is about a URL of the corpus, with a verdict the judge knows."""
    urls = {row["url"] for row in judged.urls}
    assert all(row["url"] in urls for row in judged.labels)
    assert {row["verdict"] for row in judged.labels} <= {"reviewed", "present", "correct", "wrong", "withdrawn"}


def wrong_count(per_rule: Counter) -> int:
    return sum(n for (_, verdict), n in per_rule.items() if verdict == "wrong")


def recall(judged: Judged, found_by: Dict[str, Set[str]]) -> Dict[str, Tuple[int, int]]:
    """kind -> (found, present): a `present` row counts as found when a rule that owns its kind (`found_by`)
    reported the URL, or speaks for it in its file's one note (a data set's records: Judged.noted); kinds no rule
    owns are counted, never found."""
    counts: Counter = Counter()
    for row in judged.labels:
        if row["verdict"] == "present" and row["url"] not in judged.unread:
            said = judged.found[row["url"]] | judged.noted.get(row["url"], set())
            counts[(row["rule"], bool(said & found_by.get(row["rule"], set())))] += 1
    return {kind: (counts[(kind, True)], counts[(kind, True)] + counts[(kind, False)]) for kind, _ in counts}


def uncounted(judged: Judged) -> Counter:
    """kind -> `present` labels recall leaves out: those in files a tool writes from the repository's own files
    (scan.files.generated: xgettext's `.pot`, a link checker's cache, all-contributors' list, a docs build's
    llms-full.txt), whose mistakes are their sources', told where a person writes them. A kind declared generated
    moves its labels here, out of every recall denominator: test_all_corpora pins this count, so such a move is said
    (stranger14 R11). A file scan merely does not walk (a patch, `.po`, `build/`) is someone's own writing: its
    labelled mistakes stay in the count, as missed."""
    return Counter(row["rule"] for row in judged.labels
                   if row["verdict"] == "present" and row["url"] in judged.unread)


def show_findings(title: str, per_rule: Counter) -> None:
    """Print a corpus's findings per rule and verdict (call inside `capsys.disabled()`)."""
    total, wrong = sum(per_rule.values()), wrong_count(per_rule)
    print(f"\n{title}: {total} (URL, rule) findings, {wrong} wrong ({wrong / total if total else 0:.1%})")
    for (name, verdict), n in sorted(per_rule.items()):
        print(f"  {name:28} {verdict:8} {n}")


def show_recall(title: str, measured: Dict[str, Tuple[int, int]], found_by: Dict[str, Set[str]]) -> None:
    """Print a corpus's recall per kind, found/present (call inside `capsys.disabled()`)."""
    print(f"\n{title}, recall per kind (found/present):")
    for kind, (hit, present) in sorted(measured.items()):
        owner = "" if kind in found_by else "  (no rule owns this kind)"
        print(f"  {kind:26} {hit}/{present}{owner}")



# Issue 12's goals, the same for every corpus.
MOST_WRONG = 0.02  # at most 2% of the findings wrong
GOAL = 0.9  # the rules find at least 90% of the mistakes of each kind they own


def corpus_tests(namespace: dict, folder: Path, *, measured_wrong: int, measured_pairs: int,
                 found_by: Optional[Dict[str, Set[str]]] = None,
                 measured_recall: Optional[Dict[str, Tuple[int, int]]] = None, earlier: Sequence[str] = (),
                 origin: Optional[dict] = None, over_two_percent: Optional[str] = None,
                 under_ninety_percent: Optional[str] = None) -> None:
    """Put a labelled corpus's tests into its test module (`corpus_tests(globals(), HERE, ...)`), under the names
    pytest has always collected. Every corpus is judged by one judge against the same goals, so the tests are written
    once, here; each test_real_urls_N.py keeps only its data (the pins, FOUND_BY, why a goal is not met) and the tests
    only it has.

    - `figures`: the module's fixture, the corpus judged once (`judge(folder)`).
    - test_every_finding_is_labelled, test_measured_false_positives (wrong and all findings equal the pins), and
      test_false_positives_at_most_two_percent.
    - with `origin` (assert_new_varied_and_with_origin's thresholds; `earlier`: the earlier corpora's folder names):
      test_corpus_is_new_varied_and_keeps_its_origin and test_every_present_label_is_on_a_reviewed_url.
    - with `measured_recall` (found/present per kind of `found_by`): test_recall_per_kind_is_as_measured,
      test_rules_find_at_least_ninety_percent_of_their_kind for each kind at the goal when pinned, and
      test_every_owned_kind_reaches_ninety_percent.

    `over_two_percent` and `under_ninety_percent` say why a goal is not met yet: its test is then a strict xfail (it
    fails the run the day it passes, so the reason is taken back); None when the goal is met, and the test must pass.
    """
    import pytest  # here: measure.py and the corpus scripts import this module without pytest

    title = "real URLs " + folder.name.rpartition("-")[2]
    labels = f"tests/data/{folder.name}/labels.tsv"
    tests: Dict[str, Callable] = {}

    def goal(test: Callable, unmet: Optional[str]) -> None:
        tests[test.__name__] = test if unmet is None else pytest.mark.xfail(strict=True, reason=unmet)(test)

    @pytest.fixture(scope="module", name="figures")
    def figures():
        return judge(folder)

    if origin is not None:
        def test_corpus_is_new_varied_and_keeps_its_origin(figures):
            assert_new_varied_and_with_origin(figures, [folder.parent / name for name in earlier], **origin)

        def test_every_present_label_is_on_a_reviewed_url(figures):
            assert_labels_on_reviewed_urls(figures)

        goal(test_corpus_is_new_varied_and_keeps_its_origin, None)
        goal(test_every_present_label_is_on_a_reviewed_url, None)

    def test_every_finding_is_labelled(figures):
        assert figures.unlabelled == [], f"label these in {labels} (correct or wrong, with reasons): " \
                                         f"{figures.unlabelled}"

    def test_measured_false_positives(figures, capsys):
        wrong, total = wrong_count(figures.per_rule), sum(figures.per_rule.values())
        with capsys.disabled():
            show_findings(title, figures.per_rule)
        assert (wrong, total) == (measured_wrong, measured_pairs), \
            f"{title}: {wrong} of {total} findings wrong, pinned {measured_wrong} of {measured_pairs}: a change of " \
            "truth to review; move the pins with a comment naming the change"

    def test_false_positives_at_most_two_percent(figures):
        wrong, total = wrong_count(figures.per_rule), sum(figures.per_rule.values())
        assert wrong <= MOST_WRONG * total, f"{title}: {wrong} of {total} findings wrong"

    goal(test_every_finding_is_labelled, None)
    goal(test_measured_false_positives, None)
    goal(test_false_positives_at_most_two_percent, over_two_percent)

    if measured_recall is not None:
        owned = found_by or {}

        def test_recall_per_kind_is_as_measured(figures, capsys):
            measured = recall(figures, owned)
            with capsys.disabled():
                show_recall(title, measured, owned)
            pinned = {kind: measured[kind] for kind in owned}
            moved = {kind: f"{pinned.get(kind)} pinned {measured_recall.get(kind)}"
                     for kind in sorted({*pinned, *measured_recall}) if pinned.get(kind) != measured_recall.get(kind)}
            assert pinned == measured_recall, f"{title}: found/present per kind moved: {moved}"

        reaching = sorted(kind for kind, (hit, n) in measured_recall.items() if hit >= GOAL * n)
        if reaching:  # none yet (a blind corpus): no test, not an empty parameter set reported as a skip
            @pytest.mark.parametrize("kind", reaching)
            def test_rules_find_at_least_ninety_percent_of_their_kind(figures, kind):
                hit, present = recall(figures, owned)[kind]
                assert hit >= GOAL * present, f"{kind}: {hit}/{present}"

        def test_every_owned_kind_reaches_ninety_percent(figures):
            measured = recall(figures, owned)
            below = {kind: measured[kind] for kind in owned if measured[kind][0] < GOAL * measured[kind][1]}
            assert not below, f"{title}: under {GOAL:.0%}: {below}"

        goal(test_recall_per_kind_is_as_measured, None)
        if reaching:
            goal(test_rules_find_at_least_ninety_percent_of_their_kind, None)
        goal(test_every_owned_kind_reaches_ninety_percent, under_ninety_percent)

    for name, obj in {"figures": figures, **tests}.items():
        if name in namespace:
            raise ValueError(f"{namespace.get('__name__')} defines {name} itself: rename one")
        namespace[name] = obj
