"""Ruby's `#{...}` in a double-quoted string (a Rails view's `link_to`, Haml's and Slim's attributes, a `.rb` helper) is
interpolation, a placeholder: `?utm_source=#{source}&utm_medium=...` carries its tags in the query, not after a
fragment `#` (stranger14 R8: was UTM306 "move them into the query"). The team's real typo (`referal`) is told, and a
capital in the value's own letters too. `utmlint scan` as a user runs it."""

from __future__ import annotations

import json
import subprocess

from utmlint.cli import main

FILES = {
    "app/views/show.html.haml":
        '%p= link_to "Pricing", "https://pixel.io/pricing?utm_source=#{source}&utm_medium=referal&utm_campaign=footer"\n'
        '%p= link_to "Docs", "https://pixel.io/docs?utm_source=#{source}&utm_medium=referral&utm_campaign=#{campaign}"\n',
    "app/views/show.html.slim":
        'a href="https://pixel.io/pricing?utm_source=#{source}&utm_medium=referral&utm_campaign=Footer" Pricing\n',
    "app/helpers/links.rb":
        'URL = "https://pixel.io/pricing?utm_source=#{source}&utm_medium=referal&utm_campaign=footer"\n',
}


def test_ruby_interpolation_is_a_placeholder(tmp_path, monkeypatch, capsys):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "git@github.com:pixelhq/app.git"], check=True)
    for name, text in FILES.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["scan", "--no-cache", "--format", "json", "."]) == 1
    found = sorted((d["path"], d["line"], d["name"]) for d in json.loads(capsys.readouterr().out))
    assert found == [("app/helpers/links.rb", 1, "medium-unassigned"), ("app/views/show.html.haml", 1, "medium-unassigned"),
                     ("app/views/show.html.slim", 1, "value-case")]
