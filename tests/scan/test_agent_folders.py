"""The instructions a repository keeps for its coding agents (`.agents/skills/*/SKILL.md`, `.claude/`, `.cursor/`,
`.windsurf/`) are text the team writes and publishes with its code: `utmlint scan .` reads them (scan.files.
PUBLISHED_HIDDEN, recall, session 35), as the pre-commit hook always did (it is handed every committed file of a kind
it reads). An assistant's research pasted there brings its citation tags (oh-my-posh's `.agents/skills/.../
signs-of-ai-writing.md`: six `utm_source=chatgpt.com` links, corpus 6 #201-#206). A correct skill stays clean; a
team's own typo in one is told."""

from __future__ import annotations

import json

from utmlint.cli import main


def _scan(root, monkeypatch, capsys):
    monkeypatch.chdir(root)
    code = main(["scan", ".", "--format", "json"])
    out = json.loads(capsys.readouterr().out)
    return code, sorted((d["path"], d["name"]) for d in out)


def _write(root, path, text):
    (root / path).parent.mkdir(parents=True, exist_ok=True)
    (root / path).write_text(text, encoding="utf-8")


def test_an_assistants_citation_tag_in_a_skill_is_found(tmp_path, monkeypatch, capsys):
    _write(tmp_path, ".agents/skills/writing/SKILL.md",
           "See [the guide](https://en.wikipedia.org/wiki/Plain_language?utm_source=chatgpt.com).\n")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert found == [(".agents/skills/writing/SKILL.md", "copied-tracking")] and code == 1


def test_a_correct_skill_stays_clean_and_a_typo_in_ones_own_is_told(tmp_path, monkeypatch, capsys):
    good = "https://acme.io/docs?utm_source=acme-cli&utm_medium=referral&utm_campaign=onboarding"
    _write(tmp_path, ".claude/skills/release/SKILL.md", f"Link the docs as [docs]({good}).\n")
    _write(tmp_path, ".cursor/rules/links.md", "Plain links only: https://acme.io/pricing\n")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert (code, found) == (0, [])
    _write(tmp_path, ".claude/skills/release/SKILL.md", f"Link the docs as [docs]({good.replace('referral', 'referal')}).\n")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert found == [(".claude/skills/release/SKILL.md", "medium-unassigned")] and code == 1


def test_a_plugins_wordpress_org_page_is_read(tmp_path, monkeypatch, capsys):
    # corpus 33 #39 #40 #42: LifterLMS Labs keeps its WordPress.org directory description in `.wordpress-org/readme/`,
    # the plugin page users read; its `utm_medium=product` (Unassigned) was never told, the folder being hidden
    body = ("[Documentation](https://lifterlms.com/docs/lab-action-manager/?utm_source=readme&utm_medium=product"
            "&utm_campaign=lifterlmslabsplugin&utm_content=actionmanager).\n")
    _write(tmp_path, ".wordpress-org/readme/description.md", body)
    _write(tmp_path, ".wordpress-org/readme/faq.md", body.replace("=product", "=referral"))
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert found == [(".wordpress-org/readme/description.md", "medium-unassigned")] and code == 1


def test_an_editors_or_a_tools_hidden_folder_stays_unread(tmp_path, monkeypatch, capsys):
    bad = "https://acme.io/?utm_source=chatgpt.com\n"
    for path in (".vscode/notes.md", ".idea/links.md", ".cache/page.html", ".wordpress/notes.md"):
        _write(tmp_path, path, bad)
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert found == []


def test_cursors_rules_are_read_as_markdown(tmp_path, monkeypatch, capsys):
    # stranger16 R8: Cursor keeps its rules as `.cursor/rules/*.mdc` (Markdown with front matter): `.cursor` was
    # walked and its rules never read, nor listed by --show-files; now a typo there is told as in `.windsurf`'s `.md`
    body = "Always link https://acme.com/pricing?utm_source=docs&utm_medium=emial&utm_campaign=Spring\n"
    _write(tmp_path, ".cursor/rules/links.mdc", "---\ndescription: links\nalwaysApply: true\n---\n" + body)
    _write(tmp_path, ".windsurf/rules/links.md", body)
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert found == [(".cursor/rules/links.mdc", "medium-unassigned"), (".cursor/rules/links.mdc", "value-case"),
                     (".windsurf/rules/links.md", "medium-unassigned"), (".windsurf/rules/links.md", "value-case")]
    assert code == 1


def test_a_correct_cursor_rule_stays_clean(tmp_path, monkeypatch, capsys):
    _write(tmp_path, ".cursor/rules/links.mdc", "---\ndescription: links\nglobs: \"*.md\"\n---\n"
           "Tag links like https://acme.com/pricing?utm_source=docs&utm_medium=referral&utm_campaign=spring\n")
    assert _scan(tmp_path, monkeypatch, capsys) == (0, [])
