"""A thirty-second, independent real-URL corpus (tests/data/real-urls-32): 39 URLs from 10 repositories that are in
none of the thirty-one other corpora, drawn by the kind of file the links live in: e-mail templates (transactional and
marketing mail: mailer views, mail builders, e-mail UTM guides), found with the code search's queries and exact-string
look-ups of e-mail tags (`utm_medium=email&`, `utm_medium=transactional`, `utm_source=welcome_email`...), taking the
hits in the order returned; every one labelled blind (what a careful marketer should be told, by Google's channel
table) before utmlint was run on them, then every finding judged against that label.

Same shape and judge as corpora 3-31 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-32/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-32"
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 32) if (DATA / f"real-urls-{n}").is_dir())

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README).
FOUND_BY = {
    "medium-unassigned": {"medium-unassigned", "source-medium-swapped"},
    "missing-utm-param": {"missing-utm-param"},
}

# The figures at the commit that added the verdict rows: any change is a change of truth to review.
# Blind, on the code of main at 7256db8 (session 41; c8787ba changed labels only; no rule had seen these URLs; labels
# committed at 20:06 UTC in 41d4288 before utmlint's findings on them were seen; file_facts.py wrote no row for these
# repositories): 6 of 25 findings wrong (24.0%). This is the figure to quote. The wrong: missing-utm-param on URLs cut
# at a raw space inside an href's query (Restyaboard's `utm_source=Restyaboard - <%- SITE_NAME %>&utm_medium=web...`,
# #34 #37: 2), where medium and campaign follow the space; value advice on a partner's referral tag (PitchGrid's docs
# linking the Exquis controller's page with `utm_source=VCVplugin`, #7: missing-utm-param and value-case, 2; session
# 40's ruling; judgement call: 4 of 25 if the tag is PitchGrid's own); value-case reading a JavaScript string
# concatenation (`'...Restyaboard -' + SITE_NAME + '&...'`) as the value (#32: 1); medium-channel-intent on the second
# half of a link wrapped over two Markdown lines (`[tweet_id_short]&utm_medium=organic`, its `utm_source=twitter` on
# the line above: Organic Social, told to write `referral`, #10: 1). /work/corpus32-notes.md and the README say what
# could tell each.
# fix32 (session 41): 2 of 32. scan reads an href to its closing quote through a template's slot (`<%- SITE_NAME %>`,
# #34 #35 #37) and in a `.sql` dump's stored mail (#33 #36): the medium and campaign after the raw space are read
# (missing-utm-param gone, medium-unassigned found; 10 correct verdict rows appended: url-insecure, url-invalid,
# value-case, medium-unassigned on the whole links); the JavaScript concatenation (`' + SITE_NAME + '`, #32) is a slot
# the value rules keep as written (value-case now advises `restyaboard-' + SITE_NAME + '`: re-judged correct in an
# appended row, wrong if the code is respelled again); the link wrapped over two Markdown lines is read whole (#10:
# `twitter/organic`, Organic Social, nothing told). Left: #7's partner referral tag (2, a judgement call).
MEASURED_WRONG = 2
MEASURED_PAIRS = 32
# found/present per kind a rule owns, as measured blind: a change either way is to be reviewed.
MEASURED_RECALL = {
    # #34 #37, blind: Restyaboard's links cut at the raw space inside `utm_source=Restyaboard - <%- SITE_NAME %>`:
    # the `utm_medium=web` after the space not read (5 of 7); read since fix32 (session 41)
    "medium-unassigned": (7, 7),
    "missing-utm-param": (4, 4),
}

# Why issue 12's goals are not met yet on this corpus, None where they are: the goals' tests are strict xfails
# until then (labelled_corpus.corpus_tests).
WHY_OVER_TWO_PERCENT = ("2 of 32 findings wrong (6 of 25 blind): value advice on a partner's referral tag "
                        "(PitchGrid's docs linking the Exquis controller's page with `utm_source=VCVplugin`, #7), a "
                        "judgement call under session 40's ruling")
# medium-unassigned 5 of 7 blind (two Restyaboard links cut at the raw space in their source), 7 of 7 since fix32
WHY_UNDER_NINETY_PERCENT = None

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             # 39 URLs from 10 repositories, at most 8 of one: under the 300 issue 12 asks (README's first paragraph)
             origin=dict(min_urls=39, min_repos=10, per_repo=8))
