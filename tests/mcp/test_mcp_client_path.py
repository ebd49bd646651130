"""MCP's build_link and validate_link take the `path` the link is for, whose config judges it (newuser45 F8).

An agency runs one server on its repo (`utmlint mcp --root agency`); each client has its own `.utmlint.yaml`
(clients/harbor approves `fb` and `paid_social`). An agent drafting Harbor's links had no way to say whose link it
was: build_link judged it by the root's config, "write `facebook`", "`utmlint build` would exit 1". `path` names the
folder (or campaign file) under the root, as `utmlint build` run there; outside the root it is refused.
"""

from __future__ import annotations

import json

from mcp_harness import connected, drive, text_of

HARBOR = 'sources: [fb, mailchimp, sms]\nmediums: [paid_social, email, sms]\nseparator: "_"\n'
BUILD = {"url": "https://harbordental.com/new-patients", "source": "fb", "medium": "paid_social",
         "campaign": "new_patient_offer", "content": "video_b"}
URL = "https://harbordental.com/new-patients?utm_source=fb&utm_medium=paid_social&utm_campaign=new_patient_offer"


def test_a_link_is_judged_by_the_config_of_the_client_it_is_for(sdk, tmp_path):
    root = tmp_path / "agency"
    (root / "clients/harbor").mkdir(parents=True)
    (root / ".utmlint.yaml").write_text('include: ["clients/**/*.yaml"]\n')
    (root / "clients/harbor/.utmlint.yaml").write_text(HARBOR)
    answers = {}

    async def scenario():
        with open(tmp_path / "server.log", "w") as log:
            async with connected(root, log) as client:
                answers["top"] = await client.call_tool("build_link", BUILD)
                answers["harbor"] = await client.call_tool("build_link", {**BUILD, "path": "clients/harbor"})
                answers["validate"] = await client.call_tool("validate_link", {"url": URL, "path": "clients/harbor"})
                answers["validate-top"] = await client.call_tool("validate_link", {"url": URL})
                answers["outside"] = await client.call_tool("build_link", {**BUILD, "path": "../elsewhere"})
                answers["missing"] = await client.call_tool("validate_link", {"url": URL, "path": "clients/kettle"})

    drive(scenario)
    top = json.loads(text_of(answers["top"])[0])
    assert not top["validation"]["valid"] and top["validation"]["issues"][0]["code"] == "UTM103"  # the root's config
    harbor = json.loads(text_of(answers["harbor"])[0])
    assert harbor["validation"]["valid"] and harbor["validation"]["issues"] == [], harbor  # Harbor's own vocabulary
    assert json.loads(text_of(answers["validate"])[0])["findings"] == []
    assert [f["code"] for f in json.loads(text_of(answers["validate-top"])[0])["findings"]] == ["UTM103"]
    assert answers["outside"].is_error and "outside" in text_of(answers["outside"])[0]
    assert answers["missing"].is_error and "no such file or folder" in text_of(answers["missing"])[0]
