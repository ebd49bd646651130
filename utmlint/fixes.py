"""Fixes are text edits on the original source, never a re-dump of the YAML tree, so comments,
quoting, order and indentation of everything else stay byte-for-byte. Files are written atomically.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterable, List, Optional, Sequence, Tuple

from .diagnostics import Diagnostic, Edit, Fix
from .document import Document, JsonPath

_PLAIN_SAFE = re.compile(r"^[A-Za-z0-9_./][A-Za-z0-9_./ -]*(?<! )$")
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
        return bool(re.match(r"^\d{4}-\d\d?-\d\d?", value))


def replace_value(doc: Document, path: JsonPath, new_value: str, description: str) -> Optional[Fix]:
    """Rewrite the scalar at `path`; None when it is a block scalar or not in the file (e.g. merged)."""
    info = doc.nodes.get(path)
    if info is None or info.style in ("|", ">") or info.end <= info.start:
        return None
    return Fix((Edit(info.start, info.end, scalar_text(new_value, info.style)),), description)


def add_key(doc: Document, mapping_path: JsonPath, after_key: str, key: str, value: str, description: str) -> Optional[Fix]:
    """Add `key: value` to the block mapping at `mapping_path`, on the line after `after_key`'s value."""
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


def apply_edits(text: str, edits: Iterable[Edit]) -> Tuple[str, int]:
    """Apply non-overlapping edits bottom-up; an edit overlapping one already taken is skipped."""
    applied = 0
    result = text
    floor = len(text) + 1
    for edit in sorted(set(edits), key=lambda e: (e.start, e.end), reverse=True):
        if edit.end > floor:
            continue
        result = result[: edit.start] + edit.content + result[edit.end:]
        floor = edit.start
        applied += 1
    return result, applied


def fixed_text(text: str, diagnostics: Sequence[Diagnostic], unsafe: bool = False) -> Tuple[str, List[Diagnostic]]:
    """The text with every applicable fix applied, and the diagnostics those fixes resolved."""
    chosen = [d for d in diagnostics if d.fix is not None and (d.fix.safe or unsafe)]
    edits = [edit for d in chosen for edit in d.fix.edits]
    new_text, _ = apply_edits(text, edits)
    return new_text, chosen


def unified_diff(path: str, old: str, new: str) -> str:
    import difflib

    lines = difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True), f"a/{path.lstrip('/')}", f"b/{path.lstrip('/')}")
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def write_atomic(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename over it: readers see old or new, never half."""
    import tempfile

    path = Path(path)
    data = text.encode("utf-8")
    mode = path.stat().st_mode & 0o7777
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".utmlint-tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise


def write_new(path: Path, text: str) -> None:
    """Write an output file atomically, creating it when it does not exist yet."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch(mode=0o644)
    write_atomic(path, text)


MAX_PASSES = 10  # a fix can reveal another (a new source spelling, a new content id); stop if it never settles


def fix_file(lint_text, path: str, text: str, diagnostics: Sequence[Diagnostic], unsafe: bool) -> Tuple[str, int]:
    """Apply fixes until none is left (or MAX_PASSES), re-linting in memory between passes.

    `lint_text(path, text)` returns (parsed, diagnostics). A pass whose result would not parse is dropped,
    so a fix can never turn a readable file into a broken one.
    """
    fixed = 0
    for _ in range(MAX_PASSES):
        new_text, chosen = fixed_text(text, diagnostics, unsafe)
        if new_text == text:
            break
        parsed, new_diagnostics = lint_text(path, new_text)
        if not parsed:
            break
        fixed += len(chosen)
        text, diagnostics = new_text, new_diagnostics
    return text, fixed
