"""Validate loaded YAML against a JSON Schema in `schemas/`, with messages for people, not parsers.

The schema file is the single source of truth. This module interprets the handful of keywords our
schemas use, so the lint path never pays jsonschema's import (about 0.1 s a run); a test proves it
agrees with jsonschema on valid and invalid documents, and loading a schema that uses any other
keyword fails loudly.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any, Callable, Dict, List, Optional, Tuple

from .records import NamedTuple
from .resources import schemas_dir

SUPPORTED = {
    "$schema", "$id", "$ref", "$defs", "title", "description", "default", "examples",
    "type", "properties", "additionalProperties", "required", "items", "enum", "minLength", "minimum",
    # An open list of known values (platform, channel): completion in editors, any other value still valid.
    "anyOf", "enumDescriptions", "markdownEnumDescriptions",
}
_VALIDATING = frozenset({"$ref", "type", "properties", "additionalProperties", "required", "items", "enum", "minLength",
                         "minimum", "anyOf"})  # the keywords that can make a value invalid
_TYPE_NAMES = {"string": "text", "integer": "a whole number", "number": "a number", "boolean": "true or false",
               "object": "a mapping (key: value lines)", "array": "a list (`- ` items)", "null": "empty"}


class SchemaError(NamedTuple):
    path: Tuple[Any, ...]
    message: str
    at_key: bool = False  # point at the key rather than the value (unknown keys)
    suggestion: Optional[str] = None  # the known key an unknown one looks like a typo of


class SchemaUnsupported(Exception):
    pass


@lru_cache(maxsize=None)
def load_schema(name: str) -> Dict[str, Any]:
    with open(schemas_dir() / name, encoding="utf-8") as handle:
        schema = json.load(handle)
    _check_keywords(schema, name)
    return schema


def _check_keywords(node: Any, name: str) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key not in SUPPORTED:
                raise SchemaUnsupported(f"{name}: keyword {key!r} is not supported by utmlint.schema")
            if key in ("properties", "$defs"):
                for sub in value.values():
                    _check_keywords(sub, name)
            elif key in ("items", "additionalProperties") and isinstance(value, dict):
                _check_keywords(value, name)
            elif key == "anyOf":
                for sub in value:
                    _check_keywords(sub, name)


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if type(value) is str:  # YamlDate is a str subclass but not a string to the schema
        return "string"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return "date"


def _type_ok(value: Any, expected: str) -> bool:
    actual = json_type(value)
    if actual == "number" and expected == "integer":  # JSON Schema: 2.0 is an integer
        return value.is_integer()
    return actual == expected or (expected == "number" and actual == "integer")


MAX_SUGGESTIONS = 200  # "did you mean" for at most this many findings of one file


def validate(instance: Any, schema_name: str, root: str = "a campaign file") -> List[SchemaError]:
    """Problems of `instance`; `root` names the whole document in messages (`unknown key ... in the config`)."""
    errors: List[SchemaError] = []
    _compiled(schema_name, root)(instance, (), errors)
    return errors


def validate_value(instance: Any, schema: Dict[str, Any], path: Tuple[Any, ...] = ()) -> List[SchemaError]:
    """Validate against a schema given as data (a rule's option declaration), with the same interpreter and
    messages as the schema files; `path` names where the value sits, for the messages."""
    _check_keywords(schema, "rule options")
    errors: List[SchemaError] = []
    _compile(schema)(instance, tuple(path), errors)
    return errors


def _describe(path: Tuple[Any, ...]) -> str:
    keys = [p for p in path if isinstance(p, str)]
    return f"`{keys[-1]}`" if keys else "the file"


Check = Callable[[Any, Tuple[Any, ...], List[SchemaError]], None]


@lru_cache(maxsize=None)
def _compiled(schema_name: str, root_name: str = "a campaign file") -> Check:
    """The schema turned once into nested closures: validating a file then costs a call per value."""
    return _compile(load_schema(schema_name), root_name)


def _compile(root: Dict[str, Any], root_name: str = "a campaign file") -> Check:
    refs: Dict[str, Check] = {}

    def ref(pointer: str) -> Check:
        if pointer not in refs:
            target = root
            for part in pointer.lstrip("#/").split("/"):
                target = target[part]
            refs[pointer] = lambda value, path, errors: compiled_target(value, path, errors)
            compiled_target = compile_node(target)
            refs[pointer] = compiled_target
        return refs[pointer]

    def compile_node(node: Dict[str, Any]) -> Check:
        checks: List[Check] = []
        if "$ref" in node:
            checks.append(ref(node["$ref"]))
        enum = node.get("enum")
        expected = node.get("type")
        min_length = node.get("minLength", 0)
        minimum = node.get("minimum")
        properties = {key: compile_node(sub) for key, sub in node.get("properties", {}).items()}
        names = list(node.get("properties", {}))
        required = node.get("required", ())
        extra = node.get("additionalProperties", True)
        extra_check = compile_node(extra) if isinstance(extra, dict) else None
        items = compile_node(node["items"]) if "items" in node else None
        alternatives = [compile_node(sub) for sub in node.get("anyOf", ())]

        # The properties whose check is string_check without an enum (a campaign's values): a text long enough
        # needs no call and no path, so members concludes for it at once (most values of a file are these).
        text_least = {key: sub.min_length for key, sub in properties.items()
                      if getattr(sub, "min_length", None) is not None and sub.enum is None}

        def members(value: Dict[Any, Any], path: Tuple[Any, ...], errors: List[SchemaError]) -> None:
            """A mapping's required keys and each of its values."""
            for key in required:
                if key not in value:
                    errors.append(SchemaError(path, f"{_what(path, root_name)} needs `{key}`"))
            for key, item in value.items():
                least = text_least.get(key)
                if least is not None and type(item) is str and len(item) >= least:
                    continue  # what string_check concludes: nothing to say
                sub = properties.get(key)
                if sub is not None:
                    sub(item, path + (key,), errors)
                elif extra is False:
                    # Looking for a close key costs a millisecond (difflib); a file of 100,000 unknown keys
                    # is not a typo, so past the first few hundred findings the hint lists the keys instead.
                    close = close_key(key, names) if len(errors) < MAX_SUGGESTIONS else None
                    errors.append(SchemaError(path + (key,), _unknown_key(key, names, path, close, root_name), at_key=True,
                                              suggestion=close))
                elif extra_check is not None:
                    extra_check(item, path + (key,), errors)

        def check(value: Any, path: Tuple[Any, ...], errors: List[SchemaError]) -> None:
            for sub in checks:
                sub(value, path, errors)
            if alternatives:
                for alternative in alternatives:
                    trial: List[SchemaError] = []
                    alternative(value, path, trial)
                    if not trial:
                        break
                else:  # one finding, at the value (as jsonschema reports it), in the words of the last, widest one
                    errors.append(SchemaError(path, trial[0].message))
                    return
            if enum is not None and value not in enum:
                choices = ", ".join(str(c) for c in enum)
                errors.append(SchemaError(path, f"{_describe(path)} must be one of {choices}; got `{value}`"))
                return
            if expected is not None and not _type_ok(value, expected):
                errors.append(SchemaError(path, _type_message(value, expected, path)))
                return
            if min_length and type(value) is str and len(value) < min_length:
                errors.append(SchemaError(path, f"{_describe(path)} is empty; give it a value or remove the key"))
            if minimum is not None and json_type(value) in ("integer", "number") and value < minimum:
                errors.append(SchemaError(path, f"{_describe(path)} must be at least {minimum}"))
            if isinstance(value, dict):
                members(value, path, errors)
            elif items is not None and isinstance(value, list):
                for index, item in enumerate(value):
                    items(item, path + (index,), errors)

        # Most values of a file are short strings under a `$ref`: give them a check that concludes what `check`
        # would (no error) in one test, and falls back to `check` for anything else, so its messages stay the same.
        used = _VALIDATING.intersection(node)
        if used == {"$ref"}:
            return checks[0]  # this node adds nothing to the schema it refers to
        if expected == "string" and used <= {"type", "minLength", "enum"}:
            def string_check(value: Any, path: Tuple[Any, ...], errors: List[SchemaError]) -> None:
                if type(value) is not str or len(value) < min_length or (enum is not None and value not in enum):
                    check(value, path, errors)

            string_check.min_length, string_check.enum = min_length, enum  # for members' shortcut
            return string_check
        if expected == "object" and used <= {"type", "properties", "required", "additionalProperties"}:
            def object_check(value: Any, path: Tuple[Any, ...], errors: List[SchemaError]) -> None:
                if type(value) is dict:  # what `check` does with a dict under this node: its members
                    members(value, path, errors)
                else:
                    check(value, path, errors)

            return object_check
        return check

    return compile_node(root)


def _what(path: Tuple[Any, ...], root_name: str = "a campaign file") -> str:
    if not path:
        return root_name
    if isinstance(path[-1], int) and len(path) >= 2:
        return {"steps": "a step", "links": "a link"}.get(path[-2], f"an item of `{path[-2]}`")
    return f"`{path[-1]}`"


def close_key(key: Any, properties: List[str]) -> Optional[str]:
    """The known key `key` most looks like a misspelling of, if any (in capitals too: `CAMPAIGN` is `campaign`)."""
    folded = {str(p).casefold(): p for p in properties}
    if str(key).casefold() in folded:
        return folded[str(key).casefold()]
    import difflib

    close = difflib.get_close_matches(str(key), list(properties), n=1, cutoff=0.6)
    return close[0] if close else None


def _unknown_key(key: Any, properties: List[str], path, close: Optional[str],
                 root_name: str = "a campaign file") -> str:
    hint = f"; did you mean `{close}`?" if close else f"; allowed here: {', '.join(properties)}"
    return f"unknown key `{key}` in {_what(path, root_name)}{hint}"


def _type_message(value: Any, expected: str, path) -> str:
    actual = json_type(value)
    want = _TYPE_NAMES.get(expected, expected)
    if expected == "string" and actual in ("integer", "number", "boolean", "date", "null"):
        read_as = {"integer": "a number", "number": "a number", "boolean": "true/false", "date": "a date", "null": "empty"}[actual]
        if actual == "null":
            return f"{_describe(path)} is empty; give it a value or remove the key"
        return f"{_describe(path)} must be text, but YAML reads `{value}` as {read_as}: put it in quotes"
    return f"{_describe(path)} must be {want}, not {_TYPE_NAMES.get(actual, actual)}"
