"""newuser F8 (session 42): one file, one spelling of a source. A Customer.io template's links write Customer.io's own
`customer.io` twice and `Customer.io` once: value-case told `Customer.io` to write `customerio` (the profile's name),
and `scan --fix` made `customer.io, customer.io, customerio`, two GA4 source rows for one sender, then "All clean"
(an auto value is held back in scan). A respelling now follows the spelling of the same source the file's other links
write (suggest.file_spelling), and a file that writes a platform's own value beside the profile's name by hand is
told by source-fragmentation, as lint tells it across campaign files. Both ways: the mirror file (`customerio` twice,
`Customer.io` once) keeps `customerio`; the platform's own value alone in a file (where the platform wrote it) is
still no mistake."""

from __future__ import annotations

import json

from utmlint.cli import main


def _link(source: str, page: str) -> str:
    return f'<p><a href="https://acmeflow.com/{page}?utm_source={source}&utm_medium=email&utm_campaign=dec">{page}</a></p>\n'


def _file(tmp_path, name: str, *sources: str):
    (tmp_path / name).write_text("".join(_link(s, f"p{i}") for i, s in enumerate(sources)), encoding="utf-8")


def _scan(tmp_path, monkeypatch, capsys, *args):
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    main(["scan", "--no-cache", *args])
    return capsys.readouterr().out


def _findings(tmp_path, monkeypatch, capsys, name: str):
    return [(f["name"], f["message"]) for f in json.loads(_scan(tmp_path, monkeypatch, capsys, "--format", "json", name))]


def test_the_fix_follows_the_files_own_spelling(tmp_path, monkeypatch, capsys):
    _file(tmp_path, "t.html", "customer.io", "customer.io", "Customer.io")
    found = _findings(tmp_path, monkeypatch, capsys, "t.html")
    assert [name for name, _ in found] == ["value-case"]  # the capitals are still told
    assert found[0][1].endswith("write `customer.io`")
    _scan(tmp_path, monkeypatch, capsys, "--fix", "t.html")
    assert (tmp_path / "t.html").read_text(encoding="utf-8").count("utm_source=customer.io&") == 3  # one spelling
    assert "All clean" in _scan(tmp_path, monkeypatch, capsys, "t.html")


def test_the_mirror_file_keeps_the_profiles_name(tmp_path, monkeypatch, capsys):
    _file(tmp_path, "u.html", "customerio", "customerio", "Customer.io")
    found = _findings(tmp_path, monkeypatch, capsys, "u.html")
    assert [name for name, _ in found] == ["value-case"]
    assert found[0][1].endswith("write `customerio`")
    _scan(tmp_path, monkeypatch, capsys, "--fix", "u.html")
    assert (tmp_path / "u.html").read_text(encoding="utf-8").count("utm_source=customerio&") == 3


def test_a_file_writing_both_spellings_is_told(tmp_path, monkeypatch, capsys):
    _file(tmp_path, "w.html", "customerio", "customer.io")
    found = _findings(tmp_path, monkeypatch, capsys, "w.html")
    assert [name for name, _ in found] == ["source-fragmentation"]
    assert "`customer.io` is also spelled `customerio`" in found[0][1]
    assert "set Customer.io's own utm_source to `customerio` too" in found[0][1]


def test_the_platforms_own_value_alone_is_no_mistake(tmp_path, monkeypatch, capsys):
    # another e-mail, tagged by Customer.io itself, beside the team's own `customerio` e-mail: not told, as before
    _file(tmp_path, "sent.html", "customer.io", "customer.io")
    _file(tmp_path, "welcome.html", "customerio")
    assert _findings(tmp_path, monkeypatch, capsys, ".") == []


def test_the_files_separator_is_followed(tmp_path, monkeypatch, capsys):
    _file(tmp_path, "s.html", "acme_letter", "acme_letter", "Acme-Letter")
    found = _findings(tmp_path, monkeypatch, capsys, "s.html")
    assert [name for name, _ in found] == ["value-case"]  # source-fragmentation's same advice is one finding with it
    case = found[0][1]
    assert case.endswith("which this file's other links write `acme_letter`: GA4's channel rules read both the same "
                         "way); write `acme_letter`")
    _scan(tmp_path, monkeypatch, capsys, "--fix", "s.html")
    assert (tmp_path / "s.html").read_text(encoding="utf-8").count("utm_source=acme_letter&") == 3


def test_a_spelling_that_would_move_the_link_is_not_followed(tmp_path, monkeypatch, capsys):
    # `facebook` is on GA4's social list, tested before the medium: `Face-Book` on an e-mail is Email, `facebook` would
    # take it to Organic Social, so the file's `facebook` links are no spelling to follow
    _file(tmp_path, "f.html", "facebook", "facebook", "Face-Book")
    found = _findings(tmp_path, monkeypatch, capsys, "f.html")
    case = next(message for name, message in found if name == "value-case")
    assert case.endswith("write `face-book`")
