"""UTM312 pii-in-url: an e-mail address, or a merge tag filling in the reader's name or phone, in the query."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Dict, Iterator, List, Optional

from ...lazyregex import lazy_compile
from ...registry import Report, rule
from .fields import is_placeholder, placeholders_in, query_fields, UrlProblem
from .report import _report

if TYPE_CHECKING:
    from ...engine import Context
    from ...model import Link


_EMAIL_KEYS = frozenset({"email", "mail", "emailaddress", "useremail", "subscriberemail", "contactemail",
                         "recipientemail", "customeremail", "leademail"})


# What a merge tag's variable names when it fills in the reader's personal data (`{{first_name}}`, `*|FNAME|*`,
# `{{ contact.email }}`, `%%FirstName%%`), its last segment with `_`/`-` dropped, lowercased; `{{name}}` alone is left
# out (templates fill a campaign's or a product's name as often), as are `sourceName`-like names of other things.
_PERSONAL_SLOTS = {"email": "e-mail address", "emailaddress": "e-mail address", "firstname": "first name",
                   "fname": "first name", "lastname": "last name", "lname": "last name", "fullname": "full name",
                   "phone": "phone number", "phonenumber": "phone number", "mobilenumber": "phone number"}
# a variable under one of these holds the sender's own details, not the reader's (`{{ shop.email }}`, `{{ site.phone }}`,
# Hugo's `{{ .Site.Params.email }}`: review43 F4)
_SENDERS_DETAILS = frozenset({"site", "shop", "store", "company", "org", "organization", "organisation", "business",
                              "config", "settings", "params", "brand", "support", "sender", "from", "app", "team",
                              "owner", "admin", "account", "env"})
# words naming a person whose detail follows (`owner_email`, `user_first_name`): personal data wherever it is kept
_PERSON_WORDS = frozenset({"user", "owner", "contact", "lead", "customer", "subscriber", "member", "recipient", "person",
                           "client", "buyer", "attendee", "registrant", "prospect", "visitor", "employee", "rep"})
# the words of a variable's name: `user_email`, `user-email`, `userEmail`, `USER_EMAIL`
_WORD = lazy_compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")
# words before such an ending naming the sender's own detail, not a person's (`support_email`, `reply_to_email`)
_SENDERS_WORDS = frozenset({"support", "help", "helpdesk", "info", "contactus", "replyto", "noreply", "donotreply",
                            "reply", "return", "returnpath", "bounce", "office", "sales", "billing", "press",
                            "marketing", "hello", "notification", "notifications", "system", "default"})
_SLOT_VARIABLE = lazy_compile(r"[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*")
_MASK = lazy_compile(r"\{ph[0-9]+\}")  # scan's mask for a placeholder (scan.synthetic.TOKEN)
_ADDRESS = lazy_compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# Where the link is sent, read from its medium, else its source (words split at any non-letter): an e-mail, or a text
# or chat message (corpus 37's SMS and WhatsApp templates, its Instagram DM kit: review43 F5), whose platform's own
# subscriber id is the one to use instead; neither known, the words name no channel.
_EMAIL_WORDS = frozenset({"email", "mail", "newsletter", "newsletters"})
_MESSAGE_WORDS = frozenset({"sms", "mms", "whatsapp", "dm", "dms", "messenger", "telegram", "viber", "wechat", "line",
                            "kakaotalk", "imessage", "rcs", "signal"})
# the advice's words (judge rewrites them for a value the code fills in: scan.judge._code_filled_pii)
ADVICE = lazy_compile(r"identify the reader another way \(your [a-z-]+ platform's own subscriber id, a hashed id, a "
                      r"form\)")


def _sample(address: str) -> bool:
    """Whether the address is at a domain reserved for examples (`someone@example.com`, RFC 2606's example.com/.org/
    .net, `.test`, `.invalid`: identity.reserved_host): no one's address. Written in a field not named for one
    (`utm_content=someone@example.com`, DeclutrMail's scrubber comment telling how a leak happened, corpus 37 #39) it
    illustrates; in a field named for one (`email=user@example.com`, corpus 3) it stands for the reader's address the
    link is made to carry, as a merge tag does, and is still told."""
    from ...identity import reserved_host

    return reserved_host(address.rsplit("@", 1)[1].lower())


def _personal_slot(value: str) -> str:
    """What personal data a merge tag filling the whole value names (`{{ contact.first_name | default: 'there' }}` ->
    "first name"), or ""."""
    if not is_placeholder(value):
        return ""
    variable = _SLOT_VARIABLE.search(value)
    if variable is None or value[variable.start() - 1:variable.start()] in ("'", '"'):
        return ""  # a quoted name is a string (a translation key, `{{ 'contact.email' | t }}`), not a variable
    *owners, last = variable.group().split(".")
    sender = any(owner.lower() in _SENDERS_DETAILS for owner in owners)
    name = re.sub(r"[-_]", "", last).lower()
    found = _PERSONAL_SLOTS.get(name, "")
    if found or not name:
        return "" if sender else found
    # a person's detail under a word naming whose (`{{ event.user_email }}`, `{{ lead_first_name }}`: review46 F11's
    # LOW), not the sender's own (`support_email`, `company_phone`); a word naming a person makes it one person's
    # wherever it is kept (`{{ account.owner_email }}`: the account owner's address)
    words = [word.lower() for word in _WORD.findall(last)]
    for count in (3, 2, 1):  # the longest ending of whole words (`phone_number`, not `headphone`'s `phone`)
        if len(words) > count and "".join(words[-count:]) in _PERSONAL_SLOTS:
            whose = "".join(words[:-count])
            if whose in _PERSON_WORDS or not (sender or whose in _SENDERS_DETAILS or whose in _SENDERS_WORDS):
                return _PERSONAL_SLOTS["".join(words[-count:])]
            return ""
    return ""


def _personal_slot_in(value: str) -> str:
    """What personal data a merge tag anywhere in the value names (`{{first_name}}-promo`, `spring_*|EMAIL|*`: the
    reader's name or address in every link all the same, review43 F6), or ""."""
    if is_placeholder(value):
        return _personal_slot(value)
    for slot in placeholders_in(value):
        kind = _personal_slot(slot)
        if kind:
            return kind
    return ""


def masked_personal_slots(url: str, slots: Dict[str, str]) -> List[UrlProblem]:
    """pii-in-url's findings on fields holding a masked merge tag (scan masks `{{first_name}}` as `{ph0}` before the
    URL rules read it: `slots` maps each mask to what it stands for), the whole value or a part of it
    (`{ph0}-promo`), naming the reader's personal data; not a field named for an e-mail address that the mask fills
    whole (the URL rules already tell it on the mask)."""
    if not slots:
        return []
    masked = {mask: _personal_slot(slot) for mask, slot in slots.items()}
    found = []
    for field in query_fields(url):
        value = field.value.strip()
        kind = next((masked[m.group()] for m in _MASK.finditer(value) if masked.get(m.group())), "")
        if kind and not (_key(field) in _EMAIL_KEYS and is_placeholder(value)):
            found.append(_slot_problem(field, kind, sent_by(_tags(url))))
    return found


def _key(field) -> str:
    """A query field's name as _EMAIL_KEYS writes them (`user_email`, `User-Email` -> `useremail`)."""
    return re.sub(r"[-_ ]", "", field.name.strip().lower())


def _slot_problem(field, kind: str, platform: str) -> UrlProblem:
    """pii-in-url on a merge tag filling in the reader's `kind` of data (`first name`, `e-mail address`)."""
    return _problem(field, f"the recipient's {kind} (filled in when it is sent)",
                    "address" if kind == "e-mail address" else kind, platform)


def sent_by(tags: Dict[str, str]) -> str:
    """The platform a link with these utm values (`utm_medium`, `utm_source`) is sent by, as the advice names it: "e-mail"
    (`utm_medium=email`), "messaging" (`utm_medium=sms`, `utm_source=whatsapp`, `utm_medium=dm`), else "sending"."""
    for param in ("utm_medium", "utm_source"):
        words = set(re.split(r"[^a-z0-9]+", tags.get(param, "").lower()))
        if words & _EMAIL_WORDS:
            return "e-mail"
        if words & _MESSAGE_WORDS:
            return "messaging"
    return "sending"


def _tags(url: str) -> Dict[str, str]:
    """The URL's utm_medium and utm_source, as written (the first of each)."""
    found: Dict[str, str] = {}
    for field in query_fields(url):
        name = field.name.strip().lower()
        if name in ("utm_medium", "utm_source") and name not in found:
            found[name] = field.value.strip()
    return found


def _problem(field, what: str, it: str, platform: str) -> UrlProblem:
    return UrlProblem(
        "pii-in-url", field.start, field.end,
        f"`{field.name.strip()}` puts {what} in the link: GA4 collects the page's URL with every visit, so the "
        f"{it} lands in your reports, and Google's terms forbid sending it personal data; identify the "
        f"reader another way (your {platform} platform's own subscriber id, a hashed id, a form)")


def pii_in_url(url: str, tags: Optional[Dict[str, str]] = None) -> List[UrlProblem]:
    """An e-mail address in the query: written out, or a field named for one (`email=`, `user_email=`) that a
    merge tag fills in (`email={{EMAIL}}`, `email=*|EMAIL|*`), or a merge tag in any field whose variable names the
    reader's e-mail, name or phone (`utm_content={{first_name}}`, corpus 37 #4: an Instagram DM kit tagging each
    message with its recipient's name). A field such as `email=1` is left alone, and so is an address at a domain
    reserved for examples in a field not named for one (_sample). `tags`: the link's utm values where they are not all in
    its URL (a campaign file's `medium: email`), which say whose subscriber id to use instead (sent_by)."""
    lowered = url.lower()
    if "@" not in url and "%40" not in lowered and "mail" not in lowered and "name" not in lowered \
            and "phone" not in lowered and "mobile" not in lowered:
        return []
    problems = []
    platform = ""
    for field in query_fields(url):
        value = field.value.strip()
        if not value:
            continue
        address = _ADDRESS.search(value)
        written = address is not None
        key = _key(field)
        slot = "" if written else "e-mail address" if key in _EMAIL_KEYS and is_placeholder(value) \
            else _personal_slot_in(value)
        if not written and not slot:
            continue
        if written and key not in _EMAIL_KEYS and _sample(address.group()):
            continue  # `utm_content=someone@example.com` in a comment telling how a leak happened: an illustration
        platform = platform or sent_by({**_tags(url), **(tags or {})})
        problems.append(_problem(field, "an e-mail address", "address", platform) if written
                        else _slot_problem(field, slot, platform))
    return problems


@rule(code="UTM312", name="pii-in-url", severity="error", target="link")
def pii_in_url_rule(link: Link, ctx: Context) -> Iterator[Report]:
    """The link carries an e-mail address, or a merge tag filling in the reader's name or phone, in its query.

    ## What it does
    Finds an e-mail address in a URL's query, written out (`?email=jane@example.com`) or put there by a merge
    tag in a field named for one (`email={{EMAIL}}`, `user_email=*|EMAIL|*`), as e-mail templates do to
    pre-fill a form or recognise the reader; and a merge tag in any field whose variable is the reader's e-mail,
    name or phone (`utm_content={{first_name}}`, `utm_term={{ contact.email }}`, `*|FNAME|*`, `%%FirstName%%`), filling
    the value or a part of it (`utm_campaign={{first_name}}-promo`), and so does a campaign file's own value (`content:
    "{{ user.first_name }}"`), which render writes into the link as written. A field such as `email=1` is left alone, and so is an address at a
    domain reserved for examples (`someone@example.com`) in a field not named for one: an illustration, no one's
    address (in `email=` it stands for the reader's, and is told). There is no automatic fix:
    the page that reads the address needs another way to get it.

    ## Why is this bad?
    GA4 collects the page's full URL with every visit, so each reader's address is stored in your reports and
    exports, and Google's terms forbid sending personal data to Analytics (a property can be deleted for it).
    It also ties every visit to one person in tools the reader never agreed to.

    ## Example
    ```yaml
    campaign: spring-sale
    source: mailchimp
    medium: email
    links:
      - url: https://example.com/sale?email=*|EMAIL|*
        content: hero
    ```

    ## Use instead
    ```yaml
    campaign: spring-sale
    source: mailchimp
    medium: email
    links:
      - url: https://example.com/sale
        content: hero
    ```
    """
    yield from _report(link, ctx, pii_in_url(link.url.strip(), link.params))
    if link.tracked:
        yield from _written_slots(link, ctx)


def _written_slots(link: Link, ctx: Context) -> Iterator[Report]:
    """A utm value the campaign file writes as a merge tag filling in the reader's e-mail, name or phone (`content:
    "{{ user.first_name }}"`): render puts it in the tracked URL as written (`utm_content={{ user.first_name }}`), so it
    is the link's query as much as a `url:`'s own (newuser46: "All clean" on a file scan told for the same link); told at
    the value, once for every link that inherits it (the same finding)."""
    doc = link.campaign.doc
    platform = ""
    for param, value in link.params.items():
        origin = link.origins.get(param)
        if not param.startswith("utm_") or origin is None or origin.path is None or type(value) is not str:
            continue
        kind = _personal_slot_in(value.strip())
        if not kind:
            continue
        platform = platform or sent_by(link.params)
        it = "address" if kind == "e-mail address" else kind
        yield ctx.report(f"`{origin.path[-1]}: {value.strip()}` puts the recipient's {kind} (filled in when it is "
                         f"sent) in the link's `{param}`: GA4 collects the page's URL with every visit, so the {it} "
                         f"lands in your reports, and Google's terms forbid sending it personal data; identify the "
                         f"reader another way (your {platform} platform's own subscriber id, a hashed id, a form)",
                         doc.pos(origin.path))
