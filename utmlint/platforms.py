"""Platform profiles: each sending or advertising platform's UTM conventions, as data.

Bundled profiles live in `rules/platforms/*.yaml`; teams add or override profiles with folders of their own.
Profiles are data only: they are read with ruamel's safe loader (no tags, nothing executed). User profiles
are validated against `schemas/platform.schema.json`; bundled ones are validated by the test suite instead,
which keeps start-up fast.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from .lazyregex import lazy_compile
from .records import NamedTuple
from .resources import rules_dir, schemas_dir

_MAX_PROFILE_BYTES = 256 * 1024
_SCHEME = lazy_compile(r"^[a-z][a-z0-9+.-]*://")


# GA4 channel groups a link reaches only when its medium says it was paid for (Google's table, rows 2-8).
PAID_GROUPS = frozenset({"Cross-network", "Paid Shopping", "Paid Search", "Paid Social", "Paid Video", "Display",
                         "Paid Other"})
# Message channels shown inside the product when a campaign names no platform (or the platform's profile does
# not know the channel): a link from them to one of `in-product-hosts` is in-product. `post` is left out: for a
# social network a post is public, so only a profile (Intercom's) can say its posts are in-app.
IN_PRODUCT_CHANNELS = frozenset({"in-app", "in-product", "banner", "tooltip", "tour", "checklist", "chat"})


class MessageChannel(NamedTuple):
    """One kind of message a platform sends (email, in-app, push, search ad, ...)."""

    name: str
    mediums: Tuple[str, ...]  # allowed utm_medium values, preferred first
    tracking: str  # "required" | "optional" | "none"
    ga4_channel: Optional[str] = None  # documented GA4 channel of the preferred medium
    note: str = ""
    in_product: bool = False  # shown inside the product (in-app message, banner, tooltip, ...)

    @property
    def paid(self) -> bool:
        return self.ga4_channel in PAID_GROUPS


class Platform(NamedTuple):
    """A platform profile: its canonical utm_source, defaults, known mis-spellings and message channels."""

    name: str
    display_name: str
    source: str
    default_medium: str
    default_channel: str
    variants: Tuple[str, ...]
    channels: Mapping[str, MessageChannel]
    origin: str  # the file it came from
    description: str = ""
    docs: Tuple[str, ...] = ()
    auto_sources: Tuple[str, ...] = ()  # utm_source values the platform writes into links by itself
    auto_mediums: Tuple[str, ...] = ()
    source_name: str = ""  # what people call the source (Meta Ads' `facebook`: Facebook); "": display_name

    @property
    def source_display(self) -> str:
        """The name messages about a utm_source's spelling give it: an organic post's `fb` is Facebook's, not
        Meta Ads'."""
        return self.source_name or self.display_name

    def message_channel(self, written: Optional[str], campaign_type: Optional[str], medium: Optional[str]) -> str:
        """The message channel of a link: the one written in the file; else, among the paid channels when
        the campaign is an ad (`type: ad`) and all channels otherwise, the one whose mediums hold the link's
        written medium (`display` on Google Ads is its display channel), else the default channel (for an
        ad, the first paid one)."""
        if written:
            return written
        pool = [c for c in self.channels.values() if c.paid] if campaign_type == "ad" else []
        pool = pool or list(self.channels.values())
        if medium:
            holding = [c for c in pool if medium in c.mediums]
            if holding:
                return next((c.name for c in holding if c.name == self.default_channel), holding[0].name)
        return next((c.name for c in pool if c.name == self.default_channel), pool[0].name)

    def __hash__(self) -> int:  # `channels` is a read-only mapping, which does not hash
        return hash((self.name, self.source, self.origin))


class PlatformError(Exception):
    """A platform profile that cannot be used. The message starts with `path:line:col: `."""

    def __init__(self, path: Any, line: int, column: int, message: str, problems: Sequence[str] = ()) -> None:
        self.path = str(path)
        self.line = line
        self.column = column
        self.problems = tuple(problems) or (f"{self.path}:{line}:{column}: {message}",)
        super().__init__(f"{self.path}:{line}:{column}: {message}")


def _yaml() -> Any:
    from ruamel.yaml import YAML

    try:
        import _ruamel_yaml  # noqa: F401  (the C extension; absent on PyPy and some platforms)
        pure = False
    except ImportError:
        pure = True
    return YAML(typ="safe", pure=pure)


