"""A forty-sixth, independent real-URL corpus (tests/data/real-urls-46): 63 URLs from 16 repositories that are in none
of the other corpora, drawn by the kind of file: mobile and desktop apps' own code and string resources (the links an
app shows its users: an iOS app's web-view list, a React Native app's share messages, an Electron app's help menu and
preferences, an AIR game's screens, a Windows tray menu, a macOS app's settings, an Android app's support links, a
Flutter app's about page). The brief's code searches gave no app file with a tracked link; its exact-string look-ups
(`utm_source=android`, `utm_source=ios`, `utm_medium=app`, `utm_source=app`, `utm_medium=in-app`, `utm_source=desktop`,
`utm_medium=menu`, `utm_source=mobile`, `utm_medium=about`) gave 2 repositories not in an earlier corpus (the well-known
apps they hit are earlier corpora's), and the draw went on, said plainly as beyond the brief's list, with forms app
code writes (`utm_source=android_app`, `utm_medium=in_app`, `utm_source=electron`, `utm_medium=desktop`,
`utm_medium=mobile_app`, `utm_source=macos`, `utm_source=windows`, `utm_medium=help-menu`, `utm_medium=tray`,
`utm_source=app&amp;utm_medium`, `utm_source=flutter`, `utm_source=ios-app`...). Every one labelled blind (what a
careful marketer should be told, by Google's channel table) before utmlint was run on them, then every finding judged
against that label.

Same shape and judge as corpora 3-44 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-46/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-46"
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 46) if (DATA / f"real-urls-{n}").is_dir())

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README).
# source-wrong-placement (Password Boss' Android app writing the PC client's `utm_source=PC`) has no rule.
FOUND_BY = {
    "medium-unassigned": {"medium-unassigned", "source-medium-swapped"},
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
    "utm-in-fragment": {"utm-in-fragment", "url-fragment-order"},
}

# The figures at the commit that added the verdict rows: any change is a change of truth to review.
# Blind, on the code of main at f7768746 (session 46; no rule had seen these URLs; labels committed at 10:03 UTC before
# utmlint ran on them, in "corpus 46 (blind): ..."; file_facts.py then wrote 4 rows of these repositories (a doc
# comment's link in AppDeck's vendored Google Analytics header, Hlidac shopu's manifest start_url read as a launch URL,
# Nami's menu links opening with `${SITE}`) and placement_rows.py the text around each link): 3 of 56 findings wrong
# (5.4%). This is the figure to quote. The wrong, one each: missing-utm-param on `?utm_source=share_card` named in
# prose in a project's MVP checklist (#6, no link); medium-unassigned on a C# interpolated string's run-time slot read
# as the medium (#56, Philter Desktop's `$"{url}?utm_source=desktop&utm_medium={Uri.EscapeDataString(medium)}"`);
# url-insecure on a placeholder example in a vendored SDK header's doc comment (#60, `http://my.site.com/...`).
# Judged correct by hand: value-case on Password Boss' and Neohelden's consistent capitals (#57-#59, #61: not told
# blind, corpora 26-27's convention; the advice is true and harms no attribution).
# fix46 (session 46, corpus46): a language's interpolation slot holding a call read as one (utmlint.placeholders.
# CODE_SLOTS: C#'s and a Python f-string's `{f(x)}`, Swift's `\(x)`): #56's medium-unassigned on
# `{Uri.EscapeDataString(medium)}` gone, its missing campaign still told; no other corpus moved: 2 of 55.
# fix46: ActionScript (`.as`) read as code (scan.FAMILIES, comments' `//` and `/* */`): #16-#23, Gametrekking Omnibus'
# AIR screens, found: medium-unassigned 6 and url-fragment-order 2 (owned, correct), url-insecure 8 (its `http://`
# links, correct by hand; not labelled blind, judgement call (5)): 2 of 71.
# over2g (session 47): a stand-in for the reader's own site (`my.site.com`, `yourdomain.com`: illustrations
# .stand_in_host) in a program's text is its data, as a reserved name is: the vendored GA iOS SDK header's doc comment
# example (#60, `Example: http://my.site.com/index.html?utm_campaign=wow&utm_source=source`) loses its url-insecure
# (wrong); no correct finding lost (corpus 7's konsav `http://domain.com/` e-mail templates keep theirs): 1 of 70.
MEASURED_WRONG = 1
MEASURED_PAIRS = 70
# found/present per kind a rule owns, as measured blind: a change either way is to be reviewed.
MEASURED_RECALL = {
    # #16-#23: Gametrekking Omnibus' ActionScript (`.as`) sources, a file kind a folder walk did not read
    # (scan.files.walked): its 8 links' `utm_medium=desktop` missed blind (27 of 35); found since fix46 reads `.as`,
    # but for #20 #23, whose tags sit after `#comment-form`: url-fragment-order tells them (its fix moves the tags into
    # the query, where the medium is then told)
    "medium-unassigned": (33, 35),
    "missing-utm-param": (22, 22),
    # #20 #23: the same ActionScript screens' `.../comment/reply/NN#comment-form?utm_source=...`: 0 of 2 blind (not
    # read), found since fix46
    "utm-in-fragment": (2, 2),
}

# Why issue 12's goals are not met yet on this corpus, None where they are: the goals' tests are strict xfails
# until then (labelled_corpus.corpus_tests).
# 2 of 71 until over2g (session 47): a parameter named in a project note's prose read as a link (#6), a placeholder
# example in a vendored SDK header's doc comment told url-insecure (#60, read as a stand-in site's since); 3 of 56 blind
# (a C# interpolated string's run-time slot read as the medium, #56, read since fix46). 1 of 70 (1.4%) since.
WHY_OVER_TWO_PERCENT = None
WHY_UNDER_NINETY_PERCENT = None  # medium-unassigned 27 of 35 and utm-in-fragment 0 of 2 blind (ActionScript unread), 33 of 35 and 2 of 2 since fix46

corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS, found_by=FOUND_BY,
             measured_recall=MEASURED_RECALL, over_two_percent=WHY_OVER_TWO_PERCENT,
             under_ninety_percent=WHY_UNDER_NINETY_PERCENT, earlier=EARLIER,
             origin=dict(min_urls=63, min_repos=16, per_repo=8))
