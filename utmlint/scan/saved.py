"""Whether an HTML or JSON file is another program's saved output, from the file alone: a tool's report or a page
saved from another site, whose links are that tool's or that site's, not the team's (scan.judge's `library_of` reads
it as it reads another project's minified build, scan.minified: only copied-tracking speaks on its links).

A tool's saved report is its output the same way (saved_report): Lighthouse writes its own tags on every "Learn
more" link of a report (`https://web.dev/speed-index/?utm_source=lighthouse&utm_medium=cli`), and a report kept in a
repository (Congo's example site keeps one as `lighthouse.html`: corpus 14 #131-#138 were told to complete and
respell them) holds the tool's links, not the team's. A report is known by what its renderer always writes into it
(REPORT_MARKERS: the data a Lighthouse HTML report renders from, a JSON report's version key), never by its name.

A page saved from another site is that site's output too (saved_page): Cheerio keeps api.jquery.com's `jQuery()` page
as a benchmark's input (`benchmark/documents/jquery.html`), Syncfusion's tags in its sidebar and all (corpus 8 #240
was told to complete them, respell the medium and write https). Such a copy keeps the address it was saved from: its
`<link rel="canonical">` names a page of a site the repository does not own, and its stylesheets still load from
that same site by their full address. A site's own page loads its stylesheets by a path of its own (or from a CDN,
another site than the canonical's), so a page of the team's whose canonical names a domain its repository's name
does not say keeps its verdicts.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Dict, Optional, Tuple

from ..identity import Identity, owns_site


# What a tool's report always holds, whatever it was saved as: the tool's name. Lighthouse's HTML report renders from
# `window.__LIGHTHOUSE_JSON__`, and its JSON report (`--output json`) opens with `"lighthouseVersion"`.
REPORT_MARKERS = (("__LIGHTHOUSE_JSON__", "Lighthouse"), ('"lighthouseVersion"', "Lighthouse"))
_REPORT_SUFFIXES = frozenset({".html", ".htm", ".json"})


def saved_report(text: str, path: str, identity: Optional[Identity]) -> str:
    """The tool whose saved report the file at `path` is (an HTML or JSON file holding a REPORT_MARKERS mark), when
    the repository is not that tool's own (its renderer's templates are the tool's own code), or ""."""
    name_of_file = path.replace("\\", "/").rsplit("/", 1)[-1]
    suffix = name_of_file[name_of_file.rfind("."):].lower() if "." in name_of_file else ""
    if identity is None or suffix not in _REPORT_SUFFIXES:
        return ""
    for marker, tool in REPORT_MARKERS:
        if marker in text:
            return "" if owns_site(identity, tool) else tool
    return ""


_PAGE_SUFFIXES = frozenset({".html", ".htm"})
# `<link ...>` tags, and in one the `rel` and `href` attributes (either order, either quote)
_LINK_TAG = re.compile(r"<link\b[^<>]*>", re.IGNORECASE)
_REL = re.compile(r"""\brel\s*=\s*["']?([^"'<>]+)""", re.IGNORECASE)
_HREF = re.compile(r"""\bhref\s*=\s*["']?(https?://[^/"'<>\s]+)""", re.IGNORECASE)


def saved_page(text: str, path: str, identity: Optional[Identity]) -> str:
    """The site (`api.jquery.com`) a saved copy of one of its pages comes from, when the HTML file at `path` is one:
    its canonical link names a page of that site, which the repository does not own (owns_site), and a stylesheet of
    it loads from that same site by its full address, and the file bears a sign no site generator's output has
    (_SAVED_SIGN: a browser's `<!-- saved from url=` comment, the classes Modernizr's or Typekit's scripts write on
    `<html>` at run time, a DOM snapshot; or a folder of a program's benchmark or test data): a team's own built
    page (Hugo's, Jekyll's absolute canonical and stylesheet on its site) is its own (stranger13 R2); else ""."""
    name_of_file = path.replace("\\", "/").rsplit("/", 1)[-1]
    suffix = name_of_file[name_of_file.rfind("."):].lower() if "." in name_of_file else ""
    if identity is None or suffix not in _PAGE_SUFFIXES or "canonical" not in text:
        return ""
    from ..identity import site_name

    canonical, styles = "", set()
    for tag in _LINK_TAG.findall(text[:200_000]):
        rel, href = _REL.search(tag), _HREF.search(tag)
        if rel is None or href is None:
            continue
        host = href.group(1).split("//", 1)[1].split(":", 1)[0].lower()
        words = rel.group(1).lower().split()
        if "canonical" in words and not canonical:
            canonical = host
        elif "stylesheet" in words:
            styles.add(site_name(host))
    if not canonical or site_name(canonical) not in styles or owns_site(identity, site_name(canonical)):
        return ""
    folders = path.replace("\\", "/").lower().split("/")[:-1]
    if not (_SAVED_SIGN.search(text[:200_000]) or any(f in _DATA_FOLDERS for f in folders)):
        return ""
    return canonical


# Signs a page was saved from a browser, not written by a generator: Internet Explorer's and Chrome's "Save as"
# comment, or the run-time classes Modernizr (`js`, `no-touch`, `multiplebgs`, `cssgradients`) and Typekit
# (`wf-active`, `wf-loading`) write on `<html>`, in the DOM a snapshot keeps (Cheerio's benchmark copy of
# api.jquery.com, corpus 8 #240).
_SAVED_SIGN = re.compile(
    r"<!--\s*saved from url=\(\d+\)|<html\b[^>]*\bclass\s*=\s*[\"'][^\"'>]*\b(?:wf-active|wf-loading|wf-inactive|"
    r"multiplebgs|cssgradients|boxshadow|no-touch|touchevents|no-touchevents|flexbox|csstransforms)\b", re.IGNORECASE)
# Folders of a program's benchmark or test data: pages kept there are inputs, not the team's site.
_DATA_FOLDERS = frozenset({"benchmark", "benchmarks", "bench", "fixtures", "fixture", "testdata", "test-data",
                           "test_data", "__fixtures__"})


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
NO_PUBLISHER = ("", "", "")


def copied_publisher(text: str, identity: Optional[Identity]) -> Tuple[str, str, str]:
    """(the publisher's site, its referral utm_source as written, the utm_source its list writes on its own site's
    pages): `("simplify.jobs", "Simplify", "GHList")` when the file copies a list that publisher's site hands out,
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
        return home, written[source], listing[1]
    return NO_PUBLISHER
