"""The project of one run, built once from the command line and handed to every command.

It holds what every command needs and none should find again on its own: the config (`--config`, else
the nearest one above each path given), the platform profiles (loaded once, here), the rules, the
campaign files (the targets, and the whole project for repo-wide rules), their models and tracked
links, and the live-check options (built once, here, from the config's `live:` and the flags).

Which config applies: with `--config FILE`, that one for every path, its globs relative to the working
directory (as ruff does). Otherwise each path given finds
its own nearest config (as ruff does), so `utmlint lint a b` and `utmlint lint b a` check the same files
with the same settings. Paths that share a config form one `Scope`: repo-wide rules compare files of one
scope, never of two unrelated projects. A folder under a path given that holds a config of its own (where the
path's config's include globs reach) is that config's scope, as ruff's nested configs are (newuser45 F1: an
agency's clients, each with its own `.utmlint.yaml`, judged by the top config when linted from the top).
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Sequence

from .records import NamedTuple
from .config import Config, ConfigError, find_config, load_config

if TYPE_CHECKING:
    from .engine import Linter
    from .live import LiveOptions
    from .model import Campaign
    from .registry import Registry
    from .results import LintResult
    from .stdin import Buffer


class TrackedLink(NamedTuple):
    """A tracked (external http/https) link of a campaign file, for commands that act on links (`check`)."""

    url: str  # the link's tracked URL, from the model
    path: str  # as displayed
    line: int
    column: int

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


class Scope:
    """The paths of this run that one config governs, and the files they name."""

    def __init__(self, project: "Project", config: Config, paths: Sequence[str]):
        self.project = project
        self.config = config
        self.paths = list(paths)
        self.unreadable: List[tuple] = []  # (path as shown, LoadProblem) of each file campaigns() could not load

    def __repr__(self) -> str:
        return f"Scope({self.config.source or 'defaults'}, {self.paths})"

    @property
    def registry(self) -> "Registry":
        return self.project.registry

    @cached_property
    def platforms(self) -> Mapping[str, Any]:
        """The bundled platform profiles plus the config's own folders: the one place they are loaded."""
        from .platforms import PlatformError, load_platforms

        try:
            return load_platforms(self.config.platform_dirs)
        except PlatformError as error:
            raise ConfigError(str(error)) from None

    @cached_property
    def _discovery(self):
        from .discovery import discover

        return discover(self.config, self.paths)

    @property
    def targets(self) -> List[Path]:
        """The campaign files to check, in order."""
        return self._discovery.targets

    @property
    def excluded(self) -> List[str]:
        """Files named on the command line that the config's `exclude` leaves out (as given)."""
        return self._discovery.skipped

    @property
    def files(self) -> List[Path]:
        """Every campaign file of the project, for repo-wide rules (pre-commit may pass only some)."""
        return self._discovery.project

    def linter(self, select: Sequence[str] = (), ignore: Sequence[str] = (), keep_text: bool = False) -> "Linter":
        from .engine import Linter

        return Linter(self, select, ignore, keep_text=keep_text)

    def campaigns(self, files: Optional[Sequence[Path]] = None) -> List["Campaign"]:
        """The campaign model of each file that parses, in the order given (the targets by default).
        Files that cannot be read or parsed give no campaign: the linter reports them."""
        from .engine import read_document
        from .model import build_campaign

        found = []
        for path in self.targets if files is None else files:
            doc = read_document(path)
            if doc.problems:  # for commands that act on links (`check`): a file whose links were not read
                self.unreadable.append((doc.path, doc.problems[0]))
            if doc.parsed and not doc.problems:
                campaign = build_campaign(doc, self.platforms, self.config.in_product_hosts)
                if campaign is not None:
                    found.append(campaign)
        return found


