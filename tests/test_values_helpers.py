"""The value rules' shared transformations, and the behaviours a single-config case file cannot show:
another separator, a team campaign pattern, the unsafe swap fix, and the vocabulary rules' docs examples
with a team list."""

from __future__ import annotations

import pytest

from utmlint.checks.values import advice, lowered, residue, separated, settled, shown, stripped
from utmlint.rulebook import registry



@pytest.mark.parametrize("value,expected", [
    (" email ", "email"),
    ("hero  banner", "hero banner"),
    ("hero\tbanner", "hero banner"),
    ("hero\u00a0banner", "hero banner"),
    ("{{ ad.name }}  x", "{{ ad.name }} x"),  # spaces inside a placeholder are the platform's
    ("email", "email"),
])
def test_stripped(value, expected):
    assert stripped(value) == expected


@pytest.mark.parametrize("value,expected", [
    ("Spring-Sale", "spring-sale"),
    ("{KeyWord}-Brand", "{KeyWord}-brand"),
    ("{{Ad.Name}}", "{{Ad.Name}}"),
])
def test_lowered(value, expected):
    assert lowered(value) == expected


@pytest.mark.parametrize("value,separator,expected", [
    ("spring_sale", "-", "spring-sale"),
    ("spring sale", "-", "spring-sale"),
    ("spring+sale", "-", "spring-sale"),
    ("spring%20sale", "-", "spring-sale"),
    ("spring%20Sale", "-", "spring-Sale"),
    ("spring _ sale", "-", "spring-sale"),
    ("spring--sale", "-", "spring-sale"),
    (" spring_sale ", "-", " spring-sale "),  # the ends are value-whitespace's
    ("spring-sale", "_", "spring_sale"),
    ("spring__sale", "_", "spring_sale"),
    ("{creative_id}_x", "-", "{creative_id}-x"),
    ("spring-sale", "-", "spring-sale"),
])
def test_separated(value, separator, expected):
    assert separated(value, separator) == expected


@pytest.mark.parametrize("first,second,third", [
    (stripped, lowered, lambda v: separated(v, "-")),
    (lambda v: separated(v, "-"), lowered, stripped),
    (lowered, lambda v: separated(v, "-"), stripped),
])
def test_the_three_fixes_compose_in_any_order(first, second, third):
    for value in (" Spring_Sale ", "Hero  Banner", "\tA + B%20C "):
        assert third(second(first(value))) == settled(value, "-")
        assert settled(settled(value, "-"), "-") == settled(value, "-")


@pytest.mark.parametrize("value,expected", [
    ("black&friday", "black-friday"),
    ("Black & Friday!", "black-friday"),
    ("café-menu", "cafe-menu"),
    ("🚀-launch", "launch"),
    ("it's-back", "it's-back"),  # `'` is legal in a query value: value-charset says nothing, the advice keeps it
    ("en-US:4", "en-us:4"),
    ("Black & Friday's!", "black-fridays"),  # with a character that breaks a link, the legal ones go too
    ("straße", "strasse"),
    ("-spring-sale", "-spring-sale"),  # not value-charset's business: campaign-slug reports it
    ("spring.sale", "spring.sale"),
])
def test_residue(value, expected):
    assert residue(value, "-") == expected


def test_advice_keeps_the_authors_convention_without_a_chosen_separator():
    # value-separator leaves `swift+web+weekly` and `mindsdb repo` alone, so the advice every message shares must
    # not respell them either (value-case said "write `swift-web-weekly`" for `Swift+Web+Weekly`, scan's mirrors;
    # corpus 6's `Gallery+filters`); a `+` at an end joins nothing (`NodeJS+`: value-whitespace's)
    from utmlint.config import DEFAULT_SEPARATOR

    assert advice("campaign", "Swift+Web+Weekly", DEFAULT_SEPARATOR) == "swift+web+weekly"
    assert advice("campaign", "Mindsdb repo", DEFAULT_SEPARATOR) == "mindsdb repo"
    assert advice("campaign", "cloud-s3_Rclone_231025_paid", DEFAULT_SEPARATOR) == "cloud-s3_rclone_231025_paid"
    assert advice("source", "NodeJS+", DEFAULT_SEPARATOR) == "nodejs"
    assert advice("campaign", "Swift+Web+Weekly", "-") == "swift-web-weekly"  # a chosen separator respells it


