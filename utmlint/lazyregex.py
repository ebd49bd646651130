"""Regexes compiled on first use, so a module's patterns cost start-up only in the runs that need them.

`re.compile` runs sre's parser and compiler, which are Python: 0.1 to 5 million instructions a pattern
(a wide character class costs the most), and a clean one-file lint, which pre-commit pays on every
commit, uses few of the ~50 patterns its modules define. `lazy_compile(pattern, flags)` stands in for
`re.compile(pattern, flags)` at module level: the first use compiles the pattern, and each attribute
asked for (`match`, `sub`, ...) is then kept on the object, so later calls cost what the compiled
pattern's own do. Use its methods (`PATTERN.sub(...)`); `re.sub(PATTERN, ...)` needs a real pattern.
"""

from __future__ import annotations

import re


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
            compiled = self._compiled = re.compile(self.pattern, self._flags)
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern, flags: int = 0) -> "re.Pattern":
    """`re.compile(pattern, flags)`, deferred until the pattern is first used."""
    return LazyPattern(pattern, flags)  # type: ignore[return-value]  # it answers as a re.Pattern does