class Project:
    """Everything one invocation works on. Build it with `Project.from_args` (or `Project.load`)."""

    def __init__(self, scopes: List[Scope], explicit: bool = False):
        self.scopes = scopes
        self.explicit = explicit  # --config was given
        self.buffer: Optional["Buffer"] = None  # `-`: the text from stdin and the path it stands for

    @classmethod
    def load(cls, paths: Sequence[str] = (), config_file: Optional[str] = None, cache_dir: Optional[str] = None,
             cwd_only: bool = False) -> "Project":
        """The project for `paths` (default: the working directory). `cwd_only`: commands without paths
        (`build`) take the config that applies to the working directory."""
        paths = list(paths) or ["."]
        project = cls([], explicit=config_file is not None)
        if config_file is not None:
            # As ruff does with --config: the globs anchor at the working directory, the project root, so
            # one team config kept anywhere serves every repo. Paths to files (extend, platforms) stay
            # relative to the config file.
            if not Path(config_file).exists():  # anything else there (a device, a folder): the reader says what
                raise ConfigError(f"--config {config_file}: no such file")
            config = load_config(explicit=Path(config_file))
            config.root = Path.cwd().resolve()
            config.__dict__.pop("_prefix", None)
            config.whole_tree = True
            configs = {None: (config, paths)}
        else:
            configs = {}
            queue = list(["."] if cwd_only else paths)
            while queue:
                given = queue.pop(0)
                found = find_config(Path(given))
                key = os.fspath(found) if found is not None else None
                if key not in configs:
                    configs[key] = (load_config(explicit=found) if found is not None else load_config(Path.cwd()), [])
                configs[key][1].append(given)
                if not cwd_only and os.path.isdir(given):
                    # a folder below it with a config of its own (a client's `.utmlint.yaml` in an agency's repo)
                    # is that config's, as ruff's nested configs are: its own scope, its own settings and
                    # repo-wide comparisons (discovery.walk leaves it out of this one)
                    from .discovery import nested_configs

                    for folder in nested_configs(configs[key][0], Path(given).absolute()):
                        relative = os.path.relpath(folder)
                        queue.append(folder if relative.startswith("..") else relative)
        for config, group in configs.values():
            if cache_dir:  # `--cache-dir`: the user's choice, followed as spelled
                config.cache_dir = Path(cache_dir).resolve()
                config.cache_dir_from_user = True
            project.scopes.append(Scope(project, config, group))
        return project

    @classmethod
    def of(cls, config: Config, paths: Sequence[str] = (".",), registry: Optional["Registry"] = None) -> "Project":
        """A project of one config, for programs and tests that already hold a Config (and maybe a Registry)."""
        project = cls([], explicit=True)
        if registry is not None:
            project.__dict__["registry"] = registry  # the cached_property's slot
        project.scopes.append(Scope(project, config, list(paths)))
        return project

    @classmethod
    def from_args(cls, args: Any, paths: Optional[Sequence[str]] = None, stdin_limit: Optional[int] = None) -> "Project":
        """The project a command's parsed arguments describe (`paths`, `--config`, `--cache-dir`).
        A path `-` reads the text from stdin (at most `stdin_limit` bytes) as the file `--stdin-filename`
        names: the config and rules are the ones of that path (stdin.py)."""
        # `-` is stdin.STDIN; checked here so that a run on files does not import stdin.py at all
        if paths is None and ("-" in (getattr(args, "paths", None) or ()) or getattr(args, "stdin_filename", None)):
            from .stdin import stdin_paths

            buffered = stdin_paths(args)
            if buffered is not None:
                from . import document, stdin
                from .discovery import Discovery

                project = cls.load(buffered, getattr(args, "config", None), getattr(args, "cache_dir", None))
                project.scopes[0].__dict__["_discovery"] = Discovery([], [], [])  # nothing on disk is a target
                name = getattr(args, "stdin_filename", None)
                project.buffer = stdin.read(name, stdin_limit or document.MAX_FILE_BYTES)
                return project
        given = list(paths if paths is not None else getattr(args, "paths", None) or [])
        return cls.load(given, getattr(args, "config", None), getattr(args, "cache_dir", None),
                        cwd_only=paths is None and not hasattr(args, "paths"))

    @property
    def config(self) -> Config:
        """The run's main config: `--config`, else the one of the first path given (for settings that
        are one per run, such as `live:`)."""
        return self.scopes[0].config

    @cached_property
    def registry(self) -> "Registry":
        from .rulebook import registry

        return registry()

    @property
    def platforms(self) -> Mapping[str, Any]:
        return self.scopes[0].platforms

    @property
    def targets(self) -> List[Path]:
        return [path for scope in self.scopes for path in scope.targets]

    def linter(self, select: Sequence[str] = (), ignore: Sequence[str] = (), keep_text: bool = False) -> "ProjectLinter":
        if self.buffer is not None:
            from .stdin import BufferLinter

            return BufferLinter(self.scopes[0], self.buffer, select, ignore, keep_text)  # type: ignore[return-value]
        return ProjectLinter([scope.linter(select, ignore, keep_text) for scope in self.scopes])

    def scan_config(self, config: Optional[Config] = None) -> Config:
        """The run's config for `scan`, knowing whose repository each file is in (utmlint.identity: its git
        remotes, CNAME, package.json; nothing executed), so copied-tracking tells a site's own tags on links to
        itself from copies of them. Per file (the nearest `.git` above it), so neither the order of the paths
        nor a submodule changes a verdict; stdin: its `--stdin-filename`'s repository. The one place this is
        decided: `utmlint scan` and MCP's `scan_files` (commands/scan.py's `scanner`) give the same findings.
        `config`: one scope's, when the paths are governed by several (commands/scan.py's `scanner_for`)."""
        from .identity import Identities, read_identity

        config = config or self.config
        if self.buffer is not None:
            config.identity = read_identity(self.buffer.path if self.buffer.named else Path.cwd())
        if self.buffer is None or self.buffer.named:  # a named buffer: its folders and vendored libraries too
            config.identities = Identities()
        return config

    def campaigns(self) -> List["Campaign"]:
        return [campaign for scope in self.scopes for campaign in scope.campaigns()]

    def tracked_links(self, files: Optional[Sequence[Path]] = None) -> List[TrackedLink]:
        """Every tracked link of the targets (or of `files`, when given), in file order."""
        found = []
        for scope in self.scopes:
            wanted = None
            if files is not None:
                keys = {os.fspath(f) for f in files}
                wanted = [t for t in scope.targets if os.fspath(t) in keys]
            for campaign in scope.campaigns(wanted):
                for link in campaign.all_links:
                    if link.tracked:
                        pos = link.pos
                        found.append(TrackedLink(link.tracked_url, campaign.path, pos.line, pos.column))
        return found

    @property
    def unreadable(self) -> List[str]:
        """`path:line:col: message` of each campaign file that campaigns() or tracked_links() could not read or
        parse (`utmlint lint` reports them as findings; a command that acts on links must not pass them silently)."""
        return [f"{path}:{problem.pos.line}:{problem.pos.column}: {problem.message}"
                for scope in self.scopes for path, problem in dict(scope.unreadable).items()]

    def live_options(self, args: Any = None) -> "LiveOptions":
        """The one builder of live-check options: defaults, then the config's `live:`, then the flags.
        `allow-private` comes only from the command line: a pull request can edit the config."""
        import sys

        from .live.options import LiveOptions

        settings = {key.replace("-", "_"): value for key, value in (self.config.live or {}).items()}
        if settings.pop("allow_private", False) and not getattr(args, "allow_private", False):
            print("utmlint: `live.allow-private` in the config is ignored; pass --allow-private on the command line",
                  file=sys.stderr)
        try:
            options = LiveOptions.from_mapping(settings)
        except ValueError as error:
            raise ConfigError(f"{self.config.source or 'config'}: live: {error}") from None
        cache_dir = getattr(args, "cache_dir", None)
        if not cache_dir:  # the config's `live.cache-dir` (checked relative) or the lint cache's folder
            folder = options.cache_dir or self.config.cache_dir or Path(".utmlint_cache")
            options = options.replace(cache_dir=self.config.root / folder, cache_root=self.config.root)
        return options.replace(
            timeout=getattr(args, "timeout", None),
            concurrency=getattr(args, "concurrency", None),
            per_host=getattr(args, "per_host", None),
            cache_dir=Path(cache_dir) if cache_dir else None,
            allow_private=bool(getattr(args, "allow_private", False)),
            use_cache=not getattr(args, "no_cache", False),
            method=getattr(args, "method", None),
        )


