"""An eighth, independent real-URL corpus (tests/data/real-urls-8): 266 URLs from 62 repositories that are in none
of the seven earlier corpora, every one labelled blind (what a careful marketer should be told, by Google's channel
table) before utmlint was run on them, then every finding judged against that label.

Same shape and judge as corpora 3-7 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-8/README.md. Smaller than the 300 URLs asked (see the README).
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-8"
EARLIER = ("real-urls", "real-urls-2", "real-urls-3", "real-urls-4", "real-urls-5", "real-urls-6", "real-urls-7")
# The figures at the commit that added or last changed the labels: any change is a change of truth to review.
# Blind, on main at 3d3b43c (no rule had seen these URLs; labels committed as bb5072f, the commit
# "tests/data/real-urls-8: 266 real tracked URLs ..." (its id moves with rebases), before utmlint ran on them):
# 13 of 250 findings wrong (5.2%). This is the figure to quote.
# Then extract8's "a link in a code comment gets only the rules about the URL as written" (utmlint.scan.comments; the
# judge reads which rows are in comments from tests/data/comment-rows.tsv, written by tests/validate_url/file_facts.py):
# #187 (commented-out Python, medium-unassigned and missing-utm-param) and #1 (a PHP `/* @see` comment's
# medium-unassigned) are gone, #1's url-insecure (correct) stays: 10 of 247.
# Then markers8 (session 27), with this corpus in view (not blind for this entry): Weblate's widget link
# (`hosted.weblate.org/engage/...?utm_source=widget`, #192) added to rules/platform-written-tags.txt, so its
# wrong missing-utm-param is gone: 12 of 249. Then Universal Analytics' linker `_ga=` as copied tracking (#1, a
# Mailchimp docs link): 1 correct copied-tracking finding more (its medium-unassigned stays wrong): 12 of 250,
# copied-tracking 1/11. Then Substack's recommendation e-mail tags as a marker (#266): its wrong missing-utm-param
# became a correct copied-tracking: 11 of 250, copied-tracking 2/11.
# Both together (extract8's and markers8's changes, merged by the lead in session 27): 8 of 247.
# Then copied10 (session 29): copied-tracking reads another channel's tags on a link to someone else's site:
# two sponsors' Meetup tags in WordCamp's dev database (#164 #165, `utm_source=meetup`, a social source on GA4's list)
# found, #165's wrong missing-utm-param gone: 7 of 248.
# Then miss12 (session 31): tags after `#` are judged as they would be once moved into the query (scan.judge's
# _moved_out_of_fragment), so where GA4 would then file ibericode's `#utm_source=wp-plugin&utm_medium=boxzilla` is
# said beside utm-in-fragment, worded for the move: 28 medium-unassigned and Koko Analytics' 4 source-overrides-medium
# (`#utm_source=wordpress.org&utm_medium=link`) found, 32 rows appended, correct (each the blind pass's `present`):
# 7 of 280.
# Then old58 (session 32): a page saved from another site is that site's (scan.saved.saved_page: its canonical and
# stylesheets on api.jquery.com; tests/data/vendored-libraries.tsv by file_facts.py): Cheerio's benchmark page (#240)
# loses its 3 wrong findings (medium-unassigned, missing-utm-param, url-insecure): 4 of 277.
# Then recall (session 32): validate_url runs scan's spelling rules on the file's links: react-native-paper's README
# `github.com` beside `github` (#202 #204, source-domain-style found by source-fragmentation; #203 in
# CODE_OF_CONDUCT.md has no `github` beside it: only scan's repository-wide run sees it): 4 of 279.
# Then the lead (session 33): the judge gives no finding on a file `utmlint scan .` does not read by its kind (`.sql`
# dumps and `.pot` catalogues: scan.files.walked_kind), and counts the mistakes labelled in it as missed: 4 of 279 ->
# 4 of 274; copied-tracking 4/11 -> 2/11, medium-unassigned 155/157 -> 154/157, utm-in-fragment 36/36 -> 35/36.
# Then kinds (session 33): gettext's `.pot` catalogues are xgettext's copies of the source's strings
# (scan.files.GENERATED_SUFFIXES), their labelled mistakes not counted (#8 #125): medium-unassigned 154/157 -> 154/155,
# utm-in-fragment 35/36 -> 35/35.
# sponsor (session 40): the lead's ruling on another party's tags (a link the repository shows for a sponsor,
# partner or advertiser carries that party's values: advice to respell, rename or add one is wrong; URL-breaking
# findings stay correct): 4 value labels on such links turned `wrong` and 4 value-kind `present` rows withdrawn, by
# appended rows (reason `session 40 ruling (another party's tags): ...`): 4 of 274 -> 8 of 274. No rule changed.
# facts (session 41): the text around a link reaches this judge (placement-rows.tsv: scan.placement's reading of the
# file's text, judged by its placement_said): mealie-recipes/mealie the heading "Sponsors" (#167: missing-utm-param
# wrong, value-case wrong); gitleaks/gitleaks the heading "Sponsorships" (#191: medium-unassigned wrong). 3 wrong
# gone, 0 correct: 8 of 274 -> 5 of 271.
# placements (session 42): a link whose utm_medium names a sponsor's or an advertiser's slot (`sponsor`,
# `sponsorship`, `spon`, `ads`: scan.partner_tags.sponsor_tags, rules/sponsor-tag-words.txt) to a site not the
# repository's own, outside its FUNDING.yml, partners page, e-mail templates and campaign plans and carrying no tag
# set the file writes on several sites, is the sponsor's placement: no value advice. CircleBack's `sponsorship` in
# awesome-nodejs: 1 wrong finding gone, no correct one: 5 of 270 -> 4 of 269.
# over2f (session 46): Packt's outreach scheme (`packtpub.com  campaign=outreachb*`, in a DZone-derived NLP list too)
# listed in rules/platform-written-tags.txt: #264 held back (value-case wrong): 4 of 269 -> 3 of 268.
MEASURED_WRONG = 3
# fetch42 (session 42): TanStack/router's examples/react/start-convex-trellaux/README.md read from its mirror (list C,
# a seeded random 120 of the repositories of corpora 2-24 never fetched): Convex's link on the line "Convex is an
# open-source, reactive backend made by [convex.dev]( ), a sponsor of TanStack Start." (#235, `utm_source=tanstack`)
# is held back as a sponsor's placement: 1 correct finding gone (missing-utm-param, labelled correct blind), no wrong
# one: 5 of 271 -> 5 of 270. A cost of the reading: TanStack writes `utm_source=tanstack` on every sponsor's link
# (README.md's Convex, Sentry, Prisma, Neon, #226-#234: the ruling's exception, its own tag set), but the example's
# README holds this one tagged link, and scan reads a file's own tag sets in that file only.
MEASURED_PAIRS = 268
# found/present per kind a rule owns, as measured blind: a change either way is to be reviewed.
MEASURED_RECALL = {
    "copied-tracking": (3, 11),  # 0 blind; #1's `_ga` linker and #266's Substack tags after markers8; #164 #165 by
    # copied10's another-channel reading (session 29); #240 since digest24 (session 37): Cheerio's saved jQuery page
    # (scan.saved.saved_page) is a copy whose one note speaks for its links, Syncfusion's tags among them
    "medium-unassigned": (152, 153),  # 127 blind; 28 written after `#` since miss12 (session 31)
    # 154/155 before the session 40 ruling (another party's tags)
    "missing-utm-param": (47, 48),  # 49/49 before the session 40 ruling; #235 held back as Convex's sponsor link
    # since fetch42 (session 42: its line says "a sponsor of TanStack Start"), 48/48 before
    "source-domain-style": (2, 3),  # #202 #204 since recall (session 32): the spelling rules on the file's links
    "source-overrides-medium": (9, 9),  # 5 blind; Koko Analytics' 4 written after `#` since miss12
    "utm-in-fragment": (35, 35),
    "value-case": (15, 15),  # 16/16 before the session 40 ruling
    # useless10 (session 29, UTM316): #190 is snyk's `${downloadUrl}?utm_source=...`, a binary download whose host
    # is a placeholder: which site it is cannot be told from the URL
    "utm-useless-destination": (0, 1),
}

# The rule(s) that own each kind of mistake the blind pass found (kinds no rule owns are counted, never found:
# value-suspicious, url-malformed). A `?query` after the `#` is url-fragment-order's.
FOUND_BY = {
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
    "medium-unassigned": {"medium-unassigned"},
    "value-case": {"value-case", "value-charset"},
    "copied-tracking": {"copied-tracking"},
    "source-overrides-medium": {"source-overrides-medium"},
    "source-domain-style": {"source-domain-style", "source-fragmentation"},
    "utm-in-fragment": {"utm-in-fragment", "url-fragment-order"},
    "utm-useless-destination": {"utm-useless-destination"},  # UTM316 (useless10)
}

# Why issue 12's goals are not met yet on this corpus, None where they are: the goals' tests are strict xfails
# until then (labelled_corpus.corpus_tests).
# 13 of 250 findings wrong blind (5.2%, the figure to quote); after the changes made with it in view (not blind) 7 of
# 280 (2.5%) until old58 (session 32) read Cheerio's saved benchmark page as api.jquery.com's (#240): 4 of 277 (1.4%):
# advice on tags copied from someone else (Modal's, Packt's), a CSS selector, a binary download's tags; see
# tests/data/real-urls-8/README.md
# 8 of 274 findings wrong since the session 40 ruling on another party's tags (4 value findings on sponsors',
# partners' and advertisers' links relabelled wrong) until facts (session 41), 5 of 271 since: met; 5 of 270 since
# fetch42 (session 42)
WHY_OVER_TWO_PERCENT = None
WHY_UNDER_NINETY_PERCENT = ("copied-tracking finds 3 of 11 (Cheerio's saved jQuery page since session 37; "
                            "Mailchimp's docs tags beside their _ga linker, Modal's, Packt's, Substack's, "
                            "create-next-app's Vercel links, a database dump's carry no marker it knows), source-domain-style 2 of 3 (`github.com` in CODE_OF_CONDUCT.md beside "
                            "`github` in the README: only scan's repository-wide run sees both files), "
                            "utm-useless-destination 0 of 1 (a binary download whose host is a placeholder)")

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             # 300 URLs were asked for; 266 were collected (the README says why)
             origin=dict(min_urls=250))
