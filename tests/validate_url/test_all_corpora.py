"""Issue 12's goals over every labelled corpus at once (tests/data/real-urls-2 ... real-urls-N), each judged by its own
labels and FOUND_BY as its own module judges it: at most 2% of all findings wrong, and each of the rules the issue
asked for (NEW_RULES) finding at least 90% of the mistakes of its kind.

Pooled, the figures say how the rules do on every link labelled so far; most corpora were labelled blind and then
worked on, so their figures today are better than a new corpus's. The blind figures (each corpus module's first
pin, in its comments) are the ones to quote for links nobody tuned on.
"""

from __future__ import annotations

import importlib
from collections import Counter
from pathlib import Path

import pytest

from labelled_corpus import GOAL, MOST_WRONG, judge, recall, uncounted, wrong_count

DATA = Path(__file__).resolve().parents[1] / "data"
# The rules issue 12 asks for by name ("New rules: ..."), and the kind each finds.
NEW_RULES = ("utm-in-fragment", "utm-key-repeated", "utm-key-unknown", "url-html-escaped", "copied-tracking")
# Why a pooled goal is not met yet (a strict xfail until it is), None when met.
# 52 of 3483 (1.49%) on corpora 2-18 at session 33's start; 72 of 3644 (1.98%) with corpus 19 (34 of 190 wrong blind)
# with corpus 20 (21 of 115 wrong blind): 95 of 3761 (2.53%)
# Then 82 of 3753 (2.18%) after fixB's own-tag readings (corpus 19's Oseh e-mail templates) and later batches; met
# again with fixB's Gatsby minimal-starter entry in rules/platform-written-tags.txt (corpus 19 #95-#97, corpus 20
# #24-#31: 11 wrong findings gone): 71 of 3742 (1.90%). Blind, corpora 19 and 20: 34 of 190 and 21 of 115.
# with corpus 21 (session 34, blind: 110 of 182, 90 of them job lists' tags in other people's copies of the lists):
# 170 of 3916 (4.34%) on main 7c2728b; 167 of 3920 (4.26%) with session 34's batch 2
# fix19 (session 34): example hosts, Weblate's component widget, CJ's/DevTools'/BrightTALK's copied tags, listing
# badges: 150 of 3907 (3.84%)
# Met again in session 34's batch 3 (fix19's example hosts, badges and copied markers; fix20's readings; fix21's
# copies of another repository's README, site names inside a domain, demo records): 69 of 3835 (1.80%). Blind, as
# first measured: corpus 19 34 of 190, corpus 20 21 of 115, corpus 21 110 of 182 (60.4%; 11.0% judged corpus 15's way).
# with corpus 22 (session 35, blind: 15 of 67): 84 of 3902 (2.15%) on main 1e570df; met again with corpus22's
# page-path campaign reading (campaign-slug on `utm_campaign=/docs/...`, corpus 22 #53-#60: 7 gone): 77 of 3895 (1.98%);
# 6 fewer with its multi-line tag attribute reading (corpus 22 #13-#15, JSX's `&amp;` decoded): 65 of 3895 (1.67%) on 2512a69.
# session 35 batch 2 (fix21b's list publisher's links and Algolia's credit; recall's alert and citation tags): 50 of
# 3879 (1.29%).
# Blind, as first measured: corpus 19 34 of 190, corpus 20 21 of 115, corpus 21 110 of 182, corpus 22 15 of 67.
# with corpus 23 (session 35, blind: 38 of 102, 26 of them campaign-slug on Cloud Posse's `cloudposse/<repo>`
# campaigns): 88 of 3984 (2.21%) on main 6a87290 (50 of 3882 without it).
# Blind, as first measured: corpus 19 34 of 190, corpus 20 21 of 115, corpus 21 110 of 182, corpus 22 15 of 67,
# corpus 23 38 of 102.
# Met again with corpus23's `owner/name` campaign reading (campaign-slug on `utm_campaign=cloudposse/<repo>`, corpus 23
# #16-#32, #83-#91: 26 gone): 62 of 3958 (1.57%).
# with corpus 24 (session 36, blind: 24 of 55, 23 of them value advice on other people's tags copied into digests,
# agent skills' examples, saved API data and a saved page): 84 of 4012 (2.09%) on main 63d48ae6 (60 of 3957 without it).
# Blind, as first measured: corpus 19 34 of 190, corpus 20 21 of 115, corpus 21 110 of 182, corpus 22 15 of 67,
# corpus 23 38 of 102, corpus 24 24 of 55.
# Met again once rebased on main 78fa68f8 (session 36's commits since 63d48ae6, which moved findings on
# corpora 2-23): 79 of 4010 (1.97%), corpus 24 still 24 of 55.
# 75 of 4022 (1.86%) on main 09c0baf (session 37); 71 of 4018 (1.77%) with digest24's JSON-escaped page links (a saved
# page's `\u0026amp;` decoded: corpus 24 #81 #83, 4 gone; corpora 2-23 identical); 65 of 4017 (1.62%) with its agent
# skill's example outputs (corpus 24 #24-#28: 6 gone; corpora 2-23 identical); 61 of 4018 (1.52%) with its series
# across date and year folders (corpus 24 #44-#49 #51, a web digest's saved data and issues: 4 gone; corpora 2-23
# identical); then its newsletter's name a variable part of a series' name (corpus 24 #34 #36-#38 #40: 6 gone), a page
# saved from another site a copy when the repository's own site is known (corpus 24 #84; corpus 8 #240's saved jQuery
# page said in one note) and Instagram's `igsh` share id (corpus 24 #11, a correct finding more); with recall25's
# code-comment key reading and `.sql` rows read as written (corpora 4, 7, 19: correct findings only) and rest17's
# recorded answers and own paid links (no figure moved): 54 of 4022 (1.34%) on session 37's batch; corpus 24 3 of 49.
# with corpus 25 (session 37, blind: 7 of 42, drawn by the links themselves: a product's campaign-doc ad destinations
# called internal links 4, value-case on Codacy's older badge and on LinkedIn tags copied into a blog export 2, a link
# sheet's Format: line called unfilled 1): 82 of 4064 (2.02%) on main 09c0baf; 61 of 4064 (1.50%) with session 37's
# batch (digest24's copies, recall25, rest17, stranger17), corpus 25 still 7 of 42; 60 of 4063 (1.48%) with Codacy's
# older badge (`campaign=badger`) read as Codacy's (corpus 25 #25; corpora 2-24 identical); 59 of 4062 (1.45%) with a
# link sheet's `**Format**:` line read as its description (corpus 25 #74; corpora 2-24 identical); 55 of 4062 (1.35%) with fix25b
# (a relative path a Markdown doc names as text, in inline code or a table cell, is no internal link: corpus 25 #50
# #51 #53 #56's utm-internal-link gone, 4 wrong fewer; utm-in-fragment on relative `/#anchor?utm_...`, 4 correct more;
# corpora 2-24 identical). Corpus 24 #56 (the same cause) stays: its mirror was removed, no row-lines.tsv row (until
# session 40: its line read from the code index's stored copy).
# with corpus 26 (session 38, blind: 8 of 63, drawn by the links on other tag strings: missing-utm-param on eHUB
# landing URLs recorded as a deals site's data 5 and on a share link's base completed on the next lines 1,
# url-html-escaped on opensource.com's tags copied into a translation 1, utm-internal-link on a PRD's e-mail deep link
# written as a path 1): 63 of 4125 (1.53%) on main 05b9972 (55 of 4062 without it; corpora 2-25 identical).
# 62 of 4125 (1.50%) with rest18's assistant tag read as no planned source (session 38: ChatGPT's
# `utm_source=chatgpt.com` beside Kitces' LinkedIn share tags on kitces.com no longer makes the blog export a plan of
# the site's posts: corpus 25 #45's value-case gone, copied-tracking found; corpora 2-24 and 26 identical); 61 of 4125
# (1.48%) with rest18's digest word (`weekly` of klaaay/weekly-gen claims no newsletter: corpus 24 #33's
# medium-unassigned gone, #33 #35 found as copied; corpus 24 2 of 49; corpora 2-23, 25 and 26 identical).
# 61 of 4126 (1.48%) with named18 (session 38: a path a Markdown doc names as a table cell's whole text, a campaign
# doc's list of ad destinations, has its values judged as a campaign's; inline code in a sentence, a sample request,
# still not): corpus 25 #53's missing-utm-param found, 1 correct more; corpora 2-24 and 26 identical. 61 of 4127 with
# stranger19 R2 (an address written unencoded in a query value, its tags after the first cut from it, is
# url-second-question-mark's: corpus 22 #52's market:// link found, 1 correct more; corpora 2-21 and 23-26
# identical). 60 of 4126 (1.45%) with a bare relative path in a Markdown file's running text read as text, as inline
# code is (lead: corpus 26 #75's utm-internal-link on a PRD's e-mail deep link gone). 55 of 4121 (1.33%) with fix26a's
# recorded landing URLs (a link checker's `finalUrl` beside the request's status: records, one copied-tracking note
# for the file; corpus 26 #27-#29 #31 #32's missing-utm-param gone); 54 of 4120 (1.31%) with a base URL constant
# completed in template literals read as completed (`${SHARE_BASE}&utm_medium=email`: corpus 26 #48's
# missing-utm-param gone). Corpora 2-25 identical in each of the last three.
# 49 of 4126 (1.19%) with rest18's paid-tier note and Google Cloud's partner credit form (corpus 19 #114, 2 wrong
# gone; corpus 25 #62 found) and fix26b (JavaScript regex literals read as such: corpus 26 #63 found; an Astro page
# is one of the site's pages: #33-#40 found; `intcmp=` marks a site's own tags copied, copied-tracking strips them:
# #18's url-html-escaped gone, and corpus 7 #63 #66's, 2 wrong fewer; corpus 5 #110's url-html-escaped now a miss,
# its tags a FeedBurner copy's, stripped). Corpus 26 0 of 66.
# with corpus 27 (session 39, blind: 22 of 86, drawn by the links on the brief's tag strings and eight more: advice on
# an internal link's tags where the site's host is not read from the file 17 (a blog's content snapshot linking its
# shop's products on the same host, medium-unassigned and value-case 8 + 8; a button shown only on the product's own
# host told to complete its tags 1), a concatenated link read cut at `" + version + "` 1, value advice on a Patreon
# page 1 and on a sponsor's own tags 1, a root test runner's case 1, copied-tracking on a team's own post tags 1):
# 71 of 4212 (1.69%) on main 03d474d (49 of 4126 without it; corpora 2-26 identical). utm-in-fragment 80 of 85 with
# its one (ImageGlass's `/source#donation?utm_...`, found).
# with corpus 28 (session 39, blind: 7 of 67, products' own links drawn by the links on in-app/onboarding/plugin/
# extension/npm... tag strings: utm-internal-link on a site's off-page submission notes, `offpage/*.md` fields of
# directory forms (`Website: https://www.devexthub.com/<tool>/?utm_source=<directory>&utm_medium=directory&...`) in a
# plain-HTML site with `.nojekyll`, read as its pages 5; medium-unassigned and missing-utm-param on Product Hunt's
# embed card `?embed=true&utm_source=embed&utm_medium=post_embed` 2): 56 of 4193 (1.34%) on main 03d474d (49 of 4126
# without it; corpora 2-26 identical); with corpora 27 and 28 both: 78 of 4279 (1.82%).
# 71 of 4276 (1.66%) with leftovers' job-list publishers' markers (session 39: Simplify's `utm_source=Simplify&
# ref=Simplify` and `GHList`, Jobright's `utm_source=1103`, by their organisations: corpus 21 #2 #3 #10 #20's 8 wrong
# gone, their copied tracking found; #1, the pair on a commented-out line, told copied-tracking, 1 wrong); corpora 2-20
# and 22-28 identical. Corpus 21 1 of 87 (42 of 4123 on corpora 2-26).
# 68 of 4273 (1.59%) with otherlinks too (session 39: no value advice on a link read in a file whose every utm value is
# one letter, a sample: corpus 19 #171 #172; nor on one whose utm_source credits a third site by its domain: corpus 6
# #284's `terraform_io`; 78 -> 75 of 4279 -> 4276 alone). Corpora 2-5, 7-18 and 20-28 identical. Measured first on every
# value finding to a foreign host (benchmarks/other_sites.py): no broader reading from the URL, its path and the
# repository's rows removed more wrong findings than correct ones today.
# 58 of 4278 (1.36%) with fix28 and fix27b (session 39): corpus 28 0 of 72 (a slot in capitals, `utm_source=SITE`,
# an unfilled placeholder, #35 #39 #41; a plain-HTML site's Markdown a note beside the site, not one of its pages: #35
# #36 #37 #39 #41's utm-internal-link gone; Product Hunt's embed card its snippet, #38; a constant of tags read into
# `?${UTM_BASE}&...`, #22-#25 found); corpus 27 19 of 86 (ImageGlass's `" + version + "` read as a placeholder, #45;
# a creator's Patreon page utm-useless-destination's, #50; the owner's own GitHub repository link, #24, no copy).
# 42 of 4271 (0.98%) with fix27a (session 39: a Next.js site's host read from its root layout's `metadataBase` and its
# content kept as data read as the site's, so the MechatronicStore blog's product links in its content snapshot are
# internal: corpus 27 #51-#58, 16 wrong gone, utm-internal-link found; a relative link in a database's rows, #62,
# found): corpus 27 3 of 79. Corpora 2-26 and 28 identical.
# 39 of 4269 (0.91%) with leftovers' second batch (session 39: a relative path named in a sentence of a doc about the
# team's own ads is its landing page, corpus 26 #44's missing-utm-param found; an example's link to its own demo
# deployment on a hosting platform a sample, corpus 12 #74-#76, 3 wrong gone; Next.js pages the site's pages) and lows'.
# with corpus 30 (session 40, blind: 11 of 52, marketing and company sites and the products they sell, drawn half by
# placement tag strings, `utm_medium=website` ... `utm_medium=homepage`, half by code-search queries for sites' configs,
# footers, navbars, landing and pricing pages: medium-unassigned on a landing site's sign-up links to its product's
# app, one GA4 property joined by the gtag linker's domains in its root layout (ShipTime, `linker: { domains:
# ['shiptime.com', 'shiptimelandin.com'] }`), where the tags should go 5; missing-utm-param on a vendor's docs showing
# its own `utm_source` parameter in reStructuredText literal blocks (Narrativ's `::` examples) 4; medium-unassigned on
# a store listing behind a `${base}` constant (ReadFast's App Store/Google Play helper) 1; value-charset on brackets
# around a placeholder (`utm_campaign=[${subdomain}]`) 1): 50 of 4321 (1.16%) on main ec56e81 (39 of 4269 without
# it; corpora 2-28 identical).
# with corpus 29 (session 40, blind: 4 of 94 (4.3%), drawn by the links on the brief's tag strings and
# `utm_medium=plugin`: makers' own links from WordPress plugins, SDK packages and product sites, 66 of 66 right on
# medium-unassigned and missing-utm-param; wrong: value advice on a sponsor's own tags, Stream's link in webrtc-rs's
# Sponsors block, medium-unassigned and value-case 2; medium-unassigned on a GitHub Sponsors page 1; utm-internal-link
# on the destination of a Rack::Rewrite `r301` from a podcast's vanity path 1): 54 of 4415 (1.22%) with corpora 29
# and 30 (43 of 4363 with corpus 29 alone; corpora 2-28 identical).
# with corpus 31 (session 40, blind: 7 of 42 (16.7%), drawn by the links on campaign and content values,
# `utm_campaign=newsletter` ... `utm_campaign=2025`, then `utm_campaign=docs` and `utm_content=link`: companies' READMEs,
# product sites and apps linking their own form, app or checkout, a team's UTM policy, a blog's syndication copies;
# medium-unassigned 27 of 29 found; wrong: medium-unassigned on Stripe Payment Links (`buy.stripe.com`/`book.stripe.com`
# with `client_reference_id`), which no GA4 property sees 4 (judgement call: 3 of 42 if counted harmless);
# medium-unassigned on links inside the same app built on `${window.location.origin}/` (3DStreet's generator to its
# editor), where the tags should go 2; medium-unassigned on `outreach`, a medium a team's UTM policy routes by its own
# custom channel group 1): 61 of 4457 (1.37%) on main ca34490 (54 of 4415 without it; corpora 2-30 identical).
# 57 of 4457 (1.28%) after the lead re-judged corpus 31's Stripe rows from Stripe's documentation (a payment link's
# utm codes reach the redirect page's GA4 after payment: the medium advice is true; #56 #58 #60 #61).
# 396 of 4455 (8.89%, on main 236430e with the session 40 ruling and corpus 31: 397 of 4457) with leftovers' test modules (session 40: a test's code, `test-all.mjs`, `index.test.mjs`, is
# read as test data, scan.files.test_module): corpus 27 #78's missing-utm-param (wrong) and corpus 2 #110's (labelled
# correct by the census on the URL alone: a README cleaner's test input, postcss-loader's sponsor badge) gone; corpora
# 3-26 and 28-30 identical.
# 394 of 4453 (8.85%) with leftovers' commented-out code (session 40: copied-tracking does not speak on a link that is
# commented-out code's string, `#     link += "?utm_source=Simplify&ref=Simplify"`, scan.comments.commented_out; a
# comment's prose citing a link keeps it): corpus 9 #291 and corpus 21 #1 gone (2 wrong, blind: nothing to tell), no
# correct finding lost; copied-tracking recall unchanged (644 of 702).
# 392 of 4451 (8.81%) with two rows' lines stated (session 40: corpus 19 #58, corpus 24 #56, whose mirrors were removed,
# read from the code index's copy into row-lines.tsv): a path named as inline code in a sentence is no internal link,
# as scan reads those files; 2 wrong utm-internal-link gone, only corpora 19 and 24 moved.
# Blind, as first measured: corpus 19 34 of 190, corpus 20 21 of 115, corpus 21 110 of 182, corpus 22 15 of 67,
# corpus 23 38 of 102, corpus 24 24 of 55, corpus 25 7 of 42, corpus 26 8 of 63, corpus 27 22 of 86, corpus 28 7 of 67,
# corpus 29 4 of 94, corpus 30 11 of 52, corpus 31 7 of 42, corpus 32 6 of 25, corpus 33 6 of 44, corpus 34 2 of 66.
# 394 of 4415 (8.92%; 54 of 4415 before it) with the session 40 ruling on another party's tags (the sponsor helper:
# a link the repository shows for a sponsor, partner, advertiser or sponsorship programme carries that party's
# values, so advice to respell, rename or add one is wrong; URL-breaking findings stay correct): 378 value labels on
# such links (sponsor blocks and files, partners' pages in docs, newsletters' sponsor slots, conference sponsors'
# data) turned `wrong` and 332 value-kind `present` rows withdrawn, by appended rows, in corpora 1-11, 13-15, 18-20,
# 22, 23 and 25 (340 of them given today: corpus 14's partner-docs pages 50, corpus 6 45, corpus 10 34, corpus 5 24,
# corpus 11 20, corpus 2 20, corpus 19 16, corpus 23 16, ...); where the values are evidently the repository's own
# (one tag set on all its sponsors' links naming it: Changelog's, Zod's, goreleaser's, Composer's; its own site,
# product or partners page) the labels stand. No rule changed: the lead's labels judged such advice both ways before
# (corpus 18's spec.fm `correct`, corpus 4's Carbon `wrong`). Corpora 29 and 30 already judged by it (webrtc-rs's
# Stream link `wrong`), nothing appended there.
# With corpus 31 (3 of 42 after the Stripe re-judgement) and the ruling: 397 of 4457.
# fix29 (session 40), corpus 29 only (every other corpus identical): a GitHub Sponsors page's tags told
# utm-useless-destination, not medium-unassigned (#15); a Rack::Rewrite rule's destination an entry point (#12); a
# `FixturesList.tsx` component scanned, no test fixture (#13: 2 correct): 52 of 4417 (1.18%) on ca34490 (54 of 4415).
# 390 of 4453 (8.76%) on the lead's batch with all of the above (leftovers' test modules, commented-out code and
# stated lines; fix29).
# 49 of 4415 (1.11%) with fix30's first reading (session 40: the hosts a site's Google tag measures as one property
# with it, the gtag cross-domain linker's `domains` in ShipTime's root layout, are the site's own for its pages and
# their components: corpus 30 #15 #17-#20, 5 wrong medium-unassigned gone, utm-internal-link found 5 of 5): corpus 30
# 6 of 52. Corpora 2-29 identical.
# 45 of 4411 (1.02%) with fix30's second (reStructuredText literal blocks, `::` and `.. code-block::`, code examples
# scan skips unless `scan: {code-blocks: true}`, as Markdown's fenced blocks: corpus 30 #31 #32 #34 #35, Narrativ's
# examples of its own `utm_source`, 4 wrong missing-utm-param gone): corpus 30 2 of 48. Corpora 2-29 identical.
# 44 of 4410 (1.00%) with fix30's third (the name a template link opens with read from the file's constants, both
# branches of a conditional: ReadFast's `${base}` is the App Store's or Google Play's listing, a store's own query, no
# medium asked for: corpus 30 #36): corpus 30 1 of 47. Corpora 2-29 identical.
# 395 of 4457 (8.86%; 55 of 4457 without the ruling) with fix31's page origin (session 40: a URL opening with the
# page's own origin in a script, `${window.location.origin}/...`, `location.origin + '/...'`,
# `//${window.location.host}/...`, is the relative link it stands for: corpus 31 #30 #35's medium-unassigned gone,
# utm-internal-link found, 2 of 2): corpus 31 1 of 42. Corpora 2-30 identical.
# 377 of 4447 (8.48%) on the lead's batch with fix30's four readings (corpus 30 0 of 46) and fix31's page-origin links
# (corpus 31 1 of 42) beside leftovers' and fix29's: value advice on other parties' placements is what is left.
# 376 of 4447 (8.46%) with leftovers' per-browser extension manifests (session 40): Rabby's
# `src/manifest/<browser>/manifest.json` makes `src/` an extension's source (scan.extension), so corpus 9 #11's relative
# link is a way into its site: utm-internal-link (wrong) gone, missing-utm-param (the blind label's) found; only
# corpus 9 moved.
# 324 of 4395 (7.37%; 376 of 4447 before it) with the sponsor's reading (session 40, scan.placement): a link in a file whose path names a
# list of sponsors, backers or supporters (SPONSORS.md, sponsors.json/.yml/.js, `_sponsors/`, AsideSponsors.vue,
# supporters.html.erb; never FUNDING.yml) to a site not the repository's own, carrying no tag set the file writes on
# its links to several sites, gets no value advice (the URL rules still speak): 52 wrong findings gone, no correct
# one (corpus 18 0 of 55, its goal met again; corpora 2 -9, 19 -9, 11 -4, 6 -3, 10 -3, 15 -3, 20 -3, 3 -2, 22 -2, 23
# -2, 4 -1); of corpora 19-28's, 16, all labelled correct blind and wrong by the ruling. scan reads the file's text
# too (the nearest heading and its parents, a bold line, an HTML comment or a YAML/JSON key opening the block, the
# link's own line), which this judge does not see: on the whole files at hand (corpus 2's files/, corpora 25-30's
# mirrors) it removed 15 wrong findings on labelled rows and no correct one (sponsor-notes).
# 316 of 4395 (7.19%) with the lead's reading of the ruling's exception on confs.tech's sponsored conferences (session
# 41: one tag set naming the repository on links to three sites is its own, as FastAPI's; corpus 11 19 -> 11 of 165).
# 250 of 4365 (5.73%) with facts (session 41): the text around a link reaches this judge, by scan's own code.
# scan.placement is split into its reading of the text (headings_above, own_line) and its judgement of a reading
# (placement_said); tests/validate_url/placement_rows.py stores the reading of each row's link per corpus
# (tests/data/real-urls-N/placement-rows.tsv) from the file's text (corpus 2's kept files, a mirror at the row's
# commit or its newer snapshot, a text saved from the code index at the row's commit), and validate_url's `placement`
# judges it where scan judges the file's text; a row with no reading is judged by its path alone, as before. 72 wrong
# findings gone, 2 correct (corpora 2 -4, 3 -11, 4 -3, 5 -7, 6 -11 (correct -2), 7 -6, 8 -3, 9 -1, 11 -7, 19 -4, 20
# -2, 22 -1, 23 -9, 27 -1, 29 -2); corpora 10, 12-18, 21, 24-26, 28, 30-31, 33 identical. Coverage (rows with a value
# finding that have a reading, of those rows): 816 of 2639: 2 48/96, 3 15/160, 4 37/152, 5 51/199, 6 57/199, 7 25/169,
# 8 29/200, 9 30/217, 10 46/122, 11 14/58, 12 9/178, 13 7/28, 14 36/93, 15 11/53, 16 2/41, 17 5/18, 18 10/41, 19 8/76,
# 20 10/62, 21 8/46, 22 5/29, 23 13/56, 24 1/6, 25 27/27, 26 34/34, 27 55/55, 28 58/59, 29 64/64, 30 31/31, 31 33/33,
# 33 37/37. The sample is biased: corpora 2-24's files were fetched where wrong value findings are (list A,
# /work/fetch41-A.txt: its covered value findings 69 of 278 wrong and 2 of 102 correct removed) and for a seeded
# random 70 of the other repositories (list B: the unbiased estimate of what the reading costs on correct findings, 0
# of its 258 covered correct value findings removed); the figure on corpora 3-24 counts the text only where it was
# read.
# with corpus 33 (session 41, blind: 6 of 44 (13.6%), drawn by the kind of file, application source: links products
# build into their IDE and browser extensions, desktop and mobile apps, a CLI, a web service and WordPress plugins;
# medium-unassigned 19 of 26 and missing-utm-param 15 of 16 found; wrong: missing-utm-param on a base URL the code
# completes, in the same file (Dyad's `DYAD_PRO_UPGRADE_BASE_URL`, every use appending `&utm_campaign=`), in another
# (Seek's `DONATE_BASE_URL` `?utm_medium=seek` and Donation.tsx's links built on it) or on the next line's adjacent
# literal (Totem's Dart `'?utm_source=app'` `'&utm_medium=share'`) 4; medium-unassigned on create-db's claim links,
# which land on a PostHog site that reads the tags as its own event's fields 2 (judgement call: 4 of 44 if GA4's table
# is applied to them)): 322 of 4439 (7.25%) on main c8787ba (corpora 2-31 identical); 300 of 4417 (6.79%) with facts' readings.
# 233 of 4311 (5.40%) with partners' reading (session 41, scan.partner_tags): a link whose utm_medium names a partner
# placement (`partner-docs`, `partnered`, `partnerref`, `partner`) to a site not the repository's own, outside its own
# partners page (`partners.js`, `PartnersPage/`) and carrying no tag set the file writes on links to several sites, is
# the destination's partner programme's, its values not judged (the URL rules still speak); a folder named for the
# partner (`third-party-docs/Zerion/`) no longer makes the partner's site the team's there: 61 wrong findings gone and
# 1 correct (corpus 19 #39, Lago's page for Anrok, `partner_website`, labelled correct blind; a partner's page in the
# docs under the ruling): corpora 14 -38, 6 -8, 4 -5, 5 -3, 13 -3, 9 -2, 10 -1, 20 -1, 19 -1 correct; medium-unassigned
# in corpus 19 37 of 38. Reading utm_source too (`partner-crewai`) removed 8 more wrong and 2 correct (corpus 11 #13
# #14, MLH's `utm_source=partner`): not written; utm_campaign too (`utm_campaign=partners`) 11 more correct
# (Segment's catalog, TanStack): not written. With corpus 33: 239 of 4355 (5.49%).
# with corpus 32 (session 41, blind: 6 of 25 (24.0%), drawn by the kind of file, e-mail templates: the code search's
# e-mail queries and exact strings of e-mail tags; a stock scanner's transactional mail, a location app's mailer views,
# a kanban board's templates and SQL-stored mail, a newsletter plugin's readme, docs; medium-unassigned 5 of 7 and
# missing-utm-param 4 of 4 found; wrong: missing-utm-param on links cut at a raw space inside an href's query
# (`utm_source=Restyaboard - <%- SITE_NAME %>&utm_medium=web...`) 2, value advice on a partner's referral tag
# (`utm_source=VCVplugin` on dualo.com) 2, value-case reading a JavaScript concatenation (`' + SITE_NAME + '`) as the
# value 1, medium-channel-intent on the second half of a link wrapped over two Markdown lines 1): 322 of 4420 (7.29%)
# on main c8787ba (316 of 4395 without it); 245 of 4380 (5.59%) beside partners' reading and corpus 33 (its
# placement-rows.tsv read for 38 of its 39 rows, nothing moved); the new rules' recall unchanged by it.
# 195 of 4328 (4.51%) with partners' reading, facts' readings of the mirrors fetched by 20:40 and corpora 32 and 33
# together (the lead's landing, session 41).
# 177 of 4310 (4.11%) with a newsletter's ad slot read on its line (partners, session 41: `- [Survey](...) (ad)`,
# rules/placement-words.txt's `(ad)`): Haskell Weekly's advertisers, corpus 10 #87-#94 #96 #97, 18 wrong findings gone,
# no correct one, on the rows with a stored reading (placement-rows.tsv); other corpora identical.
# 165 of 4297 (3.84%) with partners' devrel campaign (session 41, scan.partner_tags: `utm_campaign=devrel`,
# `developer-relations` on a link to a site not the repository's own is the destination's devrel team's, tagging the
# content it places in others' repositories): 12 wrong findings gone (corpus 6: deepset's and MongoDB's notebooks in
# Hugging Face's and Anthropic's cookbooks) and 1 correct (corpus 27 #32, Writer's page in LangChain's docs, labelled
# correct blind before the ruling: a partner's page in the docs under it); missing-utm-param in corpus 27 22 of 23. A
# team's own devrel links (Vonage's `DEV_REL`, deepset's cookbook, MongoDB's showcase) go to its own site: kept.
# 163 of 4297 (3.79%) with fix33's Dart adjacent literals (session 41: `'?utm_source=app'` then `'&utm_medium=share'`
# on the next line is one string, as in C and Python: Totem's shared link told only its missing campaign, its `share`
# medium found) and far constant (a base in an upper-case constant is read with its first completion however far on
# in the module it is used: Dyad's `DYAD_PRO_UPGRADE_BASE_URL`, used 370 lines on, no longer told it lacks the
# campaign every use adds): corpus 33 6 of 44 -> 4 of 44; corpora 2-32 identical.
# 215 of 4348 (4.94%) with facts' rows of the fetched repositories (session 41): placement-rows.tsv read from the
# mirrors fetched for corpora 2-24 (fetch41 lists A and B, 175 repositories) and corpora 32 and 33, by today's reading
# (a comment closing a block ends it), each row with the tag sets its whole file writes on two or more sites
# (file_convention over every link scan extracts: the judge's file_urls are only the corpus's rows, and scan rules out
# a placement carrying the file's own tag set). Against the same code reading no text (269 of 4402): 71 wrong findings
# gone, 0 correct, 17 wrong and 0 correct found that the path alone held back (corpora 2 -4, 3 -11, 4 -3, 5 -7, 6 -13,
# 7 -6, 8 -3, 9 -1, 11 -7, 14 -0 (+16), 19 -4, 20 -2 (+1), 22 -1, 23 -6, 27 -1, 29 -2); corpora 10, 12-13, 15-18, 21,
# 24-26, 28, 30-33 identical. Main before it (195 of 4328, rows without the file's tag sets) held back 20 wrong
# findings scan tells: corpus 14 +16 (aurora's covalent.md, `utm_source=aurora&utm_medium=partner-docs` also on a
# youtube.com link: the file's own tag set, so scan's partner-tags reading does not hold them back), 23 +3
# (google-maps-scraper's `utm_source=github` sponsors, its source the README's own on two sites), 20 +1 (Mockoon's
# backers.md, `utm_source=mockoon` on two sites). Coverage (rows with a value finding that have a reading, of those
# rows): 913 of 2611: 2 48/96, 3 15/160, 4 43/149, 5 49/197, 6 49/191, 7 33/169, 8 38/200, 9 29/215, 10 72/121, 11
# 19/58, 12 41/178, 13 5/25, 14 23/74, 15 12/53, 16 9/41, 17 8/18, 18 10/41, 19 12/75, 20 11/61, 21 8/46, 22 5/29, 23
# 21/56, 24 2/6, 25 27/27, 26 34/34, 27 55/55, 28 58/59, 29 64/64, 30 31/31, 31 33/33, 32 12/12, 33 37/37. The sample
# is biased: corpora 2-24's files were fetched where wrong value findings are (list A, /work/fetch41-A.txt: its
# covered value findings 68 of 239 wrong and 0 of 149 correct removed) and for a seeded random 70 of the other
# repositories (list B: the unbiased estimate of what the reading costs on correct findings, 0 of its 321 covered
# correct value findings removed); the figure on corpora 3-24 counts the text only where the file was fetched.
# 183 of 4317 (4.24%) with it beside partners' ad slot and devrel campaign and fix33's readings (the lead's landing).
# with corpus 34 (session 41, blind: 2 of 66 (3.0%), drawn by the kind of file, data and configuration: product docs
# sites' configs (Docusaurus navbars, footers and announcement bars, Mintlify's docs.json, Hugo banner blocks), navbar
# and footer data modules, an issue-template config, JSON data, and the rest of those repositories' tracked links;
# medium-unassigned 30 of 32, missing-utm-param 21 of 21, utm-internal-link 9 of 9, medium-channel-intent 2 of 2,
# value-case 1 of 1 found; wrong: missing-utm-param on EvoLink's Python link builder whose medium and campaign follow
# in adjacent f-strings on the next lines (corpus 33's Totem cause) 1; medium-channel-intent on a README banner tagged
# `utm_medium=banner` 1 (judgement call: Display as the medium's name says; 1 of 66 if counted right, as corpora 10
# and 19 did)): 302 of 4483 (6.74%) on main 85ea8f0 (corpora 2-33 identical: 300 of 4417); 185 of 4383 (4.22%) with
# the lead's landing of facts' file tag sets, partners' ad slot and devrel campaign, fix33 and mends (corpus 34 2 of 66
# there too); the new rules' pooled recall unchanged by it.
# 181 of 4394 (4.12%) with fix32's readings (session 41: an href's raw space beside a template slot, a JavaScript
# concatenation in a value as a slot, a link wrapped over two Markdown lines read whole; corpus 32 6 of 25 -> 2 of 32)
# and fix33's (Kotlin's bare `$BASE_UTM` constant read in, `.wordpress-org/` walked; corpus 33 4 of 44 -> 4 of 48);
# other corpora identical.
# 194 of 4407 (4.40%) with the devrel reading taken back (the lead, session 41, review41 H3: `utm_campaign=devrel` on
# a link to a site utmlint does not know as the repository's is as often a devrel team's own link in its own samples
# organisation, aws-samples -> aws.amazon.com, Azure-Samples -> azure.microsoft.com, which lost every finding):
# corpus 6 13 -> 25 of 283, corpus 27 1 -> 2 of 77.
# 193 of 4406 (4.38%) with the review's mends (session 41, the lead: test code's URL rules and the devrel reading
# taken back, 194 of 4407) and a Python literal's prefix read before an adjacent literal (EvoLink's f-strings, corpus 34
# #26: 2 of 66 -> 1 of 65).
# 192 of 4406 (4.36%) with the lead's ruling (session 42) on a README banner the repository tags `utm_medium=banner` to
# its own site (corpus 34 #33): medium-channel-intent's hedged note is correct there (GA4 counts the unpaid README's
# visits as display advertising), as corpus 12 #72 and corpora 10 and 19 count it; a sponsor's banner with the
# sponsor's tags stays wrong under session 40's ruling (corpus 23 #38).
# with corpus 35 (session 42, blind: 1 of 84 (1.2%), drawn by the kind of file, Jupyter notebooks and docs-site
# Markdown pages: products' tutorial notebooks and cookbooks (Neptune, W&B, Google's ML courses, ConnectSafely,
# Mixpeek, Contextual AI), docs sites and site content linking their makers' products (nopCommerce, VeryReport,
# FXMacroData, FoxNose, ShopWP, Retainful, Marmicode), a tutorial collection with sponsors' tutorials (Redis, Tavily);
# medium-unassigned 65 of 65, utm-useless-destination 9 of 9, copied-tracking 3 of 3, missing-utm-param 1 of 1
# found; wrong: value-case on Comet's campaign `AMS_US_EN_SNUP_Online_WhisperAI_Notebook` in a Comet engineer's
# notebook linking Comet (#14: the vendor's scheme in its capitals, another party's tags) 1): 193 of 4490 (4.30%) on
# main 1c5ccb9 (corpora 2-34 identical: 192 of 4406); the new rules' pooled recall: copied-tracking 647 of 705 (91.8%),
# the others unchanged.
# Blind, as first measured: corpus 19 34 of 190, corpus 20 21 of 115, corpus 21 110 of 182, corpus 22 15 of 67,
# corpus 23 38 of 102, corpus 24 24 of 55, corpus 25 7 of 42, corpus 26 8 of 63, corpus 27 22 of 86, corpus 28 7 of 67,
# corpus 29 4 of 94, corpus 30 11 of 52, corpus 31 7 of 42, corpus 32 6 of 25, corpus 33 6 of 44, corpus 34 2 of 66,
# corpus 35 1 of 84, corpus 36 5 of 62, corpus 37 11 of 42, corpus 38 17 of 42, corpus 39 33 of 65, corpus 40 2 of 105,
# corpus 41 12 of 57, corpus 42 4 of 79, corpus 43 18 of 60, corpus 44 4 of 55, corpus 47 16 of 38.
# corpus 41 12 of 57, corpus 42 4 of 79, corpus 43 18 of 60, corpus 44 4 of 55, corpus 45 7 of 51.
# with corpus 36 (session 42, blind: 5 of 62 (8.1%), drawn by the kind of file, front-end components and static
# pages: React/Next.js footers, navbars, hero and pricing buttons, page components, a WordPress landing template, a
# static site's script, and the rest of those repositories' tracked links; medium-unassigned 25 of 28 (8 blind rows
# withdrawn: campaign `shop_link` is GA4's shopping pattern, as medium-channel-intent says), missing-utm-param 7 of 7,
# utm-internal-link 8 of 8, copied-tracking 2 of 2, value-case 6 of 10, value-charset 0 of 2, utm-useless-destination
# 0 of 4, source-fragmentation 0 of 3 found; wrong: value advice on a marketplace provider page's tags (Headway's own
# direct-link set `utm_source=pem&utm_medium=direct_link`, #41; the therapist's own sets for the same page, #40 #42 #43,
# judgement calls) 4, missing-utm-param on another party's tags in Formik's community resource list (#55) 1):
# 197 of 4468 (4.41%) on main 1c5ccb9 and d329f68 (corpora 2-34 identical: 192 of 4406).
# with corpus 37 (session 42, blind: 11 of 42 (26.2%), drawn by who writes the tags: marketing and growth teams' own
# files, founders' launch and channel plans, link sheets, UTM conventions, social-post drafts and generators, and the
# rest of those repositories' tracked links; medium-unassigned 11 of 12, missing-utm-param 5 of 6,
# utm-useless-destination 4 of 4, utm-internal-link 3 of 3, medium-channel-intent 1 of 2, copied-tracking 2 of 2,
# pii-in-url 0 of 1 found; wrong: utm-internal-link on paths that are no link between the site's pages (a redirect
# spec's example requests and a README's resume link quoted as inline code, a `<domain>` placeholder host read from
# the path on) 7; copied-tracking on a team's own template row whose host is the Spanish placeholder `tusitio.com` 1;
# source-overrides-medium on a WordPress plugin's own header bundled in the site's theme 2; pii-in-url on an
# example.com address in an analytics scrubber's code comment 1): 203 of 4448 (4.56%) on main 1c5ccb9 (corpora 2-34
# identical: 192 of 4406); 204 of 4532 (4.50%) with corpus 35; 209 of 4594 (4.55%) with corpora 35, 36 and 37; the new
# rules' pooled recall: copied-tracking 651 of 709 (91.8%) with the three, the others unchanged.
# 206 of 4593 (4.49%) with copied42's citation reading (session 42, scan.citation: a link whose own line names the site
# it goes to as the page's publisher, a page title's `| CloudForecast Blog` or an entry's `by DeepLearning.AI`, carries
# that site's own tags, copied with it: copied-tracking, no value advice): corpus 5 #82 (2 wrong gone) and corpus 10
# #194 (1), each a blind copied-tracking label now found (2 correct appended); no correct finding lost, other corpora
# identical (mends42's M8 and M9 readings, landed with it, moved no figure).
# 206 of 4591 (4.49%) with fetch42's readings (session 42): placement-rows.tsv read from the mirrors of list C
# (/work/fetch42-C.txt: every repository of corpora 2-24 with a labelled value finding and no mirror, 557, in a seeded
# random order; the first 120 fetched, all whole; 615 of their 622 rows' files at the row's commit, buttonrocklabs'
# docs/lead-capture.md gone from its snapshot): 614 rows more, 499 more value findings read (coverage, value findings
# whose row has a reading: 1266 of 3421 -> 1765 of 3419; corpora 2-24 649 of 2801 -> 1148 of 2799). No wrong finding
# gone (list C's repositories held none), 2 correct: corpus 5 #302 (Cloudflare's link under Astro's "Sponsors", each
# sponsor there with its own scheme: a label question) and corpus 8 #235 (Convex's link in a TanStack example's README,
# "a sponsor of TanStack Start": TanStack's own `utm_source=tanstack`, written on every sponsor's link in other files,
# which scan's per-file tag sets do not see: a cost). The unbiased estimate of the reading's cost on correct findings:
# list C, 2 of its 501 covered correct value findings removed (0.4%), beside list B's 0 of 321 (session 41): 2 of 822.
# 198 of 4585 (4.32%) with fix37's and fix36's readings (session 42): corpus 37's relative Markdown rows stated as
# paths the docs name as text (tests/data/row-lines.tsv: afida's example requests, Steven Pinto's resume link: 6 wrong
# gone, #18's blind medium-unassigned and missing-utm-param found) and a placeholder host in angle brackets read with its
# URL (`https://<domain>/...`, #1): corpus 37 11 of 42 -> 4 of 37; another author's work a list cites
# (scan.byline: `- [title](url) by [Name](profile)` under a heading of others' writing, rules/citation-words.txt; not
# where the source names the repository): corpus 36 #55 gone, 5 of 62 -> 4 of 61; corpora 2-35 identical (the lead's
# revert of review41 M9's reading moved no corpus figure: the judge never applied it).
# 158 of 4546 (3.48%) with fix36's template slot holding a string literal read as the literal (scan.synthetic
# .literal_slots: `utm_medium=${'nao-treaqueado'}`, corpus 36 #3 #4 #7, their blind medium-unassigned found, 3 correct
# appended), placements' sponsor medium (a link whose utm_medium names a sponsor's or an advertiser's slot, `sponsor`,
# `sponsorship`, `spon`, `ads`: scan.partner_tags.sponsor_tags, no value advice outside the team's own site,
# FUNDING.yml, partners page, e-mail templates, campaign plans and a tag set the file writes on several sites: 24 wrong
# gone in corpora 3, 6, 8, 9, 10, 15, 19, 20, 22, 23; 2 correct, corpus 29 Danny White's own site in his app, a handle
# `dnywh` that names no site) and placements' convention over sites that read tags (a tag set on a partner's site and
# its YouTube video is one site's: Covalent's partner-docs tags in aurora's covalent.md, corpus 14 #123-#130, 16 wrong
# gone, no correct); identity reads a site named for the organisation with a brand's affix (checklyhq.com for checkly:
# rules/org-affixes.txt); the new rules' recall unchanged (the lead's merge, session 42).
# 156 of 4544 (3.43%) with fix37's stand-in sites in other languages (`tusitio.com`, `dominio.com`, `seusite`,
# `votresite`, `deinedomain`... beside `yourcompany.com`: corpus 37 #3's copied-tracking gone) and sample addresses
# (pii-in-url: an address at a domain reserved for examples in a field not named for one is an illustration: corpus 37
# #39 gone; corpus 3's `email=user@example.com` still told); other corpora identical.
# 156 of 4545 (3.43%) with `remarketing` read as an ad's medium (medium-channel-intent: corpus 37 #3's blind label
# found; no other corpus row writes it).
# 156 of 4547 (3.43%) with fix36's pasted key beside a slot (`utm_source=utm_source=${x}`: value-charset, corpus 36 #2
# #6's blind labels found, 2 correct appended).
# 156 of 4548 (3.43%) with a merge tag naming the reader's first name, e-mail or phone told in any field (pii-in-url,
# session 43: corpus 37 #4's `utm_content={{first_name}}` found, 1 correct appended; no other corpus row writes one).
# with corpus 38 (session 43, blind: 17 of 42 (40.5%), drawn by the kind of file: posts of static sites and newsletter
# archives, Jekyll, Hugo, Eleventy, Docusaurus and Quarto blogs, a newsletter's back issues, a weekly links list;
# copied-tracking 5 of 17, utm-internal-link 11 of 11, medium-unassigned 7 of 7, missing-utm-param 1 of 1, value-case
# 1 of 1 found; wrong: value advice on another party's tags quoted with a link in a post that copied-tracking did not
# recognise (BuzzFeed's share token `?utm_term=.<code>#.<code>` in a reading log, told value-case, 8; GOV.UK's e-mail
# tags 2; PageSpeed Insights' redirect tags `utm_source=psi&utm_medium=redirect` 2; Substack's `?utm_medium=ios` 2;
# TLDR AI's `?utm_source=tldrai` 1) 15; medium-unassigned on a partner's tags (the AKS blog's link to Anyscale's demo
# page, a judgement call) 1; utm-internal-link on a paid landing page's sign-up link forwarding the visitor's own tags
# to the app's sign-up route, which records them (DoughPop) 1): 173 of 4589 (3.77%) on main 1435df5 (corpora 2-37
# identical: 156 of 4547); the new rules' pooled recall: copied-tracking 658 of 726 (90.6%), the others unchanged.
# with corpus 39 (session 43, blind: 33 of 65 (50.8%), drawn by language: repositories whose prose is not English,
# Chinese, Japanese, Russian, French: Adobe's Marketo Measure docs in Chinese and Japanese, a Chinese analytics
# product's guide and blog post on UTM, a Japanese portfolio, a Japanese consultancy's tagged-link table, a developer's
# Zenn articles, a Chinese job product's WeChat plan, a Russian rate calculator's CTAs, a French tennis app's
# cross-promotion, a Russian shop's marketplace links; medium-unassigned 9 of 9, utm-internal-link 9 of 9,
# utm-useless-destination 7 of 7, missing-utm-param 0 of 8 found; wrong: findings on example values of documentation
# and how-to pages (Adobe's translated docs: a schema's `示例数据`/`サンプルデータ` 'Sample Data' column of plain text
# in an HTML table block, inline code after 'e.g.', a translator's space in `utm_source =`, a prescribed Bing Ads
# template, a sample written a `&key=value` a paragraph after '例えば'; a blog's sample ad URL; '以数极客为例'; a GA4
# debugging guide's test address) 24, utm-internal-link on a Zenn article's link to its author's blog (the repository
# holds the Astro blog and its Zenn `articles/`, published on zenn.dev) 7, missing-utm-param on marketplace seller
# pages (Yandex Market, Ozon's `vendor_org_<id>` scheme) 2): 189 of 4612 (4.10%) on main 1435df5 (corpora 2-37
# identical: 156 of 4547); the new rules' pooled recall unchanged (no kind of theirs in corpus 39).
# with corpus 40 (session 43, blind: 2 of 105 (1.9%), drawn by the kind of file, project housekeeping files:
# changelogs and release notes, CONTRIBUTING, SUPPORT and CODE_OF_CONDUCT files, READMEs, package manifests' `homepage`,
# a plugin header, and the rest of those repositories' tracked links, mostly WordPress plugin vendors' and products'
# own links to their sites; medium-unassigned 56 of 57, missing-utm-param 24 of 24, utm-useless-destination 7 of 9,
# value-case 1 of 1 found; wrong: copied-tracking on a course's partners' own tags on their GitHub repositories,
# `utm_medium=github`/`utm_source=github` on github.com/<owner>/<repo> read as github.com's own tags on a link to
# itself, 2): 158 of 4652 (3.40%) on main 1435df5 (corpora 2-37 identical: 156 of 4547); 17 of 37 corpora meet 2%; the
# new rules' pooled recall unchanged (corpus 40 holds none of their kinds).
# 208 of 4760 (4.37%) with corpora 38, 39 and 40 together (session 43, the lead's landing) and the lead's pii-in-url
# on a merge tag naming the reader.
# 203 of 4755 (4.27%) with one company's domains counted as one site by the placement convention (rules/site-owners.txt:
# BrowserStack's browserstack.com and percy.io; the lead's ruling of session 43 on WebdriverIO's `partnered` set):
# corpus 20 #42-#45 #47 gone, 10 of 92 -> 5 of 87; no correct finding lost; other corpora identical (over2b).
# 194 of 4746 (4.09%) with a file in a folder that says it holds another party's pages or code (`third-party-docs/`,
# `third_party/`: scan.placement.third_party_folder) read as that party's tags, whatever set it writes on its own
# sites: corpus 14 Arbitrum's Covalent, QuickNode and Crossmint pages (7 wrong gone, 13 of 132 -> 6 of 125), corpus 6
# MongoDB's partner notebook in anthropic-cookbook (2, 23 of 281 -> 21 of 279); no correct finding lost; other corpora
# identical (over2b).
# 192 of 4744 (4.05%) with a file's own sponsor tagging read as a set it writes on several sites or that set spelled
# otherwise, not every set sharing its source (scan.judge._spelled_as): gosom's sponsors' own forms beside its
# `utm_source=github` set, corpus 23 #38 #39 (8 of 64 -> 6 of 62); no correct finding lost (Next-js-Boilerplate's
# `nextjs-boilerplate` and confs.tech's `confs.tech` still told as their files' sets spelled otherwise); other
# corpora identical (over2b).
# 190 of 4742 (4.01%) with the sentence opening a Markdown list (`A **huge thank you to our sponsors**:`) read as its
# items' heading (scan.placement headings_above: 63 stored rows in 21 corpora gained it): corpus 15 #20's 2 wrong gone
# (zachleat.com's 11ty Conference retro, CloudCannon's tags), 9 of 145 -> 7 of 143; no correct finding lost; other
# corpora identical (over2b).
# 189 of 4741 (3.99%) with a sponsorship tier's name as a whole heading (`### Platinum`: scan.placement placement_said)
# read as its sponsors' list: corpus 20 #109 (SerpApi under Mockoon's `### Platinum`), 5 of 87 -> 4 of 86; no correct
# finding lost (axios' `Gold sponsors` already named them); other corpora identical (over2b).
# 180 of 4732 (3.80%) with fix39's HTML block reading (session 43: a URL in the text of a Markdown file's raw HTML block,
# `<td><p>https://...</p>`, shown and never linked, is not judged: scan.examples.html_block_text; corpus 39's sample-data
# column, 10 wrong gone; corpus 39 23 of 55; no other corpus moved: of the 1,427 Markdown rows with their text in
# placement-rows.tsv only those 7 are on such a line).
# 173 of 4732 (3.66%) with fix39's Zenn reading (session 43: a Markdown file in the root `articles/` folder with Zenn's
# front matter is published on zenn.dev, scan.own_site.published_elsewhere, its link to the repository's blog an outside
# referral: corpus 39 #43-#49's utm-internal-link, 7 wrong, gone, their missing-utm-param found, 7 correct; corpus 39
# 16 of 55, its missing-utm-param 7 of 8; no other corpus has a row in a root `articles/` folder).
# 171 of 4730 (3.62%) with fix39's marketplace pages (session 43: a seller's page on Ozon or Yandex Market,
# rules/marketplace-pages.txt, is the marketplace's, whose seller account reads its tags: no GA4 advice; corpus 39 #57
# #58's missing-utm-param, 2 wrong, gone; corpus 39 14 of 53; no other corpus links either marketplace's seller pages).
# 170 of 4729 (3.59%) with fix39's test marker (session 43: a link whose every utm value is `test`, a test visit's
# address, is set aside as a sample's one-letter values are: corpus 39 #24's medium-unassigned gone, corpus 39 13 of 52;
# the one other such link, corpus 21 #19 on example.com in a self-test script, was already held back).
# 169 of 4728 (3.57%) with fix39's Hugo output (session 43: a Hugo site's `public/` beside its root config is the site
# Hugo built, left out of the walk as `build/` is, scan.files.hugo_site; the judge reads the root config from
# site-hosts.tsv's rests_on, 18 Hugo roots: corpus 39 #1's url-insecure in the built search index gone, corpus 39 12 of
# 51; no other corpus has a row in a Hugo root's `public/`).
# 169 of 4729 (3.57%) with fix39's template opening (session 43: a template link opening with a name the file sets to
# another host's URL, `${BLOG_URL}/...?utm_source=zenn&utm_medium=referral`, is the team's, not Unsplash's attribution
# snippet, Judge._opening_elsewhere: corpus 39 #50's missing campaign found, 1 correct; corpus 39 12 of 52, its
# missing-utm-param 8 of 8; no other row of opening-bases.tsv carries Unsplash's tags).
# 168 of 4728 (3.55%) with fix39's six readings above (measured on main before over2b's; corpus 39 33 of 65 blind -> 12
# of 52) and over2b's tier heading together (the lead's landing, session 43).
# 138 of 4712 (2.93%) with fix38's readings (session 43: share tags quoted in blog posts as rules/copied-tracking.txt
# data, BuzzFeed's token, PageSpeed Insights' redirect, Substack's app tag, TLDR's sources; a medium writing out the
# link's own domain, GOV.UK's; `github` in the tags of a link to someone's GitHub repository is no github.com tagging
# itself: corpus 38 17 of 42 blind -> 2 of 39, corpus 40 2 of 105 blind -> 0 of 105, copied-tracking 670 of 726) and
# over2a's partner source and content readings (a utm_source naming a partner programme's partner, `partner-autogen`,
# or a sponsorship; a utm_content naming the piece as a partner's, MongoDB's `Partner Cookbook`: corpora 4, 6, 10, 13,
# 14, 15, 20) landed together by the lead; the lead's review mends (review43 F1 F2 F3 F4 F8) moved no figure.
# 136 of 4710 (2.89%) with over2a's domain-written source (a fix to its partner source reading: `utm_source=partner.com`
# names a site) and its bare `utm_source=partnership` (corpus 5 #220, Vuetify's HeroDevs link: 2 wrong gone).
# 143 of 4710 (3.04%) with the lead's session 44 label rulings, the session 40 ruling applied alike to like links:
# Reown's six partner pages in chains' docs wrong as Openfort's was (corpus 14, +6), radio-t's episode sponsors wrong as
# atlas' was (corpus 10 #66 #76, +2), This Week In React's own curated deals page correct (corpus 5 #248, -1, the
# ruling's exception: one set naming the newsletter on all 34 links, no sponsor slot). Questions ruled to stand:
# PatrickJS #41 #42 and gosom #40 (corpus 23: `utm_source=oss&utm_medium=sponsorship&utm_campaign=<repo>` is the
# sponsors' form in gitleaks, vuls, IntelOwl too), memos #88 #89, esp8266's PlatformIO links (PlatformIO's own scheme,
# `utm_medium=arduino-esp8266` in earlier versions), snowplow #276, glandex #300.
# 164 of 4710 (3.48%) with the lead's second set of session 44 rulings, a partner's own page or entry in the docs or a
# list the repository keeps (session 40's "a partner's page in the docs") told apart by whose form its tags are in:
# Novita AI's one scheme (`utm_source=github_<repository>&utm_medium=github_readme&utm_campaign=github_link`, wrong in
# verba since session 40) in continue's docs and anything-llm (corpora 5 and 4, +6); Gridly's entry in jamstack.org's
# CMS list (corpus 7, +10); the providers' pages in LangChain's docs, each in its own form (corpus 27, +5). Left as
# labelled where the form is the repository's own (TON's `utm_source=tondocs` on its own banner too), or a key's shape
# is told (Auth.js's Supabase page writes `medium=`/`campaign=` without `utm_`: URL findings stay correct).
# 154 of 4700 (3.28%) with Novita AI's partner form and the sponsors' `utm_source=oss&utm_medium=sponsorship` form in
# rules/platform-written-tags.txt (the lead, session 44; each seen in several unrelated repositories): corpora 4, 5, 9
# and 23, 10 wrong gone, no correct one.
# with corpus 41 (session 44, blind: 12 of 57 (21.1%), drawn by the kind of file, GitHub profile READMEs and personal
# pages: profile READMEs' latest-posts lists and bio links, personal sites' and portfolios' social links, project
# cards and resume pages, a Pelican blog; utm-useless-destination 14 of 20, missing-utm-param 17 of 20, copied-tracking
# 6 of 9, medium-unassigned 7 of 7 found; wrong: value advice on tags the page did not choose (Changelog News' and
# dlvr.it's tags on a blog's cited articles, Substack's profile-share tags on the owner's Substack profile) 5, value
# advice on a freelancer's own tags on their Upwork profile, a marketplace's page only Upwork reads (corpus 36's
# Headway convention) 6, utm-internal-link on a printable resume page's link home whose tag is for the printed copy 1):
# 155 of 4767 (3.25%) on main f7aaec8 (corpora 2-40 identical: 143 of 4710); 18 of 40 corpora meet 2%; the new rules'
# pooled recall: copied-tracking 676 of 735 (92.0%), the others unchanged.
# with corpus 42 (session 44, blind: 4 of 79 (5.1%), drawn by the kind of file, text the product shows: no localisation,
# string, notification or tour file with a tracked link was found; in-app announcements (a game's in-game event, an
# extension's screens) and store listings (VS Code Marketplace READMEs and package.json, a Chrome extension's manifest,
# wordpress.org plugin listings: 10 of its 15 repositories are WordPress plugins), and the rest of those repositories'
# tracked links; medium-unassigned 40 of 42, missing-utm-param 10 of 10, source-overrides-medium 19 of 19, value-case 2
# of 2, medium-channel-intent 0 of 1 found; wrong: AB Split Test Lite's help text for its URL-query targeting, example
# query strings (`Example matching values: ?utm_source=fb`) read as links: missing-utm-param 3, source-domain-style 1):
# 147 of 4789 (3.07%) on main f7aaec8, the blind run's code (corpora 2-40 identical: 143 of 4710).
# over2a's front-matter reading (session 43, landed in session 44 by landconf): a page its front matter files under the
# site's partners section (`group: partners`: scan.placement.partner_section) is the partner's: SendGrid's Segment and
# Keen pages, corpus 2 #85 #89 #95, 5 wrong gone, no correct one; corpus 2 2 of 105, under 2% again; other corpora
# identical (38-42 too). The front matter's closing `---` no longer underlines its last key as a heading
# (placement-rows.tsv re-read: 107 stored rows in 20 corpora changed, no other verdict moved).
# 165 of 4831 (3.42%) with all of the above together (the lead's landing, session 44).
# 163 of 4829 (3.38%) with over2a's anchor reading and paid marks (session 43, landed in session 44 by landconf): an
# HTML anchor the link's line opens is read on to its `</a>` (scan.placement.own_line: its logo's `alt`, its caption):
# awesome-flutter's `alt="Requestly sponsorship"`, corpus 6 #300; a newsletter's paid mark in its other words and
# languages (`(promotion)`, `(Anzeige)`, `(publicité)`: rules/placement-words.txt) marks its own link as `(ad)` does:
# This Week In React's French section, corpus 5 #252; 2 wrong gone, no correct one; placement-rows.tsv re-read (corpora
# 41 and 42: 4 rows' own line longer, no verdict moved).
# 168 of 4834 (3.48%) with the front-matter reading taken back by the lead (review44 F1: a blog post filed under
# `categories: [partners]` had its own links held back, "Nothing checked"; SendGrid's docs were its one repository):
# corpus 2 7 of 110 again; placement-rows.tsv re-read (the front matter's section keys gone from 6 corpora's rows).
# 164 of 4830 with over2c's redirect named for its destination (session 44: a redirect table's short address named for
# the site it leads to, `/pagerduty` -> pagerduty.com, is handed out for that party, scan.manifest.redirect_named_for:
# corpus 15 #64 #68 #69, Arrested DevOps' sponsors, 3 wrong gone, 6 of 142 -> 3 of 139; no correct finding lost: the
# other redirect tables' rows name no destination).
# 163 of 4829 with over2c's reading of a key after a second `?` as its fix makes GA4 read it, in the partner reading
# (scan.partner_tags: Yandex Practicum's `..._doka?utm_content=about-partnership`, corpus 13 #102, 1 wrong gone; corpus
# 13 2 of 121, under 2% again).
# 157 of 4823 (3.26%) with Reown's and Openfort's backlink scheme in rules/platform-written-tags.txt (the lead, session
# 44, in place of over2c's reading of `backlinks` in any campaign, a silent pass on a team's own `github_backlinks`:
# review44 F8): corpus 14 #16 #47-#50 #53 #105, 7 wrong gone, no correct one; 10 of 123 -> 3 of 116.
# over2d (session 44), measured on main before the landing: a provider's profile on a care marketplace read as a
# seller's page (rules/marketplace-pages.txt's `care.headway.co /providers/`): corpus 36 #40-#43's medium-unassigned, 4
# wrong gone, corpus 36 0 of 62; a sponsor named in another language (rules/placement-words.txt's `спонсор`, `patrocin`,
# `赞助`, `贊助`, `スポンサー`, `스폰서`): radio-t's episode sponsors (corpus 10 #56 #66 #76), 3 wrong gone, corpus 10 9 of
# 279; a template link opening with a name right before the query's `&` read as holding that name's keys (scan.judge
# _HEAD_IN_QUERY: Seek's `${urls.DONATE_BASE_URL}&...`, corpus 33 #35), 1 wrong gone, corpus 33 3 of 47; no correct
# finding lost. mends44b's own footer link (utm-internal-link on a rendered component's tags naming only the site's
# navigation) moved no figure.
# 149 of 4815 (3.09%) with all of the above together (the lead's landing, session 44).
# fix4142 (session 44), the causes of corpora 41's and 42's blind wrong findings, measured on main before the landing:
# a freelancer's or agency's Upwork profile is a page only the marketplace reads (rules/useless-destinations.txt):
# corpus 41 #20-#25, 6 wrong gone, utm-useless-destination told there instead; copied markers (Changelog News'
# `changelog-news` source alone, not in a repository the source names; Substack's profile-share pair on substack.com/@):
# corpus 41 #1 #15, 3 wrong gone, copied-tracking found on both; a static site's post is named for its title
# (linkplace._post_page): corpus 41 #2, 2 wrong gone, dlvr.it's tags copied; an unquoted `href=` kept by own_line:
# corpus 41 #49 #51 judged, both correct (placement-rows.tsv: 7 rows of corpus 41 re-read); a query written alone after
# example words is no link (scan.examples.example_query): corpus 42 #34 #36 #37, 4 wrong gone; no correct one lost.
# e-mail templates' medium advice (`email`, review44 F13) and the fence in a container (newuser44 F7) moved no figure.
# 134 of 4811 (2.79%) with all of the above together (the lead's landing, session 44); corpus 41 1 of 57, corpus 42 0
# of 75.
# 132 of 4807 (2.75%) with AI/ML API's partner form in rules/platform-written-tags.txt (the lead, session 44, over2d's line:
# `utm_medium=github&utm_campaign=integration` to aimlapi.com, seen in eight projects) and agno's two links relabelled
# wrong as gpt-researcher's were (corpus 4 #180 #185): corpus 6 #175 #180 and corpus 4's two held back, 2 wrong gone net.
# 129 of 4804 (2.69%) with over2c's lone inline code after an example word (session 44: a Markdown paragraph that is an
# example word and one inline code span quoting a URL, `e.g. `http://...``, is a sample shown as code, skipped as a
# fenced block is unless `scan: {code-blocks: true}`, scan.markdown.lone_code_spans; the code span alone, a campaign
# plan's final URL, is read: review44 F9; example-rows.tsv gained its row: corpus 39 #9, Adobe's Chinese Marketo
# Measure glossary, 3 wrong gone, 12 of 52 -> 9 of 49; no other corpus row with its file's text at hand is such a
# paragraph; recall unchanged).
# The lead's session 45 rulings (session 44's, applied alike): Contextual AI's partner form on chroma's integration page
# (corpus 3 #215-#225, 14 findings) and mermaid's credit to Argos' Open Source plan (corpus 4 #198 #200, 2) relabelled
# wrong, a LinkedIn share link in a page's HTML comment told copied (corpus 13 #157) correct as in corpora 6, 8, 9, 11:
# 144 of 4804 (3.00%). Then Contextual AI's form in rules/platform-written-tags.txt (its own host no longer taken by
# scan.judge.own_tagging for the file's own tagging, nor a github.com page that shows no one the tags: scan.snippets.
# tag_hosts), and review44 F20's own-repository reading given to validate_url with the repository as scan has it, bound
# to the entry's own host (Weblate's widget on jellyfin's own instance stays Weblate's; scan had told it since F20):
# corpus 3 14 wrong gone, corpus 5 6, corpus 24 1, Algolia's (corpus 7) and BigCommerce's (corpus 10, ruled correct:
# the host's own repository) own snippets told: 123 of 4787 (2.57%).
# with corpus 44 (session 45, blind: 4 of 55 (7.3%), drawn by the kind of file, site themes and bot/notification
# templates: 11 WordPress themes' credit and upsell links to their makers (no Hugo, Jekyll, Ghost or Hexo theme with a
# tracked link was found), 5 Discord/Telegram bots' messages, 3 GitHub Actions' PR comments; medium-unassigned 46 of 47,
# missing-utm-param 1 of 1 found (2 blind medium-unassigned labels withdrawn: 6b6t's `utm_campaign=evergreen_shop` is
# GA4's shopping pattern, medium-channel-intent judged correct); wrong: test cases in a Rust source file's inline
# `#[cfg(test)] mod tests` (6b6t's Telegram link rewriter's inputs and expected outputs) read as the bot's own
# messages: medium-unassigned 3, missing-utm-param 1): 133 of 4859 (2.74%) on main f3734d3, the blind run's code
# (corpora 2-42 identical: 129 of 4804); 21 of 42 corpora meet 2%; the new rules' pooled recall unchanged. With the
# lead's session 45 rulings and readings above: 127 of 4842 (2.62%).
# with corpus 43 (session 45, blind: 18 of 60 (30.0%), drawn by the kind of file, text a tool prints or ships with its
# package: CLI printed text (ADScan Pro's console panels, OutageDeck's Go CLI, Comp's HR skills' printed footers), an
# npm postinstall script (ThumbGate), an install script (La Growth Machine's), Homebrew formulae and casks (Snyk's,
# Kunobi's), setup.py/pyproject.toml project URLs (marshmallow, apispec, webargs, attrs, argon2-cffi: their Tidelift
# entries), a generator's output (Archiet), a self-hosted app's installer pages (PeakURL), and the rest of those
# repositories' tracked links; medium-unassigned 29 of 30 (five blind `mcp` labels withdrawn: `mcp` contains `cp`,
# Paid Other, told by medium-channel-intent, 5 correct; #37 in an install.sh scan does not read), missing-utm-param 6
# of 6, utm-internal-link 1 of 1, utm-useless-destination 1 of 5 found; wrong: value advice on Tidelift's own link form
# (`tidelift.com/subscription/pkg/pypi-<package>?utm_source=pypi-<package>&utm_medium=pypi` in [project.urls],
# `utm_medium=readme` in a README), another party's tags in unrelated maintainers' projects, medium-unassigned and
# missing-utm-param 10; missing-utm-param and value-case on Snyk's Homebrew formula downloads (`url "https://downloads.
# snyk.io/cli/v.../snyk-macos?utm_source=HOMEBREW"`, binaries without a file extension brew fetches) 8): 147 of 4864
# (3.02%) on main f3734d3 (corpora 2-42 identical: 129 of 4804); the new rules' pooled recall unchanged (corpus 43
# holds none of their kinds). With corpus 44 and the lead's session 45 work: 145 of 4902 (2.96%).
# 128 of 4803 (2.67%, on main f3734d3) with fix38's forwarded tags (session 43, re-landed in session 45 with review44 F4's reading of
# defaults): a relative template link whose every utm slot the file fills from the page's own address with the same
# key, and which cannot write a tag the visit did not bring (no default of the file's own but on a page named for the
# ads that reach it), passes the visit's tags on: no utm-internal-link (corpus 38 #51, DoughPop's paid landing page,
# read through tests/data/forwarded-rows.tsv, 1 row in every corpus whose mirror is at hand); corpus 38 1 of 38;
# other corpora identical (41 and 42 too).
# 144 of 4901 (2.94%) with the session 45 landing of fix38's forwarded tags (corpus 38 #51), landfw's, cite45's,
# mends45's and newuser45's work (no other figure moved).
# fix4344 (session 45): Tidelift's PyPI link form (`utm_source=<the path's package>` with `utm_medium=pypi` or
# `readme`) in rules/platform-written-tags.txt, host-bound: corpus 43 #23 #25 #27 #39 #44, 10 wrong gone, no correct
# finding lost (`source=@path` alone, any medium, was measured and left: it also takes mongoose's own respelling
# `utm_medium=website`, corpus 7 #269, 2 correct findings): 135 of 4892 (2.76%), corpora 2-42 and 44 identical.
# fix4344: a Rust file's inline `#[cfg(test)] mod tests` read as a test's code (scan.files.in_test_code, the judge's
# tests/data/inline-test-rows.tsv): corpus 44 #20 #22 #24 #25, 4 wrong gone, no correct lost (the only other .rs row,
# corpus 6's delta src/utils/path.rs:77, is in no test module): 131 of 4888 (2.68%); corpus 44 meets 2% (22 of 43).
# fix4344: a Homebrew formula's or cask's `url` stanza read as the file brew downloads (scan.downloads): corpus 43
# #11-#14 (Snyk's tap), 8 wrong gone (missing-utm-param and value-case), utm-useless-destination told instead (4
# correct): 123 of 4884 (2.52%), corpora 2-42 and 44 identical; corpus 43 meets 2% (23 of 43).
# 122 of 4883 (2.50%) with all of session 45's landing together (the lead's rulings and readings, corpora 43 and 44,
# fix38's forwarded tags, landfw's, cite45's, mends45's, newuser45's and fix4344's work).
# 142 of 4899 (2.90%) with TestMu AI's (formerly LambdaTest) sponsor form in rules/platform-written-tags.txt (over2e,
# session 45: `utm_medium=sponsor` bound to testmuai.com and lambdatest.com, find_string: 10 unrelated projects, and 7
# more READMEs in the corpora): corpus 5 #89 (memos), 2 wrong gone, no correct one; corpora 43 and 44 unchanged.
# 136 of 4893 (2.78%) with deepset's developer-relations scheme in rules/platform-written-tags.txt (over2e, session 45:
# `campaign=developer-relations` bound to deepset.ai; find_string: osday-italy, DeepLearning.AI's course, the HF
# cookbook): corpus 6 #241-#250 (HF cookbook's NuExtract notebook), 6 wrong gone; deepset's own haystack and
# haystack-cookbook (corpora 14 and 7) still told: no correct one lost.
# 133 of 4890 (2.72%) with Coursera's partner form for institutions in rules/platform-written-tags.txt (over2e, session
# 45: `medium=institutions` bound to coursera.org; find_string: a dozen repositories, five institutions): corpus 10
# #238 #240 (the HF course's DeepLearning.AI links), 3 wrong gone, no correct one.
# 132 of 4889 (2.70%) with Manning's affiliate programme form in rules/platform-written-tags.txt (over2e, session 45:
# `medium=affiliate` bound to manning.com; find_string: five unrelated repositories): corpus 6 #317, 1 wrong gone.
# 130 of 4887 (2.66%) with Coplay's sponsored list entry in rules/platform-written-tags.txt (over2e, session 45:
# `ref=github source=*` bound to coplay.dev, the same form in two unrelated lists): corpus 10 #205 #206, 2 wrong gone.
# (over2e's figures above on the lead's batch 460d7fcf, before fix4344's.) 108 of 4869 (2.22%) with all of session 45's
# landing together, over2e's five entries included (14 wrong gone, none correct).
# 129 of 4886 (2.64%) with Writer's devrel sign-up link in rules/platform-written-tags.txt (over2e, session 45:
# `campaign=devrel` bound to writer.com; find_string: LangChain's and instructor's pages about Writer): corpus 27 #32,
# 1 wrong gone; Writer's own repositories still told.
# 128 of 4885 (2.62%) with an `Acknowledgements` heading read as a credit to another party (over2e, session 45:
# rules/placement-words.txt's `acknowledg`, as `thanks`): corpus 10 #276 (Snowplow's tutorial crediting Evoura), 1 wrong
# gone, no correct one on any stored reading.
# correct): 122 of 4883 (2.50%), corpora 2-42 and 44 identical; corpus 43 meets 2%.
# fix4344: scan reads shell scripts (`.sh`, `.bash`; measured first on the 603 mirrors at HEAD: 6 tracked links in 7
# scripts of 4 repositories, no `curl` call with tags among them; 4 findings, all medium-unassigned on the team's own
# sign-up or product link an installer prints or a GitHub Action posts, 4 of 4 correct by hand; 2 usage comments'
# examples told nothing): corpus 43 #37 and corpus 44 #28 found (2 correct), medium-unassigned's blind misses there
# gone: 122 of 4885 (2.50%), corpora 2-42 identical.
# 106 of 4869 (2.18%) at the end of session 45: over2e's Writer entry and `acknowledg` (corpus 27 #32, corpus 10 #276),
# fix4344's shell scripts (corpus 43 #37, corpus 44 #28 found, correct), landfw's and mends45's mends of review45's
# findings, codekv's key/value reading and newuser45's site grouping on top of the 108 of 4869 above.
# 101 of 4854 (2.08%) with the lead's session 46 entries and ruling: Coiled's `?utm_source=<partner>-docs` (`coiled.io
# source=*-docs`: Dask's, the Hub's and Prefect's docs; a leading `*` now matches a suffix) and HeroDevs' Never-Ending
# Support partner links (`herodevs.com  source=*`: nine unrelated projects). 5 wrong gone (corpus 6 #141 #143 #145,
# corpus 10 #112); the same forms' 10 findings labelled correct (corpus 5 #64 #299, corpus 6 #130 #131, corpus 14 #66
# #68, corpus 15 #108) relabelled wrong by the ruling, applied alike, their present rows withdrawn, and held back.
# 99 of 4852 (2.04%) with Argos' open-source plan form (`argos-ci.com  campaign=oss`), found since in three more
# projects' badges: corpus 4 #198 #200 held back.
# 91 of 4844 (1.88%) with PlatformIO's "Using PlatformIO" block for the Arduino cores (`platformio.org  source=*`: the
# same block in arduino-esp32's, XMC-for-Arduino's and Black Magic Probe's READMEs): corpus 25 #7-#14 held back. The
# pooled goal met again.
# 91 of 4842 with review46's mends: Dask's `hf-docs` links beside Coiled's on the Hub's Dask page read alike (`dask.org
# source=*-docs`, corpus 14 #67 #69 relabelled wrong and held back, F4); a free source naming the vendor itself or a
# network is no partner form (F1, no corpus moved); PlatformIO's entry bound to its block's two forms (F2).
# with corpus 46 (session 46, corpus46, blind: 3 of 56 (5.4%), drawn by the kind of file, mobile and desktop apps' own
# code and string resources: an iOS app's web-view list, a React Native app's share-sheet messages, GeoSpoof's iOS and
# macOS settings, Electron apps' help menus and preferences (Thermal, Translatium, Nami), an Adobe AIR game's screens,
# a Windows tray menu, an Android app's support links, a Flutter demo's about page, a .NET app's link helper and test
# project; medium-unassigned 27 of 35, missing-utm-param 22 of 22, utm-in-fragment 0 of 2 found (the AIR game's
# ActionScript `.as` sources, a file kind the walk does not read, hold 10 of the misses); wrong: a C# interpolated
# string's `{Uri.EscapeDataString(medium)}` read as the medium, `?utm_source=share_card` named in a checklist's prose,
# url-insecure on a vendored SDK header's `http://my.site.com` example, 1 each): 109 of 4925 (2.21%) on main f7768746
# (corpora 2-44 identical: 106 of 4869); 25 of 44 corpora meet 2%.
# fix46 (session 46, corpus46): a language's interpolation slot holding a call (C#'s and a Python f-string's
# `{Uri.EscapeDataString(medium)}`, Swift's `\(enc(medium))`: utmlint.placeholders.CODE_SLOTS) read as a slot filled at
# run time: corpus 46 #56, 1 wrong gone, its missing campaign still told; corpora 2-44 identical: 108 of 4924 (2.19%).
# fix46: ActionScript (`.as`: an Adobe AIR game's screens) read as code: corpus 46 #16-#23 found, 16 correct findings
# more (medium-unassigned 6, url-fragment-order 2, url-insecure 8 on its http:// links, correct by hand), none wrong;
# corpora 2-44 identical (no `.as` row): 108 of 4940 (2.19%).
# with corpus 47 (session 46, corpus47, blind: 16 of 38 (42.1%), drawn by the kind of file, tracked links kept as data
# and redirect configs: Next.js redirect tables (next.config.js, a redirects.js/.mjs module, a rewrite), Gatsby's
# createRedirect, a short-link sheet (Texas Premium's app/data/urls.csv), a short link's redirect page, a site's
# navigation and content config, link-in-bio and link-list data, a conference's sponsors list as a PHP array; 34 URLs
# from 11 repositories, under the brief's 60 and 15: the brief's _redirects/vercel.json/CSV files are not in the
# exact-string index; medium-unassigned 14 of 20, value-case 5 of 8, value-whitespace 1 of 1, copied-tracking 1 of 1
# found (#6's two blind labels withdrawn: a Next.js rewrite's tags never reach GA4); wrong: redirect destinations read
# as internal links (the destination on the line after `destination:`, a redirects module, Gatsby's createRedirect, a
# redirect page, a rewrite) 7, a vendored copy of the foundation-sites npm package under public/ 6, another party's
# tags (an event's influencer link, a brand's referral link, an affiliate template) 3): 122 of 4907 (2.49%) on main
# f7768746, the blind run's code (corpora 2-44 identical: 106 of 4869); 25 of 44 corpora meet 2%.
# 117 of 4910 (2.38%) with fix47's redirect readings (session 46, corpus47: scan.redirects reads a destination written
# on the line after `destination:`, a redirect object in a module of its own (`source` with `permanent` or
# `statusCode`) and Gatsby's createRedirect as entry points; the judge's entry-rows.tsv from the mirrors at hand):
# corpus 47 #2 #3 #20 #24 #27, 5 wrong utm-internal-link gone, 8 correct found (medium-unassigned 5, value-case 3);
# corpora 2-44 identical (the one other row in such a file, corpus 3's dub middleware, is no redirect object).
# 111 of 4904 (2.26%) with fix47's installed npm package (session 46, corpus47: a folder whose package.json carries
# npm's install fields, `_id` name@version with `_resolved`/`_from`/`_requiredBy`, naming another project, is that
# project's code wherever it sits: identity.installed_npm_package, the judge's vendored-libraries.tsv from the mirrors
# at hand): corpus 47 #22 #25 (foundation-sites 6.5.0 under public/), 6 wrong gone; corpora 2-44 identical.
# 110 of 4903 (2.24%) with fix47's Smile.io referral links (session 46, corpus47: `sref_id=<code>`, Smile.io's
# loyalty programme's field on any Shopify store's host, with its own `utm_campaign=referral_program&utm_source=loyalty`;
# find_string: girlfriend.com, heatonist.com, esim.holafly.com in unrelated repositories): corpus 47 #12, 1 wrong gone;
# corpora 2-44 identical.
# with corpus 45 (session 46, corpus45, blind: 7 of 51 (13.7%), drawn by the kind of file, e-mail templates kept in
# code: 15 senders, 33 URLs from e-mails or the code building them (React Email props, HTML builders, Blade, PHP and Mako
# templates, plain-text digests), the rest the same teams' blogs, READMEs and plans; missing-utm-param 15 of 16,
# medium-unassigned 13 of 14, medium-channel-intent 9 of 10, utm-useless-destination 2 of 2, pii-in-url 1 of 1,
# utm-internal-link 1 of 1 found; wrong: utm-internal-link 5 on links leaving the site (an e-mail template's links
# written on PHP's `<?php echo get_site_url() ?>` read as relative, a feed item's link home, a design note's inline-code
# CTA), value-separator and value-charset on PHP's `{$var->prop}` in a campaign 2): 113 of 4920 (2.30%) on main
# f7768746 (corpora 2-44 identical: 106 of 4869); 25 of 44 corpora meet 2%; the new rules' pooled recall unchanged
# (corpus 45 holds none of their kinds).
# corpus45 (session 46): PHP's echo of the site's address in front of a link (`<?php echo get_site_url() ?>/...`) read
# as the link's host (scan.core.PLACEHOLDER): corpus 45 #55 #57 #58, 3 wrong gone (utm-internal-link on an e-mail's
# footer links), no correct finding lost; no other corpus row's line holds such an echo: 110 of 4917 (2.24%).
# corpus45: PHP's complex interpolation (`{$promotion->ID}`) read whole as a placeholder: corpus 45 #56, 2 wrong gone
# (value-separator, value-charset), its medium-unassigned still told: 108 of 4915 (2.20%), corpora 2-44 identical.
# corpus45: corpus 45 #72's line stated in row-lines.tsv (a relative Markdown row with a mirror, left out at first): a
# path named in a sentence, no utm-internal-link, as scan on the repository says: 107 of 4914 (2.18%).
# corpus45: a path named in running text under a section about an e-mail (`### Email content`) judged as the e-mail's
# link (scan.examples.email_section; the judge reads the section's titles from placement-rows.tsv): corpus 45 #72's
# missing-utm-param found (correct), no other corpus's finding moved: 107 of 4915 (2.18%).
# over2f (session 46), on batch ae148661 (97 of 4947, 1.96%): eight vendors' and partners' link forms in
# rules/platform-written-tags.txt, each seen in several unrelated repositories (find_string: TalorData's sponsorship
# `campaignid=`, Nstproxy's partner source, Comet's Opik page `medium=github` and its `AMS_US_EN_SNUP_` campaigns, Packt's
# `OutreachB` outreach, Auth0's `content_synd`/`sc` syndication, Keen's `<partner> Hosted Docs`, ContactOut's API-docs
# link): corpora 2, 4, 8, 9, 15, 20, 23, 35, 14 wrong gone; a page's own line saying the linked site keeps the page
# (scan.byline.page_kept_by) with a docs section's slugified folder no campaign file's (linkplace): corpus 2 #85; a
# template component named for a party's banner (scan.partner_tags.banner_file): corpus 23 #49. 16 wrong gone, no
# correct finding lost: 81 of 4931 (1.64%), 31 of 45 corpora meet 2%.
# 83 of 4977 (1.67%) at the end of session 46, everything landed together (the lead's vendor entries, review46's mends,
# corpora 45-47 with their fixes, over2f, newuser46, mends46), corpora 2-44's figures as above with over2f's and the
# lead's; the lead's ruling on APIRocket's entry beside Gridly's (corpus 7 #79, relabelled wrong: 1 more). Blind on the
# new corpora: 45 7 of 51 (13.7%), 46 3 of 56 (5.4%), 47 16 of 38 (42.1%). 31 of 46 corpora meet 2%.
# with corpus 48 (session 47, corpus48, blind: 9 of 37 (24.3%), drawn by the kind of file, docs-site configuration
# and chrome: docusaurus.config.js configs, a swizzled Docusaurus navbar, docs themes' banner components, Sphinx
# conf.py theme options, a docs site's sponsor list and footer, with those repositories' other tracked links; 47 URLs
# from 18 repositories, under the brief's 60: the docs configs the index reaches with a tag are nearly all earlier
# corpora's; medium-unassigned 13 of 15, missing-utm-param 4 of 5, utm-internal-link 7 of 9, value-case 2 of 3,
# copied-tracking 1 of 3, utm-in-fragment 1 of 1 found; wrong: a swizzled navbar's links not read as the docs site's
# internal links 4, another party's link form (Platform.sh's deploy button, Vue School's partner links) 3, a help
# centre's own search tag copied from the address bar 2): 92 of 5014 (1.83%) on main 6a52dd83 (corpora 2-47
# identical: 83 of 4977); 31 of 47 corpora meet 2%.
# 88 of 5012 (1.76%) with fix48's theme components (session 47, corpus48: a docs site generator's own theme folder,
# Docusaurus' swizzled `src/theme/`, `.vitepress/theme/`, `.vuepress/theme/`, read as the site's pages as its config is:
# linkplace.theme_override): corpus 48 #8 #9 (Astronomer's swizzled navbar), 4 wrong gone, utm-internal-link found (2
# correct); corpora 2-47 identical.
# 88 of 5014 (1.76%) with fix48's sponsor set of another year (session 47, corpus48: a file's own sponsor tag set with
# a campaign the same but for its numbers, `BlitzJS_Sponsorship_2020` beside `..._2021` on two sponsors, read as the
# file's own: scan.judge _numbered_alike): corpus 48 #29, its blind medium-unassigned and value-case found (2 correct);
# corpora 2-47 identical.
# 87 of 5013 (1.74%) with fix48's Platform.sh deploy button in rules/platform-written-tags.txt (session 47, corpus48:
# `platform.sh  medium=button campaign=deploy_on_platform`, the button Directus', SymfonyCorp's and Platform.sh's own
# READMEs carry too): corpus 48 #13, 1 wrong gone; corpora 2-47 identical.
# 85 of 5011 (1.70%) with Vue School's partner form in rules/platform-written-tags.txt (session 47, the lead:
# `vueschool.io  friend=* medium=link`, on vuejs.org, Vue Router's and the old Nuxt site's pages): corpus 48 #15 #17,
# 2 wrong gone; corpus 23 #48 (nothing told before) and corpora 2-47 identical.
# mends47 (session 47): a display medium whose source names the team's own app or extension is medium-channel-intent's
# hedged info note (intent.display_in_app_note): corpus 45 #28's `utm_source=extension&utm_medium=banner` found
# (correct), no other finding moved: 85 of 5012 (1.70%) on session 47's batch.
# over2g (session 47): a list's entry for another party's product, read from its front matter (`title: Gridly` with
# `homepage:` its site: scan.byline.listed_entry, listed-files.tsv) holds back the value advice on its links to that
# site: corpus 7's Gridly and APIRocket entries (11 wrong gone, 13 of 293 -> 2 of 282), no other finding moved:
# 72 of 4966 (1.45%), 32 of 46 corpora meet 2%.
# over2g: a programme's link form whose id is left to fill in (`?utm_source=aff&YOUR-ID`: placeholders.fill_in_note)
# is not asked for missing keys (corpus 47 #13), and a stand-in for the reader's own site in a program's text
# (`my.site.com` in a vendored SDK header's doc comment: illustrations.stand_in_host) is its data, as a reserved name is
# (corpus 46 #60): 2 wrong gone, no correct finding lost: 70 of 4964 (1.41%), 33 of 46 corpora meet 2%.
# over2g: a link whose utm_medium names the site's feed (`feed`, `rss`, `atom`: scan.own_site.fed_out) is read in feed
# readers, off the site, no internal link: corpus 45 #63's utm-internal-link (wrong) gone, its blind medium-unassigned
# found (correct): 69 of 4964 (1.39%), 34 of 46 corpora meet 2%.
# over2g: a tracked URL a name saying it is a base holds (`DONATE_BASE_URL: "..."`: scan.core.base_assignment) is not
# told its missing keys: corpus 33 #33 (wrong) gone: 68 of 4963 (1.37%).
# 85 of 5088 (1.67%) with corpus 49 (session 47, corpus49, blind: 2 of 111 (1.8%), drawn by the kind of file,
# teaching and talk material: reveal.js and Slidev decks, talk slides, workshop and course repositories; no `.tex` file
# is in the index): medium-unassigned on two Mastodon profiles (no GA4 runs there); corpora 2-47 identical (83 of 4977).
# 83 of 5086 (1.63%) with fix49's Mastodon profiles (session 47: rules/useless-destinations.txt names Mastodon's large
# servers' `/@name` pages, whose owners see no visit statistics): corpus 49 #18 #19, 2 wrong gone, 2 correct
# utm-useless-destination; 83 of 5089 with fix49's placement reading (scan.placement.said_of_a_later_link: a line's
# thanks said in a later block of it holding a link of its own are that link's, corpus 49 #11 found). scan reads TeX
# since fix49 (scan.tex: no corpus row is in a `.tex` file, so no figure moved). Corpora 2-47 identical at each step;
# 32 of 47 corpora meet 2%.
# with corpus 50 (session 47, corpus50, blind: 0 findings on 2 URLs from 1 repository, drawn by the kind of file,
# localization and translation resources: the index holds no catalogue and the applications keeping the most are over
# fetch's size limit, said plainly in its README; both links are in a WordPress plugin's `.po` msgstrs, which the walk
# does not read: medium-unassigned 0 of 2 found, no finding counted): 70 of 5110 (1.37%) on batch e7c82e5a, corpora
# 2-49 identical.
# 73 of 5165 (1.41%) with corpus 51 (session 48, corpus51, blind: 3 of 55 (5.5%), drawn by the kind of file,
# documentation written in markup other than Markdown and HTML: reStructuredText 53 and AsciiDoc 9, the index giving no
# Org, Textile, POD, man page or wiki file with a tracked link): medium-unassigned on three projects' own spellings of
# Tidelift's link, labelled blind as Tidelift's (a label question for the lead, corpus 7 #269; the lead ruled them
# correct, as #269, and withdrew the 16 Dask-to-Coiled present rows under session 46's Coiled form: 0 of 55 after); corpora 2-50 identical
# (70 of 5110); 36 of 50 corpora meet 2%.
# with corpus 52 (session 48, corpus52, blind: 3 of 90 (3.3%), drawn by the kind of file, store listings, release
# notes and show notes: VS Code marketplace READMEs and manifests, wordpress.org plugin readmes (Mailster's add-ons,
# TI WooCommerce Wishlist's, CodeSolz's), changelogs and release notes (Salesforce CLI's, Ghost Kit's), podcast show
# notes (Jupiter Broadcasting's, Podcast.__init__'s); no fastlane, F-Droid or Chrome Web Store listing is in the index;
# medium-unassigned 23 of 27, missing-utm-param 26 of 30, copied-tracking 7 of 9, source-overrides-medium 16 of 16,
# value-case 14 of 14, medium-channel-intent 1 of 1 found; wrong: value advice on tags copied from an e-mail and from
# another blog's index page, told as the repository's own 3): 73 of 5200 (1.40%) on main 6678c242 (corpora 2-50
# identical: 70 of 5110).
# 73 of 5201 (1.40%) with fix52 (session 48, corpus52): a Markdown or reST page's link ending at a key's `=` has that
# value written empty (scan.judge Judge._written_empty), not left for a program to fill: corpus 52 #2's empty
# `utm_medium=` told missing-utm-param (correct); and scan reads text files named without a suffix (`NEWS`,
# `ChangeLog`, Google Play's `whatsnew-en-US`: scan.PLAIN_TEXT_NAMES; no corpus row is in one). Corpora 2-50
# identical (said.py).
# mends48 (session 48): a walk reads a `.po` in its translators' own links (a msgstr link no msgid writes); the three
# corpus rows in `.po` files are msgid links or msgstrs repeating one as written (tests/data/po-copy-rows.tsv, read by
# labelled_corpus), still unread: 70 of 5110, every corpus identical.
# With both new corpora on batch (review48 F7: the figure the batch produces, stated once): 76 of 5256 (1.45%); with the
# lead's rulings on their label questions (corpus 51's Tidelift respellings judged correct as corpus 7 #269, corpus 52's
# sponsor links and corpus 51's Dask-to-Coiled links withdrawn): **73 of 5256 (1.39%)**, 37 of 51 corpora at or under 2%
# (corpus 50, no finding, counted as meeting it, as before; over: 11 14 22 23 27 31 32 33 37 38 39 47 48 52).
# with corpus 53 (session 49, corpus53, blind: 0 of 51, drawn by the kind of file, GitHub automation and community
# files: organisations' profile pages and default issue-template choosers, read from the index since fetch cannot bring
# an owner/.github repository; every finding a blind label's, missing-utm-param 14 of 15): 73 of 5307 (1.38%) on main
# e551b46a (corpora 2-52 identical), 38 of 52 corpora at or under 2%.
# 73 of 5393 (1.35%) with corpus 54 too (73 of 5342 on main e551b46a without corpus 53; session 49, corpus54, blind: 0 of 86 (0.0%), drawn by the kind of file,
# deployment, infrastructure and packaging files: the index holds almost none of the kind's own files (`.tf`, Helm
# `NOTES.txt`, Dockerfile `LABEL`s, `app.json`, `PKGBUILD`) with a tracked link, so the kind is here as its pages:
# Helm chart and Terraform module READMEs (Cloud Posse's, Fairwinds', OPC Router's, Phase Two's), container images'
# Docker Hub pages, systemprompt's deploy guides and its one-click droplet's login banner; medium-unassigned 58 of 58
# (one blind label withdrawn: `terraform-gcp-vpc-native` holds `cp`, Paid Other, as medium-channel-intent says),
# missing-utm-param 17 of 18 (the login banner, a suffixless `update-motd.d` script the walk never reads),
# value-case 8 of 8, utm-useless-destination 2 of 2, medium-channel-intent 0 of 8 (`social` and `cpc` stated on a
# Docker Hub page and a README, taken as the team's word)) on main e551b46a; corpora 2-52 identical (73 of 5256).
# over2 (session 49): a plugin published on WordPress.org bundled into another project (its folder's WordPress.org
# readme.txt naming contributors not the repository's: identity.bundled_wordpress_plugin) is another project's code:
# corpus 37 #10 #11's source-overrides-medium (2 wrong) gone with their url-insecure (2 correct, a judgement call in
# their labels): **71 of 5252 (1.35%)** on main e551b46a (71 of 5389, 1.32%, with corpora 53 and 54), corpus 37 0 of 33, every other
# corpus identical (said.py); 38 of 51 meet 2% (40 of 53 with corpora 53 and 54).
# fix54 (session 49, corpus54): scan reads Terraform/OpenTofu and HCL (`.tf`, `.tfvars`, `.tofu`, `.hcl`, `.nomad`),
# Nix, RPM `.spec`, `.desktop`, `.tftpl` templates and `PKGBUILD`/`APKBUILD` (no corpus row is in one: every corpus
# identical); 73 of 5343 with fix54b: a server image's login banner scripts (`update-motd.d/99-one-click`, as shell
# scripts) and `/etc/motd`: corpus 54 #15's missing medium and campaign found, correct; corpora 2-52 identical (said.py).
# over2 (session 49): a page whose script sends every visitor on as it loads (scan.redirects.redirect_page: a mount
# effect's `window.location.href = url`, no click or handler in between) is an entry point, as a redirect rule's
# destination is: corpus 47 #14's utm-internal-link (wrong) gone: **70 of 5251 (1.33%)** on main e551b46a (70 of 5389 with corpora 53 and 54), corpus 47 2 of 32, every
# other corpus identical (said.py).
# Until then (99 of 4852), the WHY said: utmlint tells a sponsor's placement by a sponsors file's path and the heading
# or line around a link, read here only for the rows whose file's text was at hand (placement-rows.tsv), and another
# party's by its partner or sponsor medium. The corpora still over 2% say why in their own modules (corpus 39's
# example values of translated docs, corpus 7's Gridly links, corpus 2's SendGrid partner pages, ...).
WHY_OVER_TWO_PERCENT = None

