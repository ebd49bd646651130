"""Which config file governs a path: the nearest `.utmlint.yaml`, `.utmlint.yml` or `pyproject.toml` with a
`[tool.utmlint]` section in its folder or above, as ruff finds its config.

Plain `os` (no pathlib): the pre-commit fast path (replay.py) asks this before anything else is loaded.
"""

from __future__ import annotations

import errno
import os

CONFIG_NAMES = (".utmlint.yaml", ".utmlint.yml", "pyproject.toml")
MAX_CONFIG_BYTES = 1024 * 1024  # configs are a few hundred bytes; a pyproject.toml a few KiB


def find_config_file(start: str):
    """The config file for `start` (a file or folder), or None."""
    try:
        start = _resolve(start)
    except (OSError, RuntimeError):  # a symlink loop: search from where it sits; linting reports it
        start = os.path.dirname(os.path.abspath(start))
    directory = start if os.path.isdir(start) else os.path.dirname(start)
    while True:
        for name in CONFIG_NAMES:
            candidate = os.path.join(directory, name)
            if os.path.isfile(candidate):
                if name != "pyproject.toml" or _pyproject_has_section(candidate):
                    return candidate
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


def config_in(directory: str, names) -> bool:
    """Whether the folder `directory`, whose entries are `names`, holds a config of its own (as find_config_file
    takes one): a folder walked from above that holds one is that config's project, not the walker's (ruff's
    hierarchical configs). `names` is the listing the walk has already made, so a folder without one costs a
    set lookup."""
    for name in CONFIG_NAMES:
        if name in names and os.path.isfile(os.path.join(directory, name)):
            if name != "pyproject.toml" or _pyproject_has_section(os.path.join(directory, name)):
                return True
    return False


def _resolve(path: str) -> str:
    """What pathlib's Path.resolve() gives: the real path, RuntimeError on a symlink loop."""
    real = os.path.realpath(path)
    try:
        os.stat(real)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise RuntimeError(f"symlink loop at {path}") from None
    return real


def _pyproject_has_section(path: str) -> bool:
    from .safeio import ReadRefused, read_regular

    try:
        return b"[tool.utmlint" in read_regular(path, MAX_CONFIG_BYTES, "a config file")
    except ReadRefused:
        return True  # let loading it say, located, why it cannot be read
