"""Which files are campaign files: paths given on the command line, filtered by include/exclude globs."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, List, Tuple

from .config import Config
from .globs import matches_any


_CWD = {}


def display_path(path: Path) -> str:
    """How a file is named in output: relative to the working directory when inside it."""
    cwd = os.getcwd()
    prefix = _CWD.get(cwd) or _CWD.setdefault(cwd, os.path.join(cwd, ""))
    text = os.fspath(path)
    shown = text[len(prefix):] if text.startswith(prefix) else text
    return shown.replace(os.sep, "/")


def _selected(config: Config, path) -> bool:
    relative = config.relative_to_root(path)
    if relative is None:  # outside the project: named explicitly, so checked
        return True
    return matches_any(relative, config.include) and not matches_any(relative, config.exclude)


def walk(config: Config, folder: Path) -> Iterable[str]:
    """Campaign files under `folder`, excluded folders pruned, symlinked folders not followed (no loops).

    Paths are plain strings: a big repo has thousands, and a pathlib.Path costs five times the memory."""
    for directory, subdirs, files in os.walk(folder, followlinks=False):
        kept = []
        for name in sorted(subdirs):
            relative = config.relative_to_root(os.path.join(directory, name))
            if relative is None or not matches_any(relative, config.exclude):
                kept.append(name)
        subdirs[:] = kept
        for name in sorted(files):
            candidate = os.path.join(directory, name)
            if _selected(config, candidate):
                yield candidate


def collect(config: Config, paths: List[str]) -> Tuple[List[Path], List[str]]:
    """(files to lint, errors for paths that do not exist). Folders are searched with the globs."""
    found: List[Path] = []
    missing: List[str] = []
    for given in paths:
        path = Path(given).absolute()
        if path.is_dir():
            found.extend(walk(config, path))
        elif path.exists() or path.is_symlink():
            if _selected(config, path):
                found.append(path)
        else:
            missing.append(given)
    unique = list(dict.fromkeys(found))
    return unique, missing


def collect_targets(config: Config, paths: List[str]) -> List[Path]:
    """The files to check; a path that does not exist is a usage error (exit 2) naming every such path."""
    from .config import ConfigError

    found, missing = collect(config, paths)
    if missing:
        raise ConfigError("; ".join(f"{given}: no such file or folder" for given in missing))
    return found


def project_files(config: Config, paths: List[str], targets: List[Path]) -> List[Path]:
    """Every campaign file of the project, for repo-wide rules (pre-commit may pass only some).

    No config file: nothing says what the project is, so just the targets. A folder given that holds
    the whole project (`utmlint lint .` at the root): the targets already are the project.
    """
    if config.source is None:
        return []
    root = config.root_prefix()
    if any(os.path.isdir(given) and root.startswith(os.path.join(os.path.realpath(given), "")) for given in paths):
        return targets
    return list(walk(config, config.root))
