"""A relative path a Markdown doc names in running text (inline code in a sentence) under a section about an e-mail
the team sends (`### Email content`, `## Weekly digest`) is that e-mail's link, specified: its values are judged as a
campaign's (scan.examples.email_section, NAMED_IN_PLAN), as a campaign doc's landing page is; never an internal link.

- Corpus 45 #72 (ryuto1127/steadii's docs/handoffs/post-alpha-5-weekly-activity.md): under `### Email content`,
  `3. **CTA** — "See the full activity log →" linking to `/app/activity?utm_source=weekly_digest``: the e-mail's link
  with a source only (no medium, no campaign: Unassigned) was told nothing (a sample request's only URL rules).
- Still: a path in a sentence of any other section is a sample request (only the URL rules: nothing told on
  incomplete tags); complete Email tags under an e-mail's heading tell nothing (corpus 24 #56's footer link).
Real files in a temp folder, `utmlint scan --format json` in-process."""

from __future__ import annotations

import json

from utmlint.cli import main

SPEC = """# Weekly retrospective digest

## Feature 1 — Weekly digest (Sunday 5pm local)

### Behavior

Compute the week's counts and send.

### {heading}

**Body sections** (in order):
1. **Stats grid** — archived / drafted / sent
2. **CTA** — "See the full activity log →" linking to `{path}`

No deep-links into individual drafts.
"""


def scan(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    return json.loads(capsys.readouterr().out)


def write(tmp_path, heading, path):
    (tmp_path / "docs").mkdir(exist_ok=True)
    (tmp_path / "docs" / "weekly-activity.md").write_text(SPEC.format(heading=heading, path=path), encoding="utf-8")


def test_a_path_named_under_an_emails_section_is_judged_as_the_emails_link(tmp_path, monkeypatch, capsys):
    write(tmp_path, "Email content", "/app/activity?utm_source=weekly_digest")
    assert [(f["line"], f["name"]) for f in scan(tmp_path, monkeypatch, capsys)] == [(13, "missing-utm-param")]


def test_complete_email_tags_under_an_emails_section_tell_nothing(tmp_path, monkeypatch, capsys):
    write(tmp_path, "Newsletter footer", "/themes?utm_source=newsletter&utm_medium=email&utm_campaign=daily")
    assert scan(tmp_path, monkeypatch, capsys) == []


def test_a_path_named_in_another_section_is_still_a_sample_request(tmp_path, monkeypatch, capsys):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "guide.md").write_text(
        "# Guide\n\n## Reading campaign tags\n\nThe page reads them from a request like "
        "`/app/activity?utm_source=weekly_digest` and stores them.\n", encoding="utf-8")
    assert scan(tmp_path, monkeypatch, capsys) == []


def test_an_email_librarys_illustration_under_an_email_heading_is_still_a_sample(tmp_path, monkeypatch, capsys):
    # review46 F16: a heading naming e-mail is not enough; the line must specify one of the team's e-mail's links,
    # and an illustration of how a library joins paths (`X becomes Y`) is a sample
    (tmp_path / "README.md").write_text(
        "# mailkit\n\n## Email templates\n\nEach template's footer links are relative paths the library joins to your "
        "`baseUrl`. For example\n`/unsubscribe?utm_source=newsletter` becomes "
        "`https://your-site.com/unsubscribe?utm_source=newsletter`.\n\n## Newsletter\n\n"
        "Read more in `/archive?utm_source=readme` on the site.\n", encoding="utf-8")
    found = [(f["line"], f["column"], f["name"]) for f in scan(tmp_path, monkeypatch, capsys)]
    # only the full URL of the illustration (column 47, as main tells it); the path before it (column 2) and the
    # path under `## Newsletter` in a sentence naming no link role: nothing
    assert found == [(6, 47, "missing-utm-param")]
