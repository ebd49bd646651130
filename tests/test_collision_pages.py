"""campaign-collision tells one initiative on several platforms from two that picked one slug (session 42 newuser F6).

A webinar's LinkedIn ads and its HubSpot invite, kept one file per platform as a campaign file holds one platform, both
`campaign: webinar-2026-q1` and both linking the webinar's page, failed the run on both files (no majority: "give this
initiative its own slug"), while the same links in one file (as `utmlint import` writes a sheet) were clean. Files whose
links land on a common page (host and path: `www.`, a trailing `/`, the query and the fragment aside) are one
initiative; another team's ads to another page under the same slug are still told (examples/bad/campaign-collision)."""

from __future__ import annotations

LINKEDIN = "campaign: webinar-2026-q1\nplatform: linkedin\ntype: ad\nlinks:\n  - url: {}\n    content: carousel-1\n"
HUBSPOT = "campaign: webinar-2026-q1\nplatform: hubspot\nlinks:\n  - url: {}\n    content: invite\n"


def test_files_linking_one_page_are_one_initiative(project, run):
    root = project({"webinar-linkedin.yaml": LINKEDIN.format("https://acmeflow.com/webinar"),
                    "webinar-email.yaml": HUBSPOT.format("https://www.acmeflow.com/webinar/?ref=mail#agenda")})
    done = run("lint", "--no-cache", ".", cwd=root)
    assert (done.code, done.out) == (0, "All clean: 2 files checked.\n"), done
    for argv in (("lint", "webinar-email.yaml"), ("lint", "webinar-email.yaml")):  # from the cache too
        assert run(*argv, cwd=root).code == 0


def test_files_of_one_slug_to_other_pages_still_collide(project, run):
    root = project({"webinar-linkedin.yaml": LINKEDIN.format("https://acmeflow.com/webinar"),
                    "webinar-email.yaml": HUBSPOT.format("https://acmeflow.com/careers")})
    done = run("lint", "--no-cache", "--format", "json", ".", cwd=root)
    assert sorted(f["code"] for f in done.findings) == ["UTM603", "UTM603"], done.out
    found = run("lint", "--no-cache", "--format", "json", "examples/bad/campaign-collision",
                cwd=__import__("pathlib").Path(__file__).resolve().parents[1]).findings
    assert [f["code"] for f in found] == ["UTM603"]


def test_a_third_teams_files_to_another_page_still_collide_with_the_initiative(project, run):
    """review42 F10: when two files of the slug linked one page, the whole slug was let through, so a third team's
    Google Ads to /careers under the webinar's name passed clean. The two are one initiative; the third collides."""
    ads = "campaign: webinar-2026-q1\nplatform: google-ads\ntype: ad\nlinks:\n  - url: {}\n    content: text-ad\n"
    root = project({"webinar-linkedin.yaml": LINKEDIN.format("https://acmeflow.com/webinar"),
                    "webinar-email.yaml": HUBSPOT.format("https://acmeflow.com/webinar"),
                    "careers-ads.yaml": ads.format("https://acmeflow.com/careers")})
    done = run("lint", "--no-cache", "--format", "json", ".", cwd=root)
    assert sorted((f["path"], f["code"]) for f in done.findings if f["code"] == "UTM603") == \
        [("careers-ads.yaml", "UTM603")], done.out


def test_a_shared_home_page_is_no_initiative(project, run):
    """An e-mail's logo and an ad both linking the home page say nothing of one initiative: two teams' files of one
    slug, each to its own page besides, still collide."""
    root = project({"webinar-linkedin.yaml": LINKEDIN.format("https://acmeflow.com/webinar") +
                    "  - url: https://acmeflow.com/\n    content: logo\n",
                    "webinar-email.yaml": HUBSPOT.format("https://acmeflow.com/careers") +
                    "  - url: https://www.acmeflow.com\n    content: logo\n"})
    done = run("lint", "--no-cache", "--format", "json", ".", cwd=root)
    assert sorted(f["code"] for f in done.findings if f["code"] == "UTM603") == ["UTM603", "UTM603"], done.out


