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


def test_campaign_fragmentation_over_16000_files(monkeypatch):
    from utmlint.facts import Spelling

    def facts_of(path, slug, source):
        return CampaignFacts(path, (slug, 1, 11), (Spelling("utm_campaign", slug, 1, 11),), (source,))

    facts = [facts_of(f"c/{i}.yaml", "spring_sale", f"partner-{i}") for i in range(8000)]
    facts += [facts_of(f"i/{i}.yaml", "spring-sale", "intercom") for i in range(8001)]
    keys = Counter(repo.campaign_key)
    monkeypatch.setattr(repo, "campaign_key", keys)
    reports = _repo_rule("campaign-fragmentation", facts)
    assert len(reports) == 8000  # the spelling 8,001 files write is kept: only the 8,000 others are reported
    assert {r.path for r in reports} == {f"c/{i}.yaml" for i in range(8000)}
    assert "(and 8000 more places)" in reports[0].message and "campaign-collision" in reports[0].message
    assert keys.calls == 2  # one key per distinct spelling; the sources of the kept files read once per group


# -- outputs and fixes: per-finding work must not scan the file (issue 13's hostile shapes)

def _patched(old_lines, diff_text):
    """The lines a unified diff turns `old_lines` into (checks every context and removed line)."""
    out, at, lines = [], 0, diff_text.splitlines(keepends=True)[2:]
    index = 0
    while index < len(lines):
        header = lines[index].split()[1][1:]
        first, _, length = header.partition(",")
        start = int(first) - (1 if length != "0" else 0)
        out.extend(old_lines[at:start])
        at = start
        index += 1
        while index < len(lines) and not lines[index].startswith("@@"):
            kind, text = lines[index][0], lines[index][1:]
            if kind in " -":
                assert old_lines[at] == text
                at += 1
            if kind in " +":
                out.append(text)
            index += 1
    return out + old_lines[at:]


def test_diff_of_12000_lines_with_every_third_changed_is_anchored(monkeypatch):
    import difflib

    from utmlint.fixes import unified_diff

    old = "".join(f"  - url: https://example.com/p{i}\n    source: Intercom\n    content: link-{i}\n" for i in range(4000))
    new = old.replace("source: Intercom", "source: intercom")
    scanned = [0]
    longest = difflib.SequenceMatcher.find_longest_match

    def counting(self, alo=0, ahi=None, blo=0, bhi=None):
        scanned[0] += (ahi - alo) if ahi is not None else len(self.a)
        return longest(self, alo, ahi, blo, bhi)

    monkeypatch.setattr(difflib.SequenceMatcher, "find_longest_match", counting)
    diff = unified_diff("c.yaml", old, new)
    assert _patched(old.splitlines(keepends=True), diff) == new.splitlines(keepends=True)
    assert diff.count("\n-    source: Intercom") == 4000
    assert scanned[0] < 100_000, scanned[0]  # difflib alone scans ~12,000 lines per changed line: 72,000,000


def test_small_diffs_are_difflibs_own():
    import difflib

    from utmlint.fixes import unified_diff

    old = "campaign: a\nsource: Intercom\nmedium: Email\nlinks:\n  - url: https://x.io\n"
    new = old.replace("Intercom", "intercom").replace("Email", "email")
    assert unified_diff("c.yaml", old, new) == "".join(difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), "a/c.yaml", "b/c.yaml"))


def test_apply_fixes_agrees_with_applying_every_edit_in_turn():
    import random

    from utmlint.diagnostics import Diagnostic, Edit, Fix
    from utmlint.fixes import _fix_order, _overlaps, applicable, apply_fixes

    def reference(text, diagnostics):  # the plain form: every taken edit checked against every other
        taken, done = [], []
        for d in sorted((d for d in diagnostics if applicable(d, False)), key=_fix_order):
            new = [e for e in sorted(set(d.fix.edits)) if e not in taken]
            if new and (any(_overlaps(e, new[:i]) for i, e in enumerate(new)) or any(_overlaps(e, taken) for e in new)):
                continue
            taken.extend(new)
            done.append(d)
        for e in sorted(taken, key=lambda e: (e.start, e.end), reverse=True):
            text = text[:e.start] + e.content + text[e.end:]
        return text, done

    rng = random.Random(13)
    for _ in range(2000):
        text = "".join(rng.choice("ab\n") for _ in range(40))
        diagnostics = []
        for k in range(rng.randint(0, 8)):
            edits = []
            for _ in range(rng.randint(1, 3)):
                start = rng.randint(0, 40)
                edits.append(Edit(start, min(40, start + rng.choice([0, 0, 1, 2, 4])), rng.choice(["X", "YY", ""])))
            diagnostics.append(Diagnostic("c.yaml", 1, 1, rng.choice(["UTM201", "UTM202"]), "n", "warning", f"m{k}",
                                          fix=Fix(tuple(edits), "d", rng.random() < 0.8)))
        assert apply_fixes(text, diagnostics) == reference(text, diagnostics)


