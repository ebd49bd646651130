"""The campaign models of a set of files, and one row per link for `utmlint render`.

Models come from `document.load` + `model.build_campaign`, exactly as the linter builds them, so a
row's tracked URL and GA4 channel are the model's (`Link.tracked_url`, `Link.ga4_channel`).
Files that cannot be read or parsed give no campaign: the linter reports them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional, Sequence

from .config import Config, ConfigError
from .model import Campaign, Link, build_campaign

IN_PRODUCT = "(in-product, untracked)"
OPTED_OUT = "(track: false, untracked)"


@dataclass(frozen=True)
class LinkRow:
    """One link as `render` shows it."""

    campaign: str
    step: Optional[str]  # None for links written directly on the campaign
    branch: Optional[str]
    segment: Optional[str]
    label: Optional[str]
    channel: str  # the GA4 default channel, or why the link carries no tracking
    url: str  # as written in the file
    tracked_url: str  # the model's tracked URL; the link untouched when it is not tracked
    tracked: bool
    path: str  # as displayed
    line: int
    column: int

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}"

    @property
    def step_text(self) -> str:
        """The step with its branch and segment, for one-column formats: `step-4 (branch: converted)`."""
        extras = [f"{name}: {value}" for name, value in (("branch", self.branch), ("segment", self.segment)) if value]
        text = self.step or ""
        if extras:
            text = f"{text} ({', '.join(extras)})" if text else ", ".join(extras)
        return text


def load_platforms(config: Config):
    from .platforms import PlatformError, load_platforms as load

    try:
        return load(config.platform_dirs)
    except PlatformError as error:
        raise ConfigError(str(error)) from None


def load_campaigns(config: Config, files: Sequence[Path]) -> List[Campaign]:
    """The campaign model of each file that parses, in the order given."""
    from . import document
    from .discovery import display_path
    from .engine import _read

    platforms = load_platforms(config)
    campaigns = []
    for path in files:
        raw, problem = _read(path)
        if problem is not None:
            continue
        doc = document.load(display_path(path), raw)
        if not doc.parsed:
            continue
        campaign = build_campaign(doc, platforms, config.in_product_hosts)
        if campaign is not None:
            campaigns.append(campaign)
    return campaigns


def channel_text(link: Link) -> str:
    if link.tracked:
        return link.ga4_channel.channel
    return IN_PRODUCT if link.in_product else OPTED_OUT


def row_of(link: Link) -> LinkRow:
    step = link.step
    pos = link.pos
    return LinkRow(
        campaign=link.campaign.slug or "",
        step=step.id if step else None,
        branch=step.branch if step else None,
        segment=step.segment if step else None,
        label=link.label,
        channel=channel_text(link),
        url=link.url,
        tracked_url=link.tracked_url,
        tracked=link.tracked,
        path=link.campaign.path,
        line=pos.line,
        column=pos.column,
    )


def link_rows(campaigns: Sequence[Campaign]) -> List[LinkRow]:
    """Every link, grouped by campaign (by slug, then file) and, within one, in step order."""
    ordered = sorted(campaigns, key=lambda c: (c.slug or "", c.path))
    return [row_of(link) for campaign in ordered for link in campaign.all_links]
