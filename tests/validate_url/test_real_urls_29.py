"""A twenty-ninth, independent real-URL corpus (tests/data/real-urls-29): 78 URLs from 19 repositories that are in
none of the twenty-eight other corpora, drawn by the links themselves (exact-string look-ups of tag strings corpora
25-28 did not use, `utm_medium=footer`, `utm_source=homepage`, `utm_medium=link`..., taking the hits in the order
returned, then `utm_medium=plugin`, said plainly as beyond the brief's list), every one labelled blind (what a careful
marketer should be told, by Google's channel table) before utmlint was run on them, then every finding judged against
that label.

Same shape and judge as corpora 3-28 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-29/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-29"
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 29) if (DATA / f"real-urls-{n}").is_dir())

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README).
FOUND_BY = {
    "copied-tracking": {"copied-tracking"},
    "medium-unassigned": {"medium-unassigned", "source-medium-swapped"},
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
    "source-fragmentation": {"source-fragmentation", "value-charset", "value-separator"},
    "source-overrides-medium": {"source-overrides-medium"},
    "utm-in-fragment": {"utm-in-fragment", "url-fragment-order"},
    "utm-useless-destination": {"utm-useless-destination"},
}

# The figures at the commit that added the verdict rows: any change is a change of truth to review.
# Blind, on the code of main at ec56e81 (session 40; no rule had seen these URLs; labels committed at 16:56 UTC before
# utmlint's findings on them were seen, in "corpus 29 (blind): ..."; file_facts.py then wrote its rows for these
# repositories): 4 of 94 findings wrong (4.3%). This is the figure to quote. The wrong: value advice on a sponsor's
# own tags (Stream's sponsorship link in webrtc-rs's README, `utm_medium=sponsorship&...&utm_campaign=
# webrtcRepo_July2023_video_klmh22`: medium-unassigned and value-case, #16: 2); medium-unassigned on a GitHub
# Sponsors page whose owner sees no utm report (#15: 1); utm-internal-link on the destination of a 301 in a Rails
# app's rewrite rules, a podcast's vanity path (`config/initializers/rack_rewrite.rb`: `r301 "/upcase/
# gettingstartedwithios", "/upcase/getting-started-with-ios-development?utm_source=podcast"`, #12: 1).
# /work/corpus29-notes.md and the README say what could tell each.
# 3 of 94 since fix29's GitHub Sponsors line (session 40: rules/useless-destinations.txt, GitHub's docs "About
# transaction metadata": a Sponsors page's export records only its own `metadata_` parameters): #15 gets
# utm-useless-destination (its blind label; the note gives the `metadata_` spelling of its values), not medium-unassigned.
# 2 of 94 since fix29's redirect rules written in code (scan.redirects): #12, the destination of Upcase's
# Rack::Rewrite `r301` from a podcast's vanity path, is an entry point (tests/data/entry-rows.tsv): its
# missing-utm-param (the blind label) correct, utm-internal-link gone.
# 2 of 96 since fix29's component reading (scan.files.component_name): #13, Attie's `FixturesList.tsx` (a football
# club's fixtures list), is scanned, no longer skipped as a test fixture: its medium-unassigned and missing-utm-param
# (the blind labels) correct. Still over 2%: the sponsor block (#16), helper `sponsor`'s.
# facts (session 41): the text around a link reaches this judge (placement-rows.tsv: scan.placement's reading of the
# file's text, judged by its placement_said): webrtc-rs/webrtc the heading "Silver Sponsors:" (#16: medium-unassigned
# wrong, value-case wrong). 2 wrong gone, 0 correct: 2 of 96 -> 0 of 94.
# placements (session 42): a link whose utm_medium names a sponsor's or an advertiser's slot (`sponsor`,
# `sponsorship`, `spon`, `ads`: scan.partner_tags.sponsor_tags, rules/sponsor-tag-words.txt) to a site not the
# repository's own, outside its FUNDING.yml, partners page, e-mail templates and campaign plans and carrying no tag
# set the file writes on several sites, is the sponsor's placement: no value advice. Danny White's own site in his app
# Attie (`utm_medium=sponsorship` on dannywhite.net, an owner whose handle `dnywh` names no site): 2 correct findings
# gone: 0 of 94 -> 0 of 92.
MEASURED_WRONG = 0
MEASURED_PAIRS = 92
# found/present per kind a rule owns, as measured blind: a change either way is to be reviewed. #13 (Attie's
# `FixturesList.tsx`, a football club's fixtures list) was read as a test fixture by its name and never scanned: its
# medium-unassigned and missing-utm-param were left out of the counts (labelled_corpus.uncounted), a miss all the same;
# counted and found since fix29 (session 40: a PascalCase UI component is no fixture).
MEASURED_RECALL = {
    "copied-tracking": (1, 1),
    # #20: the tags after `#snap-confirm` (url-fragment-order tells the fragment; the medium is not read from it)
    "medium-unassigned": (59, 61),  # 59/60 blind; #13 counted and found since fix29; Danny White's own site in Attie
    # (`utm_medium=sponsorship`) held back as a sponsor's slot since placements (session 42)
    # #12: the podcast redirect's `utm_source=podcast` told utm-internal-link blind; found since fix29's redirect rules
    # (session 40: a Rack::Rewrite rule's destination is an entry point)
    "missing-utm-param": (16, 17),  # and #13 counted and found since fix29's component reading; 16 since placements'
    # sponsor medium (session 42), Danny White's own site
    # #27-#34: `portalbebedouro` (38) and `portaldobebedouro` (16) are written in different files and the judge gives
    # validate_url one file's links; `utmlint scan` on the whole repository tells it (14 source-fragmentation warnings,
    # on the links that write `portaldobebedouro`: #28 #29 #31 among these rows), by design only on the minority spelling.
    # fix29 (session 40) measured giving the spelling rules the corpus rows of the same repository (every file's): not
    # scan's reading, since a sample of at most 8 rows need not keep the repository's majority: here 2 of 8 found, but
    # corpus 12's WunderGraph rows tie 4 to 4 (16 to 14 in the repository) and get 4 findings labelled wrong, corpus 8's
    # two correct ones are lost and corpus 23 gets 3 unlabelled; so the judge keeps one file's links (the README)
    "source-fragmentation": (0, 8),
    "source-overrides-medium": (1, 1),
    "utm-in-fragment": (1, 1),
    # #15: a GitHub Sponsors page, told medium-unassigned blind (#53's GitHub repository found); found since fix29's
    # GitHub Sponsors line (session 40)
    "utm-useless-destination": (2, 2),
}

# Why issue 12's goals are not met yet on this corpus, None where they are: the goals' tests are strict xfails
# until then (labelled_corpus.corpus_tests).
# 2 of 96 findings wrong (4 of 94 blind) until facts (session 41), 0 of 94 since: met
WHY_OVER_TWO_PERCENT = None
WHY_UNDER_NINETY_PERCENT = ("source-fragmentation 0 of 8 (two spellings in different files: the judge reads one "
                            "file, scan on the repository tells the minority spelling's links; the corpus's rows of "
                            "a repository are a sample whose majority need not be the repository's, so the judge "
                            "cannot read them together as scan does)")

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             # 78 URLs from 19 repositories, at most 8 of one: under the 300 issue 12 asks (README's first paragraph)
             origin=dict(min_urls=78, min_repos=19, per_repo=8))
