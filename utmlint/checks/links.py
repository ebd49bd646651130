"""UTM3xx: the destination URLs themselves: well-formed, secure, untagged, not hidden behind a shortener."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Dict, FrozenSet, Iterator, Optional, Tuple

from ..lazyregex import lazy_compile
from ..model import KEY_FOR_PARAM
from ..registry import Report, rule

if TYPE_CHECKING:
    from ..engine import Context
    from ..model import Link
from ..urls import query_pairs, split_url
from .tracking.key_unknown import nearest_utm_key
from .urledit import fragment_query, rewrite_url, url_column, without_query_fields

_TEMPLATE = lazy_compile(r"\{\{.*?\}\}|\{%.*?%\}|\*\|.*?\|\*")
# Spaces, control characters and the invisible ones copy-paste brings along (no-break and zero-width
# spaces, bidi marks, the BOM).
_BAD_CHAR = lazy_compile("[\x00-\x20\x7f-\xa0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]")
_HOSTLIKE = lazy_compile(r"^(?:www\.|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}(?::\d+)?$)", re.IGNORECASE)
_ASCII_LABEL_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-"
_ASCII_LABEL = frozenset(_ASCII_LABEL_CHARS)


def _valid_label(label: str) -> bool:
    """A host name label: letters, digits and inner hyphens; IDN labels may be Unicode. (A regex over
    the whole Unicode range costs milliseconds to compile, which every pre-commit run would pay.)"""
    if label.startswith("-") or label.endswith("-"):
        return False
    if label.isascii():  # the usual label: nothing left once its letters, digits and hyphens are stripped
        return not label.strip(_ASCII_LABEL_CHARS)
    return all(c in _ASCII_LABEL or ord(c) >= 0x80 for c in label)
# `page.html/x` is a relative link to a file, not a host without a scheme.
_FILE_SUFFIXES = frozenset("html htm php asp aspx jsp cgi pdf png jpg jpeg gif svg webp css js json xml txt csv md".split())
_DANGEROUS_SCHEMES = {"javascript": "runs code", "vbscript": "runs code", "data": "embeds a whole document",
                      "file": "opens a file on the reader's own computer"}


# -- UTM301


@rule(code="UTM301", name="url-has-utm", severity="error", target="link", fix="safe/unsafe")
def url_has_utm(link: Link, ctx: Context) -> Iterator[Report]:
    """The destination URL already carries utm_* parameters.

    ## What it does
    Reports utm_* parameters written into a tracked link's `url:`. utmlint appends the resolved utm parameters
    to the destination, so these end up in the link twice, or bypass the file's `source:`/`medium:`/`content:`
    keys. An identical copy is removed by `--fix`; a conflicting one is not, because only you know which value
    is right (`--unsafe-fixes` removes it from the URL). Not on a page that reads no utm tags (a GitHub Sponsors
    page): utm-useless-destination says what to do there.

    ## Why is this bad?
    A link with `utm_source` twice gives GA4 two answers and it keeps only one, so the visit may land under the
    other source; hand-written values also escape every other check.

    ## Example
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://example.com/sale?utm_source=newsletter
        content: hero
    ```

    ## Use instead
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://example.com/sale
        content: hero
    ```
    """
    if not link.tracked:
        return
    url = link.url.strip()
    parts = split_url(url)
    if not parts.query:
        return
    from .tracking.destinations import useless_destination

    if useless_destination(url) is not None:  # a page whose owner sees no utm value (a GitHub Sponsors page):
        return  # utm-useless-destination's one finding; setting `source:` would add tags it never reads (review41 L7)
    query_start = len(url) - len(parts.query) - (len(parts.fragment) + 1 if parts.fragment is not None else 0)
    lost = []
    if "referrer" in url.lower():  # a Play `referrer` written unencoded: the utm fields after it are its own, cut off
        from .tracking.play_referrer import play_referrer_unencoded  # by its `&` (play-referrer-unencoded encodes them back in)

        lost = [(p.start, p.end) for p in play_referrer_unencoded(url)]
    seen = set()
    offset = query_start
    for field in parts.query.split("&"):
        here, offset = offset, offset + len(field) + 1
        if not field:
            continue
        name, value = query_pairs(field)[0]
        name = name.lower()
        if not name.startswith("utm_") or name in seen or any(start <= here < end for start, end in lost):
            continue
        seen.add(name)
        at = url_column(link, here)
        key = KEY_FOR_PARAM.get(name)
        resolved = link.params.get(name)
        stripped = without_query_fields(url, frozenset({name}))
        if resolved == value:
            fix = rewrite_url(link, stripped, f"remove `{name}` from the url (utmlint adds it)")
            yield ctx.report(f"`{name}={value}` is written in the url and added again from `{key}:`, so the link "
                             f"carries it twice; remove it from `url:`", at, fix=fix)
        elif resolved is not None:
            fix = rewrite_url(link, stripped, f"remove `{name}={value}` from the url", safe=False)
            filed = f"filed under `{value}`" if value else "filed with an empty value"
            yield ctx.report(f"the url says `{name}={value}` but this link's `{key}:` is `{resolved}`; the link would "
                             f"carry both and GA4 keeps only one, so visits may be {filed}; remove it "
                             f"from `url:` and set the value you want in `{key}:`", at, fix=fix)
        elif key is not None and not value:
            yield ctx.report(f"`{name}=` is written in the url with no value; remove it from `url:`", at)
        elif key is not None:
            yield ctx.report(f"`{name}={value}` is written in the url, where no other check sees it; remove it from "
                             f"`url:` and write `{key}: {value}` on the link, step or campaign", at)
        elif nearest_utm_key(query_pairs(field)[0][0]) is None:  # a misspelling is utm-key-unknown's finding
            yield ctx.report(f"`{name}` is not a utm parameter GA4 reads; remove it from `url:`", at)


# -- UTM302


@rule(code="UTM302", name="url-insecure", severity="warning", target="link", fix="unsafe")
def url_insecure(link: Link, ctx: Context) -> Iterator[Report]:
    """The destination uses http:// instead of https://.

    ## What it does
    Reports links to `http://` pages. The fix of a campaign file's link (`utmlint lint --unsafe-fixes`, since the
    site must really serve https) switches them to `https://`; `utmlint scan` edits only utm keys and values in
    place, so in docs and code it reports the link without a fix.

    ## Why is this bad?
    The click, utm parameters included, travels unencrypted; browsers warn; and the http-to-https redirect of
    many sites drops the query string, so GA4 never sees the campaign.

    ## Example
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: http://example.com/sale
        content: hero
    ```

    ## Use instead
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://example.com/sale
        content: hero
    ```
    """
    url = link.url.strip()
    parts = split_url(url)
    if parts.scheme != "http" or not link.is_web or parts.host in ("localhost", "127.0.0.1", "::1"):
        return
    secure = "https" + url[len("http"):]
    fix = rewrite_url(link, secure, "use https://", safe=False)
    yield ctx.report(f"{url} uses http://: the click travels unencrypted and the redirect to https may drop the "
                     f"utm parameters; write https:// if the site supports it (`utmlint check` tells you)",
                     link.pos, fix=fix)


# -- UTM303


def _edit_distance_one(a: str, b: str) -> bool:
    from ..channels import edit_distance

    return edit_distance(a, b, 1) <= 1


# A utm key after a `&` in an address with no `?` (`https://acme.com/donate&utm_source=x`): the query was never opened
_AMP_UTM = lazy_compile(r"(?i)&utm_[a-z]+=")


def ampersand_for_question(url: str) -> int:
    """Where the `&` is that should open a web address's query (`https://acme.com/donate&utm_campaign=spring`: no `?`
    before the fragment, a utm key after a `&` in the path: the first `&` of the path), or -1. The address runs on
    into the tags: GA4 reads none of them, and the page may not exist (review44 F17's shape, written whole)."""
    hash_at = url.find("#")
    head = url if hash_at == -1 else url[:hash_at]
    if "?" in head or not head[:8].lower().startswith(("http://", "https://")):
        return -1
    found = _AMP_UTM.search(head)
    if found is None:
        return -1
    path = head.find("/", head.find("//") + 2)
    first = head.find("&", path) if path != -1 else -1
    return first if 0 <= first <= found.start() else -1


def ampersand_message(url: str, amp: int) -> str:
    """url-invalid's words on ampersand_for_question's `&`, naming the path it follows."""
    path = split_url(url[:amp]).path or "/"
    return (f"the url has no `?`, so the `&` after `{path}` starts no query: the address runs on into the tags, GA4 "
            f"reads none of them and the page may not exist; write `?` in place of that `&`")


@lru_cache(maxsize=4096)  # a repo links to the same pages from many files; asked by two rules per link
def invalid_url(url: str) -> Optional[Tuple[str, int]]:
    """(what is wrong, character offset) for a URL that cannot work as written, else None.

    Merge tags (`{{ user.email }}`, `{% ... %}`, Mailchimp's `*|EMAIL|*`) are filled in by the platform at
    send time: they are masked before checking, and a host that contains one is not checked.
    """
    if not url:
        return "the url is empty", 0
    host_templated = False
    if _TEMPLATE.search(url):
        masked = _TEMPLATE.sub(lambda m: "\x00" * len(m.group()), url)
        authority = split_url(masked).authority
        host_templated = "\x00" in authority
        url = masked.replace("\x00", "x")
    # an ASCII URL holds a bad character only if one is a control character, DEL or a space
    bad = None if url.isascii() and url.isprintable() and " " not in url else _BAD_CHAR.search(url)
    if bad:
        char = bad.group()
        what = "a space" if char == " " else f"an invisible character (U+{ord(char):04X})"
        return f"the url contains {what}; remove it (or write a space as %20)", bad.start()
    lowered = url.lower()
    if lowered.startswith(("http//", "https//")):
        return f"`{url.split('//')[0]}//` is missing its colon; write `{lowered.split('//')[0]}://`", 0
    parts = split_url(url)
    scheme = parts.scheme
    if scheme in _DANGEROUS_SCHEMES:
        return (f"a `{scheme}:` link {_DANGEROUS_SCHEMES[scheme]}; email clients and browsers block it and GA4 never "
                f"sees a visit: link to a web page (https://...)"), 0
    if scheme and "." in scheme:  # `www.example.com:8080/page` parses as scheme `www.example.com`
        scheme = ""
    if scheme and scheme not in ("http", "https") and len(scheme) >= 3 and url[len(scheme) + 1:].startswith("/") \
            and (_edit_distance_one(scheme, "http") or _edit_distance_one(scheme, "https")):
        return f"`{scheme}:` is not a web address; did you mean `https:`? As written the link is left untracked", 0
    if not scheme:
        if url.startswith("//"):
            return "the url has no scheme (`//host/...`): in an email there is no page to borrow one from; write https://", 0
        if url.startswith(("/", ".", "#", "?")):
            return None
        first = re.split(r"[/?#]", url, maxsplit=1)[0]
        tld = first.rsplit(".", 1)[-1].partition(":")[0].lower()
        if _HOSTLIKE.match(first) and tld not in _FILE_SUFFIXES:
            return (f"the url has no https://, so `{first}` is read as a path inside your product and the link is left "
                    f"untracked; write https://{url}"), 0
        return None
    if scheme not in ("http", "https"):
        return None
    after = url[len(scheme) + 1:]
    if not after.startswith("//"):
        return f"`{scheme}:` must be followed by `//` and a host name; write {scheme}://{after.lstrip('/')}", len(scheme) + 1
    host_start = len(scheme) + 3
    if host_templated:
        return None
    if "@" in parts.authority:
        return ("the url contains a user name or password before `@`; browsers warn about or block such links and "
                "spam filters flag them: remove it"), host_start
    hostport = parts.authority
    host = parts.host
    if not host:
        return "the url has no host name after `//`", host_start
    if not hostport.startswith("["):
        name, colon, port = hostport.partition(":")
        if colon and port and (not port.isdigit() or not 0 < int(port) <= 65535):
            return f"port `{port}` is not a valid port (1-65535)", host_start + len(name) + 1
        labels = name.rstrip(".").split(".")
        if not all(labels) or not all(_valid_label(label) for label in labels):
            return f"`{name}` is not a valid host name", host_start
        if len(labels) == 1 and name.lower() != "localhost":
            return f"host `{name}` has no domain ending (like .com); is part of it missing?", host_start
    amp = ampersand_for_question(url)
    if amp != -1:
        return ampersand_message(url, amp), amp
    return None


@rule(code="UTM303", name="url-invalid", severity="error", target="link", scan_fix="safe")
def url_invalid(link: Link, ctx: Context) -> Iterator[Report]:
    """The destination is not a working web address.

    ## What it does
    Reports URLs that cannot work as written: a host without `https://` (read as a link inside your product, so
    never tracked), `https:/host` or a mistyped scheme such as `htps://`, spaces and invisible characters,
    `javascript:`, `data:` and `file:` links, a user name or password before `@`, a port out of range, an empty
    or malformed host, and an address whose query opens with `&` instead of `?` (`https://example.com/donate&
    utm_source=android`: the address runs on into the tags, and GA4 reads none of them). Relative paths
    (`/settings`) and app links stay allowed. In a link `utmlint scan` finds in code, a template that goes on with
    `&` after a name the file sets to an address with no `?` (`${DONATE_BASE}&utm_source=android` after
    `DONATE_BASE = "https://example.com/donate"`) is reported at the `&` alike.

    ## Why is this bad?
    A broken link brings no visit; one that looks relative gets no utm parameters, so its clicks are lost to
    attribution without any warning.

    ## Example
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: www.example.com/sale
        content: hero
    ```

    ## Use instead
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://www.example.com/sale
        content: hero
    ```
    """
    found = invalid_url(link.url.strip())
    if found is not None:
        message, offset = found
        yield ctx.report(message, url_column(link, offset))


# -- UTM304





@rule(code="UTM304", name="url-fragment-order", severity="warning", target="link", fixable=True)
def url_fragment_order(link: Link, ctx: Context) -> Iterator[Report]:
    """A `?query` written after the `#fragment` never reaches the site.

    ## What it does
    Reports URLs such as `https://example.com/page#top?ref=a`, where the `?ref=a` is part of the `#fragment`.
    The fix moves the query before the fragment: `https://example.com/page?ref=a#top`. A key the query before
    the `#` already has is dropped from the fragment instead of moved (`?utm_campaign=promo#x?utm_campaign=b`
    becomes `?utm_campaign=promo#x`): two copies of one key leave GA4's choice undocumented, and the query's is
    the one GA4 reads today; so is a utm key the link's own tags give (`campaign:` beside `#deals?utm_campaign=bf`:
    utmlint adds `utm_campaign` to the query, so the fix writes `#deals`). Hash-router paths (`#/settings?tab=x`, `#!/...`) are left alone: the app reads
    their query there.

    ## Why is this bad?
    Browsers never send the fragment to the server, so GA4 and the site never see those parameters, and any tool
    that appends utm parameters to the end of this URL loses them the same way.

    ## Example
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://example.com/sale#pricing?ref=mail
        content: hero
    ```

    ## Use instead
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://example.com/sale?ref=mail#pricing
        content: hero
    ```
    """
    if not link.is_web:
        return
    url = link.url.strip()
    found = fragment_query(url)
    if found is None:
        return
    hash_at, question = found
    fragment, query = url[hash_at:question], url[question + 1:]
    base = url[:hash_at]
    utm = " (utm parameters included)" if "utm_" in query.lower() else ""
    # A key the query before the `#` already has is not moved: two copies of `utm_campaign` with other values
    # leave GA4's choice undocumented, and the query's copy is the one GA4 reads today.
    held = {name.strip().lower() for name, _ in query_pairs(split_url(base).query)}
    fields = [field for field in query.split("&") if field]
    repeated = [field for field in fields if field.partition("=")[0].strip().lower() in held]
    # A utm key the link's own tags give (`campaign:` beside `#deals?utm_campaign=bf`): utmlint adds it to the query,
    # so moving the fragment's copy there would write it twice (url-has-utm's finding next): it goes (stranger10 R21)
    supplied = [field for field in fields if field not in repeated and link.tracked
                and query_pairs(field)[0][0].strip().lower() in link.params]
    moved = "&".join(field for field in fields if field not in repeated and field not in supplied)
    joined = base if not moved else f"{base}&{moved}" if "?" in base else f"{base}?{moved}"
    fixed = joined + fragment
    if not repeated and not supplied:
        fix = rewrite_url(link, fixed, "move the query before the #fragment")
        yield ctx.report(f"`?{query}` comes after `{fragment}`, so it is part of the fragment: browsers never send it "
                         f"and GA4 never sees it{utm}; write {fixed}", url_column(link, question), fix=fix)
        return
    names = ", ".join(dict.fromkeys(f"`{field.partition('=')[0].strip()}`" for field in repeated))
    if not supplied:
        fix = rewrite_url(link, fixed, "drop the #fragment's copies of keys the query already has")
        yield ctx.report(f"`?{query}` comes after `{fragment}`, so it is part of the fragment: browsers never send it "
                         f"and GA4 never sees it{utm}; the query before the `#` already has {names}, which GA4 reads: "
                         f"moving the fragment's copies would repeat them with other values, so drop them; write "
                         f"{fixed}", url_column(link, question), fix=fix)
        return
    keys = dict.fromkeys(query_pairs(field)[0][0].strip().lower() for field in supplied)
    given = ", ".join(f"`{name}` from `{KEY_FOR_PARAM.get(name, name)}:` (`{link.params[name]}`)" for name in keys)
    reasons = ([f"the query before the `#` already has {names}, which GA4 reads"] if repeated else []) + [
        f"utmlint adds {given} to the query"]
    them, it = ("copies", "them") if len(repeated) + len(supplied) > 1 else ("copy", "it")
    fix = rewrite_url(link, fixed, "remove the #fragment's copies of utm keys the link's tags give")
    yield ctx.report(f"`?{query}` comes after `{fragment}`, so it is part of the fragment: browsers never send it and "
                     f"GA4 never sees it{utm}; {' and '.join(reasons)}: moving the fragment's {them} there would "
                     f"give the link two, so remove {it}; write {fixed}", url_column(link, question), fix=fix)


# -- UTM305


@lru_cache(maxsize=1)
def shorteners() -> FrozenSet[str]:
    """Known URL shortener hosts, from `rules/shorteners.txt`."""
    return frozenset(_shortener_entries())


@lru_cache(maxsize=1)
def _shortener_entries() -> Dict[str, bool]:
    """host -> whether the host also serves its company's own site (`bitly.com site`: bitly.com/blog/...)."""
    from ..resources import rule_lines

    return {words[0]: words[1:] == ["site"] for words in (line.split() for line in rule_lines("shorteners.txt"))}


def is_short_link(host: str, path: str) -> bool:
    """Whether a link to `host` (without `www.`) is a short link: any link to a shortener, but on a host that also
    serves its company's site only a path of one segment (`bitly.com/3xYz12`); `bitly.com/blog/why-go/` and
    `bitly.com/` are pages of that site."""
    both = _shortener_entries().get(host)
    if both is None:
        return False
    if not both:
        return True
    segment = path.strip("/")
    return bool(segment) and "/" not in segment


@rule(code="UTM305", name="url-shortener", severity="warning", target="link")
def url_shortener(link: Link, ctx: Context) -> Iterator[Report]:
    """The destination is a short link (bit.ly, t.co, ...) that hides the real page.

    ## What it does
    Reports links to URL shorteners (the list is `rules/shorteners.txt`). A shortener whose host also serves its
    company's own site (bitly.com) is reported only for a short link's shape, one path segment (`bitly.com/3xYz12`):
    `bitly.com/blog/...` is a page.

    ## Why is this bad?
    Nobody reviewing the file can see where the link goes, and many shorteners redirect without passing on the
    query string, so the utm parameters appended to the short link never reach the site. Link to the destination
    itself, or check the short link live with `utmlint check`.

    ## Example
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://bit.ly/3xYzAbc
        content: hero
    ```

    ## Use instead
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://example.com/sale
        content: hero
    ```
    """
    if not link.is_web or link.in_product:
        return
    parts = split_url(link.url.strip())
    host = parts.host
    if host.startswith("www."):
        host = host[4:]
    if is_short_link(host, parts.path):
        yield ctx.report(f"`{host}` is a URL shortener: it hides the destination and may drop the query string, and "
                         f"with it the utm parameters; link to the real page, or check it live with `utmlint check`",
                         link.pos)
