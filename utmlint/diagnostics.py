"""The values every part of utmlint passes around: positions, text edits, fixes and diagnostics."""

from __future__ import annotations

from typing import Iterable, Mapping, Optional, Tuple

from .records import NamedTuple

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


def fails(diagnostics: Iterable["Diagnostic"], fail_on: str) -> bool:
    """Whether any finding is at or above `fail_on`: the run's exit code, the same for every command."""
    floor = SEVERITY_RANK[fail_on]
    return any(SEVERITY_RANK[d.severity] >= floor for d in diagnostics)


def fails_by_file(diagnostics: Iterable["Diagnostic"], fail_on_of: Mapping[str, str], default: str) -> bool:
    """Whether any finding is at or above the `fail-on` of the config that governs its own file (`fail_on_of`: a
    file's path as its findings name it -> that config's `fail-on`; `default` for any other): a run over paths several
    configs govern (an agency's clients, each with its own `.utmlint.yaml`) fails on a finding only when its own
    file's config says so, whatever the order of the paths (review45 F7: the first path's config decided for all)."""
    return any(SEVERITY_RANK[d.severity] >= SEVERITY_RANK[fail_on_of.get(d.path, default)] for d in diagnostics)


# Small immutable values are NamedTuples: a parse creates one per YAML node, and a pre-commit hook
# pays for every class created at import time.
class Pos(NamedTuple):
    """A 1-based line and column in a file."""

    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        return f"{self.line}:{self.column}"


class Edit(NamedTuple):
    """Replace source text between two character offsets (0-based, end exclusive) with `content`."""

    start: int
    end: int
    content: str


class Fix(NamedTuple):
    """Text edits that resolve one diagnostic, applied bottom-up on the original source."""

    edits: Tuple[Edit, ...]
    description: str
    safe: bool = True


class Reason(NamedTuple):
    """Why a finding was said, as data beside its worded message, for a reader that shows the reason without the
    advice (scan's inventory `why`: scan.run), from a rule that holds it (copied-tracking: why the parts it removes
    were copied). `takes_tags`: the finding's fix removes a utm tag (another party's tags came with the link), not only
    a visit's id beside tags that stay."""

    why: str
    takes_tags: bool = False


class Diagnostic(NamedTuple):
    """One finding. Positions are 1-based; `end_line`/`end_column`, when a rule knows them, mark where the
    span stops, exclusive (SARIF's convention)."""

    path: str
    line: int
    column: int
    code: str
    name: str
    severity: str
    message: str
    end_line: Optional[int] = None
    end_column: Optional[int] = None
    fix: Optional[Fix] = None
    reason: Optional[Reason] = None  # the rule's reason as data (Reason), when it gives one; never printed

    @property
    def sort_key(self):
        return (self.path, self.line, self.column, self.code, self.message)

    def to_json(self) -> dict:
        data = {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "message": self.message,
            "fix": None,
        }
        if self.fix is not None:
            data["fix"] = {
                "description": self.fix.description,
                "safe": self.fix.safe,
                "edits": [{"start": e.start, "end": e.end, "content": e.content} for e in self.fix.edits],
            }
        return data
