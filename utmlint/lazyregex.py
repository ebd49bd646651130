"""Regexes compiled on first use, so a module's patterns cost start-up only in the runs that need them.

`re.compile` runs sre's parser and compiler, which are Python: 0.1 to 5 million instructions a pattern
(a wide character class costs the most), and a clean one-file lint, which pre-commit pays on every
commit, uses few of the ~50 patterns its modules define. `lazy_compile(pattern, flags)` stands in for
`re.compile(pattern, flags)` at module level: the first use compiles the pattern, and each attribute
asked for (`match`, `sub`, ...) is then kept on the object, so later calls cost what the compiled
pattern's own do. Use its methods (`PATTERN.sub(...)`); `re.sub(PATTERN, ...)` needs a real pattern.

A pattern a run does use is compiled once per install, not once per run: `cached(pattern, flags)` (what a
LazyPattern compiles with, and what code that builds a pattern from data calls instead of `re.compile`) keeps
sre's compiled code in a file of the install's in the user's cache folder (written once, as the command ends:
`flush`), and later runs rebuild the pattern from it with `_sre.compile`, the last step of `re.compile`,
skipping sre's parser and compiler. The placeholder pattern every URL rule reads (checks.tracking.fields)
alone was 20 M of a one-file lint's 300 M instructions (session 49). Code is kept only when the pattern it
rebuilds equals `re.compile`'s (same flags, code and text), under the interpreter's version and sre's MAGIC:
another Python (or PyPy, which has no such code) compiles as usual.
"""

from __future__ import annotations

import re
import sys


class LazyPattern:
    """A compiled pattern's stand-in; `pattern` is the source text, everything else the compiled one's."""

    def __init__(self, pattern, flags: int = 0):
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str):
        # Only called for names not on the object yet: compile once, keep what was asked for.
        if name.startswith("__"):  # copy, pickle and friends probing for hooks: nothing to compile for
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._compiled = cached(self.pattern, self._flags)
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern, flags: int = 0) -> "re.Pattern":
    """`re.compile(pattern, flags)`, deferred until the pattern is first used."""
    return LazyPattern(pattern, flags)  # type: ignore[return-value]  # it answers as a re.Pattern does


# The compiled code of the patterns runs used, one file per install beside the bundled data's (bundled.py: in the
# user's cache folder, never in a repository; other installs' files unwritten for a month removed when one is
# written). Text, read without json (a warm scan loads none): a line for the engine, then one a pattern,
# `base64(flags:pattern) TAB final flags TAB groups TAB name=index,... TAB base64(code)`.
MAX_BYTES = 4 * 1024 * 1024  # a file that grows past this (configs' globs are patterns too) starts again
_store: dict = {"kept": None, "new": {}}  # the file's lines by pattern key (read once per process); lines to add


def _engine() -> str:
    """The regex engine whose compiled code may be kept: "" when none can be."""
    import _sre

    if sys.implementation.name != "cpython" or _sre.CODESIZE != 4 or memoryview(bytes(4)).cast("I").itemsize != 4:
        return ""
    return f"cpython-{sys.hexversion:x}-sre{_sre.MAGIC}"


def _file_name() -> str:
    import binascii
    import os

    from . import __version__

    install = binascii.crc32(os.fsencode(os.path.dirname(os.path.abspath(__file__))))  # as bundled.py names its file
    return f"compiled-regex-v{__version__}-{install:08x}.txt"


def _kept(engine: str) -> dict:
    if _store["kept"] is None:
        import os

        from . import safeio

        _store["kept"] = kept = {}
        try:
            raw = safeio.read_regular(os.path.join(safeio.user_cache_path(), _file_name()), MAX_BYTES, "a cache file",
                                      follow=False)
        except safeio.ReadRefused:
            return kept  # none yet: compiled, and written as the command ends
        lines = raw.split(b"\n")
        if lines[0] == f"engine\t{engine}".encode("ascii"):  # else another Python's: all compiled again
            for line in lines[1:]:
                key, tab, rest = line.partition(b"\t")
                if tab:
                    kept[key] = rest
    return _store["kept"]


def cached(pattern, flags: int = 0) -> "re.Pattern":
    """`re.compile(pattern, flags)`, rebuilt from the code this install's cache keeps for it when it has it."""
    flags = int(flags)
    engine = _engine() if type(pattern) is str and not flags & re.DEBUG else ""
    if not engine:
        return re.compile(pattern, flags)
    import binascii

    import _sre

    key = binascii.b2a_base64(f"{flags}:{pattern}".encode("utf-8", "surrogatepass"), newline=False)
    line = _kept(engine).get(key)
    if line is not None:
        try:
            final_flags, groups, names, code = line.split(b"\t")
            groupindex = {name: int(index) for name, _, index in
                          (item.partition("=") for item in names.decode("utf-8").split(",") if item)}
            indexgroup = [None] * (int(groups) + 1)
            for name, index in groupindex.items():
                indexgroup[index] = name
            return _sre.compile(pattern, int(final_flags), memoryview(binascii.a2b_base64(code)).cast("I").tolist(),
                                int(groups), groupindex, tuple(indexgroup))
        except (TypeError, ValueError, IndexError, RuntimeError, binascii.Error):
            pass  # a damaged line: compiled below and kept again
    compiled = re.compile(pattern, flags)
    line = _code_of(pattern, flags, compiled)
    if line is not None:
        _store["new"][key] = line
    return compiled


def _code_of(pattern: str, flags: int, compiled: "re.Pattern"):
    """The line that rebuilds `compiled` (as `re._compiler.compile` makes it) with `_sre.compile`; None when the
    rebuilt pattern would not equal it (another version's internals)."""
    try:
        import array
        import binascii
        from re import _compiler, _parser

        import _sre

        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        final_flags, groups = flags | parsed.state.flags, parsed.state.groups - 1
        rebuilt = _sre.compile(pattern, final_flags, code, groups, groupindex, tuple(indexgroup))
        if rebuilt != compiled or rebuilt.groupindex != compiled.groupindex:  # equal: same flags, code and text
            return None
        names = ",".join(f"{name}={index}" for name, index in groupindex.items())
        return b"\t".join((str(final_flags).encode(), str(groups).encode(), names.encode("utf-8"),
                           binascii.b2a_base64(array.array("I", code).tobytes(), newline=False)))
    except Exception:  # sre's internals changed: compiled every run, as before
        return None


def flush() -> None:
    """Write the code of the patterns this run compiled, for the next runs (called once, as a command ends: cli.main).
    Nothing when there are none. Never raises."""
    new = _store["new"]
    if not new:
        return
    import os

    from . import safeio

    engine = _engine()
    head = [f"engine\t{engine}".encode("ascii")]
    data = b"\n".join(head + [key + b"\t" + rest for key, rest in {**_kept(engine), **new}.items()])
    if len(data) > MAX_BYTES:
        data = b"\n".join(head + [key + b"\t" + rest for key, rest in new.items()])
    _store["kept"] = None  # read again if this process asks again (what it added is in the file now)
    new.clear()
    base = safeio.user_cache_path()
    try:
        os.makedirs(base, mode=0o700, exist_ok=True)
        with safeio.open_folder(base) as folder:
            safeio.replace_in(folder, _file_name(), data, mode=0o600)
    except (OSError, safeio.WriteRefused):
        pass  # no writable home: compiled every run, as before
