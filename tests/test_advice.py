"""Advice you can trust (issue 12): suggestions never move a link to another GA4 channel group than the one the
campaign intends, one value gets one suggestion, correct files are not reported, platform-set values and
case-sensitive ids are not mistakes. Each reproduction of the issue is a test here."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

import pytest

from utmlint import document
from utmlint.channels import UNASSIGNED, predict_channel
from utmlint.config import Config
from utmlint.project import Project
from utmlint.fixes import apply_edits
from utmlint.model import build_campaign
from utmlint.platforms import load_platforms
from utmlint.rulebook import registry

PLATFORMS = load_platforms()


def codes(findings):
    return [(f"{f['line']}:{f['column']}", f["code"]) for f in findings]
# Google's paid rows (2-8): what "paid" means for an ad, written out here, not imported from utmlint.
PAID = {"Cross-network", "Paid Shopping", "Paid Search", "Paid Social", "Paid Video", "Display", "Paid Other"}
TYPES = [None, "ad", "post", "outbound"]
MEDIUMS = ["email", "E-Mail", "social", "paid-social", "paid_social", "cpc", "display", "banner", "push", "sms",
           "in-app", "newsletter", "referral", "video", "affiliate", "Email ", "socail", "ads", "sponsored"]
AD_MEDIUMS = {"ads", "sponsored"}  # mediums that say ad in words GA4's paid pattern does not read
_WRITE = re.compile(r"(?:write|did you mean) `(?:\w+: )?([^`]+)`")
_WITH_TYPE = re.compile(r"write `type: \w+` and `medium: [^`]+`")


def _campaign(platform: str, type_: Optional[str], channel: Optional[str], medium: str) -> str:
    lines = ["campaign: spring-launch", f"platform: {platform}"]
    if type_:
        lines.append(f"type: {type_}")
    if channel:
        lines.append(f"channel: {channel}")
    lines.append(f'medium: "{medium}"')
    lines += ["links:", "  - url: https://example.com/launch", "    content: hero"]
    return "\n".join(lines) + "\n"


def _intended(link, platform) -> set:
    """The oracle, from the profile data and Google's table: an ad is paid (its platform's paid channel when it
    has one); any other link keeps the channel it reaches; a link in Unassigned goes where its profile channel
    says. A suggestion may also keep the channel the link reaches now (a respelling of `E-Mail` in an ad leaves
    it where it is; platform-medium-mismatch is the one that moves it to the paid medium)."""
    source, campaign = link.params.get("utm_source"), link.params.get("utm_campaign")
    own = platform.channels.get(link.channel)
    own_groups = {predict_channel(source, m, campaign).channel for m in own.mediums} if own is not None else set()
    # GA4 ignores case; a stray space is the typo being fixed, not an intent
    current = predict_channel(source, (link.params.get("utm_medium") or "").strip(), campaign).channel
    kept = {current} - {UNASSIGNED}
    if link.campaign.type == "ad":
        return ((own_groups & PAID) or set(PAID)) | kept
    medium = (link.params.get("utm_medium") or "").strip().lower()
    if link.campaign.type is None and own_groups and own_groups <= PAID and kept and not kept & PAID \
            and medium in AD_MEDIUMS:
        # a campaign of an ads-only profile (Meta Ads, Google Ads' search) whose medium says ad but is not read as
        # paid by GA4 (`ads`: Organic Social or Search by the source): the profile's paid channel is the intent,
        # never the organic one GA4 misfiled it in (issue 12, "paid ads become organic"; medium11, session 30); a
        # respelling may keep it where it is, as in an ad
        return own_groups | kept
    return kept or own_groups


def _medium_after(text: str, finding, linter) -> Optional[str]:
    """The medium a finding suggests: what its fix writes, else the value its message says to write."""
    if finding.fix is not None:
        doc = document.load_text("c.yaml", apply_edits(text, finding.fix.edits))
        return build_campaign(doc, linter.platforms).all_links[0].params.get("utm_medium")
    if "medium" not in finding.message:
        return None
    # "if these links are ads, write `type: ad` and `medium: paid-social`": a suggestion for another campaign type,
    # whose intent is judged with that type (the `type: ad` rows); this campaign's own is the other one
    found = _WRITE.search(_WITH_TYPE.sub("", finding.message))
    return found.group(1) if found else None


def _combinations():
    for name, platform in sorted(PLATFORMS.items()):
        for type_ in TYPES:
            for channel in [None, *platform.channels]:
                for medium in MEDIUMS:
                    yield name, type_, channel, medium


def test_no_suggestion_moves_a_link_to_another_channel_group():
    """Every platform profile x campaign type x message channel x medium: each finding that suggests a medium
    (by its fix or its message) puts the link, with it, in the channel group the campaign intends."""
    linter = Project.of(Config(Path("."))).scopes[0].linter()
    checked = 0
    wrong = []
    for name, type_, channel, medium in _combinations():
        text = _campaign(name, type_, channel, medium)
        doc = document.load_text("c.yaml", text)
        link = build_campaign(doc, linter.platforms).all_links[0]
        intended = _intended(link, PLATFORMS[name])
        for finding in linter.lint_text(Path("c.yaml"), text).diagnostics:
            suggested = _medium_after(text, finding, linter)
            if suggested is None or suggested == link.params.get("utm_medium"):
                continue
            checked += 1
            reached = predict_channel(link.params.get("utm_source"), suggested, "spring-launch").channel
            if reached == UNASSIGNED or (intended and reached not in intended):
                wrong.append(f"{name} type={type_} channel={channel} medium={medium!r}: {finding.code} suggests "
                             f"{suggested!r} -> {reached}, intended {sorted(intended)}")
            # ...and the medium says that channel by itself (or the profile lists it): `email` beside `facebook`
            # reaches Organic Social only through the source, and would label the visits as e-mail
            alone = predict_channel(None, suggested, None).channel
            listed = {m for c in PLATFORMS[name].channels.values() for m in c.mediums}
            respelled = re.sub(r"[\W_]+", "", suggested.lower()) == re.sub(r"[\W_]+", "", medium.lower())
            if not respelled and suggested not in listed and alone != reached and not (alone in PAID and reached in PAID):
                wrong.append(f"{name} type={type_} channel={channel} medium={medium!r}: {finding.code} suggests "
                             f"{suggested!r}, which alone means {alone}, not {reached}")
    assert wrong == []
    assert checked > 100  # the matrix really exercised suggestions


def test_an_ad_resolves_to_the_platforms_paid_channel(project, run):
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "ad.yaml": """\
        campaign: q3-webinar
        platform: linkedin
        type: ad
        links:
          - url: https://example.com/webinar
            content: hero
        """, "paid.yaml": """\
        campaign: q3-webinar-b
        platform: linkedin
        type: ad
        medium: paid-social
        links:
          - url: https://example.com/webinar
            content: hero
        """, "display.yaml": """\
        campaign: brand-display
        platform: google-ads
        medium: display
        links:
          - url: https://example.com/
            content: hero
        """})
    lint = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder)
    assert lint.code == 0 and lint.findings == []
    render = run("render", "--format", "csv", str(folder / "ad.yaml"), str(folder / "display.yaml"), cwd=folder)
    assert "Paid Social" in render.out and "utm_medium=paid-social" in render.out
    assert "Display" in render.out and "utm_medium=display" in render.out
    assert "Organic Social" not in render.out


def test_an_ad_with_an_organic_medium_is_told_the_paid_one(project, run):
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "a.yaml": """\
        campaign: q3-webinar
        platform: linkedin
        type: ad
        medium: social
        links:
          - url: https://example.com/webinar
            content: hero
        """})
    found = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings
    assert [(f["code"], "write `medium: paid-social`" in f["message"]) for f in found] == [("UTM108", True)]


IN_PRODUCT = """\
    campaign: onboarding
    source: intercom
    medium: email
    type: series
    steps:
      - id: step-1-welcome
        links:
          - url: https://app.example.com/quickstart
            content: step-1-welcome
      - id: step-2-tooltip
        channel: tooltip
        links:
          - url: https://app.example.com/settings
      - id: step-3-push
        channel: push
        links:
          - url: https://app.example.com/inbox
            content: step-3-push
    """


def test_email_and_push_links_into_the_app_are_tracked_in_app_ones_are_not(project, run):
    folder = project({".utmlint.yaml": "include: ['*.yaml']\nin-product-hosts: [app.example.com]\n",
                      "onboarding.yaml": IN_PRODUCT})
    path = folder / "onboarding.yaml"
    lint = run("lint", "--format", "json", "--no-cache", str(path), cwd=folder)
    assert lint.code == 0 and lint.findings == []
    render = run("render", "--format", "csv", str(path), cwd=folder).out
    assert "quickstart?utm_source=intercom&utm_medium=email&utm_campaign=onboarding&utm_content=step-1-welcome" in render
    assert "inbox?utm_source=intercom" in render
    assert "https://app.example.com/settings," in render  # the tooltip's link stays as written
    run("lint", "--fix", "--unsafe-fixes", "--no-cache", str(path), cwd=folder)
    assert path.read_text() == IN_PRODUCT.replace("\n    ", "\n").removeprefix("    ")


def test_one_value_one_suggestion(project, run):
    folder = project({".utmlint.yaml": "include: ['*.yaml']\nseparator: '-'\n", "a.yaml": """\
        campaign: launch
        source: facebook
        medium: paid_social
        links:
          - url: https://example.com/
            content: hero
        """, "b.yaml": """\
        campaign: launch-b
        source: Intercom.com
        medium: E-Mail
        links:
          - url: https://example.com/
            content: hero
        """, "c.yaml": """\
        campaign: launch-c
        source: intercom
        medium: email
        links:
          - url: https://example.com/
            content: hero
        """})
    found = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings
    by_value = {}
    for f in found:
        value = re.match(r"utm_\w+ `([^`]*)`", f["message"]).group(1)
        by_value.setdefault(value, []).append((f["code"], _WRITE.search(f["message"]).group(1)))
    # one finding per mistake, and the message, the fix and every other rule agree
    assert by_value == {"paid_social": [("UTM203", "paid-social")], "Intercom.com": [("UTM103", "intercom")],
                        "E-Mail": [("UTM201", "email")]}
    run("lint", "--fix", "--no-cache", str(folder), cwd=folder)
    assert "medium: email\n" in (folder / "b.yaml").read_text() and "source: intercom\n" in (folder / "b.yaml").read_text()
    assert "medium: paid-social\n" in (folder / "a.yaml").read_text()


def test_in_app_medium_is_one_finding_and_respects_the_team_list(project, run):
    folder = project({".utmlint.yaml": "include: ['*.yaml']\nmediums: [email, social]\n", "a.yaml": """\
        campaign: launch
        platform: intercom
        medium: in-app
        steps:
          - id: step-1
            channel: push
            links:
              - url: https://example.com/a
                content: step-1
        """})
    found = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings
    assert [f["code"] for f in found] == ["UTM102"]
    assert "write `medium: email`" in found[0]["message"]  # not `push`: the team's list rejects it


def test_unpaid_links_are_not_told_cpc(project, run):
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "a.yaml": """\
        campaign: readme-links
        source: github
        medium: readme
        links:
          - url: https://example.com/docs
            content: badge
        """})
    message = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings[0]["message"]
    assert "write `medium: referral`" in message and "cpc" not in message  # `readme`: a page (channels.yaml hints)


def test_missing_medium_says_unassigned_and_not_set(project, run):
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "a.yaml": """\
        campaign: launch
        source: intercom
        links:
          - url: https://example.com/a
            content: a
        """})
    message = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings[0]["message"]
    assert "`intercom / (not set)`" in message and "Unassigned" in message and "write `medium: email`" in message


def test_missing_medium_on_a_listed_source_names_the_channel_ga4_gives(project, run):
    """GA4 tests its source lists without a medium too: `twitter / (not set)` is Organic Social, not Unassigned
    (the message said Unassigned for every link without a medium)."""
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "a.yaml": """\
        campaign: launch
        source: twitter
        links:
          - url: https://example.com/a
            content: a
        """})
    message = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings[0]["message"]
    assert "`twitter / (not set)`" in message and "under Organic Social by the source alone" in message
    assert "Unassigned" not in message


def test_an_email_taken_by_a_shopping_campaign_name_blames_the_name_not_the_source(project, run):
    """`newsletter` is on no GA4 list: when the campaign name (`shop`) takes an e-mail to Organic Shopping, the
    finding names the campaign (UTM110), not the source (UTM109 said "utm_source `newsletter` is on a list")."""
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "a.yaml": """\
        campaign: summer-shop-sale
        source: newsletter
        medium: email
        links:
          - url: https://example.com/a
            content: a
        """})
    findings = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings
    assert [f["code"] for f in findings] == ["UTM110"]
    assert "utm_campaign `summer-shop-sale`" in findings[0]["message"] and "is on a list" not in findings[0]["message"]


def test_an_email_taken_by_both_its_campaign_name_and_a_listed_source_is_reported(project, run):
    """`shop-week` + `twitter` + `email`: each of UTM109 and UTM110 left it to the other ("All clean"), though GA4
    files it under Organic Shopping (found by review)."""
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "a.yaml": """\
        campaign: shop-week
        source: twitter
        medium: email
        links:
          - url: https://example.com/a
            content: a
        """})
    findings = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings
    assert [f["code"] for f in findings] == ["UTM109"]
    assert "under Organic Shopping" in findings[0]["message"] and "`shop-week`" in findings[0]["message"]


def test_empty_utm_value_in_a_url_is_not_told_to_write_an_empty_key(project, run):
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "a.yaml": """\
        campaign: launch
        source: intercom
        medium: email
        links:
          - url: https://example.com/a?utm_content=
            content: a
        """})
    found = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings
    assert found and all("`content: `" not in f["message"] and "``" not in f["message"] for f in found)


def test_a_correct_file_never_fails_for_another_files_spelling(project, run):
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "a.yaml": """\
        campaign: spring-a
        source: intercom
        medium: email
        links:
          - url: https://example.com/a
            content: a
        """, "b.yaml": """\
        campaign: spring-b
        source: intercom-io
        medium: email
        links:
          - url: https://example.com/b
            content: b
        """, "c.yaml": """\
        campaign: spring-c
        source: intercomm
        medium: emial
        links:
          - url: https://example.com/c
            content: c
        """})
    assert run("lint", "--no-cache", str(folder / "a.yaml"), cwd=folder).code == 0
    found = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings
    assert {f["path"] for f in found} == {"b.yaml", "c.yaml"}
    assert ("2:9", "UTM601") in codes([f for f in found if f["path"] == "c.yaml"])


def test_bad_examples_show_each_rule_where_it_is_meant_to(run):
    root = Path(__file__).resolve().parents[1]
    examples = root / "examples" / "bad"
    found = run("lint", "--format", "json", "--no-cache", "examples/bad", cwd=root).findings
    names = {r.code: r.name for r in registry()}
    # side effects that are the same mistake seen from the file's structure
    consequences = {("yaml-unsafe-tag.yaml", "UTM002")}  # platform-unknown.yaml: one finding since stranger17 R7
    # (`.utmlint.yaml` itself is picked up by the folder's `**/*.yaml` include: a discovery matter, not advice)
    stray = [(f["path"], f["code"]) for f in found if Path(f["path"]).name != ".utmlint.yaml"
             and Path(f["path"]).stem != names[f["code"]] and (Path(f["path"]).name, f["code"]) not in consequences]
    assert stray == []
    for folder, code, count in (("source-fragmentation", "UTM601", 1), ("medium-fragmentation", "UTM602", 1),
                                ("campaign-collision", "UTM603", 1)):
        result = run("lint", "--format", "json", "--no-cache", f"examples/bad/{folder}", cwd=root)
        assert [f["code"] for f in result.findings] == [code] * count, result.out


def test_values_a_platform_sets_itself_are_not_mistakes(project, run):
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "hubspot.yaml": """\
        campaign: newsletter-june
        platform: hubspot
        source: hs_email
        links:
          - url: https://example.com/a
            content: a
        """, "cio.yaml": """\
        campaign: onboarding-cio
        platform: customer-io
        source: customer.io
        links:
          - url: https://example.com/b
            content: b
        """, "mailchimp.yaml": """\
        campaign: newsletter-mc
        platform: mailchimp
        source: Mailchimp
        links:
          - url: https://example.com/c
            content: c
        """, "mailchimp-hand.yaml": """\
        campaign: newsletter-mc-2
        platform: mailchimp
        links:
          - url: https://example.com/d
            content: d
        """})
    result = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder)
    # stranger10 R20: a platform's own value is excused where the platform wrote it (a scanned link), not typed in a
    # campaign file whose tags utmlint renders: `source: Mailchimp` there is a second row beside the profile's
    # `mailchimp` (mailchimp-hand.yaml renders it), which value-case reports
    assert [(Path(f["path"]).name, f["code"]) for f in result.findings] == [("mailchimp.yaml", "UTM201")], result.out
    assert "write `mailchimp`" in result.findings[0]["message"]
    from utmlint.validate_url import validate_url

    for source in ("Mailchimp", "hs_email", "customer.io"):  # a link the platform tagged itself, as scan reads it
        url = f"https://example.com/c?utm_source={source}&utm_medium=email&utm_campaign=june"
        assert validate_url(url).findings == [], source


def _platform_file(campaign: str, line: str) -> str:
    return f"campaign: {campaign}\n{line}\nmedium: email\nlinks:\n  - url: https://example.com/{campaign}\n    content: hero\n"


def test_a_platforms_own_spelling_typed_beside_the_profiles_is_one_split_told_on_its_file(project, run):
    """Review of session 40 (M2): `platform: customer-io` in one campaign file renders `utm_source=customerio`, `source:
    customer.io` in another renders Customer.io's own spelling: one sender, two GA4 source rows, and lint said "All
    clean" (`customer.io` read as a domain named `customer`, never a spelling of Customer.io's). Typed in a campaign
    file a platform's own value is the team's spelling (stranger10 R20), and the profile keeps writing `customerio`
    (session 40's decision): source-fragmentation tells the file writing `customer.io` only, as source-not-allowed
    does beside a list, and to set Customer.io's own utm_source too. Alone, or beside another of the platform's own
    values only (HubSpot's `hs_email` and `hs_automation`, which HubSpot itself keeps apart), nothing is said."""
    folder = project({".utmlint.yaml": "include: ['c/*.yaml']\n",
                      "c/a.yaml": _platform_file("welcome-series", "platform: customer-io"),
                      "c/b.yaml": _platform_file("winback", "source: customer.io")})
    result = run("lint", "--format", "json", "--no-cache", cwd=folder)
    assert [(Path(f["path"]).name, f["name"], f["line"]) for f in result.findings] == [
        ("b.yaml", "source-fragmentation", 2)], result.out
    message = result.findings[0]["message"]
    assert "`customer.io` is also spelled `customerio` in c/a.yaml:2 via `platform:`" in message, message
    assert "write `source: customerio` (Customer.io's name)" in message
    assert "set Customer.io's own utm_source to `customerio` too" in message
    (folder / "c" / "a.yaml").unlink()
    assert run("lint", "--format", "json", "--no-cache", cwd=folder).findings == []
    (folder / "c" / "b.yaml").write_text(_platform_file("winback", "source: hs_email"))
    (folder / "c" / "w.yaml").write_text(_platform_file("workflow", "source: hs_automation"))
    assert run("lint", "--format", "json", "--no-cache", cwd=folder).findings == []
    (folder / "c" / "a.yaml").write_text(_platform_file("welcome-series", "platform: hubspot"))
    told = run("lint", "--format", "json", "--no-cache", cwd=folder).findings
    assert sorted((Path(f["path"]).name, f["name"]) for f in told) == [
        ("b.yaml", "source-fragmentation"), ("w.yaml", "source-fragmentation")], told


def test_case_sensitive_ids_and_legal_query_characters(project, run):
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "a.yaml": """\
        campaign: spring-sale
        campaign_id: 0010V00002MLrPy
        source: intercom
        medium: email
        links:
          - url: https://example.com/a
            content: 0010V00002MLrPy
          - url: https://example.com/b
            content: design-DAF8xZ3kLmQ
          - url: https://example.com/c
            content: "docs/getting-started:(beta)"
        """})
    result = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder)
    assert result.findings == [], result.out


