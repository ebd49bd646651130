"""Tags code writes into a link as key/value pairs, not as a URL (newuser44 F5: `url.searchParams.set("utm_medium",
"in-app")` was "All clean"). Only the shapes measured on the 569 mirrors to be a link being built for people to click
are read (session 45, /work/codekv-notes.md): 72 of 72 JavaScript `searchParams.set/append` calls with a literal utm
value in code files, 19 of 19 `URLSearchParams({...})` objects, 14 of 14 WordPress `add_query_arg(...)` calls. The
other shapes of F5, Python's `urlencode({...})` and `requests`' `params={...}`, were tests' data in all three places
the mirrors write one with a literal utm value (Ruby's `encode_www_form`, PHP's `http_build_query`, Go's `q.Set`: none
with one), and most dicts of utm keys are fixtures, mappings and code reading a visit's tags: not read.

- JavaScript/TypeScript `X.searchParams.set("utm_medium", "in-app")` (or `.append`), or on a name the file assigns
  `new URLSearchParams(...)` or `X.searchParams`; the calls on one object written one after the other (nothing but
  other calls on it, comments and blank lines between) are one tag set, a key set again starts the next;
- `new URLSearchParams({utm_source: "widget", utm_medium: "Referral"})`, an object literal of pairs;
- PHP `add_query_arg(array('utm_source' => 'plugin', ...), $url)` (or `[...]`), or `add_query_arg('utm_medium',
  'banner', $url)`.

Each tag set is one link: a value written as a plain string literal is judged where it is written (a finding points
at it, a fix rewrites the literal's text and nothing else); any other value (a variable, a call, a template) is a
placeholder, whose value nobody can know. The base URL is the one the file states (`new URL("https://x.com/signup")`
or `new URL("/engage", "https://x.com")` assigned to the object, the template literal a params object is joined to,
`` `/auth?${params}` `` an internal link, `add_query_arg(..., 'https://x.com/')`), else a stand-in host (no advice
about the host). Keys the same object gets from other calls near (a share menu's `utm_source` per network in a
switch, a conditional `utm_content`) are placeholders too, and a medium beside a source code computes is not judged
for its channel, which the source decides (the first reading told lunary's link-in-bio `utm_medium=social_bio` with
`utm_source=${slug}`, `instagram`, and portalnesia's share menu's medium, both Organic Social). missing-utm-param is
told only where the whole set is visible: an object literal without a spread, or a run of calls on a URL made from a
literal, with its base stated and no other call on it near. Reading never runs code. Lines longer than a minified
bundle's are not read (a build of the same source, or another project's)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import List, Optional, Tuple

from .core import Found

JS = frozenset({".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".vue", ".svelte", ".astro"})
PHP = frozenset({".php", ".phtml", ".inc"})
_LONG_LINE = 1000  # a line longer than this is a build's, not written by hand

_STRING = r"""(?:"[^"\\\n]*"|'[^'\\\n]*'|`[^`\\\n$]*`)"""
_KEY = r"""(?P<kq>["'`])(?P<key>utm_[A-Za-z0-9_]+)(?P=kq)"""
# `url.searchParams.set("utm_medium", ...)`: the key, the value read from the `,` on (_value); the receiver read
# backwards from the `.` (_RECEIVER, within _RECEIVER_REACH characters: a regex run forward from every name of a
# minified file's dotted chains backtracks)
_SET = re.compile(r"""\.(?:set|append)\(\s*""" + _KEY + r"""\s*,\s*""")
_RECEIVER = re.compile(r"(?<![\w$.])[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)*\Z")
_RECEIVER_REACH = 120
_ANY_SET = re.compile(r"""\.(?:set|append)\(\s*["'`]utm_""")
_SEARCH_PARAMS = re.compile(r"\??\.searchParams$")
_PARAMS_NAME = r"(?:const|let|var)?\s*{name}\s*(?::[^=\n]{{1,60}})?=\s*(?:new\s+URLSearchParams\s*\(|[A-Za-z_$][\w$.?]*\.searchParams\b)"
_OBJECT = re.compile(r"new\s+URLSearchParams\s*\(\s*\{")
_ADD_QUERY_ARG = re.compile(r"\badd_query_arg\s*\(\s*")
_PAIR_KEY = re.compile(r"""\s*(?:(?P<q>["'])(?P<key>[A-Za-z0-9_-]+)(?P=q)|(?P<bare>[A-Za-z_$][\w$]*))\s*(?P<sep>:|=>)\s*""")
_BETWEEN = re.compile(r"(?:\s|;|//[^\n]*\n|/\*.*?\*/)*", re.DOTALL)


