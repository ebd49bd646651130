"""Fixes are text edits on the original source, never a re-dump of the YAML tree, so comments,
quoting, order and indentation of everything else stay byte-for-byte. Files are written by
`safeio.rewrite` (atomically, never through a symlink leading out of the project).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterable, List, Optional, Sequence, Tuple

from .lazyregex import lazy_compile
from .diagnostics import Diagnostic, Edit, Fix
from .document import Document, JsonPath

_PLAIN_SAFE = lazy_compile(r"^[A-Za-z0-9_./][A-Za-z0-9_./ -]*(?<! )$")
_DATE_START = lazy_compile(r"^\d{4}-\d\d?-\d\d?")
_YAML_WORDS = {"true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"}


def scalar_text(value: str, style: Optional[str]) -> str:
    """`value` written as a YAML scalar in the original quoting style, quoted if plain would misread it."""
    if style == "'":
        return "'" + value.replace("'", "''") + "'"
    if style == '"' or not _PLAIN_SAFE.match(value) or value.lower() in _YAML_WORDS or _looks_numeric(value):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}"'
    return value


def _looks_numeric(value: str) -> bool:
    try:
        float(value.replace("_", ""))
        return True
    except ValueError:
        return bool(_DATE_START.match(value))


def replace_value(doc: Document, path: JsonPath, new_value: str, description: str) -> Optional[Fix]:
    """Rewrite the scalar at `path`; None when it is a block scalar or not in the file (e.g. merged)."""
    info = doc.nodes.get(path)
    if info is None or info.style in ("|", ">") or info.end <= info.start:
        return None
    return Fix((Edit(info.start, info.end, scalar_text(new_value, info.style)),), description)


def _one_typo(a: str, b: str) -> bool:
    """`a` is `b` with one letter changed, added, dropped, or two neighbours swapped (`contnet`)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def rename_key(doc: Document, path: JsonPath, new_key: str, description: str) -> Optional[Fix]:
    """Rename the key of the value at `path` in place, keeping its value, quoting and comments; None when
    the mapping already has `new_key` (a rename would make a duplicate). Safe only for a one-letter typo:
    the value then starts to count, which is what the misspelling meant; a wider guess is unsafe."""
    info = doc.nodes.get(path)
    if info is None or info.key_start is None or info.key_end is None or not path or "<<" in path:
        return None
    old_key = str(path[-1])
    parent = _value_at(doc.data, path[:-1])
    if not isinstance(parent, dict) or new_key in parent:
        return None
    if doc.text[info.key_start:info.key_end] != old_key:  # a quoted or odd key: leave it to the user
        return None
    return Fix((Edit(info.key_start, info.key_end, new_key),), description, safe=_one_typo(old_key, new_key))


def _value_at(data, path: JsonPath):
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def misspelled_key(doc: Document, mapping_path: JsonPath, key: str) -> Optional[str]:
    """An unknown key in the mapping at `mapping_path` that the schema reads as a typo of `key`."""
    from .schema import validate

    mapping = _value_at(doc.data, mapping_path)
    if not isinstance(mapping, dict) or key in mapping:
        return None
    for error in validate(doc.data, "campaign.schema.json"):
        if error.at_key and error.suggestion == key and tuple(error.path[:-1]) == tuple(mapping_path):
            return str(error.path[-1])
    return None


