"""Self-contained HTML pages: `page.py` the shell and the one escaping helper every page uses (the audit's too),
`findings.py` the report of `lint`/`scan`/`check --format html`, `live.py` its live-check section,
`catalogue.py` the link catalogue of `render --format html`. Imported only when an HTML page is asked for."""