def _build(data: Mapping[str, Any], origin: Path) -> Platform:
    channels = {
        name: MessageChannel(
            name=name,
            mediums=tuple(spec.get("mediums") or ()),
            tracking=spec["tracking"],
            ga4_channel=spec.get("ga4_channel"),
            note=spec.get("note", ""),
            in_product=bool(spec.get("in_product", False)),
        )
        for name, spec in data["channels"].items()
    }
    return Platform(
        name=data["name"],
        display_name=data["display_name"],
        source=data["source"],
        default_medium=data["default_medium"],
        default_channel=data["default_channel"],
        variants=tuple(data.get("variants") or ()),
        channels=MappingProxyType(channels),
        origin=str(origin),
        description=data.get("description", ""),
        docs=tuple(data.get("docs") or ()),
        auto_sources=tuple((data.get("auto_values") or {}).get("source") or ()),
        auto_mediums=tuple((data.get("auto_values") or {}).get("medium") or ()),
        source_name=data.get("source_name", ""),
    )


def _read(path: Path) -> Tuple[str, Any]:
    """The file's text and its safely loaded data; YAML errors become PlatformErrors with a position.

    Read through the bounded reader (regular files only, size limit) and checked for nesting before
    libyaml sees it: its C composer recurses once per level, and 50,000 `[` would crash the process."""
    from ruamel.yaml.error import YAMLError

    from . import safeio
    from .document import MAX_DEPTH, nesting_too_deep

    try:
        raw = safeio.read_regular(path, _MAX_PROFILE_BYTES, "a platform profile")
    except safeio.ReadRefused as refused:
        raise PlatformError(path, 1, 1, f"cannot read: {refused}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise PlatformError(path, 1, 1, f"not UTF-8 text ({error.reason})") from None
    deep = nesting_too_deep(text)
    if deep is not None:
        raise PlatformError(path, deep.line, deep.column, f"nests deeper than {MAX_DEPTH} levels; "
                                                          "a platform profile never needs that")
    try:
        return text, _yaml().load(text)
    except (YAMLError, RecursionError) as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise PlatformError(path, line, column, f"invalid YAML: {problem}") from None


@lru_cache(maxsize=1)
def _bundled() -> Mapping[str, Platform]:
    platforms: Dict[str, Platform] = {}
    from .bundled import load

    for path in sorted((rules_dir() / "platforms").glob("*.yaml")):
        platform = _build(load(path), path)  # bundled profiles are checked by tests, not per run
        platforms[platform.name] = platform
    return MappingProxyType(platforms)


@lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    schema = json.loads((schemas_dir() / "platform.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


class _Positions:
    """Line and column (1-based) of keys and values, from ruamel's node graph of the same text."""

    def __init__(self, text: str) -> None:
        self.root = _yaml().compose(text)

    def shared_node(self) -> Optional[Any]:
        """The first node reached twice (an alias), which profiles do not allow."""
        seen: set = set()
        stack = [self.root] if self.root is not None else []
        while stack:
            node = stack.pop()
            if id(node) in seen:
                return node
            seen.add(id(node))
            if isinstance(node.value, list):
                for item in node.value:
                    stack.extend(item if isinstance(item, tuple) else (item,))
        return None

    def find(self, path: Sequence[Any], key: bool = False) -> Tuple[int, int]:
        """Where the value at `path` is (or its key, with key=True); the nearest known parent otherwise."""
        node, mark = self.root, None
        if node is None:
            return 1, 1
        mark = node.start_mark
        for step in path:
            if node.tag.endswith(":map") and isinstance(node.value, list):
                for key_node, value_node in node.value:
                    if key_node.value == step:
                        mark = key_node.start_mark if key else value_node.start_mark
                        node = value_node
                        break
                else:
                    break
            elif node.tag.endswith(":seq") and isinstance(step, int) and step < len(node.value):
                node = node.value[step]
                mark = node.start_mark
            else:
                break
        return mark.line + 1, mark.column + 1


def _dotted(path: Sequence[Any]) -> str:
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else str(step))
    return text or "(top level)"


def _schema_problems(data: Any, where: _Positions) -> List[Tuple[int, int, int, str]]:
    """(priority, line, column, message) per schema error; a missing key ranks after a misspelt one."""
    problems = []
    for error in _validator().iter_errors(data):
        path = list(error.absolute_path)
        if error.validator == "required":
            present = error.instance if isinstance(error.instance, dict) else {}
            missing = [k for k in error.validator_value if k not in present]
            name = _dotted(path + missing[:1])
            line, column = where.find(path, key=True)
            problems.append((1, line, column, f"`{name}` is missing (required)"))
        elif error.validator == "additionalProperties" and isinstance(error.instance, dict):
            known = list(error.schema.get("properties", {}))
            for extra in [k for k in error.instance if k not in known]:
                line, column = where.find(path + [extra], key=True)
                import difflib

                close = difflib.get_close_matches(str(extra), known, n=1)
                hint = f"; did you mean `{close[0]}`?" if close else f"; allowed: {', '.join(known)}"
                problems.append((0, line, column, f"unknown key `{_dotted(path + [extra])}`{hint}"))
        elif "propertyNames" in error.schema_path:
            line, column = where.find(path + [error.instance], key=True)
            problems.append((0, line, column, f"key `{_dotted(path + [error.instance])}` must be lowercase words "
                                           f"joined by `-` (like `in-app`)"))
        else:
            line, column = where.find(path)
            if error.validator == "pattern" and error.schema.get("description"):
                message = f"`{_dotted(path)}` `{error.instance}` does not fit: {error.schema['description']}"
            elif error.validator == "maxItems" and path[-1:] == ["mediums"]:
                message = f"`{_dotted(path)}` must be empty when `tracking` is `none`"
            else:
                message = f"`{_dotted(path)}`: {error.message}"
            problems.append((0, line, column, message))
    return problems


def _meaning_problems(data: Mapping[str, Any], where: _Positions) -> List[Tuple[int, int, int, str]]:
    """Checks JSON Schema cannot express: defaults point at real channels and mediums."""
    problems = []
    channels = data["channels"]
    default_channel = data["default_channel"]
    if default_channel not in channels:
        line, column = where.find(["default_channel"])
        problems.append((0, line, column, f"`default_channel` names `{default_channel}`, which is not one of "
                                       f"`channels` ({', '.join(channels)})"))
    elif data["default_medium"] not in (channels[default_channel].get("mediums") or ()):
        line, column = where.find(["default_medium"])
        problems.append((0, line, column, f"`default_medium` `{data['default_medium']}` is not one of the mediums "
                                       f"of its default channel `{default_channel}`"))
    source = data["source"].casefold()
    for index, variant in enumerate(data.get("variants") or ()):
        if variant.casefold() == source:
            line, column = where.find(["variants", index])
            problems.append((0, line, column, f"`variants[{index}]` `{variant}` is the canonical `source` itself"))
    return problems


def _load_user(path: Path) -> Tuple[Platform, Tuple[int, int]]:
    text, data = _read(path)
    where = _Positions(text)
    shared = where.shared_node()
    if shared is not None:
        mark = shared.start_mark
        raise PlatformError(path, mark.line + 1, mark.column + 1,
                            "YAML anchors and aliases are not allowed in platform profiles")
    problems = _schema_problems(data, where)
    if not problems:
        problems = _meaning_problems(data, where)
    if problems:
        problems.sort()
        _, line, column, message = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise PlatformError(path, line, column, message + more,
                            [f"{path}:{ln}:{col}: {msg}" for _, ln, col, msg in problems])
    return _build(data, path), where.find(["name"])


def load_platforms(extra_dirs: Sequence[Path] = ()) -> Dict[str, Platform]:
    """Bundled profiles, then each user folder's `*.yaml`/`*.yml` in order.

    A user profile whose `name` is already known replaces it; a new name adds one. User profiles are
    validated; any problem raises PlatformError ("path:line:col: message").
    """
    platforms = dict(_bundled())
    for folder in extra_dirs:
        folder = Path(folder)
        if not folder.is_dir():
            raise PlatformError(folder, 1, 1, "platform folder not found")
        names: Dict[str, Path] = {}
        for path in sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]):
            platform, (line, column) = _load_user(path)
            if platform.name in names:
                raise PlatformError(path, line, column, f"`name` `{platform.name}` is already used by "
                                                        f"{names[platform.name]}")
            names[platform.name] = path
            platforms[platform.name] = platform
    return platforms


