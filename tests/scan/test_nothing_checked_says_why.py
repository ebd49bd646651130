"""stranger13 R8 (the rest): a folder scan whose only file with links is generated (`*.generated.json`, skipped)
said only "Nothing checked: no file to scan found.", exit 0: as ruff and lychee say why a run found nothing to check,
it now says each file or folder it left out and why on stderr (at most five, then how many more `--show-files`
lists), and the summary counts them. A temp git repository with an `origin` remote, `utmlint scan .` as a user runs
it; MCP's scan_files says the same."""

from __future__ import annotations

import subprocess

from utmlint.cli import main

GENERATED = "src/data/promo-links.generated.json"


def _repo(tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "git@github.com:acme/widget.git"],
                   check=True)
    (tmp_path / "src" / "data").mkdir(parents=True)
    (tmp_path / GENERATED).write_text(
        '{"promo": "https://acme.com/sale?utm_source=newsletter&utm_medium=emial&utm_campaign=spring"}\n',
        encoding="utf-8")
    # its source, a kind scan does not read (scan reads `<name>.yaml.tpl` as YAML since kinds, session 33)
    (tmp_path / "src" / "data" / "promo-links.jsonnet").write_text("{ promo: std.extVar('promo') }\n", encoding="utf-8")


def test_a_folder_of_only_a_generated_file_says_what_was_skipped(tmp_path, monkeypatch, capsys):
    _repo(tmp_path)
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "--no-cache", "."])
    out, err = capsys.readouterr()
    assert code == 0
    assert out == "Nothing checked: no file to scan found; 1 skipped (why above).\n"
    assert f"utmlint: skipped {GENERATED}: is generated (its name says so)" in err


def test_an_empty_folder_still_says_nothing_was_found(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "--no-cache", "."])
    out, err = capsys.readouterr()
    assert (code, out, err) == (0, "Nothing checked: no file to scan found.\n", "")


def test_more_than_five_are_counted(tmp_path, monkeypatch, capsys):
    _repo(tmp_path)
    for n in range(6):
        (tmp_path / "src" / "data" / f"more{n}.generated.json").write_text("{}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "."])
    out, err = capsys.readouterr()
    assert err.count("utmlint: skipped ") == 6
    assert "utmlint: skipped 2 more (`utmlint scan --show-files` lists every file skipped)" in err
    assert out == "Nothing checked: no file to scan found; 7 skipped (why above).\n"


def test_mcp_scan_files_says_the_same(tmp_path, monkeypatch):
    from utmlint.mcp.tools import Workspace

    _repo(tmp_path)
    monkeypatch.chdir(tmp_path)
    answer = Workspace(tmp_path).scan_files(["."])
    assert any(note.startswith(f"skipped {GENERATED}: is generated") for note in answer.notes)
    assert answer.notes[-1].startswith("Nothing checked")
