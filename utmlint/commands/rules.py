"""`utmlint rules` lists every rule; `utmlint rule NAME` explains one."""

from __future__ import annotations

import argparse
import sys


def add_parser(subparsers) -> None:
    listing = subparsers.add_parser("rules", help="list every rule", description="List every rule utmlint knows.")
    listing.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    listing.add_argument("--config", metavar="FILE",
                         help="show this config's severities, and `off` for the rules it does not select "
                              "(default: the built-in defaults)")
    listing.set_defaults(run=run_list)
    one = subparsers.add_parser("rule", help="explain one rule", description="Explain one rule: what, why, example, use instead.")
    one.add_argument("name", metavar="NAME", help="a rule name (medium-unassigned) or code (UTM102)")
    one.set_defaults(run=run_one)


def run_list(args: argparse.Namespace) -> int:
    from ..rulebook import registry

    rules = list(registry())
    if args.config:  # the rules as that config runs them
        from ..project import Project

        linter = Project.from_args(args, []).scopes[0].linter()
        selected = {r.code for r in linter.rules}
        rules = [r._replace(severity=linter.severity[r.code] if r.code in selected else "off") for r in rules]
    if args.format == "json":
        import json

        sys.stdout.write(json.dumps([rule_record(r) for r in rules], indent=2) + "\n")
        return 0
    if args.format == "markdown":
        sys.stdout.write("| Code | Name | Severity | Fix | What it catches |\n|---|---|---|---|---|\n")
        for r in rules:
            summary = r.summary.replace("|", "\\|")
            sys.stdout.write(f"| {r.code} | `{r.name}` | {r.severity} | {r.fix} | {summary} |\n")
        return 0
    width = max(len(r.name) for r in rules)
    fix_width = max(len(r.fix) for r in rules)
    for r in rules:
        sys.stdout.write(f"{r.code}  {r.name:<{width}}  {r.severity:<7}  {r.fix:<{fix_width}}  {r.summary}\n")
    return 0


def rule_record(r) -> dict:
    return {"code": r.code, "name": r.name, "summary": r.summary, "severity": r.severity, "fixable": r.fixable, "fix": r.fix or None,
            "target": r.target, "what": r.what, "why": r.why, "example": r.example, "use_instead": r.use_instead, "example_config": r.example_config,
            "options": dict(r.options), "origin": r.origin}


def _indent(text: str) -> str:
    return "".join(f"    {line}\n" for line in text.rstrip("\n").splitlines())


def _wrapped(text: str) -> str:
    import textwrap

    return "\n\n".join(textwrap.fill(part, width=100, initial_indent="    ", subsequent_indent="    ",
                                     break_long_words=False, break_on_hyphens=False) for part in text.split("\n\n"))


def run_one(args: argparse.Namespace) -> int:
    from ..rulebook import registry

    found = registry().get(args.name)
    if found is None:
        import difflib

        names = [r.name for r in registry()]
        close = difflib.get_close_matches(args.name, names, n=3)
        hint = f" Did you mean: {', '.join(close)}?" if close else " See `utmlint rules`."
        print(f"utmlint: no rule named `{args.name}`.{hint}", file=sys.stderr)
        return 2
    out = [f"{found.code} {found.name}  [{found.severity}{f', fix: {found.fix}' if found.fix else ''}]", "", found.summary, ""]
    out += ["What it does:", _wrapped(found.what), ""]
    if found.why:
        out += ["Why is this bad?", _wrapped(found.why), ""]
    if found.example_config:
        out += ["With this in .utmlint.yaml:", _indent(found.example_config)]
    if found.example:
        out += ["Example:", _indent(found.example)]
    if found.use_instead:
        out += ["Use instead:", _indent(found.use_instead)]
    if found.options:
        out.append("Options (in .utmlint.yaml under `rules: {" + found.name + ": {...}}`):")
        for key, spec in found.options.items():
            out.append(f"    {key}: {spec.get('description', '')} (default: {spec.get('default')!r})")
        out.append("")
    if found.origin != "utmlint":
        out.append(f"From plugin: {found.origin}")
    sys.stdout.write("\n".join(out).rstrip("\n") + "\n")
    return 0
