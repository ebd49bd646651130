"""What a cold one-file `utmlint lint` (the pre-commit hook's run) loads at start-up, and what it must not.

Not a timing (benchmarks/ measure those): each run's imports, regex compiles and docstring parsing are the
start-up it pays on every commit, and these tests fail when one comes back.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

CLEAN = "campaign: spring-sale\nsource: intercom\nmedium: email\nlinks:\n  - url: https://example.com/a\n    content: hero\n"
FINDINGS = "campaign: Spring Sale\nsource: Intercom\nmedium: e-mail\nlinks:\n  - url: https://example.com/a b\n    content: hero\n"

# Run in a fresh interpreter: the modules loaded, the regexes compiled by utmlint modules as they were imported
# (module-level code), the patterns of utmlint's that sre compiled (not rebuilt from the install's cache), whether any rule's docstring was parsed, the typing.NamedTuple classes utmlint made, and
# whether copied-tracking's lists were read.
PROBE = r"""
import json, re, sys

compiled_at_import = []
_real = re._compile


def _spy(pattern, flags):
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename == re.__file__:
        frame = frame.f_back
    if frame is not None and frame.f_code.co_name == "<module>" and "utmlint" in frame.f_globals.get("__name__", ""):
        compiled_at_import.append(f"{frame.f_globals['__name__']}:{frame.f_lineno}: {pattern!r}"[:160])
    return _real(pattern, flags)


re._compile = _spy

# patterns of utmlint's that sre's parser and compiler made (lazyregex.cached rebuilds the ones a run used before)
compiled_by_sre = []
import re._compiler

_real_sre_compile = re._compiler.compile


def _sre_spy(pattern, flags=0):
    frame = sys._getframe(1)
    while frame is not None and (frame.f_code.co_filename == re.__file__ or frame.f_code is _spy.__code__
                                 or "lazyregex" in frame.f_code.co_filename or "functools" in frame.f_code.co_filename):
        frame = frame.f_back
    if frame is not None and "utmlint" in frame.f_globals.get("__name__", ""):
        compiled_by_sre.append(f"{frame.f_globals['__name__']}:{frame.f_lineno}: {pattern!r}"[:160])
    return _real_sre_compile(pattern, flags)


re._compiler.compile = _sre_spy

# typing.NamedTuple classes made by utmlint modules (records.NamedTuple is the lint path's: records.py says why)
import typing

typed_records = []
_real_named_tuple = typing.NamedTupleMeta.__new__


def _named_tuple_spy(cls, typename, bases, ns):
    if "utmlint" in ns.get("__module__", ""):
        typed_records.append(f"{ns['__module__']}.{typename}")
    return _real_named_tuple(cls, typename, bases, ns)


typing.NamedTupleMeta.__new__ = _named_tuple_spy
from utmlint.cli import main

code = main(sys.argv[2:])
sys.stdout.flush()
from utmlint import registry

with open(sys.argv[1], "w") as out:
    lists = sys.modules["utmlint.checks.tracking.copied_lists"].tracking_data
    json.dump({"modules": sorted(sys.modules), "compiled": compiled_at_import, "compiled_by_sre": compiled_by_sre,
               "docs_parsed": len(registry._PARSED_DOCS), "typed_records": typed_records,
               "tracking_lists_read": lists.cache_info().currsize}, out)
