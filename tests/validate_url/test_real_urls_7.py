"""A seventh, independent real-URL corpus (tests/data/real-urls-7): 340 URLs from 75 repositories that are in none
of the six earlier corpora, every one labelled blind (what a careful marketer should be told, by Google's channel
table) before utmlint was run on them, then every finding judged against that label.

Same shape and judge as corpora 3-6 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-7/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-7"
EARLIER = ("real-urls", "real-urls-2", "real-urls-3", "real-urls-4", "real-urls-5", "real-urls-6")
# The figures at the commit that added or last changed the labels: any change is a change of truth to review.
# Blind, on main at 432d5ec (no rule had seen these URLs; labels committed in 8f95014 before utmlint ran on them):
# 65 of 338 findings wrong (19.2%). This is the figure to quote. 10 of the 65 are findings on links whose tags measure
# nothing (a LinkedIn/X/YouTube/github.com page: utm-useless-destination), which corpora 3-5 counted correct (true):
# by their rule 55 of 338 (16.3%).
# Then values7's 3aaa655 (73d019c on its branch; a Google Play store listing is not asked for a medium) dropped missing-utm-param on #140
# (Tusky's Play badge with `utm_source=github` and no campaign; blind label: the campaign is missing): 65 of 337,
# missing-utm-param 94/98. Not tuning on this corpus (values7 never saw it); the blind figure stays 65/338.
# Then extract8's change "scan skips lock files and link checkers' caches" (scan.files.generated; the judge gives no
# finding in a file utmlint never reads and counts none of its labels as missed): opentelemetry.io's .lycheecache
# (#82-#91: 4 url-html-escaped wrong, 7+7 medium-unassigned/missing-utm-param correct) and OpenSign's
# package-lock.json funding URL (#207, 1 wrong): 60 of 318; medium-unassigned 124/126, missing-utm-param 87/91.
# Then extract8's "a URL in a markup file's path is judged as markup writes it" (validate_url: `&#38;` is `&` in
# XHTML): #146-#148 (zen-browser's aboutDialog-xhtml.patch) lose url-html-escaped (wrong) and get medium-unassigned
# on Mozilla's own `firefox-desktop` (wrong: copied tags; rows appended): still 60 of 318.
# Then extract8's "a site's name leading the organisation's or a vendored library folder's name is the site's"
# (identity.owns_site: tinymce/tinymce and public/libs/tinymce/ own tiny.cloud's `utm_source=tiny`; a repository's
# own name never does, `acme/sveltejsx`): copied-tracking no longer fires on #196 #197 #210-#213 (6 wrong): 54 of 312.
# Then extract8's "a link in a code comment gets only the rules about the URL as written" (scan.comments; the judge
# reads which rows are in comments from tests/data/comment-rows.tsv): #143-#145 and #198 lose utm-internal-link
# (wrong): 50 of 308.
# Then markers8 (session 27), with this corpus in view (not blind for these markers): platforms' automatic forms
# as copied-tracking markers (godoc's on pkg.go.dev, LinkedIn's bare `utm_source=share` on linkedin.com, Chrome's
# new-tab page on the Web Store, Android Studio's on developer.android.com, FeedBlitz's feed tags, Cooperpress's
# newsletter family): 10 wrong completion/medium findings became 11 correct copied-tracking ones: 44 of 313,
# copied-tracking 24/39. Then its snippets added to rules/platform-written-tags.txt (Google Play's partner badge #141,
# Spotify's embed #308 #309, Snyk's PR link #201): their 5 wrong (URL, rule) findings are gone: 39 of 308. Then
# source-overrides-medium on wordpress.org with a medium GA4 does not know (ACF's `free plugin listing`, #246-#252
# #254: Organic Social by the source alone): 8 correct findings more, 39 of 316, source-overrides-medium 10/10. Then
# medium-channel-intent's hedged note on `utm_medium=notification` (Mobile Push by the word alone, #229 #232 #233):
# 3 correct findings more, 39 of 319, medium-channel-intent 3/3. Then url-shortener judges the path on a shortener
# that is also its company's site (rules/shorteners.txt `site`: bitly.com/blog/... is Bitly's blog, #56): 38 of 318.
# Then the new rule utm-placeholder-unfilled (UTM314) on Unsplash's unfilled `utm_source=your_app_name` (#337 #338,
# labelled value-suspicious blind): 2 correct findings more, 38 of 320, value-suspicious 2/3 (#339's typo `grqo` is
# not a placeholder: no rule owns it). Then three more markers (Medium's `source=post_page-----` #163, Nature's
# `sf<digits>=1` #12, Instagram's invite link #132): 3 correct copied-tracking findings more, 38 of 323,
# copied-tracking 27/39.
# Both together (extract8's and markers8's changes, merged by the lead in session 27): 34 of 319.
# Then the lead's "Markdown renders no HTML comment" (scan.comments; comment-rows.tsv rewritten by file_facts.py):
# wandb/examples README's links inside a `<!-- ... -->` block (README.md lines 12 40 47 54) lose medium-unassigned, labelled
# correct (the same `utm_medium=code` is still reported on the file's live links): 34 of 315, medium-unassigned
# 120/126.
# Then extract9's Kotlin (and Rust, Swift, ...) files read by scan, their comments known to scan.comments
# (comment-rows.tsv rewritten by file_facts.py): woocommerce-android's UtmProvider.kt:48, a KDoc example (#139,
# `utm_source=null`), is in a comment: its wrong finding goes: 33 of 314.
# Then copied10 (session 29): copied-tracking reads another channel's tags on a link to someone else's site:
# Dice's Twitter (#14), WeChat's `weixin` (#11) and Codecademy's Customer.io e-mail (#57) found, their wrong
# value-case, missing-utm-param and source-domain-style gone: 30 of 314.
# Then useless10 (session 29): utm-useless-destination (UTM316) finds the 10 `utm-useless-destination` rows (cncf's
# landscape on LinkedIn/X/Crunchbase/YouTube pages, goreleaser's sponsors' and llama-cookbook's github.com links)
# and is their one finding: the 10 wrong missing-utm-param and medium-unassigned go: 20 of 314.
# Then miss12 (session 31): Tuicool, a link aggregator, in rules/copied-tracking.txt's newsletters: zenany/weekly's
# `utm_source=tuicool` (#6 #10) found, their 2 wrong missing-utm-param gone: 18 of 314.
# Then snip13 (session 31): a `-`-joined field that is the name of the repository or of the file's folder keeps its
# hyphens (values._named_fields), so Algolia's `algoliasearch-helper%20website` and `create-instantsearch-app%20
# repository` (in packages/algoliasearch-helper/ and packages/create-instantsearch-app/, #182 #187) are the author's
# single spaces between fields, no value-separator finding: 16 of 312.
# fix1014 (session 32): the judge validates the URL scan extracts at a row's line when the collector wrote it
# otherwise (tests/data/scan-reads.tsv by file_facts.py): #305 (Vercel's badge: `\&utm_campaign=oss`, Markdown's
# escape): 15 of 311.
# Then old58 (session 32): the judge reads squoosh's launch URLs as scan does (tests/data/entry-rows.tsv, written by
# file_facts.py with scan.manifest.entry_point: `start_url: '/?utm_medium=PWA...'` in the TSX that writes
# manifest.json, #36 #37): utm-internal-link (2 wrong) gives way to the Unassigned medium and the missing campaign
# (4 correct, each the blind pass's): 13 of 313.
# Then the lead (session 33): the judge gives no finding on a file `utmlint scan .` does not read by its kind (`.sql`
# migrations, `.po`/`.pot` catalogues, a patch and a Go `.slide`: scan.files.walked_kind), and counts the mistakes
# labelled in it as missed: 13 of 313 -> 6 of 298; copied-tracking 32/36 -> 29/36, medium-unassigned 122/122 ->
# 120/122, missing-utm-param 89/91 -> 88/91.
# Then fixA (session 33): a plain name with `utm_medium=website` is a site naming itself on its outgoing links
# (checks.tracking.copied_outgoing._outgoing_tags): The New Stack's tags in Gitpod's blog (#50) get copied-tracking's
# hedged note, not "write `referral`": 6 of 298 -> 5 of 298 (1 correct copied-tracking appended).
# Then kinds (session 33): scan reads Go's `.slide` talks (#58: copied-tracking and url-insecure, both correct), and
# gettext's `.pot`/`.po` are the source's strings copied by xgettext and translators (scan.files.GENERATED_SUFFIXES:
# #238 #239 #245 not counted, as a lock file's): 6 of 298 -> 6 of 300; copied-tracking 29/36 -> 30/36,
# medium-unassigned 120/122 -> 120/120, missing-utm-param 88/91 -> 88/90.
# Both (batch 2): 5 of 300.
# Then fixA (session 33): a file tagging its own links with a source naming the repository (`utm_source=kotlin-website`
# in Kotlin's events list) has no second convention in another site's plain name with `utm_medium=website` repeated on
# two sites (checks.tracking.copied_file.file_convention): Bugfender's events-page tags (#63 #66) get the hedged note,
# their 2 wrong medium-unassigned gone (their url-html-escaped, labelled wrong, stays: corpus 5 labels the same escape
# in copied tags correct, #110): 5 of 298 -> 3 of 298 (2 correct copied-tracking appended).
# Then fixA (session 33): a UI preview's sample data is read as a code comment's link (scan.examples.preview_sample,
# comment-rows.tsv by file_facts.py): woocommerce-android's `@LightDarkThemePreviews` form (#138) loses its wrong
# medium-unassigned: 3 of 300 -> 2 of 299.
# Then review14rest (session 34): a `.po` is no tool's copy but a translators' catalogue, read when named (its msgstrs:
# stranger14 R6), so its labelled mistakes count as missed in a walk as a `.sql`'s do; #245's one, on a msgid the
# collector cut at its continued line (acf.php's Author URI, #253), withdrawn as a collector slip: figures unchanged.
# Then fix21b (session 35): Algolia's poweredBy credit is Algolia's snippet (rules/platform-written-tags.txt), in its
# own repository too: #183 #189 lose their medium-unassigned (labelled correct; see MEASURED_RECALL): 2 of 297.
# Then recall25 (session 37): a `.sql` file is read, its links as written only and its stored HTML's `&amp;` read as
# `&` (scan.stored_rows): omnivore's migration of scraped articles (#163 #164: Medium's footer tags, Substack's
# own tags on its signup link) told copied-tracking (labelled correct), nothing else said there (its `&amp;` and the
# footer's missing medium, labelled wrong, stay unsaid): 2 of 299.
# Then fix26b (session 38): an HTML escape lying only inside copied tags that copied-tracking (not its hedged note)
# strips is no mistake to mend: Bugfender's events-page tags (#63 #66) lose their url-html-escaped (labelled wrong;
# corpus 5 #110's label, the other way, now a miss there): 0 of 297.
# sponsor (session 40): the lead's ruling on another party's tags (a link the repository shows for a sponsor,
# partner or advertiser carries that party's values: advice to respell, rename or add one is wrong; URL-breaking
# findings stay correct): 8 value labels on such links turned `wrong` and 8 value-kind `present` rows withdrawn, by
# appended rows (reason `session 40 ruling (another party's tags): ...`): 0 of 297 -> 8 of 297. No rule changed.
# facts (session 41): the text around a link reaches this judge (placement-rows.tsv: scan.placement's reading of the
# file's text, judged by its placement_said): ixartz/Next-js-Boilerplate the heading "Sponsors" (#116:
# medium-unassigned wrong); binwiederhier/ntfy the heading "Sponsors" (#206: missing-utm-param wrong);
# ghostfolio/ghostfolio the heading "Sponsors" (#208: medium-unassigned wrong, missing-utm-param wrong);
# sweetalert2/sweetalert2 the heading "Sponsors" (#276: medium-unassigned wrong); golangci/golangci-lint the heading
# "Sponsors" (#277: value-case wrong). 6 wrong gone, 0 correct: 8 of 297 -> 2 of 291.
# lead (session 44): Gridly's entry in jamstack.org's headless CMS list (#73 #75 #77 #80 #81, `utm_medium=jamstack&
# utm_source=jamstack` on Gridly's links alone: the vendor's) relabelled wrong by the session 40 ruling: 2 of 291 -> 12
# of 291 (4.1%); present rows withdrawn.
# lead (session 45): review44 F20's reading (the tags a site hands out are judged in the site's own repository) given to
# validate_url with the repository as scan has it: Algolia's own "powered by" links in algolia/instantsearch (`utm_medium=
# website`: Unassigned) told, labelled correct: 12 of 291 -> 12 of 293; medium-unassigned found 110 -> 112 of 112.
# lead (session 46): APIRocket's entry beside Gridly's in the same list (#79, `utm_medium=headless-cms` on its links
# alone) ruled the vendor's own as Gridly's is (session 44's ruling applied alike, raised by over2f): its
# medium-unassigned relabelled wrong, present row withdrawn: 12 of 293 -> 13 of 293.
# over2g (session 47): a list's entry for another party's product, read from its front matter (`title: Gridly` with
# `homepage: https://www.gridly.com/`, the title naming the homepage's site: scan.byline.listed_entry; the judge reads
# it from listed-files.tsv, written from the mirror by tests/validate_url/listed_files.py) holds back the value advice
# on links to that site, as a sponsor's placement: Gridly's (#73 #75 #77 #80 #81) and APIRocket's (#79) 11 wrong
# findings gone (Flotiq's entry, `utm_medium=referral`, had none), no correct finding lost: 13 of 293 -> 2 of 282.
MEASURED_WRONG = 2
MEASURED_PAIRS = 282
# found/present per kind a rule owns, as measured blind: a change either way is to be reviewed.
MEASURED_RECALL = {
    # 13 blind; 27 after markers8's platform markers; the Zen patch's removed and `#if 0` lines (#146-#148) withdrawn
    # (session 28, the second labeller's check): Zen ships none of them
    # miss12's Tuicool (session 31); #50 by fixA's plain-name outgoing reading (session 33)
    "copied-tracking": (35, 36),  # and #11 #14 #57 by copied10's another-channel reading (session 29); #6 #10 by
    # miss12's Tuicool (session 31); #50 by fixA's plain-name outgoing reading, #63 #66 by its convention (session 33);
    # #163 #164 since `.sql` is read (recall25, session 37); #165 (Substack's app-footer tags, no marker) missed
    "medium-channel-intent": (3, 3),  # 0 blind; 3 after markers8's note on `notification`
    # 131/133 blind; the .lycheecache's 7 not counted (extract8); the 4 in a Markdown comment withdrawn (session 28,
    # a slip both labellers shared: no reader follows a link Markdown does not render)
    # #36 #37 with old58's entry-rows.tsv (session 32); 118 since fix21b (session 35): Algolia's poweredBy credit
    # (`utm_medium=website&utm_campaign=poweredby`) is Algolia's snippet in rules/platform-written-tags.txt (corpus 21
    # #85, a theme's copy: nothing to tell), read as a snippet in algolia/instantsearch too (#183 #189), as every
    # snippet is in its platform's own repository unless own-hosts names the site (corpus 10 #298, BigCommerce's
    # "Powered by" link in its own theme, labels that case nothing to tell; tried: judging snippets in their
    # platform's repository gave corpora 10 and 12 three wrong findings)
    "medium-unassigned": (111, 111),  # #79 withdrawn (session 46 ruling); 112/112 before; Algolia's own powered-by links found (session 45, F20 in validate_url); 110 before; #73 #75 #77 #80 #81 withdrawn (session 44 ruling), 115/117 before; 118/120 before the session 40 ruling
    "missing-utm-param": (80, 82),  # #73 #75 #77 #80 #81 withdrawn (session 44 ruling), 85/87 before; 95/98 blind; #140 after values7 3aaa655; the .lycheecache's 7 not counted;
    # 88/90 before the session 40 ruling (another party's tags)
    # #36 #37 with old58's entry-rows.tsv (session 32)
    "source-overrides-medium": (10, 10),  # 2 blind; 10 after markers8's change for a listed directory
    "utm-internal-link": (2, 2),
    "utm-key-repeated": (1, 1),
    "value-case": (12, 15),  # 14/17 before the session 40 ruling
    "value-charset": (0, 1),
    "value-suspicious": (2, 3),  # no owner blind; utm-placeholder-unfilled (markers8) owns its placeholder kind
    "utm-useless-destination": (10, 10),  # no owner blind; UTM316 since useless10 (session 29)
}

# The rule(s) that own each kind of mistake the blind pass found (kinds no rule owns are counted, never found:
# utm-useless-destination, source-wrong-placement; value-suspicious only in part: an unfilled placeholder is
# utm-placeholder-unfilled's, added by markers8 in session 27, a typo such as `grqo-docs` nobody's).
FOUND_BY = {
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
    "medium-unassigned": {"medium-unassigned"},
    "value-case": {"value-case", "value-charset"},
    "copied-tracking": {"copied-tracking"},
    "source-overrides-medium": {"source-overrides-medium"},
    "medium-channel-intent": {"medium-channel-intent"},
    "utm-internal-link": {"utm-internal-link"},
    "utm-key-repeated": {"utm-key-repeated"},
    "value-charset": {"value-charset"},
    "value-suspicious": {"utm-placeholder-unfilled"},
    "utm-useless-destination": {"utm-useless-destination"},  # UTM316 (useless10)
}

# Why issue 12's goals are not met yet on this corpus, None where they are: the goals' tests are strict xfails
# until then (labelled_corpus.corpus_tests).
# Met since fixA (session 33): 5 of 298 (1.7%), then 3 of 298 (1.0%), 2 of 299 (0.7%). Blind: 65 of 338 findings wrong
# (19.2%): advice on tags copied from someone else (19), `&amp;`/`&#38;` judged outside the file's language (12), tags
# that measure nothing (10), not-links (comments, samples: 6), a vendored or the repository's own library taken for
# copied tags (6), platforms' snippets (6); see tests/data/real-urls-7/README.md
# 8 of 297 findings wrong since the session 40 ruling on another party's tags (8 value findings on sponsors',
# partners' and advertisers' links relabelled wrong) until facts (session 41), 2 of 291 since: met until the session 44
# rulings (Gridly's entry in the headless CMS list, 10 findings).
# 13 of 293 findings wrong from the session 44 and 46 rulings (Gridly's and APIRocket's own tags on their entries in
# jamstack.org's headless CMS list, 11: utmlint did not read a list entry's links as the vendor's) until over2g
# (session 47): 2 of 282 since.
WHY_OVER_TWO_PERCENT = None
WHY_UNDER_NINETY_PERCENT = ("value-case 14 of 17, value-charset 0 of 1 (copied-tracking 35 of 36 since session 37: "
                            "13 blind; 30 after session 29's another-channel reading; 32 with session 33's plain-name "
                            "outgoing reading; 33 with the Go `.slide` read; 35 with `.sql` read as written)")

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             origin=dict(min_urls=300))