# carousel: Intercom's Mobile Carousel, an in-app message in the mobile app (newuser48 F2: it was "no `carousel` channel")
@pytest.mark.parametrize("channel", ["banner", "post", "chat", "tour", "checklist", "tooltip", "carousel"])
def test_intercom_knows_its_message_types(project, run, channel):
    folder = project({".utmlint.yaml": "include: ['*.yaml']\nin-product-hosts: [app.example.com]\n", "a.yaml": f"""\
        campaign: feature-tour
        platform: intercom
        channel: {channel}
        links:
          - url: https://app.example.com/new-feature
          - url: https://example.com/blog/new-feature
            content: blog
        """})
    result = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder)
    assert result.findings == [], result.out
    render = run("render", "--format", "csv", str(folder / "a.yaml"), cwd=folder).out
    assert "https://app.example.com/new-feature," in render and "blog/new-feature?utm_source=intercom&utm_medium=email" in render


@pytest.mark.parametrize("written, meant", [("Email", "email"), ("in_app", "in-app"), ("inapp", "in-app"),
                                             ("In App", "in-app"), ("mobile-push", "push"), ("product-tour", "tour"),
                                             ("tooltp", "tooltip"), ("news", None)])
def test_a_near_miss_channel_is_named(project, run, written, meant):
    """newuser48 F10: `channel: in_app` on an Intercom step was told "no `in_app` message channel ...; use one of
    `email`, `in-app`, ..." (eleven names); a ruff user expects the one meant. A channel near none keeps the list."""
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "a.yaml": f"""\
        campaign: activation
        platform: intercom
        steps:
          - id: s1
            channel: {written}
            links:
              - url: https://example.com/a
                content: s1
        """})
    found = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings
    assert [f["code"] for f in found] == ["UTM108"], found
    if meant:
        assert found[0]["message"].endswith(f"did you mean `channel: {meant}`?"), found[0]["message"]
    else:
        assert found[0]["message"].endswith("use one of `email`, `in-app`, `chat`, `post`, `banner`, `tooltip`, "
                                            "`tour`, `checklist`, `carousel`, `push`, `sms`"), found[0]["message"]


