"""A fourteenth, independent real-URL corpus (tests/data/real-urls-14): 146 URLs from 37 repositories that are in none
of the thirteen earlier corpora, from senders the earlier ones under-sampled (e-commerce platforms' extension vendors,
chains' and wallets' developer docs, AI tooling, a site theme), every one labelled blind (what a careful marketer
should be told, by Google's channel table) before utmlint was run on them, then every finding judged against that
label.

Same shape and judge as corpora 3-13 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-14/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-14"
EARLIER = ("real-urls", "real-urls-2", "real-urls-3", "real-urls-4", "real-urls-5", "real-urls-6", "real-urls-7",
           "real-urls-8", "real-urls-9", "real-urls-10", "real-urls-11", "real-urls-12", "real-urls-13")

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README).
FOUND_BY = {
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
    "medium-unassigned": {"medium-unassigned"},
    "copied-tracking": {"copied-tracking"},
    "utm-internal-link": {"utm-internal-link"},
    "value-case": {"value-case", "value-charset"},
    "utm-useless-destination": {"utm-useless-destination"},
    "utm-in-fragment": {"utm-in-fragment", "url-fragment-order"},
    # "url-malformed": its 6 rows (#114-#120) are in a generated llms-full.txt, not counted since kinds (session 33)
}

# The figures at the commit that added the verdict rows: any change is a change of truth to review.
# Blind, on main at 405fa7c (session 31, 14:09 UTC; no rule had seen these URLs; labels committed at 14:08 UTC before
# utmlint ran on them, in "corpus 14 (blind): 146 real tracked URLs ..."; the file context rows (comment-rows.tsv,
# vendored-libraries.tsv) written by file_facts.py just before the run: none of this corpus's rows is in a comment or
# a vendored folder): 45 of 191 findings wrong (23.6%). This is the figure to quote.
# Then one labelling slip, appended as rows (corpus14, same session, before landing): the three Google Play links whose
# install `referrer` holds a source only (#74 #80 #84) were labelled nothing to tell by corpora 6 and 7's reading of a
# store URL's own query; the referrer is where Google reads an install's campaign, so missing-utm-param there is
# right: 42 of 191.
# fix14 (same session): a tool's saved report is the tool's output (scan.saved.saved_report): Congo's saved
# Lighthouse report's tags are Lighthouse's, no advice on them (#131-#138: 16 wrong gone): 26 of 175.
# fix14: the host a repository's site generator's config names (identity.published_host, tests/data/site-hosts.tsv):
# thirdweb's portal pages linking portal.thirdweb.com are internal links (#54-#61: 7 wrong missing-utm-param gone,
# utm-internal-link 1->8/8): 19 of 175.
# fix14: a store listing is its app's publisher's page (scan.collection.listing_publisher) and a Play listing's
# `referrer` tags are its tags: WalletConnect's wallet registry copied into Web3Auth is a collection (#92-#96:
# copied-tracking found, 4 wrong medium-unassigned gone): 15 of 176.
# fix14: Refersion's affiliate link id `rfsn` is a copied-tracking marker (#103 found, was silent): 15 of 177.
# Then own13 (session 31, after the blind measurement): a social network's very name on a page's link to the team's
# own site was written for the team's post and copied into the page: Polygon's docs' `utm_source=twitter&utm_medium=
# social` on its blog (#52) found, its wrong missing-utm-param gone.
# fix14: a FUNDING.yml sponsor button is the owner's unpaid link: medium-unassigned says `referral`, not `cpc` first
# (#3): 14 of 177.
# fix14: the name of the site a repository's generator config names is one of the repository's, as scan reads it:
# Chainlink's docs banner (docs.chain.link's own tags on chain.link) no longer called copied (#64): 13 of 176.
# social` on its blog (#52) found, its wrong missing-utm-param gone: 41 of 191. Then own13's section host: a source
# naming by a subdomain the section the repository is named for is its own (`utm_source=docs.chain.link` in
# smartcontractkit/documentation, #64: no longer called chain.link's copied tags): 40 of 190.
# fix1014 (session 32): a link to a file (an archive: `.tar.zst`) and a Warpcast cast are pages no analytics of the
# tagger read (rules/useless-destinations.txt): Optimism's snapshot download (#28) and Base's cast (#21) get the one
# utm-useless-destination note, their missing-utm-param and medium-unassigned gone (3 wrong): 9 of 175.
# fix1014 (session 32): the judge validates the URL scan extracts at a row's line when the collector wrote it
# otherwise (tests/data/scan-reads.tsv by file_facts.py): #114-#120 (Sei's llms-full.txt `\&utm_medium=`: 6 missing-
# utm-param asking for a medium the link has gone, 6 correct medium-unassigned given): 3 of 181.
# review12rest (stranger12 R12): a hash route's tags (`#/pages/...?utm_...`) are judged as once moved, and the key they
# still lack is said: #129's medium-unassigned and missing-utm-param found (correct): 12 of 178.
# kinds (session 33): an `llms-full.txt` is a docs site's pages concatenated by its build (Sei's commit "docs:
# regenerate llms.txt and llms-full.txt"; its links are `evm/indexer-providers/goldsky.mdx`'s, `&` there), skipped as
# generated (scan.files.GENERATED_FILES), its rows not counted: Sei's #114-#120 and Chainlink's copied-tracking row:
# 3 of 183 -> 3 of 170; copied-tracking 11/12 -> 10/11, missing-utm-param 79/79 -> 73/73, url-malformed 0/6 -> none.
# fixB (session 33), the E2B judgement call: #139 #140's `wrong` value-case labels were a slip ("no report is split",
# but `utm_campaign=readme` carries `utm_content=E2B` here and `e2b` in the SDK READMEs: two rows in the campaign's
# content report), taken back by appended `correct` rows with that reason; no rule changed: 1 of 170.
# sponsor (session 40): the lead's ruling on another party's tags (a link the repository shows for a sponsor,
# partner or advertiser carries that party's values: advice to respell, rename or add one is wrong; URL-breaking
# findings stay correct): 62 value labels on such links turned `wrong` and 56 value-kind `present` rows withdrawn,
# by appended rows (reason `session 40 ruling (another party's tags): ...`): 1 of 170 -> 51 of 170. No rule changed.
# partners (session 41): a link whose utm_medium names a partner placement (`partner-docs`, `partnered`,
# `partnerref`, `partner`: scan.partner_tags) to a site not the repository's own, outside its own partners page
# and carrying no tag set the file writes on several sites, is the destination's partner programme's: no value
# advice. The chains' partner pages' `utm_medium=partner-docs`: Covalent's in Aurora's and Arbitrum's docs #123-#130
# #42 #43, Zerion's in Arbitrum's #46 (its folder `third-party-docs/Zerion/` no longer makes zerion.io the team's site
# there), Moralis' in Gnosis' and Polygon's #104 #106 #108-#111 #51, GoldRush's in Sei's #116: 38 wrong findings gone,
# no correct one: 51 of 170 -> 13 of 132.
# facts (session 41): the text around a link reaches this judge (placement-rows.tsv: scan.placement's reading of the
# file's text, judged by its placement_said). 0 wrong gone, 0 correct; 16 found that the path alone held back (#123
# #124 #125 #126 #127 #128 #129 #130: medium-unassigned wrong, missing-utm-param wrong; the file's own tag set on two
# of its sites, read from the whole file as scan reads it, is its own tagging, as scan tells it): 13 of 132 -> 29 of
# 148. The 16 found are aurora's covalent.md (`utm_source=aurora&utm_medium=partner-docs`), which the partner-tags
# reading held back while the judge saw only the corpus's rows of the file, all on covalenthq.com: the file writes the
# same tag set on a youtube.com link too, its own tagging to scan's placement reading (file_convention), which tells
# them: judged as scan judges them now.
# placements (session 42): a tag set the file writes on two or more sites counts as its own tagging to the placement
# reading only when two of those sites read a visit's tags or are the team's own pages (checks.tracking.copied_file.
# file_convention's `read_only`, written so into placement-rows.tsv's convention column; copied-tracking's convention
# unchanged): another party's YouTube video is no second site. aurora's covalent.md (#123-#130), Covalent's
# `utm_source=aurora&utm_medium=partner-docs` on covalenthq.com and on its YouTube video alike, is the partner
# programme's again, as the lead ruled (session 41): 16 wrong findings gone, no correct one: 29 of 148 -> 13 of 132.
# over2b (session 43): a file in a folder that says it holds another party's pages (`third-party-docs/`:
# scan.placement.third_party_folder) carries that party's tags on its links to sites not the team's, even a set it
# writes on several of its own sites (Covalent's `utm_source=arbitrum&utm_medium=partner-docs` on covalenthq.com and
# its GoldRush demo apps on vercel.app, which the placement convention read as the page's own): Arbitrum's
# third-party-docs pages for Covalent (#39 #41), QuickNode (#40 #45) and Crossmint (#44): 7 wrong findings gone, no
# correct one: 13 of 132 -> 6 of 125.
# over2a (session 43): a link whose utm_source names a partner programme's partner (the word joined to a name:
# `partner-crewai`, `website_partner`) or a sponsorship (`sponsorship`, `official-sponsor`: scan.partner_tags,
# rules/partner-tag-words.txt and sponsor-tag-words.txt) to a site not the repository's own, outside its partners page
# and carrying no tag set the file writes on several sites, is that party's placement: no value advice. Meta's Llama
# API `partner-haystack` in Haystack's docs #73: 2 wrong findings gone, no correct one: 6 of 125 -> 4 of 123.
# lead (session 44): Reown's six links (#16 #47-#50 #53) relabelled wrong as Openfort's #105 was at session 40: one
# scheme `utm_source=<chain>&utm_medium=docs&utm_campaign=backlinks` on two partners' pages in four chains' docs is the
# partners' backlink campaign: 4 of 123 -> 10 of 123; their present rows withdrawn (medium-unassigned recall -6).
# lead (session 44): Reown's and Openfort's backlink scheme (`utm_medium=docs&utm_campaign=backlinks`, Reown's own docs
# and five chains' docs: find_string) listed in rules/platform-written-tags.txt for reown.com and openfort.io (over2c's
# reading of the word anywhere was a silent pass on a team's own `github_backlinks`: review44 F8): #16 #47-#50 #53 #105
# held back, 10 of 123 -> 3 of 116.
# lead (session 46): Coiled's `?utm_source=<partner>-docs` form is Coiled's (`coiled.io  source=*-docs` in
# rules/platform-written-tags.txt: Dask's, the Hub's and Prefect's docs); the lead's session 46 ruling relabelled the
# Hub's Dask page's #66 #68 (missing-utm-param, correct) wrong and withdrew their present rows, as Prefect's in corpus
# 6: 2 findings held back: 3 of 116 -> 3 of 114. Then Dask's two links beside them (#67 #69, the same hand's
# `hf-docs`; `dask.org  source=*-docs`, the form Coiled's Dask maintainers write on dask.org from xarray's docs too)
# relabelled alike and held back (review46 F4): 3 of 112.
MEASURED_WRONG = 3
MEASURED_PAIRS = 112
# found/present per kind a rule owns, as measured blind: a change either way is to be reviewed.
MEASURED_RECALL = {
    "copied-tracking": (10, 11),  # 4/12 blind; fix14: the copied wallet registry (#92-#96), Refersion's rfsn (#103);
    # own13's own-post reading: #52
    "medium-unassigned": (35, 37),  # Reown #16 #47-#50 #53 withdrawn (session 44 ruling), 41/43 before; #89 #90 told as source-medium-swapped (correct, not an owner written blind);
    # 66/68 before the session 40 ruling (another party's tags)
    # #129's hash-route tags found by review12rest (judged as once moved)
    "missing-utm-param": (44, 44),  # #66-#69 withdrawn (session 46 ruling, Coiled's form); 48/48 before;  # 75/76 blind, then the slip rows #74 #80 #84 (found); #129 by review12rest
    # 73/73 before the session 40 ruling (another party's tags)
    "utm-in-fragment": (1, 1),
    "utm-internal-link": (8, 8),  # 1/8 blind; fix14: the site generator's config names the portal's host
    "utm-useless-destination": (2, 2),  # 0/2 blind; fix1014: a file download (#28), a Warpcast cast (#21)
    "value-case": (5, 5),
}

# Why issue 12's goals are not met yet on this corpus, None where they are: the goals' tests are strict xfails
# until then (labelled_corpus.corpus_tests).
# 45 of 191 findings wrong blind (23.6%, the figure to quote; 42 of 191 after the Play referrer slip rows): advice to
# complete or respell tags that should go (a copied wallet registry, a saved Lighthouse report's tool tags, Polygon's
# pasted Twitter share tags, a second `?` in a copied registry), tags on internal or unreadable links completed instead
# of dropped (thirdweb's portal, a snapshot download, a Warpcast cast), E2B's `utm_content=E2B`, `\\&` escapes hiding a
# medium; after the changes made with it in view (not blind): 3 of 183 (1.6%, session 32); see
# tests/data/real-urls-14/README.md
WHY_OVER_TWO_PERCENT = (
    "3 of 112 findings wrong since the session 40 ruling on another party's tags (62 value findings on "
    "sponsors', partners' and advertisers' links relabelled wrong): utmlint tells a partner's page by its "
    "partner medium or a third-party folder, not yet a partner's page among the docs' own (Sei's thirdweb "
    "page, Gnosis' Openfort page) nor a listing's or registry's copied entry")
# Met since kinds (session 33), with the generated llms-full.txt's rows not counted. Blind: copied-tracking found 5 of
# 12 (4 blind; WalletConnect's wallet registry copied into Web3Auth's and RainbowKit's data 6, a Refersion affiliate
# click link), utm-internal-link 1 of 8 (thirdweb's portal linking its own pages 7), url-malformed 0 of 6 (`\\&` kept
# in a generated llms-full.txt), utm-useless-destination 0 of 2 (a snapshot download, a Warpcast cast: both found
# since fix1014).
WHY_UNDER_NINETY_PERCENT = None

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             # 146 URLs from 37 repositories, at most 8 of one: under the 300 asked, the helper's 150 fetches were spent
             # (see the README's first paragraph)
             origin=dict(min_urls=140, min_repos=35, per_repo=8))
