"""Whether a file is a copy of someone else's list, from the file alone: its links' tags are then that list's
publisher's, not the team's, so none is told to complete or respell them, and the file gets one copied-tracking note
instead (scan.run; the corpus judge through validate_url's `copied_from` and `copied_publisher`).

A copy of another repository's README (copied_readme): a fork's README, a notifier's cache of each list it watches
(`cache/SimplifyJobs-Summer2026-Internships.md`), a `previous_readme.md`; it names the list's issue tracker, or its
name and its cache folder say whose list it copies (_named_for_its_site). scan.judge's `library_of` reads such a file
as another project's, as it reads a saved report or page (scan.saved) and a minified build (scan.minified).

A list publisher's links copied into a file (copied_publisher: a job board's copy of Simplify's `utm_source=Simplify
&ref=Simplify` rows): the file is the team's, only the links carrying the publisher's tags are the publisher's
(Publisher, passed on to publishers_link and scan.notes.copy_said).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Dict, NamedTuple, Optional, Tuple

from ..identity import Identity, owns_site


class Publisher(NamedTuple):
    """A list publisher whose links a file copies (copied_publisher): its site (`simplify.jobs`), the referral
    utm_source it writes twice on every listed employer's link (`Simplify`: `utm_source=Simplify&ref=Simplify`), and
    the utm_source of its listing of its own site's pages (`GHList`); all "" for none (NO_PUBLISHER)."""

    site: str
    source: str
    listing: str = ""


_README_SUFFIXES = frozenset({".md", ".markdown"})
# A repository's issue tracker or its page, as a README links it (`github.com/SimplifyJobs/Summer2026-Internships/issues`).
_ISSUES_LINK = re.compile(r"github\.com/([A-Za-z0-9][A-Za-z0-9-]*)/([A-Za-z0-9_.-]+?)/issues\b", re.IGNORECASE)
_REPO_LINK = re.compile(r"github\.com/([A-Za-z0-9][A-Za-z0-9-]*)/([A-Za-z0-9_.-]+)", re.IGNORECASE)


def _bare(name: str) -> str:
    """A repository's name with its years and other numbers left out (`Summer2025-Internships` -> `summerinternships`):
    a list renamed each season is the same list."""
    return re.sub(r"[^a-z]", "", name.lower())


def copied_readme(text: str, path: str, identity: Optional[Identity]) -> str:
    """The repository (`SimplifyJobs/Summer2026-Internships`) whose README the Markdown file at `path` is a copy of,
    when the file says so itself, or "". Its own "submit an issue" links name that repository's issue tracker, and
    the repository it sits in is someone else's: no link of the file names this repository or its owner, and either
    the file is not a README but a copy named for one (`previous_readme.md`, `readme_dev.md`, `README-Off-Season.md`;
    a folder's own `README.md` is that folder's page) or for the repository it copies, owner and name
    (`cache/SimplifyJobs-New-Grad-Positions.md`: a notifier's cache of each list it watches), or it is the root README
    of a fork of that repository (its name the same up to a season's numbers: `abhira0/Summer2025-Internships` of
    `SimplifyJobs/Summer2026-Internships`). A README naming its very repository's name under another owner is the
    repository before it moved (`Ouckah/Summer2025-Internships` in cvrve's, corpus 15): its own. Its links'
    tags are then that repository's (a job list's `utm_source=Simplify` on every employer's link, corpus 21 #11-#18
    #21-#44): read as another project's, only copied-tracking speaks, as on a page saved from another site. A team's
    own README linking its own issues, or a sibling repository of its owner's, keeps its verdicts. A copy whose text
    names no issue tracker is known by its name alone when it is named for the repository whose site its links go to
    (_named_for_its_site: a notifier's `cache/jobright-ai-2026-Software-Engineer-New-Grad.md`)."""
    name_of_file = path.replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, suffix = name_of_file.rpartition(".")
    if identity is None or not dot or f".{suffix.lower()}" not in _README_SUFFIXES or "/" not in identity.slug:
        return ""
    owner, _, name = identity.slug.lower().partition("/")
    origins = []
    for found_owner, found_name in _ISSUES_LINK.findall(text[:500_000]):
        if found_owner.lower() == owner:
            return ""  # the file points to its own owner's tracker: the team's README
        origins.append((found_owner, found_name))
    if any(o.lower() == owner and n.lower().removesuffix(".git") == name
           for o, n in _REPO_LINK.findall(text[:500_000])):
        return ""  # it links this very repository: the team's own
    if not origins:  # no tracker named: a copy named for the repository whose site its links go to, if any
        return _named_for_its_site(text, path, stem, identity)
    # the tracker it links most (Counter: the first among equals, in one pass over thousands of links)
    (origin_owner, origin_name), _ = Counter(origins).most_common(1)[0]
    if origin_name.lower() == name:
        return ""  # its very name under another owner: the repository before it moved (Ouckah's list, now cvrve's)
    root_readme = path.replace("\\", "/").lower() in ("readme.md", "readme.markdown")
    named_copy = "readme" in stem.lower() and stem.lower() != "readme"
    named_for_origin = _bare(origin_owner + origin_name) in _bare(stem)
    fork = root_readme and _bare(origin_name) == _bare(name)
    return f"{origin_owner}/{origin_name}" if named_copy or named_for_origin or fork else ""


