"""campaign-fragmentation (UTM604): one utm_campaign spelled two ways (stranger review R15).

A team's campaign files (or one launch sheet `utmlint scan` reads) wrote `spring-sale` in one link and `spring_sale`
or `springsale` in another: GA4 keeps each as its own campaign row, splitting the campaign's visits and
conversions, and no rule said so (source- and medium-fragmentation cover only those two parameters). Now the
file holding the deviating spelling is told, as for its siblings (issue 12: never the file already right). Only
case and separators group two spellings: campaigns that share a stem (`spring-sale-2025`, `spring-sale-2026`,
`issue-12`, `issue-13`) are other campaigns, and in scan only the team's own tags count (not another site's tags
copied into a digest, not an example).
"""

from __future__ import annotations

import json
import subprocess

from utmlint.validate_url import validate_url


def _campaign(slug: str, name: str, platform: str = "intercom", source: str = "") -> str:
    where = f"source: {source}\nmedium: email\n" if source else f"platform: {platform}\n"
    return (f"campaign: {slug}\n{where}links:\n  - url: https://sunbeam.app/{name}\n    content: {name}\n")


def _lint(project, run, files):
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", **files})
    done = run("lint", "--no-cache", "--format", "json", *sorted(files), cwd=folder)
    return folder, [f for f in done.findings if f["code"] == "UTM604"]


def test_lint_tells_the_file_with_the_other_spelling(project, run):
    _, found = _lint(project, run, {"email.yaml": _campaign("spring-sale", "email"),
                                    "reminder.yaml": _campaign("spring-sale", "reminder"),
                                    "second.yaml": _campaign("spring_sale", "second")})
    assert [(f["path"], f["line"], f["column"]) for f in found] == [("second.yaml", 1, 11)]
    message = found[0]["message"]
    assert message.startswith("utm_campaign `spring_sale` is also spelled `spring-sale` in email.yaml:1 (and 1 more "
                              "place): GA4 keeps each spelling as its own campaign row"), message
    assert "write `campaign: spring-sale` (the spelling the most files write)" in message
    assert "campaign-collision" not in message  # the same platform: no collision to speak of


def test_lint_unsafe_fix_writes_the_spelling_to_keep(project, run):
    folder, _ = _lint(project, run, {"email.yaml": _campaign("spring-sale", "email"),
                                     "reminder.yaml": _campaign("spring-sale", "reminder"),
                                     "second.yaml": _campaign("springsale", "second")})
    run("lint", "--no-cache", "--fix", "email.yaml", "reminder.yaml", "second.yaml", cwd=folder)
    assert (folder / "second.yaml").read_text(encoding="utf-8").startswith("campaign: springsale\n")  # not safe
    run("lint", "--no-cache", "--fix", "--unsafe-fixes", "email.yaml", "reminder.yaml", "second.yaml", cwd=folder)
    assert (folder / "second.yaml").read_text(encoding="utf-8").startswith("campaign: spring-sale\n")
    again = run("lint", "--no-cache", "--format", "json", "email.yaml", "reminder.yaml", "second.yaml", cwd=folder)
    assert [f for f in again.findings if f["code"] == "UTM604"] == []


def test_distinct_campaigns_sharing_a_stem_are_not_told(project, run):
    _, found = _lint(project, run, {f"{slug}.yaml": _campaign(slug, slug) for slug in (
        "spring-sale-2025", "spring-sale-2026", "issue-12", "issue-13", "q1-2026", "q12026", "v1.2", "v12",
        "sping-sale", "spring-sale", "dp", "dp-")})
    assert found == []


def test_another_platforms_file_hears_of_campaign_collision(project, run):
    _, found = _lint(project, run, {"email.yaml": _campaign("spring-sale", "email"),
                                    "reminder.yaml": _campaign("spring-sale", "reminder"),
                                    "news.yaml": _campaign("spring_sale", "news", source="mailchimp")})
    assert [f["path"] for f in found] == ["news.yaml"]
    assert ("the files that write `spring-sale` use another utm_source: if this file is another initiative, give it "
            "a slug of its own instead, and if it is the same campaign, also list `spring-sale` in "
            "campaign-collision's `allow` option") in found[0]["message"]


def _zen(project, run, config="separator: \"-\"\n", classes="spring-classes"):
    """newuser48b F6: `spring-sale` (newsletter, /spring) beside `spring_sale` (instagram, another page)."""
    files = {"spring.yaml": _campaign("spring-sale", "spring", source="newsletter"),
             "spring2.yaml": _campaign("spring_sale", "spring", source="instagram").replace("/spring\n",
                                                                                            f"/{classes}\n")}
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n" + config, **files})
    done = run("lint", "--no-cache", "--format", "json", "spring.yaml", "spring2.yaml", cwd=folder)
    return folder, [(f["path"], f["code"], f["message"], f["fix"]) for f in done.findings
                    if f["code"] in ("UTM203", "UTM603", "UTM604")]


