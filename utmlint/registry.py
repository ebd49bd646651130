"""The rule registry: one record per rule, the `@rule` decorator, and plugin discovery.

A rule is a small generator that yields `Report`s through its context. It never reads config,
severities or suppressions: the engine applies those (as yamllint and flake8 do).
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Any, Callable, Dict, Iterable, Iterator, List, Mapping, Optional

from .lazyregex import lazy_compile
from .records import NamedTuple
from .diagnostics import SEVERITIES, Fix, Pos, Reason

TARGETS = ("document", "campaign", "link", "repo")
FIX_KINDS = ("safe", "unsafe", "safe/unsafe")
_CODE = lazy_compile(r"^[A-Z]{1,5}[0-9]{3}$")
_NAME = lazy_compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
_SECTION = lazy_compile(r"^\s*(What it does:|Why is this bad\?|Why:)\s*", re.MULTILINE)


class Report(NamedTuple):
    """What a rule yields: a message at a position, maybe with a fix. The engine adds code and severity."""

    message: str
    at: Pos
    end: Optional[Pos] = None
    fix: Optional[Fix] = None
    path: Optional[str] = None  # repo-wide rules report on other files than the one at hand
    problem: Optional[str] = None  # a respelling rule's problem in a few words ("has capital letters"): onefinding.py
    severity: Optional[str] = None  # this finding's level when lower than the rule's (a hedged note): engine.severity_of
    reason: Optional[Reason] = None  # the finding's reason as data (diagnostics.Reason), carried to its Diagnostic


class Rule(NamedTuple):
    """A rule. Its docs (`summary`, `what`, `why`, `example`, `use_instead`, `example_config`) come from its
    check's docstring, parsed when first read: a lint reads none of them (see `rule`)."""

    code: str
    name: str
    severity: str
    target: str
    check: Callable[..., Iterable[Report]]
    fixable: bool = False
    options: Mapping[str, Any] = MappingProxyType({})  # JSON Schema `properties`, each with a default
    origin: str = "utmlint"
    fix: str = ""  # what its fixes are: "safe", "unsafe" (only with --unsafe-fixes) or "safe/unsafe" (either)
    given_docs: Mapping[str, str] = MappingProxyType({})  # docs given as `rule()` arguments (older plugins)
    # what `utmlint scan --fix` offers for its findings in docs, templates and code, which edits only utm keys and
    # values in place ("" when scan reports it without a fix: a scheme, a removed tag or a moved query is lint's)
    scan_fix: str = ""

    def default_options(self) -> Dict[str, Any]:
        return {key: spec.get("default") for key, spec in self.options.items()}

    @property
    def docs(self) -> Dict[str, str]:
        """Every doc field, parsed from the docstring on first use (see `_docs_of`)."""
        return _docs_of(self)

    summary = property(lambda self: self.docs["summary"])
    what = property(lambda self: self.docs["what"])
    why = property(lambda self: self.docs["why"])
    example = property(lambda self: self.docs["example"])
    use_instead = property(lambda self: self.docs["use_instead"])
    example_config = property(lambda self: self.docs["example_config"])  # .utmlint.yaml lines the example needs


_PARSED_DOCS: Dict[Callable[..., Iterable[Report]], Dict[str, str]] = {}  # check function -> parse_doc of its docstring


def _docs_of(rule_: Rule) -> Dict[str, str]:
    """The docstring's sections over the `rule()` arguments; `what` defaults to the summary. Raises ValueError
    naming the rule when the docstring cannot be read."""
    parsed = _PARSED_DOCS.get(rule_.check)
    if parsed is None:
        try:
            parsed = _PARSED_DOCS[rule_.check] = parse_doc(rule_.check.__doc__ or "")
        except ValueError as error:
            raise ValueError(f"rule {rule_.code}: {error}") from None
    docs = {**rule_.given_docs, **parsed}
    if not docs.get("summary"):
        raise ValueError(f"rule {rule_.code}: the docstring needs a one-line summary")
    return {"summary": docs["summary"], "what": docs.get("what", docs["summary"]), "why": docs.get("why", ""),
            "example": docs.get("example", ""), "use_instead": docs.get("use_instead", ""),
            "example_config": docs.get("example_config", "")}


_HEADINGS = {"what it does": "what", "why is this bad?": "why", "example": "example", "use instead": "use_instead",
             "config": "example_config"}