# A link carrying utm tags, by its host (`https://jobright.ai/jobs/info/6a87?utm_campaign=...`).
_TAGGED_HOST = re.compile(r"https?://([A-Za-z0-9.-]+)(?:[/?#][^\s\"'<>()\]|]*)?", re.IGNORECASE)
# Pages of one site a list links with one tag (_named_for_its_site, copied_publisher): a list of postings, one a row
MIN_LISTED_PAGES = 10
# Folders a notifier keeps its copies of the lists it watches in (_named_for_its_site); `.cache` is never walked.
_CACHE_FOLDERS = frozenset({"cache", "caches", "cached"})


def _named_for_its_site(text: str, path: str, stem: str, identity: Identity) -> str:
    """The repository (`jobright-ai/2026-Software-Engineer-New-Grad`) a Markdown file is a copy of when its name and
    its place say so though its text names no issue tracker: a notifier's cache of each list it watches,
    `cache/jobright-ai-2026-Software-Engineer-New-Grad.md` (corpus 21 #40). Its name is `<owner>-<repository>`, the
    owner spelled as the domain its tagged links go to (`jobright-ai`, jobright.ai), which is not this repository's
    (owns_site); it sits in a cache folder (_CACHE_FOLDERS); and it has a list's shape: MIN_LISTED_PAGES or more
    pages of that site linked, every tagged link to it with one and the same utm_source (the publisher's one tag on
    its list, `utm_source=1103`). A name alone is no evidence (stranger16 R6: a team's
    `campaigns/northwind-io-q3-launch.md` names the site it tags): a file outside a cache folder, a campaign file
    writing several sources, one with a few links, a team's own file named for its own domain, a file at the root, a
    name that is the domain alone, and one whose tags name this repository keep their verdicts; "" then."""
    folders = path.replace("\\", "/").strip("/").lower().split("/")[:-1]
    if not any(folder in _CACHE_FOLDERS for folder in folders) or "readme" in stem.lower():
        return ""
    from ..identity import site_domain, site_name

    from urllib.parse import parse_qsl, unquote

    from .names import names_repository, whole_names

    named = whole_names(identity)
    domains: Counter = Counter()
    pages: Dict[str, Tuple[set, set]] = {}  # each domain's tagged pages, and the utm_sources written on them
    for match in _TAGGED_HOST.finditer(text[:500_000]):
        if "utm_" not in match.group().lower():
            continue
        address, _, query = match.group().partition("?")
        fields = parse_qsl(query.replace("&amp;", "&"))
        if any(key.lower().startswith("utm_") and names_repository(unquote(value).lower(), named)
               for key, value in fields):
            return ""  # a tag naming this repository: the team's own file, whatever it is named
        domain = site_domain(match.group(1).lower().rstrip("."))
        domains[domain] += 1
        listed = pages.setdefault(domain, (set(), set()))
        listed[0].add(address.lower())
        listed[1].add(next((value.strip().lower() for key, value in fields if key.strip().lower() == "utm_source"),
                           ""))
    if not domains:
        return ""
    (domain, links), = domains.most_common(1)
    letters = _bare(domain)
    listed_pages, sources = pages[domain]
    if len(listed_pages) < MIN_LISTED_PAGES or len(sources) != 1 or "" in sources \
            or 2 * links <= sum(domains.values()) or len(letters) < 4 \
            or owns_site(identity, site_name(domain)) or _bare(identity.slug.partition("/")[0]) == letters:
        return ""
    # the owner is the name's first letters spelled as the domain (`jobright-ai`), the repository the rest
    seen, cut = 0, 0
    for cut, char in enumerate(stem, start=1):
        seen += char.lower() in "abcdefghijklmnopqrstuvwxyz"
        if seen == len(letters):
            break
    owner, rest = stem[:cut], stem[cut:]
    if seen < len(letters) or _bare(owner) != letters or not rest.startswith(("-", "_", ".")) \
            or not _bare(rest):
        return ""
    return f"{owner}/{rest[1:]}"


MIN_PUBLISHER_SITES = 3  # sites whose links carry a list publisher's referral pair (copied_publisher)
_ANY_HOST = re.compile(r"https?://([A-Za-z0-9.-]+)", re.IGNORECASE)
NO_PUBLISHER = Publisher("", "")


