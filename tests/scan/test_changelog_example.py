"""An example path quoted as code in a changelog's prose is read, never followed: no advice on its tags.

- Corpus 10 #295 #297: Shopify/hydrogen `docs/changelog.json:3364`, a release's fix: "For example, a redirect in the
  admin from `/snowboards` to `/collections/snowboards` will now match on the URL `/snowboards?utm_campaign=buffer`
  and redirect the user to `/collections/snowboards?utm_campaign=buffer`": both were told to drop their tags as an
  internal link's (utm-internal-link), which would rewrite what the release notes say the code does.
- Still links: a relative link written as a link in the changelog, a full URL quoted as code, and a backtick in code
  (`history.js`: a JS template literal is a live link whatever the file's name).
Real files in a temp folder, `utmlint scan --format json` in-process."""

from __future__ import annotations

import json

import pytest

from utmlint.cli import main
from utmlint.scan.examples import changelog_example

ENTRY = {"title": "Fix redirects with query strings", "description": (
    "For example, a redirect in the admin from `/snowboards` to `/collections/snowboards` will now match on the URL "
    "`/snowboards?utm_campaign=buffer` and redirect the user to `/collections/snowboards?utm_campaign=buffer`")}


def scan(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    return sorted((f["path"], f["line"], f["name"]) for f in json.loads(capsys.readouterr().out))


def test_an_example_path_in_a_changelog_gets_no_advice_on_its_tags(tmp_path, monkeypatch, capsys):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "changelog.json").write_text(json.dumps({"releases": [{"fixes": [ENTRY]}]}, indent=2),
                                                      encoding="utf-8")
    (tmp_path / "CHANGELOG.md").write_text(
        "## 1.2.0\n\n- Redirects keep the query: `/snowboards?utm_campaign=buffer` goes to the collection.\n"
        "- New [pricing page](/pricing?utm_source=changelog).\n", encoding="utf-8")
    (tmp_path / "history.js").write_text("const back = `/pricing?utm_source=app`;\n", encoding="utf-8")
    assert scan(tmp_path, monkeypatch, capsys) == [("CHANGELOG.md", 4, "utm-internal-link"),
                                                   ("history.js", 1, "utm-internal-link")]


@pytest.mark.parametrize("path, text, url, expected", [
    ("docs/changelog.json", "URL `/snowboards?utm_campaign=buffer` now", "/snowboards?utm_campaign=buffer", True),
    ("CHANGES", "`?utm_source=x` is kept", "?utm_source=x", True),
    ("release-notes/v2.4.md", "`/a?utm_source=x`", "/a?utm_source=x", True),
    ("HISTORY.rst", "``/a?utm_source=x``", "/a?utm_source=x", True),
    ("docs/guide.md", "`/a?utm_source=x`", "/a?utm_source=x", False),  # not a changelog: maybe the team's link
    ("CHANGELOG.md", "`https://a.example/?utm_source=x`", "https://a.example/?utm_source=x", False),  # a full URL
    ("CHANGELOG.md", "[x](/a?utm_source=x)", "/a?utm_source=x", False),  # a link
    ("history.ts", "`/a?utm_source=x`", "/a?utm_source=x", False),  # a JS template literal
])
def test_what_is_an_example_path(path, text, url, expected):
    start = text.index(url)
    assert changelog_example(path, text, start, start + len(url), url) is expected
