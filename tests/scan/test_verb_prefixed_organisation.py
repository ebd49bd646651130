"""An organisation named with a verb before its brand (`meetoseh` is oseh.io's, `joinmastodon` Mastodon's), as
`getsentry`, `usebruno`, `trycua` are (rules/org-affixes.txt, fixB, session 33, after corpus 19 #101-#108: Oseh's own
e-mail templates were told their `utm_source=oseh.io` tags were oseh.io's, copied). Its own tags are its own: a typo
in them is told (review13's lesson), and someone else's share tags in its files are still copied."""

from __future__ import annotations

from utmlint.identity import from_slug, owns
from utmlint.validate_url import validate_url

TEMPLATES = {"repo": "meetoseh/email-templates", "path": "emails/emailLaunchAnnouncement.tsx"}


def _names(url):
    return sorted(f.name for f in validate_url(url, **TEMPLATES).findings)


def test_the_verb_prefixed_organisation_owns_its_brand():
    assert owns(from_slug("meetoseh/email-templates"), "oseh") and owns(from_slug("joinmastodon/website"), "mastodon")


def test_its_own_email_tags_are_its_own():
    assert _names("https://oseh.io?utm_source=oseh.io&utm_medium=email&utm_campaign=siwo_launch&utm_content=cta") == []


def test_a_typo_in_its_own_tags_is_told():
    assert _names("https://oseh.io?utm_source=oseh.io&utm_medium=emial&utm_campaign=siwo_launch") == \
        ["medium-unassigned"]


def test_a_linkedin_share_in_its_files_is_still_copied():
    assert _names("https://www.linkedin.com/posts/someone_topic-activity-6953234827391250432-PRcP?utm_source=share"
                  "&utm_medium=member_desktop") == ["copied-tracking"]
