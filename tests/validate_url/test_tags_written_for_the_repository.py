"""Tags written for this very repository are the team's, not the linked site's own tags copied (corpus 17 #9).

A Twilio developer evangelist's build session for Twilio's London conference (nokenwa/twilio-signal-london-23-build-
projects) links twilio.com with the event's tags: `utm_source=twilio&utm_medium=conference&utm_content=signallondon2023
&utm_campaign=EVENT_SIGNAL_2023_OCT_13_SIGNAL_London_EMEA`. copied-tracking called them twilio.com's own tags, copied,
and said remove them; the content and campaign name the repository's event (`signal`, `london`). Their mistakes are
told instead. twilio.com's own tags in a list about Twilio are still copied.
"""

from __future__ import annotations

from utmlint.validate_url import validate_url

EVENT = ("https://www.twilio.com/try-twilio?utm_campaign=EVENT_SIGNAL_2023_OCT_13_SIGNAL_London_EMEA&utm_source=twilio"
         "&utm_medium=conference&utm_content=signallondon2023&utm_term=devevangel")


def names(url, repo, path="README.md"):
    return {f.name for f in validate_url(url, repo=repo, path=path).findings}


def test_an_events_own_tags_are_the_teams():
    found = names(EVENT, "nokenwa/twilio-signal-london-23-build-projects", "messaging/README.md")
    assert "copied-tracking" not in found and {"medium-unassigned", "value-case"} <= found


def test_the_sites_own_tags_elsewhere_are_still_copied():
    url = "https://www.twilio.com/docs/sms?utm_source=twilio&utm_medium=docs-nav&utm_campaign=sms-quickstart"
    assert names(url, "someone/awesome-twilio-samples") == {"copied-tracking"}
