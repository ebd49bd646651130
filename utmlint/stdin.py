"""A buffer from standard input, checked as the file it will be saved as (`lint -` / `scan -`).

What editor plugins and pre-commit-style tools call: `utmlint lint - --stdin-filename campaigns/a.yaml`
reads the text from stdin and treats it exactly as `utmlint lint campaigns/a.yaml` would treat that
text on disk: the config that applies to that path, its include/exclude globs and per-file-ignores,
the repo-wide rules against every other campaign file of the project (the file's own copy on disk, if
any, left out), and findings named by that path. The file itself is never read or written.

Without `--stdin-filename` the buffer is named `-` (as ruff does), the working directory's config
applies, and the buffer is always checked: the user piped it in on purpose.

`--fix` cannot rewrite a file it never read: as ruff does, it prints the fixed text on stdout (all of
it, changed or not, so an editor can replace its buffer) and the remaining findings on stderr.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, List, Optional, Sequence

from .config import CONFIG_NAMES, ConfigError

if TYPE_CHECKING:
    from .engine import Linter
    from .results import LintResult

Scope = Any  # project.Scope (project.py imports this module: no import back, not even for types)

STDIN = "-"


class Buffer:
    """The text read from stdin and the path it stands for. `fixed` is what `--fix` made of it."""

    def __init__(self, raw: bytes, name: Optional[str], too_big: bool = False):
        self.raw = raw
        self.named = name is not None
        self.path = Path(name if name is not None else STDIN).absolute()
        self.too_big = too_big
        self.fixed: Optional[str] = None

    @property
    def shown(self) -> str:
        if not self.named:
            return STDIN
        from .discovery import display_path

        return display_path(self.path)

    @property
    def output(self) -> str:
        """What `--fix` prints: the fixed text, else the buffer as it came (an editor replaces its buffer)."""
        if self.fixed is not None:
            return self.fixed
        return self.raw.decode("utf-8", errors="surrogateescape")


def read(name: Optional[str], limit: int) -> Buffer:
    """Standard input, read as bytes up to `limit` (a bigger buffer is reported, not read whole)."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # stdin closed (`utmlint lint - <&-`)
        raise ConfigError("`-` reads the text from standard input, which is closed")
    raw = stream.read(limit + 1)
    return Buffer(raw[:limit], name, too_big=len(raw) > limit)


def stdin_paths(args: Any) -> Optional[List[str]]:
    """The paths the Project of a `-` run is built on (the stdin filename), or None when stdin is not read."""
    paths = getattr(args, "paths", None) or []
    name = getattr(args, "stdin_filename", None)
    if STDIN not in paths:
        if name is None:
            return None
        if paths:
            raise ConfigError("--stdin-filename names the text read from standard input: give `-` as the only path")
        paths = [STDIN]  # as ruff: --stdin-filename alone reads stdin too
    if paths != [STDIN]:
        raise ConfigError("`-` (standard input) cannot be mixed with other paths")
    if getattr(args, "live", False):
        raise ConfigError("--live checks the links of files on disk; it does not read standard input")
    if name is not None and os.path.isdir(name):
        raise ConfigError(f"--stdin-filename {name}: is a folder; name the file the text will be saved as")
    return [name] if name is not None else []


# -- lint


def campaign_target(scope: Scope, buffer: Buffer) -> Optional[str]:
    """None when `lint PATH` would check this text at that path; else why it leaves it alone (a note),
    raising ConfigError where `lint PATH` fails the run (a campaign the include globs leave out)."""
    if not buffer.named:
        return None
    from .discovery import _selected, looks_like_campaign
    from .globs import matches_any

    config = scope.config
    if buffer.path.name in CONFIG_NAMES:
        return f"{buffer.shown} is utmlint's own config, not a campaign file"
    if _selected(config, buffer.path):
        return None
    if config.source is not None and looks_like_campaign(buffer.raw):
        relative = config.relative_to_root(buffer.path)
        if relative is not None and matches_any(relative, config.exclude):
            return f"not checked, excluded by the config: {buffer.shown}"
        raise ConfigError(f"{buffer.shown}: named by --stdin-filename and holds a campaign, but the include globs of "
                          f"{config.source} ({', '.join(config.include)}) leave it out, so it would not be checked: "
                          "fix `include:` (or `exclude:` it on purpose)")
    return f"{buffer.shown} is not a campaign file under {config.source or 'the default include globs'}; not checked"


