"""Tags a site writes itself into links to itself (rules/platform-written-tags.txt): left to that site.

A README that pastes Gitter's badge, an app made with create-next-app, a project showing Vercel's "Powered by
Vercel" link: those utm tags were chosen by gitter.im, nextjs.org and vercel.com for their own analytics, so
scan does not tell the repository to change them. The same values on a link to any other host are judged, the
site itself (its host in `own-hosts`) still gets advice, and copied tracking is still reported.
"""

from __future__ import annotations

import pytest

from utmlint.cli import main
from utmlint.resources import rules_dir
from utmlint.scan.platform_tags import parse, platform_written_tags, written_by

README = """\
# A project

[![Gitter](https://badges.gitter.im/Join%20Chat.svg)](https://gitter.im/acme/acme?utm_source=badge&utm_medium=badge&utm_campaign=pr-badge&utm_content=badge)
[Deploy](https://vercel.com/new?utm_source=create-next-app&utm_medium=appdir-template&utm_campaign=create-next-app)
[Docs](https://nextjs.org/docs?utm_source=create-next-app&utm_medium=default-template&utm_campaign=create-next-app)
[Powered by Vercel](https://vercel.com/?utm_source=acme&utm_campaign=oss)
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "README.md").write_text(README, encoding="utf-8")
    return tmp_path


def scan(capsys, *argv):
    code = main(["scan", "--output-format", "concise", *argv])
    out, _ = capsys.readouterr()
    return code, out


def test_a_readme_with_the_snippets_is_clean(project, capsys):
    code, out = scan(capsys, "docs")
    assert code == 0 and "UTM" not in out, out


def test_the_same_values_to_another_site_are_the_teams_and_judged(project, capsys):
    (project / "docs" / "README.md").write_text(
        README.replace("https://gitter.im/", "https://sunbeam.app/").replace("https://vercel.com/new", "https://sunbeam.app/new"),
        encoding="utf-8")
    code, out = scan(capsys, "docs")
    assert code == 1
    assert out.count("UTM102 medium-unassigned") == 2 and "`badge`" in out and "`appdir-template`" in out


def test_the_site_that_writes_them_gets_advice_with_own_hosts(project, capsys):
    (project / ".utmlint.yaml").write_text("include: ['campaigns/**/*.yaml']\nown-hosts: [vercel.com, nextjs.org]\n",
                                           encoding="utf-8")
    (project / "campaigns").mkdir()
    (project / "campaigns" / "a.yaml").write_text("campaign: a\nplatform: intercom\nlinks:\n  - url: https://vercel.com/\n",
                                                  encoding="utf-8")
    code, out = scan(capsys, "docs")
    lines = out.splitlines()
    assert code == 1
    assert any(":4:" in line and "appdir-template" in line for line in lines), out  # vercel.com/new
    assert any(":5:" in line and "default-template" in line for line in lines), out  # nextjs.org/docs
    assert any(":6:" in line and "missing-utm-param" in line for line in lines), out  # their own oss link
    assert not any(":3:" in line for line in lines), out  # gitter.im is not theirs


def test_copied_tracking_on_a_snippet_link_is_still_reported(project, capsys):
    (project / "docs" / "README.md").write_text(
        "[Deploy](https://vercel.com/new?utm_source=create-next-app&utm_medium=appdir-template"
        "&utm_campaign=create-next-app&gclid=Cj0KCQiA)\n", encoding="utf-8")
    code, out = scan(capsys, "docs")
    assert code == 1 and "copied-tracking" in out and "medium-unassigned" not in out, out


def test_matching_is_by_host_and_every_tag():
    entries = platform_written_tags()
    assert written_by("www.vercel.com", {"utm_source": "x", "utm_campaign": "OSS"}, entries)  # subdomain, any case
    assert written_by("vercel.com", {"utm_source": "x", "utm_campaign": "oss-launch"}, entries) is None
    assert written_by("notvercel.com", {"utm_source": "x", "utm_campaign": "oss"}, entries) is None
    assert written_by("gitter.im", {"utm_source": "badge"}, entries) is None  # medium=badge too, or not the badge
    assert written_by("gitter.im", {"utm_source": "badge", "utm_medium": "badge"}, entries)


def test_every_entry_says_where_it_comes_from():
    lines = (rules_dir() / "platform-written-tags.txt").read_text(encoding="utf-8").splitlines()
    for entry in platform_written_tags():
        above = lines[:entry.line - 1]
        block = []
        for line in reversed(above):
            if not line.strip():
                break
            block.append(line)
        assert any(line.lstrip().startswith("#") for line in block), f"line {entry.line}: no origin note above"


@pytest.mark.parametrize("text, where", [
    ("vercel.com\n", ":1: a host needs at least one tag"),
    ("vercel.com utm_source=x\n", ":1: `utm_source=x` is not key=value"),
    ("# c\nvercel.com campaign\n", ":2: `campaign` is not key=value"),
    ("vercel.com utmsource=x\n", ":1: `utmsource=x` is not key=value"),  # a utm key is written `source=`
])
def test_a_malformed_line_is_named(text, where):
    with pytest.raises(ValueError, match=where.replace("`", ".").replace("=", ".")):
        parse(text)


def test_a_snippet_keeps_the_url_rules_but_not_the_value_rules(project, capsys):
    """Product Hunt's badge (documenso's README, corpus 3): its `utm_medium=badge` is Product Hunt's choice, so
    medium-unassigned was wrong there; the badge's own typo `utm_souce` is Product Hunt's too (the lead's decision,
    session 25: corpora 5 and 6 labelled utm-key-unknown on it wrong), while `&amp;` pasted into it is the repo's."""
    (project / "docs" / "README.md").write_text(
        "[![PH](https://api.producthunt.com/widgets/embed-image/v1/featured.svg)](https://www.producthunt.com/posts/"
        "documenso?utm_source=badge-featured&utm_medium=badge&utm_souce=badge-documenso)\n"
        "[PH](https://www.producthunt.com/posts/x?utm_source=badge-featured&amp;amp;utm_medium=badge)\n",
        encoding="utf-8")
    code, out = scan(capsys, "docs")
    assert code == 1 and "utm-key-unknown" not in out and "medium-unassigned" not in out, out
    assert "README.md:2:" in out and "url-html-escaped" in out and "README.md:1:" not in out, out


def test_a_snippet_whose_host_comes_from_an_api_is_left_to_its_site(project, capsys):
    """Unsplash's attribution link: the photographer's profile URL comes from the API, the app appends
    `?utm_source=<app>&utm_medium=referral` (dub, formbricks: corpus 3). A written host, or a campaign of its
    own, keeps the link the team's: mercuryo's `https://mercuryo.io${props.link}?...` (corpus 1) is judged."""
    (project / "docs" / "a.tsx").write_text(
        'const a = <a href={`${photo.user.links.html}?utm_source=dub.co&utm_medium=referral`}>x</a>;\n'
        'const b = <Link href={author.url + "?utm_source=formbricks&utm_medium=referral"}>y</Link>;\n'
        'const c = `https://mercuryo.io${props.link}?utm_source=my.mercuryo&utm_medium=referral`;\n'
        'const d = `${base}?utm_source=Newsletter&utm_medium=referral&utm_campaign=spring`;\n', encoding="utf-8")
    code, out = scan(capsys, "docs")
    lines = out.splitlines()
    assert code == 1
    assert not any(":1:" in line or ":2:" in line for line in lines), out
    assert any(":3:" in line and "missing-utm-param" in line for line in lines), out
    assert any(":4:" in line and "value-case" in line for line in lines), out


