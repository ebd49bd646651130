"""UTM5xx: how a campaign's steps and links are laid out: every step's links told apart."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Dict, Iterator, Optional, Tuple

from ..lazyregex import lazy_compile
from ..diagnostics import Edit, Fix
from ..fixes import add_key, replace_value
from ..placeholders import AD_PLATFORM_SLOT
from ..registry import Report, rule

if TYPE_CHECKING:
    from ..engine import Context
    from ..model import Campaign, Link
from ..urls import split_url, utm_pairs
from .links import invalid_url

_AD_PLATFORM_SLOT = lazy_compile(AD_PLATFORM_SLOT)


def _slug(text: str) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in text)
    return "-".join(part for part in out.split("-") if part)


def generated_content(link) -> str:
    """The utm_content a step's link should carry: the step id, plus the link's label or number when the
    step has several links. A step id written as a title (`Welcome Email`) is lowercased and its words joined by
    `-`, as the label's are: "add `content: Welcome Email`" asked for a value value-case then told to respell
    (newuser48 F12)."""
    step = link.step
    base = step.id if step is not None else "link"
    if base != base.lower() or any(c.isspace() for c in base):
        base = "-".join(base.lower().split())
    siblings = step.links if step is not None else link.campaign.links
    if len(siblings) == 1:
        return base
    suffixes = _suffixes(step if step is not None else link.campaign, siblings)
    return f"{base}-{suffixes[id(link)]}"


def _suffixes(owner, siblings) -> dict:
    """id(link) -> its suffix among its siblings (label slug or `link-N`, numbered when two share one),
    computed once per step: linear in the step's links, however many rules ask."""
    cached = owner.__dict__.get("_content_suffixes")
    if cached is not None and cached[0] == len(siblings):
        return cached[1]
    own = [_slug(s.label) if s.label else f"link-{i + 1}" for i, s in enumerate(siblings)]
    counts: dict = {}
    for suffix in own:
        counts[suffix] = counts.get(suffix, 0) + 1
    found = {id(s): (f"{suffix}-{i + 1}" if counts[suffix] > 1 else suffix)  # two "Primary CTA" links
             for i, (s, suffix) in enumerate(zip(siblings, own))}
    owner.__dict__["_content_suffixes"] = (len(siblings), found)
    return found


def has_own_content(link) -> bool:
    """Content written on the link or its step counts; one inherited from the whole campaign does not."""
    origin = link.origins.get("utm_content")
    return origin is not None and origin.path is not None and len(origin.path) > 1


@rule(code="UTM501", name="missing-step-content", severity="warning", target="link", fixable=True)
def missing_step_content(link: Link, ctx: Context) -> Iterator[Report]:
    """A link in a multi-step campaign has no utm_content of its own.

    ## What it does
    In a series or any campaign with several steps, reports tracked links to external pages that carry no
    utm_content of their own (on the link or its step).

    ## Why is this bad?
    Without per-step content GA4 shows the whole sequence as one row: nobody can tell which step drove the
    signup, which reminder worked, or which branch converted.

    ## Example
    ```yaml
    campaign: onboarding-series
    source: intercom
    medium: email
    type: series
    steps:
      - id: step-1-welcome
        links:
          - url: https://app.example.com/quickstart
      - id: step-2-tips
        links:
          - url: https://example.com/tips
            content: step-2-tips
    ```

    ## Use instead
    ```yaml
    campaign: onboarding-series
    source: intercom
    medium: email
    type: series
    steps:
      - id: step-1-welcome
        links:
          - url: https://app.example.com/quickstart
            content: step-1-welcome
      - id: step-2-tips
        links:
          - url: https://example.com/tips
            content: step-2-tips
    ```
    """
    campaign = link.campaign
    if not link.tracked or link.step is None or not campaign.is_sequence or has_own_content(link):
        return
    if campaign.doc is not None and isinstance(campaign.doc.data, dict):
        from .params import _misspelled_here

        if _misspelled_here(link).get("content", ("", ""))[1] in ("on the link", "on its step"):
            # `utm_content: day-1` (or `contnet:`) on the link: schema-violation's "did you mean `content`?" and its
            # rename are the one finding; "add `content: day-1`" beside it was the same typo told twice, with a value
            # other than the one the typo holds when they differ (newuser46 F11)
            return
    value = generated_content(link)
    fix = add_key(campaign.doc, link.path, "url", "content", value, f"add `content: {value}`")
    yield ctx.report(f"step `{link.step.id}` links to {link.url.strip()} without its own utm_content, so GA4 cannot "
                     f"tell this step's clicks from the rest of the series; add `content: {value}`", link.pos, fix=fix)


