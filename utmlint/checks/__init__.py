"""Built-in rules, one module per family. Codes: UTM0xx file, YAML and schema; UTM1xx parameters;
UTM2xx values; UTM3xx URLs; UTM4xx live checks; UTM5xx campaign structure; UTM6xx repo-wide."""

from __future__ import annotations

import importlib
from typing import List

from ..registry import Rule

FAMILIES = ("file", "params", "vocabulary", "values", "links", "structure", "repo")


def _load() -> List[Rule]:
    rules: List[Rule] = []
    for family in FAMILIES:
        module = importlib.import_module(f"{__name__}.{family}")
        rules.extend(value for value in vars(module).values() if isinstance(value, Rule))
    return rules


BUILTIN_RULES = _load()
