"""`--statistics`: how many findings each rule produced, most frequent first."""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from ..diagnostics import Diagnostic


def render(diagnostics: Sequence[Diagnostic], summary) -> str:
    counts = Counter((d.code, d.name, d.severity) for d in diagnostics)
    fixable = Counter((d.code, d.name, d.severity) for d in diagnostics if d.fix is not None)
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    width = max((len(str(n)) for _, n in rows), default=1)
    lines = [f"{n:>{width}}  {code}  {name} [{severity}]{'  (fixable)' if fixable[(code, name, severity)] else ''}"
             for (code, name, severity), n in rows]
    return "\n".join(lines) + ("\n" if lines else "")
