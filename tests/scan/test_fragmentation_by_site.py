"""scan's repo-wide spelling rules compare a utm value only with the values on links to the same site: a value is read
by the analytics of the site its link lands on, so two spellings on links to two different sites split no report.
crewAI's docs (corpus 4, crewAIInc/crewAI docs/edge/ar/observability/*.mdx: each partner's page links the partner's
site with its own spelling, `crewai-docs`, `crewAI-docs`, `crewai_docs`) got source-fragmentation on every partner
link; the same two spellings on two pages of one site still do. Links whose host is a placeholder and campaign
files are the team's own site's: compared with every site's; a relative link's tags are utm-internal-link's to remove
and set no spelling."""

from __future__ import annotations

import json
import subprocess

from utmlint.cli import main

PAGES = {
    "docs/arize-phoenix.mdx": "[Arize](https://arize.com/?utm_source=crewai-docs&utm_medium=partner&utm_campaign=d)\n",
    "docs/opik.mdx": "[Opik](https://www.comet.com/signup?utm_medium=partner&utm_source=crewai_docs&utm_campaign=d)\n",
    "docs/neatlogs.mdx": "[Neatlogs](https://neatlogs.com/?utm_source=crewAI-docs)\n",
}


def scan(tmp_path, monkeypatch, capsys, pages):
    folder = tmp_path / "crewAI"
    folder.mkdir()
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    subprocess.run(["git", "-C", str(folder), "remote", "add", "origin", "https://github.com/crewAIInc/crewAI.git"],
                   check=True)
    for name, text in pages.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(folder)
    main(["scan", "--format", "json", "."])  # with the cache: a warm run gives the same (its spellings keep their site)
    first = sorted((f["path"], f["line"], f["name"]) for f in json.loads(capsys.readouterr().out))
    main(["scan", "--format", "json", "."])
    assert sorted((f["path"], f["line"], f["name"]) for f in json.loads(capsys.readouterr().out)) == first
    return [f for f in first if f[2].endswith("fragmentation")]


def test_spellings_on_links_to_different_sites_are_not_fragmentation(tmp_path, monkeypatch, capsys):
    assert scan(tmp_path, monkeypatch, capsys, PAGES) == []


def test_spellings_on_links_to_one_site_still_are(tmp_path, monkeypatch, capsys):
    pages = dict(PAGES)
    pages["docs/index.mdx"] = ("[a](https://docs.crewai.com/a?utm_source=crewai-docs&utm_medium=referral)\n"
                               "[b](https://www.crewai.com/b?utm_source=crewai_docs&utm_medium=referral)\n"
                               "[c](https://www.crewai.com/c?utm_source=crewai_docs&utm_medium=referral)\n")
    assert scan(tmp_path, monkeypatch, capsys, pages) == [("docs/index.mdx", 1, "source-fragmentation")]


def test_a_link_whose_host_is_a_placeholder_is_compared_with_every_site(tmp_path, monkeypatch, capsys):
    pages = {"docs/a.md": "[x](https://{{ site }}/pricing?utm_source=crewai_docs&utm_medium=referral)\n", **PAGES}
    found = scan(tmp_path, monkeypatch, capsys, pages)
    assert ("docs/arize-phoenix.mdx", 1, "source-fragmentation") in found


def test_an_internal_links_tags_set_no_spelling(tmp_path, monkeypatch, capsys):
    """A relative link's tags are for utm-internal-link to remove: they set no spelling for the partner links, and
    medium/source-fragmentation says nothing about them (a second finding on tags already told to go; fixB, session
    33). Before: arize-phoenix.mdx was told to respell `crewai-docs` after two links to the site's own pages."""
    pages = {"docs/a.md": "[x](/pricing?utm_source=crewai_docs&utm_medium=referral)\n"
                          "[y](/docs?utm_source=crewai_docs&utm_medium=referral)\n", **PAGES}
    assert scan(tmp_path, monkeypatch, capsys, pages) == []


def test_a_link_in_every_sites_group_is_told_once(tmp_path, monkeypatch, capsys):
    """A link whose host is not written (a plan's `?utm_...` query) is in every site's group: its deviating spelling
    was told once per site at one place, "also spelled `week2gtm` in docs/a1.md (and 2 more places)" then "in
    docs/b1.md (and 1 more place)" (mirrored eduardg7/faintech-lab: 13 places told twice). Once now; the links to
    each site still compared with their own site's only."""
    pages = {f"docs/a{i}.md": f"See https://acme.io/a{i}?utm_source=newsletter&utm_medium=email&utm_campaign=week2gtm\n"
             for i in range(3)}
    pages.update({f"docs/b{i}.md": f"See https://beta.dev/b{i}?utm_source=newsletter&utm_medium=email&utm_campaign=week2gtm\n"
                  for i in range(2)})
    pages["docs/plan.md"] = "- UTM: `?utm_source=newsletter&utm_medium=email&utm_campaign=week2_gtm&utm_content=post_1`\n"
    assert scan(tmp_path, monkeypatch, capsys, pages) == [("docs/plan.md", 1, "campaign-fragmentation")]
