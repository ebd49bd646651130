"""The result cache: an unchanged file is not read, parsed or linted again.

One JSON file per (utmlint version, settings fingerprint; in a checkout, resources.code_stamp) under the cache folder (default
`.utmlint_cache/` beside the config). Entries are keyed by the content hash of the bytes that were
linted; the file's stat, taken BEFORE reading, is only a shortcut that skips hashing, and it is trusted
only when the file had not changed for a while when it was taken (git's "racy clean" rule): a file
rewritten during a run, or edited twice within the file system's mtime granularity, is hashed again.
Entries hold the file's own findings, its suppressions and the facts repo-wide rules need, so those
rules stay exact while most files come from the cache.

The cache is JSON, never pickle: nothing in it can run. It ends with an HMAC whose key lives only in
the user's cache folder, so a cache committed or edited by a pull request is ignored instead of
hiding findings. It is written only through `safeio` (no symlink is ever followed).

Each code stamp, settings fingerprint or version names a new file, so a save prunes the folder (`prune`): the
files of this version and fingerprint with another code stamp can no longer be read (a checkout's code was
edited), and of the other lint caches only the KEEP_OTHERS most recently written stay, as scan's cache does.
"""

from __future__ import annotations

import json
import os
import stat
import time
from pathlib import Path
from typing import Any, Dict, Optional, Tuple

from . import __version__, safeio
from .lazyregex import lazy_compile
from .freshness import KEEP_OTHERS, MAX_CACHE_BYTES, RACY_NS, content_hash  # noqa: F401 (content_hash kept importable from here)
from .signing import machine_key, sign, signature, signer, verified  # noqa: F401 (kept importable from here)
from .diagnostics import SEVERITIES, Diagnostic, Edit, Fix
from .facts import CampaignFacts, Spelling
from .suppress import Suppressions

FORMAT = 4  # 4: a campaign's pages; 3: a spelling's end_column
# the names ResultCache gives its files: v{version}-{fingerprint}[-{code stamp}].json (nothing else is pruned)
# exactly: a version starts with a digit, the fingerprint is 16 hex digits, the code stamp 8 (_short); a user's
# `vendor-lock-<16 hex>.json` in a folder given as `--cache-dir` is not ours
_OWN_NAME = lazy_compile(r"v(?P<kind>[0-9][0-9A-Za-z.+!]*-[0-9a-f]{16})(?:-(?P<stamp>[0-9a-f]{8}))?\.json\Z")
TEMP_AGE_NS = 24 * 3600 * 10**9  # a temp file of ours this old is a crashed write's leftover, not a write under way
_FACT_FIELDS = [name for name in CampaignFacts._fields if name != "path"]
IGNORE_TEXT = b"# Created by utmlint: never commit the cache.\n*\n"


def read_signed(path: Path, purpose: str) -> Optional[Any]:
    """The JSON in a signed cache file, or None (missing, too big, not a regular file, bad signature)."""
    try:
        raw = safeio.read_regular(path, MAX_CACHE_BYTES, "a cache file", follow=False)
    except safeio.ReadRefused:
        return None
    body = verified(raw, purpose)
    if body is None:
        return None
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        return None


def stamp(info: os.stat_result, taken_ns: int) -> list:
    """What the stat shortcut compares, and when the stat was taken (for the racy-clean rule)."""
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, taken_ns]


def trusted(entry_stamp: Any, info: os.stat_result) -> bool:
    if not isinstance(entry_stamp, list) or len(entry_stamp) != 5:
        return False
    size, mtime, ctime, ino, taken = entry_stamp
    if [size, mtime, ctime, ino] != [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino]:
        return False
    # Changed shortly before the stat was taken: a later write within the same clock tick would not move
    # the mtime, so this stat proves nothing. Such entries are verified by hashing until they settle.
    return type(taken) is int and mtime < taken - RACY_NS and ctime < taken - RACY_NS


def open_cache_folder(folder: Path, root: Optional[Path]) -> "safeio.Folder":
    """The cache folder, created if needed with its `.gitignore`; inside `root` when one is given
    (config and default locations), or where the user pointed `--cache-dir`."""
    opened = safeio.open_folder(folder, root, create=True)
    try:
        # only into a folder that holds nothing yet (one utmlint made, or an empty one): a `--cache-dir` pointed at
        # a folder of the user's own must not start hiding its files from git
        if not os.listdir(opened.fd if os.listdir in os.supports_fd else opened.path):
            safeio.create_in(opened, ".gitignore", IGNORE_TEXT)
    except OSError:
        pass
    return opened


def _short(stamp: str) -> str:
    import hashlib

    return hashlib.sha256(stamp.encode()).hexdigest()[:8]


