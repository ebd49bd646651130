"""`utmlint build`: the reference article's four `mlz build` examples, the pinned JSON shape, values
used exactly as given (however YAML-looking), suggestions from fixes, --format url and --live."""

from __future__ import annotations

import json
from urllib.parse import unquote

import pytest
from hypothesis import example, given, settings, strategies as st

from utmlint.commands.build import campaign_text
from utmlint.document import load_text
from utmlint.urls import query_pairs, split_url

# From the reference article (utm-tracking-for-intercom): flags as written there, and the tracked_url it shows.
ARTICLE = [
    ("https://app.example.com/quickstart", "onboarding-series", "step-1-welcome",
     "https://app.example.com/quickstart?utm_source=intercom&utm_medium=email&utm_campaign=onboarding-series"
     "&utm_content=step-1-welcome"),
    ("https://app.example.com/features/collaboration", "onboarding-series", "step-3-collab-feature",
     "https://app.example.com/features/collaboration?utm_source=intercom&utm_medium=email"
     "&utm_campaign=onboarding-series&utm_content=step-3-collab-feature"),
    ("https://example.com/changelog/ai-assistant", "feature-ai-assistant-june", "primary-cta",
     "https://example.com/changelog/ai-assistant?utm_source=intercom&utm_medium=email"
     "&utm_campaign=feature-ai-assistant-june&utm_content=primary-cta"),
    ("https://example.com/docs/ai-assistant", "feature-ai-assistant-june", "docs-link",
     "https://example.com/docs/ai-assistant?utm_source=intercom&utm_medium=email"
     "&utm_campaign=feature-ai-assistant-june&utm_content=docs-link"),
]


@pytest.fixture
def build(run, tmp_path):
    """build(*flags) -> Run, in an empty folder (no config) so results do not depend on the checkout."""

    def _build(*flags: str, cwd=None):
        return run("build", *flags, cwd=cwd or tmp_path)

    return _build


@pytest.mark.parametrize("url, campaign, content, expected", ARTICLE, ids=[a[2] for a in ARTICLE])
def test_article_examples_give_the_article_urls(build, url, campaign, content, expected):
    result = build("--url", url, "--source", "intercom", "--medium", "email", "--campaign", campaign,
                   "--content", content, "--validate")
    assert result.code == 0, result.out
    assert json.loads(result.out) == {
        "tracked_url": expected,
        "validation": {"valid": True, "channel": "Email", "issues": []},
    }


@pytest.mark.parametrize("url, campaign, content, expected", ARTICLE, ids=[a[2] for a in ARTICLE])
def test_article_examples_as_plain_urls(build, url, campaign, content, expected):
    result = build("--url", url, "--source", "intercom", "--medium", "email", "--campaign", campaign,
                   "--content", content, "--format", "url")
    assert (result.code, result.out, result.err) == (0, expected + "\n", "")


def test_json_shape_is_pinned(build):
    result = build("--url", "https://example.com/", "--source", "intercom.com", "--medium", "email",
                   "--campaign", "spring-sale", "--validate")
    data = json.loads(result.out)
    assert list(data) == ["tracked_url", "validation"]
    assert list(data["validation"]) == ["valid", "channel", "issues"]
    assert isinstance(data["validation"]["valid"], bool)
    assert data["validation"]["issues"], "intercom.com must be reported"
    for issue in data["validation"]["issues"]:
        assert set(issue) in ({"code", "name", "severity", "message"},
                              {"code", "name", "severity", "message", "suggested"})
        assert issue["severity"] in ("error", "warning", "info")
    # pretty-printed, one trailing newline
    assert result.out == json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def test_without_validate_validation_has_only_the_channel(build):
    result = build("--url", "https://example.com/", "--source", "google", "--medium", "cpc", "--campaign", "brand")
    assert result.code == 0
    assert json.loads(result.out) == {
        "tracked_url": "https://example.com/?utm_source=google&utm_medium=cpc&utm_campaign=brand",
        "validation": {"channel": "Paid Search"},
    }


