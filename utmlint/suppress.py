"""Inline suppressions: `# utmlint: ignore[CODE-or-name, ...]` on a line (or alone on the line above),
`# utmlint: disable[...]` ... `# utmlint: enable[...]` for a block, `# utmlint: disable-file[...]`.

A directive counts only in a real YAML comment: a `#` at the start of a line or after whitespace, and
outside every scalar the loader read (so `label: "Sale # utmlint: disable-file"`, a line of a `|` block
and a URL fragment `/page#hero` silence nothing). Brackets are optional: without them a directive covers
every rule. Selectors are matched as `--select` matches them (registry.selector_match): codes, code
prefixes and names, in any case. Each selector is resolved to rule codes when the file is read, so
`disable[UTM2]` then `enable[UTM201]` re-enables exactly UTM201, and a bare `enable` closes every block.

The engine records which directives suppressed something; the rest are reported (unused-suppression),
as are selectors that name no rule (unknown-rule-in-suppression).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Callable, Dict, FrozenSet, Iterable, List, Optional, Sequence, Set, Tuple

from .lazyregex import lazy_compile
from .records import NamedTuple

_DIRECTIVE = lazy_compile(r"(?:^|(?<=\s))#\s*utmlint:\s*(ignore|disable-file|disable|enable)\b(?:\[([^\]\n]*)\])?",
                        re.IGNORECASE)
EVERY_LINE = 1 << 30



# The codes of the rules about directives themselves (checks/suppressions.py); the engine reports them.
UNUSED = "UTM005"
UNKNOWN = "UTM006"

class Directive(NamedTuple):
    """One `# utmlint: ...` comment: where it is and what it names."""

    verb: str  # ignore, disable, enable, disable-file
    line: int
    column: int  # of the `#`
    start: int  # character offsets of the directive, `#` to `]` (or the verb)
    end: int
    selectors: Tuple[str, ...]  # as written; () means every rule
    alone: bool  # the comment is the only thing on its line
    cut_start: int  # what removing it deletes: its whole line when alone, else the comment and the
    cut_end: int  # spaces before it; cut_end == -1 when words follow the directive (they would go too)
    bracket: int  # offset of `[`, -1 without brackets


class Cover(NamedTuple):
    first: int
    last: int
    codes: FrozenSet[str]
    directive: int  # index into Suppressions.directives
    selector: int  # index into that directive's selectors, -1 for a bare directive


class Suppressions:
    def __init__(self, directives: Sequence[Directive] = (), covers: Sequence[Cover] = (),
                 unknown: Sequence[Tuple[int, int]] = (), used: Iterable[Tuple[int, int]] = ()):
        self.directives = list(directives)
        self.covers = list(covers)
        self.unknown = list(unknown)  # (directive, selector) naming no rule
        self.used: Set[Tuple[int, int]] = set(used)  # (directive, selector) that suppressed a finding
        self._index: Optional[Tuple[int, "_CoverIndex"]] = None  # built on the first question, for that many covers

    def suppresses(self, line: int, code: str) -> bool:
        """True when a directive covers `code` on `line`; every directive that does is marked used."""
        if self._index is None or self._index[0] != len(self.covers):
            self._index = (len(self.covers), _CoverIndex(self.covers))
        index = self._index[1]
        hit = False
        for group in index.groups_of(code):
            if group.covers_line(line):
                hit = True
                for position in group.take(line):
                    cover = group.covers[position]
                    self.used.add((cover.directive, cover.selector))
        return hit

    def covers_code(self, line: int, code: str) -> bool:
        """Whether a directive covers `code` on `line`, marking nothing used (a question asked before the rules run)."""
        if self._index is None or self._index[0] != len(self.covers):
            self._index = (len(self.covers), _CoverIndex(self.covers))
        return any(group.covers_line(line) for group in self._index[1].groups_of(code))

    def unused(self, active: Callable[[FrozenSet[str]], bool]) -> Iterable[Tuple[Directive, List[int]]]:
        """Each suppressing directive with the selectors that suppressed nothing, when `active(codes)` says
        every rule they name ran on this file (a rule that did not run may have needed it)."""
        by_directive: Dict[int, List[Cover]] = {}
        for cover in self.covers:
            by_directive.setdefault(cover.directive, []).append(cover)
        for index, directive in enumerate(self.directives):
            if directive.verb == "enable":
                continue
            idle: Dict[int, bool] = {}
            for cover in by_directive.get(index, ()):
                key = (index, cover.selector)
                idle[cover.selector] = idle.get(cover.selector, True) and key not in self.used and active(cover.codes)
            lazy = [selector for selector, is_idle in sorted(idle.items()) if is_idle]
            if lazy:
                yield directive, lazy

    def to_json(self) -> dict:
        return {"directives": [list(d) for d in self.directives],
                "covers": [[c.first, c.last, sorted(c.codes), c.directive, c.selector] for c in self.covers],
                "unknown": [list(u) for u in self.unknown], "used": sorted(list(u) for u in self.used)}

    @classmethod
    def from_json(cls, data: dict) -> "Suppressions":
        """Read back `to_json()` from the cache; any value of another shape raises ValueError (a miss)."""

        def ints(values, count):
            if type(values) is not list or len(values) != count or not all(type(v) is int for v in values):
                raise ValueError("unexpected suppression in cache entry")
            return values

        def strs(values):
            if type(values) is not list or not all(type(v) is str for v in values):
                raise ValueError("unexpected suppression in cache entry")
            return tuple(values)

        if type(data) is not dict:
            raise ValueError("unexpected suppressions in cache entry")
        directives = []
        for item in data["directives"]:
            if type(item) is not list or len(item) != 10 or type(item[0]) is not str or type(item[6]) is not bool:
                raise ValueError("unexpected suppression directive in cache entry")
            line, column, start, end = ints(item[1:5], 4)
            cut_start, cut_end, bracket = ints(item[7:10], 3)
            directives.append(Directive(item[0], line, column, start, end, strs(item[5]), item[6], cut_start, cut_end,
                                        bracket))
        covers = []
        for item in data["covers"]:
            if type(item) is not list or len(item) != 5:
                raise ValueError("unexpected suppression cover in cache entry")
            first, last = ints(item[:2], 2)
            directive, selector = ints(item[3:], 2)
            if not 0 <= directive < len(directives):
                raise ValueError("suppression cover names no directive")
            covers.append(Cover(first, last, frozenset(strs(item[2])), directive, selector))
        unknown = [tuple(ints(item, 2)) for item in data["unknown"]]
        used = [tuple(ints(item, 2)) for item in data["used"]]
        return cls(directives, covers, unknown, used)


class _CoverGroup:
    """The covers naming one set of codes, sorted by first line: whether one covers a line (the running
    maximum of last lines), and which of those not yet used do (each is taken once: marking it used again
    changes nothing), so a file with a directive and a finding on every line is not read per finding."""

    def __init__(self, covers: List[Cover]):
        from .spans import MaxTree

        self.covers = sorted(covers, key=lambda c: c.first)
        self.firsts = [c.first for c in self.covers]
        self.reach: List[int] = []
        reach = -1
        for cover in self.covers:
            reach = max(reach, cover.last)
            self.reach.append(reach)
        self.unused = MaxTree([c.last for c in self.covers])

    def covers_line(self, line: int) -> bool:
        count = bisect_right(self.firsts, line)
        return count > 0 and self.reach[count - 1] >= line

    def take(self, line: int) -> List[int]:
        """The covers of `line` not taken before."""
        return self.unused.reaching(bisect_right(self.firsts, line), line, remove=True)


class _CoverIndex:
    def __init__(self, covers: Sequence[Cover]):
        grouped: Dict[FrozenSet[str], List[Cover]] = {}
        for cover in covers:
            grouped.setdefault(cover.codes, []).append(cover)
        self.groups = [(codes, _CoverGroup(members)) for codes, members in grouped.items()]
        self.by_code: Dict[str, List[_CoverGroup]] = {}

    def groups_of(self, code: str) -> List[_CoverGroup]:
        found = self.by_code.get(code)
        if found is None:
            found = self.by_code[code] = [group for codes, group in self.groups if code in codes]
        return found


def _inside(offset: int, starts: List[int], ends: List[int]) -> bool:
    index = bisect_right(starts, offset) - 1
    return index >= 0 and offset < ends[index]


def parse(text: str, scalar_spans: Optional[Callable[[], Sequence[Tuple[int, int]]]],
          resolve: Callable[[str], Optional[FrozenSet[str]]], every_rule: FrozenSet[str],
          directive: "re.Pattern[str]" = _DIRECTIVE) -> Optional[Suppressions]:
    """The suppressions in `text`, or None when it has none (the common, fast case).

    `scalar_spans()` gives the (start, end) offsets of every scalar the loader read (asked only when the text
    mentions `utmlint:`): a `#` in one is text, not a comment; None when the text is not YAML (`utmlint scan`
    passes its own `directive` pattern, which knows `//`, `<!--` and friends). `resolve(selector)` gives the
    codes a selector names (None: no rule), `every_rule` what a bare directive covers."""
    if "utmlint:" not in text.lower():
        return None
    spans = sorted(scalar_spans()) if scalar_spans is not None else []
    starts = [s for s, _ in spans]
    ends = []
    reach = -1
    for _, end in spans:  # scalars never nest, but keep the running maximum to be sure
        reach = max(reach, end)
        ends.append(reach)
    found = Suppressions()
    open_blocks: Dict[str, Tuple[int, int, int]] = {}  # code -> (first line, directive, selector)
    line_start = 0
    for line, line_text in enumerate(text.split("\n"), start=1):  # newlines only, as editors count lines
        if "utmlint:" in line_text.lower():
            for match in directive.finditer(line_text):
                _read_directive(found, open_blocks, match, text, line, line_start, starts, ends, resolve, every_rule)
        line_start += len(line_text) + 1
    for code, (first, opened, opened_selector) in open_blocks.items():
        found.covers.append(Cover(first, EVERY_LINE, frozenset((code,)), opened, opened_selector))
    return found


def _read_directive(found: Suppressions, open_blocks, match, text: str, line: int, line_start: int,
                    starts: List[int], ends: List[int], resolve, every_rule) -> None:
    whole = match.group(0)
    at = line_start + match.start() + len(whole) - len(whole.lstrip())  # the comment opener, past the space
    if _inside(at, starts, ends):
        return
    verb = match.group(1).lower()
    body = match.group(2)
    selectors = tuple(part.strip() for part in (body or "").split(",") if part.strip())
    end = line_start + match.end()
    alone = not text[line_start:at].strip()
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if text[end:line_end].strip():
        cut_start, cut_end = at, -1
    elif alone:
        cut_start, cut_end = line_start, min(line_end + 1, len(text))
    else:
        cut_start, cut_end = len(text[:at].rstrip(" \t")), end
    index = len(found.directives)
    found.directives.append(Directive(verb, line, at - line_start + 1, at, end, selectors, alone, cut_start, cut_end,
                                      line_start + match.start(2) - 1 if body is not None else -1))
    named: List[Tuple[int, FrozenSet[str]]] = []
    if not selectors:
        named.append((-1, every_rule))
    for position, selector in enumerate(selectors):
        codes = resolve(selector)
        if codes is None:
            found.unknown.append((index, position))
        else:
            named.append((position, codes))
    for position, codes in named:
        if verb == "ignore":
            # Alone on its line a directive covers the next line too; at a line's end, its own line.
            found.covers.append(Cover(line, line + 1 if alone else line, codes, index, position))
        elif verb == "disable-file":
            found.covers.append(Cover(1, EVERY_LINE, codes, index, position))
        elif verb == "disable":
            for code in codes:
                open_blocks.setdefault(code, (line, index, position))
        else:  # enable
            for code in codes:
                if code in open_blocks:
                    first, opened, opened_selector = open_blocks.pop(code)
                    found.covers.append(Cover(first, line, frozenset((code,)), opened, opened_selector))


def removal_edit(directive: Directive, keep: Sequence[str]):
    """The edit that drops a directive (its whole line when it is alone there, else the comment and the
    spaces before it), or, when some selectors stay, rewrites its brackets to those; None when the comment
    says more than the directive (its words would go too)."""
    from .diagnostics import Edit

    if keep:
        return Edit(directive.bracket, directive.end, "[" + ", ".join(keep) + "]") if directive.bracket >= 0 else None
    if directive.cut_end < 0:
        return None
    return Edit(directive.cut_start, directive.cut_end, "")
