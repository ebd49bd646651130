"""Which files are campaign files: paths given on the command line, filtered by include/exclude globs."""

from __future__ import annotations

import os
from pathlib import Path
import re
from typing import Iterable, List, Optional, Set, Tuple

from .lazyregex import lazy_compile
from .records import NamedTuple
from .config import CONFIG_NAMES, Config
from .configfile import config_in
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
    if os.path.basename(path) in CONFIG_NAMES:  # utmlint's own config is never a campaign (`**/*.yaml` matches it)
        return False
    relative = config.relative_to_root(path)
    if relative is None:  # outside the project: named explicitly, so checked
        return True
    return matches_any(relative, config.include) and not matches_any(relative, config.exclude)


def walk(config: Config, folder: Path, unmatched: Optional[Set[str]] = None,
         folders: Optional[List[Tuple[str, Tuple[str, ...]]]] = None,
         nested: Optional[List[str]] = None) -> Iterable[str]:
    """Campaign files under `folder`, excluded folders pruned, symlinked folders not followed (no loops).

    Paths are plain strings: a big repo has thousands, and a pathlib.Path costs five times the memory.
    `unmatched`: include globs not yet seen to match a file; each is removed once one does. `folders`
    collects every folder listed, with the names in it (the fast path watches them: replay.py).
    A folder below `folder` holding a config of its own (`.utmlint.yaml`: a client's, a team's) is that
    config's project, as ruff's nested configs are: left out (Project.load gives it its own scope, so its
    files are judged by its settings and its repo-wide rules compare its own files), and added to `nested`;
    with `--config FILE` (config.whole_tree) every folder is this config's."""
    start = os.fspath(folder)
    for directory, subdirs, files in os.walk(folder, followlinks=False):
        if directory != start and not config.whole_tree and config_in(directory, files):
            subdirs[:] = []
            if nested is not None and reaches(config, directory):
                nested.append(directory)
            continue
        if folders is not None:
            folders.append((directory, tuple(sorted(subdirs + files))))
        subdirs[:] = _not_excluded(config, directory, subdirs)
        for name in sorted(files):
            candidate = os.path.join(directory, name)
            if _selected(config, candidate):
                if unmatched:
                    _seen(config, candidate, unmatched)
                yield candidate


def reaches(config: Config, directory: str) -> bool:
    """Whether the config's include globs can match a file under `directory`: a folder with a config of its own
    is handed to that config only where the one above meant to check files there (`clients/**/*.yaml` reaches
    `clients/harbor/`; `campaigns/**/*.yaml` does not reach an `examples/bad/` of its own, which stays
    unchecked as before). A wildcard component is matched by the globs module (linear time)."""
    relative = config.relative_to_root(directory)
    if relative is None:
        return True  # outside the config's folder: named, so checked
    parts = [part for part in relative.split("/") if part]
    for glob in config.include:
        body = glob.strip()
        if "/" not in body.rstrip("/"):
            return True  # a name without a slash matches at any depth
        components = [c for c in body.strip("/").split("/") if c]
        for i, part in enumerate(parts):
            if i >= len(components) or components[i] == "**":
                return True  # the glob named a folder above (everything in it), or goes on at any depth
            pattern = components[i]
            if not (matches_any(part, (pattern,)) if any(ch in pattern for ch in "*?[") else part == pattern):
                break
        else:
            return True
    return False


def nested_configs(config: Config, folder: Path) -> Iterable[str]:
    """The folders below `folder` that hold a config of their own, and that the include globs reach, which `walk`
    leaves to that config (the config's excluded folders are not looked into), outermost only: each is the root of
    its own project."""
    if config.whole_tree:
        return
    start = os.fspath(folder)
    for directory, subdirs, files in os.walk(folder, followlinks=False):
        if directory != start and config_in(directory, files):
            subdirs[:] = []
            if reaches(config, directory):
                yield directory
            continue
        subdirs[:] = _not_excluded(config, directory, subdirs)


def _not_excluded(config: Config, directory: str, subdirs: List[str]) -> List[str]:
    """The folders under `directory` the walk enters: those the config's excludes leave in, sorted."""
    kept = []
    for name in sorted(subdirs):
        relative = config.relative_to_root(os.path.join(directory, name))
        if relative is None or not matches_any(relative, config.exclude):
            kept.append(name)
    return kept


