"""What an export file is, and where its values are: GA4 Reports/Explore CSV, a generic or lead CSV, or GA4's
BigQuery export (NDJSON or Parquet, one event a row).

Only the head of a file is read here (and the rest scanned for where the first table ends); DuckDB reads
the data itself (aggregate.py). Every problem is an `InputError` naming the file and line.
"""

from __future__ import annotations

import csv
import mmap
import os
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

KINDS = ("ga4-csv", "csv", "bigquery")
TOUCHES = ("first", "last")
_HEAD_BYTES = 256 * 1024
_JSON_SUFFIXES = (".json", ".ndjson", ".jsonl", ".json.gz", ".ndjson.gz", ".jsonl.gz")


class InputError(Exception):
    """A file that cannot be audited; str() is one located line (`path:line: message`)."""


@dataclass
class CsvLayout:
    """Where the values are in a CSV export: 0-based column indexes and the lines of the first table."""

    path: str
    kind: str  # ga4-csv | csv
    delimiter: str
    headers: List[str]
    header_line: int  # 1-based line of the header
    data_lines: Optional[int]  # lines of data after the header before a second `#` block; None: to the end
    columns: Dict[str, int] = field(default_factory=dict)  # role -> column: source, medium, campaign, source_medium, channel, count
    scope: str = ""  # the header prefix used: "session", "first user", "first touch", "last touch", ""
    count_label: str = ""  # the header counted ("Sessions"); "" = one row per lead
    channel_group: str = ""  # "Default Channel Group" or a custom group's name, when there is a channel column
    notes: List[str] = field(default_factory=list)


@dataclass
class EventsLayout:
    """GA4's BigQuery export: which traffic-source records the file has."""

    path: str
    format: str  # parquet | json
    last_click: bool  # session_traffic_source_last_click.manual_campaign
    collected: bool  # collected_traffic_source.manual_*
    notes: List[str] = field(default_factory=list)
    kind: str = "bigquery"


def _normal(header: str) -> str:
    text = header.replace("\ufeff", "").strip().casefold().replace("_", " ")
    text = re.sub(r"\s*/\s*", " / ", text)
    text = re.sub(r"\s+", " ", text)
    return text[4:] if text.startswith("utm ") else text


_SCOPES = ("session ", "first user ", "first touch ", "last touch ", "original ", "latest ", "")
_FIELDS = {
    "source": "source", "manual source": "source",
    "medium": "medium", "manual medium": "medium",
    "campaign": "campaign", "campaign name": "campaign", "manual campaign name": "campaign", "manual campaign": "campaign",
    "content": "content", "manual ad content": "content", "ad content": "content", "manual content": "content",
    "term": "term", "manual term": "term", "keyword": "term",
    "source / medium": "source_medium", "manual source / medium": "source_medium",
    "default channel group": "channel", "channel group": "channel", "channel": "channel",
}
_CHANNEL_GROUP = re.compile(r"^(?:primary|custom) channel group \((.+)\)$")
_COUNTS = ("sessions", "session count", "count", "leads", "conversations", "contacts")
_TOUCH_SCOPES = {"first": ("first touch", "first user", "original"),
                 "last": ("last touch", "session", "latest", "")}
_GA4_SCOPES = ("session", "first user")


def _role(normal: str, original: str) -> Tuple[str, str, str]:
    """(scope, role, channel group name) of one header; role '' when it is nothing we read."""
    for prefix in _SCOPES:
        if prefix and not normal.startswith(prefix):
            continue
        rest = normal[len(prefix):]
        if rest in _FIELDS:
            group = "Default Channel Group" if _FIELDS[rest] == "channel" else ""
            return prefix.strip(), _FIELDS[rest], group
        found = _CHANNEL_GROUP.match(rest)
        if found:
            inner = re.search(r"\((.+)\)\s*$", original)
            return prefix.strip(), "channel", inner.group(1).strip() if inner else found.group(1)
    return "", "", ""


def _choose_scope(by_scope: Dict[str, Dict[str, Tuple[int, str]]], touch: Optional[str], path: str,
                  line: int) -> Tuple[str, List[str]]:
    usable = [s for s, roles in by_scope.items() if {"source", "medium"} <= roles.keys() or "source_medium" in roles]
    notes: List[str] = []
    if touch:
        for scope in _TOUCH_SCOPES[touch]:
            if scope in usable:
                return scope, notes
        raise InputError(f"{path}:{line}: --touch {touch}: no {touch}-touch source and medium columns "
                         f"(found: {', '.join(_scope_name(s) for s in usable) or 'none'})")
    for scope in ("session", "", "last touch", "latest", "first user", "first touch", "original"):
        if scope in usable:
            others = [s for s in usable if s != scope]
            if others:
                notes.append(f"using the {_scope_name(scope)} columns; the file also has "
                             f"{', '.join(_scope_name(s) for s in others)} (--touch first|last picks)")
            return scope, notes
    raise InputError(f"{path}:{line}: no source and medium columns in the header "
                     "(expected e.g. `Session source` and `Session medium`, `Session source / medium`, "
                     "`source,medium,campaign,sessions`, `utm_source`, `first_touch_source`)")


def _scope_name(scope: str) -> str:
    return f"`{scope}`" if scope else "unprefixed"


def _sniff_delimiter(line: str) -> str:
    counts = {d: len(next(csv.reader([line], delimiter=d))) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: (counts[d], d == ","))


