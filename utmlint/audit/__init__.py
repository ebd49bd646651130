"""`utmlint audit`: hold an analytics export (GA4 CSV, a generic or lead CSV, GA4's BigQuery export) against
the rules and the campaign repo.

inputs.py finds what a file is and how to read it; sql.py writes the aggregation as SQL (DuckDB runs it here,
BigQuery where the data lives) with channel_sql.py's CASE generated from rules/ga4/; aggregate.py runs DuckDB
and returns one row per distinct value combination; analysis.py turns those rows into the report model of
report.py (channels by channels.py, splits by the repo-wide rules' grouping, campaigns from the repo of
campaigns.py); formats/ writes it as text, JSON, Markdown or one self-contained HTML page.
DuckDB is imported only by aggregate.py, so nothing here costs `utmlint lint` anything.
"""
