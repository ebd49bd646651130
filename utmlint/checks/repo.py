"""UTM6xx: the whole campaign repo: one platform, medium or campaign spelled one way, one campaign slug per initiative.

These rules read `CampaignFacts` of every campaign file of the project (also files pre-commit did not
pass), never the files themselves, and report on each file involved; the engine keeps the reports on the
files being linted.

Grouping spellings of one thing: values are first bucketed by a normalised key (case folded; a platform's
domain, `-io` and listed variants mapped to its name, a network's short name to its name (`ig`: `instagram`); for
other domains the name before the TLD; `-`, `_`, `.`, `+`, `%20` and spaces dropped), then distinct keys are joined
when they are one typo apart:
Damerau-Levenshtein distance 1 for keys of 5+ characters, 2 for 9+ (shorter values such as `sms` and `cpm`
must match exactly).
Typo joins are found with a symmetric-deletion index, so the work grows with the number of distinct values,
not with their pairs, and they are never made between two values that are both known to be real (two
platform names, two team-vocabulary values, two GA4 sources or two mediums named in GA4's channel table),
nor between values that differ only in digits or in a one- or two-letter word (`partner-a`/`partner-b`,
`newsletter-en`/`newsletter-de`, `q3-webinar`/`q4-webinar`).
"""

from __future__ import annotations

from functools import lru_cache, partial
from itertools import combinations
from typing import TYPE_CHECKING, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Set, Tuple

from ..lazyregex import lazy_compile
from ..diagnostics import Edit, Fix, Pos
from ..fixes import scalar_text
from ..registry import Report, rule

if TYPE_CHECKING:
    from ..engine import Context
    from ..facts import CampaignFacts

_SEPARATORS = lazy_compile(r"(?:%20|[\s._+-])+")
_WORDS = lazy_compile(r"[\s._+-]+")
_DIGITS = lazy_compile(r"\d")
_HOST = lazy_compile(r"^(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,24}/?$")
_MAX_NAMED = 3
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"})


@lru_cache(maxsize=1)
def _short_names() -> Dict[str, str]:
    """rules/source-short-names.txt: a network's short name (`ig`) -> its name (`instagram`), both GA4 sources."""
    from ..resources import rule_lines

    return {short: line.split()[0] for line in rule_lines("source-short-names.txt") for short in line.split()[1:]}


def _allowed_distance(length: int) -> int:
    return 2 if length >= 9 else 1 if length >= 5 else 0


def _deletions(key: str, depth: int) -> Set[str]:
    """`key` and every string made by deleting up to `depth` of its characters."""
    if depth > 2:
        found = {key}
        frontier = {key}
        for _ in range(depth):
            frontier = {word[:i] + word[i + 1:] for word in frontier for i in range(len(word))}
            found |= frontier
        return found
    found = {key}
    if depth:
        singles = [key[:i] + key[i + 1:] for i in range(len(key))]
        found.update(singles)
        if depth == 2:  # each pair of positions once (deleting i then j, and j then i, give the same string)
            for j, word in enumerate(singles):
                found.update([word[:i] + word[i + 1:] for i in range(j)])
    return found


def _differ_by_design(a: str, b: str) -> bool:
    """True for values that are different on purpose although a few letters apart."""
    if _DIGITS.findall(a) != _DIGITS.findall(b):
        return True
    words_a, words_b = _WORDS.split(a), _WORDS.split(b)
    short, long_ = sorted((words_a, words_b), key=len)
    if len(short) < len(long_) and (long_[:len(short)] == short or long_[-len(short):] == short):
        return True  # a variant named by an extra word: `appdir-template` / `appdir-template-tw`
    if len(words_a) == len(words_b) > 1:
        changed = [(x, y) for x, y in zip(words_a, words_b) if x != y]
        if changed and all(len(x) <= 2 and len(y) <= 2 for x, y in changed):
            return True
    return False


class Vocabulary:
    """What the rules know about real values of one parameter: platform names, team lists, GA4."""

    def __init__(self, param: str, ctx):
        self.param = param
        self.platforms = ctx.platforms
        config = ctx.config
        if param == "utm_source":
            self.canonical = {p.source: p for p in self.platforms.values()}
            self.team = {v.casefold() for v in getattr(config, "sources", []) or []}
        else:
            self.canonical = {m: None for p in self.platforms.values() for c in p.channels.values() for m in c.mediums}
            self.team = {v.casefold() for v in getattr(config, "mediums", []) or []}
        self._platform_of: Dict[str, Optional[object]] = {}

    def platform_of(self, value: str):
        """The platform whose name (or known mis-spelling) `value` is; sources only."""
        if self.param != "utm_source":
            return None
        if value not in self._platform_of:
            from ..platforms import match_source_variant

            platform = self.canonical.get(value)
            if platform is None:
                found = match_source_variant(value, self.platforms)
                platform = found[0] if found else None
            if platform is None:
                # the spelling a platform writes by itself (Customer.io's URL Parameters: `customer.io`; HubSpot's
                # `hs_email`) is one of its source's: typed in a campaign file beside the profile's `customerio` it
                # is a second GA4 row for one sender (review of session 40, M2), not `customer.io` read as a domain
                platform = self.auto_of(value)
            self._platform_of[value] = platform
        return self._platform_of[value]

    def auto_of(self, value: str):
        """The platform that writes `value` as its utm_source by itself (its profile's `auto_values`), or None."""
        if self.param != "utm_source":
            return None
        return next((p for p in self.platforms.values() if value in p.auto_sources), None)

    def key(self, value: str) -> str:
        folded = value.strip().casefold()
        platform = self.platform_of(value)
        if platform is not None:
            folded = platform.source.casefold()
        elif self.param == "utm_source" and folded in _short_names():
            folded = _short_names()[folded]  # `ig` is `instagram`'s short name: two GA4 rows of one network
        elif self.param == "utm_source" and _HOST.match(folded):
            labels = folded.split("//")[-1].rstrip("/").split(".")
            second_level = len(labels) >= 3 and labels[-2] in _SECOND_LEVEL  # acme.co.uk
            folded = labels[-3] if second_level else labels[-2]
        return _SEPARATORS.sub("", folded)

    def site(self, value: str) -> str:
        """The registrable domain a source written as a domain names (`www.fixmystreet.com` -> `fixmystreet.com`,
        `acme.co.uk`), or "" for a source that is no domain (or a platform's listed variant)."""
        folded = value.strip().casefold()
        if self.param != "utm_source" or self.platform_of(value) is not None or not _HOST.match(folded):
            return ""
        labels = folded.split("//")[-1].rstrip("/").split(".")
        second_level = len(labels) >= 3 and labels[-2] in _SECOND_LEVEL
        return ".".join(labels[-3:] if second_level else labels[-2:])

    def known(self, value: str) -> bool:
        """A value that is real on its own: never joined to another real value as a typo."""
        folded = value.casefold()
        if value in self.canonical or folded in self.team:
            return True
        from ..channels import load_ruleset, source_category

        if self.param == "utm_source":
            return source_category(value) is not None
        # The exact mediums Google's table names (`cpc`, `paid-social`, `email`, ...), not every value its
        # regexes accept: `paid.*` would make `paid-socail` a real medium.
        return folded in load_ruleset().medium_candidates


