"""A twenty-fourth, independent real-URL corpus (tests/data/real-urls-24): 88 URLs from 18 repositories that are in
none of the twenty-three other corpora (newsletters' own issues and templates, AI-written digests that copy other
newsletters' links, a web digest, personal knowledge bases with ChatGPT clippings and vendored Obsidian plugins, a
saved copy of an MCP directory's page, a public-API list's and a resource list's sponsor links, a developer's sponsor
table, personal sites and a Jekyll theme), every one labelled blind (what a careful marketer should be told, by
Google's channel table) before utmlint was run on them, then every finding judged against that label.

Same shape and judge as corpora 3-23 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-24/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-24"
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 24) if (DATA / f"real-urls-{n}").is_dir())

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README).
FOUND_BY = {
    "copied-tracking": {"copied-tracking"},
    "medium-unassigned": {"medium-unassigned", "source-medium-swapped"},
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
}

# The figures at the commit that added the verdict rows: any change is a change of truth to review.
# Blind, on the code of main at 63d48ae6 (session 36; no rule had seen these URLs; labels committed at 05:28 UTC before
# utmlint ran on them, in "corpus 24 (blind): ..."; file_facts.py then wrote its rows for these repositories): 24 of 55
# findings wrong (43.6%). This is the figure to quote. The wrong: value advice on someone else's copied tags that the
# blind pass asks to strip (respell the medium, add a medium or campaign, lowercase the campaign: 20; mend a second `?`:
# 1; respell a JSON-escaped `\u0026amp;` rest of a query as a source: 2) and an e-mail's link named by its path in a
# product spec called internal (1). /work/corpus24-findings.md says what could fix each.
# digest24 (session 37): a page's `\u0026amp;` JSON escapes decoded before its URL is read (scan.html.json_escaped:
# #81 #83, a saved copy of mcp.so's page, no longer told to respell an escaped source or add a medium and a campaign
# it has): 20 of 51. An agent skill's example outputs read as the agent's record of the links it retrieved
# (scan.collection.recorded_outputs: #24-#28, GitHub's blog and resources-hub tags, 6 wrong gone, 5 copied-tracking
# findings labelled correct): 14 of 50. A series read across its date and year folders (scan.collection.series:
# `webdb/<date>/coverpic/random.json`, a day's saved Unsplash data; `markdown/<year>/WebDigest-<date>.md`): #44-#49 #51
# found as a folder collection (7 correct rows), #46 #47 #48's medium and campaign advice gone (4 wrong), #44 #45's
# utm-useless-destination now copied-tracking's: 10 of 51. A newsletter's name run together with its rhythm
# (`nodeweekly`) a variable part of a series' name (scan.collection.shape): the AI-written digest's issues of Node,
# JavaScript and React Weekly read as one series (#34 #36-#38 #40 found, 5 correct rows; #36 #37 #40's 6 wrong gone):
# 4 of 50. A page saved from another site in a repository whose own site is known (scan.saved.saved_page: canonical and
# og:url on mcp.so, astro.config.mjs on mymcpshelf.com; p2.html, debug_page.html) is a copy with one note: #81 #83 #84
# found, #84's missing-utm-param gone, #86's own copied-tracking finding now the file's note (a correct finding fewer,
# its label still found): 3 of 48. Instagram's `igsh` share id read as igshid is (rules/copied-tracking.txt: #11 found,
# its utm-useless-destination kept): 3 of 49. rest18 (session 38): a word any digest is named with (`weekly` of
# klaaay/weekly-gen) no longer claims Python Weekly's `www.pythonweekly.com` as the repository's own newsletter
# (checks.tracking.copied_owner._claims): #33 #35 found as copied (2 correct rows), #33's medium-unassigned gone, #35's
# utm-useless-destination now copied-tracking's: 2 of 49. leftovers (session 40): #56's line stated in
# tests/data/row-lines.tsv (its mirror was removed; the line read from the code index's stored copy of
# docs/prd-ga4-optimization.md): the e-mail footer's deep link named as inline code in the spec's sentence
# (scan.examples.named_path "prose"), no link between the site's pages, as scan reads the file: its utm-internal-link
# (wrong) gone: 1 of 48.
# lead (session 45): Contextual AI's partner form listed in rules/platform-written-tags.txt (see corpus 5): the tutorial
# copy's medium-unassigned (#61, wrong) gone: 1 of 48 -> 0 of 47 (the goal met).
MEASURED_WRONG = 0
MEASURED_PAIRS = 47
# found/present per kind a rule owns, as measured blind: a change either way is to be reviewed.
MEASURED_RECALL = {
    # not found as copied: This Week In React's tags kept by an AI-written digest (#39: its file's name,
    # `..._thisweekinreact_summary.md`, makes a series of one), a tutorial's tags in a copied notebook (#61); Python
    # Weekly's (#33 #35) found since rest18 (session 38: `weekly` of weekly-gen claims no newsletter). 23 since digest24's agent skill's example outputs (#24-#28: GitHub's blog and
    # resources-hub tags, session 37); 30 with its series across date and year folders (#44-#49 #51: the web digest's
    # saved Unsplash data and its issues); 35 with a newsletter's name a variable part of a series' name (#34 #36-#38
    # #40: the digest's issues of Node, JavaScript and React Weekly); 38 with a saved page of another site a copy (#81
    # #83 #84, mcp.so's page); 39 with Instagram's `igsh` share id (#11); 41 with rest18's digest word (#33 #35)
    "copied-tracking": (41, 43),
    # #41: a medium-only link in a JS comment of the README generator (a link in a code comment, followed by no
    # visitor, gets only the rules about the URL as written: validate_url `in_comment`)
    "medium-unassigned": (3, 4),
    # #30 (in an HTML comment of the README: a header the maintainer commented out), #41 (in a JS comment)
    "missing-utm-param": (2, 4),
}

# Why issue 12's goals are not met yet on this corpus, None where they are: the goals' tests are strict xfails
# until then (labelled_corpus.corpus_tests).
# 1 of 48 (24 of 55 blind) until session 45: value advice (respell) on other people's tags copied into a notebook 1;
# fixed before: an e-mail's link named by its path in a spec (its line stated, session 40)
WHY_OVER_TWO_PERCENT = None
WHY_UNDER_NINETY_PERCENT = ("copied-tracking 41 of 43 (This Week In React's issue in an AI-written digest, a copied "
                            "notebook), "
                            "medium-unassigned 3 of 4 and missing-utm-param 2 of 4 (links in comments)")

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             # 88 URLs from 18 repositories, at most 8 of one: under the 300 issue 12 asks (README's first paragraph)
             origin=dict(min_urls=88, min_repos=18, per_repo=8))