class BufferLinter:
    """The linter of a `-` run, used where `lint` uses ProjectLinter: one scope, one buffer."""

    def __init__(self, scope: Scope, buffer: Buffer, select: Sequence[str], ignore: Sequence[str], keep_text: bool):
        self.scope = scope
        self.buffer = buffer
        self.linter: "Linter" = scope.linter(select, ignore, keep_text=True)
        self.keep_text = keep_text
        self.use_cache = True  # for the other files of the project (repo-wide rules); the buffer is never cached
        self.fix_refused = 0
        self.skip_note = campaign_target(scope, buffer)
        if self.skip_note is not None:  # said once, as `lint PATH` says what it leaves out
            print(f"utmlint: {self.skip_note}", file=sys.stderr)
        self._text: Optional[str] = None  # after --fix: the fixed text, linted instead of the buffer

    @property
    def registry(self):
        return self.linter.registry

    def fails(self, diagnostics, fail_on: Optional[str] = None) -> bool:
        return self.linter.fails(diagnostics, fail_on)

    def fail_on_of(self, fail_on: Optional[str] = None) -> None:
        return None

    def _document(self):
        from . import document
        shown = self.buffer.shown
        if self._text is not None:
            return document.load_text(shown, self._text)
        if self.buffer.too_big:
            message = (f"standard input is over utmlint's limit of {document.MAX_FILE_BYTES:,} bytes for a "
                       "campaign file")
            return document.Document(shown, "", problems=[document.LoadProblem("file", message)])
        return document.load(shown, self.buffer.raw)

    def run(self) -> "LintResult":
        from .engine import _UNREADABLE
        from .discovery import looks_like_campaign, project_files
        from .results import FileResult, LintResult

        linter, buffer = self.linter, self.buffer
        linter.use_cache = self.use_cache
        shown = buffer.shown
        if self.skip_note is not None:
            return LintResult([], [], {})
        if linter.sniff and buffer.named and self._text is None and not looks_like_campaign(buffer.raw) \
                and not _UNREADABLE.match(buffer.raw):
            return LintResult([], [], {shown: FileResult(shown, buffer.path, skipped=True)})
        result = linter.lint_document(buffer.path, self._document())
        results = {shown: result}
        if linter.by_target.get("repo"):
            config = self.scope.config
            project = project_files(config, [os.fspath(buffer.path)], [buffer.path]) if buffer.named else []
            linter._run_repo(results, [buffer.path], [Path(p) for p in project])
        result.diagnostics = list(dict.fromkeys(result.diagnostics))
        result.diagnostics.extend(linter._suppression_findings(result))
        if not self.keep_text:
            result.text = None
        diagnostics = sorted(result.diagnostics, key=lambda d: d.sort_key)
        return LintResult(diagnostics, [shown], results)

    def fix(self, result: "LintResult", write: bool, unsafe: bool, show_diff, hold=None) -> int:
        """As Linter.fix on the buffer; `write` keeps the fixed text for stdout instead of writing a file; `hold`: the
        findings without the fixes not to apply (the baseline's: baseline.holder)."""
        from .fixes import fix_file, unified_diff

        file_result = result.results.get(self.buffer.shown)
        if file_result is None or not file_result.parsed or file_result.text is None:
            return 0  # a buffer that did not parse is never changed
        found = file_result.diagnostics if hold is None else hold(file_result.text, file_result.diagnostics)
        if not any(d.fix is not None for d in found):
            return 0
        repo_codes = {r.code for r in self.linter.by_target.get("repo", ())}

        def lint_text(path: Path, text: str):
            again = self.linter.lint_text(path, text)
            return again.parsed, list(dict.fromkeys(again.diagnostics))

        own = [d for d in found if d.code not in repo_codes]
        text, count = fix_file(lint_text, self.buffer.path, file_result.text, found, unsafe, count=own, hold=hold)
        if text == file_result.text:
            return 0
        if write:
            self._text = text
            self.buffer.fixed = ("\ufeff" if file_result.bom else "") + text
        else:
            show_diff(unified_diff(file_result.path, file_result.text, text))
        return count
