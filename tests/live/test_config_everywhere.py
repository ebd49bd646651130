"""Every command honours `--config FILE` with FILE outside the campaign tree (issue 11).

The repo holds a decoy `.utmlint.yaml` whose include glob matches nothing: a command that read it instead
of FILE would exit 2. FILE's settings each change something a command shows, so each command proves
it read them: a severity (lint, rules), an in-product host (render), a team vocabulary (build --validate),
and `live: max-redirects: 0` (lint --live, check, build --live), under which a redirect that keeps every
utm parameter fails although it passes with the defaults.
"""

from __future__ import annotations

import json

import pytest
from live_server import Reply

from utmlint.cli import main

TRACKED = "utm_source=intercom&utm_medium=email&utm_campaign=spring-sale&utm_content=Hero"
CONFIG = """\
include: ["campaigns/**/*.yaml"]
severity: {value-case: info}
in-product-hosts: [app.example.com]
sources: [mailchimp]
live:
  max-redirects: 0
  timeout: 2
  retries: 0
"""


@pytest.fixture
def tree(tmp_path, server, monkeypatch):
    server.redirect("/go", server.url(f"/landing?{TRACKED}"))  # keeps every utm parameter
    server.route("/landing", Reply(200))
    repo = tmp_path / "repo"
    (repo / "campaigns").mkdir(parents=True)
    (repo / ".utmlint.yaml").write_text('include: ["decoy/**/*.yaml"]\n')  # read it and you exit 2
    (repo / "campaigns" / "spring.yaml").write_text(
        "campaign: spring-sale\nsource: intercom\nmedium: email\nlinks:\n"
        f"  - url: {server.url('/go')}\n    content: Hero\n"
        "steps:\n  - id: tooltip\n    channel: in-app\n    links:\n"  # in-product only for in-app messages
        "      - url: https://app.example.com/welcome\n        content: app\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "team.yaml").write_text(CONFIG)
    monkeypatch.chdir(repo)
    return str(elsewhere / "team.yaml")


def test_the_decoy_alone_fails(tree, capsys):
    assert main(["lint", "campaigns"]) == 2
    assert "`decoy/**/*.yaml` matches no file" in capsys.readouterr().err


def test_lint(tree, capsys):
    assert main(["lint", "--config", tree, "--format", "json", "--no-cache", "campaigns"]) == 1
    found = {d["code"]: d for d in json.loads(capsys.readouterr().out)}
    assert found["UTM201"]["severity"] == "info"  # the config's severity
    assert "UTM505" in found  # app.example.com is in-product (per the config): its content does nothing


def test_lint_live(tree, capsys):
    assert main(["lint", "--config", tree, "--live", "--allow-private", "--no-cache", "--ignore", "UTM505,UTM302",
                 "--fail-on", "error", "campaigns"]) == 1
    out = capsys.readouterr().out
    assert "More than 0 redirects" in out and "1 link checked: 0 passed, 1 failed" in out


def test_lint_live_passes_with_the_defaults(tree, tmp_path, capsys):
    """The same link passes under a config without `live:`: the failure above is the config's doing."""
    default = tmp_path / "default.yaml"
    default.write_text('include: ["campaigns/**/*.yaml"]\nin-product-hosts: [app.example.com]\n')
    assert main(["lint", "--config", str(default), "--live", "--allow-private", "--no-cache", "--exit-zero",
                 "campaigns"]) == 0
    assert "1 link checked: 1 passed, 0 failed" in capsys.readouterr().out


def test_render(tree, capsys):
    assert main(["render", "--config", tree, "--format", "json", "campaigns"]) == 0
    rows = json.loads(capsys.readouterr().out)
    channels = {row["url"].split("/")[-1]: row["channel"] for row in rows}
    assert channels["welcome"] == "(in-product, untracked)"


def test_check(tree, server, capsys):
    assert main(["check", "--config", tree, "--allow-private", "--no-cache", "--format", "json", "campaigns"]) == 1
    (item,) = json.loads(capsys.readouterr().out)  # the in-product link is not tracked, so not checked
    assert item["outcome"] == "fail" and item["locations"] == ["campaigns/spring.yaml:5:10"]
    assert main(["check", "--config", tree, "--allow-private", "--no-cache", server.url(f"/go?{TRACKED}")]) == 1
    assert "More than 0 redirects" in capsys.readouterr().out


def test_build(tree, server, capsys):
    argv = ["build", "--url", "https://example.com/", "--source", "intercom", "--medium", "email",
            "--campaign", "spring-sale", "--validate"]
    assert main([*argv, "--config", tree]) == 1
    issues = json.loads(capsys.readouterr().out)["validation"]["issues"]
    assert [i["name"] for i in issues] == ["source-not-allowed"]  # the config's `sources: [mailchimp]`


def test_build_live_accepts_allow_private(tree, server, capsys):
    argv = ["build", "--url", server.url("/go"), "--source", "intercom", "--medium", "email", "--campaign",
            "spring-sale", "--content", "Hero", "--live", "--allow-private", "--no-cache"]
    assert main([*argv, "--config", tree]) == 1  # max-redirects: 0
    live = json.loads(capsys.readouterr().out)["validation"]["live"]
    assert live["outcome"] == "fail"
    assert main(argv[:-2] + ["--no-cache", "--config", tree]) == 1  # without the flag: refused, as it says
    refused = json.loads(capsys.readouterr().out)["validation"]["live"]
    assert "--allow-private" in json.dumps(refused)
    assert server.hits("/go") and len(server.hits("/go")) == 1


def test_rules(tree, capsys):
    assert main(["rules", "--config", tree, "--format", "json"]) == 0
    rules = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert rules["value-case"]["severity"] == "info"
    assert main(["rules", "--format", "json"]) == 0  # without it: the built-in defaults
    assert {r["name"]: r for r in json.loads(capsys.readouterr().out)}["value-case"]["severity"] == "warning"
