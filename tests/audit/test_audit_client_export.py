"""One client's export, audited from the top of an agency's repo, is held against that client's campaigns (newuser45 F3).

clients/<client>/.utmlint.yaml names each client's project; `utmlint audit clients/harbor/analytics/export.csv` from the
top took the top config's repo, every client's campaigns: Kettle's listed as "defined in the repo, no sessions (a
broken or stripped link?)" under Harbor's GA4 data, another company's property.
"""

from __future__ import annotations

import json

import pytest

pytest.importorskip("duckdb")

HARBOR_AD = """\
campaign: new_patient_offer
source: fb
medium: paid_social
links:
  - url: https://harbordental.com/new-patients
    content: lead_form_a
"""

HARBOR_RECALL = """\
campaign: six_month_recall
source: sms
medium: sms
links:
  - url: https://harbordental.com/book
    content: recall_sms
"""

KETTLE_AD = """\
campaign: spring-sale-2026
source: facebook
medium: paid-social
links:
  - url: https://kettlecoffee.com/collections/spring
    content: carousel-card-1
"""

EXPORT = "source,medium,campaign,sessions\nfb,paid_social,new_patient_offer,90\n"


def _agency(project):
    return project({
        ".utmlint.yaml": 'include: ["clients/**/*.yaml"]\n',
        "clients/harbor/.utmlint.yaml": 'extend: ../../.utmlint.yaml\ninclude: ["campaigns/**/*.yaml"]\n',
        "clients/harbor/campaigns/meta.yaml": HARBOR_AD,
        "clients/harbor/campaigns/recall.yaml": HARBOR_RECALL,
        "clients/harbor/analytics/export.csv": EXPORT,
        "clients/kettle/campaigns/meta.yaml": KETTLE_AD,
    })


def _silent(run, *argv, cwd):
    done = run("audit", "--format", "json", *argv, cwd=cwd)
    assert done.code == 0, done
    return sorted(entry["campaign"] for entry in json.loads(done.out)["silent_campaigns"])


def test_a_clients_export_is_held_against_its_own_campaigns(project, run):
    root = _agency(project)
    # Harbor's recall campaign has no sessions: still told; Kettle's campaign is another company's
    assert _silent(run, "clients/harbor/analytics/export.csv", cwd=root) == ["six_month_recall"]
    assert _silent(run, "analytics/export.csv", cwd=root / "clients/harbor") == ["six_month_recall"]


def test_campaigns_flag_and_an_export_kept_elsewhere_name_the_repo_as_before(project, run, tmp_path_factory):
    root = _agency(project)
    assert _silent(run, "clients/harbor/analytics/export.csv", "--campaigns", "clients", cwd=root) == [
        "six_month_recall", "spring-sale-2026"]
    outside = tmp_path_factory.mktemp("downloads") / "export.csv"
    outside.write_text(EXPORT)
    assert _silent(run, str(outside), cwd=root) == ["six_month_recall", "spring-sale-2026"]


ZEN_AD = """\
campaign: spring-sale
source: instagram
medium: social
links:
  - url: https://zenyoga.studio/spring
    content: bio
"""

ZEN_GUIDE = """\
# Zen Yoga: links

[Spring classes](https://zenyoga.studio/spring?utm_source=newsletter&utm_medium=email&utm_campaign=zen-spring-letter)
"""

KETTLE_GUIDE = """\
[Spring blend](https://kettlecoffee.com/spring?utm_source=newsletter&utm_medium=email&utm_campaign=kettle-letter)
"""


def test_a_client_folder_without_a_config_of_its_own_is_not_held_against_the_others(project, run):
    """newuser48b F8: clients/zen/ has no config: the top one governs it, and its export was held against every client's
    campaigns, Harbor's (a config of its own) listed as "defined in the repo, no sessions"; lint from the top judges
    Harbor apart, and so does audit now. The top's other folders are the top config's project, as in lint."""
    root = _agency(project)
    project({"clients/zen/campaigns/spring.yaml": ZEN_AD, "clients/zen/docs/links.md": ZEN_GUIDE,
             "clients/harbor/docs/links.md": KETTLE_GUIDE.replace("kettlecoffee.com", "harbordental.com"),
             "clients/zen/analytics/export.csv":
                 "source,medium,campaign,sessions\ninstagram,social,spring-sale,40\n"
                 "newsletter,email,zen-spring-letter,12\nnewsletter,email,kettle-letter,3\n"})
    for cwd, export in ((root, "clients/zen/analytics/export.csv"), (root / "clients/zen", "analytics/export.csv")):
        done = run("audit", "--format", "json", export, cwd=cwd)
        assert done.code == 0, done
        report = json.loads(done.out)
        # Kettle's campaign file is under the top config too (no config of its own): still the top config's project
        assert sorted(entry["campaign"] for entry in report["silent_campaigns"]) == ["spring-sale-2026"]
        # written in zen's docs; Harbor's docs (another config's project) are no place this project writes a campaign
        assert [(e["campaign"], e["path"]) for e in report["unknown_campaigns"]] == [
            ("zen-spring-letter", "clients/zen/docs/links.md" if cwd == root else "docs/links.md"), ("kettle-letter", None)]
    # the whole tree, on request
    everything = run("audit", "--format", "json", "clients/zen/analytics/export.csv", "--campaigns", ".", cwd=root)
    assert {e["campaign"] for e in json.loads(everything.out)["silent_campaigns"]} >= {"new_patient_offer",
                                                                                         "six_month_recall"}