# -- UTM502-UTM506: links told apart, step-scoped, tracked where they should be and nowhere else

def _line(link) -> int:
    return link.pos.line


def _where(link) -> str:
    step = f" (step `{link.step.id}`)" if link.step is not None else ""
    return f"line {_line(link)}{step}"


def _content_pos(link):
    """The link's own `content:` if written on it, else the link's url (inherited content is shared)."""
    origin = link.origins.get("utm_content")
    if origin is not None and origin.path == link.path + ("content",):
        return link.param_pos("utm_content")
    return link.pos


@rule(code="UTM502", name="duplicate-content", severity="warning", target="campaign")
def duplicate_content(campaign: Campaign, ctx: Context) -> Iterator[Report]:
    """Two tracked links of one campaign share a utm_content.

    ## What it does
    Reports a tracked link whose utm_content (with the same source and medium) is already used by an earlier
    link of the campaign, naming that link. Content set once on a step or the campaign counts for every link it
    reaches. Two links that are identical in every parameter and URL are left to `duplicate-link`, and step
    links of a sequence with no content of their own to `missing-step-content`. A content the ad platform fills in
    with each ad's own id or name (Google Ads' `{creative}`, Microsoft Advertising's `{AdId}`, Meta's `{{ad.id}}` or
    `{{ad.name}}`), or with each ad group's (`{adgroupid}`, `{{adset.name}}`), is the granularity the team chose, filled
    in for each click: on an ad's link (a paid channel) it is not reported. The same spelling in a sending tool's
    message (Customer.io's `{{campaign.name}}`) is one value for every step, and is.

    ## Why is this bad?
    GA4 tells a campaign's links apart only by utm_content: links that share one land in the same row, so nobody
    can say whether the button or the docs link, the Pro or the Free variant, was clicked.

    ## Example
    ```yaml
    campaign: feature-launch
    source: intercom
    medium: email
    links:
      - url: https://example.com/changelog
        content: primary-cta
      - url: https://example.com/docs
        content: primary-cta
    ```

    ## Use instead
    ```yaml
    campaign: feature-launch
    source: intercom
    medium: email
    links:
      - url: https://example.com/changelog
        content: primary-cta
      - url: https://example.com/docs
        content: docs-link
    ```
    """
    first = {}
    for link in campaign.all_links:
        content = link.params.get("utm_content")
        if not link.tracked or not content:
            continue
        if link.step is not None and campaign.is_sequence and not has_own_content(link):
            continue  # inherited from the whole campaign: `missing-step-content` reports this link
        if _AD_PLATFORM_SLOT.search(content) and _ad_click(link):
            continue  # `{creative}`, `{adgroupid}`: the ad platform fills it in for each ad (placeholders.AD_PLATFORM_SLOT)
        key = (link.params.get("utm_source"), link.params.get("utm_medium"), content)
        earlier = first.setdefault(key, link)
        if earlier is link or earlier.tracked_url == link.tracked_url:
            continue
        suggestion = generated_content(link) if link.step is not None else None
        hint = f", e.g. `{suggestion}`" if suggestion and suggestion != content else ""
        yield ctx.report(f"utm_content `{content}` is already used by the link on {_where(earlier)} "
                         f"({earlier.url.strip()}), so GA4 shows both links' clicks as one row; give this link its "
                         f"own content{hint}", _content_pos(link))


