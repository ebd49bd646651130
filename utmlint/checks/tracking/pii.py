"""UTM312 pii-in-url: an e-mail address in the query."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator, List

from ...lazyregex import lazy_compile
from ...registry import Report, rule
from .fields import is_placeholder, query_fields, UrlProblem
from .report import _report

if TYPE_CHECKING:
    from ...engine import Context
    from ...model import Link


_EMAIL_KEYS = frozenset({"email", "mail", "emailaddress", "useremail", "subscriberemail", "contactemail",
                         "recipientemail", "customeremail", "leademail"})


_ADDRESS = lazy_compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def _sample(address: str) -> bool:
    """Whether the address is at a domain reserved for examples (`someone@example.com`, RFC 2606's example.com/.org/
    .net, `.test`, `.invalid`: identity.reserved_host): no one's address. Written in a field not named for one
    (`utm_content=someone@example.com`, DeclutrMail's scrubber comment telling how a leak happened, corpus 37 #39) it
    illustrates; in a field named for one (`email=user@example.com`, corpus 3) it stands for the reader's address the
    link is made to carry, as a merge tag does, and is still told."""
    from ...identity import reserved_host

    return reserved_host(address.rsplit("@", 1)[1].lower())


def pii_in_url(url: str) -> List[UrlProblem]:
    """An e-mail address in the query: written out, or a field named for one (`email=`, `user_email=`) that a
    merge tag fills in (`email={{EMAIL}}`, `email=*|EMAIL|*`). A field such as `email=1` is left alone, and so is an
    address at a domain reserved for examples in a field not named for one (_sample)."""
    if "@" not in url and "%40" not in url.lower() and "mail" not in url.lower():
        return []
    problems = []
    for field in query_fields(url):
        value = field.value.strip()
        if not value:
            continue
        address = _ADDRESS.search(value)
        written = address is not None
        key = re.sub(r"[-_ ]", "", field.name.strip().lower())
        if not written and not (key in _EMAIL_KEYS and is_placeholder(value)):
            continue
        if written and key not in _EMAIL_KEYS and _sample(address.group()):
            continue  # `utm_content=someone@example.com` in a comment telling how a leak happened: an illustration
        what = "an e-mail address" if written else "the recipient's e-mail address (filled in when it is sent)"
        problems.append(UrlProblem(
            "pii-in-url", field.start, field.end,
            f"`{field.name.strip()}` puts {what} in the link: GA4 collects the page's URL with every visit, so the "
            "address lands in your reports, and Google's terms forbid sending it personal data; identify the "
            "reader another way (your e-mail platform's own subscriber id, a hashed id, a form)"))
    return problems


@rule(code="UTM312", name="pii-in-url", severity="error", target="link")
def pii_in_url_rule(link: Link, ctx: Context) -> Iterator[Report]:
    """The link carries an e-mail address in its query.

    ## What it does
    Finds an e-mail address in a URL's query, written out (`?email=jane@example.com`) or put there by a merge
    tag in a field named for one (`email={{EMAIL}}`, `user_email=*|EMAIL|*`), as e-mail templates do to
    pre-fill a form or recognise the reader. A field such as `email=1` is left alone, and so is an address at a
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
    yield from _report(link, ctx, pii_in_url(link.url.strip()))
