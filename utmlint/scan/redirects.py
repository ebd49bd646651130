"""Redirect rules written in a web server's or framework's own configuration: the destination a short or vanity path
sends its visitors to is an entry point from outside, as a hosting redirect table's is (scan.manifest).

thoughtbot/upcase's `config/initializers/rack_rewrite.rb` (corpus 29 #12) writes
`r301 "/upcase/gettingstartedwithios", "/upcase/getting-started-with-ios-development?utm_source=podcast"`: the vanity
path said in a podcast lands on the course page with the podcast's tag, its only credit; telling the author to remove
it (utm-internal-link) would move those visits to Direct. The same rule is written in:

- Rack::Rewrite (a Ruby file that names `Rack::Rewrite`): `r301`, `r302`, `r303`, `r307`, `moved_permanently`,
  `found`, `see_other`, `temporary_redirect`, the URL the rule's second argument (after the source string, `%r{...}`
  or `/.../` pattern, or a name);
- a Rails routes file (`config/routes.rb`, `config/routes/*.rb`): `get "/ios", to: redirect("/ios-course?utm_...")`;
- Next.js (`next.config.js`, `.mjs`, `.cjs`, `.ts`): a `redirects()` entry's `destination: '/landing?utm_...'`;
- the same redirect object kept in a module of its own (`{ source, destination, permanent }` or `statusCode`, the list
  next.config.js imports: Courier's redirects.js, corpus 47 #2 #3; a middleware's redirect table), in any JavaScript or
  TypeScript file: the object's shape says it is a redirect, whatever the file is called (a rewrite's object has no
  `permanent` nor `statusCode`);
- Gatsby's `createRedirect({ fromPath: '/go', toPath: '/?utm_...' })` (a Skills Fund school's printed brochure,
  corpus 47 #27);
- a short link's page whose script sends every visitor on as it loads (redirect_page: `window.location.href = url` in
  a component's mount effect, E&P Events' `/5q` in its Instagram bio, corpus 47 #14).

A destination written on the line after its key (`destination:` then the URL on a line of its own, as Prettier wraps a
long one: the CU impact report's next.config.js, corpus 47 #20 #24) is read as on the key's line.

Not a rewrite (Rack::Rewrite's `rewrite`, a Next.js `rewrites()` entry): the server serves the destination under the
source's address, so the browser, and the GA4 tag reading its address, never sees the destination's tags; those stay
read as written (a relative one as an internal link).

Not nginx's `return 301`/`rewrite` nor Apache's `Redirect`: scan reads no `.conf` or `.htaccess` file (fix29's notes).
A controller's `redirect_to` after an action (a sign-in, a form) is no such rule: it is not read here. A destination the
site tags as its own move (`utm_medium=internal`) is still an internal link (scan.manifest.self_tagged), as it is in a
hosting table.
"""

from __future__ import annotations

import bisect
from functools import lru_cache
from pathlib import PurePath
from typing import Dict, List, Optional, Tuple

from ..lazyregex import lazy_compile

_LOOK_BACK = 200  # a rule's call and its source pattern, on the URL's line

# Rack::Rewrite: the rule's name, its source (a string, a `%r{}` or `/.../` pattern, a constant or a call), a comma,
# and the destination's opening quote
_RACK_RULE = lazy_compile(
    r"""(?:^|[\s;({])(?:r30[1237]|moved_permanently|found|see_other|temporary_redirect)[ \t]*\(?[ \t]*"""
    r"""(?:"[^"\n]*"|'[^'\n]*'|%r\{[^}\n]*\}[a-z]*|%r\([^)\n]*\)[a-z]*|/(?:[^/\\\n]|\\.)+/[a-z]*"""
    r"""|[A-Za-z_][\w.:]*(?:\([^()\n]*\))?)[ \t]*,[ \t]*["']$""")
