"""Measure readings that would hold back value advice on links to OTHER sites than the repository's, on the labelled
corpora, before any is written into the rules.

    python benchmarks/other_sites.py [2 3 ... 26]     # from the checkout, its venv active; default: every corpus

Issue 12's blind corpora were wrong most often with value advice (value-case, medium-unassigned, missing-utm-param,
campaign-slug) on tags the repository did not choose, and mostly on links to other sites: blind labels of corpora 19-26
found such advice right 203 times of 405 on a foreign host against 201 of 224 on the repository's own or named one.
Each corpus's causes were fixed by narrow readings; session 39 asked whether a GENERAL reading tells the foreign
links' wrong advice from the right, and measured candidates here (nothing here changes a finding). For every value
finding (pair of URL and rule) on a link to a foreign host (not the repository's site in tests/data/site-hosts.tsv,
not one identity.owns_site gives it by name), it counts:

- hist: label rows as first written (a `wrong` row stays after a later change fixed it), corpora 2-26;
- blind: the same, corpora 19-26 (labelled before utmlint ran on them);
- today: today's findings as tests/validate_url/labelled_corpus.judge judges them (wrong, correct): what the reading
  would remove now (a correct one removed is a silent pass, as bad as a wrong one kept).

Session 39 (after otherlinks' two readings: 46 wrong of 4123), foreign value pairs hist 660 wrong / 1637 correct,
blind 202/203, today 34/1544. Two thirds of the wrong rows (435 of 660) have copied-tracking labelled present: the tags
are a copy. Each candidate, as (hist wrong/correct; blind; today):

- the source names the destination site: 28/8; 10/3; 0/7
- the source is a domain-like name of a third site (a top-level domain at its end): 34/67; 2/8; 5/66
- the file sits in a copy's folder (archive, cache, outputs, old, backup, ...): 65/40; 52/12; 3/35
- the source names neither the repository nor a generic placement, no sponsor word in the tags or path: 522/676;
  161/53; 22/627; and its (source, medium) on one site of the repository's rows: 459/488; 135/27; 22/475; and that
  site getting one tag set there: 298/209; 69/11; 16/205
- the link's tag values written on no other row of the repository (3+ rows), source other: 144/118; 31/5; 11/110
- an e-mail medium and a source not naming the repository: 30/15; 5/0; 3/15 (copied-tracking already has most)
- an article-like destination path (a date, a blog or course folder, a long slug), source other: 182/115; 34/17; 5/113
- a repository named as a collection (awesome, notes, course, jobs, ...), source other: 182/91; 92/3; 13/91
- value-case alone, the source other and its pair on one site: 103/65; 38/8; 8/59

None removes more wrong findings than correct ones today: each that looks good on the blind rows (corpus 21's job lists
dominate them) costs 35-550 correct findings on corpora 2-18, the same wall benchmarks/own_form.py hit. The right
foreign findings are placements (a sponsor block, a WordPress plugin's upsell to its vendor's site, a partner page, a
team's second domain); the wrong ones citations (a link quoted with the tags it was copied with). The URL, its path,
the repository's name and its corpus rows carry no trace of the difference beyond the tag values themselves. Two
narrow-shaped readings passed (5 and 6 wrong, no correct one, as first labelled; both written, session 39):
`credited_site` below (checks.tracking.copied_outgoing.credited_site: a source crediting a third site by its domain,
whatever the medium) and `sample` (scan.judge Judge._sample: every utm value one letter).
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "validate_url"))
sys.path.insert(0, str(REPO))

from labelled_corpus import judge, read_tsv  # noqa: E402

from utmlint.checks.tracking.copied_owner import link_site, tag_set  # noqa: E402
from utmlint.checks.tracking.copied_outgoing import credited_site  # noqa: E402
from utmlint.checks.tracking.copied_file import file_convention  # noqa: E402
from utmlint.identity import from_slug, in_folder, owns_site, site_name  # noqa: E402
from utmlint.linkplace import link_place  # noqa: E402
from utmlint.scan.names import repository_names, value_names_repository  # noqa: E402
from utmlint.urls import split_url  # noqa: E402

VALUE = ("value-case", "medium-unassigned", "missing-utm-param", "medium-channel-intent", "campaign-slug",
         "value-charset", "value-separator", "source-domain-style", "source-medium-swapped", "source-overrides-medium",
         "value-whitespace")
BLIND = 19
_GENERIC = {"github", "githubcom", "gh", "readme", "twitter", "x", "linkedin", "facebook", "newsletter", "email",
            "google", "website", "docs", "blog"}
_SPONSOR = re.compile(r"sponsor|partner|\bads?\b|affiliat|banner|logo|backer|patreon|opencollective|funding", re.I)
_COPY_DIR = re.compile(r"(^|/)(archives?|cache|outputs?|notifications?|previous[^/]*|old[^/]*|backup|imports?|vendor"
                       r"|third[_-]?party|3rd|snapshots?|fixtures?|saved|dump|scraped?|crawl[^/]*)(/|$)", re.I)
_TLD = re.compile(r"[._-](?:com|io|org|net|ai|dev|co|app|so|jobs|me|xyz|cc|tv)$")
_ARTICLE = re.compile(r"/(19|20)\d\d/|/(blog|blogs|posts?|articles?|news|stories|story|learn|courses?|tutorials?|watch"
                      r"|p|t|questions)/|\.html?$|/[a-z0-9]+(?:-[a-z0-9]+){3,}/?$", re.I)
_COLLECTION = re.compile(r"awesome|list|notes|course|tutorial|days|guide|handbook|digest|weekly|internship|jobs"
                         r"|cookbook|resources|learn|book|collection|curated|news|archive|roadmap|interview|cheat", re.I)
_EMAIL = re.compile(r"^(e[ _-]?mails?|newsletters?|nl[_-]?\w*|rss|feed|drip)$", re.I)


def _host(url: str) -> str:
    try:
        host = (split_url(url).host or "").lower()
    except ValueError:
        return ""
    return "" if not host or any(c in host for c in "{$%<") else host


def _path(url: str) -> str:
    try:
        return split_url(url).path or ""
    except ValueError:
        return ""


class Row(dict):
    """One value finding or label row on a link to a foreign host, with what the readings ask of it."""


def _rows(numbers):
    sites = defaultdict(set)
    for row in read_tsv(REPO / "tests" / "data" / "site-hosts.tsv"):
        sites[row["repo"]].add(row["host"].lower().removeprefix("www."))
    out = []
    for number in numbers:
        folder = REPO / "tests" / "data" / f"real-urls-{number}"
        judged = judge(folder)
        origin = {row["url"]: row for row in judged.urls}
        repo_rows, file_rows = defaultdict(list), defaultdict(list)
        for row in judged.urls:
            repo_rows[row["repo"]].append(row["url"])
            file_rows[(row["repo"], row["path"])].append(row["url"])
        pairs = {(row["url"], row["rule"]): row["verdict"] for row in read_tsv(folder / "labels.tsv")
                 if row["rule"] in VALUE and row["verdict"] in ("correct", "wrong")}
        for (url, rule) in judged.said:
            if rule in VALUE:
                pairs.setdefault((url, rule), "")
        for (url, rule), label in pairs.items():
            where = origin.get(url)
            host = _host(url)
            if where is None or not host:
                continue
            slug, bare = where["repo"], host.removeprefix("www.")
            named = repository_names(slug)
            if any(bare == s or bare.endswith("." + s) for s in sites.get(slug, ())) or (
                    named is not None and owns_site(named, site_name(host))):
                continue  # the repository's own or named site
            source, medium, campaign = tag_set(url)
            squashed = re.sub(r"[^a-z0-9]", "", source.lower())
            there = re.sub(r"[^a-z0-9]", "", site_name(host))
            kind = ("none" if not source else "repo" if named is not None and value_names_repository(named, source)
                    else "dest" if len(there) >= 3 and (there in squashed or len(squashed) >= 4 and squashed in there)
                    else "generic" if squashed in _GENERIC else "other")
            others = [u for u in repo_rows[slug] if u != url]
            pair_sites = {link_site(u) for u in repo_rows[slug] if tag_set(u)[:2] == (source, medium)}
            site_sets = {tag_set(u) for u in repo_rows[slug] if _host(u) and link_site(u) == link_site(url)}
            mine = {v for v in (source, medium, campaign) if v}
            identity = in_folder(from_slug(slug), where["path"])
            convention = file_convention(file_rows[(slug, where["path"])], identity)
            out.append(Row(n=number, url=url, rule=rule, repo=slug, path=where["path"], label=label,
                           now=judged.said.get((url, rule), ""), source=source, medium=medium, campaign=campaign,
                           kind=kind, pair_sites=len(pair_sites), site_sets=len(site_sets), repo_rows=len(others) + 1,
                           lone=not any(mine & {v for v in tag_set(u) if v} for u in others),
                           credited=bool(credited_site(url, identity, convention if tag_set(url) in convention
                                                       else frozenset(), link_place(where["path"])))))
    return out


def _sponsor(r) -> bool:
    return bool(_SPONSOR.search(" ".join((r["source"], r["medium"], r["campaign"], r["path"]))))


READINGS = {
    "the source names the destination site": lambda r: r["kind"] == "dest",
    "the source is a third site's domain-like name": lambda r: r["kind"] == "other" and bool(_TLD.search(
        r["source"].lower())),
    "the file sits in a copy's folder": lambda r: bool(_COPY_DIR.search(r["path"])),
    "source other, no sponsor word": lambda r: r["kind"] in ("other", "none", "dest") and not _sponsor(r),
    ".. and its pair on one site": lambda r: r["kind"] in ("other", "none", "dest") and not _sponsor(r)
    and r["pair_sites"] <= 1,
    ".. and the site gets one tag set": lambda r: r["kind"] in ("other", "none", "dest") and not _sponsor(r)
    and r["pair_sites"] <= 1 and r["site_sets"] <= 1,
    "values lone in the repository's 3+ rows, source other": lambda r: r["lone"] and r["repo_rows"] >= 3
    and r["kind"] in ("other", "none", "dest") and not _sponsor(r),
    "an e-mail medium, source not the repository": lambda r: r["kind"] != "repo" and bool(_EMAIL.match(r["medium"])),
    "an article-like path, source other": lambda r: bool(_ARTICLE.search(_path(r["url"])))
    and r["kind"] in ("other", "none", "dest") and not _sponsor(r),
    "a collection-named repository, source other": lambda r: bool(_COLLECTION.search(r["repo"].split("/")[1]))
    and r["kind"] in ("other", "none", "dest") and not _sponsor(r),
    "value-case, source other, pair on one site": lambda r: r["rule"] == "value-case"
    and r["kind"] in ("other", "none", "dest") and r["pair_sites"] <= 1,
    "credited_site (written, session 39)": lambda r: r["credited"],
    "sample (written, session 39)": lambda r: all(len(v) == 1 and v.isalpha() for v in (r["source"], r["medium"],
                                                                                          r["campaign"]) if v)
    and any((r["source"], r["medium"], r["campaign"])),
}


def main(argv) -> None:
    numbers = [int(n) for n in argv if n.isdigit()] or sorted(
        int(p.name.rpartition("-")[2]) for p in (REPO / "tests" / "data").glob("real-urls-*"))
    rows = _rows(numbers)
    for name, reading in {"(every foreign value pair)": lambda r: True, **READINGS}.items():
        counts = Counter()
        for r in rows:
            if not reading(r):
                continue
            if r["label"]:
                counts["hist", r["label"]] += 1
                counts["blind", r["label"]] += r["n"] >= BLIND
            if r["now"]:
                counts["today", r["now"]] += 1
        print(f"{name:58} hist {counts['hist', 'wrong']:4}/{counts['hist', 'correct']:4}  blind "
              f"{counts['blind', 'wrong']:4}/{counts['blind', 'correct']:4}  today {counts['today', 'wrong']:3}/"
              f"{counts['today', 'correct']:4}")


if __name__ == "__main__":
    main(sys.argv[1:])
