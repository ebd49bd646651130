"""A share button's tags on someone else's page are copied even in a file about the team's campaigns (corpus 15 #90
#96: Canva's share links of slides in GitLab's handbook, under `marketing/`).

A `marketing/` folder or a campaign plan holds the team's own planned posts and e-mails, so copied-tracking reads no
other channel's tags there (`utm_source=twitter` is the team's plan). A share button's tags (`utm_source=sharebutton&
utm_campaign=designshare`) are no plan: a share button wrote them for whoever shared the link. Before, the link got
value-case on Canva's case-sensitive design id instead.
"""

from __future__ import annotations

from utmlint.validate_url import validate_url

REPO = "kyama0/gitlab-handbook-ja"
PATH = "content/handbook/marketing/virtual-events/self-service-virtual-events/index.md"


def names(url, path=PATH):
    return {f.name for f in validate_url(url, repo=REPO, path=path).findings}


def test_share_button_tags_in_a_marketing_folder_are_copied():
    url = ("https://www.canva.com/design/DAEOD5yTT_8/Vp8aqPPHdLVuvpNLlv9jzA/view?utm_content=DAEOD5yTT_8"
           "&utm_campaign=designshare&utm_medium=link&utm_source=sharebutton&mode=preview")
    assert names(url) == {"copied-tracking"}  # no value-case on the design id


def test_a_planned_post_in_a_marketing_folder_is_the_teams():
    # the team's plan of a post on another site: its own tags, whose mistakes are still told
    found = names("https://devopsdays.org/events/2025-tokyo?utm_source=twitter&utm_medium=Social&utm_campaign=devops-day")
    assert "copied-tracking" not in found and "value-case" in found
