"""A ninth, independent real-URL corpus (tests/data/real-urls-9): 312 URLs from 93 repositories that are in none
of the eight earlier corpora, a different mix of senders (SaaS and developer products' in-product links, READMEs,
docs sites, SDK READMEs, notebooks, browser extensions, CLIs; no WordPress), every one labelled blind (what a
careful marketer should be told, by Google's channel table) before utmlint was run on them, then every finding
judged against that label.

Same shape and judge as corpora 3-8 (labelled_corpus.judge): a (URL, rule) pair is wrong when its verdict is
`wrong`, or when its message contains the row's `wrong_if` text. `present` rows are the mistakes the blind pass
found, one per kind. How the URLs were collected and judged, and every judgement call:
tests/data/real-urls-9/README.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from labelled_corpus import (assert_labels_on_reviewed_urls, assert_new_varied_and_with_origin, judge,
                             show_findings, show_recall, wrong_count)
from labelled_corpus import recall as labelled_recall

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = DATA / "real-urls-9"
EARLIER = ("real-urls", "real-urls-2", "real-urls-3", "real-urls-4", "real-urls-5", "real-urls-6", "real-urls-7",
           "real-urls-8")

# The rule(s) that own each kind of mistake the blind pass found (kinds no rule owns are counted, never found:
# url-malformed). A `?query` after the `#` is url-fragment-order's.
FOUND_BY = {
    "missing-utm-param": {"missing-utm-param", "url-second-question-mark"},
    "medium-unassigned": {"medium-unassigned"},
    "value-case": {"value-case", "value-charset"},
    "copied-tracking": {"copied-tracking"},
    "source-domain-style": {"source-domain-style", "source-fragmentation"},
    "medium-channel-intent": {"medium-channel-intent"},
    "utm-in-fragment": {"utm-in-fragment", "url-fragment-order"},
    "utm-key-repeated": {"utm-key-repeated"},
}


@pytest.fixture(scope="module")
def figures():
    return judge(HERE)


def test_corpus_is_new_varied_and_keeps_its_origin(figures):
    assert_new_varied_and_with_origin(figures, [DATA / name for name in EARLIER], min_urls=300)


def test_every_present_label_is_on_a_reviewed_url(figures):
    assert_labels_on_reviewed_urls(figures)
