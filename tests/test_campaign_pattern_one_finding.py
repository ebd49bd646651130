"""A campaign the team's `campaign-pattern` rejects however it is respelled is one finding, campaign-slug's
(stranger19 R8).

With `campaign-pattern: "q[1-4]-[a-z]+"`, `campaign: Spring_Sale` got value-case's "write `spring_sale`" (a safe fix)
and, once that was followed, campaign-slug's "does not follow the team's `campaign-pattern`": two steps, the first of
them advice the team's own pattern fails. campaign-slug now speaks at once when the respelled value still misfits,
and the respelling toward it is dropped (onefinding: the value must be renamed). A value whose respelling fits the
pattern keeps value-case's one finding and fix, and without a pattern nothing changes.
"""

from __future__ import annotations

import pytest

CAMPAIGN = ("campaign: {}\nsource: newsletter\nmedium: email\n"
            "links:\n  - url: https://northwind.io/sale\n    content: hero\n")


def _found(project, run, campaign, config="campaign-pattern: 'q[1-4]-[a-z]+'\n"):
    root = project({"c/a.yaml": CAMPAIGN.format(campaign), ".utmlint.yaml": "include: ['c/*.yaml']\n" + config})
    done = run("lint", "--format", "json", "--no-cache", "c/a.yaml", cwd=root)
    assert "Traceback" not in done.err
    return [(f["code"], f["message"]) for f in done.findings]


def test_a_respelling_the_pattern_still_rejects_is_no_step_campaign_slug_is_the_one_finding(project, run):
    found = _found(project, run, "Spring_Sale")
    assert [code for code, _ in found] == ["UTM205"], found
    assert "does not follow the team's `campaign-pattern` `q[1-4]-[a-z]+`" in found[0][1]
    assert "spring_sale" not in found[0][1]  # no advice toward a value the pattern rejects


@pytest.mark.parametrize("campaign, config, expected", [
    ("Q1-Sale", "campaign-pattern: 'q[1-4]-[a-z]+'\n", ["UTM201"]),  # respelled it fits: value-case's fix is the way
    ("Spring_Sale", "", ["UTM201"]),  # no team pattern: the default convention takes `spring_sale`
    ("spring-sale", "campaign-pattern: 'q[1-4]-[a-z]+'\n", ["UTM205"]),  # nothing to respell: the pattern's finding
])
def test_value_case_keeps_what_its_fix_settles(project, run, campaign, config, expected):
    assert [code for code, _ in _found(project, run, campaign, config)] == expected
