#!/usr/bin/env python3
"""Write the known `platform` and `channel` values into schemas/campaign.schema.json, from rules/platforms/.

The profiles are the one source of truth; the schema only lists them so that editors (yaml-language-server)
complete and explain `platform:` and `channel:`. Both lists are open (`anyOf`: a known value, or any
non-empty text): a team's own profiles (`platforms:` in .utmlint.yaml) and channels stay valid, and
`platform-unknown` (UTM104) is the rule that judges a platform name, against every profile the config loads.

    python scripts/generate_schema.py          # rewrite the schema file
    python scripts/generate_schema.py --check  # exit 1 when the file and the profiles disagree (a test runs this)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Dict, List, Mapping

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schemas" / "campaign.schema.json"
sys.path.insert(0, str(ROOT))

from utmlint.platforms import IN_PRODUCT_CHANNELS, load_platforms  # noqa: E402


def _mediums(mediums) -> str:
    return " or ".join(f"`{m}`" for m in mediums) if mediums else "no utm tracking"


def _preferred(channel) -> str:
    """`push` (GA4 Mobile Push Notifications), also `email`: the GA4 channel a profile documents is its first medium's."""
    if not channel.mediums:
        return "no utm tracking"
    first, *others = channel.mediums
    text = f"`{first}`"
    if channel.ga4_channel:
        text += f" (GA4 {channel.ga4_channel}{', paid' if channel.paid else ''})"
    return text + (f", also {_mediums(others)}" if others else "")


def platform_def(platforms: Mapping[str, Any]) -> Dict[str, Any]:
    names = sorted(platforms)
    descriptions = []
    for name in names:
        p = platforms[name]
        channels = ", ".join(f"{c.name} ({_mediums(c.mediums)})" for c in p.channels.values())
        text = (f"{p.display_name}: utm_source `{p.source}`, default medium `{p.default_medium}`. "
                f"Message channels: {channels}.")
        if p.description:
            text += " " + " ".join(p.description.split())
        descriptions.append(text)
    return {
        "description": "A platform profile (`utmlint platforms` lists them; your own come from `platforms:` in "
                       ".utmlint.yaml): supplies the default source and medium and the conventions rules check.",
        "anyOf": [
            {"enum": names, "enumDescriptions": descriptions},
            {"$ref": "#/$defs/value"},
        ],
    }


def channel_def(platforms: Mapping[str, Any]) -> Dict[str, Any]:
    by_channel: Dict[str, List[str]] = {}
    in_product: Dict[str, List[str]] = {}  # channels only some profiles show inside the product (Intercom's post)
    for name in sorted(platforms):
        p = platforms[name]
        for channel in p.channels.values():
            by_channel.setdefault(channel.name, []).append(f"{p.display_name} {_preferred(channel)}")
            if channel.in_product and channel.name not in IN_PRODUCT_CHANNELS:
                in_product.setdefault(channel.name, []).append(p.display_name)
    names = sorted(set(by_channel) | set(IN_PRODUCT_CHANNELS) | {"email"})
    descriptions = []
    for name in names:
        parts = []
        if name in IN_PRODUCT_CHANNELS:
            parts.append("Shown inside the product: a link to one of `in-product-hosts` needs no tracking.")
        elif name in in_product:
            parts.append(f"Shown inside the product by {', '.join(in_product[name])}: a link to one of "
                         "`in-product-hosts` needs no tracking there.")
        if name in by_channel:
            parts.append("utm_medium by platform: " + "; ".join(by_channel[name]) + ".")
        descriptions.append(" ".join(parts))
    return {
        "description": "The message channel its links are sent in (default: the platform's, else email); "
                       "with `platform:` it picks the medium (`utmlint platform NAME` lists them).",
        "anyOf": [
            {"enum": names, "enumDescriptions": descriptions},
            {"$ref": "#/$defs/value"},
        ],
    }


def generated(schema: Dict[str, Any], platforms: Mapping[str, Any]) -> Dict[str, Any]:
    """`schema` with its platform and channel definitions made from `platforms` (the rest unchanged)."""
    out = json.loads(json.dumps(schema))
    out["$defs"]["platform"] = platform_def(platforms)
    out["$defs"]["channel"] = channel_def(platforms)
    platform = out["properties"]["platform"]
    platform.pop("description", None)
    platform["$ref"] = "#/$defs/platform"
    return out


def render(schema: Dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def main(argv: List[str]) -> int:
    current = SCHEMA.read_text(encoding="utf-8")
    wanted = render(generated(json.loads(current), load_platforms()))
    if "--check" in argv:
        if current != wanted:
            print(f"{SCHEMA.relative_to(ROOT)} is out of date with rules/platforms/: "
                  "run python scripts/generate_schema.py", file=sys.stderr)
            return 1
        return 0
    if current != wanted:
        SCHEMA.write_text(wanted, encoding="utf-8")
        print(f"wrote {SCHEMA.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
