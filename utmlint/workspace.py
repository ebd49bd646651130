"""The tracked links of a workspace, for tools that act on links rather than findings (`utmlint check`).

Files are found the way `utmlint lint` finds them: the nearest config, its include/exclude globs.
Files that cannot be read or parsed are skipped here; `utmlint lint` reports them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List


@dataclass(frozen=True)
class TrackedLink:
    url: str  # the link's tracked URL, from the model
    path: str  # as displayed
    line: int
    column: int


def _config(paths: List[str]):
    from pathlib import Path

    from .config import load_config

    return load_config(Path(paths[0]) if paths else None)


def tracked_links(paths: List[str]) -> List[TrackedLink]:
    """Every tracked (external http/https) link of the campaign files under `paths`, in file order."""
    from .discovery import collect
    from .links import load_campaigns

    paths = list(paths) or ["."]
    config = _config(paths)
    files, _missing = collect(config, paths)
    found = []
    for campaign in load_campaigns(config, files):
        for link in campaign.all_links:
            if link.tracked:
                pos = link.pos
                found.append(TrackedLink(link.tracked_url, campaign.path, pos.line, pos.column))
    return found


def live_settings(paths: List[str]) -> Dict[str, Any]:
    """The `live:` section of the config that applies to `paths` ({} when there is none)."""
    return dict(_config(list(paths) or ["."]).live or {})
