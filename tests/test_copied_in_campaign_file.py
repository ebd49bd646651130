"""stranger11 R16: in a campaign file, one copied link got two or three findings: url-has-utm on each copied tag
beside copied-tracking's (same tags, same "remove"), and the URL copied-tracking gave to paste kept a tweet's tags
copied with its fbclid. A campaign file's own values are its keys (`source:`), so utm tags in a `url:` beside a
visit's id came with that visit: one finding, its URL without all of them; url-has-utm leaves copied-tracking's
keys to it, and a hedged copied-tracking note gives way to url-has-utm's certain "remove it from `url:`".
`utmlint lint` on a real file, as a user runs it."""

from __future__ import annotations

CAMPAIGN = """\
campaign: nov-digest
source: newsletter
medium: email
links:
  - url: https://gizmodo.com/story-123?utm_source=twitter&utm_medium=social&fbclid=IwAR0x
  - url: https://www.eventbrite.com/e/summit-123?aff=ebdssbdestsearch&utm_source=eb_email
  - url: https://acme.dev/feed-post?utm_campaign=rss
"""


def test_one_copied_link_one_finding(project, run):
    folder = project({".utmlint.yaml": "include: ['campaigns/*.yaml']\n", "campaigns/nov.yaml": CAMPAIGN})
    found = run("lint", "--format", "json", "--no-cache", "campaigns", cwd=folder).findings
    assert [(f["line"], f["name"], f["severity"]) for f in found] == [
        (5, "copied-tracking", "error"), (6, "copied-tracking", "error"), (7, "url-has-utm", "error")]
    assert found[0]["message"].endswith("remove them: https://gizmodo.com/story-123")


def test_the_safe_fix_removes_the_visits_tags_with_its_id(project, run):
    folder = project({".utmlint.yaml": "include: ['campaigns/*.yaml']\n", "campaigns/nov.yaml": CAMPAIGN})
    run("lint", "--fix", "--no-cache", "campaigns", cwd=folder)
    text = (folder / "campaigns" / "nov.yaml").read_text(encoding="utf-8")
    assert "  - url: https://gizmodo.com/story-123\n" in text
    assert "  - url: https://www.eventbrite.com/e/summit-123?aff=ebdssbdestsearch\n" in text


def test_tags_without_a_visits_id_are_still_url_has_utms(project, run):
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "a.yaml": """\
        campaign: q4
        source: newsletter
        medium: email
        links:
          - url: https://acme.dev/?utm_source=twitter
        """})
    found = run("lint", "--format", "json", "--no-cache", ".", cwd=folder).findings
    assert [f["name"] for f in found] == ["url-has-utm"]


KEPT = """\
campaign: spring-launch
source: newsletter
medium: email
links:
  - url: https://acme.com/pricing?utm_content=hero&gclid=abc123
  - url: https://acme.com/a?utm_source=newsletter&utm_medium=email&fbclid=IwAR2
    content: a
  - url: https://gizmodo.com/story-123?utm_source=twitter&utm_medium=email&fbclid=IwAR0x
    content: story
"""


def test_the_safe_fix_strips_only_the_copied_parameters(project, run):
    """newuser46 F5: a campaign file's link `pricing?utm_content=hero&gclid=...` (no `content:` key) was told
    "`utm_content=hero` came with the visit whose id is copied beside them" and the safe `--fix` deleted it: the
    link's only utm_content, the team's own, which scan keeps beside a click id (its values held back, its URL to paste
    keeping them). Only the tags that contradict the file's keys came with the visit (a tweet's `utm_source=twitter`
    beside `source: newsletter`); one agreeing with its key, or one the file does not set, stays for url-has-utm
    (a duplicate removed, `utm_content=hero` moved to `content:` by the user)."""
    folder = project({".utmlint.yaml": "include: ['campaigns/*.yaml']\n", "campaigns/spring.yaml": KEPT})
    found = run("lint", "--format", "json", "--no-cache", "campaigns", cwd=folder).findings
    copied = {f["line"]: f["message"] for f in found if f["name"] == "copied-tracking"}
    assert copied[5].endswith("remove it: https://acme.com/pricing?utm_content=hero")
    assert copied[6].endswith("remove it: https://acme.com/a?utm_source=newsletter&utm_medium=email")
    assert "came with the visit" not in copied[5] + copied[6]  # the team's own values are no visit's
    assert copied[8].startswith("`utm_source=twitter` came with the visit")  # the tweet's source: as before
    assert copied[8].endswith("remove them: https://gizmodo.com/story-123?utm_medium=email")
    assert [(f["line"], f["message"].split(";")[1].strip()) for f in found if f["name"] == "url-has-utm"][0] == (
        5, "remove it from `url:` and write `content: hero` on the link, step or campaign")
    run("lint", "--fix", "--no-cache", "campaigns", cwd=folder)
    text = (folder / "campaigns" / "spring.yaml").read_text(encoding="utf-8")
    assert "  - url: https://acme.com/pricing?utm_content=hero\n" in text  # kept, for the user to move
    assert "  - url: https://acme.com/a\n" in text  # the duplicates of its keys went, by url-has-utm's fix


def test_a_tag_the_file_does_not_set_goes_with_the_visits_tags_beside_it(project, run):
    """review47 F2: beside a visit's id, a tweet's `utm_source=twitter&utm_medium=social&utm_campaign=tech-roundup`
    contradicts the file's keys, so it came with that visit; its `utm_content=thread_1`, a key the file does not set,
    came with it too. Kept, the fixed URL still carried it and url-has-utm told the team to write `content: thread_1`,
    another party's value adopted as its own. Alone beside the id (newuser46 F5's `utm_content=hero`), it stays."""
    folder = project({".utmlint.yaml": "include: ['campaigns/*.yaml']\n", "campaigns/spring.yaml": (
        "campaign: spring\nsource: newsletter\nmedium: email\nlinks:\n"
        "  - url: https://gizmodo.com/story-123?utm_source=twitter&utm_medium=social&utm_campaign=tech-roundup"
        "&utm_content=thread_1&fbclid=IwAR0x\n")})
    found = run("lint", "--format", "json", "--no-cache", "campaigns", cwd=folder).findings
    assert [f["name"] for f in found] == ["copied-tracking"]
    assert found[0]["message"].startswith("`utm_source=twitter&utm_medium=social&utm_campaign=tech-roundup"
                                          "&utm_content=thread_1` came with the visit")
    assert found[0]["message"].endswith("remove them: https://gizmodo.com/story-123")
    run("lint", "--fix", "--no-cache", "campaigns", cwd=folder)
    assert "  - url: https://gizmodo.com/story-123\n" in (folder / "campaigns" / "spring.yaml").read_text(
        encoding="utf-8")
    assert run("lint", "--no-cache", "campaigns", cwd=folder).code == 0
