"""Findings for people, as ruff shows them: `path:line:col: CODE [*] name severity: message` and, by default
(`full`), the source line with carets under the value and the fix as help; `concise` keeps the first line only.
A summary line ends the report: counts by severity, how many `--fix` would fix and how many more `--unsafe-fixes`.

Names, values and source lines from files are shown with control characters escaped (printable.py), so a file
can neither forge another finding nor send its own escape sequences to the terminal; colour, when asked for, is
added around that escaped text only (color.py). Long URLs in messages are shortened in the middle, and a long
source line is cut to the width around its carets: text output only, machine formats keep every byte.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Dict, Iterator, List, Optional, Sequence

from ..color import PLAIN, Painter
from ..diagnostics import Diagnostic
from ..lazyregex import lazy_compile
from ..printable import printable
from . import TextOptions

ELLIPSIS = "\u2026"
# A URL in a message longer than this is shown as its start, an ellipsis and its end.
URL_LIMIT = 72
_URL = lazy_compile(r"(?:https?|ftp)://[^\s`'\"<>]+", re.IGNORECASE)
_LINE_BREAK = lazy_compile(r"\r\n|\r|\n")
SOURCE_LIMIT = 8 * 1024 * 1024  # the largest file a snippet is read from (scan's own limit)


def shorten_url(url: str, limit: int = URL_LIMIT) -> str:
    """`url` as its first and last characters around an ellipsis when longer than `limit`: the host and path
    start stay readable, and so do the last parameters, where a utm value usually is."""
    if len(url) <= limit:
        return url
    tail = (limit - 1) // 3
    return url[:limit - 1 - tail] + ELLIPSIS + url[len(url) - tail:]


# how a message introduces the URL it gives to paste, which is never shortened
_TO_PASTE = ("remove them: ", "remove it: ", "remove them and the fragment: ")


def shorten_urls(text: str, limit: int = URL_LIMIT) -> str:
    """Every long URL in `text` shortened, but the one a message gives to paste; the sentence's punctuation after it
    (`),` `.`) is not part of it."""
    if "://" not in text:  # no URL (most messages): skip the scan, which costs more than the rest of a line
        return text

    def one(match: "re.Match[str]") -> str:
        url = match.group()
        if text.endswith(_TO_PASTE, 0, match.start()):
            return url  # the URL a message gives to paste (copied-tracking's "remove them: ..."): whole (stranger11 R15)
        kept = url.rstrip(".,;:!?)]}")
        return shorten_url(kept, limit) + url[len(kept):]

    return _URL.sub(one, text)


def fixable_hint(diagnostics: Sequence[Diagnostic], unsafe_fixes: bool = False, command: str = "lint") -> str:
    """How many findings `--fix` would fix, and how many more `--unsafe-fixes` would (both when given)."""
    safe = sum(1 for d in diagnostics if d.fix is not None and d.fix.safe)
    unsafe = sum(1 for d in diagnostics if d.fix is not None and not d.fix.safe)
    if not safe and not unsafe:
        return ""
    if unsafe and (unsafe_fixes or not safe):  # only safe fixes: `--fix` alone fixes them, the flag given or not
        return f" {safe + unsafe} fixable with `utmlint {command} --fix --unsafe-fixes`."
    more = f" ({unsafe} more with `--unsafe-fixes`)" if unsafe else ""
    return f" {safe} fixable with `utmlint {command} --fix`{more}."


def summary_line(diagnostics: Sequence[Diagnostic], files: int, fixed: int = 0, unsafe_fixes: bool = False,
                 command: str = "lint", paint: Painter = PLAIN, left_out: int = 0, none_judged: str = "",
                 kept: int = 0) -> str:
    """The last line of a report. `left_out`: how many files or folders a run that checked none skipped (scan says
    each and why on stderr first). `none_judged`: scan read tracked links but set every one aside unjudged
    (commands.scan.none_judged says which and why): not "All clean" either. `kept`: findings a baseline holds back
    (utmlint.baseline): with none new, "No new findings", not "All clean" above "49 findings in the baseline"
    (review48 F3)."""
    counts = Counter(d.severity for d in diagnostics)
    noun = "file" if files == 1 else "files"
    fixed_note = f", {fixed} fixed" if fixed else ""
    if not diagnostics and not files:  # not "All clean": nothing was (a folder with no such file, say)
        skipped = f"; {left_out} skipped (why above)" if left_out else ""
        return paint("Nothing checked", "warning") + \
            f": no {'campaign file' if command == 'lint' else 'file to scan'} found{skipped}."
    if not diagnostics and none_judged and not fixed:  # links read, none judged (review of session 40, L6)
        return paint("Nothing checked", "warning") + f": {files} {noun} read, {none_judged}"
    if not diagnostics:
        return paint("No new findings" if kept else "All clean", "ok") + f": {files} {noun} checked{fixed_note}."
    parts = [paint(f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}", s) for s in ("error", "warning", "info")
             if counts[s]]
    hint = fixable_hint(diagnostics, unsafe_fixes, command)
    return f"Found {', '.join(parts)} ({files} {noun} checked{fixed_note}).{hint}"


def _marker(d: Diagnostic, unsafe_fixes: bool) -> str:
    """ruff's `[*]`: a fix `--fix` applies (an unsafe one counts only when --unsafe-fixes is given)."""
    return "[*] " if d.fix is not None and (d.fix.safe or unsafe_fixes) else ""


