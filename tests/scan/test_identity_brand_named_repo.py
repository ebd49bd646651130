"""A repository named after a brand is not the brand's (stranger8 S19): in `someone/notion-enhancer`, Notion's own
`utm_source=notion` on notion.so was taken for the repository's own tags (the repository's name holds the word
`notion`), so value-case spoke and `scan --fix` respelled Notion's tags. Whose a site's tags are is decided by the
organisation (the owner, its upstreams, with the affixes brands spell theirs with: `getsentry`, `sveltejs`), the
repository's hosts, the vendored library's folder and the repository's whole name, never by one word of it. The
brief's "only the organisation" was wrong on real repositories: a project is often its author's (`lukevella/rallly`
on rallly.co, `WPChill/download-monitor` on download-monitor.com: corpora 4 and 6 label their tags the repository's
own). Real git repositories in a temp folder, `utmlint scan --format json` in-process.
"""

from __future__ import annotations

from tests.scan.repository import git_repo
from tests.scan.test_identity import scan  # noqa: F401  (scan is a fixture)
from utmlint.identity import from_slug, owns, owns_site

NOTION = "https://www.notion.so/product?utm_source=notion&utm_medium=Referral&utm_campaign=Template_Gallery"


def test_a_repository_named_after_the_brand_does_not_own_its_tags(tmp_path, scan):
    repo = git_repo(tmp_path / "ne", "https://github.com/someone/notion-enhancer.git")
    (repo / "README.md").write_text(f"Try [Notion]({NOTION})\n", encoding="utf-8")
    found = scan(repo)
    assert [name for _, name, _ in found] == ["copied-tracking"], found
    assert "value-case" not in {name for _, name, _ in found}


def test_the_brands_own_organisation_still_owns_them(tmp_path, scan):
    for slug in ("notion/notion-docs", "notionhq/notion-sdk-js"):
        repo = git_repo(tmp_path / slug.replace("/", "-"), f"https://github.com/{slug}.git")
        (repo / "README.md").write_text(f"Try [Notion]({NOTION})\n", encoding="utf-8")
        names = {name for _, name, _ in scan(repo)}
        assert "copied-tracking" not in names and "value-case" in names, (slug, names)


def test_owns_site_reads_the_owner_not_the_repository_name():
    assert owns_site(from_slug("notion/notion-enhancer"), "notion")
    assert owns_site(from_slug("lukevella/rallly"), "rallly")  # the project's whole name: its author's site
    assert owns_site(from_slug("WPChill/download-monitor"), "download-monitor")
    assert owns_site(from_slug("AykutSarac/jsoncrack.com"), "jsoncrack")  # named for its domain (corpus 6 #182)
    assert owns_site(from_slug("getsentry/sentry-javascript"), "sentry")  # an affix of the organisation
    assert owns_site(from_slug("tinymce/tinymce"), "tiny")  # an organisation named <site><more>
    # a site named for the organisation with an affix (checklyhq.com in checkly/headless-recorder, corpus 23)
    assert owns_site(from_slug("checkly/headless-recorder"), "checklyhq")
    assert owns_site(from_slug("acme/cli"), "acmecloud") and owns_site(from_slug("sharepress/plugin"), "getsharepress")
    # never the repository's own name with one (a client library, `someone/stripe-go`), nor another word after it
    assert not owns_site(from_slug("someone/stripe"), "stripehq")
    assert not owns_site(from_slug("checkly/headless-recorder"), "checklyshop")
    # a fork: its upstream's organisation counts (identity_at passes upstream owners)
    assert owns_site(from_slug("someone/docs", owners=["docker"]), "docker")
    # the word rule for platforms named in a marker is unchanged (`buffer-publish` is Buffer's)
    assert owns(from_slug("someone/buffer-publish"), "buffer")


def test_a_client_library_named_brand_plus_affix_is_not_the_brands():
    # the affixes (rules/org-affixes.txt) are how organisations spell a brand (`getsentry`, `sveltejs`); a repository
    # named `<brand>-go` or `<brand>-app` is most often someone's client or wrapper of it
    for slug in ("someone/stripe-go", "someone/notion-app", "someone/notionjs"):
        assert not owns_site(from_slug(slug), slug.split("/")[1].split("-")[0].replace("js", "")), slug
    assert owns_site(from_slug("stripe/stripe-go"), "stripe")
    assert owns_site(from_slug("getsentry/sentry-go"), "sentry")


