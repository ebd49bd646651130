"""scan.core.find_urls looks at most MAX_URL (+ a placeholder's slack) past each utm key: a minified line of
thousands of tracked links stays linear (each key used to scan placeholders to the line's end: 1,000 links on one
line took 23 s, polish7). Looking less must find exactly what looking to the line's end found."""

from __future__ import annotations

from utmlint.scan import core
from utmlint.scan.core import MAX_URL, find_urls

LINK = "https://site{i}.example/p?utm_source=s{i}&utm_medium=email&utm_campaign=c{{{{ x{i} }}}}"


def test_a_line_of_links_gives_each_link_where_it_is_written():
    links = [LINK.format(i=i) for i in range(300)]
    line = " ".join(links)
    expected, at = [], 0
    for link in links:
        expected.append((at, at + len(link)))
        at += len(link) + 1
    assert find_urls(line) == expected


def test_the_window_finds_what_the_whole_line_finds(monkeypatch):
    # a placeholder near the window's edge, a long URL just under MAX_URL, then more links on the same line
    long_url = "https://a.example/p?utm_source=s&utm_medium=email&utm_campaign=" + "c" * (MAX_URL - 200) + "{{ tail }}"
    text = " ".join([LINK.format(i=1), long_url, LINK.format(i=2), "?utm_source=${encodeURIComponent(x)}&utm_medium=m"])
    windowed = find_urls(text)
    monkeypatch.setattr(core, "_PLACEHOLDER_SLACK", 10 * len(text))  # in effect: to the line's end, as before
    assert windowed == find_urls(text) and len(windowed) == 4


def test_the_spans_a_reader_leaves_out_are_searched_not_scanned():
    """corpus 51 (session 48): whether a key is in a span a reader leaves out (a comment, a code block) was a test of
    every span for every key: a Texinfo or TeX file of 50,000 comment lines and as many links, 2.5 * 10^9 comparisons.
    The spans are merged and searched (core._Skipped): the same answer as testing each span, overlapping ones too."""
    import random

    from utmlint.scan.core import _Skipped

    rng = random.Random(51)
    for _ in range(200):
        spans = [(a, a + rng.randint(0, 30)) for a in (rng.randint(0, 300) for _ in range(rng.randint(0, 12)))]
        skipped = _Skipped(spans)
        assert all((index in skipped) == any(s <= index < e for s, e in spans) for index in range(-2, 340))
    comment_and_link = "@c a comment\n@uref{https://acme.dev/?utm_source=docs&utm_medium=referral, docs}\n"
    assert len(find_urls(comment_and_link * 2000, skip=[(m * 80, m * 80 + 12) for m in range(2000)])) == 2000
