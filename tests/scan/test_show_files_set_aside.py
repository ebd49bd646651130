"""newuser44 L3: `scan --show-files` listed the links it read and set aside ("not judged ...") and then said, under
the summary, "`utmlint scan --show-files` lists them": the run was given the option, and the listing is right above.
With the listing shown the line says "listed above"; without it the pointer stays."""

from __future__ import annotations

from utmlint.cli import main

from repository import git_repo, write

README = """# Acme

## Sponsors

[Warp](https://warp.dev/?utm_source=acme&utm_medium=Sponsor&utm_campaign=oss)
"""
GUIDE = "# Guide\n\nMore: [x](https://acmeflow.com/x?utm_source=github&utm_medium=Referral&utm_campaign=readme)\n"


def _scan(tmp_path, monkeypatch, capsys, files, *argv):
    folder = git_repo(tmp_path / "acme", "https://github.com/acmeflow/widget.git")
    for name, text in files.items():
        write(folder / name, text)
    monkeypatch.chdir(folder)
    main(["scan", "--no-cache", *argv, "."])
    return capsys.readouterr().out


def test_the_set_aside_line_points_at_the_listing_it_follows(tmp_path, monkeypatch, capsys):
    out = _scan(tmp_path, monkeypatch, capsys, {"README.md": README, "docs/guide.md": GUIDE}, "--show-files")
    assert "  not judged  README.md:5:" in out
    assert out.rstrip("\n").endswith("its URL's shape still checked): listed above."), out
    assert "--show-files` lists" not in out


def test_nothing_checked_with_the_listing_says_listed_above(tmp_path, monkeypatch, capsys):
    out = _scan(tmp_path, monkeypatch, capsys, {"README.md": README}, "--show-files")
    assert out.rstrip("\n").endswith("no values of your campaigns to check): listed above."), out
    out = _scan(tmp_path / "again", monkeypatch, capsys, {"README.md": README})
    assert out.rstrip("\n").endswith("`utmlint scan --show-files` lists it."), out  # no listing: the pointer
