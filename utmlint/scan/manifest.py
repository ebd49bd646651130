"""Web app manifests (`manifest.json`, `*.webmanifest`): the URLs an installed app is launched at.

A manifest's `start_url` (and a shortcut's `url`, a share target's `action`) is where the operating system
opens the site when someone launches the installed app: an entry point from outside, as a campaign link is,
not a link between two pages of the site. Its utm tags are how launches are counted, so a relative start URL
(`./?utm_source=web_app_manifest`, gohugoio/hugo's docs) is judged as a campaign's link (a missing medium is
still a finding), never as an internal link whose tags should go.

A manifest is often written by code (GoogleChromeLabs/squoosh's `src/static-build/index.tsx` builds `manifest.json`
with `start_url: '/?utm_medium=PWA&utm_source=launcher'`; corpus 7 #36 #37): in any file, the value of a
`start_url` key, and a share target's `action` in a file that has both `start_url` and `share_target`, is an entry
point too, whatever the file's name and however the key is written (`"start_url": "`, `start_url: '`, `start_url =`).

A hosting redirect table's destination is an entry point too: Firebase Hosting's and Vercel's `redirects`
(`"destination": "/server/google-cloud?utm_source=go-link&utm_medium=referral&utm_campaign=go-cloud"` in dart.dev's
firebase.json, the target of its `/go/cloud` short link; corpus 11 #30 #31), Netlify's `[[redirects]] to = "..."` and
its `_redirects` file: the outside links that reach the redirect's source (a short link shared in a talk, the URL a
command-line tool prints) land there with those tags, so they are how those visits are counted, not an internal
link's tags; their values are judged as a campaign's. Not so a destination the site tags as its own move
(`/old-pricing` -> `/pricing?utm_source=acme.dev&utm_medium=internal`, stranger11 R8): a medium saying the link is the
site's own (`internal`, `nav`), or a utm_source naming the repository's site as its domain (`acme.dev`) with no
channel of its own (a self-referral; `utm_source=acme&utm_medium=qr` on `/qr/booth` is a printed code's way in): the
old address's visitors come from search results, backlinks and bookmarks, and these tags replace where each came from. That destination is an internal link (utm-internal-link: remove them), as a link
between two pages of the site is.
"""

from __future__ import annotations

import re
from pathlib import PurePath

# the key whose string value starts right where the URL does: `"start_url": "./?utm_source=x"`
_ENTRY_KEY = re.compile(r'"(?:start_url|url|action)"\s*:\s*"$')
_LOOK_BACK = 64
# the same key written in code, YAML or TOML: quoted or not, `:` or `=`, the value's quote if any
_CODE_START_URL = re.compile(r"""(?:^|[\s{,])["']?start_url["']?\s*[:=]\s*["'`]?$""")
_CODE_ACTION = re.compile(r"""(?:^|[\s{,])["']?action["']?\s*[:=]\s*["'`]?$""")


# Firebase Hosting, Vercel and Netlify's redirect tables, and the key before a redirect's destination in the first three
# (`"destination": "`, `to = "`); in `_redirects` every URL but a line's first (its source path) is a destination
_REDIRECT_TABLES = frozenset({"firebase.json", "vercel.json", "netlify.toml", "_redirects"})
_DESTINATION = re.compile(r"""(?:"destination"\s*:\s*"|(?:^|[\s{,])to\s*=\s*["'])$""")


def redirect_table(path) -> bool:
    """Whether the file is a hosting redirect table, by its name: `firebase.json`, `vercel.json`, `netlify.toml`,
    `_redirects`."""
    return PurePath(str(path)).name.lower() in _REDIRECT_TABLES


def is_manifest(path) -> bool:
    """Whether the file is a web app manifest, by its name: `manifest.json`, `site.webmanifest`, `*.webmanifest`."""
    name = PurePath(str(path)).name.lower()
    return name == "manifest.json" or name.endswith(".webmanifest")


def entry_point(path, text: str, start: int) -> bool:
    """Whether the URL written at `start` in `text` is a web app manifest's launch URL (`start_url`, or a
    shortcut's `url` or share target's `action` in a file that has a `start_url`), in a manifest or in the code,
    YAML or TOML that writes one, a hosting redirect table's destination (redirect_table), a redirect rule's
    written in code or a server's configuration (scan.redirects.redirect_rule), or where a page's script sends every
    visitor as it loads (scan.redirects.redirect_page)."""
    before = text[max(0, start - _LOOK_BACK):start]
    name = PurePath(str(path)).name.lower()
    if name in _REDIRECT_TABLES:
        if name == "_redirects":
            return before.rpartition("\n")[2].strip() != ""  # `/go/cloud  /server?utm_source=go-link  301`
        return _DESTINATION.search(before) is not None
    if name == "manifest.json" or name.endswith(".webmanifest"):  # is_manifest
        return _ENTRY_KEY.search(before) is not None and '"start_url"' in text
    if _CODE_START_URL.search(before) is not None:
        return True
    from .redirects import redirect_page, redirect_rule

    if redirect_rule(path, text, start):  # Rack::Rewrite, a Rails route's redirect(), Next.js (corpus 29 #12)
        return True
    if redirect_page(path, text, start):  # a short link's page sending its visitors on as it loads (corpus 47 #14)
        return True
    return _CODE_ACTION.search(before) is not None and "share_target" in text and "start_url" in text