def test_advice_keeps_spellings_gas_channel_rules_depend_on():
    assert advice("source", "Google Shopping", "-") == "google shopping"
    assert advice("medium", "Social Media", "-") == "social-media"
    assert advice("content", "Google Shopping", "-") == "google-shopping"


@pytest.mark.parametrize("separator", ["-", "_"])
def test_a_names_symbols_are_kept_or_spelled_out_never_dropped(separator):
    # issue 12: `C++` with `separator: -` got "write `c-`", a respelling that names something else. `++` ending a
    # word and `#` after a lone letter are part of a name: every fix keeps them, advice spells them out
    assert separated("c++", separator) == "c++"
    assert separated("c++-tips", "-") == "c++-tips"
    assert separated("c++ tips", separator) == f"c++{separator}tips"
    assert advice("content", "C++", separator) == "cpp"
    assert advice("content", "C#", separator) == "csharp"
    assert residue("notepad++ tips", separator) == f"notepadpp{separator}tips"
    assert residue("hero#cta", "-") == "hero-cta"  # a `#` between words is no name's
    assert separated("a++b", "-") == "a-b"  # nor `++` between words


def test_a_names_symbols_in_a_campaign_file(project, run):
    """The message says `cpp`, never `c-`; value-separator leaves `c++` alone; value-charset says nothing of the
    `+`, which render writes `%2B` (review7 F9; in a link as written it does: tests/validate_url)."""
    config = "include: ['**/*.yaml']\nseparator: \"-\"\n"
    _, result = _lint(project, run, {".utmlint.yaml": config, "c.yaml": CAMPAIGN.format(campaign="launch", content="C++")})
    messages = [f["message"] for f in result.findings]
    assert [f["code"] for f in result.findings] == ["UTM201"], messages
    assert all("write `cpp`" in m and "`c-`" not in m for m in messages), messages


def test_shown_spells_out_invisible_characters():
    assert shown("a\tb\u200bc d") == "a\\tb\\u200bc d"


def positions(findings, code):
    return [f"{f['line']}:{f['column']}" for f in findings if f["code"] == code]


CAMPAIGN = "campaign: {campaign}\nsource: intercom\nmedium: email\nlinks:\n  - url: https://example.com/a\n    content: {content}\n"


def _lint(project, run, files, *args):
    folder = project(files)
    result = run("lint", "--format", "json", "--no-cache", *args, str(folder / "c.yaml"), cwd=folder)
    return folder, result


def test_underscore_separator(project, run):
    config = "include: ['**/*.yaml']\nseparator: _\n"
    text = CAMPAIGN.format(campaign="spring-sale", content="hero banner")
    folder, result = _lint(project, run, {".utmlint.yaml": config, "c.yaml": text})
    assert positions(result.findings, "UTM203") == ["1:11", "6:14"]
    assert positions(result.findings, "UTM205") == []  # the default pattern follows the separator
    assert "joins words with hyphens" in result.findings[0]["message"]
    run("lint", "--fix", "--no-cache", str(folder / "c.yaml"), cwd=folder)
    assert (folder / "c.yaml").read_text() == CAMPAIGN.format(campaign="spring_sale", content="hero_banner")


def test_canonical_spellings_are_not_argued_with(project, run):
    """With `separator: _`, a profile's `paid-social`, a team-listed medium and a referrer domain stay as written."""
    config = "include: ['**/*.yaml']\nseparator: _\nmediums: [e-mail, paid_social]\n"
    text = ("campaign: webinar_q3\nplatform: linkedin\nchannel: ads\nmedium: paid-social\nlinks:\n"
            "  - url: https://example.com/a\n    content: a\n    medium: e-mail\n"
            "  - url: https://example.com/b\n    content: b\n    source: partner-site.com\n    medium: paid_social\n")
    _, result = _lint(project, run, {".utmlint.yaml": config, "c.yaml": text})
    assert [f for f in result.findings if f["code"][:4] == "UTM2"] == []


