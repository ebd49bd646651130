"""GA4's default channel grouping for utm-tagged links, evaluated over the data in `rules/ga4/`.

`predict_channel` answers "which channel will GA4 put this link's sessions in, and why?". The rule table,
the regexes and Google's source-category list are data (`rules/ga4/channels.yaml`,
`rules/ga4/source-categories.tsv`); they are read and compiled on first use, so importing this module
costs nothing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Dict, FrozenSet, List, Mapping, Optional, Sequence, Tuple

from .lazyregex import cached
from .records import NamedTuple
from .resources import rules_dir

CATEGORIES = ("SOCIAL", "SEARCH", "SHOPPING", "VIDEO")
UNASSIGNED = "Unassigned"

_FIELDS = ("source", "medium", "campaign")
_PARAM = {"source": "utm_source", "medium": "utm_medium", "campaign": "utm_campaign"}
_OPS = ("equals", "one_of", "matches", "contains", "ends_with", "in_category")
_MAX_SUGGESTIONS = 3

Values = Tuple[str, str, str]  # casefolded (source, medium, campaign)


class ChannelMatch(NamedTuple):
    """The channel GA4 assigns, the row of Google's table that decided it, and why in plain English."""

    channel: str
    row: int  # 1-based row of Google's table; 0 for Unassigned
    reason: str


class ChannelDataError(ValueError):
    """The bundled channel data is malformed (a packaging bug, not a user error)."""


class _Condition:
    """A compiled condition: `test` decides fast; `explain` says why it held (only for the winning row)."""

    __slots__ = ("kind", "children", "index", "field", "op", "value", "label", "test")

    def __init__(self, kind: str, test: Callable[[Values], bool], children: Sequence["_Condition"] = (),
                 field: str = "", op: str = "", value: Any = None, label: str = "") -> None:
        self.kind = kind
        self.test = test
        self.children = tuple(children)
        self.field = field
        self.index = _FIELDS.index(field) if field else -1
        self.op = op
        self.value = value
        self.label = label

    def explain(self, folded: Values, raw: Sequence[str]) -> Optional[str]:
        if not self.test(folded):
            return None
        if self.kind == "all":
            return " and ".join(child.explain(folded, raw) or "" for child in self.children)
        if self.kind == "any":
            for child in self.children:
                reason = child.explain(folded, raw)
                if reason:
                    return reason
            return None
        shown = raw[self.index]
        said = f"{_PARAM[self.field]} `{shown}`"
        if self.op == "equals":
            same = shown == self.value
            text = f"{_PARAM[self.field]} is `{shown}`" if same else f"{said} counts as `{self.value}`"
        elif self.op == "one_of":
            text = f"{said} is one of {self.label}"
        elif self.op == "matches":
            text = f"{said} matches {self.label}"
        elif self.op == "contains":
            text = f"{said} contains `{self.value}`"
        elif self.op == "ends_with":
            text = f"{said} ends with `{self.value}`"
        else:
            text = f"{said} is on Google's list of {self.value.lower()} sites"
        if shown != folded[self.index] and self.op != "in_category":
            text += " (GA4 ignores case here, but reports keep the spelling as a separate row)"
        return text


class _Row(NamedTuple):
    row: int
    channel: str
    when: _Condition


class _Ruleset(NamedTuple):
    version: str
    rows: Tuple[_Row, ...]
    categories: Mapping[str, str]  # casefolded source -> category
    reserved: FrozenSet[str]
    medium_candidates: Tuple[str, ...]  # mediums that reach a real channel, in table order
    medium_hints: Mapping[str, Tuple[str, ...]]
    # The distinct tests of the table's conditions on the campaign name (two in Google's table: `cross-network`,
    # and a shopping regex written twice), and _decide's memory: rows by source, medium and those tests'
    # answers, and the answers by campaign name.
    campaign_tests: Tuple[Callable[[Values], bool], ...] = ()
    decided: Optional[Dict[Any, Any]] = None


def _read_yaml(path: Path) -> Any:
    from .bundled import load

    try:
        return load(path)
    except ValueError as error:
        raise ChannelDataError(str(error)) from None


