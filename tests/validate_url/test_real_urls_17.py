"""A seventeenth, independent real-URL corpus (tests/data/real-urls-17): 22 URLs from 6 repositories that are in none of
the sixteen earlier corpora (nor corpus 16's list), from senders the earlier ones under-sampled (documentation of data
and SaaS products, a developer advocate's talk pages, a conference build session), every one labelled blind (what a
careful marketer should be told, by Google's channel table) before utmlint was run on them, then every finding judged
against that label. Small, said plainly: the `fetch` tool was gone for session 32 and the files were read one at a
time from the stored index (README.md's first paragraph).

Same shape and judge as corpora 3-15 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-17/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-17"
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 16))

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README).
FOUND_BY = {
    "medium-unassigned": {"medium-unassigned"},
    "value-case": {"value-case", "value-charset"},
    "utm-internal-link": {"utm-internal-link"},
}

# The figures at the commit that added the verdict rows: any change is a change of truth to review.
# Blind, on main at 3c37d6f (session 32, 16:48 UTC; no rule had seen these URLs; labels committed at 16:48 UTC before
# utmlint ran on them, in "corpus 17 (blind): 22 real tracked URLs ..."; file_facts.py run just before: no mirror, so
# no file context for these rows): 2 of 22 findings wrong (9.1%). This is the figure to quote.
# fix15 (session 32): tags whose other values hold two words of the repository's own name are written for it
# (tracking.copied_owner._written_for_repository: `signallondon2023` in nokenwa/twilio-signal-london-23-build-projects),
# not twilio.com's own copied: #9's copied-tracking goes (1 wrong), its medium-unassigned and value-case come (2
# correct): 1 of 23.
# fixB (session 33): a VitePress config's `base: "/docs"` with no host says the site is a path of its owner's site
# (identity.path_base; tests/data/site-hosts.tsv by file_facts.py from the fetched mirror), and a site generator's
# config is a page (its header links are on every page): #18's link to merginmaps.com is internal (utm-internal-link,
# correct), its wrong medium-unassigned gone; #19's app.merginmaps.com, another host, keeps medium-unassigned: 0 of 23.
MEASURED_WRONG = 0
MEASURED_PAIRS = 23
# found/present per kind a rule owns, as measured blind: a change either way is to be reviewed.
MEASURED_RECALL = {
    # blind 17/21; after the run, #12 #14 #17 withdrawn as a labelling slip (`utm_source=meetup` is in Google's social
    # list: Organic Social, not Unassigned): 17/18. #9 was told only as copied-tracking (wrong); fix15: 18/18.
    "medium-unassigned": (18, 18),
    "value-case": (2, 2),  # fix15: #9's capitals, once told only as copied-tracking
    "utm-internal-link": (1, 1),  # #18: Mergin Maps' docs (merginmaps.com/docs) linking merginmaps.com (fixB)
}

# Why issue 12's goals are not met yet on this corpus, None where they are: the goals' tests are strict xfails
# until then (labelled_corpus.corpus_tests).
# Met since fixB (session 33): 0 of 23, every owned kind at 90% or more. Blind: 2 of 22 findings wrong (9.1%): a
# conference build session's own event tags called copied from twilio.com (#9, fixed by fix15), a docs site's header
# link to its own home page given another medium instead of dropped (#18, fixed by fixB); utm-internal-link 0 of 1
# blind; see tests/data/real-urls-17/README.md
WHY_OVER_TWO_PERCENT = None
WHY_UNDER_NINETY_PERCENT = None

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             # 22 URLs from 6 repositories, at most 8 of one: far under the 300 asked, read from the stored index
             # without mirrors (see the README's first paragraph)
             origin=dict(min_urls=22, min_repos=6, per_repo=8))
