"""UTM316 utm-useless-destination: utm tags on a platform page whose owner never sees them, or on a file download
(the list: destinations.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, List

from ...registry import Report, rule
from .fields import _fragment_fields, _fragment_without, _utm_name, _without, Field, parts, UrlProblem
from .report import _report
from .second_question_mark import swallowed_keys
from .copied import _copied_tags
from .internal_link import _ga4_key
from .destinations import downloaded_file, useless_destination, useless_reason

if TYPE_CHECKING:
    from ...engine import Context
    from ...model import Link


def _swallowed_fields(url: str) -> List[Field]:
    """Each `?utm_...=value` written after the query's own `?` (url-second-question-mark), as a field from its
    `?` to the end of the field holding it (so that removing it leaves the holder's own value)."""
    return [Field(at, holder.end, key, url[at + 2 + len(key):holder.end], at + 2 + len(key), key)
            for at, key, holder in swallowed_keys(url)]


_APP_STORE = frozenset({"apps.apple.com", "itunes.apple.com"})  # App Analytics reads its own `pt=`, `ct=`
# A network's share page (`twitter.com/intent/tweet?url=...`): the visitor posts the address its `url=` (or `u=`)
# names; tags in the share page's own query go to the network with the share, never to the page shared, whose own
# address is the one to tag, before it is encoded (newuser48c F3: a Shopify theme's tweet button was told to add a
# campaign to them). By host, the share pages' paths.
_X_SHARE = ("/intent/tweet", "/intent/post", "/share")
_SHARE_PAGES = {"twitter.com": _X_SHARE, "x.com": _X_SHARE, "facebook.com": ("/sharer/sharer.php", "/sharer.php"),
                "linkedin.com": ("/sharing/share-offsite", "/sharearticle")}


def _share_page(host: str, url: str, info) -> str:
    """The parameter naming the shared address (`url`, `u`) when `url` is a network's share page, else ""."""
    paths = _SHARE_PAGES.get(host)
    if not paths:
        return ""
    from urllib.parse import urlsplit

    try:
        path = urlsplit(url.strip()).path.rstrip("/").lower()
    except ValueError:
        return ""
    if path not in paths:
        return ""
    return next((f.name.strip() for f in info.query if f.name.strip().lower() in ("url", "u")), "")


def utm_useless_destination(url: str, fetched_by: str = "") -> List[UrlProblem]:
    """utm tags on a link to a platform page whose owner never sees them (rules/useless-destinations.txt), or, with
    `fetched_by`, on a file that package manager downloads (a Homebrew formula's `url`: scan.downloads, read from the
    file the link is written in)."""
    if "utm" not in url.lower():
        return []
    host = useless_destination(url)
    if host is None and fetched_by:
        from .fields import _hostname

        host = _hostname(url.strip())
        host = host[4:] if host.startswith("www.") else host
    if not host:
        return []
    info = parts(url)
    query = [f for f in info.query if _utm_name(f.name.strip())]
    swallowed = _swallowed_fields(url)
    fragment = _fragment_fields(url, info.hash_at) if info.hash_at != -1 else []
    found = sorted(query + swallowed + fragment, key=lambda f: f.start)
    if not any(_ga4_key(f.name) for f in found):
        return []  # a `utm_`-named key GA4 never reads is no campaign tag
    # imported for a tagged link to a listed page only: a one-file lint's start-up need not load copied-tracking's
    # readings (copied.copied_tracking) nor the Sponsors page's (tests/test_startup.py)
    from .copied_destination import _snippet_of_destination
    from .sponsors import REASON as SPONSORS_REASON, sponsors_advice, sponsors_page

    if _snippet_of_destination(url, info.query):
        return []  # the platform's own embed code (Instagram's `ig_embed`): the page's owner wrote them, for itself
    names = list(dict.fromkeys(f.name.strip().lower() for f in found))
    shown = ", ".join(f"`{n}`" for n in names)
    measure = ("use App Store Connect's own campaign link instead, `pt=` and `ct=` from its Campaign Generator"
               if host in _APP_STORE else "link to a page whose analytics you read")
    sponsors_fix = None
    account = sponsors_page(url)
    shared = _share_page(host, url, info) if account is None else ""
    message = (f"{shown} on a link to {host}: utm tags are read only by the analytics of the site a visitor lands on, "
               f"and {useless_reason(url, host)}, so these measure nothing for you or for the page's owner; completing "
               f"or respelling them would be wasted work (remove them, or keep them: they harm nothing; to measure "
               f"this traffic, {measure})")
    if account is not None:  # GitHub Sponsors reads its own `metadata_` parameters (corpus 29 #15)
        advice, sponsors_fix = sponsors_advice(url, [(f.name.strip(), f.value) for f in query])
        message = (f"{shown} on a link to {account}'s GitHub Sponsors page: utm tags are read only by the analytics "
                   f"of the site a visitor lands on, and {SPONSORS_REASON}, so these measure nothing for "
                   f"you or for the maintainer; completing or respelling them would be wasted work; {advice}")
    elif shared:
        message = (f"{shown} on {host}'s share page: the visitor shares the address in `{shared}=`, "
                   f"and these tags go to {host} with the share, never to the page shared, so they measure nothing; "
                   f"completing or respelling them would be wasted work (to measure the shares, tag the shared address "
                   f"itself, before it is encoded, and remove these)")
    elif fetched_by and downloaded_file(url) is None:
        message = (f"{shown} on a file {fetched_by} downloads from {host} (a formula's or cask's `url`): no browser "
                   f"opens it and no page loads, so no analytics tag (GA4's) reads a visit's utm values, and no GA4 "
                   f"report shows them; completing or respelling them for GA4 would be wasted work (remove them, or "
                   f"keep them if your download server's logs read them: they harm nothing; to measure installs in "
                   f"GA4, tag the links to your install page instead)")
    elif downloaded_file(url) is not None:
        message = (f"{shown} on a link to {host}: utm tags are read only by the analytics of the page a visitor lands "
                   f"on, and {useless_reason(url, host)}, so no GA4 report shows them; completing or respelling them "
                   f"for GA4 would be wasted work (remove them, or keep them if your download server's logs read "
                   f"them: they harm nothing; to measure this traffic in GA4, tag the links to the page the file is "
                   f"offered on: with enhanced measurement on, GA4 records the download as that page's `file_download` "
                   f"event, credited to the visit's campaign)")
    unsafe = url
    for field in sorted(swallowed, key=lambda f: f.start, reverse=True):
        unsafe = unsafe[:field.start] + unsafe[field.end:]
    unsafe = _without(unsafe, [f for f in parts(unsafe).query if _utm_name(f.name.strip())])
    at = unsafe.find("#")
    if at != -1:
        unsafe = unsafe[:at] + _fragment_without(unsafe, at, _fragment_fields(unsafe, at))
    if sponsors_fix is not None and not fragment and not swallowed:
        unsafe = sponsors_fix
    return [UrlProblem("utm-useless-destination", found[0].start, found[-1].end, message, None,
                       unsafe if unsafe != url else None)]


@rule(code="UTM316", name="utm-useless-destination", severity="info", target="link", fix="unsafe")
def utm_useless_destination_rule(link: Link, ctx: Context) -> Iterator[Report]:
    """The link's utm tags go to a platform page whose owner is never shown them.

    ## What it does
    Finds utm tags on a link to someone's page on a platform whose analytics the page's owner reads only through
    the platform's own dashboard, which counts visits by referring site or by the platform's own surfaces and never
    shows a visit's utm values: a GitHub repository or profile (`github.com/owner/repo`, gists), a LinkedIn company
    page, profile or post, an X/Twitter or Facebook page or group, an Instagram profile, a YouTube video or channel
    (`youtu.be` too), a Discord invite, a Crunchbase profile, a Telegram link, a Threads, TikTok, Bluesky or Mastodon
    profile (on Mastodon's large servers), a subreddit, a Slack invite, a WhatsApp chat (`wa.me`), a Warpcast cast or
    profile, an npm, PyPI or Docker Hub package page, a plugin or theme in WordPress.org's directory, a podcast on
    Spotify or Apple Podcasts, an App Store listing (App Store Connect reads its own `pt=`/`ct=` campaign link, which
    the note names, never utm), a GitHub Sponsors profile or checkout page (`github.com/sponsors/<account>`: its
    sponsorships export records GitHub's own `metadata_` parameters, and the note writes the link's values so,
    `metadata_source=blog`, when GitHub accepts them: letters, digits, `-` and `_`). Also a link to a file on any site (an archive, an installer, a package, a PDF:
    `.../snapshot.tar.zst?utm_source=docs`): no page loads, so no analytics tag runs to read the tags (GA4 counts a
    download only on the page linking to it). `utmlint scan` also reads a Homebrew formula's or cask's `url` stanza
    as the file brew downloads, with or without a file extension (`url "https://downloads.example.com/cli/v1/cli-macos
    ?utm_source=homebrew"` in `Formula/cli.rb`: scan.downloads). The list, with where each claim comes
    from, is `rules/useless-destinations.txt`; it leaves out a user's own site on a platform (`user.github.io`, a
    custom domain), the platform's own site (`github.com/features`, `discord.com/blog`: the platform reads those),
    and platforms whose owner dashboard does read tags (Google Play's acquisition reports, the Chrome Web Store's
    Google Analytics, Substack's). Tags copied from someone else's share or newsletter
    are copied-tracking's to report, not this rule's. `utmlint scan` and `validate_url` (the MCP `validate_link`)
    give this one finding for the link: no advice to complete the tags, respell them, move them out of a `#` or
    change their medium (that would be work for nothing); a link in a code comment or in a collection of other
    people's links gets none. In a campaign file (and `utmlint build`) a tracked link to such a page is reported
    too, since utmlint would add the tags itself: leave it untracked (`track: false`, which
    missing-tracking-on-external-link accepts there). It is a note (`info`: the tags harm nothing, so it never
    fails a run). In a campaign file, `utmlint lint --fix --unsafe-fixes` removes tags written in its `url:`;
    `utmlint scan` attaches no fix (remove the tags by hand, or keep them), and `validate_url` gives the URL
    without them as an unsafe fix.

    ## Why is this bad?
    utm tags are read only by the analytics of the site a visitor lands on. A sponsor's GitHub profile tagged
    `utm_source=goreleaser&utm_medium=sponsor`, or a vendor's LinkedIn page tagged `utm_source=cncf`, lands on a
    page whose owner sees GitHub's or LinkedIn's dashboard: nobody who wrote the tags or is meant to read them ever
    sees them. They measure nothing, and keeping them "right" is wasted effort; to measure this traffic, send
    visitors to a page of a site whose analytics you read.

    ## Example
    ```yaml
    campaign: sponsors-page
    source: website
    medium: referral
    links:
      - url: https://github.com/acme/widgets?utm_source=website&utm_medium=sponsor
        track: false
    ```

    ## Use instead
    ```yaml
    campaign: sponsors-page
    source: website
    medium: referral
    links:
      - url: https://github.com/acme/widgets
        track: false
    ```
    """
    if not link.is_web:
        return
    url = link.url.strip()
    if "utm" in url.lower():
        problems = utm_useless_destination(url)
        if problems:
            if not _copied_tags(link, ctx):
                yield from _report(link, ctx, problems)
            return
    host = useless_destination(url) if link.tracked and any(link.params.values()) else None
    if host is not None:  # a tracked link of a campaign file (or `utmlint build`): utmlint would add the tags itself
        tags = "&".join(f"{param}={value}" for param, value in link.params.items() if value)
        yield ctx.report(f"utmlint adds `{tags}` to this link to {host}, and {useless_reason(link.url.strip(), host)}: "
                         f"the tags would measure nothing for you or for the page's owner; link to it without tags (in "
                         f"a campaign file, `track: false`)", link.pos)
