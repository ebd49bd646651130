"""One in-product key, one finding (newuser48 F4).

`content: Banner CTA` on a banner's link into the product (`in-product-hosts`) was two findings that disagreed:
tracking-on-in-product-link "`content: Banner CTA` does nothing ...; remove it" and value-case "write `banner-cta`".
The key is to go (the safe fix removes it), so respelling its value is moot: the removal is the one finding. With
tracking-on-in-product-link not selected, value-case speaks again; a tracked link's value is still respelled."""

from __future__ import annotations

CONFIG = "include: ['c/*.yaml']\nin-product-hosts: [app.acme.io]\n"
CAMPAIGN = """\
campaign: win-back
platform: intercom
steps:
  - id: in-app-banner
    channel: banner
    links:
      - url: https://app.acme.io/billing
        content: Banner CTA
      - {url: https://app.acme.io/plans, content: Plans Link, term: Upgrade Now}
  - id: email-1
    channel: email
    links:
      - url: https://acme.io/pricing
        content: Email-1
"""


def _found(project, run, *flags):
    root = project({"c/a.yaml": CAMPAIGN, ".utmlint.yaml": CONFIG})
    done = run("lint", "--format", "json", "--no-cache", *flags, "c/a.yaml", cwd=root)
    assert "Traceback" not in done.err
    return [(f["code"], f["line"], f["message"]) for f in done.findings]


def test_a_key_to_remove_is_not_also_respelled(project, run):
    found = _found(project, run)
    assert [(code, line) for code, line, _ in found] == [
        ("UTM505", 8), ("UTM505", 9), ("UTM505", 9), ("UTM201", 14)], found
    assert "`content: Banner CTA` does nothing" in found[0][2] and found[0][2].endswith("remove it")
    assert "write `email-1`" in found[3][2]  # the tracked email link's value is still respelled


def test_value_case_speaks_when_the_removal_is_not_selected(project, run):
    found = _found(project, run, "--ignore", "UTM505")
    assert [(code, line) for code, line, _ in found] == [("UTM201", 8), ("UTM201", 9), ("UTM201", 9), ("UTM201", 14)]


def test_fix_removes_the_key(project, run):
    root = project({"c/a.yaml": CAMPAIGN, ".utmlint.yaml": CONFIG})
    run("lint", "--fix", "--no-cache", "c/a.yaml", cwd=root)
    text = (root / "c/a.yaml").read_text()
    assert "Banner CTA" not in text and "banner-cta" not in text and "content: email-1\n" in text


def test_only_the_removed_keys_value_gives_way_not_another_links_on_its_line(project, run):
    """review48 F6: two links in one flow line, the first into the product, the second out to the site: the second
    link's value-case (it goes out tagged `Banner CTA`) was dropped with the first's, a silent pass: the drop took every
    respelling to the right of the removed key. Only the removed key's own value gives way."""
    flow = ("campaign: spring-sale\nplatform: intercom\nchannel: banner\nlinks: [{url: \"https://app.acme.io/settings\", "
            "content: Old CTA}, {url: \"https://acme.io/pricing\", content: Banner CTA}]\n")
    root = project({"c/a.yaml": flow, ".utmlint.yaml": CONFIG})
    done = run("lint", "--format", "json", "--no-cache", "c/a.yaml", cwd=root)
    found = [(f["code"], f["line"], f["column"]) for f in done.findings]
    column = flow.splitlines()[3].index("content: Banner CTA") + len("content: ") + 1
    assert found == [("UTM505", 4, flow.splitlines()[3].index("content: Old CTA") + 1), ("UTM201", 4, column)], found
