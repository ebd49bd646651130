"""A file that collects other people's links (a dataset of scraped pages, an awesome-list's backlog, a tracker
database): there most utm tags were written by the sites and newsletters the links were copied from, not by the
repository's team, so completing or respelling them is advice to the wrong person.

No URL rule can tell such tags from a team's own (`utm_source=contentofinterest&utm_medium=text` is a newspaper's,
and looks like any campaign); the file around them can. A team tagging its own links, even to many sites (a
sponsor block, a partners page), names itself or the placement in them and repeats its spelling: `utm_source=
fastapi`, `utm_campaign=htmx`, `utm_source=github` on every sponsor. A collection's links go to many unrelated
sites, each with its own unrelated source.

A link's tags are the file's own when one of its utm values names the repository (utmlint.identity: owner, name,
the folders the file sits in; not one word of a name of several, a list's topic), when it goes to the repository's own site, or when its utm_source is written on links
to two or more different sites of the file (a team's convention; copied tags are each their site's), unless that
source names a social network or an e-mail tool (checks.tracking.copied_posted.posted_kind: `twitter` on links to many
sites in a data set of Hacker News posts names where each was posted, session 29). Tags that
copied-tracking already recognises (a share button's, a newsletter's) are never the file's own. The file is a
collection when its other tagged links number at least MIN_LINKS, go to at least MIN_SITES different sites with at
least MIN_SOURCES different utm_source values (none counts as one), whatever number of own links sit beside them
(session 27, review7 F1: a post's reading list of three copied links beside the team's three own ones was told to
complete and respell The Verge's tags; dropping the rule that the others outnumber the own moved no finding of
`utmlint scan` on the files of corpora 4-8, benchmarks/corpus_scan/measure.py). Measured (session 26) on
the six labelled real-URL corpora (tests/validate_url, files grouped by their rows) and on every file with `utm_`
of 426 mirrored public repositories: the files that pass are datasets (gpt-researcher's Simple QA CSV, weaviate's
1k_websites.csv), a backlog (awesome-kotlin's), a newsletter's curated links (devopsish.com's notes) and recorded
test data (highlight's error mocks); every sponsor block, partners page and awesome-list of links their authors
submitted stays judged (its tags name the repository, or repeat, or are too few; This Week In React's sponsors
needed its initials, `twir`). The three thresholds moved together on the corpora: at 2 they also
take pypi/warehouse's sponsor list (warehouse/cli/sponsors.py, no copied tag in it) and webpack's awesome-list page
(one copied link of two); at 4 they lose weaviate's dataset (3 rows in corpus 6).
A file with one or two copied links (an article quoting one) is not told apart. Without a known repository (no git
remote, one URL alone) nothing says whose the tags are, and no file is called a collection.

`utmlint scan` computes it from a file's tracked URLs (scan.run); the corpus judge from the corpus rows of one file
(tests/validate_url/labelled_corpus.py, through validate_url's `file_urls`). The judge (scan.judge) then reports each
of the collection's other links once, as copied-tracking, and gives no completion or respelling advice on it.

A collection kept one file per issue or episode (a podcast's show notes, `podcast-1000.md` with the one news article
it discussed; a newsletter's archive, `2025-08-16-weekly.md`) has too few links in each file to be told apart: its
folder is the collection (folder_collection). The files beside each other whose names differ only in their numbers
(one `shape`, `podcast-*.md`), at least MIN_FILES of them with tracked links, are read as one file: the same
thresholds and the same reading of whose tags are whose, on all their links together (a sponsor's `utm_source=radiot`
still names the repository; a source written on links to two sites in two episodes is still the team's own, and so is
a campaign: php.net's news entries, `utm_campaign=phpnet` on each conference's link), and most of those files must
hold other people's links (php.net's few entries left with a conference's own campaign are not a collection). A file
that is a collection by itself keeps its own verdict, and a collection's message names the files' shape, not figures
that every new episode would change. Measured on the labelled corpora 2-11 (session 30): radio-t's show notes (30
episodes in corpus 10, one copied article each, told to complete `utm_source=banner` and `utm_campaign=cf_blog/`)
are found, 3 wrong findings gone, none lost; at MIN_FILES 2 the same. On the whole trees of the mirrored repositories
of corpora 7-12 at their corpus commits, radio-t's show notes are the one folder collection (61 copied links in 58
episodes: FeedBurner's, SocialFlow's, The Verge's, `utm_source=chatgpt.com`); php.net's news entries were one (66
links of conferences' own tags for php.net, labelled missing-utm-param) until the campaign convention and the majority
of files were asked. The folder is the one scan reads: `utmlint scan` computes it after every file's own verdict, from the candidates
of the files it scans, each kept in the file's own cache entry (scan.run.Scanner._folders), so the cache stays per file
and a sibling edited, added or deleted moves the verdict on the next run. A file named alone on the command line (a
pre-commit hook's new episode) is read with the files of its shape a walk of its folder would find.
"""

