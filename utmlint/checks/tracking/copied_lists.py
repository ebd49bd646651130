"""copied-tracking's data: the lists of `rules/copied-tracking.txt` (click and subscriber ids, citation sources,
share and feed markers, newsletters, posted-to sources) and how one marker matches a link's field."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, FrozenSet, List, Tuple

from ...records import NamedTuple
from ...urls import unquote


class TrackingData(NamedTuple):
    params: FrozenSet[str]  # click ids and subscriber ids
    sources: FrozenSet[str]  # AI assistants' citation sources
    # another platform's share, feed or scheduler tags: each line's (param, value or prefix* or *) all match
    shared: Tuple[Tuple[Tuple[str, str], ...], ...]
    newsletters: FrozenSet[str]  # utm_source values a newsletter or link aggregator adds to every outbound link
    fragments: Tuple["re.Pattern", ...]  # share-tracking fragments (AddThis's `#.Uupx3qddN-w.reddit`)
    shared_by: Tuple[str, ...] = ()  # for each `shared` line, the platform whose tags they are ("" when unnamed)
    # for each `shared` line, the host (and path prefix) the link must go to: `pkg.go.dev`, `chrome.google.com/webstore`
    shared_hosts: Tuple[str, ...] = ()
    # for each `shared` line, whether it still matches in the site's own repository, worded for both readings
    # (`own=ask`: a share link naming its sharer, `r=`, is a share button's copy on the writer's own blog too)
    shared_ask: Tuple[bool, ...] = ()
    # `[posted]`: utm_source values naming where a link was posted or sent -> `social`, `email` or `affiliate`
    posted: Dict[str, str] = {}
    posted_words: Dict[str, str] = {}  # those that count as one word of a longer source too (`gizmodo_twitter`)
    not_posted: FrozenSet[str] = frozenset()  # GA4's social sources that are not (`line`, `wordpress`)
    # for each `shared` line, the platform's name as the line writes it (`by=Pulse`), for the message ("" when unnamed
    # or `by=site`)
    shared_names: Tuple[str, ...] = ()
    # those a tool writes itself as it sends (`hs_email`): no e-mail's own file holds them, so there too they are a copy
    sent: FrozenSet[str] = frozenset()
    # for each `shared` line, whether it holds only where the repository is known and the link's utm_source does not
    # name it, outside a campaign plan or an e-mail (`repo=known`: `utm_medium=rss`, a word a team's own feed writes)
    shared_known: Tuple[bool, ...] = ()


_UTM_WORDS = ("source", "medium", "campaign", "content", "term", "id")


@lru_cache(maxsize=1)
def tracking_data() -> TrackingData:
    """The lists of `rules/copied-tracking.txt`."""
    from ...resources import rules_dir

    params, sources, shared, newsletters, fragments, shared_by, shared_hosts, shared_ask, shared_names = (
        set(), set(), [], set(), [], [], [], [], [])
    shared_known = []
    posted, posted_words, not_posted, sent = {}, {}, set(), set()
    section = "params"
    for line in (rules_dir() / "copied-tracking.txt").read_text(encoding="utf-8").splitlines():
        raw = line.split("#", 1)[0].strip()
        text = raw.lower()
        if text.startswith("[") and text.endswith("]"):
            section = text[1:-1]
        elif not text:
            continue
        elif section == "params":
            params.add(text.split()[0])
        elif section == "sources":
            sources.add(text.split()[0])
        elif section == "newsletters":
            newsletters.add(text.split()[0])
        elif section == "fragments":
            fragments.append(re.compile(raw.split()[0]))
        elif section == "posted":
            words = text.split()
            if words[0].startswith("-"):
                not_posted.add(words[0][1:])
            else:
                posted[words[0]] = words[1]
                if "word" in words[2:]:
                    posted_words[words[0]] = words[1]
                if "sent" in words[2:]:
                    sent.add(words[0])
        elif section == "shared":
            tags, by, host, ask, name, known = [], "", "", False, "", False
            for tag in raw.split():
                key, _, value = tag.partition("=")
                key = key.lower()
                if key == "by":  # whose tags: in that platform's own repository they are its own (identity.owns)
                    by, name = value.lower(), ("" if value.lower() == "site" else value)
                    continue
                if key == "host":  # the platform's own automatic form, only on a link to that platform's host
                    host = value.lower()
                    continue
                if key == "own":  # `own=ask`: in the site's own repository the line matches, hedged
                    ask = value.lower() == "ask"
                    continue
                if key == "repo":  # `repo=known`: only where whose repository it is is known (shared_known)
                    known = value.lower() == "known"
                    continue
                # a key: `source` is utm_source; `&source` the query parameter `source` itself (Medium's), `~sf[0-9]+`
                # a regular expression the parameter's name must match whole (Nature's `sf214320000`)
                # a value: `~regex` matched whole, as written; else lower-cased, `%20` a space
                param = key[1:] if key.startswith("&") else "utm_" + key if key in _UTM_WORDS else key
                tags.append((param, value if value.startswith("~") else unquote(value.lower())))
            shared.append(tuple(tags))
            shared_by.append(by)
            shared_hosts.append(host)
            shared_ask.append(ask)
            shared_known.append(known)
            shared_names.append(name)
    return TrackingData(frozenset(params), frozenset(sources), tuple(shared), frozenset(newsletters),
                        tuple(fragments), tuple(shared_by), tuple(shared_hosts), tuple(shared_ask), posted,
                        posted_words, frozenset(not_posted), tuple(shared_names), frozenset(sent), tuple(shared_known))


@lru_cache(maxsize=64)
def _marker_regex(pattern: str) -> "re.Pattern":
    return re.compile(pattern, re.IGNORECASE)


def _matches(value: str, pattern: str) -> bool:
    if pattern.startswith("~"):  # a regular expression the whole value must match (Mailchimp's `0_<hex>-<hex>-<n>`)
        return _marker_regex(pattern[1:]).fullmatch(value.strip()) is not None
    # `+` and a space name the same marker value (`Revue+newsletter` is Revue's `Revue%20newsletter`)
    value, pattern = value.strip().lower().replace("+", " "), pattern.replace("+", " ")
    if pattern == "*":
        return bool(value)
    return value == pattern or (pattern.endswith("*") and value.startswith(pattern[:-1]))


@lru_cache(maxsize=1)
def _marker_index() -> Tuple[Dict[Tuple[str, str], Tuple[int, ...]], Tuple[int, ...]]:
    """The `[shared]` markers by one exact tag each (a key as written, a value neither a regular expression nor a
    prefix, spelled as `_matches` compares it), and the markers that have no such tag: a link can match a marker
    only if it carries that tag, so `_shared_tags` tries only those."""
    by_tag: Dict[Tuple[str, str], List[int]] = {}
    untagged: List[int] = []
    for index, tags in enumerate(tracking_data().shared):
        exact = next(((param, pattern.replace("+", " ")) for param, pattern in tags
                      if not param.startswith("~") and not pattern.startswith("~") and not pattern.endswith("*")
                      and pattern != "!"), None)
        if exact is None:
            untagged.append(index)
        else:
            by_tag.setdefault(exact, []).append(index)
    return {tag: tuple(found) for tag, found in by_tag.items()}, tuple(untagged)


def _key_matches(name: str, param: str) -> bool:
    if param.startswith("~"):  # a regular expression the parameter's name must match (Nature's `sf<digits>`)
        return _marker_regex(param[1:]).fullmatch(name) is not None
    return name == param


def _escaped_name(name: str) -> str:
    """A key as written after `&amp;` (once or twice escaped: `amp;amp;utm_medium`) is still that key for telling
    whose tags they are (url-html-escaped reports the escape)."""
    while name.startswith("amp;"):
        name = name[4:]
    return name


# Copied keys that look like utm tags but that GA4 never reads: who writes them, and for what (rules/
# copied-tracking.txt). A stray key, not tags: it says nothing of whose the link's utm values are, so the link's own
# mistakes are still told (scan.judge._copied_spans; stranger13 R3: `utm_sq` held back an Unassigned `referal`).
_NOT_GA4_KEYS = {"utm_referrer": "HubSpot's file links or Yandex Metrica wrote it for one earlier visit",
                 "utm_expid": "Universal Analytics' Content Experiments wrote it for one earlier visit",
                 "utm_sq": "a social-media scheduler wrote it as its id of one shared post"}


def not_ga4_key(name: str) -> bool:
    """A copied key that looks like a utm tag but that GA4 never reads (`utm_sq`, `utm_referrer`)."""
    return name.strip().lower() in _NOT_GA4_KEYS