def clusters(values: Sequence[str], vocabulary: Vocabulary) -> List[List[str]]:
    """Distinct values grouped into spellings of one thing (only groups of two or more)."""
    parent = {v: v for v in values}

    def find(v: str) -> str:
        while parent[v] != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        return v

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_key: Dict[str, List[str]] = {}
    for value in values:
        by_key.setdefault(vocabulary.key(value), []).append(value)
    for group in by_key.values():
        # two domains of one name are two sites (`fixmystreet.com`, the UK service, and `fixmystreet.org`, the
        # open-source project's, each naming itself on mySociety's links: corpus 13 #37 #41 #44), never two spellings
        # of one; a name and its domain (`intercom`, `intercom.com`) or `www.` beside the bare domain still are
        sites = {v: vocabulary.site(v) for v in group}
        for i, one in enumerate(group):
            for other in group[i + 1:]:
                if not (sites[one] and sites[other] and sites[one] != sites[other]):
                    union(one, other)

    from ..channels import edit_distance

    # Values whose digits differ are different on purpose (`vendor-0012`, `vendor-0013`), so keys are indexed by
    # their digits and the deletions of their other characters: a family of numbered values shares no bucket,
    # and the pairs compared stay close to the number of real typo pairs (not n^2 for 4,000 numbered sources).
    # Only the variants two keys share are kept as lists; finding them is set arithmetic, not a loop per variant.
    index: Dict[str, Dict[str, str]] = {}  # digits -> deletion variant -> the first key that has it
    shared: Dict[Tuple[str, str], List[str]] = {}  # (digits, variant) -> every key that has it, when two or more
    for key in by_key:
        digits = "".join(_DIGITS.findall(key))
        variants = index.setdefault(digits, {})
        found = _deletions(_DIGITS.sub("", key), _allowed_distance(len(key)))
        clashes = found & variants.keys()
        for variant in clashes:
            shared.setdefault((digits, variant), [variants[variant]]).append(key)
        variants.update(dict.fromkeys(found - clashes, key))
    checked: Set[Tuple[str, str]] = set()
    for keys in shared.values():
        for a, b in combinations(sorted(set(keys)), 2):
            value_a, value_b = by_key[a][0], by_key[b][0]
            if find(value_a) == find(value_b) or (a, b) in checked:
                continue
            checked.add((a, b))
            limit = _allowed_distance(min(len(a), len(b)))
            if limit == 0 or _differ_by_design(value_a.casefold(), value_b.casefold()):
                continue
            if any(vocabulary.known(x) for x in by_key[a]) and any(vocabulary.known(y) for y in by_key[b]):
                continue
            if edit_distance(a, b, limit) <= limit:
                union(value_a, value_b)

    groups: Dict[str, List[str]] = {}
    for value in values:
        groups.setdefault(find(value), []).append(value)
    return [group for group in groups.values() if len(group) > 1]


def _preferred(group: Sequence[str], uses, vocabulary: Vocabulary, accepted) -> Tuple[Optional[str], str]:
    """The spelling to keep and why: the platform's name, else the team's, GA4's, the most used; on a tie the
    one spelling the value rules accept (`accepted`); None when nothing tells them apart (the team must choose)."""
    platforms = {p.name: p for p in map(vocabulary.platform_of, group) if p is not None}  # not hashable
    if len(platforms) == 1:
        platform = next(iter(platforms.values()))
        return platform.source, f"{platform.source_display}'s name"
    canonical = [v for v in group if v in vocabulary.canonical]
    if len(canonical) == 1:
        return canonical[0], "the platform profiles' spelling"

    def rank(value: str):
        files = {path for path, _, _ in uses[value]}
        return (value.casefold() not in vocabulary.team, not vocabulary.known(value), -len(files),
                -len(uses[value]), value != value.lower(), value)

    best = min(group, key=rank)
    if best.casefold() in vocabulary.team:
        return best, "the team vocabulary's spelling"
    if vocabulary.known(best) and not all(vocabulary.known(v) for v in group):
        return best, "the spelling GA4 knows"
    top = rank(best)[:-1]
    tied = [v for v in group if rank(v)[:-1] == top]
    if len(tied) > 1:
        # Used as often as each other: the alphabet would pick `news+letter` over `newsletter` or a typo over
        # the word. Only a spelling the value rules accept beside ones they would respell is a better guess.
        clean = [v for v in tied if accepted(v)]
        if len(clean) == 1:
            return clean[0], "the plain name no value rule would respell; the other spellings are used as often"
        return None, "no spelling is used more than the others"
    if any(len(uses[v]) > len(uses[best]) for v in group):
        # more files, fewer links: wundergraph's `nextjs-starter` in 11 files (15 links) beside `nextjs_starter` 16 times
        # in 6 (corpus 12 #176-#181): the spelling the most files write, not the one written most
        return best, "the spelling the most files write"
    return best, "the most used spelling"