def test_unknown_host_entries_bind_only_the_whole_snippet():
    entries = platform_written_tags()
    assert written_by(None, {"utm_source": "dub.co", "utm_medium": "referral"}, entries).host == "unsplash.com"
    assert written_by(None, {"utm_source": "x", "utm_medium": "referral", "utm_campaign": "y"}, entries) is None
    assert written_by(None, {"utm_source": "badge", "utm_medium": "badge"}, entries) is None  # gitter: host needed
    assert written_by("sunbeam.app", {"utm_source": "dub.co", "utm_medium": "referral"}, entries) is None


def test_badges_of_corpus_6_are_their_sites_snippets():
    """Corpus 6 (read after its blind measurement): DigitalOcean's referral badge and CodSpeed's badge carry the
    tags their sites write (value advice on them was wrong), and Product Hunt's badge writes its own misspelled key
    `utm_souce`, which is the snippet's too (the lead's decision, session 25): no finding on any of them. A project's
    own link to codspeed.io is not the badge, and is judged."""
    from utmlint.validate_url import validate_url

    for url in ("https://www.digitalocean.com/?refcode=df14bcb7c016&utm_campaign=Referral_Invite"
                "&utm_medium=Referral_Program&utm_source=badge",
                "https://app.codspeed.io/atuinsh/atuin?utm_source=badge",
                "https://www.producthunt.com/posts/chatbox?utm_source=badge-featured&utm_medium=badge"
                "&utm_souce=badge-chatbox"):
        result = validate_url(url)
        assert result.findings == [] and result.not_judged, url
    assert {f.name for f in validate_url("https://codspeed.io/?utm_source=biome&utm_medium=readme").findings} == {
        "missing-utm-param", "medium-unassigned"}
    # the same misspelled key on a team's own link is still the team's mistake
    assert "utm-key-unknown" in {f.name for f in validate_url(
        "https://sunbeam.app/?utm_souce=badge-chatbox&utm_medium=email&utm_campaign=x").findings}


def test_digitaloceans_open_source_sponsorship_link_is_its_programmes():
    """Corpus 21 #6 (blind): a sponsored project's README credits DigitalOcean with the link its open-source programme
    asks for (`utm_medium=opensource&utm_source=<the project>`), and was told to complete it and change its medium.
    The project's own link to its own site with that medium, and with a misspelt one, is still judged."""
    from utmlint.validate_url import validate_url

    sponsor = validate_url("https://www.digitalocean.com/?utm_medium=opensource&utm_source=hugo-theme-bootstrap",
                           repo="razonyang/hugo-theme-bootstrap", path="README.md")
    assert sponsor.findings == [] and sponsor.not_judged
    assert {f.name for f in validate_url("https://hbs.razonyang.com/?utm_medium=opensource&utm_source=readme",
                                         repo="razonyang/hugo-theme-bootstrap", path="README.md").findings} == {
        "missing-utm-param", "medium-unassigned"}
    assert "medium-unassigned" in {f.name for f in validate_url(
        "https://www.digitalocean.com/?utm_medium=opensorce&utm_source=acme&utm_campaign=credits").findings}


def test_the_event_starter_kits_demo_records_are_the_templates():
    """Corpus 21 #113-#117 (blind): a conference site built from Vercel's virtual event starter kit keeps its demo CMS
    records' sponsor links (`utm_source=conference-demo&utm_medium=expo&utm_campaign=examples` on nextjs.org and
    vercel.com), and was told to change their medium: the template's tags. Their `http://` is still told; the team's
    own expo links to its own sponsors, and to vercel.com with its own campaign, are judged."""
    from utmlint.validate_url import validate_url

    path = "lib/cms-providers/prismic/documents/en-us/X9kf3BIAACYA5516=#=company.json"
    demo = validate_url("http://vercel.com?utm_source=conference-demo&utm_medium=expo&utm_campaign=examples",
                        repo="gitpod-io/devxconf.org", path=path)
    assert [f.name for f in demo.findings] == ["url-insecure"]
    for own in ("https://www.gitpod.io/?utm_source=conference-demo&utm_medium=expo&utm_campaign=examples",
                "https://vercel.com/?utm_source=devxconf&utm_medium=expo&utm_campaign=devxconf-2021"):
        assert "medium-unassigned" in {f.name for f in validate_url(own, repo="gitpod-io/devxconf.org",
                                                                     path=path).findings}, own


@pytest.mark.parametrize("url", [
    # Google Play's partner badge, as its generator writes it (corpus 7 #141)
    "https://play.google.com/store/apps/details?id=com.ichi2.anki&utm_source=global_co&utm_medium=prtnr"
    "&utm_content=Mar2515&utm_campaign=PartBadge&pcampaignid=MKT-Other-global-all-co-prtnr-py-PartBadge-Mar2515-1",
    "https://open.spotify.com/embed/track/0rXvhxGisD2djBmNkrv5Gt?utm_source=generator",  # Spotify's embed (#308)
    # Snyk's bot's link to a project page, copied into a changelog (#201)
    "https://app.snyk.io/org/acme/project/c3e7f2a0-597b-4965-a7cf-7e6ea71043ae?utm_source=github&utm_medium=referral"
    "&page=upgrade-pr",
    "https://app.snyk.io/org/acme/project/c3e7f2a0?utm_source=github&utm_medium=referral&page=fix-pr",
    "https://hosted.weblate.org/engage/tasks/?utm_source=widget",  # Weblate's widget (corpus 8 #192)
])
def test_snippets_of_corpora_7_and_8_are_their_sites(url):
    """Corpora 7 and 8 (read after their blind measurement): value or completion advice on these was wrong: each
    is the platform's own snippet, as it hands it out."""
    from utmlint.validate_url import validate_url

    result = validate_url(url)
    assert result.findings == [] and result.not_judged, url


def test_a_snippets_own_parameter_must_match_too():
    """Snyk's `page=` names the snippet: a team's own link to app.snyk.io with the same utm tags and no `page=`, or
    another `page`, is the team's, and judged; a Play listing tagged by a team without the badge's
    `pcampaignid` is the team's too."""
    from utmlint.validate_url import validate_url

    assert "missing-utm-param" in {f.name for f in validate_url(
        "https://app.snyk.io/org/acme?utm_source=github&utm_medium=referral&page=settings").findings}
    assert not validate_url("https://app.snyk.io/org/acme?utm_source=github&utm_medium=referral").not_judged
    # not the badge's snippet; its own query is Play Console's, which not_judged says since stranger8 S12 (sev9)
    listing = validate_url("https://play.google.com/store/apps/details?id=x&utm_source=global_co&utm_medium=prtnr"
                           "&utm_campaign=PartBadge").not_judged
    assert "platform-written-tags" not in listing and listing.startswith("this Google Play listing's own query")
    assert parse("app.snyk.io source=github page=fix-pr\n")[0].tags == (("utm_source", "github"), ("page", "fix-pr"))



