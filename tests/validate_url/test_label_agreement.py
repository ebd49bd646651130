"""A second labeller's check of corpora 4-6 (tests/data/label-agreement) and of corpora 7-9 (its corpora-7-9/), 40 URLs
drawn from each, of corpus 10 (its corpus-10/, 80 URLs), of corpus 11 (its corpus-11/, 80 URLs), of corpus 12
(its corpus-12/, 90 URLs) and of corpus 13 (its corpus-13/, 70 URLs): labelled blind by a second person, every
utmlint finding on them judged, then compared with the corpora's first labels.

The figures are recomputed here from the committed files and pinned, so a change of either labeller's labels (or
of the corpora's labels.tsv rows for the sampled URLs) cannot move them silently: rerun label_compare.py, review, and
re-pin with the reason. Method, origin and the disagreements: tests/data/label-agreement/README.md.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "label-agreement"
sys.path.insert(0, str(HERE))

import label_agreement as agreement  # noqa: E402
import label_compare as compare  # noqa: E402


def test_the_sample_is_40_urls_of_each_corpus_with_their_origin_and_more_than_half_with_a_finding():
    sample, strata = agreement.read_tsv(HERE / "sample.tsv"), agreement.read_tsv(HERE / "strata.tsv")
    assert Counter(row["corpus"] for row in sample) == {"real-urls-4": 40, "real-urls-5": 40, "real-urls-6": 40}
    assert Counter((row["corpus"], row["stratum"]) for row in strata) == {
        (corpus, stratum): n for corpus in ("real-urls-4", "real-urls-5", "real-urls-6")
        for stratum, n in (("finding", 24), ("none", 16))}
    for corpus in ("real-urls-4", "real-urls-5", "real-urls-6"):
        origin = {row["url"]: row for row in agreement.read_tsv(DATA / corpus / "urls.tsv")}
        for row in (r for r in sample if r["corpus"] == corpus):
            source = origin[row["url"]]  # the URL is the corpus's, with the same origin and row number
            assert all(row[key] == source[key] for key in ("repo", "path", "commit", "line", "context"))
            assert list(origin).index(row["url"]) + 1 == int(row["n"])


def test_the_second_labeller_judged_every_finding_and_labelled_every_url():
    messages = {(r["corpus"], r["n"], r["rule"]) for r in agreement.read_tsv(HERE / "messages.tsv")}
    verdicts = agreement.read_tsv(HERE / "second-verdicts.tsv")
    assert {(r["corpus"], r["n"], r["rule"]) for r in verdicts} == messages and len(verdicts) == len(messages)
    assert all(r["verdict"] in ("correct", "wrong") and r["reason"] for r in verdicts)
    blind = agreement.read_tsv(HERE / "second-blind.tsv")
    assert len(blind) == 120 and all(r["reason"] for r in blind)


def test_the_first_labels_snapshot_is_what_the_corpora_say_now():
    # first-labels.tsv is extracted from the corpora's labels.tsv; when those rows change (a slip corrected),
    # rerun label_compare.py and re-pin the figures below, saying which rows changed.
    committed = [tuple(row.values()) for row in agreement.read_tsv(HERE / "first-labels.tsv")]
    assert [tuple(row) for row in compare.extract()] == committed


def test_every_disagreement_is_listed_and_sorted():
    assert agreement.disagreements() == agreement.listed()
    rows = agreement.read_tsv(HERE / "disagreements.tsv")
    assert all(r["first_reason"] and r["second_reason"] for r in rows)
    assert Counter(r["class"] for r in rows) == {"second-slip": 2, "judgement-call": 3, "label-shape": 5}


def test_agreement_figures():
    # As the two labellers left them, independently: verdicts 89 of 92 (kappa 0.783), wrong 6 (first) vs 9
    # (second), same kinds on 110 of 120 URLs (cell kappa 0.931), 3 first-labeller slip rows, all on corpus 4 #34.
    # The lead accepted that slip (session 26: libraries/Carbon/ is a vendored library's sponsor list; corpus 4's
    # labels.tsv has appended rows for its 5 URLs), so the first labels now agree there: the figures below.
    f = agreement.figures()
    assert (f["findings"], f["verdicts_agree"], f["verdict_kappa"]) == (92, 91, 0.935)
    assert (f["wrong_first"], f["wrong_second"], f["wrong_both"]) == (8, 9, 8)
    assert (f["urls"], f["urls_same_kinds"], f["urls_nothing_first"], f["urls_nothing_second"]) == (120, 111, 46, 46)
    assert f["kind_cells_kappa"] == 0.942
    # kind: (both, only first, only second, kappa over the 120 URLs)
    assert f["per_kind"] == {
        "copied-tracking": (12, 1, 0, 0.955),
        "medium-channel-intent": (0, 1, 0, 0.0),
        "medium-unassigned": (41, 0, 1, 0.982),
        "missing-utm-param": (23, 0, 3, 0.923),
        "source-medium-swapped": (0, 0, 1, 0.0),
        "source-overrides-medium": (2, 0, 0, 1.0),
        "url-insecure": (0, 0, 1, 0.0),
        "utm-in-fragment": (3, 0, 0, 1.0),
        "utm-key-unknown": (0, 0, 2, 0.0),
        "value-case": (8, 0, 0, 1.0),
    }
    # corpus: (verdicts agreeing, findings judged, URLs with the same kinds of 40)
    assert f["by_corpus"] == {"real-urls-4": (32, 32, 40), "real-urls-5": (26, 27, 34), "real-urls-6": (33, 33, 37)}


def test_cohen_kappa_on_known_tables():
    # 20 items: both yes 6, both no 10, only the first yes 3, only the second yes 1: observed 16/20 = 0.8,
    # expected 0.45 * 0.35 + 0.55 * 0.65 = 0.515, kappa (0.8 - 0.515) / (1 - 0.515) = 0.5876
    pairs = [(True, True)] * 6 + [(False, False)] * 10 + [(True, False)] * 3 + [(False, True)] * 1
    assert round(agreement.cohen_kappa(pairs), 3) == 0.588
    assert agreement.cohen_kappa([(True, True), (False, False)]) == 1.0
    assert agreement.cohen_kappa([(True, False), (False, True)]) == -1.0


# Corpora 7-9 (session 28, the labels9 helper): the same method, files in tests/data/label-agreement/corpora-7-9/.
LATER = HERE / "corpora-7-9"
LATER_CORPORA = ("real-urls-7", "real-urls-8", "real-urls-9")


def test_the_7_9_sample_is_40_urls_of_each_corpus_with_their_origin_and_more_than_half_with_a_finding():
    sample, strata = agreement.read_tsv(LATER / "sample.tsv"), agreement.read_tsv(LATER / "strata.tsv")
    assert Counter(row["corpus"] for row in sample) == {corpus: 40 for corpus in LATER_CORPORA}
    assert Counter((row["corpus"], row["stratum"]) for row in strata) == {
        (corpus, stratum): n for corpus in LATER_CORPORA for stratum, n in (("finding", 24), ("none", 16))}
    for corpus in LATER_CORPORA:
        urls = agreement.read_tsv(DATA / corpus / "urls.tsv")
        origin = {row["url"]: row for row in urls}
        for row in (r for r in sample if r["corpus"] == corpus):
            source = origin[row["url"]]  # the URL is the corpus's, with the same origin and row number
            assert all(row[key] == source[key] for key in ("repo", "path", "commit", "line", "context"))
            assert list(origin).index(row["url"]) + 1 == int(row["n"])
        # the two strata partition the corpus (each row says the size of the stratum it was drawn from)
        sizes = {r["stratum"]: int(r["stratum_size"]) for r in strata if r["corpus"] == corpus}
        assert sizes["finding"] + sizes["none"] == len(urls)
    assert [(r["corpus"], r["n"]) for r in strata] == [(r["corpus"], r["n"]) for r in sample]


def test_the_7_9_second_labeller_judged_every_finding_and_labelled_every_url_in_the_corpora_kinds():
    messages = {(r["corpus"], r["n"], r["rule"]) for r in agreement.read_tsv(LATER / "messages.tsv")}
    verdicts = agreement.read_tsv(LATER / "second-verdicts.tsv")
    assert {(r["corpus"], r["n"], r["rule"]) for r in verdicts} == messages and len(verdicts) == len(messages)
    assert all(r["verdict"] in ("correct", "wrong") and r["reason"] for r in verdicts)
    blind = agreement.read_tsv(LATER / "second-blind.tsv")
    sample = agreement.read_tsv(LATER / "sample.tsv")
    assert [(r["corpus"], r["n"], r["url"]) for r in blind] == [(r["corpus"], r["n"], r["url"]) for r in sample]
    assert all(r["reason"] for r in blind)
    # the kinds the corpora's first labellers used (their READMEs' "How they were labelled" and FOUND_BY)
    used = {kind for r in blind for kind in filter(None, r["kinds"].split(","))}
    assert used <= {"missing-utm-param", "medium-unassigned", "value-case", "copied-tracking", "source-overrides-medium",
                    "medium-channel-intent", "utm-internal-link", "utm-key-repeated", "value-charset", "value-suspicious",
                    "source-domain-style", "utm-in-fragment", "utm-useless-destination", "source-wrong-placement",
                    "url-malformed"}


def test_the_7_9_first_labels_snapshot_is_what_the_corpora_say_now():
    # first-labels.tsv is extracted from corpora 7-9's labels.tsv; when those rows change (a slip corrected),
    # rerun `label_compare.py corpora-7-9` and re-pin the figures below, saying which rows changed.
    committed = [tuple(row.values()) for row in agreement.read_tsv(LATER / "first-labels.tsv")]
    assert [tuple(row) for row in compare.extract(LATER)] == committed


def test_every_7_9_disagreement_is_listed_and_sorted():
    assert agreement.disagreements(LATER) == agreement.listed(LATER)
    rows = agreement.read_tsv(LATER / "disagreements.tsv")
    assert all(r["first_reason"] and r["second_reason"] for r in rows)
    # the lead took the 3 proposed first-labeller slips (session 28): their 5 first-slip rows are gone (corpus 9
    # #40 #45, corpus 7 #146); wandb's #311 #314, a slip both made, is now the second's alone (the first's withdrawn)
    assert Counter(r["class"] for r in rows) == {"second-slip": 3, "judgement-call": 6, "label-shape": 2}


def test_7_9_agreement_figures():
    # As the two labellers left them, independently (findings of main 78fe3d4): verdicts 83 of 88 (kappa 0.73),
    # wrong 9 (first) vs 12 (second), 8 by both; the same kinds on 113 of 120 URLs (cell kappa 0.94).
    # Since then the lead took the 3 proposed first-labeller slips (session 28; rows appended to the corpora's
    # labels.tsv): terragoat's METADATA fixture (corpus 9 #40 #43-#45), the Zen patch's removed lines (corpus 7
    # #146-#148) and wandb's HTML-comment links (corpus 7 #311 #314 #316 #317, a slip both made). Pinned after that:
    # verdicts 85 of 88 (kappa 0.85), wrong 11 vs 12, 10 by both; the same kinds on 114 of 120 (cell kappa 0.955).
    f = agreement.figures(LATER)
    assert (f["findings"], f["verdicts_agree"], f["verdict_kappa"]) == (88, 85, 0.85)
    assert (f["wrong_first"], f["wrong_second"], f["wrong_both"]) == (11, 12, 10)
    assert (f["urls"], f["urls_same_kinds"], f["urls_nothing_first"], f["urls_nothing_second"]) == (120, 114, 43, 39)
    assert f["kind_cells_kappa"] == 0.955
    # kind: (both, only first, only second, kappa over the 120 URLs)
    assert f["per_kind"] == {
        "copied-tracking": (11, 0, 1, 0.952),
        "medium-channel-intent": (3, 0, 0, 1.0),
        "medium-unassigned": (43, 2, 3, 0.912),
        "missing-utm-param": (22, 0, 0, 1.0),
        "source-domain-style": (2, 0, 0, 1.0),
        "source-overrides-medium": (1, 0, 0, 1.0),
        "source-wrong-placement": (1, 0, 0, 1.0),
        "utm-in-fragment": (2, 0, 0, 1.0),
        "utm-useless-destination": (0, 0, 2, 0.0),
        "value-case": (8, 0, 0, 1.0),
    }
    # corpus: (verdicts agreeing, findings judged, URLs with the same kinds of 40)
    assert f["by_corpus"] == {"real-urls-7": (29, 30, 37), "real-urls-8": (27, 27, 40), "real-urls-9": (29, 31, 37)}


# Corpus 10 (session 29, the labels10 helper): the same method on one corpus, 80 URLs (48 drawn from those with a
# finding at main 9d7ae81, 32 from those without); files in tests/data/label-agreement/corpus-10/.
TENTH = HERE / "corpus-10"

# Corpus 11 (session 30, the labels11 helper): the same method, 80 URLs (48 drawn from the 143 with a finding at main
# 8e0ba71, 32 from the 46 without); files in tests/data/label-agreement/corpus-11/.
ELEVENTH = HERE / "corpus-11"

# Corpus 12 (session 30, the labels12 helper): the same method, 90 URLs (54 drawn from the 238 with a finding at main
# 294f813, 36 from the 38 without); files in tests/data/label-agreement/corpus-12/.
TWELFTH = HERE / "corpus-12"

# Corpus 13 (session 31, the labels13 helper): the same method, 70 URLs (42 drawn from the 114 with a finding at main
# 405fa7c, 28 from the 59 without); files in tests/data/label-agreement/corpus-13/.
THIRTEENTH = HERE / "corpus-13"

# The corpus-by-corpus checks (corpora 10-13: one corpus each, the same files): the sample's size and strata, the
# kinds its second labeller could use (those the earlier corpora's labellers used: the corpus's own list was not read
# before the blind labels), and the disagreements by class.
ONE_CORPUS = {
    "10": dict(folder=TENTH, sample=80, strata={"finding": 48, "none": 32}, sizes=None,
               # the kinds corpus 10's first labeller used (its README's "How they were labelled")
               kinds={"copied-tracking", "missing-utm-param", "medium-unassigned", "value-case",
                      "source-medium-swapped", "medium-channel-intent", "utm-internal-link", "utm-key-unknown",
                      "source-overrides-medium"},
               # no slip of fact on either side: url-insecure on copied tags (#55 #70 #84 #86), url-invalid on a
               # Markdown <...> destination with spaces (#259), BigCommerce's Powered-by link in its own theme (#298);
               # #277's kind name
               classes={"judgement-call": 6, "label-shape": 2}),
    "11": dict(folder=ELEVENTH, sample=80, strata={"finding": 48, "none": 32}, sizes={"finding": 143, "none": 46},
               kinds={"copied-tracking", "missing-utm-param", "medium-unassigned", "value-case",
                      "source-medium-swapped", "medium-channel-intent", "utm-internal-link", "utm-key-unknown",
                      "source-overrides-medium", "url-second-question-mark", "url-html-escaped"},
               # the 3 first-labeller slips (#55's missing campaign, disclosed without a present row; OCaml Planet's
               # post bodies read as rendered, #109 #110) were corrected in corpus 11's labels.tsv (session 30): their
               # rows are gone. Second-labeller slips: Node.js Japan's #101 #102 read only in their commented English
               # original; judgement calls: url-insecure on copied tags (#7), the upstream original kept for
               # translation (#15), Jaeger's fetched Medium feed (#97 #98); label shape: USWDS' Slack tags on its
               # event page (#8 #11)
               classes={"second-slip": 4, "judgement-call": 7, "label-shape": 4}),
    "12": dict(folder=TWELFTH, sample=90, strata={"finding": 54, "none": 36}, sizes={"finding": 238, "none": 38},
               # corpora 2-11's kinds (corpus 12's own list, with its new utm-placeholder-unfilled, was not read)
               kinds={"copied-tracking", "missing-utm-param", "medium-unassigned", "value-case",
                      "source-medium-swapped", "medium-channel-intent", "utm-internal-link", "utm-key-unknown",
                      "source-overrides-medium", "url-second-question-mark", "url-html-escaped",
                      "utm-useless-destination", "value-suspicious"},
               # the 4 first-labeller slips (Ferdium's link to Franz's site #105, MonsterInsights' literal whose tags
               # $getUrl overwrites #112, Fider's constant medium read as a variable #275) were corrected in corpus
               # 12's labels.tsv (session 30): their rows are gone. Judgement calls: Carbon's vendored sponsor list
               # (#2 #5 #6 #9), Redpanda's own tags of another placement (#77-#79), the MQTTX help's tags (#83),
               # advice on tags nobody reads (#59 #105), MainWP's demo banner (#136), a plugin header in a comment
               # (#139), BrowserStack's partner tags (#165 #167); label shape: kinds told beside a useless destination
               # (#59 #66 #105), #255's kind name
               classes={"judgement-call": 22, "label-shape": 5}),
    "13": dict(folder=THIRTEENTH, sample=70, strata={"finding": 42, "none": 28}, sizes={"finding": 114, "none": 59},
               # corpora 2-12's kinds (corpus 13's own list was not read)
               kinds={"copied-tracking", "missing-utm-param", "medium-unassigned", "value-case",
                      "source-medium-swapped", "medium-channel-intent", "utm-internal-link", "utm-key-unknown",
                      "source-overrides-medium", "url-second-question-mark", "url-html-escaped",
                      "utm-useless-destination", "value-suspicious", "utm-placeholder-unfilled"},
               # the second labeller's slip: SignPath's own attribution form in Tiled's README read as Tiled's
               # tags (#59); judgement calls: records of data sets (FiveThirtyEight's CSVs #33 #34, battleforthenet's
               # count.json #82 #83, R-Ladies' Meetup export #125), url-insecure on copied tags (#115 #121), tags
               # inside a Wayback Machine snapshot's address (#120)
               classes={"second-slip": 1, "judgement-call": 13}),
}


@pytest.mark.parametrize("n", sorted(ONE_CORPUS))
def test_the_sample_is_drawn_from_one_corpus_with_its_origin_and_strata(n):
    case = ONE_CORPUS[n]
    sample = agreement.read_tsv(case["folder"] / "sample.tsv")
    strata = agreement.read_tsv(case["folder"] / "strata.tsv")
    assert Counter(row["corpus"] for row in sample) == {f"real-urls-{n}": case["sample"]}
    assert Counter(row["stratum"] for row in strata) == case["strata"]
    urls = agreement.read_tsv(DATA / f"real-urls-{n}" / "urls.tsv")
    origin = {row["url"]: row for row in urls}
    for row in sample:
        source = origin[row["url"]]  # the URL is the corpus's, with the same origin and row number
        assert all(row[key] == source[key] for key in ("repo", "path", "commit", "line", "context"))
        assert list(origin).index(row["url"]) + 1 == int(row["n"])
    sizes = {r["stratum"]: int(r["stratum_size"]) for r in strata}
    assert case["sizes"] in (None, sizes) and sizes["finding"] + sizes["none"] == len(urls)  # the strata partition it
    assert [(r["corpus"], r["n"]) for r in strata] == [(r["corpus"], r["n"]) for r in sample]


@pytest.mark.parametrize("n", sorted(ONE_CORPUS))
def test_the_second_labeller_judged_every_finding_and_labelled_every_url_in_known_kinds(n):
    folder = ONE_CORPUS[n]["folder"]
    messages = {(r["corpus"], r["n"], r["rule"]) for r in agreement.read_tsv(folder / "messages.tsv")}
    verdicts = agreement.read_tsv(folder / "second-verdicts.tsv")
    assert {(r["corpus"], r["n"], r["rule"]) for r in verdicts} == messages and len(verdicts) == len(messages)
    assert all(r["verdict"] in ("correct", "wrong") and r["reason"] for r in verdicts)
    blind = agreement.read_tsv(folder / "second-blind.tsv")
    sample = agreement.read_tsv(folder / "sample.tsv")
    assert [(r["corpus"], r["n"], r["url"]) for r in blind] == [(r["corpus"], r["n"], r["url"]) for r in sample]
    assert all(r["reason"] for r in blind)
    used = {kind for r in blind for kind in filter(None, r["kinds"].split(","))}
    assert used <= ONE_CORPUS[n]["kinds"]


@pytest.mark.parametrize("n", sorted(ONE_CORPUS))
def test_the_first_labels_snapshot_is_what_the_corpus_says_now(n):
    # first-labels.tsv is extracted from the corpus's labels.tsv; when those rows change (a slip corrected),
    # rerun `label_compare.py corpus-N` and re-pin the figures below, saying which rows changed.
    folder = ONE_CORPUS[n]["folder"]
    committed = [tuple(row.values()) for row in agreement.read_tsv(folder / "first-labels.tsv")]
    assert [tuple(row) for row in compare.extract(folder)] == committed


@pytest.mark.parametrize("n", sorted(ONE_CORPUS))
def test_every_disagreement_of_one_corpus_is_listed_and_sorted(n):
    folder = ONE_CORPUS[n]["folder"]
    assert agreement.disagreements(folder) == agreement.listed(folder)
    rows = agreement.read_tsv(folder / "disagreements.tsv")
    assert all(r["first_reason"] and r["second_reason"] for r in rows)
    assert Counter(r["class"] for r in rows) == ONE_CORPUS[n]["classes"]


def test_10_agreement_figures():
    # As the two labellers left them, independently (findings of main 9d7ae81): verdicts 69 of 74 (kappa 0.814),
    # wrong 15 (first) vs 20 (second), 15 by both; the same kinds on 78 of 80 URLs (cell kappa 0.955).
    f = agreement.figures(TENTH)
    assert (f["findings"], f["verdicts_agree"], f["verdict_kappa"]) == (74, 69, 0.814)
    assert (f["wrong_first"], f["wrong_second"], f["wrong_both"]) == (15, 20, 15)
    assert (f["urls"], f["urls_same_kinds"], f["urls_nothing_first"], f["urls_nothing_second"]) == (80, 78, 33, 32)
    assert f["kind_cells_kappa"] == 0.955
    # kind: (both, only first, only second, kappa over the 80 URLs)
    assert f["per_kind"] == {
        "copied-tracking": (19, 0, 0, 1.0),
        "medium-channel-intent": (2, 1, 0, 0.794),
        "medium-unassigned": (16, 0, 1, 0.962),
        "missing-utm-param": (18, 0, 1, 0.965),
        "source-overrides-medium": (0, 0, 1, 0.0),
        "value-case": (7, 0, 1, 0.926),
    }
    assert f["by_corpus"] == {"real-urls-10": (69, 74, 78)}


def test_11_agreement_figures():
    # As the two labellers left them, independently (findings of main 8e0ba71): verdicts 52 of 59 (kappa 0.729),
    # wrong 15 (first) vs 22 (second), 15 by both; the same kinds on 70 of 80 URLs (cell kappa 0.874; copied-tracking
    # 32/6/0, missing-utm-param 11/0/1). Since then (session 30) the 3 first-labeller slips were corrected in corpus
    # 11's labels.tsv (#55 #109 #110, and #56-#58 #106 #112 outside the sample): no finding's verdict moved; the
    # same kinds on 73 of 80 URLs (cell kappa 0.902), the figures below.
    f = agreement.figures(ELEVENTH)
    assert (f["findings"], f["verdicts_agree"], f["verdict_kappa"]) == (59, 52, 0.729)
    assert (f["wrong_first"], f["wrong_second"], f["wrong_both"]) == (15, 22, 15)
    assert (f["urls"], f["urls_same_kinds"], f["urls_nothing_first"], f["urls_nothing_second"]) == (80, 73, 25, 30)
    assert f["kind_cells_kappa"] == 0.902
    # kind: (both, only first, only second, kappa over the 80 URLs)
    assert f["per_kind"] == {
        "copied-tracking": (32, 4, 0, 0.898),
        "medium-channel-intent": (0, 0, 2, 0.0),
        "medium-unassigned": (5, 3, 0, 0.75),
        "missing-utm-param": (12, 0, 0, 1.0),
        "source-medium-swapped": (1, 0, 0, 1.0),
        "utm-internal-link": (1, 0, 0, 1.0),
        "value-case": (1, 1, 0, 0.661),
    }
    assert f["by_corpus"] == {"real-urls-11": (52, 59, 73)}


def test_12_agreement_figures():
    # As the two labellers left them, independently (findings of main 294f813): verdicts 51 of 60 (kappa 0.392),
    # wrong 11 (first) vs 6 (second), 4 by both; the same kinds on 72 of 90 URLs (cell kappa 0.75; copied-tracking
    # 2/6/0, medium-unassigned 31/6/7, utm-useless-destination 2/0/1). Since then (session 30) the 3 first-labeller
    # slips were corrected in corpus 12's labels.tsv (#105 #112 #275): no finding's verdict moved; the same kinds on
    # 74 of 90 URLs (cell kappa 0.784), the figures below.
    f = agreement.figures(TWELFTH)
    assert (f["findings"], f["verdicts_agree"], f["verdict_kappa"]) == (60, 51, 0.392)
    assert (f["wrong_first"], f["wrong_second"], f["wrong_both"]) == (11, 6, 4)
    assert (f["urls"], f["urls_same_kinds"], f["urls_nothing_first"], f["urls_nothing_second"]) == (90, 74, 29, 32)
    assert f["kind_cells_kappa"] == 0.784
    # kind: (both, only first, only second, kappa over the 90 URLs)
    assert f["per_kind"] == {
        "copied-tracking": (2, 5, 0, 0.425),
        "medium-channel-intent": (3, 0, 1, 0.851),
        "medium-unassigned": (33, 6, 5, 0.75),
        "missing-utm-param": (3, 2, 2, 0.576),
        "source-overrides-medium": (7, 0, 0, 1.0),
        "utm-placeholder-unfilled": (0, 1, 0, 0.0),
        "utm-useless-destination": (3, 0, 0, 1.0),
        "value-case": (6, 5, 0, 0.678),
        "value-suspicious": (0, 0, 1, 0.0),
    }
    assert f["by_corpus"] == {"real-urls-12": (51, 60, 74)}


def test_13_agreement_figures():
    # As the two labellers left them, independently (findings of main 405fa7c, with the judge's folder context):
    # verdicts 47 of 54 (kappa 0.741), wrong 20 (first) vs 27 (second), 20 by both; the same kinds on 63 of 70 URLs
    # (cell kappa 0.904). No first-labeller slip was found, so corpus 13's labels.tsv is unchanged.
    f = agreement.figures(THIRTEENTH)
    assert (f["findings"], f["verdicts_agree"], f["verdict_kappa"]) == (54, 47, 0.741)
    assert (f["wrong_first"], f["wrong_second"], f["wrong_both"]) == (20, 27, 20)
    assert (f["urls"], f["urls_same_kinds"], f["urls_nothing_first"], f["urls_nothing_second"]) == (70, 63, 29, 34)
    assert f["kind_cells_kappa"] == 0.904
    # kind: (both, only first, only second, kappa over the 70 URLs)
    assert f["per_kind"] == {
        "copied-tracking": (18, 6, 0, 0.798),
        "medium-channel-intent": (1, 0, 0, 1.0),
        "medium-unassigned": (6, 0, 1, 0.915),
        "missing-utm-param": (7, 0, 0, 1.0),
        "utm-internal-link": (6, 0, 0, 1.0),
    }
    assert f["by_corpus"] == {"real-urls-13": (47, 54, 63)}
