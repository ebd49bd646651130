"""A tracked URL read as the one-link campaign the rules judge (scan.judge): its query's fields, its utm values with
placeholders masked, the campaign document built with every position known, and a fixed value written back the way
the URL wrote the old one.

Placeholders (`{{ x }}`, `*|X|*`, `${x}`, ...) stand for text filled in later: they are masked as `{phN}` (braces,
which the value rules already leave alone), and a URL whose host is a placeholder is read on a stand-in host
(STAND_IN). A relative link, a site's URL helper (`{{ url('pricing') }}`), the Play app's `market://` address and a
Play listing's `referrer` (play_referrer) are each read as the link they stand for.
"""

from __future__ import annotations

import json
import re
from typing import Dict, List, Optional, Sequence, Tuple

from ..model import KEY_FOR_PARAM
from ..checks.tracking.second_question_mark import glued_at
from ..checks.tracking.fields import relative_path
from ..lazyregex import lazy_compile
from ..records import NamedTuple
from ..urls import UTM_ORDER, elided, unquote
from ..placeholders import CONCATENATION
from .core import PLACEHOLDER as _FOUND_SLOTS

# A template's slots in a URL as read: scan.core's, and a code expression a string literal joins into a value (`-' +
# SITE_NAME + '`: utmlint.placeholders.CONCATENATION), masked as `{phN}` too: the value rules judge the literal text
# around it and a fix writes the code back as it was (the safe fix wrote `acme-%27-site-name-%27`, corpus 32 #32)
PLACEHOLDER = re.compile(_FOUND_SLOTS.pattern + "|" + CONCATENATION)


# A template slot that holds a string literal (`utm_medium=${'nao-treaqueado'}` in a JavaScript template literal: an
# Eduzz checkout button's fallback tags, corpus 36 #3 #4 #7; Kotlin's, Groovy's and Dart's `${"x"}` alike): nothing is
# filled at run time, the value is the literal's text, judged as written (it was taken for a value filled later, and
# its Unassigned medium went untold). Only a literal of a value's characters, no quote, escape, slot or backtick.
_LITERAL_SLOT = re.compile(r"\$\{\s*(['\"])([^'\"`\\\n${}]{0,200})\1\s*\}")


def literal_slots(value: str) -> str:
    """`value` with each template slot holding a string literal (`${'x'}`) written as the literal's text."""
    return _LITERAL_SLOT.sub(lambda m: m.group(2), value) if "${" in value else value


STAND_IN = "https://scan.invalid"
_PLAY_APP, _PLAY_WEB = "market://details?", "https://play.google.com/store/apps/details"
TOKEN = re.compile(r"\{ph[0-9]+\}")


class Field(NamedTuple):
    """One `name=value` of a query: decoded name and value, and where they are written in the URL."""

    name: str
    value: str
    start: int
    name_end: int  # the `=` (or the field's end when there is none)
    end: int


def _outside(spans, index: int) -> bool:
    return not any(s <= index < e for s, e in spans)


def query_fields(url: str) -> Tuple[List[Field], int]:
    """The query's fields (placeholders are never split) and where the query starts (-1: none)."""
    spans = [m.span() for m in PLACEHOLDER.finditer(url)]
    if not spans:
        return _plain_fields(url)
    question = next((i for i, c in enumerate(url) if c == "?" and _outside(spans, i)), -1)
    if question == -1 and spans[0][0] == 0 and url[spans[0][1]:spans[0][1] + 1] == "&":
        # `${yearlyPlanLink}&coupon=X&utm_source=...`: the placeholder is a whole URL with its query, and the
        # written fields go on after it; the query is read from the placeholder's last character
        question = spans[0][1] - 1
    if question == -1:
        question = _separator_query(url, spans)
    if question == -1:
        return [], -1
    fields: List[Field] = []
    start = question + 1
    i = start
    while i <= len(url):
        at_end = i == len(url) or (url[i] == "#" and _outside(spans, i))
        if at_end or (url[i] == "&" and _outside(spans, i)):
            if i > start:
                raw = url[start:i]
                eq = raw.find("=")
                name_raw = raw if eq == -1 else raw[:eq]
                value_raw = "" if eq == -1 else raw[eq + 1:]
                fields.append(Field(unquote(name_raw.replace("+", " ")), unquote(value_raw.replace("+", " ")),
                                    start, start + (len(raw) if eq == -1 else eq), i))
            if at_end:
                break
            start = i + 1
        i += 1
    return fields, question