def test_values_are_not_rewritten_and_the_fix_is_suggested(build):
    result = build("--url", "https://example.com/", "--source", "intercom.com", "--medium", "email",
                   "--campaign", "spring-sale", "--validate")
    data = json.loads(result.out)
    assert "utm_source=intercom.com&" in data["tracked_url"]
    issue = next(i for i in data["validation"]["issues"] if i["code"] == "UTM103")
    assert issue["name"] == "source-domain-style"
    assert issue["suggested"] == {"source": "intercom"}
    assert data["validation"]["valid"] is False  # a warning fails at the default fail-on (warning)
    assert result.code == 1


def test_config_fail_on_decides_valid(build, project):
    folder = project({".utmlint.yaml": "fail-on: error\n"})
    result = build("--url", "https://example.com/", "--source", "intercom.com", "--medium", "email",
                   "--campaign", "spring-sale", "--validate", cwd=folder)
    data = json.loads(result.out)
    assert data["validation"]["valid"] is True and data["validation"]["issues"]
    assert result.code == 0


def test_unassigned_medium_is_invalid(build):
    result = build("--url", "https://example.com/", "--source", "intercom", "--medium", "in-app",
                   "--campaign", "spring-sale", "--validate")
    data = json.loads(result.out)
    assert data["validation"]["channel"] == "Unassigned"
    assert data["validation"]["valid"] is False
    assert "UTM102" in {i["code"] for i in data["validation"]["issues"]}
    assert result.code == 1


def test_url_format_sends_issues_to_stderr(build):
    result = build("--url", "https://example.com/", "--source", "intercom", "--medium", "in-app",
                   "--campaign", "spring-sale", "--validate", "--format", "url")
    assert result.out == "https://example.com/?utm_source=intercom&utm_medium=in-app&utm_campaign=spring-sale\n"
    assert "UTM102 [error]" in result.err
    assert result.code == 1


def test_existing_query_fragment_term_and_id(build):
    result = build("--url", "https://example.com/p?ref=a&b=#top", "--source", "intercom", "--medium", "email",
                   "--campaign", "spring-sale", "--content", "hero", "--term", "feature-x", "--id", "007")
    assert json.loads(result.out)["tracked_url"] == (
        "https://example.com/p?ref=a&b=&utm_source=intercom&utm_medium=email&utm_campaign=spring-sale"
        "&utm_content=hero&utm_term=feature-x&utm_id=007#top")


def test_a_google_play_listing_gets_the_tags_in_its_referrer(build):
    """review7 F7: GA4 credits an app install only from the Play link's `referrer` parameter; the tags on the
    listing's own query reach no GA4 property. The expected referrer is the shape of Google's own example
    (developer.android.com/games/playgames/user-acquisition:
    `&referrer=utm_source%3Dsearch%26utm_medium%3Dcpc%26utm_campaign%3Dsummerpromo`), written out by hand."""
    result = build("--url", "https://play.google.com/store/apps/details?id=com.sample.package", "--source", "search",
                   "--medium", "cpc", "--campaign", "summerpromo", "--validate")
    assert json.loads(result.out) == {
        "tracked_url": "https://play.google.com/store/apps/details?id=com.sample.package&utm_source=search"
                       "&utm_medium=cpc&utm_campaign=summerpromo"
                       "&referrer=utm_source%3Dsearch%26utm_medium%3Dcpc%26utm_campaign%3Dsummerpromo",
        "validation": {"valid": True, "channel": "Paid Other", "issues": []}}  # `search` is on no GA4 list
    # a value's own escape is escaped again, as Google's Play URL builder writes `running%252Bshoes`
    result = build("--url", "https://play.google.com/store/apps/details?id=com.sample.package", "--source", "google",
                   "--medium", "cpc", "--campaign", "shoes", "--term", "running+shoes", "--format", "url")
    assert result.out.endswith("%26utm_term%3Drunning%252Bshoes\n")
    # any other page of play.google.com, or another store, is a page like any other
    result = build("--url", "https://play.google.com/about/", "--source", "a", "--medium", "cpc", "--campaign", "b",
                   "--format", "url")
    assert "referrer" not in result.out


def test_relative_url_is_left_untouched(build):
    result = build("--url", "/settings/integrations", "--source", "intercom", "--medium", "email",
                   "--campaign", "spring-sale")
    assert json.loads(result.out) == {"tracked_url": "/settings/integrations",
                                      "validation": {"channel": "(in-product, untracked)"}}


