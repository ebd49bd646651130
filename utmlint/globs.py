"""Gitignore-style globs: `*` stays inside a folder, `**` crosses folders, patterns are relative paths.

As in .gitignore, a pattern without a slash matches at any depth (`node_modules`), and one with a slash,
or starting with `/`, is anchored at the config's folder (`/*.yaml` is only the top level). A pattern that
matches a folder matches everything in it. `**` counts only as a whole path component (`a/**/b`); elsewhere
it is a plain `*`. A character class (`[a-z]`, `[!.]`) never matches `/`.

Globs come from the config, which a pull request can edit, so matching must take linear time whatever
the pattern: `*a*a*a*a*a*a*ab.yaml` compiled naively to `[^/]*a[^/]*a...` backtracks for minutes on a
long name. Here each `*` between two fixed pieces commits to the leftmost place the next piece fits (an
atomic step, written `(?=(?P<n>...))(?P=n)` so Python 3.9 has it too), and each `**` between two fixed
runs of components likewise. Leftmost is always right when the pieces between wildcards have a fixed
length, which they do here; only the last piece of a component (or the last run of components) may try
several places, each once. So a match costs at most (path length) x (pattern length).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import Callable, Iterable, List, Pattern, Sequence, Tuple

from .lazyregex import cached

_NAMES = itertools.count()
_DOUBLE = object()  # a `**` component: zero or more whole components


class GlobError(ValueError):
    """A glob that cannot mean anything (a reversed range such as `[z-a]`); str() says which and why."""


def _atomic(body: str) -> str:
    name = f"g{next(_NAMES)}"
    return f"(?=(?P<{name}>{body}))(?P={name})"


def _class(pattern: str, start: int) -> Tuple[str, int]:
    """The regex for the class at `pattern[start] == '['` and the index after its `]`; (None, start) when
    the `[` is not closed (then it is a literal `[`, as in fnmatch)."""
    i = start + 1
    negated = i < len(pattern) and pattern[i] in "!^"
    if negated:
        i += 1
    members: List[str] = []
    first = True
    while i < len(pattern) and (pattern[i] != "]" or first):
        first = False
        low = pattern[i]
        if i + 2 < len(pattern) and pattern[i + 1] == "-" and pattern[i + 2] != "]":
            high = pattern[i + 2]
            if ord(low) > ord(high):
                raise GlobError(f"glob `{pattern}`: the range `{low}-{high}` in `[...]` is reversed "
                                f"(write `{high}-{low}`)")
            members.append(f"{re.escape(low)}-{re.escape(high)}")
            i += 3
        else:
            members.append(re.escape(low))
            i += 1
    if i >= len(pattern):
        return "", start
    body = "".join(members)
    if negated:
        return f"[^/{body}]", i + 1
    return f"(?!/)[{body}]", i + 1


def _atoms(piece: str) -> str:
    """A fixed-length piece (no `*`): literals, `?` and classes, none of which matches `/`."""
    out = []
    i = 0
    while i < len(piece):
        char = piece[i]
        if char == "?":
            out.append("[^/]")
        elif char == "[":
            regex, end = _class(piece, i)
            if end != i:
                out.append(regex)
                i = end
                continue
            out.append(re.escape(char))
        else:
            out.append(re.escape(char))
        i += 1
    return "".join(out)


def _split_stars(component: str) -> List[str]:
    """The fixed pieces between `*`s, keeping a `*` inside a class (`[*]`) as part of its piece."""
    pieces, current, i = [], [], 0
    while i < len(component):
        char = component[i]
        if char == "[":
            _, end = _class(component, i)
            if end != i:
                current.append(component[i:end])
                i = end
                continue
        if char == "*":
            pieces.append("".join(current))
            current = []
        else:
            current.append(char)
        i += 1
    pieces.append("".join(current))
    return pieces


def _component(component: str) -> str:
    """One path component, followed by its `/` (paths are matched as `/a/b/c/`)."""
    pieces = _split_stars(component)
    if len(pieces) == 1:
        return _atoms(pieces[0]) + "/"
    first, *middle, last = pieces
    out = [_atoms(first)]
    for piece in middle:
        if piece:  # `**` inside a component is a plain `*`
            out.append(_atomic(f"[^/]*?{_atoms(piece)}"))
    out.append(f"[^/]*{_atoms(last)}/")
    return "".join(out)


def _components(pattern: str) -> List[object]:
    pattern = pattern.strip().replace("\\", "/")
    anchored = "/" in pattern.rstrip("/")
    pattern = pattern.lstrip("/")
    folder_only = pattern.endswith("/")
    parts: List[object] = [_DOUBLE if part == "**" else part for part in pattern.rstrip("/").split("/") if part]
    if not parts:
        return []  # "" or "/": matches nothing
    if not anchored:
        parts.insert(0, _DOUBLE)
    if folder_only or (parts[-1] is _DOUBLE and len(parts) > 1 and parts[-2] is not _DOUBLE):
        # `a/` and `a/**`: everything inside `a`, not `a` itself
        parts[len(parts) - (parts[-1] is _DOUBLE):] = ["*", _DOUBLE]
    elif parts[-1] is not _DOUBLE:
        parts.append(_DOUBLE)  # a pattern matching a folder matches everything in it
    merged: List[object] = []
    for part in parts:
        if not (part is _DOUBLE and merged and merged[-1] is _DOUBLE):
            merged.append(part)
    return merged


@lru_cache(maxsize=None)
def _regex(pattern: str) -> str:
    """The regex for `pattern`, to match `/` + relative path + `/`."""
    parts = _components(pattern)
    if not parts:
        return "(?!)"
    groups: List[List[str]] = [[]]
    for part in parts:
        if part is _DOUBLE:
            groups.append([])
        else:
            groups[-1].append(_component(part))  # type: ignore[arg-type]
    out = ["/", "".join(groups[0])]
    last_fixed = max(i for i, group in enumerate(groups) if group) if any(groups) else 0
    for index, group in enumerate(groups[1:], start=1):
        body = "".join(group)
        if index < last_fixed:
            out.append(_atomic(f"(?:[^/]*/)*?{body}"))  # leftmost place for this run, committed
        elif index == last_fixed and index < len(groups) - 1:
            out.append(f"(?:[^/]*/)*?{body}")  # only `**` follows, which cannot fail: nothing to commit
        else:
            out.append(f"(?:[^/]*/)*{body}")
    return "".join(out) + r"\Z"


def compile_glob(pattern: str) -> Pattern[str]:
    """The compiled matcher of one glob; it matches `"/" + relpath + "/"`. Raises GlobError."""
    return _compile(_regex(pattern))


@lru_cache(maxsize=None)
def _compile(regex: str) -> Pattern[str]:
    return cached(regex, re.DOTALL)


def check_glob(pattern: str) -> None:
    """Raise GlobError when `pattern` is not a usable glob (for located config errors)."""
    compile_glob(pattern)


@lru_cache(maxsize=None)
def _combined(patterns: Tuple[str, ...]) -> Pattern[str]:
    unique = dict.fromkeys(patterns)
    return cached("|".join(f"(?:{_regex(p)})" for p in unique) or "(?!)", re.DOTALL)


def matches_any(relpath: str, patterns: Iterable[str]) -> bool:
    return _combined(tuple(patterns)).match(f"/{relpath}/") is not None


def name_matcher(patterns: Iterable[str]) -> Callable[[str], bool]:
    """For patterns of one component (no `/`, no `**`, such as `.*` or `node_modules`): whether one name
    (a file's or a folder's) matches one of them. `matcher` gives a path the same answer when one of its
    components does; this tests a name without scanning a whole path for where a component starts."""
    regex = "|".join(f"(?:{_component(p.strip())})" for p in dict.fromkeys(patterns)) or "(?!)"
    match = cached(f"(?:{regex})\\Z", re.DOTALL).match
    return lambda name: match(name + "/") is not None


def matcher(patterns: Iterable[str]) -> Callable[[str], bool]:
    """`matches_any` with the patterns compiled once, for a loop over many paths."""
    match = _combined(tuple(patterns)).match
    return lambda relpath: match(f"/{relpath}/") is not None


def rebased_globs(patterns: Iterable[str], inside: Sequence[str]) -> List[str]:
    """The globs, written relative to a folder, rewritten relative to its subfolder `inside` (its path segments):
    `clients/**/*.yaml` inside `clients/harbor` is `**/*.yaml`; a glob that reaches nothing under the subfolder is
    dropped. A pattern without `/` (gitignore style: a name at any depth) is kept as it is."""
    out: List[str] = []
    for pattern in patterns:
        parts = pattern.strip().strip("/").split("/")
        if "/" not in pattern.strip().strip("/"):
            out.append(pattern)
            continue
        out.extend(_rebased(tuple(parts), tuple(inside)))
    return list(dict.fromkeys(out))


@lru_cache(maxsize=4096)
def _rebased(parts: Tuple[str, ...], inside: Tuple[str, ...]) -> Tuple[str, ...]:
    # memoised on (parts, inside), each result deduplicated: a glob of many `**` over a deep folder is
    # len(parts) x len(inside) steps, not one per way the `**` can split the folder (a config in a pull request
    # writing `**/**/**/...` would otherwise hold the run for minutes)
    from fnmatch import fnmatchcase

    if not inside:
        return ("/".join(parts),) if parts else ()
    if not parts:
        return ()
    if parts[0] == "**":  # zero folders, or one more of the subfolder's
        return tuple(dict.fromkeys(_rebased(parts[1:], inside) + _rebased(parts, inside[1:])))
    return _rebased(parts[1:], inside[1:]) if fnmatchcase(inside[0], parts[0]) else ()
