"""The files git tracks or has staged under a folder: the project a pre-commit hook's run compares its files with.

`utmlint scan FILE` under a config compares the files named with the project's other files (Scanner._repo_context).
A walk of the disk also finds what only one machine has: a local draft that is neither committed nor ignored blocked
the commit of another file with a spelling finding CI's `scan .` of the checkout never makes (review47b F5). In a git
work tree the other files are the ones in git's index, which is what the commit and then CI's checkout hold: tracked
files, and new ones once staged.

Nothing of the user's repository is executed. `git ls-files --cached` reads the index and lists it; it runs no hook,
no filter (clean, smudge, textconv) and no diff driver, and the one program a repository's config could make it
start, the file-system monitor (`core.fsmonitor`, a hook command or a daemon), is turned off on its command line; no
optional lock is taken (nothing is written), no pager, no prompt, no input, a time limit. When git is missing, fails
(not a repository, `safe.directory` refusing another user's checkout, a damaged index) or is too slow, the answer is
None and the walk stands, as in a folder outside git.
"""

from __future__ import annotations

import os
from typing import Optional, Set

_TIMEOUT = 20.0  # seconds: an index of a million files lists in about one
# git's own variables that may name a path relative to the directory git was started in: a hook runs at the top of
# the work tree with GIT_INDEX_FILE set to the index being committed (`.git/index.lock`, `.git/next-index-*.lock` for
# `git commit FILE`), and git is started here in the project's folder, which may be below it
_PATH_VARIABLES = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR")


def in_git(root: str) -> bool:
    """Whether `root` is in a git work tree (a `.git` folder or file at or above it): only then is git asked."""
    if os.environ.get("GIT_DIR"):
        return True
    from pathlib import Path

    from ..identity import repository_root

    return repository_root(Path(root)) is not None


def git_files(root: str) -> Optional[Set[str]]:
    """The absolute paths of the files under `root` that git's index holds (tracked, or staged new), or None when
    `root` is in no git work tree or git cannot say."""
    if not in_git(root):
        return None
    import subprocess

    env = dict(os.environ)
    here = os.getcwd()
    for name in _PATH_VARIABLES:
        value = env.get(name)
        if value and not os.path.isabs(value):
            env[name] = os.path.join(here, value)
    if env.get("GIT_DIR") and not env.get("GIT_WORK_TREE"):
        env["GIT_WORK_TREE"] = here  # what git takes for the work tree's top then, wherever it is started
    env.update(GIT_OPTIONAL_LOCKS="0", GIT_TERMINAL_PROMPT="0", GIT_PAGER="cat", PAGER="cat", LC_ALL="C")
    env.pop("GIT_EXTERNAL_DIFF", None)
    command = ["git", "-c", "core.fsmonitor=false", "-c", "core.untrackedCache=false", "--no-pager",
               "ls-files", "-z", "--cached", "--"]
    try:
        done = subprocess.run(command, cwd=root, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, timeout=_TIMEOUT, check=False)
    except (OSError, ValueError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    top = os.path.abspath(root)
    files = set()
    for name in done.stdout.split(b"\0"):
        if name:
            files.add(os.path.join(top, os.fsdecode(name).replace("/", os.sep)))
    return files
