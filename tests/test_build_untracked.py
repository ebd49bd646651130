"""`build` hands back a link it could not tag as a failure, saying why (session 42 newuser F7): `--url acmeflow.com/x`
(no https://) printed `acmeflow.com/x` with exit 0, no utm parameter and no word, so a script pasted an untracked link
into a campaign; `/pricing`, `mailto:` and app links the same (in a campaign file they are in-product links, untracked
on purpose; build is asked for one tracked link). With `--validate` the JSON says `"valid": false`; MCP's build_link
says the reason too. A web address is built as ever."""

from __future__ import annotations

import json

import pytest

FLAGS = ("--source", "newsletter", "--medium", "email", "--campaign", "q1")


@pytest.mark.parametrize("url, said", [
    ("acmeflow.com/x", "`--url acmeflow.com/x` has no https://, so it is not read as a web address and no utm "
                       "parameters were added; pass `--url https://acmeflow.com/x`"),
    ("localhost:3000/x", "pass `--url https://localhost:3000/x`"),
    ("/pricing", "`--url /pricing` is a path inside your own site, so no utm parameters were added"),
    ("mailto:team@northwind.io", "leads to a `mailto:` address, not a web page, so no utm parameters were added"),
    ("myapp://open", "leads to a `myapp:` address, not a web page"),
    ("https://", "has no host name after `//`"),
    # review42 F4: a `//` address names a host (maybe another site's), not a path of yours; a template's base may
    # hold `https://` already, so prefixing one is no advice
    ("//acmeflow.com/x", "`--url //acmeflow.com/x` has no scheme (a `//` address takes the page's own `http:` or "
                         "`https:`, and build has no page), so it is not read as a web address and no utm parameters "
                         "were added; pass `--url https://acmeflow.com/x`"),
    ("{{base_url}}/pricing", "starts with a template's expression, `{{base_url}}`, which build does not fill"),
    ("${SITE}/pricing", "fill it in: pass the page's whole address (`--url https://example.com/pricing`, with your"),
])
def test_a_link_build_could_not_tag_fails_saying_why(run, tmp_path, url, said):
    done = run("build", "--url", url, *FLAGS, "--format", "url", cwd=tmp_path)
    assert done.code == 1, done
    # nothing on stdout: `URL=$(utmlint build ... --format url)` gets no untracked link (review42 F4)
    assert done.out == "" and said in done.err, done
    assert "a path inside your own site" not in done.err or url.startswith("/") and not url.startswith("//")
    assert "pass `--url https://{{" not in done.err and "pass `--url https://${" not in done.err
    done = run("build", "--url", url, *FLAGS, "--validate", cwd=tmp_path)
    assert done.code == 1 and json.loads(done.out)["validation"]["valid"] is False, done
    assert said in done.err


def test_a_web_address_is_built_quietly(run, tmp_path):
    done = run("build", "--url", "https://acmeflow.com/x", *FLAGS, "--format", "url", cwd=tmp_path)
    assert (done.code, done.err) == (0, "")
    assert done.out == "https://acmeflow.com/x?utm_source=newsletter&utm_medium=email&utm_campaign=q1\n"


def test_mcp_build_link_says_why(tmp_path, monkeypatch):
    pytest.importorskip("mcp")
    monkeypatch.chdir(tmp_path)
    from utmlint.mcp.tools import Workspace

    answer = Workspace(tmp_path).build_link({"url": "acmeflow.com/x", "source": "newsletter", "medium": "email",
                                             "campaign": "q1", "content": None, "term": None, "id": None})
    assert json.loads(answer.text)["validation"]["valid"] is False
    # in the agent's words, not the command line's: it passed the argument `url`, no `--url` (newuser48b)
    assert any(note.startswith("`url: acmeflow.com/x` has no https://") and "pass `url: https://acmeflow.com/x`" in note
               for note in answer.notes), answer
    assert not any("--url" in note for note in answer.notes), answer
