"""A newsletter's archive kept one folder per issue (DevOps'ish's `content/archive/123/notes.md`, Hugo's page bundles):
each issue's notes link the news with the tags of wherever each article was found, too few in one file to tell a
collection; the same name in each numbered folder is one series, read together as a podcast's `podcast-*.md` files
are (scan.collection.series). CloudForecast's `utm_campaign=website&utm_source=Last` (corpus 5 #82) was told to add a
medium and write `last`. A series tagged with the team's own name keeps its findings, and versioned docs (`v1/`,
`v2/`) are no series. Real files in a temp git folder, `utmlint scan`."""

from __future__ import annotations

import json
import subprocess

from utmlint.cli import main
from utmlint.scan.collection import series

ISSUES = {
    "120": "- [Serverless reapers](https://www.cloudforecast.io/blog/reapers/?utm_campaign=website&utm_source=Last)\n",
    "121": "- [Box](https://www.reuters.com/article/box-idUS?utm_source=reddit.com)\n",
    "122": "- [Pinterest](https://time.com/5947561/pinterest/?utm_source=twitter&utm_medium=social)\n",
    "123": "- [Perks](https://www.businessinsider.com/perks?utm_source=feedly&utm_medium=rss&utm_campaign=feed)\n",
}


def _scan(tmp_path, monkeypatch, capsys, slug, files):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", f"git@github.com:{slug}.git"], check=True)
    for path, text in files.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "--no-cache", "--format", "json", "."])
    return code, [(d["path"].replace("\\", "/"), d["name"]) for d in json.loads(capsys.readouterr().out)]


def test_the_series_of_a_file_in_a_numbered_folder():
    assert series("content/archive/123/notes.md") == ("content/archive", "*/notes.md")
    assert series("content/posts/2021-06-01/index.md") == ("content/posts", "*-*-*/index.md")
    assert series("hugo/content/posts/podcast-538.md") == ("hugo/content/posts", "podcast-*.md")
    assert series("docs/v2/guide.md") == ("", "")  # a version, not an issue
    assert series("README.md") == ("", "")


def test_a_newsletters_issue_folders_are_one_collection(tmp_path, monkeypatch, capsys):
    code, found = _scan(tmp_path, monkeypatch, capsys, "chris-short/devopsish.com",
                        {f"content/archive/{n}/notes.md": text for n, text in ISSUES.items()})
    assert ("content/archive/120/notes.md", "copied-tracking") in found
    assert not any(name in ("missing-utm-param", "value-case") for _, name in found)


def test_issue_folders_tagged_with_the_teams_own_name_keep_its_typo(tmp_path, monkeypatch, capsys):
    own = {f"content/archive/{n}/notes.md":
           f"- [Item](https://site{n}.dev/?utm_source=devopsish&utm_medium=emial&utm_campaign=issue-{n})\n"
           for n in ISSUES}
    code, found = _scan(tmp_path, monkeypatch, capsys, "chris-short/devopsish.com", own)
    assert sorted(found) == [(path, "medium-unassigned") for path in sorted(own)] and code == 1


def test_versioned_docs_are_no_series(tmp_path, monkeypatch, capsys):
    docs = {f"docs/v{n}/guide.md": text for n, text in zip("1234", ISSUES.values())}
    code, found = _scan(tmp_path, monkeypatch, capsys, "acme/docs", docs)
    assert ("docs/v1/guide.md", "missing-utm-param") in found  # judged file by file, as before
