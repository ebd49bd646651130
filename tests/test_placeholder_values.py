"""utm-placeholder-unfilled (UTM314) reads a campaign file's own values, not only URLs (stranger8 S17).

A campaign file copied from a template is where `campaign: your_campaign_name` is left unfilled, and render hands
those links out: lint said "All clean" and `build --validate` said valid where scan and validate_url warned about
the same value. One list (rules/placeholder-words.txt) for every command; one mistake, one finding (a placeholder
medium is not also medium-unassigned's, a placeholder in capitals not also value-case's).
"""

from __future__ import annotations

import json

TEMPLATE = """\
campaign: your_campaign_name
source: your_source
medium: email
links:
  - url: https://acme.example.com/
    content: a
  - url: https://acme.example.com/b
    content: b
"""


def test_lint_reports_a_campaign_files_placeholder_values_once_each(project, run):
    folder = project({"d.yaml": TEMPLATE, ".utmlint.yaml": "include: ['*.yaml']\n"})
    done = run("lint", "--no-cache", "--format", "json", cwd=folder)
    assert done.code == 1, done
    found = [(f["line"], f["column"], f["code"]) for f in done.findings]
    assert found == [(1, 11, "UTM314"), (2, 9, "UTM314")], done.out  # two links inherit them: said once
    campaign, source = done.findings
    assert campaign["message"].startswith("`campaign: your_campaign_name` is a placeholder")
    assert "write your campaign's name" in campaign["message"]
    assert "the site that asked for your name" not in source["message"]  # Unsplash's case, not the team's


def test_a_placeholder_is_one_finding_whatever_else_it_breaks(project, run):
    folder = project({"d.yaml": "campaign: launch\nsource: YOUR_SOURCE\nmedium: your_medium\nlinks:\n"
                                "  - url: https://acme.example.com/\n    content: a\n",
                      ".utmlint.yaml": "include: ['*.yaml']\n"})
    done = run("lint", "--no-cache", "--format", "json", cwd=folder)
    assert [(f["line"], f["code"]) for f in done.findings] == [(2, "UTM314"), (3, "UTM314")], done.out


def test_names_a_team_chose_merge_tags_and_untracked_links_pass(project, run):
    folder = project({"d.yaml": "campaign: your-plan-is-ready\nsource: yourweb\nmedium: email\nlinks:\n"
                                "  - url: https://acme.example.com/\n    content: '{{your_content}}'\n"
                                "  - url: https://acme.example.com/x\n    track: false\n    term: your_term\n",
                      ".utmlint.yaml": "include: ['*.yaml']\n"})
    done = run("lint", "--no-cache", "--format", "json", cwd=folder)
    assert [f["code"] for f in done.findings if f["code"] == "UTM314"] == [], done.out


def test_build_validate_says_invalid_in_flags_words(project, run):
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n"})
    built = run("build", "--url", "https://acme.example.com/", "--source", "your-team", "--medium", "email",
                "--campaign", "launch", "--validate", "--format", "json", cwd=folder)
    assert built.code == 1, built
    validation = json.loads(built.out)["validation"]
    assert validation["valid"] is False
    [issue] = validation["issues"]
    assert issue["code"] == "UTM314" and issue["message"].startswith("`--source your-team` is a placeholder"), issue


def test_lint_build_and_validate_url_agree(project, run):
    from utmlint.validate_url import validate_url

    url = "https://acme.example.com/?utm_source=your-team&utm_medium=email&utm_campaign=launch"
    assert [f.name for f in validate_url(url).findings] == ["utm-placeholder-unfilled"]
    folder = project({"d.yaml": "campaign: launch\nsource: your-team\nmedium: email\nlinks:\n"
                                "  - url: https://acme.example.com/\n", ".utmlint.yaml": "include: ['*.yaml']\n"})
    done = run("lint", "--no-cache", "--format", "json", cwd=folder)
    assert [f["name"] for f in done.findings] == ["utm-placeholder-unfilled"], done.out


def test_validate_url_gives_one_finding_for_a_placeholder_medium():
    from utmlint.validate_url import validate_url

    url = "https://acme.example.com/?utm_source=app&utm_medium=your_medium&utm_campaign=launch"
    assert [f.name for f in validate_url(url).findings] == ["utm-placeholder-unfilled"]


