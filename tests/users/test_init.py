"""`utmlint init` as a new user runs it: in an empty repo and in one with campaigns, then `utmlint lint`
does what the written config says. Nothing is ever overwritten."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from utmlint.platforms import load_platforms

ROOT = Path(__file__).resolve().parents[2]


def _config(root: Path) -> dict:
    return YAML(typ="safe").load((root / ".utmlint.yaml").read_text(encoding="utf-8"))


def test_init_in_an_empty_repo(tmp_path, run):
    result = run("init", cwd=tmp_path)
    assert result.code == 0, result.err
    assert _config(tmp_path) == {"include": ["campaigns/**/*.yaml"]}
    assert "No campaign files yet" in result.out
    assert "repos:\n  - repo: https://github.com/utmlint/utmlint\n" in result.out  # the pre-commit snippet
    workflow = YAML(typ="safe").load(result.out.split("GitHub Actions (.github/workflows/utmlint.yml):\n")[1])
    assert workflow["on"]["pull_request"] is None  # no `paths:` filter: a required check always reports
    assert workflow["jobs"]["lint"]["steps"][1]["uses"].startswith("utmlint/utmlint@v")
    # What the printed config says: no campaign file yet, so lint fails rather than check nothing.
    lint = run("lint", "--no-cache", cwd=tmp_path)
    assert lint.code == 2 and "include glob `campaigns/**/*.yaml` matches no file" in lint.err
    # A starter campaign: written where the globs look, with the schema comment, and it lints clean.
    starter = run("init", "--campaign", "spring-sale", "--no-snippets", cwd=tmp_path)
    assert starter.code == 0, starter.err
    assert ".utmlint.yaml already configures utmlint here; left alone." in starter.out
    assert "Wrote campaigns/spring-sale.yaml (platform intercom); it lints clean." in starter.out
    text = (tmp_path / "campaigns" / "spring-sale.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=https://github.com/utmlint/utmlint/raw/main/schemas/"
                           "campaign.schema.json\n")
    lint = run("lint", "--no-cache", cwd=tmp_path)
    assert (lint.code, lint.out) == (0, "All clean: 1 file checked.\n")


def test_init_in_a_repo_with_campaigns_finds_them(tmp_path, run):
    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "examples" / "campaigns", repo / "marketing" / "campaigns")
    (repo / "docker-compose.yml").write_text("services: {}\n", encoding="utf-8")
    (repo / "marketing" / "campaigns" / "OWNERS.yaml").write_text("owners: [growth]\n", encoding="utf-8")
    (repo / "launch.yml").write_text("campaign: launch\nsource: intercom\nmedium: email\n", encoding="utf-8")
    (repo / "node_modules" / "pkg").mkdir(parents=True)
    (repo / "node_modules" / "pkg" / "x.yaml").write_text("campaign: not-ours\n", encoding="utf-8")
    result = run("init", "--no-snippets", cwd=repo)
    assert result.code == 0, result.err
    config = _config(repo)
    assert config["include"] == ["marketing/campaigns/**/*.yaml", "launch.yml"]
    assert config["extend-exclude"] == ["marketing/campaigns/OWNERS.yaml"]
    assert "(6 campaign files found; 1 other YAML file excluded)" in result.out
    lint = run("lint", "--no-cache", "--format", "json", cwd=repo)
    checked = run("lint", "--no-cache", cwd=repo)
    assert checked.out == "All clean: 6 files checked.\n", checked.out + checked.err
    assert lint.code == 0


def test_init_never_overwrites(tmp_path, run):
    (tmp_path / ".utmlint.yaml").write_text("include: ['c/**/*.yaml']  # ours\n", encoding="utf-8")
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.yaml").write_text("campaign: a\nsource: intercom\nmedium: email\n", encoding="utf-8")
    first = run("init", "--campaign", "a", "--no-snippets", cwd=tmp_path)
    assert first.code == 0
    assert (tmp_path / ".utmlint.yaml").read_text(encoding="utf-8") == "include: ['c/**/*.yaml']  # ours\n"
    assert "c/a.yaml already exists; left alone." in first.out
    assert (tmp_path / "c" / "a.yaml").read_text(encoding="utf-8") == "campaign: a\nsource: intercom\nmedium: email\n"


def test_init_does_not_write_through_a_planted_symlink(tmp_path, run):
    outside = tmp_path / "outside.yaml"
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / ".utmlint.yaml").symlink_to(outside)  # dangling: writing through it would create `outside`
    result = run("init", "--no-snippets", cwd=repo)
    assert result.code == 0 and not outside.exists()


def test_starter_respects_the_teams_config(tmp_path, run):
    (tmp_path / ".utmlint.yaml").write_text("include: ['campaigns/**/*.yaml']\ncampaign-pattern: 'q[1-4]-[a-z-]+'\n",
                                            encoding="utf-8")
    (tmp_path / "campaigns").mkdir()
    (tmp_path / "campaigns" / "a.yaml").write_text("campaign: q1-a\nsource: mailchimp\nmedium: email\n", encoding="utf-8")
    result = run("init", "--campaign", "b", "--no-snippets", cwd=tmp_path)
    assert "Wrote campaigns/b.yaml; under this repo's settings it has findings to settle:" in result.out
    assert "campaigns/b.yaml:4:11: UTM205 campaign-slug" in result.out


@pytest.mark.parametrize("platform", sorted(load_platforms()))
def test_every_platforms_starter_lints_clean(tmp_path, run, platform):
    result = run("init", "--campaign", "spring-sale", "--platform", platform, "--no-snippets", cwd=tmp_path)
    assert result.code == 0, result.err
    assert "it lints clean" in result.out, result.out
    lint = run("lint", "--no-cache", "--format", "json", cwd=tmp_path)
    assert (lint.code, lint.findings) == (0, [])


@pytest.mark.parametrize("argv, message", [
    (["--campaign", "Spring Sale"], "lowercase words joined by `-`, such as `spring-sale`"),
    (["--campaign", "x", "--platform", "intercm"], "--platform intercm: no such platform profile; did you mean `intercom`?"),
])
def test_init_usage_errors(tmp_path, run, argv, message):
    result = run("init", *argv, cwd=tmp_path)
    assert result.code == 2 and message in result.err


def test_a_period_folder_is_included_by_its_parent(tmp_path, monkeypatch, capsys):
    """stranger19 R7: campaigns in `marketing/q3/` got `include: marketing/q3/**/*.yaml`, so next quarter's
    `marketing/q4/promo.yaml` (GA4 Unassigned) was never checked and `utmlint lint` passed. The widest folder holding
    no other YAML file is included; a folder beside other YAML files is not widened."""
    from utmlint.cli import main

    campaign = "campaign: {}\nsource: newsletter\nmedium: {}\nlinks:\n  - url: https://northwind.io/a\n    content: hero\n"
    (tmp_path / "marketing" / "q3").mkdir(parents=True)
    (tmp_path / "marketing" / "q3" / "launch.yaml").write_text(campaign.format("q3-launch", "email"))
    (tmp_path / "ops" / "campaigns").mkdir(parents=True)
    (tmp_path / "ops" / "campaigns" / "promo.yaml").write_text(campaign.format("ops-promo", "email"))
    (tmp_path / "ops" / "deploy.yaml").write_text("replicas: 2\n")
    monkeypatch.chdir(tmp_path)
    assert main(["init", "--no-snippets"]) == 0
    config = (tmp_path / ".utmlint.yaml").read_text()
    assert '"marketing/**/*.yaml"' in config and '"ops/campaigns/**/*.yaml"' in config, config
    (tmp_path / "marketing" / "q4").mkdir()
    (tmp_path / "marketing" / "q4" / "promo.yaml").write_text(campaign.format("q4-promo", "in-app"))
    assert main(["lint", "--no-cache", "--output-format", "concise"]) == 1
    assert "marketing/q4/promo.yaml:3:9: UTM102" in capsys.readouterr().out


def test_one_campaign_file_is_said_in_the_singular(tmp_path, run):
    """stranger19 LOW: "(1 campaign files found)" (fixed with R7), and still in the written config "(1 YAML files with
    a top-level `campaign:` key)" and on screen "1 other YAML files excluded"."""
    (tmp_path / "campaigns").mkdir()
    (tmp_path / "campaigns" / "launch.yaml").write_text("campaign: launch\nsource: newsletter\nmedium: email\n"
                                                        "links:\n  - url: https://northwind.io/a\n", encoding="utf-8")
    (tmp_path / "campaigns" / "OWNERS.yaml").write_text("owners: [growth]\n", encoding="utf-8")
    result = run("init", "--no-snippets", cwd=tmp_path)
    assert "(1 campaign file found; 1 other YAML file excluded)" in result.out
    assert "(1 YAML file with a top-level `campaign:` key)" in (tmp_path / ".utmlint.yaml").read_text()