# A utm key as written right after an expression that writes the query's separator (`_utm_campaign`, `UTM_source`,
# `utm-source`: the key rules say what is wrong with it)
_KEY_AFTER_SEPARATOR = lazy_compile(r"_*utm[_-]?[a-z]+=", re.IGNORECASE)


def _separator_query(url: str, spans=None) -> int:
    """Where the query starts (the last character of the expression that writes its `?` or `&`) in a URL whose only
    `?` is an expression's, else -1: the first expression directly followed by a utm key. `${base}${separator}
    utm_source=psat` (corpus 20 #69), Hugo's `{{ $suffix }}_utm_campaign=...` (corpus 19 #137): the expression writes
    `?` or `&` before the keys, which are the link's tags as the code writes them."""
    if spans is None:
        spans = [m.span() for m in PLACEHOLDER.finditer(url)]
    if not spans or any(c == "?" and _outside(spans, i) for i, c in enumerate(url)) \
            or spans[0][0] == 0 and url[spans[0][1]:spans[0][1] + 1] == "&":
        return -1
    return next((end - 1 for _, end in spans if _KEY_AFTER_SEPARATOR.match(url, end)), -1)


def _plain_fields(url: str) -> Tuple[List[Field], int]:
    """query_fields for a URL without placeholders: plain string splitting."""
    question = url.find("?")
    if question == -1:
        return [], -1
    hash_at = url.find("#", question)
    end = len(url) if hash_at == -1 else hash_at
    fields: List[Field] = []
    start = question + 1
    while start <= end:
        amp = url.find("&", start, end)
        stop = end if amp == -1 else amp
        if stop > start:
            eq = url.find("=", start, stop)
            name_end = stop if eq == -1 else eq
            name_raw, value_raw = url[start:name_end], url[name_end + 1:stop] if eq != -1 else ""
            fields.append(Field(unquote(name_raw.replace("+", " ")), unquote(value_raw.replace("+", " ")),
                                start, name_end, stop))
        start = stop + 1
    return fields, question


class Synthetic(NamedTuple):
    values: Tuple[Tuple[str, str], ...]  # (campaign-file key, value), in GA4's reading order
    lines: Dict[int, str]  # line of the values document -> utm param
    fields: Dict[str, Field]  # utm param -> its field in the URL
    url: str  # the URL given to the URL rules (placeholders masked, maybe on the stand-in host)
    url_map: Tuple[int, ...]  # url index -> index in the occurrence's decoded URL
    tokens: Dict[str, str]  # {phN} -> the placeholder it masks
    stand_in: bool  # judged on the stand-in host
    whole_placeholders: frozenset  # params whose value is only placeholders
    open_query: bool  # a query field is a bare placeholder (`?${UTM}&...`): params may come from it
    internal: bool  # a relative link (`/pricing?utm_...`): utm-internal-link's, its values are not a campaign's
    hash_cut: Optional[str]  # the param whose value a name's `#` cut (`utm_campaign=C#`: GA4 reads `C`), or None


URL_COLUMN = len('  - url: "') + 1


def _mask(text: str, tokens: Dict[str, str], reverse: Dict[str, str]) -> Tuple[str, List[int]]:
    """`text` with each placeholder replaced by its `{phN}` token, and where each output char came from."""
    if not PLACEHOLDER.search(text):
        return text, list(range(len(text) + 1))
    out: List[str] = []
    origin: List[int] = []
    last = 0
    for match in PLACEHOLDER.finditer(text):
        for i in range(last, match.start()):
            out.append(text[i])
            origin.append(i)
        token = reverse.get(match.group())
        if token is None:
            token = reverse[match.group()] = f"{{ph{len(tokens)}}}"
            tokens[token] = match.group()
        out.extend(token)
        origin.extend([match.start()] * len(token))
        last = match.end()
    for i in range(last, len(text)):
        out.append(text[i])
        origin.append(i)
    origin.append(len(text))
    return "".join(out), origin


