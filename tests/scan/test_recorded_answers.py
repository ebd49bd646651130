"""A file of recorded answers (an LLM eval or training set: a prompt and what a model answered, a record each, as JSON
Lines, a JSON list or a CSV with an `answer` column) holds the links the model answered with, tagged by its assistant
(`utm_source=chatgpt.com`): records, not links the team publishes. stranger16 R10: an eval set of 200 answers was
"Found 400 errors", exit 1. It gets the data set's one note; a support bot's knowledge base answering with the team's
own links keeps their findings, and so does a team's own list of links kept a record each, and a site's FAQ with a
link pasted from an assistant. Real files in a temp git repository, `utmlint scan` in-process."""

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


def _rows(count: int = 50):
    return [{"id": n, "prompt": f"q{n}", "answer": (
        f"See [1](https://docs.python.org/3/library/json.html?utm_source=chatgpt.com) and "
        f"[2](https://arxiv.org/abs/2401.{n:05d}?utm_source=chatgpt.com).")} for n in range(count)]


def _sheet(rows, header=("id", "prompt", "answer"), delimiter=","):
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([row["id"], row["prompt"], row["answer"]] for row in rows)
    return out.getvalue()


def test_recorded_answers_as_a_json_list_or_a_sheet_get_one_note(tmp_path, monkeypatch, capsys):
    # the same eval set kept as a JSON list, a CSV with an `answer` column, one with a `"model_answer"` column
    for folder, name, text in (("json", "data/answers.json", json.dumps(_rows(), indent=2)),
                               ("csv", "data/answers.csv", _sheet(_rows())),
                               ("quoted", "runs/gpt.csv", _sheet(_rows(), ("id", "question", '"model_answer"')))):
        found = scan_repository(tmp_path / folder, monkeypatch, capsys, "nwlabs/evals", {name: text})
        assert [(d["path"], d["name"], d["severity"]) for d in found] == [(name, "copied-tracking", "info")], found
        assert "recorded answers" in found[0]["message"] and "no row is judged" in found[0]["message"], found
    assert main_exit(tmp_path / "json", monkeypatch) == 0


def main_exit(folder, monkeypatch) -> int:
    from utmlint.cli import main

    monkeypatch.chdir(folder / "evals")
    return main(["scan", "--no-cache", "--quiet", "."])


def test_a_teams_own_links_in_a_json_list_or_a_sheet_keep_their_findings(tmp_path, monkeypatch, capsys):
    # the team's own list of links (no answers in it) with a copied assistant tag: the team's to remove
    links = [{"slug": f"p{n}", "url": f"https://www.northwind.io/p{n}?utm_source=chatgpt.com"} for n in range(3)]
    sheet = "slug,url\n" + "".join(f"{row['slug']},{row['url']}\n" for row in links)
    # its support bot's answers, to its own site with a typo'd medium: no tag of another's, judged as the team's
    bot = [{"id": n, "prompt": f"q{n}", "answer": (
        f"See https://www.northwind.io/pricing?utm_source=chatbot&utm_medium=emial&utm_campaign=faq-{n}")}
        for n in range(3)]
    # and its site's FAQ, questions and answers, one of them pasted from an assistant with its tag
    faq = [{"question": f"q{n}", "answer": f"See https://www.northwind.io/help/{n}."} for n in range(5)]
    faq.append({"question": "api?", "answer": "See https://www.northwind.io/docs/api?utm_source=chatgpt.com"})
    found = scan_repository(tmp_path, monkeypatch, capsys, "nwlabs/support-bot", {
        "links.json": json.dumps(links, indent=2), "links.csv": sheet, "kb/answers.json": json.dumps(bot, indent=2),
        "kb/answers.csv": _sheet(bot), "site/faq.json": json.dumps(faq, indent=2)})
    got = sorted((d["path"], d["name"]) for d in found)
    assert got == sorted([("links.json", "copied-tracking")] * 3 + [("links.csv", "copied-tracking")] * 3
                         + [("kb/answers.json", "medium-unassigned")] * 3
                         + [("kb/answers.csv", "medium-unassigned")] * 3
                         + [("site/faq.json", "copied-tracking")]), found
    assert all(d["severity"] != "info" for d in found if d["name"] == "copied-tracking"), found


def test_a_help_centers_answers_linking_its_own_site_with_a_copied_assistant_tag_are_told(tmp_path, monkeypatch,
                                                                                           capsys):
    """stranger17 R12: a help center's FAQ (`question`/`answer` a line) whose answers, drafted with an assistant, link
    the team's own site with `utm_source=chatgpt.com` was one info note, exit 0, though README says a knowledge base's
    own links in its answers are judged as any: its readers' visits are credited to ChatGPT. A link to the
    repository's own site (northwind/help-center: northwind.io) or to a host `own-hosts` names is judged; the eval set's
    answers linking other sites keep their one note (above)."""
    faq = "".join(json.dumps({"question": f"q{n}", "answer": (
        f"Follow https://northwind.io/docs/{n}?utm_source=chatgpt.com then enable it.")}) + "\n" for n in range(4))
    found = scan_repository(tmp_path, monkeypatch, capsys, "northwind/help-center", {"support/faq.jsonl": faq})
    assert [(d["line"], d["name"], d["severity"]) for d in found] == [
        (n, "copied-tracking", "error") for n in range(1, 5)], found
    # with own-hosts, in a repository not named for the site
    found = scan_repository(tmp_path / "hosts", monkeypatch, capsys, "nwlabs/support",
                            {"support/faq.jsonl": faq, ".utmlint.yaml": "own-hosts: [northwind.io]\n"})
    assert [d["severity"] for d in found] == ["error"] * 4, found
    # the same answers linking someone else's docs: recorded answers, one note
    other = faq.replace("northwind.io", "docs.python.org")
    found = scan_repository(tmp_path / "other", monkeypatch, capsys, "northwind/help-center", {"support/faq.jsonl": other})
    assert [(d["name"], d["severity"]) for d in found] == [("copied-tracking", "info")], found


def test_a_models_recorded_outputs_linking_the_teams_site_stay_records(tmp_path, monkeypatch, capsys):
    """What an assistant answered about the team's own product (`completion`, a chat's assistant turn), kept as an eval
    set: its links to the team's site are recorded outputs, one note (the help center above is told)."""
    evals = "".join(json.dumps({"prompt": f"q{n}", "completion": (
        f"See https://northwind.io/docs/{n}?utm_source=chatgpt.com")}) + "\n" for n in range(4))
    found = scan_repository(tmp_path, monkeypatch, capsys, "northwind/help-center", {"evals/visibility.jsonl": evals})
    assert [(d["name"], d["severity"]) for d in found] == [("copied-tracking", "info")], found
