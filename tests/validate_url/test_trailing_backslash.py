"""A `\\` ending a utm value is what is left of an escaped `&` (corpus 22 #52).

A README's link wrote `utm_source=gooogle%5C&utm_medium=banner%5C`: the `\\&` a shell or Markdown needs, with the
`\\` percent-encoded into the value. GA4 decodes and keeps it: `gooogle\\` is counted apart from `gooogle`. value-charset
let any percent-encoded character pass (a link that encodes `>` breaks nothing: corpus 4's GiveWP), so a `\\` written
`%5C` was never told. A backslash at a value's end is told, written either way, with the value without it to write;
an encoded character inside a value stays silent."""

from __future__ import annotations

import pytest

from utmlint.validate_url import validate_url


@pytest.mark.parametrize("value", ["google%5C", "google%5c", "google\\", "Google%5C"])
def test_a_backslash_ending_a_value_is_told(value):
    found = validate_url(f"https://acme.dev/?utm_source={value}&utm_medium=email&utm_campaign=spring",
                         repo="acme/site", path="docs/links.md").findings
    assert [f.name for f in found] == ["value-charset"], found
    assert "left of escaping the `&` after it" in found[0].message and found[0].message.endswith("write `google`")


def test_an_encoded_character_inside_a_value_breaks_nothing():
    found = validate_url("https://acme.dev/?utm_source=newsletter&utm_medium=email&utm_campaign=a%5Cb%3Ec",
                         repo="acme/site", path="docs/links.md").findings
    assert found == []


def test_scan_tells_it_in_the_teams_own_readme(project, run):
    root = project({"README.md": "Try it: https://acme.dev/?utm_source=github%5C&utm_medium=referral&utm_campaign=launch\n"
                                 "Or: https://acme.dev/?utm_source=github&utm_medium=referral%5C&utm_campaign=launch\n"})
    done = run("scan", "--format", "json", "--no-cache", ".", cwd=root)
    said = {(f["line"], f["name"]): f["message"] for f in done.findings}
    assert said[(1, "value-charset")].endswith("write `github`"), done.out
    # the medium's `referral\` is Unassigned: medium-unassigned says to write `referral`, one finding for the value
    assert "write `utm_medium=referral`" in said[(2, "medium-unassigned")], done.out
    assert (2, "value-charset") not in said