def add_key(doc: Document, mapping_path: JsonPath, after_key: str, key: str, value: str, description: str) -> Optional[Fix]:
    """Add `key: value` to the block mapping at `mapping_path`, on the line after `after_key`'s value.

    When the mapping holds a misspelling of `key` (`contnet:`), the fix renames it instead: adding a
    second key would leave the typo in place and the user's value ignored."""
    typo = misspelled_key(doc, mapping_path, key)
    if typo is not None:  # schema-violation offers the rename; a wide (unsafe) guess is not this rule's to make
        rename = rename_key(doc, mapping_path + (typo,), key, f"rename `{typo}` to `{key}`")
        return rename if rename is not None and rename.safe else None
    anchor = doc.nodes.get(mapping_path + (after_key,))
    if anchor is None or anchor.key_pos is None:
        return None
    text = doc.text
    mapping = doc.nodes.get(mapping_path)
    if mapping is not None and text[mapping.start:mapping.start + 1] == "{":  # flow mapping: {url: x}
        return Fix((Edit(anchor.end, anchor.end, f", {key}: {scalar_text(value, None)}"),), description)
    line_end = text.find("\n", anchor.end)
    if line_end == -1:
        line_end = len(text)
    rest = text[anchor.end:line_end].rstrip("\r")
    if rest.strip() and not rest.lstrip().startswith("#"):
        return None  # something else follows on the line: do not guess
    crlf = line_end > 0 and text[line_end - 1] == "\r"
    insert_at = line_end - 1 if crlf else line_end
    indent = " " * (anchor.key_pos.column - 1)
    newline = "\r\n" if crlf else "\n"
    return Fix((Edit(insert_at, insert_at, f"{newline}{indent}{key}: {scalar_text(value, None)}"),), description)


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply the edits of one fix (they must not overlap one another), bottom-up."""
    ordered = sorted(edits, key=lambda e: (e.start, e.end), reverse=True)
    ordered.reverse()  # first to last; equal spans stay in the order bottom-up application gives them
    if any(a.end > b.start for a, b in zip(ordered, ordered[1:])):
        result = text  # overlapping edits: each one applied to what the previous ones left
        for edit in reversed(ordered):
            result = result[: edit.start] + edit.content + result[edit.end:]
        return result
    pieces, done = [], 0  # one pass over the text, not a copy of it per edit
    for edit in ordered:
        pieces.append(text[done:edit.start])
        pieces.append(edit.content)
        done = max(done, edit.end)
    pieces.append(text[done:])
    return "".join(pieces)


class _Taken:
    """The edits a pass has taken: pairwise apart (none touches another), so kept sorted by start, the only
    one that can touch a new edit is the last one starting at or before its end."""

    def __init__(self):
        self.edits: List[Edit] = []
        self.starts: List[int] = []
        self.ends: List[int] = []
        self.known = set()

    def touches(self, edit: Edit) -> bool:
        index = bisect_right(self.starts, edit.end) - 1
        return index >= 0 and self.ends[index] >= edit.start

    def add(self, edit: Edit) -> None:
        index = bisect_right(self.starts, edit.start)
        self.starts.insert(index, edit.start)
        self.ends.insert(index, edit.end)
        self.edits.append(edit)
        self.known.add(edit)


def _overlaps(edit: Edit, taken: Sequence[Edit]) -> bool:
    """Closed intervals, as ruff's `last_pos >= start`: an edit touching another is applied on the next pass,
    because two edits at one point (an insertion beside a replacement) have no order of their own."""
    return any(edit.start <= other.end and other.start <= edit.end for other in taken)


def _fix_order(diagnostic: Diagnostic):
    fix = diagnostic.fix
    return (diagnostic.code, min(e.start for e in fix.edits), max(e.end for e in fix.edits), fix.edits, fix.description)


def applicable(diagnostic: Diagnostic, unsafe: bool) -> bool:
    fix = diagnostic.fix
    return fix is not None and bool(fix.edits) and (fix.safe or unsafe)


def apply_fixes(text: str, diagnostics: Sequence[Diagnostic], unsafe: bool = False) -> Tuple[str, List[Diagnostic]]:
    """One pass of ruff's `apply_fixes`: each fix is applied whole or not at all, in a fixed order (rule code,
    then position), so the result never depends on the order rules ran in or on the hash seed. A fix that
    overlaps an edit already taken waits for the next pass; one whose edits were all taken already (two
    rules proposing the same rename) counts as applied. Returns the new text and the diagnostics fixed."""
    taken = _Taken()
    done: List[Diagnostic] = []
    for diagnostic in sorted((d for d in diagnostics if applicable(d, unsafe)), key=_fix_order):
        edits = sorted(set(diagnostic.fix.edits))
        new = [edit for edit in edits if edit not in taken.known]
        if new:
            own_overlap = any(_overlaps(edit, new[:index]) for index, edit in enumerate(new))
            if own_overlap or any(taken.touches(edit) for edit in new):
                continue
        for edit in new:
            taken.add(edit)
        done.append(diagnostic)
    return apply_edits(text, taken.edits), done


DIFFLIB_LINES = 4000  # difflib's matcher is quadratic when many lines change: beyond this, anchor it first
_GAP_CELLS = 100_000  # a stretch between anchors this big (lines x lines) is shown as replaced, not matched


def unified_diff(path: str, old: str, new: str) -> str:
    import difflib

    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    if len(a) + len(b) <= DIFFLIB_LINES:
        lines = difflib.unified_diff(a, b, f"a/{path.lstrip('/')}", f"b/{path.lstrip('/')}")
    else:
        lines = _anchored_unified_diff(a, b, f"a/{path.lstrip('/')}", f"b/{path.lstrip('/')}")
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def _anchored_blocks(a: Sequence[str], b: Sequence[str]) -> List[Tuple[int, int, int]]:
    """difflib-style matching blocks in n log n, as patience diff finds them: the common start and end, then
    the lines found once in each text, in the same order, as anchors; difflib matches the short stretches
    between anchors (a fixed file differs from its original by a few lines here and there)."""
    import difflib

    start, end_a, end_b = 0, len(a), len(b)
    while start < end_a and start < end_b and a[start] == b[start]:
        start += 1
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a -= 1
        end_b -= 1
    count_a: dict = {}
    for i in range(start, end_a):
        count_a[a[i]] = count_a.get(a[i], 0) + 1
    count_b: dict = {}
    where_b: dict = {}
    for j in range(start, end_b):
        count_b[b[j]] = count_b.get(b[j], 0) + 1
        where_b[b[j]] = j
    pairs = [(i, where_b[a[i]]) for i in range(start, end_a) if count_a[a[i]] == 1 and count_b.get(a[i]) == 1]
    anchors = _increasing(pairs)
    blocks = [(0, 0, start)] if start else []
    i, j = start, start
    for anchor_i, anchor_j in anchors + [(end_a, end_b)]:
        if (anchor_i - i) * (anchor_j - j) <= _GAP_CELLS:
            for x, y, size in difflib.SequenceMatcher(None, a[i:anchor_i], b[j:anchor_j], False).get_matching_blocks():
                if size:
                    blocks.append((i + x, j + y, size))
        if anchor_i < end_a:
            blocks.append((anchor_i, anchor_j, 1))
        i, j = anchor_i + 1, anchor_j + 1
    if end_a < len(a):
        blocks.append((end_a, end_b, len(a) - end_a))
    merged: List[Tuple[int, int, int]] = []
    for x, y, size in blocks:
        if merged and merged[-1][0] + merged[-1][2] == x and merged[-1][1] + merged[-1][2] == y:
            merged[-1] = (merged[-1][0], merged[-1][1], merged[-1][2] + size)
        else:
            merged.append((x, y, size))
    merged.append((len(a), len(b), 0))
    return merged


def _increasing(pairs: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """The longest run of `pairs` (sorted by their first item) whose second items increase too."""
    from bisect import bisect_left

    tails: List[int] = []  # the smallest last second item of an increasing run of each length
    tail_at: List[int] = []
    before: List[int] = []
    for index, (_, j) in enumerate(pairs):
        length = bisect_left(tails, j)
        if length == len(tails):
            tails.append(j)
            tail_at.append(index)
        else:
            tails[length] = j
            tail_at[length] = index
        before.append(tail_at[length - 1] if length else -1)
    run: List[Tuple[int, int]] = []
    index = tail_at[-1] if tail_at else -1
    while index >= 0:
        run.append(pairs[index])
        index = before[index]
    return run[::-1]


def _anchored_unified_diff(a: Sequence[str], b: Sequence[str], from_name: str, to_name: str, context: int = 3):
    """difflib.unified_diff's output, from the anchored matching blocks."""
    import difflib

    matcher = difflib.SequenceMatcher(None, (), ())
    matcher.a, matcher.b = a, b
    matcher.matching_blocks = _anchored_blocks(a, b)
    matcher.opcodes = None

    def span(first: int, last: int) -> str:  # difflib's _format_range_unified
        length = last - first
        if length == 1:
            return f"{first + 1}"
        return f"{first + 1 if length else first},{length}"

    started = False
    for group in matcher.get_grouped_opcodes(context):
        if not started:
            started = True
            yield f"--- {from_name}\n"
            yield f"+++ {to_name}\n"
        yield f"@@ -{span(group[0][1], group[-1][2])} +{span(group[0][3], group[-1][4])} @@\n"
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                yield from (" " + line for line in a[i1:i2])
                continue
            if tag in ("replace", "delete"):
                yield from ("-" + line for line in a[i1:i2])
            if tag in ("replace", "insert"):
                yield from ("+" + line for line in b[j1:j2])