_FENCE = lazy_compile(r"^```[a-z]*\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def _cleandoc(doc: str) -> str:
    """`inspect.cleandoc` without importing inspect (ast, dis: 35 ms every run would pay)."""
    lines = doc.expandtabs().split("\n")
    indent = min((len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()), default=0)
    return "\n".join([lines[0].strip()] + [line[indent:] for line in lines[1:]]).strip()


def parse_doc(doc: str) -> Dict[str, str]:
    """A rule's docstring, ruff's way: a one-line summary, then `## What it does`, `## Why is this bad?`,
    `## Example` and `## Use instead` (each a fenced campaign file), and `## Config` (the `.utmlint.yaml`
    lines the example needs, fenced). Prose is joined into lines, one per paragraph (a blank line between
    paragraphs keeps them apart); fenced blocks are kept verbatim.

    Docstrings in the older `What it does: ... Why is this bad? ...` form (plugins) are still read."""
    text = _cleandoc(doc or "")
    if "\n## " not in "\n" + text:
        return _legacy_sections(text)
    head, *sections = re.split(r"^## ", text, flags=re.MULTILINE)
    found: Dict[str, str] = {"summary": " ".join(head.split())}
    for section in sections:
        title, _, body = section.partition("\n")
        key = _HEADINGS.get(title.strip().rstrip(":").lower())
        if key is None:
            raise ValueError(f"unknown docstring section `## {title.strip()}`; use one of "
                             + ", ".join(f"`## {h}`" for h in ("What it does", "Why is this bad?", "Example",
                                                               "Use instead", "Config")))
        if key in ("what", "why"):  # paragraphs kept apart (a blank line), each joined into one line
            found[key] = "\n\n".join(" ".join(part.split()) for part in re.split(r"\n\s*\n", body) if part.strip())
        else:
            fence = _FENCE.search(body + "\n")
            if fence is None:
                raise ValueError(f"docstring section `## {title.strip()}` needs a fenced ```yaml block")
            found[key] = fence.group(1)
    return found


def _legacy_sections(text: str) -> Dict[str, str]:
    parts = _SECTION.split(text)
    found: Dict[str, str] = {}
    for heading, body in zip(parts[1::2], parts[2::2]):
        found["what" if heading.startswith("What") else "why"] = " ".join(body.split())
    return found


def rule(
    *,
    code: str,
    name: str,
    severity: str = "warning",
    target: str = "link",
    fixable: bool = False,
    fix: Optional[str] = None,
    scan_fix: str = "",
    options: Optional[Dict[str, Any]] = None,
    summary: str = "",
    example: str = "",
    use_instead: str = "",
    example_config: str = "",
) -> Callable[[Callable[..., Iterable[Report]]], Rule]:
    """Turn a check function into a `Rule`. Its docs come from its docstring (see `parse_doc`); the
    `summary`/`example`/`use_instead`/`example_config` arguments remain for plugins written before.
    `fix` says what the rule's fixes are ("safe", "unsafe" or "safe/unsafe"); `fixable=True` alone means safe.
    `scan_fix`: what `utmlint scan --fix` offers for the rule's findings in docs and code ("" none; a test proves it)."""
    if not _CODE.match(code):
        raise ValueError(f"rule code {code!r} must look like UTM123")
    if not _NAME.match(name):
        raise ValueError(f"rule name {name!r} must be kebab-case")
    if severity not in SEVERITIES or target not in TARGETS:
        raise ValueError(f"rule {code}: bad severity {severity!r} or target {target!r}")
    if fix is not None and fix not in FIX_KINDS:
        raise ValueError(f"rule {code}: fix must be one of {', '.join(FIX_KINDS)}, not {fix!r}")
    fix_kind = fix if fix is not None else ("safe" if fixable else "")
    if scan_fix and scan_fix not in FIX_KINDS:
        raise ValueError(f"rule {code}: scan_fix must be one of {', '.join(FIX_KINDS)}, not {scan_fix!r}")

    def wrap(check: Callable[..., Iterable[Report]]) -> Rule:
        given = {"summary": summary, "example": example, "use_instead": use_instead, "example_config": example_config}
        made = Rule(code=code, name=name, severity=severity, target=target, check=check, fixable=bool(fix_kind),
                    options=MappingProxyType(dict(options or {})), fix=fix_kind,
                    given_docs=MappingProxyType({key: value for key, value in given.items() if value}),
                    scan_fix=scan_fix)
        if not _is_builtin(check):
            _docs_of(made)  # a plugin's docs are checked as it loads: a bad docstring fails there, naming the rule
        return made

    return wrap


def _is_builtin(check: Callable[..., Iterable[Report]]) -> bool:
    """A rule of utmlint.checks: its docstring is parsed when first read (`utmlint rule`, SARIF, HTML), not at
    every start-up; tests/test_rule_docs.py parses them all."""
    return getattr(check, "__module__", "").startswith("utmlint.checks.")


class RuleError(Exception):
    """A plugin or rule definition that cannot be used; the message names where it came from."""


def _collect(objects: Iterable[Any], origin: str) -> Iterator[Rule]:
    for obj in objects:
        if isinstance(obj, Rule):
            yield obj if origin == "utmlint" else _with_origin(obj, origin)
        else:
            raise RuleError(f"{origin}: {obj!r} is not a utmlint rule")


def _with_origin(rule_: Rule, origin: str) -> Rule:
    return rule_._replace(origin=origin)


def plugin_rules() -> List[Rule]:
    """Rules from installed distributions that declare the `utmlint.rules` entry point group.

    Only installed packages are consulted: nothing from the working tree is imported implicitly.
    """
    from .plugins import discover

    found: List[Rule] = []
    for origin, loader in discover():
        try:
            provided = loader()
            objects = provided() if callable(provided) and not isinstance(provided, Rule) else provided
            found.extend(_collect(objects, origin))
        except RuleError:
            raise
        except Exception as error:  # a broken plugin must name itself, not crash utmlint
            raise RuleError(f"plugin {origin} failed to load: {type(error).__name__}: {error}") from None
    return found


def selector_match(selector: str, rule_: Rule) -> int:
    """How specifically `selector` names `rule_`: -1 not at all, 0 for `ALL`, the length of a code or code
    prefix (`UTM2` < `UTM201`), 1000 for its name. Case-insensitive. The one matcher behind --select and
    --ignore, the config's select/ignore/severity/rules/per-file-ignores and inline suppressions."""
    wanted = selector.strip()
    if not wanted:
        return -1
    if wanted.upper() == "ALL":
        return 0
    if wanted.lower() == rule_.name:
        return 1000
    return len(wanted) if rule_.code.startswith(wanted.upper()) else -1


def is_selected(rule_: Rule, select: Iterable[str], ignore: Iterable[str]) -> bool:
    """flake8's decision: the most specific selector wins, and `ignore` wins a tie."""
    best_select = max((selector_match(s, rule_) for s in select), default=-1)
    best_ignore = max((selector_match(s, rule_) for s in ignore), default=-1)
    return best_select >= 0 and best_select > best_ignore


class Registry:
    """Every known rule, addressable by code or by name."""

    def __init__(self, rules: Iterable[Rule]):
        self.by_code: Dict[str, Rule] = {}
        self.by_name: Dict[str, Rule] = {}
        for r in rules:
            for index, key in ((self.by_code, r.code), (self.by_name, r.name)):
                if key in index and index[key] is not r:
                    raise RuleError(f"rule {key!r} is defined twice ({index[key].origin} and {r.origin})")
                index[key] = r

    def __iter__(self) -> Iterator[Rule]:
        return iter(sorted(self.by_code.values(), key=lambda r: r.code))

    def __len__(self) -> int:
        return len(self.by_code)

    def get(self, code_or_name: str) -> Optional[Rule]:
        return self.by_code.get(code_or_name.upper()) or self.by_name.get(code_or_name.lower())

    def matching(self, selector: str) -> List[Rule]:
        """The rules `selector` names (a code, a code prefix, a name or ALL, any case); [] for none."""
        return [r for r in self if selector_match(selector, r) >= 0]

    def close_names(self, selector: str) -> List[str]:
        """The rule name or code that `selector` most looks like a misspelling of (or of the start of), if any."""
        from difflib import SequenceMatcher

        wanted = selector.strip().lower()
        best, score = None, 0.0
        for name in sorted(self.by_name):
            for candidate in (name, name[:len(wanted)]):
                ratio = SequenceMatcher(None, wanted, candidate).ratio()
                if ratio > score:
                    best, score = name, ratio
        for code in sorted(self.by_code):
            ratio = SequenceMatcher(None, wanted.upper(), code).ratio()
            if ratio > score:
                best, score = code, ratio
        return [best] if best is not None and score >= 0.8 else []
