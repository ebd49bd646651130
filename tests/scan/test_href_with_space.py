"""An `href` holding a space is one link, read to its quote (stranger17 R5).

A hand-built e-mail's `<a href="...&amp;utm_campaign=Spring Sale&amp;utm_content=hero">` stopped at the space: the
campaign was left unjudged as "a string that goes on", `utm_content` was lost from the inventory, and the file was
"All clean". A link attribute's value is the address whole (a browser sends the space as `%20`); a text attribute
(`title`, `content`) may hold a link and words, and keeps the doubt."""

from __future__ import annotations

import json

from utmlint.cli import main

EMAIL = ('<a href="https://northwind.io/p?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=Spring Sale'
         '&amp;utm_content=hero">Start</a>\n'
         '<form action="https://northwind.io/signup?utm_source=newsletter&utm_medium=email&utm_campaign=Big Launch">\n'
         '<a title="https://northwind.io/?utm_source=newsletter&utm_medium=email&utm_campaign=Docs for more" '
         'href="https://northwind.io/">x</a>\n')


def _scan(tmp_path, monkeypatch, capsys, *args):
    (tmp_path / "emails").mkdir()
    (tmp_path / "emails" / "welcome.html").write_text(EMAIL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "--no-cache", *args, "emails"])
    return code, capsys.readouterr().out


def test_an_hrefs_value_with_a_space_is_judged_whole(tmp_path, monkeypatch, capsys):
    code, out = _scan(tmp_path, monkeypatch, capsys, "--format", "json")
    found = [(f["line"], f["code"], f["message"]) for f in json.loads(out)]
    assert code == 1
    assert [(line, code_) for line, code_, _ in found] == [(1, "UTM201"), (2, "UTM201")], found
    assert "`Spring Sale`" in found[0][2] and "`Big Launch`" in found[1][2]


def test_the_inventory_keeps_the_keys_after_the_space(tmp_path, monkeypatch, capsys):
    _, out = _scan(tmp_path, monkeypatch, capsys, "--links", "--format", "json")
    rows = json.loads(out)
    first = [r for r in rows if r["line"] == 1][0]
    assert first["utm_campaign"] == "Spring Sale" and first["utm_content"] == "hero" and first["channel"] == "Email"


def test_a_text_attributes_link_and_words_stay_unjudged(tmp_path, monkeypatch, capsys):
    """`title="https://...&utm_campaign=Docs for more"`: the words after the link are prose, so `Docs` may be
    `Docs for more` or `Docs` and words: not judged, as before."""
    _, out = _scan(tmp_path, monkeypatch, capsys, "--links", "--format", "json")
    titled = [r for r in json.loads(out) if r["line"] == 3][0]
    assert titled["utm_campaign"].endswith("…")


def test_fix_writes_the_value_inside_the_attribute(tmp_path, monkeypatch, capsys):
    _scan(tmp_path, monkeypatch, capsys, "--fix")
    text = (tmp_path / "emails" / "welcome.html").read_text(encoding="utf-8")
    assert "utm_campaign=spring sale&amp;utm_content=hero" in text and "utm_campaign=big launch\"" in text
    assert "utm_campaign=Docs for more" in text