def test_unsubscribe_and_preference_links_may_stay_untracked(project, run):
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "a.yaml": """\
        campaign: newsletter-june
        platform: intercom
        links:
          - url: https://example.com/blog
            content: blog
          - url: https://example.com/unsubscribe?u=123
            track: false
          - url: https://example.com/account/email-preferences
            label: Manage preferences
            track: false
          - url: https://example.com/pricing
            track: false
        """})
    found = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings
    assert codes(found) == [("12:12", "UTM506")]  # only the pricing page


def test_account_links_of_a_transactional_email_may_stay_untracked(project, run):
    """newuser48 F6: `track: false` on a Customer.io reset link was told "remove `track: false` (or add the host to
    allow-hosts if it is not your site)": it is the team's own site, and a reader signing in is not campaign traffic
    (tags there credit the session to the reset e-mail). A product link with `track: false` is still told."""
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "a.yaml": """\
        campaign: transactional-account
        platform: customer-io
        links:
          - url: https://app.example.com/reset-password?token={{ customer.reset_token }}
            track: false
          - url: https://app.example.com/auth/verify-email?code={{ event.code }}
            track: false
          - url: https://app.example.com/login/magic-link?t={{ event.token }}
            track: false
          - url: https://app.example.com/a/{{ event.token }}
            label: Reset your password
            track: false
          - url: https://app.example.com/billing
            track: false
        """})
    found = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings
    assert codes(found) == [("14:12", "UTM506")]  # only the billing page