def csv_layout(path: str, touch: Optional[str] = None, kind: Optional[str] = None) -> CsvLayout:
    """Find the header of the first table (after GA4's `#` comment block and blank lines) and map it."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path}:1: the file is UTF-16; export it as UTF-8 CSV")
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:
            line = head[:error.start].count(b"\n") + 1
            raise InputError(f"{path}:{line}: not UTF-8 text (byte {error.start}); export the CSV as UTF-8") from None
        text = head[:error.start].decode("utf-8")
    lines = text.split("\n")
    header_index = None
    for index, line in enumerate(lines[:-1] if len(head) == _HEAD_BYTES else lines):
        stripped = line.replace("\ufeff", "").strip()
        if stripped and not stripped.startswith("#"):
            header_index = index
            break
    if header_index is None:
        raise InputError(f"{path}:1: no header line (the file is empty or only `#` comments)")
    header_text = lines[header_index].rstrip("\r").replace("\ufeff", "")
    delimiter = _sniff_delimiter(header_text)
    headers = next(csv.reader([header_text], delimiter=delimiter))
    line = header_index + 1
    by_scope: Dict[str, Dict[str, Tuple[int, str]]] = {}
    counts: Dict[str, int] = {}
    ga4 = header_index > 0 and lines[0].lstrip("\ufeff").startswith("#")
    for column, header in enumerate(headers):
        normal = _normal(header)
        if normal in _COUNTS and normal not in counts:
            counts[normal] = column
            continue
        scope, role, group = _role(normal, header)
        if role:
            by_scope.setdefault(scope, {}).setdefault(role, (column, group))
            ga4 = ga4 or scope in _GA4_SCOPES
    scope, notes = _choose_scope(by_scope, touch, path, line)
    roles = by_scope[scope]
    layout = CsvLayout(path, kind or ("ga4-csv" if ga4 else "csv"), delimiter, headers, line, None, scope=scope,
                       notes=notes)
    layout.columns = {role: column for role, (column, _) in roles.items()}
    if "channel" not in roles and scope in _GA4_SCOPES and "channel" in by_scope.get("", {}):
        roles = dict(roles, channel=by_scope[""]["channel"])
        layout.columns["channel"] = roles["channel"][0]
    if "channel" in roles:
        layout.channel_group = roles["channel"][1] or "Default Channel Group"
    for name in _COUNTS:
        if name in counts:
            layout.columns["count"] = counts[name]
            layout.count_label = headers[counts[name]].strip()
            break
    if not layout.count_label:
        if layout.kind == "ga4-csv":
            raise InputError(f"{path}:{line}: no `Sessions` column; add the Sessions metric to the report and export again")
        layout.notes.append("no count column: each row counts once (one row per lead)")
    layout.data_lines = _first_table_lines(path, header_index)
    return layout


def _first_table_lines(path: str, header_index: int) -> Optional[int]:
    """Lines of the first table: GA4 writes further tables after another `#` block; None = to the end."""
    if os.path.getsize(path) == 0:
        return 0
    with open(path, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        start = 0
        for _ in range(header_index + 1):
            start = data.find(b"\n", start) + 1
            if start == 0:
                return 0
        end = data.find(b"\n#", start - 1)
        if end < 0:
            return None
        return data[start:end + 1].count(b"\n")


def events_layout(path: str, columns: Sequence[str], format: str) -> EventsLayout:
    """Check a BigQuery export's columns: sessions need user_pseudo_id and event_params; values need one
    of the session-scoped records (never `traffic_source`, which is the user's first visit)."""
    names = {c.casefold(): c for c in columns}
    missing = [c for c in ("user_pseudo_id", "event_params") if c not in names]
    if missing:
        raise InputError(f"{path}: not a GA4 BigQuery export: no {' or '.join(f'`{m}`' for m in missing)} column "
                         f"(sessions are user_pseudo_id + ga_session_id from event_params)")
    layout = EventsLayout(path, format, "session_traffic_source_last_click" in names, "collected_traffic_source" in names)
    if not (layout.last_click or layout.collected):
        # An export from before GA4 added those records (2023): each event's own campaign values are its
        # event_params `source`, `medium`, `campaign` (newuser47 F10: such a year of history could not be audited)
        layout.notes.append("no `session_traffic_source_last_click` or `collected_traffic_source` column (an export "
                            "from before GA4 added them): each session's values are the `source`, `medium` and "
                            "`campaign` event parameters of its first event that has any; a session without them "
                            "(direct, organic search, a referral: the export of that time holds no such source per "
                            "session) is counted as (not set)")
    return layout


def open_export(path: str, kind: Optional[str] = None, touch: Optional[str] = None
                ) -> Tuple[str, Optional[CsvLayout]]:
    """(kind, layout) of an export: `kind` forced or detected; the CSV layout for `touch` (None for a
    BigQuery export, which aggregate.py inspects itself). A CSV's head is read and mapped once when it can be."""
    if kind is None:
        kind = _binary_kind(path)
        if kind is None:
            layout = csv_layout(path)  # detection reads the header anyway; without --touch it is the layout
            if touch is None:
                return layout.kind, layout
            kind = layout.kind
    if kind == "bigquery":
        return kind, None
    return kind, csv_layout(path, touch, kind)


def _binary_kind(path: str) -> Optional[str]:
    """The kind of a Parquet or NDJSON file, "bigquery" (by name, then by first bytes); None for text (a CSV)."""
    lower = path.casefold()
    if lower.endswith(".parquet"):
        return "bigquery"
    if lower.endswith(_JSON_SUFFIXES):
        return "bigquery"
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from None
    if head.startswith(b"PAR1"):
        return "bigquery"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return "bigquery"
    return None
