import xml.etree.ElementTree as ET

from hypothesis import given
from hypothesis import strategies as st

from utmlint.diagnostics import Diagnostic
from utmlint.reporters import RunSummary, junit, render

ONBOARDING = "campaigns/onboarding series.yaml"
ANNOUNCE = "campaigns/outbound/announce.yaml"
CLEAN = "campaigns/clean.yaml"


def parse(text: str) -> ET.Element:
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    return ET.fromstring(text.encode("utf-8"))


def test_one_testsuite_per_file_including_clean_ones(diagnostics, summary):
    root = parse(junit.render(diagnostics, summary))
    assert root.tag == "testsuites"
    assert [s.get("name") for s in root.findall("testsuite")] == [CLEAN, ONBOARDING, ANNOUNCE]
    counts = {s.get("name"): (s.get("tests"), s.get("failures"), s.get("errors")) for s in root}
    assert counts == {CLEAN: ("1", "0", "0"), ONBOARDING: ("3", "2", "0"), ANNOUNCE: ("1", "1", "0")}
    assert (root.get("tests"), root.get("failures")) == ("5", "3")


def test_clean_file_is_one_passing_testcase(diagnostics, summary):
    suite = parse(junit.render(diagnostics, summary)).find(f"testsuite[@name='{CLEAN}']")
    (case,) = suite.findall("testcase")
    assert case.get("name") == "no findings" and len(case) == 0


def test_errors_and_warnings_are_failures_with_the_code_as_type(diagnostics, summary):
    suite = parse(junit.render(diagnostics, summary)).find(f"testsuite[@name='{ONBOARDING}']")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [
        "UTM201 uppercase-utm-value at 7:13", "UTM301 redirect-drops-utm at 12:14", "UTM210 missing-step-content at 20:5"
    ]
    failure = cases[0].find("failure")
    assert failure.get("type") == "UTM201"
    assert failure.get("message") == "utm_medium `Email` has uppercase letters"
    assert failure.text == f"{ONBOARDING}:7:13: UTM201 uppercase-utm-value [warning] utm_medium `Email` has uppercase letters"
    assert cases[1].find("failure").get("message").startswith("https://ex.com/?utm_campaign=spring%20sale")
    assert (cases[0].get("file"), cases[0].get("line"), cases[0].get("classname")) == (
        ONBOARDING, "7", "campaigns/onboarding series")


def test_info_passes_with_its_message_in_system_out(diagnostics, summary):
    suite = parse(junit.render(diagnostics, summary)).find(f"testsuite[@name='{ONBOARDING}']")
    info = suite.findall("testcase")[2]
    assert info.find("failure") is None and info.find("skipped") is None
    assert info.find("system-out").text.endswith("links out without utm_content\nadd `content: step-2`")


def test_info_fails_when_the_run_fails_on_info(diagnostics, registry):
    summary = RunSummary(files=[ONBOARDING], registry=registry, fail_on="info")
    suite = parse(junit.render(diagnostics[:3], summary)).find("testsuite")
    assert suite.get("failures") == "3"


def test_forbidden_xml_characters_are_made_visible_and_the_xml_still_parses(registry):
    nasty = "bell\x07 nul\x00 esc\x1b tab\t ok <&> \"q\" \ufffe surrogate\udcff"
    d = Diagnostic("odd\x01.yaml", 1, 2, "UTM201", "uppercase-utm-value", "warning", nasty)
    root = parse(junit.render([d], RunSummary(files=[], registry=registry)))
    failure = root.find("testsuite/testcase/failure")
    assert failure.get("message") == "bell\\x07 nul\\x00 esc\\x1b tab\t ok <&> \"q\" \\ufffe surrogate\\udcff"
    assert root.find("testsuite").get("name") == "odd\\x01.yaml"


def test_files_only_named_by_diagnostics_still_get_a_suite(registry):
    d = Diagnostic("other.yaml", 1, 1, "UTM150", "source-fragmentation", "warning", "`Intercom` vs `intercom`")
    root = parse(junit.render([d], RunSummary(files=["a.yaml"], registry=registry)))
    assert [s.get("name") for s in root] == ["a.yaml", "other.yaml"]


def test_snapshot(diagnostics, summary, snapshot):
    snapshot("junit.xml", render("junit", diagnostics, summary))


@given(message=st.text(), path=st.text(min_size=1))
def test_any_message_and_path_make_well_formed_xml(message, path):
    from utmlint.registry import Registry

    d = Diagnostic(path, 1, 1, "UTM201", "uppercase-utm-value", "warning", message)
    root = parse(junit.render([d], RunSummary(files=[path], registry=Registry([]))))
    assert root.find("testsuite").get("name") == junit.clean(path)
    assert root.find("testsuite/testcase/failure").get("message") == junit.clean(message)
