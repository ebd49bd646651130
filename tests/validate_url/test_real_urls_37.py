"""A thirty-seventh, independent real-URL corpus (tests/data/real-urls-37): 71 URLs from 14 repositories that are in
none of the other corpora, drawn by who writes the tags: tracked links in marketing and growth teams' own files
(launch and channel plans, link sheets, UTM conventions holding the team's links, social-post drafts and their
generators, newsletter link standards), found with the code search on the brief's queries and exact-string look-ups
of team-written tag forms (`utm_campaign=launch`, `utm_medium=social&utm_campaign`, `utm_source=linkedin&utm_medium`,
`utm_source=newsletter&utm_medium=email`, then social, launch-directory and newsletter strings said plainly as beyond
the brief's list), every one labelled blind (what a careful marketer should be told, by Google's channel table)
before utmlint was run on them, then every finding judged against that label.

Same shape and judge as corpora 3-36 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-37/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-37"
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 37) if (DATA / f"real-urls-{n}").is_dir())

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README).
FOUND_BY = {
    "medium-unassigned": {"medium-unassigned", "source-medium-swapped"},
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
    "utm-useless-destination": {"utm-useless-destination"},
    "utm-internal-link": {"utm-internal-link"},
    "medium-channel-intent": {"medium-channel-intent"},
    "copied-tracking": {"copied-tracking"},
    "pii-in-url": {"pii-in-url"},
}

# The figures at the commit that added the verdict rows: any change is a change of truth to review.
# Blind, on the code of main at 1c5ccb9 (session 42; no rule had seen these URLs; labels committed at 22:41 UTC before
# utmlint's findings on them were seen, in "corpus 37 (blind): ..."; file_facts.py and placement_rows.py then wrote
# this corpus's rows: the web apps' own hosts of pngtostl.net, forecasther.ai and flip-ly.net, DeclutrMail's comment
# row, the text around each link): 11 of 42 findings wrong (26.2%). This is the figure to quote. The wrong:
# utm-internal-link on a path that is no link between the site's pages (7: afida's redirect spec's example request
# paths quoted as inline code, #12-#16; a resume's link to the author's site quoted as inline code in a README table,
# #18; a social-kit example whose host is the placeholder `<domain>`, read from the path on, #1); copied-tracking on a
# team's own template row whose host is the Spanish placeholder `tusitio.com` ('yoursite.com'), read as another site
# (#3); source-overrides-medium on a WordPress plugin's own header bundled inside the site's theme (#10 #11, another
# party's tags); pii-in-url on an example.com address in a code comment of an analytics scrubber (#39). README and
# /work/corpus37-notes.md say what could tell each.
# Then (session 42, fix37) the judge given the lines of afida's and Steven Pinto's relative Markdown rows (tests/data/
# row-lines.tsv, read from the mirrors: `utmlint scan` on both repositories told none of these utm-internal-link
# findings, reading each path as one the doc names as text, scan.examples.named_path): #12-#16 and #18's
# utm-internal-link gone (6 wrong), #18's blind medium-unassigned and missing-utm-param found (2 correct): 5 of 38.
# Then (fix37) a host to fill in written in angle brackets read with its URL (`https://<domain>/one-day-setup?...`,
# scan.core.PLACEHOLDER; scan-reads.tsv's row for #1): the team's own link, no longer a relative path: #1's
# utm-internal-link gone: 4 of 37. Then (fix37) the stand-in site of a guide's example in the languages of the
# templates read (`tusitio.com`, Spanish for 'yoursite.com'; `dominio.com`; `seusite`, `votresite`, `deinedomain`...:
# checks.tracking.copied_posted._STAND_IN_SITE, beside `yourcompany.com`): #3's copied-tracking gone: 3 of 36. Then
# (fix37) an address at a domain reserved for examples in a field not named for one is an illustration (pii-in-url,
# checks.tracking.pii._sample; corpus 3's `email=user@example.com` still told): #39's pii-in-url gone: 2 of 35.
# Then (fix37) `remarketing` read as a word that says the medium is an ad (intent._AD_WORDS): #3's blind
# medium-channel-intent found (1 correct): 2 of 36.
# Then (lead, session 43) a merge tag naming the reader's first name, e-mail or phone is told by pii-in-url in any
# field (checks.tracking.pii: `utm_content={{first_name}}`): #4 found (1 correct): 2 of 37.
# over2 (session 49): a plugin published on WordPress.org bundled into another project (its folder's WordPress.org
# readme.txt, `=== WP Display Header ===`, `Contributors: kobenland`: identity.bundled_wordpress_plugin, read for the
# judge into tests/data/vendored-libraries.tsv) is another project's code, as a vendored library is: #10 #11's
# source-overrides-medium (2 wrong) gone, and their url-insecure (2 correct, a judgement call in their labels: the
# site does not edit the plugin's header) with them, as on every vendored library's links: 0 of 33.
MEASURED_WRONG = 0
MEASURED_PAIRS = 33
# found/present per kind a rule owns, as measured blind: a change either way is to be reviewed.
MEASURED_RECALL = {
    # blind 11 of 12 and 5 of 6: #18, the resume link told utm-internal-link instead (inline code, a site path),
    # found since its README line is stated (row-lines.tsv: a table cell's path, its values judged as a campaign's)
    "medium-unassigned": (12, 12),
    "missing-utm-param": (6, 6),
    "utm-useless-destination": (4, 4),
    "utm-internal-link": (3, 3),
    # #3: `remarketing` with `facebook` (paid remarketing counted as Organic Social); copied-tracking spoke instead,
    # reading the placeholder host `tusitio.com` as another site (since fix37's stand-in reading: nothing said)
    "medium-channel-intent": (2, 2),  # 1 of 2 blind; #3 found since fix37's `remarketing` reading
    "copied-tracking": (2, 2),
    "pii-in-url": (1, 1),  # 0 of 1 blind: #4 `utm_content={{first_name}}`, a merge tag naming the reader's first name
}

# Why issue 12's goals are not met yet on this corpus, None where they are: the goals' tests are strict xfails
# until then (labelled_corpus.corpus_tests).
WHY_OVER_TWO_PERCENT = None  # met since over2 (session 49): 0 of 33 (11 of 42 blind)
WHY_UNDER_NINETY_PERCENT = None

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             # 71 URLs from 14 repositories, at most 8 of one: under the 300 issue 12 asks (README's first paragraph)
             origin=dict(min_urls=71, min_repos=14, per_repo=8))
