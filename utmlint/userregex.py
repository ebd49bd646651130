"""Regexes written by users (`campaign-pattern`), run in linear time.

A config is edited by pull requests, and Python's `re` backtracks: `(a|aa)+b` against 40 `a`s runs for
minutes. So a user's regex runs in RE2 (google-re2, a declared dependency on CPython), whose matching time
is linear in the input whatever the pattern. RE2 refuses what it cannot run in linear time (backreferences,
lookarounds): such a pattern is a config error naming the problem. Where google-re2 cannot be imported
(PyPy, an unusual platform), a user regex is refused with a message saying what to install, rather than
run in a backtracking engine. Built-in patterns are ours and keep using `re`; google-re2 is imported only
when a user pattern is used, so a run on defaults does not pay its start-up.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

MAX_PATTERN = 1000  # characters: a campaign naming convention is a short regex


class UserRegexError(ValueError):
    """A user regex that cannot be used; str() is the reason, without the config location."""


@lru_cache(maxsize=64)
def compile_user_regex(pattern: str) -> Any:
    """A compiled pattern with `fullmatch`, `match` and `search`, matching in linear time. Raises
    UserRegexError."""
    if len(pattern) > MAX_PATTERN:
        raise UserRegexError(f"is {len(pattern):,} characters long; at most {MAX_PATTERN:,} are accepted")
    try:
        import re2
    except ImportError:
        raise UserRegexError("needs the google-re2 package to run in linear time (pip install google-re2); "
                             "utmlint does not run a pattern from a config in a backtracking engine") from None
    import re

    try:
        re.compile(pattern)  # Python's syntax is the documented one: a pattern re rejects is an error here too
    except re.error as error:
        raise UserRegexError(f"is not a valid regex: {error}") from None
    options = re2.Options()
    options.max_mem = 8 << 20  # RE2's memory budget for the compiled program: a config never needs more
    options.log_errors = False  # the error is ours to report, located; not a line on stderr from C++
    try:
        return re2.compile(pattern, options)
    except re2.error as error:
        detail = error.args[0].decode("utf-8", "replace") if error.args and isinstance(error.args[0], bytes) else error
        raise UserRegexError(f"uses something a linear-time regex engine cannot run ({detail}); backreferences "
                             "and lookarounds are not supported") from None
