"""A twelfth, independent real-URL corpus (tests/data/real-urls-12): 276 URLs from 52 repositories that are in none of
the eleven earlier corpora, company and product marketing (commercial WordPress plugins and themes, SaaS companies'
docs and products, developer-relations examples, a desktop app), every one labelled blind (what a careful marketer
should be told, by Google's channel table) before utmlint was run on them, then every finding judged against that
label.

Same shape and judge as corpora 3-11 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-12/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-12"
EARLIER = ("real-urls", "real-urls-2", "real-urls-3", "real-urls-4", "real-urls-5", "real-urls-6", "real-urls-7",
           "real-urls-8", "real-urls-9", "real-urls-10", "real-urls-11")

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README).
# Then (miss12), as corpus 4 counts it: Dokan's `utm_source=WordPress.org` (#41-#49) gets source-overrides-medium, which
# tells the user to replace the value (GA4 files it under Organic Social however it is spelled), so value-case's
# "write `wordpress.org`" is moot and not shown (onefinding.REPLACED_BY: one value, one finding); the blind pass's
# capitals on those 9 values count as found by it.
FOUND_BY = {
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
    "medium-unassigned": {"medium-unassigned"},
    "value-case": {"value-case", "value-charset", "source-overrides-medium"},
    "source-overrides-medium": {"source-overrides-medium"},
    "copied-tracking": {"copied-tracking"},
    "medium-channel-intent": {"medium-channel-intent"},
    "utm-in-fragment": {"utm-in-fragment", "url-fragment-order"},
    "source-fragmentation": {"source-fragmentation", "value-separator"},
    "utm-useless-destination": {"utm-useless-destination"},
    "url-html-escaped": {"url-html-escaped"},
    "utm-placeholder-unfilled": {"utm-placeholder-unfilled"},
    "source-medium-swapped": {"source-medium-swapped"},
}

# The figures at the commit that added the verdict rows: any change is a change of truth to review.
# Blind, on main at 4cbc6c2 (11:27 UTC, session 30; no rule had seen these URLs; labels committed before utmlint ran on
# them, in "tests/data/real-urls-12: a twelfth blind corpus ..." at 11:26; the file context rows (comment-rows.tsv,
# vendored-libraries.tsv) written by file_facts.py just before the run): 43 of 275 findings wrong (15.6%).
# This is the figure to quote.
# Then fix12 (session 30): BrowserStack's partner links (`utm_source=<partner>&utm_medium=partnered` on browserstack.com,
# #161-#170, Travis CI's and Semaphore's docs) are the site's own scheme (rules/platform-written-tags.txt): their 9
# medium-unassigned and 9 missing-utm-param (wrong) go: 25 of 257.
# Then copied11 (session 30): a marker from this corpus (rules/copied-tracking.txt): Beamer's announcement-widget tags
# (`utm_source=beamer&utm_medium=sidebar`) in Codefresh's release notes (#171 #172): 2 copied links found, their 4
# wrong medium-unassigned and value-case gone: 39 of 273 alone, 21 of 255 after the
# BrowserStack entry.
# Then fix12: an ad channel's medium is suggested only for a medium that says it was paid for (suggest.says_paid), so
# the plugin's own Black Friday banner `utm_medium=bfcm_banner` (#243) is no longer told 'write utm_medium=banner'
# (Display): the generic hint names `referral` and says why `banner` is not suggested: 20 of 255.
# Then fix12: a Markdown file, and a WordPress plugin's readme.txt (Markdown in WordPress's readme format), decode an
# entity in a link destination as CommonMark does (validate_url's path, scan.plain), so Codacy's badge with `&amp;`
# in Kirki's readme.txt (#191) loses url-html-escaped (wrong): 19 of 254.
# Then fix12: a file named as a test fixture (`dataFixtures.json`) is test data scan never reads (scan.files.generated),
# so the recorded Unsplash API response in Ghost's Koenig (#68) loses missing-utm-param (wrong): 18 of 253.
# Then fix12: an image service's address (img.shields.io, badgen.net: urls.IMAGE_HOSTS) is an image, whose tags no
# page reads, so CodeRabbit's badge in Redpanda's README (#80) loses medium-unassigned and campaign-slug (wrong): 16 of
# 251.
# Then fix12: a link whose every utm value is its own key's name (`utm_source=Source&utm_medium=Medium&...`, Pirsch's
# test helper's default URL, #274) is utm-placeholder-unfilled's (the blind pass's note allowed it: a verdict row
# appended), which takes the place of medium-unassigned's and value-case's advice (wrong): 14 of 250.
# Then fix12: a domain reserved for examples as a value (`utm_source=example.com`, RFC 2606) is a template's stand-in
# left unfilled: the agency starter theme's footer credit (#255) gets utm-placeholder-unfilled (correct, the blind
# pass's own; verdict row appended): 14 of 251, utm-placeholder-unfilled 1/2.
# Then fix12: a medium with `video` inside a word of another meaning (`mux-video`, Mux's product) files a README's
# links under Organic Video: medium-channel-intent's hedged note (intent.video_by_word_problem) on Mux's example
# READMEs (#95 #99 #103; correct, the blind pass's own; verdict rows appended; #102's tags are after its `#`, which
# url-fragment-order says): 14 of 254, medium-channel-intent 5/6.
# Then fix12: the product's own screens (`in-app`, `in-product`, `dashboard`) are a kind of placement in utm_source, as
# medium11's `website` and `nl` are: Kadence Blocks' `utm_source=in-app&utm_medium=kadence-blocks` (#20) gets
# source-medium-swapped (correct, the blind pass's own; verdict row appended), which says the Unassigned, so its
# medium-unassigned (correct) is dropped (one finding per mistake; FOUND_BY counts only medium-unassigned for that
# kind here): 14 of 254, source-medium-swapped 1/1, medium-unassigned 156/166.
# Then miss12 (session 31): program code in a folder named for the site it links to was that maker's SDK (scan.judge's
# _sdk_folder, #265: 13 of 253), a reading taken out again once snip13's (below) covered the same file.
# Then snip13 (session 31): an embed code the platform hands out is its snippet (rules/platform-written-tags.txt), and
# copied-tracking's share markers and utm-useless-destination yield to it: Instagram's embed (`utm_source=ig_embed&
# utm_medium=loading`, #261 #262) and Spotify's generator on an address code fills in (`${url}?utm_source=generator`,
# #73): 11 of 251. Then snip13's minified build in a folder named for it (scan.minified: no banner, but the folder
# names a project the repository is not, and the build's file name or code names it too): Freemius' SDK in a plugin
# (`freemius/assets/js/pricing/freemius-pricing.js`, #265, file_facts.py's vendored-libraries.tsv): 10 of 250.
# Then own13 (session 31): in a repository named for a section of its owner's site (`redpanda-data/docs`), a page's
# link to the owner's site whose utm_source names another section (`utm_source=blog&utm_medium=content`) carries that
# placement's tags, copied with the link: #78 #79 #81 found (hedged notes), their 3 wrong medium-unassigned gone: 7 of
# 250.
# fix1014 (session 32): the judge validates the URL scan extracts at a row's line when the collector wrote it
# otherwise (tests/data/scan-reads.tsv by file_facts.py): #126 (`dp-` that PHP completes with `${campaign}`: its
# campaign-slug gone): 6 of 249.
# fix1014: a gated asset's source (`utm_source=gated_content`, linkplace.ASSET_WORDS) is another placement's, as the
# blog's: #77 #82 found (hedged notes), their 2 wrong medium-unassigned gone: 4 of 249.
# Then the lead (session 33): the judge also gives no finding on a file in a folder `utmlint scan .` does not enter
# (`build/`, `vendor/`, a hidden folder such as `.agents/`: scan.files.walked) and counts its labelled mistakes as
# missed: 4 of 249 -> 4 of 247; copied-tracking 10/13 -> 8/13.
# leftovers (session 39): a link in an example's folder to that example's own deployment on a hosting platform (a
# tenant named for the example: scan.illustrations.demo_deployment) is an illustration, as example.com is: #74-#76,
# Plasmic's targeting examples opening their demos with `?utm_source=google`, lose their missing-utm-param (3 wrong
# gone): 1 of 244.
MEASURED_WRONG = 1
MEASURED_PAIRS = 244
# found/present per kind a rule owns, as measured blind: a change either way is to be reviewed.
MEASURED_RECALL = {
    # The second labeller's check (session 30, labels12; tests/data/label-agreement/corpus-12) corrected three slips of
    # fact of the blind pass, rows appended to labels.tsv: MonsterInsights' Year in Review literal (#112) is rewritten
    # by $getUrl to liteplugin / yearinreview / tips, so its Drip tags never reach GA4 (copied-tracking withdrawn, 3/14
    # blind; medium-unassigned present) and Fider's Powered by link (#275) writes the constant medium `powered-by`
    # (medium-unassigned present; 157/164 blind); Ferdium's team screen (#105) links meetfranz.com, Franz's site
    # (utm-useless-destination present, 1/3 blind). No finding's verdict moved (43 of 275 blind, 25 of 257 after fix12).
    # then copied11's Beamer marker (#171 #172): 5/13; own13's other-placement reading (#78 #79 #81): 8/13; fix1014's
    # gated asset (#77 #82): 10/13
    "copied-tracking": (8, 13),
    "medium-channel-intent": (5, 6),  # 2/6 blind; fix12's video-word note finds #95 #99 #103
    "medium-unassigned": (156, 166),  # 157/166 after labels12; #20 said by source-medium-swapped (fix12)
    "missing-utm-param": (17, 19),
    "source-fragmentation": (0, 4),
    "source-medium-swapped": (1, 1),  # 0/1 blind; fix12's placement word `in-app` finds #20
    "source-overrides-medium": (24, 24),
    "url-html-escaped": (2, 2),
    "utm-in-fragment": (4, 4),
    "utm-placeholder-unfilled": (1, 2),  # 0/2 blind; fix12's example-domain reading finds #255
    # snip13 (session 31): wordpress.org's plugin directory in rules/useless-destinations.txt finds #56 #59 (their
    # new findings labelled correct, rows appended), where value-case's respelling of `WPUF+Readme` yields to it (one
    # finding per link: respelling tags nobody reads is wasted work); the pairs stay 250, 10 wrong
    "utm-useless-destination": (3, 4),
    "value-case": (28, 34),  # 21/34 blind; Dokan's `WordPress.org` (#41-#49) counted as corpus 4 counts it (miss12);
    # 30/34 until snip13's wordpress.org note (#56 #59, above)
}

# Why issue 12's goals are not met yet on this corpus, None where they are: the goals' tests are strict xfails
# until then (labelled_corpus.corpus_tests).
# 43 of 275 findings wrong blind (15.6%, the figure to quote): a platform's partner scheme completed and respelled
# (BrowserStack's on Travis CI's and Semaphore's docs, 18), advice on tags copied from another placement (10), not-links
# and platforms' snippets (9), Instagram's embed tags (2), a PHP-completed campaign, `&amp;` in a Markdown link, a
# vendored badge link, `bfcm_banner` told 'write utm_medium=banner'; after the changes made with it in view (not
# blind): 4 of 249 (1.6%, session 32); see tests/data/real-urls-12/README.md
WHY_OVER_TWO_PERCENT = None
WHY_UNDER_NINETY_PERCENT = ("copied-tracking finds 8 of 13 (tags of another placement of the same company: a gated "
                            "report's 2, an app's help, a changelog widget's; plugin headers in code comments), "
                            "value-case 28 of 34 (21 blind; silent on a vendored library's sponsor list and beside "
                            "utm-useless-destination on wordpress.org's plugin pages), medium-channel-intent 2 of 6 "
                            "(`mux-video`: Organic Video), missing-utm-param 17 of 19, utm-useless-destination 3 of 4 "
                            "(1 blind; Franz's site), source-fragmentation 0 of 4, utm-placeholder-unfilled 0 of 2 "
                            "(`{$tracking_base}`, `utm_source=example.com`), source-medium-swapped 0 of 1")

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             # 276 URLs from 52 repositories, at most 10 of one: under the 300 asked (see the README's first paragraph)
             origin=dict(min_urls=270, min_repos=52, per_repo=10))
