"""utm-useless-destination (UTM316): utm tags on a platform page whose owner is never shown them.

The corpora's labellers found 20 such links (corpora 3-10; corpus 7's cncf/landscape vendor pages on LinkedIn, X,
Crunchbase and YouTube, goreleaser's sponsors' GitHub profiles, llama-cookbook's github.com links), and corpus 7's
labeller called the advice utmlint gave on them ("add utm_medium", "use a medium GA4 knows") wasted work: nobody
reads those tags. One finding for the one mistake: no completion, respelling or channel advice beside it.
"""

from __future__ import annotations

import pytest

from utmlint.checks.tracking.destinations import useless_destination, useless_destinations
from utmlint.cli import main
from utmlint.validate_url import validate_url

GORELEASER = "https://github.com/jsirianni?utm_source=goreleaser&utm_medium=sponsor&utm_campaign=homepage&utm_content=github"


@pytest.mark.parametrize("url", [
    GORELEASER,  # corpus 7 #284: was told "use a medium GA4 knows"
    "https://www.linkedin.com/company/catalyst-by-zoho/?utm_source=cncf",  # corpus 7 #118: was told to add a medium
    "https://x.com/catalystbyzoho/?utm_source=cncf",
    "https://www.crunchbase.com/organization/catalyst-by-zoho?utm_source=cncf",
    "https://www.youtube.com/@catalystbyzoho/?utm_source=cncf",
    "https://www.facebook.com/groups/1330282574368178/?utm_source=awesome-ai-agents",  # corpus 5 #44
    "https://discord.gg/autogpt/?utm_source=awesome-ai-agents",
    "https://youtu.be/-lLjEQx0H4I?utm_source=devopsish",
    "https://t.me/acme_news?utm_source=readme&utm_medium=Github",
])
def test_one_note_and_no_advice_on_the_tags(url):
    result = validate_url(url)
    assert [(f.name, f.severity) for f in result.findings] == [("utm-useless-destination", "info")]
    finding = result.findings[0]
    assert not finding.safe and finding.fixed == url.split("?")[0]  # removing them needs consent; nothing else goes
    assert result.fixed_url == url  # no safe fix: the tags harm nothing
    assert "measure nothing" in finding.message and result.not_judged is not None


def test_tags_after_the_hash_or_a_second_question_mark_get_the_one_finding():
    # corpus 5 #79 and corpus 4 #9: moving the tags out of the `#`, or writing `&` for the `?`, is work for nothing
    fragment = validate_url("https://github.com/eggert/tz/blob/main/northamerica#L1154?utm_campaign=devopsish"
                            "&utm_source=277&utm_medium=notes")
    assert [f.name for f in fragment.findings] == ["utm-useless-destination"]
    assert fragment.findings[0].fixed == "https://github.com/eggert/tz/blob/main/northamerica#L1154"
    glued = validate_url("https://github.com/benbusby/whoogle-search?tab=readme-ov-file?utm_source=coolify.io")
    assert [f.name for f in glued.findings] == ["utm-useless-destination"]
    assert glued.findings[0].fixed == "https://github.com/benbusby/whoogle-search?tab=readme-ov-file"


def test_the_rules_about_the_url_itself_stay():
    found = validate_url("http://github.com/acme/widgets?utm_source=docs&utm_medium=Readme")
    assert {f.name for f in found.findings} == {"utm-useless-destination", "url-insecure"}


@pytest.mark.parametrize("url", [
    "https://www.linkedin.com/posts/acme_launch-activity-1?utm_source=share&utm_medium=member_desktop",  # share tags
    "https://github.com/langchain-ai/langchain?utm_source=chatgpt.com",  # an AI assistant's citation tag
])
def test_copied_tags_are_copied_trackings_alone(url):
    assert [f.name for f in validate_url(url).findings] == ["copied-tracking"]


