"""The text around a link reaches the corpus judge (session 41): scan reads it from the file (scan.placement's
headings_above and own_line) and judges that reading (placement_said); the corpus judge has no file text, so
tests/validate_url/placement_rows.py stores the same reading per row (tests/data/real-urls-N/placement-rows.tsv) and
validate_url's `placement` applies the same judgement to it. Both ways: a row under a "Sponsors" heading is held back,
a row under "Install" (or one the team tags itself) is still told; and scan and the stored reading agree."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from utmlint.cli import main
from utmlint.scan import extract
from utmlint.scan.placement import headings_above, own_line, placement_said, placement_text
from utmlint.validate_url import validate_url

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import labelled_corpus  # noqa: E402
import placement_rows  # noqa: E402

VALUES = ("missing-utm-param", "medium-unassigned", "value-case", "campaign-slug")
PARTNER = "https://serpapi.com/?utm_source=Typicode"  # a sponsor's tags: no medium, a capital


def _names(judged):
    return sorted(f.name for f in judged.findings)


def test_a_stored_sponsors_heading_holds_the_values_back():
    alone = validate_url(PARTNER, repo="typicode/json-server", path="README.md")
    assert {"missing-utm-param", "value-case"} <= set(_names(alone))  # the path alone says nothing
    held = validate_url(PARTNER, repo="typicode/json-server", path="README.md",
                        placement=(("Gold", "Sponsors ✨", "JSON-Server"), "<a href=\" \"><img src=\" \"></a>"))
    assert not set(_names(held)) & set(VALUES)
    assert held.not_judged and 'the heading "Sponsors ✨"' in held.not_judged


def test_a_stored_sponsored_line_holds_the_values_back_but_an_invitation_does_not():
    held = validate_url(PARTNER, repo="typicode/json-server", path="README.md", placement=((), "Sponsored by [SerpApi]( )"))
    assert not set(_names(held)) & set(VALUES)
    told = validate_url(PARTNER, repo="typicode/json-server", path="README.md",
                        placement=((), "Become a sponsor: [SerpApi]( )"))
    assert {"missing-utm-param", "value-case"} <= set(_names(told))


def test_an_install_heading_keeps_the_advice():
    told = validate_url(PARTNER, repo="typicode/json-server", path="README.md",
                        placement=(("Install", "JSON-Server"), "See [SerpApi]( )"))
    assert {"missing-utm-param", "value-case"} <= set(_names(told))
    assert not told.not_judged


def test_the_teams_own_site_under_a_sponsors_heading_keeps_the_advice():
    own = "https://acme.dev/pricing?utm_source=Readme"
    told = validate_url(own, repo="acme/acme.dev", path="README.md", site="acme.dev", placement=(("Sponsors",), ""))
    assert "value-case" in _names(told)


def test_a_reading_is_judged_without_a_repository_as_one_url_alone():
    assert _names(validate_url(PARTNER, placement=(("Sponsors",), ""))) == _names(validate_url(PARTNER))


def test_the_whole_files_own_tag_set_is_its_own_tagging():
    """Changelog's about page (corpus 10) thanks Fastly and Typesense, each `?utm_source=changelog`: one tag set on two
    sites is the file's own tagging, which scan reads from every link of the file; the corpus has only Typesense's row,
    so the stored reading carries the file's convention, and the link is told as scan tells it."""
    url = "https://typesense.org/?utm_source=changelog"
    heading = (("Special thanks to...", "About"), "[Typesense]( ) for giving us lightning-fast, open source search")
    held = validate_url(url, repo="thechangelog/changelog.com", path="lib/changelog_web/templates/page/about.html.eex",
                        placement=heading)
    assert "missing-utm-param" not in _names(held)  # with its row alone, a thanked party's link
    told = validate_url(url, repo="thechangelog/changelog.com", path="lib/changelog_web/templates/page/about.html.eex",
                        placement=(*heading, [("changelog", "", "")]))
    assert "missing-utm-param" in _names(told)
    text = ("<h3>Special thanks to...</h3>\n<p><a href=\"https://www.fastly.com/?utm_source=changelog\">Fastly</a></p>\n"
            f"<p><a href=\"{url}\">Typesense</a> for search.</p>\n")
    row = {"repo": "thechangelog/changelog.com", "commit": "", "path": "about.html", "line": "3", "url": url}
    assert placement_rows.reading(row, text.encode("utf-8"))[3] == [["changelog", "", ""]]


