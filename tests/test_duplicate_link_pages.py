"""duplicate-link builds a link's tracked URL only when another tracked link of its campaign has the same page (the
URL up to its query or fragment), since utmlint writes the tags after it: two links with one tracked URL always have
one page, even when their URLs differ (a tag written into one `url:`, an empty query)."""

import itertools

from utmlint.checks.structure import _page
from utmlint.urls import build_tracked_url

URLS = [
    "https://example.com/sale", " https://example.com/sale ", "https://example.com/sale?", "https://example.com/sale&",
    "https://example.com/sale?plan=pro", "https://example.com/sale?plan=pro&", "https://example.com/sale#top",
    "https://example.com/sale?#top", "https://example.com/sale#top?x=1", "https://example.com/sale?q=why?",
    "https://example.com/sale?utm_source=intercom", "https://example.com/sale?utm_source=intercom&utm_medium=email",
    "https://example.com/sale?utm_source=intercom#top", "https://example.com/", "https://example.com",
    "https://play.google.com/store/apps/details?id=com.example", "https://play.google.com/store/apps/details?id=com.example&referrer=utm_source%3Dx",
    "/pricing", "/pricing?utm_source=intercom", "mailto:team@example.com", "HTTPS://EXAMPLE.COM/sale", "",
]
PARAMS = [
    {}, {"utm_source": "intercom"}, {"utm_medium": "email"}, {"utm_source": "intercom", "utm_medium": "email"},
    {"utm_source": "intercom", "utm_medium": "email", "utm_content": "hero"}, {"utm_source": "a?b#c"},
]


def test_equal_tracked_urls_have_equal_pages():
    built = [(url, build_tracked_url(url.strip(), params)) for url in URLS for params in PARAMS]
    told_apart = 0
    for (a, tracked_a), (b, tracked_b) in itertools.product(built, repeat=2):
        if tracked_a == tracked_b:
            assert _page(a) == _page(b), (a, b, tracked_a)
            told_apart += a.strip() != b.strip()
    assert told_apart  # some links with different URLs do share a tracked URL: the test reaches that case