from __future__ import annotations

import re
from typing import Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

from ..records import NamedTuple
from ..identity import reserved_host
from .names import names_repository, whole_names

MIN_LINKS = 3  # other people's tagged links in the file
MIN_SITES = 3  # the different sites they go to
MIN_SOURCES = 3  # the different utm_source values they carry (a link without one counts as one value)
MIN_FILES = 3  # files of one shape, with tracked links, in one folder: a folder collection (folder_collection)
_DIGITS = re.compile(r"[0-9]+")
# JSON Lines (`.jsonl`, `.ndjson`) hold one record a line: an event log's landing URLs, an export, scraped pages
# (stranger16 R10: a team's own `page_view` log was judged as its links and `--fix` rewrote the recorded rows)
JSON_LINES = (".jsonl", ".ndjson")
DATA_SET_SUFFIXES = (".csv", ".tsv") + JSON_LINES
_KEYS = ("utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term")


def is_data_set(path) -> bool:
    """Whether the file is a table of records (a `.csv`, JSON Lines): where a collection's links are data, not links."""
    return str(path).lower().endswith(DATA_SET_SUFFIXES)


# A recorded event's key in a JSON Lines record: when it happened, what happened, whose visit (GA4's and Segment's
# exports, a server's access log as JSON)
_RECORD_KEY = re.compile(r'"(?:ts|timestamp|time|event|event_name|event_time|event_timestamp|created_at|received_at|'
                         r'sent_at|datetime|session_id|client_id|user_pseudo_id|anonymous_id|visitor_id)"\s*:',
                         re.IGNORECASE)


def json_lines_records(path, text: str, urls: Iterable[str]) -> Optional["Collection"]:
    """A JSON Lines file's tagged URLs as records, whichever site they go to, when its lines are recorded events (a
    time, an event or a visitor's id beside the URL on most of them: an event log's `page_location`s are the team's own
    site's, as its visitors arrived): a data set whose one note says so (Judge.data_set_note). None for another kind
    of file, one with no tagged URL, or the team's own list of links kept a line each (`{"slug": ..., "url": ...}`),
    whose links it publishes and which are judged as any."""
    if not str(path).lower().endswith(JSON_LINES) or not _most_hold(text.splitlines()[:200], _RECORD_KEY):
        return None
    others = frozenset(urls)
    if not others:
        return None
    from ..urls import split_url

    sites = len({split_url(url).host.lower() for url in others})
    return Collection(others, sites, 0, 0, records=True)


# A record's field holding what a model or a search returned (an LLM eval or training set's recorded answers, a search
# tool's quoted results): `answer`, `completion`, `response`, `output`, ...; in JSON a key (`"answer":`) or a chat's
# `"role": "assistant"` turn, in a CSV or TSV a column of the header
_ANSWER_NAME = (r"(?:answers?|completions?|responses?|outputs?|generations?|generated(?:_text)?|"
                r"model_(?:answer|output|response)|predictions?|chosen|rejected|search_results|snippets?|citations)")