# a Rails route's `redirect(...)` (`to: redirect("/x")`, `=> redirect('/x')`)
_RAILS_REDIRECT = lazy_compile(r"""(?:^|[\s(=>:,])redirect[ \t]*\(?[ \t]*["']$""")
# Next.js: a redirect's `destination:` (quoted or not)
_NEXT_DESTINATION = lazy_compile(r"""(?:^|[\s{,])["']?destination["']?[ \t]*:[ \t]*["'`]$""")
_NEXT_CONFIG = frozenset({"next.config.js", "next.config.mjs", "next.config.cjs", "next.config.ts"})
# Gatsby: createRedirect's `toPath:`
_GATSBY_TO_PATH = lazy_compile(r"""(?:^|[\s{,])["']?toPath["']?[ \t]*:[ \t]*["'`]$""")
# the keys of a redirect object besides its destination: its source, and permanent or a status code (not a rewrite)
_REDIRECT_SOURCE = lazy_compile(r"""(?:^|[\s{,])["']?source["']?[ \t]*:""")
_REDIRECT_KIND = lazy_compile(r"""(?:^|[\s{,])["']?(?:permanent|statusCode)["']?[ \t]*:""")
_GATSBY_FROM_PATH = lazy_compile(r"""(?:^|[\s{,])["']?fromPath["']?[ \t]*:""")
_SCRIPT_SUFFIXES = frozenset({".js", ".mjs", ".cjs", ".ts", ".mts", ".cts"})
_OBJECT_REACH = 600  # a redirect object's keys around its destination


def _routes_file(path: PurePath) -> bool:
    parts = [p.lower() for p in path.parts]
    return path.name.lower() == "routes.rb" or len(parts) >= 2 and parts[-2] == "routes" and path.suffix == ".rb"


