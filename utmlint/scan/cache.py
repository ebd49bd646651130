"""The scan cache: what `utmlint scan` found in each file, so an unchanged file is neither read nor judged.

One signed file per fingerprint (`scan-<fingerprint>.bin` in the cache folder), of compact lists:

    {"format": FORMAT, "rules": the linter's fingerprint, "repo-rules": whether any repo-wide rule runs,
     "dirs": {folder: {name: [key] or [key, size, mtime_ns, ctime_ns, inode]}},
     "entries": {key: encode_entry(...)},
     "repo": [key, findings] (the last repo-wide result), "campaigns": {path: [stamp, digest, shown, facts]}}

A file's `key` says what its bytes held: None (no `utm_`: nothing to judge), "campaign" (lint's file), or
"<blake2b of the bytes>:<family>", the entry judged from those bytes. Entries are keyed by content, so a
file edited back, or copied, is answered without judging. The stat (size, mtime, ctime, inode) is only a
shortcut taken before reading: it is kept when the file had settled (mtime and ctime RACY_NS older than
the run: git's racy-clean rule), so a same-size edit within one clock tick is read and hashed again; a
file without a settled stat is listed with its key alone and read every run until it settles.

Pruned when written: a folder walked whole keeps only the files seen in it this run (deleted, renamed
and newly excluded files go), folders under a walked root that were not walked go, entries no file points
to go, only the last repo-wide result stays, and only the campaign files of the last run that read them.
Of the scan caches of other fingerprints (other settings, rules or utmlint versions) in the same folder,
only the KEEP_OTHERS most recently written stay.

Plain lists, dicts, strings and numbers in `marshal`'s format, never pickle (the cache folder may sit in
a repository someone else controls: nothing in it can run), signed with the machine key like lint's cache
(in keyed BLAKE2b, signing.keyed_sign: no OpenSSL to load) and decoded only once its signature is verified
(a cache committed or edited by a pull request is ignored), written through safeio. marshal reads them back in half the time JSON takes (the stats of 5,000 files
were a tenth of a warm run); its format depends on the Python version, which is in the fingerprint.
"""

from __future__ import annotations

import marshal
import os
import stat
from typing import Dict, List, Optional

from ..diagnostics import Diagnostic, Edit, Fix  # already loaded: cli imports registry (its RuleError), which imports it
# From freshness, not lint's cache module: a warm scan does not load lint's cache (and the facts, model and
# document modules it loads).
from ..freshness import KEEP_OTHERS, MAX_CACHE_BYTES, RACY_NS, content_hash  # noqa: F401 (scan/run and scan/repo use them)
from ..lazyregex import lazy_compile
from . import Record

_new = tuple.__new__  # a named tuple from its fields, without its Python __new__ (decode_entry)

FORMAT = 8  # 8: a spelling's end column; 7: one "dirs" map (key first, then the stat), entries apart, source lines kept, pruned
# the names scan's caches have had (`scan-<16 hex>.bin`, older formats' `.json`): only these are ever pruned, never a
# user's own `scan-notes.txt` in a folder given as `--cache-dir`
_SCAN_NAME = lazy_compile(r"scan-(?:[0-9a-z.]+-)?[0-9a-f]{16}\.(?:bin|json)\Z")
MAX_KEPT_LINE = 4096  # a longer source line (minified) is read again by the report, not kept


