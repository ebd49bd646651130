"""Someone else's utm tags copied with a link get one finding in `scan`: copied-tracking (strip them).

A newsletter or link list pastes links as it found them: a reddit share (`utm_medium=web2x`), an ad's landing
URL with its click id. Before, scan also told the repository to respell or complete those tags (value-case,
medium-unassigned, missing-utm-param): advice on tags it did not write, and a second finding for one mistake
(corpus 4's README counts 10 such wrong findings). validate_url already dropped them; scan now does the same.
"""

from __future__ import annotations

import json

NOTES = """\
[post](https://www.reddit.com/r/rust/comments/x/?utm_source=Share&utm_medium=web2x&context=3)
[ad](https://shop.sunbeam.app/?utm_source=Google&utm_medium=cpc&utm_campaign=Spring_Sale&gclid=abc)
[ours](https://sunbeam.app/?utm_source=Newsletter&utm_medium=email&utm_campaign=fall)
"""


def test_copied_tags_get_copied_tracking_only(run, tmp_path):
    (tmp_path / "notes.md").write_text(NOTES, encoding="utf-8")
    result = run("scan", "--format", "json", "--no-cache", ".", cwd=tmp_path)
    found = sorted((f["line"], f["name"]) for f in json.loads(result.out))
    assert found == [
        (1, "copied-tracking"),  # reddit's share tags: no value-case on `Share`, no Unassigned `web2x`, no campaign asked
        (2, "copied-tracking"),  # the ad's landing tags and its gclid: one finding, one URL without both (R9)
        (3, "value-case"),  # the team's own link keeps its advice
    ]


def test_markers_leave_a_teams_own_tags_alone(run, tmp_path):
    """Found by review: the `[newsletters]` marker called Node Weekly's own link to its site copied, the AddThis
    fragment pattern took a docs anchor (`#.get_started.linux`) for a share id, and `utm_referrer` was said to
    credit an earlier visit (GA4 reads neither it nor `utm_expid`)."""
    (tmp_path / "links.md").write_text(
        "[own](https://nodeweekly.com/?utm_source=nodeweekly&utm_medium=email)\n"
        "[copied](https://sunbeam.app/post?utm_source=nodeweekly&utm_medium=email)\n"
        "[anchor](https://sunbeam.app/docs?utm_source=github&utm_medium=referral&utm_campaign=docs#.get_started.linux)\n"
        "[share](https://sunbeam.app/x?utm_source=github&utm_medium=referral&utm_campaign=docs#.Uupx3qddN-w.reddit)\n"
        "[ref](https://sunbeam.app/?utm_source=partner&utm_medium=referral&utm_campaign=spring&utm_referrer=news)\n",
        encoding="utf-8")
    found = json.loads(run("scan", "--format", "json", "--no-cache", ".", cwd=tmp_path).out)
    assert sorted((f["line"], f["name"]) for f in found) == [
        (1, "missing-utm-param"),  # the newsletter's own link: its missing campaign, not copied tags
        (2, "copied-tracking"), (4, "copied-tracking"), (5, "copied-tracking")]
    referrer = next(f["message"] for f in found if f["line"] == 5)
    assert "is not a key GA4 reads" in referrer and "credited" not in referrer



def test_tags_copied_tracking_removes_are_no_spelling_for_the_repo(run, tmp_path):
    """newuser46 F2: an ad's landing tags pasted with its click id into a blog post were told "remove them" by
    copied-tracking and, by medium-fragmentation, "write `utm_medium=paid-social`" (the team's spelling in a campaign
    file): two findings, opposite advice, for one mistake. A click id alone (tags kept by the fix) leaves the tags
    compared; and the team's own `paid_social` beside `paid-social` is still told."""
    (tmp_path / ".utmlint.yaml").write_text('include: ["campaigns/**/*.yaml"]\n', encoding="utf-8")
    (tmp_path / "campaigns").mkdir()
    (tmp_path / "campaigns" / "linkedin.yaml").write_text(
        "campaign: q1-demo\nsource: linkedin\nmedium: paid-social\n"
        "links:\n  - url: https://sunbeam.app/demo\n    content: one\n", encoding="utf-8")
    (tmp_path / "post.md").write_text(
        "See the [new plans](https://sunbeam.app/pricing?fbclid=IwAR3xyz&utm_source=facebook&utm_medium=paid_social"
        "&utm_campaign=launch-week).\n", encoding="utf-8")
    found = json.loads(run("scan", "--format", "json", "--no-cache", "post.md", cwd=tmp_path).out)
    assert [(f["line"], f["name"]) for f in found] == [(1, "copied-tracking")], found
    (tmp_path / "post.md").write_text(
        "Our [ad's page](https://sunbeam.app/demo?utm_source=linkedin&utm_medium=paid_social&utm_campaign=q1-demo).\n",
        encoding="utf-8")
    found = json.loads(run("scan", "--format", "json", "--no-cache", "post.md", cwd=tmp_path).out)
    assert [(f["line"], f["name"]) for f in found] == [(1, "medium-fragmentation")], found
