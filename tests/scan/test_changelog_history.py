"""A changelog entry quoting a link that is gone (scan.examples.changelog_history, review43 F10): "Fixed: the welcome
e-mail no longer sends `https://...&utm_content={{first_name}}`" was told as a live leak (pii-in-url) and its old
values as mistakes to fix. The entry is history: the quoted link is no longer sent, no one follows it. Tested both
ways: a link the entry names as written now ("Replaced `A` with `B`": `B`; "Added: ... sends `B`"), a link written as
a link in a "Remove ..." entry, and the same quote outside a changelog are still told. Session 44 took back a reading
that held any quote after a gone-word anywhere earlier on its line (review44 F6: "Removed the legacy signup page; send
users to `...&email={{email}}` instead" and a live `utm_content={{first_name}}` were "All clean"): the gone-words must
govern the quote itself, right before it; review44 F6's changelog keeps its 7 errors."""

from __future__ import annotations

from tests.scan.repository import scan_repository

CHANGELOG = """# Changelog

## 2.1.0

- Fixed: the welcome e-mail no longer sends `https://acme.io/start?utm_source=newsletter&utm_medium=email&utm_campaign=welcome&utm_content={{first_name}}` (it leaked names to GA4); it now sends `utm_content=hero`.
- Removed the e-mail from the utm_content of `https://acme.io/start?utm_source=newsletter&utm_medium=email&utm_campaign=welcome&email={{email}}`.
- Replaced `https://acme.io/a?utm_source=newsletter&utm_medium=Email&utm_campaign=w` with `https://acme.io/a?utm_source=newsletter&utm_medium=Email&utm_campaign=w&email={{email}}`.
- Added: the welcome e-mail sends `https://acme.io/start?utm_source=newsletter&utm_medium=email&utm_campaign=welcome&email={{email}}`.
- Remove upsell boxes when [Premium](https://acme.io/premium?utm_source=app&utm_medium=Plugin&utm_campaign=upsell&email={{email}}) is active.
"""


def _told(found):
    return sorted((f["line"], f["name"]) for f in found)


def test_a_changelog_s_quote_of_a_link_that_is_gone_is_history(tmp_path, monkeypatch, capsys):
    told = _told(scan_repository(tmp_path, monkeypatch, capsys, "acme/app", {"CHANGELOG.md": CHANGELOG}))
    assert not [t for t in told if t[0] in (5, 6)]
    # "Replaced `A` with `B`": `A` is gone, `B` is written now (its capital medium and the address told)
    assert [t for t in told if t[0] == 7] == [(7, "pii-in-url"), (7, "value-case")]
    assert (8, "pii-in-url") in told  # "Added: ... sends `...`": today's link
    assert (9, "pii-in-url") in told and (9, "medium-unassigned") in told  # a link in a "Remove ..." entry


def test_the_same_quote_outside_a_changelog_is_told(tmp_path, monkeypatch, capsys):
    told = _told(scan_repository(tmp_path, monkeypatch, capsys, "acme/app", {"docs/welcome.md": CHANGELOG}))
    assert (5, "pii-in-url") in told and (6, "pii-in-url") in told


# review44 F6: a gone-word earlier on the line governs something else; each quote is the link in use now
CURRENT = """# Changelog

## 2.0.0

- Removed the legacy signup page; send users to `https://acmeflow.com/signup?utm_source=app&utm_medium=In-App&email={{email}}` instead.
- Dropped Node 14 support. Upgrade guide: `https://acmeflow.com/docs/upgrade?utm_source=changelog&utm_medium=Changelog`
- The old CLI banner is gone; the welcome e-mail links `https://acmeflow.com/start?utm_source=newsletter&utm_medium=email&utm_content={{first_name}}`
- Removed the legacy page and send users to `https://acme.io/s?utm_source=app&utm_medium=email&utm_campaign=s&email={{email}}`.
"""


def test_a_gone_word_governing_something_else_leaves_today_s_link_told(tmp_path, monkeypatch, capsys):
    told = _told(scan_repository(tmp_path, monkeypatch, capsys, "acme/app", {"CHANGELOG.md": CURRENT}))
    assert told == [(5, "medium-unassigned"), (5, "missing-utm-param"), (5, "pii-in-url"),
                    (6, "medium-unassigned"), (6, "missing-utm-param"),
                    (7, "missing-utm-param"), (7, "pii-in-url"), (8, "pii-in-url")], told