_SITE_SOURCE_NAME = lazy_compile(r"\{\{\s*site_source_name\s*\}\}")
_META_WRITES = "the spelling Meta's `{{site_source_name}}` writes"


def _network_spelling(group: Sequence[str], uses, preferred: Optional[str], why: str) -> Tuple[Optional[str], str]:
    """The spelling to write for a network's name and short name (rules/source-short-names.txt: `instagram`, `ig`),
    both on GA4's source list: where the repository's Meta ads let Meta write their source (`{{site_source_name}}`),
    Meta writes `ig` on every Instagram placement's click, so only `ig` puts the team's typed links in one row with
    those; else, used as often, the network's name, which reads plainly in a report."""
    names = {_short_names().get(v.casefold(), "") for v in group} - {""}
    if len(names) != 1:
        return preferred, why
    name = next(iter(names))
    shorts = [v for v in group if _short_names().get(v.casefold()) == name and v == v.lower()]
    if shorts and any(_SITE_SOURCE_NAME.search(v) for v in uses):
        return shorts[0], (f"{_META_WRITES} on its {name.title()} placements' "
                           f"clicks, as this repository's other Meta ads send it")
    if preferred is None and name in group:
        return name, f"the network's name; `{'`, `'.join(shorts) or 'its short name'}` is used as often"
    return preferred, why


def _names_software(source: str) -> bool:
    """A source on Google's lists that usually names software or its directory (`wordpress`, `wordpress.org`), which
    source-overrides-medium asks to replace with the product's own name."""
    from ..channels import listed_directory, source_homonym

    return source_homonym(source) is not None or listed_directory(source) is not None


def _fragmentation(param: str, all_facts: Iterable, ctx):
    from ..spelling import residue, settled
    from ..suggest import medium_spelling, platform_variant, source_spelling, vocabulary

    words = vocabulary(ctx)
    automatic = words.auto_sources if param == "utm_source" else words.auto_mediums
    team = words.team_sources if param == "utm_source" else words.team_mediums
    spelling = source_spelling if param == "utm_source" else medium_spelling
    vocabulary_ = Vocabulary(param, ctx)
    label = param[len("utm_"):]
    # value -> [(path, spelling, written?)] in file order
    uses: Dict[str, List[Tuple[str, object, bool]]] = {}
    place = 0 if param == "utm_source" else 1
    # (file, value) -> the (source, medium, campaign) of the file's links using it (campaign files only)
    links: Dict[Tuple[str, str], set] = {}
    for facts in all_facts:
        for use in facts.uses:
            if use[place]:
                links.setdefault((facts.path, use[place]), set()).add(use)
        for spelled in facts.spellings:
            if spelled.param == param and spelled.value:
                uses.setdefault(spelled.value, []).append((facts.path, spelled, not spelled.implied))
    for group in clusters(sorted(uses), vocabulary_):
        if param == "utm_source" and all(_names_software(v) for v in group):
            # `wordpress`, `WordPress`, `wordpress.org`: each names software GA4 lists as a site, which
            # source-overrides-medium tells the team to replace with its product's name; "write `wordpress`" would be
            # the opposite advice on the same value (stranger12 R3: one value, one suggestion)
            continue
        # on a tie: the spelling no value rule would respell, written as a name rather than a domain, and without a
        # `+` (kept as the author's convention, but read as a space by some tools and as a plus by others)
        def accepted(v: str) -> bool:
            return "." not in v and "+" not in v and spelling(v, ctx) == v and v == residue(v, ctx.config.separator)

        preferred, why = _preferred(group, uses, vocabulary_, accepted)
        if param == "utm_source":
            preferred, why = _network_spelling(group, uses, preferred, why)
        meta = why.startswith(_META_WRITES)  # Meta's own `fb`, which the profile's variant list would respell
        if preferred is not None and not meta and not accepted(preferred) and "." not in preferred \
                and "+" not in preferred:
            # `In-App` x2 beside `in-app`: value-case reports `In-App` itself, so the spelling to keep is the one it
            # writes (stranger8 S10: "write `In-App`" sent a link toward another rule's finding)
            respelled_ = spelling(preferred, ctx)
            if respelled_ != preferred and accepted(respelled_):
                preferred, why = respelled_, f"{why}, `{preferred}`, as the value rules write it"
        respelled = [r for r in (spelling(v, ctx) for v in group) if r in vocabulary_.canonical or
                     r.casefold() in vocabulary_.team]
        if respelled and preferred not in respelled and not meta:
            # (but Meta's own `fb` where its `{{site_source_name}}` writes it: the profile's `facebook` would split
            # the typed links from Meta's rows)  # `Email` and `e-mail`: the profiles' `email`, even unwritten
            preferred = max(set(respelled), key=respelled.count)
            why = "the team vocabulary's spelling" if preferred.casefold() in vocabulary_.team else \
                "the platform profiles' spelling"
        if all(vocabulary_.auto_of(v) is not None for v in group):
            continue  # HubSpot's `hs_email` and `hs_automation`: two rows the platform itself keeps apart
        named = _Places(group, uses)
        for value in group:
            if value == preferred:
                continue  # the right spelling's files are bystanders
            places = uses
            if value in automatic:
                # a platform's own value is no mistake where the platform wrote it; but a file that writes it beside
                # the spelling to use writes both by hand, and GA4 splits that file's links in two source rows
                # (newuser F8: `customerio` and Customer.io's `customer.io` in one template were "All clean")
                beside = {path for path, _, written in uses.get(preferred, ()) if written}
                mine = [use for use in uses[value] if use[0] in beside]
                if not mine:
                    continue
                places = {**uses, value: mine}
            if team and value not in team:
                continue  # source-not-allowed / medium-not-allowed reports it, naming the team's spelling
            if spelling(value, ctx) == preferred and (settled(value, ctx.config.separator) != value or (
                    param == "utm_source" and platform_variant(value, ctx) is not None)):
                continue  # value-case, value-separator, source-domain-style ... report it, with the same advice
            platform = vocabulary_.auto_of(value)
            aside = None
            if platform is not None and preferred == platform.source:
                # as source-not-allowed says it (stranger17 R10): the team's links and the ones the platform tags
                # by itself are one sender's only when both write the profile's spelling
                def aside(path: str, value=value, platform=platform) -> str:
                    return (f"; `{value}` is the spelling {platform.source_display} writes by itself on the links it "
                            f"tags: set {platform.source_display}'s own utm_source to `{platform.source}` too, so the "
                            "links it tags are counted with these")
            yield from _each_place(ctx, param, value, preferred, why, places, links, named,
                                   f"choose one spelling and write it in every file ({why})",
                                   f"{label} row, so this traffic is split", aside)


