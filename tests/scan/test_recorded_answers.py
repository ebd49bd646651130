"""A JSON Lines file of recorded answers (an LLM eval or training set: a prompt and what a model answered, a line
each) holds the links the model answered with, tagged by its assistant (`utm_source=chatgpt.com`): records, not links
the team publishes. stranger16 R10: an eval set of 200 answers was "Found 400 errors", exit 1. It gets the data set's
one note; a support bot's knowledge base answering with the team's own links keeps their findings, and so does a
team's own list of links kept a line each. Real files in a temp git repository, `utmlint scan` in-process."""

from __future__ import annotations

import json

from tests.scan.repository import scan_repository


def _answers(count: int = 200) -> str:
    return "".join(json.dumps({"id": n, "prompt": f"q{n}", "answer": (
        f"See [1](https://docs.python.org/3/library/json.html?utm_source=chatgpt.com) and "
        f"[2](https://arxiv.org/abs/2401.{n:05d}?utm_source=chatgpt.com).")}) + "\n" for n in range(count))


def test_an_eval_sets_recorded_answers_get_one_note(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "nwlabs/evals", {"data/answers.jsonl": _answers()})
    assert [(d["line"], d["name"], d["severity"]) for d in found] == [(1, "copied-tracking", "info")], found
    assert "recorded answers" in found[0]["message"] and "no row is judged" in found[0]["message"]
    # a chat-format training set too: the assistant's turns
    chat = "".join(json.dumps({"messages": [{"role": "user", "content": "docs?"}, {"role": "assistant", "content": (
        f"https://docs.python.org/3/{n}.html?utm_source=chatgpt.com")}]}) + "\n" for n in range(5))
    found = scan_repository(tmp_path / "chat", monkeypatch, capsys, "nwlabs/evals", {"train.jsonl": chat})
    assert [(d["name"], d["severity"]) for d in found] == [("copied-tracking", "info")], found


def test_a_knowledge_bases_own_links_and_a_link_list_keep_their_findings(tmp_path, monkeypatch, capsys):
    # the team's own answers: its bot's links to its own site, with a typo'd medium, in the same record shape
    faq = "".join(json.dumps({"question": f"q{n}", "answer": (
        f"See https://www.northwind.io/pricing?utm_source=chatbot&utm_medium=emial&utm_campaign=faq-{n}")}) + "\n"
        for n in range(3))
    # and the team's own list of links, one a line, where a copied assistant tag is the team's to remove
    links = json.dumps({"slug": "docs", "url": "https://www.northwind.io/docs?utm_source=chatgpt.com"}) + "\n"
    found = scan_repository(tmp_path, monkeypatch, capsys, "nwlabs/support-bot",
                            {"kb/answers.jsonl": faq, "links.jsonl": links})
    assert sorted((d["path"], d["line"], d["name"]) for d in found) == [
        ("kb/answers.jsonl", 1, "medium-unassigned"), ("kb/answers.jsonl", 2, "medium-unassigned"),
        ("kb/answers.jsonl", 3, "medium-unassigned"), ("links.jsonl", 1, "copied-tracking")], found
    assert next(d for d in found if d["path"] == "links.jsonl")["severity"] != "info"
