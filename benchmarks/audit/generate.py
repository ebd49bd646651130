"""Generated exports for the audit benchmark: a GA4 BigQuery-shaped Parquet file of N events and a GA4
Reports CSV of M rows (Date x Session source / medium x Session campaign), both with the mess real exports
have: case and domain-style spellings, Unassigned mediums, (not set), (other), test rows.

    python benchmarks/audit/generate.py OUTDIR [--events 1000000] [--csv-rows 100000] [--seed 0]

The Parquet file is written by DuckDB from SQL (fast, and the nested types are the export's), the CSV by
Python's csv module.
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

SOURCES = ["google", "Google", "facebook", "fb", "instagram", "linkedin", "LinkedIn", "linkedin.com", "intercom",
           "Intercom", "intercom.com", "mailchimp", "newsletter", "bing", "youtube", "tiktok", "x", "reddit",
           "partner-site.com", "hubspot", "customerio", "(direct)", "(not set)", "test", "sms", "firebase"]
MEDIUMS = ["cpc", "paid_social", "paid-social", "email", "Email", "e-mail", "social", "organic", "referral",
           "in-app", "newsletter", "affiliates", "affiliate", "push", "sms", "display", "cpm", "video", "(none)",
           "(not set)", "verify", "social_media", "banner", "ppc"]


def campaigns(rng: random.Random, n: int = 300):
    words = ["spring", "summer", "autumn", "winter", "launch", "webinar", "onboarding", "digest", "promo", "sale",
             "feature", "retention", "winback", "brand", "search", "trial", "upgrade", "series"]
    out = []
    for i in range(n):
        slug = f"{rng.choice(words)}-{rng.choice(words)}-{2024 + i % 3}"
        out.append(slug.title() if i % 17 == 0 else slug.replace("-", "_") if i % 23 == 0 else slug)
    return out + ["(not set)", "(direct)", "(organic)", "(other)"]


def write_parquet(path: Path, events: int, seed: int) -> None:
    import duckdb

    rng = random.Random(seed)
    names = campaigns(rng)

    def sql_list(values):
        return "[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"

    # Each campaign has its own source and medium (as a campaign file defines them); one session in ten
    # arrives with another pair (a copied link, a hand-built one), which is the mess an audit finds.
    home_sources = [1 + int(rng.random() ** 2 * len(SOURCES)) for _ in names]
    home_mediums = [1 + int(rng.random() ** 2 * len(MEDIUMS)) for _ in names]

    def sql_ints(values):
        return "[" + ", ".join(str(v) for v in values) + "]"

    connection = duckdb.connect()
    connection.execute(f"SELECT setseed({(seed % 1000) / 1000})")
    # ~4 events a session; a session's values are drawn once (skewed to the first entries) and repeated on
    # every event's session_traffic_source_last_click; collected_traffic_source only on its first event.
    connection.execute(f"""
        COPY (
          WITH e AS (
            SELECT i, i // 4 AS session,
                   {sql_list(SOURCES)} AS sources, {sql_list(MEDIUMS)} AS mediums, {sql_list(names)} AS names
            FROM range({events}) t(i)
          ), s AS (
            SELECT *, (hash(session) % 1000000007)::BIGINT AS h FROM e
          ), v AS (
            SELECT *, CASE WHEN h % 10 = 0 THEN 1 + floor(pow((h % 1000) / 1000.0, 2) * 26)::BIGINT
                           ELSE {sql_ints(home_sources)}[ci] END AS si,
                      CASE WHEN h % 10 = 0 THEN 1 + floor(pow(((h // 1000) % 1000) / 1000.0, 2) * 24)::BIGINT
                           ELSE {sql_ints(home_mediums)}[ci] END AS mi
            FROM (SELECT *, 1 + floor(pow(((h // 1000000) % 1000) / 1000.0, 1.5) * {len(names)})::BIGINT AS ci FROM s)
          )
          SELECT
            '2026060' || (session % 7 + 1)::VARCHAR AS event_date,
            1780000000000000 + i AS event_timestamp,
            CASE WHEN i % 4 = 0 THEN 'session_start' ELSE 'page_view' END AS event_name,
            [{{'key': 'page_location', 'value': {{'string_value': 'https://example.com/p' || (i % 50)::VARCHAR,
                                                 'int_value': NULL::BIGINT, 'float_value': NULL::DOUBLE, 'double_value': NULL::DOUBLE}}}},
             {{'key': 'ga_session_id', 'value': {{'string_value': NULL::VARCHAR, 'int_value': (1700000000 + session)::BIGINT,
                                                 'float_value': NULL::DOUBLE, 'double_value': NULL::DOUBLE}}}},
             {{'key': 'engaged_session_event', 'value': {{'string_value': NULL::VARCHAR, 'int_value': 1::BIGINT,
                                                         'float_value': NULL::DOUBLE, 'double_value': NULL::DOUBLE}}}}]
              AS event_params,
            'user' || (session // 3)::VARCHAR AS user_pseudo_id,
            {{'name': 'first-visit', 'medium': 'organic', 'source': 'google'}} AS traffic_source,
            CASE WHEN i % 4 = 0 THEN {{'manual_source': sources[si], 'manual_medium': mediums[mi],
                                       'manual_campaign_name': names[ci]}}
                 ELSE {{'manual_source': NULL::VARCHAR, 'manual_medium': NULL::VARCHAR, 'manual_campaign_name': NULL::VARCHAR}}
            END AS collected_traffic_source,
            {{'manual_campaign': {{'campaign_id': NULL::VARCHAR, 'campaign_name': names[ci],
                                  'source': sources[si], 'medium': mediums[mi],
                                  'term': NULL::VARCHAR, 'content': NULL::VARCHAR}}}} AS session_traffic_source_last_click
          FROM v
        ) TO '{path}' (FORMAT parquet)
    """)


def write_ga4_csv(path: Path, rows: int, seed: int) -> None:
    rng = random.Random(seed)
    names = campaigns(rng)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        handle.write("# ----------------------------------------\n# Traffic acquisition: Session source / medium\n"
                     "# Account: Example\n# Property: example.com\n# ----------------------------------------\n"
                     "# \n# Start date: 20250101\n# End date: 20260630\n\n")
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["Date", "Session source / medium", "Session campaign",
                         "Session primary channel group (Default Channel Group)", "Sessions", "Engaged sessions",
                         "Key events", "Total revenue"])
        homes = {name: (rng.choice(SOURCES[: 1 + int(rng.random() ** 2 * len(SOURCES))]),
                        rng.choice(MEDIUMS[: 1 + int(rng.random() ** 2 * len(MEDIUMS))])) for name in names}
        for i in range(rows):
            campaign = names[int(rng.random() ** 1.5 * len(names))]
            source, medium = homes[campaign]
            if rng.random() < 0.1:  # a copied or hand-built link
                source = rng.choice(SOURCES[: 1 + int(rng.random() ** 2 * len(SOURCES))])
                medium = rng.choice(MEDIUMS[: 1 + int(rng.random() ** 2 * len(MEDIUMS))])
            sessions = int(rng.paretovariate(1.2) * 3)
            writer.writerow([f"2025{1 + i % 12:02d}{1 + i % 28:02d}", f"{source} / {medium}", campaign,
                             "Email" if medium == "email" else "Unassigned", f"{sessions:,}",
                             f"{sessions // 2:,}", str(sessions // 9), f"{sessions * 1.5:,.2f}"])
        writer.writerow([])
        handle.write("# ----------------------------------------\n# Nth day\n\nNth day,Sessions\n0000,12\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("outdir")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--csv-rows", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    write_parquet(out / "events.parquet", args.events, args.seed)
    write_ga4_csv(out / "ga4.csv", args.csv_rows, args.seed)
    print(f"wrote {out / 'events.parquet'} ({args.events:,} events) and {out / 'ga4.csv'} ({args.csv_rows:,} rows)")


if __name__ == "__main__":
    main()