def test_a_note_to_fill_the_value_in_later_is_a_placeholder_not_a_spelling(project, run, tmp_path):
    """stranger9 R6: `utm_campaign=TODO` got value-case's safe fix (`todo`), which hid the unfilled value; `CHANGEME`,
    `TBD`, `FIXME`, `XXX` the same. They are placeholders (rules/placeholder-words.txt): one finding, no respelling,
    in a URL, a campaign file and build's flags alike. Single braces (`{content}`) stay a template's slot: Google Ads
    and Microsoft Ads fill `{campaignid}`, `{AdID}` at click time, code fills `{campaign}` (corpus 5 #282, corpus 10
    #156), so they are not reported."""
    from utmlint.validate_url import validate_url

    for value in ("TODO", "CHANGEME", "change-me", "TBD", "FIXME", "XXX"):
        url = f"https://acme.example.com/?utm_source=app&utm_medium=email&utm_campaign={value}"
        [finding] = validate_url(url).findings
        assert finding.name == "utm-placeholder-unfilled" and finding.fixed is None, (value, finding)
        assert f"`utm_campaign={value}` is a note to fill the value in later" in finding.message
    assert validate_url("https://acme.example.com/?utm_source=app&utm_medium=XXX&utm_campaign=launch").findings[0] \
        .name == "utm-placeholder-unfilled"  # not also medium-unassigned: one mistake, one finding
    for slot in ("{content}", "{AdID}", "{campaignid}"):
        assert validate_url(f"https://acme.example.com/?utm_source=bing&utm_medium=cpc&utm_campaign=launch"
                            f"&utm_content={slot}").findings == []
    folder = project({"d.yaml": "campaign: TODO\nsource: newsletter\nmedium: email\nlinks:\n"
                                "  - url: https://acme.example.com/\n", ".utmlint.yaml": "include: ['*.yaml']\n"})
    done = run("lint", "--no-cache", "--format", "json", cwd=folder)
    assert [(f["code"], f["line"]) for f in done.findings] == [("UTM314", 1)], done.out
    assert "write your campaign's name" in done.findings[0]["message"]
    fixed = run("lint", "--no-cache", "--fix", cwd=folder)
    assert (folder / "d.yaml").read_text().startswith("campaign: TODO\n"), fixed.out  # nothing respells it away
    built = run("build", "--url", "https://acme.example.com/", "--source", "newsletter", "--medium", "email",
                "--campaign", "TODO", "--validate", "--format", "json", cwd=folder)
    [issue] = json.loads(built.out)["validation"]["issues"]
    assert issue["code"] == "UTM314" and issue["message"].startswith("`--campaign TODO` is a note"), issue


def test_a_variable_that_was_not_set_is_a_placeholder_not_a_spelling(project, run):
    """stranger10 R19: `utm_campaign=undefined`, `null`, `NaN` (what JavaScript or a template writes for a variable
    that was not set) passed or got value-case's `nan`; `INSERT_CAMPAIGN`, `CAMPAIGN_NAME` got `insert_campaign`,
    `campaign_name`, which hid the slot. One finding each, never respelled. `none` passes: teams write it on purpose
    (Prefect's `utm_term=none&utm_content=none`, tests/data/real-urls-6 #138)."""
    from utmlint.validate_url import validate_url

    base = "https://acme.dev/?utm_source=newsletter&utm_medium=email&utm_campaign="
    for value in ("undefined", "null", "NaN"):
        [finding] = validate_url(base + value).findings
        assert finding.name == "utm-placeholder-unfilled" and finding.fixed is None, (value, finding)
        assert "the code that built this link wrote a variable that was not set" in finding.message
    for value in ("INSERT_CAMPAIGN", "CAMPAIGN_NAME", "campaign-name"):
        [finding] = validate_url(base + value).findings
        assert finding.name == "utm-placeholder-unfilled" and finding.fixed is None, (value, finding)
        assert "is a placeholder copied from a template" in finding.message
    assert validate_url(base + "none").findings == []
    assert validate_url(base + "nano-launch").findings == []
    folder = project({"d.yaml": "campaign: undefined\nsource: newsletter\nmedium: email\nlinks:\n"
                                "  - url: https://acme.example.com/\n", ".utmlint.yaml": "include: ['*.yaml']\n"})
    done = run("lint", "--no-cache", "--format", "json", cwd=folder)
    assert [(f["code"], f["line"]) for f in done.findings] == [("UTM314", 1)], done.out


