"""A `<name>.html.in` is a template configure, CMake's and meson's `configure_file` fill in: `@VERSION@` is their
placeholder (stranger14 R1). `utm_campaign=install-@VERSION@` is no capital-letter mistake, and the SAFE `--fix` must
never lowercase it (`@version@` is another, undefined name: the installed page's link would say it literally). The
team's real mistakes in the same file keep their findings: the Unassigned medium `installer`, and a capital in the
value's own letters (`Install-@version@`), whose fix keeps the placeholder. `utmlint scan` as a user runs it."""

from __future__ import annotations

import json
import subprocess

from utmlint.cli import main

PAGE = """<p>Thanks for installing @PRODUCT_NAME@ @VERSION@.</p>
<a href="https://pixel.io/welcome?utm_source=@PRODUCT_NAME@&utm_medium=installer&utm_campaign=install-@VERSION@">Go</a>
<a href="https://pixel.io/docs?utm_source=installer&utm_medium=referral&utm_campaign=Install-@version@">Docs</a>
"""


def _repo(tmp_path, monkeypatch):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "git@github.com:pixelhq/app.git"], check=True)
    (tmp_path / "installer").mkdir()
    (tmp_path / "installer" / "conclusion.html.in").write_text(PAGE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)


def test_a_configure_substitution_is_a_placeholder(tmp_path, monkeypatch, capsys):
    _repo(tmp_path, monkeypatch)
    code = main(["scan", "--no-cache", "--format", "json", "."])
    found = [(d["line"], d["name"], d["message"]) for d in json.loads(capsys.readouterr().out)]
    assert code == 1
    assert [(line, name) for line, name, _ in found] == [(2, "medium-unassigned"), (3, "value-case")]
    [(_, _, case)] = [f for f in found if f[1] == "value-case"]
    assert "write `install-@version@`" in case and "ph0" not in case


def test_the_safe_fix_leaves_the_substitution_alone(tmp_path, monkeypatch, capsys):
    _repo(tmp_path, monkeypatch)
    main(["scan", "--no-cache", "--fix", "."])
    text = (tmp_path / "installer" / "conclusion.html.in").read_text(encoding="utf-8")
    assert "utm_campaign=install-@VERSION@" in text and "utm_source=@PRODUCT_NAME@" in text
    assert "utm_campaign=install-@version@" in text.splitlines()[2]  # the value's own capital, fixed around it
