"""The rules of a run: the built-in ones (checks/) and installed plugins', as one Registry built once.

Kept apart from registry.py (the Rule record and the `@rule` decorator) so that rule modules import
the registry and nothing imports back: `import utmlint.registry` loads no rule.
"""

from __future__ import annotations

from typing import Optional

from .registry import Registry, plugin_rules

_REGISTRY: Optional[Registry] = None


def registry() -> Registry:
    global _REGISTRY
    if _REGISTRY is None:
        from .checks import BUILTIN_RULES

        _REGISTRY = Registry([*BUILTIN_RULES, *plugin_rules()])
    return _REGISTRY
