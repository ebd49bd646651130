"""utmlint.schema (our own interpreter of schemas/*.schema.json, so `lint` never imports jsonschema) must
agree with jsonschema's Draft 2020-12 validator: the same documents valid, the same ones invalid, and the
errors at the same places.

Paths are compared as jsonschema gives them (`error.absolute_path`), except that our unknown-key errors
point at the key (`at_key`), one level below jsonschema's `additionalProperties` error on the mapping.
Documents are JSON values; YAML dates (`YamlDate`) are deliberately not strings to utmlint, which is where
the two are meant to differ (see test_yaml_dates_are_not_strings_to_utmlint).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Dict, List, Set, Tuple

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

jsonschema = pytest.importorskip("jsonschema")

from utmlint import document  # noqa: E402
from utmlint.schema import validate  # noqa: E402

# UTMLINT_PROPERTY_SCALE=20 multiplies every max_examples, for a deeper run than CI affords.
SCALE = int(os.environ.get("UTMLINT_PROPERTY_SCALE", "1"))

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ("campaign.schema.json", "config.schema.json")


def _schema(name: str) -> Dict[str, Any]:
    return json.loads((ROOT / "schemas" / name).read_text(encoding="utf-8"))


_VALIDATORS = {name: jsonschema.Draft202012Validator(_schema(name)) for name in SCHEMAS}


def _ours(instance: Any, name: str) -> Set[Tuple[Any, ...]]:
    return {tuple(e.path[:-1]) if e.at_key else tuple(e.path) for e in validate(instance, name)}


def _theirs(instance: Any, name: str) -> Set[Tuple[Any, ...]]:
    return {tuple(e.absolute_path) for e in _VALIDATORS[name].iter_errors(instance)}


def assert_agree(instance: Any, name: str) -> None:
    ours, theirs = _ours(instance, name), _theirs(instance, name)
    assert (not ours) == _VALIDATORS[name].is_valid(instance), (instance, ours, theirs)
    assert ours == theirs, (instance, ours, theirs)


# -- hand-made documents -------------------------------------------------------------------------------------

LINK = {"url": "https://example.com/a", "content": "hero"}
STEP = {"id": "step-1", "links": [LINK]}
FULL = {
    "campaign": "onboarding-series", "platform": "intercom", "source": "intercom", "medium": "email",
    "term": "t", "content": "c", "campaign_id": "id-1", "source_platform": "sp", "creative_format": "cf",
    "marketing_tactic": "mt", "type": "series", "name": "Onboarding", "description": "", "owner": "me",
    "channel": "email",
    "steps": [{"id": "s1", "name": "n", "description": "d", "channel": "in-app", "branch": "b", "segment": "s",
               "delay": "day 3", "source": "x", "medium": "y", "term": "z", "content": "c",
               "links": [{"url": "/settings", "label": "l", "content": "c", "source": "s", "medium": "m",
                          "term": "t", "track": False}]}],
    "links": [LINK],
}

CAMPAIGNS: List[Tuple[str, Any, bool]] = [
    ("minimal", {"campaign": "x"}, True),
    ("full", FULL, True),
    ("empty steps and links", {"campaign": "x", "steps": [], "links": []}, True),
    ("null document", None, False),
    ("list document", [{"campaign": "x"}], False),
    ("text document", "campaign: x", False),
    ("empty mapping", {}, False),
    ("missing campaign", {"source": "intercom"}, False),
    ("unknown key", {"campaign": "x", "soruce": "intercom"}, False),
    ("empty campaign", {"campaign": ""}, False),
    ("number campaign", {"campaign": 2024}, False),
    ("float campaign", {"campaign": 1.5}, False),
    ("bool campaign", {"campaign": True}, False),
    ("null campaign", {"campaign": None}, False),
    ("list campaign", {"campaign": ["x"]}, False),
    ("unknown type", {"campaign": "x", "type": "Series"}, False),
    ("number type", {"campaign": "x", "type": 1}, False),
    ("steps a mapping", {"campaign": "x", "steps": {"id": "s"}}, False),
    ("step not a mapping", {"campaign": "x", "steps": ["s"]}, False),
    ("step without id", {"campaign": "x", "steps": [{"links": []}]}, False),
    ("step unknown key", {"campaign": "x", "steps": [{"id": "s", "url": "https://e.com"}]}, False),
    ("link without url", {"campaign": "x", "links": [{"content": "c"}]}, False),
    ("link empty url", {"campaign": "x", "links": [{"url": ""}]}, False),
    ("link track text", {"campaign": "x", "links": [{"url": "u", "track": "false"}]}, False),
    ("link track 0", {"campaign": "x", "links": [{"url": "u", "track": 0}]}, False),
    ("deep error", {"campaign": "x", "steps": [STEP, {"id": "s2", "links": [LINK, {"url": 5}]}]}, False),
    ("empty name allowed", {"campaign": "x", "name": ""}, True),
    # platform and channel: open lists (known values for editors, any other text valid)
    ("known platform", {"campaign": "x", "platform": "intercom", "channel": "in-app"}, True),
    ("own platform and channel", {"campaign": "x", "platform": "acme", "channel": "carrier-pigeon"}, True),
    ("empty platform", {"campaign": "x", "platform": ""}, False),
    ("number platform", {"campaign": "x", "platform": 3}, False),
    ("list channel", {"campaign": "x", "steps": [{"id": "s", "channel": ["email"]}]}, False),
    ("many errors", {"source": 1, "medium": "", "steps": [{}, {"id": None}], "links": [{"url": "u", "x": 1}]}, False),
]

CONFIGS: List[Tuple[str, Any, bool]] = [
    ("empty", {}, True),
    ("full", {"extend": "../base.yaml", "include": ["**/*.yaml"], "exclude": ["bad/"], "extend-exclude": ["x"],
              "select": ["ALL"], "extend-select": ["UTM2"], "ignore": ["UTM201"],
              "severity": {"UTM201": "error", "value-case": "info"}, "per-file-ignores": {"a/*.yaml": ["UTM5"]},
              "fail-on": "error", "rules": {"UTM205": {"pattern": "x"}}, "platforms": ["profiles"],
              "in-product-hosts": ["app.example.com"], "separator": "_", "campaign-pattern": "[a-z]+",
              "sources": ["intercom"], "mediums": ["email"],
              "extend-sources": ["acme"], "extend-mediums": ["sms"], "cache-dir": ".c", "live": {"timeout": 5}}, True),
    # schema-valid; the engine refuses them (tests/test_faults.py)
    ("plugin names in select", {"select": ["os.system", "my_plugin:rules"]}, True),
    ("unknown key", {"plugins": ["os"]}, False),
    ("select a string", {"select": "ALL"}, False),
    ("select empty selector", {"select": [""]}, False),
    ("select a number", {"select": [201]}, False),
    ("bad severity", {"severity": {"UTM201": "fatal"}}, False),
    ("severity a list", {"severity": ["UTM201"]}, False),
    ("bad fail-on", {"fail-on": "never"}, False),
    ("rule options not a mapping", {"rules": {"UTM205": "x"}}, False),
    ("per-file-ignores a list", {"per-file-ignores": ["a"]}, False),
    ("bad separator", {"separator": "."}, False),
    ("live a list", {"live": []}, False),
    ("list document", [], False),
    ("null document", None, False),
]


@pytest.mark.parametrize("name, instance, valid", CAMPAIGNS, ids=[c[0] for c in CAMPAIGNS])
def test_campaign_documents(name, instance, valid):
    assert _VALIDATORS["campaign.schema.json"].is_valid(instance) is valid
    assert_agree(instance, "campaign.schema.json")


@pytest.mark.parametrize("name, instance, valid", CONFIGS, ids=[c[0] for c in CONFIGS])
def test_config_documents(name, instance, valid):
    assert _VALIDATORS["config.schema.json"].is_valid(instance) is valid
    assert_agree(instance, "config.schema.json")


def _yaml_files() -> List[Path]:
    files = sorted((ROOT / "examples").rglob("*.y*ml"))
    return [p for p in files if ".github" not in p.parts and "workflows" not in p.parts]


def test_example_campaign_files():
    """Every example campaign file, loaded the way `lint` loads it, is judged alike (dates excepted)."""
    checked = 0
    for path in _yaml_files():
        doc = document.load(str(path), path.read_bytes())
        if doc.problems or doc.data is None or _has_yaml_only_types(doc.data):
            continue
        name = "config.schema.json" if path.name.startswith(".utmlint") else "campaign.schema.json"
        assert_agree(doc.data, name)
        checked += 1
    assert checked >= 5


def _has_yaml_only_types(value: Any) -> bool:
    if isinstance(value, dict):
        return any(_has_yaml_only_types(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_yaml_only_types(v) for v in value)
    return isinstance(value, str) and type(value) is not str or isinstance(value, document.LongNumber)


def test_yaml_dates_are_not_strings_to_utmlint():
    """The one intended difference: YAML reads `2024-06-01` as a date, so utmlint says "put it in quotes"."""
    doc = document.load("c.yaml", b"campaign: 2024-06-01\n")
    assert _VALIDATORS["campaign.schema.json"].is_valid(doc.data)  # jsonschema sees a str subclass
    assert [e.path for e in validate(doc.data, "campaign.schema.json")] == [("campaign",)]


# -- generated documents: valid ones from the schema, then broken in every way the schema can tell --------

def _containers(inner):
    return st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=4), inner, max_size=3))


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 3) | st.floats(allow_nan=False, width=32) | st.text(max_size=4),
    _containers, max_leaves=6,
)


def _deref(schema: Dict[str, Any], node: Dict[str, Any]) -> Dict[str, Any]:
    merged = dict(node)
    while "$ref" in merged:
        target: Any = schema
        for part in merged.pop("$ref").lstrip("#/").split("/"):
            target = target[part]
        merged = {**target, **merged}
    return merged


@st.composite
def documents(draw, schema: Dict[str, Any], node: Dict[str, Any] = None, depth: int = 0) -> Any:
    """Mostly valid for `node`, with a small chance at each level of a wrong type, a missing required key,
    an unknown key, an empty string or a near-miss enum value."""
    node = _deref(schema, schema if node is None else node)
    if draw(st.integers(0, 12)) == 0:
        return draw(_JSON)  # anything at all, usually the wrong type
    if "enum" in node:
        words = [v for v in node["enum"] if isinstance(v, str)]
        near = [v.upper() for v in words] + [v + " " for v in words]
        return draw(st.sampled_from(node["enum"]) if draw(st.integers(0, 5)) else st.sampled_from(near + ["", None, 1]))
    kind = node.get("type")
    if kind == "string":
        return draw(st.text(min_size=node.get("minLength", 0) if draw(st.integers(0, 6)) else 0, max_size=6))
    if kind == "boolean":
        return draw(st.booleans())
    if kind == "array":
        items = node.get("items")
        count = draw(st.integers(0, 3 if depth < 3 else 0))
        return [draw(documents(schema, items, depth + 1)) if items else draw(_JSON) for _ in range(count)]
    if kind == "object":
        properties = node.get("properties", {})
        required = node.get("required", [])
        value: Dict[str, Any] = {}
        for key in properties:
            wanted = key in required and draw(st.integers(0, 8)) != 0
            if wanted or draw(st.integers(0, 3)) == 0:
                value[key] = draw(documents(schema, properties[key], depth + 1))
        extra = node.get("additionalProperties", True)
        if isinstance(extra, dict):
            for key in draw(st.lists(st.text(max_size=6), max_size=2)):
                value[key] = draw(documents(schema, extra, depth + 1))
        if draw(st.integers(0, 8)) == 0:
            value[draw(st.sampled_from(["soruce", "utm_source", "Campaign", "steps ", "", "url"]))] = draw(_JSON)
        return value
    return draw(_JSON)


_CAMPAIGN = _schema("campaign.schema.json")
_CONFIG = _schema("config.schema.json")


@settings(max_examples=400 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instance=documents(_CAMPAIGN))
@example(instance={"campaign": "x", "steps": [{"id": "s", "links": [{"url": "u", "track": 1}]}]})
@example(instance={"campaign": "x", "type": True})
def test_generated_campaign_documents(instance):
    assert_agree(instance, "campaign.schema.json")


@settings(max_examples=300 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instance=documents(_CONFIG))
@example(instance={"severity": {"UTM201": True}})
@example(instance={"rules": {"UTM205": []}})
def test_generated_config_documents(instance):
    assert_agree(instance, "config.schema.json")


@settings(max_examples=200 * SCALE, deadline=None)
@given(instance=_JSON)
def test_arbitrary_json_values(instance):
    for name in SCHEMAS:
        assert_agree(instance, name)
