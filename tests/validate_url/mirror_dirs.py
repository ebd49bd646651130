"""Where a repository's local mirror keeps its git objects, for the scripts that read corpus rows' files from the
mirrors (file_facts, published_files, placement_rows): one definition, imported (it was written out in each)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional


def mirror_git_dir(mirrors: Optional[Path], repo: str) -> Optional[Path]:
    """The git directory of `repo`'s mirror under `mirrors` (the bare OWNER+NAME/repo or OWNER+NAME, or the
    OWNER+NAME/repo/.git of a snapshot that came with a work tree), or None (no mirrors given, or none for the
    repository)."""
    if mirrors is None:
        return None
    base = mirrors / repo.replace("/", "+")
    for candidate in (base / "repo", base / "repo" / ".git", base):
        if (candidate / "objects").is_dir():
            return candidate
    return None
