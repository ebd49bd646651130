"""What a file is, read from its path alone, for copied-tracking's another-channel reading (checks.tracking): an
e-mail template's links are that e-mail's, a folder of social posts holds the team's own posts, a file about the
team's campaigns its planned links, program code and tests their program's. Kept apart from the rules so that
`utmlint scan` can key its cache by it without importing them (a warm run loads no rule module)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import FrozenSet

# The words of a file's path that say its links are themselves sent in an e-mail or posted on a social network: an
# e-mail template (`templates/email/welcome.html`, `newsletter.mjml`), a folder of social posts (`social/`).
EMAIL_PLACE = frozenset({"email", "emails", "mail", "mails", "mailer", "mailers", "mailing", "newsletter",
                         "newsletters", "mjml"})
SOCIAL_PLACE = frozenset({"social", "tweet", "tweets", "twitter", "linkedin", "facebook", "mastodon", "bluesky",
                          "instagram", "tiktok", "reddit", "discord", "producthunt", "pinterest"})
# A file about the team's own campaigns (`marketing/paid-ads/meta-ads-campaign.md`, `tracking/utm-links.md`): its
# links are the ones the team will post, tagged for where it will post them.
CAMPAIGN_PLACE = frozenset({"marketing", "campaign", "campaigns", "utm", "analytics", "tracking"})
# A file of tests or fixtures: its links are test data (`tests/test_clean_url.py`, `fixtures/links.json`).
TEST_PLACE = frozenset({"test", "tests", "spec", "specs", "fixture", "fixtures", "mock", "mocks", "testdata", "e2e"})
# Program code, whose links are built, posted or parsed by the program (a bot that tweets its links tags them for
# Twitter; a URL parser's example): not a page a reader follows them from. Web pages' sources (`.html`, `.vue`,
# `.svelte`, `.php`, templates) and data (`.json`, `.yaml`, `.csv`, `.sql`) are read as pages and records.
CODE_SUFFIXES = frozenset({".py", ".rb", ".go", ".java", ".kt", ".kts", ".scala", ".rs", ".c", ".h", ".cc", ".cpp",
                           ".hpp", ".cs", ".swift", ".m", ".mm", ".sh", ".bash", ".pl", ".ex", ".exs", ".dart",
                           ".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".jsx", ".tsx", ".lua", ".r", ".jl"})
# Where an app's own e-mails live beside `mailers/` and `email/`: its transactional and notification e-mails, its
# digests, and the folders named for the e-mail service that sends them (`templates/transactional/welcome.html`,
# `app/views/notifications/digest.html.erb`, `postmark/password-reset.mjml`: stranger10 R4).
APP_MAIL_PLACE = frozenset({"transactional", "notification", "notifications", "digest", "digests", "postmark",
                            "sendgrid", "mandrill", "mailgun", "customerio", "sparkpost", "mailjet", "mailchimp"})


def link_place(path: str) -> str:
    """"email" for a file whose links are themselves an e-mail's (a path word `email`, `mail`, `newsletter`,
    `transactional`, `notifications`, `digest`, an e-mail service's name, an `.mjml` file), "social" for a file of social posts (`social/`, `tweets.md`), "campaign" for a file about the
    team's own campaigns (`marketing/`, `utm-links.md`), "code" for program code and tests (CODE_SUFFIXES,
    TEST_PLACE), else "": there a link's e-mail or social tags are where it is sent or posted, or a program's, the
    team's own (_posted_tags reads only a page's or a record's links)."""
    words = set()
    parts = re.split(r"[/\\]", path or "")
    for part in parts:
        for piece in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+", part):
            words.add(piece.lower())
    suffix = "." + parts[-1].rsplit(".", 1)[-1].lower() if "." in parts[-1] else ""
    if suffix == ".mjml":
        return "email"
    if suffix in CODE_SUFFIXES or words & TEST_PLACE:
        return "code"
    if words & CAMPAIGN_PLACE:
        return "campaign"
    if words & EMAIL_PLACE or words & APP_MAIL_PLACE:
        return "email"
    return "social" if words & SOCIAL_PLACE else ""


@lru_cache(maxsize=1)
def _posted_names() -> FrozenSet[str]:
    """The names of rules/copied-tracking.txt's `[posted]` list (networks, chats, e-mail tools) and of GA4's social
    sources without a dot (rules/ga4/source-categories.tsv) but those `[posted]` takes out (`-wordpress`), as one word
    each (`customer.io` -> `customerio`), read here so that scan's cache key needs no rule module."""
    from .resources import rules_dir

    names, dropped, section = set(), set(), ""
    for line in (rules_dir() / "copied-tracking.txt").read_text(encoding="utf-8").splitlines():
        text = line.split("#", 1)[0].strip().lower()
        if text.startswith("[") and text.endswith("]"):
            section = text[1:-1]
        elif text and section == "posted":
            (dropped if text.startswith("-") else names).add(re.sub(r"[^a-z0-9]", "", text.split()[0]))
    for line in (rules_dir() / "ga4" / "source-categories.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        source, _, category = line.strip().lower().partition("\t")
        if category == "source_category_social" and "." not in source:
            names.add(re.sub(r"[^a-z0-9]", "", source))
    return frozenset(names - dropped)


def named_networks(path: str) -> FrozenSet[str]:
    """The words of a file's path that name a network or an e-mail tool of the `[posted]` list (`community/slack/
    2026-11-30.md` -> {"slack"}): a link there whose utm_source names the same one is the team's own post on that
    network or its e-mail through that tool (stranger10 R18), whatever else the path says."""
    words = set()
    for part in re.split(r"[/\\]", path or ""):
        for piece in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+", part):
            words.add(piece.lower())
    return frozenset(words & _posted_names())