def _ad_click(link) -> bool:
    """Whether a link is an ad's, whose click the ad platform fills its slots in for: its GA4 channel is a paid one
    (Paid Search, Paid Social, Display, ...) or its platform's channel for it is paid. A sending tool's slot of the same
    spelling is one value for every message (Customer.io's Liquid `{{campaign.name}}`, a template's `{variant}`): two
    steps sharing it share one GA4 row (review47 F9: such a series was "All clean")."""
    from ..platforms import PAID_GROUPS

    platform = link.campaign.platform
    channel = platform.channels.get(link.channel) if platform is not None else None
    return channel is not None and channel.paid or link.ga4_channel.channel in PAID_GROUPS


@rule(code="UTM503", name="duplicate-link", severity="warning", target="campaign")
def duplicate_link(campaign: Campaign, ctx: Context) -> Iterator[Report]:
    """The same URL with the same parameters appears twice in one campaign.

    ## What it does
    Reports a tracked link whose final tracked URL (destination plus every resolved utm parameter) is exactly
    the same as an earlier link's in the campaign, naming that link.

    ## Why is this bad?
    It is usually a copy-paste slip: the second entry was meant for another page or another button. If two
    buttons really lead to the same page, give each its own utm_content, or GA4 cannot say which one was
    clicked.

    ## Example
    ```yaml
    campaign: feature-launch
    source: intercom
    medium: email
    links:
      - url: https://example.com/changelog
        content: primary-cta
      - url: https://example.com/changelog
        content: primary-cta
    ```

    ## Use instead
    ```yaml
    campaign: feature-launch
    source: intercom
    medium: email
    links:
      - url: https://example.com/changelog
        content: primary-cta
      - url: https://example.com/changelog
        content: footer-cta
    ```
    """
    tracked = [(link, _page(link.url)) for link in campaign.all_links if link.tracked]
    pages: Dict[str, int] = {}
    for _, page in tracked:
        pages[page] = pages.get(page, 0) + 1
    first = {}
    for link, page in tracked:
        if pages[page] == 1:
            continue  # no other link of the campaign can have its tracked URL: none is built (most links)
        earlier = first.setdefault(link.tracked_url, link)
        if earlier is link:
            continue
        yield ctx.report(f"this link repeats the one on {_where(earlier)}: same url and same utm parameters, so "
                         f"GA4 cannot tell their clicks apart; remove it, or point it elsewhere or give it its own "
                         f"`content:`", link.pos)


def _page(url: str) -> str:
    """A link's URL up to its query or fragment. utmlint writes a link's tags after it, so two links whose tracked
    URLs are the same have the same page (tests/test_duplicate_link_pages.py)."""
    return url.strip().partition("#")[0].partition("?")[0]


# -- UTM504

_SEPARATORS = lazy_compile(r"(?:%20|[\s_.+/:])+")
_STEP_WORD = lazy_compile(r"\bstep-?(\d+)\b")
_STEP_NUMBER = lazy_compile(r"^step-(\d+)(?:-|$)")
# A step id's leading ordinal, a word and a number (`day-1`, `email-2`, `touch-3`): a series numbered by day, e-mail or
# touch names its steps so, as `step-N` does (stranger17 R2: `email-1-pricing` in step `email-1-welcome`)
_ORDINAL = lazy_compile(r"^([a-z]+)-(\d+)(?:-|$)")


@lru_cache(maxsize=4096)  # asked for every step id and content, which repeat across a repo's files
def _norm_slug(text: str) -> str:
    text = _SEPARATORS.sub("-", text.casefold())
    text = _STEP_WORD.sub(lambda m: f"step-{int(m.group(1))}", text)
    return "-".join(part for part in text.split("-") if part)


def _names(content: str, step_id: str) -> bool:
    return f"-{step_id}-" in f"-{content}-"


