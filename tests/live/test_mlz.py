"""`utmlint check --format mlz`: the output of `mlz check`, validated against a JSON Schema written from the
article's example (tests/live/mlz-check.schema.json), so scripts written for it (`jq .valid`) keep working."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from live_server import Reply

from utmlint.cli import main

Q = "utm_source=intercom&utm_medium=email&utm_campaign=spring"
FAST = ["--allow-private", "--no-cache", "--timeout", "1"]
SCHEMA = json.loads((Path(__file__).parent / "mlz-check.schema.json").read_text())

# The article's example, verbatim but for the URL it elides ("...").
ARTICLE_EXAMPLE = {
    "url": "https://intercom-links.example.com/click?utm_source=intercom&utm_medium=email",
    "valid": True,
    "checks": [
        {"check": "ssl", "status": "pass", "message": "URL uses HTTPS."},
        {"check": "resolution", "status": "pass", "message": "Destination responded with 200."},
        {"check": "redirects", "status": "pass", "message": "Redirect followed. UTM params preserved through chain."},
    ],
}


def test_the_schema_accepts_the_articles_example_and_refuses_other_shapes():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.validate(ARTICLE_EXAMPLE, SCHEMA)
    for broken in ({**ARTICLE_EXAMPLE, "valid": "yes"}, {k: v for k, v in ARTICLE_EXAMPLE.items() if k != "checks"},
                   {**ARTICLE_EXAMPLE, "hops": []}, {**ARTICLE_EXAMPLE, "checks": ARTICLE_EXAMPLE["checks"][::-1]}):
        try:
            jsonschema.validate(broken, SCHEMA)
        except jsonschema.ValidationError:
            continue
        raise AssertionError(f"the schema accepted {broken}")


def test_one_url_prints_one_object(tls_server, ca_file, monkeypatch, capsys):
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    tls_server.redirect("/click", tls_server.url(f"/landing?{Q}"))
    tls_server.route("/landing", Reply(200))
    assert main(["check", tls_server.url(f"/click?{Q}"), "--format", "mlz", *FAST]) == 0
    out = capsys.readouterr().out
    item = json.loads(out)  # one document, indented as the article prints it
    jsonschema.validate(item, SCHEMA)
    assert item["valid"] is True and out.startswith('{\n  "url": ')
    assert [c["status"] for c in item["checks"]] == ["pass", "pass", "pass"]
    assert item["checks"][2]["message"] == "Followed 1 redirect. UTM params preserved through chain."


def test_several_urls_print_json_lines(server, capsys):
    server.redirect("/strip", server.url("/landing"))
    server.redirect("/wrapper", server.url("/landing"))
    server.route("/landing", Reply(200))
    urls = [server.url(f"/landing?{Q}"), server.url(f"/strip?{Q}"), server.url("/wrapper"),
            "https://tracker.invalid/c?x=1"]
    assert main(["check", *urls, "--format", "mlz", *FAST]) == 1
    lines = capsys.readouterr().out.splitlines()
    items = [json.loads(line) for line in lines]
    for item in items:
        jsonschema.validate(item, SCHEMA)
    assert [i["url"] for i in items] == urls
    assert [i["valid"] for i in items] == [True, False, False, False]
    assert items[0]["checks"][0]["status"] == "warn"  # plain HTTP
    assert items[3]["checks"][1]["status"] == "inconclusive"


def test_the_help_says_what_mlz_is_in_plain_words(capsys):
    """`check --help` said "mlz: the JSON of `mlz check`", a name a new user does not know (review of session 39):
    it says what the format holds and whose shape it is."""
    import pytest

    with pytest.raises(SystemExit):
        main(["check", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "mlz: a shorter JSON, one object a link (`url`, `valid`, `checks`; one a line for several), the shape " \
           "the mlz tool's `mlz check` prints, for scripts written for it" in text, text
    assert "the JSON of `mlz check`" not in text
