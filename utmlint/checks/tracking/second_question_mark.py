"""UTM313 url-second-question-mark: `?utm_...` after the query's own `?`, and an address in a value cut by its `&`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator, List, Optional, Tuple

from ...lazyregex import lazy_compile
from ...registry import Report, rule
from .fields import _GA4_SET, _HTML_AMP, _HTML_EQUALS, Field, is_placeholder, parts, UrlProblem
from .report import _report
from .internal_link import _ga4_key

if TYPE_CHECKING:
    from ...engine import Context
    from ...model import Link


_SWALLOWED = lazy_compile(r"\?(utm_[A-Za-z_]+)=", re.IGNORECASE)


def swallowed_keys(url: str) -> List[Tuple[int, str, Field]]:
    """(index of the `?`, the utm key GA4 reads, the field holding it) for each `?utm_...=` written after the
    query's own `?` (`?shareable=KIwj?utm_source=website`): a query has one `?` and splits only at `&`, so the key
    is part of another field's value. A `?` inside a value holding a URL (`?next=https://x.com/a?utm_source=y`,
    `?to=/docs?utm_source=y`) is that URL's own query, not a mistake."""
    if url.count("?") < 2:
        return []
    found = []
    for field in parts(url).query:
        for match in _SWALLOWED.finditer(url, field.start, field.end):
            key = match.group(1).lower()
            before = url[field.start:match.start()]
            if key not in _GA4_SET or any(c in before.lower() for c in ("/", ":", "%2f", "%3a")):
                continue
            found.append((match.start(), key, field))
    return found


# A page's own query glued onto a utm value by a second `?` (`utm_campaign=launch?ask=What+can+it+do`: the link's tags
# were written first and the page's `?ask=` pasted after them): a key of letters, digits, `_`, `-` or `.`, then `=`.
_GLUED_QUERY = lazy_compile(r"\?([A-Za-z_][A-Za-z0-9_.-]*)=")


def glued_at(value: str) -> int:
    """Where a second `?` that glues a page's own query onto a utm value starts in the value as written, or -1:
    `adaptive_content_launch?ask=What+can+GitBook+Assistant+do` (corpus 11 #130) is read by GA4 as the whole
    campaign, and the page gets no `ask`. Not a value holding a URL or a path (`/`, `:` before the `?`: its own
    query), nor a `?utm_...=` (swallowed_keys')."""
    match = _GLUED_QUERY.search(value) if "?" in value else None
    if match is None or match.group(1).lower().startswith("utm_"):
        return -1
    before = value[:match.start()].lower()
    if not before or any(c in before for c in ("/", ":", "%2f", "%3a", "?")):
        return -1
    return match.start()


def glued_query(url: str, field: Field) -> int:
    """glued_at for a utm field of `url`, as an index in `url` (-1: none)."""
    if field.value_start >= field.end or not _ga4_key(field.name):
        return -1
    at = glued_at(url[field.value_start:field.end])
    return -1 if at == -1 else field.value_start + at


# Query keys that carry another page's address (a share button's `?url=`, a redirect's `?u=`, `?link=`).
_ADDRESS_KEYS = frozenset({"url", "u", "link", "href", "uri", "target", "redirect", "redirect_uri", "redirect_url",
                           "dest", "destination", "goto", "next", "return", "return_to", "returnto", "continue"})


def _carries_address(field: Field) -> bool:
    """Whether a field holding a second `?` carries another page's address (`url={{ href|urlencode }}`): its key
    says so, or its value is a placeholder the template fills with one."""
    value = field.value.split("?", 1)[0]
    return field.name.strip().lower() in _ADDRESS_KEYS or (bool(value.strip()) and is_placeholder(value))


_NESTED_UTM = lazy_compile(r"[?&](utm_[a-z_]+)=", re.IGNORECASE)


def cut_address(url: str) -> Optional[Tuple[Field, List[Field]]]:
    """(the field holding another page's address, the utm fields cut from it) when that address is written
    unencoded with its own `?utm_...` query and the link's next fields are more of its tags: a share button's
    `twitter.com/intent/tweet?url=https://northwind.io/launch?utm_source=twitter&utm_medium=social&utm_campaign=
    launch`, whose `&` before `utm_medium` ends `url`: the share page reads `utm_medium` and `utm_campaign` as its
    own parameters, and the page shared keeps only `utm_source` (stranger19 R2: missing-utm-param told the share
    link to add a `utm_source` of its own). Only the utm fields right after the holder, whose keys GA4 reads and
    the address's query does not hold, count; None otherwise."""
    if url.count("?") < 2:
        return None
    fields = parts(url).query
    for index, field in enumerate(fields):
        value = field.value
        if "://" not in value[:12] or "?" not in value or not (
                field.name.strip().lower() in _ADDRESS_KEYS or value.lower().startswith(("http://", "https://"))):
            continue
        nested = {m.group(1).lower() for m in _NESTED_UTM.finditer(value[value.index("?"):])}
        if not nested & _GA4_SET:
            continue
        cut = []
        for after in fields[index + 1:]:
            key = after.name.strip().lower()
            if key not in _GA4_SET or key in nested:
                break
            cut.append(after)
            nested.add(key)
        if cut:
            return field, cut
    return None