@pytest.mark.parametrize("url", [
    "https://acme.github.io/widgets/?utm_source=github&utm_medium=referral&utm_campaign=readme",  # the user's own site
    "https://docs.github.com/en/actions?utm_source=acme&utm_medium=referral&utm_campaign=docs",  # GitHub's docs site
    "https://education.github.com/pack?utm_source=acme&utm_medium=referral&utm_campaign=docs",
    "https://github.com/features/copilot?utm_source=acme&utm_medium=referral&utm_campaign=docs",  # GitHub's own pages
    "https://github.com/sponsors?utm_source=acme&utm_medium=referral&utm_campaign=docs",  # GitHub's Sponsors page
    "https://github.com/sponsors/explore?utm_source=acme&utm_medium=referral&utm_campaign=docs",
    "https://github.com/?utm_source=acme&utm_medium=referral&utm_campaign=docs",  # GitHub's home page
    "https://discord.com/blog/news?utm_source=acme&utm_medium=referral&utm_campaign=docs",  # Discord's own site
    "https://business.linkedin.com/marketing?utm_source=acme&utm_medium=referral&utm_campaign=docs",
    "https://www.linkedin.com/help/linkedin?utm_source=acme&utm_medium=referral&utm_campaign=docs",
    # stores whose owner dashboard reads the tags: Play Console, the Chrome Web Store's Google Analytics
    "https://play.google.com/store/apps/details?id=com.acme&utm_source=github&utm_campaign=readme",
    "https://chromewebstore.google.com/detail/abcdef?utm_source=github&utm_medium=referral&utm_campaign=readme",
    "https://acme.substack.com/p/launch?utm_source=github&utm_medium=referral&utm_campaign=readme",  # Substack's GA
])
def test_sites_whose_owner_reads_the_tags_are_not_reported(url):
    assert useless_destination(url) is None
    assert "utm-useless-destination" not in {f.name for f in validate_url(url).findings}


def test_the_list_keeps_out_what_it_says_it_keeps_out():
    hosts = useless_destinations()
    assert {"github.com", "linkedin.com", "x.com", "twitter.com", "facebook.com", "instagram.com", "youtube.com",
            "youtu.be", "discord.gg", "discord.com", "crunchbase.com", "t.me"} <= set(hosts)
    assert not {h for h in hosts if h.endswith(("github.io", "substack.com", "notion.site"))}
    # of Google's hosts only Colab's notebooks (an author's notebook in Google's app) and, since fix23 (session 36,
    # corpus 23 #2), Drive's and Docs' file viewers, each by its viewer paths only; never a site on Google (`sites.`)
    # nor Looker Studio (a report's owner can add a Google Analytics measurement ID)
    assert {h for h in hosts if h.endswith("google.com")} == {"colab.research.google.com", "drive.google.com",
                                                             "docs.google.com"}
    assert all(hosts[h][0] == "only" for h in ("colab.research.google.com", "drive.google.com", "docs.google.com"))
    # Apple's stores only (their analytics read `ct=`/`pt=`, not utm), never apple.com's own site
    assert {h for h in hosts if h.endswith("apple.com")} == {"apps.apple.com", "itunes.apple.com", "podcasts.apple.com"}
    assert all(kind in ("", "only", "except") and (kind == "") == (not segments) for kind, segments in hosts.values())


# zvictor/BrainyFlow's README.md:187 (corpus 29 #15): its sponsor button, told "use a medium GA4 knows" (`cpc` or
# `referral`) for a page whose maintainer sees GitHub's Sponsors dashboard and export, which record only the page's own
# `metadata_` parameters (GitHub's docs, "Viewing your sponsors and sponsorships": rules/useless-destinations.txt)
BRAINYFLOW = ("https://github.com/sponsors/zvictor?utm_source=brainyflow&utm_medium=sponsorship&utm_campaign=brainyflow"
              "&utm_id=brainyflow")


def test_a_github_sponsors_page_gets_the_note_and_github_sponsors_own_parameters():
    result = validate_url(BRAINYFLOW)
    assert [(f.name, f.severity) for f in result.findings] == [("utm-useless-destination", "info")]
    finding = result.findings[0]
    assert "zvictor's GitHub Sponsors page" in finding.message and "`metadata_`" in finding.message
    # the same values, spelt as GitHub Sponsors reads them: what to write to see which links bring sponsorships
    written = ("metadata_source=brainyflow&metadata_medium=sponsorship&metadata_campaign=brainyflow"
               "&metadata_id=brainyflow")
    assert f"write `{written}` instead" in finding.message
    assert not finding.safe and finding.fixed == "https://github.com/sponsors/zvictor?" + written
    assert result.fixed_url == BRAINYFLOW  # no safe fix: the tags harm nothing
    # the checkout page records them too; its own `tier_id` stays
    checkout = validate_url("https://github.com/sponsors/acme/sponsorships?tier_id=42&utm_source=readme")
    assert checkout.findings[0].fixed == "https://github.com/sponsors/acme/sponsorships?tier_id=42&metadata_source=readme"


