"""A link quoted as inline code in Markdown is read as written: no entity decoded (newuser43 F7).

CommonMark decodes entities in a link's destination and in text, never inside a code span: a team guide's "Paste this:
`https://acme.io/spring?utm_source=newsletter&amp;utm_medium=email...`" shows the reader `&amp;`, who copies it, and
analytics reads a key `amp;utm_medium`. scan decoded it as a destination's and called the guide clean; the same URL in
JSON, JS or CSV was told url-html-escaped. A link's destination, a bare URL and an HTML attribute keep `&amp;` as `&`."""

from __future__ import annotations

import json

from utmlint.cli import main

QUERY = "utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=spring"


def _scan(tmp_path, monkeypatch, capsys, text: str):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "guide.md").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "--no-cache", "--format", "json", "docs"])
    return code, [(f["line"], f["code"], f["fix"]) for f in json.loads(capsys.readouterr().out)]


def test_inline_code_keeps_its_amp_as_written(tmp_path, monkeypatch, capsys):
    code, found = _scan(tmp_path, monkeypatch, capsys, f"Paste this: `https://acme.io/spring?{QUERY}`\n")
    assert [(line, rule) for line, rule, _ in found] == [(1, "UTM309")] and code == 1, found
    assert found[0][2] is None  # inline code is what the guide shows: told, never rewritten by --fix


def test_a_destination_a_bare_url_and_an_attribute_decode_it(tmp_path, monkeypatch, capsys):
    text = (f"[Spring](https://acme.io/spring?{QUERY})\n\nhttps://acme.io/spring?{QUERY}\n\n"
            f'<a href="https://acme.io/spring?{QUERY}">Spring</a>\n')
    code, found = _scan(tmp_path, monkeypatch, capsys, text)
    assert found == [] and code == 0, found
