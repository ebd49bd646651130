"""A plugin published on WordPress.org, bundled into another project, is that plugin's code (corpus 37 #10 #11).

EdisonJesse/resilientphilippines keeps Konstantin Obenland's WP Display Header inside its premium theme
(`wp-content/themes/foreverwood-premium/functions/fe/wp-display-header/`): the plugin's header names its page and its
author's site with the author's tags (`Plugin URI: http://en.wp.obenland.it/wp-display-header/?utm_source=wordpress&
utm_medium=plugin&utm_campaign=wp-display-header`), and the site was told to put its own product's name in utm_source
(source-overrides-medium). Beside the plugin's PHP sits its WordPress.org readme (`=== WP Display Header ===`,
`Contributors: kobenland`, `Requires at least:`), which a published plugin ships with; the site's own plugins
(`wp-content/plugins/rp-resource-hub/`) have none, and a plugin whose readme names the repository or its owner is the
repository's own.
"""

from __future__ import annotations

import json
import subprocess

from utmlint.identity import bundled_wordpress_plugin, from_slug, library_folders
from utmlint.validate_url import validate_url

FOLDER = "wp-content/themes/foreverwood-premium/functions/fe/wp-display-header"
README = ("=== WP Display Header ===\nContributors: kobenland\nTags: admin, custom header, header image\n"
          "Requires at least: 3.2\nTested up to: 3.6\nStable tag: 2.1.0\n\nSelect a specific header image.\n")
PLUGIN_URI = ("http://en.wp.obenland.it/wp-display-header/?utm_source=wordpress&utm_medium=plugin"
              "&utm_campaign=wp-display-header")
HEADER = (f"<?php\n/**\n * Plugin Name: WP Display Header\n * Plugin URI:  {PLUGIN_URI}\n"
          " * Author:      Konstantin Obenland\n */\n")
SITE = from_slug("EdisonJesse/resilientphilippines")


def reader(files):
    return lambda folder, name: files.get(f"{folder}/{name}", "")


def test_a_bundled_wordpress_org_plugin_is_its_authors_code():
    read = reader({f"{FOLDER}/readme.txt": README})
    assert library_folders(SITE, FOLDER, read) == (FOLDER,)
    found = validate_url(PLUGIN_URI, repo="EdisonJesse/resilientphilippines", path=f"{FOLDER}/wp-display-header.php",
                         libraries=(FOLDER,)).findings
    assert not {f.name for f in found} & {"source-overrides-medium", "value-case", "medium-unassigned"}


def test_the_sites_own_plugin_and_the_plugins_own_repository_stay_their_own():
    own = "wp-content/plugins/rp-resource-hub"  # the site's own plugin: a header, no WordPress.org readme
    assert library_folders(SITE, own, reader({f"{own}/rp-resource-hub.php": HEADER})) == ()
    # a readme.txt that is no WordPress.org readme (no `=== name ===`, no Contributors)
    notes = reader({f"{FOLDER}/readme.txt": "Display header\n\nContributors: see AUTHORS\n"})
    assert library_folders(SITE, FOLDER, notes) == ()
    no_fields = reader({f"{FOLDER}/readme.txt": "=== WP Display Header ===\nContributors: kobenland\n"})
    assert library_folders(SITE, FOLDER, no_fields) == ()
    # the plugin's own repository, its source in a folder, and a plugin its owner contributes to
    def read(name):
        return README if name == "readme.txt" else ""

    assert not bundled_wordpress_plugin(from_slug("obenland/wp-display-header"), "src", read)
    assert not bundled_wordpress_plugin(from_slug("kobenland/plugins"), "wp-display-header", read)
    # a site's own plugin published on WordPress.org, its name naming the repository
    acme = README.replace("WP Display Header", "Acme Tools").replace("kobenland", "janedoe")
    assert not bundled_wordpress_plugin(from_slug("acme/site"), "wp-content/plugins/acme-tools",
                                        lambda name: acme if name == "readme.txt" else "")
    assert bundled_wordpress_plugin(SITE, FOLDER, read)
    # review49 F7: a team's plugins repository, each plugin in a folder of its own right below the root, its
    # WordPress.org user name not the GitHub owner's and its name sharing no word with the repository's
    smith = README.replace("WP Display Header", "SEO Booster").replace("kobenland", "psmith")
    for folder in ("seo-booster", "plugin", "trunk"):
        assert not bundled_wordpress_plugin(from_slug("pluginsmith-dev/wordpress-plugins"), folder,
                                            lambda name: smith if name == "readme.txt" else "")
    assert bundled_wordpress_plugin(from_slug("pluginsmith-dev/wordpress-plugins"), "vendor-plugins/seo-booster",
                                    lambda name: smith if name == "readme.txt" else "")


def test_scan_leaves_the_bundled_plugins_links_to_it(run, tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin",
                    "https://github.com/EdisonJesse/resilientphilippines.git"], check=True)
    plugin = tmp_path / FOLDER
    plugin.mkdir(parents=True)
    (plugin / "readme.txt").write_text(README, encoding="utf-8")
    (plugin / "wp-display-header.php").write_text(HEADER, encoding="utf-8")
    own = tmp_path / "wp-content/plugins/rp-resource-hub"
    own.mkdir(parents=True)
    (own / "rp-resource-hub.php").write_text(HEADER.replace("WP Display Header", "Resource Hub"), encoding="utf-8")
    found = {(f["path"], f["name"]) for f in json.loads(run("scan", "--format", "json", "--no-cache", ".",
                                                            cwd=tmp_path).out)}
    assert ("wp-content/plugins/rp-resource-hub/rp-resource-hub.php", "source-overrides-medium") in found
    assert not {path for path, _ in found} & {f"{FOLDER}/wp-display-header.php"}