def test_a_value_github_sponsors_would_refuse_is_named_and_not_rewritten():
    # a `.` (any character but a letter, a digit, `-` or `_`) in a `metadata_` value makes GitHub answer 404
    result = validate_url("https://github.com/sponsors/acme?utm_source=docs.acme.io&utm_medium=referral")
    finding = result.findings[0]
    assert [f.name for f in result.findings] == ["utm-useless-destination"]
    assert "`docs.acme.io` holds a character other than a letter, a digit, `-` or `_`" in finding.message
    assert finding.fixed == "https://github.com/sponsors/acme"  # removing them: no rewrite GitHub would refuse
    # a link that already writes `metadata_source` is not given a second one
    both = validate_url("https://github.com/sponsors/acme?metadata_source=blog&utm_source=blog")
    assert both.findings[0].fixed == "https://github.com/sponsors/acme?metadata_source=blog"
    assert "as this link already does" in both.findings[0].message


def test_which_github_sponsors_pages_are_covered():
    from utmlint.checks.tracking.destinations import useless_paths
    from utmlint.checks.tracking.sponsors import sponsors_page

    assert useless_paths()[("github.com", "sponsors")] == ("except", frozenset({"explore", "community", "accounts"}))
    assert sponsors_page(BRAINYFLOW) == "zvictor"
    assert sponsors_page("https://github.com/sponsors/acme/sponsorships?utm_source=x") == "acme"
    assert sponsors_page("https://github.com/sponsors/acme/dashboard?utm_source=x") is None  # no metadata there
    assert useless_destination("https://github.com/sponsors/acme/dashboard?utm_source=x") == "github.com"
    assert sponsors_page("https://github.com/sponsors?utm_source=x") is None
    assert sponsors_page("https://github.com/acme/sponsors?utm_source=x") is None  # a repository named `sponsors`
    assert useless_destination("https://github.com/acme/sponsors?utm_source=x") == "github.com"


def test_scan_gives_a_sponsors_button_the_note_alone(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "README.md").write_text(
        f'<a href="{BRAINYFLOW}"><img src="https://img.shields.io/badge/Sponsor-30363D"></a>\n'
        "[site](https://example.com/?utm_source=brainyflow&utm_medium=sponsorship&utm_campaign=brainyflow)\n",
        encoding="utf-8")
    code = main(["scan", "--output-format", "concise", "--no-cache", "."])
    out = capsys.readouterr().out
    assert "README.md:1:" in out and out.count("UTM316") == 1 and "metadata_source=brainyflow" in out
    assert "README.md:2:" in out and "medium-unassigned" in out  # the same tags on a site's page are still told
    assert code == 1 and not any("README.md:1:" in line and "UTM316" not in line for line in out.splitlines())


def test_scan_gives_the_note_alone_and_it_fails_no_run(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "README.md").write_text(
        f"Sponsored by [jsirianni]({GORELEASER}).\n"
        "Chat on [Discord](https://discord.gg/acme/?utm_source=Acme-README).\n", encoding="utf-8")
    (tmp_path / "tool.py").write_text(
        "# the repository: https://github.com/acme/widgets?utm_source=docs&utm_medium=comment\n", encoding="utf-8")
    code = main(["scan", "--output-format", "concise", "--no-cache", "."])
    out = capsys.readouterr().out
    assert code == 0, out
    assert out.count("UTM316") == 2 and "README.md:1:" in out and "README.md:2:" in out
    assert "medium-unassigned" not in out and "value-case" not in out and "missing-utm-param" not in out
    assert "tool.py" not in out  # a link in a code comment is followed by no visitor: nothing to say about its tags


def test_a_tracked_campaign_link_to_such_a_page_is_noted_and_may_stay_untracked(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".utmlint.yaml").write_text("include: ['**/*.yaml']\n", encoding="utf-8")
    (tmp_path / "spring.yaml").write_text(
        "campaign: spring-sale\nsource: mailchimp\nmedium: email\nlinks:\n"
        "  - url: https://example.com/sale\n    content: hero\n"
        "  - url: https://github.com/acme/widgets\n    content: footer\n"
        "  - url: https://discord.gg/acme\n    track: false\n", encoding="utf-8")
    code = main(["lint", "--output-format", "concise", "--no-cache", "spring.yaml"])
    out = capsys.readouterr().out
    assert code == 0, out  # a note; and `track: false` on the Discord invite is right (missing-tracking-on-external-link)
    assert "spring.yaml:7:10: UTM316" in out and "utm_source=mailchimp&utm_medium=email" in out
    assert out.count("UTM316") == 1 and "UTM506" not in out


