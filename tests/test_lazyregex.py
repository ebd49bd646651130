"""Module-level regexes are compiled on first use (lazyregex.py), and answer as compiled patterns do."""

from __future__ import annotations

import copy
import re

from utmlint.lazyregex import LazyPattern, lazy_compile


def test_compiles_on_first_use_only():
    pattern = lazy_compile(r"utm_(\w+)", re.IGNORECASE)
    assert isinstance(pattern, LazyPattern) and "_compiled" not in vars(pattern)
    assert pattern.pattern == r"utm_(\w+)" and "_compiled" not in vars(pattern)  # the source needs no compile
    copy.copy(pattern)  # probing for __reduce_ex__ and friends compiles nothing
    assert "_compiled" not in vars(pattern)
    assert pattern.search("x?UTM_Source=a").group(1) == "Source"
    assert "_compiled" in vars(pattern)


def test_answers_as_the_compiled_pattern():
    source, flags = r"(?:%20|[\s._+-])+", re.IGNORECASE
    lazy, real = lazy_compile(source, flags), re.compile(source, flags)
    text = "Spring  Sale%20-_2026"
    assert lazy.sub("-", text) == real.sub("-", text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.split(text) == real.split(text)
    assert (lazy.flags, lazy.groups) == (real.flags, real.groups)
    assert lazy.match(text) is None and lazy.fullmatch("%20") is not None


def test_a_bad_pattern_fails_when_used():
    pattern = lazy_compile("(unclosed")
    try:
        pattern.search("x")
    except re.error:
        pass
    else:
        raise AssertionError("an invalid pattern compiled")
