"""Platform profiles: bundled data is valid and lands in the intended GA4 channels; user folders load safely."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from utmlint import platforms as platforms_module
from utmlint.channels import predict_channel
from utmlint.platforms import MessageChannel, Platform, PlatformError, load_platforms, match_source_variant
from utmlint.resources import rules_dir, schemas_dir

BUNDLED = sorted((rules_dir() / "platforms").glob("*.yaml"))
SCHEMA = json.loads((schemas_dir() / "platform.schema.json").read_text(encoding="utf-8"))

# What each bundled profile is meant to do in GA4: (platform, message channel, medium) -> channel.
INTENDED = {
    ("intercom", "email", "email"): "Email",
    ("intercom", "in-app", "email"): "Email",
    ("intercom", "push", "push"): "Mobile Push Notifications",
    ("intercom", "push", "email"): "Email",
    ("intercom", "sms", "sms"): "SMS",
    ("mailchimp", "email", "email"): "Email",
    ("hubspot", "email", "email"): "Email",
    ("klaviyo", "email", "email"): "Email",
    ("klaviyo", "sms", "sms"): "SMS",
    ("klaviyo", "push", "push"): "Mobile Push Notifications",
    ("customer-io", "email", "email"): "Email",
    ("braze", "push", "web-push"): "Mobile Push Notifications",
    ("sendgrid", "email", "email"): "Email",
    ("brevo", "email", "email"): "Email",
    ("google-ads", "search", "cpc"): "Paid Search",
    ("google-ads", "display", "display"): "Display",
    ("microsoft-ads", "search", "cpc"): "Paid Search",
    ("meta-ads", "ads", "paid-social"): "Paid Social",
    ("meta-ads", "ads", "cpc"): "Paid Social",
    ("meta-ads", "ads", "cpm"): "Paid Social",
    ("linkedin", "organic", "social"): "Organic Social",
    ("linkedin", "ads", "paid-social"): "Paid Social",
    ("x-twitter", "organic", "social"): "Organic Social",
    ("x-twitter", "ads", "cpc"): "Paid Social",
    ("tiktok", "organic", "social"): "Organic Social",
    ("tiktok", "ads", "paid-social"): "Paid Social",
}


@pytest.fixture(scope="module")
def bundled():
    return load_platforms()


def test_schema_is_valid_2020_12_and_strict():
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["additionalProperties"] is False
    assert SCHEMA["$defs"]["channel"]["additionalProperties"] is False


@pytest.mark.parametrize("path", BUNDLED, ids=[p.stem for p in BUNDLED])
def test_bundled_profile_is_valid(path):
    platform, _ = platforms_module._load_user(path)  # the full user-profile validation: schema and meaning
    assert platform.name == path.stem
    assert path.read_text(encoding="utf-8").startswith("#"), "start with a comment citing the conventions"


def test_bundled_set(bundled):
    assert len(bundled) >= 10
    assert {"intercom", "mailchimp", "hubspot", "klaviyo", "customer-io", "braze", "sendgrid", "brevo",
            "google-ads", "microsoft-ads", "meta-ads", "linkedin", "x-twitter", "tiktok"} <= set(bundled)
    assert (bundled["google-ads"].source, bundled["google-ads"].default_medium) == ("google", "cpc")
    assert (bundled["microsoft-ads"].source, bundled["microsoft-ads"].default_medium) == ("bing", "cpc")
    assert bundled["meta-ads"].source == "facebook"
    assert bundled["x-twitter"].source == "twitter"


def test_intercom_follows_the_reference_article(bundled):
    intercom = bundled["intercom"]
    assert (intercom.source, intercom.default_medium, intercom.default_channel) == ("intercom", "email", "email")
    assert intercom.channels["email"] == MessageChannel("email", ("email",), "required", "Email",
                                                        intercom.channels["email"].note)
    assert intercom.channels["in-app"].tracking == "optional"
    assert intercom.channels["in-app"].mediums == ("email",)
    assert "email" in intercom.channels["push"].mediums
    assert {"intercom.com", "www.intercom.com", "intercom-io"} <= set(intercom.variants)


@pytest.mark.parametrize(("key", "channel"), sorted(INTENDED.items()), ids=["/".join(k) for k in sorted(INTENDED)])
def test_intended_channel(bundled, key, channel):
    name, message_channel, medium = key
    platform = bundled[name]
    assert medium in platform.channels[message_channel].mediums
    match = predict_channel(platform.source, medium, None)
    assert match.channel == channel, match.reason


def test_every_profile_medium_lands_in_a_real_channel(bundled):
    for platform in bundled.values():
        assert predict_channel(platform.source, platform.default_medium, None).channel != "Unassigned"
        for channel in platform.channels.values():
            for medium in channel.mediums:
                got = predict_channel(platform.source, medium, None).channel
                assert got != "Unassigned", (platform.name, medium)
            if channel.mediums:
                assert channel.ga4_channel, f"{platform.name}.{channel.name} should document its ga4_channel"
                got = predict_channel(platform.source, channel.mediums[0], None).channel
                assert got == channel.ga4_channel, (platform.name, channel.name)


def test_every_listed_variant_points_back_to_its_platform(bundled):
    for platform in bundled.values():
        assert platform.source not in platform.variants
        for variant in platform.variants:
            hit = match_source_variant(variant, bundled)
            assert hit is not None and hit[0].name == platform.name, (platform.name, variant, hit)


def test_platform_values_are_immutable(bundled):
    intercom = bundled["intercom"]
    assert isinstance(intercom, Platform)
    hash(intercom)
    with pytest.raises(TypeError):
        intercom.channels["email"] = None  # type: ignore[index]
    with pytest.raises(AttributeError):
        intercom.source = "x"  # type: ignore[misc]
    assert intercom.origin.endswith("intercom.yaml")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("intercom.com", ("intercom", "domain")),
        ("www.intercom.com", ("intercom", "domain")),
        ("mail.intercom.io", ("intercom", "domain")),
        ("https://intercom.com", ("intercom", "domain")),
        ("http://www.intercom.com/blog?x=1", ("intercom", "domain")),
        ("intercom-io", ("intercom", "io-suffix")),
        ("intercom_io", ("intercom", "io-suffix")),
        ("intercomio", ("intercom", "io-suffix")),
        ("Intercom", ("intercom", "case")),
        ("INTERCOM", ("intercom", "case")),
        ("intercom-mail", ("intercom", "variant")),
        ("intercom", None),
        ("linkedin.com", ("linkedin", "domain")),
        ("lnkd.in", ("linkedin", "variant")),
        ("LinkedIn", ("linkedin", "case")),
        ("mailchimp", None),
        ("newsletter", None),
        ("facebook", None),
        ("meta", ("meta-ads", "variant")),
        ("x.com", ("x-twitter", "variant")),
        ("sendinblue", ("brevo", "variant")),
        ("google", None),
        ("Google", ("google-ads", "case")),
        ("googleblog", None),
        ("intercomx", None),
        ("", None),
    ],
)
def test_match_source_variant(bundled, value, expected):
    hit = match_source_variant(value, bundled)
    assert (hit and (hit[0].name, hit[1])) == expected


PROFILE = """\
# a team's own platform
name: {name}
display_name: Acme Mailer
source: {source}
default_medium: email
default_channel: email
variants: [acme.com]
channels:
  email: {{mediums: [email], tracking: required}}
  in-app: {{tracking: none}}
