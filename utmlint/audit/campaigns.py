"""The campaign repo the export is held against: every campaign slug it defines, found the way `lint` finds files.

`--campaigns PATH` names the repo (a folder or files); without it the config that applies to the working
directory decides, and with no config file there is no repo (the audit then skips the campaign sections
rather than guess which YAML files are campaigns).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Mapping, Optional, Set, Tuple


@dataclass
class Repo:
    root: str  # as given / found, for the report
    campaigns: Dict[str, Tuple[str, int]] = field(default_factory=dict)  # slug -> (path, line) of its first definition
    # utm_campaign -> (path, line) of the first tracked link scan finds writing it in the repo's docs, templates, code
    written: Dict[str, Tuple[str, int]] = field(default_factory=dict)
    files: int = 0
    platforms: Mapping[str, Any] = field(default_factory=dict)
    config: Any = None
    google_ads: Set[str] = field(default_factory=set)  # slugs with a tracked link tagged `google / cpc`


def load_repo(campaigns: Optional[str], cwd: str = ".", config_file: Optional[str] = None, export: Optional[str] = None
              ) -> Tuple[Optional[Repo], Any, Mapping[str, Any]]:
    """(repo or None, config, platform profiles). The config and profiles serve the splits either way.
    `export`: the file audited; kept inside a folder whose config of its own is below the working directory's (a
    client's `analytics/` in an agency's repo, clients/<client>/.utmlint.yaml), that config names the repo: one
    client's GA4 export was held against every client's campaigns, the others' listed as "defined in the repo, no
    sessions (a broken or stripped link?)" (newuser45 F3)."""
    from ..config import find_config
    from ..project import Project

    own = None
    if campaigns is None and config_file is None and export is not None:
        import os
        from pathlib import Path

        own = find_config(Path(export).absolute().parent)
        here = find_config(Path(cwd).absolute())
        if own is not None and own != here and (
                here is None or os.path.join(os.path.dirname(own), "").startswith(os.path.join(os.path.dirname(here), ""))):
            cwd = os.path.dirname(own)
    project = Project.load([campaigns or cwd], config_file)
    scope = project.scopes[0]
    config, platforms = scope.config, scope.platforms
    scopes = project.scopes
    if campaigns is None:
        if config.source is None:
            return None, config, platforms
        # the whole repo of the config: its own files and those of the folders under it with configs of their own
        scopes = Project.load([str(config.root)], config_file).scopes
        if own is not None and _same_file(own, config.source):
            # an export kept in the config's own tree is that config's project's, as lint's scopes are: a client's
            # folder without a config of its own (clients/zen-yoga/analytics/, under the agency's top config) was held
            # against every client's campaigns, those with configs of their own included, all "defined in the repo, no
            # sessions" (newuser48b F8). `--campaigns .` still takes the whole tree.
            scopes = [one for one in scopes if _same_file(one.config.source, config.source)] or scopes
    files = [path for one in scopes for path in one.targets]
    repo = Repo(campaigns or str(config.root), files=len(files), platforms=platforms, config=config)
    for campaign in (campaign for one in scopes for campaign in one.campaigns()):
        if campaign.slug:
            pos = campaign.doc.pos(("campaign",))
            repo.campaigns.setdefault(campaign.slug, (campaign.path, pos.line))
            if any(link.tracked and google_cpc_pair(link.params.get("utm_source"), link.params.get("utm_medium"))
                   for link in campaign.all_links):
                repo.google_ads.add(campaign.slug)
    repo.written = written_campaigns(str(config.root) if config.source is not None else campaigns or cwd, config_file,
                                     governed_by=config.source if len(scopes) == 1 and campaigns is None else None)
    return repo, config, platforms


def google_cpc_pair(source: Optional[str], medium: Optional[str]) -> bool:
    """`google / cpc`: what Google Ads' auto-tagging names every session of an ad's click (source and medium)."""
    return (source or "").strip().casefold() == "google" and (medium or "").strip().casefold() == "cpc"


# Google Ads' auto-tagging (its `gclid`, on by default) names the session of a click GA4 resolves through the Ads link
# by the Ads campaign's own name (`Brand - Search - US`), not by the link's utm_campaign (ga4-channels.md: auto-tagged
# traffic takes its values from Google Ads, not from UTMs). Third-party write-ups disagree on which wins when a link
# carries both; so the audit only names it as a possible reason, on `google / cpc` rows alone (newuser47 F9).
AUTO_TAGGED = ("google / cpc: a Google Ads campaign's own name? With auto-tagging (gclid), GA4 may name an ad click's "
               "session by its Google Ads campaign rather than by the link's utm_campaign")
AUTO_TAGGED_SILENT = ("tagged google / cpc: with Google Ads' auto-tagging, its clicks may be counted above under the Ads "
                      "campaign's own name")


def _same_file(a, b) -> bool:
    import os

    return a is not None and b is not None and os.path.realpath(a) == os.path.realpath(b)


def written_campaigns(root: str, config_file: Optional[str] = None, governed_by=None) -> Dict[str, Tuple[str, int]]:
    """utm_campaign -> (path, line) of the first tracked link `utmlint scan` finds writing it under `root` (a docs
    page, an e-mail template, a code sample: no campaign file). A team whose links live in its docs and templates
    had them all called "defined nowhere in the repo (built by hand or copied?)" (newuser44 F3). Only the team's own
    campaign values count, as scan reads them for its repo-wide rules (not a sponsor's or partner's placement, a
    citation, copied tags, an example), and with `own-hosts` only on links to those sites or relative ones: a
    sponsor's link to retool.com naming `brand` brings no session to the team's site, so the team's hand-built
    google / cpc `brand` rows stay "defined nowhere" (review44 F2)."""
    from pathlib import Path

    from ..commands.scan import scanner_for
    from ..identity import site_name
    from ..project import Project
    from ..scan.inventory import CUT

    project = Project.load([root], config_file)
    own_sites = {site_name(host) for host in project.config.own_hosts}
    result = scanner_for(project).run([root], repo_wide=False)
    files = result.files
    if governed_by is not None:  # `governed_by`: only the files that config governs, not another client's (load_repo)
        from ..config import find_config

        files = [f for f in files if _same_file(find_config(Path(f.path).absolute().parent),
                                                governed_by)]
    found = sorted((f.shown, line, column, value) for f in files
                   for line, column, param, value, site, *_ in f.spellings
                   if param == "utm_campaign" and (not own_sites or not site or site in own_sites))
    written: Dict[str, Tuple[str, int]] = {}
    for path, line, _column, campaign in found:
        if campaign and not campaign.endswith(CUT):  # not a value a space cut short
            written.setdefault(campaign, (path, line))
    return written