def _each_place(ctx, param: str, value: str, preferred: Optional[str], why: str, uses, links, named: "_Places",
                choose: str, split: str, aside: Optional[Callable[[str], str]] = None) -> Iterator[Report]:
    """The finding on each place a group's `value` is written (not where a `platform:` implies it), naming the group's
    other spellings (`named`) and the one to write (`preferred`, for `why`) with its fix: source-, medium- and
    campaign-fragmentation's per-use loop. `choose`: the advice when nothing tells the spellings apart (`preferred`
    None); `split`: what GA4 keeps apart (`source row, so this traffic is split`); `aside(path)`: more advice for the
    place's file (campaign-fragmentation's word on campaign-collision)."""
    from ..phrases import joined
    from ..suggest import moved

    label = param[len("utm_"):]
    for path, spelled, written in uses[value]:
        if not written:
            continue
        # the split is there, but `preferred` may file this file's link under another channel group
        # (`instagramm` on an e-mail beside `instagram` on posts: GA4 tests its social list before the
        # medium, stranger10 R1): said, with the move, and no fix: two rows are the lesser harm
        move = moved(param, value, preferred, links.get((path, value), ())) if preferred is not None else None
        fix = None
        if spelled.start >= 0 and preferred is not None and move is None:
            fix = Fix((Edit(spelled.start, spelled.end, scalar_text(preferred, spelled.style)),),
                      f"write `{preferred}`", safe=False)
        advice = f"write `{label}: {preferred}` ({why})" if preferred is not None else choose
        if move is not None:
            advice = (f"`{preferred}` ({why}) would also move this link from {move[0]} to {move[1]} in "
                      f"GA4's channel report: write `{label}: {preferred}` only if {move[1]} is what you mean")
        elif aside is not None:
            advice += aside(path)
        yield ctx.report(
            f"utm_{label} `{value}` is also spelled {joined(named.others(value, path))}: GA4 keeps each "
            f"spelling as its own {split}; {advice}",
            Pos(spelled.line, spelled.column), fix=fix, path=path,
            end=Pos(spelled.line, spelled.end_column) if spelled.end_column > spelled.column else None)


class _Places:
    """`Intercom` in b.yaml:3 (and 2 more places) for the most used other spellings of a group, each place
    chosen once per group (another file's first), so naming them costs the same for 2 or 20,000 spellings."""

    def __init__(self, group: Sequence[str], uses) -> None:
        self.uses = uses
        self.ranked = sorted(group, key=lambda v: (-len(uses[v]), v))
        self.first: Dict[str, List[Tuple[str, object, bool]]] = {}
        for value in self.ranked[:_MAX_NAMED + 1]:
            places = sorted(uses[value], key=lambda use: (not use[2], use[0], use[1].line))
            other_file = next((p for p in places if p[0] != places[0][0]), None)
            self.first[value] = [places[0]] + ([other_file] if other_file else [])

    def others(self, value: str, path: str) -> List[str]:
        shown: List[str] = []
        for other in self.ranked:
            if other == value:
                continue
            if len(shown) == _MAX_NAMED:
                rest = len(self.ranked) - 1 - _MAX_NAMED
                shown.append(f"{rest} more spelling{'s' if rest > 1 else ''}")
                break
            places = self.first[other]
            where_path, spelled, written = next((p for p in places if p[0] != path), places[0])
            via = "" if written else " via `platform:`"
            count = len(self.uses[other])
            more = f" (and {count - 1} more place{'s' if count > 2 else ''})" if count > 1 else ""
            shown.append(f"`{other}` in {where_path}:{spelled.line}{via}{more}")
        return shown