def test_suppressions_on_every_line_are_not_rescanned_per_finding():
    from utmlint.suppress import Cover, Suppressions

    class CountingList(list):
        reads = 0

        def __iter__(self):
            CountingList.reads += len(self)
            return super().__iter__()

    covers = CountingList(Cover(line, line, frozenset({"UTM101"}), line - 1, 0) for line in range(1, 3001))
    found = Suppressions(covers=())
    found.covers = covers
    assert all(found.suppresses(line, "UTM101") for line in range(1, 3001))
    assert not found.suppresses(3002, "UTM101") and not found.suppresses(5, "UTM201")
    assert found.used == {(line - 1, 0) for line in range(1, 3001)}
    assert CountingList.reads < 4 * 3000, CountingList.reads  # was 3,000 covers read per finding: 9,000,000


def test_text_snippets_of_2000_findings_on_one_long_line(monkeypatch):
    from utmlint.diagnostics import Diagnostic
    from utmlint.reporters import RunSummary, TextOptions
    from utmlint.reporters import text as text_format

    source = ("campaign: {links: [" + ", ".join(f"{{url: 'https://x.io/{i}', source: Intercom}}" for i in range(2000))
              + "]}\t# one line\n").encode()
    columns = [i for i in range(len(source)) if source.startswith(b"Intercom", i)]
    diagnostics = [Diagnostic("c.yaml", 1, column + 1, "UTM201", "value-case", "warning", "capital letters")
                   for column in columns]
    calls = Counter(text_format.printable)
    monkeypatch.setattr(text_format, "printable", calls)
    shown = text_format.render(diagnostics, RunSummary(["c.yaml"], None, sources={"c.yaml": source},
                                                       text=TextOptions(width=100)))
    assert shown.count("^^^^^^^^") == 2000 and "Intercom" in shown
    assert calls.calls < len(source) + 4 * 2000, calls.calls  # was every character per finding: 160,000,000


def test_match_source_variant_agrees_with_a_loop_over_the_profiles():
    import re

    from utmlint.platforms import _host, load_platforms, match_source_variant

    platforms = load_platforms()

    def reference(value):
        if not value or any(value == p.source for p in platforms.values()):
            return None
        folded = value.casefold()
        for kind, test in (("case", lambda p, host: folded == p.source.casefold()),
                           ("domain", lambda p, host: host is not None and p.source.casefold() in host.split(".")[:-1]),
                           ("io-suffix", lambda p, host: re.fullmatch(re.escape(p.source.casefold()) + r"[-_.]?io", folded)),
                           ("variant", lambda p, host: folded in {v.casefold() for v in p.variants})):
            for platform in platforms.values():
                if test(platform, _host(folded)):
                    return platform.name, kind
        # a long variant matched by its letters and digits alone (`fb_ads`, `fbads` for `fb-ads`), never a domain or
        # a value some platform writes by itself (`hs_email`)
        letters = re.sub(r"[^a-z0-9]+", "", folded)
        auto = {v.casefold() for p in platforms.values() for v in p.auto_sources}
        if "." not in folded and folded not in auto and len(letters) >= 5:
            for platform in platforms.values():
                if any(re.sub(r"[^a-z0-9]+", "", v.casefold()) == letters and "." not in v
                       and len(re.sub(r"[^a-z0-9]+", "", v.casefold())) >= 5 for v in platform.variants):
                    return platform.name, "variant"
        return None

    values = ["", "io", "-io", "x.io", "a.b", "partner"]
    for platform in platforms.values():
        s = platform.source
        values += [s, s.upper(), s.title(), s + "io", s + "-io", s + "_io", s + ".IO", s + "--io", "www." + s + ".com",
                   "https://" + s.upper() + ".io/x", "mail." + s + ".co.uk", s + "x", *platform.variants,
                   *(v.upper() for v in platform.variants)]
    for value in values:
        found = match_source_variant(value, platforms)
        assert (found and (found[0].name, found[1])) == reference(value), value


def test_fixes_refused_on_2000_aliased_values_read_the_anchors_once(monkeypatch):
    from utmlint import document

    class CountingList(list):
        reads = 0

        def __iter__(self):
            CountingList.reads += len(self)
            return super().__iter__()

        def __getitem__(self, index):
            CountingList.reads += 1
            return super().__getitem__(index)

    spans = document.Document.aliased_spans
    monkeypatch.setattr(document.Document, "aliased_spans", lambda self: CountingList(spans(self)))
    lines = ["campaign: big", "medium: email", "links:"]
    for i in range(2000):
        lines += [f"  - url: https://example.com/p{i}", f"    source: &s{i} Intercom", f"    label: *s{i}"]
    found = [d for d in _lint("\n".join(lines) + "\n", "UTM201") if "Intercom" in d.message]
    assert len(found) == 2000
    assert all(d.fix is None and f"anchored as `&s{(d.line - 5) // 3}`" in d.message for d in found)
    assert CountingList.reads < 10 * 2000, CountingList.reads  # was every anchor read per finding: 2,000,000
