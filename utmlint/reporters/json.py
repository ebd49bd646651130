"""A JSON list of diagnostics with fixed keys, for scripts.

Written a finding at a time (`chunks`): the text is exactly `json.dumps(list, indent=2)`'s, without the
whole list of dicts and the encoder's millions of pieces in memory at once (88,217 findings: 300 MB)."""

from __future__ import annotations

import json
from typing import Iterator, Sequence

from ..diagnostics import Diagnostic

_string = json.encoder.encode_basestring  # json.dumps's own (C) quoting of a string, with ensure_ascii=False


def pretty(value, indent: str = "") -> str:
    """`value` exactly as `json.dumps(value, indent=2, ensure_ascii=False)` writes it, `indent` before each
    of its lines but the first. json's indenting encoder is pure Python and walks generators: this is the
    same text in a fraction of the time, for the dicts, lists, strings, integers, booleans and None a
    report holds (anything else goes to json.dumps)."""
    if isinstance(value, str):
        return _string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return int.__repr__(value)
    inner = indent + "  "
    if type(value) is dict and all(type(key) is str for key in value):
        if not value:
            return "{}"
        return "{\n" + ",\n".join(f"{inner}{_string(key)}: {pretty(item, inner)}" for key, item in value.items()) \
            + "\n" + indent + "}"
    if type(value) in (list, tuple):
        if not value:
            return "[]"
        return "[\n" + ",\n".join(inner + pretty(item, inner) for item in value) + "\n" + indent + "]"
    # a newline inside a JSON string is written as `\n`: every raw one is the layout's
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + indent)


def items(values, indent: str) -> Iterator[str]:
    """The items of a JSON array, each as `json.dumps(value, indent=2)` writes it at `indent`, with the
    separators between them: what json.dumps gives for the whole array between its brackets."""
    first = True
    for value in values:
        yield ("\n" if first else ",\n") + indent + pretty(value, indent)
        first = False


def chunks(diagnostics: Sequence[Diagnostic], summary) -> Iterator[str]:
    if not diagnostics:
        yield "[]\n"
        return
    yield "["
    yield from items((d.to_json() for d in diagnostics), "  ")
    yield "\n]\n"


def render(diagnostics: Sequence[Diagnostic], summary) -> str:
    return "".join(chunks(diagnostics, summary))