sys.exit(code)
"""

# Modules a one-file lint does not need; each is start-up every commit would pay (or a dependency it must not have).
NOT_NEEDED = {
    "other commands": ("utmlint.scan", "utmlint.live", "utmlint.audit", "utmlint.mcp", "utmlint.importer",
                       "utmlint.html", "utmlint.tracked", "utmlint.render_formats", "utmlint.links",
                       "utmlint.scaffold", "utmlint.completion", "utmlint.validate_url", "utmlint.userregex",
                       "utmlint.stdin"),
    # copied-tracking reads a link's tags only once the link has a query (copied._mentions): a campaign file's links
    # mostly have none; its seven readings were ~4 M instructions of every commit's start-up (session 41)
    "copied-tracking's readings of a link with a query": (
        "utmlint.checks.tracking.copied_owner", "utmlint.checks.tracking.copied_marks",
        "utmlint.checks.tracking.copied_destination", "utmlint.checks.tracking.copied_posted",
        "utmlint.checks.tracking.copied_outgoing", "utmlint.checks.tracking.copied_placement",
        "utmlint.checks.tracking.copied_file", "utmlint.checks.tracking.sponsors"),
    "other reporters": ("utmlint.reporters.json", "utmlint.reporters.sarif", "utmlint.reporters.junit",
                        "utmlint.reporters.github", "utmlint.reporters.statistics"),
    "optional or heavy dependencies": ("jsonschema", "httpx", "tabulate", "duckdb", "mcp", "re2"),
    # the C parser (_ruamel_yaml) imports ruamel.yaml's error, scanner, parser, composer... modules, never the YAML
    # class's: the package's __init__ runs only when something asks it for an attribute (document._defer_ruamel_init)
    "ruamel.yaml's parts the C parser does not use": ("ruamel.yaml.main", "ruamel.yaml.cyaml", "ruamel.yaml.loader",
                                                       "ruamel.yaml.dumper", "ruamel.yaml.resolver", "glob"),
    "plugin discovery without plugins, source inspection": ("importlib.metadata", "inspect", "ast", "dis"),
    "processes, threads, temp files": ("subprocess", "multiprocessing", "concurrent", "asyncio", "threading",
                                       "tempfile", "shutil"),
    "only --fix, caching or other commands use them": ("hashlib", "hmac", "secrets", "random", "difflib",
                                                       "textwrap", "dataclasses", "tomllib", "csv", "email",
                                                       "http", "urllib.request", "logging", "zipfile", "bz2",
                                                       "lzma"),
}


@pytest.fixture(params=["clean", "findings"])
def one_file_lint(request, tmp_path):
    root = tmp_path / "repo"
    (root / "campaigns").mkdir(parents=True)
    (root / ".utmlint.yaml").write_text('include: ["campaigns/**/*.yaml"]\n', encoding="utf-8")
    (root / "campaigns" / "spring.yaml").write_text(CLEAN if request.param == "clean" else FINDINGS, encoding="utf-8")
    report = tmp_path / "probe.json"
    # The first run of an install writes the bundled data's cache (bundled.py: a temp file named by secrets);
    # every later run reads it, and that is the run measured.
    subprocess.run([sys.executable, "-m", "utmlint", "lint", "--no-cache", "campaigns/spring.yaml"], cwd=root,
                   capture_output=True)
    done = subprocess.run([sys.executable, "-c", PROBE, str(report), "lint", "--no-cache", "campaigns/spring.yaml"],
                          cwd=root, capture_output=True, text=True)
    assert done.returncode == (0 if request.param == "clean" else 1), done.stdout + done.stderr
    if request.param == "findings":
        assert "UTM" in done.stdout
    return {**json.loads(report.read_text(encoding="utf-8")), "file": request.param}


def test_one_file_lint_imports_nothing_it_does_not_need(one_file_lint):
    loaded = set(one_file_lint["modules"])
    commands = sorted(m for m in loaded if m.startswith("utmlint.commands."))
    assert commands == ["utmlint.commands.lint"], commands
    for why, modules in NOT_NEEDED.items():
        found = sorted(m for m in loaded if m in modules or m.startswith(tuple(f"{name}." for name in modules)))
        assert not found, f"{why}: {found}"


def test_one_file_lint_compiles_no_regex_at_import(one_file_lint):
    """Module-level patterns are `lazyregex.lazy_compile`d: compiled when a run first uses them."""
    assert one_file_lint["compiled"] == []


def test_one_file_lint_parses_no_rule_docstring(one_file_lint):
    """Rule docs are read by `utmlint rule`, SARIF and HTML only (registry.Rule.docs)."""
    assert one_file_lint["docs_parsed"] == 0


def test_one_file_lint_makes_no_typing_named_tuple(one_file_lint):
    """typing.NamedTuple compiles each annotation into a ForwardRef: destination_limits.Limit alone was 10 M of the
    lint's 305 M instructions (session 41); the lint path's records subclass records.NamedTuple."""
    assert one_file_lint["typed_records"] == []


def test_one_file_lint_without_a_query_reads_no_copied_tracking_list(one_file_lint):
    """rules/copied-tracking.txt (586 lines, 5 M instructions to read) is read for a link with a query only."""
    assert one_file_lint["tracking_lists_read"] == 0


def test_one_file_lint_compiles_no_pattern_a_run_before_it_compiled(one_file_lint):
    """The second run of the same lint rebuilds every pattern it uses from sre's code kept in the install's cache
    (lazyregex.cached): sre's parser and compiler are Python, and the placeholder pattern alone was 20 M of the
    one-file lint's 300 M instructions (session 49)."""
    assert one_file_lint["compiled_by_sre"] == []


# The modules a one-file lint loads in this probe (which itself imports json), utmlint's own and all of them, for the
# clean file and the one with findings (fixes, suggestions). Session 49: 197 in `python -X importtime -m utmlint lint
# --no-cache FILE` of the benchmark's file at session 48's end (the compiled regexes' cache added none), 189 once
# ruamel.yaml's __init__ waits for its first attribute (main, cyaml, loader, dumper, resolver, glob, fnmatch... never
# loaded; 198 and 200 in this probe before). A change that adds one updates this with why.
MODULES = {"clean": (71, 193), "findings": (73, 195)}


def test_one_file_lint_loads_no_more_modules_than_pinned(one_file_lint):
    own = [m for m in one_file_lint["modules"] if m == "utmlint" or m.startswith("utmlint.")]
    pinned_own, pinned_all = MODULES[one_file_lint["file"]]
    assert len(own) <= pinned_own, own
    if sys.version_info[:2] == (3, 11):  # the standard library's own imports differ between versions
        assert len(one_file_lint["modules"]) <= pinned_all, one_file_lint["modules"]
