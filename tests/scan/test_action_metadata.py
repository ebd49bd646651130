"""A GitHub Action's metadata (`action.yml`, `action.yaml`) is read by scan as the data it is: its `description` and
its inputs' help text link the Action's docs and its maker's site, which the Action's marketplace page shows.

`action.yml` is in the default excludes (utmlint.config.DEFAULT_EXCLUDE) so that `lint` never takes an Action's
metadata for a campaign file, and scan's walk applied the same excludes: corpus 53 (GitHub automation and community
files) found, on a made-up repository holding each of the kind's files, that a tracked link in an Action's metadata was
never seen (scan.files.LINT_ONLY_EXCLUDES). A config's own `exclude` or `extend-exclude` naming it still leaves it out,
and `lint` still never takes it for a campaign. Real files in a temp folder, `utmlint scan` and `lint` in-process."""

from __future__ import annotations

import json

from utmlint.cli import main
from utmlint.scan.files import walked

ACTION = """name: Release notes to Slack
description: 'Posts release notes to Slack. Docs: https://acme-tools.dev/docs/action?utm_source=github&utm_medium=action&utm_campaign=release-bot'
inputs:
  webhook:
    description: 'An incoming webhook (https://acme-tools.dev/help/webhooks?utm_source=github&utm_medium=action)'
runs:
  using: node20
  main: dist/index.js
"""


def _scanned(tmp_path, monkeypatch, capsys, config: str = ""):
    for name in ("action.yml", "sub/action.yaml"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(ACTION, encoding="utf-8")
    if config:
        (tmp_path / ".utmlint.yaml").write_text(config, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    return json.loads(capsys.readouterr().out)


def test_an_actions_metadata_is_scanned(tmp_path, monkeypatch, capsys):
    found = _scanned(tmp_path, monkeypatch, capsys)
    said = sorted((d["path"], d["line"], d["name"]) for d in found)
    assert said == [("action.yml", 2, "medium-unassigned"), ("action.yml", 5, "medium-unassigned"),
                    ("action.yml", 5, "missing-utm-param"), ("sub/action.yaml", 2, "medium-unassigned"),
                    ("sub/action.yaml", 5, "medium-unassigned"), ("sub/action.yaml", 5, "missing-utm-param")], said
    assert walked("action.yml") and walked("docs/action.yaml")


def test_a_config_that_excludes_it_keeps_it_out(tmp_path, monkeypatch, capsys):
    assert _scanned(tmp_path, monkeypatch, capsys, "extend-exclude: [action.yml, action.yaml]\n") == []


def test_lint_never_takes_it_for_a_campaign(tmp_path, monkeypatch, capsys):
    (tmp_path / "action.yml").write_text(ACTION, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["lint", "--no-cache", "."]) != 1
    assert "action.yml" not in capsys.readouterr().out
