"""The HTML report's fix preview on a long line is worked out on a window around the edits (a 1 MiB line with
15,000 fixes made the report quadratic). These tests hold the window to what the whole line gives: the same
before and after, cut at the same places, for edits anywhere on the line, at its ends, on a line that repeats
itself, and for fixes that span lines (no window)."""

from __future__ import annotations

import random

import pytest

from utmlint.diagnostics import Diagnostic, Edit, Fix
from utmlint.html.findings import LINE_WINDOW, _around_change, _same_end, _same_start, fix_preview


def _whole_line(text: str, edits) -> str:
    """The preview as made from the whole line: the original algorithm, no window, no newline offsets."""
    edits = sorted(edits, key=lambda e: e.start)
    first = text.rfind("\n", 0, edits[0].start) + 1
    newline = text.find("\n", edits[-1].end)
    last = len(text) if newline < 0 else newline
    new = text[first:edits[0].start]
    for this, after in zip(edits, edits[1:] + [None]):
        new += this.content + text[this.end:after.start if after is not None else last]
    old_line = text[first:last]
    if old_line == new:
        return ""
    shown_old, shown_new = _around_change(old_line, new)
    return shown_old, shown_new


def _diagnostic(edits) -> Diagnostic:
    return Diagnostic("c.yaml", 1, 1, "UTM201", "value-case", "warning", "m", fix=Fix(tuple(edits), "fix"))


def _shown_pair(html: str):
    """The before and after lines a preview shows, unescaped enough to compare (the texts hold no markup)."""
    import re

    spans = re.findall(r'<span class="(del|add)">[-+] (.*?)\n</span>', html, re.S)
    return tuple(text for _, text in spans)


def _breaks(text: str):
    return [i for i, ch in enumerate(text) if ch == "\n"]


def _cases():
    rng = random.Random(13)
    long_line = "".join(f"{{url: 'https://example.com/p{i}', source: Intercom, content: l{i}}}, " for i in range(400))
    text = "campaign: x\n" + long_line + "\nend: y\n"
    base = len("campaign: x\n")
    starts = [base, base + 3, base + LINE_WINDOW - 1, base + LINE_WINDOW + 1, base + len(long_line) // 2,
              base + len(long_line) - 8, base + len(long_line) - LINE_WINDOW - 2]
    cases = []
    for start in starts:
        cases.append((text, [Edit(start, start + 8, "intercom")]))  # same length
        cases.append((text, [Edit(start, start + 3, "")]))  # shorter
        cases.append((text, [Edit(start, start, "inserted text")]))  # longer
    for _ in range(40):
        a = rng.randrange(base, base + len(long_line) - 40)
        b = a + rng.randrange(0, 30)
        cases.append((text, [Edit(a, a + rng.randrange(0, 5), "XY"), Edit(b + 10, b + 12, "z" * rng.randrange(0, 4))]))
    repeated = "ab" * 3000
    cases.append((repeated, [Edit(1000, 1000, "ab")]))  # the sameness runs past any window
    cases.append((repeated, [Edit(2000, 2002, "ba")]))
    cases.append((text, [Edit(base + 100, base + 108, "Intercom")]))  # a fix that changes nothing
    return cases


@pytest.mark.parametrize("text, edits", _cases())
def test_windowed_preview_is_the_whole_lines_preview(text, edits):
    expected = _whole_line(text, edits)
    got = fix_preview(text, _diagnostic(edits), _breaks(text))
    assert got == fix_preview(text, _diagnostic(edits))  # newline offsets or a search: the same lines
    if expected == "":
        assert got == ""
    else:
        assert _shown_pair(got) == tuple(part.replace("&", "&amp;").replace("'", "&#x27;") for part in expected)


def test_a_fix_spanning_lines_shows_every_line():
    text = "a: 1\nb: 2\nc: 3\n"
    got = fix_preview(text, _diagnostic([Edit(3, 9, "9\nb: 8")]), _breaks(text))
    assert _shown_pair(got) == ("a: 1", "b: 2", "a: 9", "b: 8")


def test_same_start_and_end_count_as_a_loop_would():
    rng = random.Random(7)
    for _ in range(500):
        a = "".join(rng.choice("ab") for _ in range(rng.randrange(0, 12)))
        b = "".join(rng.choice("ab") for _ in range(rng.randrange(0, 12)))
        prefix = 0
        while prefix < min(len(a), len(b)) and a[prefix] == b[prefix]:
            prefix += 1
        suffix = 0
        while suffix < min(len(a), len(b)) - prefix and a[-1 - suffix] == b[-1 - suffix]:
            suffix += 1
        assert _same_start(a, b) == prefix
        assert _same_end(a, b, min(len(a), len(b)) - prefix) == suffix
