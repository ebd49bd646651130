"""Without a `separator:` in the config, a value written consistently with `_` is the author's convention.

On the real-URL corpus (tests/data/real-urls) 13 of 15 value-separator findings told owners who write `_`
everywhere (`pramp_banner`, `vuejs_org`) to switch to `-`, which would split each campaign into two GA4 rows;
and campaign-slug flagged deliberate names with dots (`nuxt.com`). Once the team chooses a separator, the
other spelling is the mistake again.
"""

from __future__ import annotations

FILES = {
    "a.yaml": "campaign: flotiq_at_astro_headless_cms\nsource: github\nmedium: referral\n"
              "links:\n  - url: https://example.com/x\n    content: sidebar_link\n",
    "b.yaml": "campaign: nuxt.com\nsource: github\nmedium: referral\n"
              "links:\n  - url: https://example.com/x\n    content: hero banner\n",
}


def _findings(run, tmp_path, config):
    (tmp_path / ".utmlint.yaml").write_text("include: ['**/*.yaml']\n" + config)
    for name, text in FILES.items():
        (tmp_path / name).write_text(text)
    found = run("lint", "--format", "json", "--no-cache", ".", cwd=tmp_path).findings
    return sorted((f["path"], f["line"], f["code"]) for f in found)


def test_consistent_underscores_and_dots_pass_without_a_chosen_separator(run, tmp_path):
    # `hero banner` still breaks something (a space is `%20` or `+` in transit): reported
    assert _findings(run, tmp_path, "") == [("b.yaml", 6, "UTM203")]


def test_a_chosen_separator_makes_underscores_the_mistake(run, tmp_path):
    assert _findings(run, tmp_path, 'separator: "-"\n') == [
        ("a.yaml", 1, "UTM203"), ("a.yaml", 6, "UTM203"), ("b.yaml", 6, "UTM203")]
