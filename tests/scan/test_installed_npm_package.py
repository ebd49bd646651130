"""A copy of a package npm installed is that package's code, wherever it sits (corpus 47 #22 #25).

The CU impact report site (CUCentralAdvancement/essential-cu) keeps foundation-sites 6.5.0 under
`public/impact-reports/picture-this/foundation-sites/`, copied out of node_modules: its package.json carries the fields
npm writes into a package it installs (`_id: foundation-sites@6.5.0`, `_resolved`, `_from`, `_requiredBy`). ZURB's
training link in its README (`http://zurb.com/university/...?utm_source=Github%20Repo&utm_medium=website`) and its docs
script's ad were told as the site's own (url-insecure, value-case, medium-unassigned). A vendored library was known
only directly inside a vendoring folder (`vendor/`, `lib/`, ...); npm's own fields say so in any folder.
"""

from __future__ import annotations

import json
import subprocess

from utmlint.identity import from_slug, installed_npm_package, library_folders
from utmlint.validate_url import validate_url

FOLDER = "public/impact-reports/picture-this/foundation-sites"
INSTALLED = {"_from": "foundation-sites", "_id": "foundation-sites@6.5.0", "_requiredBy": ["#USER", "/"],
             "_resolved": "https://registry.npmjs.org/foundation-sites/-/foundation-sites-6.5.0.tgz",
             "name": "foundation-sites", "version": "6.5.0",
             "repository": {"type": "git", "url": "git+https://github.com/zurb/foundation-sites.git"}}
TRAINING = ("http://zurb.com/university/advanced-foundation-training?utm_source=Github%20Repo&utm_medium=website"
            "&utm_campaign=readme&utm_content=readme%20training%20link")
CU = from_slug("CUCentralAdvancement/essential-cu")


def reader(files):
    return lambda folder, name: files.get(f"{folder}/{name}", "")


def test_an_installed_npm_packages_copy_is_another_projects_code():
    read = reader({f"{FOLDER}/package.json": json.dumps(INSTALLED)})
    assert library_folders(CU, FOLDER + "/docs/assets/js", read) == (FOLDER,)
    found = validate_url(TRAINING, repo="CUCentralAdvancement/essential-cu", path=f"{FOLDER}/README.md",
                         libraries=(FOLDER,)).findings
    assert not {f.name for f in found} & {"url-insecure", "value-case", "medium-unassigned"}


def test_a_package_json_without_npms_install_fields_or_naming_the_repository_is_its_own():
    source = {key: value for key, value in INSTALLED.items() if not key.startswith("_")}
    assert not installed_npm_package(CU, lambda name: json.dumps(source) if name == "package.json" else "")
    only_id = dict(source, _id="foundation-sites@6.5.0")  # an `_id` alone is no install record
    assert not installed_npm_package(CU, lambda name: json.dumps(only_id) if name == "package.json" else "")
    # npm's copy of the repository's own package (its repository the one scanned) stays its own
    zurb = from_slug("zurb/foundation-sites")
    assert not installed_npm_package(zurb, lambda name: json.dumps(INSTALLED) if name == "package.json" else "")
    assert library_folders(CU, FOLDER, reader({f"{FOLDER}/package.json": json.dumps(source)})) == ()


def test_scan_leaves_the_copys_links_to_it(run, tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin",
                    "https://github.com/CUCentralAdvancement/essential-cu.git"], check=True)
    copy = tmp_path / FOLDER
    copy.mkdir(parents=True)
    (copy / "package.json").write_text(json.dumps(INSTALLED), encoding="utf-8")
    (copy / "README.md").write_text(f"Take the [training]({TRAINING}).\n", encoding="utf-8")
    (tmp_path / "page.md").write_text(f"Our [training]({TRAINING}).\n", encoding="utf-8")
    found = {(f["path"], f["name"]) for f in json.loads(run("scan", "--format", "json", "--no-cache", ".",
                                                            cwd=tmp_path).out)}
    assert ("page.md", "medium-unassigned") in found
    assert not {path for path, _ in found} & {f"{FOLDER}/README.md"}
