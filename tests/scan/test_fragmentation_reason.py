"""source-fragmentation says why it keeps a spelling truly: "the most used" only when it is written most.

wundergraph/wundergraph's test apps write `utm_source=nextjs-starter` in 11 files (15 links) and `nextjs_starter` 16
times in 6 (corpus 12 #176-#181, found by benchmarks/corpus_scan/measure.py and by scan on the whole repository): the
rule keeps the spelling more files write, and called it "the most used spelling", which it is not.
"""

from __future__ import annotations

import json

LINK = "[a](https://acme.example.com/?utm_source={}&utm_medium=email&utm_campaign=x)\n"


def _reasons(run, tmp_path):
    found = json.loads(run("scan", "--format", "json", "--no-cache", ".", cwd=tmp_path).out)
    return {(f["path"], f["message"].rsplit("(", 1)[-1]) for f in found if f["name"] == "source-fragmentation"}


def test_more_files_fewer_links_is_not_called_most_used(run, tmp_path):
    for i in range(3):
        (tmp_path / f"page{i}.md").write_text(LINK.format("news-letter"), encoding="utf-8")
    (tmp_path / "index.md").write_text(LINK.format("news_letter") * 4, encoding="utf-8")
    assert _reasons(run, tmp_path) == {("index.md", "the spelling the most files write)")}


def test_more_files_and_more_links_is_the_most_used(run, tmp_path):
    for i in range(3):
        (tmp_path / f"page{i}.md").write_text(LINK.format("news-letter"), encoding="utf-8")
    (tmp_path / "index.md").write_text(LINK.format("news_letter"), encoding="utf-8")
    assert _reasons(run, tmp_path) == {("index.md", "the most used spelling)")}


def test_the_spelling_to_write_survives_in_a_markdown_link(run, tmp_path):
    """newuser48c F5: "write `utm_campaign=launch week`" on a link in a Markdown destination, where a space ends the
    link: the value to write is given as a link holds it, `launch%20week` (the same value in GA4); a template's slot
    keeps its spaces."""
    html = '<a href="https://acme.dev/{}?utm_source=news&utm_medium=email&utm_campaign=launch week">x</a>\n'
    (tmp_path / "a.html").write_text(html.format("a") + html.format("b"), encoding="utf-8")
    (tmp_path / "b.html").write_text(html.format("c"), encoding="utf-8")
    (tmp_path / "post.md").write_text("[post](https://acme.dev/p?utm_source=news&utm_medium=email"
                                      "&utm_campaign=launch-week)\n", encoding="utf-8")
    found = json.loads(run("scan", "--format", "json", "--no-cache", ".", cwd=tmp_path).out)
    [told] = [f for f in found if f["name"] == "campaign-fragmentation"]
    assert told["path"] == "post.md" and "write `utm_campaign=launch%20week`" in told["message"], told
    from utmlint.scan.wording import url_speak

    assert url_speak("write `campaign: {{ page.slug }} 2026`") == "write `utm_campaign={{ page.slug }}%202026`"
    assert url_speak("write `medium: email` and `campaign: a b`") == "write `utm_medium=email&utm_campaign=a%20b`"
