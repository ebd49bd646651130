"""One typo, one finding (stranger17 R7, R13).

`campain: spring` was three errors (schema-violation "needs `campaign`", schema-violation "unknown key `campain`; did
you mean `campaign`?", missing-utm-param "this link has no `campaign`"), and `platform: customerio` one
platform-unknown plus a missing-utm-param on every link whose source and medium the profile would have supplied.
The typo's own finding is the one (its fix or its "did you mean" mends the rest); with it not selected, the others
still speak, and a missing key that is no typo's is still told."""

from __future__ import annotations

LINKS = "links:\n  - url: https://northwind.io/a\n    content: a\n  - url: https://northwind.io/b\n    content: b\n"


def _codes(project, run, text, *flags):
    root = project({"c/a.yaml": text, ".utmlint.yaml": "include: ['c/*.yaml']\n"})
    done = run("lint", "--format", "json", "--no-cache", *flags, "c/a.yaml", cwd=root)
    assert "Traceback" not in done.err
    return [(f["code"], f["message"]) for f in done.findings]


def test_a_misspelled_top_level_key_is_one_finding(project, run):
    found = _codes(project, run, "campain: spring\nsource: intercom\nmedium: email\n" + LINKS)
    assert [code for code, _ in found] == ["UTM002"], found
    assert "did you mean `campaign`?" in found[0][1]


def test_a_misspelled_platform_is_one_finding(project, run):
    found = _codes(project, run, "campaign: spring\nplatform: customerio\n" + LINKS)
    assert [code for code, _ in found] == ["UTM104"], found
    assert "did you mean `customer-io`?" in found[0][1]


def test_the_rest_is_still_told_when_it_is_not_the_typos(project, run):
    # no key written at all: the file lacks its campaign, said once by the schema, and each link lacks it
    found = _codes(project, run, "source: intercom\nmedium: email\n" + LINKS)
    assert [code for code, _ in found] == ["UTM002", "UTM101", "UTM101"], found
    # platform-unknown not selected: the links' missing source and medium speak
    found = _codes(project, run, "campaign: spring\nplatform: customerio\n" + LINKS, "--ignore", "UTM104")
    assert [code for code, _ in found] == ["UTM101", "UTM101"], found
    # a typo of another key beside a campaign really missing on a link: nothing to do with `campaign`
    found = _codes(project, run, "campaign: spring\nsource: intercom\nmedim: email\n" + LINKS)
    assert [code for code, _ in found][:1] == ["UTM002"] and "did you mean `medium`?" in found[0][1]
