"""Temporary git repositories for scan tests: `utmlint scan` reads a repository's remote to know whose links are
its own, so most scan tests need a real `git init` with an `origin`. One helper, shared (it was written out in
several test modules)."""

from __future__ import annotations

import json
import subprocess

from utmlint.cli import main


def git_repo(folder, remote=None):
    """`git init` in `folder` (made if missing), with `remote` as its origin when given."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    if remote:
        subprocess.run(["git", "-C", str(folder), "remote", "add", "origin", remote], check=True)
    return folder


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def scan_repository(tmp_path, monkeypatch, capsys, slug, files, config=""):
    """`utmlint scan .` as a user runs it, in a git repository whose remote is github.com/`slug`, on `files`
    {path: text} (and `.utmlint.yaml` = `config` when given): the findings' JSON."""
    folder = git_repo(tmp_path / slug.split("/")[1], f"https://github.com/{slug}.git")
    for path, text in files.items():
        write(folder / path, text)
    if config:
        write(folder / ".utmlint.yaml", config)
    monkeypatch.chdir(folder)
    main(["scan", "--no-cache", "--format", "json", "."])
    return json.loads(capsys.readouterr().out)


def repo_here(tmp_path, monkeypatch, files):
    """`tmp_path` as a git repository with no remote holding `files` {path: text}, and the working folder."""
    git_repo(tmp_path)
    for name, text in files.items():
        write(tmp_path / name, text)
    monkeypatch.chdir(tmp_path)
