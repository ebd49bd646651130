"""Module-level regexes are compiled on first use (lazyregex.py), and answer as compiled patterns do."""

from __future__ import annotations

import copy
import re
import re._compiler

import pytest

from utmlint.lazyregex import LazyPattern, cached, lazy_compile


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


def _all_lazy_patterns():
    """Every module-level LazyPattern of utmlint's modules."""
    import importlib
    from pathlib import Path

    import utmlint

    root = Path(utmlint.__file__).parent
    for source in sorted(root.rglob("*.py")):
        if "lazy_compile(" not in source.read_text(encoding="utf-8") or source.name == "lazyregex.py":
            continue
        parts = source.relative_to(root.parent).with_suffix("").parts
        module = importlib.import_module(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
        for value in vars(module).values():
            yield from _patterns_in(value)


def test_every_module_level_pattern_compiles():
    """A deferred pattern with a mistake would fail only when a user's file first reaches it (as a traceback):
    compile every one utmlint's modules define, here."""
    checked = 0
    for pattern in _all_lazy_patterns():
        pattern.search(b"" if isinstance(pattern.pattern, bytes) else "")  # compiles it, or raises re.error
        checked += 1
    assert checked >= 40, checked  # the lint path alone defines ~50: a walk that found none proves nothing


@pytest.fixture
def fresh_cache(monkeypatch, tmp_path):
    """An empty user cache folder, and a process that has not read it yet."""
    from utmlint import lazyregex

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(lazyregex, "_store", {"kept": None, "new": {}})
    return tmp_path / "xdg" / "utmlint" / lazyregex._file_name()


def _next_process(monkeypatch):
    from utmlint import lazyregex

    monkeypatch.setattr(lazyregex, "_store", {"kept": None, "new": {}})


def _sre_compiles_none_of(patterns, monkeypatch):
    real = re._compiler.compile
    sources = {source for source, flags in patterns}

    def refused(pattern, flags=0):
        assert pattern not in sources, f"{pattern!r} compiled by sre's compiler"
        return real(pattern, flags)

    monkeypatch.setattr(re._compiler, "compile", refused)


PATTERNS = [(r"(?P<key>utm_\w+)=(?P<value>[^&#]*)", 0), (r"(?:%20|[\s._+-])+", re.IGNORECASE),
            (r"(?i)^(.*cp.*|ppc|retargeting|paid.*)$", 0), (r"(a)|(?P<b>b)(?(1)x|y)\Z", re.DOTALL | re.MULTILINE)]


def test_cached_patterns_equal_compiled_ones_and_skip_the_compiler_next_run(fresh_cache, monkeypatch):
    """lazyregex.cached keeps sre's code, written as the command ends (lazyregex.flush, from cli.main); the next run
    rebuilds each pattern from it without sre's parser and compiler, and it matches as `re.compile`'s does."""
    from utmlint import lazyregex

    compiled = [re.compile(source, flags) for source, flags in PATTERNS]
    assert [cached(source, flags) for source, flags in PATTERNS] == compiled  # compiled, and kept
    assert not fresh_cache.exists()  # written once, when the command ends
    lazyregex.flush()
    assert fresh_cache.is_file()

    _next_process(monkeypatch)
    _sre_compiles_none_of(PATTERNS, monkeypatch)
    rebuilt = [cached(source, flags) for source, flags in PATTERNS]
    assert rebuilt == compiled  # equal patterns: same text, flags and code
    for mine, theirs in zip(rebuilt, compiled):
        assert (mine.groups, mine.groupindex, mine.flags) == (theirs.groups, theirs.groupindex, theirs.flags)
    text = "?utm_Source=News%20Letter&utm_medium=PPC"
    assert rebuilt[0].findall(text) == compiled[0].findall(text)
    assert rebuilt[0].search(text).group("value") == "News%20Letter"
    assert rebuilt[1].sub("-", "Spring  Sale%20_x") == "Spring-Sale-x"
    assert rebuilt[2].match("PPC") and not rebuilt[2].match("email")
    assert [rebuilt[3].match(t).span() for t in ("ax", "by")] == [(0, 1), (0, 2)] and rebuilt[3].match("bx") is None


def test_a_damaged_line_is_compiled_again(fresh_cache, monkeypatch):
    from utmlint import lazyregex

    cached(r"utm_(?P<key>\w+)")
    lazyregex.flush()
    good = fresh_cache.read_bytes()
    for damage in (b"\tnot base64!", b"\tAAAA", b"x\t"):  # a code sre's validation refuses, a field too many
        fresh_cache.write_bytes(good.rsplit(b"\t", 1)[0] + damage)
        _next_process(monkeypatch)
        assert cached(r"utm_(?P<key>\w+)").match("utm_source").group("key") == "source"
        lazyregex.flush()  # kept again, right
        _next_process(monkeypatch)
        assert cached(r"utm_(?P<key>\w+)") == re.compile(r"utm_(?P<key>\w+)")


def test_code_kept_under_another_engine_is_not_used(fresh_cache, monkeypatch):
    from utmlint import lazyregex

    cached(r"[a-z]+")
    lazyregex.flush()
    assert fresh_cache.read_bytes().startswith(f"engine\t{lazyregex._engine()}\n".encode())
    _next_process(monkeypatch)
    monkeypatch.setattr(lazyregex, "_engine", lambda: "cpython-ffffffff-sre1")  # another Python wrote the file
    _sre_compiles_none_of([], monkeypatch)
    assert lazyregex._kept("cpython-ffffffff-sre1") == {}
    assert cached(r"[a-z]+") == re.compile(r"[a-z]+")


def test_every_module_level_pattern_is_rebuilt_equal(fresh_cache, monkeypatch):
    """The code kept for each of utmlint's module-level patterns rebuilds it equal to `re.compile`'s."""
    from utmlint import lazyregex

    patterns = [(p.pattern, p._flags) for p in _all_lazy_patterns() if isinstance(p.pattern, str)]
    compiled = [re.compile(source, flags) for source, flags in patterns]
    assert [cached(source, flags) for source, flags in patterns] == compiled
    lazyregex.flush()
    _next_process(monkeypatch)
    _sre_compiles_none_of(patterns, monkeypatch)
    assert [cached(source, flags) for source, flags in patterns] == compiled
    assert len(patterns) >= 40, len(patterns)