def test_a_sub_page_of_the_initiative_s_page_is_the_initiative_s(project, run):
    """newuser43 F14: a webinar's LinkedIn ads and Intercom invite link /webinars/q1, its Google search ad the
    registration page under it: one initiative on three platforms, the search ad was told to take its own slug. A
    sibling page (`/webinars/q2/register`), the page above (`/webinars`) and a page under a page one segment deep
    (`/blog` in a newsletter's footer, another team's post under it) are still no common page."""
    ads = "campaign: q1-webinar\nplatform: google-ads\ntype: ad\nlinks:\n  - url: {}\n    content: search-ad\n"
    linkedin = LINKEDIN.replace("webinar-2026-q1", "q1-webinar").format("https://acmeflow.com/webinars/q1")
    hubspot = HUBSPOT.replace("webinar-2026-q1", "q1-webinar")
    cases = {"register": "https://www.acmeflow.com/webinars/q1/register/?step=1",
             "sibling": "https://acmeflow.com/webinars/q2/register", "above": "https://acmeflow.com/webinars"}
    root = project({f"{case}/{name}": text for case, search in cases.items() for name, text in (
        ("webinar-linkedin.yaml", linkedin), ("webinar-email.yaml", hubspot.format("https://acmeflow.com/webinars/q1")),
        ("webinar-search.yaml", ads.format(search)))})
    done = run("lint", "--no-cache", "register", cwd=root)
    assert (done.code, done.out) == (0, "All clean: 3 files checked.\n"), done
    for case in ("sibling", "above"):
        done = run("lint", "--no-cache", "--format", "json", case, cwd=root)
        assert [(f["path"], f["code"]) for f in done.findings if f["code"] == "UTM603"] == \
            [(f"{case}/webinar-search.yaml", "UTM603")], (case, done.out)
    root = project({"blog/newsletter.yaml": hubspot.format("https://acmeflow.com/blog"),
                    "blog/blog-ads.yaml": ads.format("https://acmeflow.com/blog/pricing-changes")})
    done = run("lint", "--no-cache", "--format", "json", "blog", cwd=root)
    assert sorted(f["code"] for f in done.findings if f["code"] == "UTM603") == ["UTM603", "UTM603"], done.out


def test_a_localised_site_s_language_segment_is_no_section(project, run):
    """review44 F7: on a localised site every section is two segments deep (`/en/blog`), so a newsletter footer's
    `/en/blog` joined another team's post under it and the collision went silent. The language segment counts for no
    depth, and `/en` is the home page: the footer's section and two logos still collide, while the webinar's
    registration page under `/en/webinars/q1` is still the webinar's."""
    ads = "campaign: q1-webinar\nplatform: google-ads\ntype: ad\nlinks:\n  - url: {}\n    content: search-ad\n"
    hubspot = HUBSPOT.replace("webinar-2026-q1", "q1-webinar")
    root = project({"blog/newsletter.yaml": hubspot.format("https://acmeflow.com/en/blog"),
                    "blog/blog-ads.yaml": ads.format("https://acmeflow.com/en/blog/pricing-changes"),
                    "de/newsletter.yaml": hubspot.format("https://acmeflow.com/de-de/blog"),
                    "de/blog-ads.yaml": ads.format("https://acmeflow.com/de-de/blog/preise"),
                    "home/newsletter.yaml": hubspot.format("https://acmeflow.com/en/careers") +
                    "  - url: https://acmeflow.com/en/\n    content: logo\n",
                    "home/blog-ads.yaml": ads.format("https://acmeflow.com/en/blog/pricing-changes") +
                    "  - url: https://www.acmeflow.com/en\n    content: logo\n",
                    "register/webinar-email.yaml": hubspot.format("https://acmeflow.com/en/webinars/q1"),
                    "register/webinar-search.yaml": ads.format("https://acmeflow.com/en/webinars/q1/register")})
    for case in ("blog", "de", "home"):
        done = run("lint", "--no-cache", "--format", "json", case, cwd=root)
        assert sorted(f["code"] for f in done.findings if f["code"] == "UTM603") == ["UTM603", "UTM603"], \
            (case, done.out)
    done = run("lint", "--no-cache", "register", cwd=root)
    assert (done.code, done.out) == (0, "All clean: 2 files checked.\n"), done