def step_scope_problem(content: str, step, steps) -> Optional[Tuple[str, str]]:
    """Why `content` does not name `step`, and the content to use instead (None when it does name it).

    It names the step when, compared case- and separator-insensitively (`_`, `.`, spaces count as `-`,
    `step3` as `step-3`), it contains the step id as whole words, or starts with the id's `step-N` prefix.
    Content that names another step of the campaign, or another step number, is always a problem.
    """
    own = _norm_slug(step.id)
    text = _norm_slug(content)
    if _names(text, own):
        return None
    other = _other_step_named(text, own, steps)
    if other is not None:
        fixed = f"-{text}-".replace(f"-{other}-", f"-{own}-", 1).strip("-")
        return f"names step `{other}`, so GA4 reports credit that step with this step's clicks", fixed
    ordinal = _ordinal(own, steps)
    if ordinal is not None:
        word, number = ordinal
        head = f"{word}-{number}"
        if text == head or text.startswith(head + "-"):
            return None
        written = _ORDINAL.match(text)
        if written is not None and written.group(1) == word and int(written.group(2)) != int(number):
            return (f"names `{written.group(0).rstrip('-')}`, not `{head}`, so GA4 reports credit {word} "
                    f"{written.group(2)} with this step's clicks"), head + text[len(written.group(0).rstrip("-")):]
    prefix = _STEP_NUMBER.match(own)
    head = f"step-{prefix.group(1)}" if prefix else head if ordinal else own
    written = _STEP_NUMBER.match(text)
    if prefix is not None:
        if text == head or text.startswith(head + "-"):
            return None
        if written is not None:
            return (f"names `step-{written.group(1)}`, not `{head}`, so GA4 reports credit step {written.group(1)} "
                    f"with this step's clicks"), head + text[len(written.group(0).rstrip("-")):]
    return ("does not name its step, so nobody reading GA4 can tell which step of the series this row "
            "is"), f"{head}-{text}"


def _ordinal(own: str, steps) -> Optional[Tuple[str, str]]:
    """The (word, number) a step id starts with (`email-1-welcome`: email, 1) when every step of the campaign is
    numbered with that word and no other step has the number: then `email-1-...` names this step and no other.
    `step-N` is read by _STEP_NUMBER as ever."""
    found = _ORDINAL.match(own)
    if found is None or found.group(1) == "step":
        return None
    word, number = found.group(1), int(found.group(2))
    numbers = []
    for other in _step_ids(steps):
        match = _ORDINAL.match(other)
        if match is None or match.group(1) != word:
            return None
        numbers.append(int(match.group(2)))
    return (word, found.group(2)) if numbers.count(number) == 1 else None


_MAX_ID_WORDS = 12  # step ids longer than this many words are not looked for inside a content value


def _step_ids(steps) -> frozenset:
    """The normalised ids of a campaign's steps, computed once per steps list (not once per link)."""
    key = id(steps)
    cached = _STEP_IDS.get(key)
    if cached is None or cached[0] is not steps or cached[1] != len(steps):
        cached = (steps, len(steps), frozenset(_norm_slug(s.id) for s in steps))
        _STEP_IDS.clear()
        _STEP_IDS[key] = cached
    return cached[2]


_STEP_IDS: dict = {}


def _other_step_named(text: str, own: str, steps) -> Optional[str]:
    """The longest id of another step that `text` contains as whole words: the content's word runs are
    looked up in the set of step ids, so the cost grows with the content's length, not with the steps."""
    ids = _step_ids(steps)
    words = [w for w in text.split("-") if w]
    best = None
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + _MAX_ID_WORDS) + 1):
            candidate = "-".join(words[i:j])
            if candidate != own and candidate in ids and (best is None or len(candidate) > len(best)):
                best = candidate
    return best