_ANSWER_KEY = re.compile(r'"' + _ANSWER_NAME + r'"\s*:|"role"\s*:\s*"assistant"', re.IGNORECASE)
_ANSWER_COLUMN = re.compile(_ANSWER_NAME, re.IGNORECASE)
# A field only a model's output is kept under (an eval or training set, not a help center's `answer`): there even links
# to the team's own site are what a model answered (an "AI visibility" test of what an assistant says of the product)
_MODEL_NAME = (r"(?:completions?|responses?|outputs?|generations?|generated(?:_text)?|"
               r"model_(?:answer|output|response)|predictions?|chosen|rejected)")
_MODEL_KEY = re.compile(r'"' + _MODEL_NAME + r'"\s*:|"role"\s*:\s*"assistant"', re.IGNORECASE)
_MODEL_COLUMN = re.compile(_MODEL_NAME, re.IGNORECASE)
_TABLES = (".csv", ".tsv")


def _holds_answers(path, text: str, key=_ANSWER_KEY, column=_ANSWER_COLUMN) -> bool:
    """Whether the file's records hold answers (_ANSWER_NAME; a model's outputs with _MODEL_KEY, _MODEL_COLUMN): most
    lines of a JSON Lines file hold an answer's key, a JSON file holds MIN_LINKS of them or more (a list of records), a
    CSV or TSV file's header names such a column."""
    name = str(path).lower()
    if name.endswith(".json"):
        return sum(1 for _ in zip(range(MIN_LINKS), key.finditer(text[:2_000_000]))) >= MIN_LINKS
    if not name.endswith(JSON_LINES + _TABLES):
        return False
    head = text.splitlines()[:200]  # split once: a JSON Lines file's first records, or a table's header
    if name.endswith(JSON_LINES):
        return _most_hold(head, key)
    header = next((line for line in head[:5] if line.strip()), "")
    return any(column.fullmatch(cell.strip().strip("\"'").strip()) for cell in re.split(r"[,\t;]", header))


def _most_hold(head: List[str], key) -> bool:
    """Whether most of a JSON Lines file's first lines (`head`) that are not blank hold `key`, a record's field."""
    lines = [line for line in head if line.strip()]
    return bool(lines) and 2 * sum(key.search(line) is not None for line in lines) >= len(lines)


def recorded_answers(path, text: str, candidates: Iterable[Candidate], own=None) -> Optional[Collection]:
    """A file of recorded answers (an LLM eval or training set: each record a prompt and what a model or a search
    answered, `{"prompt": ..., "answer": "See [1](https://docs.python.org/...?utm_source=chatgpt.com)"}`, as JSON
    Lines, a JSON list or a CSV or TSV with an `answer` column: _holds_answers), whose links carrying tags
    copied-tracking knows as another's (`marked`: an AI assistant's `utm_source=chatgpt.com`) are records of what was
    answered, not links the team publishes (stranger16 R10: an eval set of 200 answers was 400 errors): a data set
    whose one note says so (Judge.data_set_note). Outside JSON Lines it takes MIN_LINKS such links or more: a site
    keeps its FAQ as a JSON list or a sheet of questions and answers too, and a link or two pasted there from an
    assistant's answer is the team's to untag. A link with tags of no known other (a support bot's knowledge base
    answering with the team's own `utm_source=chatbot` link) stays judged, and so do the tags a file of records of
    another shape carries (the team's own list of links, one a record, publishes them: a copied `chatgpt.com` there
    is to remove). Quoted web results with their sites' own tags are a collection already (collection, read before).
    None when the file is not such a file, or not enough of its links are so marked. `own(url)`: whether a link goes
    to the team's own site (the repository's, or a host `own-hosts` names): a knowledge base's answers linking it
    publish those links, so a copied `chatgpt.com` there is the team's to remove (stranger17 R12: a help center's FAQ
    of four such answers was one info note, exit 0), and is judged as any, unless the records keep a model's output
    (_MODEL_NAME: a `completion`, an assistant's turn)."""
    if not _holds_answers(path, text):
        return None
    if own is not None and _holds_answers(path, text, _MODEL_KEY, _MODEL_COLUMN):
        own = None  # a model's outputs: its links to the team's site are recorded too
    others = {c.url: c.site for c in candidates if c.marked and not (own is not None and own(c.url))}
    if not others or (len(others) < MIN_LINKS and not str(path).lower().endswith(JSON_LINES)):
        return None  # a site's FAQ with a link or two pasted from an assistant's answer: the team publishes them
    return Collection(frozenset(others), len(set(others.values())), 0, 0, records=True, answers=True)


