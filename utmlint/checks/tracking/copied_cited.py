"""copied-tracking's reading of a citation: a link whose own line names the site it goes to as the page's publisher
(scan.citation: a page title's `| CloudForecast Blog`, an entry's `by DeepLearning.AI`) carries that site's own tags,
copied with the link from its page (copied_destination's reading, the site named by the text instead of the source)."""

from __future__ import annotations

from typing import FrozenSet, Optional, Tuple

from ...channels import source_category
from .copied_destination import _ad_medium
from .copied_lists import _escaped_name, tracking_data
from .copied_owner import _claims, _team_page_hosts, _triple, _written_for_repository, normalize_source
from .copied_posted import read_here
from .destinations import useless_destination
from .fields import _hostname, Field, is_placeholder


def cited_tag(fields, url: str, identity, cited: str, convention: FrozenSet[Tuple[str, str, str]] = frozenset(),
              place: str = "") -> Optional[Field]:
    """The link's utm_source, when the link's own line names the site the link goes to as the page's publisher
    (`cited`: scan.citation.cited_name, a page title's `| CloudForecast Blog`, an entry's `by DeepLearning.AI`) and its
    tags name neither that site nor anything of the repository's: a citation of the site's page, copied with the tags
    that page carried (`utm_campaign=website&utm_source=Last` on cloudforecast.io, `utm_medium=headband&utm_source=
    dlai-homepage` on deeplearning.ai), which credit the site's own campaign: copied_destination._destination_tag's
    reading, the site named by the line instead of the source. Left alone as _destination_tag leaves them (the
    repository's own site, an ad's medium, the site's own snippet, a network or search engine as the source, the file's
    own tag set), on a site of everyone's pages (a code host, a blog host, a store, a network: `kjgpta/tracesage ·
    GitHub` is no page of GitHub's, nor a talk's `- YouTube` of YouTube's) or one whose owner reads no utm value
    (utm-useless-destination's), and where the tags were written for this placement: a source naming where the file is
    read (`utm_source=github`), a utm value naming the repository (a sponsor's or a listing's tags: `utm_source=
    SendGrid` on CloudRail's entry `by CloudRail` in SendGrid's docs); and never in a team's e-mail, post, campaign
    plan or code, nor in a feed (`place`), whose links it tags."""
    if identity is None or not cited or place or (convention and _triple(fields) in convention):
        return None
    from ...identity import normalize, owns_site, site_domain, site_name
    from ...scan.citation import cites_site

    source = next((f for f in fields if _escaped_name(f.name) == "utm_source"), None)
    host = _hostname(url)
    if source is None or not host or is_placeholder(source.value) or not cites_site(cited, host) or _ad_medium(fields):
        return None
    site = site_name(host)
    if read_here(site) or site_domain(host) in tracking_data().not_posted or host in _team_page_hosts() or \
            site_domain(host) in _team_page_hosts() or source_category(site) is not None or \
            useless_destination(url) is not None:
        return None  # a code host, a blog host, a store, a network (`- YouTube`): everyone's pages, whose tags are not
        # the host's own (and on a page whose owner reads no utm value, utm-useless-destination's is the finding)
    if owns_site(identity, site) or _claims(identity, site, host, ()) or \
            _written_for_repository(identity, fields, normalize(site)) or _names_owner(identity, cited):
        return None
    from ...scan.names import names_repository, repository_names, whole_names

    value = source.value.strip().lower()
    if read_here(normalize_source(value)) or source_category(value) is not None:
        return None  # `utm_source=github`: tags written for this placement; `reddit`: the other readings' (posted)
    named = repository_names(identity.slug) or whole_names(identity)
    if any(names_repository(f.value.strip().lower(), named) for f in fields
           if _escaped_name(f.name).startswith("utm_")):
        return None
    from ...scan.platform_tags import written_by

    return None if written_by(host, {f.name: f.value for f in reversed(fields)}) is not None else source


def _names_owner(identity, cited: str) -> bool:
    """Whether the publisher a line names is the repository's owner by a handle people make of their names (`jdoe`,
    `janedoe`, `doe`, `jane` for "Jane Doe"): a person's own blog post cited in their own notes carries their own
    tags, never to be stripped as someone else's (review42 F2: `[Scaling Postgres - Jane Doe](https://janedoe.dev/
    ...?utm_source=homepage)` in jdoe/notes was told to remove its tags)."""
    import re

    owner = re.sub(r"[^a-z0-9]", "", identity.slug.partition("/")[0].lower())
    words = re.findall(r"[a-z0-9]+", cited.lower())
    if not owner or not words:
        return False
    handles = {"".join(words), words[0][0] + "".join(words[1:]), words[-1], words[0],
               "".join(words[:-1]) + words[-1][0], "".join(w[0] for w in words)}
    return owner in handles or any(len(h) >= 4 and (owner.startswith(h) or h.startswith(owner) and len(owner) >= 4)
                                   for h in handles)
