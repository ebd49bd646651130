"""medium-unassigned with a team `mediums:` list still names the medium of the link's channel (stranger17 R3).

`utm_medium=podcast` is told `audio` (GA4's Audio) without a config; with `mediums: [email, paid-social, push,
referral]`, which holds no medium of Audio, the advice became "use a medium GA4 knows, such as `email`, ..." (the
first files the podcast's visits under Email), and a flyer's `print` lost its custom-channel-group advice the same
way. Now the channel's medium is named with the note that the list lacks it; a medium the list does hold is still
suggested, and a medium no channel can be told for gets the list's word of each placement (stranger19 R5)."""

from __future__ import annotations

CONFIG = "mediums: [email, paid-social, push, referral]\n"


def _messages(project, run, medium: str, source: str = "devpod", config: str = CONFIG):
    doc = f"[ep](https://northwind.io/q1?utm_source={source}&utm_medium={medium}&utm_campaign=q1)\n"
    files = {"docs/ep.md": doc}
    if config:
        files[".utmlint.yaml"] = config
    root = project(files)
    done = run("scan", "--format", "json", "--no-cache", "docs", cwd=root)
    assert "Traceback" not in done.err
    return [f["message"] for f in done.findings if f["code"] == "UTM102"]


def test_a_podcast_is_told_audio_beside_a_list_without_it(project, run):
    (told,) = _messages(project, run, "podcast")
    assert "write `utm_medium=audio`, which GA4 files under Audio" in told
    assert "not on the team's `mediums` list" in told and "`email`" not in told


def test_a_flyer_keeps_its_custom_channel_advice_beside_a_list(project, run):
    (told,) = _messages(project, run, "print", source="flyer")
    assert "custom channel group" in told and "`email`" not in told


def test_the_mistake_is_still_told_and_the_list_still_used(project, run):
    """The Unassigned medium stays an error; a medium the list holds is named as before; without a config the
    advice is unchanged; a medium no channel is known for still gets the team's words."""
    (alone,) = _messages(project, run, "podcast", config="")
    assert alone.endswith("write `utm_medium=audio`")
    (near,) = _messages(project, run, "newsletter", source="acme")
    assert near.endswith("write `utm_medium=email`")
    (unknown,) = _messages(project, run, "blorp", source="acme")
    # by placement, with the list's words where it has them (stranger19 R5: its first words alone were offered)
    assert "`referral` on a page" in unknown and "`email` in an e-mail" in unknown and "paid-social" not in unknown


def test_a_campaign_file_says_the_same(project, run):
    campaign = "campaign: q1\nsource: devpod\nmedium: podcast\nlinks:\n  - url: https://northwind.io/ep\n    content: hero\n"
    root = project({".utmlint.yaml": CONFIG, "c/a.yaml": campaign})
    done = run("lint", "--format", "json", "--no-cache", "c", cwd=root)
    (told,) = [f["message"] for f in done.findings if f["code"] == "UTM102"]
    assert "write `medium: audio`, which GA4 files under Audio" in told


def test_audit_says_what_lint_says_beside_the_list(project, run):
    """README: each Unassigned pair carries the medium medium-unassigned would suggest; with the team's list the audit
    said "no safe guess" for `devpod / podcast` where lint says `audio`."""
    root = project({".utmlint.yaml": CONFIG,
                    "ga4.csv": "source,medium,campaign,sessions\ndevpod,podcast,q1,120\nacme,newsletter,q1,30\n"
                               "flyer,print,q1,10\n"})
    done = run("audit", "--format", "json", "ga4.csv", cwd=root)
    assert "Traceback" not in done.err
    import json

    pairs = {(row["source"], row["medium"]): row["suggestion"] for row in json.loads(done.out)["unassigned"]}
    assert pairs == {("devpod", "podcast"): "audio", ("acme", "newsletter"): "email", ("flyer", "print"): None}, pairs
