"""The lint run: load each file, run the selected rules, then apply severities and suppressions.

Rules only yield reports; everything policy-shaped (select/ignore, severity overrides, per-file
ignores, inline suppressions) happens here, once, the way flake8's decision engine does it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from . import document, suppress
from .config import Config, ConfigError
from .diagnostics import SEVERITY_RANK, Diagnostic, Fix, Pos, fails
from .discovery import display_path, looks_like_campaign
from .facts import facts_of
from .globs import matches_any
from .lazyregex import lazy_compile
from .model import Campaign, build_campaign
from .registry import Registry, Report, Rule, is_selected, selector_match
from .results import FileResult, LintResult


class Context:
    """What a rule sees besides its target: its options, the config and the platform profiles."""

    def __init__(self, rule: Rule, config: Config, options: Mapping[str, Any], platforms: Mapping[str, Any]):
        self.rule = rule
        self.config = config
        self.options = options
        self.platforms = platforms

    @staticmethod
    def report(message: str, at: Pos, *, end: Optional[Pos] = None, fix: Optional[Fix] = None,
               path: Optional[str] = None, problem: Optional[str] = None, severity: Optional[str] = None,
               reason=None) -> Report:
        """`severity`: this one finding's level, when it is lower than the rule's (a note that says the link may be
        right as it is, stranger8 S18); the engine applies it as a ceiling (severity_of)."""
        if severity is not None and severity not in SEVERITY_RANK:
            raise ValueError(f"severity {severity!r} is none of {', '.join(SEVERITY_RANK)}")
        return Report(message, at, end, fix, path, problem, severity, reason)




class Linter:
    """Lints the files of one scope of the project (project.Scope): its config, rules and platform profiles."""

    def __init__(self, scope, select: Sequence[str] = (), ignore: Sequence[str] = (), keep_text: bool = False):
        self.scope = scope
        self.config = config = scope.config
        self.registry: Registry = scope.registry
        self.keep_text = keep_text
        self.use_cache = False
        self.fix_refused = 0  # files --fix left alone (changed meanwhile, read-only, ...): re-lint them too
        self.meta_held: set = set()  # files whose Meta short names (`fb`) are kept: without_meta_short_names
        # Without a config file nothing says which YAML files are campaigns (a pre-commit hook sees
        # docker-compose.yml too): then only files with a top-level `campaign:` key (or a near miss) are checked.
        self.sniff = config.source is None
        self._resolved: Dict[str, Optional[frozenset]] = {}
        self.every_code = frozenset(r.code for r in self.registry)
        self._check_selectors(select, ignore)
        selection = list(select) or config.select
        ignored = list(config.ignore) + list(ignore)
        self.rules = [r for r in self.registry if is_selected(r, selection, ignored)]
        self.platforms = scope.platforms
        self.contexts = {r.code: Context(r, config, self._options(r), self.platforms) for r in self.rules}
        self.severity = {r.code: self._severity(r) for r in self.registry}
        self.by_target: Dict[str, List[Rule]] = {}
        for r in self.rules:
            self.by_target.setdefault(r.target, []).append(r)

    def fingerprint(self) -> str:
        """Everything besides a file's bytes that can change its results: settings, rules, profiles."""
        import hashlib

        parts = [self.config.fingerprint(), ",".join(f"{r.code}:{r.origin}" for r in self.rules),
                 repr(sorted(self.severity.items())), repr(sorted((c, sorted(x.options.items(), key=str))
                                                               for c, x in self.contexts.items()))]
        parts.extend(self.config.profile_stamps())
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]

    # -- configuration, checked up front so a typo is an error (exit 2), not a silent no-op
    def _resolve(self, selector: str, where: str) -> None:
        if self.resolve(selector) is not None:
            return
        if where.startswith("--"):  # a flag: the config file has nothing to do with it
            raise ConfigError(f"{where} {selector}: no rule matches (see `utmlint rules`)")
        raise ConfigError(f"{self.config.where(where.split('[')[0])}: config error: {where}: no rule matches "
                          f"`{selector}` (see `utmlint rules`)")

    def _check_selectors(self, select: Sequence[str], ignore: Sequence[str]) -> None:
        config = self.config
        for key, values in (("--select", select), ("--ignore", ignore), ("select", config.select),
                            ("ignore", config.ignore), ("severity", list(config.severity)),
                            ("rules", list(config.rule_options))):
            for selector in values:
                self._resolve(selector, key)
        for pattern, selectors in config.per_file_ignores.items():
            for selector in selectors:
                self._resolve(selector, f"per-file-ignores[{pattern}]")

    def resolve(self, selector: str) -> Optional[frozenset]:
        """The codes a selector names (one matcher for flags, config and suppressions); None for none."""
        if selector not in self._resolved:
            codes = frozenset(r.code for r in self.registry.matching(selector))
            self._resolved[selector] = codes or None
        return self._resolved[selector]

    def _matching_keys(self, table: Mapping[str, Any], rule: Rule) -> List[str]:
        """The keys of a config table (`severity`, `rules`) that name `rule`, least specific first, so the
        most specific one (`UTM201` over `UTM2`, a name over a code) is applied last and wins."""
        keys = [(selector_match(key, rule), key) for key in table]
        return [key for rank, key in sorted(keys) if rank >= 0]

    def _options(self, rule: Rule) -> Dict[str, Any]:
        """The rule's options: defaults, then the config's `rules:` entries naming it, each value checked
        against the rule's declared schema (`Rule.options`) by schema.py, with the config file's position."""
        from .config import locate
        from .schema import validate_value

        options = rule.default_options()
        for key in self._matching_keys(self.config.rule_options, rule):
            given = self.config.rule_options[key]
            for name, value in given.items():
                if name not in rule.options:
                    if self.registry.get(key) is rule or not self._declared_by_any(key, name):
                        known = ", ".join(f"`{option}`" for option in rule.options) or "none"
                        raise ConfigError(f"{locate(self.config, ('rules', key, name), key=True)}: config error: rules.{key}: "
                                          f"unknown option `{name}` for {rule.name} (options: {known})")
                    continue  # `rules: {UTM6: {...}}`: each rule the prefix names takes the options it declares
                errors = validate_value(value, dict(rule.options[name]), ("rules", key, name))
                if errors:
                    error = errors[0]
                    raise ConfigError(f"{locate(self.config, error.path)}: config error: rules.{key}.{name}: "
                                      f"{error.message}")
                options[name] = value
        return options

    def _declared_by_any(self, selector: str, option: str) -> bool:
        return any(option in r.options for r in self.registry.matching(selector))

    def _severity(self, rule: Rule) -> str:
        keys = self._matching_keys(self.config.severity, rule)
        return self.config.severity[keys[-1]] if keys else rule.severity

    def severity_of(self, rule: Rule, report: Report) -> str:
        """A finding's severity: the rule's (its default or the config's `severity:`), lowered to the report's own
        when the rule gave one (a hedged note is `info` whatever the rule's level: a config that raises the rule
        to `error` means its mistakes, and lowering the rule lowers its notes too). yamllint and ruff have one
        level per rule; a note that says "nothing needs to change" must not fail a correct file at any level."""
        level = self.severity[rule.code]
        own = report.severity
        return own if own is not None and SEVERITY_RANK[own] < SEVERITY_RANK[level] else level

    # -- one file
    def lint_file(self, path: Path) -> FileResult:
        shown = display_path(path)
        raw, problem, stamp = _read_stamped(path)
        if problem is None and self._not_campaign(raw):
            return FileResult(shown, path, skipped=True)
        doc = document.load(shown, raw) if problem is None else document.Document(shown, "", problems=[problem])
        result = self.lint_document(path, doc)
        if problem is None and self.use_cache:  # what the cache keys the result by; nothing else reads it
            from .cache import content_hash

            result.digest = content_hash(raw)
            result.stamp = stamp
        return result

    def facts_file(self, path: Path):
        """What repo-wide rules read of a file they only compare against: its facts, exactly as `lint_file`
        gives them, from the same read, parse and model, but without running a rule."""
        raw, problem = _read(path)
        if problem is not None or self._not_campaign(raw):
            return None
        campaign = self._campaign(document.load(display_path(path), raw))
        if campaign is None:
            return None
        facts = facts_of(campaign)
        campaign.release()
        return facts

    def _not_campaign(self, raw: bytes) -> bool:
        """Sniffing is on and the bytes are no campaign file's (UTF-16 or binary cannot tell, so is checked)."""
        return self.sniff and not looks_like_campaign(raw) and not _UNREADABLE.match(raw)

    def _campaign(self, doc: document.Document) -> Optional[Campaign]:
        return build_campaign(doc, self.platforms, self.config.in_product_hosts) if doc.parsed else None

    def lint_document(self, path: Path, doc: document.Document) -> FileResult:
        with document.CollectorPaused():  # one file's nodes, reports and findings: see CollectorPaused
            return self._lint_document(path, doc)

    def _lint_document(self, path: Path, doc: document.Document) -> FileResult:
        shown = doc.path
        result = FileResult(shown, file=path)
        result.parsed = doc.parsed and not doc.problems
        result.suppressions = suppress.parse(doc.text, doc.scalar_spans, self.resolve, self.every_code) \
            if doc.text and doc.parsed else None  # a file that does not parse has no comments we can trust
        if self.keep_text:
            result.text = doc.text
            result.bom = doc.bom
        reports: List[Tuple[Rule, Report]] = []
        for rule_ in self.by_target.get("document", ()):
            reports.extend((rule_, r) for r in rule_.check(doc, self.contexts[rule_.code]))
        campaign = self._campaign(doc)
        if campaign is not None:
            reports.extend(self._run_campaign(campaign))
            result.facts = facts_of(campaign)
            campaign.release()
        if doc.root is not None and any(report.end is None and report.path is None for _, report in reports):
            reports = _with_value_ends(doc, reports)
        if doc.root is not None and "&" in doc.text and any(report.fix is not None for _, report in reports):
            reports = _refuse_fixes_of_aliased_values(doc, reports)
        result.diagnostics = self._finish(shown, path, reports, result.suppressions)
        return result

    def lint_text(self, path: Path, text: str) -> FileResult:
        """A file's result from text in memory (the fix passes), with its suppression findings."""
        result = self.lint_document(path, document.load_text(display_path(path), text))
        # Repo-wide rules do not run here: a directive naming one may be needed by them, so say nothing of it.
        repo = frozenset(r.code for r in self.by_target.get("repo", ()))
        result.diagnostics.extend(self._suppression_findings(result, unknowable=repo))
        return result

    def _run_campaign(self, campaign: Campaign) -> List[Tuple[Rule, Report]]:
        """The campaign rules' reports, then each link's (link by link, its rules in order). A plain loop into a
        list: the rules run once per (rule, link) pair, some 20 per link, so each layer of it shows."""
        found: List[Tuple[Rule, Report]] = []
        append = found.append
        contexts = self.contexts
        for rule_ in self.by_target.get("campaign", ()):
            for report in rule_.check(campaign, contexts[rule_.code]):
                append((rule_, report))
        link_rules = [(rule_, rule_.check, contexts[rule_.code]) for rule_ in self.by_target.get("link", ())]
        if link_rules:
            for link in campaign.all_links:
                for rule_, check, ctx in link_rules:
                    for report in check(link, ctx):
                        append((rule_, report))
        return found

    def _finish(self, shown: str, path: Optional[Path], reports: Iterable[Tuple[Rule, Report]],
                suppressions: Optional[suppress.Suppressions]) -> List[Diagnostic]:
        ignored = self._per_file_ignores(path) if path is not None else ()
        kept = []
        for rule_, report in reports:
            if ignored and any(selector_match(s, rule_) >= 0 for s in ignored):
                continue
            if suppressions is not None and suppressions.suppresses(report.at.line, rule_.code):
                continue
            kept.append((rule_, report))
        if len(kept) > 1:  # after suppressions: a finding that is not shown hides no other
            from .onefinding import one_finding_per_value

            kept = one_finding_per_value(kept)
        diagnostics = []
        for rule_, report in kept:
            end = report.end
            diagnostics.append(Diagnostic(
                report.path or shown, report.at.line, report.at.column, rule_.code, rule_.name,
                self.severity_of(rule_, report), report.message,
                end.line if end else None, end.column if end else None, report.fix, report.reason))
        return diagnostics

    def _per_file_ignores(self, path: Path) -> List[str]:
        if not self.config.per_file_ignores:
            return []
        relative = self.config.relative_to_root(path) or os.fspath(path)
        return [s for pattern, selectors in self.config.per_file_ignores.items()
                if matches_any(relative, [pattern]) for s in selectors]

    # -- suppressions that name no rule or suppress nothing (ruff's RUF100), known only once every rule ran
    def _suppression_findings(self, result: FileResult, unknowable: frozenset = frozenset()) -> List[Diagnostic]:
        from .suppress import UNKNOWN, UNUSED

        sup = result.suppressions
        if sup is None or not sup.directives:
            return []
        reports: List[Tuple[Rule, Report]] = []
        if UNKNOWN in self.contexts:
            rule_ = self.contexts[UNKNOWN].rule
            for index, position in sup.unknown:
                directive = sup.directives[index]
                selector = directive.selectors[position]
                close = self.registry.close_names(selector)
                hint = f"; did you mean `{close[0]}`?" if close else "; see `utmlint rules`"
                reports.append((rule_, Report(f"`{selector}` in `# utmlint: {directive.verb}[...]` names no rule, so "
                                              f"it suppresses nothing{hint}", Pos(directive.line, directive.column))))
        if UNUSED in self.contexts:
            rule_ = self.contexts[UNUSED].rule
            ignored = self._per_file_ignores(result.file) if result.file is not None else []
            active = frozenset(r.code for r in self.rules if not any(selector_match(s, r) >= 0 for s in ignored))
            active -= unknowable

            def ran(codes: frozenset) -> bool:
                return codes <= active

            for directive, idle in sup.unused(ran):
                names = [directive.selectors[i] for i in idle if i >= 0]
                keep = [s for i, s in enumerate(directive.selectors) if i not in idle]
                unknown = {directive.selectors[i] for d, i in sup.unknown if sup.directives[d] is directive}
                keep = [s for s in keep if s not in unknown]  # unknown names go too; they are reported above
                what = f"`{', '.join(names)}` in this" if names and keep else "this"
                message = (f"{what} `# utmlint: {directive.verb}` directive suppresses nothing here; remove "
                           f"{'it' if not (names and keep) else 'the unused names'}")
                fix = None
                if directive.verb in ("ignore", "disable-file"):  # a `disable` has its `enable` to weigh
                    edit = suppress.removal_edit(directive, keep)
                    if edit is not None:
                        fix = Fix((edit,), "remove the unused suppression")
                reports.append((rule_, Report(message, Pos(directive.line, directive.column), fix=fix)))
        if not reports:
            return []
        return self._finish(result.path, result.file, reports, sup)

    # -- the whole run
    def run(self, targets: Optional[Sequence[Path]] = None, project: Optional[Sequence[Path]] = None) -> LintResult:
        """Lint `targets` (default: the scope's); repo-wide rules see `project` (default: the scope's files)."""
        from .runner import lint_files

        if targets is None:
            targets, project = self.scope.targets, self.scope.files
        project = project or ()

        results = lint_files(self, targets)
        if self.by_target.get("repo"):
            self._run_repo(results, targets, project)
            _drop_restated(results)
        for file_result in results.values():  # links inheriting one bad value report it once
            file_result.diagnostics = list(dict.fromkeys(file_result.diagnostics))
            file_result.diagnostics.extend(self._suppression_findings(file_result))
        diagnostics = sorted((d for r in results.values() for d in r.diagnostics), key=lambda d: d.sort_key)
        checked = [r.path for r in results.values() if not r.skipped]
        return LintResult(diagnostics, checked, results)

    def run_texts(self, texts: Mapping[Path, str], project: Sequence[Path] = ()) -> LintResult:
        """Lint files that are not on disk yet (what `utmlint import` writes, or would write with --dry-run)
        exactly as `run` lints files; repo-wide rules also see `project`'s files that the texts do not replace."""
        results: Dict[str, FileResult] = {}
        for path, text in texts.items():
            result = self.lint_document(path, document.load_text(display_path(path), text))
            results[result.path] = result
        if self.by_target.get("repo"):
            self._run_repo(results, list(texts), project)
            _drop_restated(results)
        for file_result in results.values():
            file_result.diagnostics = list(dict.fromkeys(file_result.diagnostics))
            file_result.diagnostics.extend(self._suppression_findings(file_result))
        diagnostics = sorted((d for r in results.values() for d in r.diagnostics), key=lambda d: d.sort_key)
        return LintResult(diagnostics, list(results), results)

    def _run_repo(self, results: Dict[str, FileResult], targets: Sequence[Path], project: Sequence[Path]) -> None:
        """Repo-wide rules see every campaign file of the project; they report only on the targets, so of
        the other files they need only the facts (runner.collect_facts), not their findings."""
        from .runner import collect_facts

        # Project paths sit under the config's resolved root: a target spelled otherwise (a symlinked
        # working directory) is resolved, and only then.
        position = {key: index for index, key in enumerate(map(os.fspath, project))}
        target_keys = {key if key in position else os.path.realpath(key) for key in map(os.fspath, targets)}
        others = [p for p in project if os.fspath(p) not in target_keys]
        # The rules see the facts in the project's order, whichever files were named: a finding's message
        # (which other files it names) is the same for `utmlint lint FILE` as for `utmlint lint .`.
        placed = []
        for result in results.values():
            if result.facts is not None:
                key = os.fspath(result.file) if result.file is not None else ""
                if key and key not in position:
                    key = os.path.realpath(key)
                placed.append((position.get(key, -1), result.facts))
        if others:
            placed.extend((position[os.fspath(path)], facts)
                          for path, facts in zip(others, collect_facts(self, others)) if facts is not None)
        placed.sort(key=lambda item: item[0])  # stable: files outside the project first, as named
        all_facts = [facts for _, facts in placed]
        seen = set()
        for group in by_site(all_facts):
            for rule_ in self.by_target["repo"]:
                for report in rule_.check(group, self.contexts[rule_.code]):
                    target = results.get(report.path or "")
                    if target is None:
                        continue
                    place = (report.path, report.at.line, report.at.column, rule_.code)
                    if place in seen:  # a file linking two sites is in both groups: told once, the first group's
                        continue
                    seen.add(place)
                    target.diagnostics.extend(self._finish(target.path, target.file, [(rule_, report)],
                                                           target.suppressions))
        # Meta's own short names where the repository lets Meta write the source (`{{site_source_name}}` writes `fb`
        # on every Facebook placement's click): source-domain-style's "write `facebook`", the profile's name, would
        # split the typed links from Meta's own `fb` rows (mends48b); source-fragmentation says which to keep
        if not any(s.param == "utm_source" and "site_source_name" in s.value for facts in all_facts
                   for s in facts.spellings):
            return  # no file lets Meta write its source: onefinding is not imported (a one-file lint's start-up)
        from .onefinding import hold_meta_short_names

        self.meta_held.update(results[path].path for path in hold_meta_short_names(by_site(all_facts), results))

    def fix(self, result: LintResult, write: bool, unsafe: bool, show_diff, hold=None) -> int:
        """Apply fixes to every readable file, as ruff does (see fixes.fix_file); write them (safeio.rewrite:
        atomically, never out of the project), or pass each diff to `show_diff`. Returns how many findings the
        fixes made disappear, counted on the in-memory re-lint (repo-wide findings, which it cannot see, count
        when their fix was applied). `hold(text, diagnostics)`: the findings without the fixes not to apply (those
        of the baseline: baseline.holder)."""
        import sys

        from . import safeio
        from .fixes import fix_file, unified_diff

        repo_codes = {r.code for r in self.by_target.get("repo", ())}

        def lint_text(path: Path, text: str):
            again = self.lint_text(path, text)
            return again.parsed, list(dict.fromkeys(again.diagnostics))  # as run() reports them

        fixed = 0
        for file_result in result.results.values():
            original = file_result.text
            if not file_result.parsed or original is None or file_result.file is None:
                continue  # a file that did not parse is never touched
            found = file_result.diagnostics if hold is None else hold(original, file_result.diagnostics)
            if not any(d.fix is not None for d in found):
                continue
            own = [d for d in found if d.code not in repo_codes]
            held = hold
            if file_result.path in self.meta_held:  # the re-lints, which see this file alone, keep Meta's `fb` too
                from .onefinding import without_meta_short_names

                def held(text, diagnostics, hold=hold):
                    kept = without_meta_short_names(diagnostics)
                    return kept if hold is None else hold(text, kept)
            text, count = fix_file(lint_text, file_result.file, original, found, unsafe, count=own, hold=held)
            if text == original:
                continue
            if write:
                bom = "\ufeff" if file_result.bom else ""
                try:
                    safeio.rewrite(file_result.file, (bom + text).encode("utf-8"), (bom + original).encode("utf-8"),
                                   self.config.root)
                except safeio.WriteRefused as refused:  # this file only: say why, fix the others
                    print(f"utmlint: {file_result.path}: not fixed: {refused}", file=sys.stderr)
                    self.fix_refused += 1
                    continue
                except OSError as error:  # the disk itself refuses (full, read-only): stop here
                    raise ConfigError(f"{file_result.path}: could not write the fixed file "
                                      f"({error.strerror or error}); it is unchanged") from None
                fixed += count
            else:
                fixed += count
                show_diff(unified_diff(file_result.path, original, text))
        return fixed

    def fails(self, diagnostics: Iterable[Diagnostic], fail_on: Optional[str] = None) -> bool:
        """Whether the run fails: `fail_on` (`--fail-on`), else this scope's config's `fail-on`."""
        return fails(diagnostics, fail_on or self.config.fail_on)

    def fail_on_of(self, fail_on: Optional[str] = None) -> None:
        """One config, one `fail-on` for every file (ProjectLinter's differ per scope)."""
        return None


