"""content-not-step-scoped reads a series numbered by day, e-mail or touch as it reads `step-N` (stranger17 R2).

`email-1-pricing` in step `email-1-welcome` of a series whose steps are `email-1-...`, `email-2-...`, `email-3-...`
names step 1 as `step-1-pricing` would; it was told "does not name its step" with the fix
`email-1-welcome-email-1-pricing`, and the commit failed. Content naming another number of the series, content
naming none, and a prefix two steps share are still told."""

from __future__ import annotations

import pytest

from utmlint.checks.structure import step_scope_problem


class _Step:
    def __init__(self, id_: str) -> None:
        self.id = id_


def _steps(*ids):
    return [_Step(i) for i in ids]


SERIES = _steps("email-1-welcome", "email-2-case-study", "email-3-last-chance")
DAYS = _steps("day-1-welcome", "day-3-tour", "day-10-post")


@pytest.mark.parametrize("content, step, steps", [
    ("email-1-pricing", SERIES[0], SERIES),
    ("email-1-quickstart", SERIES[0], SERIES),
    ("Email_1 Pricing", SERIES[0], SERIES),
    ("day-1-docs", DAYS[0], DAYS),
    ("day-10-cta", DAYS[2], DAYS),
])
def test_the_series_own_numbering_names_the_step(content, step, steps):
    assert step_scope_problem(content, step, steps) is None


def test_the_mistakes_are_still_told():
    # another number of the series: the copy-paste slip
    problem, fixed = step_scope_problem("email-2-pricing", SERIES[0], SERIES)
    assert "names `email-2`, not `email-1`" in problem and fixed == "email-1-pricing"
    # no step named at all: the fix puts the series' own prefix in front
    problem, fixed = step_scope_problem("primary-cta", SERIES[1], SERIES)
    assert "does not name its step" in problem and fixed == "email-2-primary-cta"
    # two steps on day 1: `day-1-docs` does not say which
    shared = _steps("day-1-welcome", "day-1-tour", "day-2-tips")
    assert step_scope_problem("day-1-docs", shared[0], shared) is not None
    # steps not all numbered by the word: the prefix is not read
    mixed = _steps("email-1-welcome", "tour", "email-2-tips")
    assert step_scope_problem("email-1-docs", mixed[0], mixed) is not None
    # `step-N` as ever
    steps = _steps("step-1-welcome", "step-2-tips")
    assert step_scope_problem("step-1-docs", steps[0], steps) is None
    assert "names `step-2`" in step_scope_problem("step-2-docs", steps[0], steps)[0]


def test_lint_passes_the_numbered_series(project, run):
    campaign = ("campaign: trial-nurture\nsource: customerio\nmedium: email\ntype: series\nsteps:\n"
                "  - id: email-1-welcome\n    links:\n"
                "      - {url: 'https://northwind.io/docs', content: email-1-quickstart}\n"
                "      - {url: 'https://northwind.io/pricing', content: email-1-pricing}\n"
                "  - id: email-2-case-study\n    links:\n"
                "      - {url: 'https://northwind.io/customers', content: email-1-case-study}\n")
    root = project({"c/a.yaml": campaign})
    done = run("lint", "--format", "json", "--no-cache", "c/a.yaml", cwd=root)
    assert [(f["code"], f["line"]) for f in done.findings] == [("UTM504", 12)], done.out


def test_a_template_slot_in_the_content_is_kept_as_written(run, tmp_path):
    """newuser46: `{{ user.first_name }}` in step `day-3` was told "use `day-3-{{-user-first-name-}}`", a tag no platform
    fills in; a slot alone has no written words to name a step with (pii-in-url tells that one), and around one the
    words are judged and the slot kept as written."""
    (tmp_path / "c.yaml").write_text(
        "campaign: trial-nurture\nsource: intercom\nmedium: email\nsteps:\n"
        "  - id: day-1\n    links:\n      - url: https://example.com/a\n        content: \"{{ message.id }}\"\n"
        "  - id: day-3\n    links:\n      - url: https://example.com/b\n        content: \"Welcome {{ variant }}\"\n",
        encoding="utf-8")
    found = [f["message"] for f in run("lint", "--format", "json", "--no-cache", "c.yaml", cwd=tmp_path).findings
             if f["code"] == "UTM504"]
    assert found == ["utm_content `Welcome {{ variant }}` in step `day-3` does not name its step, so nobody reading GA4 "
                     "can tell which step of the series this row is; use `day-3-welcome-{{ variant }}`"], found


def test_a_readers_name_and_a_respelling_give_one_suggestion(run, tmp_path):
    """review46 F11: around a slot naming the reader (`*|FNAME|* hero`), content-not-step-scoped advised keeping the
    name in a step-scoped content (`day-3-*|FNAME|*-hero`, still personal data) beside pii-in-url's "take it out": it
    is silent there. And `Welcome Hero` in step `day-3` was respelled two ways, value-case's `welcome hero` and this
    rule's `day-3-welcome-hero`: the step-scoped spelling is the one suggestion (onefinding.STEP_SCOPED)."""
    (tmp_path / "c.yaml").write_text(
        "campaign: trial\nsource: intercom\nmedium: email\nsteps:\n"
        "  - id: day-1\n    links:\n      - url: https://example.com/a\n        content: day-1\n"
        "  - id: day-3\n    links:\n      - url: https://example.com/b\n        content: Welcome Hero\n"
        "      - url: https://example.com/c\n        content: \"*|FNAME|* hero\"\n"
        "      - url: https://example.com/d\n        content: day-3-Hero\n", encoding="utf-8")
    found = [(f["line"], f["code"]) for f in run("lint", "--format", "json", "--no-cache", "c.yaml", cwd=tmp_path).findings]
    assert found == [(12, "UTM504"), (14, "UTM312"), (16, "UTM201")], found  # a named step's capital: value-case's
