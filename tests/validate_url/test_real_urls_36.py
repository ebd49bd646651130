"""A thirty-sixth, independent real-URL corpus (tests/data/real-urls-36): 63 URLs from 16 repositories that are in
none of the thirty-four other corpora, drawn by the kind of file: tracked links in front-end components and static
pages (React/Next.js footers, navbars, headers, hero and pricing buttons, a Vue/WordPress landing template, a static
HTML site's script), found with the code search on component-shaped queries and exact-string look-ups of
component-shaped tags (`utm_medium=footer`, `utm_medium=navbar`, `utm_source=landing`, then footer/nav/hero/cta
strings said plainly as beyond the brief's list), every one labelled blind (what a careful marketer should be told, by
Google's channel table) before utmlint was run on them, then every finding judged against that label.

Same shape and judge as corpora 3-35 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-36/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-36"
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 36) if (DATA / f"real-urls-{n}").is_dir())

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README).
FOUND_BY = {
    "medium-unassigned": {"medium-unassigned", "source-medium-swapped"},
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
    "utm-internal-link": {"utm-internal-link"},
    "value-case": {"value-case", "value-charset"},
    "value-charset": {"value-charset"},
    "copied-tracking": {"copied-tracking"},
    "utm-useless-destination": {"utm-useless-destination"},
    "source-fragmentation": {"source-fragmentation"},
}

# The figures at the commit that added the verdict rows: any change is a change of truth to review.
# Blind, on the code of main at 1c5ccb9 (session 42; no rule had seen these URLs; labels committed at 22:40 UTC before
# utmlint ran on them, in "corpus 36 (blind): ..."; placement_rows.py then wrote this corpus's placement-rows.tsv;
# file_facts.py wrote no row for its repositories): 5 of 62 findings wrong (8.1%). This is the figure to quote. The
# wrong: value advice on a therapist's links to her provider page on Headway, a marketplace (care.headway.co): on
# Headway's own direct-link tag set `utm_source=pem&utm_medium=direct_link&utm_campaign=<provider id>` (#41, told to
# write `utm_medium=link`: the platform's values) and, judgement calls, on her own tag sets for the same page, whose
# analytics are Headway's (#40 #42 #43, blind: utm-useless-destination); missing-utm-param on Andrew Mead's own tags
# for his course page in Formik's community resource list (#55, another party's values, session 40's ruling).
# /work/corpus36-notes.md and the README say what could tell each.
# fix36 (session 42): another author's work a list cites (scan.byline.cited_work_said: a list item's byline, `by
# [Andrew Mead](...)`, under a heading of others' writing, "Community Articles / Tutorials"): #55's missing-utm-param
# gone: 4 of 61. fix36: a template slot holding a string literal is the literal (scan.synthetic.literal_slots,
# `utm_medium=${'nao-treaqueado'}`): #3 #4 #7's medium-unassigned found (3 correct appended): 4 of 64. fix36: a key
# right before the slot that fills its value (`utm_source=utm_source=${...}`, values.pasted_key): #2 #6's value-charset
# found (2 correct appended): 4 of 66.
# over2d (session 44): a provider's profile on a care marketplace (rules/marketplace-pages.txt: `care.headway.co
# /providers/`) is the marketplace's page, read by its analytics, not by any GA4 property of hers, as a seller's page on
# Ozon is: no GA4 advice there (urls.marketplace_page): #40-#43's medium-unassigned gone: 0 of 62.
MEASURED_WRONG = 0
MEASURED_PAIRS = 62
# found/present per kind a rule owns, as measured blind (8 blind medium-unassigned rows withdrawn after the run, with
# their reason: Village for Her's campaign `shop_link` is GA4's shopping pattern, Organic Shopping, as
# medium-channel-intent says): a change either way is to be reviewed.
MEASURED_RECALL = {
    # #3 #4 #7 (formacao's fallback medium in a slot holding a string literal, `utm_medium=${'nao-treaqueado'}`, read
    # blind as a value filled at run time) found since fix36's literal_slots: 25 -> 28
    "medium-unassigned": (28, 28),
    "missing-utm-param": (7, 7),
    "utm-internal-link": (8, 8),
    # #59-#62: the capital of `utm_medium=inverfobiaV2`, whose medium-unassigned advice replaces the whole value
    "value-case": (6, 10),
    # #2 #6: `utm_source=utm_source=${searchParams.utm_source}`, the key pasted into its own value, in a template:
    # found since fix36's reading of a key right before a slot (0 -> 2)
    "value-charset": (2, 2),
    "copied-tracking": (2, 2),
    # #22: an Atlassian service-desk article; #40 #42 #43: a marketplace provider page (told medium-unassigned)
    "utm-useless-destination": (0, 4),
    # #20 #33 #63: one sender's two spellings of a source (`app`/`wapp`, `news`/`news.investwithraj.com`,
    # `landing-page`/`landing`)
    "source-fragmentation": (0, 3),
}

# Why issue 12's goals are not met yet on this corpus, None where they are: the goals' tests are strict xfails
# until then (labelled_corpus.corpus_tests).
WHY_OVER_TWO_PERCENT = None
WHY_UNDER_NINETY_PERCENT = ("value-case 6 of 10; utm-useless-destination 0 of 4; source-fragmentation 0 of 3")

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             # 63 URLs from 16 repositories, at most 8 of one: under the 300 issue 12 asks (README's first paragraph)
             origin=dict(min_urls=63, min_repos=16, per_repo=8))