@rule(code="UTM601", name="source-fragmentation", severity="warning", target="repo", fix="unsafe")
def source_fragmentation(all_facts: Sequence[CampaignFacts], ctx: Context) -> Iterator[Report]:
    """One platform's utm_source is spelled more than one way across the repo.

    ## What it does
    Collects every utm_source written in every campaign file of the repo (also the files a pre-commit run did
    not pass) and finds spellings of one source: case (`Intercom`), the domain (`intercom.com`), `-io` and the
    profile's listed variants, a network's short name GA4 lists as a row of its own (`ig` beside `instagram`:
    rules/source-short-names.txt), separators (`google_ads`) and typos (`intercomm`). The spelling to use is the
    platform's name, else the team vocabulary's (`sources:`), else one GA4 knows, else the most used (for `ig` and
    `instagram`, `ig` where the repo's Meta ads let Meta write the source with `{{site_source_name}}`, which writes
    `ig` on Instagram's clicks; the network's name when both are used as often; likewise `fb` for `facebook` there,
    though elsewhere `fb` is the meta-ads profile's variant, which source-domain-style tells to become `facebook`,
    and not where Meta writes it). Only the
    files that write another spelling are reported, naming the others and where one is: a file that already
    uses the right spelling is never reported, whatever the rest of the repo says. A spelling another rule
    already respells the same way (`Intercom` is value-case's, `intercom.com` source-domain-style's) is left to
    that rule. A platform's own value (its profile's `auto_values`, HubSpot's `hs_email`) typed in a campaign file
    is the team's spelling like any other: utmlint renders it. It is a spelling of that platform's source, so
    `source: customer.io` beside `platform: customer-io`'s `customerio` is told, with the advice to set the
    platform's own utm_source to the profile's too; the platform's own values alone (`hs_email` beside
    `hs_automation`, which HubSpot keeps apart) are not. In links `utmlint scan` reads, a platform's own value is no
    mistake where the platform wrote it, except in a file that writes it beside the spelling to use (`customer.io` and
    `customerio` in one template): that file's own links are two GA4 rows. Values of in-product and `track: false` links, and values no link uses do not count. `--unsafe-fixes`
    rewrites each other spelling to the one to use (unsafe: a typo guess can be wrong, and renaming a live value
    starts a new GA4 row). Where the spelling to use would move the file's link to another GA4 channel group
    (`instagramm` on an e-mail beside `instagram` on posts: GA4 tests its social list before the medium, so the
    e-mail would count as Organic Social), the finding says so and has no fix.

    ## Why is this bad?
    GA4 keeps `intercom`, `Intercom` and `intercom.com` as three source rows: each report shows a third of the
    platform's traffic, and filters on one spelling miss the rest.

    ## Example
    ```yaml
    campaign: onboarding-series
    source: intercom
    medium: email
    type: series
    steps:
      - id: step-1-welcome
        links:
          - url: https://app.example.com/quickstart
            content: step-1-welcome
      - id: step-2-tips
        source: intercomm
        links:
          - url: https://example.com/tips
            content: step-2-tips
    ```

    ## Use instead
    ```yaml
    campaign: onboarding-series
    source: intercom
    medium: email
    type: series
    steps:
      - id: step-1-welcome
        links:
          - url: https://app.example.com/quickstart
            content: step-1-welcome
      - id: step-2-tips
        links:
          - url: https://example.com/tips
            content: step-2-tips
    ```
    """
    yield from _fragmentation("utm_source", all_facts, ctx)


@rule(code="UTM602", name="medium-fragmentation", severity="warning", target="repo", fix="unsafe")
def medium_fragmentation(all_facts: Sequence[CampaignFacts], ctx: Context) -> Iterator[Report]:
    """One utm_medium is spelled more than one way across the repo.

    ## What it does
    Like `source-fragmentation`, for utm_medium: `email` and `e-mail`, `paid-social` and `paid-soical`, or a
    typo such as `emial`, anywhere in the repo. The spelling to use is a platform profile's medium, else the
    team vocabulary's (`mediums:`), else one named in GA4's channel table, else the most used. Only the files
    that write another spelling are reported. Short values must match exactly, so `sms` and `cpm` stay apart.
    `--unsafe-fixes` rewrites the other spellings, as for `source-fragmentation`.

    ## Why is this bad?
    GA4 reports each spelling as its own medium row (and a typo may land in Unassigned), so a channel's numbers
    are split across rows nobody adds up.

    ## Example
    ```yaml
    campaign: onboarding-series
    source: intercom
    medium: email
    type: series
    steps:
      - id: step-1-welcome
        links:
          - url: https://app.example.com/quickstart
            content: step-1-welcome
      - id: step-2-tips
        medium: e-mail
        links:
          - url: https://example.com/tips
            content: step-2-tips
    ```

    ## Use instead
    ```yaml
    campaign: onboarding-series
    source: intercom
    medium: email
    type: series
    steps:
      - id: step-1-welcome
        links:
          - url: https://app.example.com/quickstart
            content: step-1-welcome
      - id: step-2-tips
        links:
          - url: https://example.com/tips
            content: step-2-tips
    ```
    """
    yield from _fragmentation("utm_medium", all_facts, ctx)


@rule(code="UTM603", name="campaign-collision", severity="warning", target="repo",
      options={"allow": {"type": "array", "items": {"type": "string"}, "default": [],
                         "description": "Campaign slugs that several platforms share on purpose (one "
                                        "initiative run on Intercom and LinkedIn, say)."}})
def campaign_collision(all_facts: Sequence[CampaignFacts], ctx: Context) -> Iterator[Report]:
    """One utm_campaign slug is defined in two files with different sources.

    ## What it does
    Finds a `campaign:` slug that more than one campaign file defines, where the files' tracked links use
    different sources (spellings of one platform, `Intercom` and `intercom.com`, count as the same source:
    `source-fragmentation` reports those), and reports the files that deviate, naming the others: the slug
    belongs to the source most of its files use, so a file that follows that majority is never reported (with
    no majority, every file is). Files with no tracked links are left out, and files whose links land on a page
    another source's file links too (not the site's home page, which a logo links whatever the campaign), or on a
    page under it (`/webinars/q1/register` under `/webinars/q1`; not under a page one segment deep, such as `/blog`),
    count as one initiative with it: one campaign run on several platforms (a launch's Intercom e-mail and its
    LinkedIn ad, both to /launch) is the campaign GA4 reports by source and medium, while a third team's files to
    other pages under the slug still collide with it. (One campaign per file means a single
    file cannot show this, so the rule has no one-file example; see examples/bad/campaign-collision/.)

    ## Why is this bad?
    GA4 adds up every visit with the same utm_campaign: two initiatives that picked the same slug become one
    row, and their numbers cannot be pulled apart later. If the files really are one campaign run on several
    platforms, keep the slug and list it in the rule's `allow` option.
    """
    allowed = set(ctx.options.get("allow") or ())
    vocabulary = Vocabulary("utm_source", ctx)
    by_slug: Dict[str, List] = {}
    for facts in all_facts:
        if facts.campaign is not None and facts.sources:
            by_slug.setdefault(facts.campaign[0], []).append(facts)
    for slug, group in by_slug.items():
        if len(group) < 2 or slug in allowed:
            continue
        # `Intercom` and `intercom` are one platform spelled two ways: source-fragmentation's business
        by_sources: Dict[frozenset, List] = {}
        for facts in group:
            by_sources.setdefault(frozenset(vocabulary.key(s) for s in facts.sources), []).append(facts)
        if len(by_sources) < 2:
            continue
        # One initiative on several platforms: its files link a page in common (session 42 newuser F6: a webinar's
        # LinkedIn ads and its HubSpot invite, one file each, both to /webinar, failed the run on both files); those
        # source groups are one initiative, and a third team's files to other pages under the slug still collide
        # with it (review42 F10: the whole slug was let through)
        initiatives = _initiatives(list(by_sources.values()))
        if len(initiatives) < 2:
            continue
        # The slug belongs to the initiative most files use it for; the others are the collision. With no
        # majority, nobody can tell which came first: every file is reported.
        ranked = sorted(initiatives, key=len, reverse=True)
        owner = ranked[0] if len(ranked[0]) > len(ranked[1]) else None
        from ..phrases import joined

        for members in ranked:
            if members is owner:
                continue
            others = [f for other in ranked[:_MAX_NAMED + 1] if other is not members
                      for f in other[:_MAX_NAMED]][:_MAX_NAMED]
            rest = len(group) - len(members) - len(others)
            named = joined([f"{f.path}:{f.campaign[1]} (utm_source {_sources(f.sources)})" for f in others]
                          + ([f"{rest} more"] if rest > 0 else []))
            for facts in members:
                yield ctx.report(
                    f"campaign `{slug}` (utm_source {_sources(facts.sources)}) is also defined in {named}: GA4 adds "
                    f"both files' visits into one campaign row; give this initiative its own slug, or, if this is one "
                    f"campaign on several platforms, list `{slug}` in this rule's `allow` option",
                    Pos(facts.campaign[1], facts.campaign[2]), path=facts.path)