def _read_categories(path: Path) -> Dict[str, str]:
    """source-categories.tsv (820 lines), parsed once per install as the YAML data is (bundled.py): reading it was
    4.5 M instructions of every lint's start-up (session 41)."""
    from .bundled import load

    return load(path, _parse_categories)  # type: ignore[return-value]


def _parse_categories(path: Path) -> Dict[str, str]:
    categories: Dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#") or (number == 1 and line.startswith("source\t")):
            continue
        source, _, category = line.rstrip("\r").partition("\t")
        category = category.strip().removeprefix("SOURCE_CATEGORY_")
        if category not in CATEGORIES:
            raise ChannelDataError(f"{path}:{number}: unknown source category {category!r}")
        categories[source.strip().casefold()] = category
    return categories


def _compile(spec: Any, regexes: Mapping[str, Tuple[re.Pattern, str]],
             categories: Mapping[str, str], where: str) -> _Condition:
    if not isinstance(spec, dict):
        raise ChannelDataError(f"{where}: a condition must be a mapping, got {spec!r}")
    for kind in ("all", "any"):
        if kind in spec:
            children = [_compile(child, regexes, categories, where) for child in spec[kind]]
            tests = tuple(child.test for child in children)
            if kind == "all":
                return _Condition(kind, lambda v: all(t(v) for t in tests), children)
            return _Condition(kind, lambda v: any(t(v) for t in tests), children)
    field, op, value = spec.get("field"), spec.get("op"), spec.get("value")
    if field not in _FIELDS or op not in _OPS:
        raise ChannelDataError(f"{where}: bad field {field!r} or op {op!r}")
    i = _FIELDS.index(field)
    label = str(spec.get("label", ""))
    test: Callable[[Values], bool]
    if op == "matches":
        name = spec.get("regex")
        if name not in regexes:
            raise ChannelDataError(f"{where}: unknown regex {name!r}")
        fullmatch = regexes[name][0].fullmatch
        label = label or regexes[name][1]
        value = name
        test = lambda v: fullmatch(v[i]) is not None  # noqa: E731
    elif op == "in_category":
        if value not in CATEGORIES:
            raise ChannelDataError(f"{where}: unknown category {value!r}")
        # the source's category looked up, not a set of the category's sources built for each run (2.5 M)
        test = lambda v: categories.get(v[i]) == value  # noqa: E731
    elif op == "one_of":
        if not isinstance(value, list) or not value or not all(isinstance(x, str) and x for x in value):
            raise ChannelDataError(f"{where}: `one_of` needs a list of non-empty strings")
        value = tuple(value)
        allowed = frozenset(x.casefold() for x in value)
        label = label or ", ".join(f"`{x}`" for x in value)
        test = lambda v: v[i] in allowed  # noqa: E731
    else:
        if not isinstance(value, str) or not value:
            raise ChannelDataError(f"{where}: `{op}` needs a non-empty string")
        folded = value.casefold()
        if op == "equals":
            test = lambda v: v[i] == folded  # noqa: E731
        elif op == "contains":
            test = lambda v: folded in v[i]  # noqa: E731
        else:
            test = lambda v: v[i].endswith(folded)  # noqa: E731
    return _Condition("leaf", test, field=field, op=op, value=value, label=label)


def _leaves(condition: _Condition):
    if condition.kind == "leaf":
        yield condition
    for child in condition.children:
        yield from _leaves(child)


