"""A sixteenth, independent real-URL corpus (tests/data/real-urls-16): 64 URLs from 19 repositories that are in none
of the fifteen earlier corpora, read through the index because `fetch` was lost for the session (WordPress and
WooCommerce plugins' readmes and admin screens, a CLI's prompt, an Android app's launch URL, an extension's and a
notebook kit's READMEs), every one labelled blind (what a careful marketer should be told, by Google's channel table)
before utmlint was run on them, then every finding judged against that label.

Same shape and judge as corpora 3-15 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-16/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-16"
EARLIER = ("real-urls", "real-urls-2", "real-urls-3", "real-urls-4", "real-urls-5", "real-urls-6", "real-urls-7",
           "real-urls-8", "real-urls-9", "real-urls-10", "real-urls-11", "real-urls-12", "real-urls-13", "real-urls-14",
           "real-urls-15")

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README;
# utm-internal-link and utm-in-fragment, owned as in corpus 15, have no present row here).
FOUND_BY = {
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
    "medium-unassigned": {"medium-unassigned"},
    "copied-tracking": {"copied-tracking"},
    "value-case": {"value-case", "value-charset"},
    "utm-useless-destination": {"utm-useless-destination"},
}

# The figures at the commit that added the verdict rows: any change is a change of truth to review.
# Blind, on main at 3c37d6f (session 32, 16:46 UTC; no rule had seen these URLs; labels committed at 16:45 UTC before
# utmlint ran on them, in "corpus 16 (blind): 64 real tracked URLs ..."; no file-context row: no mirror exists for
# file_facts.py to read, and in the texts read no row is in a code comment, a vendored folder or a site's own pages):
# 1 of 60 findings wrong (1.7%). This is the figure to quote. The one wrong: #7, `medium-unassigned` completing the
# tags of a link to a product page on the WooCommerce.com marketplace (tags no report of the vendor reads).
# A labelling slip, withdrawn after the run (rows appended, README): the blind pass called 10 links with
# `utm_source=wordpress` / `wordpress.org` medium-unassigned; Google's source table lists both as social, so GA4 files
# them under Organic Social; source-overrides-medium says so (10, judged correct by hand).
# fix15 (session 32): Google Colab's, nbviewer's and Binder's notebook pages in rules/useless-destinations.txt: #1's
# "Open in Colab" button gets utm-useless-destination (correct): 1 of 61.
MEASURED_WRONG = 1
MEASURED_PAIRS = 61
# found/present per kind a rule owns, as measured blind: a change either way is to be reviewed.
MEASURED_RECALL = {
    "copied-tracking": (1, 1),
    "medium-unassigned": (36, 36),  # blind 36/46: the 10 withdrawn wordpress.org rows were the slip above
    "missing-utm-param": (1, 1),
    "utm-useless-destination": (2, 3),  # #7 a WooCommerce.com marketplace page; #1 (a Colab notebook) since fix15
    "value-case": (5, 9),  # #4 #6 #8 #10: a medium's capitals (`SMSWOO`, `ALPPRO`, `CBR`, `AST`) told only as unassigned
}

# Why issue 12's goals are not met yet on this corpus, None where they are: the goals' tests are strict xfails
# until then (labelled_corpus.corpus_tests). 1 of 60 findings wrong blind (1.7%): the 2% goal is met.
WHY_OVER_TWO_PERCENT = None
WHY_UNDER_NINETY_PERCENT = ("utm-useless-destination finds 2 of 3 (a WooCommerce.com marketplace product page), "
                            "value-case 5 of 9 (a medium's capitals are told only as an "
                            "unassigned medium: #4 #6 #8 #10)")

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             # 64 URLs from 19 repositories, at most 8 of one: far under the 300 asked, `fetch` was lost for the
             # session before the first repository arrived and the files were read one by one through the index (see
             # the README's first paragraph); `line` is 0 where only the lines holding tracked URLs were copied out
             origin=dict(min_urls=60, min_repos=18, per_repo=8))
