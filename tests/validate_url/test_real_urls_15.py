"""A fifteenth, independent real-URL corpus (tests/data/real-urls-15): 116 URLs from 26 repositories that are in none
of the fourteen earlier corpora, from senders the earlier ones under-sampled (job boards kept in git, newsletters' and
podcasts' archives, a government digital service's blog, a translated company handbook, foundations' sites), every
one labelled blind (what a careful marketer should be told, by Google's channel table) before utmlint was run on them,
then every finding judged against that label.

Same shape and judge as corpora 3-14 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-15/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-15"
EARLIER = ("real-urls", "real-urls-2", "real-urls-3", "real-urls-4", "real-urls-5", "real-urls-6", "real-urls-7",
           "real-urls-8", "real-urls-9", "real-urls-10", "real-urls-11", "real-urls-12", "real-urls-13", "real-urls-14")

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README).
FOUND_BY = {
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
    "medium-unassigned": {"medium-unassigned"},
    "copied-tracking": {"copied-tracking"},
    "utm-internal-link": {"utm-internal-link"},
    "value-case": {"value-case", "value-charset"},
    "utm-useless-destination": {"utm-useless-destination"},
    "utm-in-fragment": {"utm-in-fragment", "url-fragment-order"},
}

# The figures at the commit that added the verdict rows: any change is a change of truth to review.
# Blind, on main at 3491aea (session 31, 15:09 UTC; no rule had seen these URLs; labels committed at 15:08 UTC before
# utmlint ran on them, in "corpus 15 (blind): 116 real tracked URLs ..."; the file context rows written by
# file_facts.py just before the run: one row, #71's commented-out YouTube banner, is in a code comment): 29 of 150
# findings wrong (19.3%). This is the figure to quote.
# fix15b (session 31, after the blind measurement): InfoQ's feed tags (`utm_source=rss&utm_medium=article`), a region
# redirect's medium (`ip_redirect`) and one search value in source, medium and campaign (`geek_search`) read as
# copied-tracking (rules/copied-tracking.txt, tracking.copied_marks._search_tag): 11 wrong findings go (#82 #84 #86 2
# each, #98 #99 #101, #100 2), 7 correct copied-tracking come: 18 of 146.
# fix15a (session 31): Hugo's per-language `baseUrl` in config/_default/config.yaml names digital.canada.ca
# (identity.generator_host, tests/data/site-hosts.tsv): #9 #10's medium-unassigned yield to utm-internal-link, found
# on #9 #10 #13 #15 #16 (correct).
# fix15a: Mailchimp's campaign archive (`*.campaign-archive.com`) in rules/useless-destinations.txt: #12's
# missing-utm-param and value-case yield to utm-useless-destination (correct).
# fix15 (session 32): Pulse's reader tag (`utm_source=pulsenews`), Jike's share card (`utm_source=post_card` on
# okjike.com) and a social scheduler's `utm_sq` in rules/copied-tracking.txt: #17's value-case and #81's
# missing-utm-param go (2), copied-tracking comes on #17 #70 #81 (3 correct): 12 of 149.
# fix15 (session 32): a share button's tags are read as copied in a `marketing/` folder too
# (tracking.copied_posted._posted_tags; before, a file about the team's campaigns read no other channel's tags): #90
# #96's value-case on Canva's design id goes (2), copied-tracking comes on #90 #96 (2 correct): 10 of 149.
# old58 (session 32): a source that opens with the name of the site it goes to names that site
# (tracking.copied_destination._destination_tag: BrightTALK's `utm_source=brighttalk-portal` on brighttalk.com, #89
# #94): copied-tracking found (2 `correct` rows appended), their 2 wrong medium-unassigned gone: 8 of 149.
# review12rest (stranger12 R12): the key tags after the `#` still lack once moved is said: #29's missing-utm-param
# (Simplify's tags behind the page's own `#open-positions`) found (correct): 14 of 149.
# fix15 (session 32): Eloqua's name (an e-mail tool) and a newsletter's (`CSS-Weekly`, `csharpdigest`, `digest_mailer`:
# rules/copied-tracking.txt `[posted]`, kind `newsletter`, read in a newsletter's archive too) as the source: #60 #74's
# value-case go (2), copied-tracking comes on #60 #74 #78 #97 (4 correct): 6 of 152.
# fix15 (session 32): medium_hints read a hint ending a word run together with another (`sponsoredpodcast` ->
# `podcast` -> `audio`, GA4's Audio channel, for ads on audio platforms): #63 is told `audio`, not `referral` on a
# page (its wrong_if): 5 of 152.
# fix15 (session 32): a medium that is the linked site's name read as that site's own tags
# (tracking.copied_destination._destination_tag: BrightTALK's share link `utm_source=GitLab+Inc.&utm_medium=brighttalk`,
# #92): its medium-unassigned and value-case go (2), copied-tracking comes (1 correct): 3 of 151.
# fix15 (session 32): an installed copy of someone else's Obsidian plugin (`.obsidian/plugins/<id>/` with the plugin's
# manifest.json: identity.installed_obsidian_plugin, a tests/data/vendored-libraries.tsv row by file_facts.py) is that
# plugin's code: #109's missing-utm-param goes: 2 of 150.
# fix15 (session 32): a job board's name as the source or the only campaign (`utm_campaign=Built+In`: rules/
# copied-tracking.txt `[posted]`, kind `jobboard`) read as that board's listing's tags: #34's missing-utm-param and
# value-case go (2), copied-tracking comes (1 correct): 0 of 149.
# fix15 (session 32, review13 R7): a newsletter's name is the e-mail's own in an e-mail place (linkplace "email": .NET
# Weekly's `src/newsletters/` archive too) and a name of generic words only (`digest_mailer`, any product's digest) is
# read as no other newsletter's: #74's value-case comes back (1 wrong), copied-tracking leaves #74 #78 #97: 1 of 147.
# Then the lead (session 33): the judge gives no finding on a file `utmlint scan .` does not read by its kind (a
# Fluent `.ftl` page: scan.files.walked_kind), and counts the mistakes labelled in it as missed: 1 of 147 -> 1 of 146;
# copied-tracking 45/48 -> 44/48.
# Then kinds (session 33): scan reads FreeMarker's `.ftl` pages (Keycloak's newsletter, #70: copied-tracking found
# again): 1 of 146 -> 1 of 147; copied-tracking 44/48 -> 45/48.
# Then copied (session 34): a digest's generic name with an e-mail medium on a page's link is that digest's e-mail,
# copied (#97, DEV's `digest_mailer`, labelled correct since fix15): 1 of 147 -> 1 of 148; copied-tracking 45 -> 46/48.
# Then recall (session 35): another newsletter's name in a newsletter's archive (CSS Weekly's, C# Digest's in .NET
# Weekly's `src/newsletters/`, one link a file) is read as copied again, hedged, unless it names the repository or the
# linked site or is the file's convention: #74's value-case goes (1 wrong), copied-tracking comes on #74 #78 (2
# correct): 1 of 148 -> 0 of 149; copied-tracking 46 -> 48/48.
# sponsor (session 40): the lead's ruling on another party's tags (a link the repository shows for a sponsor,
# partner or advertiser carries that party's values: advice to respell, rename or add one is wrong; URL-breaking
# findings stay correct): 13 value labels on such links turned `wrong` and 13 value-kind `present` rows withdrawn,
# by appended rows (reason `session 40 ruling (another party's tags): ...`): 0 of 149 -> 13 of 149. No rule changed.
# sponsor's reading (session 40): a link in a file whose path names a list of sponsors, backers or supporters
# (scan.placement.placement_file: SPONSORS.md, sponsors.json, `_sponsors/`, AsideSponsors.vue) is another party's
# placement, its values not judged (the URL rules still are): 3 wrong value findings gone, none correct: 13 of 149
# -> 10 of 146.
# placements (session 42): a link whose utm_medium names a sponsor's or an advertiser's slot (`sponsor`,
# `sponsorship`, `spon`, `ads`: scan.partner_tags.sponsor_tags, rules/sponsor-tag-words.txt) to a site not the
# repository's own, outside its FUNDING.yml, partners page, e-mail templates and campaign plans and carrying no tag
# set the file writes on several sites, is the sponsor's placement: no value advice. Bridgecrew's `sponsoredpodcast`
# in Arrested DevOps' redirects: 1 wrong finding gone, no correct one: 10 of 146 -> 9 of 145.
# over2b (session 43): the sentence opening a Markdown list (`A **huge thank you to our sponsors**:`, its last word
# before a colon) is read as the heading of its items (scan.placement headings_above, stored in placement-rows.tsv):
# zachleat.com's 11ty Conference retro thanks its sponsors in a list, CloudCannon's link with CloudCannon's tags
# (#20): 2 wrong findings gone (missing-utm-param, value-case), no correct one: 9 of 145 -> 7 of 143.
# over2a (session 43): a link whose utm_source names a partner programme's partner (the word joined to a name:
# `partner-crewai`, `website_partner`) or a sponsorship (`sponsorship`, `official-sponsor`: scan.partner_tags,
# rules/partner-tag-words.txt and sponsor-tag-words.txt) to a site not the repository's own, outside its partners page
# and carrying no tag set the file writes on several sites, is that party's placement: no value advice. CloudCannon's
# `utm_source=official-sponsor` in 11ty's blog #21: 1 wrong finding gone, no correct one: 7 of 143 -> 6 of 142.
# over2c (session 44): a redirect table's short address named for the site it leads to (`/pagerduty` ->
# www.pagerduty.com, `/hired`, `/agiledevopswest`: scan.manifest.redirect_named_for, read on the rule's stored line)
# is handed out for that party, a podcast's sponsor read: no value advice on the tags the sponsor gave. Arrested
# DevOps' `static/_redirects` #64 #68 #69: 3 wrong findings gone (medium-unassigned, value-case, source-medium-
# swapped), no correct one: 6 of 142 -> 3 of 139.
# lead (session 46): HeroDevs' Never-Ending Support partner links are HeroDevs' (`herodevs.com  source=*` in
# rules/platform-written-tags.txt); the lead's session 46 ruling relabelled jquery.com's #108 (value-case, correct)
# wrong and withdrew its present row: 3 of 139 -> 3 of 138.
# over2f (session 46): Auth0's syndication tags (`auth0.com  source=content_synd medium=sc`, in a TinyGo project's
# references too) listed in rules/platform-written-tags.txt: #73 and the C# post held back: 3 of 138 -> 1 of 136.
MEASURED_WRONG = 1
MEASURED_PAIRS = 136
# found/present per kind a rule owns, as measured blind: a change either way is to be reviewed.
MEASURED_RECALL = {
    # fix15b: +7 (#82 #84 #86 #98 #99 #100 #101), after the blind 28; fix15 (session 32): +3 (#17 #70 #81),
    # +2 (#90 #96: a share button's tags in a `marketing/` folder); old58: +2 (#89 #94); fix15: +4 (#60 #74 #78 #97:
    # an e-mail tool's or another newsletter's name), +1 (#92: BrightTALK's share link, by its medium),
    # +1 (#34: Built In's job-board tag); -3 (#74 #78 #97: review13 R7, a newsletter's name in an e-mail archive or
    # of generic words is the file's own); copied (session 34): +1 (#97 again: a digest's generic name with an
    # e-mail medium on a page's link, hedged; in an e-mail template still the e-mail's own); recall (session 35): +2
    # (#74 #78 again: another newsletter's name in an archive, not naming the repository nor the linked site)
    "copied-tracking": (48, 48),
    "medium-unassigned": (5, 5),  # #69 told as source-medium-swapped (correct, not an owner written blind)
    # 11/12 before the session 40 ruling (another party's tags)
    "missing-utm-param": (40, 40),  # #29: Simplify's tags after the `#`, found once moved since review12rest
    # 43/43 before the session 40 ruling (another party's tags)
    "utm-in-fragment": (1, 1),
    "utm-internal-link": (5, 5),  # fix15a: 0 -> 5, the site's host read from Hugo's per-language baseUrl
    "utm-useless-destination": (1, 2),  # fix15a: 0 -> 1, Mailchimp's campaign archive (#12); #71 is in a comment
    "value-case": (26, 27),  # #108 withdrawn (session 46 ruling, HeroDevs'), 27/28 before;  # #29 (the same)  # 30/31 before the session 40 ruling
}

# Why issue 12's goals are not met yet on this corpus, None where they are: the goals' tests are strict xfails
# until then (labelled_corpus.corpus_tests).
# Blind, issue 12's goal was not met: 29 of 150 findings wrong (19.3%): advice to complete or respell tags copied from
# someone else (23), tags on internal or unreadable links completed instead of dropped (4), a vendored Obsidian
# plugin's own tags (1), `referral` offered for a podcast's paid sponsorship (1, wrong_if); see
# tests/data/real-urls-15/README.md. Met since fix15 (session 32): 1 of 147 (#74, CSS Weekly's tags in .NET Weekly's e-mail archive).
WHY_OVER_TWO_PERCENT = None  # 1 of 136 (0.7%) since over2f (session 46): PostSharp's submitted item left
WHY_UNDER_NINETY_PERCENT = "utm-useless-destination finds 1 of 2 (a YouTube playlist in a comment)"

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             # 116 URLs from 26 repositories, at most 8 of one: under the 300 asked, fetching stopped when the disk fell
             # under 6 GB free after 80 repositories (see the README's first paragraph)
             origin=dict(min_urls=110, min_repos=25, per_repo=8))