TOUR = ("campaign: onboarding\nplatform: intercom\ntype: series\nsteps:\n"
        "  - id: welcome\n    links:\n      - url: https://acme.io/start\n        content: welcome\n"
        "  - id: tour\n    channel: tour\n    links:\n      - url: https://app.acme.io/settings\n")


def test_init_names_the_hosts_in_product_messages_link_to(tmp_path, run):
    """newuser43 F11: a Series' product tour linking into the app got the platform's tags (and UTM501 asked for its
    `content:`) because init set no `in-product-hosts`; init now names the hosts such messages link to, as a hint,
    and writes nothing it guessed. An e-mail's link to the same host is no in-product message's, and a set
    `in-product-hosts` or a relative link needs no word."""
    (tmp_path / "campaigns").mkdir()
    (tmp_path / "campaigns" / "onboarding.yaml").write_text(TOUR, encoding="utf-8")
    result = run("init", "--no-snippets", cwd=tmp_path)
    assert "link to app.acme.io: if that is your product, add `in-product-hosts: [app.acme.io]`" in result.out
    assert "acme.io:" not in result.out.replace("app.acme.io:", "")  # the e-mail step's host is not named
    assert "in_product" not in _config(tmp_path) and "in-product-hosts" not in _config(tmp_path)
    (tmp_path / ".utmlint.yaml").unlink()
    relative = TOUR.replace("https://app.acme.io/settings", "/settings")
    (tmp_path / "campaigns" / "onboarding.yaml").write_text(relative, encoding="utf-8")
    assert "in-product-hosts" not in run("init", "--no-snippets", cwd=tmp_path).out


