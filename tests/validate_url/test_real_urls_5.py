"""A fifth, independent real-URL corpus (tests/data/real-urls-5): 326 URLs from 64 repositories that are in none
of the four earlier corpora, every one labelled blind (what a careful marketer should be told, by Google's channel
table) before utmlint was run on them, then every finding judged against that label.

Same shape and judge as corpora 3 and 4 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-5/README.md.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from labelled_corpus import corpus_tests, read_tsv

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-5"
EARLIER = ("real-urls", "real-urls-2", "real-urls-3", "real-urls-4")
# The figures at the commit that added or last changed the labels: any change is a change of truth to review.
# Blind (main at 4b22d47): 95 of 370. After scanfix's placeholder judging and trust5's copied-tracking markers and
# `+` convention, both tuned on this corpus (no longer blind for those): 22 of 333 (the README's "After tuning").
# After trust6 judged each URL with its repository's identity, as scan reads it (tuned on this corpus too): Docker's
# own download tags in Portainer's README are copied-tracking (5 medium-unassigned wrongs gone), Buffer's share tags
# in Buffer's own repository are its own (#189): 16 of 332. Then Product Hunt's badge key `utm_souce` became the
# snippet's (#116, the lead's decision): 15 of 331. Then the key after `&amp;` is judged where it is written
# (urlrules6, tuned on corpus 6): #150's missing medium is said (the blind label's, 1 row appended): 15 of 332.
# Then values7 (session 26): a Google Play listing is not asked for a medium (no GA4 reads its own query; Google
# credits installs from `referrer=` only): #262's `present` row withdrawn with that source, its finding gone: 15 of 331.
# Then values7: `_`-joined fields of `-`-joined words are a convention without a chosen separator (#229, rclone's
# sponsor's `cloud-s3_rclone_231025_paid`): 14 of 330.
# Then recall10 (session 29): source-medium-swapped reads a medium naming the repository itself as a source:
# DevOps'ish's own `utm_source=newsletter&utm_medium=devopsish` (#80, the swap its blind label names): 14 of 331.
# Then copied10 (session 29): copied-tracking reads another channel's tags on a link to someone else's site:
# InfoQ's Weibo share (#240) found: 14 of 332. Then copied10's names fix (scan.names.whole_names: a domain-named
# repository's other labels name nothing of it; `com` of devopsish.com had made `utm_source=reddit.com` its own):
# DevOps'ish's two Reddit copies (#76 #77) found, their wrong missing-utm-param gone: 12 of 332. Then channel10
# (onefinding, stranger10 R10): a swapped pair's medium-unassigned restated source-medium-swapped's advice; Tom's
# Guide's `utm_source=newsletter&utm_medium=devopsish` keeps the swap's finding only (it says the Unassigned): 12 of 331.
# Then old58 (session 32): a file named generated (`providers.generated.ts`: scan.files.generated_name) is a tool's
# copy, not scanned, and the judge neither judges its row nor counts its label (as a lock file's): cline's models.dev
# tag (#322, missing-utm-param wrong; its copied-tracking label no longer counted): 11 of 330.
# Then old58 (session 32): the judge reads two links as scan extracts them (tests/data/scan-reads.tsv; no mirror: the
# files read through the search index): zod's sponsor href broken over two lines (#96), read whole with the next
# line's indentation in its medium (`refe    rral`), loses its wrong missing-utm-param and gets url-invalid (correct,
# 1 row appended); hebcal's open-tracking `<img src="...&amp;...">` in a JS template string (#70), read with its
# entities decoded as scan does in an HTML attribute, loses its wrong url-html-escaped: 9 of 329.
# Then recall (session 32): validate_url runs scan's spelling rules on the file's links: Portainer's Dockerfile
# writes `DockerDesktop` (#146) and `Docker Desktop` (#150) to portainer.io (2 correct source-fragmentation): 9 of 331.
# Then the lead (session 33): the judge gives no finding on a file `utmlint scan .` does not read by its kind (a
# Dockerfile, a C header and an `.html.in` template: scan.files.walked_kind), and counts the mistakes labelled in it
# as missed: 9 of 331 -> 8 of 320; medium-unassigned 126/130 -> 124/130, missing-utm-param 108/113 -> 105/113, value-
# case 15/16 -> 13/16.
# Then fixA (session 33): a plain name with `utm_medium=web` or `website` is a site naming itself on its outgoing links
# (checks.tracking.copied_outgoing._outgoing_tags): Meta AI's tags in Awesome-AITools (#173) get copied-tracking's
# hedged note, not "write `referral`": 8 of 320 -> 7 of 320 (1 correct copied-tracking appended).
# Then kinds (session 33): scan reads C headers, `*.html.in` templates by their inner kind and Dockerfiles (the
# Dockerfile's label HTML decoded as scan reads it: scan-reads.tsv), so they are judged again: 8 of 320 -> 8 of 329;
# medium-unassigned 124/130 -> 126/130, missing-utm-param 105/113 -> 108/113, value-case 13/16 -> 15/16.
# medium-unassigned 124/130 -> 126/130, missing-utm-param 105/113 -> 108/113, value-case 13/16 -> 15/16. (Portainer's
# Dockerfile is `build/linux/Dockerfile`: a walk of Portainer's tree skips `build/` (scan.files.SKIPPED_FOLDERS), so
# `utmlint scan .` there reads it only when named; walked_kind judges the name alone: 3 of these rows, and Portainer's
# `build/docker-extension/README.md` rows, are judged as if read.)
# Then the lead (session 33): the judge also gives no finding on a file in a folder `utmlint scan .` does not enter
# (`build/`, `vendor/`, a hidden folder such as `.agents/`: scan.files.walked) and counts its labelled mistakes as
# missed: 7 of 329 -> 7 of 317; copied-tracking 48/51 -> 43/51; missing-utm-param 108/113 -> 105/113; value-case 15/16
# -> 13/16.
# Then fixA (session 33): the judge reads a relative link in a browser extension's file as scan does (the Relay add-on's
# popup.js, under src/manifest.json: tests/data/extension-folders.tsv by file_facts.py), and scan judges its tags as an
# entry's (scan.extension): #132 #137 lose their wrong utm-internal-link and get the medium-unassigned (`popup`) and
# missing-utm-param the blind pass labelled (4 correct appended): 7 of 317 -> 5 of 319; medium-unassigned 126/130 ->
# 128/130, missing-utm-param 105/113 -> 107/113.
# Then recall (session 35): scan walks the folders a repository keeps its coding agents' instructions in (`.agents/`,
# `.claude/`, ...: scan.files.PUBLISHED_HIDDEN): Sanity's vendored Playwright skill (#140) gets the missing-utm-param its
# blind label names (correct): 5 of 319 -> 5 of 320; missing-utm-param 107/113 -> 108/113.
# Then recall (session 36): a walk reads a `build/` folder's Dockerfiles and docs pages (scan.files.build_source: no
# build writes them; Go's layout keeps a team's packaging there), so Portainer's `build/linux/Dockerfile` and
# `build/docker-extension/README.md` are judged again, as they were before session 33 (their labels unchanged):
# 5 of 320 -> 5 of 331; copied-tracking 43/51 -> 48/51, missing-utm-param 108/113 -> 110/113, value-case 13/16 -> 15/16.
# fix26b (session 38): an HTML escape lying only inside copied tags that copied-tracking strips is not told
# (url-html-escaped's advice would make GA4 read tags that are to go: corpus 7 #63 #66 and corpus 26 #18 judged it
# wrong): #110's FeedBurner tags in scraped feed text lose their url-html-escaped (labelled present and correct here,
# beside the label's own reason "strip them, do not respell or complete them"): 5 of 331 -> 5 of 330.
# sponsor (session 40): the lead's ruling on another party's tags (a link the repository shows for a sponsor,
# partner or advertiser carries that party's values: advice to respell, rename or add one is wrong; URL-breaking
# findings stay correct): 24 value labels on such links turned `wrong` and 24 value-kind `present` rows withdrawn,
# by appended rows (reason `session 40 ruling (another party's tags): ...`): 5 of 330 -> 29 of 330. No rule changed.
# partners (session 41): a link whose utm_medium names a partner placement (`partner-docs`, `partnered`,
# `partnerref`, `partner`: scan.partner_tags) to a site not the repository's own, outside its own partners page
# and carrying no tag set the file writes on several sites, is the destination's partner programme's: no value
# advice. Abstract's `Partner-Advertising` #31, HeroDevs' `partnership` in Vuetify's FAQ #221: 3 wrong findings gone,
# no correct one: 29 of 330 -> 26 of 327.
# facts (session 41): the text around a link reaches this judge (placement-rows.tsv: scan.placement's reading of the
# file's text, judged by its placement_said): chris-short/devopsish.com its line ("[**Designing IaC Interfaces That
# Work for Humans, AI Agents,") (#83: value-case wrong); filamentphp/filament the heading "Laravel Sponsors" (#139:
# medium-unassigned wrong); rclone/rclone its line ("<a href=" " target="_blank" rel="noopener" title="Visit rclo")
# (#228: missing-utm-param wrong); slorber/this-week-in-react the heading "💸 Sponsor {#sponsor2}" (#244 #246:
# missing-utm-param wrong); eslint/eslint the heading "Gold Sponsors" (#300: medium-unassigned wrong,
# missing-utm-param wrong). 7 wrong gone, 0 correct: 26 of 327 -> 19 of 320.
# copied42 (session 42): a citation's tags (scan.citation): the link's text is the page's title naming its site
# (`Using Serverless Reapers to Lower Your AWS Bill | CloudForecast Blog`, DevOps'ish's notes #82): CloudForecast's
# own tags `utm_source=Last`, copied with the link, told by copied-tracking (1 correct appended), not respelled or
# completed: 2 wrong gone (value-case, missing-utm-param), 0 correct: 19 of 320 -> 17 of 319.
# fetch42 (session 42): withastro/astro's packages/astro/README.md read from its mirror (list C, a seeded random 120 of
# the repositories of corpora 2-24 never fetched): Cloudflare's link under the heading "Sponsors" (#302,
# `utm_source=astro&utm_medium=astro&utm_campaign=astro`) is held back as a sponsor's placement: 1 correct finding
# gone (medium-unassigned, labelled correct blind), no wrong one: 17 of 319 -> 17 of 318; medium-unassigned 115/117 ->
# 114/117. Its line's other sponsors each carry their own scheme (Mux's `utm_campaign=21819274-Astro`, Netlify's
# `Astro-2024`, Webflow's `utm_medium=tech-partner`): whose tags Cloudflare's are is a label question left open (the
# set names the repository, as a team's own does; no other sponsor carries it).
# over2a (session 43): a link whose utm_source names a partnership, the arrangement the visit came through as
# `sponsorship` does (`utm_source=partnership`: scan.partner_tags, outside the team's own site, partners page,
# campaign plans and e-mails), is the partner's placement: HeroDevs' links in Vuetify's post on their partnership
# (#220: medium-unassigned wrong, value-case wrong). 2 wrong gone, no correct one: 17 of 318 -> 15 of 316.
# lead (session 44): #248 relabelled correct by the session 40 ruling's own exception: TWIR's own curated Black
# Friday deals page, no sponsor slot, all 34 links in the one set naming the newsletter: 15 of 316 -> 14 of 316.
# lead (session 44): Novita AI's page in continue's docs (#314 #316 #317 #320 #321) relabelled wrong as corpus 9's #289
# #290 were at session 40 (Novita AI's one scheme `utm_source=github_<repository>&utm_medium=github_readme&utm_campaign=github_link` (litellm, verba, continue, anything-llm)): 14 of 316 -> 19 of 316; present rows withdrawn.
# lead (session 44): Novita AI's partner form (`novita.ai  source=github_* medium=github_readme`) and the sponsors'
# `utm_source=oss&utm_medium=sponsorship` form (tines.com, coderabbit.ai, getunblocked.com, okara.ai) listed in
# rules/platform-written-tags.txt, each seen in several unrelated repositories: #314 #316 #317 #320
# #321 held back: 19 of 316 -> 14 of 311.
# over2a (session 43): a newsletter's paid mark in its other words and languages (`(promotion)`, `(promoted)`,
# `(Anzeige)`, `(publicité)`: rules/placement-words.txt, marking its own link as `(ad)` does,
# scan.placement._LINK_MARK): This Week In React's French section, a course's link marked `(promotion)` (#252:
# missing-utm-param wrong). 1 wrong gone, no correct one: 14 of 311 -> 13 of 310
# (landconf, session 44).
# lead (session 45): Contextual AI's partner form (`utm_medium=github&utm_content=notebook|repo`, the partner in
# utm_source) listed in rules/platform-written-tags.txt after the ruling on chroma's page (corpus 3): RAG_Techniques'
# links to contextual.ai (#165-#170) held back: 6 wrong gone, none correct: 13 of 310 -> 7 of 304.
# over2e (session 45): TestMu AI's (formerly LambdaTest) sponsor form `?utm_medium=sponsor&utm_source=<the project>` on
# testmuai.com and lambdatest.com is the sponsor's (rules/platform-written-tags.txt: the same form in 15 unrelated
# projects' READMEs): memos' TestMu AI link (#89: medium-unassigned and missing-utm-param wrong). 2 wrong gone, no
# correct one: 7 of 304 -> 5 of 302.
# lead (session 46): HeroDevs' Never-Ending Support partner links are HeroDevs' (`herodevs.com  source=*` in
# rules/platform-written-tags.txt, the same form in nine unrelated projects; the lead's session 46 ruling relabelled
# ESLint's #299 and nvm's #64 wrong, their present rows withdrawn): 3 findings held back, none wrong: 5 of 302 -> 5 of 299.
MEASURED_WRONG = 5
MEASURED_PAIRS = 299
# found/present per kind a rule owns, as measured: a change either way is to be reviewed (and this line updated).
MEASURED_RECALL = {
    "copied-tracking": (49, 51),  # 44; #240 #76 #77 by copied10's another-channel reading (session 29); #322 in a
    # generated file, not counted since old58 (session 32); #173 by fixA's plain-name outgoing reading (session 33);
    # #145 #147-#149 #151 (Docker's tags in Portainer's `build/docker-extension/README.md`) read since recall's
    # `build/` docs and Dockerfiles (session 36); #82 by copied42's citation reading (session 42)
    "medium-unassigned": (108, 111),  # #299 withdrawn (session 46 ruling, HeroDevs'), 109/112 before;  # #314 #316 #317 #320 #321 withdrawn (session 44 ruling), 114/117 before;
    # #132 #137 with fixA's extension folders (session 33); #302 held back as
    # Cloudflare's sponsor link since fetch42 (session 42: Astro's README read, heading "Sponsors"), 115/117 before
    # 128/130 before the session 40 ruling (another party's tags)
    "missing-utm-param": (103, 106),  # values7: #262 (Google Play) withdrawn; #132 #137 with fixA's extension folders;
    # 110/113 before the session 40 ruling (another party's tags)
    # #140 with recall's agent folders (session 35); #146 #150 (`build/linux/Dockerfile`) with its `build/` reading
    "url-html-escaped": (3, 4),  # #110 since fix26b: its escape lies only inside FeedBurner's copied tags (see above)
    # 5/5 until useless10 (session 29): #79's tags after `#L1154` go to github.com, where nobody reads them:
    # utm-useless-destination is its one finding (moving them out of the `#` would be work for nothing)
    "utm-in-fragment": (4, 5),
    "utm-internal-link": (2, 2),
    # utm-key-unknown 0 of 1 until the lead's session 46 ruling withdrew #289's row (`utm_foo=bar&utm_bar=baz`, a
    # JSDoc example's dummy keys: no misspelling of a GA4 key)
    "value-case": (9, 10),  # #64 #299 withdrawn (session 46 ruling, HeroDevs'), 11/12 before;  # #146 #150 since recall's `build/` reading (session 36)
    # 15/16 before the session 40 ruling (another party's tags)
    # useless10 (session 29, UTM316): the Facebook group, Discord invite, github.com and youtu.be links; #42's
    # tinyurl.com short link is url-shortener's (where a short link leads is unknown)
    "utm-useless-destination": (4, 5),
}

# The rule(s) that own each kind of mistake the blind pass found. Kinds no rule owns (medium-channel-intent) are
# counted, not asserted.
FOUND_BY = {
    "missing-utm-param": {"missing-utm-param"},
    # a swapped pair whose medium GA4 leaves Unassigned is one finding, source-medium-swapped's, which says the
    # Unassigned and writes a medium GA4 knows (onefinding, stranger10 R10: medium-unassigned restated its advice)
    "medium-unassigned": {"medium-unassigned", "source-medium-swapped"},
    "value-case": {"value-case"},
    "copied-tracking": {"copied-tracking"},
    "utm-in-fragment": {"utm-in-fragment", "url-fragment-order"},
    "url-html-escaped": {"url-html-escaped"},
    "utm-internal-link": {"utm-internal-link"},
    "utm-useless-destination": {"utm-useless-destination"},  # UTM316 (useless10)
}


def test_corpus_is_new_varied_and_keeps_its_origin(figures):
    urls, reviewed, *_ = figures
    earlier = [row for name in EARLIER for row in read_tsv(DATA / name / "urls.tsv")]
    repos = Counter(row["repo"] for row in urls)
    assert len(urls) >= 300 and len({row["url"] for row in urls}) == len(urls)
    assert len(repos) >= 35 and max(repos.values()) <= 10
    assert all(row["repo"].count("/") == 1 and row["path"] and len(row["commit"]) == 40 and row["line"].isdigit()
               for row in urls)
    assert not set(repos) & {row["repo"] for row in earlier}
    assert not {row["url"] for row in urls} & {row["url"] for row in earlier}
    assert set(reviewed) == {row["url"] for row in urls}

# Why issue 12's goals are not met yet on this corpus, None where they are: the goals' tests are strict xfails
# until then (labelled_corpus.corpus_tests).
# Met since fixA (session 33): 5 of 319 (1.6%). Blind: 95 of 370; 7 of 317 (2.2%) before: advice on copied tags
# without a marker (Laravel's, DevOps'ish's `utm_source=Last`, a Figma plugin maker's: 5), a browser extension's
# relative links its code prefixes with its site (2); see tests/data/real-urls-5/README.md
# Over 2% since the session 40 ruling on another party's tags (24 value findings on sponsors', partners' and
# advertisers' links relabelled wrong) until over2e (session 45): 13 of 310, 7 of 304 with Contextual AI's form as data,
# 5 of 302 (1.7%) with TestMu AI's. Left: memos' SSD Nodes link (#88, its own set on two sponsors), Awesome-Design-Tools'
# copied plugin tags (#32), Zilliz's campaign for RAG_Techniques (#170).
WHY_OVER_TWO_PERCENT = None
WHY_UNDER_NINETY_PERCENT = ("copied-tracking finds 49 of 51 (session 29's another-channel reading found 3 more, "
                            "session 42's citation reading 1; the rest carry no marker that tells them from a "
                            "repository's own, by the URL or the repository's identity: Laravel's sponsor tags, "
                            "`utm_source=reddit.com`, ...); "
                            "utm-in-fragment 4 of 5 and utm-useless-destination 4 of 5 "
                            "(useless10: a github.com link's tags after `#` get only the latter; a tinyurl.com short "
                            "link's destination is unknown); url-html-escaped 3 of 4 (#110: an escape only inside "
                            "copied FeedBurner tags, not told since fix26b: corpora 7 and 26 judge that advice wrong)")

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT)
