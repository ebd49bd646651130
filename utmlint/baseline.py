"""The baseline: the findings a project already had when it started using utmlint, written once to a file and not
reported again, so the hook and CI can go on at once and fail only on new findings (phpstan's and detekt's baseline,
eslint's suppressions file, ruff's `--add-noqa` for files that hold no comments: JSON, CSV).

`utmlint lint --write-baseline` / `utmlint scan --write-baseline` writes every finding of the files checked to
`.utmlint-baseline.json` beside the config (or the file `--baseline FILE` or the config's `baseline:` names); every
later run reads it: a finding it lists is not reported and does not fail the run, a new one is. An entry is keyed by
the file (relative to the baseline's folder), the rule and the value the finding is about as written (the link's
value, its key or the link itself: the text its span covers), with its message (line numbers taken out) and a count:
moving lines, or adding some above, keeps it matched; a second finding of the same kind in the same file is new.
A finding whose value or message changed (a utmlint upgrade rewording a message) is still matched by the other.

An entry that no finding of a file checked matches any more (the link was fixed or edited, the file deleted) is
stale: the run says how many, and `--prune-baseline` drops them, so the file only shrinks. `--fix` leaves the
findings of the baseline alone; `--no-baseline` reports (and fixes) them all.

Lint and scan keep their own part of the file (`lint:`, `scan:`): a run rewrites or prunes only its own command's
entries, and only those of the files it checked, with the rules it ran (`--select` narrows what it may drop).
"""

from __future__ import annotations

import os
from collections import Counter
from typing import TYPE_CHECKING, Callable, Dict, Iterable, List, Optional, Sequence, Tuple

from .lazyregex import lazy_compile

if TYPE_CHECKING:
    from .diagnostics import Diagnostic

# Every `lint` and `scan` imports this module for its flags (add_flags), the pre-commit hook's fast path included:
# the config and its imports (pathlib, urllib.parse) are loaded only where a baseline is read or written (_error)


def _error(message: str) -> Exception:
    from .config import ConfigError

    return ConfigError(message)

DEFAULT_NAME = ".utmlint-baseline.json"
FORMAT_VERSION = 1
MAX_BASELINE_BYTES = 64 * 1024 * 1024
VALUE_LIMIT = 300  # characters of a finding's value kept (a whole link, at most)
# the findings of a file that was not read (not YAML, not text): nothing in it is checked, so a baseline that held one
# would hide whatever the file grows for good (review48 F1). Never written to a baseline, never matched by one: as an
# inline suppression cannot hide them, and phpstan's baseline does not hold a parse error either.
UNREAD = frozenset({"UTM001", "UTM004"})
ABOUT = ("utmlint's baseline: findings known when it was written, not reported again (README: \"Baseline\"). "
         "Written by `utmlint lint --write-baseline` and `utmlint scan --write-baseline`; "
         "`--prune-baseline` drops the entries nothing matches any more.")

# `docs/a.md:12`, `other.yaml:3:5`, `line 12`, `lines 3-4`: places that move when lines are added; never keyed
_LINE_REFERENCES = lazy_compile(r"(\.[A-Za-z0-9]{1,10}):\d+(?::\d+)?\b|\b(lines?) \d+(?:(?:-|\u2013| to | and )\d+)?")
_LINE_BREAK = lazy_compile(r"\r\n|\r|\n")


def key_message(message: str) -> str:
    """The message without line numbers, as an entry keeps it."""
    if "line" not in message and ":" not in message:
        return message
    return _LINE_REFERENCES.sub(lambda m: m.group(1) or m.group(2), message)


def finding_value(d: Diagnostic, line_of: Callable[[str, int], Optional[str]]) -> Optional[str]:
    """The text the finding's span covers on its first line (the value, key or link it is about), or None when it
    marks no span (a file-wide finding) or its line cannot be read."""
    if d.end_column is None or d.end_line is None or d.line < 1 or d.column < 1:
        return None
    line = line_of(d.path, d.line)
    if line is None:
        return None
    start = d.column - 1
    end = d.end_column - 1 if d.end_line == d.line else len(line)
    if end <= start:
        return None
    return line[start:end][:VALUE_LIMIT] or None


def lines_of_text(text: str) -> List[str]:
    return _LINE_BREAK.split(text[1:] if text.startswith("\ufeff") else text)