def test_a_snippets_slot_left_as_its_placeholder_is_reported(project, capsys):
    """Unsplash's attribution snippet leaves utm_source for the app's name; its guidelines write `your_app_name`,
    and apps paste it unfilled (groq's cookbook gallery, corpus 7 #337 #338): the snippet's values are Unsplash's,
    but the placeholder is the slot left for the team, so utm-placeholder-unfilled speaks (and nothing else)."""
    (project / "docs" / "gallery.html").write_text(
        '<a href="https://unsplash.com/?utm_source=your_app_name&utm_medium=referral">Unsplash</a>\n'
        '<a href="https://unsplash.com/?utm_source=groq_gallery&utm_medium=referral">Unsplash</a>\n', encoding="utf-8")
    code, out = scan(capsys, "docs/gallery.html")
    lines = [line for line in out.splitlines() if "UTM" in line]
    assert code == 1 and len(lines) == 1, out
    assert "gallery.html:1:" in lines[0] and "UTM314 utm-placeholder-unfilled" in lines[0], out


def test_a_placeholder_is_not_respelled(project, capsys):
    """`utm_source=YOUR_SOURCE` on a team's own link: the placeholder is to be replaced, so value-case's "write
    `your_source`" (and its safe fix, which would write another placeholder) is moot: one finding, no fix."""
    (project / "docs" / "a.html").write_text(
        '<a href="https://sunbeam.app/?utm_source=YOUR_SOURCE&utm_medium=email&utm_campaign=launch">x</a>\n'
        '<a href="https://sunbeam.app/?utm_source=Newsletter&utm_medium=email&utm_campaign=launch">y</a>\n',
        encoding="utf-8")
    code, out = scan(capsys, "docs/a.html")
    lines = [line for line in out.splitlines() if "UTM" in line]
    assert len(lines) == 2 and "a.html:1:" in lines[0] and "UTM314" in lines[0] and "[*]" not in lines[0], out
    assert "a.html:2:" in lines[1] and "UTM201" in lines[1], out  # a name's capitals are still value-case's


@pytest.mark.parametrize("url, repo, path", [
    # Pexels' "copy attribution text" credits (corpus 13 #169 #172), in a blog post that is not Pexels'
    ("https://www.pexels.com/@henri-mathieu?utm_content=attributionCopyText&utm_medium=referral&utm_source=pexels",
     "DataTalksClub/datatalksclub.github.io", "_posts/2022-09-01-hiring.md"),
    ("https://www.pexels.com/photo/man-and-woman-near-table-3184465/?utm_content=attributionCopyText"
     "&utm_medium=referral&utm_source=pexels", "DataTalksClub/datatalksclub.github.io", "_posts/2022-09-01-hiring.md"),
    # Unsplash's share-link credit: `creditShareLink` names a share, but the credit is Unsplash's own (#13)
    ("https://unsplash.com/photos/a-pattern-2I0x5N0P_d8?utm_content=creditShareLink&utm_medium=referral"
     "&utm_source=unsplash", "tidyverse/tidyverse.org", "content/blog/2025/svglite-2-2-0/index.Rmd"),
    # SignPath Foundation's required acknowledgement in a project it signs (#59 #61)
    ("https://signpath.io?utm_source=foundation&utm_medium=github&utm_campaign=tiled", "mapeditor/tiled", "README.md"),
    ("https://signpath.org?utm_source=foundation&utm_medium=github&utm_campaign=tiled", "mapeditor/tiled", "README.md"),
])
def test_snippets_of_corpus_13_are_their_sites(url, repo, path):
    """Corpus 13 (read after its blind measurement): copied-tracking or medium-unassigned on these was wrong: each is
    the site's own credit or acknowledgement, pasted as the site hands it out."""
    from utmlint.validate_url import validate_url

    assert validate_url(url, repo=repo, path=path).findings == [], url
    # the same tags on another site's link are someone's, and judged
    assert validate_url(url.replace("signpath.io", "sunbeam.org").replace("signpath.org", "sunbeam.org")
                        .replace("www.pexels.com", "sunbeam.org").replace("unsplash.com", "sunbeam.org"),
                        repo=repo, path=path).findings or "signpath" not in url


@pytest.mark.parametrize("url, repo, path", [
    # Instagram's embed code, its permalink and inner links (corpus 12 #261 #262; corpus 13 #80 #81, the address
    # written from a variable)
    ("https://www.instagram.com/p/BpmueLLgEn_/?utm_source=ig_embed&utm_medium=loading",
     "WebberZone/contextual-related-posts", ".playground/demo-content.xml"),
    ("https://www.instagram.com/reel/${itemId}/?utm_source=ig_embed&utm_campaign=loading",
     "greenpeace/planet4-master-theme", "assets/src/blocks/SocialMedia/SocialMediaEmbed.js"),
    ("${...}/?utm_source=ig_embed&utm_campaign=loading", "greenpeace/planet4-master-theme",
     "src/Migrations/M065ReplaceMetaBlock.php"),
    # Trendshift's badge in its `trendshift-badge` form (corpus 10 #198)
    ("https://trendshift.io/repositories/7663?utm_source=trendshift-badge&utm_medium=badge&utm_campaign="
     "badge-trendshift-7663", "aishwaryanr/awesome-generative-ai-guide", "README.md"),
    # ReCharge's back-link installed in a Shopify theme, its values written with `%20` (corpus 10 #300); its `http://`
    # is url-insecure's (a URL rule), so the test's link is written https
    ("https://rechargepayments.com/subscribe-with-recharge?utm_source=shopify%20store&utm_medium=customer%20link"
     "&utm_campaign=Shopify%20store%20back%20link&shop_name={{ shop.name | url_param_escape }}",
     "1508sharmaakshay/glandex", "snippets/subscription-product.liquid"),
    # Give as you Live's charity-toolkit join link (corpus 11 #156)
    ("https://www.giveasyoulive.com/join/codebar?utm_source=charitytoolkit&utm_content=233896&utm_medium=post"
     "&utm_campaign=CTGenericCampaign", "codebar/planner", "app/views/shared/_donation_platforms.html.haml"),
    # Spotify's embed generator's iframe address built by code (corpus 12 #73)
    ("${url}?utm_source=generator&theme=${value}", "plasmicapp/plasmic", "plasmicpkgs/spotify/src/spotify.tsx"),
    # Canva's embed credit, its scheme hidden by `https:&#x2F;&#x2F;` (corpus 13 #4)
    ("www.canva.com/design/DAG9vocjfW8/a0YscUirz2O2OMMrm8ldYA/view?utm_content=DAG9vocjfW8&utm_campaign=designshare"
     "&utm_medium=embeds&utm_source=link", "carpentries/carpentries.org", "content/about-us/strategic-plan/_index.md"),
])
def test_embed_codes_are_their_platforms_snippets(url, repo, path):
    """Corpora 10-13 (read after their blind measurement): copied-tracking, missing-utm-param or
    medium-unassigned on these was wrong: each is the platform's own embed code or badge, pasted (or built) as the
    platform hands it out."""
    from utmlint.validate_url import validate_url

    assert validate_url(url, repo=repo, path=path).findings == [], url