# copied-tracking found 463 of 516 (89.7%) at session 33's start; more since fixB's HubSpot send-time tags and
# print/radio placement (corpus 11 #20 #5), fixA's plain-name outgoing reading (corpus 5 #173, corpus 7 #50) and kinds'
# new file kinds (Go's talks, FreeMarker pages, Dockerfiles); fewer once the judge counts as missed the mistakes in
# folders scan does not enter (`vendor/`, `build/`, hidden folders: scan.files.walked): 457 of 515 (88.7%)
# with corpus 19 (blind: copied-tracking 26 of 40, utm-key-unknown 0 of 3): 483 of 555 (87.0%), utm-key-unknown 2 of 7
# with corpus 20 (blind: copied-tracking 6 of 17, utm-in-fragment 3 of 4): 489 of 572 (85.5%)
# copied (session 34): an archived copy's tags (corpus 13 #156), a digest's e-mail tags on a page (corpus 15 #97), an
# e-mail recipient's token (corpus 10 #303): 489 -> 492 of 572, 493 (86.2%) with fix20's feed marker
# with corpus 21 (blind: copied-tracking 6 of 58, url-html-escaped 1 of 2): 499 of 630 (79.2%), url-html-escaped 9 of 10
# (10 of 10 since fix21b's one url-html-escaped note on a data set's records writing `&amp;`, corpus 21 #104)
# copied (session 34): a post in the repository's own community (corpus 10 #117) and 3 labelling slips withdrawn
# (corpus 10 #238-#240: DeepLearning.AI's per-language campaign for Hugging Face's course page): 500 of 627 (79.7%)
# with corpus 22 (blind: copied-tracking 7 of 11: a data set's `.jsonl` records scan did not read, 3): 519 of 638
# session 35 batch 1 (fix21b's copies of another repository's list and Google Jobs' apply tag; recall's newsletter
# names, agents' folders and paid clicks' tags): 559 of 638 (87.6%); wrong pooled 71 of 3901 (1.82%)
# with corpus 37 (session 42, blind: copied-tracking 2 of 2, LinkedIn's and Idealist's share tags in a site's data
# files): 646 of 704 (91.8%); 651 of 709 with corpora 35 and 36 too
# 653 of 709 (92.1%) with copied42's citation reading (session 42: corpus 5 #82, corpus 10 #194)
# with corpus 38 (session 43, blind: copied-tracking 5 of 17, share tokens and publishers' own tags quoted in blog
# posts: BuzzFeed's, GOV.UK's, PageSpeed Insights' redirect, Substack's, TLDR AI's missed): 658 of 726 (90.6%)
# with corpus 41 (session 44, blind: copied-tracking 6 of 9: LinkedIn's share tags found; Changelog News' and dlvr.it's
# tags on a blog's cited articles and Substack's profile-share tags missed, value advice instead): 676 of 735 (92.0%)
# 679 of 735 (92.4%) with fix4142's copied markers and post pages (session 44: corpus 41 #1 #2 #15: Changelog News',
# dlvr.it's and Substack's tags)
# with corpus 47 (session 46, blind: copied-tracking 1 of 1, LinkedIn's share tags on a blog post's link): 680 of 736
# (92.4%)
# with corpus 48 (session 47, blind: copied-tracking 1 of 3: Flowverse's listing tags found; help.vtex.com's own
# search tag copied twice into FastStore's docs told missing-utm-param instead): 681 of 739 (92.2%)
# with corpus 52 (session 48, blind: copied-tracking 7 of 9: a Salesforce e-mail's tags in Salesforce's release notes
# and a blog's own index-page tags in a podcast's notes told value advice instead): 688 of 748 (92.0%)
# Why a rule the issue asked for finds under 90% of its kind, pooled (each rule its own strict xfail: stranger14 R9).
WHY_UNDER_NINETY_PERCENT = {
    # 490 of 572 since fix20's `utm_medium=rss` feed marker (corpus 20 #5, session 34); 493 with copied's readings;
    # 499 of 630 with corpus 21; 500 of 627 with copied's second step; 512 of 627 (81.7%) at session 35's start;
    # 559 of 638 with corpus 22 and batch 1 (recall's archive newsletter, agent folders and paid click among them);
    # 561 with recall's Silverchair alert tags and HubSpot's post id alone (corpus 19 #24 #165); 567 (88.9%) with
    # fix21b's list publisher's links in files that hold them (corpus 21); 570 (89.3%) with corpus22's JSON Lines
    # reading (scan reads `.jsonl`: corpus 22 #18-#20 found); 569 (89.2%) once recall's paid-click reading was
    # reverted (stranger16 R17/R20: it told a team's own paid links to drop their tags, Paid -> Direct)
    # 587 of 681 (86.2%) with corpus 24 (blind: copied-tracking 18 of 43: digests' and saved data's copied tags); 588
    # with recall's share-menu pair; 593 (87.1%) with recall's `build/` reading (Docker's tags in Portainer's
    # `build/docker-extension/README.md`, corpus 5 #145 #147-#149 #151). Session 37 (recall25) measured reading the
    # rest: `.sql` walked as any file finds 3 more and 6 wrong (pooled 81 of 4047, 2.00%); read as written only, its
    # stored HTML's `&amp;` read as `&` (scan.stored_rows), the same 3 and none wrong: 596 (87.5%; corpus 4 #80,
    # corpus 7 #163 #164). `.playground/` and `.docker/` would find 4 more, none wrong, but each is one repository's
    # folder name for a database's exported content: not taken (scan.files.PUBLISHED_HIDDEN);
    # 601 with digest24's agent skill's example outputs (corpus 24 #24-#28); 608 with its series across date and year
    # folders (corpus 24 #44-#49 #51); 613 with a newsletter's name a variable part of a series' name (corpus 24 #34
    # #36-#38 #40); 617 with a saved page a copy with one note (corpus 24 #81 #83 #84, corpus 8 #240); 618 of 681
    # (90.7%) with Instagram's `igsh` share id (corpus 24 #11): the goal is met, its strict xfail gone. Still missed
    # (63): corpus 24's Python Weekly issues, This Week In React's and a copied notebook; 16 template and programme
    # links kept silent by decision (Gatsby's starter and create-next-app's in corpora 8, 19 and 20, Sticker Mule's
    # invite link); 37 tags copied with no marker that tells them from a team's own (job lists' tags in copies that
    # name no list they copy; another site's navigation or partner tags whose names a team could write for its own
    # links; in a `.sql` file, Keychron's navigation tags and Substack's app-footer tags); 7 in files `utmlint scan .`
    # does not read (`.docker/` 2, `.playground/` 2, corpus 19's extensionless CMS files 3). 626 of 690 (90.7%) with
    # corpus 25 (blind: copied-tracking 8 of 9; #45, Kitces' LinkedIn share tags in a blog export, told value-case).
    # 629 of 701 (89.7%) with corpus 26 (session 38, blind: copied-tracking 3 of 11): a deals site's affiliate data
    # (eHUB's landing URLs recorded by a validation script, `utm_source=ehub&utm_medium=affiliate&ehub=<click id>`,
    # and a merchant's deep-link template in a generated snapshot: 7, corpus 26 #26-#32) and opensource.com's
    # internal-callout tags in an LCTT translation (#18, told url-html-escaped): under 90% again, a strict xfail.
    # 630 with rest18's assistant tag read as no planned source (session 38: corpus 25 #45 found); 632 of 701 (90.2%)
    # with rest18's digest word (`weekly` of weekly-gen claims no newsletter: corpus 24 #33 #35, Python Weekly's):
    # the goal is met again, its strict xfail gone.
    # 638 of 701 (91.0%) with fix26a's recorded landing URLs (scan.data.landing_value: a link checker's `finalUrl`
    # beside the request's status is a record, one copied-tracking note for the file; corpus 26 #26-#29 #31 #32 found).
    # Still missed of corpus 26: #30, the merchant's deep-link template (`defaultTargetUrl`, `utm_campaign=
    # {$publisherRefId}`) in a generated snapshot, and #18.
    # 643 of 701 (91.7%) with leftovers' job-list publishers' markers (session 39: corpus 21 #2 #3 #10 #20 found).
    # 644 of 702 (91.7%) with corpus 29 (session 40, blind: copied-tracking 1 of 1, zapier.com's outbound tags in
    # iFixit's README).
    # 647 of 705 (91.8%) with corpus 35 (session 42, blind: copied-tracking 3 of 3, Substack's share tags on a
    # tutorial author's own posts in his notebooks).
    # 649 of 705 (92.1%) with copied42's citation reading (session 42: corpus 5 #82, corpus 10 #194); 653 of 709 with
    # corpora 36 and 37 (blind: 2 of 2 each).
    # 658 of 726 (90.6%) with corpus 38 (session 43, blind: copied-tracking 5 of 17: BuzzFeed's share token in a
    # reading log, GOV.UK's e-mail tags, PageSpeed Insights' redirect tags, Substack's and TLDR AI's share tags, each
    # quoted in a blog post, told value advice or nothing instead): still over 90%.
    # 676 of 735 (92.0%) with corpus 41 (session 44, blind: copied-tracking 6 of 9: a newsletter's and an
    # auto-poster's tags on a Pelican blog's cited articles, Substack's `utm_campaign=profile&utm_medium=profile-page`
    # on a Substack profile, told value advice instead): still over 90%.
    # utm-key-unknown: 11 of 14 with corpus 33 (blind: 1 of 3) until the lead's session 46 ruling: `utm_banner` (Easy
    # FAQs' upgrade links, corpus 33 #49 #53) and a JSDoc example's `utm_foo` (corpus 5 #289), keys of a team's own
    # scheme spelled like no GA4 key, are no misspelling for it to mend (GA4 keeps the standard tags; telling every
    # such link is noise to a team that uses them on purpose): their rows withdrawn, 11 of 11.
}
# utm-in-fragment: 74 of 79 (93.7%) before corpus 25; 74 of 83 (89.2%) with it (blind: utm-in-fragment 0 of 4: relative
# ad destinations written `/#roi?utm_segment=vet&utm_campaign=...`, the query after the anchor, in a product's campaign
# docs; two told utm-internal-link instead, two with only the site's own `utm_segment` after `#` told nothing), a strict
# xfail again; 78 of 83 (94.0%) with fix25b (session 37: the rule reads a relative link's query after its `#`, and a
# path a Markdown doc names as text is no internal link): its strict xfail gone.
# 80 of 85 with corpus 27's (found); 81 of 86 (94.2%) with corpus 29's (session 40, blind: 1 of 1, url-fragment-order
# on Truffle's `snaps-rpc-api.html#snap-confirm?utm_source=...`).
# 81 of 88 (92.0%) with corpus 46 (session 46, blind: 0 of 2: an Adobe AIR game's ActionScript screens write
# `.../comment/reply/NN#comment-form?utm_source=...`, in `.as` files a folder walk does not read): still over 90%.
# 83 of 88 (94.3%) with fix46 (session 46: ActionScript `.as` read as code, corpus 46 #20 #23 found by
# url-fragment-order).
# 84 of 89 (94.4%) with corpus 48 (session 47, blind: 1 of 1, url-fragment-order on react-native-video's README link
# `...#how-we-can-help?utm_source=rnv...`).
# 87 of 92 (94.6%) with corpus 49 (session 47, blind: 4 of 4 by url-fragment-order, which corpus 49's FOUND_BY names
# after the run as 16 corpora do: Netlify's `#main?utm_source=` and Pulumi's `#credentials?utm_source=` in workshops).
# utm-key-unknown: 7 of 11 since recall's relative-link reading (session 36: corpus 23 #71 #72, `/join/?UTM_source=`);
# 8 with its template-written `?` (corpus 19 #137, `{{ $suffix }}_utm_campaign=`); 9 with recall25's code-comment
# reading (session 37: a key GA4 cannot read is told on a code comment's link, corpus 19 #139); 10 of 11 (90.9%, the
# goal met) with its `.sql` reading (a database's rows read as written only: syntaxfm's seed's `utm_campaign-type`,
# corpus 4 #74). The one left: `utm_foo=bar` in a JSDoc example (corpus 5 #289: a key named for no GA4 key, left
# alone by design).
# 11 of 14 (78.6%) with corpus 33 (session 41, blind: 1 of 3): Easy FAQs' `utm-source=plugin_menu` found; its
# `utm_banner` (#49 #53), a key GA4 does not read that the blind labels told, is a custom key left alone by design (as
# `utm_foo`): a strict xfail again. Whether a plugin's own `utm_banner` is worth telling is the lead's call.


