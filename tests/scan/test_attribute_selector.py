"""A URL written as an attribute selector's value (`document.querySelector('a[href*="https://...?utm_medium=menu..."]')`,
a stylesheet's `a[href="..."]`) matches a link written elsewhere; it is no link anyone follows, and advice on its tags
taken alone breaks the match. header-footer-elementor's admin script finds its upgrade menu item by its URL ("IMPORTANT:
If this URL changes, also update it in the `add_upgrade_to_pro` function"): scan told the selector to respell its
medium, as it tells the menu item's own link (corpus 8 #99, blind: wrong, the selector's copy in the admin CSS). The
link itself keeps every rule; the selector gets only the rules about the URL as written, as a code comment's link does.
"""

from __future__ import annotations

import json

import pytest

from utmlint.scan.examples import attribute_selector
from utmlint.validate_url import validate_url

URL = "https://ultimateelementor.com/pricing/?utm_source=wp-admin&utm_medium=menu&utm_campaign=uae-upgrade"
ADMIN = (
    "<?php\nfunction add_upgrade_to_pro() { ?>\n"
    f"<a href=\"{URL}\">Upgrade</a>\n"
    "<script>\n"
    "// IMPORTANT: If this URL changes, also update it in the `add_upgrade_to_pro` function.\n"
    f"const upgradeLink = document.querySelector('a[href*=\"{URL}\"]');\n"
    "</script>\n<?php }\n")


def test_the_selector_gets_no_advice_and_the_link_keeps_it(run, tmp_path):
    (tmp_path / "admin.php").write_text(ADMIN, encoding="utf-8")
    found = json.loads(run("scan", "--format", "json", "--no-cache", ".", cwd=tmp_path).out)
    assert [(f["line"], f["name"]) for f in found] == [(3, "medium-unassigned")]


@pytest.mark.parametrize("before,selector", [
    ("document.querySelector('a[href*=\"", True), ("#adminmenu a[href=\"", True), ("$(\"a[href^='", True),
    ("img[src=", True), ("<a href=\"", False), ("[link](", False), ("url = \"", False), ("", False)])
def test_attribute_selector_reads_the_text_before(before, selector):
    assert attribute_selector(before, len(before)) is selector


def test_validate_url_reads_the_line_it_is_given():
    line = f"const upgradeLink = document.querySelector('a[href*=\"{URL}\"]');"
    assert validate_url(URL, repo="brainstormforce/header-footer-elementor", path="inc/admin.php", line=line).findings == []
    assert "medium-unassigned" in [f.name for f in validate_url(URL, repo="brainstormforce/header-footer-elementor",
                                                               path="inc/admin.php").findings]