class _Pair:
    __slots__ = ("key", "key_at", "value", "value_at", "literal")

    def __init__(self, key: str, key_at: int, value: str, value_at: int, literal: bool) -> None:
        self.key, self.key_at, self.value, self.value_at, self.literal = key, key_at, value, value_at, literal


def _expression_end(text: str, at: int, closers: str = ",)") -> int:
    """Where an argument or an object's value starting at `at` ends: the first of `closers` (or `}`/`]`) outside
    brackets and strings, on the same few lines; -1 when none is near."""
    depth = 0
    i = at
    limit = min(len(text), at + 600)
    while i < limit:
        ch = text[i]
        if ch in "\"'`":
            close = text.find(ch, i + 1, limit)
            while close > 0 and text[close - 1] == "\\":
                close = text.find(ch, close + 1, limit)
            if close < 0:
                return -1
            i = close + 1
            continue
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            if depth == 0:
                return i if ch in closers or ch in "}]" else -1
            depth -= 1
        elif ch in closers and depth == 0:
            return i
        i += 1
    return -1


def _value(text: str, at: int, closers: str, php: bool) -> Optional[Tuple[str, int, bool]]:
    """(the value's text, where it starts, whether it is a plain string literal) of the expression at `at`."""
    end = _expression_end(text, at, closers)
    if end < 0:
        return None
    raw = text[at:end].rstrip()
    match = re.fullmatch(_STRING, raw)
    if match and not (php and raw[0] == '"' and "$" in raw) and "\n" not in raw:
        return raw[1:-1], at + 1, True
    return raw, at, False


_NAME = re.compile(r"[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)*(?:\(\))?")


def _placeholder(expression: str) -> str:
    """How a value code computes is written in the link read: `${slug}` for a name, `${value}` for anything else."""
    expression = expression.strip()
    return "${" + expression + "}" if _NAME.fullmatch(expression) and len(expression) <= 40 else "${value}"


Base = Tuple[str, Tuple[int, ...]]  # the base URL's text and where each character is written


