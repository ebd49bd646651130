"""Guards for any reading of whose tags a link carries from the repository's other links (issue 12, session 36's
own-form measurement: benchmarks/own_form.py). A team's own mistake on one link is, by construction, a tag set the
repository uses nowhere else and on one site only: the very shape of a platform's snippet or a sponsor programme's
form. A reading that holds back value advice on that shape must not hold back these: the team's misspelled medium
beside its own convention, its `Newsletter` in capitals, and a newsletter's `utm_medium=newsletter` on every outbound
link (its convention: GA4 files it under Unassigned for every destination)."""

from __future__ import annotations

from tests.scan.repository import scan_repository

PARTNERS = """# Our partners

- [Acme](https://acme.example.org/?utm_source=northwind&utm_medium=referral&utm_campaign=partners)
- [Globex](https://www.globex.io/?utm_source=northwind&utm_medium=referral&utm_campaign=partners)
- [Initech](https://initech.dev/start?utm_source=northwind&utm_medium=emial&utm_campaign=partners)
- [Hooli](https://hooli.net/?utm_source=Newsletter&utm_medium=email&utm_campaign=partners)
"""

ISSUE = """---
title: "Builders Weekly #12"
---

- [Faster builds](https://blog.acme.org/faster?utm_source=builders-weekly&utm_medium=newsletter&utm_campaign=issue-12)
- [A new CLI](https://globex.io/cli?utm_source=builders-weekly&utm_medium=newsletter&utm_campaign=issue-12)
- [Type checking](https://initech.dev/types?utm_source=builders-weekly&utm_medium=newsletter&utm_campaign=issue-12)
- [Northwind 3](https://northwind.io/3?utm_source=builders-weekly&utm_medium=newsletter&utm_campaign=issue-12)
"""


def _found(tmp_path, monkeypatch, capsys, files):
    return sorted((d["path"], d["line"], d["name"])
                  for d in scan_repository(tmp_path, monkeypatch, capsys, "nwlabs/website", files))


def test_a_teams_own_typo_and_capitals_off_its_convention_keep_their_findings(tmp_path, monkeypatch, capsys):
    """The team's convention (`utm_source=northwind&utm_medium=referral`) is on two sites; the misspelled `emial`
    and the capitalised `Newsletter` are each on one other site, in a pair used nowhere else: still the team's."""
    found = _found(tmp_path, monkeypatch, capsys, {"docs/partners.md": PARTNERS})
    assert ("docs/partners.md", 5, "medium-unassigned") in found
    assert ("docs/partners.md", 6, "value-case") in found
    assert not [f for f in found if f[1] in (3, 4)]  # the convention itself is right


def test_a_newsletters_own_medium_on_links_to_many_sites_is_told(tmp_path, monkeypatch, capsys):
    found = _found(tmp_path, monkeypatch, capsys, {"newsletter/issue-12.md": ISSUE})
    assert [line for _, line, name in found if name == "medium-unassigned"] == [5, 6, 7, 8]
