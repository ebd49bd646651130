"""A forty-fourth, independent real-URL corpus (tests/data/real-urls-44): 55 URLs from 19 repositories that are in none
of the other corpora, drawn by the kind of file: site themes and bot/notification templates. The brief's code searches
gave no file of the kind with a tracked link; its exact-string look-ups (`utm_source=rss`, `utm_medium=feed`,
`utm_source=ghost`, `utm_campaign=theme`, `utm_medium=slack`, `utm_source=github-action`, `utm_medium=pr-comment`,
`utm_source=bot`) gave 4 repositories, and the draw went on, said plainly as beyond the brief's list, with forms theme
and bot files write (`utm_medium=theme`, `utm_medium=bot`, `utm_medium=discord`, `utm_medium=pr_comment`,
`utm_source=github_action`, `utm_medium=customizer`, `utm_source=worg`, `utm_medium=about-page`,
`utm_source=theme_dashboard`, `utm_source=discordbot`...): 11 WordPress themes' credit and upsell links (no Hugo,
Jekyll, Ghost or Hexo theme with a tracked link was found), 5 Discord/Telegram bots' messages and 3 GitHub Actions'
comments. Every one labelled blind (what a careful marketer should be told, by Google's channel table) before utmlint
was run on them, then every finding judged against that label.

Same shape and judge as corpora 3-42 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-44/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-44"
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 44) if (DATA / f"real-urls-{n}").is_dir())

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README).
FOUND_BY = {
    "medium-unassigned": {"medium-unassigned", "source-medium-swapped"},
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
}

# The figures at the commit that added the verdict rows: any change is a change of truth to review.
# Blind, on the code of main at f3734d3 (session 45; no rule had seen these URLs; labels committed at 06:53 UTC before
# utmlint ran on them, in "corpus 44 (blind): ..."; file_facts.py then found no row of these repositories to write and
# placement_rows.py wrote the text around each link): 4 of 55 findings wrong (7.3%). This is the figure to quote. The
# wrong: test cases in a Rust source file's inline test module (6b6t's bot, src/telegram.rs from line 1167,
# `#[cfg(test)] mod tests`: the input and expected outputs of its Telegram link rewriter's tests, read as the bot's own
# messages: medium-unassigned 3 (#20 #24 #25), missing-utm-param 1 (#22, `?view=compact&utm_source=discord#history`
# written partial on purpose). Judged correct by hand: url-insecure on Dokan's `http://wedevs.com` footer credit (#6
# #7), medium-channel-intent on 6b6t's `utm_campaign=evergreen_shop` (#23 #27: GA4's shopping pattern, Organic
# Shopping; the blind medium-unassigned labels withdrawn, the labeller's misreading).
# fix4344 (session 45): a Rust file's inline test module read as a test's code (scan.files.in_test_code; the corpus
# judge reads it from tests/data/inline-test-rows.tsv, written from the mirror by tests/validate_url/inline_tests.py:
# #20 #22 #24 #25 in src/telegram.rs's module from line 1167): 4 wrong gone; the bot's own messages above the test
# modules of src/config.rs, src/commands.rs and src/community_event.rs (#21 #23 #26 #27) still judged, no correct
# finding lost: 0 of 51.
# fix4344: scan reads shell scripts (`.sh`, `.bash`): #28's medium-unassigned found in monit.rs' entrypoint.sh
# (correct, labelled): 0 of 52.
MEASURED_WRONG = 0
MEASURED_PAIRS = 52
# found/present per kind a rule owns, as measured blind (2 blind medium-unassigned rows withdrawn after the run, with
# their reason: #23 #27's campaign `evergreen_shop` is GA4's shopping pattern, Organic Shopping): a change either way is
# to be reviewed.
MEASURED_RECALL = {
    # #28: monit.rs' action's shell script writing its PR comment body (entrypoint.sh: `echo "Powered by
    # [monit.rs](https://monit.rs) · [Get alerted ...](https://monit.rs/login?utm_source=github_action&utm_medium=
    # pr_comment&utm_campaign=diff)"` inside `{ ... } > "$body_file"`): nothing told blind (46 of 47), found since fix4344
    # reads shell scripts; #51 not counted: Customify's translation template (languages/customify.pot), a file kind
    # scan does not read (unread, not judged)
    "medium-unassigned": (47, 47),
    "missing-utm-param": (1, 1),
}

# Why issue 12's goals are not met yet on this corpus, None where they are: the goals' tests are strict xfails
# until then (labelled_corpus.corpus_tests).
WHY_OVER_TWO_PERCENT = None  # 4 of 55 blind (a Rust file's inline test module), 0 of 51 since fix4344
WHY_UNDER_NINETY_PERCENT = None

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             # 55 URLs from 19 repositories, at most 8 of one: under the 300 issue 12 asks (README's first paragraph)
             origin=dict(min_urls=55, min_repos=19, per_repo=8))