def test_a_link_copied_out_of_an_embed_is_still_a_copy():
    # corpus 1: an Instagram post's link with the older embed's lone `utm_source=ig_embed`, pasted into a newsletter
    # issue, is a copy (copied-tracking), and a visit's id beside an embed's tags is still reported
    from utmlint.validate_url import validate_url

    for url in ("https://www.instagram.com/p/BsOGulcndj-/?utm_source=ig_embed",
                "https://www.instagram.com/p/BsOGulcndj-/?utm_source=ig_embed&utm_campaign=loading&fbclid=IwAR0x",
                "https://www.instagram.com/p/BsOGulcndj-/?utm_source=ig_web_copy_link"):
        names = [f.name for f in validate_url(url, repo="ruanyf/weekly", path="docs/issue-43.md").findings]
        assert names == ["copied-tracking"], (url, names)
    # the embed's tags on a team's own template link, its host unknown, with a medium of its own, are the team's
    assert validate_url("${url}?utm_source=generator&utm_medium=x", repo="a/b", path="a.tsx").findings


def test_codacys_older_badger_badge_is_codacys():
    """Corpus 25 #25 (blind): Codacy's badger bot wrote its badge as `www.codacy.com/app/<owner>/<repo>?utm_source=
    github.com&utm_medium=referral&utm_content=<owner>/<repo>&utm_campaign=badger`; value-case asked to lowercase the
    repository name Codacy writes into utm_content. The newer `Badge_*` forms were already Codacy's. The same tags on a
    team's own link to its own site, and a team's own tags on a codacy.com link, are judged."""
    from utmlint.validate_url import validate_url

    badge = validate_url("https://www.codacy.com/app/ruadmjn/VKMemeBot?utm_source=github.com&utm_medium=referral"
                         "&utm_content=ruadmjn/VKMemeBot&utm_campaign=badger", repo="ruadmjn/VKMemeBot", path="README.md")
    assert badge.findings == [] and "codacy.com" in badge.not_judged
    assert "value-case" in {f.name for f in validate_url(
        "https://sunbeam.app/?utm_source=github.com&utm_medium=referral&utm_content=Acme/Tool&utm_campaign=badger",
        repo="acme/tool", path="README.md").findings}
    assert "value-case" in {f.name for f in validate_url(
        "https://www.codacy.com/app/acme/tool?utm_source=Acme&utm_medium=referral&utm_campaign=Spring",
        repo="acme/tool", path="README.md").findings}


def test_google_clouds_partner_credit_link_is_the_programmes():
    """Corpus 19 #114 (blind: nothing to tell): Canonical's OpenStack pages link Google Cloud's partner credit page as
    the programme hands it to partners, `?PCN=<partner number>&utm_medium=partners&utm_campaign=partner-credit`; it
    was told to add a source and to respell the medium. The partner number binds the programme's form (matched
    whatever its case: the data file is lower-cased), and a bare `*` wants a value: the same tags without a number,
    or with an empty one, are not the registry's entry. Their `utm_medium=partners` still names a partner programme's
    placement (scan.partner_tags, session 41): held back by that reading instead, and said so; with another medium
    they are the linking team's own, and judged."""
    from utmlint.validate_url import validate_url

    where = dict(repo="canonical/ubuntu.com", path="templates/openstack/shared/_guest-list.html")
    link = "https://cloud.google.com/partners/partnercredit/?{}utm_medium=partners&utm_campaign=partner-credit"
    result = validate_url(link.format("PCN=a0n60000003kyX1&"), **where)
    assert result.findings == [] and "platform-written-tags.txt" in result.not_judged
    for bare in ("", "PCN=&"):
        result = validate_url(link.format(bare), **where)
        assert result.findings == [] and "partner programme" in result.not_judged
        assert {"missing-utm-param", "medium-unassigned"} <= {f.name for f in validate_url(
            link.format(bare).replace("utm_medium=partners", "utm_medium=credits"), **where).findings}
    assert written_by("cloud.google.com", {"PCN": "a0n6", "utm_medium": "partners",
                                           "utm_campaign": "partner-credit"}) is not None
    assert written_by("cloud.google.com", {"utm_medium": "partners", "utm_campaign": "partner-credit"}) is None


def test_product_hunts_embed_card_is_product_hunts():
    """Corpus 28 #38 (blind): a blog post showing its product's Product Hunt card (`?embed=true&utm_source=embed&
    utm_medium=post_embed`, as Product Hunt's "Embed" hands it out) was told to change the medium and add a campaign:
    the card's tags are Product Hunt's. The same tags on a team's own site, or another medium on producthunt.com,
    are the team's and judged; `&amp;` written twice into the card is still the repository's."""
    from utmlint.validate_url import validate_url

    card = validate_url("https://www.producthunt.com/products/extract-text-from-image?embed=true&utm_source=embed"
                        "&utm_medium=post_embed", repo="Welders-don/devexthub-site",
                        path="blog/how-to-extract-text-from-a-picture/index.html")
    assert card.findings == [] and card.not_judged
    own = validate_url("https://www.devexthub.com/pdf-to-excel/?utm_source=embed&utm_medium=post_embed",
                       repo="Welders-don/devexthub-site", path="blog/a/index.html")
    assert {"medium-unassigned", "missing-utm-param"} <= {f.name for f in own.findings}
    assert "medium-unassigned" in {f.name for f in validate_url(
        "https://www.producthunt.com/products/x?utm_source=embed&utm_medium=post_embedd&utm_campaign=launch").findings}
    assert "url-html-escaped" in {f.name for f in validate_url(
        "https://www.producthunt.com/products/x?embed=true&amp;amp;utm_source=embed&amp;amp;utm_medium=post_embed"
    ).findings}



SPONSORED = """\
# awesome-x

## Sponsors

[CodeRabbit](https://coderabbit.ai/?utm_source=oss&utm_medium=sponsorship&utm_campaign=awesome-x)
[Unblocked](https://getunblocked.com/?utm_source=oss&utm_medium=sponsorship&utm_campaign=awesome-x)
"""


def test_novitas_partner_link_and_the_oss_sponsorship_form_are_their_senders(project, capsys):
    """Session 44: Novita AI's partner link (`utm_source=github_<project>&utm_medium=github_readme`, the same form in
    litellm, Verba, continue and anything-llm: corpus 9 #289 #290, corpus 4 #229, corpus 5 #314-#321) and the
    sponsors' `utm_source=oss&utm_medium=sponsorship&utm_campaign=<project>` (Tines, CodeRabbit, Okara, Unblocked:
    corpus 23 #41 #42, where two sponsors carrying one set read as the README's own tagging) are their senders'
    forms: no value advice. A team's own `github_readme` link without the `github_` source is judged, and so is the
    set when the file also writes it on a site not listed (its own scheme, scan.judge.Judge.own_tagging)."""
    from utmlint.validate_url import validate_url

    for url in ("https://novita.ai/llm-api?utm_source=github_continuedev&utm_medium=github_readme&utm_campaign=github_link",
                "https://novita.ai/model-api/product/llm-api?utm_source=github_anything-llm&utm_medium=github_readme"
                "&utm_campaign=link"):
        verdict = validate_url(url, repo="acme/widgets", path="README.md")
        assert verdict.findings == [] and verdict.not_judged, url
    told = {f.name for f in validate_url("https://novita.ai/?utm_source=acme&utm_medium=github_readme",
                                         repo="acme/widgets", path="README.md").findings}
    assert "medium-unassigned" in told
    (project / "docs" / "README.md").write_text(SPONSORED, encoding="utf-8")
    assert scan(capsys, "--no-cache", ".") == (0, "All clean: 1 file checked (2 tracked links).\n")
    (project / "docs" / "README.md").write_text(
        SPONSORED + "\nHosted by [Acme Host](https://acme-host.io/?utm_source=oss&utm_medium=sponsorship"
                    "&utm_campaign=awesome-x)\n", encoding="utf-8")
    code, out = scan(capsys, "--no-cache", ".")
    assert code == 1 and out.count("UTM102 medium-unassigned") == 3, out


