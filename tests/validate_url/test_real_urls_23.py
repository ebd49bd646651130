"""A twenty-third, independent real-URL corpus (tests/data/real-urls-23): 92 URLs from 20 repositories that are in
none of the twenty-two other corpora (a Terraform vendor's generated module READMEs, OSS READMEs and docs with
sponsor links, a SaaS company's marketing site and app landing pages, another's site and README marketing notes, an
agency's blogging wiki, a personal link shortener's redirect map, a YOURLS plugin, a UTM builder, a Chrome extension,
a FUNDING file), every one labelled blind (what a careful marketer should be told, by Google's channel table) before
utmlint was run on them, then every finding judged against that label.

Same shape and judge as corpora 3-22 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-23/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-23"
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 23) if (DATA / f"real-urls-{n}").is_dir())

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README).
FOUND_BY = {
    "medium-unassigned": {"medium-unassigned", "source-medium-swapped"},
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
    "value-case": {"value-case", "value-charset"},
    "utm-internal-link": {"utm-internal-link"},
    "utm-key-unknown": {"utm-key-unknown"},
    "utm-useless-destination": {"utm-useless-destination"},
    "source-overrides-medium": {"source-overrides-medium", "medium-channel-intent"},
    # "source-fragmentation": all its present rows withdrawn (session 40 ruling)
    # "source-medium-swapped": all its present rows withdrawn (session 40 ruling)
    "medium-channel-intent": {"medium-channel-intent", "platform-medium-mismatch"},
}

# The figures at the commit that added the verdict rows: any change is a change of truth to review.
# Blind, on the code of main at 88e53a8 (session 35; no rule had seen these URLs; labels committed at 03:52 UTC before
# utmlint ran on them, in "corpus 23 (blind): ..."; file_facts.py then wrote its three published-host rows), and the
# same on main 6a87290: 38 of 102 findings wrong (37.3%). This is the figure to quote. The wrong: campaign-slug on Cloud
# Posse's `utm_campaign=cloudposse/<repo>` (an `owner/repo` campaign told to follow a convention nobody declared: `/`
# breaks nothing), 26; tags on a Google Drive file and a Power BI report respelled instead of dropped (4); example
# URLs in a post's prose told to be completed (2); internal links (a site's own page, Zesty's articles) told to get
# more tags (3); `affiliate`/`vuerouter` swapped told to write `referral` (1); a wiki's `[SOURCE]` pattern called an
# unfilled placeholder (1); a paid sponsor banner's Display note (1). /work/corpus23-findings.md says what could fix each.
# Then corpus23 (session 35): a campaign of lowercase slugs joined by single `/` (`cloudposse/terraform-null-label`, a
# repository's `owner/name`) is legal under the default campaign pattern (checks.values._OWNER_REPO), as corpus 22's
# page paths: campaign-slug's 26 wrong findings on Cloud Posse's READMEs gone (#16-#32, #83-#91): 12 of 76.
# Then the lead (session 35): utm-key-unknown tells a GA4 key in capitals (`UTM_source`) where scan and validate_url
# read a link (url-has-utm, which reads it in campaign files, does not run there): #67 #68 found, and their
# missing-utm-param ("has no utm_source", wrong) gone: 10 of 76.
# Then fix23 (session 36): a source that is the word GA4 files a channel by (`affiliate`) beside a medium that is a
# plain name (`vuerouter`) is source-medium-swapped (checks.vocabulary._channel_word_beside_a_name): #54's
# medium-unassigned (`referral`, wrong) gone, its swap found: 9 of 76.
# Then fix23 (session 36): a hosted document or report opened in its suite's viewer (Drive's `/file/d/`, Power BI's
# `/view`, Docs, Dropbox, OneDrive: rules/useless-destinations.txt) is a useless destination: #2 #8's medium-unassigned
# and value-case (4 wrong) gone, utm-useless-destination found on both: 5 of 74.
# Then fix23 (session 36): one address tagged alike and written with and without the `/` ending its path, in one file,
# is a post's illustration of how it can be spelled (scan.illustrations.spelled_twins): a link of one utm key so written is
# not told to complete its campaign: #45 #46's missing-utm-param (2 wrong) gone: 3 of 72.
# Then fix23 (session 36): a query-only pattern (`?utm_source=[SOURCE]&utm_medium=[MEDIUM]&...`) whose slots the same
# file fills in queries of the same keys and other values is a guide's pattern (scan.illustrations.filled_patterns): #78's
# utm-placeholder-unfilled (wrong) gone: 2 of 71.
# Then recall (session 36): utm-key-unknown tells a GA4 key in capitals on a relative link too (#71 #72, never renamed
# there): 2 correct findings more, 2 of 73.
# Then fix23 (session 36): a paid medium beside an ad platform's name GA4's lists do not hold (`adwords`, a profile's
# variant: intent.ad_platform_variant_problem) is medium-channel-intent's: #73 found (Paid Other, not Paid Search):
# 2 of 74.
# sponsor (session 40): the lead's ruling on another party's tags (a link the repository shows for a sponsor,
# partner or advertiser carries that party's values: advice to respell, rename or add one is wrong; URL-breaking
# findings stay correct): 16 value labels on such links turned `wrong` and 17 value-kind `present` rows withdrawn,
# by appended rows (reason `session 40 ruling (another party's tags): ...`): 2 of 74 -> 18 of 74. No rule changed.
# sponsor's reading (session 40): a link in a file whose path names a list of sponsors, backers or supporters
# (scan.placement.placement_file: SPONSORS.md, sponsors.json, `_sponsors/`, AsideSponsors.vue) is another party's
# placement, its values not judged (the URL rules still are): 2 wrong value findings gone, none correct: 18 of 74 ->
# 16 of 72.
# facts (session 41): the text around a link reaches this judge (placement-rows.tsv: scan.placement's reading of the
# file's text, judged by its placement_said): gosom/google-maps-scraper the heading "Sponsored By" (#34 #36:
# medium-unassigned wrong, missing-utm-param wrong); vuejs/router the heading "Silver Sponsors" (#52:
# missing-utm-param wrong); vuejs/router the heading "Gold Sponsors" (#55: medium-unassigned wrong, missing-utm-param
# wrong). 6 wrong gone, 0 correct: 16 of 72 -> 10 of 66. Three of google-maps-scraper's sponsor links (#38 #39 #40,
# `utm_source=github`, 3 wrong) are not held back: the README writes `utm_source=github` as its own on two sites, read
# from the whole file as scan reads it, and scan's placement reading rules out a link whose source alone is the file's
# own (a question for that reading, for the lead).
# placements (session 42): a link whose utm_medium names a sponsor's or an advertiser's slot (`sponsor`,
# `sponsorship`, `spon`, `ads`: scan.partner_tags.sponsor_tags, rules/sponsor-tag-words.txt) to a site not the
# repository's own, outside its FUNDING.yml, partners page, e-mail templates and campaign plans and carrying no tag
# set the file writes on several sites, is the sponsor's placement: no value advice. scrap.io's `utm_medium=ads` #37:
# 2 wrong findings gone, no correct one (Checkly's own logo on checklyhq.com kept by the previous commit's identity
# reading): 10 of 66 -> 8 of 64.
# over2b (session 43): a file's own sponsor tagging is a set it writes on several sites or that set spelled
# otherwise (a value left out, a word's hyphen), not every set sharing its source (scan.judge._spelled_as): gosom's
# README writes `utm_source=github&utm_medium=sponsorship&utm_campaign=gosom` on two sponsors, and G Maps Extractor's
# `github`/`banner`/`gosom` (#38) and Proxidize's `github`/`sponsorship`/`google_maps_scraper` (#39) are those
# sponsors' own forms: 2 wrong findings gone, no correct one: 8 of 64 -> 6 of 62.
# lead (session 44): Novita AI's partner form (`novita.ai  source=github_* medium=github_readme`) and the sponsors'
# `utm_source=oss&utm_medium=sponsorship` form (tines.com, coderabbit.ai, getunblocked.com, okara.ai) listed in
# rules/platform-written-tags.txt, each seen in several unrelated repositories: PatrickJS #41 #42
# (CodeRabbit's, Unblocked's) held back: 6 of 62 -> 4 of 60.
# over2f (session 46): TalorData's `campaignid=` sponsorship form (mockoon's, fastapi's, anycrawl's, public-apis' too)
# listed in rules/platform-written-tags.txt: gosom's TalorData link held back: 4 of 60 -> 3 of 59.
# over2f (session 46): a template component named for the site its link goes to and a banner's slot is that party's
# banner (scan.partner_tags.banner_file: `MadVueBanner.vue`): #49 held back: 3 of 59 -> 2 of 58.
MEASURED_WRONG = 2
MEASURED_PAIRS = 58
# found/present per kind a rule owns, as measured blind: a change either way is to be reviewed.
MEASURED_RECALL = {
    "medium-unassigned": (34, 34),  # 41/41 before the session 40 ruling
    # #69: `?utm_term=jquery&persona=developer` (a term alone) gets no finding
    "missing-utm-param": (7, 8),  # 14/15 before the session 40 ruling
    "value-case": (4, 4),  # 5/5 before the session 40 ruling
    # #61 (metricswave.com's own page), #67 #68 (zesty.io's articles): the site's host is named in no CNAME or
    # site-generator config, so the links are not read as internal
    "utm-internal-link": (2, 5),
    # #67 #68 #71 #72: `UTM_source`/`UTM_medium`/`UTM_campaign`, keys in capitals: #67 #68 told since the lead's
    # reading (session 35); #71 #72, relative links (`/join/?UTM_source=`), since recall's (session 36: a key GA4
    # drops is told on a relative link too, never renamed there: utm-internal-link says to remove it); blind 0 of 4
    "utm-key-unknown": (4, 4),
    # #2 #8: a Google Drive file and a Power BI report view, their tags respelled instead blind; found since fix23's
    # viewer hosts (session 36)
    "utm-useless-destination": (3, 3),
    # #75 #76: `utm_source=quora|tumblr&utm_medium=referral` (Organic Social by the source list) not told
    "source-overrides-medium": (0, 2),
    # #37: `utm_source=github_gosom_gmap_scraper/` beside the README's `github_gosom_gmap_scraper`
    # #54: `utm_source=affiliate&utm_medium=vuerouter`, told medium-unassigned with `referral` blind; found since
    # fix23's reading (session 36, a channel word as the source beside a plain name)
    # #73: `utm_source=adwords&utm_medium=ppc` (Paid Other, not Paid Search), not told blind; found since fix23's
    # ad-platform variant reading (session 36)
    "medium-channel-intent": (1, 1),
}

# Why issue 12's goals are not met yet on this corpus, None where they are: the goals' tests are strict xfails
# until then (labelled_corpus.corpus_tests).
WHY_OVER_TWO_PERCENT = (
    "2 of 58 findings wrong since the session 40 ruling on another party's tags (16 value findings on "
    "sponsors', partners' and advertisers' links relabelled wrong): utmlint tells such a placement by a "
    "sponsors file's path and the heading or line around a link (read where the file's text was at hand: "
    "placement-rows.tsv), by a form seen in several repositories (TalorData's) and a banner's component named "
    "for its party (MadVue's), not yet on the rest; before it: 2 of 74 findings wrong (38 of 102 blind, "
    "37.3%): an internal link told to get more tags (metricswave.com's own page: no config names the "
    "host), a sponsor banner's note")
WHY_UNDER_NINETY_PERCENT = ("utm-internal-link 2 of 5 (sites "
                            "whose host no config names), source-overrides-medium 0 of 2, missing-utm-param 7 of 8 (14 of "
                            "15 until the session 40 ruling withdrew the sponsors' 7 found rows: Zesty's README example "
                            "#69, a term alone, is the one missed)")

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             # 92 URLs from 20 repositories, at most 8 of one: under the 300 issue 12 asks (README's first paragraph)
             origin=dict(min_urls=92, min_repos=20, per_repo=8))
