"""benchmarks/corpus_scan/measure.py, the corpora judged through `utmlint scan` on their real files, run on a tiny
hand-made corpus: a real git repository (cloned bare, as the mirrors are), a urls.tsv and labels.tsv written here,
the real `utmlint scan` subprocesses. CI has no mirrors, so the measurement itself is not a test; its matching
(a row to the link scan extracted at its path and line, a finding to its link) and its judging (wrong, recall,
repeats, unlabelled, rows scan never extracts) are, here.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
from pathlib import Path

import pytest

MEASURE = Path(__file__).resolve().parents[2] / "benchmarks" / "corpus_scan" / "measure.py"

ROW_A = "https://sunbeam.app/?utm_source=Foo&utm_medium=weird"  # no campaign, Unassigned medium, capitals
ROW_B = "https://x.com/?utm_source=ab\\&utm_medium=bb"  # as an extractor that kept Markdown's `\&` wrote it
ROW_C = "https://sunbeam.org/?utm_source=a&utm_medium=email"  # in a kind of file scan does not read
ROW_D = "https://sunbeam.net/?utm_source=a&utm_medium=email"  # in a hidden folder
ROW_E = "https://sunbeam.app/lock?utm_source=a"  # in a lock file: neither judged nor counted as missed
OTHER = "https://sunbeam.app/other?utm_source=zzz&utm_medium=weirder&utm_campaign=c"  # no row names it
FILES = {
    "docs/a.md": f"See [a]({ROW_A}) now.\nAgain: <{ROW_A}>\nAnd [o]({OTHER}).\n",
    "docs/b.md": "Escaped: https://x.com/?utm_source=ab\\&utm_medium=bb\n",
    "notes.unknownkind": f"{ROW_C}\n",
    ".vscode/readme.md": f"<{ROW_D}>\n",
    "package.json": '{"name": "site"}\n',
    "package-lock.json": f'{{"funding": "{ROW_E}"}}\n',
}
URLS = [(ROW_A, "docs/a.md", 1), (ROW_B, "docs/b.md", 1), (ROW_C, "notes.unknownkind", 1),
        (ROW_D, ".vscode/readme.md", 1), (ROW_E, "package-lock.json", 1)]
LABELS = [
    (ROW_A, "", "reviewed", "#1"), (ROW_A, "medium-unassigned", "present", "#1"),
    (ROW_A, "missing-utm-param", "present", "#1"), (ROW_A, "value-case", "present", "#1: taken back below"),
    (ROW_A, "value-case", "withdrawn", "#1: the capitals are the platform's"),
    (ROW_A, "medium-unassigned", "correct", "#1"), (ROW_A, "value-case", "wrong", "#1: the platform's capitals"),
    # missing-utm-param on A has no verdict row: correct, as its rule owns a kind found on the URL
    (ROW_B, "", "reviewed", "#2"), (ROW_B, "missing-utm-param", "present", "#2"),
    (ROW_B, "missing-utm-param", "correct", "#2"),
    (ROW_B, "medium-unassigned", "correct", "#2", "`bb`"),  # wrong while its message names the medium `bb`
    (ROW_C, "", "reviewed", "#3"), (ROW_C, "missing-utm-param", "present", "#3"),
    (ROW_D, "", "reviewed", "#4"), (ROW_D, "missing-utm-param", "present", "#4"),
    (ROW_E, "", "reviewed", "#5"), (ROW_E, "missing-utm-param", "present", "#5"),
]
FOUND_BY = {"missing-utm-param": {"missing-utm-param"}, "medium-unassigned": {"medium-unassigned"},
            "value-case": {"value-case"}}


@pytest.fixture(scope="module")
def measure():
    spec = importlib.util.spec_from_file_location("corpus_scan_measure", MEASURE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def git(*args):
    return subprocess.run(["git", *args], check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture(scope="module")
def figures(measure, tmp_path_factory):
    base = tmp_path_factory.mktemp("corpus-scan")
    work = base / "work"
    for path, text in FILES.items():
        (work / path).parent.mkdir(parents=True, exist_ok=True)
        (work / path).write_text(text, encoding="utf-8")
    git("init", "-q", str(work))
    git("-C", str(work), "add", "-A")
    git("-C", str(work), "-c", "user.name=t", "-c", "user.email=t@sunbeam.app", "commit", "-q", "-m", "files")
    commit = git("-C", str(work), "rev-parse", "HEAD")
    (work / "docs" / "a.md").write_text("changed after the commit: never read\n", encoding="utf-8")
    git("clone", "-q", "--bare", str(work), str(base / "mirrors" / "acme+site" / "repo"))
    corpus = base / "real-urls-x"
    corpus.mkdir()
    with open(corpus / "urls.tsv", "w", encoding="utf-8") as handle:
        handle.write("url\trepo\tpath\tcommit\tline\tcontext\n")
        for url, path, line in URLS:
            handle.write(f"{url}\tacme/site\t{path}\t{commit}\t{line}\tmarkdown\n")
    with open(corpus / "labels.tsv", "w", encoding="utf-8") as handle:
        handle.write("url\trule\tverdict\treason\twrong_if\n")
        for url, rule, said, reason, *wrong_if in LABELS:
            handle.write(f"{url}\t{rule}\t{said}\t{reason}\t{wrong_if[0] if wrong_if else ''}\n")
    return measure.measure_corpus(corpus, FOUND_BY, base / "mirrors", jobs=1)


def test_rows_are_matched_to_the_links_scan_extracts(figures):
    rows = {row.url: row for row in figures.rows}
    assert (rows[ROW_A].how, rows[ROW_B].how) == ("exact", "unescaped")  # `\&` read as `&` by scan
    assert rows[ROW_C].how == rows[ROW_D].how == rows[ROW_E].how == ""
    assert rows[ROW_E].why.startswith("a file scan never reads (package-lock.json is a lock file")
    assert rows[ROW_C].why == "a kind of file scan does not read (.unknownkind)"
    assert rows[ROW_D].why.startswith("in a hidden folder (`.vscode/`")
    assert figures.errors == []


def test_findings_are_judged_by_the_labels(figures):
    assert dict(figures.per_rule) == {
        ("medium-unassigned", "correct"): 1,  # A, its verdict row
        ("value-case", "wrong"): 1,  # A, its verdict row (its `present` row withdrawn)
        ("missing-utm-param", "correct"): 2,  # A by the kind found on it (no verdict row), B by its verdict row
        ("medium-unassigned", "wrong"): 1,  # B: the verdict says correct, but the message holds its wrong_if
    }
    assert figures.no_verdict == [(ROW_A, "missing-utm-param", "correct")]


def test_recall_counts_rows_scan_never_extracts_as_misses(figures):
    # C and D are misses; E, in a lock file utmlint never reads, is not counted (as the corpus judge does not)
    assert figures.recall == {"medium-unassigned": (1, 1), "missing-utm-param": (2, 4)}


def test_other_occurrences_and_unlabelled_links_are_counted_apart(figures):
    # line 2 repeats row A: its three findings are judged by A's labels, outside the row figures
    assert dict(figures.repeats) == {("medium-unassigned", "correct"): 1, ("value-case", "wrong"): 1,
                                     ("missing-utm-param", "correct"): 1}
    assert {(repo, path, line, url) for repo, path, line, _, url in figures.unlabelled} == {
        ("acme/site", "docs/a.md", 3, OTHER)}
    assert {name for *_, name, _ in figures.unlabelled} >= {"medium-unassigned"}


def test_a_finding_belongs_to_the_link_it_falls_in(measure):
    links = [{"path": "a.md", "line": 1, "column": 40, "url": "https://b/?utm_source=b"},
             {"path": "a.md", "line": 1, "column": 3, "url": "https://a/?utm_source=a"},
             {"path": "a.md", "line": 2, "column": 1, "url": "https://a/?utm_source=a"}]
    findings = [{"path": "a.md", "line": 1, "column": 3, "name": "x"},
                {"path": "a.md", "line": 1, "column": 55, "name": "y"},  # inside the second link of line 1
                {"path": "a.md", "line": 1, "column": 20, "name": "z"},  # inside the first
                {"path": "a.md", "line": 3, "column": 1, "name": "w"}]  # no link on line 3
    on_link, orphans = measure.attribute(findings, links)
    assert {i: [f["name"] for f in found] for i, found in on_link.items()} == {1: ["x", "z"], 0: ["y"]}
    assert [f["name"] for f in orphans] == ["w"]


def test_a_finding_on_a_later_line_of_a_link_written_over_several_lines_is_that_links(measure, tmp_path):
    # shattered-pixel-dungeon's SupporterScene.java (corpus 10 #304): the link starts on `link += "?utm_source=..."`
    # and its medium, told Unassigned, is on the next line (scan.core.continued)
    (tmp_path / "S.java").write_text('x = 1;\nlink += "?utm_source=spd";\nlink += "&utm_medium=supporter_page";\n'
                                     'y = "https://a/?utm_source=a";\n', encoding="utf-8")
    links = [{"path": "S.java", "line": 2, "column": 10,
              "url": "?utm_source=spd&utm_medium=supporter_page"},
             {"path": "S.java", "line": 4, "column": 6, "url": "https://a/?utm_source=a"}]
    measure.last_lines(tmp_path, links)
    assert [link.get("last_line") for link in links] == [3, None]
    findings = [{"path": "S.java", "line": 3, "column": 22, "name": "medium-unassigned"},
                {"path": "S.java", "line": 5, "column": 1, "name": "w"}]
    on_link, orphans = measure.attribute(findings, links)
    assert {i: [f["name"] for f in found] for i, found in on_link.items()} == {0: ["medium-unassigned"]}
    assert [f["name"] for f in orphans] == ["w"]


def test_an_exact_match_is_never_taken_by_a_looser_one(measure):
    links = [{"path": "a.md", "line": 1, "column": 1, "url": "https://a/?utm_source=a&utm_medium=b"},
             {"path": "a.md", "line": 1, "column": 60, "url": "https://a/?utm_source=a"},
             {"path": "a.md", "line": 9, "column": 1, "url": "https://c/?utm_source=c"}]
    rows = [{"url": "https://a/?utm_source=a", "path": "a.md", "line": "1"},  # prefix of link 0, exactly link 1
            {"url": "https://a/?utm_source=a&utm_medium=b&utm_campaign", "path": "a.md", "line": "1"},
            {"url": "https://c/?utm_source=c", "path": "a.md", "line": "4"},  # found on another line
            {"url": "https://d/?utm_source=d", "path": "a.md", "line": "1"}]
    matched = measure.match_rows(rows, links)
    assert [tuple(matched[row["url"]]) for row in rows] == [(1, "exact"), (0, "prefix"), (2, "other line"),
                                                            (None, "")]


def test_against_an_earlier_run_lists_what_changed_row_by_row(measure, figures):
    now = [measure.as_json("x", figures)]
    assert "## Corpus x: 0 changes" in measure.compare(now, now)
    earlier = json.loads(json.dumps(now))
    for row in earlier[0]["rows"]:
        if row["url"] == ROW_A:
            row["said"] = {"medium-unassigned": "wrong", "url-insecure": "correct"}  # value-case etc. came since
        if row["url"] == ROW_C:
            row["how"] = "exact"
    changes = measure.compare(earlier, now).splitlines()
    assert "## Corpus x: 5 changes" in changes
    assert "- no longer extracted: a kind of file scan does not read (.unknownkind): acme/site `notes.unknownkind:1`" \
        in changes
    assert f"- ~ medium-unassigned (wrong -> correct): acme/site `docs/a.md:1` `{ROW_A}`" in changes
    assert f"- - url-insecure (was correct): acme/site `docs/a.md:1` `{ROW_A}`" in changes
    assert f"- + value-case (wrong): acme/site `docs/a.md:1` `{ROW_A}`" in changes
