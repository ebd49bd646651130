"""`utmlint schema`: the shipped schemas, their installed location, and the platform/channel lists
generated from rules/platforms/ (scripts/generate_schema.py; this test fails when they drift)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from utmlint.platforms import load_platforms

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "scripts" / "generate_schema.py"


def _generator():
    spec = importlib.util.spec_from_file_location("generate_schema", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["campaign", "config"])
def test_schema_prints_the_shipped_file(run, name):
    result = run("schema", name)
    assert result.code == 0
    assert result.out == (ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")
    assert json.loads(result.out)["$schema"].endswith("2020-12/schema")


def test_schema_defaults_to_campaign_and_path_points_at_it(run):
    assert run("schema").out == run("schema", "campaign").out
    path = Path(run("schema", "--path").out.strip())
    assert path.is_file() and path.read_text(encoding="utf-8") == run("schema").out
    assert run("schema", "config", "--url").out.strip() == json.loads(run("schema", "config").out)["$id"]


def test_shipped_schema_matches_the_profiles():
    done = subprocess.run([sys.executable, str(GENERATOR), "--check"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_the_drift_check_sees_a_changed_profile():
    generator = _generator()
    schema = json.loads((ROOT / "schemas" / "campaign.schema.json").read_text(encoding="utf-8"))
    platforms = dict(load_platforms())
    assert generator.render(generator.generated(schema, platforms)) == generator.render(schema)
    intercom = platforms.pop("intercom")
    platforms["intercom-2"] = intercom._replace(name="intercom-2")
    assert generator.render(generator.generated(schema, platforms)) != generator.render(schema)


def test_platform_and_channel_lists_come_from_every_profile_with_descriptions():
    schema = json.loads((ROOT / "schemas" / "campaign.schema.json").read_text(encoding="utf-8"))
    platforms = load_platforms()
    known = schema["$defs"]["platform"]["anyOf"][0]
    assert known["enum"] == sorted(platforms)
    assert len(known["enumDescriptions"]) == len(known["enum"])
    intercom = known["enumDescriptions"][known["enum"].index("intercom")]
    assert intercom.startswith("Intercom: utm_source `intercom`")
    channels = schema["$defs"]["channel"]["anyOf"][0]
    every = {c for p in platforms.values() for c in p.channels}
    assert every <= set(channels["enum"]) and len(channels["enumDescriptions"]) == len(channels["enum"])
    search = channels["enumDescriptions"][channels["enum"].index("search")]
    assert "Google Ads `cpc` (GA4 Paid Search, paid)" in search


def test_open_lists_keep_a_teams_own_platform_valid(project, run):
    """The lists help editors complete; they must never fail a correct file (a team's own profile)."""
    root = project({
        ".utmlint.yaml": "platforms: [profiles]\n",
        "profiles/acme.yaml": ("name: acme-mailer\ndisplay_name: Acme Mailer\nsource: acme\ndefault_medium: email\n"
                               "default_channel: letter\nchannels:\n  letter:\n    mediums: [email]\n"
                               "    tracking: required\n    ga4_channel: Email\n"),
        "c.yaml": ("campaign: spring-sale\nplatform: acme-mailer\nchannel: letter\nlinks:\n"
                   "  - url: https://example.com/\n    content: hero\n"),
    })
    result = run("lint", "--no-cache", "--format", "json", "c.yaml", cwd=root)
    assert result.code == 0, result.out + result.err
    wrong = project({"d.yaml": "campaign: x\nsource: s\nmedium: email\nplatform: ''\nchannel: [email]\n"})
    found = run("lint", "--no-cache", "--format", "json", "d.yaml", cwd=wrong).findings
    messages = {(f["line"], f["message"]) for f in found if f["code"] == "UTM002"}
    assert (4, "`platform` is empty; give it a value or remove the key") in messages
    assert any(line == 5 and "`channel` must be text" in m for line, m in messages), messages


def test_every_live_option_is_described_in_the_config_schema():
    from utmlint.live.options import CONFIG_KEYS

    live = json.loads((ROOT / "schemas" / "config.schema.json").read_text(encoding="utf-8"))["properties"]["live"]
    keys = set(live["properties"])
    for key in keys:
        assert live["properties"][key].get("description"), key
    assert keys == {k.replace("_", "-") for k in CONFIG_KEYS} | {"allow-private"}
