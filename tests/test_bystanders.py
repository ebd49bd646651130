"""A file named alone in a big repo gets exactly the findings a whole-repo lint gives it.

Repo-wide rules (source/medium fragmentation, campaign collision) compare the named files against every
other campaign file of the project. With `--no-cache` those bystanders are not linted: only their facts are
collected (runner.collect_facts: the same read, parse and model, no rule run); with the cache they are read
from it, or linted whole and kept there for the next run. These tests plant spellings of one source and one
medium and shared slugs across a generated repo (bigger than runner.PARALLEL_THRESHOLD, so the facts are also
collected by a forked worker) and compare, file by file, the findings of `utmlint lint FILE` with those of
`utmlint lint .`.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from utmlint import engine, runner
from utmlint.project import Project

SOURCES = ["intercom", "Intercom", "intercomm", "intercom.com", "newsletter", "newsleter", "partner-a", "partner-b",
           "customer-io", "customerio"]
MEDIUMS = ["email", "e-mail", "emial", "paid-social", "paid-soical", "social", "sms"]
PLATFORMS = ["intercom", "mailchimp", "linkedin", "customer-io", None, None, None]
SLUGS = ["spring-sale", "product-launch-2026", "webinar-q3"]

ODD_FILES = {
    "odd/syntax.yaml": "campaign: broken\nsource: [intercom\n",
    "odd/unsafe-tag.yaml": "campaign: spring-sale\nsource: !!python/object:os.system intercomm\nmedium: email\n"
                           "links:\n  - url: https://example.com/x\n    content: a\n",
    "odd/anchors.yaml": "campaign: anchors\nsource: &s Intercom\nmedium: e-mail\nsteps:\n  - id: one\n    links:\n"
                        "      - url: https://example.com/a\n        content: one\n        label: *s\n",
    "odd/untracked.yaml": "campaign: webinar-q3\nsource: emial-list\nmedium: emial\ntype: outbound\nlinks:\n"
                          "  - url: /in-app/page\n    content: a\n  - url: https://example.com/b\n    track: false\n"
                          "    content: b\n",
    "odd/empty.yaml": "",
    "odd/list.yaml": "- not\n- a campaign\n",
    "odd/bom.yaml": "\ufeffcampaign: product-launch-2026\nsource: \"Intercom\"\nmedium: 'e-mail'\nlinks:\n"
                    "  - url: https://example.com/launch\n    content: primary\n",
}


def _campaign(rng: random.Random, index: int) -> str:
    platform = rng.choice(PLATFORMS)
    slug = rng.choice(SLUGS) if rng.random() < 0.15 else f"campaign-{index:04d}"
    lines = [f"# generated campaign {index}", f"campaign: {slug}"]
    if platform is not None:
        lines.append(f"platform: {platform}")
        if rng.random() < 0.2:
            lines.append(f"source: {rng.choice(SOURCES)}")
    else:
        lines += [f"source: {rng.choice(SOURCES)}", f"medium: {rng.choice(MEDIUMS)}"]
    lines.append("type: series")
    lines.append("steps:")
    for step in range(rng.randint(1, 3)):
        lines += [f"  - id: step-{step + 1}"]
        if rng.random() < 0.2:
            lines.append(f"    medium: {rng.choice(MEDIUMS)}")
        if rng.random() < 0.1:
            lines.append(f"    source: '{rng.choice(SOURCES)}'")
        lines.append("    links:")
        for link in range(rng.randint(1, 2)):
            # each file its own pages: files of one slug linking one page are one initiative, not a collision (UTM603)
            lines += [f"      - url: https://example.com/{slug}/{index}/{step}/{link}",
                      f"        content: step-{step + 1}-{link}"]
            if rng.random() < 0.05:
                lines.append(f"        source: \"{rng.choice(SOURCES)}\"")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("bystanders")
    (root / ".utmlint.yaml").write_text('include: ["campaigns/**/*.yaml"]\n', encoding="utf-8")
    rng = random.Random(19)
    for index in range(runner.PARALLEL_THRESHOLD + 40):
        path = root / "campaigns" / f"group-{index % 7}" / f"c{index:04d}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_campaign(rng, index), encoding="utf-8")
    for name, text in ODD_FILES.items():
        path = root / "campaigns" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    return root


def _lint(paths, use_cache: bool = False):
    project = Project.load(paths)
    linter = project.linter()
    linter.use_cache = use_cache
    return linter.run().diagnostics


def _by_file(diagnostics):
    found = {}
    for d in diagnostics:
        found.setdefault(d.path, []).append(d)
    return found


def _targets(whole) -> list:
    """Files with each repo-wide finding, files without any, and the odd ones."""
    repo_wide = {"UTM601", "UTM602", "UTM603", "UTM604"}
    flagged = sorted({d.path for d in whole if d.code in repo_wide})
    quiet = sorted({d.path for d in whole} - set(flagged))
    return flagged[:6] + quiet[:2] + [f"campaigns/{name}" for name in ODD_FILES]


def test_a_named_file_gets_the_findings_of_a_whole_repo_lint(repo, monkeypatch):
    monkeypatch.chdir(repo)
    whole = _lint(["."])
    codes = {d.code for d in whole}
    assert {"UTM601", "UTM602", "UTM603"} <= codes  # the plants grew: every repo-wide rule reports something
    expected = _by_file(whole)
    linted = []
    real_lint_file = engine.Linter.lint_file
    monkeypatch.setattr(engine.Linter, "lint_file", lambda self, path: linted.append(path) or real_lint_file(self, path))
    for target in _targets(whole):
        linted.clear()
        assert _lint([target]) == expected.get(target, []), target
        assert [os.path.relpath(p, repo) for p in linted] == [target]  # the bystanders were not linted


def test_several_named_files_and_a_folder(repo, monkeypatch):
    monkeypatch.chdir(repo)
    whole = _by_file(_lint(["."]))
    named = ["campaigns/group-3", "campaigns/odd/bom.yaml", "campaigns/group-1/c0001.yaml"]
    got = _by_file(_lint(named))
    assert got and got == {path: found for path, found in whole.items() if path.startswith(("campaigns/group-3/",
                                                                                            *named[1:]))}


def test_bystanders_in_one_process_equal_forked_workers(repo, monkeypatch):
    monkeypatch.chdir(repo)
    target = _targets(_lint(["."]))[0]
    forked = _lint([target])
    monkeypatch.setattr(runner, "PARALLEL_THRESHOLD", 10**9)
    assert _lint([target]) == forked and forked


def test_bystanders_from_a_partly_filled_cache(repo, tmp_path, monkeypatch):
    monkeypatch.chdir(repo)
    whole = _lint(["."])
    expected = _by_file(whole)
    cache_dir = tmp_path / "cache"
    targets = _targets(whole)

    def cached(paths):
        project = Project.load(paths, cache_dir=str(cache_dir))
        linter = project.linter()
        linter.use_cache = True
        return linter.run().diagnostics

    cached(["campaigns/group-2", "campaigns/group-5"])  # some bystanders now come from the cache
    for target in targets[:4]:
        assert cached([target]) == expected.get(target, []), target
    cached(["."])  # every file in the cache
    for target in targets[:4] + targets[-4:]:
        assert cached([target]) == expected.get(target, []), target


def test_the_command_line_agrees(repo):
    def run(*args):
        done = subprocess.run([sys.executable, "-m", "utmlint", "lint", "--no-cache", "--format", "json", *args],
                              cwd=repo, capture_output=True, text=True)
        assert done.returncode in (0, 1), done.stderr
        return json.loads(done.stdout)

    whole = run(".")
    target = next(d["path"] for d in whole if d["code"] == "UTM602")
    alone = run(target)
    assert alone and alone == [d for d in whole if d["path"] == target]