def host_end(url: str) -> Tuple[bool, int]:
    """(whether the URL has a real, placeholder-free host, where its path/query starts)."""
    spans = [m.span() for m in PLACEHOLDER.finditer(url)]
    match = re.match(r"(?:[A-Za-z][A-Za-z0-9+.-]*:)?//", url)
    if match:
        i = match.end()
        while i < len(url) and not (url[i] in "/?#" and _outside(spans, i)):
            i += 1
        real = url[:match.end()].lower() in ("http://", "https://") and _outside(spans, match.end()) and \
            all(_outside(spans, j) for j in range(match.end(), i)) and i > match.end()
        return real, i
    if spans and spans[0][0] == 0 and url[spans[0][1]:spans[0][1] + 1] == "&":
        return False, spans[0][1]  # `${planLink}&utm_source=x`: the placeholder is the address and its query
    i = 0
    while i < len(url) and not (url[i] in "/?#" and _outside(spans, i)):
        i += 1
    separator = _separator_query(url, spans) if spans else -1
    if separator != -1 and separator < i:
        return False, separator + 1  # `${base}${separator}utm_source=x`: the query starts after the separator
    return False, i


ESCAPED_AMP = re.compile(r"^(?:amp;)+", re.IGNORECASE)  # what `&amp;` leaves before a key once split at its `&`