def test_team_campaign_pattern(project, run):
    config = "include: ['**/*.yaml']\ncampaign-pattern: '20[0-9]{2}-[a-z0-9-]+'\n"
    _, result = _lint(project, run, {".utmlint.yaml": config,
                                     "c.yaml": CAMPAIGN.format(campaign="spring-sale", content="hero")})
    assert positions(result.findings, "UTM205") == ["1:11"]
    assert "`20[0-9]{2}-[a-z0-9-]+`" in result.findings[0]["message"]
    _, result = _lint(project, run, {"c.yaml": CAMPAIGN.format(campaign="2026-spring-sale", content="hero")})
    assert positions(result.findings, "UTM205") == []


def test_a_page_path_campaign_is_legal_but_a_team_pattern_and_a_typo_still_hold(project, run):
    """Nixtla's docs tag every CTA with the page's path (`utm_campaign=/docs/forecasting/cross_validation`, corpus 22
    #53-#60): `/` is legal and breaks nothing, so the default pattern says nothing; a team's own slip keeps UTM205
    (a lone leading `/`, a doubled `/`, a leading `-`), and so does a path under a team's declared pattern."""
    config = "include: ['**/*.yaml']\n"
    for campaign, said in (("/docs/launch-week", []), ("/spring-sale", ["1:11"]), ("/docs//launch", ["1:11"]),
                           ("-spring-sale", ["1:11"])):
        _, result = _lint(project, run, {".utmlint.yaml": config,
                                         "c.yaml": CAMPAIGN.format(campaign=campaign, content="hero")})
        assert positions(result.findings, "UTM205") == said, campaign
    pattern = "include: ['**/*.yaml']\ncampaign-pattern: '[a-z0-9-]+'\n"
    _, result = _lint(project, run, {".utmlint.yaml": pattern,
                                     "c.yaml": CAMPAIGN.format(campaign="/docs/launch-week", content="hero")})
    assert positions(result.findings, "UTM205") == ["1:11"]


def test_an_owner_repo_campaign_is_legal_but_a_team_pattern_and_a_typo_still_hold(project, run):
    """Cloud Posse's README generator names the repository as the campaign (`utm_campaign=cloudposse/terraform-null-label`,
    corpus 23 #16-#32, #83-#91): `/` is legal and breaks nothing, so the default pattern says nothing; a team's own slip
    keeps UTM205 (a doubled `/`, a trailing `/`, a leading `-`, capitals), and so does `owner/name` under a declared
    pattern."""
    config = "include: ['**/*.yaml']\n"
    for campaign, said in (("cloudposse/terraform-null-label", []), ("spring/sale-2026", []),
                           ("spring//sale", ["1:11"]), ("spring-sale/", ["1:11"]), ("-spring/sale", ["1:11"])):
        _, result = _lint(project, run, {".utmlint.yaml": config,
                                         "c.yaml": CAMPAIGN.format(campaign=campaign, content="hero")})
        assert positions(result.findings, "UTM205") == said, campaign
    _, result = _lint(project, run, {".utmlint.yaml": config,
                                     "c.yaml": CAMPAIGN.format(campaign="CloudPosse/Null-Label", content="hero")})
    assert [f["code"] for f in result.findings if f["code"] in ("UTM205", "UTM201")], "capitals are still told"
    pattern = "include: ['**/*.yaml']\ncampaign-pattern: '[a-z0-9-]+'\n"
    _, result = _lint(project, run, {".utmlint.yaml": pattern,
                                     "c.yaml": CAMPAIGN.format(campaign="cloudposse/null-label", content="hero")})
    assert positions(result.findings, "UTM205") == ["1:11"]


