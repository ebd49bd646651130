"""A Markdown link whose destination holds a space is read whole to its `)`, and told (newuser47b F1).

`[Acme Cloud](https://acme.dev/cloud?utm_source=blog&utm_medium=referral&utm_campaign=Launch Week 2026)` in a
Docusaurus blog post stopped at the space: `UTM201 value-case: write `launch``, and `scan --fix` wrote
`utm_campaign=launch Week 2026)`. CommonMark (GitHub, Docusaurus, MDX) makes no link of a destination with spaces:
the page shows the brackets and links only `...=Launch`; Python-Markdown (MkDocs) links it whole. The destination
is read whole (its values judged as written: `Launch Week 2026`), and url-invalid says the link is none for
CommonMark, with a safe fix writing each space `%20`: the address MkDocs sends already, a link everywhere. A
destination with a title (`"Title"`, `(title)`) or in `<angle brackets>` is a link as ever."""

from __future__ import annotations

import json

from utmlint.cli import main

POST = ("Sign up for [Acme Cloud](https://acme.dev/cloud?utm_source=blog&utm_medium=referral"
        "&utm_campaign=Launch Week 2026) to try everything.\n\n"
        "Or [the sale](https://acme.dev/x?utm_source=blog&utm_medium=referral&utm_campaign=spring sale).\n\n"
        '[Titled](https://acme.dev/y?utm_source=blog&utm_medium=referral&utm_campaign=ok "A title") and '
        "[angled](<https://acme.dev/z?utm_source=blog&utm_medium=referral&utm_campaign=autumn sale>).\n")


def _scan(tmp_path, monkeypatch, capsys, *args):
    (tmp_path / "blog").mkdir(exist_ok=True)
    post = tmp_path / "blog" / "launch.md"
    if not post.exists():
        post.write_text(POST, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "--no-cache", *args, "blog"])
    return code, capsys.readouterr().out


def test_the_destination_is_read_whole_and_told_it_is_no_link(tmp_path, monkeypatch, capsys):
    code, out = _scan(tmp_path, monkeypatch, capsys, "--format", "json")
    found = [(f["line"], f["column"], f["code"], f["message"]) for f in json.loads(out)]
    assert code == 1
    assert [(line, code_) for line, _, code_, _ in found] == [(1, "UTM201"), (1, "UTM303"), (3, "UTM303")], found
    assert "`Launch Week 2026` has capital letters" in found[0][3]  # never "write `launch`"
    assert found[1][1] == POST.index(" Week") + 1  # on the first space
    assert "make no link of it" in found[1][3] and "`%20`" in found[1][3] and "MkDocs" in found[1][3]


def test_the_inventory_has_the_whole_value(tmp_path, monkeypatch, capsys):
    _, out = _scan(tmp_path, monkeypatch, capsys, "--links", "--format", "json")
    rows = {r["line"]: r for r in json.loads(out)}
    assert rows[1]["utm_campaign"] == "Launch Week 2026" and rows[3]["utm_campaign"] == "spring sale"


def test_fix_makes_every_renderer_link_it(tmp_path, monkeypatch, capsys):
    code, _ = _scan(tmp_path, monkeypatch, capsys, "--fix")
    text = (tmp_path / "blog" / "launch.md").read_text(encoding="utf-8")
    assert "utm_campaign=launch%20week%202026) to try" in text, text
    assert "utm_campaign=spring%20sale)." in text
    assert 'utm_campaign=ok "A title")' in text and "utm_campaign=autumn sale>)" in text  # links as written
    assert code == 0
    code, out = _scan(tmp_path, monkeypatch, capsys)
    assert code == 0 and "All clean" in out  # a second run changes nothing


def test_url_invalid_off_leaves_it_unsaid(tmp_path, monkeypatch, capsys):
    _, out = _scan(tmp_path, monkeypatch, capsys, "--ignore", "url-invalid", "--format", "concise")
    assert "UTM303" not in out and "UTM201" in out
    (tmp_path / ".utmlint.yaml").write_text('per-file-ignores: {"blog/**": [UTM303]}\n', encoding="utf-8")
    _, out = _scan(tmp_path, monkeypatch, capsys, "--format", "concise")
    assert "UTM303" not in out