class ResultCache:
    def __init__(self, folder: Path, fingerprint: str, root: Optional[Path] = None):
        self.folder = folder
        self.root = root  # the folder must lie inside it, no symlink on the way; None: named by the user
        from .resources import code_stamp

        # a checkout's or editable install's rule code and data can change under one version (resources.code_stamp)
        stamp = code_stamp()
        self.name = f"v{__version__}-{fingerprint}{'-' + _short(stamp) if stamp else ''}.json"
        self.file = folder / self.name
        self.purpose = f"lint-cache {self.name}"
        self.entries: Dict[str, Dict[str, Any]] = {}
        self.dirty = False
        self._load()

    def _load(self) -> None:
        data = read_signed(self.file, self.purpose)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return  # missing, truncated, corrupt, unsigned or from another machine: start afresh
        entries = data.get("files")
        if isinstance(entries, dict):
            self.entries = entries

    def lookup(self, relpath: str, path: Path) -> Optional[Dict[str, Any]]:
        """The entry for `path` when its content is still what was linted, else None."""
        entry = self.entries.get(relpath)
        if not isinstance(entry, dict):  # missing, or damaged into something else
            return None
        taken = time.time_ns()
        try:
            info = os.stat(path)
        except OSError:
            return None
        if trusted(entry.get("stat"), info):
            return entry
        if not isinstance(entry.get("size"), int) or entry["size"] != info.st_size:
            return None
        from .document import MAX_FILE_BYTES

        try:
            raw, info = safeio.read_regular_stat(path, MAX_FILE_BYTES)
        except safeio.ReadRefused:
            return None
        if content_hash(raw) != entry.get("hash"):
            return None
        entry["stat"] = stamp(info, taken)  # verified: the shortcut may serve next time
        self.dirty = True
        return entry

    def store(self, relpath: str, result) -> None:
        """Remember `result`, keyed by the hash of the bytes it linted and the stat taken before reading."""
        if result.digest is None or result.stamp is None or not result.parsed or result.skipped:
            return  # unreadable files are read every time: their state may change without an mtime
        self.entries[relpath] = {"hash": result.digest, "size": result.stamp[0], "stat": list(result.stamp),
                                 **encode_result(result)}
        self.dirty = True

    def save(self) -> None:
        if not self.dirty:
            return
        payload = json.dumps({"format": FORMAT, "files": self.entries}, separators=(",", ":"))
        try:
            with open_cache_folder(self.folder, self.root) as folder:
                safeio.replace_in(folder, self.name, sign(payload.encode("utf-8"), self.purpose))
                prune(folder, self.name)
        except (OSError, safeio.WriteRefused):
            pass  # a read-only checkout, or a planted symlink: lint anyway, just without a cache
        self.dirty = False


def prune(folder: "safeio.Folder", kept: str) -> None:
    """Remove, from the open cache folder, the lint caches that `kept` (just written) makes stale: those of
    the same version and fingerprint with another code stamp, the others beyond the KEEP_OTHERS newest, and
    crashed writes' temp files older than a day. Only regular files of ours, by name and owner; nothing is
    followed (names are listed and unlinked relative to the folder's descriptor); a file that cannot be
    looked at or removed is left, never an error: a run never fails because its cache was not pruned."""
    ours = _OWN_NAME.match(kept)
    try:
        names = os.listdir(folder.fd if os.listdir in os.supports_fd else folder.path)
    except OSError:
        return
    now = time.time_ns()
    superseded, others = [], []
    for name in names:
        temp = name.startswith(".") and name.endswith(".utmlint-tmp")
        found = _OWN_NAME.match(name.rsplit(".", 2)[0][1:] if temp else name)
        if name == kept or found is None:
            continue
        try:
            info = folder.lstat(name)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode) or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
            continue  # not a file utmlint wrote: a symlink, a folder, someone else's
        if temp:
            if info.st_mtime_ns < now - TEMP_AGE_NS:
                superseded.append(name)
        elif ours and found["kind"] == ours["kind"] and found["stamp"] and ours["stamp"]:
            superseded.append(name)  # same settings, code since edited: its key can never be asked for again
        else:
            others.append((info.st_mtime_ns, name))
    others.sort(reverse=True)
    for name in superseded + [name for _, name in others[KEEP_OTHERS:]]:
        folder.unlink(name)  # safeio: unlinks the name itself, relative to the folder; a failure is ignored


def encode_result(result) -> Dict[str, Any]:
    facts = result.facts
    sup = result.suppressions
    return {
        "diagnostics": [_encode_diagnostic(d) for d in result.diagnostics],
        "facts": None if facts is None else _encode_facts(facts),
        "suppressions": None if sup is None else sup.to_json(),
    }