"""


def write(folder: Path, filename: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / filename
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_user_folder_adds_and_overrides(tmp_path):
    write(tmp_path, "acme.yaml", PROFILE.format(name="acme", source="acme"))
    write(tmp_path, "intercom.yml", PROFILE.format(name="intercom", source="intercom-eu"))
    loaded = load_platforms([tmp_path])
    assert loaded["acme"].source == "acme"
    assert loaded["acme"].channels["in-app"] == MessageChannel("in-app", (), "none")
    assert loaded["intercom"].source == "intercom-eu"
    assert loaded["intercom"].origin == str(tmp_path / "intercom.yml")
    assert loaded["mailchimp"].source == "mailchimp"
    assert load_platforms()["intercom"].source == "intercom", "bundled profiles are not changed by a user folder"


def test_later_folder_wins(tmp_path):
    write(tmp_path / "a", "acme.yaml", PROFILE.format(name="acme", source="acme"))
    write(tmp_path / "b", "acme.yaml", PROFILE.format(name="acme", source="acme-two"))
    assert load_platforms([tmp_path / "a", tmp_path / "b"])["acme"].source == "acme-two"


BROKEN = [
    # (id, replace this, with this, line:col, words the message must contain)
    ("unknown-key", "source: acme\n", "sorce: acme\n", "4:1", ["sorce", "did you mean `source`"]),
    ("bad-tracking", "tracking: required}", "tracking: always}", "9:39", ["channels.email.tracking", "always"]),
    ("missing-source", "source: acme\n", "", "2:1", ["`source` is missing"]),
    ("uppercase-source", "source: acme\n", "source: Acme\n", "4:9", ["`source`", "lowercase"]),
    ("default-channel-unknown", "default_channel: email", "default_channel: mail", "6:18",
     ["default_channel", "mail"]),
    ("default-medium-not-allowed", "default_medium: email", "default_medium: social", "5:17", ["default_medium"]),
    ("variant-is-source", "[acme.com]", "[acme.com, acme]", "7:22", ["variants[1]", "canonical"]),
    ("bad-channel-name", "  in-app:", "  In_App:", "10:3", ["channels.In_App"]),
    ("tracking-none-with-mediums", "{tracking: none}", "{tracking: none, mediums: [email]}", "10:37",
     ["channels.in-app.mediums"]),
    ("required-without-mediums", "{mediums: [email], tracking: required}", "{tracking: required}", "9:3",
     ["channels.email.mediums", "missing"]),
    ("unknown-channel-key", "tracking: required}", "tracking: required, medium: email}", "9:49",
     ["channels.email.medium", "did you mean `mediums`"]),
    ("yaml-syntax", "variants: [acme.com]", "variants: [acme.com", "8:9", ["invalid YAML"]),
    ("duplicate-key", "display_name: Acme Mailer\n", "display_name: Acme Mailer\ndisplay_name: Acme\n", "4:1",
     ["invalid YAML", "display_name"]),
    ("python-tag", "display_name: Acme Mailer", "display_name: !!python/object/apply:os.system [echo hi]", "3:15",
     ["invalid YAML"]),
    ("custom-tag", "display_name: Acme Mailer", "display_name: !acme Acme", "3:15", ["invalid YAML"]),
]


@pytest.mark.parametrize(("old", "new", "where", "words"), [case[1:] for case in BROKEN],
                         ids=[case[0] for case in BROKEN])
def test_broken_user_profile(tmp_path, old, new, where, words):
    text = PROFILE.format(name="acme", source="acme")
    assert old in text
    path = write(tmp_path, "acme.yaml", text.replace(old, new, 1))
    with pytest.raises(PlatformError) as caught:
        load_platforms([tmp_path])
    message = str(caught.value)
    assert message.startswith(f"{path}:{where}: "), message
    for word in words:
        assert word in message, message
    assert caught.value.problems[0].startswith(f"{path}:")


def test_aliases_are_refused(tmp_path):
    path = write(tmp_path, "acme.yaml", PROFILE.format(name="acme", source="acme").replace(
        "variants: [acme.com]", "variants: &v [acme.com]\ndocs: *v"))
    with pytest.raises(PlatformError, match=r"^.*acme\.yaml:\d+:\d+: YAML anchors and aliases") as caught:
        load_platforms([tmp_path])
    assert str(caught.value).startswith(str(path))


@pytest.mark.parametrize(("text", "words"), [("", "(top level)"), ("- a\n- b\n", "(top level)"),
                                             ("just text\n", "(top level)")])
def test_not_a_mapping(tmp_path, text, words):
    path = write(tmp_path, "acme.yaml", text)
    with pytest.raises(PlatformError) as caught:
        load_platforms([tmp_path])
    assert str(caught.value).startswith(f"{path}:1:1: ")
    assert words in str(caught.value)


def test_duplicate_name_in_one_folder(tmp_path):
    write(tmp_path, "a.yaml", PROFILE.format(name="acme", source="acme"))
    path = write(tmp_path, "b.yaml", PROFILE.format(name="acme", source="acme"))
    with pytest.raises(PlatformError) as caught:
        load_platforms([tmp_path])
    assert str(caught.value).startswith(f"{path}:2:7: ")
    assert "already used" in str(caught.value)


def test_missing_folder(tmp_path):
    with pytest.raises(PlatformError, match="platform folder not found"):
        load_platforms([tmp_path / "nope"])


def test_not_utf8(tmp_path):
    (tmp_path / "acme.yaml").write_bytes(b"name: \xff\xfe\n")
    with pytest.raises(PlatformError, match=r":1:1: not UTF-8"):
        load_platforms([tmp_path])


def test_import_and_bundled_load_stay_light():
    code = textwrap.dedent("""
        import sys, utmlint.platforms as p
        before = sorted(m for m in sys.modules if m.split('.')[0] in ('ruamel', 'jsonschema'))
        p.load_platforms()
        after = sorted(m for m in sys.modules if m.split('.')[0] == 'jsonschema')
        print(before, after)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[] []"