def _with_value_ends(doc: document.Document, reports: List[Tuple[Rule, Report]]) -> List[Tuple[Rule, Report]]:
    """A finding a rule placed at a value's (or key's) start, with no end of its own, ends where the value does:
    JSON, SARIF and GitHub annotations get the span (ruff's `end_location`), and the text report's carets go under
    `Spring Sale 2026`, not only `Spring` (stranger19 LOW)."""
    ends = doc.scalar_ends()
    return [(rule_, report._replace(end=ends.get(report.at)) if report.end is None and report.path is None else report)
            for rule_, report in reports]


def _refuse_fixes_of_aliased_values(doc: document.Document, reports: List[Tuple[Rule, Report]]) -> List[Tuple[Rule, Report]]:
    """A fix that edits an anchored value an alias reuses (`source: &s Intercom`, `label: *s`) would change
    every use of it, the label too: such a finding keeps no fix, and its message says why. An anchor no alias
    uses is fixed as usual."""
    shared = doc.aliased_spans()
    if not shared:
        return reports
    from bisect import bisect_left

    from .spans import MaxTree

    order = sorted(range(len(shared)), key=lambda k: shared[k][0])  # by start; `shared` order breaks ties
    starts = [shared[k][0] for k in order]
    ends = MaxTree([shared[k][1] for k in order])

    def first_hit(edits) -> Optional[Tuple[int, int, str]]:
        """The first span in `shared` an edit reaches into: one that starts before the edit ends and ends
        after it starts (an insertion strictly inside a span counts too)."""
        hits = [order[found] for edit in edits if edit.start <= edit.end
                for found in ends.reaching(bisect_left(starts, edit.end), edit.start + 1)]
        hits += [k for edit in edits if edit.start > edit.end for k, (start, end, _) in enumerate(shared)
                 if edit.start < end and start < edit.end or start < edit.start < end]  # never made, kept exact
        return shared[min(hits)] if hits else None

    kept = []
    for rule_, report in reports:
        fix = report.fix
        if fix is not None:
            hit = first_hit(fix.edits)
            if hit is not None:
                name = hit[2]
                reused = f"anchored as `&{name}` and reused by `*{name}`" if name else "reused by an alias"
                report = report._replace(fix=None, message=f"{report.message} (not fixed automatically: the value is "
                                                           f"{reused}, so a fix would change every use; fix it by hand)")
        kept.append((rule_, report))
    return kept