class Baseline:
    """One baseline file: its entries for every command, and where it lies (entry paths are relative to it)."""

    def __init__(self, path: str, data: Optional[dict] = None, configured: bool = True):
        self.path = path
        self.folder = os.path.dirname(os.path.abspath(path))
        self.exists = data is not None
        self.data = data if data is not None else {"version": FORMAT_VERSION}
        self.configured = configured  # named by --baseline or `baseline:` (else found by its default name)
        self.by_flag = False  # named by --baseline (later runs must name it too, or the config)

    @classmethod
    def load(cls, path: str, configured: bool = True, missing_ok: bool = False) -> "Baseline":
        from .safeio import ReadRefused, read_regular

        if not os.path.lexists(path):
            if missing_ok:
                return cls(path, None, configured)
            raise _error(f"{path}: baseline file not found; write it with `--write-baseline` (it lists the "
                         "findings of today, which later runs do not report)")
        try:
            raw = read_regular(path, MAX_BASELINE_BYTES, "a baseline file")
        except (ReadRefused, OSError) as error:
            raise _error(f"{path}: cannot read the baseline file: {getattr(error, 'strerror', None) or error}") \
                from None
        import json

        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as error:
            raise _error(f"{path}: the baseline file is not valid JSON ({error}); write it again with "
                         "`--write-baseline`") from None
        if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION or not all(
                isinstance(data.get(part, {}), dict) for part in ("lint", "scan")):
            raise _error(f"{path}: not a utmlint baseline (version {FORMAT_VERSION}); write it again with "
                         "`--write-baseline`")
        return cls(path, data, configured)

    def shown(self) -> str:
        """The file as the messages name it: relative to the working directory when under it."""
        relative = os.path.relpath(os.path.abspath(self.path))
        return self.path if relative.startswith("..") else relative

    def key_path(self, shown: str) -> str:
        """A finding's file (as its findings name it) as entries key it: relative to the baseline's folder, with `/`."""
        if shown == "-":
            return shown
        relative = os.path.relpath(os.path.abspath(shown), self.folder)
        return relative.replace(os.sep, "/")

    def entries(self, command: str) -> Dict[str, List[dict]]:
        part = self.data.get(command)
        if not isinstance(part, dict):
            return {}
        return {path: [e for e in items if isinstance(e, dict) and isinstance(e.get("rule"), str)]
                for path, items in part.items() if isinstance(items, list)}


class Outcome:
    """A run's findings split by the baseline: `reported` (new), `baselined` (listed, not reported), `stale` (how
    many findings the entries of the files checked expect that were not found, in `stale_files` files), and what
    `--write-baseline` wrote or `--prune-baseline` dropped."""

    def __init__(self, baseline: Baseline, command: str):
        self.baseline = baseline
        self.command = command
        self.reported: List[Diagnostic] = []
        self.baselined: List[Diagnostic] = []
        self.stale = 0
        self.stale_files = 0
        self.stale_paths: List[str] = []  # the files of those entries, as the baseline keys them
        self.written: Optional[Tuple[int, int]] = None  # (findings, files) written by --write-baseline
        self.pruned: Optional[int] = None  # entries' findings dropped by --prune-baseline
        self.unread: List[Diagnostic] = []  # findings of files not read, which --write-baseline leaves out (UNREAD)


def _entry(d: Diagnostic, value: Optional[str]) -> dict:
    entry = {"rule": d.code, "name": d.name}
    if value is not None:
        entry["value"] = value
    entry["message"] = key_message(d.message)
    return entry


def _count(entry: dict) -> int:
    """How many findings an entry stands for (1 when its count is missing or not a positive whole number)."""
    count = entry.get("count", 1)
    return count if type(count) is int and count > 0 else 1


def _order(entry: dict) -> tuple:
    """The order of a file's entries in the written baseline: by rule, value and message."""
    return entry["rule"], entry.get("value") or "", entry.get("message") or ""


def _rank_keys(path: str, entry: dict):
    """Keys by rank (0: value and message, 1: value alone, 2: message alone); None where the entry has no such key."""
    rule, value, message = entry.get("rule"), entry.get("value"), entry.get("message")
    return [(path, rule, value, message),
            (path, rule, value, None) if value is not None else None,
            (path, rule, None, message) if message is not None else None]


