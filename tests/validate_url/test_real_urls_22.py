"""A twenty-second, independent real-URL corpus (tests/data/real-urls-22): 61 URLs from 20 repositories that are in
none of the twenty-one other corpora (browser extensions and new-tab pages, apps that credit the Unsplash API,
embeddable widgets, e-mail templates and saved copies of newsletters, a library's sponsors pages, vendors' docs and
notebooks, a WordPress plugin's mirror, app-install links), every one labelled blind (what a careful marketer should
be told, by Google's channel table) before utmlint was run on them, then every finding judged against that label.

Same shape and judge as corpora 3-21 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-22/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-22"
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 22) if (DATA / f"real-urls-{n}").is_dir())

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README).
FOUND_BY = {
    "medium-unassigned": {"medium-unassigned"},
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
    "copied-tracking": {"copied-tracking"},
    "value-case": {"value-case", "value-charset"},
    "utm-placeholder-unfilled": {"utm-placeholder-unfilled"},
    "url-second-question-mark": {"url-second-question-mark"},
    "value-charset": {"value-charset"},
}

# Measured blind after the labels' commit (filled in by the measuring commit).
MEASURED_WRONG = None
MEASURED_PAIRS = None
MEASURED_RECALL = None
WHY_OVER_TWO_PERCENT = None
WHY_UNDER_NINETY_PERCENT = None

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             # 61 URLs from 20 repositories, at most 8 of one: under the 150 asked (README's first paragraph)
             origin=dict(min_urls=61, min_repos=20, per_repo=8))