@rule(code="UTM504", name="content-not-step-scoped", severity="warning", target="campaign", fix="unsafe")
def content_not_step_scoped(campaign: Campaign, ctx: Context) -> Iterator[Report]:
    """A Series step's utm_content does not name its step.

    ## What it does
    In a Series (`type: series`, or several steps and no type), checks that the utm_content written on a step or
    its links names that step: it must contain the step id as whole words (`step-3-collab-feature`,
    `welcome-primary-cta` in step `welcome`) or start with the id's `step-N` prefix (`step-3-docs-link` in step
    `step-3-collab-feature`), or the prefix of a series numbered by another word (`email-1-pricing` in step
    `email-1-welcome`, when every step is `email-N-...` and no other is `email-1`). Case and separators do not matter. Content naming another step of the series
    (`step-2-cta` in step 3, a copy-paste slip) is always reported. Content inherited from the whole campaign is
    `missing-step-content`'s business. The fix (unsafe: it renames a GA4 value) puts the step's `step-N` prefix
    (or id) in front.

    ## Why is this bad?
    `primary-cta` in three steps means three steps' clicks in one GA4 row; the convention (`step-2-primary-cta`,
    `step-2-docs-link`) keeps every step, and every link of a step, apart.

    ## Example
    ```yaml
    campaign: onboarding-series
    source: intercom
    medium: email
    type: series
    steps:
      - id: step-1-welcome
        links:
          - url: https://app.example.com/quickstart
            content: step-1-welcome
      - id: step-2-tips
        links:
          - url: https://example.com/tips
            content: primary-cta
    ```

    ## Use instead
    ```yaml
    campaign: onboarding-series
    source: intercom
    medium: email
    type: series
    steps:
      - id: step-1-welcome
        links:
          - url: https://app.example.com/quickstart
            content: step-1-welcome
      - id: step-2-tips
        links:
          - url: https://example.com/tips
            content: step-2-primary-cta
    ```
    """
    if not campaign.is_series:
        return
    doc = campaign.doc
    checked = set()
    for step in campaign.steps:
        for link in step.links:
            origin = link.origins.get("utm_content")
            if not link.tracked or origin is None or origin.path is None or origin.path[:2] != step.path:
                continue
            if origin.path in checked:
                continue
            checked.add(origin.path)
            content = link.params["utm_content"]
            found = _scope_around_slots(content, step, campaign.steps)
            if found is None:
                continue
            problem, value = found
            fix = replace_value(doc, origin.path, value, f"use `{value}`")
            if fix is not None:
                fix = Fix(fix.edits, fix.description, safe=False)
            yield ctx.report(f"utm_content `{content}` in step `{step.id}` {problem}; use `{value}`",
                             doc.pos(origin.path), fix=fix)


def _scope_around_slots(content: str, step, steps) -> Optional[Tuple[str, str]]:
    """step_scope_problem on a content holding a template's slot, whose platform fills it in when it sends: a content
    that is a slot alone (`{{ message.id }}`) has no written words to name a step with, and around one the words are
    judged and the slot kept as written in the content to use (newuser46: `{{ user.first_name }}` in step `day-3` was
    told to be `day-3-{{-user-first-name-}}`, a tag no platform fills in)."""
    from ..spelling import slots_masked, unmasked

    masked, slots = slots_masked(content)
    if not slots:
        return step_scope_problem(content, step, steps)
    if not re.sub(r"zzslot\d+zz|[\W_]", "", masked):
        return None
    from .tracking.pii import _personal_slot

    if any(_personal_slot(slot) for slot in slots):
        return None  # `*|FNAME|* hero`: pii-in-url says to take the reader's name out, no content to keep it in
    found = step_scope_problem(masked, step, steps)
    if found is None:
        return None
    problem, value = found
    return problem, unmasked(value, slots)


# -- UTM505

_OWN_KEYS = ("source", "medium", "content", "term")


def remove_key_fix(doc, path, description: str) -> Optional[Fix]:
    """Delete the whole line `key: value` at `path`, when nothing else (no `- `, no other key) is on it."""
    info = doc.nodes.get(path)
    if info is None or info.key_pos is None or info.style in ("|", ">") or info.key_pos.line != info.pos.line:
        return None
    text = doc.text
    line_start = text.rfind("\n", 0, info.start) + 1
    key_at = line_start + info.key_pos.column - 1
    if text[line_start:key_at].strip():
        return None
    line_end = text.find("\n", info.end)
    line_end = len(text) if line_end == -1 else line_end + 1
    rest = text[info.end:line_end].strip()
    if rest and not rest.startswith("#"):
        return None
    return Fix((Edit(line_start, line_end, ""),), description)


