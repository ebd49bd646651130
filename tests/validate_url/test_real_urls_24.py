"""A twenty-fourth, independent real-URL corpus (tests/data/real-urls-24): 88 URLs from 18 repositories that are in
none of the twenty-three other corpora (newsletters' own issues and templates, AI-written digests that copy other
newsletters' links, a web digest, personal knowledge bases with ChatGPT clippings and vendored Obsidian plugins, a
saved copy of an MCP directory's page, a public-API list's and a resource list's sponsor links, a developer's sponsor
table, personal sites and a Jekyll theme), every one labelled blind (what a careful marketer should be told, by
Google's channel table) before utmlint was run on them, then every finding judged against that label.

Same shape and judge as corpora 3-23 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-24/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-24"
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 24) if (DATA / f"real-urls-{n}").is_dir())

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README).
FOUND_BY = {
    "copied-tracking": {"copied-tracking"},
    "medium-unassigned": {"medium-unassigned", "source-medium-swapped"},
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
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
             # 88 URLs from 18 repositories, at most 8 of one: under the 300 issue 12 asks (README's first paragraph)
             origin=dict(min_urls=88, min_repos=18, per_repo=8))