def test_build_validate_speaks_flags_and_its_suggestions_match_its_messages(tmp_path, run):
    result = run("build", "--url", "https://example.com/?utm_content=", "--source", "Intercom.com", "--medium",
                 "in-app", "--campaign", "onboarding_series launch", "--validate", cwd=tmp_path)
    import json

    issues = {i["code"]: i for i in json.loads(result.out)["validation"]["issues"]}
    assert set(issues) == {"UTM103", "UTM102", "UTM203", "UTM301"}  # no value-case on `Intercom.com`
    assert "write `intercom`" in issues["UTM103"]["message"] and issues["UTM103"]["suggested"] == {"source": "intercom"}
    assert "write `onboarding-series-launch`" in issues["UTM203"]["message"]
    assert issues["UTM203"]["suggested"] == {"campaign": "onboarding-series-launch"}
    assert "pass `--medium email`" in issues["UTM102"]["message"]
    assert "`--url`" in issues["UTM301"]["message"]
    for issue in issues.values():
        assert "`medium:" not in issue["message"] and "`url:`" not in issue["message"] and "``" not in issue["message"]
    missing = run("build", "--url", "https://example.com/", "--source", "intercom", "--medium", "", "--campaign", "x",
                  "--validate", cwd=tmp_path)
    messages = [i["message"] for i in json.loads(missing.out)["validation"]["issues"]]
    assert any("no `--medium`" in m and "`intercom / (not set)`" in m and "Unassigned" in m for m in messages)


