"""UTM315 play-referrer-unencoded: a Google Play listing's `referrer` written without its encoding."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator, List

from ...lazyregex import lazy_compile
from ...registry import Report, rule
from .fields import Field, query_fields, UrlProblem
from .report import _report

if TYPE_CHECKING:
    from ...engine import Context
    from ...model import Link


_RAW_UTM_PAIR = lazy_compile(r"\s*utm_[A-Za-z_]+(?:=|%3[dD])", re.IGNORECASE)


_ENCODED_SEPARATOR = lazy_compile(r"%3[dD]|%26")


def play_referrer_unencoded(url: str) -> List[UrlProblem]:
    """A Google Play listing whose `referrer` is written as a plain query (`&referrer=utm_source=a&utm_medium=b`):
    its first `&` ends the referrer, so Play hands the app `utm_source=a` alone and the utm parameters after it
    are the listing's own, which no GA4 property reads (stranger9 R5). The problem spans the referrer's value and
    the utm parameters it lost (those right after it whose keys it does not already hold); its fix writes them
    into the referrer, encoded once more as Google's Play URL builder writes it (`utm_source%3Da%26utm_medium%3Db`).
    A referrer holding one raw `utm_source=a` and nothing after it reaches the app whole: not a problem. A referrer
    encoded in part (`referrer=utm_source%3Da&utm_medium=b`: stranger10 R12) loses what follows it the same way.
    The Play app's `market://details?id=...&referrer=...` (an app's "rate us" link) is the same listing."""
    from ...urls import play_listing, query_pairs, quote

    if not play_listing(url):
        return []
    fields = query_fields(url)
    for index, field in enumerate(fields):
        if field.name.strip().lower() != "referrer":
            continue
        raw = url[field.value_start:field.end]
        if not _RAW_UTM_PAIR.match(raw):
            return []
        # the part encoded already (`utm_source%3Da`) read as the query it carries: its `=` and `&` only (a value's
        # own `%20` is the query's, encoded once more as the rest is)
        plain = _ENCODED_SEPARATOR.sub(lambda m: "=" if m.group().upper() == "%3D" else "&", raw)
        held = {name.strip().lower() for name, _ in query_pairs(plain)}
        lost: List[Field] = []
        for after in fields[index + 1:]:
            key = after.name.strip().lower()
            if not key.startswith("utm_") or key in held:
                break
            held.add(key)
            lost.append(after)
        if not lost:
            return []
        # the query the referrer meant to carry (its own part as read above, then what it lost), encoded once
        carried = plain + url[field.end:lost[-1].end]
        encoded = quote(carried)
        fixed = url[:field.value_start] + encoded + url[lost[-1].end:]
        names = [f"`{url[f.start:f.end]}`" for f in lost]
        from ...phrases import joined

        said = joined(names)
        message = (f"this Google Play link's `referrer` is not {'fully ' if raw != plain else ''}encoded: "
                   f"the `&` before {names[0]} ends it, so Play "
                   f"hands the app only `{plain}`, and GA4 credits the install without {said}, "
                   f"{'which is' if len(names) == 1 else 'which are'} read as the store listing's own "
                   f"{'parameter' if len(names) == 1 else 'parameters'} (no GA4 property reads those); write the whole referrer encoded "
                   f"(`=` as `%3D`, `&` as `%26`), as Google's Play URL builder does: `referrer={encoded}`")
        return [UrlProblem("play-referrer-unencoded", field.value_start, lost[-1].end, message, fixed)]
    return []


@rule(code="UTM315", name="play-referrer-unencoded", severity="error", target="link", fixable=True)
def play_referrer_unencoded_rule(link: Link, ctx: Context) -> Iterator[Report]:
    """A Google Play link's `referrer` is written unencoded, so its `&` cuts the campaign short.

    ## What it does
    Finds a Google Play listing whose `referrer` holds utm parameters written as a plain query:
    `https://play.google.com/store/apps/details?id=com.example&referrer=utm_source=site&utm_medium=referral`, or
    encoded only in part (`referrer=utm_source%3Dsite&utm_medium=referral`), and the same in the Play app's own
    link to a listing (`market://details?id=com.example&referrer=...`, an app's "rate us" button).
    `--fix` writes the parameters the referrer lost back into a campaign file's `url:`, encoded once more as
    Google's Play URL builder writes it (`referrer=utm_source%3Dsite%26utm_medium%3Dreferral`); `scan` and
    `validate_url` say the encoded referrer in the message (`validate_url` gives the fixed URL too), since the
    link's number of parameters changes. A referrer that holds one raw `utm_source=site` with nothing after it
    reaches the app whole and is left alone.

    ## Why is this bad?
    The first `&` of the query ends the `referrer`: Play hands the app (and GA4, which credits an app install only
    from the referrer) `utm_source=site` alone. `utm_medium` and `utm_campaign` become parameters of the store page
    itself, which no GA4 property reads, so the installs are recorded as `site / (not set)`, under Unassigned and
    no campaign.

    ## Example
    ```yaml
    campaign: spring-sale
    source: site
    medium: referral
    links:
      - url: https://play.google.com/store/apps/details?id=com.example&referrer=utm_source=site&utm_medium=referral
        track: false
    ```

    ## Use instead
    ```yaml
    campaign: spring-sale
    source: site
    medium: referral
    links:
      - url: https://play.google.com/store/apps/details?id=com.example&referrer=utm_source%3Dsite%26utm_medium%3Dreferral
        track: false
    ```
    """
    if "referrer" in link.url.lower():
        yield from _report(link, ctx, play_referrer_unencoded(link.url.strip()))