def test_missing_required_flag_is_a_usage_error(build):
    with pytest.raises(SystemExit) as exited:
        build("--url", "https://example.com/", "--source", "intercom", "--medium", "email")
    assert exited.value.code == 2


YAML_HOSTILE = ["007", "1.5e3", "0x1F", "true", "no", "null", "~", "2026-06-01", "#hash", "a # b", "a: b", "- x",
                "[x]", "{x: 1}", "*alias", "&anchor", "!tag", "!!python/object:os.system", "%TAG", "@at", "`tick`",
                "|", ">", "'single'", '"double"', "back\\slash", "tab\there", "line\nbreak", "nel\x85x",
                "ls\u2028x", "bom\ufeffx", "del\x7fx", "émoji 🎉", " padded ", "", "a&b=c?d#e", "100%", "%7C"]


@pytest.mark.parametrize("value", YAML_HOSTILE)
def test_values_reach_the_url_exactly_as_given(build, value):
    result = build("--url", "https://example.com/", "--source", "intercom", "--medium", "email",
                   "--campaign", value, "--content", value, "--term", value)
    assert result.code == 0, result.err
    url = json.loads(result.out)["tracked_url"]
    pairs = dict(query_pairs(split_url(url).query))
    assert pairs["utm_campaign"] == pairs["utm_content"] == pairs["utm_term"] == value
    assert split_url(url).fragment is None


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=30))
@example("\ufffe")  # outside YAML's printable set: the campaign file could not be read back (found by this test)
@example("a\uffffb")
def test_campaign_text_reads_back_exactly(value):
    text = campaign_text({"url": "https://example.com/" + value, "source": value, "medium": value,
                          "campaign": value, "content": value, "term": value, "id": value})
    doc = load_text("<build>", text)
    assert not doc.problems
    assert doc.data == {"campaign": value, "source": value, "medium": value, "term": value, "campaign_id": value,
                        "links": [{"url": "https://example.com/" + value, "content": value}]}


def test_url_is_used_as_given(build):
    url = "https://example.com/a%20b/Caf%C3%A9?q=%7C#x"
    result = build("--url", url, "--source", "intercom", "--medium", "email", "--campaign", "spring-sale",
                   "--format", "url")
    assert result.out.startswith("https://example.com/a%20b/Caf%C3%A9?q=%7C&utm_source=intercom")
    assert unquote(result.out).endswith("#x\n")


# -- --live: the live check runs on the tracked URL (the network itself is tested in tests/live)


class _FakeResult:
    def __init__(self, url, outcome):
        self.url, self.outcome = url, outcome

    def to_json(self):
        return {"url": self.url, "valid": self.outcome == "pass", "outcome": self.outcome,
                "checks": [{"check": "redirects", "status": self.outcome, "message": "fake"}], "hops": []}


@pytest.mark.parametrize("outcome, code", [("pass", 0), ("inconclusive", 0), ("fail", 1)])
def test_live_checks_the_tracked_url(build, monkeypatch, outcome, code):
    import utmlint.live

    seen = []

    def fake_check_urls(urls, options):
        seen.append((list(urls), options))
        return [_FakeResult(u, outcome) for u in urls]

    monkeypatch.setattr(utmlint.live, "check_urls", fake_check_urls)
    result = build("--url", "https://example.com/", "--source", "intercom", "--medium", "email",
                   "--campaign", "spring-sale", "--validate", "--live")
    tracked = "https://example.com/?utm_source=intercom&utm_medium=email&utm_campaign=spring-sale"
    assert seen[0][0] == [tracked]
    assert seen[0][1].allow_private is False
    data = json.loads(result.out)
    assert list(data["validation"]) == ["valid", "channel", "issues", "live"]
    assert data["validation"]["live"]["outcome"] == outcome
    assert "url" not in data["validation"]["live"]
    assert data["validation"]["valid"] is (outcome != "fail")
    assert result.code == code


def test_text_that_is_not_utf8_is_a_usage_error(build):
    result = build("--url", "https://example.com/", "--source", "intercom", "--medium", "email",
                   "--campaign", "bad\udcffbyte")
    assert result.code == 2
    assert "--campaign is not valid UTF-8" in result.err
