"""A fifty-third, independent real-URL corpus (tests/data/real-urls-53): 63 URLs from 11 repositories that are in
none of the other corpora, drawn by the kind of file: GitHub automation and community files, what lives under
`.github/` and its kin. The exact-string index gave such files mostly as organisations' `owner/.github` repositories
(their profile page, profile/README.md, and their default issue-template chooser, ISSUE_TEMPLATE/config.yml), which
fetch cannot bring (a name starting with a dot): their files were read from the index and committed into local
repositories (README.md: how). Every one labelled blind (what a careful marketer should be told, by Google's channel
table) before utmlint was run on them, then every finding judged against that label.

Same shape and judge as corpora 3-52 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-53/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-53"
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 53) if (DATA / f"real-urls-{n}").is_dir())

# The rule(s) that own each kind of mistake the blind pass found (written with the labels, before any run: README).
FOUND_BY = {
    "medium-unassigned": {"medium-unassigned", "source-medium-swapped"},
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
}