def match(baseline: Baseline, command: str, diagnostics: Sequence[Diagnostic], line_of) \
        -> Tuple[List[bool], List[Optional[str]], Dict[tuple, int]]:
    """Whether each finding is in the baseline's entries of `command`, the value of each (finding_value), and what
    count each entry has left unmatched, keyed (path, index in its file's list)."""
    entries = baseline.entries(command)
    left: Dict[tuple, int] = {}
    index: Dict[tuple, List[tuple]] = {}
    for path, items in entries.items():
        for number, entry in enumerate(items):
            left[(path, number)] = _count(entry)
            for rank, key in enumerate(_rank_keys(path, entry)):
                if key is not None:
                    index.setdefault((rank, key), []).append((path, number))
    values = [finding_value(d, line_of) for d in diagnostics]
    matched = [False] * len(diagnostics)
    if not index:
        return matched, values, left
    keyed = [_rank_keys(baseline.key_path(d.path), _entry(d, value)) for d, value in zip(diagnostics, values)]
    for rank in range(3):
        for i, keys in enumerate(keyed):
            if matched[i] or keys[rank] is None or diagnostics[i].code in UNREAD:
                continue
            for slot in index.get((rank, keys[rank]), ()):
                if left[slot] > 0:
                    left[slot] -= 1
                    matched[i] = True
                    break
    return matched, values, left


def _grouped(baseline: Baseline, diagnostics: Sequence[Diagnostic], values: Sequence[Optional[str]]) \
        -> Dict[str, List[dict]]:
    """The findings as entries: per file, one per rule, value and message, with how many."""
    counts: Dict[str, Counter] = {}
    for d, value in zip(diagnostics, values):
        entry = _entry(d, value)
        key = tuple(entry.items())
        counts.setdefault(baseline.key_path(d.path), Counter())[key] += 1
    grouped = {}
    for path, counter in counts.items():
        items = []
        for key, count in counter.items():
            entry = dict(key)
            entry["count"] = count
            items.append(entry)
        items.sort(key=_order)
        grouped[path] = items
    return grouped


def _gone(baseline: Baseline, path: str) -> bool:
    """Whether an entry's file is no longer there (deleted or moved): its entries are stale, whatever was checked."""
    return path != "-" and not os.path.lexists(os.path.join(baseline.folder, path))


def apply(baseline: Baseline, command: str, diagnostics: Sequence[Diagnostic], checked: Iterable[str],
          line_of, ruled: Callable[[str], bool] = lambda code: True, write: bool = False,
          prune: bool = False) -> Outcome:
    """Split the run's findings by the baseline; with `write`, first make every finding of the files checked the
    baseline's (entries of other files are kept); with `prune`, drop what nothing matched. `checked`: the files the
    run checked, as findings name them; `ruled(code)`: whether the run ran that rule (entries of a rule `--select`
    left out are neither stale nor dropped)."""
    outcome = Outcome(baseline, command)
    matched, values, left = match(baseline, command, diagnostics, line_of)
    checked_keys = {baseline.key_path(shown) for shown in checked} | {baseline.key_path(d.path) for d in diagnostics}
    entries = baseline.entries(command)

    def looked_at(path: str, entry: dict) -> bool:
        return (path in checked_keys or _gone(baseline, path)) and ruled(entry.get("rule", ""))

    if write:
        outcome.unread = [d for d in diagnostics if d.code in UNREAD]
        values = [v for d, v in zip(diagnostics, values) if d.code not in UNREAD]
        diagnostics = [d for d in diagnostics if d.code not in UNREAD]
        kept: Dict[str, List[dict]] = {}
        for path, items in entries.items():
            if _gone(baseline, path):
                continue
            keep = [e for e in items if not (path in checked_keys and ruled(e.get("rule", "")))]
            if keep:
                kept[path] = keep
        for path, items in _grouped(baseline, diagnostics, values).items():
            kept[path] = sorted(kept.get(path, []) + items, key=_order)
        baseline.data[command] = dict(sorted(kept.items()))
        outcome.written = (len(diagnostics), len({d.path for d in diagnostics}))
        _save(baseline)
        outcome.baselined = list(diagnostics)
        outcome.reported = list(outcome.unread)
        return outcome
    for d, is_old in zip(diagnostics, matched):
        (outcome.baselined if is_old else outcome.reported).append(d)
    stale_files = set()
    for (path, number), count in left.items():
        if count and looked_at(path, entries[path][number]):
            outcome.stale += count
            stale_files.add(path)
    outcome.stale_files = len(stale_files)
    outcome.stale_paths = sorted(stale_files)
    if prune:
        pruned: Dict[str, List[dict]] = {}
        for path, items in entries.items():
            keep = []
            for number, entry in enumerate(items):
                count = left.get((path, number), 0)
                if count and looked_at(path, entry):
                    if _count(entry) - count > 0:
                        keep.append({**entry, "count": _count(entry) - count})
                else:
                    keep.append(entry)
            if keep:
                pruned[path] = keep
        outcome.pruned = outcome.stale
        if outcome.stale:
            baseline.data[command] = dict(sorted(pruned.items()))
            _save(baseline)
        outcome.stale = 0
        outcome.stale_files = 0
    return outcome


