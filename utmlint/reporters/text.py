"""`path:line:col: CODE name message`, one line each, then a one-line summary."""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from ..diagnostics import Diagnostic
from ..printable import printable


def fixable_hint(diagnostics: Sequence[Diagnostic], unsafe_fixes: bool = False, command: str = "lint") -> str:
    """How many findings `--fix` would fix, and how many more `--unsafe-fixes` would (both when given)."""
    safe = sum(1 for d in diagnostics if d.fix is not None and d.fix.safe)
    unsafe = sum(1 for d in diagnostics if d.fix is not None and not d.fix.safe)
    if unsafe_fixes or not safe:
        total = safe + unsafe
        return f" {total} fixable with `utmlint {command} --fix --unsafe-fixes`." if total else ""
    more = f" ({unsafe} more with `--unsafe-fixes`)" if unsafe else ""
    return f" {safe} fixable with `utmlint {command} --fix`{more}."


def summary_line(diagnostics: Sequence[Diagnostic], files: int, fixed: int = 0, unsafe_fixes: bool = False,
                 command: str = "lint") -> str:
    counts = Counter(d.severity for d in diagnostics)
    noun = "file" if files == 1 else "files"
    fixed_note = f", {fixed} fixed" if fixed else ""
    if not diagnostics:
        return f"All clean: {files} {noun} checked{fixed_note}."
    parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in ("error", "warning", "info") if counts[s]]
    hint = fixable_hint(diagnostics, unsafe_fixes, command)
    return f"Found {', '.join(parts)} ({files} {noun} checked{fixed_note}).{hint}"


def line(d: Diagnostic) -> str:
    """One finding on one line: names and values from files are shown with control characters escaped,
    so a file can neither forge another finding nor send its own escape sequences to the terminal."""
    return f"{printable(d.path)}:{d.line}:{d.column}: {d.code} {d.name} {printable(d.message)}"


def render(diagnostics: Sequence[Diagnostic], summary) -> str:
    lines = [line(d) for d in diagnostics]
    lines.append(summary_line(diagnostics, len(summary.files), summary.fixed, summary.unsafe_fixes,
                              summary.extra.get("command", "lint")))
    return "\n".join(lines) + "\n"
