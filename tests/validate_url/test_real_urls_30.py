"""A thirtieth, independent real-URL corpus (tests/data/real-urls-30): 51 URLs from 13 repositories that are in none
of the earlier corpora (1-28), drawn from marketing websites, company sites and the products they sell (half by the
links themselves: exact-string look-ups of placement tags, `utm_medium=website`, `utm_source=site`, `utm_medium=nav`...,
taking the hits in the order returned; half by code-search queries for sites' configs, footers, navbars, landing pages
and pricing pages written down before any fetch), every one labelled blind (what a careful marketer should be told, by
Google's channel table) before utmlint was run on them, then every finding judged against that label.

Same shape and judge as corpora 3-28 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-30/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-30"
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 29) if (DATA / f"real-urls-{n}").is_dir())

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README).
FOUND_BY = {
    "medium-unassigned": {"medium-unassigned", "source-medium-swapped"},
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
    "utm-internal-link": {"utm-internal-link"},
    "utm-useless-destination": {"utm-useless-destination"},
}

# The figures at the commit that added the verdict rows: any change is a change of truth to review.
MEASURED_WRONG = None
MEASURED_PAIRS = None
MEASURED_RECALL = None
WHY_OVER_TWO_PERCENT = None
WHY_UNDER_NINETY_PERCENT = None

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             # 51 URLs from 13 repositories, at most 8 of one: under the 300 issue 12 asks (README's first paragraph)
             origin=dict(min_urls=51, min_repos=13, per_repo=8))