def _url(pairs: List[_Pair], base: Optional[Base], whole: bool, unknown: frozenset = frozenset()) -> Optional[Found]:
    """The link a tag set makes, each character mapped to where the text writes it. `unknown`: keys the object gets
    elsewhere (a later call on it), read as placeholders. A medium is judged for its channel only beside a source
    written as a literal: GA4 reads the source first (a social site's name files a visit under Organic Social
    whatever its medium), and a source code computes may be any (a link-in-bio route's `utm_source=${slug}`,
    `instagram` for one bio; a share menu setting `facebook`, `twitter` after the medium): such a medium is read as
    unknown too."""
    if not any(p.literal for p in pairs):
        return None
    keys = {p.key for p in pairs}
    source = next((p for p in pairs if p.key == "utm_source"), None)
    source_unknown = "utm_source" in unknown or source is not None and not source.literal
    url: List[str] = []
    offsets: List[int] = []
    first = pairs[0].key_at
    if base is not None:
        text, where = base
        url.append(text)
        offsets.extend(where)
        joint = "" if text.endswith(("?", "&")) else "&" if "?" in text else "?"
    else:
        url.append("${url}")
        offsets.extend([first] * len("${url}"))
        joint = "?"
    after = first  # where the text the last character read ends: a joint maps there, so a value's span ends at it
    for index, pair in enumerate(pairs):
        if index or joint:
            url.append("&" if index else joint)
            offsets.append(after if index else pair.key_at)
        url.append(pair.key)
        offsets.extend(range(pair.key_at, pair.key_at + len(pair.key)))
        url.append("=")
        offsets.append(pair.key_at + len(pair.key))
        literal = pair.literal and not (pair.key == "utm_medium" and source_unknown)
        written = pair.value if literal else "${value}" if pair.literal else _placeholder(pair.value)
        url.append(written)
        if literal:
            offsets.extend(range(pair.value_at, pair.value_at + len(pair.value)))
        else:
            offsets.extend([pair.value_at] * len(written))
        after = pair.value_at + len(pair.value)
    for key in sorted(unknown - keys):
        url.append(f"&{key}=${{value}}")
        offsets.extend([after] * (len(key) + 9))
    if not whole:  # other tags may come from elsewhere: an open query (missing-utm-param is not told)
        url.append("&${more}")
        offsets.extend([after] * len("&${more}"))
    offsets.append(after)
    literals = [p for p in pairs if p.literal and not (p.key == "utm_medium" and source_unknown)]
    if not literals:
        return None
    start = min(p.value_at for p in literals)
    return Found(start, max(after, start), "".join(url), tuple(offsets))


def _literal_base(text: str, quote_at: int) -> Optional[Base]:
    """The URL a string literal starting at `quote_at` writes (no escapes, no interpolation), mapped."""
    match = re.compile(r"""(["'`])(https?://[^"'`\s\\$]+)\1""").match(text, quote_at)
    if match is None:
        return None
    return match.group(2), tuple(range(match.start(2), match.end(2)))


def _without_tags(base: Optional[Base]) -> Optional[Base]:
    """A base that writes utm tags itself is read up to its query (its tags are judged where it is written)."""
    if base is None or "utm_" not in base[0]:
        return base
    cut = base[0].find("?")
    return (base[0][:cut], base[1][:cut]) if cut > 0 else None


def _long_line(text: str, at: int) -> bool:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return (len(text) if end < 0 else end) - start > _LONG_LINE


_REACH = 2000  # how far around a run of calls other calls on the same object are looked for (its function)


def _set_calls(text: str) -> List[Found]:
    calls = []  # (receiver, call start, call end, pair)
    for match in _SET.finditer(text):
        if _long_line(text, match.start()):
            continue
        receiver = _receiver_of(text, match.start())
        read = _value(text, match.end(), ")", php=False)
        if receiver is None or read is None:
            continue
        end = _expression_end(text, match.end(), ")")
        value, value_at, literal = read
        calls.append((receiver[0], receiver[1], end + 1,
                      _Pair(match.group("key"), match.start("key"), value, value_at, literal)))
    out: List[Found] = []
    starts: dict = {}  # receiver -> its calls' starts and keys, in order (the calls near a run: bisect)
    for recv, start, _, pair in calls:
        starts.setdefault(recv, ([], []))
        starts[recv][0].append(start)
        starts[recv][1].append(pair.key)
    kinds: dict = {}
    i = 0
    while i < len(calls):
        recv = calls[i][0]
        group = [calls[i]]
        j = i + 1
        while j < len(calls) and calls[j][0] == recv and calls[j][3].key not in {c[3].key for c in group} \
                and _joined(text, group[-1][2], calls[j][1], recv):
            group.append(calls[j])
            j += 1
        i = j
        first, last = group[0][1], group[-1][2]
        kind = _receiver(text, recv, first, last, kinds)
        if kind is None:
            continue
        base = _without_tags(kind) if isinstance(kind, tuple) else None
        # the same object's other calls near (a branch's `.set("utm_source", "facebook")` after the run, a
        # conditional `utm_content`): their keys are the run's too, with values it cannot know
        positions, keys_at = starts[recv]
        low, high = bisect_left(positions, first - _REACH), bisect_right(positions, last + _REACH)
        mine = {c[1] for c in group}
        near = [keys_at[k] for k in range(low, min(high, low + 50)) if positions[k] not in mine]
        keys = {c[3].key for c in group}
        unknown = frozenset(near) - keys
        whole = base is not None and base is kind and not near
        found = _url([c[3] for c in group], base, whole, unknown)
        if found is not None:
            out.append(found)
    return out