# An agent skill's folder (`.github/skills/<name>/`, `.claude/skills/<name>/`, `skills/<name>/`) keeps, beside its
# SKILL.md, the outputs it is shown as examples of its work (`examples/`): recorded outputs of the agent, as an eval set's
# answers are (recorded_answers). An agent that reads the web writes there the links it retrieved with the tags of the
# pages it read them on: briancl2/CustomerNewsletter's newsletter skill keeps its runs' link lists, GitHub's blog's
# cross-promotion tags (`utm_source=blog-day1-recap-homepage&utm_medium=blog`) and resources hub's on its links to
# github.blog (corpus 24 #24-#28: told to respell the medium and add one, six wrong findings). Too few sites for a
# collection (one blog), but the file is a record of what the agent found, not links the team publishes.
_SKILL_FOLDERS = frozenset({"skills", "skill"})
_EXAMPLE_FOLDERS = frozenset({"examples", "example", "sample-outputs", "outputs"})


def agent_outputs(path) -> bool:
    """Whether the file sits in an agent skill's folder of example outputs (`skills/<name>/examples/...`)."""
    folders = str(path).replace("\\", "/").lower().split("/")[:-1]
    return any(folders[i] in _SKILL_FOLDERS and folders[i + 2] in _EXAMPLE_FOLDERS for i in range(len(folders) - 2))


def recorded_outputs(path, candidates: Iterable["Candidate"], identity) -> Optional["Collection"]:
    """An agent skill's example outputs (agent_outputs) as recorded outputs: the links whose tags are not the file's
    own (collection's own test: the repository's site, a value naming it, a source written on links to two or more
    sites, the team's convention an agent writing the team's own newsletter keeps) are the pages' the agent read,
    however few. None for another file, or one with no such link. A team's own links there (its tags naming it, its
    convention) keep their verdicts, typos and all."""
    if identity is None or not agent_outputs(path):
        return None
    # the repository's names, not its folders': `.github/skills/content-retrieval/examples/` names GitHub's config
    # folder and the skill, not the sites whose pages the agent read (github.blog is not the repository's)
    identity = identity._replace(names=identity.names - identity.folders, folders=frozenset())
    links = list({c.url: c for c in candidates}.values())
    _, others = _own_and_others(links, identity)
    if not others:
        return None
    return Collection(frozenset(c.url for c in others), len({c.site for c in others}),
                      len({c.values.get("utm_source", "") for c in others}), len(links) - len(others), outputs=True)


def recorded_landings(path, text: str, occurrences) -> Optional["Collection"]:
    """A JSON file's records of where requests landed after their redirects (a link checker's or a crawler's results:
    scan.data.landing_value, `"finalUrl"` beside the request's `"status": 200`): their tagged URLs are records of the
    address each site or network's redirect ended on, tags and all (eHUB's `utm_source=ehub&utm_medium=affiliate&ehub=
    <click id>`, written by its redirect on the merchant's site: corpus 26 #26-#32, five told to add a campaign), not
    links the file publishes: a data set whose one note says so (Judge.data_set_note). The file's other links (each
    request's own `"url"`, the team's affiliate link) are judged as any. None when there is no such record."""
    from .data import landing_records

    landed, key = landing_records(path, text, occurrences)
    others = frozenset(url for url in landed if candidate(url) is not None or "utm_" in url.lower())
    if not others:
        return None
    from ..urls import split_url

    return Collection(others, len({split_url(url).host.lower() for url in others}), 0, 0, records=True, landed=key)