def _save(baseline: Baseline) -> None:
    """Write the baseline: sorted, one entry's key a line (a review reads its diff), atomically."""
    import json

    from . import safeio

    data = {"version": FORMAT_VERSION, "about": ABOUT}
    for command in ("lint", "scan"):
        data[command] = baseline.data.get(command) or {}
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    try:
        with safeio.output(baseline.path) as stream:
            stream.write(text)
    except safeio.WriteRefused as refused:
        raise _error(f"{baseline.path}: cannot write the baseline: {refused}") from None
    except OSError as error:
        raise _error(f"{baseline.path}: cannot write the baseline: {error.strerror or error}") from None
    baseline.exists = True


def find(args, config, command: str) -> Optional[Baseline]:
    """The baseline this run reads (or writes): `--baseline FILE`, else the config's `baseline:`, else
    `.utmlint-baseline.json` in the config's folder when it is there (or is to be written); None with `--no-baseline`
    or when there is none."""
    writing = bool(getattr(args, "write_baseline", False))
    if getattr(args, "no_baseline", False):
        if writing or getattr(args, "prune_baseline", False):
            raise _error("--no-baseline reads no baseline: it cannot be written or pruned in the same run")
        return None
    given = getattr(args, "baseline", None)
    if given:
        found = Baseline.load(given, configured=True, missing_ok=writing)
        found.by_flag = True
        return found
    named = getattr(config, "baseline", None)
    if named is not None:
        return Baseline.load(os.fspath(named), configured=True, missing_ok=writing)
    default = os.path.join(os.fspath(config.root), DEFAULT_NAME)
    if writing or os.path.lexists(default):
        return Baseline.load(default, configured=False, missing_ok=writing)
    if getattr(args, "prune_baseline", False):
        raise _error(f"--prune-baseline: no baseline to prune ({DEFAULT_NAME} is not in {config.root}; "
                     "`--baseline FILE` names another)")
    return None


def ruled_by(args, registry) -> Callable[[str], bool]:
    """Whether this run ran a rule, as the command line's `--select` and `--ignore` narrow it (the config's own
    selection is the project's: an entry of a rule it turned off is stale)."""
    from .registry import is_selected

    def split(values):
        return [part.strip() for value in values or () for part in value.split(",") if part.strip()]

    select, ignore = split(getattr(args, "select", ())), split(getattr(args, "ignore", ()))
    if not select and not ignore:
        return lambda code: True
    try:
        codes = {r.code for r in registry if is_selected(r, select or ["ALL"], ignore)}
    except Exception:  # a registry that cannot be walked: never drop an entry for it
        return lambda code: False
    return codes.__contains__


_NAMED_FILES = 5  # files a note names one by one; more are counted


class Located(str):
    """A note whose subject leads it (`campaigns/b.yaml: ...`, as a finding's path does): printed as written, never
    capitalized as a sentence is (line)."""


def line(sentence: str) -> str:
    """A note as a line of the text report: a sentence starts with a capital and ends with a full stop; a located
    note keeps its path as written."""
    return (sentence if isinstance(sentence, Located) else sentence[0].upper() + sentence[1:]) + ".\n"


