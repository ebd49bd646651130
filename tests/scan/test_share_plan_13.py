"""stranger13 R4: a team documenting its own share buttons' tags in `marketing/` (the same page tagged with two
sources, one line a button: a plan, tracking.copied_file.planned_sites) keeps its findings: the `socail` typo
(Unassigned) is an error, not a hedged note saying the tags are whoever shared it. Canva's share links in a handbook's
`marketing/` pages (corpus 15 #90 #96: one source, a share campaign, `designshare`) are still copied. Real files in a
temp git folder with an `origin` remote, `utmlint scan` as a user runs it."""

from __future__ import annotations

import json
import subprocess

from utmlint.cli import main

PLAN = """https://pixel.io/blog/launch?utm_source=sharebutton&utm_medium=socail&utm_campaign=blog-share
Twitter's button: https://pixel.io/blog/launch?utm_source=twitter&utm_medium=social&utm_campaign=Blog-Share
"""
CANVA = ("Slides: https://www.canva.com/design/DAEOD5yTT_8/Vp8aqPPHdLVuvpNLlv9jzA/view?utm_content=DAEOD5yTT_8"
         "&utm_campaign=designshare&utm_medium=link&utm_source=sharebutton&mode=preview\n")


def _scan(tmp_path, monkeypatch, capsys, slug, text):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", f"git@github.com:{slug}.git"], check=True)
    (tmp_path / "marketing").mkdir()
    (tmp_path / "marketing" / "share-buttons.md").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "--no-cache", "--format", "json", "."])
    return code, json.loads(capsys.readouterr().out)


def test_a_teams_share_button_plan_keeps_its_typo(tmp_path, monkeypatch, capsys):
    code, found = _scan(tmp_path, monkeypatch, capsys, "jdoe/handbook", PLAN)
    assert [(d["name"], d["severity"]) for d in found] == [("medium-unassigned", "error"), ("value-case", "warning")]
    assert code == 1


def test_the_corrected_plan_is_clean(tmp_path, monkeypatch, capsys):
    code, found = _scan(tmp_path, monkeypatch, capsys, "jdoe/handbook",
                        PLAN.replace("socail", "social").replace("Blog-Share", "blog-share"))
    assert (code, found) == (0, [])


def test_canvas_share_link_in_a_marketing_folder_is_still_copied(tmp_path, monkeypatch, capsys):
    code, found = _scan(tmp_path, monkeypatch, capsys, "kyama0/gitlab-handbook-ja", CANVA)
    assert [d["name"] for d in found] == ["copied-tracking"]
