"""Whether a utm value names the repository a link is written in (scan.collection's file verdict, copied-tracking's
reading of another channel's tags: checks.tracking.copied_posted._posted_tags)."""

from __future__ import annotations

import re
from functools import lru_cache

_WORDS = re.compile(r"[a-z0-9]+")
# A repository named for what it is, a website (`gitpod-io/website`, `acme/www`), is named by its owner: the word is
# also the medium a site's outgoing-link tagging writes (`utm_source=thenewstack&utm_medium=website`, The New Stack's
# tags copied with a link into Gitpod's blog, corpus 7 #50), which names no repository.
WEBSITE_WORDS = frozenset({"website", "websites", "site", "web", "www", "homepage", "webpage"})


def whole_names(identity):
    """The repository's identity without the single words of a name of several (`kotlin` of `awesome-kotlin`,
    `data` of `data-engineering-zoomcamp`): a list's topic word is in the links it collects too (`utm_medium=
    r/kotlin` on a job ad in awesome-kotlin's backlog), its whole name is not. With the initials of a name of three
    words or more, which sponsors' tags use for it (`utm_source=twir` in This Week In React)."""
    from ..identity import normalize

    from ..identity import site_name

    words, initials = set(), set()
    for part in identity.slug.split("/"):
        # `devopsish.com`, `2023.djangocon.us`, `swiftweekly.github.io`: a repository named for its site, whose
        # name is whole (not the words `2023` and `djangocon`, which took `djangocon` out of the names), and whose
        # other labels name nothing of it (`com` named `utm_source=reddit.com` devopsish.com's own, corpus 5 #76)
        if "." in part.strip("."):
            site = site_name(part.strip("."))
            words.update(w for w in _WORDS.findall(part.lower()) if w != normalize(site))
            part = site
        found = _WORDS.findall(part.lower())
        if len(found) > 1:
            words.update(w for w in found if w != normalize(part))
        if len(found) >= 3:  # `twir` (this-week-in-react), `ciu` (coding-interview-university), `drf`
            initials.add("".join(w[0] for w in found))
    kept = frozenset(n for n in identity.names if n not in words)
    if kept - WEBSITE_WORDS:  # `website` of gitpod-io/website: the owner's name is the repository's
        kept -= WEBSITE_WORDS
    return identity._replace(names=kept | initials)


def names_repository(value: str, identity) -> bool:
    """Whether a utm value names the repository (`identity`: see whole_names): one of its words is one of the
    repository's names (`utm_source=fastapi`, `utm_campaign=githubsponsor-htmx`), or the value run together holds
    one (`utm_source=htmxhome`, `mahseema-awesome-ai-tool`)."""
    from ..identity import normalize, owns

    if not value:
        return False
    if any(owns(identity, word) for word in _WORDS.findall(value) if len(word) >= 3):
        return True
    whole = normalize(value)
    return any(len(name) >= 4 and name in whole for name in identity.names)


@lru_cache(maxsize=64)
def repository_names(slug: str):
    """The names of the repository `owner/name` itself (whole_names), worked out once per repository."""
    from ..identity import from_slug

    named = from_slug(slug)
    return whole_names(named) if named is not None else None


def value_names_repository(identity, value: str) -> bool:
    """Whether a utm value names the repository `identity` is of: `github+gitpod` on education.github.com in
    gitpod-io/website is Gitpod's own tag for its GitHub page."""
    named = repository_names(identity.slug) or whole_names(identity)
    return names_repository(value.strip().lower(), named)