def notes(outcome: Optional[Outcome], command: str) -> List[str]:
    """What a run says of its baseline, one sentence each: how many findings it did not report, how many entries no
    longer match and how to drop them, what --write-baseline or --prune-baseline wrote."""
    if outcome is None:
        return []
    if isinstance(outcome, Outcomes):  # several configs' baselines: each says its own
        return [sentence for part in outcome.parts for sentence in notes(part, command)]
    said = []
    shown = outcome.baseline.shown()
    if outcome.unread:  # --write-baseline left them out (UNREAD), each file named as its findings are (review48 F8)
        first = {}
        for d in outcome.unread:
            first.setdefault(d.path, d)
        for path, d in list(first.items())[:_NAMED_FILES]:
            said.append(Located(f"{path}: not written to the baseline {shown}: utmlint could not read it ({d.code} "
                                f"{d.name}, reported), and nothing in a file it cannot read is checked, so an entry "
                                "would hide every link added to it; make it readable"))
        if len(first) > _NAMED_FILES:
            more = len(first) - _NAMED_FILES
            said.append(f"{more} more file{'s' if more != 1 else ''} that could not be read {'are' if more != 1 else 'is'}"
                        f" reported and not written to the baseline {shown} either")
    if outcome.written is not None:
        findings, files = outcome.written
        said.append(f"wrote {findings} finding{'s' if findings != 1 else ''} ({files} file{'s' if files != 1 else ''}) "
                    f"to the baseline {shown}: later runs report only new findings"
                    + (" (name it again with `--baseline FILE`, or in the config's `baseline:`; commit it)"
                       if outcome.baseline.by_flag else " (commit it)"))
        return said
    if outcome.pruned is not None:
        count = outcome.pruned
        said.append(f"pruned {count} finding{'s' if count != 1 else ''} that no longer occur from the baseline {shown}"
                    if count else f"the baseline {shown} has nothing to prune")
    if outcome.baselined:
        count = len(outcome.baselined)
        fixable = sum(1 for d in outcome.baselined if d.fix is not None and d.fix.safe)
        said.append(f"{count} finding{'s' if count != 1 else ''} in the baseline {shown} not reported "
                    f"(`utmlint {command} --no-baseline` shows {'them' if count != 1 else 'it'}"
                    + (f"; `utmlint {command} --fix --no-baseline` fixes {fixable} of them" if fixable and count > 1
                       else f"; `utmlint {command} --fix --no-baseline` fixes it" if fixable else "") + ")")
    if outcome.stale:
        count = outcome.stale
        said.append(f"{count} finding{'s' if count != 1 else ''} of the baseline no longer occur"
                    f"{'s' if count == 1 else ''} (fixed, or the link changed), in {_files_named(outcome)}: "
                    f"`utmlint {command} --prune-baseline` drops "
                    f"{'them' if count != 1 else 'it'} from {shown}")
    return said


def _files_named(outcome: Outcome) -> str:
    """The files a baseline's stale entries are of, named as the run names files (a few), else counted."""
    from .phrases import joined

    count, paths = outcome.stale_files, getattr(outcome, "stale_paths", [])
    if not paths or len(paths) != count or count > 3:
        return f"{count} file{'s' if count != 1 else ''}"
    from .config import shown_from_cwd

    return joined([path if path == "-" else shown_from_cwd(os.path.join(outcome.baseline.folder, path)) for path in paths])


def add_flags(parser, command: str) -> None:
    """`--baseline FILE`, `--write-baseline`, `--prune-baseline`, `--no-baseline`, worded alike for lint and scan."""
    parser.add_argument("--baseline", metavar="FILE",
                        help=f"read (or write) this baseline file (default: the config's `baseline:`, else "
                             f"{DEFAULT_NAME} beside the config when it is there): the findings it lists are not "
                             "reported and do not fail the run; new ones are")
    parser.add_argument("--write-baseline", action="store_true",
                        help="write every finding of the files checked to the baseline (a first run on an old "
                             "project: later runs report only new findings); exit 0, unless a file could not be read (such a finding is "
                             "reported, never written)")
    parser.add_argument("--prune-baseline", action="store_true",
                        help="drop from the baseline the findings that no longer occur in the files checked")
    parser.add_argument("--no-baseline", action="store_true",
                        help="read no baseline: report every finding, and let --fix fix the baselined ones too")


def holder(baseline: Baseline, command: str):
    """`hold(text, diagnostics)` for --fix (fixes.fix_file): the findings of a file's `text` with the fixes taken off
    those the baseline lists, which a fix leaves as they are (`--no-baseline` fixes them too)."""
    def hold(text: str, diagnostics: Sequence[Diagnostic]) -> List[Diagnostic]:
        lines = lines_of_text(text)

        def line_of(path: str, number: int) -> Optional[str]:
            return lines[number - 1] if 1 <= number <= len(lines) else None

        matched, _, _ = match(baseline, command, diagnostics, line_of)
        return [d._replace(fix=None) if old and d.fix is not None else d for d, old in zip(diagnostics, matched)]

    return hold


