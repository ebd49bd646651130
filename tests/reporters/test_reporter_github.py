import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from utmlint.diagnostics import Diagnostic
from utmlint.reporters import github, render
from utmlint.reporters import text
from utmlint.reporters.text import summary_line

COMMAND = re.compile(r"^::(?P<level>\w+) (?P<props>[^:]*)::(?P<message>.*)$")


def runner_unescape(value: str, prop: bool) -> str:
    """What the Actions runner does with an escaped value (StringEscapingUtil, in its order)."""
    pairs = [("%0D", "\r"), ("%0A", "\n")] + ([("%3A", ":"), ("%2C", ",")] if prop else []) + [("%25", "%")]
    for escaped, raw in pairs:
        value = value.replace(escaped, raw)
    return value


def parse(line: str):
    match = COMMAND.match(line)
    assert match, line
    props = {}
    for item in match["props"].split(","):
        key, _, value = item.partition("=")
        props[key] = runner_unescape(value, prop=True)
    return match["level"], props, runner_unescape(match["message"], prop=False)


@pytest.mark.parametrize(
    "raw, data, prop",
    [
        ("plain text", "plain text", "plain text"),
        ("100%", "100%25", "100%25"),
        ("spring%20sale", "spring%2520sale", "spring%2520sale"),
        ("a\nb", "a%0Ab", "a%0Ab"),
        ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
        ("https://ex.com/?a=1,2", "https://ex.com/?a=1,2", "https%3A//ex.com/?a=1%2C2"),
        ("%0A", "%250A", "%250A"),
        ("title::x", "title::x", "title%3A%3Ax"),
        ("", "", ""),
    ],
)
def test_escaping_table(raw, data, prop):
    assert github.escape_data(raw) == data
    assert github.escape_property(raw) == prop


def test_percent_twenty_in_a_message_reaches_the_wire_as_percent_2520(summary):
    d = Diagnostic("c.yaml", 1, 1, "UTM301", "redirect-drops-utm", "error", "utm_campaign=spring%20sale dropped")
    line = github.render([d], summary).splitlines()[0]
    assert line.endswith("::utm_campaign=spring%2520sale dropped")
    assert parse(line)[2] == "utm_campaign=spring%20sale dropped"


@given(message=st.text(), path=st.text(alphabet=st.characters(blacklist_categories=["Cs"]), min_size=1))
def test_every_message_and_path_round_trips_through_the_runner(message, path):
    d = Diagnostic(path, 3, 4, "UTM201", "uppercase-utm-value", "warning", message)
    line = github.annotation(d)
    assert "\n" not in line and "\r" not in line
    level, props, text = parse(line)
    assert (level, props["file"], props["line"], props["col"], text) == ("warning", path, "3", "4", message)


def test_severity_maps_to_error_warning_notice(diagnostics, summary):
    levels = [parse(line)[0] for line in github.render(diagnostics, summary).splitlines()[:-1]]
    assert levels == ["warning", "error", "notice", "error"]


def test_properties_carry_position_end_and_title(diagnostics, summary):
    lines = github.render(diagnostics, summary).splitlines()
    _, first, _ = parse(lines[0])
    assert first == {"file": "campaigns/onboarding series.yaml", "line": "7", "col": "13", "endLine": "7",
                     "endColumn": "18", "title": "UTM201 uppercase-utm-value"}
    _, second, _ = parse(lines[1])
    assert "endLine" not in second and "endColumn" not in second
    _, last, _ = parse(lines[3])
    assert (last["endLine"], last["endColumn"]) == ("4", "2")


def test_ends_with_the_text_summary_line(diagnostics, summary):
    out = github.render(diagnostics, summary)
    assert out.endswith("\n")
    assert out.splitlines()[-1] == summary_line(diagnostics, 3)
    assert summary_line(diagnostics, 3).startswith("Found 2 errors, 1 warning, 1 info")


def test_clean_run_prints_only_the_summary(summary):
    assert github.render([], summary) == "All clean: 3 files checked.\n"


def test_snapshot(diagnostics, summary, snapshot):
    snapshot("github.txt", render("github", diagnostics, summary))


def test_more_annotations_than_github_shows_are_also_listed_in_plain_text(summary):
    many = [Diagnostic("a.yaml", n, 1, "UTM201", "uppercase-utm-value", "warning", f"value {n}") for n in range(1, 13)]
    lines = github.render(many, summary).splitlines()
    assert sum(line.startswith("::warning ") for line in lines) == 12
    assert lines[12] == "GitHub shows only 10 annotations of each level per step; every finding:"
    assert lines[13:25] == ["  " + text.line(d) for d in many]
    assert all(line.startswith(f"  a.yaml:{n}:1: UTM201 uppercase-utm-value warning: ") for n, line in enumerate(lines[13:25], 1))
    assert lines[-1].startswith("Found 12 warnings")
    assert "every finding" not in github.render(many[:10], summary)


def test_a_file_named_like_a_workflow_command_cannot_inject_one(summary):
    many = [Diagnostic("::add-mask::x.yaml", n, 1, "UTM201", "uppercase-utm-value", "warning", "m") for n in range(11)]
    lines = github.render(many, summary).splitlines()
    assert all(line.startswith("::warning file=%3A%3Aadd-mask%3A%3Ax.yaml,") for line in lines[:11])
    assert not any(line.startswith("::") for line in lines[11:])
