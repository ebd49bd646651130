"""Output formats for `utmlint lint`: each module turns diagnostics into text, nothing more."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Optional, Sequence

if TYPE_CHECKING:
    from ..diagnostics import Diagnostic
    from ..registry import Registry

REPORTERS = {
    "text": "utmlint.reporters.text",
    "json": "utmlint.reporters.json",
    "github": "utmlint.reporters.github",
    "sarif": "utmlint.reporters.sarif",
    "junit": "utmlint.reporters.junit",
    "html": "utmlint.html.findings",  # one self-contained page
}


class RunSummary:
    """What a reporter may need besides the diagnostics."""

    def __init__(self, files: Sequence[str], registry: "Registry", fail_on: str = "error", fixed: int = 0,
                 extra: Optional[dict] = None, unsafe_fixes: bool = False):
        self.files = files  # every file checked, relative paths as shown in diagnostics
        self.registry = registry
        self.fail_on = fail_on  # the severity at or above which the run fails
        self.fixed = fixed  # diagnostics resolved by --fix in this run
        self.extra = extra if extra is not None else {}
        self.unsafe_fixes = unsafe_fixes  # --unsafe-fixes given: unsafe fixes count as fixable


def render(fmt: str, diagnostics: Sequence["Diagnostic"], summary: RunSummary) -> str:
    """Render diagnostics (already sorted) in format `fmt`; the text ends with a newline when not empty."""
    module = importlib.import_module(REPORTERS[fmt])
    return module.render(diagnostics, summary)