def test_placement_text_is_the_judgement_of_the_reading():
    text = "# Tool\n\n## Install\n\nrun it\n\n## Sponsors\n\n### Gold\n\n[SerpApi](https://serpapi.com/?utm_source=x)\n"
    start = text.index("https://")
    assert headings_above(text, start) == ["Gold", "Sponsors", "Tool"]
    assert placement_text(text, start) == placement_said(headings_above(text, start), own_line(text, start)) \
        == 'the heading "Sponsors"'


def _scan(tmp_path, monkeypatch, capsys, files):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "git@github.com:typicode/json-server.git"],
                   check=True)
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    return sorted(d["name"] for d in json.loads(capsys.readouterr().out))


@pytest.mark.parametrize("heading, held", [("## Sponsors", True), ("## Install", False)])
def test_scan_and_the_stored_reading_agree(tmp_path, monkeypatch, capsys, heading, held):
    text = f"# JSON-Server\n\n{heading}\n\n[SerpApi]({PARTNER})\n"
    scanned = _scan(tmp_path, monkeypatch, capsys, {"README.md": text})
    row = {"repo": "typicode/json-server", "commit": "", "path": "README.md", "line": "5", "url": PARTNER}
    at, headings, line, convention, sentence = placement_rows.reading(row, text.encode("utf-8"))
    assert at == 5
    judged = validate_url(PARTNER, repo="typicode/json-server", path="README.md",
                          placement=(tuple(headings), line, convention, sentence))
    assert [n for n in scanned if n in VALUES] == [n for n in _names(judged) if n in VALUES]
    assert bool(set(_names(judged)) & set(VALUES)) is not held


def test_the_corpus_judge_reads_the_fact_file_both_ways(tmp_path):
    folder = tmp_path / "real-urls-99"
    folder.mkdir()
    labelled_corpus.write_empty_facts(tmp_path)
    (tmp_path / "row-lines.tsv").write_text("repo\tcommit\tpath\turl\ttext\n", encoding="utf-8")
    (tmp_path / "scan-reads.tsv").write_text("repo\tcommit\tpath\tline\turl\tread\thead\tfirst\tlines\n",
                                             encoding="utf-8")
    other = "https://vercel.com/?utm_source=Webpackdocs"
    (folder / "urls.tsv").write_text("url\trepo\tpath\tcommit\tline\tcontext\n"
                                     f"{PARTNER}\ttypicode/json-server\tREADME.md\tabc\t5\tmarkdown\n"
                                     f"{other}\ttypicode/json-server\tREADME.md\tabc\t9\tmarkdown\n", encoding="utf-8")
    (folder / "labels.tsv").write_text("url\trule\tverdict\treason\twrong_if\n" + "".join(
        f"{url}\treviewed\treviewed\t\t\n{url}\t{rule}\twrong\tthe sponsor's tags\t\n"
        for url in (PARTNER, other) for rule in ("missing-utm-param", "value-case")), encoding="utf-8")
    rows = [["typicode/json-server", "abc", "README.md", "5", PARTNER, "5", "texts", json.dumps(["Sponsors"]),
             json.dumps("[SerpApi]( )"), "[]"],
            ["typicode/json-server", "abc", "README.md", "9", other, "9", "texts", json.dumps(["Install"]),
             json.dumps("[Vercel]( )"), "[]"]]
    placement_rows.write(folder, rows)
    judged = labelled_corpus.judge(folder)
    assert not judged.found[PARTNER] & set(VALUES)  # under "Sponsors": held back
    assert {"missing-utm-param", "value-case"} <= judged.found[other]  # under "Install": told


