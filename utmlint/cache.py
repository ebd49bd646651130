"""The result cache: an unchanged file is not read, parsed or linted again.

One JSON file per (utmlint version, settings fingerprint) under the cache folder (default
`.utmlint_cache/` beside the config). An entry is valid when the file's size and mtime match, or,
when only the mtime moved (a checkout, a touch), when its content hash still matches. Entries hold
the file's own findings, its suppressions and the facts repo-wide rules need, so those rules stay
exact while most files come from the cache.

The cache is JSON, never pickle: nothing in it can run. It is also signed with a key kept outside
the repository, so a cache committed by a pull request is ignored instead of hiding findings.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Dict, Optional, Tuple

from . import __version__
from .diagnostics import SEVERITIES, Diagnostic, Edit, Fix
from .facts import CampaignFacts, Spelling
from .suppress import Suppressions

FORMAT = 1
_FACT_FIELDS = [name for name in CampaignFacts._fields if name != "path"]


def machine_key() -> str:
    """A random key in the user's cache folder: caches written elsewhere (a committed one) never match."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "utmlint"
    key_file = base / "cache-key"
    try:
        return key_file.read_text(encoding="ascii").strip()
    except OSError:
        pass
    import secrets

    key = secrets.token_hex(16)
    try:
        base.mkdir(parents=True, exist_ok=True)
        temp = key_file.with_suffix(f".{os.getpid()}.tmp")
        temp.write_text(key, encoding="ascii")
        os.replace(temp, key_file)
        return key_file.read_text(encoding="ascii").strip()
    except OSError:
        return key  # no writable home: the cache works for this run only


def content_hash(raw: bytes) -> str:
    import hashlib

    return hashlib.blake2b(raw, digest_size=16).hexdigest()


class ResultCache:
    def __init__(self, folder: Path, fingerprint: str):
        self.folder = folder
        self.file = folder / f"v{__version__}-{fingerprint}.json"
        self.key = machine_key()
        self.entries: Dict[str, Dict[str, Any]] = {}
        self.dirty = False
        self._load()

    def _load(self) -> None:
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return  # missing, truncated or corrupt: start afresh
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("key") != self.key:
            return
        entries = data.get("files")
        if isinstance(entries, dict):
            self.entries = entries

    def lookup(self, relpath: str, path: Path) -> Optional[Dict[str, Any]]:
        entry = self.entries.get(relpath)
        if not isinstance(entry, dict):  # missing, or damaged into something else
            return None
        try:
            stat = os.stat(path)
        except OSError:
            return None
        if entry.get("size") == stat.st_size and entry.get("mtime") == stat.st_mtime_ns:
            return entry
        if entry.get("size") != stat.st_size:
            return None
        try:
            with open(path, "rb") as handle:
                same = content_hash(handle.read()) == entry.get("hash")
        except OSError:
            return None
        if same:
            entry["mtime"] = stat.st_mtime_ns
            self.dirty = True
            return entry
        return None

    def store(self, relpath: str, path: Path, raw_hash: Optional[str], result) -> None:
        if raw_hash is None or not result.parsed or result.skipped:
            return  # unreadable files are re-read every time: their state may change without an mtime
        try:
            stat = os.stat(path)
        except OSError:
            return
        self.entries[relpath] = {"size": stat.st_size, "mtime": stat.st_mtime_ns, "hash": raw_hash,
                                 **encode_result(result)}
        self.dirty = True

    def save(self) -> None:
        if not self.dirty:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            ignore = self.folder / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# Created by utmlint: never commit the cache.\n*\n", encoding="utf-8")
            payload = json.dumps({"format": FORMAT, "key": self.key, "files": self.entries}, separators=(",", ":"))
            temp = self.file.with_suffix(f".{os.getpid()}.tmp")
            temp.write_text(payload, encoding="utf-8")
            os.replace(temp, self.file)
        except OSError:
            pass  # a read-only checkout still lints; it just is not cached


def encode_result(result) -> Dict[str, Any]:
    facts = result.facts
    sup = result.suppressions
    return {
        "diagnostics": [_encode_diagnostic(d) for d in result.diagnostics],
        "facts": None if facts is None else _encode_facts(facts),
        "suppressions": None if sup is None else {
            "lines": {str(k): sorted(v) for k, v in sup.lines.items()},
            "ranges": [list(r) for r in sup.ranges],
            "file": sorted(sup.whole_file),
        },
    }


def _encode_facts(facts: CampaignFacts) -> Dict[str, Any]:
    encoded = {}
    for name in _FACT_FIELDS:
        value = getattr(facts, name)
        encoded[name] = [list(s) for s in value] if name == "spellings" else value
    return encoded


def _tuples(value: Any) -> Any:
    """JSON gave lists back where the facts had tuples (two levels deep at most)."""
    if not isinstance(value, list):
        return value
    return tuple(tuple(v) if isinstance(v, list) else v for v in value)


def _decode_facts(raw: Dict[str, Any], shown: str) -> CampaignFacts:
    values = {name: _tuples(raw[name]) for name in _FACT_FIELDS if name != "spellings"}
    values["spellings"] = tuple(Spelling(*s) for s in raw["spellings"])
    return CampaignFacts(path=shown, **values)


def _encode_diagnostic(d: Diagnostic) -> list:
    fix = None
    if d.fix is not None:
        fix = [d.fix.description, d.fix.safe, [[e.start, e.end, e.content] for e in d.fix.edits]]
    return [d.line, d.column, d.code, d.name, d.severity, d.message, d.end_line, d.end_column, fix]


class DamagedEntry(ValueError):
    """A cache entry that does not have the shape utmlint writes: treated as a miss, never trusted."""


def decode_result(entry: Dict[str, Any], shown: str) -> Tuple[list, Optional[CampaignFacts], Optional[Suppressions]]:
    try:
        return _decode_result(entry, shown)
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as error:
        raise DamagedEntry(str(error)) from None


def _expect(condition: bool) -> None:
    if not condition:
        raise ValueError("unexpected value in cache entry")


def _decode_result(entry: Dict[str, Any], shown: str) -> Tuple[list, Optional[CampaignFacts], Optional[Suppressions]]:
    diagnostics = []
    for line, column, code, name, severity, message, end_line, end_column, fix in entry["diagnostics"]:
        _expect(type(line) is int and type(column) is int and line > 0 and column > 0)
        _expect(all(type(v) is str for v in (code, name, severity, message)) and severity in SEVERITIES)
        _expect(all(v is None or type(v) is int for v in (end_line, end_column)))
        fixed = None
        if fix is not None:
            edits = tuple(Edit(int(e[0]), int(e[1]), str(e[2])) for e in fix[2])
            fixed = Fix(edits, str(fix[0]), bool(fix[1]))
        diagnostics.append(Diagnostic(shown, line, column, code, name, severity, message, end_line, end_column, fixed))
    raw_facts = entry.get("facts")
    facts = None if raw_facts is None else _decode_facts(raw_facts, shown)
    if facts is not None:
        _expect(all(type(s.line) is int and type(s.column) is int and type(s.value) is str for s in facts.spellings))
    raw_sup = entry.get("suppressions")
    sup = None
    if raw_sup is not None:
        sup = Suppressions({int(k): {str(s) for s in v} for k, v in raw_sup["lines"].items()},
                           [(int(a), int(b), str(c)) for a, b, c in raw_sup["ranges"]], {str(s) for s in raw_sup["file"]})
    return diagnostics, facts, sup
