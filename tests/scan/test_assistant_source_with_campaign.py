"""An AI assistant's citation tag is a utm_source alone (`?utm_source=chatgpt.com`, `gemini`, `copilot.com`): the
assistant appends it to the page it cites and writes no medium, campaign, content or term. Beside the team's own
campaign the same word is the team's naming of a placement (its Gemini extension's, its Copilot plugin card's link):
judged as the team's tags, its missing medium and capitals told, not "copied from an AI answer" with a fix that
leaves a campaign-only link (stranger16 R4, 2adeb9b). The citation alone is still copied tracking."""

from __future__ import annotations

from tests.scan.repository import scan_repository
from utmlint.validate_url import validate_url

LAUNCH = """# Our Gemini extension launch

Link placed in the Gemini extension's description: https://www.northwind.io/?utm_source=gemini&utm_campaign=Gemini-Extension-Launch

Copilot plugin card: https://www.northwind.io/?utm_source=copilot.com&utm_campaign=copilot-plugin
"""


def test_an_assistants_name_beside_the_teams_campaign_is_the_teams_naming(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "nwlabs/website", {"docs/ai-launch.md": LAUNCH})
    assert sorted((d["line"], d["name"]) for d in found) == [
        (3, "missing-utm-param"), (3, "value-case"), (5, "missing-utm-param")]
    assert "Gemini-Extension-Launch" in next(d["message"] for d in found if d["name"] == "value-case")


def test_the_citation_alone_is_still_copied():
    for source in ("gemini", "copilot.com", "chatgpt.com"):
        found = validate_url(f"https://scikit-learn.org/stable/x.html?utm_source={source}").findings
        assert [f.name for f in found] == ["copied-tracking"]
        assert "AI assistant" in found[0].message
    # a page's own query kept, the citation appended after it
    found = validate_url("https://docs.python.org/3/library/re.html?highlight=re&utm_source=chatgpt.com").findings
    assert [f.name for f in found] == ["copied-tracking"]


def test_with_a_content_or_term_it_is_the_teams_too():
    found = validate_url("https://acme.io/?utm_source=gemini&utm_content=Gem-Card").findings
    assert "copied-tracking" not in {f.name for f in found} and "missing-utm-param" in {f.name for f in found}