def test_an_organisation_named_with_an_affix_owns_its_names_other_sites(tmp_path, scan):
    """review46 F13/F15: the organisation names the team by another word than its site: `acme-labs` on GitHub,
    getacme.com or acmehq.com on the web. The organisation's name without its affix (`acme`, rules/org-affixes.txt)
    leads the site's name as the organisation's own does (`acme/web` owned them): the team's own `utm_source=getacme`
    on getacme.com was told copied-tracking, "this repository, acme-labs/web, is not getacme.com's"."""
    for site in ("getacme", "acmehq", "acme", "acmelabs", "useacme", "acmecloud"):
        assert owns_site(from_slug("acme-labs/web"), site), site
        assert owns_site(from_slug("get-acme/web"), site), site
    assert owns_site(from_slug("checklyhq/docs"), "getcheckly")
    # never another brand that merely starts or ends alike, nor an organisation left with a short core (`go-labs`)
    for slug, site in (("acme-labs/web", "acmeshop"), ("go-labs/web", "gohq"),
                       ("acme-labs/web", "notacme")):
        assert not owns_site(from_slug(slug), site), (slug, site)
    repo = git_repo(tmp_path / "web", "https://github.com/acme-labs/web.git")
    (repo / "README.md").write_text(
        "Try [Acme](https://getacme.com/pricing?utm_source=getacme&utm_medium=referral&utm_campaign=readme).\n"
        "Or [HQ](https://acmehq.com/pricing?utm_source=acmehq&utm_medium=Referral&utm_campaign=readme).\n",
        encoding="utf-8")
    assert [(line, name) for line, name, _ in scan(repo)] == [(2, "value-case")]


def test_an_organisations_affix_is_no_brand_of_its_own(tmp_path, scan):
    """An organisation spelled with an affix (`acme-inc`, `acme-dev`, `acme-labs`, `get-acme`) owned the sites named
    by the affix alone: inc.com, dev.to, tech.co and a `labs` site were taken for the team's, so their own tags,
    copied with a link, were told value-case (and respelled by `scan --fix`) instead of copied-tracking. The affix says
    how the brand is spelled (rules/org-affixes.txt); the brand is the rest (`acme`), and a one-word organisation or a
    word elsewhere in its name still counts."""
    text = ("[Inc](https://www.inc.com/magazine?utm_source=inc&utm_medium=Referral&utm_campaign=Partner)\n"
            "[Dev](https://dev.to/acme?utm_source=dev&utm_medium=Referral&utm_campaign=Partner)\n"
            "[Labs](https://labs.dev/x?utm_source=labs&utm_medium=Referral&utm_campaign=Partner)\n"
            "[Get](https://get.dev/x?utm_source=get&utm_medium=Referral&utm_campaign=Partner)\n")
    for slug in ("acme-inc/www", "acme-dev/blog", "acme-labs/web", "get-acme/web"):
        repo = git_repo(tmp_path / slug.replace("/", "-"), f"https://github.com/{slug}.git")
        (repo / "README.md").write_text(text, encoding="utf-8")
        assert [(line, name) for line, name, _ in scan(repo)] == [(n, "copied-tracking") for n in (1, 2, 3, 4)], slug
    for slug, site in (("acme-labs/web", "labs"), ("get-acme/web", "get"), ("acme-inc/www", "inc"),
                       ("acme-tech/site", "tech"), ("acme-dev/x", "dev")):
        assert not owns_site(from_slug(slug), site) and not owns(from_slug(slug), site), (slug, site)
    # the brand itself, and its other spellings, are still the organisation's (real organisations)
    for slug, site in (("acme-labs/web", "acme"), ("acme-labs/web", "getacme"), ("get-acme/web", "acmehq"),
                       ("ionic-team/ionic-framework", "ionic"), ("get-convex/convex-backend", "convex"),
                       ("deepset-ai/haystack", "deepset"), ("rust-lang/rust", "rust"), ("nextui-org/nextui", "nextui"),
                       ("livekit-inc/x", "livekit"), ("labs/x", "labs"), ("inc-magazine/x", "inc")):
        assert owns_site(from_slug(slug), site), (slug, site)
