"""An llms.txt is Markdown (llmstxt.org: an H1 naming the project, then a `>` summary): a site's
generator writes its pages' Markdown into it as it is, backslash escapes too. Corpus 14 #114-#120: Sei's
llms-full.txt keeps MDX's `?utm_source=sei\\&utm_medium=docs`; read as plain text the link ended at the backslash
and missing-utm-param asked for the medium the link has. A plain .txt that is not in that format reads as it did.
Since session 33 a folder scan skips an `llms-full.txt` as generated (a docs build's concatenation of the pages, whose
links scan reads in the pages: Sei's are `evm/indexer-providers/goldsky.mdx`'s); a hand-kept `llms.txt` is read.
stranger14 R5: only where the repository's pages write its tracked links (half or more); a marketing site's hand-kept
llms-full.txt (its links in no page, a blog beside it or not) is the team's own text, read in a walk and when named
(its typo keeps its finding)."""

from __future__ import annotations

import json
import subprocess

from utmlint.cli import main
from utmlint.scan import scan_text

# sei-protocol/sei-docs llms-full.txt at 0fd4794a: its first three lines and line 30514 (cut)
SEI = ("# Sei Documentation\n\n> Technical documentation for Sei \u2014 a parallelized EVM Layer 1 with sub-second "
       "finality, full Ethereum tooling compatibility, and a roadmap toward Sei Giga.\n\n"
       "Let's dive into the difference in this guide and learn more about which solution is right for you. If you're "
       "ready to get started, please visit [this page](https://docs.goldsky.com/chains/sei/?utm_source=sei\\&utm_medium"
       "=docs) for a quickstart guide on how to index Sei with Goldsky.\n")


def test_an_llms_txt_is_read_as_markdown():
    [found] = scan_text(SEI, ".txt")
    assert found.url == "https://docs.goldsky.com/chains/sei/?utm_source=sei&utm_medium=docs"
    # not the format: a `#` comment with no `>` summary, or no heading at all, is plain text as before
    for text in ("# pinned versions\nrequests==2.31\n" + SEI.split("\n\n", 2)[2], SEI.split("\n\n", 2)[2]):
        [plain] = scan_text(text, ".txt")
        assert plain.url == "https://docs.goldsky.com/chains/sei/?utm_source=sei"


def test_scan_asks_an_llms_txt_link_only_for_what_it_lacks(tmp_path, monkeypatch, capsys):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin",
                    "https://github.com/sei-protocol/sei-docs.git"], check=True)
    (tmp_path / "llms.txt").write_text(SEI, encoding="utf-8")
    (tmp_path / "llms-full.txt").write_text(SEI, encoding="utf-8")
    # the page it is built from (Sei's `evm/indexer-providers/goldsky.mdx`): without pages it is read (R5 below)
    (tmp_path / "evm").mkdir()
    (tmp_path / "evm" / "goldsky.mdx").write_text(
        "# Goldsky\n[this page](https://docs.goldsky.com/chains/sei/?utm_source=sei&utm_medium=docs)\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "."])
    found = {d["name"]: d["message"] for d in json.loads(capsys.readouterr().out)}
    assert "missing-utm-param" in found and "no `utm_medium`" not in found["missing-utm-param"]
    assert "`utm_campaign`" in found["missing-utm-param"]
    main(["scan", "--show-files", "--format", "concise", "."])
    out = capsys.readouterr().out
    assert "checked  llms.txt (1 tracked link)" in out and "llms-full.txt:5:" not in out
    assert "skipped  llms-full.txt: is a docs site's pages concatenated for language models" in out


PIXEL = """# Pixel
> Pixel is a privacy-first analytics tool.
## Pricing
Start free at https://pixel.io/signup?utm_source=llms&utm_medium=referal&utm_campaign=ai-traffic
"""


def _site(tmp_path, monkeypatch, pages=()):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "git@github.com:pixelhq/website.git"],
                   check=True)
    for name, text in {"public/llms-full.txt": PIXEL, "src/nav.html": '<a href="/pricing">Pricing</a>\n',
                       "README.md": "# website\n", "CHANGELOG.md": "# 1.0\n", **dict.fromkeys(pages, "# A page\n")}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)


def _found(capsys):
    return [(d["path"], d["line"], d["name"]) for d in json.loads(capsys.readouterr().out)]


def test_a_hand_kept_llms_full_txt_is_read(tmp_path, monkeypatch, capsys):
    _site(tmp_path, monkeypatch)
    for given in (".", "public", "public/llms-full.txt"):  # a walk, a folder's, the file named (the hook)
        assert main(["scan", "--no-cache", "--format", "json", given]) == 1
        assert [(line, name) for _, line, name in _found(capsys)] == [(4, "medium-unassigned")]


def test_an_unrelated_page_does_not_make_it_generated(tmp_path, monkeypatch, capsys):
    # a blog post with no link of the file (stranger14's second repro): the file's links are in no page, it is read
    _site(tmp_path, monkeypatch, pages=["content/blog/hello.md"])
    for given in (".", "public", "public/llms-full.txt"):
        assert main(["scan", "--no-cache", "--format", "json", given]) == 1
        assert [(line, name) for _, line, name in _found(capsys)] == [(4, "medium-unassigned")]


def test_beside_its_pages_an_llms_full_txt_is_skipped(tmp_path, monkeypatch, capsys):
    _site(tmp_path, monkeypatch, pages=["docs/getting-started.mdx"])
    (tmp_path / "docs" / "getting-started.mdx").write_text(
        "Start free at https://pixel.io/signup?utm_source=llms&utm_medium=referal&utm_campaign=ai-traffic\n",
        encoding="utf-8")
    for given in (".", "public/llms-full.txt"):  # told once, where the page writes it
        assert main(["scan", "--no-cache", "--format", "json", given]) == (1 if given == "." else 0)
        assert [(path, name) for path, _, name in _found(capsys)] == (
            [("docs/getting-started.mdx", "medium-unassigned")] if given == "." else [])


def test_a_symlinked_page_does_not_make_it_generated(tmp_path, monkeypatch, capsys):
    # scan follows no symbolic link: a page that is a link to a file elsewhere (outside the repository, written by a
    # pull request to silence the file) is no page the file is built from, in a walk of one folder or the file named
    outside = tmp_path / "outside.mdx"
    outside.write_text("https://pixel.io/signup?utm_source=llms&utm_medium=referal&utm_campaign=ai-traffic\n",
                       encoding="utf-8")
    repo = tmp_path / "repo"
    _site(repo, monkeypatch)
    (repo / "docs").mkdir()
    (repo / "docs" / "getting-started.mdx").symlink_to(outside)
    for given in (".", "public", "public/llms-full.txt"):
        assert main(["scan", "--no-cache", "--format", "json", given]) == 1
        assert [(line, name) for _, line, name in _found(capsys)] == [(4, "medium-unassigned")]