class Collection(NamedTuple):
    """A file of other people's links: which of its URLs carry tags that are not the file's own, and the figures
    that made it one (said in the finding)."""

    others: FrozenSet[str]
    sites: int
    sources: int
    own: int
    shape: str = ""  # the files' shape (`podcast-*.md`) when the verdict is their folder's (folder_collection)
    records: bool = False  # a JSON Lines file's records, whoever's links they are (json_lines_records)
    answers: bool = False  # a file's recorded answers, a model's or a search's (recorded_answers)
    outputs: bool = False  # an agent skill's example outputs, the links it retrieved (recorded_outputs)
    landed: str = ""  # the key a link checker's records keep where each request landed (`finalUrl`: recorded_landings)


class Candidate(NamedTuple):
    """One distinct tracked URL of the file, as the judge sees it: its site, its utm values (lower case,
    decoded), and whether copied-tracking already reports its utm tags as another platform's."""

    url: str
    site: str
    values: Dict[str, str]
    marked: bool
    posted: bool = False  # its utm_source names a social network or an e-mail tool (checks.tracking.copied_posted.posted_kind)


# App stores, whose listings are each their publisher's page: (host, the path before the listing's name). A link to a
# listing is a link to its app's publisher, not to Google or Apple: WalletConnect's wallet registry, copied into
# Web3Auth's `scripts/wallet-registry-wc.json`, links each wallet's Play and Chrome Web Store listing with the wallet
# maker's own tags (corpus 14 #92-#96), six publishers, not one site.
_STORE_PATHS = (("chrome.google.com", "/webstore/detail/"), ("chromewebstore.google.com", "/detail/"),
                ("microsoftedge.microsoft.com", "/addons/detail/"), ("addons.mozilla.org", "/addon/"),
                ("apps.apple.com", "/app/"))
STORE_HOSTS = frozenset({"play.google.com", *(host for host, _ in _STORE_PATHS)})
_WORD = re.compile(r"[a-z0-9]+")


def listing_publisher(host: str, path: str, fields) -> str:
    """The publisher of the app or extension a store listing shows (`play.google.com/store/apps/details?id=
    com.pillarproject.wallet`: pillarproject, its reverse-domain id's name; `chrome.google.com/webstore/detail/
    rainbow/opfg...`: rainbow, its name's first word), or "" for any other page."""
    if host == "play.google.com" and path.startswith("/store/apps/details"):
        app = next((f.value.strip().lower() for f in fields if f.name.strip().lower() == "id"), "")
        labels = [label for label in app.split(".") if label]
        return labels[1] if len(labels) >= 2 else (labels[0] if labels else "")
    for store, before in _STORE_PATHS:
        if host == store and before in path:
            words = _WORD.findall(path.split(before, 1)[1].split("/", 1)[0].lower())
            return words[0] if words else ""
    return ""


def candidate(url: str, marked: bool = False) -> Optional[Candidate]:
    """The URL as a candidate, or None when it has no real http(s) host (a relative link, a placeholder host: the
    team's own template) or no utm key (HuffPost's `utm_hp_ref` counts: a site's tag, copied with the link). A
    store listing's site is its publisher (listing_publisher), and a Play listing tagged in its `referrer` carries
    the referrer's tags (where GA4 reads an install's campaign)."""
    from ..checks.tracking.fields import query_fields
    from ..identity import site_name
    from ..urls import query_pairs, split_url

    parts = split_url(url.strip())
    host = parts.host.lower() if parts.scheme in ("http", "https") else ""
    if not host or "{" in host or "$" in host or "%" in host or reserved_host(host):
        return None  # `example.com` in a test or a doc is the team's own stand-in, not a copied link
    values: Dict[str, str] = {}
    tagged = False
    fields = query_fields(url)
    for field in fields:
        name = field.name.strip().lower()
        tagged = tagged or name.startswith("utm_")
        if name in _KEYS and name not in values:
            values[name] = field.value.strip().lower()
    publisher = listing_publisher(host, parts.path, fields)
    if not tagged and publisher and host == "play.google.com":
        referrer = next((f.value for f in fields if f.name.strip().lower() == "referrer"), "")
        for name, value in query_pairs(referrer) if "utm_" in referrer else ():
            name = name.strip().lower()
            tagged = tagged or name.startswith("utm_")
            if name in _KEYS and name not in values:
                values[name] = value.strip().lower()
    if not tagged:
        return None
    from ..checks.tracking.copied_posted import posted_kind

    source = values.get("utm_source", "")
    return Candidate(url, publisher or site_name(host), values, marked, bool(source) and bool(posted_kind(source)[0]))