def _seen(config: Config, path: str, unmatched: Set[str]) -> None:
    relative = config.relative_to_root(path)
    if relative is not None:
        for glob in [g for g in unmatched if matches_any(relative, (g,))]:
            unmatched.discard(glob)


class Discovery(NamedTuple):
    targets: List[Path]  # the files to check
    project: List[Path]  # every campaign file of the project, for repo-wide rules ([]: just the targets)
    skipped: List[str]  # named on the command line but left out by the config's `exclude` (as given)
    folders: Tuple[Tuple[str, Tuple[str, ...]], ...] = ()  # each folder listed, and its names (replay.py)


def discover(config: Config, paths: List[str]) -> Discovery:
    """The files `paths` name under `config`; every problem that would make the run check nothing is an error.

    - a path that does not exist;
    - include globs of the config that together match no file of the project (a typo: `campaign/**` for
      `campaigns/**` would otherwise pass every run with "0 files checked");
    - a file named on the command line that holds a campaign (a top-level `campaign:` key, or a near miss)
      but that the include globs leave out: it would silently go unchecked. A file the config's
      `exclude` names is skipped as asked; YAML that is no campaign (pre-commit passes every YAML file)
      is left alone;
    - a folder to check (named, or the working directory) of which the include globs match no file while it
      holds campaign files that `exclude` does not name: the folder's form of the same silent pass.
    """
    from .config import ConfigError

    found: List = []
    missing: List[str] = []
    left_out: List[str] = []
    skipped: List[str] = []
    folders_left_out: List[Tuple[str, List[str]]] = []
    configured = config.source is not None and "include" in config.raw
    unmatched: Set[str] = set(config.include) if configured else set()
    folders: List[Tuple[str, Tuple[str, ...]]] = []
    nested: List[str] = []  # folders with a config of their own, left to it (walk)
    for given in paths:
        path = Path(given).absolute()
        if path.is_dir():
            before = len(found)
            found.extend(walk(config, path, unmatched, folders, nested))
            if len(found) == before and config.source is not None:
                outside = list(_campaigns_left_out(config, path))
                if outside:
                    folders_left_out.append((given, outside))
        elif path.exists() or path.is_symlink():
            if _selected(config, path):
                found.append(path)
            elif config.source is not None and _looks_named_campaign(path):
                relative = config.relative_to_root(path)
                if relative is not None and matches_any(relative, config.exclude):
                    skipped.append(given)
                else:
                    left_out.append(given)
        else:
            missing.append(given)
    if missing:
        raise ConfigError("; ".join(f"{given}: no such file or folder" for given in missing))
    targets = list(dict.fromkeys(found))
    project = project_files(config, paths, targets, unmatched, folders, nested)
    # Only when every glob matches nothing: a spare `**/*.yml` beside a `**/*.yaml` that finds the files
    # is harmless, and failing on it would fail correct repos. Nor when folders the globs reach have configs of
    # their own (an agency's `clients/**/*.yaml` with one `.utmlint.yaml` a client): their files are checked by them.
    if unmatched and len(unmatched) == len(set(config.include)) and not nested:
        globs = [g for g in config.include if g in unmatched]
        where = config.where(("include",)) if hasattr(config, "where") else f"{config.source}"
        raise ConfigError(f"{where}: config error: include glob{'s' if len(globs) > 1 else ''} "
                          f"{', '.join(f'`{g}`' for g in globs)} match{'' if len(globs) > 1 else 'es'} no file under "
                          f"{config.root}: fix the glob, or campaign files go unchecked")
    if left_out:
        shown = ", ".join(left_out)
        raise ConfigError(f"{shown}: named on the command line and {'hold' if len(left_out) > 1 else 'holds'} a campaign, "
                          f"but the include globs of {config.source} ({', '.join(config.include)}) leave "
                          f"{'them' if len(left_out) > 1 else 'it'} out, so {'they' if len(left_out) > 1 else 'it'} "
                          "would not be checked: fix `include:` (or `exclude:` it on purpose)")
    if folders_left_out:
        raise ConfigError("; ".join(_folder_left_out(config, given, outside) for given, outside in folders_left_out))
    return Discovery(targets, project, skipped, tuple(folders))