def _norm(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


@lru_cache(maxsize=1)
def load_ruleset() -> _Ruleset:
    folder = rules_dir() / "ga4"
    path = folder / "channels.yaml"
    data = _read_yaml(path)
    categories = _read_categories(folder / data.get("source_categories", "source-categories.tsv"))
    regexes: Dict[str, Tuple[re.Pattern, str]] = {}
    examples: Dict[str, List[str]] = {}
    for name, spec in (data.get("regexes") or {}).items():
        label = str(spec.get("label", f"the regex `{spec['pattern']}`"))
        regexes[name] = (cached(spec["pattern"], re.IGNORECASE), label)
        examples[name] = [str(x) for x in spec.get("examples", [])]
    rows = []
    for position, spec in enumerate(data["channels"], start=1):
        if spec.get("row") != position:
            raise ChannelDataError(f"{path}: channel {spec.get('channel')!r} should be row {position}")
        rows.append(_Row(position, str(spec["channel"]), _compile(spec["when"], regexes, categories,
                                                                  f"{path}: row {position}")))
    reserved = frozenset(str(x).casefold() for x in data.get("reserved", []))
    ruleset = _Ruleset(str(data["ruleset"]), tuple(rows), categories, reserved, (), {})

    candidates: List[str] = []
    for row in rows:
        for leaf in _leaves(row.when):
            if leaf.field != "medium":
                continue
            if leaf.op == "matches":
                values: Sequence[str] = examples.get(leaf.value, [])
            elif leaf.op == "one_of":
                values = leaf.value
            else:
                values = [leaf.value]
            candidates.extend(values)
    seen = set()
    usable = []
    for medium in candidates:
        key = _norm(medium)
        if key in seen or medium.casefold() in reserved or any(ch.isspace() for ch in medium):
            continue
        if _evaluate(ruleset, "", medium.casefold(), "")[0] is not None:
            seen.add(key)
            usable.append(medium)
    hints = {_norm(str(key)): tuple(str(x) for x in (value or [])) for key, value in
             (data.get("medium_hints") or {}).items()}
    campaign_tests = {(leaf.op, leaf.value): leaf.test for row in rows for leaf in _leaves(row.when)
                      if leaf.field == "campaign"}
    return _Ruleset(ruleset.version, ruleset.rows, categories, reserved, tuple(usable), hints,
                    tuple(campaign_tests.values()), {})


def regex_patterns() -> Dict[str, str]:
    """The named regexes of `channels.yaml` as written (name -> pattern), for the SQL form of the table
    (audit/channel_sql.py); read from the same parsed-once data as `load_ruleset`, so no YAML parser loads."""
    data = _read_yaml(rules_dir() / "ga4" / "channels.yaml")
    return {name: str(spec["pattern"]) for name, spec in (data.get("regexes") or {}).items()}


def _evaluate(ruleset: _Ruleset, source: str, medium: str, campaign: str) -> Tuple[Optional[_Row], Values]:
    folded = (source, medium, campaign)
    for row in ruleset.rows:
        if row.when.test(folded):
            return row, folded
    return None, folded


_DECIDED_MAX = 4096  # entries of Ruleset.decided before it starts again: memory must not grow with the repo


def _decide(ruleset: _Ruleset, folded: Values) -> Optional[_Row]:
    """`_evaluate`'s row, remembered by the source, the medium and the answers of the tests on the campaign
    name: a campaign name reaches a row only through those tests, so the name itself need not be in the key.
    A repo has a campaign name per file; keyed by it, every file would try the table's rows again (the
    shopping regex alone costs several microseconds a try) for a source and medium the run has long seen."""
    decided = ruleset.decided
    if decided is None:
        return _evaluate(ruleset, *folded)[0]
    if len(decided) >= _DECIDED_MAX:
        decided.clear()
    answers = decided.get(folded[2])  # the campaign name's answers (a str key; rows have tuple keys)
    if answers is None:
        answers = decided[folded[2]] = tuple([test(folded) for test in ruleset.campaign_tests])
    key = (folded[0], folded[1], answers)
    try:
        return decided[key]
    except KeyError:
        row = decided[key] = _evaluate(ruleset, *folded)[0]
        return row


@lru_cache(maxsize=1024)  # bounded: memory must not grow with the repo
def predict_channel(source: Optional[str], medium: Optional[str], campaign: Optional[str]) -> ChannelMatch:
    """The GA4 default channel for a link's utm_source, utm_medium and utm_campaign (None = absent).

    Rows of Google's table are tried in order and the first that matches wins; matching ignores case.
    """
    raw = tuple("" if value is None else str(value) for value in (source, medium, campaign))
    ruleset = load_ruleset()
    folded = (raw[0].casefold(), raw[1].casefold(), raw[2].casefold())
    row = _decide(ruleset, folded)
    if row is not None:
        return ChannelMatch(row.channel, row.row, row.when.explain(folded, raw) or row.channel)
    return ChannelMatch(UNASSIGNED, 0, _unassigned_reason(raw))


def channel_of(source: Optional[str], medium: Optional[str], campaign: Optional[str]) -> str:
    """Just the channel of `predict_channel`, without the explanation or its cache: for tools that classify
    many distinct values at once (`utmlint audit` on an export)."""
    row, _ = _evaluate(load_ruleset(), *(("" if value is None else str(value)).casefold()
                                     for value in (source, medium, campaign)))
    return row.channel if row is not None else UNASSIGNED


def _unassigned_reason(raw: Sequence[str]) -> str:
    source, medium, campaign = raw
    if not source and not medium:
        return "there is no utm_source or utm_medium, so no GA4 channel rule can match"
    said = [f"{_PARAM[field]} `{value}`" for field, value in zip(_FIELDS, raw) if value]
    reason = "no GA4 default channel rule matches " + ", ".join(said)
    if not medium:
        reason += " (utm_medium is missing; most channels are decided by it)"
    return reason


def source_category(source: str) -> Optional[str]:
    """Google's category for a source ("SOCIAL", "SEARCH", "SHOPPING", "VIDEO"), ignoring case; else None."""
    return load_ruleset().categories.get(source.casefold())


def source_lists_before(channel: str) -> Tuple[str, ...]:
    """The source lists (Google's categories, lower-cased: "shopping", "social", "video") whose rows come before
    `channel`'s in the table and take an unpaid link by its source alone, in table order: a source on one of them
    decides the channel before `channel`'s medium is tested (`twitter` with `organic` is Organic Social, row 10,
    before Organic Search's row 12). A paid row (a source list *and* a paid medium) is not one of them."""
    lists: List[str] = []
    for row in load_ruleset().rows:
        if row.channel == channel:
            break
        if row.when.kind == "all":
            continue
        for leaf in (row.when,) if row.when.kind == "leaf" else row.when.children:
            if leaf.kind == "leaf" and leaf.field == "source" and leaf.op == "in_category" \
                    and leaf.value.lower() not in lists:
                lists.append(leaf.value.lower())
    return tuple(lists)


def ruleset_version() -> str:
    """The dated version of Google's rules this engine implements, e.g. "ga4-2023-11"."""
    return load_ruleset().version


def reserved_values() -> FrozenSet[str]:
    """Casefolded values GA4 sets itself or that are unverified (`(direct)`, `ai-assistant`, ...)."""
    return load_ruleset().reserved


def channel_names() -> Tuple[str, ...]:
    """Every channel in evaluation order, then "Unassigned"."""
    return tuple(row.channel for row in load_ruleset().rows) + (UNASSIGNED,)


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (edits incl. adjacent swaps), capped at limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: List[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


@lru_cache(maxsize=1024)
def _suggest(medium: str) -> Tuple[str, ...]:
    ruleset = load_ruleset()
    key = _norm(medium)
    if not key:
        return ()
    if key in ruleset.medium_hints:
        return ruleset.medium_hints[key][:_MAX_SUGGESTIONS]
    tokens = [t for t in re.split(r"[\W_]+", unicodedata.normalize("NFKC", medium).casefold()) if t][:8]
    joined = {"".join(tokens[i:j]) for i in range(len(tokens)) for j in range(i + 1, len(tokens) + 1)}
    # a hint of 6 letters or more that ends a word run together with another (`sponsoredpodcast`, `weeklynewsletter`)
    ends = {hint for hint in ruleset.medium_hints for token in tokens
            if len(hint) >= 6 and len(token) >= len(hint) + 3 and token.endswith(hint)}
    ranked: List[Tuple[int, int, str]] = []
    for order, (hint, mediums) in enumerate(ruleset.medium_hints.items()):
        if hint in joined or hint in ends:
            if not mediums:
                return ()  # a part that means "no safe guess" (`in-app-promo`) vetoes spelling matches
            ranked.extend((1, -len(ruleset.medium_hints) + order, medium) for medium in mediums)
    for order, candidate in enumerate(ruleset.medium_candidates):
        wanted = _norm(candidate)
        if wanted == key:
            ranked.append((0, order, candidate))
        elif wanted in joined:
            ranked.append((1, order, candidate))
        elif key in (wanted + "s", wanted + "es") or (len(wanted) >= 5 and key.startswith(wanted)) \
                or (len(key) >= 5 and wanted.startswith(key)):
            ranked.append((2, order, candidate))
    if not ranked and len(key) >= 3:
        limit = 1 if len(key) <= 7 else 2  # `special` is no typo of `social` (2 edits in 7: corpus 10)
        for order, candidate in enumerate(ruleset.medium_candidates):
            wanted = _norm(candidate)
            if len(wanted) >= 3:
                distance = edit_distance(key, wanted, limit)
                if distance <= limit:
                    ranked.append((2 + distance, order, candidate))
    unique = dict.fromkeys(candidate for _, _, candidate in sorted(ranked))
    return tuple(unique)[:_MAX_SUGGESTIONS]


def medium_suggestions(medium: str) -> List[str]:
    """For a medium GA4 leaves Unassigned, the nearest mediums that reach a real channel, best first.

    `social_media` -> ["social-media", "social"], `affiliates` -> ["affiliate"], `newsletter` -> ["email"].
    Empty when the medium already reaches a channel or nothing is close enough to guess.
    """
    if predict_channel(None, medium, None).channel != UNASSIGNED:
        return []
    return list(_suggest(medium))


class Homonym(NamedTuple):
    """A listed source that usually names software, not the site Google lists it for (`rules/ga4/channels.yaml`,
    utmlint's own `source_homonyms`)."""

    site: str  # what Google lists it for: `wordpress.com`
    software: str  # where links tagged with it usually sit: `a WordPress site or plugin`


@lru_cache(maxsize=1)
def _overrides_data() -> Tuple[Mapping[str, Homonym], FrozenSet[str], Mapping[str, str]]:
    data = _read_yaml(rules_dir() / "ga4" / "channels.yaml")
    homonyms = {}
    for source, spec in (data.get("source_homonyms") or {}).items():
        if not isinstance(spec, dict) or not spec.get("site") or not spec.get("software"):
            raise ChannelDataError(f"channels.yaml: source_homonyms.{source} needs `site` and `software`")
        if str(source).casefold() not in load_ruleset().categories:
            raise ChannelDataError(f"channels.yaml: source_homonyms.{source} is not on Google's source lists")
        homonyms[str(source).casefold()] = Homonym(str(spec["site"]), str(spec["software"]))
    posts = frozenset(str(m).casefold() for m in (data.get("post_mediums") or []))
    directories = {}
    for source, what in (data.get("listed_directories") or {}).items():
        if load_ruleset().categories.get(str(source).casefold()) != "SOCIAL" or not what:
            raise ChannelDataError(f"channels.yaml: listed_directories.{source} must be on Google's social list "
                                   "and say what the site is")
        directories[str(source).casefold()] = str(what)
    return homonyms, posts, directories


def source_homonym(source: str) -> Optional[Homonym]:
    """The homonym entry of a listed source that usually names software (`WordPress`), ignoring case; else None."""
    return _overrides_data()[0].get(source.strip().casefold())


def listed_directory(source: str) -> Optional[str]:
    """What a source on Google's social list really is when it names a directory of software, not a social network
    (`wordpress.org`: WordPress.org's plugin and theme directory), ignoring case; else None."""
    return _overrides_data()[2].get(source.strip().casefold())


def post_medium(medium: str) -> bool:
    """Whether a medium says the link is a post or share on the listed site itself (`blog`, `post`, `share`)."""
    return medium.strip().casefold() in _overrides_data()[1]