def _drop_restated(results: Mapping[str, FileResult]) -> None:
    """Repo-wide findings that restate a file's own finding on one value (onefinding.drop_restated_fragmentation)."""
    for file_result in results.values():
        if any(d.code in ("UTM601", "UTM602", "UTM604") for d in file_result.diagnostics):  # fragmentation: rare, so the module
            from .onefinding import drop_restated_fragmentation  # is imported only then (start-up)

            file_result.diagnostics = drop_restated_fragmentation(file_result.diagnostics)


_UNREADABLE = lazy_compile(rb"\xff\xfe|\xfe\xff|[^\x00]*\x00")  # UTF-16 or binary: cannot tell, so check it


def read_document(path: Path) -> document.Document:
    """A campaign file as the linter sees it (named as displayed), its read problem included."""
    shown = display_path(path)
    raw, problem = _read(path)
    return document.load(shown, raw) if problem is None else document.Document(shown, "", problems=[problem])


def _read_stamped(path: Path) -> Tuple[bytes, Optional[document.LoadProblem], Optional[list]]:
    """The file's bytes, or a located problem saying plainly why they cannot be read; and the stat taken
    before reading (for the cache: a write during the read shows as a newer stat next time)."""
    import time

    from . import safeio
    from .cache import stamp

    taken = time.time_ns()
    try:
        raw, info = safeio.read_regular_stat(path, document.MAX_FILE_BYTES, "a campaign file")
    except safeio.ReadRefused as refused:
        message = str(refused)
        if message == "is a folder, not a file":
            message = "is a folder, not a campaign file"
        return b"", document.LoadProblem("file", message), None
    return raw, None, stamp(info, taken)