def url_second_question_mark(url: str) -> List[UrlProblem]:
    """`?utm_source=...` after the query's own `?`: analytics reads it as part of the field before it; or a page's
    own query glued onto a utm value by a second `?` (glued_query); or another page's address written unencoded,
    whose tags after its first are cut from it (cut_address)."""
    problems = []
    info = parts(url)
    cut = cut_address(url)
    if cut is not None:
        holder, lost = cut
        from ...urls import quote, split_url

        name = holder.name.strip()
        kept = holder.value[holder.value.index("?") + 1:].split("&", 1)[0]
        moved = "&".join(url[f.start:f.end] for f in lost)
        fixed = (url[:holder.value_start] + quote(url[holder.value_start:holder.end] + "&" + moved)
                 + url[lost[-1].end:])
        keys = ", ".join(f"`{f.name.strip()}`" for f in lost)
        from ...onefinding import SHARED_ADDRESS  # the words onefinding reads (imported here only: start-up)

        message = (f"`{name}` {SHARED_ADDRESS} shares, written unencoded: the `&` before "
                   f"`{url[lost[0].start:lost[0].end]}` ends it, so {keys} go to {split_url(url).host.lower()}'s own "
                   f"address and the page shared keeps only `{kept}`; write `{name}`'s value encoded, its tags in it "
                   f"(`%3F` for its `?`, `%26` for each `&`): {fixed}")
        problems.append(UrlProblem("url-second-question-mark", holder.start, lost[-1].end, message, None))
    for field in info.query:
        at = glued_query(url, field)
        if at == -1:
            continue
        key, kept, glued = field.name.strip(), url[field.value_start:at], url[at:field.end]
        fixed = url[:at] + "&" + url[at + 1:]
        word = key[4:] if key.lower().startswith("utm_") and key[4:] else "value"
        message = (f"`{glued}` comes after the query's own `?`: a link has one `?` and its parameters are joined by "
                   f"`&`, so analytics reads `{key}` as `{kept}{glued}` and the page never gets its "
                   f"`{glued[1:].split('=', 1)[0]}`; the {word} should end at `{kept}`: write `&` instead of the second "
                   f"`?`: {fixed}")
        problems.append(UrlProblem("url-second-question-mark", at, field.end, message, fixed))
    own = {f.name.strip().lower() for f in info.query}
    for at, key, field in swallowed_keys(url):
        holder = field.name.strip() or "the field before it"
        written = url[at + 1:field.end]
        repeated = key in own
        carried = _carries_address(field)
        fixed = None if repeated or carried else url[:at] + "&" + url[at + 1:]
        if carried:
            # a share button's `reddit.com/submit?url={{ href|urlencode }}?utm_campaign=...` (corpus 13 #47): the tags
            # are the shared page's, and `&` would move them onto the share service's own address
            from ...onefinding import SHARED_ADDRESS

            advice = (f"`{holder}` {SHARED_ADDRESS} carries, so the tags belong to that page: "
                      f"write them into `{holder}`'s value, encoded (`%3F` for the `?`, `%26` for each `&`), not `&`, "
                      "which would put them on this link's own address")
        elif repeated:
            advice = f"the query already has its own `{key}`: keep the one you mean and write `&` for the `?`"
        else:
            advice = f"write `&` instead of the second `?`: {fixed}"
        message = (f"`?{written}` comes after the query's own `?`: a link has one `?` and its parameters are joined "
                   f"by `&`, so analytics reads `{written}` as part of `{holder}`'s value and the link has no `{key}`; "
                   f"{advice}")
        problems.append(UrlProblem("url-second-question-mark", at, field.end, message, fixed))
    return problems


def escape_hides_keys(url: str) -> bool:
    """Whether an HTML escape hides keys from the query itself: `&#38;`/`&#x26;` and `&#x3D;` hold a `#` that starts
    the fragment. A plain `&amp;` does not: the key after it is read, once the escape is fixed, where it is
    (`scan.judge` judges its value as written)."""
    return bool(_HTML_EQUALS.search(url)) or any(m.group().lower() != "&amp;" for m in _HTML_AMP.finditer(url))


@rule(code="UTM313", name="url-second-question-mark", severity="error", target="link", fixable=True, scan_fix="safe")
def url_second_question_mark_rule(link: Link, ctx: Context) -> Iterator[Report]:
    """A utm parameter follows a second `?` inside the query, so it is part of another parameter's value.

    ## What it does
    Finds `?utm_source=...` (any key GA4 reads) written after the query's own `?`:
    `https://example.com/share?id=KIwj?utm_source=website&utm_medium=referral`, usually a link whose tags were
    pasted onto a URL that already had a query. `--fix` writes `&` instead of the second `?` when the query has
    no other copy of that key (`utmlint scan --fix` too, as `&amp;` in HTML). A `?` inside a value that holds a URL (`?next=https://example.com/a?utm_source=x`,
    `?to=/docs?utm_source=x`) is that URL's own query and is left alone, unless the link's next parameters are more
    of its tags: a share button's `intent/tweet?url=https://example.com/a?utm_source=twitter&utm_medium=social`
    written unencoded, whose `&` ends `url`, so the share page reads `utm_medium` as its own and the page shared keeps
    only `utm_source`: the finding gives the link with that address encoded, its tags in it (no `--fix`: which
    parameters belong to the address only the writer knows). The other way round too: the page's own query
    pasted after the tags (`utm_campaign=launch?ask=What+can+it+do`) is read as part of the campaign, and the page
    never gets its `ask`: the finding says where the campaign should end, and the value rules judge only that part.

    ## Why is this bad?
    A link has one `?`; after it, parameters are split only at `&`. Analytics reads `id` as
    `KIwj?utm_source=website` and finds no `utm_source` at all, so the visit loses its source (GA4 shows
    `(not set)`), and the page may not recognise its own `id` either.

    ## Example
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://partner.example.org/share?id=KIwj?utm_source=website&utm_medium=referral
        track: false
    ```

    ## Use instead
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://partner.example.org/share?id=KIwj&utm_source=website&utm_medium=referral
        track: false
    ```
    """
    if link.url.count("?") > 1:
        yield from _report(link, ctx, url_second_question_mark(link.url.strip()))
