"""Third-party rules: installed distributions declaring the `utmlint.rules` entry point group.

Only installed packages are consulted; nothing from a campaign repo is ever imported. The scan reads
just the `entry_points.txt` files on sys.path (what importlib.metadata would read anyway), so a run
with no plugin installed imports nothing extra.
"""

from __future__ import annotations

import os
import sys
from typing import Callable, Iterator, List, Tuple

GROUP = "utmlint.rules"


def _entry_point_files() -> Iterator[str]:
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info"):
                yield os.path.join(entry, name, "entry_points.txt")


def declarations() -> List[Tuple[str, str]]:
    """(path, text) of every installed `entry_points.txt` that declares the group: what a cache keyed on the
    installed plugins hashes, and what tells `discover` whether importlib.metadata is needed at all."""
    found = []
    for path in _entry_point_files():
        text = _read(path)
        if f"[{GROUP}]" in text:
            found.append((path, text))
    return found


def discover() -> List[Tuple[str, Callable[[], object]]]:
    """(origin, loader) for every plugin entry point; the loader imports the plugin when called."""
    if not declarations():
        return []
    from importlib.metadata import entry_points

    found = []
    for point in entry_points(group=GROUP):
        dist = getattr(point, "dist", None)
        origin = f"{dist.name} {dist.version}" if dist is not None else point.value
        found.append((f"{origin} ({point.name} = {point.value})", point.load))
    return found


def _read(path: str) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return handle.read()
    except OSError:
        return ""
