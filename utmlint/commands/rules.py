"""`utmlint rules` lists every rule; `utmlint rule NAME` explains one."""

from __future__ import annotations

import argparse
import sys


def add_parser(subparsers) -> None:
    listing = subparsers.add_parser(
        "rules", help="list every rule",
        description="List every rule utmlint knows: code, name, severity, fix, what it catches.\n\n"
                    "The fix column says what `--fix` does for its findings: safe (`--fix`), unsafe (only with "
                    "`--unsafe-fixes`)\nor safe/unsafe, in both `utmlint lint` and `utmlint scan`; `(lint)` when "
                    "only `utmlint lint --fix` offers it\n(in a campaign file: `scan --fix` edits only utm keys and "
                    "values in place, so it reports these\nwithout a fix), `(scan)` when only `utmlint scan --fix` "
                    "does.")
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
            sys.stdout.write(f"| {r.code} | `{r.name}` | {r.severity} | {fix_column(r)} | {summary} |\n")
        return 0
    width = max(len(r.name) for r in rules)
    fix_width = max(len(fix_column(r)) for r in rules)
    for r in rules:
        sys.stdout.write(f"{r.code}  {r.name:<{width}}  {r.severity:<7}  {fix_column(r):<{fix_width}}  {r.summary}\n")
    return 0


def fix_column(r) -> str:
    """The rule's fix as the listing shows it: `safe`, `unsafe` or `safe/unsafe` when `utmlint lint --fix` and
    `utmlint scan --fix` both offer it, `unsafe (lint)` when only lint's does (scan edits only utm keys and values in
    place: newuser47b F4, `url-insecure` read `unsafe` and `scan --unsafe-fixes` changed nothing), `safe (scan)` when
    only scan's does (a Markdown link's spaces written `%20`)."""
    if r.scan_fix == r.fix:
        return r.fix
    return ", ".join(f"{kind} ({command})" for kind, command in ((r.fix, "lint"), (r.scan_fix, "scan")) if kind)


def fix_said(r) -> str:
    """`fix: unsafe` in `utmlint rule NAME`'s heading, and which command's --fix offers it when only lint's does."""
    if r.scan_fix == r.fix:
        return f", fix: {r.fix}" if r.fix else ""
    if not r.scan_fix:
        return f", fix: {r.fix} in `utmlint lint`; `utmlint scan` reports it without one"
    if not r.fix:
        return f", fix: {r.scan_fix} in `utmlint scan`; `utmlint lint` reports it without one"
    return f", fix: {r.fix} in `utmlint lint`, {r.scan_fix} in `utmlint scan`"


def rule_record(r) -> dict:
    return {"code": r.code, "name": r.name, "summary": r.summary, "severity": r.severity, "fixable": r.fixable, "fix": r.fix or None,
            "scan_fix": r.scan_fix or None,
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
    out = [f"{found.code} {found.name}  [{found.severity}{fix_said(found)}]", "", found.summary, ""]
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