def build(url: str, delimited: bool = False, own_site: bool = False, sent: bool = False) -> Optional[Synthetic]:
    """The one-link campaign for a decoded URL; None when it has no utm parameter GA4 reads. `delimited`: the URL
    was read to its closing quote or bracket (a code string, an HTML attribute, `<...>` in Markdown), so a space in
    its query is what a browser sends as `%20`: the URL rules judge it so, the value rules see the space.
    `own_site`: the link goes to the site the page it is written on is part of (Judge.file_site), or its host is a
    template's name the file sets to such a site's address (`${SIGNUP}?utm_...`): judged as the relative link it
    stands for, as a URL helper's is. `sent`: a link the visitor sends elsewhere (scan.own_site.sent_elsewhere: copied
    for a friend, shared): one built on the page's own address (`${window.location.origin}/invite?utm_...`) is judged
    on the stand-in host, as an outbound campaign link, not as a relative link. None too for a URL elided for display
    (urls.elided)."""
    if elided(url):
        return None
    fields, _ = query_fields(url)
    params: Dict[str, Field] = {}
    for field in fields:
        if field.name in KEY_FOR_PARAM and field.name not in params:
            params[field.name] = field
    # `?utm_source=psf&amp;utm_medium=sponsor`: url-html-escaped says to write `&`, and its fix makes GA4 read
    # `utm_medium=sponsor`, so that value is judged now (as written, where it is), one finding per mistake, rather
    # than after the fix, when nobody would say that `sponsor` is Unassigned too.
    for field in fields:
        name = ESCAPED_AMP.sub("", field.name)
        if name != field.name and name in KEY_FOR_PARAM and name not in params:
            params[name] = field
    tokens: Dict[str, str] = {}
    reverse: Dict[str, str] = {}
    real_host, cut = host_end(url)
    internal = not real_host and relative_path(url)
    origin_end = page_origin_end(url) if not real_host and not internal and not sent else -1
    if origin_end != -1:
        cut = origin_end  # `${location.protocol}//${location.host}`: the path starts after the host's expression
    route = not real_host and not internal and (_ROUTE.match(url) is not None or _path_expression(url)
                                                or origin_end != -1) \
        and url[cut:cut + 1] in ("?", "/", "#") \
        or own_site and (real_host or cut > 0 and url[cut:cut + 1] in ("?", "/", "#"))
    play_app = not real_host and url[:len(_PLAY_APP)].lower() == _PLAY_APP
    if play_app:  # the Play app's `market://details?id=...`: judged as the listing's web URL it opens
        rest, rest_origin = _mask(url[len(_PLAY_APP) - 1:], tokens, reverse)
        masked = _PLAY_WEB + rest
        origin = [0] * len(_PLAY_WEB) + [o + len(_PLAY_APP) - 1 for o in rest_origin]
    elif (real_host or internal) and not route:  # a relative link is judged as written: the URL rules see no host
        masked, origin = _mask(url, tokens, reverse)
    elif route:  # the site's own URL helper: judged as the relative link it stands for
        rest, rest_origin = _mask(url[cut:], tokens, reverse)
        prefix = "" if rest.startswith("/") else "/"
        masked = prefix + rest
        origin = [cut] * len(prefix) + [o + cut for o in rest_origin]
        internal = True
    else:
        rest, rest_origin = _mask(url[cut:], tokens, reverse)
        prefix = STAND_IN + ("" if rest.startswith("/") else "/?" if rest.startswith("&") else "/")
        masked = prefix + rest
        origin = [cut] * len(prefix) + [o + cut for o in rest_origin]
    separator = _separator_query(url) if "?" not in masked else -1
    if separator != -1 and separator + 1 in origin:
        # the `?` an expression writes (`{{ $suffix }}`): the URL rules read the keys after it as the query
        at = origin.index(separator + 1)
        while at + 1 < len(masked) and origin[at + 1] == separator + 1:
            at += 1  # after a stand-in host's characters, which all stand where the query starts
        masked, origin = masked[:at] + "?" + masked[at:], origin[:at] + [separator] + origin[at:]
    if delimited and " " in masked:
        masked, origin = _spaces_encoded(masked, origin)
    value_lines: List[Tuple[str, str]] = []
    whole = set()
    cut = name_cut_by_hash(url, params)
    for param in sorted(params, key=lambda p: UTM_ORDER.index(p) if p in UTM_ORDER else 99):
        field = params[param]
        raw_value = url[field.name_end + 1:field.end] if field.name_end < field.end else ""
        if param == cut:  # `C#`: the value rules judge what the author wrote, and say what GA4 reads (Judge._map)
            raw_value = url[field.name_end + 1:hash_cut_end(url)]
        elif "?" in raw_value and glued_at(raw_value) != -1:
            # `utm_campaign=launch?ask=What+can+it+do`: the page's own query glued on by a second `?`
            # (url-second-question-mark says where the campaign ends): the value rules judge the campaign alone
            raw_value = raw_value[:glued_at(raw_value)]
        raw_value = literal_slots(raw_value)  # `${'nao-treaqueado'}` is the literal's text
        value_masked, _ = _mask(raw_value, tokens, reverse)
        # `+` is judged as written, not as the space a form decoder would make of it: GA4 reports are known to
        # show it literally, so `spring+sale` stays value-separator's finding while a consistent `%20` space
        # is the author's convention (spelling.one_convention).
        value_lines.append((KEY_FOR_PARAM[param], unquote(value_masked)))
        if raw_value and not PLACEHOLDER.sub("", raw_value).strip():
            whole.add(param)
    lines = {i: param for i, param in enumerate(sorted(params, key=lambda p: UTM_ORDER.index(p) if p in UTM_ORDER
                                                       else 99), start=1)}
    # `?${UTM}&utm_content=x` (a bare placeholder field), or a literal ending in `=`/`&` that code goes on
    # to build (`'https://x.com?utm_source=' + host + '&utm_medium=...'`): parameters may come from elsewhere.
    # A URL read out of code that stops inside a placeholder (`?utm_source=${encodeURIComponent(`) goes on after it.
    open_query = any(not PLACEHOLDER.sub("", url[f.start:f.end]).strip() for f in fields) or url.endswith(("=", "&")) \
        or _ends_inside_placeholder(url)
    return Synthetic(tuple(value_lines), lines, params, masked, tuple(origin), tokens,
                     not (real_host or internal or play_app),
                     frozenset(whole), open_query, internal, cut)


