"""One row per link for `utmlint render`, from the campaign models of the Project.

A row's tracked URL and GA4 channel are the model's (`Link.tracked_url`, `Link.ga4_channel`); a Google Play
listing whose `url:` has its own utm-tagged `referrer` gets that referrer's channel, the one GA4 credits installs to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

from .model import Campaign, Link
from .urls import maybe_play, written_play_referrer

UTM_FIELDS = ("utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term")
IN_PRODUCT = "(in-product, untracked)"
OPTED_OUT = "(track: false, untracked)"
# an address that is neither a web page nor a link inside the product: `{% unsubscribe_url %}`, which the sending
# platform fills in, and `mailto:`/`tel:` (newuser48 F3: both were called in-product, in an e-mail's footer)
TEMPLATE = "(filled in when sent, untracked)"
NOT_WEB = "(not a web page, untracked)"


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
    from .shownchannel import UNKNOWN_CHANNEL, slot_decides, written_channel

    if link.tracked:
        referrer = written_play_referrer(link.url) if maybe_play(link.url) else None
        if referrer is not None:  # a Play listing's own `referrer`: the only values GA4 credits an install from
            return written_channel(referrer.get("utm_source"), referrer.get("utm_medium"), referrer.get("utm_campaign"))
        # the model's one resolution of the channel, unless a platform's slot decides it (Meta's {{site_source_name}})
        if slot_decides(link.params.get("utm_source"), link.params.get("utm_medium")):
            return UNKNOWN_CHANNEL
        return link.ga4_channel.channel
    if not link.is_web:
        return _not_web(link.url)
    return IN_PRODUCT if link.in_product else OPTED_OUT


def _not_web(url: str) -> str:
    """Why a link that is no http(s) address is untracked: a template's address (filled in by the platform), another
    scheme's (`mailto:`, `tel:`), or, as the README says, a relative path or an app link (`myapp://`): in-product."""
    from .urls import TEMPLATE_START, split_url

    if TEMPLATE_START.match(url):
        return TEMPLATE
    written = url.strip()
    scheme = split_url(written).scheme.lower()
    if scheme and scheme not in ("http", "https") and not written[len(scheme) + 1:].startswith("//"):
        return NOT_WEB  # mailto:, tel:, sms: (an app link, `myapp://x`, opens the product)
    return IN_PRODUCT


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


def concerns(link: Link, line: int) -> bool:
    """Whether a finding on `line` of the link's file concerns the link: a line of the link's own mapping (its `url:`,
    `content:`, a `track: false`), or the line a value it renders comes from (a campaign's `medium: social` concerns
    each link that inherits it; a platform default, the `platform:` line). One reading for render's note on stderr
    and its HTML catalogue, which counted the links apart and both wrongly (newuser43 F2: "1 link with findings" in
    the page and "3 links have warnings" on stderr where 4 were concerned)."""
    span = node_lines(link.campaign.doc, link.path)
    first, last = span if span is not None else (link.pos.line, link.pos.line)
    # an untracked link (`track: false`, in-product) carries none of the values it inherits: a campaign's
    # `medium: Email` concerns its tracked links only (newuser46 F4: an unsubscribe link counted in "2 links have
    # warnings" beside the one link rendered with `utm_medium=Email`)
    if first <= line <= last:
        return True
    if link.channel_written and line == _channel_line(link):
        return True  # the message channel it is sent in: a step's `channel: E-mail` concerns its links (newuser46 F13)
    return link.tracked and any(link.param_pos(param).line == line for param in link.params)


def _channel_line(link: Link) -> Optional[int]:
    """The line of the `channel:` the link is sent in: its step's, else the campaign's."""
    nodes = link.campaign.doc.nodes
    for path in (*((tuple(link.step.path) + ("channel",),) if link.step is not None else ()), ("channel",)):
        if path in nodes:
            return link.campaign.doc.pos(path).line
    return None


def node_lines(doc, path) -> Optional[Tuple[int, int]]:
    """The first and last lines of the node at `path` (None: no such node). A block mapping's node runs to where the
    next item starts, the line break and indentation included: its last line is that of its last character, else a
    link's card held the next link's `http://` finding (the render snapshot's UTM302 beside the link before it)."""
    info = doc.nodes.get(path)
    if info is None:
        return None
    text, end = doc.text, info.end
    while end > info.start + 1 and text[end - 1] in " \t\r\n":
        end -= 1
    return text.count("\n", 0, info.start) + 1, text.count("\n", 0, end) + 1
