"""A link from a site's page to the site itself, read as the internal link it is: a link to the host of the site the
page is part of (on_site), a page template's navigation tag (site_navigation_tag), and a link from the site to a host
its Google tag measures as one property with it (on_linked_host); unless the visitor sends it elsewhere
(sent_elsewhere: copied for a friend, shared, written inside a share intent). Whether a file is a piece of a site's template
(linkplace.template_piece), whose outgoing links' tags are the site's own, is read from here too.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import List, NamedTuple, Optional, Tuple

from ..lazyregex import lazy_compile
from ..linkplace import template_piece  # noqa: F401  (scan.judge reads it from here)
from ..resources import rule_lines
from ..urls import split_url
from .synthetic import Synthetic, host_end


def on_site(url: str, site: str) -> bool:
    """Whether `url` is an http(s) link to the site `site` (linkplace.site_of_repository: a host, `www.` left out on
    both, or a section of the repository's owner's site: linkplace.on_repository_site)."""
    real, _ = host_end(url)
    if not real:
        return False
    from ..linkplace import on_repository_site

    parts = split_url(url)
    return on_repository_site(parts.host, parts.path, site)


# The words a utm value uses for the page's own navigation: the menu, header and footer every page of a site repeats.
_NAVIGATION = lazy_compile(r"(?:top|main|site|global)?(?:nav|navbar|navigation|menu|header|footer|masthead|sidebar"
                           r"|breadcrumbs?)")


# Words of a medium naming a channel, not a place on a page (R4): `email-footer` is an e-mail's footer.
_CHANNEL_WORDS = frozenset({"email", "mail", "mailing", "newsletter", "newsletters", "digest", "sms", "text", "push",
                            "notification", "social", "app", "inapp", "rss", "feed", "cpc", "paid", "ad", "ads",
                            "display", "print", "qr", "partner", "affiliate", "referral", "widget", "embed"})


def on_linked_host(url: str, linked) -> bool:
    """Whether `url` is an http(s) link to a host the site's Google tag measures as one property with it
    (identity.linked_hosts: the cross-domain linker's `domains`), or a host under one (identity.linked_host)."""
    if not linked:
        return False
    real, _ = host_end(url)
    if not real:
        return False
    from ..identity import linked_host

    return linked_host(split_url(url).host, linked)


def site_navigation_tag(synthetic: "Synthetic", url: str, identity, path: str = "") -> bool:
    """Whether a page template's link carries a site's own navigation click tracking: its one utm tag a medium naming
    the page's navigation (`?utm_medium=top-nav-about`, `footer`), on a link to the site of the repository's owner
    (its name is the host's: texastribune/data-visuals-create's navbar template linking www.texastribune.org/about/,
    corpus 13 #48). A link to another site names who sends the visit (a source, a campaign); a medium alone naming a
    menu is how a site counts clicks between its own pages, which utm tags on an internal link overwrite: judged as
    the internal link it is (utm-internal-link), never completed into a campaign. Asked only on a page (Judge.file_page,
    linkplace.site_page: not a README, an e-mail, program code), and not when the tags name a source or a campaign: an
    installer's footer `utm_source=opencart_install&utm_medium=footer_link` (corpus 6) is a way in from the user's own
    server.
    Never when a word of the medium names a channel (`email-footer`, `footer_email`, `newsletter_header`: an e-mail's own
    footer, whose tags are the e-mail's attribution), nor in a repository or folder of e-mails or newsletters
    (texastribune/newsletters' `templates/issue-1.html` with `utm_medium=footer`): an e-mail's link to the site is
    external traffic to be tagged, never internal navigation (stranger14 R4)."""
    if identity is None or set(synthetic.fields) != {"utm_medium"}:
        return False
    words = re.findall(r"[a-z]+", synthetic.fields["utm_medium"].value.lower())
    if not any(_NAVIGATION.fullmatch(word) for word in words) or _CHANNEL_WORDS.intersection(words):
        return False
    from ..linkplace import EMAIL_PLACE

    places = set(re.findall(r"[a-z]+", (identity.slug.partition("/")[2] + "/" + path.replace("\\", "/").rpartition("/")[0])
                            .lower()))
    if EMAIL_PLACE.intersection(places):
        return False
    from ..identity import normalize, site_name

    real, _ = host_end(url)
    if not real:
        return False
    owner = normalize(identity.slug.partition("/")[0])
    return len(owner) >= 4 and normalize(site_name(split_url(url).host)) == owner


# Words a utm value uses for the site itself, beside a navigation word (`utm_source=footer&utm_medium=website`).
_SITE_WORDS = frozenset({"website", "site", "web", "webpage", "homepage", "www", "top", "main", "global", "bottom",
                         "primary"})


def site_own_tags(synthetic: "Synthetic", path: str = "") -> bool:
    """Whether a link's utm_source and utm_medium say, both of them and in nothing else, that the link sits in the
    site's own navigation: one names the menu, header or footer every page repeats, the other that or the site itself
    (`utm_source=footer&utm_medium=website`, `utm_source=website&utm_medium=nav`: newuser43 F5, a site's footer
    linking its careers page). Asked (scan.judge) of a link to a host the config's `own-hosts` names itself, not a
    subdomain, from a file not known to be on another site, or to the site the repository publishes (its CNAME) from a
    component its pages are rendered from (linkplace.rendered_on_site: Judge.file_template_site): such tags describe a click between the site's pages,
    which they would re-credit to the site itself (utm-internal-link), whatever file the footer is written in (a
    component outside `pages/`). Not when a word names a channel or another property (`utm_medium=footer&utm_source=
    docs.cypress.io`, a docs site's footer linking the main site, measured apart: corpus 10), nor in a folder of
    e-mails (an e-mail's footer is external traffic)."""
    source, medium = synthetic.fields.get("utm_source"), synthetic.fields.get("utm_medium")
    if source is None or medium is None:
        return False
    words = re.findall(r"[a-z]+", f"{source.value} {medium.value}".lower())
    if not words or not any(_NAVIGATION.fullmatch(word) for word in words) or \
            not all(_NAVIGATION.fullmatch(word) or word in _SITE_WORDS for word in words):
        return False
    from ..linkplace import EMAIL_PLACE

    return not EMAIL_PLACE.intersection(re.findall(r"[a-z]+", path.replace("\\", "/").rpartition("/")[0].lower()))


def names_an_outside_channel(url: str) -> bool:
    """Whether a link's tags put its visit in a channel that comes from outside the site (GA4's Email, Paid Social,
    Organic Search...: any but Unassigned and Referral). Said of a link to the site's own host in its content kept as
    data (linkplace.site_content), where a team's own link sheet (`data/links.yaml`: its newsletter's and ads' links)
    lives too: such tags are a campaign's, placed elsewhere, and are judged as one, never told to go (review of session
    39: a CNAME-known host's `data/links.yaml` was told to strip its e-mail and paid-social tags). A post's product
    link tagged `utm_source=blog&utm_medium=tutorial` (Unassigned: corpus 27 #51-#58) stays a link between pages."""
    from ..channels import UNASSIGNED, channel_of
    from .snippets import first_values

    values = first_values(url)
    channel = channel_of(values.get("utm_source"), values.get("utm_medium"), values.get("utm_campaign"))
    return channel not in (UNASSIGNED, "Referral")


# A medium naming the site's feed (`feed`, `rss`, `atom`, `rss-feed`): the link is written into a feed's items
_FEED_MEDIUM = re.compile(r"(?:rss|atom|feed)(?:[ _-]?(?:feed|items?))?", re.IGNORECASE)


def fed_out(url: str) -> bool:
    """Whether a link's utm_medium says it is sent in the site's feed (`utm_medium=feed`, `rss`, `atom`): a feed's item
    is read in a feed reader, off the site, so its link home is a way in from outside, not a link between the site's
    pages (Citation et Proverbe's feed action writes each item's description with `<a href="https://www.citation-et-
    proverbe.fr/?utm_source=feed&utm_medium=feed&utm_campaign=feed">`, corpus 45 #63: told utm-internal-link, whose
    advice to remove the tags loses the feed's attribution). Its values are judged as a campaign link's (`feed` is a
    medium GA4 files under Unassigned)."""
    from .snippets import first_values

    medium = first_values(url).get("utm_medium")
    return bool(medium) and _FEED_MEDIUM.fullmatch(medium.strip()) is not None


@lru_cache(maxsize=1)
def _shared_lists():
    """rules/shared-links.txt: the calls a link sent elsewhere is passed to, and the words of a name holding one."""
    calls, words = set(), set()
    for entry in rule_lines("shared-links.txt"):
        kind, _, value = entry.partition(":")
        (calls if kind.strip() == "call" else words if kind.strip() == "word" else set()).add(value.strip())
    return frozenset(calls), frozenset(words)


# The call a link is passed to, right before it (`writeText(`, `encodeURIComponent(\``, `share({ title, url: `),
# a template's `${encodeURIComponent(` included; the name it is assigned to (`const shareUrl = \``, `inviteLink: "`,
# `data-share-url="`); a parameter of another link's query (`https://twitter.com/intent/tweet?url=`).
_CALLED = re.compile(r"([A-Za-z_$][\w$]*)\s*\(\s*(?:\{[^{}()]*?\b[\w$]+\s*:\s*)?[`'\"]?$")
_ASSIGNED = re.compile(r"(?:^|[^\w$.-])([A-Za-z_$][\w$-]*)[`'\"]?\s*(?:=|:)\s*[`'\"]?$")
_IN_QUERY = re.compile(r"\bhttps?://([^/?#\s'\"`<>]+)[^\s'\"`<>]*?[?&][\w.-]+=\s*$")
_NAME_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_LINES_AFTER = 8  # how far below its assignment a variable's call is read (the function's next lines)
_AFTER_REACH = 2000  # and in characters at most: a minified file's one line would be read to its end for each link


# The page naming its own address: an HTML `<link rel="canonical">`, an `og:url` or `twitter:url` meta tag (the tag
# holding the link: its `<` before it, its `>` after it, attributes in any order), or a key named for it in a page's
# front matter or a framework's metadata (`canonical_url:`, `canonical:`, `canonicalURL =`, Next.js' `alternates: {
# canonical: "..." }`), on the link's own line just before it.
_ADDRESS_TAG = lazy_compile(r"""<(?:link\b[^<>]*\brel\s*=\s*["']?canonical\b|meta\b[^<>]*\b(?:property|name)\s*=\s*["']?"""
                            r"""(?:og|twitter):url\b)""", re.IGNORECASE)
_ADDRESS_KEY = lazy_compile(r"""(?:^\s*|[{,]\s*)["']?(?:canonical(?:[_-]?(?:url|uri|link|href))?|og:url)["']?\s*[:=]\s*"""
                            r"""[\[{(]?\s*["'`]?$""", re.IGNORECASE)


def page_address(text: str, start: int, end: int) -> bool:
    """Whether the URL written at `start`..`end` of `text` is the address a page gives as its own: its canonical link,
    its `og:url` (newuser46 F14: `<link rel="canonical" href="https://acme.io/pricing?utm_source=newsletter&...">` was
    "All clean", and a blog post's front matter `canonical_url: ...?utm_source=Blog&utm_medium=referral` was told to add
    a utm_campaign). Search engines index that address and share previews link it, so the visits they send arrive
    carrying its tags, credited to them instead of Organic Search or the share: the tags are the site's own on its own
    page, utm-internal-link's to remove, never a campaign's to complete."""
    line_start = text.rfind("\n", 0, start) + 1
    if _ADDRESS_KEY.search(text[max(line_start, start - 80):start]):
        return True
    opened = text.rfind("<", max(0, start - 400), start)
    if opened == -1 or ">" in text[opened:start]:
        return False
    closed = text.find(">", end, end + 400)
    return closed != -1 and _ADDRESS_TAG.match(text, opened) is not None and "<" not in text[end:closed]


def sent_elsewhere(text: str, start: int, url: str) -> bool:
    """Whether the link written at `start` of `text` is sent elsewhere by the visitor rather than followed on the
    page: the text right before it on its line passes it to a call that copies, shares or encodes it
    (`navigator.clipboard.writeText(`, `navigator.share({url: `, `encodeURIComponent(`: rules/shared-links.txt), writes
    it inside another site's link (`twitter.com/intent/tweet?url=`, `facebook.com/sharer/sharer.php?u=https%3A...`),
    or assigns it to a name saying so (`shareUrl`, `inviteLink`, `data-share-url`), or to a variable passed to such a
    call on the lines below (`const link = ...; navigator.clipboard.writeText(link)`). Such a link reaches a friend or
    a reader with no referrer from the site: its tags are the team's campaign tags, judged as any outbound campaign
    link's, never utm-internal-link's. Navigation (`window.location.href = ...`, an `<a href>` on the page) is not."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 300):start]
    calls, words = _shared_lists()
    called = _CALLED.search(before)
    if called is not None and called.group(1).lower() in calls:
        return True
    in_query = _IN_QUERY.search(before)
    if in_query is not None:
        outer = in_query.group(1).lower().removeprefix("www.")
        inner = split_url(url).host.lower().removeprefix("www.") if host_end(url)[0] else ""
        if outer != inner:
            return True
    assigned = _ASSIGNED.search(before)
    if assigned is None:
        return False
    name = assigned.group(1)
    if any(word.lower() in words for word in _NAME_WORD.findall(name)):
        return True
    if not re.fullmatch(r"[A-Za-z_$][\w$]*", name):
        return False
    end = start
    for _ in range(_LINES_AFTER + 1):
        found = text.find("\n", end + 1)
        if found == -1:
            end = len(text)
            break
        end = found
    after = text[start:min(end, start + _AFTER_REACH)]
    passed = re.compile(r"([A-Za-z_$][\w$]*)\s*\(\s*(?:\{[^{}()]*?\b[\w$]+\s*:\s*)?" + re.escape(name)
                        + r"(?![\w$])")
    return any(match.group(1).lower() in calls for match in passed.finditer(after))


# A Markdown file's front matter, its first `---` block
_FRONT_MATTER = lazy_compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
# Zenn's article keys (zenn-cli's `articles/<slug>.md`: `emoji:`, `type: "tech"` or `"idea"`, `topics:`), each on a
# line of its own
_ZENN_KEY = lazy_compile(r"^(emoji|type|topics)[ \t]*:[ \t]*(.*?)[ \t]*$", re.MULTILINE)


def published_elsewhere(path: str, text: str) -> str:
    """The host a file of the repository is published on instead of the repository's own site, or "": a Zenn article
    (zenn-cli's layout: a Markdown file in the repository's root `articles/` folder whose front matter has Zenn's
    `emoji:`, `type: "tech"` (or `"idea"`) and `topics:`), which zenn.dev publishes from the repository it is
    connected to (zenn.dev/zenn/articles/connect-to-github). Its links to the repository's blog leave zenn.dev for the
    blog, a referral the tags rightly mark, not a link between the blog's pages (takashi-endo2023/taka-techblog keeps its
    Astro blog and its Zenn articles in one repository; each article opens `この記事は [taka-techblog](https://www.taka-
    techblog.com/blog/<slug>?utm_source=zenn&utm_medium=referral) にも掲載しています`, corpus 39 #43-#49, told
    utm-internal-link). `path`: the file's path below the repository's root."""
    if not zenn_article_path(path):
        return ""
    front = _FRONT_MATTER.match(text)
    if front is None:
        return ""
    keys = {key: value.strip("\"' ").lower() for key, value in _ZENN_KEY.findall(front.group(1))}
    if len(keys) == 3 and keys["type"] in ("tech", "idea"):
        return "zenn.dev"
    return ""


def zenn_article_path(path: str) -> bool:
    """Whether `path` (below the repository's root) is where zenn-cli keeps an article: `articles/<slug>.md`."""
    parts = path.replace("\\", "/").split("/")
    return len(parts) == 2 and parts[0] == "articles" and parts[1].lower().endswith((".md", ".markdown"))


# A template slot standing for a whole value (`${utmSource}`, `{utm_source}`, `{{ utm_source }}`, `$utmSource`) and
# what it holds: a name or an expression (`${urlParams.get('utm_source')}`).
_SLOT = lazy_compile(r"\$\{\s*([^{}]+?)\s*\}|\{\{?\s*([^{}]+?)\s*\}?\}|\$([A-Za-z_][\w.]*)")
# An expression reading a key of the page's own address (`urlParams.get('utm_source')`, `searchParams.get(...)`,
# `router.query.utm_source`, `params['utm_source']`, `$_GET['utm_source']`, `request.args.get("utm_source")`).
_QUERY_READ = lazy_compile(r"(?:\.get\s*\(|\[|\.)\s*[`'\"]?(utm_[a-z]+)[`'\"]?", re.IGNORECASE)
_QUERY_WORDS = lazy_compile(r"search|query|param|args|location|_GET|_REQUEST|url", re.IGNORECASE)
_FORWARD_REACH = 3000  # how far above the link its slots' assignments are looked for (the component's opening)
# A string literal in an expression (`|| 'google'`, `?? "cpc"`, `or "paid"`, `: 'brand'`, `.get("utm_source", "x")`)
_LITERAL = lazy_compile(r"`([^`$]*)`|'([^'\\]*)'|\"([^\"\\]*)\"")
# A page named for the ads that reach it (`PaidLanding.jsx`, `ads-landing.html`, `ppc/index.tsx`): its words
_PAID_PAGE_WORDS = frozenset({"paid", "ads", "ad", "ppc", "cpc", "sem", "adwords"})
_LANDING_WORDS = frozenset({"landing", "lp", "lander"})
# a default naming a paid channel (GA4's paid mediums `cpc`, `ppc`, `paid...`, `retargeting`; `ads`, `display`)
_PAID_DEFAULT = lazy_compile(r"(?:.*cp.*|ppc|retargeting|paid.*|ads?|adwords|google_?ads|display|banner)",
                             re.IGNORECASE)


class Forwarding(NamedTuple):
    """A template link whose every utm tag is a slot filled from the page's own address with the same key
    (forwarding): `forwarded` when it cannot write a tag the visit did not bring; `writes`: what each tag is when
    the visit came without it, where that is a value (`(("utm_source", "google"), ...)`: the file's default, or
    `null`/`undefined`/`None`, what a template writes for a key the address lacks)."""
    forwarded: bool
    writes: Tuple[Tuple[str, str], ...] = ()


def forwarded_tags(text: str, url: str, start: int, path: str = "") -> bool:
    """Whether a relative template link passes on the tags the visit arrived with and cannot write one it did not
    bring (forwarding(...).forwarded): every utm tag a slot the file fills from the page's own address with the same
    key (`/signup?utm_source=${utmSource}` under `const utmSource = urlParams.get('utm_source') || ''`; or the slot
    reads it itself, `${params.get('utm_source')}`) and no slot with a default of the file's own. Nothing is
    overwritten: utm-internal-link's advice, to remove them, would lose the campaign where the app records it."""
    reading = forwarding(text, url, start, path)
    return reading is not None and reading.forwarded


def forwarding(text: str, url: str, start: int, path: str = "") -> Optional[Forwarding]:
    """How a template link passes on the visit's own tags (Forwarding), or None when a slot is filled otherwise (a
    constant, a function's argument, another key's value, a literal tag beside the slots: the file's own values).

    A slot whose reading has a default (`urlParams.get('utm_source') || 'google'`, `?? 'cpc'`, `or "paid"`, a
    conditional with a literal) writes it for every visitor who came without tags, on a page anyone reaches from
    search or a bookmark: the sign-up is credited to the default's campaign and the visit's own source overwritten
    (review44 F4), so it is no forwarding. Without a default a key the address lacks is written as `null` (JavaScript's
    `URLSearchParams.get`), `undefined` (a router's query) or `None` (Python): every untagged visit filed under
    Unassigned, unless the file adds the tag only when present (`utmSource ? ... : ...`, `if (utmSource)`, `&&`).
    An empty default (`|| ''`) writes nothing GA4 reads. A page named for the ads that reach it (`PaidLanding.jsx`)
    whose default names a paid channel (`|| 'paid'`, `|| 'cpc'`) is reached by an ad's visitors only: its default
    is the ad's, and the link is forwarding (corpus 38 #51, DoughPop)."""
    from ..checks.tracking.fields import query_fields

    fields = [f for f in query_fields(url) if f.name.strip().lower().startswith("utm_")]
    if not fields:
        return None
    above = text[max(0, start - _FORWARD_REACH):start]
    python = path.lower().endswith((".py", ".pyi", ".ipynb"))
    writes: List[Tuple[str, str]] = []
    defaults: List[str] = []
    for field in fields:
        key = field.name.strip().lower()
        slot = _SLOT.fullmatch(field.value.strip())
        if slot is None:
            return None
        held = next(group for group in slot.groups() if group)
        if _reads_key(held, key):
            expression, after = held, ""
        else:
            name = held.strip()
            if not re.fullmatch(r"[A-Za-z_$][\w$]*", name):
                return None
            assigned = list(re.finditer(r"(?<![\w$.])" + re.escape(name) + r"\s*(?::|=(?![=>]))\s*([^\n;,]*(?:,[^\n;]*\))?)",
                                        above))
            if not assigned or not _reads_key(assigned[-1].group(1), key):
                return None
            expression, after = assigned[-1].group(1), above[assigned[-1].end():]
            after += text[start:text.find("\n", start) if "\n" in text[start:] else len(text)]
            if _guarded(name, after):
                continue  # the tag is written only when the visit brought it
        default = _default(expression, key)
        if default is None:
            writes.append((key, "None" if python else "null" if ".get" in expression else "undefined"))
        elif default:
            writes.append((key, default))
            defaults.append(default)
    if not writes:
        return Forwarding(True)
    if defaults and len(defaults) == len(writes) and _paid_page(path) and any(_PAID_DEFAULT.fullmatch(d)
                                                                             for d in defaults):
        return Forwarding(True, tuple(writes))  # an ad's landing page: its defaults are the ad's
    return Forwarding(False, tuple(writes))


def _default(expression: str, key: str) -> Optional[str]:
    """The constant an expression reading `key` falls back to ("" for an empty one: writes nothing), or None when it
    has none (the template writes `null`)."""
    found = None
    for literal in _LITERAL.finditer(expression):
        value = next((group for group in literal.groups() if group is not None), "")
        if value.strip().lower() == key:
            continue  # the key read (`.get('utm_source')`)
        if value.strip():
            return value.strip()
        found = ""
    if found is None and re.search(r"(?:\|\||\?\?|\bor\b)\s*(?:null|undefined|None)?\s*$", expression) is None and \
            re.search(r"(?:\|\||\?\?|\bor\b)", expression):
        return ""  # a default the file computes (`|| getCookie('utm_source')`): no constant of its own
    return found


def _guarded(name: str, after: str) -> bool:
    """Whether the text between a slot's assignment and its link writes the link only when the name holds a value
    (`utmSource ? `/signup?utm_source=${utmSource}` : '/signup'`, `if (utmSource)`, `utmSource && ...`)."""
    word = re.escape(name)
    return re.search(r"\bif\s*\(?\s*" + word + r"\b(?!\s*[=!<>])|(?<![\w$.])" + word + r"\s*(?:\?(?![?.])|&&)", after) \
        is not None


def _paid_page(path: str) -> bool:
    """Whether a file's name (or its folder's, for an index) says it is an ad's landing page: an ad word and a landing
    word (`PaidLanding.jsx`, `ads-landing.tsx`, `ppc-lp/index.html`)."""
    parts = path.replace("\\", "/").split("/")
    stem = parts[-1].rsplit(".", 1)[0]
    if stem.lower() in ("index", "page", "route") and len(parts) > 1:
        stem = parts[-2]
    words = {word.lower() for word in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", stem)}
    # an ad word together with a landing page's (`PaidLanding`, `ads-landing`, `ppc-lp`): a page only an ad's visitors
    # reach; an ad word alone names a paid plan's or an ads manager's page anyone reaches (review45 F4: `PaidPlans`,
    # `AdsManager`)
    return bool(words & _PAID_PAGE_WORDS) and bool(words & _LANDING_WORDS)


def _reads_key(expression: str, key: str) -> bool:
    """Whether an expression reads `key` of the page's own address (`urlParams.get('utm_source') || 'paid'`)."""
    read = _QUERY_READ.search(expression)
    return read is not None and read.group(1).lower() == key and _QUERY_WORDS.search(expression[:read.start()]) is not None
