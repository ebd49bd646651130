"""A tagged link in a Markdown or reST page that ends at a key's `=` has that value written empty: no program goes on
to write it, as one may after a code literal's `'...&utm_medium=' + medium` (scan.synthetic's open query).

- Corpus 52 #2: forcedotcom/cli `releasenotes/sfdx/v48.md` links Salesforce's blog as
  `[...](https://developer.salesforce.com/blogs/2020/02/...html?utm_campaign=February_2020&utm_source=release_notes&utm_medium=)`:
  the medium is empty, GA4 records `release_notes / (not set)` under Unassigned; missing-utm-param said nothing (the
  link was read as a code literal the program finishes), now it says the medium is written empty.
- Still open, nothing said to be missing: a code literal ending at `=` (the program writes the value), a guide's bare
  `?utm_source=` in a page (no value written at all), a link with a placeholder in a page.
Real files in a temp folder, `utmlint scan` in-process; validate_url with the page's path, as the corpus judge calls it."""

from __future__ import annotations

import json

from utmlint.cli import main
from utmlint.validate_url import validate_url

BLOG = ("https://developer.salesforce.com/blogs/2020/02/using-salesforce-cli-output-and-scripting.html"
        "?utm_campaign=february_2020&utm_source=release_notes&utm_medium=")


def _scan(tmp_path, monkeypatch, capsys, files):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    return sorted((d["path"], d["name"], d["message"]) for d in json.loads(capsys.readouterr().out))


def test_a_pages_link_ending_at_an_empty_medium_is_told_the_medium_is_missing(tmp_path, monkeypatch, capsys):
    found = _scan(tmp_path, monkeypatch, capsys, {
        "v48.md": f"* CHANGE: all JSON output goes to stdout. See [this blog post]({BLOG}).\n",
        "notes.rst": f"See `the blog post <{BLOG}>`_ for details.\n",
    })
    assert [(path, name) for path, name, _ in found] == [("notes.rst", "missing-utm-param"),
                                                        ("v48.md", "missing-utm-param")], found
    message = found[1][2]
    assert "`utm_medium=` written with an empty value" in message and "`release_notes / (not set)`" in message
    assert "write its value after the `=`" in message
    # validate_url, told the page it is written in, as the corpus judge calls it
    said = validate_url(BLOG, repo="forcedotcom/cli", path="releasenotes/sfdx/v48.md")
    assert [f.name for f in said.findings] == ["missing-utm-param"]


def test_a_code_literal_or_a_bare_key_ending_at_its_equals_sign_stays_open(tmp_path, monkeypatch, capsys):
    found = _scan(tmp_path, monkeypatch, capsys, {
        # the program writes the medium after the literal
        "link.js": f"const url = '{BLOG}' + medium;\n",
        # a guide's bare key: no value written at all
        "guide.md": "Append `?utm_source=` to the address: [the docs](https://developer.salesforce.com/docs?utm_source=).\n",
        # a placeholder the page's template fills
        "post.md": "[blog](https://developer.salesforce.com/blogs?utm_source={{ site }}&utm_medium=)\n",
    })
    assert not [f for f in found if f[1] == "missing-utm-param"], found
    assert not [f.name for f in validate_url(BLOG, repo="forcedotcom/cli", path="src/link.js").findings]
    assert not [f.name for f in validate_url(BLOG).findings]  # one URL alone: where it stops is not known


def test_a_template_quoted_as_inline_code_stays_open(tmp_path, monkeypatch, capsys):
    # review48 F11: a guide quotes the whole link as inline code for the reader to complete after `utm_campaign=`: a
    # template, as a code literal is, not a published link with an empty value; the same link as a link is told
    template = "https://acme.io/?utm_source=partner&utm_medium=referral&utm_campaign="
    found = _scan(tmp_path, monkeypatch, capsys, {
        "guide.md": f"To track, build: `{template}` and add your campaign.\n",
        "notes.rst": f"Build ``{template}`` and add your campaign.\n",
        "page.md": f"See [our site]({template}).\n",
    })
    assert [(path, name) for path, name, _ in found] == [("page.md", "missing-utm-param")], found
