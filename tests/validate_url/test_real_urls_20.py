"""A twentieth, independent real-URL corpus (tests/data/real-urls-20): 124 URLs from 44 repositories of program code
that are in none of the nineteen other corpora (desktop apps' in-app links, CLIs and dev tools, SDKs and their
examples, browser and editor extensions, self-hosted apps, notebooks), every one labelled blind (what a careful
marketer should be told, by Google's channel table) before utmlint was run on them, then every finding judged against
that label.

Same shape and judge as corpora 3-19 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-20/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-20"
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 20) if (DATA / f"real-urls-{n}").is_dir())

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README).
FOUND_BY = {
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
    "medium-unassigned": {"medium-unassigned"},
    "copied-tracking": {"copied-tracking"},
    "value-case": {"value-case", "value-charset"},
    # url-fragment-order added by the lead after the blind run (session 33), as every other corpus's FOUND_BY has it:
    # it tells the same mistake (the tags after the `#`, where GA4 reads none) for a `#anchor?utm_...` link (#35)
    "utm-in-fragment": {"utm-in-fragment", "url-fragment-order"},
    "utm-useless-destination": {"utm-useless-destination"},
}

# The figures at the commit that added the verdict rows: any change is a change of truth to review.
# Blind, on the code of main at 283c21c (session 33; no rule had seen these URLs; labels committed at 19:55 UTC before
# utmlint ran on them, in "corpus 20 (blind): ..."; no file-context row written): 21 of 115 findings wrong (18.3%).
# This is the figure to quote. The wrong: advice on tags the repository did not write (Gatsby's starter links left in
# RudderStack's example #24-#31, 8; the Django Newsletter's RSS tags #5, 2; Sticker Mule's invite link #120),
# platforms' and vendors' own snippets told to add or respell (self-hosted Weblate widgets #21 #124, Emerge Tools'
# badge #40, Tidelift #49 2, PVS-Studio #65), test pages of an attribution SDK (#22 #23) and a changelog's example
# query strings (#50 #51). /work/corpus20-findings.md says what could fix each.
# Then the lead (session 33): tests/validate_url/file_facts.py rerun on every mirror after batch 5 (fixB's VitePress
# site under a path, corpus 20's facts first written: a changelog's example queries and a vendored CKEditor build, as
# scan reads them): 21 of 115 -> 19 of 113.
# Then c19fix (session 33, written without opening this corpus: a template expression naming a path read as internal,
# Weblate's widget by its shape): 19 of 113 -> 18 of 112 (one wrong finding gone).
# fixB (session 33): Gatsby's minimal starter's own links (`utm_source=starter&utm_medium=readme|start-page&
# utm_campaign=minimal-starter-ts`, the start page's `${link.url}?utm_...` too) in rules/platform-written-tags.txt, as
# create-next-app's are: #24-#31's 8 wrong medium-unassigned gone, nothing said: 11 of 105.
# fix20 (session 34): Tidelift's sponsor-button link (`utm_medium=github_sponsor_button`, #49: 2) and PVS-Studio's
# required acknowledgement (#65: 1) in rules/platform-written-tags.txt, as SignPath's (#94-#97) is: 3 wrong gone,
# nothing said: 7 of 101.
# fix20: `utm_medium=rss` on a link to a site that is not the repository's (rules/copied-tracking.txt, as `medium=feed`):
# #5's medium-unassigned and value-case gone, its copied-tracking told (labelled correct): 5 of 100.
# fix20: a referral programme's share link (a referrer's id, `ref_id=6055890701`, beside the programme's tags) is the
# programme's, as DigitalOcean's referral badge (#52, labelled "nothing" in this very corpus) and Railway's
# `referralCode` button are: #120's wrong missing-utm-param gone, nothing said (its blind copied-tracking row stays
# counted as missed: a judgement the labels of #52 and #120 split; scan says nothing on either): 4 of 99.
# fix20: a test's server, app or pages (`test-server/`, `test-app/`: scan.files.test_data_folder) are a test's data,
# as `tests/fixtures/` is: Amplitude's SDK test pages (#22 #23) not scanned, 2 wrong gone: 2 of 97.
# fix20: a snippet's tags the file also writes on links to other sites are the file's own (scan.judge.Judge.own_tagging):
# WebdriverIO's `utm_source=webdriverio&utm_medium=partnered&utm_campaign=documentation` on BrowserStack's links
# (#42-#45), as on Percy's and Argos' (#46 #47, told): 4 correct medium-unassigned found (34 -> 38 of 39): 2 of 101.
# fix19 (session 34): a link to a host reserved for examples or the loopback address, read in a file, is an illustration
# (scan.illustrations.example_host); Amplitude's localhost test page (#23) is already a test's data (fix20): 2 of 101.
# fix19 (session 34): Weblate's component widget (`/projects/<project>/<component>/?utm_source=widget`, jellyfin-web's
# README #124) read by its shape as the engage widget is: its wrong missing-utm-param goes: 1 of 100.
# fix19: the badge a site hands out for the project it lists (scan.snippets.listing_badge: a tag says `badge`, the path
# names the repository, the site is not the repository's): Emerge Tools' `?utm_campaign=badge-data` (#40): 0 of 99.
# sponsor (session 40): the lead's ruling on another party's tags (a link the repository shows for a sponsor,
# partner or advertiser carries that party's values: advice to respell, rename or add one is wrong; URL-breaking
# findings stay correct): 17 value labels on such links turned `wrong` and 17 value-kind `present` rows withdrawn,
# by appended rows (reason `session 40 ruling (another party's tags): ...`): 0 of 99 -> 17 of 99. No rule changed.
# sponsor's reading (session 40): a link in a file whose path names a list of sponsors, backers or supporters
# (scan.placement.placement_file: SPONSORS.md, sponsors.json, `_sponsors/`, AsideSponsors.vue) is another party's
# placement, its values not judged (the URL rules still are): 3 wrong value findings gone, none correct: 17 of 99 ->
# 14 of 96.
# partners (session 41): a link whose utm_medium names a partner placement (`partner-docs`, `partnered`,
# `partnerref`, `partner`: scan.partner_tags) to a site not the repository's own, outside its own partners page
# and carrying no tag set the file writes on several sites, is the destination's partner programme's: no value
# advice. Argos' `partnered` in WebdriverIO's guide #46: 1 wrong finding gone, no correct one: 14 of 96 -> 13 of 95.
# facts (session 41): the text around a link reaches this judge (placement-rows.tsv: scan.placement's reading of the
# file's text, judged by its placement_said): pterodactyl/panel the heading "Sponsors" (#19: medium-unassigned wrong,
# missing-utm-param wrong). 2 wrong gone, 0 correct; 1 found that the path alone held back (#110: missing-utm-param
# wrong; the file's own tag set on two of its sites, read from the whole file as scan reads it, is its own tagging, as
# scan tells it): 13 of 95 -> 12 of 94. #110 (TalorData in Mockoon's backers.md, `utm_source=mockoon`) was held back
# by the path alone while the judge saw one row of the file; the file writes `utm_source=mockoon` on two sites, its
# own tagging to scan, which tells it: judged so now.
# placements (session 42): a link whose utm_medium names a sponsor's or an advertiser's slot (`sponsor`,
# `sponsorship`, `spon`, `ads`: scan.partner_tags.sponsor_tags, rules/sponsor-tag-words.txt) to a site not the
# repository's own, outside its FUNDING.yml, partners page, e-mail templates and campaign plans and carrying no tag
# set the file writes on several sites, is the sponsor's placement: no value advice. TestMu AI's `sponsor` in
# Mockoon's README: 2 wrong findings gone, no correct one: 12 of 94 -> 10 of 92.
# over2b (session 43), the lead's ruling on WebdriverIO's `partnered` set: BrowserStack's partner programme's tags
# on browserstack.com and percy.io (BrowserStack's since 2020) are the programme's handout. One company's domains
# count as one site in the placement convention (rules/site-owners.txt: `browserstack.com percy.io`), so the App
# Percy guide's set on both (and on a YouTube video, which reads no tags) is no tagging of the file's own and its
# `partnered` medium holds back the value advice: #42-#45 #47's medium-unassigned gone (5 wrong), #48's
# utm-useless-destination still told; Argos' guide (#46, argos.md) unchanged: 10 of 92 -> 5 of 87.
# over2b (session 43): a heading that is a sponsorship tier's name alone (`### Platinum`, `🥇 Gold`: scan.placement
# placement_said) lists that tier's sponsors: SerpApi's `?utm_source=mockoon` under Mockoon's `### Platinum` (#109,
# under `## Support us!`, the team's invitation): 1 wrong finding gone, no correct one: 5 of 87 -> 4 of 86.
# over2a (session 43): a link whose utm_source names a partner programme's partner (the word joined to a name:
# `partner-crewai`, `website_partner`) or a sponsorship (`sponsorship`, `official-sponsor`: scan.partner_tags,
# rules/partner-tag-words.txt and sponsor-tag-words.txt) to a site not the repository's own, outside its partners page
# and carrying no tag set the file writes on several sites, is that party's placement: no value advice. Meta's Llama
# API `partner-autogen` in AutoGen's tutorial #55: 2 wrong findings gone, no correct one: 5 of 87 -> 3 of 85.
# with both (the lead's landing, session 43): over2b's tier heading and over2a's partner source together: 2 of 84.
# over2f (session 46): TalorData's `campaignid=` sponsorship form and Nstproxy's `?utm_source=<partner>` form, each in
# several unrelated repositories, listed in rules/platform-written-tags.txt: #53 and #110 (TalorData) held back:
# 2 of 84 -> 0 of 82.
MEASURED_WRONG = 0
MEASURED_PAIRS = 82
# found/present per kind a rule owns, as measured blind: a change either way is to be reviewed.
MEASURED_RECALL = {
    "copied-tracking": (7, 17),  # Gatsby's starter #24-#31, create-next-app #103, Sticker Mule #120: silent (#5 found
    # since fix20's `medium=rss`)
    "medium-unassigned": (29, 30),  # PSAT #69 (#42-#45, BrowserStack's links, found since fix20's own_tagging)
    # 38/39 before the session 40 ruling (another party's tags)
    "missing-utm-param": (30, 31),  # #69: a template `utm_medium=${calculatedMedium}` with no campaign
    # 37/38 before the session 40 ruling (another party's tags)
    "utm-in-fragment": (4, 4),  # 3 of 4 blind: #35 told by url-fragment-order (correct), owned since (FOUND_BY)
    "utm-useless-destination": (3, 3),
    "value-case": (9, 10),  # #35: url-fragment-order alone on that URL  # 10/11 before the session 40 ruling
}

# Why issue 12's goals are not met yet on this corpus, None where they are: the goals' tests are strict xfails
# until then (labelled_corpus.corpus_tests).
# Blind: 21 of 115 findings wrong (18.3%): copied tags respelled (Gatsby's starter links, a newsletter's RSS tags,
# Sticker Mule's invite), platforms' snippets (self-hosted Weblate, Emerge Tools, Tidelift, PVS-Studio), an SDK's test
# pages, a changelog's example query strings (/work/corpus20-findings.md). Met since fix20 (session 34): 2 of 101.
WHY_OVER_TWO_PERCENT = None  # 0 of 82 since over2f (session 46): TalorData's and Nstproxy's forms listed
# (blind: copied-tracking 6 of 17, medium-unassigned 34 of 39; medium-unassigned at 38 of 39 since fix20)
WHY_UNDER_NINETY_PERCENT = ("copied-tracking finds 7 of 17: Gatsby's starter and create-next-app's template links "
                            "(#24-#31, #103) are read as the template's own placement tags, silent as every "
                            "platform-written snippet is (the labels split: corpora 8, 19, 20 say copied, 2 and 3 "
                            "say nothing to tell), and Sticker Mule's invite link (#120) as a referral programme's, "
                            "as DigitalOcean's badge (#52) is")

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             # 124 URLs from 44 repositories, at most 8 of one: under the 300 asked (README's first paragraph)
             origin=dict(min_urls=124, min_repos=44, per_repo=8))
