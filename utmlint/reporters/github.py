"""GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per finding.

The runner decodes `%25`, `%0D` and `%0A` in the message (and also `%3A`, `%2C` in properties),
so every `%` we print must be escaped first: a UTM URL's `%20` reaches the wire as `%2520`
and shows up on the pull request as `%20` again. Every other line is plain text that can never be
read as a command (see `plain`): a pull request names the files and writes the values we quote.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterator, Sequence

from ..diagnostics import Diagnostic
from . import text

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}
# GitHub shows at most this many annotations of each level per step and drops the rest silently.
SHOWN_PER_LEVEL = 10

_DATA = (("%", "%25"), ("\r", "%0D"), ("\n", "%0A"))
_PROPERTY = _DATA + ((":", "%3A"), (",", "%2C"))


def escape_data(value: str) -> str:
    """Escape the text after `::` (the message). `%` goes first, or its own escapes get doubled."""
    for raw, escaped in _DATA:
        value = value.replace(raw, escaped)
    return value


def escape_property(value: str) -> str:
    """Escape a `key=value` property, where `:` and `,` would end the value."""
    for raw, escaped in _PROPERTY:
        value = value.replace(raw, escaped)
    return value


def annotation(d: Diagnostic) -> str:
    """One workflow command; GitHub uses end columns only when the annotation spans one line.

    The runner's escapes keep the command on one line whatever the path and message hold (a newline in a
    message is `%0A`, shown as a line break inside the annotation), and decode back to them exactly."""
    props = [("file", d.path), ("line", d.line), ("col", d.column)]
    if d.end_line is not None:
        props.append(("endLine", d.end_line))
        if d.end_column is not None:
            props.append(("endColumn", d.end_column))
    props.append(("title", f"{d.code} {d.name}"))
    rendered = ",".join(f"{key}={escape_property(str(value))}" for key, value in props)
    return f"::{LEVELS.get(d.severity, 'error')} {rendered}::{escape_data(d.message)}"


def plain(line: str) -> str:
    """A log line that is text, never a command: the runner reads `::` at the start of a line (after
    trimming whitespace; a file may be named `::error x.yaml`) and the legacy `##[` anywhere in it. Lines
    come from the text format, whose control characters are already escaped (one finding, one line)."""
    line = line.replace("##[", "#\\x23[")
    return "| " + line if line.lstrip().startswith("::") else line


def render(diagnostics: Sequence[Diagnostic], summary) -> str:
    return "".join(chunks(diagnostics, summary))


def chunks(diagnostics: Sequence[Diagnostic], summary) -> Iterator[str]:
    """The log a line at a time (each ending in a newline)."""
    for d in diagnostics:
        yield annotation(d) + "\n"
    if any(n > SHOWN_PER_LEVEL for n in Counter(d.severity for d in diagnostics).values()):
        # The log shows an annotation's message but not its file, so list every finding in plain text,
        # each line marked so that none can be read as a workflow command (a file may be named `::x`).
        yield f"GitHub shows only {SHOWN_PER_LEVEL} annotations of each level per step; every finding:\n"
        for d in diagnostics:
            yield plain(f"  {text.line(d, shorten=False)}") + "\n"
    yield plain(text.summary_line(diagnostics, len(summary.files), summary.fixed, summary.unsafe_fixes,
                                  summary.extra.get("command", "lint"),
                                  none_judged=summary.extra.get("none_judged", ""),
                                  kept=len(summary.extra.get("baselined") or ()))) + "\n"