def test_reowns_backlink_scheme_is_its_own_and_a_teams_backlinks_are_judged(project, capsys):
    """Reown's `utm_medium=docs&utm_campaign=backlinks` on its pages in chains' docs (corpus 14 #16 #47-#50 #53) and
    Openfort's (#105): their scheme, no value advice. The word on a team's own links to its site is the team's: judged
    (review44 F8: over2c's reading of `backlinks` anywhere in a campaign held a team's `github_backlinks` back)."""
    (project / "docs" / "README.md").write_text(
        "Read [Reown](https://reown.com/?utm_source=polygon&utm_medium=docs&utm_campaign=backlinks) and\n"
        "[Openfort](https://www.openfort.io/blog?utm_source=gnosis&utm_medium=docs&utm_campaign=backlinks).\n",
        encoding="utf-8")
    assert scan(capsys, "--no-cache", ".")[0] == 0
    (project / "docs" / "README.md").write_text(
        "By [Acmeflow](https://acmeflow.com/?utm_source=GitHub&utm_medium=readme&utm_campaign=github_backlinks).\n",
        encoding="utf-8")
    code, out = scan(capsys, "--no-cache", ".")
    assert code == 1 and "UTM201" in out and "UTM102" in out, out


def test_ai_ml_apis_partner_link_is_its_own():
    """AI/ML API's `utm_source=<project>&utm_medium=github&utm_campaign=integration` on aimlapi.com (gpt-researcher's
    docs, corpus 6 #175 #180; agno's cookbook, corpus 4 #180 #185; six more projects): its form, no value advice; the
    same tags to another site are the team's and judged."""
    from utmlint.validate_url import validate_url

    verdict = validate_url("https://docs.aimlapi.com/?utm_source=agno&utm_medium=github&utm_campaign=integration",
                           repo="agno-agi/agno", path="cookbook/models/aimlapi/README.md")
    assert verdict.findings == [] and verdict.not_judged
    told = validate_url("https://acme.dev/?utm_source=agno&utm_medium=github&utm_campaign=integration",
                        repo="agno-agi/agno", path="README.md")
    assert "medium-unassigned" in {f.name for f in told.findings}


def test_a_sites_own_repository_gets_advice_on_the_tags_it_hands_out(tmp_path, monkeypatch, capsys):
    """review44 F20: an entry here left a site's own repository silent: Reown's own docs, writing its backlink scheme on
    its dashboard link with a medium GA4 files under Unassigned, were "All clean". In the repository of the site the
    entry binds (read from its git remote, as scan's own-site reading does), the tags are its own to judge; in a
    chain's docs they stay Reown's."""
    import subprocess

    for owner, told in (("reown-com", True), ("0xPolygon", False)):
        repo = tmp_path / owner
        repo.mkdir()
        subprocess.run(["git", "init", "-q", str(repo)], check=True)
        subprocess.run(["git", "-C", str(repo), "remote", "add", "origin", f"https://github.com/{owner}/docs.git"],
                       check=True)
        (repo / "README.md").write_text("Get a project id on the [Reown dashboard](https://dashboard.reown.com/"
                                        "?utm_source=docs&utm_medium=docs&utm_campaign=backlinks).\n", encoding="utf-8")
        monkeypatch.chdir(repo)
        code, out = scan(capsys, "--no-cache", ".")
        assert (code == 1 and "UTM102 medium-unassigned" in out) if told else code == 0, (owner, out)


CONTEXTUAL = ("https://docs.contextual.ai/user-guides/beginner-guide?utm_campaign=Standalone-api-integration"
              "&utm_source=chroma&utm_medium=github&utm_content=repo")
CONTEXTUAL_GITHUB = ("https://github.com/ContextualAI?utm_campaign=Standalone-api-integration&utm_source=chroma"
                     "&utm_medium=github&utm_content=repo")


def test_contextual_ais_partner_link_is_its_own():
    """The lead's session 45 ruling: Contextual AI's partner form (`utm_medium=github&utm_content=repo|notebook`, the
    partner in utm_source) on chroma's integration page and in NirDiamant's notebooks is Contextual AI's: no value
    advice there, though the page also links Contextual AI's GitHub organisation with the same tags (a page whose owner
    never sees tags says nothing about whose scheme they are) and its three tags alone miss the entry (the fourth,
    `utm_content`, binds it). In Contextual AI's own repository they are its own to judge (review44 F20)."""
    from utmlint.validate_url import validate_url

    others = (CONTEXTUAL, "https://contextual.ai/?utm_campaign=Standalone-api-integration&utm_source=chroma"
                          "&utm_medium=github&utm_content=repo", CONTEXTUAL_GITHUB)
    told = validate_url(CONTEXTUAL, repo="chroma-core/chroma",
                        path="docs/mintlify/integrations/frameworks/contextual-ai.mdx", file_urls=others)
    assert not {f.name for f in told.findings} & {"medium-unassigned", "value-case"}, told.findings
    own = ("https://contextual.ai/?utm_campaign=McConaughey&utm_source=contextualai&utm_medium=github"
           "&utm_content=notebook")
    told = validate_url(own, repo="ContextualAI/examples", path="16-matthew-mcconaughey/README.md")
    assert "medium-unassigned" in {f.name for f in told.findings}, told.findings
    # the same tags on the team's own site are the team's, judged
    told = validate_url(CONTEXTUAL.replace("docs.contextual.ai", "acme.dev"), repo="acme/rag", path="README.md")
    assert "medium-unassigned" in {f.name for f in told.findings}


def test_a_program_writing_its_tags_on_the_teams_own_instance_keeps_them(tmp_path, monkeypatch, capsys):
    """Weblate's engage widget (`?utm_source=widget`) on jellyfin's own Weblate instance, translate.jellyfin.org, in
    jellyfin's own repository: the software wrote the tags, not the site's owner, so the own-repository reading of
    review44 F20 (bound to the entry's host, hosted.weblate.org) does not judge them (main told it missing-utm-param,
    corpus 19 #49, corpus 20 #124); Weblate's own repository linking hosted.weblate.org gets the advice."""
    import subprocess

    link = "https://translate.jellyfin.org/projects/jellyfin/jellyfin-web/?utm_source=widget"
    for slug, url, told in (("jellyfin/jellyfin-web", link, False),
                            ("WeblateOrg/weblate", "https://hosted.weblate.org/engage/weblate/?utm_source=widget", True)):
        repo = tmp_path / slug.replace("/", "-")
        repo.mkdir()
        subprocess.run(["git", "init", "-q", str(repo)], check=True)
        subprocess.run(["git", "-C", str(repo), "remote", "add", "origin", f"https://github.com/{slug}.git"], check=True)
        (repo / "README.md").write_text(f'# Translations\n\n<a href="{url}"><img src="badge.svg" alt="status"/></a>\n',
                                        encoding="utf-8")
        monkeypatch.chdir(repo)
        code, out = scan(capsys, "--no-cache", ".")
        assert (code == 1 and "missing-utm-param" in out) if told else code == 0, (slug, out)