def collection(candidates: Iterable[Candidate], identity, data_set: bool = False, campaigns: bool = False
               ) -> Optional[Collection]:
    """The file's collection verdict from its tracked URLs (one Candidate per distinct URL), or None when the file
    is not a collection or whose repository it is is unknown. `data_set`: the file is a table of records (a `.csv`,
    scan.collection.is_data_set), whose rows repeat a source because the web does (The Atlantic's SocialFlow `SFFB` on
    two of its sites, a newsletter's `nextdraft` on the sites it linked, in corpus 10's Hacker News CSV): there a
    repeated source is no convention of the file's, and only a row on the repository's own site or naming it is
    its own."""
    if identity is None:
        return None
    links: List[Candidate] = list({c.url: c for c in candidates}.values())
    own, others = _own_and_others(links, identity, data_set, campaigns)
    sites = len({c.site for c in others})
    sources = len({c.values.get("utm_source", "") for c in others})
    if len(others) < MIN_LINKS or sites < MIN_SITES or sources < MIN_SOURCES:
        return None
    return Collection(frozenset(c.url for c in others), sites, sources, len(own))


def _own_and_others(links: List[Candidate], identity, data_set: bool = False, campaigns: bool = False
                    ) -> Tuple[List[Candidate], List[Candidate]]:
    """The file's links (each once) split into (the file's own, others'): a link copied-tracking marks is another's;
    else its own when it goes to the repository's site, carries a utm_source the file writes on links to two or more
    sites (a utm_campaign too, with `campaigns`), or a value naming the repository (collection, recorded_outputs)."""
    from ..identity import owns

    named = whole_names(identity)
    # a utm_source written on links to two or more sites is the file's convention (copied-tracking's aside), but not
    # a social network's or an e-mail tool's name (`twitter` on links to Reuters, Vox and National Geographic in a
    # data set of Hacker News posts, corpus 10 #207-#236): that names where each link was posted or sent by someone
    # else, not where the file's reader is (`github` on a README's sponsor links is the file's own); read when the
    # candidate was made (`posted`), so a warm scan's folder verdict loads no rule module
    sites_of: Dict[str, set] = {}
    for c in links:
        source = c.values.get("utm_source", "")
        if source and not c.marked and not data_set and not c.posted:
            sites_of.setdefault(source, set()).add(c.site)
    # `campaigns` (a folder's files, folder_collection): a utm_campaign written on links to two or more sites is the
    # placement's, as a source is (`utm_campaign=phpnet`, each conference's tag for its php.net news entry)
    campaign_sites: Dict[str, set] = {}
    if campaigns and not data_set:
        for c in links:
            campaign = c.values.get("utm_campaign", "")
            if campaign and not c.marked:
                campaign_sites.setdefault(campaign, set()).add(c.site)
    own: List[Candidate] = []
    others: List[Candidate] = []
    for c in links:
        is_own = not c.marked and (
            owns(identity, c.site)
            or len(sites_of.get(c.values.get("utm_source", ""), ())) >= 2
            or len(campaign_sites.get(c.values.get("utm_campaign", ""), ())) >= 2
            or any(names_repository(v, named) for v in c.values.values()))
        (own if is_own else others).append(c)
    return own, others




