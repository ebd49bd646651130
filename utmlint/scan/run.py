"""One `utmlint scan` run: find the files, read each once, extract its tracked links, judge them, then
run the repo-wide rules over the scanned links and the campaign files together.

Files without `utm_` cost a read and a byte search. Results of files with links are cached by the hash
of their bytes (JSON, never pickle: the cache folder may sit in a repository someone else controls).
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import re
import time
from pathlib import Path
from typing import Dict, List, Mapping, NamedTuple, Optional, Sequence, Tuple

from .. import suppress
from ..cache import RACY_NS
from ..config import Config, ConfigError
from ..diagnostics import Diagnostic
from ..discovery import looks_like_campaign
from . import MAX_SCAN_BYTES, Extracted, extract, has_utm
from .files import Discovery, Target, display, read_whole

# `# utmlint: ...`, `// utmlint: ...`, `<!-- utmlint: ... -->`, `{# utmlint: ... #}`, `/* */`, `..` (reST),
# `--` (SQL, Lua), `;` (INI), `%` (TeX), `<%# %>`: the comment opener must start the line or follow a space.
DIRECTIVE = re.compile(
    r"(?:^|\s)(?:#|//|<!--|\{#|/\*|\.\.|--|;|%|<%#)\s*utmlint:\s*(ignore|disable-file|disable|enable)\b"
    r"(?:\[([^\]]*)\])?", re.IGNORECASE)
INVENTORY_PARAMS = ("utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term")
CACHE_VERSION = "scan-6"  # 4: campaign files recognised as lint does (near-miss keys too); 5: `=` as an entity;
# 6: stamps per folder, "size:mtime:ctime:inode", kept only when settled; the rules' fingerprint inside


class Record(NamedTuple):
    """One tracked link in the inventory (`scan --links`)."""

    path: str
    line: int
    column: int
    url: str
    params: Tuple[str, ...]  # INVENTORY_PARAMS, "" when absent
    channel: str


class FileScan:
    __slots__ = ("path", "shown", "diagnostics", "facts", "suppressions", "records", "notes", "text", "bom")

    def __init__(self, path: str, shown: str):
        self.path = path
        self.shown = shown
        self.diagnostics: List[Diagnostic] = []
        self.facts = None
        self.suppressions: Optional[suppress.Suppressions] = None
        self.records: List[Record] = []
        self.notes: List[Tuple[int, int, str]] = []
        self.text: Optional[str] = None  # kept when fixing
        self.bom = False


class ScanResult(NamedTuple):
    files: List[FileScan]  # every file read (with or without links)
    diagnostics: List[Diagnostic]
    notes: List[str]  # "path:line:col: note: ..." lines
    campaigns: List[str] = []  # campaign files found and left to `lint` (as displayed)


class _LazyPlatforms(Mapping):
    """The platform profiles, parsed only when a rule first asks: a warm run answered from the cache
    never pays for reading them."""

    def __init__(self, load):
        self._load = load
        self._data = None

    def _get(self):
        if self._data is None:
            self._data = self._load()
        return self._data

    def __getitem__(self, key):
        return self._get()[key]

    def __iter__(self):
        return iter(self._get())

    def __len__(self):
        return len(self._get())

    # The loaded dict's own views: Mapping's would call __getitem__ once per key, and the value rules
    # walk every profile for each value judged (most of a cold run's time went there).
    def keys(self):
        return self._get().keys()

    def values(self):
        return self._get().values()

    def items(self):
        return self._get().items()

    def get(self, key, default=None):
        return self._get().get(key, default)

    def __contains__(self, key):
        return key in self._get()


def scan_linter(config: Config, registry, select: Sequence[str], ignore: Sequence[str]):
    """A Linter running only the rules that apply to a link in a document. In-product hosts are a campaign
    file's notion (an in-app message); a link written in docs is external traffic and is judged."""
    from ..project import Project
    from .judge import applies_to_scan

    synthetic_config = copy.copy(config)
    synthetic_config.in_product_hosts = []
    scope = Project.of(synthetic_config, registry=registry).scopes[0]
    profiles = Project.of(synthetic_config).scopes[0]
    scope.__dict__["platforms"] = _LazyPlatforms(lambda: profiles.platforms)  # loaded only when a rule asks
    linter = scope.linter(select, ignore)
    linter.config = config
    repo_rules = list(linter.by_target.get("repo", ()))
    linter.by_target = {target: [r for r in rules if applies_to_scan(r.code)]
                        for target, rules in linter.by_target.items() if target in ("campaign", "link")}
    return linter, repo_rules