def test_every_listed_medium_lands_in_its_channels_ga4_channel(bundled):
    """A medium a profile lists for a channel is one UTM108 never asks to change: each must land where the channel
    says, or the profile would accept a medium that moves the link to another channel group. One exception, on
    purpose: Intercom's push accepts `email`, the convention Intercom's own UTM guide gives its push messages (GA4 files
    it under Email, `push` under Mobile Push Notifications: both kept, `push` first)."""
    accepted_elsewhere = {("intercom", "push", "email")}
    for platform in bundled.values():
        for channel in platform.channels.values():
            for medium in channel.mediums:
                got = predict_channel(platform.source, medium, None).channel
                assert got == channel.ga4_channel or (platform.name, channel.name, medium) in accepted_elsewhere, (
                    platform.name, channel.name, medium, got)


@pytest.mark.parametrize("platform", ["tiktok", "linkedin", "x-twitter", "meta-ads"])
def test_a_social_platforms_cpm_ad_is_not_told_to_change_its_medium(tmp_path, platform):
    """stranger17 R14: a TikTok ad bought per thousand impressions and tagged `cpm` was told to write `paid-social`,
    though both are Paid Social (GA4's paid pattern takes `cpm` beside a social source); Meta's profile listed it, the
    other social platforms' did not. A medium of another channel (`display`) is still told."""
    campaign = tmp_path / "c.yaml"
    campaign.write_text(f"campaign: spring-sale\nplatform: {platform}\ntype: ad\nmedium: cpm\n"
                        "links:\n  - url: https://northwind.io/spring\n")
    run = subprocess.run([sys.executable, "-m", "utmlint", "lint", "--no-cache", str(campaign)],
                         capture_output=True, text=True)
    assert run.returncode == 0 and "All clean" in run.stdout, run.stdout + run.stderr
    campaign.write_text(campaign.read_text().replace("medium: cpm", "medium: organic"))
    run = subprocess.run([sys.executable, "-m", "utmlint", "lint", "--no-cache", str(campaign)],
                         capture_output=True, text=True)
    assert run.returncode == 1 and "UTM10" in run.stdout, run.stdout + run.stderr
