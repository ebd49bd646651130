"""Output formats for `utmlint lint`: each module turns diagnostics into text, nothing more."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Iterator, Mapping, Optional, Sequence

if TYPE_CHECKING:
    from ..diagnostics import Diagnostic
    from ..registry import Registry

REPORTERS = {
    "text": "utmlint.reporters.text",
    "full": "utmlint.reporters.text",  # ruff's names: the default text, with source lines
    "concise": "utmlint.reporters.text",  # one line a finding
    "json": "utmlint.reporters.json",
    "github": "utmlint.reporters.github",
    "sarif": "utmlint.reporters.sarif",
    "junit": "utmlint.reporters.junit",
    "html": "utmlint.html.findings",  # one self-contained page
}


class TextOptions:
    """How the text format shows findings: `concise` (one line each, else the source line too), in colour,
    fitted to `width` columns, `quiet` (findings only, no summary)."""

    def __init__(self, concise: bool = False, color: bool = False, width: int = 100, quiet: bool = False):
        self.concise, self.color, self.width, self.quiet = concise, color, width, quiet

    @classmethod
    def from_args(cls, args, stream=None) -> "TextOptions":
        """From a command's `--format`/`--output-format`, `--color` and `-q`; `stream` is where the text goes
        (None: a file given with --output, never coloured unless `--color always`)."""
        from ..color import columns, wanted

        return cls(concise=getattr(args, "format", None) == "concise", color=wanted(stream, getattr(args, "color", "auto")),
                   width=columns(stream), quiet=bool(getattr(args, "quiet", False)))


class RunSummary:
    """What a reporter may need besides the diagnostics."""

    def __init__(self, files: Sequence[str], registry: "Registry", fail_on: str = "error", fixed: int = 0,
                 extra: Optional[dict] = None, unsafe_fixes: bool = False, sources: Optional[dict] = None,
                 text: Optional[TextOptions] = None, fail_on_of: Optional[Mapping[str, str]] = None):
        self.files = files  # every file checked, relative paths as shown in diagnostics
        self._registry = registry  # or a function returning it: only SARIF and HTML list the rules
        self.fail_on = fail_on  # the severity at or above which the run fails
        # or, when the files' configs say several (an agency's clients), each file's: path -> its config's fail-on
        self.fail_on_of = fail_on_of
        self.fixed = fixed  # diagnostics resolved by --fix in this run
        self.extra = extra if extra is not None else {}
        self.unsafe_fixes = unsafe_fixes  # --unsafe-fixes given: unsafe fixes count as fixable
        self.sources = sources if sources is not None else {}  # shown path -> the file, for source lines
        self.text = text if text is not None else TextOptions()

    def fail_on_for(self, path: str) -> str:
        """The severity at or above which a finding in the file at `path` fails the run."""
        return self.fail_on_of.get(path, self.fail_on) if self.fail_on_of else self.fail_on

    @property
    def registry(self) -> "Registry":
        if callable(self._registry):
            self._registry = self._registry()
        return self._registry


def render(fmt: str, diagnostics: Sequence["Diagnostic"], summary: RunSummary) -> str:
    """Render diagnostics (already sorted) in format `fmt`; the text ends with a newline when not empty."""
    module = importlib.import_module(REPORTERS[fmt])
    return module.render(diagnostics, summary)


def chunks(fmt: str, diagnostics: Sequence["Diagnostic"], summary: RunSummary) -> Iterator[str]:
    """The same report as `render`, in pieces to write one after another: a format whose module has
    `chunks` makes it a finding at a time, so a report of 88,217 findings (120 MB of HTML) is never whole
    in memory, nor its encoded copy; the others give it whole."""
    module = importlib.import_module(REPORTERS[fmt])
    make = getattr(module, "chunks", None)
    if make is None:
        yield module.render(diagnostics, summary)
    else:
        yield from make(diagnostics, summary)