class Scanner:
    """`registry` may be a function returning it: the rules are then built only when a file or the repo-wide
    result must be judged, so a warm run answered wholly from the cache imports no rule, no judge and no
    YAML parser (the selectors were checked by the run that wrote the cache, under the same key)."""

    def __init__(self, config: Config, registry, select: Sequence[str] = (), ignore: Sequence[str] = (),
                 keep_text: bool = False, use_cache: bool = True):
        self.config = config
        self._registry = registry
        self.select, self.ignore = list(select), list(ignore)
        self.options = {"code-blocks": bool((config.scan or {}).get("code-blocks", False))}
        self.keep_text = keep_text
        self.use_cache = use_cache and not keep_text
        self._cache: Optional[Dict[str, dict]] = None
        self._cache_path: Optional[Path] = None
        self._cache_dirty = False
        self._rules = None  # (linter, repo rules, judge), built on first need
        self._stale = False  # the cache was made under other rules than the ones built: rescan
        self._taken = time.time_ns()  # when the run began: every stamp's stat is taken after it
        if not self._load_cache().get("rules"):
            self._build()  # no cache to answer from: check the selectors now, as every run did

    @property
    def registry(self):
        if callable(self._registry):
            self._registry = self._registry()
        return self._registry

    def _build(self):
        if self._rules is None:
            from .judge import Judge

            linter, repo_rules = scan_linter(self.config, self.registry, self.select, self.ignore)
            self._rules = (linter, repo_rules, Judge(linter, self.config.own_hosts))
            if self.use_cache:
                cache = self._load_cache()
                rules = linter.fingerprint()
                if cache.get("rules") != rules:  # entries judged by other rules (a profile edited): start afresh
                    self._stale = bool(cache.get("rules"))
                    self._cache = cache = {"rules": rules}
                    self._cache_dirty = True
                if cache.get("repo-rules") is not bool(repo_rules):
                    cache["repo-rules"] = bool(repo_rules)
                    self._cache_dirty = True
        return self._rules

    @property
    def linter(self):
        return self._build()[0]

    @property
    def repo_rules(self):
        return self._build()[1]

    @property
    def judge(self):
        return self._build()[2]

    # -- cache
    def _fingerprint(self) -> str:
        """The cache's name: everything the rules depend on that can be known without loading them (the
        linter's own fingerprint is kept inside and checked whenever the rules are built)."""
        from .. import __version__
        from ..plugins import declarations
        from .platform_tags import platform_written_tags

        parts = [CACHE_VERSION, __version__, self.config.fingerprint(), json.dumps([self.select, self.ignore]),
                 json.dumps(self.config.own_hosts), json.dumps(self.config.scan, sort_keys=True, default=str),
                 repr(platform_written_tags())]  # an edited list changes which links are judged
        parts.extend(f"{path}\n{text}" for path, text in declarations())  # a plugin installed, upgraded or removed
        parts.extend(self.config.profile_stamps())  # a profile edited
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]

    def _cache_file(self) -> Path:
        if self._cache_path is None:  # named once: the fingerprint stats every profile and plugin file
            folder = self.config.cache_dir or (self.config.root / ".utmlint_cache")
            self._cache_path = Path(folder) / f"scan-{self._fingerprint()}.json"
        return self._cache_path

    def _load_cache(self) -> Dict[str, dict]:
        if self._cache is None:
            self._cache = {}
            if self.use_cache:
                from ..cache import read_signed

                data = read_signed(self._cache_file(), self._purpose())
                if isinstance(data, dict):
                    self._cache = data
        return self._cache

    def _purpose(self) -> str:
        return f"scan-cache {self._cache_file().name}"

    def save_cache(self) -> None:
        """Signed with the machine key like lint's cache (a cache committed by a pull request is ignored),
        written only through safeio (no symlink followed)."""
        if not (self.use_cache and self._cache_dirty) or not self._load_cache().get("rules"):
            return
        from .. import safeio
        from ..cache import open_cache_folder, sign

        path = self._cache_file()
        root = None if self.config.cache_dir else self.config.root
        payload = json.dumps(self._cache, separators=(",", ":")).encode("utf-8")
        try:
            with open_cache_folder(path.parent, root) as folder:
                safeio.replace_in(folder, path.name, sign(payload, self._purpose()))
        except (OSError, safeio.WriteRefused):
            pass  # a read-only checkout, or a planted symlink: scan anyway, just without a cache
        self._cache_dirty = False

    # -- one file
    def _display(self, path: str) -> str:
        prefix = self.__dict__.get("_cwd")
        if prefix is None:
            prefix = self.__dict__["_cwd"] = os.path.join(os.getcwd(), "")
        shown = path[len(prefix):] if path.startswith(prefix) else path
        return shown.replace(os.sep, "/")

    def scan_file(self, target: Target) -> Optional[FileScan]:
        """One file's findings, links and notes; None when it turns out to be a campaign file (lint's).

        With the cache, one stat per file, taken before reading: when its (size, mtime, ctime, inode) are
        the entry's, the file is not read and the entry answers. A stamp is kept only when the file had
        settled when it was taken (its mtime and ctime RACY_NS older than the stat: git's racy-clean rule,
        as lint's cache), so an edit within the same clock tick is never hidden; else the file is read and
        hashed every time until it settles. A write after the stat moves the mtime, so a stamp never
        vouches for bytes it did not see."""
        path = target.path
        result = FileScan(path, self._display(path))
        folder = stamp = None
        name = ""
        if self.use_cache:
            cache = self._load_cache()
            stamps = cache.get("stat")
            if not isinstance(stamps, dict):
                stamps = cache["stat"] = {}
            directory, _, name = path.rpartition(os.sep)
            folder = stamps.get(directory)
            if not isinstance(folder, dict):
                folder = stamps[directory] = {}
            taken = self._taken  # before this stat (before the run's first): a stricter test, never a looser one
            try:
                info = os.stat(path)
            except OSError:
                info = None
            if info is not None:
                stamp = f"{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_ino}"
                known = folder.get(name)
                if type(known) is list and len(known) == 2 and known[0] == stamp:
                    key = known[1]
                    if key is None:
                        return result  # unchanged, and it had no `utm_`
                    if key == "campaign":
                        return None
                    entry = cache.get(key)
                    if entry is not None and self._restore(result, entry):
                        return result
                if not (info.st_mtime_ns < taken - RACY_NS and info.st_ctime_ns < taken - RACY_NS):
                    stamp = None  # changed too recently for its stat to prove anything next time
        raw, problem = read_whole(target.path, MAX_SCAN_BYTES)
        if problem is not None:
            result.notes.append((1, 1, problem))
            return result
        if target.family == "data" and target.path.endswith((".yaml", ".yml")) and self.config.source is None \
                and looks_like_campaign(raw):
            self._remember(folder, name, stamp, "campaign")
            return None  # a campaign file: lint's, not scan's
        if not has_utm(raw):
            self._remember(folder, name, stamp, None)
            return result
        key = None
        if self.use_cache:
            key = hashlib.blake2b(raw, digest_size=16).hexdigest() + ":" + target.family
            self._remember(folder, name, stamp, key)
            entry = self._load_cache().get(key)
            if entry is not None and self._restore(result, entry):
                return result
        extracted = extract(raw, os.path.splitext(target.path)[1], self.options, target.family)
        self._judge(result, extracted, Path(target.path))
        if key is not None:
            self._load_cache()[key] = self._entry(result)
            self._cache_dirty = True
        return result

    def _remember(self, folder: Optional[dict], name: str, stamp: Optional[str], key: Optional[str]) -> None:
        if folder is None:
            return
        entry = [stamp, key] if stamp is not None else None
        if folder.get(name) != entry:
            if entry is None:
                folder.pop(name, None)
            else:
                folder[name] = entry
            self._cache_dirty = True

    def scan_text(self, path: str, text: str, family: str) -> FileScan:
        """Re-scan a file's new text in memory (between fix passes)."""
        result = FileScan(path, display(path))
        raw = text.encode("utf-8")
        extracted = extract(raw, os.path.splitext(path)[1], self.options, family)
        self._judge(result, extracted, Path(path))
        return result

    def _judge(self, result: FileScan, extracted: Extracted, path: Path) -> None:
        from .judge import LineIndex, build

        result.notes.extend((n.line, n.column, n.message) for n in extracted.notes)
        if extracted.text is None:
            return
        text = extracted.text
        result.bom = extracted.bom
        if self.keep_text:
            result.text = text
        result.suppressions = suppress.parse(text, None, self.linter.resolve, self.linter.every_code, DIRECTIVE)
        index = LineIndex(text)
        spellings = []
        from ..channels import predict_channel

        for occ in extracted.occurrences:
            synthetic = build(occ.url)
            for d in self.judge.judge(result.shown, path, text, index, occ, synthetic):
                if result.suppressions is not None and result.suppressions.suppresses(d.line, d.code):
                    continue
                result.diagnostics.append(d)
            values = {}
            if synthetic is not None:
                for param, field in synthetic.fields.items():
                    if field.name_end < field.end:
                        values[param] = field.value
            result.records.append(Record(result.shown, occ.line, occ.column, occ.url,
                                         tuple(values.get(p, "") for p in INVENTORY_PARAMS),
                                         predict_channel(values.get("utm_source"), values.get("utm_medium"),
                                                         values.get("utm_campaign")).channel))
            if synthetic is not None and self.judge.is_own(occ.url):
                for param in ("utm_source", "utm_medium"):
                    field = synthetic.fields.get(param)
                    if field is None or param in synthetic.whole_placeholders or not field.value or "{" in field.value:
                        continue
                    value_start = field.name_end + 1
                    line, column = index.pos(occ.offsets[value_start])
                    spellings.append((line, column, param, field.value))
        result.diagnostics = list(dict.fromkeys(result.diagnostics))
        result.facts = facts_for(result.shown, spellings)

    @staticmethod
    def _entry(result: FileScan) -> dict:
        s = result.suppressions
        return {
            "d": [[d.line, d.column, d.code, d.name, d.severity, d.message, d.end_line, d.end_column,
                   None if d.fix is None else [d.fix.description, d.fix.safe, [list(e) for e in d.fix.edits]]]
                  for d in result.diagnostics],
            "r": [[r.line, r.column, r.url, list(r.params), r.channel] for r in result.records],
            "s": [[sp.line, sp.column, sp.param, sp.value] for sp in result.facts.spellings] if result.facts else [],
            "n": [list(n) for n in result.notes],
            "x": None if s is None else s.to_json(),
        }

    @staticmethod
    def _restore(result: FileScan, entry: dict) -> bool:
        try:
            result.diagnostics = [Diagnostic(result.shown, *d[:8], _fix(d[8])) for d in entry["d"]]
            result.records = [Record(result.shown, r[0], r[1], r[2], tuple(r[3]), r[4]) for r in entry["r"]]
            result.facts = facts_for(result.shown, [tuple(s) for s in entry["s"]])
            result.notes = [tuple(n) for n in entry["n"]]
            if entry["x"] is not None:
                result.suppressions = suppress.Suppressions.from_json(entry["x"])
            return True
        except (KeyError, TypeError, ValueError, IndexError):
            return False  # a damaged entry is recomputed

    # -- the whole run
    def run(self, paths: Sequence[str], repo_wide: bool = True) -> ScanResult:
        self._taken = time.time_ns()
        discovery = Discovery(self.config)
        found = discovery.collect(list(paths))
        if found.missing:
            raise ConfigError("; ".join(f"{given}: no such file or folder" for given in found.missing))
        notes = [f"{given}:1:1: note: {message}" for given, message in found.notes]
        scanned = [(target, self.scan_file(target)) for target in found.targets]
        if self._stale:  # the rules built for a changed file are not those the cache was made with
            self._stale = False
            scanned = [(target, self.scan_file(target)) for target in found.targets]
        files = [f for _, f in scanned if f is not None]
        campaigns = [self._display(target.path) for target, f in scanned if f is None]
        if repo_wide and self._has_repo_rules():
            self._run_repo(files)
        self.save_cache()
        for f in files:
            notes.extend(f"{f.shown}:{line}:{column}: note: {message}" for line, column, message in f.notes)
        diagnostics = sorted((d for f in files for d in f.diagnostics), key=lambda d: d.sort_key)
        return ScanResult(files, diagnostics, notes, campaigns)

    def _has_repo_rules(self) -> bool:
        """Whether any repo-wide rule runs; a warm run asks the cache, written by a run that built the rules."""
        known = self._load_cache().get("repo-rules") if self._rules is None and self.use_cache else None
        return bool(self.repo_rules) if not isinstance(known, bool) else known

    def campaign_facts(self) -> list:
        """Facts of every campaign file of the project: lint's own results (from lint's cache when warm).
        The scan cache keeps each file's facts too, under the hash of the bytes lint read, with a stamp
        taken before lint read them (the same rule as scan_file's): when every campaign file is as it was,
        no linter, rule or YAML parser is loaded for them."""
        if self.config.source is None:
            return []
        from ..discovery import walk

        campaign_files = list(walk(self.config, self.config.root))
        if not campaign_files:
            return []
        known = self._load_cache().get("campaigns") if self.use_cache else None
        if not isinstance(known, dict):
            known = {}
        facts: Dict[str, object] = {}
        stamps: Dict[str, Optional[str]] = {}
        for path in campaign_files:
            stamps[path] = self._settled_stamp(path) if self.use_cache else None
            found = self._known_facts(path, stamps[path], known.get(path))
            if found is not False:
                facts[path] = found
        missing = [path for path in campaign_files if path not in facts]
        if missing:
            from ..project import Project
            from ..runner import lint_files

            linter = Project.of(self.config, registry=self.registry).scopes[0].linter()
            linter.use_cache = self.use_cache
            for result in lint_files(linter, [Path(p) for p in missing]).values():
                path = os.fspath(result.file)
                facts[path] = result.facts
                if self.use_cache and path in stamps and result.digest is not None and result.parsed \
                        and not result.skipped:
                    from ..cache import _encode_facts

                    known[path] = [stamps[path], result.digest, result.path,
                                   None if result.facts is None else _encode_facts(result.facts)]
                    self._load_cache()["campaigns"] = known
                    self._cache_dirty = True
        return [facts[path] for path in campaign_files if facts.get(path) is not None]

    def _known_facts(self, path: str, stamp: Optional[str], entry):
        """The facts the cache keeps for a campaign file whose stat, else whose bytes, are unchanged;
        False when they are not known."""
        if not (isinstance(entry, list) and len(entry) == 4):
            return False
        if stamp is None or entry[0] != stamp:
            from .. import safeio
            from ..cache import content_hash
            from ..document import MAX_FILE_BYTES

            try:
                raw = safeio.read_regular(path, MAX_FILE_BYTES, "a campaign file")
            except safeio.ReadRefused:
                return False
            if content_hash(raw) != entry[1]:
                return False
            if entry[0] != stamp:
                entry[0] = stamp  # verified: the stat may answer next time
                self._cache_dirty = True
        if entry[3] is None:
            return None
        from ..cache import DamagedEntry, _decode_facts

        try:
            return _decode_facts(entry[3], entry[2])
        except (DamagedEntry, KeyError, TypeError, ValueError, IndexError, AttributeError):
            return False  # a damaged entry: lint reads the file again

    def _settled_stamp(self, path: str) -> Optional[str]:
        """"size:mtime:ctime:inode" of a file unchanged for RACY_NS before this run began, else None."""
        try:
            info = os.stat(path)
        except OSError:
            return None
        if info.st_mtime_ns < self._taken - RACY_NS and info.st_ctime_ns < self._taken - RACY_NS:
            return f"{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_ino}"
        return None

    def _run_repo(self, files: List[FileScan]) -> None:
        by_shown = {f.shown: f for f in files if f.facts is not None and f.facts.spellings}
        if not by_shown:
            return
        all_facts = [f.facts for f in by_shown.values()] + self.campaign_facts()
        key = None
        if self.use_cache:
            digest = hashlib.blake2b(json.dumps([[f.path, [list(s) for s in f.spellings], f.campaign, list(f.sources)]
                                                 for f in all_facts], default=str).encode("utf-8"), digest_size=16)
            key = "repo:" + digest.hexdigest()
            cached = self._load_cache().get(key)
            if isinstance(cached, list):
                try:
                    restored = [(by_shown[shown], Diagnostic(shown, *fields)) for shown, *fields in cached]
                except (KeyError, TypeError, ValueError):
                    restored = None  # a damaged entry is recomputed
                if restored is not None:
                    for target, diagnostic in restored:
                        target.diagnostics.append(diagnostic)
                    return
        found = []
        for rule_ in self.repo_rules:
            context = self.linter.contexts.get(rule_.code)
            if context is None:
                continue
            for report in rule_.check(all_facts, context):
                target = by_shown.get(report.path or "")
                if target is None:
                    continue
                if target.suppressions is not None and target.suppressions.suppresses(report.at.line, rule_.code):
                    continue
                diagnostic = Diagnostic(target.shown, report.at.line, report.at.column, rule_.code, rule_.name,
                                        self.linter.severity[rule_.code], report.message)
                target.diagnostics.append(diagnostic)
                found.append([target.shown, *diagnostic[1:7]])
        if key is not None:
            self._load_cache()[key] = found
            self._cache_dirty = True

    # -- fixes
    def fix(self, result: ScanResult, write: bool, unsafe: bool, show_diff) -> int:
        """Apply fixes (ruff's passes, lint's engine) to each file read whole; write atomically, or pass
        each diff to `show_diff`. Returns how many findings the fixes resolved."""
        from ..fixes import fix_file, unified_diff

        fixed = 0
        for f in result.files:
            if f.text is None or not any(d.fix is not None for d in f.diagnostics):
                continue
            family = _family_of_path(f.path)

            def rescan(path, text, family=family):
                return True, self.scan_text(path, text, family).diagnostics

            text, count = fix_file(rescan, f.path, f.text, f.diagnostics, unsafe)
            if text == f.text:
                continue
            fixed += count
            if write:
                refused = _write(f, text, self.config.root)
                if refused:
                    import sys

                    print(f"utmlint: {f.shown}: not fixed: {refused}", file=sys.stderr)
                    fixed -= count
            else:
                show_diff(unified_diff(f.shown, f.text, text))
        return fixed