def redirect_rule(path, text: str, start: int) -> bool:
    """Whether the URL written at `start` in `text` is the destination of a redirect rule written in code or a server's
    configuration (Rack::Rewrite, a Rails route's `redirect()`, Next.js's `redirects()`, a redirect object in a module of
    its own, Gatsby's `createRedirect`): an entry point from outside, not a link between two pages of the site."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - _LOOK_BACK):start]
    path = PurePath(str(path))
    name = path.name.lower()
    if path.suffix.lower() in _SCRIPT_SUFFIXES:
        keyed = _keyed_before(text, line_start, before)
        if name in _NEXT_CONFIG and _NEXT_DESTINATION.search(keyed) is not None and text.rfind(
                "redirects", 0, start) > text.rfind("rewrites", 0, start):
            return True  # in `redirects()`, not `rewrites()`: the nearer of the two words before the URL
        if _NEXT_DESTINATION.search(keyed) is not None:
            return _redirect_object(text, start, _REDIRECT_SOURCE, _REDIRECT_KIND)
        if _GATSBY_TO_PATH.search(keyed) is not None:
            opening = text.rfind("{", max(0, start - _OBJECT_REACH), start)
            return opening >= 0 and text[max(0, opening - 40):opening].rstrip().endswith("createRedirect(") and \
                _redirect_object(text, start, _GATSBY_FROM_PATH)
        return False
    if path.suffix.lower() == ".rb" or name == "config.ru":
        if _routes_file(path) and _RAILS_REDIRECT.search(before) is not None:
            return True
        # the rule's shape on the link's line first: only then is the whole file searched for Rack::Rewrite
        return _RACK_RULE.search(before) is not None and "Rack::Rewrite" in text
    return False


# A page's script sending the browser on: `location.href = X`, `location = X`, `location.replace(X)`, `.assign(X)`
# (window's, document's, self's or top's), X the URL's opening quote or a name
_SEND = lazy_compile(r"(?<![\w$.])(?:(?:window|document|self|top)\.)?location(?:(?:\.href)?[ \t]*=(?!=)[ \t]*|"
                     r"\.(?:replace|assign)\([ \t]*)(?P<target>[A-Za-z_$][\w$]*|[\"'`])")
# the URL's literal given a name (`const targetUrl =` then the URL, on its line or the next)
_NAMED_LITERAL = lazy_compile(r"(?:^|[\s;{(])(?:const|let|var)[ \t]+(?P<name>[A-Za-z_$][\w$]*)[ \t]*"
                              r"(?::[^=\n]{1,60})?=[ \t]*[\"'`]\Z")
# What runs a statement as the page loads, not when the visitor does something: a component's mount effect
# (React's useEffect, Vue's onMounted, Svelte's onMount, a class's componentDidMount) or the document's load event
_ON_LOAD = lazy_compile(r"\buse(?:Layout)?Effect[ \t]*\(|\bonMount(?:ed)?[ \t]*\(|\bcomponentDidMount\b|"
                        r"\bDOMContentLoaded\b|\bwindow\.onload\b|addEventListener\([ \t]*[\"']load[\"']")
# and what runs it on the visitor's act instead (a click, a submit, a key, the mouse leaving, a handler's name, a
# listener for any event but the page's load)
_ON_ACT = lazy_compile(r"\bon(?:[Cc]lick|[Ss]ubmit|[Pp]ress|[Cc]hange|[Ii]nput|[Ss]croll|[Ff]ocus|[Bb]lur|"
                       r"[Kk]ey(?:[Dd]own|[Uu]p|[Pp]ress)|[Mm]ouse\w*|[Pp]ointer\w*|[Tt]ouch\w*|[Dd]bl[Cc]lick)\b|"
                       r"[\"'](?:click|submit|keydown|keyup|keypress)[\"']|\bhandle[A-Z_]\w*|"
                       r"addEventListener\([ \t]*[\"'](?!load[\"']|DOMContentLoaded[\"'])")
# the literal words each of their alternatives starts with (_spots)
_LOAD_WORDS = ("useEffect", "useLayoutEffect", "onMount", "componentDidMount", "DOMContentLoaded", "window.onload",
               "addEventListener")
_ACT_WORDS = ("onClick", "onclick", "onSubmit", "onsubmit", "onPress", "onpress", "onChange", "onchange", "onKey",
              "onkey", "onInput", "oninput", "onScroll", "onscroll", "onFocus", "onfocus", "onBlur", "onblur",
              "onMouse", "onmouse", "onPointer", "onpointer", "onTouch", "ontouch", "onDbl", "ondbl", "\"click\"",
              "'click'", "\"submit\"", "'submit'", "\"key", "'key", "handle", "addEventListener")
_LOAD_REACH = 1500  # how far above the statement its mount effect is looked for (a short page's whole script)
_SEND_REACH = 3000  # and how far below a named URL the statement sending it


def redirect_page(path, text: str, start: int) -> bool:
    """Whether the URL written at `start` is where a page's script sends every visitor as the page loads (a short
    link's page: `/5q` in an Instagram bio, corpus 47 #14, whose component's mount effect runs `window.location.href =
    targetUrl` with `const targetUrl = "https://www.eandp.events/5-questions?utm_source=instagram&..."` above it):
    an entry point from outside, as a redirect rule's destination is, its tags the visit's only credit; telling the
    author to remove them (utm-internal-link) would move those visits to Direct. The URL is the statement's own
    literal (`location.replace("...")`) or a name's (`const targetUrl = "..."`, sent by the file's statement naming it
    within _SEND_REACH below), and the statement runs in a mount effect or on the document's load (_ON_LOAD, within
    _LOAD_REACH above it), no click, submit or handler in between (_ON_ACT: `onClick={() => { window.location.href =
    "/pricing?utm_..." }}` is a link the visitor follows, still an internal one). Read from the text alone, in any file
    (scan's cache keys a file's verdicts by its bytes and kind, not its suffix); a script run at the top of a page, in
    no mount effect or load event, is not read here (a live check follows such an interstitial)."""
    script = _script(text)
    if script is None:
        return False
    sends, hooks, acts = script
    line_start = text.rfind("\n", 0, start) + 1
    keyed = _keyed_before(text, line_start, text[max(line_start, start - _LOOK_BACK):start])
    sent = None
    for sent in _SEND.finditer(keyed):  # the statement whose literal the URL opens (`location.replace("`)
        pass
    if sent is not None and sent.end() == len(keyed) and sent.group("target") in ("\"", "'", "`"):
        return _on_load(start, hooks, acts)
    named = _NAMED_LITERAL.search(keyed)
    if named is None:
        return False
    at = sends.get(named.group("name"), ())
    first = bisect.bisect_right(at, start)
    return any(_on_load(spot, hooks, acts) for spot in at[first:bisect.bisect_right(at, start + _SEND_REACH)])


@lru_cache(maxsize=4)
def _script(text: str) -> Optional[Tuple[Dict[str, List[int]], List[int], List[int]]]:
    """The file's statements sending the browser on (their target, a name or a quote -> where each is), its mount
    effects and load events, and its visitors' acts, read once a file (a minified bundle holds thousands of links);
    None when it sends the browser nowhere on load."""
    if "location" not in text:
        return None
    hooks = _spots(text, _LOAD_WORDS, _ON_LOAD)
    if not hooks:
        return None
    sends: Dict[str, List[int]] = {}
    at = text.find("location")
    while at != -1:  # each `location` looked at where it is written (the pattern run at every character of a bundle
        # was most of a scan's time on it)
        begin = max(0, at - 9)  # `document.`, the longest owner
        for found in _SEND.finditer(text, begin, min(len(text), at + 200)):
            if found.start() <= at:
                sends.setdefault(found.group("target"), []).append(found.start())
            break
        at = text.find("location", at + 8)
    for spots in sends.values():
        spots.sort()
    return sends, hooks, _spots(text, _ACT_WORDS, _ON_ACT)


def _spots(text: str, words: Tuple[str, ...], pattern) -> List[int]:
    """Where `pattern` matches in `text`, tried only where one of its literal `words` is written (each word the start of
    one of its alternatives, or inside it a few characters on), sorted: a bundle of megabytes is searched by str.find,
    not by the pattern at each of its characters."""
    found = set()
    for word in words:
        at = text.find(word)
        while at != -1:
            match = pattern.search(text, max(0, at - 2), at + len(word) + 60)
            if match is not None and match.start() <= at:
                found.add(match.start())
            at = text.find(word, at + 1)
    return sorted(found)


def _on_load(at: int, hooks: List[int], acts: List[int]) -> bool:
    """Whether the statement at `at` runs as the page loads: the nearest mount effect or load event above it within
    _LOAD_REACH, and no visitor's act (_ON_ACT) between the two."""
    nearest = bisect.bisect_left(hooks, at) - 1
    if nearest < 0 or at - hooks[nearest] > _LOAD_REACH:
        return False
    act = bisect.bisect_right(acts, hooks[nearest])
    return act >= len(acts) or acts[act] >= at


