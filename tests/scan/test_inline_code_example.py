"""A full URL quoted as inline code in Markdown prose is an example a guide shows (stranger10 R16: "Inline:
`https://acme.dev/?utm_source=Newsletter&...` is wrong."): it is reported as any link is, with no fix, so
`scan --fix` leaves the guide's example as written; the same URL written as a link is fixed. Real files in a temp
folder, `utmlint scan` in-process."""

from __future__ import annotations

import json

from utmlint.cli import main

EXAMPLE = "https://acme.dev/?utm_source=Newsletter&utm_medium=email&utm_campaign=nov"
GUIDE = f"# Tagging guide\n\nInline: `{EXAMPLE}` is wrong.\n\nLive: [the digest]({EXAMPLE})\n"


def test_an_inline_code_url_in_a_guide_is_told_but_not_fixed(tmp_path, monkeypatch, capsys):
    (tmp_path / "guide.md").write_text(GUIDE, encoding="utf-8")
    (tmp_path / "links.js").write_text(f"const u = `{EXAMPLE}`;\n", encoding="utf-8")  # a JS template literal: live
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = sorted((d["path"], d["line"], d["name"], d["fix"] is not None) for d in json.loads(capsys.readouterr().out))
    assert found == [("guide.md", 3, "value-case", False), ("guide.md", 5, "value-case", True),
                     ("links.js", 1, "value-case", True)]
    main(["scan", "--no-cache", "--fix", "."])
    capsys.readouterr()
    assert (tmp_path / "guide.md").read_text(encoding="utf-8") == GUIDE.replace(
        f"[the digest]({EXAMPLE})", f"[the digest]({EXAMPLE.replace('Newsletter', 'newsletter')})")


