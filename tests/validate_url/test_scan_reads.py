"""tests/data/scan-reads.tsv: the URL `utmlint scan` extracts at a corpus row's line when the collector wrote the link
otherwise (file_facts.py), which the corpus judge (labelled_corpus.judge) validates under the row's labels.

The file can only say how scan reads the row's own link, never swap in another link: each read URL is the row's URL
once its escapes are undone (`&amp;`, Markdown's `\\&`), or one of the two begins the other (a literal the code
continues on the next lines, a template expression, AsciiDoc's `[text]` glued on by the collector), or the row's URL
is what follows a template expression scan writes for the code's host (`${WPMTST_STORE_URL}` of PHP's
`WPMTST_STORE_URL . '/extensions/...'`, corpus 6 #34), or the row's URL with tags in the place of a name the code
interpolates into the query (`?${UTM_BASE}&utm_campaign=welcome` with the same file's `const UTM_BASE = 'utm_source=
vscode&utm_medium=extension'`, corpus 28 #22-#25: file_facts.read_in), or the row's URL is the end of the link scan
reads, the collector having started after a raw space inside its query or on a wrapped link's second line (corpus 32
#10 #33 #35: file_facts.rest_of).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import file_facts  # noqa: E402
from labelled_corpus import read_tsv  # noqa: E402

DATA = HERE.parent / "data"


def test_every_read_is_the_rows_own_link_as_scan_reads_it():
    rows = {(row["repo"], row["commit"], row["path"], row["url"])
            for folder in DATA.glob("real-urls*") for row in read_tsv(folder / "urls.tsv")}
    reads = read_tsv(DATA / "scan-reads.tsv")
    assert reads, "file_facts.py writes the rows scan reads as another URL"
    for row in reads:
        assert (row["repo"], row["commit"], row["path"], row["url"]) in rows, row
        plain = file_facts._unescaped(row["url"])
        assert row["read"] != row["url"] and (
            row["read"] == plain or row["read"].startswith(plain) or plain.startswith(row["read"])
            or file_facts.prefixed(row["read"], plain) or file_facts.read_in(row["read"], plain)
            or file_facts.rest_of(row["read"], plain)), row


def test_todays_scan_still_reads_every_stored_row_so():
    """Each row keeps its source lines: today's extractor, run on them, must still read the row's stored `read` (the
    URL the judge validates), and still read an entry row's link as a web app's launch URL. A regression in scan's
    `&amp;`, `\\&`, continued-literal or template reading fails here, where the frozen string alone would keep every
    corpus pin passing (stranger13 R5)."""
    reads = read_tsv(DATA / "scan-reads.tsv")
    for row in reads:
        head, first, lines = file_facts.stored_lines(row)
        assert row["read"] in file_facts.reread(row, head, first, lines), (row["repo"], row["line"], row["read"])
    entries = read_tsv(DATA / "entry-rows.tsv")
    assert entries
    for row in entries:
        assert file_facts.reread_entry(row, *file_facts.stored_lines(row)), (row["repo"], row["line"], row["url"])
    landings = read_tsv(DATA / "landing-rows.tsv")
    assert landings
    for row in landings:  # and a landing row's link as a JSON record's landing URL, under its key
        assert file_facts.reread_landing(row, *file_facts.stored_lines(row)) == row["key"], (row["repo"], row["line"])


def test_todays_scan_still_skips_every_example_row():
    """example-rows.tsv (session 40): each row's link is in a code example scan skips unless `scan: {code-blocks:
    true}` (a reST literal block: Narrativ's `::` examples, corpus 30 #31-#35): on its stored lines today's extractor
    reads no link at the row's line, and reads the row's URL when told to read code blocks. The same lines with the
    block's `::` taken away (a paragraph ending in `:`, its indented link a block quote) are read."""
    rows = read_tsv(DATA / "example-rows.tsv")
    assert {row["repo"] for row in rows} >= {"robinssq/api-docs"}
    for row in rows:
        head, first, lines = file_facts.stored_lines(row)
        assert file_facts.reread_example(row, head, first, lines), (row["repo"], row["line"], row["url"])
    row = next(r for r in rows if r["line"] == "38")
    head, first, lines = file_facts.stored_lines(row)
    assert not file_facts.reread_example(row, head, first, lines.replace("::", ":"))


def test_todays_scan_still_reads_every_opening_base_so():
    """opening-bases.tsv (session 40): the URLs the name a row's template URL opens with stands for, read from the
    file's constants on the stored lines (scan.core.opening_bases: ReadFast's `base = store === "ios" ? IOS_URL :
    ANDROID_URL`, corpus 30 #36); the same lines with a branch no constant names read none."""
    rows = read_tsv(DATA / "opening-bases.tsv")
    assert {row["repo"] for row in rows} >= {"VinciDa/readfast.app"}
    for row in rows:
        head, first, lines = file_facts.stored_lines(row)
        assert file_facts.reread_bases(row, head, first, lines) == row["bases"], (row["repo"], row["line"])
    row = next(r for r in rows if r["repo"] == "VinciDa/readfast.app")
    head, first, lines = file_facts.stored_lines(row)
    assert file_facts.reread_bases(row, head, first, lines.replace(": ANDROID_URL", ": getUrl()")) == ""


def test_todays_scan_still_reads_every_forwarded_row_so():
    """forwarded-rows.tsv (session 43): a relative template URL whose every utm slot the file fills from the page's own
    address with the same key (scan.own_site.forwarded_tags: DoughPop's paid landing page, corpus 38 #51); the same
    lines with a slot filled by the file's own value do not read so."""
    rows = read_tsv(DATA / "forwarded-rows.tsv")
    assert {row["repo"] for row in rows} >= {"aschottky/doughpop"}
    for row in rows:
        head, first, lines = file_facts.stored_lines(row)
        assert file_facts.reread_forwarded(row, head, first, lines), (row["repo"], row["line"])
    row = next(r for r in rows if r["repo"] == "aschottky/doughpop")
    head, first, lines = file_facts.stored_lines(row)
    assert not file_facts.reread_forwarded(row, head, first, lines.replace("urlParams.get('utm_source') || ", ""))
    # the same defaults on a page anyone reaches (not named for the ads that reach it): every untagged visitor
    # re-credited to `paid` / `ads` (review44 F4)
    assert not file_facts.reread_forwarded(dict(row, path=row["path"].replace("PaidLanding", "Landing")), head, first,
                                           lines)


def test_a_changed_reading_fails_the_reread():
    # the check can fail: the row's lines with the escape scan undoes written otherwise read another URL
    row = next(r for r in read_tsv(DATA / "scan-reads.tsv") if r["repo"] == "sei-protocol/sei-docs")
    head, first, lines = file_facts.stored_lines(row)
    assert row["read"] in file_facts.reread(row, head, first, lines)
    assert row["read"] not in file_facts.reread(row, head, first, lines.replace("\\&utm_medium", "\\&utm_med"))


def test_file_facts_reads_the_link_scan_extracts_on_the_rows_line(tmp_path):
    # sei-protocol/sei-docs' llms-full.txt (corpus 14 #114): the collector stopped at Markdown's `\&`; and a Java
    # literal the code continues on the next lines (corpus 10 #304)
    repo = tmp_path / "work"
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / "llms-full.txt").write_text(
        "# Acme\n\n> Acme's docs.\n\nSee [this page](https://docs.goldsky.com/chains/sei/?utm_source=sei\\&utm_medium"
        "=docs) to start.\n", encoding="utf-8")
    (repo / "Scene.java").write_text(
        'class Scene {\n  String link = "https://acme.dev/support?utm_source=acmegame"\n'
        '      + "&utm_medium=supporter_page"\n      + "&utm_campaign=ingame_link";\n}\n', encoding="utf-8")
    subprocess.run(["git", "-C", str(repo), "add", "."], check=True)
    subprocess.run(["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "x"],
                   check=True)
    commit = subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True,
                            check=True).stdout.strip()
    mirrors = tmp_path / "mirrors"  # a bare mirror named OWNER+NAME, as /work/.mirror holds them
    subprocess.run(["git", "clone", "-q", "--bare", str(repo), str(mirrors / "acme+docs")], check=True)

    def read(path, line, url):
        return file_facts._scan_reads(mirrors, {"repo": "acme/docs", "commit": commit, "path": path,
                                                 "line": str(line), "url": url})

    assert read("llms-full.txt", 5, "https://docs.goldsky.com/chains/sei/?utm_source=sei") == \
        "https://docs.goldsky.com/chains/sei/?utm_source=sei&utm_medium=docs"
    assert read("Scene.java", 2, "https://acme.dev/support?utm_source=acmegame") == \
        "https://acme.dev/support?utm_source=acmegame&utm_medium=supporter_page&utm_campaign=ingame_link"
    # the row's URL as scan reads it already, or no link of its own on the line: nothing to say
    assert read("llms-full.txt", 5, "https://docs.goldsky.com/chains/sei/?utm_source=sei&utm_medium=docs") == ""
    assert read("llms-full.txt", 5, "https://other.dev/?utm_source=sei") == ""