def test_swap_is_an_unsafe_fix(project, run):
    text = "campaign: spring-sale\nsource: email   # oops\nmedium: intercom\nlinks:\n  - url: https://example.com/a\n    content: a\n"
    folder, result = _lint(project, run, {".utmlint.yaml": "include: ['**/*.yaml']\n", "c.yaml": text})
    [finding] = [f for f in result.findings if f["code"] == "UTM107"]
    assert finding["fix"]["safe"] is False
    path = folder / "c.yaml"
    run("lint", "--fix", "--no-cache", str(path), cwd=folder)
    assert path.read_text() == text
    run("lint", "--fix", "--unsafe-fixes", "--no-cache", str(path), cwd=folder)
    swapped = text.replace("source: email", "source: intercom").replace("medium: intercom", "medium: email")
    assert path.read_text() == swapped
    again = run("lint", "--format", "json", "--no-cache", str(path), cwd=folder)
    assert positions(again.findings, "UTM107") == []


def test_diff_shows_the_composed_fix_and_writes_nothing(project, run):
    text = CAMPAIGN.format(campaign='" Spring_Sale "', content="Hero")
    folder = project({".utmlint.yaml": "include: ['**/*.yaml']\nseparator: '-'\n", "c.yaml": text})
    result = run("lint", "--diff", "--no-cache", str(folder / "c.yaml"), cwd=folder)
    assert '+campaign: "spring-sale"' in result.out and "+    content: hero" in result.out
    assert (folder / "c.yaml").read_text() == text


@pytest.mark.parametrize("name,config", [
    ("source-not-allowed", "sources: [intercom, mailchimp]\n"),
    ("medium-not-allowed", "mediums: [email, cpc, social]\n"),
])
def test_vocabulary_docs_examples_with_a_team_list(name, config, project, run):
    """The docs examples of the vocabulary rules, with the team list they need (without one, nothing fires)."""
    rule = registry().get(name)
    for text, should_fire in ((rule.example, True), (rule.use_instead, False)):
        folder, result = _lint(project, run, {".utmlint.yaml": "include: ['**/*.yaml']\n" + config, "c.yaml": text})
        assert (rule.code in {f["code"] for f in result.findings}) == should_fire, result.out
        _, bare = _lint(project, run, {".utmlint.yaml": "include: ['**/*.yaml']\n", "c.yaml": text})
        assert rule.code not in {f["code"] for f in bare.findings}


from hypothesis import example, given, settings, strategies as st  # noqa: E402

MESSY = st.text(alphabet="aZé _-+%20\t\u00a0{}.&#", max_size=24)


@settings(max_examples=400, deadline=None)
@given(value=MESSY, separator=st.sampled_from(["-", "_"]))
@example(value="%a_0%", separator="-")  # a `%NAME%` slot's `_` kept, then its `%`s dropped: residue respelled twice
def test_settled_is_a_fixed_point_the_value_rules_accept(value, separator):
    """What the three fixes leave is stable, and none of value-case, value-whitespace, value-separator
    would report it again (so --fix converges and a second run changes nothing)."""
    done = settled(value, separator)
    assert settled(done, separator) == done
    assert stripped(done) == done and lowered(done) == done and separated(done, separator) == done
    if "{" not in value and "}" not in value:  # residue is only asked about values without placeholders
        once = residue(value, separator)
        assert residue(once, separator) == once


def test_a_cpp_name_with_a_word_glued_after_it_keeps_its_symbols(project, run):
    """stranger8 S4 (values9): `campaign: c++weekly` got value-separator "write `c-weekly`" with a SAFE fix (C++
    Weekly renamed C Weekly), and `C++Weekly` value-case's "write `c-weekly`" with one. `c++weekly` is the name as
    meant (render writes `c%2B%2Bweekly`); `C++Weekly` is told the one spelling `cppweekly`, with no fix."""
    assert separated("c++weekly", "-") == "c++weekly" and separated("c++20", "-") == "c++20"
    assert advice("campaign", "C++Weekly", "-") == advice("campaign", "c++weekly", "-") == "cppweekly"
    assert advice("campaign", "C#weekly", "-") == "csharpweekly"
    assert separated("a++b", "-") == "a-b"  # any other lone letter's `++` joins words
    config = "include: ['**/*.yaml']\n"
    for campaign, codes in (("c++weekly", []), ("C++Weekly", ["UTM201"]), ("c++ weekly", [])):
        folder, result = _lint(project, run, {".utmlint.yaml": config,
                                              "c.yaml": CAMPAIGN.format(campaign=campaign, content="a")})
        assert [f["code"] for f in result.findings] == codes, (campaign, result.findings)
        assert all("write `cppweekly`" in f["message"] and f.get("fix") is None for f in result.findings)
        run("lint", "--fix", "--no-cache", str(folder), cwd=folder)
        assert f"campaign: {campaign}\n" in (folder / "c.yaml").read_text(encoding="utf-8")


