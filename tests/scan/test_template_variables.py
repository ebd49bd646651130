"""The page templates scan reads as HTML write their variables and comments in their own syntax (stranger14 R12):
Razor's `@Model.CampaignName` and `@* *@`, Velocity's `$campaignName` and `##`, ColdFusion's `#source#` and
`<!--- --->`, JSP's and Web Forms' `<%-- --%>`. A variable is filled in when the page renders: it is no value to
respell (the safe --fix wrote `@model.campaignname`, Razor's directive, and the view no longer compiled), and a
comment is never sent to a browser. A real mistake beside a variable keeps its finding, and --fix fixes it alone."""

from __future__ import annotations

import json

import pytest

from utmlint.cli import main

FILES = {
    "Views/Mail/Welcome.cshtml": (
        "@* old: https://pixel.io/?utm_source=app&utm_medium=emial&utm_campaign=old *@\n"
        '<a href="https://pixel.io/p?utm_source=webapp&utm_medium=referral&utm_campaign=@Model.CampaignName">Go</a>\n'
        '<a href="https://pixel.io/q?utm_source=@ViewBag.Source&utm_medium=emial&utm_campaign=Spring">Go</a>\n'
        '<a href="https://pixel.io/r?utm_source=@(Model.Src)&utm_medium=referral&utm_campaign=spring">Go</a>\n'),
    "templates/mail.vm": (
        "## old: https://pixel.io/?utm_source=app&utm_medium=emial&utm_campaign=old\n"
        "#* https://pixel.io/?utm_source=app&utm_medium=emial&utm_campaign=old *#\n"
        '<a href="https://pixel.io/p?utm_source=webapp&utm_medium=referral&utm_campaign=$campaignName">Go</a>\n'
        '<a href="https://pixel.io/p?utm_source=$!{src}&utm_medium=emial&utm_campaign=Spring">Go</a>\n'),
    "mail/welcome.cfm": (
        "<!--- old: https://pixel.io/?utm_source=app&utm_medium=emial&utm_campaign=old --->\n"
        '<a href="https://pixel.io/p?utm_source=#source#&utm_medium=email&utm_campaign=#campaign#">Go</a>\n'
        '<a href="https://pixel.io/p?utm_source=#url.src#&utm_medium=emial&utm_campaign=Spring">Go</a>\n'),
    "web/promo.jsp": (
        "<%-- old: https://pixel.io/?utm_source=app&utm_medium=emial&utm_campaign=old --%>\n"
        '<a href="https://pixel.io/p?utm_source=portal&utm_medium=emial&utm_campaign=<%= campaign %>">Go</a>\n'),
    "web/Promo.aspx": (
        "<%-- old: https://pixel.io/?utm_source=app&utm_medium=emial&utm_campaign=old --%>\n"
        '<a href="https://pixel.io/p?utm_source=portal&utm_medium=emial&utm_campaign=<%# Eval("C") %>">Go</a>\n'),
}


@pytest.fixture
def repo(tmp_path, monkeypatch):
    for name, text in FILES.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _findings(capsys):
    main(["scan", "--format", "json", "--no-cache", "."])
    return sorted((f["path"], f["line"], f["name"]) for f in json.loads(capsys.readouterr().out))


@pytest.mark.parametrize("path, typo_line, case_line", [
    ("Views/Mail/Welcome.cshtml", 3, 3), ("templates/mail.vm", 4, 4), ("mail/welcome.cfm", 3, 3),
    ("web/promo.jsp", 2, None), ("web/Promo.aspx", 2, None)])
def test_variables_and_comments_are_no_values_but_typos_beside_them_are_found(repo, capsys, path, typo_line,
                                                                              case_line):
    found = [(line, name) for p, line, name in _findings(capsys) if p == path]
    assert (typo_line, "medium-unassigned") in found  # `emial` beside a variable keeps its finding
    if case_line:
        assert (case_line, "value-case") in found  # `Spring` beside a variable too
    # the variables: no value-case, no utm-in-fragment (CFML's `#source#`), nothing else on their lines
    assert all(name == "medium-unassigned" or line == case_line and name == "value-case" for line, name in found), found
    assert 1 not in [line for line, _ in found]  # the comment's old link is not read


def test_fix_never_touches_a_variable(repo, capsys):
    main(["scan", "--fix", "--no-cache", "."])
    capsys.readouterr()
    razor = (repo / "Views/Mail/Welcome.cshtml").read_text(encoding="utf-8")
    assert "utm_campaign=@Model.CampaignName" in razor and "utm_source=@ViewBag.Source" in razor
    assert "utm_source=@(Model.Src)" in razor
    assert "utm_campaign=spring" in razor  # the real mistake beside it is fixed
    velocity = (repo / "templates/mail.vm").read_text(encoding="utf-8")
    assert "utm_campaign=$campaignName" in velocity and "utm_source=$!{src}" in velocity
    assert "utm_campaign=spring" in velocity
    cfml = (repo / "mail/welcome.cfm").read_text(encoding="utf-8")
    assert "utm_source=#source#&utm_medium=email&utm_campaign=#campaign#" in cfml and "#url.src#" in cfml
    assert "utm_campaign=spring" in cfml


def test_an_address_or_a_fragment_is_no_variable():
    from utmlint.scan.core import PLACEHOLDER

    assert PLACEHOLDER.search("mailto:jane@Host.com?utm_source=x") is None
    assert PLACEHOLDER.search("https://x.com/?utm_source=a&#39;b") is None
    assert PLACEHOLDER.search("https://x.com/?utm_source=a#top") is None
