"""The audit report as data: what every format prints, and `--format json` verbatim (`to_dict`)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, Dict, List, Optional, Tuple


@dataclass
class Row:
    source: str
    medium: str
    campaign: str
    sessions: float


@dataclass
class Bucket:
    """Rows set apart and named, never mixed into the channels: (not set), (other), test rows."""

    sessions: float = 0
    rows: List[Row] = field(default_factory=list)


@dataclass
class Unassigned:
    source: str
    medium: str
    sessions: float
    suggestion: Optional[str]  # the medium the linter would suggest, if any
    reason: str  # why GA4 leaves it Unassigned (channels.py's words)


@dataclass
class SplitRow:
    dimension: str
    spellings: List[Dict[str, Any]]  # [{value, sessions}]
    canonical: str
    why: str
    sessions: float


@dataclass
class Campaign:
    campaign: str
    sessions: float = 0
    repo_spelling: Optional[str] = None  # an unknown campaign that is another spelling of a repo slug
    path: Optional[str] = None  # a silent campaign's file
    line: Optional[int] = None
    # what else may explain it: Google Ads' auto-tagging names a google / cpc session by the Ads campaign (newuser47 F9)
    note: Optional[str] = None


@dataclass
class Disagreement:
    source: str
    medium: str
    reported: str
    predicted: str
    sessions: float


@dataclass
class AuditReport:
    file: str
    input: str  # ga4-csv | csv | bigquery
    unit: str  # what is counted: "sessions", or "rows" for a lead export without a count column
    touch: str  # which columns: session, first user, first touch, last touch, or "" for plain ones
    ruleset: str
    sessions: float = 0
    channels: Dict[str, float] = field(default_factory=dict)
    unassigned_sessions: float = 0
    unassigned_share: float = 0.0
    unassigned: List[Unassigned] = field(default_factory=list)
    splits: List[SplitRow] = field(default_factory=list)
    unknown_campaigns: Optional[List[Campaign]] = None  # None: no campaign repo to compare with
    silent_campaigns: Optional[List[Campaign]] = None
    channel_group: Optional[str] = None  # the export's channel column: "Default Channel Group" or a custom group
    channel_disagreements: Optional[List[Disagreement]] = None  # None: the export has no channel column
    not_set: Bucket = field(default_factory=Bucket)
    other: Bucket = field(default_factory=Bucket)
    test_rows: Bucket = field(default_factory=Bucket)
    ga4_set: Bucket = field(default_factory=Bucket)  # GA4's own values (AI Assistant referrals), not utm links
    repo: Optional[Dict[str, Any]] = None  # {path, campaigns}
    skipped_rows: int = 0
    notes: List[str] = field(default_factory=list)

    def to_dict(self) -> Dict[str, Any]:
        data = _plain(self)
        data["unassigned_share"] = self.unassigned_share  # a share stays a float, 0.0 included
        return data


def _plain(value: Any) -> Any:
    """`dataclasses.asdict` without its deep copies (the report holds only its own fresh data), and whole
    counts as integers (1234, not 1234.0)."""
    if isinstance(value, float):
        return int(value) if value.is_integer() and abs(value) < 2 ** 53 else value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    names = _FIELDS.get(type(value))
    if names is None and is_dataclass(value) and not isinstance(value, type):
        # found once per class: any dataclass the report comes to hold is walked, not handed to json as is
        names = _FIELDS[type(value)] = tuple(f.name for f in fields(value))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    return value


_FIELDS: Dict[type, Tuple[str, ...]] = {}  # a dataclass -> its field names