# A newsletter's name run together with the word for its rhythm (`nodeweekly`, `javascriptweekly`, `reactdigest`), one
# word of a file name between separators: in a numbered name, a variable part as its numbers are
_LETTER_NAME = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{4,}(?:weekly|digest|daily|monthly)(?![A-Za-z0-9])", re.IGNORECASE)


def shape(name: str) -> str:
    """A file name with its numbers as `*` (`podcast-1000.md` -> `podcast-*.md`): the files of one series (an issue,
    an episode, a week each); "" for a name without a number, which names one file, not a series. A newsletter's name
    run together with its rhythm (`nodeweekly`) is a `*` too: a digest of several newsletters kept one file per issue
    (klaaay/weekly-gen's `outputs/2026-02-20_nodeweekly_Archives_Issue_612_summary.md` beside
    `..._javascriptweekly_Archives_Issue_752_summary.md`, corpus 24 #34-#40: each file one or two sponsors' links,
    told to respell and complete their tags) is one series whatever newsletter each issue is of; a team's own
    archive of one newsletter is one series either way."""
    if not _DIGITS.search(name):
        return ""
    return _LETTER_NAME.sub("*", _DIGITS.sub("*", name))


_ISSUE_FOLDER = re.compile(r"[0-9]+(?:[-_.][0-9]+)*")


def series(path: str, sep: str = "/") -> Tuple[str, str]:
    """(folder, shape) of the series a file is one of: its name's numbers as `*` in its own folder (`podcast-*.md`);
    or, for a name without a number in a folder named by a number or a date alone (a newsletter's archive kept one
    folder per issue, Hugo's page bundles: DevOps'ish's `content/archive/123/notes.md`, corpus 5 #82), the same name
    in each such folder of the folder above (`*/notes.md`, whose numbered folders are the issues; not `v2/guide.md`,
    a version); ("", "") for neither. Kept in dated folders, a series spans them (corpus 24 #44-#49 #51, a web digest
    told to respell and complete the tags its files copied, one or two a file): a numbered name in a folder named by a
    number or a date is one of the folder above's (`markdown/2023/WebDigest-20230608.md`: `*/WebDigest-*.md` in
    `markdown`, its issues across years), and a name below a subfolder of such a folder is the same name in each
    (`webdb/2023/20230208/coverpic/random.json`: `*/coverpic/random.json` in `webdb/2023`, a day's fetch each)."""
    folder, _, name = path.rpartition(sep)
    above, _, parent = folder.rpartition(sep)
    if shape(name):
        if parent and _ISSUE_FOLDER.fullmatch(parent):  # `markdown/2023/WebDigest-20230608.md`: a year's folder
            return above, f"{shape(parent)}/{shape(name)}"
        return folder, shape(name)
    if parent and _ISSUE_FOLDER.fullmatch(parent):
        return above, f"{shape(parent)}/{name}"
    top, _, dated = above.rpartition(sep)
    if dated and _ISSUE_FOLDER.fullmatch(dated):  # `webdb/2023/20230208/coverpic/random.json`: a day's fetch
        return top, f"{shape(dated)}/{parent}/{name}"
    return "", ""


def folder_collection(files: Sequence[Sequence[Candidate]], identity, data_set: bool, shape_: str
                      ) -> Optional[Collection]:
    """The verdict of a folder's files of one shape (`shape_`), each given by its candidates: at least MIN_FILES of
    them with tagged links, read together as one file (collection). None when they are fewer or not a collection."""
    tagged = [candidates for candidates in files if candidates]
    if not shape_ or len(tagged) < MIN_FILES:
        return None
    found = collection([c for candidates in tagged for c in candidates], identity, data_set, campaigns=True)
    # most of the files hold other people's links (a podcast's episodes, each linking the news it discussed), not a
    # few among many that hold the placement's own (php.net's news entries, tagged by each conference for php.net)
    if found is None or 2 * sum(1 for candidates in tagged if any(c.url in found.others for c in candidates)) \
            <= len(tagged):
        return None
    return found._replace(shape=shape_)
