"""A third, independent real-URL corpus (tests/data/real-urls-3): 233 URLs from 26 repositories that are in
neither earlier corpus, every one labelled blind (what a careful marketer should be told, by Google's channel
table) before utmlint was run on them, then every finding judged against that label.

The labels are data (labels.tsv: url, rule, verdict, reason, wrong_if), in corpus 2's shape: a (URL, rule)
pair is wrong when its verdict is `wrong`, or when its message contains the row's `wrong_if` text (advice
that was wrong once and was fixed). `present` rows are the mistakes the blind pass found in a URL, one per
kind. How the URLs were collected and judged, and every judgement call: tests/data/real-urls-3/README.md.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from labelled_corpus import corpus_tests, read_tsv

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-3"
# The figures at the commit that added or last changed the labels: any change is a change of truth to review.
# sponsor (session 40): the lead's ruling on another party's tags (a link the repository shows for a sponsor,
# partner or advertiser carries that party's values: advice to respell, rename or add one is wrong; URL-breaking
# findings stay correct): 17 value labels on such links turned `wrong` and 17 value-kind `present` rows withdrawn,
# by appended rows (reason `session 40 ruling (another party's tags): ...`): 0 of 255 -> 17 of 255. No rule changed.
# sponsor's reading (session 40): a link in a file whose path names a list of sponsors, backers or supporters
# (scan.placement.placement_file: SPONSORS.md, sponsors.json, `_sponsors/`, AsideSponsors.vue) is another party's
# placement, its values not judged (the URL rules still are): 2 wrong value findings gone, none correct: 17 of 255
# -> 15 of 253.
# facts (session 41): the text around a link reaches this judge (placement-rows.tsv: scan.placement's reading of the
# file's text, judged by its placement_said): fastapi/fastapi the heading "Gold Sponsors" (#156 #157 #158 #160 #162
# #164: medium-unassigned wrong, missing-utm-param wrong); fastapi/fastapi the heading "Silver Sponsors" (#161 #163:
# medium-unassigned wrong, missing-utm-param wrong); encode/django-rest-framework its line ("*Many thanks to all our
# [wonderful sponsors][sponsors], and ") (#169: medium-unassigned wrong); ajeetdsouza/zoxide its line ("<a href="
# "><img alt="Sponsored by Recall.ai" width="230" sr") (#182: medium-unassigned wrong). 11 wrong gone, 0 correct: 15
# of 253 -> 4 of 242.
# placements (session 42): a link whose utm_medium names a sponsor's or an advertiser's slot (`sponsor`,
# `sponsorship`, `spon`, `ads`: scan.partner_tags.sponsor_tags, rules/sponsor-tag-words.txt) to a site not the
# repository's own, outside its FUNDING.yml, partners page, e-mail templates and campaign plans and carrying no tag
# set the file writes on several sites, is the sponsor's placement: no value advice. Django REST framework's 3.11
# announcement, Retool's `sponsorship` #172: 2 wrong findings gone, no correct one: 4 of 242 -> 2 of 240.
# The lead (session 45): Contextual AI's partner form on chroma's integration page (#215-#225, its `utm_medium=github&
# utm_content=repo` with the partner in utm_source, the form of its links in NirDiamant's notebooks, corpus 5) ruled
# Contextual AI's (14 findings relabelled wrong: 2 of 240 -> 16 of 240), then its line in rules/platform-written-tags.txt
# (scan.judge.own_tagging no longer takes the entry's own host, or a github.com page, for the file's own tagging):
# 14 findings gone, none correct: 2 of 226.
MEASURED_WRONG = 2
# 264 until session 25: Product Hunt's badge key `utm_souce` (#73, #74) is the snippet's, no longer utm-key-unknown's
# (the lead's decision; their `present` rows withdrawn by appended rows, with the reason).
MEASURED_PAIRS = 226  # 240 until the lead (session 45), see MEASURED_WRONG; 262 until extract8 (session 27): see IN_COMMENTS; 260 until useless10: see ON_USELESS; 258
# until the lead (session 33): see IN_VENDOR
# Two of this corpus's URLs are examples in code comments (#39 a TSX doc comment's landing path, #47 a TS comment's
# `?utm_source=twitter`), which its labeller judged as links ("the standing call for docs examples") and corpora 7 and
# 8's labellers did not (corpus 7 #139 #143-#145 #198, corpus 8 #187: advice on a comment's example is wrong). Since
# extract8's change, scan gives a link in a code comment only the rules about the URL as written (utmlint.scan.comments;
# the judge learns which rows are in comments from tests/data/comment-rows.tsv): their missing-utm-param (present,
# correct) and #39's utm-internal-link (correct) are no longer given; #39's pii-in-url still is.
IN_COMMENTS = [
    ("/product/fire-starter?email=user@example.com&utm_campaign=retargeting_day3", "missing-utm-param"),
    ("?utm_source=twitter", "missing-utm-param"),
]
# useless10 (session 29): utm-useless-destination (UTM316) finds #228 and #231, ContextualAI's github.com pages tagged
# by Chroma's docs, the kind this corpus's labeller named and no rule owned. github.com shows the repository's owners
# no visit's utm values, so that is the one finding there: the medium-unassigned and value-case its labeller also
# marked present (true of the values, and labelled correct) are no longer given (corpus 7's labeller calls such
# advice wasted work, #284 #327): 2 findings added, 4 gone, 258 pairs.
# The lead's session 45 ruling (Contextual AI's partner form is Contextual AI's, as it is in NirDiamant's notebooks,
# corpus 5): those rows' `present` labels are withdrawn, so no mistake of theirs is counted missed.
ON_USELESS: list = []
# The lead (session 33): the judge gives no finding on a file `utmlint scan .` never reads (here in `vendor/`, the
# Go modules lazygit vendors: scan.files.walked), and counts the mistakes labelled there as missed.
VENDORED = {row["url"] for row in read_tsv(HERE / "urls.tsv") if row["path"].startswith("vendor/")}
IN_VENDOR = [(row["url"], row["rule"]) for row in read_tsv(HERE / "labels.tsv")
             if row["verdict"] == "present" and row["url"] in VENDORED]

# Issue 12's 2% goal (labelled_corpus.corpus_tests), met since session 23 (was 30 of 269 wrong): consistent `%20`
# spaces are the author's convention, relative links are utm-internal-link's, Product Hunt's and Unsplash's snippets
# are left to them, and `partner` no longer gets `affiliate` (see tests/data/real-urls-3/README.md).
# 15 of 253 findings wrong since the session 40 ruling on another party's tags (17 value findings on sponsors',
# partners' and advertisers' links relabelled wrong) until facts (session 41), 4 of 242 since: met
WHY_OVER_TWO_PERCENT = None
corpus_tests(globals(), HERE, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS,
             over_two_percent=WHY_OVER_TWO_PERCENT)


def test_corpus_is_new_varied_and_keeps_its_origin(figures):
    urls, reviewed, *_ = figures
    earlier = {row["repo"] for name in ("real-urls", "real-urls-2") for row in read_tsv(DATA / name / "urls.tsv")}
    repos = Counter(row["repo"] for row in urls)
    assert len(urls) >= 150 and len({row["url"] for row in urls}) == len(urls)
    assert len(repos) >= 25 and max(repos.values()) <= 0.15 * len(urls)
    assert all(row["repo"].count("/") == 1 and row["path"] and len(row["commit"]) == 40 for row in urls)
    assert not set(repos) & earlier
    assert set(reviewed) == {row["url"] for row in urls}


# The rule(s) that own each kind of mistake the blind pass found. Kinds no rule owns are counted, not asserted
# (utm-useless-destination was one until useless10). medium-channel-intent also owns an e-mail medium overridden by a social source. On a relative link
# (`/pricing?utm_source=email`) the missing keys are named by utm-internal-link, whose advice is to remove the
# tags rather than complete them (one finding per mistake).
FOUND_BY = {
    "missing-utm-param": {"missing-utm-param", "utm-internal-link"},
    "utm-internal-link": {"utm-internal-link"},
    "pii-in-url": {"pii-in-url"},
    "medium-channel-intent": {"medium-channel-intent"},
    "source-overrides-medium": {"medium-channel-intent", "source-overrides-medium"},  # an e-mail medium: UTM109's
    "medium-unassigned": {"medium-unassigned"},
    "utm-in-fragment": {"utm-in-fragment", "url-fragment-order"},
    "utm-key-unknown": {"utm-key-unknown"},
    "value-case": {"value-case"},
    "utm-useless-destination": {"utm-useless-destination"},  # UTM316 (useless10)
}


def test_mistakes_a_rule_owns_are_found(figures, capsys):
    found, labels = figures[4], figures[5]
    present = [row for row in labels if row["verdict"] == "present"]
    recall, missed = Counter(), []
    for row in present:
        hit = bool(found[row["url"]] & FOUND_BY.get(row["rule"], set()))
        recall[(row["rule"], hit)] += 1
        if row["rule"] in FOUND_BY and not hit:
            missed.append((row["url"], row["rule"]))
    with capsys.disabled():
        print("\nreal URLs 3, recall per kind (found/present):")
        for kind in sorted({kind for kind, _ in recall}):
            owner = "" if kind in FOUND_BY else "  (no rule owns this kind)"
            print(f"  {kind:26} {recall[(kind, True)]}/{recall[(kind, True)] + recall[(kind, False)]}{owner}")
    assert sorted(missed) == sorted(IN_COMMENTS + ON_USELESS + IN_VENDOR)  # every other owned mistake is found