BANNER = ("campaign: onboarding\nplatform: intercom\ntype: series\nsteps:\n"
          "  - id: day-1\n    links:\n      - url: https://app.example.com/quickstart\n        content: day-1\n"
          "  - id: day-2-tour\n    channel: tour\n    links:\n      - url: https://app.example.com/settings\n"
          "  - id: day-3-banner\n    channel: banner\n    links:\n      - url: https://www.example.com/pricing\n"
          "  - id: day-4-post\n    channel: post\n    links:\n      - url: https://help.example.com/billing\n"
          "      - url: https://example.com/plans\n")


def test_init_never_names_the_public_site_as_in_product(tmp_path, run):
    """newuser46 F20: an Intercom banner linking to the marketing site's pricing page beside a tour linking into the
    app made init propose `in-product-hosts: [app.example.com, www.example.com]`: added as told, every in-product
    message's link to www.example.com would go untagged, as if it never left the product. Only the app's own host is
    proposed; the public site's hosts (`www.`, the bare domain, a help centre) are named as staying tracked."""
    (tmp_path / "campaigns").mkdir()
    (tmp_path / "campaigns" / "onboarding.yaml").write_text(BANNER, encoding="utf-8")
    result = run("init", "--no-snippets", cwd=tmp_path)
    assert "link to app.example.com: if that is your product, add `in-product-hosts: [app.example.com]` to " \
           ".utmlint.yaml" in result.out
    assert "They also link to example.com, help.example.com, www.example.com, not named as in-product: they read as " \
           "your public site, and a click from the product to them leaves the product, so those links stay tracked " \
           "(`in-product-hosts` names only your product's own host, such as app.example.com)." in result.out
    assert "in-product-hosts" not in _config(tmp_path)
    (tmp_path / ".utmlint.yaml").unlink()
    public = BANNER.replace("app.example.com/settings", "www.example.com/settings")
    (tmp_path / "campaigns" / "onboarding.yaml").write_text(public, encoding="utf-8")
    result = run("init", "--no-snippets", cwd=tmp_path)
    assert "add `in-product-hosts" not in result.out  # nothing that reads as the product: nothing proposed
    assert "Your in-product messages (in-app, tours, banners) link to example.com, help.example.com, " \
           "www.example.com, not named as in-product" in result.out



def test_init_names_a_product_served_on_its_bare_domain(tmp_path, run):
    """review47 F3: a product served on its bare domain (linear.app, figma.com): a tour's link to its settings page,
    a banner's to its issues, a post's to its help centre. init read the bare domain as the public site and said those
    links "stay tracked", the re-crediting newuser43 F11 names the host to prevent. Alone (no `www.` of it, no
    `app.` host beside it) the bare domain is named, with "if that is your product"; the help centre is not."""
    (tmp_path / "campaigns").mkdir()
    (tmp_path / "campaigns" / "onboarding.yaml").write_text(
        "campaign: onboarding\nplatform: intercom\ntype: series\nsteps:\n"
        "  - id: day-2-tour\n    channel: tour\n    links:\n      - url: https://linear.app/settings/integrations\n"
        "  - id: day-3-banner\n    channel: banner\n    links:\n      - url: https://linear.app/team/issues\n"
        "  - id: day-4-post\n    channel: post\n    links:\n      - url: https://help.linear.app/billing\n",
        encoding="utf-8")
    result = run("init", "--no-snippets", cwd=tmp_path)
    assert "link to linear.app: if that is your product, add `in-product-hosts: [linear.app]` to .utmlint.yaml" \
        in result.out
    assert "They also link to help.linear.app, not named as in-product: it reads as your public site" in result.out

