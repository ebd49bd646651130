"""UTM306-UTM316: mistakes inside a tracked URL as written, which GA4 silently ignores, misreads or must not get.

The detection is a set of pure functions over one URL string (`url_problems` runs them all). Each returns
`UrlProblem`s: the rule's name, the span of the offending text in the URL (0-based, end exclusive), a
message, and the whole URL as its fix would leave it (None when no fix is safe). Each module's `@rule` applies
its detector to a campaign file's `url:` as written; `utmlint.validate_url` and `utmlint scan` apply them to any URL.

Placeholders a sending platform fills in (`{{ x }}`, `{% x %}`, `*|X|*`, `{gclid}`, `%%x%%`, `${x}`,
`<%= x %>`, `[[x]]`) are part of the URL: a value that is wholly a placeholder is never judged.

The package, one module a rule (each holds its detector and its `@rule`):
  fields.py               a URL's query and fragment as fields, `UrlProblem`, what every rule reads
  report.py               a `UrlProblem` reported on a campaign file's `url:`, with its fix
  in_fragment.py          UTM306 utm-in-fragment
  key_repeated.py         UTM307 utm-key-repeated
  key_unknown.py          UTM308 utm-key-unknown (and `campaign_tagged`)
  html_escaped.py         UTM309 url-html-escaped
  copied_lists.py         UTM310 copied-tracking: the lists of rules/copied-tracking.txt, a marker's match
  copied_owner.py         UTM310 copied-tracking: a link's site and tag set, whether the repository owns them
  copied_marks.py         UTM310 copied-tracking: marks of a copy (share/feed tags, click ids, an archive...)
  copied_destination.py   UTM310 copied-tracking: the destination site's own tags, a site's snippets
  copied_cited.py         UTM310 copied-tracking: a cited page's tags (its line names the link's site)
  copied_posted.py        UTM310 copied-tracking: another channel's tags (a post, an e-mail, a share button)
  copied_outgoing.py      UTM310 copied-tracking: another site's outgoing-link tags, `credited_site`
  copied_placement.py     UTM310 copied-tracking: another placement's tags of the team's own
  copied_file.py          UTM310 copied-tracking: what a file's links say of its own tagging
  copied.py               UTM310 copied-tracking: the finding, its messages, the rule
  internal_link.py        UTM311 utm-internal-link
  pii.py                  UTM312 pii-in-url
  second_question_mark.py UTM313 url-second-question-mark
  unfilled.py             UTM314 utm-placeholder-unfilled
  play_referrer.py        UTM315 play-referrer-unencoded
  destinations.py         UTM316's list: pages whose owner never sees utm values, file downloads
  useless.py              UTM316 utm-useless-destination
  sponsors.py             UTM316's note for a GitHub Sponsors page: its own `metadata_` parameters

This module re-exports only the eleven registered rules (for `checks.RULES`), and holds `DETECTORS` and
`url_problems`; every other name is imported from the module that defines it.
"""

from __future__ import annotations

from typing import List

from .fields import UrlProblem
from .in_fragment import utm_in_fragment, utm_in_fragment_rule
from .key_repeated import utm_key_repeated, utm_key_repeated_rule
from .key_unknown import utm_key_unknown, utm_key_unknown_rule
from .html_escaped import url_html_escaped, url_html_escaped_rule
from .second_question_mark import url_second_question_mark, url_second_question_mark_rule
from .copied import copied_tracking, copied_tracking_rule
from .internal_link import utm_internal_link, utm_internal_link_rule
from .useless import utm_useless_destination, utm_useless_destination_rule
from .pii import pii_in_url, pii_in_url_rule
from .unfilled import utm_placeholder_unfilled, utm_placeholder_unfilled_rule
from .play_referrer import play_referrer_unencoded_rule

__all__ = ["DETECTORS", "url_problems", "copied_tracking_rule", "pii_in_url_rule", "play_referrer_unencoded_rule",
           "url_html_escaped_rule", "url_second_question_mark_rule", "utm_in_fragment_rule", "utm_internal_link_rule",
           "utm_key_repeated_rule", "utm_key_unknown_rule", "utm_placeholder_unfilled_rule",
           "utm_useless_destination_rule"]


DETECTORS = {
    "utm-in-fragment": utm_in_fragment,
    "utm-key-repeated": utm_key_repeated,
    "utm-key-unknown": utm_key_unknown,
    "url-html-escaped": url_html_escaped,
    "url-second-question-mark": url_second_question_mark,
    "copied-tracking": copied_tracking,
    "utm-internal-link": utm_internal_link,
    "pii-in-url": pii_in_url,
    "utm-placeholder-unfilled": utm_placeholder_unfilled,
    "utm-useless-destination": utm_useless_destination,
}


def url_problems(url: str) -> List[UrlProblem]:
    """Every problem the tracking rules find in one URL string, in order of position."""
    found = [p for detect in DETECTORS.values() for p in detect(url)]
    return sorted(found, key=lambda p: (p.start, p.name))
