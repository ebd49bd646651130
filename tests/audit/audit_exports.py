"""Generated exports for the audit tests, and a small reference classifier written here from Google's table
(../shared/data/ga4-channels.md, section 3), independent of utmlint/channels.py and of the rules' YAML.

Only Google's source-category list is read from rules/ga4/source-categories.tsv: it is Google's data, not
utmlint's logic.
"""

from __future__ import annotations

import csv
import json
import random
import re
import textwrap
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, NamedTuple, Optional, Tuple

ROOT = Path(__file__).resolve().parents[2]

_PAID = re.compile(r"^(.*cp.*|ppc|retargeting|paid.*)$")
_SHOP = re.compile(r"^(.*(([^a-df-z]|^)shop|shopping).*)$")
_SOCIAL_MEDIUMS = {"social", "social-network", "social-media", "sm", "social network", "social media"}
_EMAIL = {"email", "e-mail", "e_mail", "e mail"}


@lru_cache(maxsize=1)
def _categories() -> Dict[str, str]:
    out = {}
    with open(ROOT / "rules" / "ga4" / "source-categories.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            out[row["source"].strip().lower()] = row["category"].replace("SOURCE_CATEGORY_", "")
    return out


def reference_channel(source: Optional[str], medium: Optional[str], campaign: Optional[str]) -> str:
    """GA4's default channel for manual traffic, straight from Google's table, first match wins."""
    s, m, c = ((x or "").lower() for x in (source, medium, campaign))
    category = _categories().get(s)
    paid = _PAID.match(m) is not None
    shopping = category == "SHOPPING" or _SHOP.match(c) is not None
    if s == "(direct)" and m in ("(not set)", "(none)"):
        return "Direct"
    if "cross-network" in c:
        return "Cross-network"
    if shopping and paid:
        return "Paid Shopping"
    for cat, channel in (("SEARCH", "Paid Search"), ("SOCIAL", "Paid Social"), ("VIDEO", "Paid Video")):
        if category == cat and paid:
            return channel
    if m in ("display", "banner", "expandable", "interstitial", "cpm"):
        return "Display"
    if paid:
        return "Paid Other"
    if shopping:
        return "Organic Shopping"
    if category == "SOCIAL" or m in _SOCIAL_MEDIUMS:
        return "Organic Social"
    if category == "VIDEO" or "video" in m:
        return "Organic Video"
    if category == "SEARCH" or m == "organic":
        return "Organic Search"
    if m in ("referral", "app", "link"):
        return "Referral"
    if s in _EMAIL or m in _EMAIL:
        return "Email"
    if m == "affiliate":
        return "Affiliates"
    if m == "audio":
        return "Audio"
    if s == "sms" or m == "sms":
        return "SMS"
    if m.endswith("push") or "mobile" in m or "notification" in m or s == "firebase":
        return "Mobile Push Notifications"
    return "Unassigned"


class Traffic(NamedTuple):
    source: str
    medium: str
    campaign: str
    sessions: int
    reported: Optional[str] = None  # GA4's channel column, when it differs from the reference (a rule changed)


# One dataset, every case the issue names. Sessions are what the exports below must add up to.
TRAFFIC: List[Traffic] = [
    Traffic("intercom", "email", "onboarding-series", 5200),
    Traffic("Intercom", "email", "onboarding-series", 410),  # case split (source)
    Traffic("intercom.com", "email", "onboarding-series", 96),  # domain-style source
    Traffic("intercom", "in-app", "feature-ai-assistant-june", 1240),  # Unassigned, no safe guess
    Traffic("newsletter", "newsletter", "weekly-digest", 830),  # Unassigned -> email; unknown campaign
    Traffic("linkedin", "paid_social", "q3-webinar", 3050),  # medium split with paid-social
    Traffic("linkedin", "paid-social", "q3-webinar", 512),
    Traffic("google", "cpc", "brand-search-2026", 9100),
    Traffic("Google", "cpc", "brand-search-2026", 35),
    Traffic("partner-site.com", "affiliates", "partners", 300),  # Unassigned -> affiliate
    Traffic("facebook", "social_media", "Summer-Launch", 700),  # Organic Social via source list
    Traffic("facebook", "social_media", "summer-launch", 90),  # campaign case split
    Traffic("(direct)", "(none)", "(direct)", 12000),
    Traffic("google", "organic", "(organic)", 20500),
    Traffic("(not set)", "(not set)", "(not set)", 250),  # (not set)
    Traffic("mailchimp", "(not set)", "newsletter-2026-06", 45),  # medium missing: Unassigned, add `email`
    Traffic("(other)", "(other)", "(other)", 610),  # GA4's row limit
    Traffic("test", "verify", "intercom-check", 3),  # the Intercom article's verification visit
    Traffic("chatgpt.com", "ai-assistant", "(ai-assistant)", 356, reported="AI Assistant"),  # GA4 sets these itself
    Traffic("x", "cpc", "hand-built-promo", 77, reported="Paid Social"),  # a rule GA4 changed (x not on the list)
]
REPO_SLUGS = {"onboarding-series", "q3-webinar", "brand-search-2026", "summer-launch", "feature-ai-assistant-june",
              "newsletter-2026-06", "black-friday-2026"}
SILENT = {"black-friday-2026"}
UNKNOWN = {"weekly-digest", "partners", "hand-built-promo"}  # Summer-Launch is a spelling of summer-launch
SPLITS = {("source", frozenset({"intercom", "Intercom", "intercom.com"})),
          ("source", frozenset({"google", "Google"})),
          ("medium", frozenset({"paid_social", "paid-social"})),
          ("campaign", frozenset({"Summer-Launch", "summer-launch"}))}


def expected(traffic: List[Traffic] = TRAFFIC) -> dict:
    """What the audit must say, computed here from the reference classifier."""
    channels: Dict[str, int] = {}
    unassigned: Dict[Tuple[str, str], int] = {}
    buckets = {"not_set": 0, "other": 0, "test": 0, "ga4_set": 0}
    for t in traffic:
        if "(other)" in (t.source, t.medium, t.campaign):
            buckets["other"] += t.sessions
        elif t.medium == "ai-assistant":
            buckets["ga4_set"] += t.sessions
        elif t.source == "test" or t.medium == "verify":
            buckets["test"] += t.sessions
        elif t.source == t.medium == "(not set)":  # one of them set: GA4 files the row by its channel rules
            buckets["not_set"] += t.sessions
        else:
            channel = reference_channel(t.source, t.medium, t.campaign)
            channels[channel] = channels.get(channel, 0) + t.sessions
            if channel == "Unassigned":
                unassigned[(t.source, t.medium)] = unassigned.get((t.source, t.medium), 0) + t.sessions
    total = sum(t.sessions for t in traffic)
    return {"sessions": total, "channels": channels, "unassigned": unassigned, "buckets": buckets,
            "unassigned_sessions": channels.get("Unassigned", 0)}


def write_repo(folder: Path, slugs=REPO_SLUGS) -> Path:
    """A sample campaign repo: a config and one campaign file per slug."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ".utmlint.yaml").write_text('include: ["campaigns/**/*.yaml"]\n', encoding="utf-8")
    for slug in sorted(slugs):
        path = folder / "campaigns" / f"{slug}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(f"""\
            campaign: {slug}
            source: intercom
            medium: email
            type: outbound
            links:
              - url: https://example.com/{slug}
                content: primary-cta
            """), encoding="utf-8")
    return folder


def _thousands(n: int) -> str:
    return f"{n:,}"


def write_ga4_csv(path: Path, traffic: List[Traffic] = TRAFFIC, *, combined: bool = True, channel_group: str = "",
                  custom: Optional[Dict[str, str]] = None, header_case=str, totals: bool = True,
                  second_table: bool = True) -> Path:
    """A GA4 Reports export: `#` comment block, blank line, header, Grand total row, thousands separators,
    then a second table after another `#` block (as GA4 writes when a report has a chart over time)."""
    lines = ["# ----------------------------------------", "# Traffic acquisition: Session source / medium",
             "# Account: Example", "# Property: example.com", "# ----------------------------------------",
             "# ", "# Start date: 20260101", "# End date: 20260630", ""]
    dims = ["Session source / medium"] if combined else ["Session source", "Session medium"]
    dims.append("Session campaign")
    if channel_group:
        dims.append(f"Session primary channel group ({channel_group})")
    headers = [header_case(h) for h in dims + ["Sessions", "Engaged sessions", "Key events", "Total revenue"]]
    rows = [headers]
    if totals:
        total = sum(t.sessions for t in traffic)
        rows.append(["Grand total"] + [""] * (len(dims) - 1) + [_thousands(total), "1", "2", "3.50"])
    for t in traffic:
        cells = [f"{t.source} / {t.medium}"] if combined else [t.source, t.medium]
        cells.append(t.campaign)
        if channel_group:
            channel = (custom or {}).get(t.source) or t.reported or reference_channel(t.source, t.medium, t.campaign)
            if t.source == "(not set)" or "(other)" == t.source:
                channel = "Unassigned"
            cells.append(channel)
        cells += [_thousands(t.sessions), _thousands(t.sessions // 2), "0", "1,234.50"]
        rows.append(cells)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("\n".join(lines) + "\n")
        csv.writer(handle, lineterminator="\n").writerows(rows)
        if second_table:
            handle.write("\n# ----------------------------------------\n# Nth day\n\nNth day,Sessions\n0000,99999\n")
    return path


def write_generic_csv(path: Path, traffic: List[Traffic] = TRAFFIC, delimiter: str = ",") -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\n")
        writer.writerow(["utm_source", "utm_medium", "utm_campaign", "utm_content", "sessions"])
        for t in traffic:
            writer.writerow([t.source, t.medium, t.campaign, "cta", t.sessions])
    return path


def write_leads_csv(path: Path, first: List[Traffic], last: List[Traffic]) -> Path:
    """A lead export (as a chat tool's contact hub writes it): one row per lead, first- and last-touch columns."""
    leads = []
    for touch in first:
        leads += [touch] * touch.sessions
    lasts = []
    for touch in last:
        lasts += [touch] * touch.sessions
    assert len(leads) == len(lasts)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["email", "first_touch_source / medium", "first_touch_campaign", "last_touch_source",
                         "last_touch_medium", "last_touch_campaign", "landing_page"])
        for i, (a, b) in enumerate(zip(leads, lasts)):
            writer.writerow([f"lead{i}@example.com", f"{a.source} / {a.medium}", a.campaign, b.source, b.medium,
                             b.campaign, "https://example.com/"])
    return path


def events_for(traffic: List[Traffic], *, seed: int = 7, last_click: bool = True, ints_as_text: bool = False):
    """GA4 BigQuery export events: each session 1-4 events; the session's values on every event's
    session_traffic_source_last_click and only on the first event's collected_traffic_source; traffic_source
    (the user's first visit) is a decoy that must never be counted."""
    rng = random.Random(seed)
    events = []
    session = 0
    for t in traffic:
        def value(x):
            return None if x == "(not set)" else x
        for _ in range(t.sessions):
            session += 1
            user = f"user{rng.randrange(10 ** 6)}.{rng.randrange(10 ** 6)}"
            ga_session_id = 1_700_000_000 + session
            for nth in range(rng.randint(1, 4)):
                params = [{"key": "page_location", "value": {"string_value": "https://example.com/", "int_value": None}},
                          {"key": "ga_session_id", "value": {"string_value": None,
                                                             "int_value": str(ga_session_id) if ints_as_text else ga_session_id}},
                          {"key": "engaged_session_event", "value": {"string_value": None, "int_value": 1}}]
                rng.shuffle(params)
                event = {
                    "event_date": "20260601", "event_timestamp": 1_780_000_000_000_000 + session * 1000 + nth,
                    "event_name": "session_start" if nth == 0 else "page_view", "event_params": params,
                    "user_pseudo_id": user,
                    "traffic_source": {"name": "decoy-first-visit", "medium": "decoy", "source": "decoy"},
                    "collected_traffic_source": {
                        "manual_source": value(t.source) if nth == 0 else None,
                        "manual_medium": value(t.medium) if nth == 0 else None,
                        "manual_campaign_name": value(t.campaign) if nth == 0 else None,
                        "manual_content": None, "manual_term": None, "gclid": None},
                }
                if last_click:
                    event["session_traffic_source_last_click"] = {"manual_campaign": {
                        "campaign_id": None, "campaign_name": value(t.campaign), "source": value(t.source),
                        "medium": value(t.medium), "term": None, "content": None}}
                events.append(event)
    rng.shuffle(events)
    return events


def write_ndjson(path: Path, events) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for event in events:
            handle.write(json.dumps(event) + "\n")
    return path


# The BigQuery export's types for the columns used (the GA4 schema: event_params is a repeated record,
# the traffic-source records are nested structs).
_TYPES = {
    "event_date": "VARCHAR", "event_timestamp": "BIGINT", "event_name": "VARCHAR",
    "event_params": "STRUCT(key VARCHAR, value STRUCT(string_value VARCHAR, int_value BIGINT, float_value DOUBLE, "
                    "double_value DOUBLE))[]",
    "user_pseudo_id": "VARCHAR",
    "traffic_source": "STRUCT(name VARCHAR, medium VARCHAR, source VARCHAR)",
    "collected_traffic_source": "STRUCT(manual_campaign_id VARCHAR, manual_campaign_name VARCHAR, manual_source VARCHAR, "
                                "manual_medium VARCHAR, manual_term VARCHAR, manual_content VARCHAR, "
                                "manual_source_platform VARCHAR, manual_creative_format VARCHAR, "
                                "manual_marketing_tactic VARCHAR, gclid VARCHAR, dclid VARCHAR, srsltid VARCHAR)",
    "session_traffic_source_last_click": "STRUCT(manual_campaign STRUCT(campaign_id VARCHAR, campaign_name VARCHAR, "
                                         "source VARCHAR, medium VARCHAR, term VARCHAR, content VARCHAR, "
                                         "source_platform VARCHAR, creative_format VARCHAR, marketing_tactic VARCHAR))",
}


def load_events_table(connection, events, table: str, last_click: bool = True, scratch: Optional[Path] = None) -> None:
    """CREATE TABLE `table` with the BigQuery export schema, filled with `events` (through a scratch NDJSON)."""
    import tempfile

    types = {k: v for k, v in _TYPES.items() if last_click or k != "session_traffic_source_last_click"}
    columns = "{" + ", ".join(f"'{k}': '{v}'" for k, v in types.items()) + "}"
    with tempfile.TemporaryDirectory(dir=scratch) as folder:
        ndjson = write_ndjson(Path(folder) / "events.ndjson", events)
        connection.execute(f"CREATE TABLE {table} AS SELECT * FROM read_json('{ndjson}', "
                           f"format = 'newline_delimited', columns = {columns})")


def write_parquet(path: Path, events, last_click: bool = True) -> Path:
    import duckdb

    connection = duckdb.connect()
    load_events_table(connection, events, "events", last_click, scratch=path.parent)
    connection.execute(f"COPY events TO '{path}' (FORMAT parquet)")
    connection.close()
    return path