def test_spellings_nobody_reads_are_no_fragmentation(tmp_path, monkeypatch, capsys):
    # respelling `github.com` toward `github` on a github.com link is as moot as completing it: the repo-wide
    # spelling rules leave tags on such a page out (their site's analytics, GitHub's, is nobody's to read)
    monkeypatch.chdir(tmp_path)
    tags = "&utm_medium=referral&utm_campaign=docs"
    (tmp_path / "a.md").write_text(f"[a](https://github.com/acme/a?utm_source=github.com{tags})\n"
                                   f"[b](https://github.com/acme/b?utm_source=github{tags})\n"
                                   f"[c](https://github.com/acme/c?utm_source=github{tags})\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(f"[a](https://example.com/a?utm_source=github.com{tags})\n"
                                   f"[b](https://example.com/b?utm_source=github{tags})\n"
                                   f"[c](https://example.com/c?utm_source=github{tags})\n", encoding="utf-8")
    main(["scan", "--output-format", "concise", "--no-cache", "."])
    out = capsys.readouterr().out
    assert "a.md:1:31: UTM316" in out and "a.md:1:42: UTM601" not in out
    assert "b.md:1:38: UTM601" in out  # the same spellings on a site whose analytics read them still are


def test_build_validate_gives_the_note_alone(tmp_path, monkeypatch, capsys):
    # `utmlint build --url https://github.com/... --validate`: the tags it builds are read by nobody, so "use a medium
    # GA4 knows" (medium-unassigned, an error that failed the build) is work for nothing; the note is the one issue
    monkeypatch.chdir(tmp_path)
    code = main(["build", "--url", "https://github.com/acme/widgets", "--source", "goreleaser", "--medium", "sponsor",
                 "--campaign", "homepage", "--validate"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert '"UTM316"' in out and "link to it without tags" in out and "UTM102" not in out
    code = main(["build", "--url", "https://example.com/widgets", "--source", "goreleaser", "--medium", "sponsor",
                 "--campaign", "homepage", "--validate"])
    assert code == 1 and "UTM102" in capsys.readouterr().out  # to a site whose analytics read them, they matter


# stranger10 R8: platform pages that got UTM102 errors ("use a medium GA4 knows") on tags nobody reads
_README_TAGS = "utm_source=github&utm_medium=readme&utm_campaign=widgets"


@pytest.mark.parametrize("page", [
    "https://www.npmjs.com/package/acme", "https://pypi.org/project/acme/", "https://hub.docker.com/r/acme/widgets",
    "https://www.threads.net/@acme", "https://www.tiktok.com/@acme", "https://bsky.app/profile/acme.dev",
    # corpus 49 #18 #19: a deck's closing slide linking the company's Mastodon profiles (no visit statistics at all)
    "https://mastodon.social/@acme", "https://fosstodon.org/@acme",
    "https://www.reddit.com/r/acme/", "https://join.slack.com/t/acme/shared_invite/zt-abc",
    "https://wa.me/15551234567", "https://open.spotify.com/show/abc123",
    "https://podcasts.apple.com/us/podcast/acme/id123", "https://apps.apple.com/us/app/acme/id123",
    # corpus 12 #56 #59 (snip13): a plugin's readme listing its sister plugins in WordPress.org's directory
    "https://wordpress.org/plugins/wemail/", "https://wordpress.org/themes/astra/",
])
def test_registries_social_apps_podcasts_and_invites_get_the_note_alone(page):
    result = validate_url(f"{page}?{_README_TAGS}")
    assert [f.name for f in result.findings] == ["utm-useless-destination"], result.findings


def test_the_app_store_note_names_its_own_campaign_link():
    [finding] = validate_url(f"https://apps.apple.com/us/app/acme/id123?{_README_TAGS}").findings
    assert "`pt=` and `ct=`" in finding.message
    [other] = validate_url(f"https://www.npmjs.com/package/acme?{_README_TAGS}").findings
    assert "link to a page whose analytics you read" in other.message


@pytest.mark.parametrize("url", [
    "https://www.npmjs.com/about", "https://pypi.org/help/", "https://www.tiktok.com/business",
    "https://www.reddit.com/policies", "https://open.spotify.com/", "https://www.twitch.tv/acme",  # Twitch: unsettled
    "https://mastodon.social/about", "https://mastodon.social/explore",  # a Mastodon server's own pages
    "https://wordpress.org/support/plugin/wemail/reviews/", "https://wordpress.org/news/",
])
def test_the_platforms_own_pages_stay_judged(url):
    assert useless_destination(f"{url}?{_README_TAGS}") is None


def test_track_false_on_a_package_page_is_accepted(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".utmlint.yaml").write_text("include: ['**/*.yaml']\n", encoding="utf-8")
    (tmp_path / "tf.yaml").write_text("campaign: launch\nplatform: mailchimp\nlinks:\n"
                                      "  - url: https://www.npmjs.com/package/acme\n    track: false\n", encoding="utf-8")
    code = main(["lint", "--output-format", "concise", "--no-cache", "tf.yaml"])
    out = capsys.readouterr().out
    assert code == 0 and "UTM506" not in out, out


def test_scan_attaches_no_fix_as_the_rule_doc_says(tmp_path, monkeypatch, capsys):
    """stranger10 R15: the doc said "`--unsafe-fixes` removes tags written in the URL", but scan attaches no fix
    (json `fix: null`, `scan --diff --unsafe-fixes` changes nothing): the doc says it is lint's (campaign files)."""
    from utmlint.rulebook import registry

    monkeypatch.chdir(tmp_path)
    (tmp_path / "README.md").write_text(f"Sponsored by [jsirianni]({GORELEASER}).\n", encoding="utf-8")
    main(["scan", "--format", "json", "--no-cache", "--unsafe-fixes", "."])
    (finding,) = __import__("json").loads(capsys.readouterr().out)
    assert finding["code"] == "UTM316" and finding["fix"] is None
    what = registry().get("utm-useless-destination").what
    assert "`utmlint scan` attaches no fix" in what and "lint --fix --unsafe-fixes" in what


# cds-snc/digital-canada-ca at 20c68d81, content/en/blog/posts/how-running-an-ama-in-government-was-like-running-a-
# relay-race.md line 66: the blog's newsletter sign-up link (corpus 15 #12)
MAILCHIMP_ARCHIVE = ("https://us15.campaign-archive.com/home/?u=729a207773f7324e217a1d945&id=eb357181d2"
                     "&utm_source=blog&utm_campaign=newsletter_acquisition_EN")


def test_a_mailchimp_campaign_archive_is_a_page_no_sender_measures():
    """Mailchimp serves an audience's campaign archive on `usNN.campaign-archive.com` (one per data centre: the list's
    `*.campaign-archive.com` line), with no analytics of the sender's: the one note, not 'add a medium' and 'lower-case
    EN' (corpus 15 #12). A host merely ending in the name, or one more label down, is not covered."""
    assert useless_destination(MAILCHIMP_ARCHIVE) == "us15.campaign-archive.com"
    assert [f.name for f in validate_url(MAILCHIMP_ARCHIVE).findings] == ["utm-useless-destination"]
    assert useless_destination("https://campaign-archive.com/home/?u=1&utm_source=blog") == "campaign-archive.com"
    for other in ("https://mycampaign-archive.com/?utm_source=blog",
                  "https://campaign-archive.com.acme.dev/?utm_source=a",
                  "https://mailchi.mp/acme/launch?utm_source=blog"):  # mailchi.mp: landing pages may run the owner's GA
        assert useless_destination(other) is None


# ethereum-optimism/docs, node-operators/guides/management/snapshots.mdx: a snapshot download (corpus 14 #28)
SNAPSHOT = "https://datadirs.optimism.io/mainnet-legacy-archival.tar.zst?utm_source=op-docs&utm_medium=docs"


def test_a_file_download_loads_no_page_whose_analytics_read_the_tags():
    """A link to an archive, an installer or a PDF (the list's `.suffix` lines) downloads the file: no page loads, no
    analytics tag runs, GA4 never sees the tags: the one note, not 'add a campaign' and 'use a medium GA4 knows'
    (corpus 14 #28). Only the path's file name counts, not a `.zip` domain nor a folder."""
    result = validate_url(SNAPSHOT)
    assert [f.name for f in result.findings] == ["utm-useless-destination"]
    assert "downloads a `.tar.zst` file from datadirs.optimism.io" in result.findings[0].message
    assert "download server's logs" in result.findings[0].message
    assert "page the file is offered on" in result.findings[0].message and "`.tar.zst`" in result.not_judged
    for url in ("https://acme.com/files/Acme%20Setup.EXE?utm_source=docs&utm_medium=referral",
                "https://acme.com/guide.pdf#page=2?utm_source=docs"):
        assert useless_destination(url) == "acme.com", url
    # a path ending in `/` names a folder's page, not a file (stranger13 R10: `app.dmg/` was read as the file)
    for url in ("https://get.zip/?utm_source=docs&utm_medium=referral",  # a page on a .zip domain
                "https://acme.com/downloads.zip-guide?utm_source=docs",
                "https://acme.com/releases/v1.zip/notes?utm_source=docs",
                "https://acme.com/.zip?utm_source=docs", "https://acme.com/logo.png?utm_source=docs",
                "ftp://acme.com/a.zip?utm_source=docs", "https://acme.com/app.dmg/?utm_source=docs"):
        assert useless_destination(url) is None, url


def test_copied_tags_on_a_download_stay_copied_tracking():
    # Docker's own download tags pasted into another repository (corpus 5 #145): copied-tracking's, no note beside it
    url = ("https://desktop.docker.com/mac/main/arm64/Docker.dmg?utm_source=docker&utm_medium=webreferral"
           "&utm_campaign=docs-driven-download-mac-arm64")
    names = [f.name for f in validate_url(url, repo="portainer/portainer", path="README.md").findings]
    assert "copied-tracking" in names and "utm-useless-destination" not in names


def test_a_warpcast_cast_is_a_users_page():
    # base-org/web's docs linking its own cast (corpus 14 #21): Warpcast shows an account no visit's query
    url = "https://warpcast.com/base/0xb3f1428b?utm_source=dotorg&utm_medium=builderkit"
    assert [f.name for f in validate_url(url).findings] == ["utm-useless-destination"]
    assert useless_destination("https://warpcast.com/~/settings?utm_source=docs") is None  # Warpcast's own app


def test_a_notebook_opened_in_colab_nbviewer_or_binder_is_no_page_of_its_author():
    """Corpus 16 #1: a README's "Open in Colab" button tagged `utm_source=github&utm_medium=social`: Colab opens the
    notebook in Google's app, where its author reads no visit's tags; nbviewer and Binder the same. Their own pages
    (Colab's welcome notebook, nbviewer's home) are theirs."""
    url = ("https://colab.research.google.com/github/nnennandukwe/GenAI-Dev-Onboarding-Starter-Kit/blob/main/"
           "GenAI_Dev_Onboarding_Starter_Kit.ipynb?utm_source=github&utm_medium=social&utm_campaign=launch")
    assert useless_destination(url) == "colab.research.google.com"
    assert useless_destination("https://colab.research.google.com/drive/1AbC?utm_source=blog") is not None
    assert useless_destination("https://nbviewer.org/github/a/b/blob/main/x.ipynb?utm_source=docs") is not None
    assert useless_destination("https://mybinder.org/v2/gh/a/b/HEAD?utm_source=docs") is not None
    assert useless_destination("https://colab.research.google.com/notebooks/intro.ipynb?utm_source=docs") is None
    assert useless_destination("https://nbviewer.org/?utm_source=docs") is None


def test_a_creators_patreon_page_is_judged_as_a_page_its_creator_may_read_utm_on():
    """Corpus 27 #50: ImageGlass's about window links its author's Patreon page with its app tags. Patreon lets a
    creator add Google Analytics to their page (its support article "Posts Dashboard"), so the tags may be read: the
    page is no useless destination (session 39 listed it, then took it back on that evidence), and `app_click`, a
    medium GA4 does not know, is told. Patreon's copy-link share tags on a post stay copied-tracking's (corpus 11 #62)."""
    creator = validate_url("https://www.patreon.com/d2phap?utm_source=app_{App.Version}&utm_medium=app_click"
                           "&utm_campaign=app_patreon", repo="d2phap/ImageGlass", path="v8/ImageGlass/frmAbout.cs")
    assert "medium-unassigned" in {f.name for f in creator.findings}
    assert useless_destination("https://patreon.com/join/d2phap?utm_source=x") is None
    assert [f.name for f in validate_url(
        "https://www.patreon.com/posts/python-trending-139320404?utm_medium=clipboard_copy&utm_source=copyLink"
        "&utm_campaign=postshare_creator&utm_content=join_link", repo="chinesehuazhou/python-weekly",
        path="docs/2025-09.md").findings] == ["copied-tracking"]


def test_the_owners_own_github_repository_is_told_its_tags_go_unread_not_copied():
    """Corpus 27 #24 (blind): eduardg7/faintech-lab's draft of a Reddit post links the owner's own GitHub repository
    `github.com/eduardg7/amc?utm_source=reddit&utm_medium=community&...` and was told the tags were whoever posted
    it's, copied along: they are the owner's own, which GitHub shows nobody (utm-useless-destination). Someone else's
    repository with a Reddit post's tags is still a copy; another repository's owner's page too."""
    own = validate_url("https://github.com/eduardg7/amc?utm_source=reddit&utm_medium=community"
                       "&utm_campaign=beta_launch_march_2026&utm_content=repo", repo="eduardg7/faintech-lab",
                       path="docs/gtm/social-media-seo-guide.md")
    assert [f.name for f in own.findings] == ["utm-useless-destination"]
    for url, repo in (("https://github.com/someone/amc?utm_source=reddit&utm_medium=community&utm_campaign=beta",
                       "eduardg7/faintech-lab"),
                      ("https://github.com/eduardg7/amc?utm_source=reddit&utm_medium=community&utm_campaign=beta",
                       "someone/faintech-lab")):
        assert [f.name for f in validate_url(url, repo=repo, path="docs/gtm/social-media-seo-guide.md").findings] \
            == ["copied-tracking"], (url, repo)


def test_a_freelancers_upwork_profile_is_the_marketplaces_page():
    # corpus 41 #20-#25 (fix4142): a freelancer's portfolio README links their Upwork profile with their own tags; the
    # page is Upwork's, whose analytics are Upwork's: the one note, no medium advice ("use referral") on it
    url = ("https://www.upwork.com/freelancers/~0106db0a5fb7076794?utm_source=portfolio&utm_medium=footer_cta"
           "&utm_campaign=technical_consultation")
    assert [f.name for f in validate_url(url).findings] == ["utm-useless-destination"]
    for page in ("https://www.upwork.com/fl/janedoe", "https://www.upwork.com/agencies/~01abc"):
        assert useless_destination(f"{page}?{_README_TAGS}") is not None
    # Upwork's own marketing pages are its site, whose analytics read the tags: judged as ever
    for page in ("https://www.upwork.com/", "https://www.upwork.com/hire/python-developers/",
                 "https://www.upwork.com/resources/how-to-hire"):
        assert useless_destination(f"{page}?{_README_TAGS}") is None
    own = validate_url("https://www.upwork.com/hire/?utm_source=portfolio&utm_medium=footer_cta")
    assert "utm-useless-destination" not in {f.name for f in own.findings}
    assert "medium-unassigned" in {f.name for f in own.findings}


@pytest.mark.parametrize("url, shared", [
    ("https://twitter.com/intent/tweet?url=https%3A%2F%2Fshop.com%2Fp&utm_source=twitter&utm_medium=social", "url"),
    ("https://x.com/intent/post?text=New&url=https%3A%2F%2Fshop.com%2F&utm_source=x&utm_medium=social", "url"),
    ("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fshop.com&utm_source=facebook&utm_medium=social", "u"),
    ("https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fshop.com&utm_source=linkedin&utm_medium=social",
     "url"),
    ("https://www.linkedin.com/shareArticle?mini=true&url=https%3A%2F%2Fshop.com&utm_source=linkedin", "url"),
])
def test_tags_on_a_share_page_go_to_the_network_not_to_the_page_shared(url, shared):
    """newuser48c F3: a theme's tweet button tagged outside its encoded `url=` was told to add a campaign (missing-
    utm-param): the tags are the share page's own query, sent to the network with the share, never to the page shared.
    The one finding says so and where the tags belong; an unencoded `url=` stays url-second-question-mark's alone."""
    found = validate_url(url).findings
    assert [f.name for f in found] == ["utm-useless-destination"], found
    assert "share page" in found[0].message and f"`{shared}=`" in found[0].message
    assert "tag the shared address itself, before it is encoded" in found[0].message
    unencoded = url.split("=https%3A", 1)[0] + "=https://shop.com/p?utm_source=a&utm_medium=social&utm_campaign=share"
    assert [f.name for f in validate_url(unencoded).findings] == ["url-second-question-mark"]