def _initiatives(groups: Sequence[List]) -> List[List]:
    """The source groups joined where they link a page in common (one initiative run on several platforms), or one
    links a page under another's (_pages_above: the webinar's page and its registration page), in their order. A
    site's home page is no such page: an e-mail's logo and a footer link it whatever the campaign."""
    parent = list(range(len(groups)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    seen: Dict[str, int] = {}
    pages_of = [{p for facts in group for p in getattr(facts, "pages", ()) if "/" in p and not _LOCALE_SEGMENT.fullmatch(
        p.partition("/")[2])} for group in groups]  # nor a localised site's (`acme.com/en`)
    for index, pages in enumerate(pages_of):
        for page in pages:
            first = seen.setdefault(page, index)
            parent[root(index)] = root(first)
    for index, pages in enumerate(pages_of):
        for page in pages:
            for above in _pages_above(page):
                if above in seen:
                    parent[root(index)] = root(seen[above])
    joined: Dict[int, List] = {}
    for index, group in enumerate(groups):
        joined.setdefault(root(index), []).extend(group)
    return list(joined.values())


# A path's leading language segment (`/en/`, `/de-de/`, `/pt_BR/`, `/zh-hans/`): a localised site's copy of its
# sections, no section of its own (review44 F7)
_LOCALE_SEGMENT = lazy_compile(r"(?i)[a-z]{2}(?:[-_](?:[a-z]{2}|[a-z]{4}))?")


def _pages_above(page: str) -> Iterator[str]:
    """The pages `page` is a sub-page of, two path segments deep or more (`acme.com/webinars/q1` for
    `acme.com/webinars/q1/register`: a webinar's page and its registration page are one initiative's, newuser43 F14). A
    page one segment deep is left out, as the home page is: a site's sections (`/blog`, `/docs`, `/pricing`) are linked
    from a newsletter's footer whatever the campaign, and one team's post under `/blog` says nothing of another's
    campaign. A leading language segment counts for no depth: on a localised site `/en/blog` is the blog section, as
    `/blog` is, and `/en` its home page (review44 F7: a footer's `/en/blog` joined another team's post under it)."""
    host, _, path = page.partition("/")
    segments = path.split("/")
    least = 3 if len(segments) > 1 and _LOCALE_SEGMENT.fullmatch(segments[0]) else 2
    for depth in range(len(segments) - 1, least - 1, -1):
        yield f"{host}/{'/'.join(segments[:depth])}"


def _sources(sources: Sequence[str]) -> str:
    from ..phrases import joined

    return joined([f"`{s}`" for s in sources])


# The separators one campaign slug may be written with: GA4 stores each as it is (`spring-sale`, `spring_sale`,
# `spring sale`, `springsale` are four rows). `.` is no separator here (`nuxt.com`, `v2.1`: part of a name).
_SLUG_SEPARATORS = lazy_compile(r"(?:%20|[\s_+-])+")
_EDGE_SEPARATOR = lazy_compile(r"^(?:%20|[\s_+-])|(?:%20|[\s_+-])$")
_SEPARATOR_NAMES = {"-": "`-`", "_": "`_`", " ": "spaces"}


def campaign_key(value: str) -> str:
    """The slug `value` normalises to: case folded, `-`, `_`, `+` and spaces between words dropped, but one kept
    between two digits (`q1-2026` is no `q12026`, `1-2` no `12`), so two values of one key are one name spelled two
    ways, never two campaigns (`spring-sale-2025` and `spring-sale-2026`, `issue-12` and `issue-13` keep theirs)."""
    words = [w for w in _SLUG_SEPARATORS.split(value.strip().casefold()) if w]
    key = words[0] if words else ""
    for word in words[1:]:
        key += ("-" if key[-1:].isdigit() and word[:1].isdigit() else "") + word
    return key


def _whole_slug(value: str) -> bool:
    """A campaign written whole: not empty, no `{placeholder}`, and no separator at either end (`dp-` is the start
    of a value a program completes, `dp-$campaign`, not a spelling of `dp`)."""
    core = value.strip()
    return bool(core) and "{" not in core and not _EDGE_SEPARATOR.search(core)


def _separator_of(value: str) -> Optional[str]:
    """The one separator `value` joins its words with (`-`, `_` or a space), None for one word or a mix."""
    found = {" " if s.isspace() else s for s in _SLUG_SEPARATORS.findall(value.strip())}
    return next(iter(found)) if len(found) == 1 and next(iter(found)) in _SEPARATOR_NAMES else None


def _campaign_preferred(group: Sequence[str], uses, accepted, respelled, house: Optional[str]
                        ) -> Tuple[Optional[str], str]:
    """The spelling of one campaign to keep and why: the one the most files write, then the most used, each value
    counted as the value rules respell it (`Spring-Sale` is value-case's `spring-sale`); on a tie the one spelling
    the value rules and the team's campaign pattern accept, then the one joined with the separator the repo's other
    campaigns use (`house`); None when nothing tells them apart (the team must choose)."""
    written: Dict[str, List] = {}
    for value in group:
        written.setdefault(respelled(value), []).extend(uses[value])

    def rank(value: str):
        return -len({path for path, _, _ in written[value]}), -len(written[value])

    top = min(rank(v) for v in written)
    tied = sorted(v for v in written if rank(v) == top)
    counted = " once the value rules' respellings are made" if len(written) < len(group) else ""
    if len(tied) == 1:
        best = tied[0]
        if -top[0] > min(len({path for path, _, _ in written[v]}) for v in written):
            return best, f"the spelling the most files write{counted}"
        return best, f"the most used spelling{counted}"
    clean = [v for v in tied if accepted(v) and v in group]
    if len(clean) == 1:  # `headless-recorder` beside `Headless Recorder`, which value-case respells anyway
        return clean[0], "the spelling no value rule would respell; the others are used as often"
    styled = [v for v in (clean or tied) if house is not None and _separator_of(v) == house]
    if len(styled) == 1:
        return styled[0], (f"joined with {_SEPARATOR_NAMES[house]} as the repo's other campaigns are; the other "
                           f"spellings are used as often")
    return None, "no spelling is used more than the others"


def _campaign_fragmentation(all_facts: Iterable, ctx):
    from ..spelling import residue, settled
    from .values import _slug_pattern

    separator = ctx.config.separator
    pattern, _ = _slug_pattern(ctx)
    uses: Dict[str, List[Tuple[str, object, bool]]] = {}
    links: Dict[Tuple[str, str], set] = {}  # (file, value) -> the (source, medium, campaign) of its links using it
    collision = {}  # file -> its utm_source keys (campaign files: campaign-collision reads the same)
    campaign_files = {}  # file -> its facts, for those campaign-collision compares
    sources = Vocabulary("utm_source", ctx)
    for facts in all_facts:
        for use in facts.uses:
            if use[2]:
                links.setdefault((facts.path, use[2]), set()).add(use)
        if facts.campaign is not None and facts.sources:
            collision[facts.path] = frozenset(sources.key(s) for s in facts.sources)
            campaign_files[facts.path] = facts
        for spelled in facts.spellings:
            if spelled.param == "utm_campaign" and _whole_slug(spelled.value):
                uses.setdefault(spelled.value, []).append((facts.path, spelled, not spelled.implied))
    by_key: Dict[str, List[str]] = {}
    for value in sorted(uses):
        by_key.setdefault(campaign_key(value), []).append(value)
    groups = [group for key, group in by_key.items() if key and len(group) > 1]
    if not groups:
        return
    # the separator most of the repo's campaigns are written with: on a tie, the spelling that follows it
    styles: Dict[str, int] = {}
    for value in uses:
        style = _separator_of(value)
        if style is not None:
            styles[style] = styles.get(style, 0) + 1
    ranked = sorted(styles.items(), key=lambda item: -item[1])
    house = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None

    def accepted(value: str) -> bool:
        return settled(value, separator) == value and residue(value, separator) == value and bool(
            pattern.fullmatch(value))

    known: Dict[str, str] = {}

    def respelled(value: str) -> str:
        """The value as the value rules' fixes write it (`Spring-Sale` -> `spring-sale`), when they accept that."""
        if value not in known:
            fixed = settled(value, separator)
            known[value] = fixed if fixed != value and accepted(fixed) else value
        return known[value]

    for group in groups:
        # `Spring-Sale` in three files beside `spring_sale` in one: value-case tells the three to write
        # `spring-sale`, so that is the spelling the one is told to write too (one value, one advice)
        preferred, why = _campaign_preferred(group, uses, accepted, respelled, house)
        named = _Places(group, uses)
        # the utm_sources of the files that write (or will write, once respelled) the spelling to keep
        kept_sources = {collision[p] for v in group if preferred is not None and respelled(v) == preferred
                        for p, _, _ in uses[v] if p in collision}
        for value in group:
            if value == preferred:
                continue  # the right spelling's files are bystanders
            if preferred is not None and respelled(value) == preferred:
                # value-case, value-separator or value-whitespace reports it, with the same advice; unless the
                # respelling would make this file and another initiative's one campaign row (campaign-collision's
                # finding on both once the safe fix is made: newuser48b F6): then the team must say which it is
                yield from _respelling_joins(ctx, value, preferred, group, uses, campaign_files, collision, respelled)
                continue
            yield from _each_place(ctx, "utm_campaign", value, preferred, why, uses, links, named,
                                   "choose one spelling and write it everywhere",
                                   "campaign row, so this campaign's visits and conversions are split",
                                   partial(_collision_aside, preferred, collision, kept_sources))


def _collision_allowed(ctx, slug: str) -> bool:
    """Whether campaign-collision is off, or lets `slug` through (its `allow` option, under its code or name)."""
    config = ctx.config
    if any(key in ("UTM603", "campaign-collision", "UTM6", "UTM60", "UTM") for key in config.ignore):
        return True
    return any(slug in (options.get("allow") or ()) for key, options in config.rule_options.items()
               if key in ("UTM603", "campaign-collision") and isinstance(options, dict))


def _respelling_joins(ctx, value: str, preferred: str, group, uses, campaign_files, collision, respelled
                      ) -> Iterator[Report]:
    """campaign-fragmentation's finding on a campaign file's `value` that a value rule respells to `preferred`
    (`spring_sale` -> `spring-sale`), when other campaign files that write `preferred` already use another utm_source
    and link other pages (campaign-collision's two initiatives): value-separator's safe fix would make the two one
    campaign row, and campaign-collision then tells both files "give this initiative its own slug" (newuser48b F6:
    one run said "one campaign, spell it so", the next "not one, rename it"). GA4 cannot tell which is true; the
    team can: this finding asks once, and its fix (unsafe) is one of the two answers. onefinding drops the
    respelling's own finding on the value, whose safe fix would answer for the team."""
    from ..phrases import joined

    if _collision_allowed(ctx, preferred):
        return
    members = [campaign_files[p] for v in group if respelled(v) == preferred for p, _, w in uses[v]
               if w and p in campaign_files and campaign_files[p].campaign[0] == v]
    members = list({id(f): f for f in members}.values())
    by_sources: Dict[frozenset, List] = {}
    for facts in members:
        by_sources.setdefault(collision[facts.path], []).append(facts)
    if len(by_sources) < 2:
        return
    initiatives = _initiatives(list(by_sources.values()))
    if len(initiatives) < 2:
        return
    for facts in members:
        if facts.campaign[0] != value:
            continue
        mine = next(i for i in initiatives if any(f is facts for f in i))
        others = [f for i in initiatives if i is not mine for f in i if f.campaign[0] != value]
        if not others:
            continue
        spelled = next(s for p, s, w in uses[value] if p == facts.path and w)
        named = joined([f"`{f.campaign[0]}` in {f.path}:{f.campaign[1]} (utm_source {_sources(f.sources)})"
                        for f in others[:_MAX_NAMED]] + ([f"{len(others) - _MAX_NAMED} more"]
                                                          if len(others) > _MAX_NAMED else []))
        fix = None
        if spelled.start >= 0:
            fix = Fix((Edit(spelled.start, spelled.end, scalar_text(preferred, spelled.style)),),
                      f"write `{preferred}`", safe=False)
        yield ctx.report(
            f"utm_campaign `{value}` is also spelled {named}, which links other pages: GA4 keeps each spelling as its "
            f"own campaign row, and one spelling would make both files one row. If this file is the same campaign on "
            f"another platform, write `campaign: {preferred}` and list `{preferred}` in campaign-collision's `allow` "
            f"option; if it is another initiative, give it a slug of its own",
            Pos(spelled.line, spelled.column), fix=fix, path=facts.path,
            end=Pos(spelled.line, spelled.end_column) if spelled.end_column > spelled.column else None)


def _collision_aside(preferred: Optional[str], collision, kept_sources, path: str) -> str:
    """campaign-fragmentation's word on a file whose utm_source is not the one the files writing `preferred` use: one
    campaign run on another platform: written alike, campaign-collision would ask whether it is another initiative; its
    `allow` says it is not."""
    if preferred is not None and path in collision and collision[path] not in kept_sources:
        return (f"; the files that write `{preferred}` use another utm_source: if this file is another "
                f"initiative, give it a slug of its own instead, and if it is the same campaign, also "
                f"list `{preferred}` in campaign-collision's `allow` option")
    return ""


@rule(code="UTM604", name="campaign-fragmentation", severity="warning", target="repo", fix="unsafe")
def campaign_fragmentation(all_facts: Sequence[CampaignFacts], ctx: Context) -> Iterator[Report]:
    """One utm_campaign is spelled more than one way across the repo.

    ## What it does
    Collects the utm_campaign of every tracked link of the repo (each campaign file's `campaign:`; with `scan`,
    also the team's own links in docs, templates and code) and finds one name spelled more than one way: the
    same words in another case or joined by another separator, `-`, `_`, `+`, a space or none (`spring-sale`,
    `spring_sale`, `Spring-Sale`, `springsale`). Campaigns that only share a stem are other campaigns and are
    never grouped: `spring-sale-2025` and `spring-sale-2026`, `issue-12` and `issue-13` (digits must match, and
    so must a separator between two digits); nor is a typo (`sping-sale`), which only the team can tell from a
    second campaign. The spelling to use is the one the most files write, then the most used (a spelling counted
    as value-case and value-separator respell it); on a tie, the one written as the value rules and the team's
    `campaign-pattern` accept, then the one joined with the separator the repo's other campaigns use; with
    nothing to tell them apart, each spelling is reported and the team chooses. Only the files (and links) that
    write another spelling are reported, naming the others and where one is: a file that already uses the right
    spelling is never reported. A spelling another rule already respells the same way (`Spring-Sale` is
    value-case's) is left to that rule. `scan` compares the links to one site (the analytics that reads them) and
    only the team's own tags: not another site's tags copied into a digest or a list, an example, a guide's
    pattern, a code comment or a vendored library. `--unsafe-fixes` rewrites a campaign file's other spelling
    (unsafe: links already sent keep the old one, and GA4 starts the new spelling's row from the day it changes);
    where the spelling to use would move the file's links to another GA4 channel group (GA4 reads `shop` and
    `cross-network` in a campaign), the finding says so and has no fix. When the files of the spelling to use have
    another utm_source, the finding also says how to keep campaign-collision quiet if the two files are one
    campaign. A spelling that a value rule would respell to the one to use (`spring_sale` to `spring-sale`) is left to
    that rule, unless the files that write it have another utm_source and link other pages: then the respelling's
    safe fix would make two initiatives one campaign row, and campaign-collision would report both files; this rule
    reports it instead, asking once whether it is the same campaign (write the spelling and list it in
    campaign-collision's `allow`) or another initiative (a slug of its own), with an unsafe fix. (One campaign per file means a single file cannot show this, so the rule has no one-file example;
    see examples/bad/campaign-fragmentation/.)

    ## Why is this bad?
    GA4 keeps `spring-sale` and `spring_sale` as two campaign rows: the campaign's report shows part of its
    visits and conversions, and comparing it with last year's misses the rest.
    """
    yield from _campaign_fragmentation(all_facts, ctx)
