"""An agent skill's example outputs are a record of the links the agent retrieved (corpus 24 #24-#28).

briancl2/CustomerNewsletter's newsletter skill keeps its runs as examples (`.github/skills/content-retrieval/
examples/newsletter_phase1b_interim_github_....md`): the GitHub blog posts the agent read, with the blog's own
cross-promotion tags (`utm_source=blog-day1-recap-homepage&utm_medium=blog`, `utm_source=blog-release-oct-2025` with
no medium). Too few sites for a collection, they were told to respell GitHub's medium and add one: six wrong findings.
The file is the agent's recorded output, not links the team publishes: each such link gets copied-tracking's note
and no advice on its tags. A team's own links there (its tags naming it, or its convention on two sites) keep their
verdicts, and GitHub's tags in a page of the team's own docs are judged as before.
"""

from __future__ import annotations

import json

from utmlint.validate_url import validate_url

BLOG = "https://github.blog/news-insights/company-news/welcome-home-agents/?utm_source=blog-day1-recap-homepage&utm_medium=blog&utm_campaign=universe25"
NO_MEDIUM = "https://github.blog/ai-and-ml/github-copilot/x/?utm_source=blog-release-oct-2025&utm_campaign=agentic-copilot-cli-launch-2025"
EXAMPLE = ".github/skills/content-retrieval/examples/newsletter_phase1b_interim_github.md"
REPO = "briancl2/CustomerNewsletter"


def _scan(run, tmp_path, files):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text(f'[remote "origin"]\n\turl = https://github.com/{REPO}.git\n')
    for path, text in files.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")
    found = json.loads(run("scan", "--format", "json", "--no-cache", ".", cwd=tmp_path).out)
    return sorted((f["path"], f["name"], f["severity"]) for f in found)


def test_the_pages_tags_in_a_skills_example_output_are_copied_not_mended(run, tmp_path):
    text = f"# Interim: GitHub\n\n- [Welcome home, agents]({BLOG})\n- [Agentic primitives]({NO_MEDIUM})\n"
    assert _scan(run, tmp_path, {EXAMPLE: text}) == [(EXAMPLE, "copied-tracking", "info")] * 2
    for url in (BLOG, NO_MEDIUM):
        found = validate_url(url, repo=REPO, path=EXAMPLE, file_urls=(BLOG, NO_MEDIUM)).findings
        assert [f.name for f in found] == ["copied-tracking"]
        assert "agent skill's example output" in found[0].message


def test_the_teams_own_links_in_an_example_keep_their_typo(run, tmp_path):
    own = "https://acme.dev/blog/x?utm_source=customernewsletter&utm_medium=emial&utm_campaign=dec"
    convention = ("https://vercel.com/x?utm_source=briefing&utm_medium=emial&utm_campaign=dec",
                  "https://nextjs.org/y?utm_source=briefing&utm_medium=emial&utm_campaign=dec")
    text = f"- [ours]({own})\n- [a]({convention[0]})\n- [b]({convention[1]})\n"
    assert _scan(run, tmp_path, {EXAMPLE: text}) == [(EXAMPLE, "medium-unassigned", "error")] * 3
    assert [f.name for f in validate_url(own, repo=REPO, path=EXAMPLE).findings] == ["medium-unassigned"]


def test_outside_a_skills_examples_the_same_links_are_judged(run, tmp_path):
    text = f"- [Welcome home, agents]({BLOG})\n"
    for path in ("docs/links.md", ".github/skills/content-retrieval/SKILL.md"):
        assert "medium-unassigned" in {f.name for f in validate_url(BLOG, repo=REPO, path=path).findings}
    assert ("docs/links.md", "medium-unassigned", "error") in _scan(run, tmp_path, {"docs/links.md": text})