def test_a_paid_platforms_mismatch_never_suggests_a_medium_of_another_kind(project, run):
    """Found by `utmlint import` on real sheets: Meta Ads with `social` was told `email`, Google Ads with `email`
    was told `push` (each reaches the link's current group only because of the source beside it)."""
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "a.yaml": """\
        campaign: spring-sale
        platform: meta-ads
        source: facebook
        medium: social
        links:
          - url: https://example.com/sale
            content: hero
        """, "b.yaml": """\
        campaign: brand-search
        platform: google-ads
        source: google
        medium: email
        links:
          - url: https://example.com/sale
            content: hero
        """})
    found = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings
    mismatches = [f["message"] for f in found if f["code"] == "UTM108"]
    assert len(mismatches) == 2, found
    for message in mismatches:
        assert "write `medium:" not in message and "expects" in message, message


def test_search_keywords_keep_their_spaces(project, run):
    folder = project({".utmlint.yaml": "include: ['*.yaml']\nseparator: '-'\n", "a.yaml": """\
        campaign: brand-search
        platform: google-ads
        term: running shoes
        links:
          - url: https://example.com/shoes
            content: hero
          - url: https://example.com/boots
            content: boots
            term: hiking_boots
        """})
    found = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings
    assert [(f["code"], f["line"]) for f in found if f["code"] == "UTM203"] == [("UTM203", 9)], found


def test_one_mistake_on_one_value_is_one_finding(project, run):
    """Issue 12: `SendGrid Hosted Docs` (sendgrid/docs' real medium) got medium-unassigned, value-case and
    value-separator: respelling a medium GA4 leaves Unassigned anyway is moot, so medium-unassigned alone speaks.
    `Spring Sale-2026` got value-case and value-separator, whose fixes both write `spring-sale-2026`: one finding
    names both problems and `--fix` writes the suggestion at once. (`Spring Sale` alone is value-case's only: single
    spaces are the author's convention without a chosen `separator:`, tests/test_separator_default.py.)"""
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "a.yaml": """\
        campaign: Spring Sale-2026
        source: sendgrid
        medium: SendGrid Hosted Docs
        links:
          - url: https://example.com/
            content: hero
        """})
    found = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings
    assert [(f["line"], f["code"]) for f in found] == [(1, "UTM201"), (3, "UTM102")]
    assert "`Spring Sale-2026` has capital letters and joins words with spaces" in found[0]["message"]
    assert found[0]["message"].endswith("write `spring-sale-2026`")
    assert found[1]["message"].endswith("write `medium: referral`")  # hosted docs are a page: Referral
    assert run("lint", "--fix", "--no-cache", str(folder), cwd=folder).code == 1  # the medium needs a person
    assert (folder / "a.yaml").read_text().startswith("campaign: spring-sale-2026\n")
    assert "medium: SendGrid Hosted Docs\n" in (folder / "a.yaml").read_text()  # not churned to another Unassigned


def test_a_finding_not_shown_hides_no_other(project, run):
    """The merge runs after --select/--ignore and inline suppressions: silencing medium-unassigned brings the
    respelling findings back, and value-separator selected alone still reports its problem."""
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "a.yaml": """\
        campaign: Spring Sale-2026
        source: sendgrid
        medium: SendGrid Hosted_Docs  # utmlint: ignore[medium-unassigned]
        links:
          - url: https://example.com/
            content: hero
        """})
    found = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings
    assert [(f["line"], f["code"]) for f in found] == [(1, "UTM201"), (3, "UTM201")]
    assert "has capital letters and joins words with spaces and underscores" in found[1]["message"]
    alone = run("lint", "--format", "json", "--no-cache", "--select", "UTM203", str(folder), cwd=folder).findings
    assert [(f["line"], f["code"]) for f in alone] == [(1, "UTM203"), (3, "UTM203")]


def test_a_scanned_value_gets_one_finding_too():
    from utmlint.validate_url import validate_url

    # (not keen.io: Keen's own `<partner> Hosted Docs` form is listed in rules/platform-written-tags.txt, over2f)
    url = "https://streamco.io/?utm_campaign=SendGrid%202020&utm_source=sendgrid&utm_medium=SendGrid%20Hosted%20Docs"
    found = [(f.name, url[f.start:f.end]) for f in validate_url(url).findings]
    assert found == [("value-case", "SendGrid%202020"), ("medium-unassigned", "SendGrid%20Hosted%20Docs")]


def test_a_search_keyword_is_suggested_with_its_spaces(project, run):
    """value-separator leaves `running shoes` alone; value-case said `write running-shoes` all the same."""
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "a.yaml": """\
        campaign: shoes
        source: google
        medium: cpc
        term: Running Shoes
        links:
          - url: https://example.com/
            content: hero
        """})
    (finding,) = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings
    assert finding["code"] == "UTM201" and finding["message"].endswith("write `running shoes`")
    run("lint", "--fix", "--no-cache", str(folder), cwd=folder)
    assert "term: running shoes\n" in (folder / "a.yaml").read_text()


def test_an_ampersand_typed_as_equals_keeps_the_swallowed_parameter_in_the_advice(project, run):
    """review7 F8: `utm_medium=email=utm_content=x` was told "write `utm_medium=email`", dropping utm_content (which
    GA4 never read because the `&` was typed as `=`). The advice keeps both, in a campaign file and in a URL."""
    from utmlint.validate_url import validate_url

    url = "https://acmeco.com/b?utm_source=newsletter&utm_medium=email=utm_content=x&utm_campaign=launch"
    (finding,) = validate_url(url).findings
    assert finding.name == "medium-unassigned"
    assert finding.message.endswith("a `&` was typed as `=`: write `utm_medium=email&utm_content=x`")
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "a.yaml": """\
        campaign: launch
        source: newsletter
        medium: email=utm_content=x
        links:
          - url: https://acmeco.com/b
        """})
    (finding,) = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings
    assert finding["code"] == "UTM102"
    assert finding["message"].endswith("write `medium: email` and `content: x`")
    # a wrong medium with no `=` keeps its one-key advice
    (plain,) = validate_url(url.replace("email=utm_content=x", "mail")).findings
    assert plain.message.endswith("; write `utm_medium=email`")


