"""A tracked link written percent-encoded in a share link's parameter is found, decoded, and judged as a link.

Found by a new user (stranger19, LOW): a share button's link `https://www.linkedin.com/sharing/share-offsite/?url=
https%3A%2F%2Fnorthwind.io%2Flaunch%3Futm_source%3Dlinkedin%26...`, the right way to write one (the shared URL
encoded, so its tags stay its own: stranger19 R2 is the unencoded mistake), was missing from `scan --links` and never
judged: its keys are `%3Futm_source%3D`, which no scan read. The shared URL, decoded once as the site reading the
parameter decodes it, is the link a visitor clicks; its place is where it starts in the file, and a fix is written
into its encoded text.
"""

from __future__ import annotations

import json

LINKEDIN = ("https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fnorthwind.io%2Flaunch%3Futm_source%3D"
            "linkedin%26utm_medium%3Dsocial%26utm_campaign%3Dlaunch-2026")
TWEET = ("https://twitter.com/intent/tweet?text=New&url=https%3A%2F%2Fnorthwind.io%2Flaunch%3Futm_source%3Dtwitter"
         "%26utm_medium%3Dsocial%26utm_campaign%3DLaunch&via=northwind")
PAGE = f"# Share\n[Share on LinkedIn]({LINKEDIN})\n[Tweet]({TWEET})\n"


def test_an_encoded_shared_url_is_in_the_inventory(project, run):
    root = project({"share.md": PAGE})
    records = json.loads(run("scan", "--no-cache", "--links", "share.md", cwd=root).out)
    assert [(r["line"], r["url"], r["utm_campaign"], r["channel"]) for r in records] == [
        (2, "https://northwind.io/launch?utm_source=linkedin&utm_medium=social&utm_campaign=launch-2026",
         "launch-2026", "Organic Social"),
        (3, "https://northwind.io/launch?utm_source=twitter&utm_medium=social&utm_campaign=Launch", "Launch",
         "Organic Social")]
    assert records[0]["column"] == len("[Share on LinkedIn](") + LINKEDIN.index("https%3A") + 1


def test_an_encoded_shared_urls_values_are_judged_and_fixed_in_place(project, run):
    root = project({"share.md": PAGE})
    found = json.loads(run("scan", "--no-cache", "--format", "json", "share.md", cwd=root).out)
    assert [(f["line"], f["name"]) for f in found] == [(3, "value-case")], found
    line = PAGE.splitlines()[2]
    assert line[found[0]["column"] - 1:found[0]["end_column"] - 1] == "Launch"
    run("scan", "--no-cache", "--fix", "share.md", cwd=root)
    assert (root / "share.md").read_text(encoding="utf-8") == PAGE.replace("%3DLaunch&", "%3Dlaunch&")


def test_an_encoded_value_is_decoded_once_and_lower_case_escapes_read(project, run):
    page = ('<a href="https://www.facebook.com/sharer/sharer.php?u=https%3a%2f%2fnorthwind.io%2fa%3futm_source%3d'
            'facebook%26utm_medium%3dsocial%26utm_campaign%3dspring%2520sale&amp;t=Hi">fb</a>\n')
    root = project({"share.html": page})
    (record,) = json.loads(run("scan", "--no-cache", "--links", "share.html", cwd=root).out)
    assert record["url"] == "https://northwind.io/a?utm_source=facebook&utm_medium=social&utm_campaign=spring%20sale"
    assert record["utm_campaign"] == "spring sale"


def test_an_encoded_path_without_a_site_is_not_a_link(project, run):
    # `?next=%2Fdocs%3Futm_source%3Dx`: a path on a site the text does not name, and the link holding it has no tag
    root = project({"a.md": "[docs](https://northwind.io/login?next=%2Fdocs%3Futm_source%3Dapp)\n"})
    assert json.loads(run("scan", "--no-cache", "--links", "a.md", cwd=root).out) == []
