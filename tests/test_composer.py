"""The composer: libyaml's own (in C) gives exactly the nodes, marks, tags and errors that our event composer
gives over the same parser's events (what utmlint used before; still its composer without ruamel.yaml.clib).

Compared on every YAML file of the repository (examples, rules, test data, the hostile corpus), on texts
broken at deterministic random points, on edge cases (tags, anchors, deep nesting, several documents), and
on texts hypothesis makes from YAML's punctuation.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from utmlint import document

_ruamel_yaml = pytest.importorskip("_ruamel_yaml")  # the C composer exists only with ruamel.yaml.clib

REPO = Path(__file__).resolve().parent.parent


def _c_events(text: str):
    parser = _ruamel_yaml.CParser(text)
    return parser.get_event, parser.dispose


C_COMPOSE = document._composer()
EVENT_COMPOSE = document._event_composer(_c_events)


def _mark(mark):
    return None if mark is None else (mark.index, mark.line, mark.column)


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
    return (type(node).__name__, node.id, node.tag, value, _mark(node.start_mark), _mark(node.end_mark), node.style)


def _composed(compose, text: str):
    try:
        return _tree(compose(text), {})
    except document._TooDeep as deep:
        return ("too deep", deep.index)
    except Exception as error:  # the same error, with the same message and marks
        return ("raised", type(error).__name__, str(error))


def _same(text: str) -> None:
    assert _composed(C_COMPOSE, text) == _composed(EVENT_COMPOSE, text), text[:300]


def _repo_texts():
    roots = [REPO / "examples", REPO / "rules", REPO / "tests", REPO / "schemas"]
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file() and (path.suffix in (".yaml", ".yml") or "hostile" in path.parts) \
                    and path.stat().st_size <= document.MAX_FILE_BYTES:
                try:
                    yield path, path.read_text(encoding="utf-8")
                except (UnicodeDecodeError, OSError):
                    continue


EDGE_CASES = [
    "", "---\n", "...\n", "--- a\n--- b\n", "a: 1\n...\n---\nb: 2\n", "%YAML 1.1\n---\na: 1\n",
    "%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n", "a: &x 1\nb: &x 2\n", "a: *nope\n", "a: &x [*x]\n",
    "- &a [1]\n- *a\n- *a\n", "<<: {a: 1}\nb: 2\n", "! 4\n", "!!str 4\n", "!foo {a: 1}\n", "!!map [1]\n", "! [a]\n",
    "a: !!python/object:os.system 1\n", "? [a]\n: b\n", "a: 'x\n", 'a: "\\xZZ"\n', "a:\n\tb: 1\n", "\ufeffa: 1\n",
    "a\u2028b: 1\nc: 2\n", "a: 1\r\nb: 2\r\n", "a: |\n  x\n  y\nb: >-\n  z\n", "a: ~\nb: null\nc: 0x1F\nd: .inf\n",
    "a: 2024-06-01\nb: <<\n", "[" * 70 + "]" * 70, "{a: " * 70 + "}" * 70, "x: [" * 63 + "]" * 63,
    "x: [" * 64 + "]" * 64, "x: [" * 65 + "]" * 65, "a:\n" + "".join("  " * i + "- \n" for i in range(80)),
    "[" * 100 + "a: *x", "- [" * 70 + "\n",
]


@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases(text):
    _same(text)


def test_every_yaml_file_of_the_repo_and_broken_copies():
    rnd = random.Random(19)
    pieces = ["[", "{", "&a ", "*a", "!", "- ", ": ", "'", '"', "\n  ", "---\n", "? ", "#", "|\n", "\t", "]", "}"]
    count = 0
    for _, text in _repo_texts():
        variants = [text]
        for _ in range(3 if text else 0):
            at = rnd.randrange(len(text) + 1)
            variants += [text[:at], text[:at] + rnd.choice(pieces) + text[at:], text[:at] + text[at + rnd.randrange(1, 20):]]
        for variant in variants:
            _same(variant)
            count += 1
    assert count > 1000  # the repository's YAML files were found


_TOKENS = st.sampled_from(["a", "b: ", "1", "- ", "? ", ": ", "[", "]", "{", "}", ", ", "&x ", "*x", "!", "!!str ",
                           "!t ", "'q'", '"d"', "|\n", ">\n", "\n", "\n  ", "\n    ", "#c", "---\n", "...\n", "<<: ",
                           "~", "0x1", "2024-01-01", "true", ".5"])


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TOKENS, max_size=40).map("".join))
def test_texts_made_of_yaml_punctuation(text):
    _same(text)


@pytest.mark.parametrize("compose", [C_COMPOSE, EVENT_COMPOSE], ids=["C", "events"])
def test_nesting_is_refused_one_level_past_the_limit(compose):
    limit = document.MAX_DEPTH
    assert compose("[" * limit + "]" * limit) is not None
    with pytest.raises(document._TooDeep) as deep:
        compose("a:\n  b: " + "[" * limit + "]" * limit)  # two mappings, then each `[` one level more
    assert deep.value.index == len("a:\n  b: ") + limit - 2  # at the first collection past the limit
    assert compose("[" * limit + "]" * limit) is not None  # a refused text leaves no count behind


def test_two_threads_composing_at_once_get_only_our_nodes():
    """Found by review: the C composer's node classes are swapped for ours during a parse, so two threads parsing at
    once got ruamel's own nodes in our trees and shared the depth count. Parses take turns (document._COMPOSING)."""
    import threading

    from utmlint import document

    text = "campaign: x\nlinks:\n" + "".join(f"  - url: https://example.com/{i}\n    content: c{i}\n" for i in range(200))
    compose = document._composer()
    bad: list = []

    def work():
        for _ in range(30):
            stack = [compose(text)]
            while stack:
                node = stack.pop()
                if not isinstance(node, document._Node):
                    bad.append(type(node))
                    return
                if node.id == "mapping":
                    stack.extend(n for pair in node.value for n in pair)
                elif node.id == "sequence":
                    stack.extend(node.value)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert bad == []
