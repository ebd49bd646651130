"""A forty-eighth, independent real-URL corpus (tests/data/real-urls-48): 47 URLs from 18 repositories that are in none
of the other corpora, drawn by the kind of file: docs-site configuration and chrome (docusaurus.config.js, a swizzled
Docusaurus navbar, a VitePress theme's banner, a VuePress theme's top banner, Sphinx conf.py theme options, a docs
site's sponsor list and footer), with every other tracked link of those repositories (their docs pages, READMEs and
issue forms). Every one labelled blind (what a careful marketer should be told, by Google's channel table) before
utmlint was run on them, then every finding judged against that label.

Same shape and judge as corpora 3-47 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-48/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-48"
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 48) if (DATA / f"real-urls-{n}").is_dir())

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README).
FOUND_BY = {
    "medium-unassigned": {"medium-unassigned", "source-medium-swapped"},
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
    "utm-internal-link": {"utm-internal-link"},
    "value-case": {"value-case"},
    "copied-tracking": {"copied-tracking"},
    # written with the labels as {"utm-in-fragment"} alone, a slip against the ownership 16 earlier corpora write (a
    # query written after the `#` is this kind, told by url-fragment-order): corrected after the run, said plainly
    # (README); it moves #23 from missed to found
    "utm-in-fragment": {"utm-in-fragment", "url-fragment-order"},
}

# The figures at the commit that added the verdict rows: any change is a change of truth to review.
# Blind, on the code of main at 6a52dd83 (session 47; no rule had seen these URLs; labels committed at 13:18 UTC before
# utmlint ran on them, in "corpus 48 (blind): ..."; file_facts.py then wrote five docs sites' published hosts and the
# Cosmos theme's commented-out banner line, and placement_rows.py the text around each link): 9 of 37 findings wrong
# (24.3%). This is the figure to quote. The wrong, by cause:
# - a swizzled Docusaurus navbar (src/theme/Navbar/...) not read as a page of the docs site it renders into
#   (www.astronomer.io/docs): its links to www.astronomer.io told to add a campaign and respell the medium instead of
#   dropping the tags of an internal link (missing-utm-param 2, medium-unassigned 2 on #8 #9);
# - another party's link form told to the repository: Platform.sh's deploy button (#13 medium-unassigned) and Vue
#   School's capitalised partner links (#15 #17 value-case);
# - a stray tag help.vtex.com's own search adds (`?&utm_source=autocomplete`), copied from the address bar, told to
#   gain a medium and a campaign (#32 #33 missing-utm-param).
# fix48 (session 47): a docs site generator's own theme folder (Docusaurus' swizzled `src/theme/`, `.vitepress/theme/`,
# `.vuepress/theme/`) read as the site's pages, as its config is (linkplace.theme_override): #8 #9's links told
# utm-internal-link (2 correct), their missing-utm-param and medium-unassigned gone (4 wrong): 5 of 35.
# fix48: a sponsor list's own tag set with another year's campaign (`BlitzJS_Sponsorship_2020` beside the file's
# `..._2021` on two sponsors) read as the file's own, not held back as the sponsor's form (scan.judge _numbered_alike):
# #29's blind medium-unassigned and value-case found (2 correct): 5 of 37.
# fix48: Platform.sh's deploy button (`utm_medium=button&utm_campaign=deploy_on_platform` on console.platform.sh, in
# Directus', SymfonyCorp's and Platform.sh's own READMEs too) listed in rules/platform-written-tags.txt: #13's
# medium-unassigned gone (1 wrong): 4 of 36.
# The lead (session 47): Vue School's partner form (`friend=<partner>` with its `utm_medium=link` tag set: vuejs.org's
# nav and translations, Vue Router's docs home, corpus 23 #48, the old Nuxt site) listed in
# rules/platform-written-tags.txt: #15 #17's value-case gone (2 wrong): 2 of 34.
MEASURED_WRONG = 2
MEASURED_PAIRS = 34
# found/present per kind a rule owns, as measured blind: a change either way is to be reviewed.
MEASURED_RECALL = {
    # blind 13 of 15; missed: #23 (the tags after the `#`: url-fragment-order tells the fragment, not the `readme`
    # medium once moved) and #29 (Blitz's Fauna sponsor link, `..._2020`, told nothing while the same tag set with
    # `..._2021` on RIT's and Boostry's is told), found since fix48
    "medium-unassigned": (14, 15),
    # missed: #23 (no utm_campaign once the tags are moved into the query)
    "missing-utm-param": (4, 5),
    # blind 7 of 9: #8 #9, the swizzled navbar's links (above), found since fix48
    "utm-internal-link": (9, 9),
    # blind 2 of 3: #29 (above), found since fix48
    "value-case": (3, 3),
    # missed: #32 #33 (help.vtex.com's own search tag, told as a tracked link missing its medium)
    "copied-tracking": (1, 3),
    "utm-in-fragment": (1, 1),
}

# Why issue 12's goals are not met yet on this corpus, None where they are: the goals' tests are strict xfails
# until then (labelled_corpus.corpus_tests).
WHY_OVER_TWO_PERCENT = ("2 of 34 (9 of 37 blind): a help centre's own search tag copied from the address bar (2)")
WHY_UNDER_NINETY_PERCENT = ("missing-utm-param 4 of 5 (#23: no campaign once the fragment's tags are moved), "
                            "copied-tracking 1 of 3 (a help centre's own search tag); blind also utm-internal-link 7 of "
                            "9, medium-unassigned 13 of 15, value-case 2 of 3, found since fix48")

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             # 47 URLs from 18 repositories, at most 8 of one: under the 60 URLs the brief asked for (README)
             origin=dict(min_urls=47, min_repos=18, per_repo=8))