def test_a_brands_trailing_plus_is_part_of_its_name(project, run):
    """stranger9 R3 (values9): `source: disney+` got value-whitespace "ends with `+`, which a link reads as a space"
    with a SAFE fix to `disney` (Disney+ is not Disney), `content: apple-tv+` that and value-separator's SAFE
    `apple-tv-` (two findings, two fixes), `campaign: disney+ launch` "write `disney-launch`". render writes the `+`
    `%2B`, so no link reads it as a space: a campaign file's trailing `+` is the name's. In a link the `+` written
    `%2B` is literal too; only a hand-written `+` (`utm_source=NodeJS+`) is the space value-whitespace speaks of."""
    from utmlint.validate_url import validate_url

    assert separated("apple-tv+", "-") == "apple-tv+" and separated("a_b+", "-") == "a-b+"
    text = "campaign: disney+ launch\nsource: disney+\nmedium: referral\nlinks:\n  - url: https://example.com/a\n" \
           "    content: apple-tv+\n"
    folder, result = _lint(project, run, {".utmlint.yaml": "include: ['**/*.yaml']\n", "c.yaml": text})
    assert [(f["line"], f["code"]) for f in result.findings if f["code"] in ("UTM202", "UTM203")] == [], \
        result.findings
    # campaign-slug's advice keeps the name too (`disney+ launch` was told `disney-launch`)
    (slug,) = [f["message"] for f in result.findings if f["code"] == "UTM205"]
    assert slug.endswith("write `disney-plus-launch`"), slug
    # value-case says the same one spelling, and writes nothing a person has not chosen (its lowercasing alone
    # would write `disney+`, not what the message says)
    text = text.replace("campaign: disney+ launch", "campaign: Disney+")
    folder, result = _lint(project, run, {".utmlint.yaml": "include: ['**/*.yaml']\n", "c.yaml": text})
    (case,) = [f for f in result.findings if f["code"] == "UTM201"]
    assert case["message"].endswith("write `disney-plus`") and case.get("fix") is None, case
    run("lint", "--fix", "--no-cache", str(folder), cwd=folder)
    assert (folder / "c.yaml").read_text(encoding="utf-8") == text
    base = "https://acme.example.com/g?utm_medium=referral&utm_campaign=launch&utm_source="
    assert [f.name for f in validate_url(base + "disney%2B").findings] == []
    (space,) = [f for f in validate_url(base + "NodeJS+").findings if f.name == "value-whitespace"]
    assert "ends with `+`" in space.message


def test_a_plus_after_an_escaped_space_joins_words():
    # hypothesis found it (session 30): `%20+` settled to `-+`, then `-`: the `0` of `%20` read as a name's last letter
    assert settled("%20+", "-") == settled(settled("%20+", "-"), "-") == "-"
    assert settled("disney+", "-") == "disney+"


def test_a_word_in_one_other_script_is_no_charset_problem():
    """Podlodka's `utm_source=сайт` (corpus 13 #101): GA4 stores and shows it decoded, nothing breaks (issue 12);
    an accented Latin word and a mix of scripts are still spelled apart from their a-z form."""
    from utmlint.checks.values import charset_problem
    from utmlint.validate_url import validate_url

    for word in ("сайт", "사이트", "сайт-2024"):
        assert charset_problem(word) is None, word
        assert validate_url(f"https://example.org/?utm_source={word}&utm_medium=referral&utm_campaign={word}").findings == []
    assert charset_problem("café") is not None and charset_problem("site_сайт") is not None
