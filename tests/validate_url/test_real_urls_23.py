"""A twenty-third, independent real-URL corpus (tests/data/real-urls-23): 92 URLs from 20 repositories that are in
none of the twenty-two other corpora (a Terraform vendor's generated module READMEs, OSS READMEs and docs with
sponsor links, a SaaS company's marketing site and app landing pages, another's site and README marketing notes, an
agency's blogging wiki, a personal link shortener's redirect map, a YOURLS plugin, a UTM builder, a Chrome extension,
a FUNDING file), every one labelled blind (what a careful marketer should be told, by Google's channel table) before
utmlint was run on them, then every finding judged against that label.

Same shape and judge as corpora 3-22 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-23/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-23"
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 23) if (DATA / f"real-urls-{n}").is_dir())

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README).
FOUND_BY = {
    "medium-unassigned": {"medium-unassigned", "source-medium-swapped"},
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
    "value-case": {"value-case", "value-charset"},
    "utm-internal-link": {"utm-internal-link"},
    "utm-key-unknown": {"utm-key-unknown"},
    "utm-useless-destination": {"utm-useless-destination"},
    "source-overrides-medium": {"source-overrides-medium", "medium-channel-intent"},
    "source-fragmentation": {"source-fragmentation", "value-charset", "value-separator"},
    "source-medium-swapped": {"source-medium-swapped"},
    "medium-channel-intent": {"medium-channel-intent", "platform-medium-mismatch"},
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
             # 92 URLs from 20 repositories, at most 8 of one: under the 300 issue 12 asks (README's first paragraph)
             origin=dict(min_urls=92, min_repos=20, per_repo=8))
