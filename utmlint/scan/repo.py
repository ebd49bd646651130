"""`utmlint scan`'s repo-wide step: the spelling rules (one utm_source written two ways) across every
scanned link and every campaign file of the project, as `lint` runs them across campaign files.

Campaign files are lint's: their facts are lint's own results, kept in the scan cache under the hash of
the bytes lint read (with a settled stat as the shortcut, as for scanned files). The repo-wide result is
kept too, under a key made of what it depends on: each scanned file's shown name and content key (its
spellings follow from them) and the campaign files' facts; a warm run whose key matches makes no facts.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Dict, List, Optional

from ..diagnostics import Diagnostic
from .cache import RACY_NS, content_hash


def campaign_facts(scanner) -> list:
    """Facts of every campaign file of the project: lint's own results (from lint's cache when warm).
    The scan cache keeps each file's facts too, under the hash of the bytes lint read, with a stamp
    taken before lint read them (the same rule as scan_file's): when every campaign file is as it was,
    no linter, rule or YAML parser is loaded for them."""
    if scanner.config.source is None:
        return []
    from ..discovery import walk

    campaign_files = list(walk(scanner.config, scanner.config.root))
    if not campaign_files:
        return []
    known = dict(scanner._load_cache().campaigns) if scanner.use_cache else {}
    facts: Dict[str, object] = {}
    stamps: Dict[str, Optional[str]] = {}
    for path in campaign_files:
        stamps[path] = _settled_stamp(scanner, path) if scanner.use_cache else None
        found = _known_facts(scanner, path, stamps[path], known.get(path))
        if found is not False:
            facts[path] = found
    missing = [path for path in campaign_files if path not in facts]
    if missing:
        from ..project import Project
        from ..runner import lint_files

        linter = Project.of(scanner.config, registry=scanner.registry).scopes[0].linter()
        linter.use_cache = scanner.use_cache
        for result in lint_files(linter, [Path(p) for p in missing]).values():
            path = os.fspath(result.file)
            facts[path] = result.facts
            if scanner.use_cache and path in stamps and result.digest is not None and result.parsed \
                    and not result.skipped:
                from ..cache import _encode_facts

                known[path] = [stamps[path], result.digest, result.path,
                               None if result.facts is None else _encode_facts(result.facts)]
    if scanner.use_cache:  # only the campaign files there are now
        kept = {path: known[path] for path in campaign_files if path in known}
        cache = scanner._load_cache()
        if kept != cache.campaigns:
            cache.campaigns = kept
            cache.dirty = True
    return [facts[path] for path in campaign_files if facts.get(path) is not None]


def _known_facts(scanner, path: str, stamp: Optional[str], entry):
    """The facts the cache keeps for a campaign file whose stat, else whose bytes, are unchanged;
    False when they are not known."""
    if not (isinstance(entry, list) and len(entry) == 4):
        return False
    if stamp is None or entry[0] != stamp:
        from .. import safeio
        from ..document import MAX_FILE_BYTES

        try:
            raw = safeio.read_regular(path, MAX_FILE_BYTES, "a campaign file")
        except safeio.ReadRefused:
            return False
        if content_hash(raw) != entry[1]:
            return False
        if entry[0] != stamp:
            entry[0] = stamp  # verified: the stat may answer next time
            scanner._load_cache().dirty = True
    if entry[3] is None:
        return None
    from ..cache import DamagedEntry, _decode_facts

    try:
        return _decode_facts(entry[3], entry[2])
    except (DamagedEntry, KeyError, TypeError, ValueError, IndexError, AttributeError):
        return False  # a damaged entry: lint reads the file again


def _settled_stamp(scanner, path: str) -> Optional[str]:
    """"size:mtime:ctime:inode" of a file unchanged for RACY_NS before this run began, else None."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    if info.st_mtime_ns < scanner._taken - RACY_NS and info.st_ctime_ns < scanner._taken - RACY_NS:
        return f"{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_ino}"
    return None


def run_repo(scanner, files: List) -> None:
    """The repo-wide findings, added to the scanned files (run.FileScan) they point into (from the cache
    when what they depend on is unchanged)."""
    by_shown = {f.shown: f for f in files if f.spellings}
    if not by_shown:
        return
    campaigns = campaign_facts(scanner)
    key = None
    if scanner.use_cache and all(f.key is not None for f in by_shown.values()):
        # A scanned file's spellings follow from its bytes (its key) and the name it is shown by.
        # repr, not json: lists of strings and numbers have one repr, made in C (no json module on a warm run;
        # stable_text, which sorts dicts, walks them in Python)
        key = content_hash(repr([[[shown, f.key] for shown, f in by_shown.items()],
                                 [[f.path, [list(s) for s in f.spellings], f.campaign, list(f.sources)]
                                  for f in campaigns]]).encode("utf-8"))
        last = scanner._load_cache().repo
        cached = last[1] if last is not None and last[0] == key else None
        if isinstance(cached, list):
            try:
                restored = [(by_shown[shown], Diagnostic(shown, *fields)) for shown, *fields in cached]
            except (KeyError, TypeError, ValueError):
                restored = None  # a damaged entry is recomputed
            if restored is not None:
                for target, diagnostic in restored:
                    target.diagnostics.append(diagnostic)
                _hold_meta_short_names(by_shown, campaigns)
                return
    from .wording import url_speak  # only when the repo-wide rules run (a warm scan answers from its cache)

    found = []
    seen = set()
    for all_facts in _by_site(by_shown, campaigns):
        for rule_ in scanner.repo_rules:
            context = scanner.linter.contexts.get(rule_.code)
            if context is None:
                continue
            for report in rule_.check(all_facts, context):
                target = by_shown.get(report.path or "")
                if target is None:
                    continue
                if target.suppressions is not None and target.suppressions.suppresses(report.at.line, rule_.code):
                    continue
                # a scanned file holds the value in a URL: advice speaks `utm_medium=email`, not `medium: email`
                end = report.end
                diagnostic = Diagnostic(target.shown, report.at.line, report.at.column, rule_.code, rule_.name,
                                        scanner.linter.severity_of(rule_, report), url_speak(report.message),
                                        end.line if end else None, end.column if end else None)
                # a link whose host is not written is in every site's group (_by_site): one finding of a rule at
                # its place, the first group's, not one per site (`?utm_campaign=week2_gtm` in a plan was told twice,
                # "also spelled `week2gtm` in a1.md (and 2 more places)" then "in b1.md (and 1 more place)": mirrored
                # eduardg7/faintech-lab, 13 places)
                place = (target.shown, report.at.line, report.at.column, rule_.code)
                if place in seen:
                    continue
                seen.add(place)
                target.diagnostics.append(diagnostic)
                found.append([target.shown, *diagnostic[1:9]])
    if key is not None:
        scanner._load_cache().repo = [key, found]
        scanner._load_cache().dirty = True
    _hold_meta_short_names(by_shown, campaigns)


def _hold_meta_short_names(by_shown: dict, campaigns: list) -> None:
    """Meta's own short names (`fb`, `ig`) where a file of the same site's group lets Meta write the source
    (`{{site_source_name}}`): source-domain-style's "write `facebook`" is dropped, as lint drops it (onefinding's one
    rule for both; source-fragmentation says which spelling to keep)."""
    if not any(item[2] == "utm_source" and "site_source_name" in item[3] for f in by_shown.values()
               for item in f.spellings) and \
            not any(s.param == "utm_source" and "site_source_name" in s.value for facts in campaigns
                    for s in facts.spellings):
        return
    from ..onefinding import hold_meta_short_names

    hold_meta_short_names(_by_site(by_shown, campaigns), by_shown)


def _by_site(by_shown: dict, campaigns: list):
    """The facts the repo-wide rules compare, one group per site the scanned links go to: a utm value is read only by
    the analytics of the site its link lands on, so `crewai-docs` on arize.com and `crewai_docs` on comet.com
    fragment no report (corpus 4: crewAI's partner pages; rclone's sponsors) while `newsletter` and `Newsletter` on
    two pages of one site do. The campaign files' links and the links whose host is not written (relative, a
    placeholder: the team's own site) are in every group, as all of them were compared before. A campaign file is in
    the groups of the sites its links land on, as lint compares them (engine.by_site; newuser45 F11: an agency's
    clients), and in every group when they land on no written host."""
    sites: Dict[str, Dict[str, list]] = {}
    anywhere: Dict[str, list] = {}
    for shown, f in by_shown.items():
        for spelling in f.spellings:
            site = spelling[4] if len(spelling) > 4 else ""
            (anywhere if not site else sites.setdefault(site, {})).setdefault(shown, []).append(spelling)
    placed = _campaign_sites(campaigns)
    every = list(sites) + [site for site in sorted(set().union(*placed)) if site not in sites]
    if len(every) <= 1:  # one site (or none written): one group, each file's facts as made once (FileScan.facts)
        return [[f.facts for f in by_shown.values()] + campaigns]
    groups = []
    for site in every:
        files = dict(sites.get(site, {}))
        for shown, items in anywhere.items():
            files[shown] = files.get(shown, []) + items
        groups.append([facts_for(shown, items) for shown, items in files.items()] +
                      [facts for facts, mine in zip(campaigns, placed) if not mine or site in mine])
    return groups


def _campaign_sites(campaigns: list) -> list:
    """The sites each campaign file's tracked links land on (identity.site_name), [] when there are no campaign files
    or none of them names a host."""
    if not any(getattr(facts, "pages", ()) for facts in campaigns):
        return [set() for _ in campaigns]  # in every group
    from ..identity import site_name

    placed = []
    for facts in campaigns:
        hosts = {page.split("/", 1)[0] for page in getattr(facts, "pages", ()) or ()}
        placed.append({site_name(host) for host in hosts if host and not any(c in host for c in "{$%")})
    return placed


def facts_for(shown: str, items) -> "object":
    """What repo-wide rules need of a scanned file: every utm_source and utm_medium spelling, located.
    Here, not in judge.py: a file answered from the cache needs it, and no judge."""
    from sys import intern

    from ..facts import CampaignFacts, Spelling

    spellings = []
    sources = set()
    for line, column, param, value, *rest in items:
        spellings.append(Spelling(param, intern(value), line, column, end_column=rest[1] if len(rest) > 1 else -1))
        if param == "utm_source":
            sources.add(value)
    return CampaignFacts(shown, None, tuple(spellings), tuple(sorted(sources)))