def test_a_bracketed_slot_is_a_placeholder_but_a_platforms_bracket_tag_is_not(project, run):
    """stranger10 R19: `utm_campaign=[campaign]` and `<campaign>` got value-charset's "write `campaign`", a respelling
    that hid the unfilled slot. A key's name or a listed word in brackets is a guide's slot (find_string 2026-11-30:
    `?utm_source=[SOURCE]&utm_medium=[MEDIUM]&utm_campaign=[CAMPAIGN]` in link guides); MailWizz's own
    `[CAMPAIGN_NAME]`, filled at send time, is not reported as one."""
    from utmlint.validate_url import validate_url

    base = "https://acme.dev/?utm_source=newsletter&utm_medium=email&utm_campaign="
    for value in ("[campaign]", "<campaign>", "[CAMPAIGN]", "<your_campaign>", "[your-campaign]", "[TODO]"):
        [finding] = validate_url(base + value).findings
        assert finding.name == "utm-placeholder-unfilled" and finding.fixed is None, (value, finding)
        assert "is a placeholder copied from a template" in finding.message
    assert "utm-placeholder-unfilled" not in {f.name for f in validate_url(base + "[CAMPAIGN_NAME]").findings}
    assert "utm-placeholder-unfilled" not in {f.name for f in validate_url(base + "spring[1]").findings}
    folder = project({"d.yaml": "campaign: launch\nsource: '<source>'\nmedium: email\nlinks:\n"
                                "  - url: https://acme.example.com/\n", ".utmlint.yaml": "include: ['*.yaml']\n"})
    done = run("lint", "--no-cache", "--format", "json", cwd=folder)
    assert [(f["code"], f["line"]) for f in done.findings] == [("UTM314", 2)], done.out


def test_every_value_its_own_keys_name_is_a_placeholder():
    # corpus 12 #274 (fix12): Pirsch's test helper's default URL, told to respell `Source` and that `Medium` is
    # Unassigned; one such value beside real ones may be the team's choice and is not read so
    from utmlint.validate_url import validate_url

    url = ("https://example.com/?utm_source=Source&utm_medium=Medium&utm_campaign=Campaign&utm_content=Content"
           "&utm_term=Term")
    found = validate_url(url).findings
    assert {f.name for f in found} == {"utm-placeholder-unfilled"} and len(found) == 5
    assert "`utm_medium=Medium` is the parameter's own name" in found[1].message
    alone = validate_url("https://acme.com/?utm_source=github&utm_medium=referral&utm_campaign=x&utm_content=content")
    assert not alone.findings


def test_a_domain_reserved_for_examples_is_a_placeholder():
    # corpus 12 #255 (fix12): an agency's starter theme's footer credit, `utm_source=example.com`, for each client
    # site's own domain; names a team chose with the word (`example-app`, `vercel-examples`) are not
    from utmlint.validate_url import validate_url

    found = validate_url("https://eighteen73.co.uk?utm_source=example.com&utm_medium=referral&utm_campaign=credit")
    assert [f.name for f in found.findings] == ["utm-placeholder-unfilled"]
    assert "reserved for examples (RFC 2606)" in found.findings[0].message
    for value in ("example-app", "vercel-examples", "examples.dev"):
        assert not validate_url(f"https://a.co/?utm_source={value}&utm_medium=referral&utm_campaign=x").findings


def test_lint_fix_never_rewrites_a_merge_tag_in_a_campaign_files_values(project, run):
    """stranger16 R7 in campaign files: scan left `[CAMPAIGN-NAME]`, `__CONTENT__`, `%X%` alone, but `lint --fix`
    lowercased them (and Mailchimp's `*|CAMPAIGN_NAME|*`) in a campaign file's values, and value-charset told to write
    `campaign-name`: the platform no longer filled them in. A safe fix never rewrites a template's slot; the team's
    own capitals (`Hero_Banner`, `Spring` before a tag) keep their finding and fix."""
    text = ("campaign: spring-sale\nplatform: mailchimp\ntype: outbound\nsteps:\n  - id: one\n    links:\n"
            + "".join(f"      - url: https://acme.example.com/{n}\n        content: {value}\n" for n, value in enumerate((
                '"{{ CampaignName }}"', '"[CAMPAIGN-NAME]"', "__CONTENT__", '"%X%"', '"*|CAMPAIGN_NAME|*"',
                "Hero_Banner", "Spring-[CAMPAIGN-NAME]"))))
    folder = project({"d.yaml": text, ".utmlint.yaml": "include: ['*.yaml']\n"})
    done = run("lint", "--no-cache", "--format", "json", cwd=folder)
    assert sorted((f["line"], f["name"]) for f in done.findings) == [
        (18, "value-case"), (20, "value-case")], done.out
    run("lint", "--no-cache", "--fix", cwd=folder)
    fixed = (folder / "d.yaml").read_text()
    assert fixed == text.replace("Hero_Banner", "hero_banner").replace("Spring-[CAMPAIGN-NAME]",
                                                                        '"spring-[CAMPAIGN-NAME]"'), fixed
