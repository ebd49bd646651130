"""Output formats for `utmlint lint`: each module turns diagnostics into text, nothing more."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from ..diagnostics import Diagnostic
    from ..registry import Registry

REPORTERS = {
    "text": "utmlint.reporters.text",
    "json": "utmlint.reporters.json",
    "github": "utmlint.reporters.github",
    "sarif": "utmlint.reporters.sarif",
    "junit": "utmlint.reporters.junit",
}


@dataclass
class RunSummary:
    """What a reporter may need besides the diagnostics."""

    files: Sequence[str]  # every file checked, relative paths as shown in diagnostics
    registry: "Registry"
    fail_on: str = "error"  # the severity at or above which the run fails
    fixed: int = 0  # diagnostics resolved by --fix in this run
    extra: dict = field(default_factory=dict)


def render(fmt: str, diagnostics: Sequence["Diagnostic"], summary: RunSummary) -> str:
    """Render diagnostics (already sorted) in format `fmt`; the text ends with a newline when not empty."""
    module = importlib.import_module(REPORTERS[fmt])
    return module.render(diagnostics, summary)
