"""Without ruamel.yaml.clib (PyPy, a platform without the wheel) utmlint composes over ruamel's pure-Python parser's
events (document._pure_events, document._event_composer); every finding must be where the C composer puts it.

Found by review, running `utmlint lint examples/bad --format json` with the C extension hidden: a plain scalar's
style came back as None instead of libyaml's "", which read as "quoted", so each finding inside a URL (12 of 48)
fell back to the value's first column and its fix wrote the URL back in double quotes; and an empty value
(`medium:`) was placed at the next key, a line below. The composer now gives libyaml's style and marks.

The command line is run twice as a user runs it (a subprocess), once with `_ruamel_yaml` made unimportable, and every
finding compared: location, rule, fix; messages too, except a YAML syntax error's, which is each parser's own
wording (its location must still agree).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from utmlint import document

REPO = Path(__file__).resolve().parent.parent
_ruamel_yaml = pytest.importorskip("_ruamel_yaml")  # the comparison needs the C composer too

# `python -c` with the C extension hidden, as where it is not installed; fails (exit 97) if the run did not use the
# pure-Python parser after all, so the comparison cannot pass by comparing the C composer with itself.
PURE = ("import sys; sys.modules['_ruamel_yaml'] = None\n"
        "from utmlint.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "sys.exit(code if 'ruamel.yaml.parser' in sys.modules else 97)\n")

EMPTY_VALUES = """\
campaign: spring-sale
source: intercom
medium:   # fill in
links:
  - url: https://example.com/sale?gclid=x&utm_source=a
    content:
  - url:
    content: b
  - {url: "https://example.com/?utm_medium=x#utm_source=y", content: }
"""


def _run(pure: bool, args, cwd):
    argv = [sys.executable, "-c", PURE] if pure else [sys.executable, "-m", "utmlint"]
    done = subprocess.run(argv + list(args), cwd=cwd, capture_output=True, text=True, timeout=300)
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr
    return json.loads(done.stdout), done.stderr


def _where(findings):
    return [(f["path"], f["line"], f["column"], f["end_line"], f["end_column"], f["code"], f["fix"],
             None if f["code"] == "UTM001" else f["message"]) for f in findings]


@pytest.mark.parametrize("args", [
    ["lint", "examples/bad"], ["lint", "examples/import/campaigns"], ["lint", "tests/hostile/corpus"],
    ["scan", "examples/scan"],
], ids=lambda args: " ".join(args))
def test_every_finding_is_where_the_c_composer_puts_it(args):
    argv = [*args, "--no-cache", "--format", "json"]
    with_c, notes = _run(False, argv, REPO)
    pure, pure_notes = _run(True, argv, REPO)
    assert with_c, "the files must give findings to compare"
    assert _where(pure) == _where(with_c)
    assert pure_notes == notes


def test_empty_values_and_urls_in_a_file_of_ones_own(tmp_path):
    (tmp_path / "c.yaml").write_text(EMPTY_VALUES, encoding="utf-8")
    with_c, _ = _run(False, ["lint", "--no-cache", "--format", "json", "c.yaml"], tmp_path)
    pure, _ = _run(True, ["lint", "--no-cache", "--format", "json", "c.yaml"], tmp_path)
    assert _where(pure) == _where(with_c)
    empty = [(f["line"], f["column"]) for f in with_c if "is empty" in f["message"]]
    assert empty == [(3, 8), (6, 13), (7, 9), (9, 70)]  # just after each `:` (in flow style: at the `}`)


def _pure(text):
    return document._pure_composer()(text)


def _tree(node, seen):
    """A node as plain data; a node met again (through an alias) is named by when it was first met."""
    if node is None:
        return None
    if id(node) in seen:
        return ("again", seen[id(node)])
    seen[id(node)] = len(seen)
    value = node.value
    if node.id == "sequence":
        value = [_tree(item, seen) for item in value]
    elif node.id == "mapping":
        value = [(_tree(key, seen), _tree(item, seen)) for key, item in value]
    marks = [(m.index, m.line, m.column) for m in (node.start_mark, node.end_mark)]
    return (node.id, node.tag, value, marks, node.style)


def _composed(compose, text):
    try:
        return _tree(compose(text), {})
    except document._TooDeep as deep:
        return ("too deep", deep.index)
    except Exception:  # both refuse it; the wording is each parser's own
        return ("refused",)


@pytest.mark.parametrize("text", [
    "a:\nb: 1\n", "a:   # c\nb: 1\n", "a:", "a:  ", "a:\n  # c\nb: 1\n", "x:\n  a:  #c\nb: 1\n", "x:\n  - a:\n  - b\n",
    "{a: }\n", "{a: , b: 1}\n", "[a: ]\n", "? a\n: \n", "? a # c\n:\n", "? a\n? b\n", "a :\nb: 1\n", '"a":\nb: 1\n',
    "a:\n\n\nb: 1\n", "a:\r\nb: 1\r\n", "\u00e9:\nb: 1\n", "a: [b, {c: }]\n", "&k a: 1\n*k :\n", "a: 'x'\nb: plain\n",
    "- \n- 1\n", "a: !t\n", "a: &x\nb: *x\n",
])
def test_the_pure_composer_gives_the_c_composers_nodes(text):
    assert _composed(_pure, text) == _composed(document._composer(), text)


def test_every_yaml_file_of_the_repo_composes_alike():
    count = 0
    for root in ("examples", "rules", "schemas", "tests/hostile", "tests/golden", "tests/users"):
        for path in sorted((REPO / root).rglob("*.y*ml")):
            text = path.read_text(encoding="utf-8", errors="replace")
            text = text[1:] if text.startswith("\ufeff") else text  # as document.decode drops it
            assert _composed(_pure, text) == _composed(document._composer(), text), path
            count += 1
    assert count > 100
