"""A twenty-ninth, independent real-URL corpus (tests/data/real-urls-29): 78 URLs from 19 repositories that are in
none of the twenty-eight other corpora, drawn by the links themselves (exact-string look-ups of tag strings corpora
25-28 did not use, `utm_medium=footer`, `utm_source=homepage`, `utm_medium=link`..., taking the hits in the order
returned, then `utm_medium=plugin`, said plainly as beyond the brief's list), every one labelled blind (what a careful
marketer should be told, by Google's channel table) before utmlint was run on them, then every finding judged against
that label.

Same shape and judge as corpora 3-28 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-29/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-29"
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 29) if (DATA / f"real-urls-{n}").is_dir())

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README).
FOUND_BY = {
    "copied-tracking": {"copied-tracking"},
    "medium-unassigned": {"medium-unassigned", "source-medium-swapped"},
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
    "source-fragmentation": {"source-fragmentation", "value-charset", "value-separator"},
    "source-overrides-medium": {"source-overrides-medium"},
    "utm-in-fragment": {"utm-in-fragment", "url-fragment-order"},
    "utm-useless-destination": {"utm-useless-destination"},
}

# BLIND-RUN: the figures are written after the one judged run (README "The blind measurement").
MEASURED_WRONG = None
MEASURED_PAIRS = None
MEASURED_RECALL = None
WHY_OVER_TWO_PERCENT = None
WHY_UNDER_NINETY_PERCENT = None

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             # 78 URLs from 19 repositories, at most 8 of one: under the 300 issue 12 asks (README's first paragraph)
             origin=dict(min_urls=78, min_repos=19, per_repo=8))
