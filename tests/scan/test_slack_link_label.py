"""Slack's link with a label, `<https://...?utm_campaign=v2|Release notes>` (Slack's mrkdwn), as a workflow's Slack
payload or a bot's message writes it, ends at the `|` (scan.core.slack_label_end): the label is Slack's text, not the
last value. Corpus 53 (GitHub automation and community files) found, on a made-up repository holding each of the
kind's files, that a `slackapi/slack-github-action` payload's link was read with its label
(value-charset: "utm_campaign `v2|notes` contains `|`", and `v2|notes` judged as the campaign). A URL that holds a
`|` of its own inside angle brackets (`?family=A|B&utm_source=...`) is read whole. Real files in a temp folder,
`utmlint scan` in-process."""

from __future__ import annotations

import json

from utmlint.cli import main
from utmlint.scan.core import find_urls

LINK = "https://acme-tools.dev/releases/v2?utm_source=slack&utm_medium=Chat&utm_campaign=v2"
WORKFLOW = f"""name: Notify
on:
  release:
    types: [published]
jobs:
  notify:
    runs-on: ubuntu-latest
    steps:
      - uses: slackapi/slack-github-action@v1
        with:
          payload: |
            {{"text": "Released: <{LINK}|release notes>", "blocks": [{{"type": "section",
              "text": {{"type": "mrkdwn", "text": "<{LINK}|v2> is out"}}}}]}}
"""


def test_a_slack_links_label_is_not_read_into_its_last_value(tmp_path, monkeypatch, capsys):
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "notify.yml").write_text(WORKFLOW, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = json.loads(capsys.readouterr().out)
    said = sorted((d["line"], d["name"]) for d in found)
    assert said == [(12, "medium-unassigned"), (13, "medium-unassigned")], said  # `Chat`, the link's own medium
    assert not any("|" in d["message"] for d in found)


def test_a_url_holding_a_bar_in_angle_brackets_is_read_whole():
    text = "fonts: <https://fonts.example/css?family=Lato|Roboto&utm_source=site&utm_medium=referral&utm_campaign=x>"
    assert [text[a:b] for a, b in find_urls(text)] == [text[8:-1]]
    text = "Slack: <https://acme-tools.dev/p?utm_source=slack&utm_medium=social&utm_campaign=x|the page> said"
    assert [text[a:b] for a, b in find_urls(text)] == ["https://acme-tools.dev/p?utm_source=slack&utm_medium=social"
                                                      "&utm_campaign=x"]


def test_a_label_with_a_question_mark_an_ampersand_or_spaces_is_still_a_label():
    """review49: a label holding a `?`, `&` or `=` (`|Questions?>`, `|Save 20% & more>`, Slack's escaped `Q&amp;A`) was
    taken for the URL's own text: `|Questions` read into the campaign (value-charset: "`v2|Questions` contains `|`",
    wrong advice on a correct link) or the link cut at the label's first space."""
    link = "https://acme-tools.dev/p?utm_source=slack&utm_medium=social&utm_campaign=v2"
    for label in ("Questions?", "Save 20% & more", "Q&amp;A", "Read: what's new?", "Plans & pricing", "1 + 1 = 2"):
        text = f'{{"text": "<{link}|{label}> is out"}}'
        assert [text[a:b] for a, b in find_urls(text)] == [link], label