class ScanCache:
    """The cache file of one fingerprint, loaded whole; `save` prunes and writes it when it changed."""

    def __init__(self, path, purpose: str, root=None):
        self.path = path
        self.purpose = purpose
        self.root = root  # the cache folder must lie inside it (None: named by --cache-dir)
        self.rules: Optional[str] = None
        self.repo_rules: Optional[bool] = None
        self.dirs: Dict[str, Dict[str, list]] = {}
        self.entries: Dict[str, list] = {}
        self.repo: Optional[list] = None
        self.campaigns: Dict[str, list] = {}
        self.dirty = False
        # What this run saw: folders walked whole (their names replace the old ones), the roots walked,
        # and each folder's files as seen now.
        self.walked: set = set()
        self.roots: List[str] = []
        self.seen: Dict[str, Dict[str, list]] = {}

    def load(self) -> "ScanCache":
        data = None
        with collector_paused():
            from .. import safeio
            from ..signing import keyed_verified

            try:
                raw = safeio.read_regular(self.path, MAX_CACHE_BYTES, "a cache file", follow=False)
            except safeio.ReadRefused:
                raw = None  # missing, too big, not a regular file
            body = None if raw is None else keyed_verified(raw, self.purpose)
            if body is not None:
                try:
                    data = marshal.loads(body)
                except (ValueError, EOFError, TypeError):
                    pass
        if not (isinstance(data, dict) and data.get("format") == FORMAT):
            return self  # missing, damaged, unsigned or older: start afresh
        dirs, entries, campaigns, repo = (data.get(k) for k in ("dirs", "entries", "campaigns", "repo"))
        if not (isinstance(dirs, dict) and isinstance(entries, dict) and isinstance(campaigns, dict)):
            return self
        self.rules = data.get("rules") if isinstance(data.get("rules"), str) else None
        self.repo_rules = data.get("repo-rules") if isinstance(data.get("repo-rules"), bool) else None
        self.dirs, self.entries, self.campaigns = dirs, entries, campaigns
        self.repo = repo if isinstance(repo, list) and len(repo) == 2 else None
        return self

    def reset(self, rules: str) -> None:
        """Entries judged under other rules (a profile edited) are worthless: start afresh under `rules`."""
        walked, roots = self.walked, self.roots
        self.__init__(self.path, self.purpose, self.root)
        self.walked, self.roots = walked, roots
        self.rules = rules
        self.dirty = True

    def saw(self, walked, roots) -> None:
        """The folders this run listed whole, and the roots it walked from (for pruning)."""
        self.walked = set(walked)
        self.roots = list(roots)

    # -- what the run saw
    def folder(self, directory: str):
        """(the entries known for `directory`'s files, the dict its files seen now go into)."""
        known = self.dirs.get(directory)
        if type(known) is not dict:
            known = {}
        seen = self.seen.get(directory)
        if seen is None:
            seen = self.seen[directory] = {}
        return known, seen

    def finish(self) -> None:
        """Fold what this run saw into `dirs`, pruning what it proves is gone; marks the cache dirty when
        anything differs."""
        dirs = self.dirs
        for directory in set(self.seen) | self.walked:
            seen = self.seen.get(directory, {})
            old = dirs.get(directory)
            if directory in self.walked:
                new = seen
            else:  # files named one by one: the rest of the folder is as it was
                new = dict(old) if type(old) is dict else {}
                new.update(seen)
            if new != old and (new or old):
                dirs[directory] = new
                self.dirty = True
        if self.roots:
            inside = tuple(os.path.join(root, "") for root in self.roots)
            for directory in [d for d in dirs if d not in self.walked and (d in self.roots or d.startswith(inside))]:
                del dirs[directory]  # under a root walked whole but not walked now: deleted or excluded
                self.dirty = True
        for directory in [d for d, names in dirs.items() if not names]:
            del dirs[directory]
        self.seen = {}

    # -- writing
    def save(self) -> None:
        """Prune and write, signed, through safeio (no symlink followed); a read-only checkout or a planted
        symlink is not an error: the run just keeps no cache."""
        if not self.dirty or self.rules is None:
            return
        from .. import safeio
        from ..cache import open_cache_folder
        from ..signing import keyed_sign

        used = {entry[0] for names in self.dirs.values() for entry in names.values()
                if type(entry) is list and entry}
        self.entries = {key: value for key, value in self.entries.items() if key in used}
        campaigns = self.campaigns
        if campaigns:
            import json

            # Lint's facts of campaign files hold tuples, which marshal keeps and whose readers (written for
            # JSON) take for damage: stored as JSON would store them.
            campaigns = json.loads(json.dumps(campaigns))
        data = {"format": FORMAT, "rules": self.rules, "repo-rules": self.repo_rules, "dirs": self.dirs,
                "entries": self.entries, "repo": self.repo, "campaigns": campaigns}
        payload = marshal.dumps(data)
        try:
            with open_cache_folder(self.path.parent, self.root) as folder:
                safeio.replace_in(folder, self.path.name, keyed_sign(payload, self.purpose))
                _prune_others(folder, self.path.name)
        except (OSError, safeio.WriteRefused):
            pass
        self.dirty = False


class collector_paused:
    """The cyclic garbage collector off while a run makes its many small acyclic objects (decoding the
    cache, a warm run's 5,000 results: a tenth of its time went to collections that found nothing)."""

    def __enter__(self):
        import gc

        self.was = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc):
        if self.was:
            import gc

            gc.enable()


