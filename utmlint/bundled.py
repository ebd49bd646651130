"""utmlint's own YAML data files (rules/: platform profiles, GA4 channels), parsed once per install.

Every lint needs the 15 bundled platform profiles and the channel table; parsing them costs every run
more than linting a campaign file does. Their plain data is kept as JSON in the user's cache folder (never
inside a repository, so nothing a pull request writes can reach it), keyed by utmlint's version and by
each file's size, mtime and inode: an edited data file (a checkout) is parsed again. Each install has its
own file (pre-commit makes a virtualenv per hook revision, and a machine may hold several checkouts), so
a run reads only its own install's data, not every install's; other installs' files unwritten for 30 days are
removed when one is written (`_prune`). A file changed within
RACY_NS of being read is not kept (its stat would not prove it unchanged), and only data that survives a
JSON round trip unchanged (dicts, lists, strings, numbers, booleans, None) is.
"""

from __future__ import annotations

import binascii
import json
import os
import time

from . import __version__, safeio
from .freshness import RACY_NS

MAX_BYTES = 16 * 1024 * 1024
_INSTALL = binascii.crc32(os.fsencode(os.path.dirname(os.path.abspath(__file__))))
_NAME = f"bundled-data-v{__version__}-{_INSTALL:08x}.json"
_loaded: dict = {}  # path -> {"stamp": [...], "data": ...}, read once per process
_state = {"read": False}


def load(path, parse=None) -> object:
    """The data of a bundled YAML file (as `document.load_data_file` gives it), or of another data file as
    `parse(path)` reads it (GA4's source categories, a TSV), from the cache when unchanged."""
    if parse is None:
        from .document import load_data_file as parse

    key = os.fspath(path)
    try:
        info = os.stat(key)
    except OSError:
        return parse(path)  # let the loader say what is wrong
    stamp = [info.st_size, info.st_mtime_ns, info.st_ino]
    entries = _entries()
    entry = entries.get(key)
    if isinstance(entry, dict) and entry.get("stamp") == stamp:
        return entry["data"]
    data = parse(path)
    if max(info.st_mtime_ns, info.st_ctime_ns) < time.time_ns() - RACY_NS and _plain(data):
        entries[key] = {"stamp": stamp, "data": data}
        _save(entries)
    return data


def _entries() -> dict:
    if not _state["read"]:
        _state["read"] = True
        try:
            raw = safeio.read_regular(os.path.join(safeio.user_cache_path(), _NAME), MAX_BYTES, "a cache file",
                                      follow=False)
            found = json.loads(raw)
            if isinstance(found, dict):
                _loaded.update(found)
        except (safeio.ReadRefused, ValueError, RecursionError):
            pass  # none yet, or damaged: parse, and write it again
    return _loaded


def _save(entries: dict) -> None:
    base = safeio.user_cache_path()
    try:
        os.makedirs(base, mode=0o700, exist_ok=True)
        with safeio.open_folder(base) as folder:
            safeio.replace_in(folder, _NAME, json.dumps(entries, separators=(",", ":")).encode("utf-8"), mode=0o600)
            _prune(folder)
    except (OSError, safeio.WriteRefused):
        pass  # no writable home: parse every run, as before


STALE_NS = 30 * 24 * 3600 * 10**9  # another install's file unwritten this long: a removed venv's, most likely


def _prune(folder) -> None:
    """Remove other installs' files not written for STALE_NS (theirs and their compiled regexes', lazyregex.py's):
    each virtualenv, pre-commit hook revision and checkout writes its own, and a removed one's stayed forever (found
    with 72 in one user cache folder). An install still in use that loses its file parses its data (or compiles its
    regexes) once and writes it again. Only regular files named as these modules name them; nothing followed; a
    failure is ignored."""
    import stat

    try:
        names = os.listdir(folder.fd if os.listdir in os.supports_fd else folder.path)
    except OSError:
        return
    old = time.time_ns() - STALE_NS
    for name in names:
        if name == _NAME or not (name.startswith("bundled-data-v") and name.endswith(".json")
                                 or name.startswith("compiled-regex-v") and name.endswith(".txt")):  # lazyregex's
            continue
        try:
            info = folder.lstat(name)
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode) and info.st_mtime_ns < old:
            folder.unlink(name)


def _plain(value: object) -> bool:
    """True when JSON gives `value` back exactly: no tuples, str subclasses, dates or non-string keys."""
    stack = [value]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is dict:
            if any(type(key) is not str for key in item):
                return False
            stack.extend(item.values())
        elif kind is list:
            stack.extend(item)
        elif kind is float:
            if item != item or item in (float("inf"), float("-inf")):
                return False
        elif kind not in (str, int, bool, type(None)):
            return False
    return True