# What may follow a name's `#` that cut a value (`C#`, `C#-weekly`, `C# weekly`): nothing, or a word separator,
# then maybe the rest of the query the `#` cut off too (`C#&utm_content=x`: stranger8 S1; `C#?x=1`, a `?` typed
# after the name). A fragment that is a route, an anchor or state (`#/signup`, `#pricing`, `#a=b`) is the URL's own.
_AFTER_NAME_HASH = re.compile(r"(?:(?:[-_. +]|%20|%2[Dd])[A-Za-z0-9 ._+%-]*)?(?:[&?][^#]*)?\Z")
# After a capital that is the whole value only (`C#weekly`): a word glued to it (`Plan-C#pricing` is plan C's anchor).
_GLUED_AFTER_NAME_HASH = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._+%-]*(?:[&?][^#]*)?\Z")


def hash_cut_end(url: str) -> int:
    """Where the value a name's `#` cut ends as written: the first `&` or `?` after the `#` (the rest of the query
    it cut off), or the end of the URL."""
    hash_at = url.find("#")
    ends = [i for i in (url.find("&", hash_at), url.find("?", hash_at)) if i != -1]
    return min(ends) if ends else len(url)


def name_cut_by_hash(url: str, params: Dict[str, "Field"]) -> Optional[str]:
    """The utm param whose written value goes on past a `#` that is part of a name (`utm_campaign=C#`: a `#` after
    a lone letter that is a known `#` name, spelling.HASH_NAMES), or None. The `#` starts the fragment, so GA4 reads
    `C`: a value the author never wrote (review7 F6). Only the last field before the `#`, and only a fragment that
    reads as the rest of the value (nothing, a separator and words, or a word glued to a capital that is the whole
    value: `C#weekly`, never `Plan-C#pricing`)
    and maybe the rest of the query. The letter is judged decoded (`learn%20C#`: a word of its own)."""
    hash_at = url.find("#")
    if hash_at == -1:
        return None
    from ..spelling import GLUED_HASH_NAMES, HASH_NAMES

    for param, field in params.items():
        if field.end != hash_at or field.name_end >= field.end or PLACEHOLDER.search(url[hash_at:]):
            continue
        before = unquote(url[field.name_end + 1:hash_at].replace("+", " "))
        letter = before[-1:]
        if not letter or letter.upper() not in HASH_NAMES or (len(before) > 1 and before[-2].isalnum()):
            continue
        # a known `#` name only: capitalised (`C#`, `learn-F#`) or the whole value (`c#`); never `variant-a#`
        if not (letter.isupper() or len(before) == 1):
            continue
        # a word glued after the `#` only where the letter is the whole value (`C#weekly`): after a one-letter word
        # of a longer value (`Plan-C#pricing`, plan C) it is the page's anchor (stranger9 R4); and only after C or F,
        # the names a word is written glued to: `utm_source=X#pricing` is X (the platform) and the page's anchor
        if _AFTER_NAME_HASH.match(url, hash_at + 1) or (
                len(before) == 1 and letter in GLUED_HASH_NAMES and _GLUED_AFTER_NAME_HASH.match(url, hash_at + 1)):
            return param
    return None


def last_value_unknown(synthetic: Synthetic, url: str) -> Synthetic:
    """`synthetic` with the utm value the URL ends with taken as unknown, as a value that is only a placeholder is
    (not judged, never respelled): the URL stopped at a space inside a quoted string that goes on
    (scan.core.string_goes_on), so `Upgrade` may be `Upgrade Now`, and `referral` may be followed by prose."""
    last = max(synthetic.fields.items(), key=lambda item: item[1].end, default=None)
    if last is None or last[1].end != len(url) or last[1].name_end >= last[1].end:
        return synthetic
    return synthetic._replace(whole_placeholders=synthetic.whole_placeholders | {last[0]})


def _spaces_encoded(masked: str, origin: List[int]) -> Tuple[str, List[int]]:
    """A space in the query (before any `#`) written `%20`, as a browser sends it; each `%20` maps to the space."""
    question = masked.find("?")
    if question == -1:
        return masked, origin
    hash_at = masked.find("#", question)
    stop = len(masked) if hash_at == -1 else hash_at
    out, where = [masked[:question]], list(origin[:question])
    for i in range(question, stop):
        out.append("%20" if masked[i] == " " else masked[i])
        where.extend([origin[i]] * (3 if masked[i] == " " else 1))
    out.append(masked[stop:])
    where.extend(origin[stop:])
    return "".join(out), where


# A template's helper that writes the address of one of the site's own pages from a route's name:
# `{{ url('updates.128.monthly') }}` (thunderbird-website, Laravel), `{{ url_for('pricing') }}` (Flask),
# `{{ path('x') }}` (Symfony), `{{ route('x') }}` (Laravel), `{% url 'x' %}` (Django). A link built so goes from a
# page of the site to another page of it: utm-internal-link's, as a relative link is.
_ROUTE = re.compile(r"\{\{-?\s*(?:url|url_for|path|route)\s*\(|\{%-?\s*url\s")
# A template expression that opens the URL and names a path or route of the site (`${PAGE_PATHS.requestDemo}?utm_...`,
# `{{ routes.pricing }}`, `${pathname}`): the site's own page, a relative link as a URL helper's is (Roadie's
# marketing site: corpus 19 #86 #88, told to add a medium to an internal link). An expression naming a URL or a host
# (`${SITE_URL}`, `${photo.user.links.html}`) is not one: where it points is unknown.
_OPENING_EXPRESSION = re.compile(r"(?:\$\{|\{\{-?|<%=)\s*([A-Za-z_][\w.]*)\s*(?:\}\}|\}|-\}\}|%>)")
_EXPRESSION_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_PATH_WORDS = frozenset(("path", "paths", "pathname", "route", "routes"))


def _path_expression(url: str) -> bool:
    match = _OPENING_EXPRESSION.match(url)
    return match is not None and any(w.lower() in _PATH_WORDS for w in _EXPRESSION_WORD.findall(match.group(1)))


# The address of the page a browser script runs on: `${window.location.origin}` (3DStreet's generator linking its own
# editor, `${window.location.origin}/?utm_source=generator&...#asset:...`, corpus 31 #30 #35), `location.origin +
# '/pricing?utm_...'` (core.concatenated writes it `${location.origin}/pricing?...`), `${window.location.protocol}//
# ${window.location.host}` (or `hostname`; the extractor reads that one from its `//`, a link on the page's own host
# whatever its scheme). A link built on it goes from the page to another page of the same site: a relative link by
# another spelling, utm-internal-link's, as a URL helper's is. A variable holding an origin (`${API_BASE}`,
# `${origin}`, `${baseUrl}`) is not one: where it points is unknown.
_LOCATION = r"(?:(?:window|self|globalThis|document)\.)?location\."
_PAGE_ORIGIN = re.compile(r"\$\{\s*(" + _LOCATION + r"origin)\s*\}"
                          r"|(?:\$\{\s*" + _LOCATION + r"protocol\s*\})?//\$\{\s*(" + _LOCATION + r"host(?:name)?)\s*\}")


def page_origin(url: str) -> Optional[Tuple[int, str]]:
    """Where the page's own origin (a browser script's `${window.location.origin}`) that opens the URL ends, and its
    expression as the script names it (`window.location.origin`); None when the URL opens with no such expression."""
    match = _PAGE_ORIGIN.match(url) if url.startswith(("${", "//${")) else None
    return None if match is None else (match.end(), match.group(1) or match.group(2))


def page_origin_end(url: str) -> int:
    """page_origin's end, or -1."""
    found = page_origin(url)
    return -1 if found is None else found[0]


_OPENERS, _CLOSERS = ("${", "{{", "{%", "<%", "[%"), ("}", "%>", "%]")


def _ends_inside_placeholder(url: str) -> bool:
    """The URL text stops before its last placeholder closes (core.PLACEHOLDER's `\\Z` case)."""
    last = None
    for last in PLACEHOLDER.finditer(url):
        pass
    return last is not None and last.end() == len(url) and last.group().startswith(_OPENERS) \
        and not last.group().endswith(_CLOSERS)


def campaign_document(values: Sequence[Tuple[str, str]], url: str):
    """The one-link campaign as a Document, built directly (positions known, no YAML parse): `key: "value"`
    lines, then `links:` and `  - url: "..."`. The text is exactly what those positions describe."""
    from ..diagnostics import Pos
    from ..document import Document, NodeInfo

    parts: List[str] = []
    nodes = {}
    data: Dict[str, object] = {}
    offset = 0
    for number, (key, value) in enumerate(values, start=1):
        quoted = json.dumps(value, ensure_ascii=False)
        line = f"{key}: {quoted}"
        nodes[(key,)] = NodeInfo(Pos(number, len(key) + 3), offset + len(key) + 2, offset + len(line), Pos(number, 1),
                                 '"', offset, offset + len(key))
        data[key] = value
        parts.append(line)
        offset += len(line) + 1
    links_line = len(values) + 1
    parts.append("links:")
    links_start = offset
    offset += len("links:") + 1
    # The URL is written so that its characters stand where the URL rules' positions say (URL_COLUMN + index): a
    # `\` or `"` in it (`utm_source=LASReddit\%22`, a Markdown escape kept in a link) would be escaped inside double
    # quotes and shift every position after it, and a finding with no position it can place covers the whole URL in
    # validate_url but nothing in scan (copied-tracking's span, which holds back advice on the copied tags); YAML's
    # single quotes keep both characters as they are.
    quoted = json.dumps(url, ensure_ascii=False)
    style = '"'
    if quoted[1:-1] != url and "'" not in url and url.isprintable():
        quoted, style = f"'{url}'", "'"
    item = f"  - url: {quoted}"
    parts.append(item)
    nodes[("links", 0, "url")] = NodeInfo(Pos(links_line + 1, 10), offset + 9, offset + len(item), Pos(links_line + 1, 5),
                                          style, offset + 4, offset + 7)
    nodes[("links", 0)] = NodeInfo(Pos(links_line + 1, 5), offset + 4, offset + len(item))
    nodes[("links",)] = NodeInfo(Pos(links_line + 1, 3), offset + 2, offset + len(item), Pos(links_line, 1), None,
                                 links_start, links_start + 5)
    text = "\n".join(parts) + "\n"
    nodes[()] = NodeInfo(Pos(1, 1), 0, len(text))
    data["links"] = [{"url": url}]
    doc = Document("<scan>", text, data)
    for path, info in nodes.items():
        dict.__setitem__(doc.nodes, path, info)
    return doc


def unmask(text: str, tokens: Dict[str, str]) -> str:
    return TOKEN.sub(lambda m: tokens.get(m.group(), m.group()), text) if "{ph" in text else text


_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def encode_like(old_raw: str, new_value: str) -> str:
    """`new_value` written the way the old value was: spaces as `+` or `%20` as before, characters the old
    value wrote literally kept literal (never `&`, `#`, quotes or `<>`), everything else percent-encoded."""
    literal = {c for c in old_raw if c not in "&#\"'<>%+ \\`="} | _UNRESERVED
    space = "+" if "+" in old_raw else " " if " " in old_raw else "%20"  # a string's space stays one (build)
    out = []
    for chunk in re.split(r"(" + PLACEHOLDER.pattern + r")", new_value):
        if not chunk:
            continue
        if PLACEHOLDER.fullmatch(chunk):
            out.append(chunk)
            continue
        for ch in chunk:
            if ch == " ":
                out.append(space)
            elif ch == "+" and "+" in old_raw:
                out.append("+")  # the value is judged with its `+` as written (build)
            elif ch in literal:
                out.append(ch)
            else:
                out.extend(f"%{b:02X}" for b in ch.encode("utf-8"))
    return "".join(out)


def play_referrer(url: str, beside_own_tags: bool = False) -> Optional[Tuple[int, int, str]]:
    """A Google Play listing tagged only in its `referrer` (as Google's Play URL builder writes it): the span of
    that parameter's value in `url` and the query it carries, decoded once (`utm_source=GitHub&utm_medium=...`).
    None for any other URL, or a listing whose own query has a utm parameter. `beside_own_tags`: the referrer of a
    listing tagged in both places (its own query for Play Console, its referrer for GA4: stranger9 R18), None
    when the referrer is written unencoded (play-referrer-unencoded says what it lost)."""
    from ..urls import play_listing, unquote

    if not play_listing(url) or "?" not in url:
        return None
    if beside_own_tags:
        from ..checks.tracking.play_referrer import play_referrer_unencoded

        if play_referrer_unencoded(url):
            return None
    start = url.index("?") + 1
    end = url.find("#", start)
    end = len(url) if end < 0 else end
    span = None
    offset = start
    for field in url[start:end].split("&"):
        name, eq, _ = field.partition("=")
        name = unquote(name).lower()
        if name.startswith("utm_") and not beside_own_tags:
            return None
        if name == "referrer" and eq and span is None:
            span = (offset + len(field) - len(field.partition("=")[2]), offset + len(field))
        offset += len(field) + 1
    if span is None:
        return None
    carried = unquote(url[span[0]:span[1]])
    if not any(unquote(f.partition("=")[0]).lower().startswith("utm_") for f in carried.split("&")):
        return None
    return span[0], span[1], carried
