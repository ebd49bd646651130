"""A forty-third, independent real-URL corpus (tests/data/real-urls-43): 57 URLs from 14 repositories that are in none
of the other corpora, drawn by the kind of file: text a tool prints or ships with its package (CLI printed text, an npm
postinstall script, an install script, Homebrew formulae and casks, setup.py/pyproject.toml project URLs, a code
generator's output, a self-hosted app's installer pages). The brief's code searches and exact-string look-ups gave one
new repository (ThumbGate's postinstall); the draw went on, said plainly as beyond the brief's list, with strings such
files write (`utm_medium=terminal`, `utm_source=homebrew`, `utm_source=cli&utm_medium`, `utm_medium=pypi`,
`utm_medium=installer`, `utm_source=brew`, `utm_medium=cli-`, ...). Every one labelled blind (what a careful marketer
should be told, by Google's channel table) before utmlint was run on them, then every finding judged against that label.

Same shape and judge as corpora 3-42 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-43/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-43"
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 43) if (DATA / f"real-urls-{n}").is_dir())

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README).
FOUND_BY = {
    "medium-unassigned": {"medium-unassigned", "source-medium-swapped"},
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
    "utm-useless-destination": {"utm-useless-destination"},
    "utm-internal-link": {"utm-internal-link"},
}

# The figures at the commit that added the verdict rows: any change is a change of truth to review.
MEASURED_WRONG = None  # not run yet: the labels are committed first (README "How they were labelled")
MEASURED_PAIRS = None
MEASURED_RECALL = None
WHY_OVER_TWO_PERCENT = None
WHY_UNDER_NINETY_PERCENT = None

if MEASURED_WRONG is not None:
    corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
                 measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
                 under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
                 # 57 URLs from 14 repositories, at most 8 of one: under the 300 issue 12 asks (README's first paragraph)
                 origin=dict(min_urls=57, min_repos=14, per_repo=8))
