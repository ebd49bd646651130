"""`utmlint mcp` through the SDK's stdio client: tools, schemas, answers equal to the command line's JSON, bad input
as tool errors (the server keeps serving), the campaign files as resources, and live checks that never reach a
private address."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys

import pytest
from mcp_harness import connected, drive, text_of, utmlint_command

from utmlint.validate_url import validate_url

TOOLS = {"build_link", "validate_link", "lint_files", "scan_files", "render_links", "check_link", "explain_rule"}
# a value to respell and a key repeated (not a copied `gclid`: beside a visit's id no rule advises on the tags)
URL = "https://sunbeam.app/?utm_source=Newsletter&utm_medium=email&utm_campaign=fall&utm_campaign=fall"
BUILD = {"url": "https://sunbeam.app/pricing", "source": "Intercom", "medium": "in-app", "campaign": "spring-sale",
         "content": "hero"}


def _cli(run, root, *argv):
    done = run(*argv, cwd=root)
    assert done.code in (0, 1), done
    return done.out


def test_tools_answer_with_the_command_lines_json(sdk, repo, run, tmp_path):
    clean = "campaigns/intercom/onboarding.yaml"
    expected = {
        "lint": _cli(run, repo, "lint", "--format", "json"),
        "lint_one": _cli(run, repo, "lint", "--format", "json", "--select", "UTM1", "campaigns/sale.yaml"),
        "render": _cli(run, repo, "render", "--format", "json", clean),
        "render_forced": _cli(run, repo, "render", "--format", "json", "--force"),
        "build": _cli(run, repo, "build", "--validate", *[f"--{k}={v}" for k, v in BUILD.items()]),
        "rules": {r["code"]: r for r in json.loads(_cli(run, repo, "rules", "--format", "json"))},
        "check": _cli(run, repo, "check", "--format", "json", "--no-cache", "http://127.0.0.1:9/?utm_source=x"),
    }
    assert json.loads(expected["lint"]) and "UTM102" in expected["lint"]  # the repo has findings to compare

    async def scenario():
        with open(tmp_path / "server.log", "w") as log:
            async with connected(repo, log) as client:
                assert client.server_info.name == "utmlint"
                assert client.server_capabilities.tools is not None and client.server_capabilities.resources is not None

                listed = {tool.name: tool for tool in (await client.list_tools()).tools}
                assert set(listed) == TOOLS
                schemas = {name: tool.input_schema for name, tool in listed.items()}
                assert set(schemas["build_link"]["required"]) == {"url", "source", "medium", "campaign"}
                assert set(schemas["build_link"]["properties"]) == {"url", "source", "medium", "campaign", "content",
                                                                   "term", "id", "validate", "path"}
                assert schemas["validate_link"]["required"] == ["url"]
                assert schemas["explain_rule"]["required"] == ["name"]
                assert schemas["lint_files"]["properties"]["paths"]["type"] == "array"
                assert "required" not in schemas["lint_files"] and "required" not in schemas["render_links"]
                assert set(schemas["check_link"]["properties"]) == {"url", "expect_utm", "use_cache"}
                for schema in schemas.values():  # no way to turn the SSRF guard off, under any name
                    assert not [key for key in schema["properties"] if "private" in key or "allow" in key]
                assert listed["check_link"].annotations.open_world_hint is True
                assert listed["lint_files"].annotations.read_only_hint is True

                lint = await client.call_tool("lint_files", {})
                assert not lint.is_error
                assert text_of(lint)[0] == expected["lint"]
                assert "2 campaign files checked" in text_of(lint)[1] and "would exit 1" in text_of(lint)[1]
                one = await client.call_tool("lint_files", {"paths": ["campaigns/sale.yaml"], "select": ["UTM1"]})
                assert text_of(one)[0] == expected["lint_one"]

                render = await client.call_tool("render_links", {"paths": [clean]})
                assert not render.is_error and text_of(render) == [expected["render"]]
                forced = await client.call_tool("render_links", {"force": True})
                assert text_of(forced)[0] == expected["render_forced"]
                assert "UTM102" in text_of(forced)[1]  # the errors it rendered despite, as the command says

                built = await client.call_tool("build_link", BUILD)
                assert text_of(built)[0] == expected["build"]
                assert json.loads(text_of(built)[0])["validation"]["valid"] is False

                for name in ("UTM102", "medium-unassigned"):
                    rule = await client.call_tool("explain_rule", {"name": name})
                    assert json.loads(text_of(rule)[0]) == expected["rules"]["UTM102"]

                validated = await client.call_tool("validate_link", {"url": URL})
                assert json.loads(text_of(validated)[0]) == validate_url(URL).to_json()
                # what one link alone is judged without (no own-hosts in the repo's config: review45 F5)
                assert text_of(validated)[1].startswith("judged as a link on its own"), text_of(validated)
                untagged = await client.call_tool("validate_link", {"url": "https://sunbeam.app/pricing"})
                assert json.loads(text_of(untagged)[0])["findings"] == []
                assert "carries no utm_ parameters" in text_of(untagged)[1]  # not a silent clean bill
                badge = "https://gitter.im/o/r?utm_source=badge&utm_medium=badge&utm_campaign=pr-badge"
                written = await client.call_tool("validate_link", {"url": badge})
                assert json.loads(text_of(written)[0])["findings"] == []
                # says why, not a clean bill: a listed platform snippet gets the URL rules only
                assert "only the URL as written was checked" in text_of(written)[1]

                # The config says `live: allow-private: true`; the server still refuses 127.0.0.1, exactly
                # as the command line does without --allow-private.
                checked = await client.call_tool("check_link", {"url": "http://127.0.0.1:9/?utm_source=x",
                                                                "use_cache": False})
                assert not checked.is_error
                assert text_of(checked)[0] == expected["check"]
                result = json.loads(text_of(checked)[0])[0]
                assert result["outcome"] == "fail"
                assert any(c["message"].startswith("refused to connect to 127.0.0.1") for c in result["checks"])
                assert "never checks private" in text_of(checked)[1]

    drive(scenario)


def test_validate_link_finds_what_scan_finds_in_a_file(run, tmp_path):
    """validate_link has no command of its own: its judge is scan's, so the same URL in a file gives the same
    findings at the same places (scan's columns, shifted by where the URL starts on its line)."""
    (tmp_path / "doc.md").write_text(f"See {URL} here\n", encoding="utf-8")
    scanned = json.loads(_cli(run, tmp_path, "scan", "--format", "json", "doc.md"))
    assert [(d["code"], d["column"] - 1 - len("See ")) for d in scanned] == \
        [(f.code, f.start) for f in validate_url(URL).findings] == [("UTM201", 32), ("UTM307", 78)]


def test_bad_input_is_a_tool_error_and_the_server_keeps_serving(sdk, repo, tmp_path):
    bad_calls = [
        ("build_link", {"url": "https://sunbeam.app/", "source": "intercom"}, "medium"),  # missing arguments
        ("build_link", {**BUILD, "content": 7}, "content"),  # a number where text belongs
        ("validate_link", {"url": ["a", "b"]}, "url"),
        ("validate_link", {}, "url"),
        ("validate_link", {"url": "sunbeam.app/?utm_source=a&utm_medium=email&utm_campaign=x"},
         "is not a whole web address"),  # validate_url would judge only its values, and find nothing
        ("validate_link", {"url": "ftp://sunbeam.app/?utm_source=a"}, "starting with https://"),
        ("lint_files", {"paths": ["../outside"]}, "outside the folder this server works on"),
        ("lint_files", {"paths": [str(tmp_path / "outside")]}, "outside the folder"),
        ("lint_files", {"paths": ["out/secret.yaml"]}, "outside the folder"),  # a symlink out of the root
        ("lint_files", {"paths": ["campaigns/missing.yaml"]}, "campaigns/missing.yaml: no such file or folder"),
        ("lint_files", {"select": ["UTM999"]}, "UTM999"),
        ("lint_files", {"paths": "campaigns"}, "paths"),  # a string where a list belongs
        ("render_links", {}, "render refused: 1 file with errors; fix them or pass force=true"),
        ("render_links", {"paths": ["/etc"]}, "outside the folder"),
        ("check_link", {"url": "sunbeam.app/no-scheme"}, "is not a URL"),
        ("check_link", {"url": URL, "expect_utm": {"source": ""}}, "expect_utm: source needs a value"),
        ("explain_rule", {"name": "medium-unasigned"}, "no rule named `medium-unasigned`. Did you mean: medium-unassigned"),
        ("no_such_tool", {}, "no_such_tool"),
    ]

    async def scenario():
        with open(tmp_path / "server.log", "w") as log:
            async with connected(repo, log) as client:
                for name, arguments, says in bad_calls:
                    result = await client.call_tool(name, arguments)
                    assert result.is_error, (name, arguments, text_of(result))
                    assert says in text_of(result)[0], (name, text_of(result))
                    assert "Traceback" not in text_of(result)[0]
                # Two calls at once (a client may send them so): each gets its own whole answer.
                both = await asyncio.gather(client.call_tool("lint_files", {"paths": ["campaigns/sale.yaml"]}),
                                            client.call_tool("explain_rule", {"name": "UTM301"}))
                assert json.loads(text_of(both[0])[0])[0]["code"] == "UTM102"
                assert json.loads(text_of(both[1])[0])["code"] == "UTM301"
                still = await client.call_tool("explain_rule", {"name": "UTM102"})  # the server is still serving
                assert not still.is_error and json.loads(text_of(still)[0])["name"] == "medium-unassigned"
        log_text = (tmp_path / "server.log").read_text()
        assert "Traceback" not in log_text, log_text  # anticipated failures are not crashes

    drive(scenario)


def test_campaign_files_are_resources_and_nothing_else_is(sdk, repo, tmp_path):
    from mcp import MCPError

    async def scenario():
        with open(tmp_path / "server.log", "w") as log:
            async with connected(repo, log) as client:
                listed = (await client.list_resources()).resources
                assert sorted(str(r.uri) for r in listed) == ["utmlint://campaigns/campaigns/intercom/onboarding.yaml",
                                                              "utmlint://campaigns/campaigns/sale.yaml"]
                assert {r.mime_type for r in listed} == {"application/yaml"}
                read = await client.read_resource("utmlint://campaigns/campaigns/sale.yaml")
                assert read.contents[0].text == (repo / "campaigns" / "sale.yaml").read_text()
                templates = (await client.list_resource_templates()).resource_templates
                assert [t.uri_template for t in templates] == ["utmlint://campaigns/{+path}"]

                (repo / "campaigns" / "new.yaml").write_text(UNASSIGNED_NEW, encoding="utf-8")  # listed when added
                listed = (await client.list_resources()).resources
                assert "utmlint://campaigns/campaigns/new.yaml" in {str(r.uri) for r in listed}

                for uri in ("utmlint://campaigns/notes.txt", "utmlint://campaigns/.utmlint.yaml",
                            "utmlint://campaigns/out/secret.yaml", "utmlint://campaigns/../outside/secret.yaml",
                            "utmlint://campaigns/campaigns/nope.yaml"):
                    with pytest.raises(MCPError):
                        await client.read_resource(uri)
                assert not (await client.call_tool("explain_rule", {"name": "UTM101"})).is_error

    drive(scenario)


UNASSIGNED_NEW = "campaign: new-one\nsource: intercom\nmedium: email\nlinks:\n  - url: https://sunbeam.app/\n    content: a\n"


def test_without_the_sdk_the_command_names_the_extra(tmp_path):
    code = ("import sys; sys.modules['mcp'] = None; from utmlint.cli import main; "
            "raise SystemExit(main(['mcp']))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 2
    assert done.stderr.startswith("utmlint: utmlint mcp needs the MCP SDK 2.x: pip install 'utmlint[mcp]'")
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_a_root_that_is_not_a_folder_is_refused(tmp_path):
    done = subprocess.run([sys.executable, "-m", "utmlint", "mcp", "--root", str(tmp_path / "nope")],
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 2 and done.stderr.strip() == f"utmlint: --root {tmp_path / 'nope'}: not a folder"


def test_other_commands_never_import_the_sdk(repo):
    for argv in (["lint", str(repo)], ["--help"], ["mcp", "--help"]):
        done = subprocess.run([sys.executable, "-X", "importtime", "-m", "utmlint", *argv], capture_output=True,
                              text=True, timeout=120)
        imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
        assert not {m for m in imported if m.split(".")[0] in ("mcp", "pydantic", "anyio") or m.startswith("utmlint.mcp")}, argv


def test_readme_test_command_installs_the_mcp_extra():
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text(encoding="utf-8")
    command = readme.split("<!-- ci: test command -->", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    assert re.search(r"\.\[[^\]]*\bmcp\b[^\]]*\]", command), command
    assert re.search(r"""^mcp = \["mcp>=2\.3,<3; python_version >= '3\.10'"\]$""",
                     (root / "pyproject.toml").read_text(encoding="utf-8"), re.M)
    assert "UTMLINT_REQUIRE_MCP=1" in (root / ".ci" / "run").read_text(encoding="utf-8")


def test_config_flag_and_a_broken_config(sdk, repo, run, tmp_path):
    """`utmlint mcp --config FILE` answers as `utmlint lint --config FILE` does; a config that cannot be read is
    each tool's located error (the server keeps serving), and no campaign is listed."""
    team = tmp_path / "team.yaml"
    team.write_text('include: ["campaigns/**/*.yaml"]\nsources: [hubspot]\n', encoding="utf-8")
    expected = run("lint", "--format", "json", "--config", str(team), cwd=repo).out
    assert "UTM105" in expected  # intercom is not on that team's list
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / ".utmlint.yaml").write_text("include: 5\n", encoding="utf-8")

    async def scenario():
        with open(tmp_path / "server.log", "w") as log:
            argv = [*utmlint_command(), "mcp", "--root", str(repo), "--config", str(team)]
            async with connected(repo, log, argv=argv) as client:
                lint = await client.call_tool("lint_files", {})
                assert text_of(lint)[0] == expected
                validated = json.loads(text_of(await client.call_tool("validate_link", {"url": URL}))[0])
                assert "UTM105" in {f["code"] for f in validated["findings"]}  # the team's sources apply
                assert "UTM105" not in {f.code for f in validate_url(URL).findings}  # (not by default)
            async with connected(broken, log) as client:
                lint = await client.call_tool("lint_files", {})
                assert lint.is_error and f"{broken / '.utmlint.yaml'}:1:" in text_of(lint)[0]
                assert (await client.list_resources()).resources == []
                assert not (await client.call_tool("explain_rule", {"name": "UTM101"})).is_error

    drive(scenario)
    done = subprocess.run([*utmlint_command(), "mcp", "--config", str(tmp_path / "nope.yaml")], capture_output=True,
                          text=True, timeout=120, stdin=subprocess.DEVNULL, cwd=repo)
    assert done.returncode == 2 and done.stderr.strip() == f"utmlint: --config {tmp_path / 'nope.yaml'}: no such file"


def test_python_older_than_3_10_is_told_why(run, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "version_info", (3, 9, 18, "final", 0))
    done = run("mcp", cwd=tmp_path)
    assert done.code == 2 and done.out == ""
    assert done.err.strip() == ("utmlint: utmlint mcp needs Python 3.10 or later (the MCP SDK does), and then "
                                "pip install 'utmlint[mcp]'")


def test_typed_in_a_terminal_it_says_what_it_is_waiting_for(sdk, repo):
    import os
    import select

    master, slave = os.openpty()
    server = subprocess.Popen([*utmlint_command(), "mcp", "--root", str(repo)], stdin=slave, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    os.close(slave)
    try:
        ready, _, _ = select.select([server.stderr], [], [], 120)
        assert ready, "nothing on stderr"
        line = server.stderr.readline().decode()
        assert line.startswith(f"utmlint mcp: serving {repo.resolve()} to an MCP client on stdin/stdout")
    finally:
        os.close(master)  # the terminal hangs up: stdin ends
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    assert server.stdout.read() == b""  # stdout is the protocol's: nothing else is ever written there


def test_validate_link_outside_any_repository_says_what_it_could_not_know(sdk, tmp_path):
    """review45 F5: `utmlint mcp` started in a folder that is no repository and holds no config, validate_link asked
    with no `path`: an answer, no traceback, the JSON validate_url gives, and a note saying what one link alone is
    judged without (whose sites are the team's, where the link is placed); not said where the config names the
    team's sites, nor over copied tracking (whose values are not judged as the team's)."""
    plain = tmp_path / "plain"
    plain.mkdir()
    named = tmp_path / "named"
    named.mkdir()
    (named / ".utmlint.yaml").write_text("own-hosts: [sunbeam.app]\n")
    copied = "https://github.com/acme/tool?utm_source=tldrnewsletter"
    answers = {}

    async def scenario():
        with open(tmp_path / "server.log", "w") as log:
            async with connected(plain, log, argv=[*utmlint_command(), "mcp"], cwd=plain) as client:
                answers["plain"] = await client.call_tool("validate_link", {"url": URL})
                answers["copied"] = await client.call_tool("validate_link", {"url": copied})
            async with connected(named, log) as client:
                answers["named"] = await client.call_tool("validate_link", {"url": URL})

    drive(scenario)
    assert not any(answer.is_error for answer in answers.values()), answers
    said = text_of(answers["plain"])
    assert json.loads(said[0]) == validate_url(URL).to_json()
    assert said[1].startswith("judged as a link on its own: which sites are yours is not known"), said
    assert "Traceback" not in (tmp_path / "server.log").read_text()
    assert len(text_of(answers["copied"])) == 1, text_of(answers["copied"])
    assert len(text_of(answers["named"])) == 1, text_of(answers["named"])