def test_an_ampersand_typed_as_equals_splits_the_rest_of_the_query_into_its_parameters(project, run):
    """stranger8 S9 (values9): `medium: email=utm_content=hero&utm_term=x` was told "write `medium: email` and
    `content: hero&utm_term=x`", which render writes `utm_content=hero%26utm_term%3Dx`: the term lost again and the
    content wrong. Every parameter the `=` swallowed is named on its own, in a campaign file and in a URL."""
    from utmlint.validate_url import validate_url

    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "a.yaml": """\
        campaign: launch
        source: newsletter
        medium: email=utm_content=hero&utm_term=x&ref=nav
        links:
          - url: https://acmeco.com/b
        """})
    (finding,) = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings
    assert finding["code"] == "UTM102"
    assert finding["message"].endswith("a `&` was typed as `=`: write `medium: email`, `content: hero`, `term: x` and "
                                       "`ref=nav` as a parameter of its own"), finding["message"]
    # stranger9 R14: a pasted query's escapes are the URL's, and render encodes a campaign file's values itself, so the
    # advice decodes them (`term: x%20y` would render `x%2520y`)
    (folder / "a.yaml").write_text((folder / "a.yaml").read_text().replace("utm_term=x&ref=nav", "utm_term=x%20y"))
    (finding,) = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings
    assert finding["message"].endswith("write `medium: email`, `content: hero` and `term: x y`"), finding["message"]
    # in a link the `&` is encoded into the value (`%26`): the advice is one query
    url = ("https://acmeco.com/b?utm_source=newsletter&utm_medium=email=utm_content=hero%26utm_term%3Dx"
           "&utm_campaign=launch")
    (found,) = [f for f in validate_url(url).findings if f.name == "medium-unassigned"]
    assert found.message.endswith("a `&` was typed as `=`: write `utm_medium=email&utm_content=hero&utm_term=x`"), \
        found.message


def test_a_names_symbol_gets_one_finding_not_two(project, run):
    """`C#` (and `C++` in a link as written) got value-case "write `csharp`" and value-charset "write `csharp`": one
    mistake, two findings with one advice. In a link as written value-charset's finding, which says why the symbol
    matters, is the one; in a campaign file render writes `C%23`, so value-charset's "ends the link's query" was
    false there (stranger8 S3): value-case's `csharp` is the one."""
    from utmlint.validate_url import validate_url

    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "a.yaml": """\
        campaign: C#
        source: newsletter
        medium: email
        links:
          - url: https://acmeco.com/b
            content: Hero
        """})
    found = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings
    assert [(f["line"], f["code"]) for f in found] == [(1, "UTM201"), (6, "UTM201")]
    assert found[0]["message"].endswith("write `csharp`") and "#` ends the link's query" not in found[0]["message"]
    # asked for value-case alone, it still speaks: a finding not shown hides no other
    alone = run("lint", "--format", "json", "--no-cache", "--select", "UTM201", str(folder), cwd=folder).findings
    assert [(f["line"], f["code"]) for f in alone] == [(1, "UTM201"), (6, "UTM201")]
    url = "https://acmeco.com/b?utm_source=newsletter&utm_medium=email&utm_campaign=C++"
    assert [f.name for f in validate_url(url).findings] == ["value-charset"]


@pytest.mark.parametrize("url, rule, must_not, must", [
    # corpus 9 #32 (bridgecrewio/checkov README): `organic` is Organic Search's medium; a README link is no search
    ("https://www.checkov.io/?utm_source=github&utm_medium=organic_oss&utm_campaign=checkov", "medium-unassigned",
     "`utm_medium=organic`", "write `utm_medium=referral`"),  # `github`: the code host, a page's link (R15)
    # corpus 9 #74 (keephq/keep docs): `social` would only move a docs link from Organic Search to Organic Social
    ("https://www.ilert.com/?utm_source=keep&utm_medium=organic&utm_campaign=docs", "medium-channel-intent",
     "`utm_medium=social`", "write `utm_medium=referral`"),
])
def test_a_suggested_medium_never_lands_in_a_channel_medium_channel_intent_reports(url, rule, must_not, must):
    from utmlint.validate_url import validate_url

    (message,) = [f.message for f in validate_url(url).findings if f.name == rule]
    assert must_not not in message and must in message
    for suggested in re.findall(r"write `utm_medium=([^`]+)`", message):  # and the advice, taken, is clean
        fixed = url.replace(re.search(r"utm_medium=[^&]+", url).group(0), f"utm_medium={suggested}")
        assert [f.name for f in validate_url(fixed).findings if f.name.startswith("medium-")] == []


def test_a_real_word_two_edits_from_a_medium_is_no_typo_of_it():
    """Corpus 10 #56 #76 (radio-t's show notes, after its blind measurement): a podcast sponsor's
    `utm_source=podcast&utm_medium=special` was told "write `utm_medium=social`": `special` is two edits from
    `social`, and the guess filed a sponsor's link under Organic Social. A medium of up to 7 letters is guessed from
    one edit only; true typos still are (`emial`, `socal`, `refferal`)."""
    from utmlint.channels import medium_suggestions
    from utmlint.validate_url import validate_url

    assert medium_suggestions("special") == []
    assert [medium_suggestions(m)[:1] for m in ("emial", "socal", "refferal", "affilate")] == [
        ["email"], ["social"], ["referral"], ["affiliate"]]
    (finding,) = validate_url("https://radio-t.com/?utm_source=podcast&utm_medium=special&utm_campaign=ep1").findings
    assert finding.name == "medium-unassigned" and "write `utm_medium=social`" not in finding.message