def line_reader(sources) -> Callable[[str, int], Optional[str]]:
    """A finding's line, from the files (or bytes) a report's source lines are read from (reporters.text.Sources)."""
    from .reporters.text import Sources

    return Sources(sources).line


class Scoped:
    """One run's baselines when it covers several configs (an agency's clients, each folder with its own
    `.utmlint.yaml` and baseline beside it): each scope's findings are matched against, written to or pruned from its
    own config's baseline, never the first scope's (report-baseline: "the baseline used is the first scope's config's").
    `parts`: (baseline or None, the paths of the files the scope checked). `--baseline FILE` names one file for all."""

    def __init__(self, parts: List[Tuple[Optional[Baseline], set]]):
        self.parts = parts

    @property
    def baselines(self) -> List[Baseline]:
        return [b for b, _ in self.parts if b is not None]

    def of(self, path: str) -> Optional[Baseline]:
        for baseline, paths in self.parts:
            if path in paths:
                return baseline
        return None

    def holder(self, command: str):
        """baseline.holder for each file's own scope (ProjectLinter.fix passes one hold to every scope)."""
        holds = {id(b): holder(b, command) for b in self.baselines if b.exists}
        if not holds:
            return None

        def hold(text: str, diagnostics: Sequence[Diagnostic]) -> List[Diagnostic]:
            if not diagnostics:
                return list(diagnostics)
            baseline = self.of(diagnostics[0].path)
            one = holds.get(id(baseline)) if baseline is not None else None
            return one(text, diagnostics) if one is not None else list(diagnostics)

        return hold

    def apply(self, command: str, diagnostics: Sequence[Diagnostic], checked: Iterable[str], line_of,
              ruled: Callable[[str], bool] = lambda code: True, write: bool = False, prune: bool = False
              ) -> Optional["Outcomes"]:
        checked = list(checked)
        outcomes = []
        reported: List[Diagnostic] = []
        for baseline, paths in self.parts:
            mine = [d for d in diagnostics if d.path in paths]
            if baseline is None:
                reported.extend(mine)
                continue
            outcomes.append(apply(baseline, command, mine, [c for c in checked if c in paths], line_of, ruled,
                                  write=write, prune=prune))
        # a finding of no scope's files (none expected): reported, as with no baseline
        placed = set().union(*(paths for _, paths in self.parts)) if self.parts else set()
        reported.extend(d for d in diagnostics if d.path not in placed)
        if not outcomes:
            return None
        return Outcomes(outcomes, reported)


class Outcomes:
    """Several scopes' Outcome read as one (Scoped.apply): the findings reported and baselined over all of them, and
    what each says of its own baseline (notes)."""

    def __init__(self, parts: List[Outcome], unbaselined: List[Diagnostic]):
        self.parts = parts
        self.reported = sorted([*unbaselined, *(d for o in parts for d in o.reported)], key=lambda d: d.sort_key)
        self.baselined = [d for o in parts for d in o.baselined]
        self.written = next((o.written for o in parts if o.written is not None), None)
        self.pruned = next((o.pruned for o in parts if o.pruned is not None), None)
        self.stale = sum(o.stale for o in parts)
        self.unread = [d for o in parts for d in o.unread]

    def shown(self) -> str:
        from .phrases import joined

        return joined([o.baseline.shown() for o in self.parts])


def find_scoped(args, configs: Sequence, paths_of: Sequence[set], command: str) -> Optional[Scoped]:
    """Each scope's baseline (find, with its own config), or None when the run has one config or `--baseline FILE`
    names one file for all of them (then `find` is the run's)."""
    if len(configs) < 2 or getattr(args, "baseline", None) or getattr(args, "no_baseline", False):
        return None
    parts = []
    for config, paths in zip(configs, paths_of):
        from .config import ConfigError

        try:
            found = find(args, config, command)
        except ConfigError:
            if getattr(args, "prune_baseline", False):  # a client with nothing to prune: the others still are
                found = None
            else:
                raise
        parts.append((found, set(paths)))
    if all(b is None for b, _ in parts):
        if getattr(args, "prune_baseline", False):
            find(args, configs[0], command)  # says there is none to prune
        return None
    return Scoped(parts)
