"""A ninth, independent real-URL corpus (tests/data/real-urls-9): 312 URLs from 93 repositories that are in none
of the eight earlier corpora, a different mix of senders (SaaS and developer products' in-product links, READMEs,
docs sites, SDK READMEs, notebooks, browser extensions, CLIs; no WordPress), every one labelled blind (what a
careful marketer should be told, by Google's channel table) before utmlint was run on them, then every finding
judged against that label.

Same shape and judge as corpora 3-8 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-9/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-9"
EARLIER = ("real-urls", "real-urls-2", "real-urls-3", "real-urls-4", "real-urls-5", "real-urls-6", "real-urls-7",
           "real-urls-8")

# The rule(s) that own each kind of mistake the blind pass found. A `?query` after the `#` is url-fragment-order's;
# the one url-malformed row, a `#` typed inside a key (`ut#m_content`), utm-key-unknown's since markers9.
FOUND_BY = {
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
    "medium-unassigned": {"medium-unassigned"},
    "value-case": {"value-case", "value-charset"},
    "copied-tracking": {"copied-tracking"},
    "source-domain-style": {"source-domain-style", "source-fragmentation"},
    "medium-channel-intent": {"medium-channel-intent"},
    "utm-in-fragment": {"utm-in-fragment", "url-fragment-order"},
    "utm-key-repeated": {"utm-key-repeated"},
    "url-malformed": {"utm-key-unknown"},
}

# The figures at the commit that added or last changed the labels: any change is a change of truth to review.
# Blind, on main at e958ba4 (after the 04:30 batch; no rule had seen these URLs; labels committed as 7780195, the
# commit "tests/data/real-urls-9: 312 real tracked URLs ..." (its id moves with rebases), before utmlint ran on
# them; the file context rows (comment-rows.tsv) written by file_facts.py just before the run):
# 55 of 327 findings wrong (16.8%). This is the figure to quote.
# Then the lead's b41ef97 (with this corpus in view, not blind for it): a suggested medium never lands where
# medium-channel-intent would report it: `organic_oss` is no longer told `organic` (#32-#46 #76) and `organic` from
# iLert's docs is told `referral`, not `social` (#74 #75): the 14 `wrong_if` findings keep their kind and lose the
# wrong advice: 41 of 327. Then the lead's "Markdown renders no HTML comment" (scan.comments; comment-rows.tsv
# rewritten by file_facts.py): pathway's Canva editor links in `<!-- -->` (#278-#287) lose their 18 wrong findings
# (medium-unassigned, value-case on Canva's design id, value-separator on `-->`): 23 of 309.
# Then extract9's scan.minified (not blind for it: #38 was its example): checkov's docs/web/js/pyro.js, a site
# builder's minified library with its own license banner, is that project's code (vendored-libraries.tsv rewritten
# by file_facts.py): its badge link loses missing-utm-param: 22 of 308.
# Then the lead (session 28) took the second labeller's first-labeller slip (tests/data/label-agreement/corpora-7-9):
# terragoat's packages/sub/METADATA (#40 #43-#45) is a test fixture copying checkov's PyPI metadata: its 4
# medium-unassigned findings are wrong (rows appended) and its present rows withdrawn: 26 of 308. (Counted so at the
# blind measurement, the blind figure would have been 59 of 327, 18.0%.)
# Then markers9 (session 28): copied-tracking markers for HubSpot's user-guide tags on hubspot.com (#121 #122), a
# listing's `gmb` and Yext's tags (#296-#299), Heap's `utm_placement` on its host (#114), Substack's share link on
# the writer's own blog in its own repository (`own=ask`, #273 #274); no completion or respelling beside a visit's
# copied `_ga=` (#121); Trendshift's badge as a platform snippet (#117): 16 wrong findings go, 8 copied-tracking rows
# appended (correct, the blind pass's `present`): 10 of 300.
# Then markers9's utm-internal-link needing a GA4 key (or a misspelling of one): Litlyx's own API call
# `/api/data/utm?utm_type=...` (#124) loses it: 9 of 299.
# Then markers9's file convention (checks.tracking.copied_file.file_convention): Stoplight's
# `utm_source=github&utm_medium=spectral&utm_campaign=docs`, written on its stoplight.io links too, is not github.com's
# own tags copied (#142): its copied-tracking goes and medium-unassigned on `spectral` speaks (a row appended, correct:
# the blind pass's `present`): 8 of 299. Then medium-channel-intent's display shape (markers9): Ory's README banners
# `utm_source=github&utm_medium=banner` (#136-#138, Display for an unpaid README link; 3 rows appended, correct):
# 8 of 302.
# Then utm-key-unknown on a `#` typed inside a GA4 key (markers9): `ut#m_content` (#302; a row appended, correct):
# 8 of 303.
# Then miss12 (session 31): tags after `#` are judged as they would be once moved into the query (scan.judge's
# _moved_out_of_fragment): Datree's `#utm_source=github&utm_medium=organic_oss` (#20) gets medium-unassigned beside
# utm-in-fragment (a row appended, correct: the blind pass's `present`): 8 of 304.
# Then snip13 (session 31): an SVG image's `<!-- -->` is a comment, as Markdown's is (scan.comments; comment-rows.tsv
# rewritten by file_facts.py): daily.dev's note of the URL its QR code encodes (#2) gets no completion: 7 of 302.
# Then miss12 (session 31): a Python package's metadata (`METADATA`, `PKG-INFO`) is its build tool's copy of the
# package's README, a file scan never reads (scan.files.GENERATED_FILES): terragoat's fixture (#40 #43-#46) is not
# judged, its 4 wrong medium-unassigned gone: 3 of 299.
# review12rest (stranger12 R12): the key tags after the `#` still lack once moved is said: #20's missing-utm-param
# (no campaign) found (correct): 3 of 300.
# Then recall (session 32): validate_url runs scan's spelling rules on the file's links: `github.com` beside `github`
# in checkov's and Stoplight's prism and elements READMEs (#35 #150 #152 #154 #160 #161; 6 correct
# source-fragmentation). Spectral's README (#143 #144) writes `github.com` twice and `github` once: from that file
# alone the plain name would be told to become the domain, which validate_url never says; scan, reading its other
# files, finds them: 3 of 306.
# sponsor (session 40): the lead's ruling on another party's tags (a link the repository shows for a sponsor,
# partner or advertiser carries that party's values: advice to respell, rename or add one is wrong; URL-breaking
# findings stay correct): 12 value labels on such links turned `wrong` and 12 value-kind `present` rows withdrawn,
# by appended rows (reason `session 40 ruling (another party's tags): ...`): 3 of 306 -> 15 of 306. No rule changed.
# Then leftovers (session 40): copied-tracking does not speak on commented-out code (scan.comments.commented_out, read
# on comment-rows.tsv's stored line): AgentOps' `#     url='https://www.tomshardware.com/...?utm_source=openai'`, an
# OpenAI citation's example (#291, blind: nothing to tell): 14 of 305. Then its per-browser manifests
# (`src/manifest/chrome-mv3/manifest.json`: scan.extension) make Rabby's `src/` an extension's source: #11's relative
# `/desktop/profile?utm_source=debank` is a way into its desktop site, not an internal link (utm-internal-link, wrong,
# gone; missing-utm-param found, the blind label's: 1 correct row appended): 13 of 305.
# partners (session 41): a link whose utm_medium names a partner placement (`partner-docs`, `partnered`,
# `partnerref`, `partner`: scan.partner_tags) to a site not the repository's own, outside its own partners page
# and carrying no tag set the file writes on several sites, is the destination's partner programme's: no value
# advice. Confluent's `partnerref` in CloudQuery's Kafka docs #19, MangoProxy's `partner` in Maxun's README #132: 2
# wrong findings gone, no correct one: 13 of 305 -> 11 of 303.
# facts (session 41): the text around a link reaches this judge (placement-rows.tsv: scan.placement's reading of the
# file's text, judged by its placement_said): OctoLinker/OctoLinker the heading "Sponsors" (#3: medium-unassigned
# wrong). 1 wrong gone, 0 correct: 11 of 303 -> 10 of 302.
# placements (session 42): a link whose utm_medium names a sponsor's or an advertiser's slot (`sponsor`,
# `sponsorship`, `spon`, `ads`: scan.partner_tags.sponsor_tags, rules/sponsor-tag-words.txt) to a site not the
# repository's own, outside its FUNDING.yml, partners page, e-mail templates and campaign plans and carrying no tag
# set the file writes on several sites, is the sponsor's placement: no value advice. recall.ai's `sponsorship` in
# screenity, TestMu AI's `sponsor` in firefly-iii and openlit: 5 wrong findings gone, no correct one: 10 of 302 -> 5
# of 297.
# lead (session 44): Novita AI's partner form (`novita.ai  source=github_* medium=github_readme`) and the sponsors'
# `utm_source=oss&utm_medium=sponsorship` form (tines.com, coderabbit.ai, getunblocked.com, okara.ai) listed in
# rules/platform-written-tags.txt, each seen in several unrelated repositories: Verba's #289 #290
# held back: 5 of 297 -> 3 of 295.
# over2f (session 46): ContactOut's API-docs link (`contactout.com  source=api_docs`, in API Evangelist's catalog too)
# listed in rules/platform-written-tags.txt: #115's missing-utm-param held back: 3 of 295 -> 2 of 294.
MEASURED_WRONG = 2
MEASURED_PAIRS = 294
# found/present per kind a rule owns, as measured blind: a change either way is to be reviewed.
MEASURED_RECALL = {
    "copied-tracking": (22, 23),  # 14 blind; markers9's markers (#114 #122 #273 #274 #296-#299)
    "medium-channel-intent": (5, 5),  # 2 blind; Ory's banners (#136-#138) since markers9's display shape
    # 159/162 blind; terragoat's METADATA fixture's 4 withdrawn (session 28); #142 since markers9's file convention
    # 156/158 until useless10 (session 29): #142, Stoplight's docs tags on its github.com repository, gets
    # utm-useless-destination instead (nobody reads tags there; labelled correct after the rule was written)
    "medium-unassigned": (148, 150),  # #20 after `#` since miss12 (session 31)
    # 156/158 before the session 40 ruling (another party's tags)
    "missing-utm-param": (70, 71),  # #20 after `#` since review12rest (stranger12 R12); #11 since session 40 (Rabby)
    # 72/74 before the session 40 ruling (another party's tags)
    "url-malformed": (1, 1),  # 0 blind (no rule owned it); markers9's `#` inside a key
    "source-domain-style": (6, 8),  # 0/10 blind; terragoat's METADATA fixture's 2 withdrawn (session 28); 6 since
    # recall (session 32): the spelling rules on the file's links
    "utm-in-fragment": (2, 2),
    "utm-key-repeated": (1, 1),
    "value-case": (36, 36),  # 37/37 before the session 40 ruling
}

# Why issue 12's goals are not met yet on this corpus, None where they are: the goals' tests are strict xfails
# until then (labelled_corpus.corpus_tests).
# 55 of 327 findings wrong blind (16.8%, the figure to quote); after the changes made with it in view (not blind) 8 of
# 303 (2.6%) until miss12 (session 31) left terragoat's METADATA fixture unread (4 medium-unassigned, #40 #43-#45,
# labelled wrong by the lead after the second labeller) and snip13 read an SVG's comment (#2): 3 of 299 (1.0%): Rabby's
# extension page called an internal link (#11), ContactOut's own tag in Nango's docs (#115), a commented-out citation
# example (#291, gone in session 40: commented-out code gets no copied-tracking); see
# tests/data/real-urls-9/README.md
# 10 of 302 since the session 40 ruling on another party's tags (12 value findings on sponsors', partners' and
# advertisers' links relabelled wrong); 5 of 297 (1.7%) since placements' sponsor medium (session 42): met again
WHY_OVER_TWO_PERCENT = None
WHY_UNDER_NINETY_PERCENT = ("copied-tracking finds 22 of 23 (14 blind; ContactOut's own tag in Nango's integration "
                            "page carries no marker; medium-channel-intent 5 of 5, 2 blind), source-domain-style 6 of "
                            "8 (Spectral's README writes `github.com` twice, `github` once: from the file alone the name "
                            "is not told apart; scan, reading the repository, finds them)")

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             origin=dict(min_urls=300))