def _read(path: Path) -> Tuple[bytes, Optional[document.LoadProblem]]:
    raw, problem, _ = _read_stamped(path)
    return raw, problem


def by_site(all_facts: Sequence) -> List[List]:
    """The campaign files the repo-wide rules compare, one group per site their tracked links land on (identity.
    site_name: `app.acme.com` and `acme.io` are `acme`'s), as scan compares its links (scan.repo._by_site): a utm
    value is read by the analytics of the site its link lands on, so an agency's clients, each with its own site and GA4
    property, split no report between them (newuser45 F11: Harbor's `paid_social` told "also spelled `paid-social` in
    clients/kettle/...", and its `spring-sale-2026` a collision with Kettle's, failing its correct file). A file whose
    links land on no written host is in every group; a file linking two sites is in both. One site (most repos):
    one group, as before."""
    hosts = []
    for facts in all_facts:
        mine = set()
        for page in getattr(facts, "pages", ()) or ():
            host = page.split("/", 1)[0]
            if host and "{" not in host and "$" not in host and "%" not in host:
                mine.add(host)
        hosts.append(mine)
    if len(set().union(*hosts) if hosts else ()) <= 1:
        return [list(all_facts)]  # one host (most repos): identity, its site names, never loaded
    from .identity import site_name

    sites = [{site_name(host) for host in mine} for mine in hosts]
    every = sorted(set().union(*sites))
    if len(every) <= 1:
        return [list(all_facts)]
    return [[facts for facts, mine in zip(all_facts, sites) if not mine or site in mine] for site in every]
