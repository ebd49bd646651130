"""How a message names several things: `a`, `a and b`, `a, b and c` (or `or`), written one way by every rule."""

from __future__ import annotations

from typing import Sequence


def joined(names: Sequence[str], word: str = "and") -> str:
    """`a`, `a and b`, `a, b and c`, with `word` (`and`, `or`) between the last two; `names` is not empty."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {word} {names[-1]}"