def test_an_inline_literal_url_in_a_rest_guide_is_told_but_not_fixed(tmp_path, monkeypatch, capsys):
    """stranger10 R16 in reStructuredText: an inline literal (``...``) is the guide's example; `text <url>`_ is a
    link, and so is a bare URL: both are fixed."""
    guide = (f"Tagging guide\n=============\n\nInline: ``{EXAMPLE}`` is wrong.\n\n"
             f"Live: `the digest <{EXAMPLE}>`_ and {EXAMPLE}\n")
    (tmp_path / "guide.rst").write_text(guide, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = sorted((d["line"], d["name"], d["fix"] is not None) for d in json.loads(capsys.readouterr().out))
    assert found == [(4, "value-case", False), (6, "value-case", True), (6, "value-case", True)]
    main(["scan", "--no-cache", "--fix", "."])
    capsys.readouterr()
    fixed = EXAMPLE.replace("Newsletter", "newsletter")
    assert (tmp_path / "guide.rst").read_text(encoding="utf-8") == (
        f"Tagging guide\n=============\n\nInline: ``{EXAMPLE}`` is wrong.\n\nLive: `the digest <{fixed}>`_ and {fixed}\n")


def test_an_inline_literal_in_a_domain_named_repository_is_an_example_not_an_internal_link(tmp_path, monkeypatch,
                                                                                          capsys):
    # stranger11 R2: in acme-corp/acme.dev's guide, an example to paste into an e-mail is judged for its values, while
    # a link of the page to acme.dev is internal
    import subprocess

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "https://github.com/acme-corp/acme.dev.git"],
                   check=True)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "guide.rst").write_text(f"Paste ``{EXAMPLE}`` into your template.\n", encoding="utf-8")
    (tmp_path / "docs" / "guide.md").write_text(f"Paste `{EXAMPLE}`, or see [it]({EXAMPLE.lower()}).\n",
                                                encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = sorted((d["path"], d["name"]) for d in json.loads(capsys.readouterr().out))
    assert found == [("docs/guide.md", "utm-internal-link"), ("docs/guide.md", "value-case"),
                     ("docs/guide.rst", "value-case")]


def test_a_url_in_a_guides_code_block_is_told_but_not_fixed(tmp_path, monkeypatch, capsys):
    """stranger11 R14: an indented code block (Markdown) and, read with `scan: {code-blocks: true}`, a literal block
    (reST `::`, `.. code-block::`) are the guide's examples as much as an inline literal: `scan --fix` rewrote them.
    Told, not fixed; a list item's indented continuation and a line under a paragraph are no code block, and a reST
    `parsed-literal` holds live links. By default a reST literal block is not read at all, as a Markdown fenced block
    is not (fix30: its code examples, corpus 30 #31 #32 #34 #35)."""
    markdown = (f"# Guide\n\nPaste this:\n\n    {EXAMPLE}\n\n- a list item\n\n    [live]({EXAMPLE})\n")
    rest = (f"Guide\n=====\n\nPaste this::\n\n   {EXAMPLE}\n\n.. code-block:: text\n   :linenos:\n\n   {EXAMPLE}\n\n"
            f".. parsed-literal::\n\n   {EXAMPLE}\n")
    (tmp_path / "guide.md").write_text(markdown, encoding="utf-8")
    (tmp_path / "guide.rst").write_text(rest, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = sorted((d["path"], d["line"], d["fix"] is not None) for d in json.loads(capsys.readouterr().out))
    # review48 F11: by default the indented code block is not read either, as a fenced one is not
    assert found == [("guide.md", 9, True), ("guide.rst", 15, True)]
    (tmp_path / ".utmlint.yaml").write_text("scan: {code-blocks: true}\n", encoding="utf-8")
    main(["scan", "--no-cache", "--format", "json", "."])
    found = sorted((d["path"], d["line"], d["fix"] is not None) for d in json.loads(capsys.readouterr().out))
    assert [f for f in found if f[0] == "guide.md"] == [("guide.md", 5, False), ("guide.md", 9, True)]
    assert [f for f in found if f[0] == "guide.rst"] == [("guide.rst", 6, False), ("guide.rst", 11, False),
                                                         ("guide.rst", 15, True)]


def test_a_paragraph_of_one_inline_code_url_after_an_example_word_is_a_sample(tmp_path, monkeypatch, capsys):
    """Adobe's Marketo Measure glossary, Chinese translation (corpus 39 #9): a paragraph whose whole text is an example
    word and one inline code span quoting a URL (`e.g. `http://info.marketomeasure.com/...?utm_source=Event&utm_medium=
    booth...``) is a sample shown as code: skipped as a fenced block is, read with `scan: {code-blocks: true}`. Still
    read (review44 F9): a campaign plan's final URL written as a paragraph of one code span, inline code in a sentence or
    a list item, and a paragraph's last line after its first (`bio link should read` then the link)."""
    lone = "http://info.acme.dev/guide?utm_source=Event&utm_medium=booth&utm_campaign=Virtual%20Event"
    guide = (f"# Glossary\n\nThe campaign field is filled from the landing page's URL.\n\ne.g. `{lone}`\n\n"
             f"`{lone}`。\n\nIn a sentence: `{EXAMPLE}` is wrong.\n\n- `{EXAMPLE}`\n\n"
             f"Bio link should read\n`{EXAMPLE}`\n")
    plan = ("# Q4 demo campaign\n\n## LinkedIn ad (final URL)\n\n"
            "`https://acmeflow.com/demo?utm_source=LinkedIn&utm_medium=paid_social&utm_campaign=q4-demo`\n")
    (tmp_path / "guide.md").write_text(guide, encoding="utf-8")
    (tmp_path / "campaigns").mkdir()
    (tmp_path / "campaigns" / "q4-demo.md").write_text(plan, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = json.loads(capsys.readouterr().out)
    lines = {d["line"] for d in found if d["path"] == "guide.md"}
    assert 5 not in lines and {7, 9, 11, 14} <= lines
    assert any(d["path"] == "campaigns/q4-demo.md" and d["line"] == 5 for d in found)
    (tmp_path / ".utmlint.yaml").write_text("scan:\n  code-blocks: true\n", encoding="utf-8")
    main(["scan", "--no-cache", "--format", "json", "."])
    assert 5 in {d["line"] for d in json.loads(capsys.readouterr().out) if d["path"] == "guide.md"}
