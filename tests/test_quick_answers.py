"""Quick answers taken before the full work, for the usual value or URL: each must give what the full work gives.

`spelling.separated` returns a value of words joined by single `-` as it is when the separator is `-`;
`urls.split_url` tests a scheme's characters without a generator; `url-invalid` finds no bad character in an
ASCII URL without a control character, DEL or a space, without its regex."""

import itertools

from utmlint.checks.links import _BAD_CHAR
from utmlint.config import DefaultSeparator
from utmlint.spelling import separated
from utmlint.urls import split_url

PIECES = ["a", "Z", "9", "-", "--", "_", " ", "+", "%20", ".", "é", "²", "{x}", "\t", "C++", "ß", "-a-", "\u00a0", "#"]


class _FullDefault(DefaultSeparator):
    """The default `-`, unequal to "-" so that separated takes its full path."""

    def __eq__(self, other):
        return False

    __hash__ = str.__hash__


class _Full(str):
    def __eq__(self, other):
        return False

    __hash__ = str.__hash__


def test_a_single_dashed_value_is_its_own_separated_form():
    checked = 0
    for size in (1, 2, 3):
        for combo in itertools.product(PIECES, repeat=size):
            value = "".join(combo)
            core = value.strip()
            if "--" in core or not core.replace("-", "").isalnum():
                continue  # not the quick answer's shape
            checked += 1
            for full in (_FullDefault("-"), _Full("-")):
                assert separated.__wrapped__(value, full) == value, value
    assert checked > 100


def test_scheme_characters_read_without_a_generator():
    def by_characters(head):
        return bool(head) and head[0].isalpha() and all(c.isalnum() or c in "+-." for c in head)

    for size in (1, 2, 3, 4):
        for combo in itertools.product(["a", "Z", "1", "+", "-", ".", "é", "²", " ", "/", "_", "٣"], repeat=size):
            head = "".join(combo)
            assert (split_url(head + "://x.com/").scheme != "") == by_characters(head), head


def test_an_ascii_url_is_clean_by_its_quick_test_exactly_when_the_regex_finds_nothing():
    for code in range(128):
        for url in ("https://example.com/" + chr(code), chr(code) + "https://example.com/"):
            quick_clean = url.isascii() and url.isprintable() and " " not in url
            assert quick_clean == (_BAD_CHAR.search(url) is None), repr(url)