def _campaigns_left_out(config: Config, folder: Path) -> Iterable[str]:
    """The campaign files under a folder named on the command line that the include globs leave out and the
    config's `exclude` does not name (asked only when the folder gave no file to check, so it costs a correct
    run nothing): `utmlint lint imported/` on a folder the globs miss would otherwise say "Nothing checked"
    and pass, while the same files named one by one fail."""
    start = os.fspath(folder)
    for directory, subdirs, files in os.walk(folder, followlinks=False):
        if directory != start and not config.whole_tree and config_in(directory, files):
            subdirs[:] = []  # a folder with a config of its own: its files are that config's (walk)
            continue
        subdirs[:] = sorted(name for name in subdirs if not _excluded(config, os.path.join(directory, name)))
        for name in sorted(files):
            candidate = os.path.join(directory, name)
            if (name.lower().endswith((".yaml", ".yml")) and name not in CONFIG_NAMES
                    and not _excluded(config, candidate) and _looks_named_campaign(Path(candidate))):
                yield candidate


def _excluded(config: Config, path: str) -> bool:
    relative = config.relative_to_root(path)
    return relative is not None and matches_any(relative, config.exclude)


def _folder_left_out(config: Config, given: str, outside: List[str]) -> str:
    many = len(outside) > 1
    shown = ", ".join(display_path(Path(path)) for path in outside[:3]) + (
        f" and {len(outside) - 3} more" if len(outside) > 3 else "")
    return (f"{given}: the folder to check holds {len(outside)} campaign file{'s' if many else ''} ({shown}) that the "
            f"include globs of {config.source} ({', '.join(config.include)}) leave out, so nothing in it would be "
            f"checked: fix `include:` (or `exclude:` {'them' if many else 'it'} on purpose)")


def _looks_named_campaign(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            head = handle.read(64 * 1024)
    except OSError:
        return False
    return looks_like_campaign(head)


# A top-level key: at the start of a line, maybe quoted, then a colon.
_TOP_KEY = lazy_compile(rb"^(?:\xef\xbb\xbf)?[\"']?([A-Za-z_][A-Za-z0-9_ -]{0,30}?)[\"']?[ \t]*:(?:[ \t]|$)", re.MULTILINE)


def looks_like_campaign(raw: bytes) -> bool:
    """True when the YAML has a top-level `campaign:` key or a near miss of it (`campain:`, `Campaign:`,
    `campaing:`): a file with a typo in that key is a campaign file whose typo must be reported, not skipped."""
    for match in _TOP_KEY.finditer(raw):
        key = match.group(1).decode("ascii", "replace").lower()
        if key == "campaign" or (key != "campaigns" and 6 <= len(key) <= 10 and _near("campaign", key)):
            return True
    return False


def _near(word: str, other: str) -> bool:
    """At most two edits apart, a swap of neighbours counting as one (optimal string alignment)."""
    previous2: List[int] = []
    previous = list(range(len(other) + 1))
    for i, a in enumerate(word, 1):
        current = [i] + [0] * len(other)
        for j, b in enumerate(other, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b))
            if i > 1 and j > 1 and a == other[j - 2] and word[i - 2] == b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1] <= 2


def project_files(config: Config, paths: List[str], targets: List[Path], unmatched: Optional[Set[str]] = None,
                  folders: Optional[List[Tuple[str, Tuple[str, ...]]]] = None,
                  nested: Optional[List[str]] = None) -> List[Path]:
    """Every campaign file of the project, for repo-wide rules (pre-commit may pass only some).

    No config file: nothing says what the project is, so just the targets. A folder given that holds
    the whole project (`utmlint lint .` at the root): the targets already are the project.
    """
    if config.source is None:
        return []
    root = config.root_prefix()
    if any(os.path.isdir(given) and root.startswith(os.path.join(os.path.realpath(given), "")) for given in paths):
        return targets
    return list(walk(config, config.root, unmatched, folders, nested))
