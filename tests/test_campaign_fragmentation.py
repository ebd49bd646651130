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


def test_a_respelling_that_moves_the_channel_is_said_and_not_fixed(project, run):
    # GA4 reads `shop` after a non-letter (`spring-shop`) as Paid Shopping on a cpc link; `springshop` is Paid Search
    ad = "campaign: {}\nsource: google\nmedium: cpc\nlinks:\n  - url: https://sunbeam.app/{}\n    content: {}\n"
    _, found = _lint(project, run, {"a.yaml": ad.format("springshop", "a", "a"),
                                    "b.yaml": ad.format("springshop", "b", "b"),
                                    "c.yaml": ad.format("spring-shop", "c", "c")})
    assert [f["path"] for f in found] == ["c.yaml"]
    assert "would also move this link from Paid Shopping to Paid Search" in found[0]["message"], found[0]["message"]
    assert found[0]["fix"] is None