def _host(value: str) -> Optional[str]:
    """The host name if `value` looks like a domain or URL (`www.intercom.com`, `https://x.io/a`)."""
    rest = _SCHEME.sub("", value)
    host = re.split(r"[/?#]", rest, maxsplit=1)[0].rpartition("@")[2].partition(":")[0].rstrip(".")
    if "." not in host or not all(host.split(".")) or any(ch.isspace() for ch in host):
        return None
    return host


# A variant is matched by its letters and digits alone (its `-`, `_` or none between words as a team types it:
# `fb_ads`, `fbads` for Meta Ads' `fb-ads`, session 42 newuser F5) when they are this many at least: `li`, `fb`, `mc`
# and `cio` stay exact, as a two- or three-letter value spelled apart (`l-i`) is no spelling of them. Domains stay exact.
_MIN_LETTERS = 5
_NOT_LETTERS = lazy_compile(r"[^a-z0-9]+")  # compiled on first use: every lint imports this module


def _letters(value: str) -> str:
    return _NOT_LETTERS.sub("", value.casefold())


class _SourceIndex:
    """The platforms' sources and variants as lookups, built once per profile set: a rule asks about every
    written utm_source, several times each, and a pattern per platform per value cost most of a large file's
    lint. Each table keeps the first platform in profile order, as a loop over the profiles would find."""

    def __init__(self, platforms: Mapping[str, Platform]):
        self.platforms = list(platforms.values())
        self.sources = frozenset(platform.source for platform in self.platforms)
        self.folded: Dict[str, int] = {}
        self.variants: Dict[str, int] = {}
        self.variant_letters: Dict[str, int] = {}  # a long variant's letters and digits: `fb_ads` is `fb-ads`
        for position, platform in enumerate(self.platforms):
            self.folded.setdefault(platform.source.casefold(), position)
            for variant in platform.variants:
                self.variants.setdefault(variant.casefold(), position)
                letters = _letters(variant)
                if len(letters) >= _MIN_LETTERS and "." not in variant:
                    self.variant_letters.setdefault(letters, position)
        # what a platform writes by itself is its own spelling, never another's variant (`hs_email` is not `hs-email`)
        self.auto = frozenset(v.casefold() for platform in self.platforms for v in platform.auto_sources)

    def first(self, keys, table: Dict[str, int]) -> Optional[Platform]:
        positions = [table[key] for key in keys if key in table]
        return self.platforms[min(positions)] if positions else None


