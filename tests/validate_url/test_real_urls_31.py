"""A thirty-first, independent real-URL corpus (tests/data/real-urls-31): 65 URLs from 16 repositories that are in
none of the thirty other corpora, drawn by the links themselves (exact-string look-ups of campaign and content values
teams write, `utm_campaign=newsletter`, `utm_campaign=webinar`, `utm_content=cta`, `utm_term=`, `utm_id=`..., taking
the hits in the order returned, then `utm_campaign=docs` and `utm_content=link`, said plainly as beyond the brief's
list), every one labelled blind (what a careful marketer should be told, by Google's channel table) before utmlint was
run on them, then every finding judged against that label.

Same shape and judge as corpora 3-30 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-31/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-31"
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 31) if (DATA / f"real-urls-{n}").is_dir())

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README).
FOUND_BY = {
    "medium-unassigned": {"medium-unassigned", "source-medium-swapped"},
    "utm-internal-link": {"utm-internal-link"},
}

# The figures at the commit that added the verdict rows: any change is a change of truth to review.
# Blind, on the code of main at ca34490 (session 40; no rule had seen these URLs; labels committed at 17:14 UTC before
# utmlint's findings on them were seen, in "corpus 31 (blind): ..."; file_facts.py then wrote its rows for these
# repositories): 7 of 42 findings wrong (16.7%). This is the figure to quote. The wrong: medium-unassigned on Stripe
# Payment Links (`buy.stripe.com`/`book.stripe.com` with `client_reference_id`, OpenClaw's offer buttons, #56 #58 #60
# #61: 4), where no GA4 property sees the visit (judgement call: 3 of 42 if the channel advice is counted harmless);
# medium-unassigned on links inside the same app (3DStreet's generator to its editor on `${window.location.origin}/`,
# #30 #35: 2), where the tags should go; medium-unassigned on a medium a team's UTM policy routes by its own custom
# channel group (Knightica's `outreach`, #16: 1; its `qr`, #20, is told to keep `qr` and add a group: correct).
# /work/corpus31-notes.md and the README say what could tell each.
# 3 of 42 (7.1%) after the lead re-judged #56 #58 #60 #61 from Stripe's documentation (session 40: a payment link's utm
# codes are passed to the redirect page after payment, where the site's GA4 reads them; appended rows, README).
# 1 of 42 (2.4%) with fix31's page origin (session 40: a URL opening with `${window.location.origin}` in a script is the
# relative link it stands for, so #30 #35 are utm-internal-link's, as labelled blind; 2 wrong gone, 2 found).
MEASURED_WRONG = 1
MEASURED_PAIRS = 42
# found/present per kind a rule owns, as measured blind: a change either way is to be reviewed.
MEASURED_RECALL = {
    # #54 #59: the tag OpenClaw's reply drafts tell the drafter to add, written inside the draft's `<!-- ... -->`
    # instructions (read as a comment, and the draft as a copy of the GitHub issue it answers)
    "medium-unassigned": (27, 29),
    # #30 #35: 3DStreet's generator linking its editor on `${window.location.origin}/`: told medium-unassigned blind
    # (0 of 2); both found since fix31's page origin (a URL opening with the page's own origin is a relative link)
    "utm-internal-link": (2, 2),
}

# Why issue 12's goals are not met yet on this corpus, None where they are: the goals' tests are strict xfails
# until then (labelled_corpus.corpus_tests).
WHY_OVER_TWO_PERCENT = ("1 of 42 findings wrong (7 of 42 blind, before Stripe's documentation settled 4 and fix31's "
                        "page origin 2): medium-unassigned on a medium a team's policy routes by its own custom channel "
                        "group (1)")
# utm-internal-link 0 of 2 blind (a link built on `${window.location.origin}/` told medium-unassigned); 2 of 2 since
# fix31's page origin
WHY_UNDER_NINETY_PERCENT = None

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             # 65 URLs from 16 repositories, at most 8 of one: under the 300 issue 12 asks (README's first paragraph)
             origin=dict(min_urls=65, min_repos=16, per_repo=8))
