"""README's `" Spring Sale "` sentence says what the finding writes with and without a `separator:` (stranger17 R6:
it promised `spring-sale` to a reader with no config, where the one finding writes `spring sale`)."""

from __future__ import annotations

from pathlib import Path

CAMPAIGN = 'campaign: " Spring Sale "\nsource: mailchimp\nmedium: email\nlinks:\n  - url: https://northwind.io/a\n    content: hero\n'


def _finding(project, run, config):
    files = {"c/a.yaml": CAMPAIGN}
    if config:
        files[".utmlint.yaml"] = config
    root = project(files)
    (found,) = run("lint", "--format", "json", "--no-cache", "c/a.yaml", cwd=root).findings
    return found["message"]


def test_the_readme_says_what_each_setting_writes(project, run):
    readme = " ".join(Path(__file__).resolve().parents[1].joinpath("README.md").read_text(encoding="utf-8").split())
    assert '(`" Spring Sale "`, with `separator: "-"`) is one finding that names the three' in readme
    assert "it names the two and writes `spring sale`" in readme
    alone = _finding(project, run, "")  # first: the project folder is shared, and the next call writes a config
    assert "joins words" not in alone and alone.endswith("write `spring sale`")
    with_separator = _finding(project, run, 'separator: "-"\n')
    assert "has capital letters and joins words with spaces" in with_separator and with_separator.endswith("`spring-sale`")
