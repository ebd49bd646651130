"""The campaign repo the export is held against: every campaign slug it defines, found the way `lint` finds files.

`--campaigns PATH` names the repo (a folder or files); without it the config that applies to the working
directory decides, and with no config file there is no repo (the audit then skips the campaign sections
rather than guess which YAML files are campaigns).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Mapping, Optional, Tuple


@dataclass
class Repo:
    root: str  # as given / found, for the report
    campaigns: Dict[str, Tuple[str, int]] = field(default_factory=dict)  # slug -> (path, line) of its first definition
    files: int = 0
    platforms: Mapping[str, Any] = field(default_factory=dict)
    config: Any = None


def load_repo(campaigns: Optional[str], cwd: str = ".", config_file: Optional[str] = None
              ) -> Tuple[Optional[Repo], Any, Mapping[str, Any]]:
    """(repo or None, config, platform profiles). The config and profiles serve the splits either way."""
    from ..project import Project, Scope

    project = Project.load([campaigns or cwd], config_file)
    scope = project.scopes[0]
    config, platforms = scope.config, scope.platforms
    if campaigns is None:
        if config.source is None:
            return None, config, platforms
        scope = Scope(project, config, [str(config.root)])
    files = scope.targets
    repo = Repo(campaigns or str(config.root), files=len(files), platforms=platforms, config=config)
    for campaign in scope.campaigns():
        if campaign.slug:
            pos = campaign.doc.pos(("campaign",))
            repo.campaigns.setdefault(campaign.slug, (campaign.path, pos.line))
    return repo, config, platforms
