"""A twenty-seventh, independent real-URL corpus (tests/data/real-urls-27): 84 URLs from 15 repositories that are in
none of the twenty-six other corpora, drawn by the links themselves (exact-string look-ups of tag strings corpora 25
and 26 did not use, `utm_medium=paid`, `utm_source=slack`, `utm_source=discord`..., taking the hits in the order
returned, then four more strings said plainly as beyond the brief's list), every one labelled blind (what a careful
marketer should be told, by Google's channel table) before utmlint was run on them, then every finding judged against
that label.

Same shape and judge as corpora 3-26 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-27/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-27"
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 27) if (DATA / f"real-urls-{n}").is_dir())

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README).
FOUND_BY = {
    "medium-channel-intent": {"medium-channel-intent"},
    "medium-unassigned": {"medium-unassigned", "source-medium-swapped"},
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
    "utm-in-fragment": {"utm-in-fragment", "url-fragment-order"},
    "utm-internal-link": {"utm-internal-link"},
    "utm-useless-destination": {"utm-useless-destination"},
}

# The figures at the commit that added the verdict rows: any change is a change of truth to review.
# Blind, on the code of main at 03d474d (session 39; no rule had seen these URLs; labels committed at 14:08 UTC before
# utmlint ran on them, in "corpus 27 (blind): ..."; file_facts.py then wrote its rows for these repositories, and the
# lines of its 7 relative Markdown rows went into row-lines.tsv): 22 of 86 findings wrong (25.6%). This is the figure
# to quote. The wrong: advice on tags of an internal link the site's host does not show from the file (16: the
# MechatronicStore blog, served at www.mechatronicstore.cl/blog/ by a reverse proxy, links the store's products on
# the same host from its posts' content snapshot, `data/content-snapshots/*.json`: medium-unassigned and value-case
# on `utm_medium=tutorial`/`utm_content=C-411`, 8 + 8; and Hi.Events' not-found button, shown only on *.hi.events,
# told to complete its tags: 1); a link built by concatenation read cut at its first `" + version + "` (ImageGlass's
# `"...?utm_source=app_" + version + "&utm_medium=app_click..."`, told missing-utm-param: 1); value advice on a
# Patreon page no owner's report reads (1) and on a sponsor's own tags (Zalando's jobs link on Typelevel's summit
# page: 1); a test case in a test runner at the repository's root (`test-all.mjs`, 1); copied-tracking on a team's
# own tags for its own Reddit post to its own GitHub repository (the action harmless, the reading false: 1).
# /work/corpus27-notes.md and the README say what could tell each.
# 21 of 86 with fix27b's value expression between two literals (session 39: ImageGlass's homepage link read
# `?utm_source=app_${version}&utm_medium=app_click&utm_campaign=app_homepage`: #45's missing-utm-param gone, its
# medium-unassigned found). 20 of 86 with fix27b's Patreon page (session 39: patreon.com in
# rules/useless-destinations.txt: #50's medium-unassigned gone, told utm-useless-destination). 19 of 86 with fix27b's
# owner's own GitHub repository (a page of the repository owner's own account on such a platform is the team's own
# page, no copy: #24's copied-tracking gone, told utm-useless-destination).
# 3 of 78 with fix27a (session 39): the blog's host read from its Next.js root layout (`metadataBase: new URL(BASE_URL)`
# with `const BASE_URL = "https://www.mechatronicstore.cl"`: identity.app_host) and its content snapshot read as the
# site's content kept as data (linkplace.site_content): #51-#58's utm-internal-link found, their medium-unassigned and
# value-case (16 wrong) gone. 3 of 79 with a relative link in a database's rows read as a link between the site's pages
# (#62's utm-internal-link found). 2 of 78 with leftovers (session 40): a test's code read as test data
# (scan.files.test_module: the root runner `test-all.mjs`), #78's missing-utm-param on `${bare}?utm_source=newsletter`
# gone.
# facts (session 41): the text around a link reaches this judge (placement-rows.tsv: scan.placement's reading of the
# file's text, judged by its placement_said): typelevel/typelevel.github.com its line ("Special thanks go to
# [Zalando]( ) who kindly provide the ven") (#76: medium-unassigned wrong). 1 wrong gone, 0 correct: 2 of 78 -> 1 of
# 77.
# partners (session 41): a campaign naming developer relations (`utm_campaign=devrel`: scan.partner_tags) on a link
# to a site not the repository's own is the destination's devrel programme's: no value advice. #32, Writer's page in
# LangChain's docs ("written by the provider ... tags it chose for this placement"), labelled correct blind before the
# session 40 ruling, which calls value advice on such a partner's page wrong: 0 wrong findings gone, 1 correct one
# gone: 1 of 77 -> 1 of 76; missing-utm-param 22 of 23.
# the lead (session 41): the devrel reading taken back (review41 H3: a devrel team's own links in its own samples
# organisation, aws-samples -> aws.amazon.com, lost every finding), and #32 judged by the ruling (wrong): 2 of 77.
# lead (session 44): the providers' pages in LangChain's docs (CrateDB #26, Groq #29 #31, DeepInfra #30 #33), each
# provider's link in its own form, relabelled wrong by the session 40 ruling: 2 of 77 -> 7 of 77; present rows withdrawn.
# over2e (session 45): Writer's devrel sign-up link (`writer.com  campaign=devrel` in rules/platform-written-tags.txt:
# the same link in LangChain's and instructor's pages about Writer, find_string) is Writer's: #32's missing-utm-param
# (wrong) held back; Writer's own repositories still told: 7 of 77 -> 6 of 76.
MEASURED_WRONG = 6
MEASURED_PAIRS = 76
# found/present per kind a rule owns, as measured blind (1 blind medium-unassigned row withdrawn after the run, with
# its reason: #12's campaign `daily-item-shop` is GA4's shopping pattern, Organic Shopping): a change either way is to
# be reviewed.
MEASURED_RECALL = {
    # #22: faintech-lab's checklist `?utm_source={channel}&utm_medium=organic` named as inline code in a doc (a named
    # path gets only the rules about the URL as written)
    "medium-channel-intent": (0, 1),
    # #49: the tags after `#donation` (url-fragment-order tells the fragment; the medium is not read from it); 29 blind,
    # 30 since fix27b read #45's `" + version + "` concatenation whole
    "medium-unassigned": (30, 31),
    "missing-utm-param": (17, 17),  # #26 #29-#31 #33 withdrawn (session 44 ruling), 22/22 before; 23/23 until partners' devrel reading (session 41: #32, Writer's `devrel`),
    # 22/23 until the lead judged #32 by the ruling (its label withdrawn, the finding's verdict wrong); #32 told again
    # since the devrel reading was taken back (a wrong finding, not a label)
    "utm-in-fragment": (1, 1),
    # #51-#58 found with fix27a (the blog's host from its Next.js root layout's `metadataBase`, its content snapshot
    # read as the site's content kept as data), #62 too (a CTA's HTML in an SQL migration, `/form/`: a relative link
    # of a database's rows); blind: 1 of 11. Missed: #42, Hi.Events' button shown only on *.hi.events (`isHiEvents()`)
    "utm-internal-link": (10, 11),
    # 0 blind (#24: the owner's GitHub repository, copied-tracking spoke instead; #50: a Patreon page, told
    # medium-unassigned); #50 found since fix27b, then #24; #50's label withdrawn after the session's review (Patreon
    # lets a creator add Google Analytics to the page: its medium-unassigned judged correct, patreon.com off the list)
    "utm-useless-destination": (1, 1),
}

# Why issue 12's goals are not met yet on this corpus, None where they are: the goals' tests are strict xfails
# until then (labelled_corpus.corpus_tests).
# 2 of 78 findings wrong (22 of 86 blind) until facts (session 41), 1 of 77 since: met; 2 of 77 since the lead took
# the devrel reading back (#32, Writer's own devrel tags on its page in LangChain's docs)
WHY_OVER_TWO_PERCENT = ("6 of 76 findings wrong: the providers' own tags on their pages in LangChain's integration "
                        "docs (CrateDB's, Groq's, DeepInfra's since the session 44 rulings), another party's values "
                        "under the session 40 ruling, each seen in LangChain's docs alone (find_string); a campaign "
                        "named devrel is a team's own as often (aws-samples, Azure-Samples): read as Writer's only on "
                        "writer.com (since session 45); and Hi.Events' button shown only on its own host (#42)")
WHY_UNDER_NINETY_PERCENT = ("medium-channel-intent 0 of 1 (inline code in a doc); utm-internal-link 10 of 11 (a button "
                            "shown only on the product's own host)")

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             # 84 URLs from 15 repositories, at most 8 of one: under the 300 issue 12 asks (README's first paragraph)
             origin=dict(min_urls=84, min_repos=15, per_repo=8))