def test_testmu_ais_sponsor_link_is_its_own():
    """TestMu AI's (formerly LambdaTest) open-source sponsorship link, `testmuai.com/?utm_medium=sponsor&utm_source=<the
    project>` (memos' README, corpus 5 #89; the same form in extensionjs, localsend, pydoll, napi-rs and ten more): the
    sponsor's form, no value advice, even where the file writes the same tags on another sponsor's link (memos' SSD
    Nodes link, which the file's own convention of one set on several sponsors still has judged as the team's)."""
    from utmlint.validate_url import validate_url

    ssd, testmu = ("https://ssdnodes.com/?utm_source=memos&utm_medium=sponsor",
                   "https://www.testmuai.com/?utm_medium=sponsor&utm_source=memos")
    for url in (testmu, "https://www.lambdatest.com/?utm_source=memos&utm_medium=sponsor"):
        verdict = validate_url(url, repo="usememos/memos", path="README.md", file_urls=(ssd, url))
        assert verdict.findings == [] and verdict.not_judged, url
    told = validate_url(ssd, repo="usememos/memos", path="README.md", file_urls=(ssd, testmu))
    assert {"medium-unassigned", "missing-utm-param"} <= {f.name for f in told.findings}


def test_deepsets_developer_relations_links_are_its_own():
    """deepset's developer-relations links to Haystack, `utm_campaign=developer-relations&utm_source=<the placement>` on
    deepset.ai (HF cookbook's NuExtract notebook, corpus 6 #241-#250; osday-italy's sponsor table, DeepLearning.AI's
    Haystack course): deepset's scheme, no value advice in another party's repository; deepset's own Haystack README
    writing it on its own site is told (the site's own repository, review44 F20), as the same tags to another site are."""
    from utmlint.validate_url import validate_url

    url = "https://haystack.deepset.ai/?utm_campaign=developer-relations&utm_source=hf-cookbook"
    other = validate_url(url, repo="huggingface/cookbook", path="notebooks/en/information_extraction_haystack.ipynb")
    assert other.findings == [] and other.not_judged
    own = validate_url(url, repo="deepset-ai/haystack", path="README.md")
    assert "missing-utm-param" in {f.name for f in own.findings}
    elsewhere = validate_url("https://acme.dev/?utm_campaign=developer-relations&utm_source=hf-cookbook",
                             repo="huggingface/cookbook", path="notebooks/en/acme.ipynb")
    assert "missing-utm-param" in {f.name for f in elsewhere.findings}


def test_courseras_partner_link_for_an_institution_is_its_own():
    """Coursera's partner link for an institution teaching on it, `coursera.org/<course>?utm_source=<the institution>&
    utm_medium=institutions&utm_campaign=<...>` (DeepLearning.AI's in Hugging Face's course, corpus 10 #238 #240;
    Google's, IBM's and others' in a dozen repositories): Coursera's form, no value advice; the same tags to another site
    are the team's own, and judged."""
    from utmlint.validate_url import validate_url

    tags = "?utm_source=deeplearning-ai&utm_medium=institutions&utm_campaign=20211011-nlp-2-hugging_face-page-nlp-refresh"
    course = validate_url("https://www.coursera.org/specializations/natural-language-processing" + tags,
                          repo="huggingface/course", path="chapters/en/chapter1/1.mdx")
    assert course.findings == [] and course.not_judged
    told = validate_url("https://acme.dev/specializations/nlp" + tags, repo="huggingface/course",
                        path="chapters/en/chapter1/1.mdx")
    assert "medium-unassigned" in {f.name for f in told.findings}


def test_mannings_affiliate_link_is_its_own():
    """Manning's affiliate programme link, `manning.com/<page>?utm_source=<the affiliate>&utm_medium=affiliate`
    (awesome-datascience's "Book Deals (Affiliated)", corpus 6 #317; authors' `?utm_source=affiliate&utm_medium=
    affiliate&a_aid=<id>` in several repositories): Manning's form, no value advice; an `affiliate` medium on another
    site stays the team's own, and judged."""
    from utmlint.validate_url import validate_url

    book = validate_url("https://www.manning.com/books/data-for-all?utm_source=mikrobusiness&utm_medium=affiliate",
                        repo="academic/awesome-datascience", path="README.md")
    assert book.findings == [] and book.not_judged
    told = validate_url("https://acme.dev/books/data-for-all?utm_source=mikrobusiness&utm_medium=affiliate",
                        repo="academic/awesome-datascience", path="README.md")
    assert "missing-utm-param" in {f.name for f in told.findings}


def test_coplays_sponsored_list_entry_is_its_own():
    """Coplay's sponsored entry in game-development lists, `coplay.dev?ref=github&utm_source=<the list>` (magictools and
    GameDev-Resources, corpus 10 #205 #206): Coplay's form, no value advice; the list's own `ref=github` link to another
    site is the list's, and judged; a link to coplay.dev without the `ref=github` is not the entry's form."""
    from utmlint.validate_url import validate_url

    entry = validate_url("https://coplay.dev?ref=github&utm_source=magictools", repo="ellisonleao/magictools",
                         path="README.md")
    assert entry.findings == [] and entry.not_judged
    for url in ("https://acme.dev?ref=github&utm_source=magictools", "https://coplay.dev?utm_source=magictools"):
        told = validate_url(url, repo="ellisonleao/magictools", path="README.md")
        assert "missing-utm-param" in {f.name for f in told.findings}, url


def test_writers_devrel_sign_up_link_is_its_own():
    """Writer's developer-relations link to its AI Studio sign-up, `app.writer.com/aistudio/signup?utm_campaign=devrel`
    (LangChain's Writer page, corpus 27 #32; instructor's Writer announcement): Writer's form, no value advice there;
    Writer's own cookbooks writing it on its own site are told, as a `devrel` campaign to another site is (a devrel
    team's own samples, aws-samples': review41 H3)."""
    from utmlint.validate_url import validate_url

    url = "https://app.writer.com/aistudio/signup?utm_campaign=devrel"
    page = validate_url(url, repo="langchain-ai/docs", path="src/oss/integrations/chat/writer.md")
    assert page.findings == [] and page.not_judged
    assert "missing-utm-param" in {f.name for f in validate_url(url, repo="writer/cookbooks", path="README.md").findings}
    told = validate_url("https://acme.dev/signup?utm_campaign=devrel", repo="langchain-ai/docs", path="README.md")
    assert "missing-utm-param" in {f.name for f in told.findings}


def test_a_leading_star_matches_a_suffix_with_something_before_it():
    """`source=*-docs` (Coiled's `<the partner>-docs`): a value ending so, with a name before the ending; not the
    ending alone, not another ending, and a trailing `*` still a prefix."""
    entries = parse("coiled.io  source=*-docs\nacme.dev  source=x*\n")
    assert written_by("docs.coiled.io", {"utm_source": "prefect-docs"}, entries)
    assert written_by("coiled.io", {"utm_source": "HF-Docs"}, entries)  # values case-insensitive
    for value in ("-docs", "docs", "prefect-doc", "prefect-docs-x", ""):
        assert written_by("coiled.io", {"utm_source": value}, entries) is None, value
    assert written_by("acme.dev", {"utm_source": "xy"}, entries) and not written_by("acme.dev", {"utm_source": "yx"},
                                                                                  entries)


