"""Rule docs live in one place, the rule's docstring (ruff's sections), and the code -> rule table is explicit."""

from __future__ import annotations

import inspect
import re

import pytest

from utmlint import checks
from utmlint.registry import Rule, parse_doc, rule
from utmlint.rulebook import registry

BUILTIN = [r for r in registry() if r.origin == "utmlint"]
SECTIONS = ["## What it does", "## Why is this bad?", "## Example", "## Use instead", "## Config"]
PARAMETER = {"document": ("doc", "Document"), "campaign": ("campaign", "Campaign"), "link": ("link", "Link"),
             "repo": ("all_facts", "Sequence[CampaignFacts]")}


@pytest.mark.parametrize("r", BUILTIN, ids=lambda r: r.name)
def test_docstring_holds_every_section_in_ruff_order(r):
    doc = inspect.cleandoc(r.check.__doc__)
    summary = doc.split("\n", 1)[0]
    assert summary == r.summary and summary.endswith("."), summary
    headings = re.findall(r"^## .*$", doc, flags=re.MULTILINE)
    assert headings[:2] == SECTIONS[:2], headings
    assert headings == [h for h in SECTIONS if h in headings], f"{r.name}: sections out of order: {headings}"
    parsed = parse_doc(r.check.__doc__)
    assert (parsed["what"], parsed["why"]) == (r.what, r.why)
    assert parsed.get("example", "") == r.example and parsed.get("use_instead", "") == r.use_instead


@pytest.mark.parametrize("r", BUILTIN, ids=lambda r: r.name)
def test_rule_signature_is_typed(r):
    signature = inspect.signature(r.check)
    (first, ctx) = signature.parameters.values()
    assert (first.name, first.annotation) == PARAMETER[r.target]
    assert (ctx.name, ctx.annotation) == ("ctx", "Context")
    assert signature.return_annotation == "Iterator[Report]"


def test_code_table_is_explicit_and_complete():
    found = {}
    for module in (checks.file, checks.params, checks.overrides, checks.vocabulary, checks.values, checks.links,
                   checks.tracking, checks.structure, checks.repo, checks.suppressions):
        found.update({value.code: value for value in vars(module).values() if isinstance(value, Rule)})
    assert dict(checks.RULES) == found
    assert all(code == r.code for code, r in checks.RULES.items())
    assert [r.code for r in BUILTIN] == sorted(checks.RULES)


def test_rule_command_prints_the_docstring_sections(run):
    out = run("rule", "source-not-allowed").out
    for title in ("What it does:", "Why is this bad?", "With this in .utmlint.yaml:", "Example:", "Use instead:"):
        assert title in out
    assert "sources: [intercom, mailchimp]" in out and "source: mailchimpp" in out


def test_bad_docstring_section_is_refused_with_the_rule_code():
    def check(link, ctx):
        """Links point at staging.

        ## What it does
        Flags staging links.

        ## Why this is bad
        Customers cannot open staging.
        """

    with pytest.raises(ValueError, match=r"ACME001: unknown docstring section `## Why this is bad`"):
        rule(code="ACME001", name="acme-staging")(check)


def test_older_docstrings_and_keyword_docs_still_work_for_plugins():
    def check(link, ctx):
        """What it does: flags staging links.
        Why is this bad? Customers cannot open staging.
        """

    made = rule(code="ACME001", name="acme-staging", summary="Links point at staging.", example="a: 1\n")(check)
    assert (made.summary, made.what, made.why, made.example) == (
        "Links point at staging.", "flags staging links.", "Customers cannot open staging.", "a: 1\n")


def test_a_blank_line_keeps_paragraphs_apart_in_every_output(run):
    """stranger10 R15: copied-tracking's "What it does" was one ~60-line paragraph a marketer will not read; its
    doc is short sections now, each a paragraph in `utmlint rule`, the HTML report and SARIF."""
    parsed = parse_doc('''Summary.

    ## What it does
    In short: one
    line.

    More: two.

    ## Why is this bad?
    Because.
    ''')
    assert parsed["what"] == "In short: one line.\n\nMore: two."
    copied = registry().get("copied-tracking")
    assert copied.what.startswith("In short: ") and copied.what.count("\n\n") >= 5
    assert all(len(part) < 1200 for part in copied.what.split("\n\n"))  # no wall of text
    out = run("rule", "copied-tracking").out
    # scan edits only utm keys and values in place: removing a copied id is lint's fix (newuser47b F4)
    assert out.startswith("UTM310 copied-tracking  [error, fix: safe/unsafe in `utmlint lint`; `utmlint scan` reports "
                          "it without one]")
    assert "\n\n    A visit's ids: " in out and "\n\n    Left alone: " in out


def test_rules_show_which_command_fixes_what(run):
    """newuser47b F4: `url-insecure` and `utm-internal-link` read `fix: unsafe`, and `scan --unsafe-fixes` changed
    nothing for them (scan edits only utm keys and values in place): the listing, the rule's page and JSON say which
    command's --fix offers a fix."""
    import json

    listing = {line.split()[0]: line for line in run("rules").out.splitlines()}
    assert "  unsafe (lint)  " in listing["UTM302"] and "  unsafe (lint)  " in listing["UTM311"]
    assert "  safe (scan)  " in listing["UTM303"]  # a Markdown link's spaces, written `%20`: scan's only
    assert "  safe  " in listing["UTM201"] and "(lint)" not in listing["UTM201"]
    assert run("rule", "url-insecure").out.startswith(
        "UTM302 url-insecure  [warning, fix: unsafe in `utmlint lint`; `utmlint scan` reports it without one]")
    records = {r["code"]: r for r in json.loads(run("rules", "--format", "json").out)}
    assert (records["UTM302"]["fix"], records["UTM302"]["scan_fix"]) == ("unsafe", None)
    assert (records["UTM201"]["fix"], records["UTM201"]["scan_fix"]) == ("safe", "safe")
    markdown = run("rules", "--format", "markdown").out
    from pathlib import Path

    assert markdown in (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
