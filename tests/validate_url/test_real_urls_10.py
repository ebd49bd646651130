"""A tenth, independent real-URL corpus (tests/data/real-urls-10): 307 URLs from 63 repositories that are in none
of the nine earlier corpora, a different mix of senders (podcasts' show notes and newsletters kept as Markdown,
people's notes, handbooks and link lists, education material, companies' docs sites, shops' themes, games; no
WordPress, few SaaS products), every one labelled blind (what a careful marketer should be told, by Google's channel
table) before utmlint was run on them, then every finding judged against that label.

Same shape and judge as corpora 3-9 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-10/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-10"
EARLIER = ("real-urls", "real-urls-2", "real-urls-3", "real-urls-4", "real-urls-5", "real-urls-6", "real-urls-7",
           "real-urls-8", "real-urls-9")

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run).
# A source glued to the value before it (`provider=DB_FREE_TIERutm_source=github`) is missing-utm-param's.
FOUND_BY = {
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
    # a swapped pair whose medium GA4 leaves Unassigned is one finding, source-medium-swapped's, which says the
    # Unassigned and writes a medium GA4 knows (onefinding, stranger10 R10: medium-unassigned restated its advice)
    "medium-unassigned": {"medium-unassigned", "source-medium-swapped"},
    "value-case": {"value-case", "value-charset"},
    "copied-tracking": {"copied-tracking"},
    "source-medium-swapped": {"source-medium-swapped"},
    "medium-channel-intent": {"medium-channel-intent"},
    "utm-internal-link": {"utm-internal-link"},
    "utm-key-unknown": {"utm-key-unknown"},
}

# The figures at the commit that added the verdict rows: any change is a change of truth to review.
# Blind, on main at 667f562 (batch 2' of session 28; no rule had seen these URLs; labels committed before utmlint ran
# on them, the last label commit "tests/data/real-urls-10: #276 #277 ..."; the file context rows (comment-rows.tsv)
# written by file_facts.py just before the run): 149 of 405 findings wrong (36.8%). This is the figure to quote.
# Then markers9 (session 28, made on corpus 9, before anyone but corpus10 had seen this corpus; landed after the blind
# run): no completion or respelling beside a visit's copied HubSpot `_hsenc`/`_hsmi` (#108 #144 #146 #148 #151, 6
# wrong findings go), Trendshift's badge as a platform snippet (#190), #139's value-case beside its copied tags; and
# its README-banner shape (a hedged info note since the lead's stranger9 R1 change) finds #306's Display banner, a
# kind the blind pass marked: 141 of 398.
# Then the lead's channels._suggest change (a 6-7 letter medium is guessed from one edit, not two): a podcast
# sponsor's `utm_medium=special` (#56 #76) is no longer told "write `utm_medium=social`" (Organic Social): 139 of 398.
# Then the lead's platform-written snippets from its W4 (rules/platform-written-tags.txt): GitLocalize's translation
# badge (#172-#183), "Powered by Shopify" and "Powered by BigCommerce" footers (#302 #298), LayoutHub's free-plan
# credit (#301): their 16 wrong value and completion findings go: 123 of 382. ReCharge's back-link (#300, values
# with spaces in a Liquid capture) is left.
# Then the lead's data-set change (its W1; scan.collection.is_data_set): a `.csv` collection's rows are records, told once
# for the file by scan: 30 Days of Python's data/hacker_news.csv (#207-#236) loses its 48 wrong row findings
# (copied-tracking and url-insecure on records): 75 of 334.
# Then recall10 (session 29): source-medium-swapped reads a medium naming the repository itself as a source, and
# `podcast` as a medium word: rustacean-station's `utm_source=podcast&utm_medium=rustacean-station` (#44-#54), 10
# correct findings the blind pass marked present: 75 of 344.
# Then recall10: medium-channel-intent says a newsletter tagged `social` (#113 #114, Svelte's monthly post: Email if
# e-mailed, Referral for a page) and a link in Organic Shopping by its campaign name alone with a medium GA4 does not
# know (#276 #277, `live-shopper`): 4 correct findings the blind pass marked present: 75 of 348.
# Then extract10's installed-extension change (identity.installed_extension): ChromeAppHeroes' backups of the
# extensions it reviews (`backup/110-wechatsync/<id>/1.0.10_0/`, `backup/100-volume-master/1.4.0_0/`: a `<version>_0`
# folder with the store's manifest.json) are their authors' code: #123-#138 lose their 14 wrong findings: 61 of 334.
# Then extract10's changelog-example change (scan.examples.changelog_example, read into comment-rows.tsv): Hydrogen's
# `docs/changelog.json` example paths `/snowboards?utm_campaign=buffer` (#295 #297) lose utm-internal-link: 59 of 332.
# Then copied10 (session 29): copied-tracking reads another channel's tags on a link to someone else's site (a
# social network's or an e-mail tool's utm_source, or a social/e-mail medium with no campaign, on a link to a site
# that is not the repository's, whose values name nothing of it): 21 copied links more found (radio-t's twitter,
# substack, reddit and e-mail tags #58-#68 #73 #79; rwpod's #85; ML Papers of the Week's #107 #109 #110; Ember's
# ifttt #111; svelte.dev's Discord and reddit.com #115 #119; the handbook's pepperjam and Customer.io #152 #153;
# LeadDev's ActiveCampaign #165; #168 #170), their 20 wrong completions and respellings gone; and the Hacker News
# CSV's rows with a tweet's tags (#210 #219 #221 #225), no longer its own convention, are records with the rest
# (scan.collection), their 9 wrong findings gone: 30 of 324. Then copied10's second step: a campaign alone naming the
# network or tool that posted the link (SocialFlow's `utm_campaign=socialflow_gizmodo_twitter`, #78 #80 #82, a
# hedged note), and two markers from this corpus (Slashdot's RSS feed #62, Morning Brew #64): their 4 wrong
# missing-utm-param go, 5 copied-tracking found: 26 of 325. Then channel10 (onefinding, stranger10 R10): a swapped
# pair's medium-unassigned restated source-medium-swapped's advice; the Rustacean Station rows' 10 go (correct, their
# Unassigned now said by source-medium-swapped, which FOUND_BY counts for medium-unassigned): 26 of 315.
# Then copied11 (session 30): corpus 11's markers include the Washington Post's share token (`utm_term=.<12 hex>` on
# washingtonpost.com), which #120 carries too (not tuned on): 1 copied-tracking found: 26 of 316. Then copied11's
# reading of a utm value naming a share on someone else's link (The Next Web's `utm_campaign=OGshare` #74, Stack
# Overflow's `utm_source=social-share` #83, hedged notes): 2 found, their 3 wrong completions and respellings gone:
# 23 of 315. Then folder11 (session 30): a folder collection, the files of one shape read together
# (scan.collection.folder_collection): radio-t's show notes (`hugo/content/posts/podcast-*.md`, one copied article
# per episode) collect other people's links; #69 #77's 3 wrong completions go, #69 #70 #77 are found: 20 of 315.
# Then copied11's affiliate networks' click ids (rules/copied-tracking.txt): Impact's `irclickid` (#154) and Rakuten's
# `ranSiteID` (#118) make those links one click's, tags and all: 2 found, their wrong findings gone: 17 of 314.
# Then miss12's markers (session 31): Substack's copy-link `utm_source=url` (#160), InfoQ's talk pages'
# `utm_source=presentations_about_<topic>` (#184 #185), Data Elixir's `utm_source=Data_Elixir_<issue>` (#188): 4 found,
# their 5 wrong completions and respellings gone: 12 of 313.
# Then snip13 (session 31): Trendshift's badge in its other form (`utm_source=trendshift-badge&utm_medium=badge`, #198)
# in rules/platform-written-tags.txt: its wrong medium-unassigned gone: 11 of 312. Then snip13's ReCharge back-link
# (`utm_source=shopify%20store&utm_medium=customer%20link` on rechargepayments.com, #300: its value-case gone; its
# `http://` stays url-insecure's, a URL rule): 10 of 311.
# fix1014 (session 32): the judge validates the URL scan extracts at a row's line when the collector wrote it
# otherwise (tests/data/scan-reads.tsv by file_facts.py): #304 (the Java literal continued on the next lines: its
# missing-utm-param gone, medium-unassigned found): 9 of 311.
# fix1014: a parameter holding a utm query as its value (`inbound_utm=utm_source=bing&utm_medium=cpc`, #156) is a
# redirect service's record of a visit: copied-tracking found, its missing-utm-param, value-case and
# value-separator gone: 6 of 309.
# copied (session 34): one e-mail recipient's token (`emailToken=<id>`, #303) is copied-tracking's, found: 6 of 310;
# a network's very name with a social medium whose other value names the repository (a promotion posted in Svelte's
# Discord, #117) is a post's, copied (a hedged note): 6 of 311.
# sponsor (session 40): the lead's ruling on another party's tags (a link the repository shows for a sponsor,
# partner or advertiser carries that party's values: advice to respell, rename or add one is wrong; URL-breaking
# findings stay correct): 34 value labels on such links turned `wrong` and 33 value-kind `present` rows withdrawn,
# by appended rows (reason `session 40 ruling (another party's tags): ...`): 6 of 311 -> 40 of 311. No rule changed.
# sponsor's reading (session 40): a link in a file whose path names a list of sponsors, backers or supporters
# (scan.placement.placement_file: SPONSORS.md, sponsors.json, `_sponsors/`, AsideSponsors.vue) is another party's
# placement, its values not judged (the URL rules still are): 3 wrong value findings gone, none correct: 40 of 311
# -> 37 of 308.
# partners (session 41): a link whose utm_medium names a partner placement (`partner-docs`, `partnered`,
# `partnerref`, `partner`: scan.partner_tags) to a site not the repository's own, outside its own partners page
# and carrying no tag set the file writes on several sites, is the destination's partner programme's: no value
# advice. Arize's `partner` in a course README #196: 1 wrong finding gone, no correct one: 37 of 308 -> 36 of 307.
# partners (session 41): a newsletter's ad slot, its line marked `(ad)` after the link (rules/placement-words.txt,
# read from placement-rows.tsv: Haskell Weekly's issues, Developer Nation's and Skills Matter's links #87-#94 #96 #97)
# is the advertiser's placement: 18 wrong value findings gone, no correct one: 36 of 307 -> 18 of 289.
# copied42 (session 42): a citation's tags (scan.citation): the list entry credits the page to the site it links to
# (`**[Red Teaming LLM Applications](...)** 🌐 🎥 by DeepLearning.AI`, #194): DeepLearning.AI's own homepage tags
# (`utm_medium=headband&utm_source=dlai-homepage`), copied with the link, told by copied-tracking (1 correct
# appended), not "write `referral`": 1 wrong gone, 0 correct: 18 of 289 -> 17 of 289.
# placements (session 42): a link whose utm_medium names a sponsor's or an advertiser's slot (`sponsor`,
# `sponsorship`, `spon`, `ads`: scan.partner_tags.sponsor_tags, rules/sponsor-tag-words.txt) to a site not the
# repository's own, outside its FUNDING.yml, partners page, e-mail templates and campaign plans and carrying no tag
# set the file writes on several sites, is the sponsor's placement: no value advice. Instabug's `utm_medium=spon` in
# ToolsOfTheTrade #199-#201: 6 wrong findings gone, no correct one: 17 of 289 -> 11 of 283.
# over2a (session 43): a link whose utm_source names a partner programme's partner (the word joined to a name:
# `partner-crewai`, `website_partner`) or a sponsorship (`sponsorship`, `official-sponsor`: scan.partner_tags,
# rules/partner-tag-words.txt and sponsor-tag-words.txt) to a site not the repository's own, outside its partners page
# and carrying no tag set the file writes on several sites, is that party's placement: no value advice. Tailscale's
# `utm_source=sponsorship` on Changelog's `/tailscale` redirect #40: 1 wrong finding gone, no correct one: 11 of 283
# -> 10 of 282.
# lead (session 44): #66 #76 (radio-t's episode sponsors under "Спонсор(ы) этого выпуска") relabelled wrong as #56
# was at session 40 (the sponsors' own tags: JPoint's campaign `jpoint2017`, the `special` medium atlas writes too):
# 10 of 282 -> 12 of 282; their present rows withdrawn (missing-utm-param 69/70 -> 68/69, medium-unassigned 47/48 -> 46/47).
# over2d (session 44): a sponsor named in another language (rules/placement-words.txt: `спонсор`, `patrocin`, `赞助`,
# `スポンサー`, `스폰서`; the invitation `Станьте спонсором` still the team's own) holds the link's values back as
# `Sponsors` does: #56 #66 #76's value advice gone (3 wrong, no correct): 12 of 282 -> 9 of 279.
# lead (session 45): review44 F20's reading given to validate_url with the repository: BigCommerce's own "Powered by"
# link in its own theme (#298, bigcommerce/cornerstone) told (missing-utm-param, medium-unassigned), ruled correct
# (the host's own repository: `utm_medium=poweredbyBC` is Unassigned in BigCommerce's GA4): 9 of 279 -> 9 of 281.
# over2e (session 45): Coursera's partner link for an institution (`utm_source=<the institution>&utm_medium=institutions`
# on coursera.org: rules/platform-written-tags.txt, find_string: Google's, IBM's, DeepLearning.AI's in a dozen
# repositories) is Coursera's: the HF course's Spanish and Bengali pages (#238: medium-unassigned, value-case; #240:
# medium-unassigned, wrong) held back; the Hindi page's `utm_medium=institutes` (#239) is no longer Coursera's form, and
# stays told. 3 wrong gone, no correct one: 9 of 281 -> 6 of 278.
# Then Coplay's sponsored list entry (`coplay.dev  ref=github source=*`: the same form in two unrelated lists): #205
# #206's missing-utm-param (wrong) held back, 6 of 278 -> 4 of 276.
# Then an `Acknowledgements` heading read as a credit to another party (rules/placement-words.txt's `acknowledg`, as
# `thanks`): Snowplow's tutorial crediting Evoura (#276: medium-channel-intent wrong) held back, 4 of 276 -> 3 of 275.
# lead (session 46): HeroDevs' Never-Ending Support partner links are HeroDevs' (`herodevs.com  source=*` in
# rules/platform-written-tags.txt, the same form in nine unrelated projects): Vue's blog's #112 (medium-unassigned,
# wrong since the session 40 ruling) held back: 3 of 275 -> 2 of 274.
MEASURED_WRONG = 2
MEASURED_PAIRS = 274
# found/present per kind a rule owns, as measured blind: a change either way is to be reviewed.
MEASURED_RECALL = {
    "copied-tracking": (94, 95),  # 52 blind; 24 by copied10's another-channel reading, 2 by its markers (session 29);
    # #120 by copied11's Washington Post marker, #74 #83 by its share reading (session 30); #69 #70 #77 by folder11's
    # folder collection (session 30); #118 #154 by copied11's affiliate click ids; #160 #184 #185 #188 by miss12's
    # markers (session 31); #156 by fix1014's recorded-visit reading (`inbound_utm=utm_source=...`); #303 by copied's
    # recipient-token reading (`emailToken=<id>`, session 34), #117 by its reading of a post in the repository's own
    # community (`utm_source=discord&utm_medium=social&utm_content=svelte`); #238-#240 withdrawn, a labelling slip (the
    # campaign `...-hugging_face-page-...`, one per language: DeepLearning.AI's tags for this very placement); #194 by
    # copied42's citation reading (`by DeepLearning.AI` after the link, session 42)
    "medium-channel-intent": (5, 5),  # 1 blind; #306 by markers9's README-banner note; recall10: #113 #114 #276 #277
    # 6/6 before the session 40 ruling (another party's tags)
    # 63/67 and 82/84 blind; #95 and #278 are links inside HTML comments, the slip the first labeller disclosed (README),
    # confirmed from the files and their present rows withdrawn by the second labeller's check (session 29, labels10;
    # tests/data/label-agreement/corpus-10): no reader follows a link Markdown does not render
    "medium-unassigned": (46, 47),  # #76 withdrawn (session 44 ruling), 47/48 before; fix1014: #304 read as scan extracts it (the Java literal continued)
    # 64/65 before the session 40 ruling (another party's tags)
    "missing-utm-param": (68, 69),  # #66 withdrawn (session 44 ruling), 69/70 before; 82/83 before the session 40 ruling
    "source-medium-swapped": (10, 10),  # recall10: the repository's own name as the medium (#44-#54)
    "utm-internal-link": (2, 2),
    "utm-key-unknown": (1, 1),
    "value-case": (33, 33),  # 35/35 before the session 40 ruling
}

# Why issue 12's goals are not met yet on this corpus, None where they are: the goals' tests are strict xfails
# until then (labelled_corpus.corpus_tests).
# Blind, issue 12's goal was not met here: 149 of 405 findings wrong (36.8%; see tests/data/real-urls-10/README.md);
# met since fix1014 (session 32): 6 of 309 (DeepLearning.AI's tags on Coursera and its own site told their
# medium 4 and case 1, ReCharge's `http://` back-link 1).
# Over 2% since the session 40 ruling on another party's tags (34 value findings on sponsors', partners' and
# advertisers' links relabelled wrong: 9 of 279 after session 44) until over2e (session 45): 6 of 278 with Coursera's
# partner form as data, 4 of 276 (1.4%) with Coplay's list entry, 3 of 275 with `Acknowledgements` read as a credit.
# Left: the HF course's Hindi page (#239, `institutes`), the Vue blog's HeroDevs link (#112), ReCharge's `http://`
# back-link (#300).
WHY_OVER_TWO_PERCENT = None
# copied-tracking found 86 of 98 until miss12's markers (session 31): 90 of 98, every owned kind at 90% or more
WHY_UNDER_NINETY_PERCENT = None

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             # at most 30 URLs of one repository (corpora 6-9: 10): see the README's "Concentration"
             origin=dict(min_urls=300, per_repo=30))
