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
