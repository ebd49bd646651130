"""Finds the bundled data folders: inside the wheel (`utmlint/_data/`) or, in a checkout, beside the package."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Tuple

_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def data_dir(name: str) -> Path:
    """`rules` or `schemas`: the wheel's copy when installed, else the checkout's top-level folder."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"utmlint's bundled `{name}/` folder is missing; reinstall utmlint")


def rules_dir() -> Path:
    return data_dir("rules")


def schemas_dir() -> Path:
    return data_dir("schemas")


def schema_file(name: str) -> Path:
    """The installed schema file `name` (`campaign.schema.json`): importlib.resources finds it wherever the
    package was installed; a checkout falls back to its top-level `schemas/`."""
    from importlib.resources import files

    candidate = files("utmlint") / "_data" / "schemas" / name
    if candidate.is_file():
        return Path(str(candidate))
    return schemas_dir() / name



def rule_lines(name: str) -> Tuple[str, ...]:
    """The entries of a one-per-line list in rules/ (`shorteners.txt`, `hosting-suffixes.txt`): lower case,
    `#` comments and blank lines left out."""
    text = (rules_dir() / name).read_text(encoding="utf-8")
    return tuple(entry for entry in (line.split("#", 1)[0].strip().lower() for line in text.splitlines()) if entry)


@lru_cache(maxsize=8)
def rule_words(name: str, end: str = ""):
    """A rules/ list of words (placement-words.txt, partner-tag-words.txt, sponsor-tag-words.txt,
    citation-words.txt: one regular expression a line) as one compiled case-insensitive pattern, matched at a word's
    start with `end` after it (`(?![a-z])` for whole words); compiled on first use: a run that meets no such link never
    asks."""
    import re

    return re.compile(r"(?i)(?<![a-z])(?:" + "|".join(rule_lines(name)) + ")" + end)


_STAMPED = (".py", ".txt", ".yaml", ".yml", ".tsv", ".json")


@lru_cache(maxsize=1)
def code_stamp() -> str:
    """What the caches (lint's, scan's) are keyed on besides utmlint's version: for an installed wheel, the size and
    mtime of the RECORD its installer wrote (one stat), and in a checkout or an editable install a digest of the size
    and mtime of every module, rules and schema file, so results cached before a rule's code, data or schema was
    edited are not read after it. A wheel built from a commit keeps the version of the last release (pre-commit's
    `rev:` pinned to a SHA, as the README advises until tags exist; `pip install git+...@main`): keyed on the version
    alone, the project's `.utmlint_cache/` gave the findings of the code installed before (newuser46 F22: a finding
    the new code no longer makes, read back after the upgrade)."""
    if (_PACKAGE / "_data").is_dir():
        return _record_stamp()
    return files_stamp((_PACKAGE, rules_dir(), schemas_dir()))


def _record_stamp() -> str:
    """The size and mtime of the installed distribution's RECORD (written anew by every install), or "" without one."""
    import os

    from . import __version__

    try:
        info = os.stat(_PACKAGE.parent / f"utmlint-{__version__}.dist-info" / "RECORD")
    except OSError:
        return ""
    return f"{info.st_size}.{info.st_mtime_ns}"


def files_stamp(folders) -> str:
    """The count, total size and newest mtime of the code and data files under `folders` (stats only, no reads):
    an edit, an added or a removed file changes it."""
    import os

    count = size = newest = 0
    stack = [str(folder) for folder in folders]
    while stack:
        with os.scandir(stack.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":
                        stack.append(entry.path)
                elif entry.name.endswith(_STAMPED):
                    info = entry.stat(follow_symlinks=False)
                    count, size, newest = count + 1, size + info.st_size, max(newest, info.st_mtime_ns)
    return f"{count}.{size}.{newest}"
