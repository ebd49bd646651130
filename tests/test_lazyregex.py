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


def _patterns_in(value, depth=0):
    if isinstance(value, LazyPattern):
        yield value
    elif depth < 3 and isinstance(value, (tuple, list)):
        for item in value:
            yield from _patterns_in(item, depth + 1)


def test_every_module_level_pattern_compiles():
    """A deferred pattern with a mistake would fail only when a user's file first reaches it (as a traceback):
    compile every one utmlint's modules define, here."""
    import importlib
    from pathlib import Path

    import utmlint

    root = Path(utmlint.__file__).parent
    checked = 0
    for source in sorted(root.rglob("*.py")):
        if "lazy_compile(" not in source.read_text(encoding="utf-8") or source.name == "lazyregex.py":
            continue
        parts = source.relative_to(root.parent).with_suffix("").parts
        module = importlib.import_module(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
        for name, value in vars(module).items():
            for pattern in _patterns_in(value):
                pattern.search(b"" if isinstance(pattern.pattern, bytes) else "")  # compiles it, or raises re.error
                checked += 1
    assert checked >= 40, checked  # the lint path alone defines ~50: a walk that found none proves nothing