def test_a_medium_of_unknown_intent_is_told_which_medium_fits_which_placement(project, run):
    """With no platform, no team `mediums:` and no near value (`utm_medium=footer` on a partner's link), the hint
    says which medium fits where the link is placed, rather than a bare list whose `social` or `sms` would move a
    README's link out of Referral (stranger10 R15); a team's own list gives each placement its word when it has one. (A flyer's
    `print` is told that no default channel fits: test_a_qr_or_print_medium_is_told_no_default_channel_fits.)"""
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "a.yaml": """\
        campaign: spring-partners
        source: partner
        medium: footer
        links:
          - url: https://example.com/spring
            content: qr
        """})
    message = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings[0]["message"]
    assert message.endswith("use a medium GA4 knows for where the link is placed: `referral` on a page (a README, "
                            "docs, a website), `email` in an e-mail, `social` in a social-media post, `sms` in a text "
                            "message, `app` in your own app (a menu, a settings screen, an upgrade prompt linking to "
                            "your site)")
    (folder / ".utmlint.yaml").write_text("include: ['*.yaml']\nmediums: [email, referral]\n")
    message = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings
    # the list's words by placement, never its first words whatever their channel (stranger19 R5)
    assert [f["message"] for f in message if f["code"] == "UTM102"][0].endswith(
        "use a medium GA4 knows for where the link is placed: `referral` on a page (a README, docs, a website) or in "
        "your own app (a menu, a settings screen, an upgrade prompt linking to your site), `email` in an e-mail, "
        "`social` in a social-media post, `sms` in a text message (`social` and `sms` are not on the team's `mediums` "
        "list: add them if your links are placed there)")


def test_a_source_spelling_is_named_by_what_people_call_the_source():
    """stranger10 R15: `utm_source=fb&utm_medium=social`, an organic post, was called "a variant of Meta Ads" (the ad
    profile's display name); the profile's `source_name` says what the source is: Facebook (and Google, Bing)."""
    from utmlint.validate_url import validate_url

    for url, name in (("https://acme.dev/p?utm_source=fb&utm_medium=social&utm_campaign=q4", "a variant of Facebook"),
                      ("https://acme.dev/p?utm_source=facebook.com&utm_medium=social&utm_campaign=q4", "a domain of Facebook"),
                      ("https://acme.dev/p?utm_source=li&utm_medium=social&utm_campaign=q4", "a variant of LinkedIn")):
        (finding,) = [f for f in validate_url(url).findings if f.code == "UTM103"]
        assert name in finding.message and "Ads" not in finding.message


def test_paid_ads_whose_medium_ga4_does_not_read_as_paid_are_told(project, run):
    """Issue 12, "paid ads become organic": `utm_medium=sponsored` (or `ads`, `boosted`) beside a social or search
    source is Organic Social or Search in GA4. Without a platform, medium-channel-intent says it and names the paid
    medium; with `platform: meta-ads` platform-medium-mismatch advises `paid-social` (it advised `social`, which kept
    the ad organic); with `platform: linkedin` and no `type: ad`, both ways. One finding each."""
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n",
                      "a.yaml": "campaign: a\nsource: linkedin\nmedium: sponsored\nlinks:\n  - url: https://example.com/a\n",
                      "b.yaml": "campaign: b\nplatform: meta-ads\nmedium: ads\nlinks:\n  - url: https://example.com/b\n",
                      "c.yaml": "campaign: c\nplatform: linkedin\nmedium: sponsored\nlinks:\n  - url: https://example.com/c\n",
                      "d.yaml": "campaign: d\nplatform: linkedin\ntype: ad\nmedium: sponsored\n"
                                "links:\n  - url: https://example.com/d\n"})
    found = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings
    by_file = {}
    for f in found:
        by_file.setdefault(Path(f["path"]).name, []).append((f["code"], f["message"]))
    [(code, message)] = by_file["a.yaml"]
    assert code == "UTM109" and "write `medium: paid-social` to count them as Paid Social" in message
    [(code, message)] = by_file["b.yaml"]
    assert code == "UTM108" and message.endswith("write `medium: paid-social`")
    [(code, message)] = by_file["c.yaml"]
    assert code == "UTM108" and message.endswith(  # the value says ad: the paid reading first (stranger11 R11)
        "if these links are ads, write `type: ad` and `medium: paid-social` to count them as Paid Social; if they are "
        "unpaid posts, write `medium: social`")
    [(code, message)] = by_file["d.yaml"]
    assert code == "UTM108" and message.endswith("write `medium: paid-social`")


def test_an_unassigned_medium_that_says_ad_is_told_both_kinds():
    """An Unassigned medium that says ad or sponsorship (`ad`, `sponsored`, `nl_ad_1`, `Github_Repo_Content_Ad`): the
    hint named only unpaid mediums (or `referral`, by the word `github`), which would file a paid placement as unpaid;
    now the paid kind (`cpc`, Paid Other; `display` for a banner) is named beside the unpaid ones."""
    from utmlint.validate_url import validate_url

    for medium in ("ad", "sponsored", "sponsorship", "nl_ad_1", "Github_Repo_Content_Ad", "sponsoredpost"):
        found = [f for f in validate_url(f"https://acme.dev/?utm_source=carbon&utm_medium={medium}&utm_campaign=q4")
                 .findings if f.code == "UTM102"]
        assert len(found) == 1 and "for a paid placement (an ad, a sponsorship) a paid medium such as `cpc` " \
            "(Paid Other; `display` for a banner); for an unpaid link, `referral` on a page" in found[0].message, medium
    [plain] = validate_url("https://acme.dev/?utm_source=github&utm_medium=readme&utm_campaign=q4").findings
    assert plain.message.endswith("write `utm_medium=referral`")


def test_a_paid_podcast_placement_is_told_audio_never_an_unpaid_medium():
    """Corpus 15 #63: a podcast's sponsor link `utm_medium=sponsoredpodcast` was offered `referral` on a page first,
    which would file a paid placement as unpaid. An ad word run together with the placement says paid
    (`sponsoredpost` above), and a podcast ad is told `audio`: GA4's Audio channel, which Google describes as visits
    from ads on audio platforms, keeps it with the ads. A show's unpaid mention (`podcast`) is told `audio` too."""
    from utmlint.validate_url import validate_url

    for medium in ("sponsoredpodcast", "podcast_ad", "sponsored-podcast", "podcast"):
        [found] = [f for f in validate_url(f"https://acme.dev/?utm_source=someshow&utm_medium={medium}&utm_campaign=q4")
                   .findings if f.code == "UTM102"]
        assert found.message.endswith("write `utm_medium=audio`"), medium


