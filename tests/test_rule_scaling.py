"""Issue 13: every rule is linear or n log n in its input. Each test feeds an input that a quadratic rule would
need minutes for and counts the rule's inner operations (no wall-clock assertions)."""

from __future__ import annotations

from pathlib import Path

from utmlint.checks import repo, structure
from utmlint.config import Config
from utmlint.engine import Context, Linter
from utmlint.project import Project
from utmlint.facts import CampaignFacts
from utmlint.rulebook import registry


class Counter:
    def __init__(self, function):
        self.function = function
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.function(*args, **kwargs)


def _linter(select: str) -> Linter:
    return Project.of(Config(Path(".")), registry=registry()).scopes[0].linter(select=[select])


def _lint(text: str, select: str):
    return _linter(select).lint_text(Path("big.yaml"), text).diagnostics


def _repo_rule(name: str, facts):
    rule = registry().get(name)
    linter = _linter(rule.code)
    return list(rule.check(facts, Context(rule, linter.config, rule.default_options(), linter.platforms)))


def test_source_fragmentation_over_4000_distinct_sources_in_one_file(monkeypatch):
    lines = ["campaign: big", "medium: email", "links:"]
    for i in range(4000):
        lines += [f"  - url: https://example.com/p{i}", f"    source: vendor-{i:04d}", f"    content: c{i}"]
    for i in range(2000):  # and words that share most letters but no digits: `partnera`, `partnerb`, ...
        word = "partner" + "".join(chr(97 + (i // 26 ** k) % 26) for k in range(3))
        lines += [f"  - url: https://example.com/w{i}", f"    source: {word}", f"    content: w{i}"]
    designed = Counter(repo._differ_by_design)
    monkeypatch.setattr(repo, "_differ_by_design", designed)
    import utmlint.channels as channels

    distance = Counter(channels.edit_distance)
    monkeypatch.setattr(channels, "edit_distance", distance)
    facts = _linter("UTM601").lint_text(Path("big.yaml"), "\n".join(lines) + "\n").facts
    _repo_rule("source-fragmentation", [facts])
    # 6,000 distinct values: a quadratic pairing would compare ~18,000,000 pairs (~2,300,000 before the fix)
    assert designed.calls + distance.calls < 60_000, (designed.calls, distance.calls)


def test_content_not_step_scoped_over_5000_steps(monkeypatch):
    lines = ["campaign: drip", "source: intercom", "medium: email", "type: series", "steps:"]
    for i in range(5000):
        lines += [f"  - id: step-{i}-tip", "    links:", f"      - url: https://example.com/{i}",
                  f"        content: {'primary-cta' if i % 2 else f'step-{i + 1}-tip-cta'}"]
    norm = Counter(structure._norm_slug)
    monkeypatch.setattr(structure, "_norm_slug", norm)
    found = _lint("\n".join(lines) + "\n", "UTM504")
    assert len(found) == 5000  # every content is wrong: half name no step, half the next step
    assert norm.calls < 4 * 5000, norm.calls  # was steps^2 = 25,000,000


def test_generated_content_over_3000_links_in_one_step(monkeypatch):
    lines = ["campaign: digest", "source: intercom", "medium: email", "type: series", "steps:",
             "  - id: step-1-digest", "    links:"]
    for i in range(3000):
        lines += [f"      - url: https://example.com/{i}", f"        label: Article {i % 1500}"]
    lines += ["  - id: step-2-follow-up", "    links:", "      - url: https://example.com/x", "        content: step-2"]
    slug = Counter(structure._slug)
    monkeypatch.setattr(structure, "_slug", slug)
    found = _lint("\n".join(lines) + "\n", "UTM501")
    assert len(found) == 3000
    assert "add `content: step-1-digest-article-7-8`" in found[7].message  # two links share the label "Article 7"
    assert slug.calls <= 2 * 3000, slug.calls


def test_campaign_collision_over_8000_files_sharing_a_slug(monkeypatch):
    facts = [CampaignFacts(f"c/{i}.yaml", ("launch", 1, 11), (), (f"partner-{i}",)) for i in range(8000)]
    facts += [CampaignFacts(f"i/{i}.yaml", ("launch", 1, 11), (), ("intercom",)) for i in range(8001)]
    sources = Counter(repo._sources)
    monkeypatch.setattr(repo, "_sources", sources)
    reports = _repo_rule("campaign-collision", facts)
    assert len(reports) == 8000  # the Intercom majority owns the slug: only the 8,000 others are reported
    assert {r.path for r in reports} == {f"c/{i}.yaml" for i in range(8000)}
    assert sources.calls <= 5 * len(facts), sources.calls  # was one pass over the whole group per file