@rule(code="UTM505", name="tracking-on-in-product-link", severity="warning", target="link", fix="safe/unsafe")
def tracking_on_in_product_link(link: Link, ctx: Context) -> Iterator[Report]:
    """An in-product link is given utm values that do nothing, or carries utm parameters.

    ## What it does
    Reports in-product links (relative paths like `/settings`, app links like `myapp://`, hosts listed in the
    config's `in-product-hosts`) that set `source:`, `medium:`, `content:` or `term:` of their own, or carry
    utm_* parameters in the URL (on a relative path they are utm-internal-link's finding). `--fix` removes the
    keys (they change nothing); the URL's utm parameters are removed only with `--unsafe-fixes`.

    ## Why is this bad?
    utmlint never adds utm parameters to in-product links, so those keys suggest tracking that does not exist.
    utm parameters on a link inside your own product are worse: GA4 credits what the user does next to that
    click instead of the campaign that really brought them.

    ## Example
    ```yaml
    campaign: onboarding-series
    source: intercom
    medium: email
    steps:
      - id: step-2-tooltip
        channel: in-app
        links:
          - url: /settings/integrations
            content: step-2-tooltip
    ```

    ## Use instead
    ```yaml
    campaign: onboarding-series
    source: intercom
    medium: email
    steps:
      - id: step-2-tooltip
        channel: in-app
        links:
          - url: /settings/integrations
    ```
    """
    if not link.in_product:
        return
    if invalid_url(link.url.strip()) is not None:
        return  # `www.example.com/x` only looks in-product: `url-invalid` says what is wrong
    doc = link.campaign.doc
    for key in _OWN_KEYS:
        param = f"utm_{key}"
        origin = link.origins.get(param)
        if origin is None or origin.path != link.path + (key,):
            continue
        fix = remove_key_fix(doc, origin.path, f"remove `{key}:` (it does nothing here)")
        # from the key to its value's end, the span the fix removes: a respelling of that value gives way to this
        # finding (onefinding), and only of that value, not another link's on the same line (review48 F6)
        yield ctx.report(f"`{key}: {link.params[param]}` does nothing: {link.url.strip()} is a link inside the "
                         f"product, which gets no utm parameters; remove it", doc.pos(origin.path, key=True),
                         end=doc.scalar_ends().get(doc.pos(origin.path)), fix=fix)
    url = link.url.strip()
    from .tracking.fields import relative_path

    utm = [] if relative_path(url) else [name for name, _ in utm_pairs(url)]  # a relative one: utm-internal-link's
    if utm:
        from .urledit import rewrite_url, without_query_fields

        names = ", ".join(f"`{n}`" for n in dict.fromkeys(utm))
        fix = rewrite_url(link, without_query_fields(url, frozenset(utm)), "remove the utm parameters", safe=False)
        yield ctx.report(f"this in-product link carries {names}: clicked inside your product, it makes GA4 credit "
                         f"what the user does next to this link instead of the campaign that brought them; remove "
                         f"them from `url:`", link.pos, fix=fix)


# -- UTM506

_THIRD_PARTY_HOSTS = ["facebook.com", "instagram.com", "linkedin.com", "twitter.com", "x.com", "youtube.com",
                      "tiktok.com", "apps.apple.com", "play.google.com"]


# Unsubscribe and preference-centre links: a reader leaving the list is not campaign traffic, so `track: false`
# is right there (and Mailchimp's `*|UNSUB|*`, HubSpot's `{{ unsubscribe_link }}` are filled in by the platform).
_OPT_OUT = lazy_compile(r"unsub|opt-?out|optout|preference|email-settings|manage-subscription|subscription-center"
                      r"|subscription-centre|list-manage\.com/profile", re.IGNORECASE)