# The `present` labels recall leaves out, pooled (labelled_corpus.uncounted): those in files a tool writes from the
# repository's own files, whose mistakes are their sources' (where a person fixes them and scan tells them). Honest
# recall counts every other labelled mistake, in the denominator even where `utmlint scan .` does not read the file
# (a patch, a `.po`, a hidden folder): missed. Declaring a kind generated moves labels here, so it moves this pin.
# Session 33 moved 22 here unsaid (stranger14 R11: gettext catalogues, all-contributors' list, built llms-full.txt).
# 37 at session 34's start; 36 since review14rest: a `.po` is a translators' catalogue, not a tool's copy (its msgstrs
# read when named, stranger14 R6), so corpus 7 #245's missing-utm-param came back into the count (then withdrawn as a
# collector slip: it was acf.php's Author URI in a continued msgid, #253). Where they are: corpus 7's .lycheecache
# (14) and .pot (2), corpus 8's .pot (3), corpus 14's built llms-full.txt (13: url-malformed 6, the MDX `\&` its build
# writes verbatim), corpus 4's .all-contributorsrc (3), corpus 5's providers.generated.ts (1). url-malformed's pooled
# figure is 1 of 1 counted; with these, 1 of 7. 13 and 15 with corpus 29 (session 40): #13, Attie's
# `FixturesList.tsx` (a football club's fixtures list, not a test's) is read as a test fixture by its name
# (scan.files.generated: fixture_name) and never scanned, so its medium-unassigned and missing-utm-param land here: a
# miss left out by a false reading of the name, not a tool's copy (corpus 29's README).
# missing-utm-param 15 -> 9 with the session 40 ruling: corpus 14's llms-full.txt rows are partners' pages (GoldRush's,
# Goldsky's tags for Sei), their present rows withdrawn (another party's tags).
# medium-unassigned 13 -> 12 and missing-utm-param 9 -> 8 since fix29 (session 40): a UI component named in PascalCase
# (`FixturesList.tsx`) is no test fixture (scan.files.component_name), so corpus 29 #13 is scanned and its two labels
# counted (both found).
# missing-utm-param 8 -> 9 with corpus 42 (session 44): #74, Permalink Manager's translation template
# (languages/permalink-manager.pot, `msgid "https://permalinkmanager.pro?utm_source=plugin"`, written by wp i18n
# make-pot from the plugin header), a file kind scan does not read.
# medium-unassigned 12 -> 13 with corpus 44 (session 45): #51, Customify's translation template
# (languages/customify.pot, its msgid copying the layout builder's upsell link, `utm_medium=links`), a file kind scan
# does not read.
NOT_COUNTED = {"medium-unassigned": 13, "missing-utm-param": 9, "value-case": 1, "copied-tracking": 2,
               "utm-in-fragment": 1, "url-malformed": 6}