def _receiver_of(text: str, dot: int) -> Optional[Tuple[str, int]]:
    """The object a `.set(` at `dot` is called on, as written (`url.searchParams`), and where it starts."""
    floor = max(0, dot - _RECEIVER_REACH)
    match = _RECEIVER.search(text[floor:dot])
    return (match.group(), floor + match.start()) if match is not None else None


def _joined(text: str, end: int, start: int, recv: str) -> bool:
    """Only blank space, comments and other calls on the same object (`url.searchParams.delete("ref")`) between."""
    at = end
    while True:
        at = _BETWEEN.match(text, at, start).end()
        if at >= start:
            return True
        if not text.startswith(recv + ".", at):
            return False
        opened = text.find("(", at, start)
        close = _expression_end(text, opened + 1, ")") if opened > 0 else -1
        if close < 0 or close >= start:
            return False
        at = close + 1


_URL_OF = r"(?<![\w$.]){name}\s*(?::[^=\n]{{1,60}})?=\s*new\s+URL\(\s*"
_TWO_ARGUMENTS = re.compile(r"""(["'`])(/[^"'`\s\\$]*)\1\s*,\s*(["'`])(https?://[^"'`\s\\$/]+)/?\3\s*\)""")


# A URL made on the page's own address (`new URL(path, window.location.origin)`, `new URL(path, req.nextUrl.origin)`,
# `location.href`): a link between the site's own pages, or a route's redirect to one; which of them is not read from
# the call, so the set is not read (review45 F10: told "use referral" where utm-internal-link is meant)
_OWN_ORIGIN = re.compile(r"\b(?:origin|location|baseURI|getBaseUrl)\b")
# WordPress's own URLs: the admin's, the site's, or the current page (`add_query_arg(array(...))` with no URL)
_WP_OWN = re.compile(r"\s*(?:admin_url|home_url|site_url|network_admin_url|self_admin_url|get_permalink|menu_page_url)\s*\(")


def _receiver(text: str, recv: str, first: int, last: int, memo: dict):
    """What the receiver is: a base (the URL the file makes it from) for a URL's search params or a
    URLSearchParams object the file uses, True when that URL is not stated, None for anything else (a `Map`, a
    `FormData`, an object the file does not show to be a URL's params). `memo`: each name's assignments, found once
    a file."""
    search = _SEARCH_PARAMS.search(recv)
    if search is not None:
        owner = recv[:search.start()]
        if not re.fullmatch(r"[A-Za-z_$][\w$]*", owner):
            return True
        made = _last_before(memo, ("url", owner), _URL_OF.format(name=re.escape(owner)), text, first)
        if made is None:
            return True
        base = _literal_base(text, made.end())
        if base is not None and _expression_end(text, made.end(), ")") == made.end() + len(base[0]) + 2:
            return base  # `new URL("https://x.com/signup")`
        argument_end = _expression_end(text, made.end(), ")")
        if argument_end > 0 and _OWN_ORIGIN.search(text, made.end(), argument_end):
            return None  # `new URL("/pricing", window.location.origin)`: the site's own page (review45 F10)
        two = _TWO_ARGUMENTS.match(text, made.end())
        if two is not None:  # `new URL("/engage", "https://x.com")`
            host, path = two.group(4), two.group(2)
            where = tuple(range(two.start(4), two.end(4))) + tuple(range(two.start(2), two.end(2)))
            return host + path, where
        return True
    if not re.fullmatch(r"[A-Za-z_$][\w$]*", recv):
        return None
    if _last_before(memo, ("params", recv), _PARAMS_NAME.format(name=re.escape(recv)), text, first) is None:
        return None
    return _template_base(text, recv, last) or True