# Account links a transactional e-mail carries (reset a password, verify an address, a magic sign-in link): the
# reader is signing in, not answering a campaign, and tags there make GA4 credit the session to that e-mail
# (newuser48 F6: `track: false` on a Customer.io reset link was told to go, "or add the host to allow-hosts", the
# team's own host)
_ACCOUNT = lazy_compile(r"(?:reset|forgot|change|set|new)[-_/ ]?(?:your[-_ ])?password|password[-_/ ]?(?:reset|recovery)"
                        r"|verify[-_/ ]?(?:your[-_ ])?e-?mail|e-?mail[-_/ ]?verification|magic[-_/ ]?(?:link|sign-?in|login)",
                        re.IGNORECASE)


def _opt_out(link) -> bool:
    return any(pattern.search(text) for pattern in (_OPT_OUT, _ACCOUNT) for text in (link.url, link.label or ""))


def _host_listed(host: str, hosts) -> bool:
    return any(host == h or host.endswith("." + h) for h in (h.lower().lstrip(".") for h in hosts))


@rule(code="UTM506", name="missing-tracking-on-external-link", severity="warning", target="link",
      options={"allow-hosts": {"type": "array", "items": {"type": "string"}, "default": _THIRD_PARTY_HOSTS,
                               "description": "Hosts (and their subdomains) that may stay untracked: other "
                                              "companies' sites, where utm parameters reach nobody's GA4 but theirs."}})
def missing_tracking_on_external_link(link: Link, ctx: Context) -> Iterator[Report]:
    """An external link is left untracked (`track: false`) where the channel needs tracking.

    ## What it does
    Reports `track: false` on a link to an external web page when the message channel needs tracking: the
    platform profile says `tracking: required` for the link's channel (Intercom email and SMS, for example);
    without a platform, links sent by email (channel `email`, the default, and a medium GA4 files under Email)
    count as required. Links to the hosts in the `allow-hosts` option (social networks and app stores by
    default: their analytics, not yours) may stay untracked, and so may a platform page whose owner is never shown
    a visit's utm values (utm-useless-destination's list, `rules/useless-destinations.txt`: a GitHub repository, a
    Discord invite, ...) and unsubscribe and email-preference links (a URL or label that says `unsubscribe`,
    `opt-out`, `preferences`): leaving a list is not campaign traffic; nor is signing in, so a transactional
    e-mail's account links (a URL or label that says `reset-password`, `verify-email`, `magic-link`) may stay
    untracked too.

    ## Why is this bad?
    Visits from an untracked email link show up in GA4 as direct or referral traffic: the campaign gets no
    credit for them.

    ## Example
    ```yaml
    campaign: pricing-update
    platform: intercom
    type: outbound
    links:
      - url: https://example.com/pricing
        content: pricing
        track: false
    ```

    ## Use instead
    ```yaml
    campaign: pricing-update
    platform: intercom
    type: outbound
    links:
      - url: https://example.com/pricing
        content: pricing
    ```
    """
    if link.track or not link.is_web or link.in_product or _opt_out(link):
        return
    platform = link.campaign.platform
    if platform is not None:
        channel = platform.channels.get(link.channel)
        if channel is None or channel.tracking != "required":
            return
        why = f"{platform.display_name} {link.channel} messages need tracking"
    elif link.channel == "email" and _medium_is_email(link.params.get("utm_medium")):
        why = "email links need tracking"
    else:
        return
    host = split_url(link.url.strip()).host
    if _host_listed(host, ctx.options["allow-hosts"]):
        return
    from .tracking.destinations import useless_destination

    if useless_destination(link.url) is not None:
        return  # utm tags there reach nobody (utm-useless-destination): `track: false` is right
    at = link.campaign.doc.pos(link.path + ("track",))
    yield ctx.report(f"`track: false` leaves {link.url.strip()} without utm parameters, but {why}: its visits "
                     f"would count as direct or referral traffic in GA4; remove `track: false` (or add the host "
                     f"to this rule's `allow-hosts` if it is not your site)", at)


def _medium_is_email(medium) -> bool:
    """GA4 files this medium under Email (rules/ga4 is the one source of its spellings)."""
    from ..channels import predict_channel

    return predict_channel(None, medium, None).channel == "Email"
