"""Configuration: `.utmlint.yaml` or `[tool.utmlint]` in pyproject.toml, the nearest one wins.

Discovery walks up from the first path given (the working directory by default), as ruff does;
`extend:` inherits explicitly. Unknown keys and bad values are `ConfigError`s (exit 2) that name
the file, the position and the key.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from .globs import rebased_globs
from .configfile import CONFIG_NAMES, MAX_CONFIG_BYTES, find_config_file  # noqa: F401 (CONFIG_NAMES: discovery)

DEFAULT_INCLUDE = ["**/*.yaml", "**/*.yml"]
DEFAULT_EXCLUDE = [".*", "node_modules", "venv", "__pycache__", "action.yml", "action.yaml"]
DEFAULT_CAMPAIGN_PATTERN = r"[a-z0-9]+(?:-[a-z0-9]+)*"


class DefaultSeparator(str):
    """The word separator when the config names none: `-`, but a value written consistently with `_`
    (`pramp_banner`) or with single spaces (`mindsdb repo`, `mindsdb%20repo` in a link) is then the author's
    own convention, not a mistake: telling a team that never chose `-` to respell it would split each of its
    campaigns into two GA4 rows (GA4 stores a space as it is)."""


DEFAULT_SEPARATOR = DefaultSeparator("-")
MAX_CONFIG_DEPTH = 16


class ConfigError(Exception):
    """A config problem; str() is a complete, located, one-line message."""


class Config:
    """Settings for one run. Attributes mirror the config keys (dashes become underscores)."""

    def __init__(self, root: Path, source: Optional[Path] = None):
        self.root = root
        self.source = source  # the config file, None when running on defaults
        self.include: List[str] = list(DEFAULT_INCLUDE)
        self.exclude: List[str] = list(DEFAULT_EXCLUDE)
        self.select: List[str] = ["ALL"]
        self.ignore: List[str] = []
        self.severity: Dict[str, str] = {}
        self.per_file_ignores: Dict[str, List[str]] = {}
        self.fail_on = "warning"
        self.rule_options: Dict[str, Dict[str, Any]] = {}
        self.key_sources: Dict[tuple, Any] = {}  # (key, ...) -> (config file, its loaded document or None)
        self.platform_dirs: List[Path] = []
        self.in_product_hosts: List[str] = []
        self.own_hosts: List[str] = []  # `scan`: the team's hosts; other links only get copied-tracking
        self.identity = None  # `scan`: whose repository the tree is (utmlint.identity), read from it; not a setting
        self.identities = None  # `scan` of paths: each file's repository's (utmlint.identity.Identities)
        # `scan`, validate_url: the values are judged as written in a URL, not as a campaign file's, which render
        # percent-encodes (a `+` there becomes `%2B`; in a written link most tools read it as a space); not a setting
        self.values_in_urls = False
        self.scan: Dict[str, Any] = {}  # `scan`: include, exclude, code-blocks
        self.separator: str = DEFAULT_SEPARATOR
        self.campaign_pattern = DEFAULT_CAMPAIGN_PATTERN
        self.sources: List[str] = []
        self.mediums: List[str] = []
        self.cache_dir: Optional[Path] = None
        self.baseline: Optional[Path] = None  # `baseline:`: the findings not reported again (baseline.py)
        self.cache_dir_from_user = False  # `--cache-dir`: the user's choice, followed as spelled
        # `--config FILE`: this config governs every file under the paths, a folder's own config too (as ruff's
        # --config); otherwise a folder below the root holding a config of its own is that config's (discovery.walk)
        self.whole_tree = False
        self.live: Dict[str, Any] = {}  # hyphenated keys, as written in the config
        self.raw: Dict[str, Any] = {}
        self.files: List[Path] = []  # every config file read, the `extend` chain included (for the fast path)
        self.origins: Dict[str, Tuple[Path, Any]] = {}  # top-level key -> (the file that set it, its positions)
        # `sources`/`mediums` -> [(key, file)]: the file that set the list and each that added to it (`extend-sources`)
        self.list_files: Dict[str, List[Tuple[str, Path]]] = {}

    def where(self, *path: Any) -> str:
        """`file:line:column` of the key at `path` (`where("rules", "campaign-slug")`), for located errors;
        the file alone when it has no positions (pyproject.toml), `defaults` without a config file."""
        if path and isinstance(path[0], tuple):
            path = path[0]
        file, doc = self.origins.get(path[0], (self.source, None)) if path else (self.source, None)
        if file is None:
            return "defaults"
        if doc is None:
            return str(file)
        return f"{file}:{doc.pos(tuple(path), key=True)}"

    def fingerprint(self) -> str:
        """Changes whenever anything that can change a lint result changes (for the cache)."""
        import hashlib

        return hashlib.sha256(self.fingerprint_text().encode()).hexdigest()[:16]

    def fingerprint_text(self) -> str:
        """What `fingerprint` hashes (scan's cache name hashes it with BLAKE2b: no OpenSSL on a warm scan), and
        without json (freshness.stable_text: no json module on a warm scan)."""
        from .freshness import stable_text

        # messages name config files as the user can paste them from where they stand (`sources` in .utmlint.yaml from
        # a client's folder, clients/acme/.utmlint.yaml from the top: review48 F4), so a result is kept per place
        return stable_text({"raw": self.raw, "root": str(self.root), "seen": [shown_from_cwd(f) for f in self.files]})

    def profile_stamps(self) -> List[str]:
        """Path, mtime and size of each team platform profile: an edited profile changes results, so every
        cache keyed on the rules (lint's, scan's) includes these."""
        stamps = []
        for folder in self.platform_dirs:
            for profile in sorted(folder.glob("*.y*ml")):
                info = profile.stat()
                stamps.append(f"{profile}:{info.st_mtime_ns}:{info.st_size}")
        return stamps

    def relative_to_root(self, path) -> Optional[str]:
        """`path` (absolute) relative to the config's folder, for globs; None when outside it.

        A string prefix test first: resolving every path walks the file system once per component,
        which dominated warm runs on big repos. Only a path outside the root by spelling is resolved.
        """
        text = os.fspath(path)
        if os.sep + "." in text:  # `../campaigns` named from a subfolder, or `./x`: the prefix test needs the plain form
            text = os.path.normpath(text)
        prefix = self.root_prefix()
        if text.startswith(prefix):
            return text[len(prefix):].replace(os.sep, "/")
        real = os.path.realpath(text)
        return real[len(prefix):].replace(os.sep, "/") if real.startswith(prefix) else None

    def root_prefix(self) -> str:
        prefix = self.__dict__.get("_prefix")
        if prefix is None or not prefix.startswith(str(self.root)):
            prefix = self.__dict__["_prefix"] = os.path.join(str(self.root), "")
        return prefix


def shown_from_cwd(path) -> str:
    """`path` as output names a file: relative to the working directory when inside it, else absolute (as
    discovery.display_path names the files checked)."""
    text, prefix = os.path.abspath(path), os.path.join(os.getcwd(), "")
    return (text[len(prefix):] if text.startswith(prefix) else text).replace(os.sep, "/")


def find_config(start: Path) -> Optional[Path]:
    found = find_config_file(os.fspath(start))
    return None if found is None else Path(found)


def load_config(start: Optional[Path] = None, explicit: Optional[Path] = None) -> Config:
    path = explicit or find_config(start or Path.cwd())
    if path is None:
        return Config(root=Path.cwd().resolve())
    return _load(path.resolve(), seen=())


def _rebase_inherited(config: Config, raw: Dict[str, Any], root: Path) -> None:
    """The file globs a config in another folder inherits through `extend:` (without writing them itself) are
    relative to the folder of the file that wrote them: rewrite them for this config's folder, so a client's
    `extend: ../../.utmlint.yaml` keeps the top config's `clients/**/*.yaml` reaching its own files (review45 F9: read
    from the client's folder, the glob matched nothing and `utmlint lint` stopped)."""
    try:
        inside = root.resolve().relative_to(config.root.resolve()).parts
    except ValueError:
        return  # extending a config that is not above this one: its globs are kept as written
    for key in ("include", "exclude"):
        if key not in raw:
            setattr(config, key, rebased_globs(getattr(config, key), inside))


def _load(path: Path, seen: tuple) -> Config:
    if path in seen:
        raise ConfigError(f"{path}: `extend` loops back to this file")
    raw, positions = _read(path)
    raw = _hyphenate_live(raw, positions, path)
    _validate(raw, positions, path)
    _check_cache_dir(raw, positions, path)
    _check_patterns(raw, positions, path)
    config = _load(_resolve(path, raw["extend"], positions), seen + (path,)) if "extend" in raw else Config(root=path.parent)
    if "extend" in raw and config.root != path.parent:
        _rebase_inherited(config, raw, path.parent)
    config.root, config.source = path.parent, path
    config.files = [*config.files, path]
    merged = dict(config.raw)
    merged.update({k: v for k, v in raw.items() if k != "extend"})
    for key in raw:  # `extend-*` adds to what the chain above added: the fingerprint sees every file's additions
        if key.startswith("extend-") and isinstance(config.raw.get(key), list) and isinstance(raw[key], list):
            merged[key] = config.raw[key] + raw[key]
    config.raw = merged
    config.origins = {**config.origins, **{key: (path, positions) for key in raw}}
    _apply(config, raw, path)
    _remember_sources(config, raw, path, positions)
    return config


def _remember_sources(config: Config, raw: Dict[str, Any], path: Path, doc) -> None:
    """Which file (of an `extend` chain) set each key and each `rules`/`severity` entry, for located errors."""
    for key, value in raw.items():
        config.key_sources[(key,)] = (path, doc)
        if key in ("rules", "severity", "per-file-ignores") and isinstance(value, dict):
            for entry in value:
                config.key_sources[(key, entry)] = (path, doc)


def locate(config: Config, keys: tuple, key: bool = False) -> str:
    """`file:line:col` of the config value at `keys` (`("rules", "campaign-collision", "allow")`), as precise
    as the file allows (a pyproject.toml gives no positions); `key` points at the key rather than its value."""
    for cut in range(len(keys), 0, -1):
        found = config.key_sources.get(tuple(keys[:cut]))
        if found is not None:
            path, doc = found
            return f"{path}:{doc.pos(tuple(keys), key=key)}" if doc is not None else str(path)
    return str(config.source or "command line")


def _resolve(config_path: Path, value: str, doc=None) -> Path:
    target = (config_path.parent / value).resolve()
    if not target.is_file():
        where = f":{doc.pos(('extend',))}" if doc is not None else ""
        raise ConfigError(f"{config_path}{where}: config error: `extend` names {value}, which does not exist")
    return target


def _read(path: Path):
    from .safeio import ReadRefused, read_regular

    try:  # bounded: `--config /dev/zero` or `extend:` to a huge file is a clear error, not a killed process
        raw_bytes = read_regular(path, MAX_CONFIG_BYTES, "a config file")
    except ReadRefused as refused:
        raise ConfigError(f"{path}: cannot read config: {refused}") from None
    if path.name == "pyproject.toml":
        return _read_toml(path, raw_bytes), None
    from .document import load

    doc = load(str(path), raw_bytes)
    if doc.problems:
        problem = doc.problems[0]
        raise ConfigError(f"{path}:{problem.pos}: config is not valid YAML: {problem.message}")
    data = {} if doc.data is None else doc.data
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1:1: config must be a mapping of settings")
    return data, doc


def _read_toml(path: Path, raw_bytes: bytes) -> Dict[str, Any]:
    try:
        import tomllib
    except ImportError:  # Python < 3.11
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        data = tomllib.loads(raw_bytes.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    except RecursionError:  # tomllib recurses per level of `[[[...` (in Python: it raises, never crashes)
        raise ConfigError(f"{path}: not valid TOML: arrays or tables nest too deep to read (hundreds of levels)") from None
    tool = data.get("tool", {})
    section = tool.get("utmlint", {}) if isinstance(tool, dict) else {}
    deep = _nesting(section)
    if deep > MAX_CONFIG_DEPTH:
        raise ConfigError(f"{path}: [tool.utmlint] nests {deep} levels deep; a config never needs more than "
                          f"{MAX_CONFIG_DEPTH}")
    return section


def _nesting(value: Any) -> int:
    """How deep lists and tables nest in `value`, counted without recursing."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, depth)
            if depth <= MAX_CONFIG_DEPTH:  # deeper is already too deep: no need to walk it all
                stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


# `live:` keys were spelled with underscores before 0.2; every other key and flag uses hyphens.
_LIVE_UNDERSCORED = ("connect_timeout", "max_redirects", "per_host", "max_retry_after", "allow_private",
                     "cache_dir", "cache_max_age")


def _hyphenate_live(raw: Dict[str, Any], doc, path: Path) -> Dict[str, Any]:
    """`live:` with its old underscore keys renamed to the hyphenated ones, with a deprecation note."""
    live = raw.get("live")
    if not isinstance(live, dict) or not any(key in _LIVE_UNDERSCORED for key in live):
        return raw
    import sys

    renamed = {}
    for key, value in live.items():
        if key in _LIVE_UNDERSCORED:
            new = key.replace("_", "-")
            where = f":{doc.pos(('live', key), key=True)}" if doc is not None else ""
            print(f"utmlint: {path}{where}: `live.{key}` is deprecated; write `{new}`", file=sys.stderr)
            if new in live:
                raise ConfigError(f"{path}{where}: config error: `live` sets both `{key}` and `{new}`; keep `{new}`")
            key = new
        renamed[key] = value
    return {**raw, "live": renamed}


def _validate(raw: Dict[str, Any], doc, path: Path) -> None:
    from .schema import validate

    errors = validate(raw, "config.schema.json", root="the config")
    if errors:
        error = errors[0]
        where = f":{doc.pos(error.path, key=error.at_key)}" if doc is not None else ""
        keys = ".".join(str(p) for p in error.path)
        detail = f" (key `{keys}`)" if keys and f"`{error.path[-1]}`" not in error.message else ""
        raise ConfigError(f"{path}{where}: config error: {error.message}{detail}")


def _check_cache_dir(raw: Dict[str, Any], doc, path: Path) -> None:
    """`cache-dir`, `live.cache-dir` and `baseline` from a config (which a pull request can edit) stay inside the
    project: no absolute path, no `..`. Only `--cache-dir` on the command line may point elsewhere."""
    live = raw.get("live") if isinstance(raw.get("live"), dict) else {}
    for keys, value in ((("cache-dir",), raw.get("cache-dir")), (("live", "cache-dir"), live.get("cache-dir")),
                        (("baseline",), raw.get("baseline"))):
        if not isinstance(value, str):
            continue  # absent, or the schema's type error
        parts = value.replace("\\", "/").split("/")
        if os.path.isabs(value) or value.startswith(("/", "\\", "~")) or ".." in parts or (len(value) > 1 and value[1] == ":"):
            where = f":{doc.pos(keys)}" if doc is not None else ""
            if keys == ("baseline",):
                raise ConfigError(f"{path}{where}: config error: `baseline` must be a file inside the project, a "
                                  f"relative path without `..` (got `{value}`); use --baseline to read one elsewhere")
            raise ConfigError(f"{path}{where}: config error: `{'.'.join(keys)}` must be a folder inside the project, "
                              f"a relative path without `..` (got `{value}`); use --cache-dir to put the cache elsewhere")


def _check_patterns(raw: Dict[str, Any], doc, path: Path) -> None:
    """Globs and regexes from a config are checked up front: a reversed range (`[z-a]`) or a regex a
    linear-time engine cannot run is a located config error, never an internal error mid-run."""
    from .globs import GlobError, check_glob

    def where(*keys) -> str:
        return f":{doc.pos(keys)}" if doc is not None else ""

    for key in ("include", "exclude", "extend-exclude"):
        for index, pattern in enumerate(raw.get(key, [])):
            try:
                check_glob(pattern)
            except GlobError as error:
                raise ConfigError(f"{path}{where(key, index)}: config error: `{key}`: {error}") from None
    for pattern in raw.get("per-file-ignores", {}):
        try:
            check_glob(pattern)
        except GlobError as error:
            raise ConfigError(f"{path}{where('per-file-ignores', pattern)}: config error: `per-file-ignores`: "
                              f"{error}") from None
    for key in ("own-hosts", "in-product-hosts"):
        for index, host in enumerate(raw.get(key) or []):
            wanted = _host_name(host) if isinstance(host, str) else None
            if wanted is not None and wanted != host.strip().lower().lstrip("."):
                # `https://flows.dev/` matched no link, so every link was someone else's and none got the campaign
                # rules: the run went green without checking anything (stranger12 R13)
                covers = "a host also covers its subdomains" if key == "own-hosts" else "each the exact host"
                raise ConfigError(f"{path}{where(key, index)}: config error: `{key}` takes host names, not URLs, "
                                  f"paths or patterns ({covers}): write `{wanted}` for `{host}`")
    if "campaign-pattern" in raw:
        from .userregex import UserRegexError, compile_user_regex

        try:
            compile_user_regex(raw["campaign-pattern"])
        except UserRegexError as error:
            raise ConfigError(f"{path}{where('campaign-pattern')}: config error: `campaign-pattern` {error}") from None


def _unique(values: List[str]) -> List[str]:
    return list(dict.fromkeys(values))


def _host_name(entry: str) -> "str | None":
    """The host an `own-hosts` / `in-product-hosts` entry names (`https://flows.dev/docs` -> `flows.dev`), or None
    when it names none."""
    text = entry.strip().lower()
    if "://" in text:
        text = text.split("://", 1)[1]
    text = text.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].rsplit("@", 1)[-1].split(":", 1)[0]
    text = text[2:] if text.startswith("*.") else text  # `*.flows.dev`: own-hosts' `flows.dev` covers subdomains
    return text.lstrip(".") or None


def _apply(config: Config, raw: Dict[str, Any], path: Path) -> None:
    here = path.parent
    simple = {"include": "include", "exclude": "exclude", "select": "select", "ignore": "ignore",
              "fail-on": "fail_on", "in-product-hosts": "in_product_hosts", "own-hosts": "own_hosts", "separator": "separator",
              "campaign-pattern": "campaign_pattern", "sources": "sources", "mediums": "mediums"}
    for key, attr in simple.items():
        if key in raw:
            setattr(config, attr, raw[key])
    config.exclude = config.exclude + raw.get("extend-exclude", [])
    # a client's config adds its own senders to the agency's list it extends (newuser48b F10: `sources:` replaced it)
    for key in ("sources", "mediums"):
        if key in raw:
            config.list_files[key] = [(key, path)]
        if f"extend-{key}" in raw:
            if not getattr(config, key):
                # an empty list allows any value: adding to it would turn "any" into "only these" (a client's
                # one partner would make every agency source a finding)
                raise ConfigError(f"{config.where(f'extend-{key}')}: config error: `extend-{key}` adds to a `{key}` "
                                  f"list, and neither this config nor one it extends sets one (no list allows any "
                                  f"{key[:-1]}); write `{key}:` to set the list")
            setattr(config, key, _unique(getattr(config, key) + raw[f"extend-{key}"]))
            config.list_files[key] = [*config.list_files.get(key, []), (f"extend-{key}", path)]
    config.select = config.select + raw.get("extend-select", [])
    config.severity = {**config.severity, **raw.get("severity", {})}
    config.per_file_ignores = {**config.per_file_ignores, **raw.get("per-file-ignores", {})}
    config.rule_options = {**config.rule_options, **raw.get("rules", {})}
    config.platform_dirs = config.platform_dirs + [(here / d).resolve() for d in raw.get("platforms", [])]
    if "cache-dir" in raw:
        config.cache_dir = Path(os.path.normpath(here / raw["cache-dir"]))  # not resolved: symlinks are refused
    if "baseline" in raw:
        config.baseline = Path(os.path.normpath(here / raw["baseline"]))
    config.live = {**config.live, **raw.get("live", {})}
    config.scan = {**config.scan, **raw.get("scan", {})}
    for index, folder in enumerate(config.platform_dirs):
        if not folder.is_dir():
            raise ConfigError(f"{config.where('platforms', index)}: config error: `platforms` names {folder}, "
                              "which is not a folder")
