"""One row per link for `utmlint render`, from the campaign models of the Project.

A row's tracked URL and GA4 channel are the model's (`Link.tracked_url`, `Link.ga4_channel`); a Google Play
listing whose `url:` has its own utm-tagged `referrer` gets that referrer's channel, the one GA4 credits installs to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Sequence

from .model import Campaign, Link
from .urls import maybe_play, written_play_referrer

UTM_FIELDS = ("utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term")
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
    # The utm values the tracked URL carries (None: not set, or the link is not tracked), for CSV and JSON.
    utm_source: Optional[str] = None
    utm_medium: Optional[str] = None
    utm_campaign: Optional[str] = None
    utm_content: Optional[str] = None
    utm_term: Optional[str] = None

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


def channel_text(link: Link) -> str:
    if link.tracked:
        referrer = written_play_referrer(link.url) if maybe_play(link.url) else None
        if referrer is not None:  # a Play listing's own `referrer`: the only values GA4 credits an install from
            from .channels import predict_channel

            return predict_channel(referrer.get("utm_source"), referrer.get("utm_medium"),
                                   referrer.get("utm_campaign")).channel
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
        **{name: link.params.get(name) if link.tracked else None for name in UTM_FIELDS},
    )


def link_rows(campaigns: Sequence[Campaign]) -> List[LinkRow]:
    """Every link, grouped by campaign (by slug, then file) and, within one, in step order."""
    ordered = sorted(campaigns, key=lambda c: (c.slug or "", c.path))
    return [row_of(link) for campaign in ordered for link in campaign.all_links]