def line(d: Diagnostic, paint: Painter = PLAIN, unsafe_fixes: bool = False, shorten: bool = True) -> str:
    """One finding on one line (the concise format, and the first line of the full one)."""
    marker = _marker(d, unsafe_fixes)
    message = printable(d.message)
    return (f"{paint(printable(d.path), 'path')}:{d.line}:{d.column}: {paint(d.code, 'code')} "
            f"{paint(marker.strip(), 'fixable') + ' ' if marker else ''}{d.name} "
            f"{paint(d.severity, d.severity if d.severity in ('error', 'warning', 'info') else 'error')}: "
            f"{shorten_urls(message) if shorten else message}")


class Sources:
    """The lines of the files findings point into, each file read once (bounded, regular files only);
    `files` maps a shown path to its file, or to the bytes linted when they came from stdin, or to
    (its file, {line number: line}) when the lines were kept as they were checked (scan's cache: a warm
    report then reads no file; a line not kept is read from the file)."""

    def __init__(self, files: Optional[Dict[str, object]]):
        self.files = dict(files or {})  # a kept entry is replaced by its file when a line is missing
        self.read: Dict[str, Optional[List[str]]] = {}

    def line(self, path: str, number: int) -> Optional[str]:
        kept = self.files.get(path)
        if type(kept) is tuple:
            known = kept[1].get(number)
            if known is not None:
                return known
            self.files[path] = kept[0]
        if path not in self.read:
            self.read[path] = self._lines(self.files.get(path))
        lines = self.read[path]
        if lines is None or not 1 <= number <= len(lines):
            return None
        return lines[number - 1]

    @staticmethod
    def _lines(file) -> Optional[List[str]]:
        if file is None:
            return None
        if isinstance(file, bytes):  # the text itself (stdin), not a path: the file on disk may differ
            raw = file
        else:
            from ..safeio import ReadRefused, read_regular

            try:
                raw = read_regular(file, SOURCE_LIMIT, "a source line to show")
            except (ReadRefused, OSError):
                return None
        # a byte that is not UTF-8 is kept as a lone surrogate, which printable shows as its `\\x89` escape, as it
        # shows a control byte's `\\x00` (a binary file's line showed U+FFFD: review of session 40, L4)
        text = raw.decode("utf-8", "surrogateescape")
        return _LINE_BREAK.split(text[1:] if text.startswith("\ufeff") else text)


def _shown(text: str) -> List[str]:
    """Each character as it is shown: a tab as four spaces, a control character as its escape."""
    return ["    " if ch == "\t" else printable(ch) for ch in text]


_SPACE = lazy_compile(r"\s")  # str.isspace's characters, exactly


class ShownLine:
    """A source line as shown, worked out once however many findings point into it (a file of one long line
    can hold thousands): the shown text, where each character starts in it, and where its words end."""

    def __init__(self, source: str):
        self.source = source
        text = source.rstrip("\r\n")
        self.length = len(text)
        if "\t" in text or printable(text) != text:
            from array import array
            from itertools import accumulate

            pieces = _shown(text)
            self.shown = "".join(pieces)
            self.offsets: Optional[array] = array("q", accumulate((len(p) for p in pieces), initial=0))
        else:  # every character is shown as itself
            self.shown, self.offsets = text, None
        self._spaces: Optional[List[int]] = None

    def column(self, index: int) -> int:
        """Where the character at `index` (or the end of the line, past it) starts in the shown text."""
        index = min(index, self.length)
        return index if self.offsets is None else self.offsets[index]

    def word_end(self, start: int) -> int:
        """The first whitespace at or after `start` in the source line, else its length."""
        if len(self.source) <= 512:  # a short line: scanning it is cheaper than listing its spaces
            found = _SPACE.search(self.source, start)
            return found.start() if found else len(self.source)
        if self._spaces is None:  # a long line may hold thousands of findings: its spaces are listed once
            self._spaces = [match.start() for match in _SPACE.finditer(self.source)]
        from bisect import bisect_left

        found = bisect_left(self._spaces, start)
        return self._spaces[found] if found < len(self._spaces) else len(self.source)