def _encode_facts(facts: CampaignFacts) -> Dict[str, Any]:
    encoded = {}
    for name in _FACT_FIELDS:
        value = getattr(facts, name)
        encoded[name] = [list(s) for s in value] if name == "spellings" else value
    return encoded


def _encode_diagnostic(d: Diagnostic) -> list:
    fix = None
    if d.fix is not None:
        fix = [d.fix.description, d.fix.safe, [[e.start, e.end, e.content] for e in d.fix.edits]]
    return [d.line, d.column, d.code, d.name, d.severity, d.message, d.end_line, d.end_column, fix]


class DamagedEntry(ValueError):
    """A cache entry that does not have the shape utmlint writes: treated as a miss, never trusted."""


def decode_result(entry: Dict[str, Any], shown: str, codes: Optional[Dict[str, str]] = None
                  ) -> Tuple[list, Optional[CampaignFacts], Optional[Suppressions]]:
    """The findings, facts and suppressions of an entry, every value checked to have the type utmlint
    writes (`codes`: code -> name of the rules that can be in it), so a damaged entry is a miss
    (DamagedEntry), never a crash later in a reporter or a repo-wide rule."""
    try:
        return _decode_result(entry, shown, codes)
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as error:
        raise DamagedEntry(str(error)) from None


def _expect(condition: bool) -> None:
    if not condition:
        raise ValueError("unexpected value in cache entry")


def _ints(*values: Any) -> bool:
    return all(type(v) is int for v in values)


def _strs(*values: Any) -> bool:
    return all(type(v) is str for v in values)


def _list(value: Any, length: Optional[int] = None) -> list:
    _expect(type(value) is list and (length is None or len(value) == length))
    return value


def _decode_result(entry: Dict[str, Any], shown: str, codes: Optional[Dict[str, str]]
                   ) -> Tuple[list, Optional[CampaignFacts], Optional[Suppressions]]:
    diagnostics = []
    for item in _list(entry["diagnostics"]):
        line, column, code, name, severity, message, end_line, end_column, fix = _list(item, 9)
        _expect(_ints(line, column) and line > 0 and column > 0)
        _expect(_strs(code, name, severity, message) and severity in SEVERITIES)
        _expect(codes is None or codes.get(code) == name)
        _expect(all(v is None or (type(v) is int and v > 0) for v in (end_line, end_column)))
        fixed = None
        if fix is not None:
            description, safe, edits = _list(fix, 3)
            _expect(type(description) is str and type(safe) is bool)
            parts = []
            for edit in _list(edits):
                start, end, content = _list(edit, 3)
                _expect(_ints(start, end) and 0 <= start <= end and type(content) is str)
                parts.append(Edit(start, end, content))
            fixed = Fix(tuple(parts), description, safe)
        diagnostics.append(Diagnostic(shown, line, column, code, name, severity, message, end_line, end_column, fixed))
    raw_facts = entry["facts"]
    facts = None if raw_facts is None else _decode_facts(raw_facts, shown)
    raw_sup = entry["suppressions"]
    sup = None
    if raw_sup is not None:
        sup = Suppressions.from_json(raw_sup)
    return diagnostics, facts, sup


def _decode_facts(raw: Dict[str, Any], shown: str) -> CampaignFacts:
    _expect(type(raw) is dict and set(raw) == set(_FACT_FIELDS))
    campaign = raw["campaign"]
    if campaign is not None:
        slug, line, column = _list(campaign, 3)
        _expect(type(slug) is str and _ints(line, column))
        campaign = (slug, line, column)
    spellings = []
    for item in _list(raw["spellings"]):
        param, value, line, column, implied, start, end, style, end_column = _list(item, len(Spelling._fields))
        _expect(_strs(param, value) and _ints(line, column, start, end, end_column) and type(implied) is bool)
        _expect(style is None or type(style) is str)
        spellings.append(Spelling(param, value, line, column, implied, start, end, style, end_column))
    sources = _list(raw["sources"])
    _expect(_strs(*sources))
    known = {"campaign": campaign, "spellings": tuple(spellings), "sources": tuple(sources)}
    # Fields added later are plain JSON, lists standing for tuples (two levels deep at most).
    others = {name: _tuples(raw[name]) for name in _FACT_FIELDS if name not in known}
    return CampaignFacts(path=shown, **known, **others)


def _tuples(value: Any) -> Any:
    if not isinstance(value, list):
        return value
    return tuple(tuple(v) if isinstance(v, list) else v for v in value)