def test_a_sponsor_buttons_medium_in_funding_yml_is_told_referral_not_a_paid_medium():
    """Corpus 14 #3: MagePal's `.github/FUNDING.yml` sponsor button `utm_source=gtm&utm_medium=github%20sponsor` was
    offered a paid medium (`cpc`, Paid Other) first, by the word `sponsor`: GitHub's sponsor button is the
    repository's own link on its page, unpaid, which GA4 counts as Referral. The same medium elsewhere still gets
    both kinds."""
    from utmlint.validate_url import validate_url

    url = "https://www.magepal.com/google-tag-manager.html?utm_source=gtm&utm_medium=github%20sponsor"
    repo = "magepal/magento2-google-tag-manager"
    (button,) = [f for f in validate_url(url, repo=repo, path=".github/FUNDING.yml").findings
                 if f.name == "medium-unassigned"]
    assert button.message.endswith("write `utm_medium=referral`") and "`cpc`" not in button.message
    (sponsored,) = [f for f in validate_url(url.replace("github%20sponsor", "sponsored"), repo=repo,
                                             path=".github/FUNDING.yml").findings if f.name == "medium-unassigned"]
    assert "sponsor button on its GitHub page" in sponsored.message and "`cpc`" not in sponsored.message
    (page,) = [f for f in validate_url(url, repo=repo, path="docs/sponsors.md").findings
               if f.name == "medium-unassigned"]
    assert "a paid medium such as `cpc`" in page.message


def test_a_medium_of_unknown_intent_beside_the_code_host_source_is_told_referral_alone():
    """stranger10 R15: `utm_source=github&utm_medium=badge` in a README got the placement list, whose `email`,
    `social` or `sms` would each put a README's link in a wrong channel; a source naming the code host says the link
    is read on a page there: `referral` alone (github.com, gitlab too)."""
    from utmlint.validate_url import validate_url

    for source in ("github", "GitHub.com", "gitlab"):
        url = f"https://acme.dev/docs?utm_source={source}&utm_medium=badge&utm_campaign=w"
        (finding,) = [f for f in validate_url(url).findings if f.name == "medium-unassigned"]
        assert "write `utm_medium=referral`" in finding.message
        assert "`social`" not in finding.message and "`sms`" not in finding.message
    (other,) = validate_url("https://acme.dev/docs?utm_source=partner&utm_medium=footer&utm_campaign=w").findings
    assert "`referral` on a page" in other.message  # any other source: which medium fits which placement


def test_organic_from_a_search_engines_domain_is_not_told_referral():
    """Found by findings11 verifying stranger10's review: `utm_source=google.com&utm_medium=organic` got
    medium-channel-intent's "counted as search traffic; write referral", which would move Google's organic visits
    to Referral. GA4's list names the engine (`google`), not each domain; a domain whose site is on it is that engine.
    A source that is no search engine (`producthunt.com`) is still told."""
    from utmlint.validate_url import validate_url

    for source in ("google.com", "www.bing.com", "duckduckgo.com"):
        found = validate_url(f"https://acme.dev/?utm_source={source}&utm_medium=organic&utm_campaign=x")
        assert found.channel == "Organic Search" and "medium-channel-intent" not in {f.name for f in found.findings}
    other = validate_url("https://acme.dev/?utm_source=producthunt.com&utm_medium=organic&utm_campaign=x")
    assert "medium-channel-intent" in {f.name for f in other.findings}


def test_a_placement_word_beside_the_code_host_source_gets_the_pages_reading_first(project, run):
    """stranger11 R6: `utm_source=github&utm_medium=newsletter` (a README's "subscribe" link) was told "write
    `utm_medium=email`" alone, which files a page's link under Email; the source says it is read on a page there:
    `referral` first, `email` only if the link is in the e-mail itself. Scan and build, as a user runs them."""
    folder = project({"notes.md": "[sub](https://acme.dev/?utm_source=github&utm_medium=newsletter&utm_campaign=launch)\n"})
    (finding,) = run("scan", "--format", "json", "--no-cache", "notes.md", cwd=folder).findings
    assert finding["name"] == "medium-unassigned" and finding["message"].endswith(
        "write `utm_medium=referral` if the link is on a page of github (a README, docs): GA4 counts a page's links "
        "as Referral; `utm_medium=email` if it is in the e-mail itself")
    built = run("build", "--validate", "--url", "https://acme.dev/", "--campaign", "q4", "--source", "github",
                "--medium", "newsletter", cwd=folder)
    assert "pass `--medium referral` if the link is on a page of github" in built.out
    assert "`--medium email` if it is in the e-mail itself" in built.out


def test_a_medium_that_denies_ads_after_the_word_is_no_ad(project, run):
    """stranger11 R15: `--medium ad-free` beside facebook was told "says this is an ad (`ad`) ... write paid-social",
    as `non-paid`/`no-ads` no longer are: a word after the ad word that denies it counts too. `build --validate`, as a
    user runs it."""
    folder = project({})
    for medium, told in (("ad-free", False), ("ads-free", False), ("ad", True), ("sponsored", True)):
        out = run("build", "--validate", "--url", "https://acme.dev/", "--source", "facebook", "--medium", medium,
                  "--campaign", "q4", cwd=folder).out
        assert ("paid-social" in out) is told, medium


def test_a_qr_or_print_medium_is_told_no_default_channel_fits(project, run):
    """stranger11 R15: `utm_medium=qr` (a poster's link) got the placement list (`referral` on a page, `email`,
    `social`, `sms`), each a channel a poster is not; GA4's default channels have none for print or feeds: keep the
    medium and give it a custom channel group. A team's own `mediums:` list is still named first. (`own-hosts` names
    acme.dev: since fix20, session 34, `utm_medium=rss` is a feed's marker, as `utm_medium=feed` is, hedged where the
    repository is unknown; on a link to the team's own site it is the team's, and its channel is what is told.)"""
    folder = project({"posters.md": "[qr](https://acme.dev/?utm_source=kubecon&utm_medium=qr&utm_campaign=booth)\n"
                                    "[feed](https://acme.dev/?utm_source=blog&utm_medium=rss&utm_campaign=posts)\n",
                      ".utmlint.yaml": "own-hosts: [acme.dev]\n"})
    found = run("scan", "--format", "json", "--no-cache", "posters.md", cwd=folder).findings
    assert [f["name"] for f in found] == ["medium-unassigned", "medium-unassigned"]
    assert found[0]["message"].endswith(
        "GA4's default channels have none for print or QR codes (a flyer, a poster): keep `qr` and add a custom "
        "channel group in GA4 that matches it, so these visits get a channel of their own (without one they stay "
        "Unassigned)")
    assert "none for feeds (a feed reader's clicks): keep `rss`" in found[1]["message"]
    assert "`email`" not in found[0]["message"] and "`sms`" not in found[0]["message"]
