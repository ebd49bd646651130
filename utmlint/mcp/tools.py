"""What each MCP tool does, without the SDK: the command line's own code path and JSON, for one folder.

Every tool answers with `Answer(text, notes)`: `text` is byte for byte what the matching command prints
with `--format json` (built by the same functions: the lint reporters, `render_formats`, `build`'s
`Built.json_text`, `live.report.Writer`, `rules`' `rule_record`, `scan`'s `scanner_for` and `report_summary`), `notes` what it would print on stderr
(files skipped, the links checked). A request the command would refuse (exit 2: a bad path, a bad
config, an unknown rule) raises `ToolFailure` with the command's message.

The server works on one folder, its root (the working directory of `utmlint mcp`): paths are resolved
under it and a path that leads outside it (`..`, an absolute path elsewhere, a symlink out) is refused.
Live checks use the config's `live:` settings and the SSRF guard with private targets always refused:
no argument, setting or environment variable here turns on the command line's `--allow-private`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Dict, List, NamedTuple, Optional, Sequence

from ..config import ConfigError

if TYPE_CHECKING:
    from ..live import LiveOptions
    from ..project import Project


class ToolFailure(Exception):
    """The request cannot be answered; the message says why (the command line would exit 2 with it)."""


class Answer(NamedTuple):
    text: str  # what the command prints on stdout with --format json
    notes: List[str]  # what it prints on stderr besides (without the `utmlint: ` prefix)


_ALONE = ("judged as a link on its own: which sites are yours is not known (the config names no `own-hosts`), so its utm "
          "values are judged as your own tags (another site's own tags on a link to its pages are not told apart), and "
          "where it is placed is not known (on a page of your own site its tags would be an internal link's); "
          "`scan_files` judges a link in the file it is written in, with its repository")


class Workspace:
    """The folder the server answers for, and the `--config` it was started with (None: found per path,
    as the command line finds it). The process's working directory must be `root` (`utmlint mcp` changes
    to it first), so paths are shown exactly as a command run there shows them."""

    def __init__(self, root: Path, config_file: Optional[str] = None) -> None:
        self.root = Path(os.path.realpath(root))
        self.config_file = config_file

    # -- paths and the Project

    def inside(self, given: str) -> str:
        """`given` (relative to the root, or absolute) when it names something under the root, else
        ToolFailure. Symlinks are followed for the test, so a link out of the root is refused too."""
        if not isinstance(given, str) or not given or "\0" in given:
            raise ToolFailure(f"{given!r}: not a path")
        real = os.path.realpath(os.path.join(self.root, given))
        if real != os.fspath(self.root) and not real.startswith(os.path.join(os.fspath(self.root), "")):
            raise ToolFailure(f"{given}: outside the folder this server works on ({self.root}); "
                              "give a path inside it")
        return given

    def project(self, paths: Sequence[str] = ()) -> "Project":
        from ..project import Project

        self._check_cwd()
        return Project.load([self.inside(p) for p in paths], self.config_file)

    def _check_cwd(self) -> None:
        if os.path.realpath(os.getcwd()) != os.fspath(self.root):
            raise ToolFailure(f"the server's working directory moved away from {self.root}")

    def live_options(self, project: "Project", use_cache: bool) -> "LiveOptions":
        """The command line's option builder, given no `--allow-private`: it never comes from here."""
        return project.live_options(SimpleNamespace(no_cache=not use_cache))

    # -- the tools

    def lint_files(self, paths: Sequence[str] = (), select: Sequence[str] = (), ignore: Sequence[str] = ()) -> Answer:
        """`utmlint lint --format json [--select ...] [--ignore ...] PATH...`."""
        from ..commands.lint import skipped_notes
        from ..reporters import RunSummary, render

        project = _guarded(lambda: self.project(paths))
        linter = _guarded(lambda: project.linter(_split(select), _split(ignore)))
        linter.use_cache = True  # as `lint` does: unchanged files are not linted again
        result = _guarded(linter.run)
        summary = RunSummary(files=result.files, registry=linter.registry, fail_on=project.config.fail_on)
        notes = skipped_notes(project, result)
        failing = linter.fails(result.diagnostics)  # each file's config's fail-on, as `utmlint lint` (review45 F7)
        if not result.files:  # said as the command says it (reporters/text.py), never "0 files checked"
            notes.append(f"Nothing checked: no campaign file found; `utmlint lint` would exit {1 if failing else 0}")
        else:
            notes.append(f"{_count(len(result.files), 'campaign file')} checked, "
                         f"{_count(len(result.diagnostics), 'finding')}; `utmlint lint` would exit {1 if failing else 0}")
        return Answer(render("json", result.diagnostics, summary), notes)

    def scan_files(self, paths: Sequence[str] = (), select: Sequence[str] = (), ignore: Sequence[str] = ()) -> Answer:
        """`utmlint scan --format json [--select ...] [--ignore ...] PATH...`: the tracked links written in docs,
        templates, code and data, judged as the command judges them, whose repository each file is in included
        (Project.scan_config, through the command's own `scanner_for`)."""
        from ..commands.scan import links_found, none_judged, report_summary, scanner_for
        from ..reporters import render

        project = _guarded(lambda: self.project(paths))
        scanner = _guarded(lambda: scanner_for(project, _split(select), _split(ignore)))
        result = _guarded(lambda: scanner.run(list(paths) or ["."]))
        fail_on = project.config.fail_on
        notes = list(result.notes)
        exit_code = 1 if scanner.fails(result.diagnostics) else 0  # each file's config's fail-on (review45 F7)
        if not result.files:  # said as the command says it (review7 F10), never "0 files scanned"
            from ..commands.scan import left_out

            notes.extend(left_out(result))  # what was skipped, and why (stranger13 R8)
            notes.append(f"Nothing checked: no file to scan found; `utmlint scan` would exit {exit_code}")
        elif not result.diagnostics and none_judged(result.files):  # as the command says it (review of session 40)
            notes.append(f"Nothing checked: {_count(len(result.files), 'file')} read, "
                         f"{none_judged(result.files).rstrip('.')}; `utmlint scan` would exit {exit_code}")
        else:
            notes.append(f"{_count(len(result.files), 'file')} scanned ({links_found(result.files)}), "
                         f"{_count(len(result.diagnostics), 'finding')}; `utmlint scan` would exit {exit_code}")
        return Answer(render("json", result.diagnostics, report_summary(scanner, result, fail_on)), notes)

    def render_links(self, paths: Sequence[str] = (), force: bool = False) -> Answer:
        """`utmlint render --format json [--force] PATH...`: refused while a file has errors, as there."""
        from ..links import link_rows
        from ..render_formats import render
        from ..reporters import RunSummary, render as report

        project = _guarded(lambda: self.project(paths))
        linter = _guarded(project.linter)
        linter.use_cache = True
        result = _guarded(linter.run)
        errors = [d for d in result.diagnostics if d.severity == "error"]
        notes = []
        if errors:
            findings = report("text", errors, RunSummary(files=result.files, registry=linter.registry, fail_on="error"))
            if not force:
                bad = len({d.path for d in errors})
                raise ToolFailure(f"render refused: {bad} file{'s' if bad != 1 else ''} with errors; fix them or "
                                  f"pass force=true\n{findings}")
            notes.append(f"force: rendering despite these errors\n{findings}")
        return Answer(render("json", link_rows(_guarded(project.campaigns))), notes)

    def _project_for(self, path: Optional[str]) -> "Project":
        """The project whose config judges one link: the server's folder's, or that of `path` (a folder or file under
        it: a client's folder in an agency's repo, with its own `.utmlint.yaml`), as `utmlint build` run there
        (newuser45 F8: an agent drafting Harbor's links was told to write `facebook` for Harbor's approved `fb`)."""
        if path is None:
            return _guarded(self.project)
        if not isinstance(path, str):
            raise ToolFailure(f"path {path!r}: give a folder or file under {self.root}, as text")
        self.inside(path)  # refused when it leads out of the server's folder, before anything is asked of it
        if not os.path.exists(os.path.join(self.root, path)):
            raise ToolFailure(f"path {path}: no such file or folder under {self.root}")
        return _guarded(lambda: self.project([path]))

    def build_link(self, values: Dict[str, Optional[str]], validate: bool = True, live: bool = False,
                   path: Optional[str] = None) -> Answer:
        """`utmlint build --url ... --source ... --medium ... --campaign ... [--validate] [--live]`, run in the server's
        folder, or in `path`'s."""
        from ..commands.build import BuildError, build, invalid_argument

        problem = invalid_argument(values)
        if problem:
            raise ToolFailure(problem)
        project = self._project_for(path)
        options = self.live_options(project, use_cache=True) if live else None
        try:
            built = _guarded(lambda: build(project, values, validate, options, flag="url: "))
        except BuildError as error:
            raise ToolFailure(f"internal error: {error}") from None
        notes = [] if built.untracked is None else [built.untracked]
        return Answer(built.json_text(), notes + ([] if built.valid else ["`utmlint build` would exit 1: the link is not valid"]))

    def validate_link(self, url: str, path: Optional[str] = None) -> Answer:
        """One full tracked URL judged by every rule that applies to a link (`validate_url`), with the
        config that applies to the root (or to `path`): its findings with their spans and fixes, and the fixed URL."""
        from urllib.parse import urlsplit

        from ..validate_url import validate_url

        try:
            parts = urlsplit(url) if isinstance(url, str) else None
        except ValueError:
            parts = None
        # validate_url judges a relative or scheme-less link as scan does, by its utm values alone, and says
        # nothing about where it leads: for a whole link given on its own, that would read as a clean bill.
        if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise ToolFailure(f"{url!r} is not a whole web address: give the link as it is sent, starting with "
                              "https:// (build_link builds one from a destination and its utm values)")
        project = self._project_for(path)
        verdict = _guarded(lambda: validate_url(url, project.config))
        notes = [verdict.not_judged] if verdict.not_judged else []
        if not verdict.findings and verdict.channel == "(not tracked)":
            notes.append("the link carries no utm_ parameters GA4 reads, so there is nothing to judge; "
                         "build_link tags a destination")
        elif not verdict.not_judged and not project.config.own_hosts and \
                not any(f.code == "UTM310" for f in verdict.findings):  # its values judged as the team's
            # what one link alone cannot say (review45 F5: asked with no path outside any repository, the answer
            # said nothing of what it was judged without): whose site it goes to and where it is placed
            notes.append(_ALONE)
        return Answer(json.dumps(verdict.to_json(), indent=2, ensure_ascii=False) + "\n", notes)

    def check_link(self, url: str, expect_utm: Optional[Dict[str, str]] = None, use_cache: bool = True,
                   options: Optional["LiveOptions"] = None) -> Answer:
        """`utmlint check URL --format json [--expect-utm ...] [--no-cache]`. `options` is for Python callers
        (tests); the MCP tool never passes it, so the guard refuses private targets."""
        import io

        from ..live import stream_urls
        from ..live.report import Writer

        if not isinstance(url, str) or "://" not in url:
            raise ToolFailure(f"{url!r} is not a URL: give a whole link, such as https://example.com/?utm_source=...")
        project = _guarded(self.project)
        options = options if options is not None else self.live_options(project, use_cache)
        expect = _expectation(expect_utm)
        out = io.StringIO()
        writer = Writer("json", out, None, expected=1)
        refused: List[str] = []

        def add(result) -> None:
            writer.add(result)
            refused.extend(c.message for c in result.checks if c.message.startswith("refused to connect"))

        stream_urls([url], options, add, show_progress=False, expect=expect)
        writer.close()
        notes = [writer.summary()]
        if refused and not options.allow_private:
            notes.append("this server never checks private, loopback or link-local targets (there is no option "
                         "for it here); a person can run `utmlint check --allow-private` for a local test server")
        return Answer(out.getvalue(), notes)

    def explain_rule(self, name: str) -> Answer:
        """One rule as `utmlint rules --format json` lists it: what, why, example, use instead, options."""
        from ..commands.rules import rule_record
        from ..rulebook import registry

        rules = _guarded(registry)
        found = rules.get(name) if isinstance(name, str) else None
        if found is None:
            import difflib

            close = difflib.get_close_matches(str(name), [r.name for r in rules], n=3)
            hint = f" Did you mean: {', '.join(close)}?" if close else " Call explain_rule with a code such as UTM102."
            raise ToolFailure(f"no rule named `{name}`.{hint}")
        return Answer(json.dumps(rule_record(found), indent=2) + "\n", [])

    # -- the campaigns, as resources

    def campaign_files(self) -> List[str]:
        """The campaign files of the root's project (as `utmlint lint` there finds them), as shown."""
        from ..engine import display_path

        project = _guarded(self.project)
        return [display_path(path) for path in project.targets]

    def campaign_text(self, path: str) -> str:
        """The text of one campaign file of the project; any other file is refused."""
        from .. import safeio
        from ..document import MAX_FILE_BYTES

        self.inside(path)
        wanted = os.path.realpath(os.path.join(self.root, path))
        if wanted not in {os.path.realpath(os.path.join(self.root, shown)) for shown in self.campaign_files()}:
            raise ToolFailure(f"{path}: not a campaign file of this project (see the resource list)")
        try:
            raw = safeio.read_regular(wanted, MAX_FILE_BYTES, "a campaign file")
        except safeio.ReadRefused as refused:
            raise ToolFailure(f"{path}: {refused}") from None
        except OSError as error:
            raise ToolFailure(f"{path}: {safeio.read_error(error)}") from None
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ToolFailure(f"{path}: not UTF-8 text (utmlint lint reports where)") from None


def _guarded(work):
    """Run `work`, turning the command line's exit-2 errors (config, rule selection) into ToolFailure."""
    from ..registry import RuleError

    try:
        return work()
    except (ConfigError, RuleError) as error:
        from ..printable import printable

        raise ToolFailure(printable(str(error))) from None


def _split(values: Sequence[str]) -> List[str]:
    if isinstance(values, str):
        values = [values]
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _expectation(expect_utm: Optional[Dict[str, str]]) -> Optional[Dict[str, str]]:
    """`{"source": "intercom"}` (utm_ prefix optional), checked as `--expect-utm` checks its pairs."""
    if not expect_utm:
        return None
    found: Dict[str, str] = {}
    for name, value in expect_utm.items():
        name = name.strip()
        if not name or not isinstance(value, str) or not value.strip():
            raise ToolFailure(f"expect_utm: {name or '(empty name)'!s} needs a value, e.g. {{\"source\": \"intercom\"}}")
        found[name if name.startswith("utm_") else "utm_" + name] = value.strip()
    return found


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
