"""MCP answers with a finding's own severity (stranger8 S18): medium-channel-intent's hedged note on
`utm_medium=notification` is `info` in validate_link, scan_files and build_link, and the notes say the command
would exit 0. The server started as a client's config starts it, driven by the SDK's own stdio client."""

from __future__ import annotations

import json

from mcp_harness import connected, drive, text_of

PUSH = "https://acme.sunbeam.app/?utm_source=app&utm_medium=notification&utm_campaign=update"


def test_the_hedged_note_is_info_in_every_tool(sdk, tmp_path):
    root = tmp_path / "work"
    root.mkdir()
    (root / "n.md").write_text(f"[a]({PUSH})\n", encoding="utf-8")
    answers = {}

    async def scenario():
        with open(tmp_path / "server.log", "w") as log:
            async with connected(root, log) as client:
                for name, args in (("validate_link", {"url": PUSH}), ("scan_files", {"paths": ["n.md"]}),
                                   ("build_link", {"url": "https://acme.sunbeam.app/", "source": "app",
                                                  "medium": "notification", "campaign": "update"})):
                    answer = await client.call_tool(name, args)
                    assert not answer.is_error, text_of(answer)
                    answers[name] = text_of(answer)

    drive(scenario)
    verdict = json.loads(answers["validate_link"][0])
    assert [(f["name"], f["severity"]) for f in verdict["findings"]] == [("medium-channel-intent", "info")]
    scanned = json.loads(answers["scan_files"][0])
    assert [(f["code"], f["severity"]) for f in scanned] == [("UTM109", "info")]
    assert answers["scan_files"][-1].endswith("`utmlint scan` would exit 0")
    built = json.loads(answers["build_link"][0])
    assert built["validation"]["valid"] is True
    assert [(i["code"], i["severity"]) for i in built["validation"]["issues"]] == [("UTM109", "info")]