_URL_MADE = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*(?::[^=\n]{1,60})?=\s*new\s+URL\(\s*")
_PARAMS_MADE = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*(?::[^=\n]{1,60})?=\s*(?:new\s+URLSearchParams\s*\(|"
                          r"[A-Za-z_$][\w$.?]*\.searchParams\b)")


def _last_before(memo: dict, key, pattern: str, text: str, before: int):
    """The last assignment of the name (`key`: ("url" or "params", name)) that ends before `before`: every
    assignment of the file found in one pass, by name (a file of thousands of URL objects is read once, not once a
    name: review45 F12)."""
    kind, name = key
    if kind not in memo:
        table: dict = {}
        for match in (_URL_MADE if kind == "url" else _PARAMS_MADE).finditer(text):
            table.setdefault(match.group(1), []).append(match)
        memo[kind] = table
    found = memo[kind].get(name, [])
    at = bisect_right([m.end() for m in found], before) if len(found) < 64 else \
        bisect_right(memo.setdefault(("ends", kind, name), [m.end() for m in found]), before)
    return found[at - 1] if at else None


def _template_base(text: str, name: str, after: int) -> Optional[Base]:
    """The base URL a template literal further on joins a params object to (`` `/auth?${params}` ``,
    `` `${baseUrl}?${params.toString()}` ``): its text before the `?`, a leading `${NAME}` read from the file's
    `const NAME = "https://..."`."""
    use = re.compile(r"\?\$\{\s*" + re.escape(name) + r"(?:\.toString\(\))?\s*\}")
    match = use.search(text, after, min(len(text), after + _REACH))
    if match is None:
        return None
    opened = text.rfind("`", max(0, match.start() - 300), match.start())
    if opened < 0 or "\n" in text[opened:match.start()]:
        return None
    written = text[opened + 1:match.start()]
    if not written or "`" in written:
        return None
    where = tuple(range(opened + 1, match.start()))
    lead = re.match(r"\$\{([A-Za-z_$][\w$]*)\}", written)
    if lead is not None:
        constant = None
        for const in re.finditer(r"(?:const|let|var)\s+" + re.escape(lead.group(1)) + r"\s*(?::[^=\n]{1,60})?=\s*",
                                 text[:opened]):
            constant = _literal_base(text, const.end())
        if constant is not None:
            written = constant[0] + written[lead.end():]
            where = constant[1] + where[lead.end():]
    return written + "?", where + (match.start(),)


def _pairs(text: str, at: int, close: str, php: bool) -> Optional[Tuple[List[_Pair], bool, int]]:
    """The pairs of an object or array literal whose body starts at `at` (after its `{`, `[` or `array(`): the utm
    pairs, whether every entry is a plain `key: value` (no spread, no computed key), and where the literal ends."""
    pairs: List[_Pair] = []
    whole = True
    i = at
    for _ in range(40):
        match = _BETWEEN.match(text, i)
        i = match.end()
        if text.startswith(close, i):
            return pairs, whole, i + 1
        key = _PAIR_KEY.match(text, i)
        if key is None or php and key.group("bare"):
            # `...UTM`, `[name]: v`, a shorthand `{ utm_source }`: entries nobody can read here
            whole = False
            end = _expression_end(text, i, "," + close)
            if end < 0:
                return None
            i = end + 1 if text[end] == "," else end
            continue
        name = key.group("key") or key.group("bare")
        read = _value(text, key.end(), "," + close, php)
        if read is None:
            return None
        value, value_at, literal = read
        if name.startswith("utm_"):
            key_at = key.start("key") if key.group("key") else key.start("bare")
            pairs.append(_Pair(name, key_at, value, value_at, literal))
        end = _expression_end(text, key.end(), "," + close)
        i = end + 1 if text[end] == "," else end
    return None


_ASSIGNED = re.compile(r"(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=\n]{1,60})?=\s*$")


def _objects(text: str) -> List[Found]:
    out: List[Found] = []
    for match in _OBJECT.finditer(text):
        if _long_line(text, match.start()):
            continue
        read = _pairs(text, match.end(), "}", php=False)
        if read is None or not read[0]:
            continue
        pairs, whole, end = read
        name = _ASSIGNED.search(text, max(0, match.start() - 100), match.start())
        base, unknown = None, frozenset()
        stated = None
        if name is not None:
            stated = _template_base(text, name.group(1), end)
            base = _without_tags(stated)
            later = [m for m in _SET.finditer(text, end, min(len(text), end + _REACH))
                     if (_receiver_of(text, m.start()) or ("",))[0] == name.group(1)]
            unknown = frozenset(m.group("key") for m in later)  # `params.set("utm_content", content)` after it
        whole = whole and base is not None and base is stated and not unknown
        found = _url(pairs, base, whole, unknown - {p.key for p in pairs})
        if found is not None:
            out.append(found)
    return out


_ARRAY_OPEN = re.compile(r"(?:array\s*\(|\[)")


def _add_query_args(text: str) -> List[Found]:
    out: List[Found] = []
    for match in _ADD_QUERY_ARG.finditer(text):
        if _long_line(text, match.start()):
            continue
        at = match.end()
        opened = _ARRAY_OPEN.match(text, at)
        if opened is not None:
            close = ")" if opened.group().startswith("array") else "]"
            read = _pairs(text, opened.end(), close, php=True)
            if read is None or not read[0]:
                continue
            pairs, whole, end = read
            after = _BETWEEN.match(text, end).end()
        else:
            key = re.compile(r"\s*" + _KEY + r"\s*,\s*").match(text, at)
            if key is None:
                continue
            read = _value(text, key.end(), ",)", php=True)
            if read is None:
                continue
            value, value_at, literal = read
            pairs, whole = [_Pair(key.group("key"), key.start("key"), value, value_at, literal)], False
            after = _BETWEEN.match(text, _expression_end(text, key.end(), ",)")).end()
        stated = base = None
        if not text.startswith(",", after) or _WP_OWN.match(text, after + 1):
            continue  # the current page's URL or the site's own admin/home page: an internal link (review45 F10)
        if text.startswith(",", after):  # `add_query_arg(array(...), 'https://x.com/pricing/')`: the URL as written
            at = _BETWEEN.match(text, after + 1).end()
            stated = _literal_base(text, at)
            if stated is not None and not re.match(r"\s*\)", text[at + len(stated[0]) + 2:]):
                stated = None  # `'https://x.com/' . $path`: a base the code completes
            base = _without_tags(stated)
        whole = whole and base is not None and base is stated
        found = _url(pairs, base, whole)
        if found is not None:
            out.append(found)
    return out


def extract(text: str, suffix: str) -> List[Found]:
    """The tag sets the file's code writes as key/value pairs, each as the link it makes (sorted by where it is)."""
    if "utm_" not in text:
        return []
    out: List[Found] = []
    if suffix in JS:
        if _ANY_SET.search(text) is not None:  # one search a file before the receivers are read
            out.extend(_set_calls(text))
        if "URLSearchParams" in text:
            out.extend(_objects(text))
    elif suffix in PHP and "add_query_arg" in text:
        out.extend(_add_query_args(text))
    return sorted(out, key=lambda f: f.start)


def with_pairs(text: str, suffix: str, found: List[Found]) -> List[Found]:
    """A file's URLs with the links its key/value pairs make, in order; a set written inside a URL already read (a
    literal's own text) is left out."""
    pairs = extract(text, suffix)
    if not pairs:
        return found
    spans = [(f.start, f.end) for f in found]
    kept = [p for p in pairs if not any(s <= p.start < e for s, e in spans)]
    return sorted(found + kept, key=lambda f: f.start)
