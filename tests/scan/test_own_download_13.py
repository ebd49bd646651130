"""stranger13 R6: on the team's own site a link to a PDF gets utm-useless-destination (no page loads, no analytics
tag reads the tags), whatever its tags say. The rule gives way only to a copied-tracking finding the run actually
gives: read without the file's place, copied-tracking saw a copy it does not report here, so neither note was given
and the user was told to respell tags nobody reads (`write q1`). And a path ending in `/` names a folder's page, not
a file (R10). Real files in a temp git folder with an `origin` remote, `utmlint scan` as a user runs it."""

from __future__ import annotations

import json
from urllib.parse import unquote, urlsplit

from hypothesis import given, settings
from hypothesis import strategies as st

from utmlint.checks.tracking.destinations import download_suffixes, downloaded_file
from tests.scan.repository import git_repo
from utmlint.cli import main


def _scan(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "--no-cache", "--format", "json", "."])
    return code, json.loads(capsys.readouterr().out)


def _write(tmp_path, url):
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "x.md").write_text(f"Download {url} now\n", encoding="utf-8")


def test_own_sites_pdf_with_social_tags_gets_the_one_note(tmp_path, monkeypatch, capsys):
    git_repo(tmp_path, "git@github.com:pixelhq/website.git")
    _write(tmp_path, "https://pixel.io/a.pdf?utm_source=linkedin&utm_medium=paid-social&utm_campaign=Q1")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert [(d["name"], d["severity"]) for d in found] == [("utm-useless-destination", "info")]
    assert "downloads a `.pdf` file from pixel.io" in found[0]["message"]
    # the link may sit on the very page the file is offered on: the advice is about the links to that page
    assert "tag the links to the page the file is offered on" in found[0]["message"]
    assert code == 0


def test_own_sites_pdf_with_a_typo_gets_the_same_note(tmp_path, monkeypatch, capsys):
    git_repo(tmp_path, "git@github.com:pixelhq/website.git")
    _write(tmp_path, "https://pixel.io/a.pdf?utm_source=newsletter&utm_medium=emial&utm_campaign=q1")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert [d["name"] for d in found] == ["utm-useless-destination"]


def test_a_folder_page_is_no_file():
    assert downloaded_file("https://example.com/resources/guide.pdf/?utm_source=x") is None
    assert downloaded_file("https://pixel.io/get/pixel.app.zip/") is None
    assert downloaded_file("https://pixel.io/a.pdf?utm_source=x") == ".pdf"
    assert downloaded_file("https://get.zip/?utm_source=x") is None


def _by_split(url):
    """downloaded_file's answer read the long way: the path urlsplit finds, its last segment (its fast no must agree)."""
    try:
        split = urlsplit(url.strip())
    except ValueError:
        return None
    if split.scheme.lower() not in ("http", "https") or not split.hostname:
        return None
    name = unquote(split.path).lower().rsplit("/", 1)[-1]
    suffix = next((s for s in download_suffixes() if name.endswith(s)), None) if "." in name else None
    return None if suffix is None or name == suffix else suffix


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab./?#%2E:@[] \t", max_size=16), st.sampled_from(["", ".pdf", ".zip?x", "%2Epdf", "/a.tar.gz#x"]))
def test_the_fast_no_agrees_with_the_split_path(middle, end):
    url = "https://" + middle + end
    assert downloaded_file(url) == _by_split(url)
    assert downloaded_file(" " + url) == _by_split(" " + url)