def _corpora():
    for folder in sorted(DATA.glob("real-urls-*"), key=lambda path: int(path.name.rpartition("-")[2])):
        yield folder, importlib.import_module(f"test_real_urls_{folder.name.rpartition('-')[2]}")


@pytest.fixture(scope="module")
def pooled():
    """(wrong, findings), and kind -> (found, present) summed over the corpora whose FOUND_BY owns the kind."""
    wrong = total = 0
    found: Counter = Counter()
    left_out: Counter = Counter()
    for folder, module in _corpora():
        judged = judge(folder)
        left_out += uncounted(judged)
        wrong, total = wrong + wrong_count(judged.per_rule), total + sum(judged.per_rule.values())
        owned = getattr(module, "FOUND_BY", {})
        for kind, (hit, present) in recall(judged, owned).items():
            if kind in owned:
                found[(kind, True)] += hit
                found[(kind, False)] += present
    return (wrong, total), {kind: (found[(kind, True)], found[(kind, False)]) for kind, _ in found}, left_out


def test_every_corpus_is_pooled():
    assert len(list(_corpora())) >= 17


def _goal(unmet):
    return pytest.mark.xfail(strict=True, reason=unmet) if unmet else (lambda test: test)


@_goal(WHY_OVER_TWO_PERCENT)
def test_pooled_false_positives_at_most_two_percent(pooled, capsys):
    (wrong, total), _, _ = pooled
    with capsys.disabled():
        print(f"\nevery corpus: {wrong} of {total} findings wrong ({wrong / total:.2%})")
    assert wrong <= MOST_WRONG * total


@pytest.mark.parametrize("kind", [
    pytest.param(kind, marks=pytest.mark.xfail(strict=True, reason=WHY_UNDER_NINETY_PERCENT[kind]))
    if kind in WHY_UNDER_NINETY_PERCENT else kind for kind in NEW_RULES])
def test_each_new_rule_finds_ninety_percent_of_its_kind(pooled, capsys, kind):
    hit, present = pooled[1][kind]
    with capsys.disabled():
        left_out = pooled[2][kind]
        print(f"\n  {kind:18} {hit}/{present} ({hit / present:.1%})"
              + (f", {left_out} more in tool-written files not counted" if left_out else ""))
    assert hit >= GOAL * present, f"{kind}: {hit}/{present}"


def test_the_labels_recall_leaves_out_are_the_pinned_ones(pooled):
    """A kind declared generated takes its labelled mistakes out of every recall denominator: the count is pinned,
    so the move is named where it happens (stranger14 R11), not found later in a figure that rose by itself."""
    assert dict(pooled[2]) == NOT_COUNTED