def test_a_respelling_that_would_join_another_initiative_asks_once(project, run):
    # newuser48b F6: value-separator said "write `spring-sale`" (safe); after that --fix, campaign-collision told
    # both files "give this initiative its own slug". One finding now asks which it is, and --fix answers nothing
    folder, found = _zen(project, run)
    assert [(p, c) for p, c, _, _ in found] == [("spring2.yaml", "UTM604")], found
    message, fix = found[0][2], found[0][3]
    assert message.startswith("utm_campaign `spring_sale` is also spelled `spring-sale` in spring.yaml:1 (utm_source "
                              "`newsletter`), which links other pages: GA4 keeps each spelling as its own campaign "
                              "row, and one spelling would make both files one row"), message
    assert ("If this file is the same campaign on another platform, write `campaign: spring-sale` and list "
            "`spring-sale` in campaign-collision's `allow` option; if it is another initiative, give it a slug of "
            "its own") in message
    assert fix is not None and fix["safe"] is False, fix
    run("lint", "--no-cache", "--fix", "spring.yaml", "spring2.yaml", cwd=folder)
    assert (folder / "spring2.yaml").read_text(encoding="utf-8").startswith("campaign: spring_sale\n")


def test_a_respelling_within_one_initiative_or_allowed_keeps_its_safe_fix(project, run):
    # the same page (one initiative: campaign-collision is quiet), or the slug in campaign-collision's `allow`:
    # value-separator's finding and safe fix, as before
    for config, classes in (("separator: \"-\"\n", "spring"),
                            ("separator: \"-\"\nrules:\n  campaign-collision:\n    allow: [spring-sale]\n",
                             "spring-classes")):
        folder, found = _zen(project, run, config, classes)
        assert [(p, c) for p, c, _, _ in found] == [("spring2.yaml", "UTM203")], found
        assert found[0][3]["safe"] is True


def test_a_respelling_that_moves_the_channel_is_said_and_not_fixed(project, run):
    # GA4 reads `shop` after a non-letter (`spring-shop`) as Paid Shopping on a cpc link; `springshop` is Paid Search
    ad = "campaign: {}\nsource: google\nmedium: cpc\nlinks:\n  - url: https://sunbeam.app/{}\n    content: {}\n"
    _, found = _lint(project, run, {"a.yaml": ad.format("springshop", "a", "a"),
                                    "b.yaml": ad.format("springshop", "b", "b"),
                                    "c.yaml": ad.format("spring-shop", "c", "c")})
    assert [f["path"] for f in found] == ["c.yaml"]
    assert "would also move this link from Paid Shopping to Paid Search" in found[0]["message"], found[0]["message"]
    assert found[0]["fix"] is None


def _scan(tmp_path, run, files, cache=False, slug="sunbeam/site"):
    folder = tmp_path / "site"
    folder.mkdir()
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    subprocess.run(["git", "-C", str(folder), "remote", "add", "origin", f"https://github.com/{slug}.git"],
                   check=True)
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    flags = () if cache else ("--no-cache",)
    found = json.loads(run("scan", "--format", "json", *flags, ".", cwd=folder).out)
    if cache:  # a warm run, answered from the cache, gives the same (the campaign spellings are kept with the file's)
        assert json.loads(run("scan", "--format", "json", ".", cwd=folder).out) == found
    return [(f["path"], f["line"], f["code"], f["message"]) for f in found if f["code"] == "UTM604"]


SHEET = """\
# Spring sale launch sheet

- Newsletter: https://sunbeam.app/sale?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale
- Reminder: https://sunbeam.app/sale/last-day?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale
- LinkedIn: https://sunbeam.app/sale?utm_source=linkedin&utm_medium=social&utm_campaign=spring_sale
- Next year: https://sunbeam.app/sale?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale-2026
"""


def test_scan_tells_the_launch_sheets_other_spelling(tmp_path, run):
    found = _scan(tmp_path, run, {"docs/launch.md": SHEET}, cache=True)
    assert [f[:3] for f in found] == [("docs/launch.md", 5, "UTM604")]
    assert "write `utm_campaign=spring-sale` (the most used spelling)" in found[0][3], found[0][3]


def test_scan_compares_links_across_the_repositorys_files(tmp_path, run):
    code = 'const url = "https://sunbeam.app/sale?utm_source=app&utm_medium=referral&utm_campaign=springsale";\n'
    found = _scan(tmp_path, run, {"docs/launch.md": SHEET, "src/banner.js": code})
    assert [f[:3] for f in found] == [("docs/launch.md", 5, "UTM604"), ("src/banner.js", 1, "UTM604")]


