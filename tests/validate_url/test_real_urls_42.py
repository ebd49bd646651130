"""A forty-second, independent real-URL corpus (tests/data/real-urls-42): 78 URLs from 15 repositories that are in none
of the other corpora, drawn by the kind of file: text the product shows. The brief's localisation and string files,
notification and tour configs gave no hit with a tracked link (its six code searches and six exact-string look-ups,
`utm_medium=in-app`, `utm_source=app&utm_medium`, `utm_medium=extension`, `utm_source=chrome-extension`,
`utm_campaign=upgrade`, `utm_medium=notification`); the draw went on, said plainly as beyond the brief's list, with
forms in-app announcements and store listings write (`utm_medium=crosspromo`, `utm_medium=whatsnew`,
`utm_source=vscode-marketplace`, `utm_source=chrome-web-store`, `utm_source=wordpress.org`, `utm_source=wporg`,
`utm_medium=wporg`, `utm_source=wordpressorg`, `utm_medium=plugin-directory`): a game's in-game event, extensions'
screens and Marketplace/Web Store listings, and wordpress.org plugin listings (10 of the 15 are WordPress plugins).
Every one labelled blind (what a careful marketer should be told, by Google's channel table) before utmlint was run on
them, then every finding judged against that label.

Same shape and judge as corpora 3-40 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-42/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-42"
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 42) if (DATA / f"real-urls-{n}").is_dir())

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README).
FOUND_BY = {
    "medium-unassigned": {"medium-unassigned", "source-medium-swapped"},
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
    "source-overrides-medium": {"source-overrides-medium", "medium-channel-intent"},
    "value-case": {"value-case", "value-charset"},
    "medium-channel-intent": {"medium-channel-intent", "source-overrides-medium"},
}

# The figures at the commit that added the verdict rows: any change is a change of truth to review.
# Blind, on the code of main at f7aaec8 (session 44; no rule had seen these URLs; labels committed at 04:06 UTC before
# utmlint ran on them, in "corpus 42 (blind): ..."; file_facts.py and placement_rows.py then wrote its rows: AB Split
# Test's elided comment as a comment row, the text around each link): 4 of 79 findings wrong (5.1%). This is the
# figure to quote. The wrong: AB Split Test Lite's help text for its URL-query targeting (bt-bb-ab.php's echoed
# `<div class="target-example">`: `Example matching values: ?utm_source ?utm_source=anything ?utm_source=somethingelse`,
# `... Example matching values: ?utm_source=fb`), query strings written as examples of what a visitor's URL may hold,
# read as links: missing-utm-param on #34 #36 #37 (3) and source-domain-style on #34's `fb` (1).
# fix4142 (session 44): a query written alone after example words is an example in a sentence, no link
# (scan.examples.example_query; the line stated in tests/data/row-lines.tsv from the mirror): #34 #36 #37's 4 wrong
# gone, no correct one: 0 of 75.
MEASURED_WRONG = 0
MEASURED_PAIRS = 75
# found/present per kind a rule owns, as measured blind: a change either way is to be reviewed.
MEASURED_RECALL = {
    # #18 #19: Redirect Inspector's credit to its maker's own site (`sponsor.href = 'https://301.st/?utm_source=
    # redirect-inspector&utm_medium=extension...'` in the popup, `class="welcome__sponsor"` on the welcome page), read as
    # a sponsor's placement (no value advice): the extension's maker, not a sponsor
    "medium-unassigned": (40, 42),
    # #74 not counted: Permalink Manager's translation template (languages/permalink-manager.pot, `msgid
    # "https://permalinkmanager.pro?utm_source=plugin"`), a file kind scan does not read (unread, not judged)
    "missing-utm-param": (10, 10),
    "source-overrides-medium": (19, 19),
    "value-case": (2, 2),
    # #39: Datafeedr's e-mail notice body (`$params['message'] .= "<p><a href=\"" . dfrapi_user_pages('change') .
    # "?utm_source=email&utm_medium=link&utm_campaign=..."`): medium `link` is Referral's, tested before Email; nothing told
    "medium-channel-intent": (0, 1),
}

# Why issue 12's goals are not met yet on this corpus, None where they are: the goals' tests are strict xfails
# until then (labelled_corpus.corpus_tests).
# 4 of 79 blind (AB Split Test Lite's help text's example query strings read as links): 0 of 75 since fix4142
WHY_OVER_TWO_PERCENT = None
WHY_UNDER_NINETY_PERCENT = ("medium-channel-intent 0 of 1 (an e-mail body's link tagged `utm_source=email&utm_medium="
                            "link`: Referral before Email, nothing told)")

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             # 78 URLs from 15 repositories, at most 8 of one: under the 300 issue 12 asks (README's first paragraph)
             origin=dict(min_urls=78, min_repos=15, per_repo=8))