def _span(d: Diagnostic, text: str, line: Optional[ShownLine] = None) -> "tuple[int, int]":
    """The characters of the line the carets go under: the rule's span when it is on this line, else the
    word at the column (the value), else one character."""
    start = max(d.column - 1, 0)
    if d.end_line == d.line and d.end_column is not None and d.end_column > d.column:
        return start, min(d.end_column - 1, len(text))
    end = start
    if start < len(text):
        end = (line or ShownLine(text)).word_end(start)
    return start, max(end, start + 1)


def snippet(d: Diagnostic, source: "str | ShownLine", width: int, paint: Painter = PLAIN) -> List[str]:
    """The source line under a gutter with carets under the span, cut to `width` around them."""
    line = source if isinstance(source, ShownLine) else ShownLine(source)
    start, end = _span(d, line.source, line)
    shown = line.shown
    caret_start = line.column(start)
    caret_len = max(line.column(end) - caret_start, 1)
    number = str(d.line)
    gutter = " " * len(number)
    room = max(width - len(number) - 3, 20)
    if len(shown) > room:  # cut around the carets: they stay in view, the ends give way
        if caret_start + caret_len < room:  # the carets fit from the start: only the end (a comment) goes
            left = 0
        else:
            left = max(0, min(caret_start - room // 3, len(shown) - room))
        right = left + room
        cut = shown[left:right]
        if left > 0:
            cut = ELLIPSIS + cut[1:]
        if right < len(shown):
            cut = cut[:-1] + ELLIPSIS
        caret_start -= left
        caret_len = max(min(caret_len, room - caret_start), 1)
        shown = cut
    bar = paint("|", "dim")
    carets = " " * caret_start + paint("^" * caret_len, "caret")
    lines = [f"{gutter} {bar}", f"{paint(number, 'dim')} {bar} {shown}", f"{gutter} {bar} {carets}", f"{gutter} {bar}"]
    return lines


def _help(d: Diagnostic, gutter: str, paint: Painter) -> List[str]:
    if d.fix is None or not d.fix.description:
        return []
    kind = "" if d.fix.safe else " (unsafe fix: needs --unsafe-fixes)"
    return [f"{gutter} = {paint('help', 'help')}: {shorten_urls(printable(d.fix.description))}{kind}"]


def render(diagnostics: Sequence[Diagnostic], summary) -> str:
    return "".join(chunks(diagnostics, summary))


def chunks(diagnostics: Sequence[Diagnostic], summary) -> Iterator[str]:
    """The report a finding at a time, each line ending in a newline (nothing at all when there is no line)."""
    options = getattr(summary, "text", None) or TextOptions()
    paint = Painter(options.color)
    unsafe = getattr(summary, "unsafe_fixes", False)
    sources = Sources(getattr(summary, "sources", None))
    shown_lines: Dict[tuple, ShownLine] = {}
    for d in diagnostics:
        if options.concise:
            yield line(d, paint, unsafe) + "\n"
            continue
        lines = [line(d, paint, unsafe)]
        source = sources.line(d.path, d.line) if d.line >= 1 else None
        gutter = " " * len(str(d.line))
        if source is not None:
            shown_line = shown_lines.get((d.path, d.line))
            if shown_line is None:
                shown_line = shown_lines[(d.path, d.line)] = ShownLine(source)
            lines.extend(snippet(d, shown_line, options.width, paint))
        lines.extend(_help(d, gutter, paint))
        lines.append("")
        yield "\n".join(lines) + "\n"
    if not options.quiet:
        said = summary_line(diagnostics, len(summary.files), summary.fixed, unsafe,
                            summary.extra.get("command", "lint"), paint, summary.extra.get("left_out", 0),
                            summary.extra.get("none_judged", ""), len(summary.extra.get("baselined") or ()))
        yield said + ("\nLive checks of the tracked links follow; they decide the exit code too." if summary.extra.get(
            "live_follows") else "") + "\n"