def _prune_others(folder, name: str) -> None:
    """Keep the KEEP_OTHERS newest scan caches of other fingerprints (older formats' `.json` ones too):
    each edit of the config or of a profile, each upgrade, names a new one, and the old ones would
    otherwise stay forever."""
    try:
        others = [n for n in os.listdir(folder.fd) if _SCAN_NAME.match(n) and n != name]
    except OSError:
        return
    if len(others) <= KEEP_OTHERS:
        return
    dated = []
    for other in others:
        try:
            info = folder.lstat(other)
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode) and not (hasattr(os, "getuid") and info.st_uid != os.getuid()):
            dated.append((info.st_mtime_ns, other))  # a regular file of ours: never a symlink, folder or another's
    for _, other in sorted(dated, reverse=True)[KEEP_OTHERS:]:
        try:
            folder.unlink(other)
        except OSError:
            pass


# -- one file's entry: [diagnostics, records, spellings, notes, suppressions, source lines, candidates, folder]
def encode_entry(result) -> list:
    """A scanned file's findings, inventory records, spellings (for repo-wide rules), notes, suppressions
    and the source lines its findings point into (so a warm report reads no file); its links as its folder's
    collection verdict reads them (scan.collection's candidates, as lists); and its results as one file of a folder
    collection, when it was judged as one (`[digest, the first six fields]`, scan.run.Scanner._folders), else None."""
    import json

    s = result.suppressions
    entry = [
        [[d.line, d.column, d.code, d.name, d.severity, d.message, d.end_line, d.end_column,
          None if d.fix is None else [d.fix.description, d.fix.safe, [list(e) for e in d.fix.edits]]]
         for d in result.diagnostics],
        [[r.line, r.column, r.url, list(r.params), r.channel, r.whose, r.why] for r in result.records],
        [list(spelling) for spelling in result.spellings],
        [list(n) for n in result.notes],
        None if s is None else s.to_json(),
        [[number, text] for number, text in (result.lines or {}).items()],
        [list(c) for c in result.candidates],
        None,
    ]
    # As JSON would keep it (tuples as lists): the readers, suppressions' included, were written for JSON.
    return json.loads(json.dumps(entry))


def decode_entry(entry, result) -> bool:
    """Fill `result` (a FileScan) from `entry`; False when the entry is damaged (the file is judged again).
    The named tuples are made by tuple.__new__ from exactly their fields (their Python __new__ was a third of a
    warm run's decoding; `d[8]` and `r[6]` fail on a short list as their __new__ did)."""
    shown = result.shown
    try:
        if len(entry) == 8:  # a file's own entry (six fields: its folder collection's result, scan.run._as_one_of)
            candidates = entry[6]
            if type(candidates) is not list:
                return False
            result.candidates = candidates
            entry = entry[:6]
        found, records, spellings, notes, sup, lines = entry
        diagnostics = [_new(Diagnostic, (shown, *d[:8], None if d[8] is None else _fix(d[8]))) for d in found]
        records = [_new(Record, (shown, r[0], r[1], r[2], tuple(r[3]), r[4], r[5], r[6])) for r in records]
        if type(spellings) is not list:
            return False
        for spelling in spellings:
            if type(spelling) is not list or len(spelling) != 6:
                return False
        notes = [tuple(n) for n in notes]
        lines = {int(number): str(text) for number, text in lines}
        suppressions = None if sup is None else _suppressions(sup)
    except (KeyError, TypeError, ValueError, IndexError):
        return False
    result.diagnostics, result.records, result.spellings, result.notes = diagnostics, records, spellings, notes
    result.lines, result.suppressions = lines, suppressions
    return True


def _suppressions(raw):
    from ..suppress import Suppressions

    return Suppressions.from_json(raw)


def source_lines(text: str, numbers) -> Dict[int, str]:
    """The lines `numbers` of `text` as the text report splits them (its line breaks: \\r\\n, \\r, \\n),
    each at most MAX_KEPT_LINE characters long (a longer one is left to the report to read)."""
    from ..reporters.text import _LINE_BREAK

    wanted = sorted(set(numbers))
    if not wanted:
        return {}
    lines = _LINE_BREAK.split(text)
    return {n: lines[n - 1] for n in wanted if 1 <= n <= len(lines) and len(lines[n - 1]) <= MAX_KEPT_LINE}


def _fix(raw):
    description, safe, edits = raw
    return _new(Fix, (tuple([_new(Edit, (int(a), int(b), str(c))) for a, b, c in edits]), str(description),
                      bool(safe)))