class ProjectLinter:
    """One linter per scope, used as one: results merged, fixes summed."""

    def __init__(self, linters: List["Linter"]):
        self.linters = linters

    @property
    def registry(self) -> "Registry":
        return self.linters[0].registry

    @property
    def keep_text(self) -> bool:
        return self.linters[0].keep_text

    @keep_text.setter
    def keep_text(self, value: bool) -> None:
        for linter in self.linters:
            linter.keep_text = value

    @property
    def use_cache(self) -> bool:
        return self.linters[0].use_cache

    @use_cache.setter
    def use_cache(self, value: bool) -> None:
        for linter in self.linters:
            linter.use_cache = value

    def run(self) -> "LintResult":
        from .results import LintResult

        self._last = [linter.run() for linter in self.linters]
        if len(self._last) == 1:
            return self._last[0]
        results: Dict[str, Any] = {}
        files: List[str] = []
        for one in self._last:
            results.update(one.results)
            files.extend(f for f in one.files if f not in files)
        diagnostics = sorted({d: None for one in self._last for d in one.diagnostics}, key=lambda d: d.sort_key)
        return LintResult(diagnostics, files, results)

    def fix(self, result: "LintResult", write: bool, unsafe: bool, show_diff, hold=None) -> int:
        """Each scope fixes its own files (with its own settings)."""
        return sum(linter.fix(part, write, unsafe, show_diff, hold) for linter, part in zip(self.linters, self._last))

    @property
    def fix_refused(self) -> int:
        """Files --fix left alone (changed meanwhile, read-only, ...), over every scope."""
        return sum(linter.fix_refused for linter in self.linters)

    def fails(self, diagnostics, fail_on: Optional[str] = None) -> bool:
        """Whether the run fails: `fail_on` (`--fail-on`) for every finding, else each finding by the `fail-on` of the
        config of the scope its file is in (review45 F7: `lint clients/b clients/a` failed on a's warning because b's
        config, first, said `fail-on: warning`, where a's says `error`; `lint clients/a clients/b` passed)."""
        fail_on_of = self.fail_on_of(fail_on)
        if fail_on_of is None:
            return self.linters[0].fails(diagnostics, fail_on)
        from .diagnostics import fails_by_file

        return fails_by_file(diagnostics, fail_on_of, self.linters[0].config.fail_on)

    def fail_on_of(self, fail_on: Optional[str] = None) -> Optional[Dict[str, str]]:
        """Each file's config's `fail-on` (path as shown -> severity), or None when one severity holds for every file
        (`--fail-on`, one scope, or scopes that agree): for the exit code and the reports that say it."""
        if fail_on or len({linter.config.fail_on for linter in self.linters}) < 2:
            return None
        return {path: linter.config.fail_on for linter, part in zip(self.linters, self._last) for path in part.files}