def test_scan_leaves_copies_examples_and_other_sites_alone(tmp_path, run):
    digest = ("# This week's links\n\n"
              "- [ours](https://sunbeam.app/sale?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale)\n"
              # another shop's ad copied with its click id: its tags are that shop's (copied-tracking)
              "- [ad](https://shop.example.org/?utm_source=google&utm_medium=cpc&utm_campaign=spring_sale&gclid=a1)\n"
              # a guide's illustration on example.com
              "- `https://example.com/?utm_source=newsletter&utm_medium=email&utm_campaign=Spring_Sale`\n"
              # another site's page: its analytics, not ours, reads the campaign
              "- [partner](https://partner.io/?utm_source=sunbeam&utm_medium=referral&utm_campaign=springsale)\n")
    assert _scan(tmp_path, run, {"digest.md": digest}) == []


def test_validate_url_compares_the_files_other_links():
    links = [line.split(": ", 1)[1] for line in SHEET.splitlines() if "https://" in line]
    told = validate_url(links[2], repo="sunbeam/site", path="docs/launch.md", file_urls=tuple(links)).findings
    split = [f for f in told if f.name == "campaign-fragmentation"]
    assert len(split) == 1 and links[2][split[0].start:split[0].end] == "spring_sale"
    assert "write `utm_campaign=spring-sale`" in split[0].message
    for right in (links[0], links[3]):  # the right spelling, and next year's campaign, are bystanders
        found = validate_url(right, repo="sunbeam/site", path="docs/launch.md", file_urls=tuple(links)).findings
        assert "campaign-fragmentation" not in [f.name for f in found]
    assert "campaign-fragmentation" not in [f.name for f in validate_url(links[2]).findings]  # alone: nothing known


# Real files. checkly/headless-recorder (corpus 23 #43 #44): the README credits Checkly's site with
# `utm_campaign=headless-recorder`, the Chrome extension links its sign-up page with `Headless+Recorder`: one
# campaign, two rows in Checkly's GA4. ixartz/Next-js-Boilerplate's README (corpus 7 #111-#115): each sponsor's logo
# links the sponsor's own site, `next-js-boilerplate` on three, `nextjs-boilerplate` on clerk.com: each site's
# analytics sees one spelling, no split. wp-statistics (corpus 12 #126 #134): `utm_campaign=dp-` is the start of a
# value PHP completes, no spelling of the e-mail tip's `dp`.
CHECKLY = {
    "README.md": "[Checkly](https://checklyhq.com?utm_source=github&utm_medium=sponsor-logo-github"
                 "&utm_campaign=headless-recorder)\n",
    "src/services/browser.js": "const SIGNUP = 'https://www.checklyhq.com/product/synthetic-monitoring/?utm_source="
                               "Chrome+Extension&utm_medium=Headless+Recorder+Chrome+Extension&utm_campaign="
                               "Headless+Recorder&utm_id=Open+Source'\n",
}
SPONSORS = ("https://posthog.com/?utm_source=github&utm_medium=sponsorship&utm_campaign=next-js-boilerplate",
            "https://www.checklyhq.com/?utm_source=github&utm_medium=sponsorship&utm_campaign=next-js-boilerplate",
            "https://betterstack.com/?utm_source=github&utm_medium=sponsorship&utm_campaign=next-js-boilerplate",
            "https://clerk.com?utm_source=github&utm_medium=sponsorship&utm_campaign=nextjs-boilerplate")


def test_real_one_campaign_spelled_two_ways_on_one_site(tmp_path, run):
    # checkly/headless-recorder's own files: in another repository, the README's `utm_medium=sponsor-logo-github` on
    # checklyhq.com would be a sponsor's slot, its tags the sponsor's (scan.partner_tags.sponsor_tags)
    found = _scan(tmp_path, run, CHECKLY, slug="checkly/headless-recorder")
    assert [f[:3] for f in found] == [("src/services/browser.js", 1, "UTM604")]
    assert "write `utm_campaign=headless-recorder`" in found[0][3]


def test_real_sponsor_sites_each_read_their_own_spelling(tmp_path, run):
    readme = "".join(f"[logo]({url})\n" for url in SPONSORS)
    assert _scan(tmp_path, run, {"README.md": readme}) == []
    for url in SPONSORS:
        found = validate_url(url, repo="ixartz/Next-js-Boilerplate", path="README.md", file_urls=SPONSORS).findings
        assert "campaign-fragmentation" not in [f.name for f in found]


def test_real_a_value_cut_before_its_code_is_no_spelling(tmp_path, run):
    page = ("<a href=\"https://wp-statistics.com/add-ons/data-plus/?utm_source=wp-statistics&utm_medium=email"
            "&utm_campaign=dp\">tip</a>\n"
            "<a href=\"https://wp-statistics.com/add-ons/data-plus/?utm_source=wp-statistics&utm_medium=link"
            "&utm_campaign=dp-\">locked</a>\n")
    assert _scan(tmp_path, run, {"templates/page.html": page}) == []