def test_coileds_partner_docs_links_are_its_own():
    """Coiled's links from the docs it writes for partners, `?utm_source=<partner>-docs` (Prefect's Coiled guide,
    corpus 6 #141-#145; the Hub's Dask page, corpus 14 #66 #68; Dask's docs): Coiled's form, no value advice; Coiled's
    own repository is told; a `-docs` source to another site is the team's own, and judged."""
    from utmlint.validate_url import validate_url

    url = "https://cloud.coiled.io/signup?utm_source=prefect-docs"
    page = validate_url(url, repo="PrefectHQ/prefect", path="docs/v3/how-to-guides/deployment_infra/coiled.mdx")
    assert page.findings == [] and page.not_judged
    told = validate_url("https://acme.dev/signup?utm_source=prefect-docs", repo="PrefectHQ/prefect", path="README.md")
    assert "missing-utm-param" in {f.name for f in told.findings}
    own = validate_url("https://docs.coiled.io/why.html?utm_source=coiled-docs", repo="coiled/coiled.io",
                       path="docs/index.md")
    assert "missing-utm-param" in {f.name for f in own.findings}


def test_herodevs_never_ending_support_links_are_its_own():
    """HeroDevs' Never-Ending Support partner links, each partner's values its own (nodejs.org's `NodeJS+`/`Link`,
    ESLint's `ESLintWebsite`, jquery.com's `jQuery`/`link`: corpora 5, 6, 10, 15): HeroDevs' reading of the referrals
    it agreed with each partner, no value advice; the same tags to another site are judged."""
    from utmlint.validate_url import validate_url

    for url, repo in (("https://www.herodevs.com/support/node-nes?utm_source=NodeJS+&utm_medium=Link&utm_campaign="
                       "Nodejs_eol_support", "nodejs/nodejs.org"),
                      ("https://www.herodevs.com/support/eslint-nes?utm_source=ESLintWebsite&utm_medium=ESLintWebsite&"
                       "utm_campaign=ESLintNES&utm_id=ESLintNES", "eslint/eslint")):
        page = validate_url(url, repo=repo, path="README.md")
        assert page.findings == [] and page.not_judged, url
        told = validate_url(url.replace("www.herodevs.com", "acme.dev"), repo=repo, path="README.md")
        assert {"value-case", "value-whitespace", "medium-unassigned"} & {f.name for f in told.findings}, url


def test_argos_open_source_plan_credit_is_argos():
    """Argos' open-source plan credit, `argos-ci.com?utm_source=<the project>&utm_campaign=oss` (mermaid's README,
    corpus 4 #198 #200; LiberatedPixelCup's, homarr's and microcharts' badges): Argos' form, no value advice; `oss` to
    another site is the team's own, and judged."""
    from utmlint.validate_url import validate_url

    credit = validate_url("https://argos-ci.com?utm_source=mermaid&utm_campaign=oss", repo="mermaid-js/mermaid",
                          path="README.md")
    assert credit.findings == [] and credit.not_judged
    told = validate_url("https://acme.dev?utm_source=mermaid&utm_campaign=oss", repo="mermaid-js/mermaid",
                        path="README.md")
    assert "missing-utm-param" in {f.name for f in told.findings}


def test_platformios_block_for_an_arduino_core_is_platformios():
    """PlatformIO's "Using PlatformIO" block, tagged for each Arduino core it supports (esp8266's
    `?utm_source=arduino-esp8266`, corpus 25 #7-#14; arduino-esp32's and XMC-for-Arduino's `?utm_source=github&
    utm_medium=<the core>`): PlatformIO's, no value advice; PlatformIO's own repository keeps the advice."""
    from utmlint.validate_url import validate_url

    for url in ("https://platformio.org?utm_source=arduino-esp8266",
                "https://docs.platformio.org/en/latest/ide.html?utm_source=github&utm_medium=arduino-esp32"):
        block = validate_url(url, repo="esp8266/Arduino", path="README.md")
        assert block.findings == [] and block.not_judged, url
    own = validate_url("https://docs.platformio.org?utm_source=github&utm_medium=core", repo="platformio/platformio-core",
                       path="README.rst")
    assert "medium-unassigned" in {f.name for f in own.findings}


def _repository(tmp_path, monkeypatch, owner, files):
    import subprocess

    repo = tmp_path / owner
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run(["git", "-C", str(repo), "remote", "add", "origin", f"https://github.com/{owner}/website.git"],
                   check=True)
    for name, text in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(repo)
    return repo


def test_a_vendors_own_tags_copied_with_its_link_are_no_partner_form(tmp_path, monkeypatch, capsys):
    """review46 F1/F6: an entry leaving the source free (`herodevs.com source=*`, `coiled.io source=*-docs`) is the
    vendor's partner form, whose source names the partner: the vendor's own newsletter tags (`utm_source=herodevs`,
    `coiled-docs`) or a network's share tags (`linkedin`/`social`) copied into a team's post with the link are copied
    tracking, told as on main, not a snippet to keep."""
    _repository(tmp_path, monkeypatch, "acmeflow", {"content/posts/copied.md": (
        "- [HeroDevs on Vue 2](https://www.herodevs.com/blog-posts/vue2?utm_source=herodevs&utm_medium=newsletter"
        "&utm_campaign=monthly)\n"
        "- [Coiled docs](https://docs.coiled.io/user_guide/index.html?utm_source=coiled-docs&utm_medium=email"
        "&utm_campaign=launch)\n"), "content/posts/shared.md": (
        "- [HeroDevs on LinkedIn](https://www.herodevs.com/blog-posts/eol?utm_source=linkedin&utm_medium=social"
        "&utm_campaign=eol-series)\n")})
    code, out = scan(capsys, "--no-cache", ".")
    assert code == 1 and out.count("copied.md") == 2 and out.count("shared.md:1") == 1, out
    assert out.count("UTM310") == 3 and "herodevs.com's own tags" in out, out


def test_platformios_entry_binds_its_blocks_forms_only(tmp_path, monkeypatch, capsys):
    """review46 F2: PlatformIO's entry is its block's two forms (`utm_source=github&utm_medium=<core>`,
    `utm_source=arduino-<core>`), not any tag a team writes on a link to platformio.org."""
    _repository(tmp_path, monkeypatch, "acmeflow", {"content/posts/pio.md": (
        "[PlatformIO](https://platformio.org/install?utm_source=acmeflow&utm_medium=Blog)\n")})
    code, out = scan(capsys, "--no-cache", ".")
    assert code == 1 and "UTM102" in out, out


def test_in_the_vendors_own_repository_its_spellings_are_compared(tmp_path, monkeypatch, capsys):
    """review46 F3: in the site's own repository the tags it hands out are its own (review44 F20); the repo-wide
    spelling rules compare them too: `IDE Launch` beside `ide-launch` is one campaign spelled two ways."""
    _repository(tmp_path, monkeypatch, "platformio", {"index.md": (
        "Install [PlatformIO IDE](https://platformio.org/install/ide?utm_source=github&utm_medium=referral"
        "&utm_campaign=IDE%20Launch) or [Core](https://platformio.org/install/cli?utm_source=github"
        "&utm_medium=referral&utm_campaign=ide-launch).\n")})
    code, out = scan(capsys, "--no-cache", ".")
    assert "UTM604" in out, out

