"""Hand-made diagnostics and a small registry, so reporter tests do not depend on the built-in rules."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from utmlint.diagnostics import Diagnostic, Edit, Fix
from utmlint.registry import Registry, rule
from utmlint.reporters import RunSummary

SNAPSHOTS = Path(__file__).parent / "snapshots"


@rule(code="UTM001", name="yaml-syntax", summary="The file is not valid YAML.", severity="error", target="document")
def yaml_syntax(document, ctx):
    """What it does: reports YAML the loader cannot parse.
    Why is this bad? Nothing else in the file can be checked until it parses.
    """
    return iter(())


@rule(
    code="UTM102",
    name="duplicate-utm-param",
    summary="A utm_* parameter appears more than once.",
    severity="error",
    fixable=True,
    example="url: https://ex.com/?utm_source=a&utm_source=b",
    use_instead="url: https://ex.com/?utm_source=a",
)
def duplicate_utm_param(link, ctx):
    """What it does: flags a utm_* parameter that appears more than once.
    Why is this bad? Analytics tools keep only one value, and which one varies.
    """
    return iter(())


@rule(
    code="UTM150",
    name="source-fragmentation",
    summary="One source is spelled differently across campaign files.",
    severity="warning",
    target="repo",
)
def source_fragmentation(repo, ctx):
    """What it does: finds sources that differ only in case or punctuation across files.
    Why is this bad? GA4 reports `intercom` and `Intercom` as two sources.
    """
    return iter(())


@rule(
    code="UTM201",
    name="uppercase-utm-value",
    summary="A utm value has uppercase letters.",
    severity="warning",
    fixable=True,
    example="medium: Email",
    use_instead="medium: email",
)
def uppercase_utm_value(link, ctx):
    """What it does: flags utm values with uppercase letters.
    Why is this bad? GA4 is case-sensitive, so `Email` and `email` split one channel in two.
    """
    return iter(())


@rule(code="UTM210", name="missing-step-content", summary="A step link has no utm_content.", severity="info")
def missing_step_content(link, ctx):
    """What it does: flags external links in multi-step campaigns without their own utm_content.
    Why is this bad? Clicks from different steps cannot be told apart.
    """
    return iter(())


@rule(code="UTM301", name="redirect-drops-utm", summary="A redirect drops the utm parameters.", severity="error")
def redirect_drops_utm(link, ctx):
    """What it does: follows redirects and checks the utm parameters survive.
    Why is this bad? The visit is attributed to Direct.
    """
    return iter(())


RULES = [yaml_syntax, duplicate_utm_param, source_fragmentation, uppercase_utm_value, missing_step_content,
         redirect_drops_utm]

ONBOARDING = "campaigns/onboarding series.yaml"
ANNOUNCE = "campaigns/outbound/announce.yaml"
CLEAN = "campaigns/clean.yaml"

DIAGNOSTICS = [
    Diagnostic(ONBOARDING, 7, 13, "UTM201", "uppercase-utm-value", "warning", "utm_medium `Email` has uppercase letters",
               end_line=7, end_column=18,
               fix=Fix(edits=(Edit(120, 125, "email"),), description="Lowercase the value")),
    Diagnostic(ONBOARDING, 12, 14, "UTM301", "redirect-drops-utm", "error",
               "https://ex.com/?utm_campaign=spring%20sale, redirected to https://ex.com/: utm params dropped"),
    Diagnostic(ONBOARDING, 20, 5, "UTM210", "missing-step-content", "info",
               "step `step-2` links out without utm_content\nadd `content: step-2`"),
    Diagnostic(ANNOUNCE, 3, 9, "UTM102", "duplicate-utm-param", "error", "`utm_source` appears 2 times",
               end_line=4, end_column=2),
]


@pytest.fixture
def registry():
    return Registry(RULES)


@pytest.fixture
def diagnostics():
    return list(DIAGNOSTICS)


@pytest.fixture
def summary(registry):
    return RunSummary(files=[CLEAN, ONBOARDING, ANNOUNCE], registry=registry, fail_on="error")


@pytest.fixture
def snapshot():
    """Compare text with tests/reporters/snapshots/NAME; `UTMLINT_UPDATE_SNAPSHOTS=1` rewrites it."""

    def check(name: str, text: str) -> None:
        path = SNAPSHOTS / name
        if os.environ.get("UTMLINT_UPDATE_SNAPSHOTS") == "1":
            path.write_text(text, encoding="utf-8", newline="")
            return
        assert path.exists(), f"no snapshot {path.name}; run with UTMLINT_UPDATE_SNAPSHOTS=1 and review the diff"
        assert text == path.read_bytes().decode("utf-8"), f"{name} changed; UTMLINT_UPDATE_SNAPSHOTS=1 updates it"

    return check
