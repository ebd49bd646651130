"""Readings added after corpus 44's blind measurement (tests/data/real-urls-44, session 45, fix4344): a Rust file's
inline test module (`#[cfg(test)] mod tests { ... }`) is a test's code, its links the test's inputs and expected
outputs; the code above and below it is the program's, judged as ever. And shell scripts are read (an Action's
entrypoint.sh, an installer), their `#` comments as comments."""

from __future__ import annotations

from tests.scan.repository import scan_repository
from utmlint.scan.files import in_test_code, rust_test_spans
from utmlint.validate_url import validate_url


scan = scan_repository


def names(found, line=None):
    return sorted(f["name"] for f in found if line is None or f["line"] == line)


SHOP = "https://www.6b6t.org/shop?utm_source=telegram&utm_medium=telegram_group&utm_campaign=evergreen_vote&lang=en"
# 6b6t's Telegram link rewriter (corpus 44 #20 #24 #25: src/telegram.rs), shortened: the bot's own message above its
# test module, a test's expected output inside it (after a `"{"` and a `'}'` that open and close nothing), and a
# function after the module
TELEGRAM = f'''pub const FOOTER: &str = "[Shop]({SHOP})";

#[cfg(test)]
mod tests {{
    use super::*;

    #[test]
    fn rewrites_links() {{
        let open = "{{";
        let close = '}}';
        let raw = r"\\";
        assert_eq!(
            rewrite("x"),
            "[Shop]({SHOP})"
        );
    }}
}}

pub fn later() -> &'static str {{
    "[Shop]({SHOP})"
}}
'''


def test_a_rust_test_modules_links_are_the_tests_and_the_code_around_it_is_judged(tmp_path, monkeypatch, capsys):
    found = scan(tmp_path, monkeypatch, capsys, "6b6t/6b6t-discord-bot", {"src/telegram.rs": TELEGRAM})
    assert "medium-unassigned" in names(found, 1)  # the bot's message, above the module (corpus 44 #21 #23 #26 #27)
    assert names(found, 14) == []  # the test's expected output
    assert "medium-unassigned" in names(found, 20)  # after the module's closing brace


def test_only_a_test_module_is_read_so():
    """`#[cfg(test)]` on a function (delta's `fake_delta_cwd_for_tests`, corpus 6's src/utils/path.rs) and a `mod tests`
    without the attribute are no test module; neither is the same text in a file of another language."""
    helper = f'#[cfg(test)]\npub fn fake_cwd() -> &\'static str {{\n    "{SHOP}"\n}}\n'
    assert rust_test_spans(helper) == ()
    plain = f'mod tests {{\n    const U: &str = "{SHOP}";\n}}\n'
    assert rust_test_spans(plain) == ()
    start = TELEGRAM.index(SHOP, TELEGRAM.index("assert_eq"))
    assert in_test_code("src/telegram.rs", TELEGRAM, start) and not in_test_code("src/telegram.py", TELEGRAM, start)


def test_validate_url_judges_a_link_in_a_test_module_as_scan_does():
    at = dict(repo="6b6t/6b6t-discord-bot", path="src/telegram.rs")
    told = validate_url(SHOP, test_code=True, **at)
    assert told.findings == [] and "cfg(test)" in told.not_judged
    assert "medium-unassigned" in [f.name for f in validate_url(SHOP, **at).findings]


# monit.rs' GitHub Action (corpus 44 #28: entrypoint.sh echoes the PR comment it posts) and La Growth Machine's
# installer (corpus 43 #37: install.sh prints its sign-up link): shell scripts, read as text (never run)
ENTRYPOINT = '''#!/usr/bin/env bash
set -euo pipefail
# Usage: ./entrypoint.sh --url "https://monit.rs/docs?utm_source=docs&utm_medium=usage_line"
{
  echo "## API changes"
  echo "[Get alerted](https://monit.rs/login?utm_source=github_action&utm_medium=pr_comment&utm_campaign=diff)"
} > "$body_file"
curl -s "https://monit.rs/report#top?utm_source=github_action&utm_medium=pr_comment&utm_campaign=diff" || true
resp=$(curl -fsSL -H "Accept: application/json" "https://api.monit.rs/v1/diff?utm_source=github_action")
'''


def test_a_shell_scripts_printed_links_are_read_and_its_comments_are_comments(tmp_path, monkeypatch, capsys):
    from utmlint.scan.files import walked

    assert walked("entrypoint.sh") and walked("scripts/install.bash")
    found = scan(tmp_path, monkeypatch, capsys, "Monitrs/openapi-diff-action", {"entrypoint.sh": ENTRYPOINT})
    assert names(found, 6) == ["medium-unassigned"]  # the PR comment's link (`pr_comment`: Unassigned)
    assert names(found, 3) == []  # a usage comment's example: its values are not judged
    assert found and all(f["line"] not in (8, 9) for f in found)  # curl's URLs: requests, no visit (review45 F19)
    echoed = scan(tmp_path / "echo", monkeypatch, capsys, "Monitrs/openapi-diff-action", {
        "entrypoint.sh": 'echo "https://api.monit.rs/v1/diff?utm_source=github_action"\n'})
    assert "missing-utm-param" in names(echoed, 1)  # the same URL printed for a reader is a link: judged