def copied_publisher(text: str, identity: Optional[Identity]) -> Publisher:
    """The publisher (its site, its referral utm_source as written, the utm_source its list writes on its own site's
    pages: `Publisher("simplify.jobs", "Simplify", "GHList")`) when the file copies a list that publisher's site hands out,
    else NO_PUBLISHER. A job list's publisher tags every employer's link it lists with its own name twice, as the
    source and as the referrer (`?utm_source=Simplify&ref=Simplify`: the applicant tracking systems read either), and
    lists its own site's pages too, one a row, each with one code of its own and no campaign
    (`simplify.jobs/c/Forterra?utm_source=GHList&utm_medium=company`). A file is such a copy (an aggregator's board, a
    notifier's data of the lists it watches: corpus 21 #21-#27 #103-#108) when it carries that pair on links to
    MIN_PUBLISHER_SITES different sites or more, the pair's value is the name of another site the file links, not
    this repository's (owns_site; naming no repository name: names_repository), AND the file has the list's shape:
    MIN_LISTED_PAGES pages or more of that site linked with one utm_source and never a campaign (its listing). The pair
    alone is no evidence (stranger16 R3: a team's integrations page tags its marketplace links
    `?utm_source=northwind&ref=northwind` and links a few of its own pages with its own campaign tags). Its links
    carrying the pair's source, and its links to the publisher's site carrying the listing's source, are the
    publisher's (their tags copied with them); every other link (the file's own links to that site with other tags)
    stays judged. The publisher's own repository, a team's own newsletter writing its source on every link (no
    referrer twin), and a pair naming this repository keep their verdicts."""
    if identity is None or "ref=" not in text:
        return NO_PUBLISHER
    from urllib.parse import parse_qsl

    from ..identity import normalize, site_domain, site_name
    from .names import names_repository, whole_names

    paired: Dict[str, set] = {}
    written: Dict[str, str] = {}
    # each site's tagged pages by their utm_source as written, and the sources written with a campaign there
    listed: Dict[Tuple[str, str], set] = {}
    campaigned = set()
    for match in _TAGGED_HOST.finditer(text[:2_000_000]):
        link = match.group()
        if "utm_" not in link.lower():
            continue
        fields = {}
        address, _, query = link.partition("?")
        for key, value in parse_qsl(query.replace("&amp;", "&").split("#", 1)[0]):
            fields.setdefault(key.strip().lower(), value.strip())
        source, ref = fields.get("utm_source", ""), fields.get("ref", "")
        site = site_domain(match.group(1).lower().rstrip("."))
        if source:
            listed.setdefault((site, source), set()).add(address.lower())
            if fields.get("utm_campaign"):
                campaigned.add((site, source.lower()))
        if source and source.lower() == ref.lower():
            paired.setdefault(source.lower(), set()).add(site)
            written.setdefault(source.lower(), source)
    named = None
    for source, sites in sorted(paired.items(), key=lambda kv: -len(kv[1])):
        name = normalize(source)
        if len(sites) < MIN_PUBLISHER_SITES or len(name) < 4:
            continue
        home = next((site_domain(h.lower().rstrip(".")) for h in _ANY_HOST.findall(text[:2_000_000])
                     if site_name(h.lower().rstrip(".")) == name), "")
        if not home:
            continue
        named = named or whole_names(identity)
        if owns_site(identity, name) or names_repository(source, named):
            return NO_PUBLISHER  # the publisher's own repository (SimplifyJobs' lists): its own tags
        # its listing: the source written on the most pages of its site, never with a campaign
        listing = max(((len(pages), own) for (site, own), pages in listed.items()
                       if site == home and (site, own.lower()) not in campaigned and not any(c.isspace() for c in own)),
                      default=(0, ""))
        if listing[0] < MIN_LISTED_PAGES:
            continue
        return Publisher(home, written[source], listing[1])
    return NO_PUBLISHER


def publishers_link(url: str, site: str, source: str, listing: str = "") -> bool:
    """Whether `url` is one of a list publisher's links (scan.notes.copied_publisher_said): its utm_source is the publisher's
    referral `source`, or it goes to the publisher's `site` (its subdomains too) with the utm_source of its `listing`
    (`GHList`). A link to that site with other tags is the file's own (stranger16 R3: a team's own page's links to
    its own site), judged as ever."""
    from ..checks.tracking.fields import query_fields
    from ..identity import site_domain
    from ..urls import split_url, unquote

    first = next((f.value.strip() for f in query_fields(url) if f.name.strip().lower() == "utm_source"), "")
    first = unquote(first).lower() if first else ""
    if first and first == source.lower():
        return True
    host = split_url(url).host.lower()
    return bool(first) and bool(listing) and bool(host) and site_domain(host) == site and first == listing.lower()