def facts_for(shown: str, items) -> "object":
    """What repo-wide rules need of a scanned file: every utm_source and utm_medium spelling, located.
    Here, not in judge.py: a file answered from the cache needs it, and no judge."""
    from sys import intern

    from ..facts import CampaignFacts, Spelling

    spellings = []
    sources = set()
    for line, column, param, value in items:
        spellings.append(Spelling(param, intern(value), line, column))
        if param == "utm_source":
            sources.add(value)
    return CampaignFacts(shown, None, tuple(spellings), tuple(sorted(sources)))


def _fix(raw) -> Optional["Fix"]:
    from ..diagnostics import Edit, Fix

    if raw is None:
        return None
    description, safe, edits = raw
    return Fix(tuple(Edit(int(a), int(b), str(c)) for a, b, c in edits), str(description), bool(safe))


def _family_of_path(path: str) -> str:
    from . import family_of

    return family_of(os.path.splitext(path)[1]) or "plain"


def _write(f: FileScan, text: str, root) -> Optional[str]:
    """Rewrite the file through safeio (atomic, re-read just before the rename); why not, or None."""
    from .. import safeio

    bom = "\ufeff" if f.bom else ""
    try:
        safeio.rewrite(f.path, (bom + text).encode("utf-8"), (bom + (f.text or "")).encode("utf-8"), root)
    except safeio.WriteRefused as refused:
        return str(refused)
    except OSError as error:
        return error.strerror or str(error)
    return None