# mediums that say a link is the site's own, not where a visitor came from (compared without separators or case)
# (not `redirect`/`redir`: dart.dev's `/diagnostics/:code*` -> `?utm_source=dartdev&utm_medium=redir`, corpus 11 #30,
# counts the visits its command-line tool sends, a way in; the tags cannot tell it from a moved section)
# (not `menu`: a desktop or mobile app's Help menu opening `/menu/help` is a way in from outside the site)
_INTERNAL_MEDIUMS = frozenset({"internal", "internallink", "internallinks", "nav", "navigation", "sitenav",
                               "crosslink", "interlink", "onsite", "self"})


_DOMAIN = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}")


def self_tagged(values, names_site: bool) -> bool:
    """Whether a redirect's destination tags say it is the site's own move, not a way in from outside: a medium
    saying so (`internal`, `nav`), or (`names_site`) a utm_source naming the repository's own site, written as its
    domain (`acme.dev`), whose medium gives the visits no channel of their own (Unassigned, Referral: a
    self-referral); the brand's bare name (`acme`) with a placement's medium (`qr`, `app`) is a way in. `redirect`
    alone is no such medium: a tool's way in is tagged so too. `values`: the link's (param, value) pairs,
    `source`/`medium`/`campaign` keys."""
    values = dict(values)
    medium = re.sub(r"[^a-z0-9]", "", (values.get("medium") or "").lower())
    if medium in _INTERNAL_MEDIUMS:
        return True
    if not names_site or not _DOMAIN.fullmatch((values.get("source") or "").strip().lower()):
        # the site's DOMAIN as utm_source is a self-referral; the brand's name alone is how a team tags its own ways
        # in, each with its placement as medium: a QR code at a booth (`utm_source=acme&utm_medium=qr`), the app
        # (`app`, which GA4 files as Referral), an extension's welcome page (stranger12 R8)
        return False
    from ..channels import predict_channel

    return predict_channel(values.get("source"), values.get("medium"), values.get("campaign")).channel in (
        "Unassigned", "Referral", "Direct")


# A redirect's source path as a redirect table's line writes it before its destination (`/pagerduty  https://...  301!`,
# the destination left out of the line: scan.placement.own_line), and the host labels too common to name anyone
_SOURCE_PATH = re.compile(r"\s*(/[\w./-]*)(?:\s|$)")
_GENERIC_LABELS = frozenset({"www", "www2", "www3", "info", "go", "get", "try", "app", "apps", "my", "web", "blog",
                             "blogs", "docs", "help", "support", "shop", "store", "community", "events", "news", "learn",
                             "login", "signup", "join", "links", "link", "promo", "offers", "pages", "page", "home", "cloud",
                             "console", "dashboard", "portal", "api", "developer", "developers", "dev"})


def redirect_named_for(line: str, host: str) -> str:
    """The source of a redirect table's rule (redirect_table: the caller knows the file is one) named for the site its destination is (`/pagerduty` ->
    `www.pagerduty.com`, `/agiledevopswest` -> `agiledevopswest.techwell.com`, `/redgate` -> `red-gate.com`), read on the
    rule's line without its URLs (`line`, scan.placement.own_line), or "": a short address the team hands out for
    another party, as a podcast reads out `arresteddevops.com/pagerduty` for its sponsor. The sponsor gives the podcast
    the address to send its listeners to, with the tags it counts them by (Arrested DevOps' `static/_redirects`: Hired's
    `utm_source=podcast&utm_medium=arresteddevops`, PagerDuty's `utm_campaign=Global-Tr-FreeTrial-Display-Mediasmith-
    BrandLaunch`, TechWell's `utm_campaign=mk-adw19-arresteddevops`, corpus 15 #64 #68 #69): those values are the
    sponsor's (the lead's ruling of session 40), not the team's to respell or complete. A source named otherwise
    (`/shop`, `/docs`, `/go/cloud`) is the team's own short link, judged as a campaign's; a label too common to name a
    site (`www`, `docs`, `shop`) names none."""
    if not host:
        return ""
    found = _SOURCE_PATH.match(line)
    if not found:
        return ""
    source = found.group(1)
    last = re.sub(r"[-_.]", "", source.rstrip("/").rsplit("/", 1)[-1].lower())
    if len(last) < 4:
        return ""
    labels = [re.sub(r"[-_]", "", label) for label in host.lower().split(".")[:-1]]
    for label in labels:
        if label in _GENERIC_LABELS or len(label) < 4:
            continue
        if label.startswith(last) or last.startswith(label):
            return source
    return ""