# over2f (session 46): vendors' and partners' link forms, each seen in several unrelated repositories (find_string):
# (the link in a repository not the vendor's, where it is written, the same tags on another site, a link to the
# vendor's site written otherwise)
VENDOR_FORMS = [
    ("https://talordata.com/?campaignid=f01u8cHondg2qA47&utm_source=github&utm_term=googlemaps",
     "gosom/google-maps-scraper", "README.md", "https://acme.dev/?campaignid=f01u8cHondg2qA47&utm_source=github",
     "https://talordata.com/?utm_source=github"),
    ("https://www.nstproxy.com/?utm_source=crawl4ai", "unclecode/crawl4ai", "docs/md_v2/core/examples.md",
     "https://acme.dev/?utm_source=crawl4ai", ""),
    ("https://www.comet.com/signup?utm_medium=github&utm_source=crewai_docs", "crewAIInc/crewAI",
     "docs/en/observability/opik.mdx", "https://acme.dev/signup?utm_medium=github&utm_source=crewai_docs",
     "https://www.comet.com/site/?utm_source=trainer&utm_medium=github&utm_campaign=Readme"),
    ("https://www.comet.com/site/?utm_source=colab&utm_medium=referral&utm_campaign=AMS_US_EN_SNUP_Online_WhisperAI_"
     "Notebook", "openai/whisper-notebooks", "eval.ipynb",
     "https://acme.dev/?utm_source=colab&utm_medium=referral&utm_campaign=AMS_US_EN_SNUP_Online_WhisperAI_Notebook",
     "https://www.comet.com/site/?utm_source=colab&utm_medium=referral&utm_campaign=Whisper_Notebook"),
    ("https://www.packtpub.com/business-other/building-forms-with-vue-js?utm_source=Vuejs.org&utm_medium=referral&"
     "utm_campaign=OutreachB15411", "vuejs/awesome-vue", "README.md",
     "https://acme.dev/?utm_source=Vuejs.org&utm_medium=referral&utm_campaign=OutreachB15411",
     "https://www.packtpub.com/?utm_source=Vuejs.org&utm_medium=referral&utm_campaign=Books"),
    ("https://auth0.com/blog/dotnet-5-whats-new/?utm_source=content_synd&utm_medium=sc&utm_campaign=dotnet_5",
     "dotnetweekly/dnw-gatsby", "src/newsletters/2020/46/five-things.md",
     "https://acme.dev/?utm_source=content_synd&utm_medium=sc&utm_campaign=dotnet_5",
     "https://auth0.com/blog/dotnet-5-whats-new/?utm_source=content_synd&utm_medium=blog&utm_campaign=dotnet_5"),
    ("https://contactout.com/meeting?utm_source=api_docs", "NangoHQ/nango", "docs/integrations/all/contactout.mdx",
     "https://acme.dev/meeting?utm_source=api_docs", "https://contactout.com/meeting?utm_source=docs"),
    ("https://keen.io/users/signup?utm_campaign=SendGrid%202020&utm_source=SendGrid&utm_medium=SendGrid%20Hosted"
     "%20Docs",
     "sendgrid/docs", "content/docs/for-developers/tracking-events/analytics-with-keen-io.md",
     "https://acme.dev/?utm_campaign=SendGrid%202020&utm_source=SendGrid&utm_medium=SendGrid%20Hosted%20Docs",
     "https://keen.io/users/signup?utm_campaign=SendGrid%202020&utm_source=SendGrid&utm_medium=Hosted%20Docs%20"
     "SendGrid"),
    # corpus48 (session 47): Platform.sh's deploy button (Directus' README, SymfonyCorp's demo, the old Nuxt docs)
    ("https://console.platform.sh/projects/create-project?template=https://raw.githubusercontent.com/platformsh/"
     "template-builder/master/templates/nuxtjs/.platform.template.yaml&utm_content=nuxtjs&utm_source=nuxtjs_orgb&"
     "utm_medium=button&utm_campaign=deploy_on_platform", "nuxt/nuxtjs.org",
     "content/en/guides/deployment/deployment-platformsh.md",
     "https://acme.dev/new?utm_content=nuxtjs&utm_source=nuxtjs_orgb&utm_medium=button&utm_campaign=deploy_on_platform",
     "https://console.platform.sh/projects/create-project?utm_source=nuxtjs&utm_medium=button&utm_campaign=deploy"),
]


@pytest.mark.parametrize("url, repo, path, elsewhere, otherwise", VENDOR_FORMS)
def test_vendors_forms_seen_in_unrelated_repositories_are_theirs(url, repo, path, elsewhere, otherwise):
    from utmlint.validate_url import validate_url

    value_advice = {"missing-utm-param", "medium-unassigned", "value-case", "campaign-slug"}
    verdict = validate_url(url, repo=repo, path=path)
    assert not {f.name for f in verdict.findings} & value_advice and verdict.not_judged, url
    assert {f.name for f in validate_url(elsewhere, repo=repo, path=path).findings} & value_advice, elsewhere
    if otherwise:
        assert {f.name for f in validate_url(otherwise, repo=repo, path=path).findings} & value_advice, otherwise


def test_a_leading_star_matches_a_values_ending():
    """A value written `*<ending>` matches a value ending so, longer than the ending (Keen's `<partner> Hosted Docs`
    medium); `*` alone still wants a value, a trailing `*` a beginning."""
    entry = parse("keen.io medium=*%20hosted%20docs\n")
    assert written_by("keen.io", {"utm_medium": "Airbyte Hosted Docs"}, entry)
    assert written_by("keen.io", {"utm_medium": "SendGrid Hosted Docs"}, entry)
    assert not written_by("keen.io", {"utm_medium": " hosted docs"}, entry)
    assert not written_by("keen.io", {"utm_medium": "hosted docs for sendgrid"}, entry)
    assert not written_by("acme.dev", {"utm_medium": "SendGrid Hosted Docs"}, entry)


def test_vue_schools_partner_link_is_vue_schools():
    """Vue School's partner links, `?friend=<partner>&utm_source=<partner>&utm_medium=link` (vuejs.org's nav,
    `utm_source=Vuejs.org&utm_medium=Link`; the old Nuxt site's, corpus 48 #15 #17; Vue Router's, corpus 23 #48): Vue
    School's form, no value advice (no `Nuxtjs.org` respelled); the capitalised tags to another site, or a Vue School
    link without its `friend=` code, are the team's own, and judged."""
    from utmlint.validate_url import validate_url

    url = ("https://vueschool.io/courses/nuxtjs-fundamentals?friend=nuxt&utm_source=Nuxtjs.org&utm_medium=Link&"
           "utm_content=Courses&utm_campaign=nuxtjs-fundamentals")
    entry = validate_url(url, repo="nuxt/nuxtjs.org", path="content/en/video-courses.md")
    assert entry.findings == [] and entry.not_judged
    for other in (url.replace("vueschool.io", "acme.dev"), url.replace("friend=nuxt&", "")):
        told = validate_url(other, repo="nuxt/nuxtjs.org", path="content/en/video-courses.md")
        assert "value-case" in {f.name for f in told.findings}, other
