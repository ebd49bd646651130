"""Gitignore-style globs: `*` stays inside a folder, `**` crosses folders, patterns are relative paths.

As in .gitignore, a pattern without a slash matches at any depth (`node_modules`), and one with a slash,
or starting with `/`, is anchored at the config's folder (`/*.yaml` is only the top level)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Pattern, Tuple


@lru_cache(maxsize=None)
def compile_glob(pattern: str) -> Pattern[str]:
    pattern = pattern.strip().replace("\\", "/")
    anchored = "/" in pattern.rstrip("/")
    pattern = pattern.lstrip("/")
    if pattern.endswith("/"):
        pattern += "**"
    out = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        else:
            char = pattern[i]
            if char == "*":
                out.append("[^/]*")
            elif char == "?":
                out.append("[^/]")
            elif char == "[":
                end = pattern.find("]", i + 1)
                if end == -1:
                    out.append(re.escape(char))
                else:
                    body = pattern[i + 1:end].replace("\\", "\\\\")
                    out.append(f"[{'^' + body[1:] if body.startswith('!') else body}]")
                    i = end
            else:
                out.append(re.escape(char))
            i += 1
    prefix = "" if anchored else "(?:.*/)?"
    return re.compile(f"{prefix}{''.join(out)}(?:/.*)?\\Z" if not pattern.endswith("**") else f"{prefix}{''.join(out)}\\Z")


@lru_cache(maxsize=None)
def _combined(patterns: Tuple[str, ...]) -> Pattern[str]:
    return re.compile("|".join(f"(?:{compile_glob(p).pattern})" for p in patterns) or "(?!)")


def matches_any(relpath: str, patterns: Iterable[str]) -> bool:
    return _combined(tuple(patterns)).match(relpath) is not None