CITING_POST = """\
Smashing Magazine's piece on changelog design
([read it](https://www.smashingmagazine.com/2024/05/changelog-design/?utm_source=SmashingNewsletter&utm_medium=Email&utm_campaign=May_2024))

Our [docs](https://docs.quillstack.dev/start?utm_source=Blog&utm_medium=referral&utm_campaign=launch)
"""


def test_init_proposes_the_site_the_repo_publishes_as_an_own_host(tmp_path, run):
    """newuser44 F6: without `own-hosts`, scan judges every link as the team's, so a blog post citing Smashing
    Magazine's article with the tags it was shared with got value advice (and `scan --fix` rewrote them). init names the
    site the repo publishes (its CNAME or generator's config) as a commented `own-hosts` line and says what it does; it
    does not set it (review44 F12: set to the docs host alone, it silenced every finding on the team's links to its
    product on another host). Uncommented, the citation is left to its site and the team's own link still told."""
    (tmp_path / "docusaurus.config.js").write_text('module.exports = {\n  url: "https://docs.quillstack.dev",\n};\n',
                                                  encoding="utf-8")
    (tmp_path / "blog").mkdir()
    (tmp_path / "blog" / "post.md").write_text(CITING_POST, encoding="utf-8")
    result = run("init", "--no-snippets", cwd=tmp_path)
    assert result.code == 0, result.err
    assert _config(tmp_path) == {"include": ["campaigns/**/*.yaml"]}
    assert "This repo publishes quillstack.dev: `own-hosts` in .utmlint.yaml (commented)" in result.out
    config = tmp_path / ".utmlint.yaml"
    text = config.read_text(encoding="utf-8")
    assert '# own-hosts: ["quillstack.dev"]\n' in text
    assert "smashingnewsletter" in run("scan", "--no-cache", "--output-format", "concise", cwd=tmp_path).out.lower()
    config.write_text(text.replace('# own-hosts: ["quillstack.dev"]', 'own-hosts: ["quillstack.dev"]'), encoding="utf-8")
    scan = run("scan", "--no-cache", "--output-format", "concise", cwd=tmp_path)
    assert scan.code == 1 and "smashingnewsletter" not in scan.out.lower(), scan.out
    assert "blog/post.md:4:" in scan.out  # the team's own link, still judged
    bare = tmp_path / "bare"
    bare.mkdir()
    assert run("init", "--no-snippets", cwd=bare).code == 0
    assert "# own-hosts: [example.com]" in (bare / ".utmlint.yaml").read_text(encoding="utf-8")


def test_init_in_a_client_folder_keeps_the_agency_config(tmp_path, run):
    """newuser48b F5: `utmlint init` in a client's folder of an agency's repo wrote a config of its own, which replaces
    the one above (as ruff's does): the agency's `separator: "-"` no longer applied, and a `spring_sale` it failed
    passed "All clean". The config written extends the one that governed the folder."""
    (tmp_path / ".git").mkdir()
    (tmp_path / ".utmlint.yaml").write_text('include: ["clients/**/campaigns/**/*.yaml"]\nseparator: "-"\n',
                                            encoding="utf-8")
    client = tmp_path / "clients" / "acme-bikes"
    (client / "campaigns").mkdir(parents=True)
    (client / "campaigns" / "spring.yaml").write_text(
        "campaign: spring_sale\nsource: newsletter\nmedium: email\nlinks:\n  - url: https://acmebikes.com/spring\n"
        "    content: hero\n", encoding="utf-8")
    before = run("lint", "--no-cache", "--format", "concise", cwd=client)
    assert before.code == 1 and "UTM203" in before.out
    result = run("init", "--no-snippets", cwd=client)
    assert result.code == 0, result.err
    assert result.out.startswith("Wrote .utmlint.yaml: extend ../../.utmlint.yaml (the config that governed this "
                                 "folder: its settings still apply), include campaigns/**/*.yaml")
    assert _config(client) == {"extend": "../../.utmlint.yaml", "include": ["campaigns/**/*.yaml"]}
    for cwd, shown in ((client, "campaigns/spring.yaml"), (tmp_path, "clients/acme-bikes/campaigns/spring.yaml")):
        after = run("lint", "--no-cache", "--format", "concise", "-q", cwd=cwd)
        assert after.code == 1, after.out
        assert after.out.startswith(f"{shown}:1:11: UTM203 [*] value-separator warning: utm_campaign `spring_sale`")


