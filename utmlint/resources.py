"""Finds the bundled data folders: inside the wheel (`utmlint/_data/`) or, in a checkout, beside the package."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def data_dir(name: str) -> Path:
    """`rules` or `schemas`: the wheel's copy when installed, else the checkout's top-level folder."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"utmlint's bundled `{name}/` folder is missing; reinstall utmlint")


def rules_dir() -> Path:
    return data_dir("rules")


def schemas_dir() -> Path:
    return data_dir("schemas")


def schema_file(name: str) -> Path:
    """The installed schema file `name` (`campaign.schema.json`): importlib.resources finds it wherever the
    package was installed; a checkout falls back to its top-level `schemas/`."""
    from importlib.resources import files

    candidate = files("utmlint") / "_data" / "schemas" / name
    if candidate.is_file():
        return Path(str(candidate))
    return schemas_dir() / name
