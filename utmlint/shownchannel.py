"""The GA4 channel a report shows for a link as written (render's column, `scan --links`' inventory): one reading, apart
from channels.py (which spelling.py imports) so that neither imports the other."""

from __future__ import annotations

from typing import Optional

UNKNOWN_CHANNEL = "(unknown)"  # a link whose channel depends on a value not known whole (scan.inventory's too)


def written_channel(source: Optional[str], medium: Optional[str], campaign: Optional[str]) -> str:
    """The GA4 channel to show for a link as written: `(unknown)` while its source or medium holds a slot the sending
    platform fills in (Meta's `utm_source={{site_source_name}}` is `fb`, `ig`, `msg` or `an`, filed under Paid Social
    or Paid Other by the value, not by the slot's text: newuser47 F4, render said "Paid Other" for every click), else
    predict_channel's. A slot in the campaign alone decides nothing but a shopping or cross-network name, which
    medium-unassigned tells: the channel stays."""
    from .channels import predict_channel

    if slot_decides(source, medium):
        return UNKNOWN_CHANNEL
    return predict_channel(source, medium, campaign).channel


def slot_decides(source: Optional[str], medium: Optional[str]) -> bool:
    """Whether a link's source or medium holds a slot the sending platform fills in, so its channel is not known."""
    from .spelling import has_placeholder

    return any(value and has_placeholder(str(value)) for value in (source, medium))
