"""One value spelled several ways in the export, grouped exactly as the repo-wide rules group spellings.

The grouping is `checks/repo.py`'s own (its `Vocabulary` keys: case, separators, a platform's domain, `-io`
and listed variants, other domains by name; then one-typo joins, never between two known-real values), so
`utmlint lint` and `utmlint audit` never disagree about what is "the same value". Only the choice of the
spelling to keep differs: in an export the weight of a spelling is its sessions, not its files.
"""

from __future__ import annotations

from typing import Dict, Iterable, List, Mapping, NamedTuple, Sequence, Tuple

from ..checks.repo import clusters, Vocabulary


class Context(NamedTuple):
    """What suggest.py and the repo-wide grouping read of a lint context."""

    platforms: Mapping
    config: object


class _CampaignVocabulary(Vocabulary):
    """Campaign slugs: the repo's slugs are the real ones; no platform or GA4 vocabulary applies."""

    def __init__(self, ctx, slugs: Iterable[str]):
        super().__init__("utm_medium", ctx)
        self.param = "utm_campaign"
        self.canonical = {slug: None for slug in slugs}
        self.team = set()

    def known(self, value: str) -> bool:
        return value in self.canonical


class Split(NamedTuple):
    dimension: str  # source | medium | campaign
    spellings: List[Tuple[str, float]]  # (value, sessions), most sessions first
    canonical: str
    why: str
    sessions: float


def _vocabulary(dimension: str, platforms, config, slugs: Sequence[str]):
    ctx = Context(platforms, config)
    if dimension == "campaign":
        return _CampaignVocabulary(ctx, slugs)
    return Vocabulary(f"utm_{dimension}", ctx)


def _canonical(group: Sequence[str], weights: Mapping[str, float], vocabulary) -> Tuple[str, str]:
    platforms = {p.name: p for p in map(vocabulary.platform_of, group) if p is not None}
    if len(platforms) == 1:
        platform = next(iter(platforms.values()))
        return platform.source, f"{platform.source_display}'s name"
    canonical = [v for v in group if v in vocabulary.canonical]
    if len(canonical) == 1:
        where = "the repo's spelling" if isinstance(vocabulary, _CampaignVocabulary) else "the platform profiles' spelling"
        return canonical[0], where
    # Capitals lose before sessions count: `value-case` would flag them in the repo.
    best = min(group, key=lambda v: (v.casefold() not in vocabulary.team, not vocabulary.known(v), v != v.lower(),
                                     -weights[v], v))
    if best.casefold() in vocabulary.team:
        return best, "the team vocabulary's spelling"
    if vocabulary.known(best) and not all(vocabulary.known(v) for v in group):
        return best, "the spelling GA4 knows"
    if max(group, key=lambda v: weights[v]) != best and any(v != v.lower() for v in group):
        return best, "lower case, as the value-case rule wants"
    return best, "the spelling with the most sessions"


def find_splits(dimension: str, weights: Dict[str, float], platforms, config, slugs: Sequence[str] = ()) -> List[Split]:
    """Groups of two or more spellings of one value among `weights` (value -> sessions), biggest first."""
    vocabulary = _vocabulary(dimension, platforms, config, slugs)
    found = []
    for group in clusters(sorted(weights), vocabulary):
        canonical, why = _canonical(group, weights, vocabulary)
        spellings = sorted(((v, weights[v]) for v in group), key=lambda item: (-item[1], item[0]))
        found.append(Split(dimension, spellings, canonical, why, sum(weights[v] for v in group)))
    found.sort(key=lambda split: (-split.sessions, split.canonical))
    return found


def same_key(dimension: str, platforms, config, slugs: Sequence[str] = ()):
    """The rules' normalised key of a value (to say which repo slug an unknown campaign is a spelling of)."""
    return _vocabulary(dimension, platforms, config, slugs).key