_INDEXES: Dict[int, Tuple[Mapping[str, Platform], List[Platform], _SourceIndex]] = {}


def _source_index(platforms: Mapping[str, Platform]) -> _SourceIndex:
    found = _INDEXES.get(id(platforms))
    if found is None or found[0] is not platforms or len(found[1]) != len(platforms):
        if len(_INDEXES) > 16:
            _INDEXES.clear()
        found = _INDEXES[id(platforms)] = (platforms, list(platforms.values()), _SourceIndex(platforms))
    return found[2]


def match_source_variant(value: str, platforms: Mapping[str, Platform]) -> Optional[Tuple[Platform, str]]:
    """Which platform a mis-spelled utm_source means, and how it is mis-spelled.

    Kinds: "case" (`Intercom`), "domain" (`intercom.com`, `www.intercom.com`, `mail.intercom.io`,
    `https://intercom.com`), "io-suffix" (`intercom-io`, `intercom_io`, `intercomio`) and "variant" (listed
    in the profile's `variants`). None for any platform's canonical spelling and for unrelated values.
    """
    index = _source_index(platforms)
    if not value or value in index.sources:
        return None
    folded = value.casefold()
    found = index.first((folded,), index.folded)
    if found is not None:
        return found, "case"
    host = _host(folded)
    if host is not None:
        found = index.first(host.split(".")[:-1], index.folded)
        if found is not None:
            return found, "domain"
    if folded.endswith("io"):  # the source, then `-`, `_`, `.` or nothing, then `io`
        stem = folded[:-2]
        found = index.first((stem, stem[:-1]) if stem[-1:] in ("-", "_", ".") else (stem,), index.folded)
        if found is not None:
            return found, "io-suffix"
    found = index.first((folded,), index.variants)
    if found is None and "." not in folded and folded not in index.auto and len(_letters(folded)) >= _MIN_LETTERS:
        found = index.first((_letters(folded),), index.variant_letters)
    if found is not None:
        return found, "variant"
    return None