def _keyed_before(text: str, line_start: int, before: str) -> str:
    """What is written before a URL that opens its own line: the previous line's end (`destination:` alone on it, the
    URL wrapped onto the next), else the URL's own line."""
    if before.strip() not in ("\"", "'", "`"):
        return before
    previous = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    return text[previous:line_start].rstrip() + " " + before.strip()


def _redirect_object(text: str, start: int, *keys) -> bool:
    """Whether the object literal holding `start` (its braces balanced both ways, a nested object such as Next.js'
    `has: [{ type: 'host', ... }]` skipped whole: review46 F12; neither brace further than _OBJECT_REACH) names every
    one of `keys`."""
    opening = _enclosing_brace(text, start, -1)
    closing = _enclosing_brace(text, start, 1)
    if opening < 0 or closing < 0:
        return False
    body = text[opening + 1:closing]
    return all(key.search(body) is not None for key in keys)


def _enclosing_brace(text: str, start: int, step: int) -> int:
    """The index of the brace that opens (step -1) or closes (step 1) the object holding `start`, -1 if none is
    within _OBJECT_REACH."""
    inner, outer = ("}", "{") if step < 0 else ("{", "}")
    depth = 0
    at = start - 1 if step < 0 else start
    end = max(0, start - _OBJECT_REACH) if step < 0 else min(len(text), start + _OBJECT_REACH)
    while (at >= end) if step < 0 else (at < end):
        char = text[at]
        if char == inner:
            depth += 1
        elif char == outer:
            if depth == 0:
                return at
            depth -= 1
        at += step
    return -1


def named_reading(path) -> str:
    """What of the file's name its redirect rules are read by (scan's cache keys the same bytes apart by it): its name
    and, for a Rails routes file, that it is one; "" for a file this module never reads."""
    path = PurePath(str(path))
    name = path.name.lower()
    if name in _NEXT_CONFIG or path.suffix.lower() == ".rb" or name == "config.ru":
        return ":" + name + (":routes" if _routes_file(path) else "")
    return ""