def test_every_kept_files_row_is_todays_reading():
    """Corpus 2 keeps its files (tests/data/real-urls-2/files): each placement row read from them is what today's
    reading gives, so a change to scan.placement's reading shows here, not as a silent frozen fact."""
    folder = HERE.parent / "data" / "real-urls-2"
    stored = labelled_corpus.read_tsv(folder / placement_rows.NAME)
    kept = [row for row in stored if row["read"] == "kept"]
    assert kept
    for row in kept:
        raw, _ = placement_rows.raw_text(row, folder, None, None)
        at, headings, line, convention, sentence = placement_rows.reading(row, raw)
        assert (str(at), headings, line, convention, sentence) == (
            row["at"], json.loads(row["headings"]), json.loads(row["own_line"]), json.loads(row["convention"]),
            json.loads(row["sentence"])), row


def test_every_fact_row_is_a_corpus_row_and_reads():
    """Each placement-rows.tsv row names a row of its corpus's urls.tsv (repo, commit, path, url) and holds a reading
    (a JSON list of headings, a JSON string line, a JSON list of tag sets, a JSON string sentence) that placement_said
    judges without error."""
    for folder in sorted((HERE.parent / "data").glob("real-urls-*")):
        if not (folder / placement_rows.NAME).exists():
            continue
        rows = {(row["repo"], row.get("commit", ""), row["path"], row["url"])
                for row in labelled_corpus.read_tsv(folder / "urls.tsv")}
        for fact in labelled_corpus.read_tsv(folder / placement_rows.NAME):
            assert (fact["repo"], fact["commit"], fact["path"], fact["url"]) in rows, (folder.name, fact["url"])
            headings, line = json.loads(fact["headings"]), json.loads(fact["own_line"])
            assert isinstance(headings, list) and all(isinstance(h, str) for h in headings) and isinstance(line, str)
            assert all(isinstance(t, list) and len(t) == 3 for t in json.loads(fact["convention"]))
            assert isinstance(json.loads(fact.get("sentence") or '""'), str), fact
            assert fact["read"] in ("kept", "texts") or fact["read"].startswith("mirror:"), fact
            placement_said(headings, line)


def test_the_stored_readings_were_written_by_the_reading_as_it_is():
    """placement-rows.tsv holds the reading's answers, not the files' texts (most came from mirrors kept outside the
    repository): after a change to scan's placement reading or to file_convention, the corpus judge would apply the
    new judgement to the old reading's answers and no corpus could show the change (review41 M4). The digest of the
    reading code the rows were written by must be the code's own; when it is not, rerun placement_rows.py over every
    corpus with the mirrors, and say in the commit what the new reading moved."""
    stamp = placement_rows.STAMP.read_text(encoding="utf-8").split()[0]
    assert stamp == placement_rows.reading_stamp(), (
        "scan's placement reading (or checks.tracking.copied_file) changed since placement-rows.tsv was written: run "
        "`python tests/validate_url/placement_rows.py --mirrors /work/.mirror --texts /work/texts41` (every corpus) and "
        "measure what the new reading moves; rows whose text is not at hand are kept with the old reading (the stamp "
        "file says how many)")


def test_the_stamp_follows_the_reading_code(monkeypatch):
    import inspect

    from utmlint.scan import placement

    before = placement_rows.reading_stamp()
    source = inspect.getsource
    # one character more in scan.placement's source (a new helper of the reading, a pattern widened) moves the stamp
    monkeypatch.setattr(inspect, "getsource", lambda obj: source(obj) + (" " if obj is placement else ""))
    assert placement_rows.reading_stamp() != before