def test_init_leaves_a_config_outside_the_repository_alone(tmp_path, run):
    """A config above the repository (a home folder's) is not the repository's: CI never checks it out."""
    (tmp_path / ".utmlint.yaml").write_text('separator: "-"\n', encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    result = run("init", "--no-snippets", cwd=repo)
    assert result.code == 0, result.err
    assert "extend" not in _config(repo)
    assert result.out.startswith("Wrote .utmlint.yaml: include campaigns/**/*.yaml")


def test_init_proposes_the_sites_of_a_monorepos_folders(tmp_path, run):
    """newuser49 F1: in a monorepo the sites live in folders of their own: Docusaurus in `docs/` (`url:
    'https://docs.acme.dev'`), the Next.js marketing app in `apps/web/` (its root layout's `metadataBase`). init
    proposed only the placeholder `# own-hosts: [example.com]`: it read the root alone. Both folders now name the site,
    once; an example's site (`examples/`) is not the repository's own."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "docusaurus.config.js").write_text("module.exports = {\n  url: 'https://docs.acme.dev',\n};\n",
                                                          encoding="utf-8")
    (tmp_path / "apps" / "web" / "app").mkdir(parents=True)
    (tmp_path / "apps" / "web" / "app" / "layout.tsx").write_text(
        'export const metadata = { metadataBase: new URL("https://www.acme.dev") };\n', encoding="utf-8")
    (tmp_path / "examples" / "blog").mkdir(parents=True)
    (tmp_path / "examples" / "blog" / "docusaurus.config.js").write_text("module.exports = {url: 'https://demo.io'};\n",
                                                                       encoding="utf-8")
    result = run("init", "--no-snippets", cwd=tmp_path)
    assert result.code == 0, result.err
    assert "This repo publishes acme.dev: `own-hosts`" in result.out
    assert '# own-hosts: ["acme.dev"]\n' in (tmp_path / ".utmlint.yaml").read_text(encoding="utf-8")
    (tmp_path / "apps" / "shop" / "app").mkdir(parents=True)
    (tmp_path / "apps" / "shop" / "app" / "layout.tsx").write_text(
        'export const metadata = { metadataBase: new URL("https://acme-store.com") };\n', encoding="utf-8")
    (tmp_path / ".utmlint.yaml").unlink()
    assert run("init", "--no-snippets", cwd=tmp_path).code == 0
    assert '# own-hosts: ["acme-store.com", "acme.dev"]\n' in (tmp_path / ".utmlint.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("others, separator", [(("onboarding-series", "q1-pipeline", "trial-nurture"), "-"),
                                               (("onboarding_series", "q1_pipeline"), "_"),
                                               (("onboarding series", "q1 pipeline"), None),
                                               (("onboarding-series", "q1_pipeline"), None),
                                               (("onboarding-series",), None)])
def test_init_writes_the_separator_the_campaigns_join_their_words_with(tmp_path, run, others, separator):
    """newuser49 F7: `campaign: Feature Launch` beside campaigns all written with `-` was told value-case's "write
    `feature launch`" and `--fix` wrote it (`feature%20launch`): with no `separator:`, single spaces are a convention
    of their own, and a per-file rule cannot see the repo's habit, which campaign-fragmentation reads. `init` writes
    the separator the campaigns use (two or more, more than all others together; never spaces) as `separator:`, so
    every rule suggests one spelling, `feature-launch`, in one finding, and a one-file run (the hook) says the same."""
    campaigns = tmp_path / "campaigns"
    campaigns.mkdir()
    for name in (*others, "Feature Launch"):
        (campaigns / (name.lower().replace(" ", "-").replace("_", "-") + ".yaml")).write_text(
            f"campaign: {name}\nsource: newsletter\nmedium: email\nlinks:\n  - url: https://acme.dev/x\n",
            encoding="utf-8")
    assert run("init", "--no-snippets", cwd=tmp_path).code == 0
    assert _config(tmp_path).get("separator") == separator
    lint = run("lint", "--no-cache", "campaigns/feature-launch.yaml", cwd=tmp_path)
    if separator:
        assert lint.out.count("UTM2") == 1 and f"write `feature{separator}launch`" in lint.out, lint.out