MAX_PASSES = 10  # a fix can reveal another (a new source spelling, a new content id); stop if it never settles


def fix_file(lint_text, path: str, text: str, diagnostics: Sequence[Diagnostic], unsafe: bool,
             count: Optional[Sequence[Diagnostic]] = None, hold=None) -> Tuple[str, int]:
    """Apply fixes pass after pass, re-linting in memory between passes, until a pass changes nothing,
    the text comes back to one seen before (two fixes undoing each other), or MAX_PASSES.

    `lint_text(path, text)` returns (parsed, diagnostics). A pass whose result would not parse is dropped,
    so a fix can never turn a readable file into a broken one. Returns the text and the number of
    findings that disappeared (counted per rule: a fix that reveals a new finding does not hide it).
    `count`, when given, is the part of `diagnostics` the re-lint can see; the rest count when fixed.
    `hold(text, diagnostics)`, when given, takes the fixes off the findings a re-lint finds that are not to be fixed
    (those of the baseline: `diagnostics` come without theirs already).
    """
    from .onefinding import respelled_elsewhere, without_respellings_of

    # a respelling held back beside a repo-wide fragmentation finding stays held back in the re-lints, which see
    # this file alone (onefinding.respelled_elsewhere)
    held = respelled_elsewhere(text, diagnostics)
    before = list(diagnostics if count is None else count)
    seen_before = set(before)
    outside = [d for d in diagnostics if d not in seen_before]
    outside_fixed = 0
    seen = {text}
    current = diagnostics
    for _ in range(MAX_PASSES):
        new_text, chosen = apply_fixes(text, current, unsafe)
        if current is diagnostics:
            outside_fixed = sum(1 for d in chosen if d in outside)
        if new_text == text or new_text in seen:
            break
        parsed, new_diagnostics = lint_text(path, new_text)
        if not parsed:
            break
        new_diagnostics = without_respellings_of(new_text, new_diagnostics, held)
        if hold is not None:
            new_diagnostics = hold(new_text, new_diagnostics)
        seen.add(new_text)
        text, current = new_text, new_diagnostics
    if current is diagnostics:
        return text, 0
    return text, disappeared(before, current) + outside_fixed


def disappeared(before: Iterable[Diagnostic], after: Iterable[Diagnostic]) -> int:
    """How many findings are gone: per file and rule, how many fewer there are (positions move when a fix
    changes a line's length, so findings are not matched by place)."""
    from collections import Counter

    old = Counter((d.path, d.code) for d in before)
    new = Counter((d.path, d.code) for d in after)
    return sum(max(0, count - new[key]) for key, count in old.items())
