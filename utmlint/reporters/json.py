"""A JSON list of diagnostics with fixed keys, for scripts."""

from __future__ import annotations

import json
from typing import Sequence

from ..diagnostics import Diagnostic


def render(diagnostics: Sequence[Diagnostic], summary) -> str:
    return json.dumps([d.to_json() for d in diagnostics], indent=2, ensure_ascii=False) + "\n"
