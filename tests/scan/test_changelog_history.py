"""A changelog entry quoting a link that is gone (scan.examples.changelog_history, review43 F10): "Fixed: the welcome
e-mail no longer sends `https://...&utm_content={{first_name}}`" was told as a live leak (pii-in-url) and its old
values as mistakes to fix. The entry is history: the quoted link is no longer sent, no one follows it. Tested both
ways: a link the entry names as written now ("Replaced `A` with `B`": `B`; "Added: ... sends `B`"), a link written as
a link in a "Remove ..." entry, and the same quote outside a changelog are still told."""

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
