"""A browser extension that keeps one manifest per browser in a `manifest/` folder (RabbyHub/Rabby's
`src/manifest/chrome-mv3/manifest.json`, `src/manifest/firefox/manifest.json`; its build copies the browser's one
beside the code) is an extension's source as one with `manifest.json` beside its code is (scan.extension): a relative
link in its code may be opened on its site (Rabby opens `/desktop/profile?utm_source=debank` on its desktop site when
debank.com asks), so it is judged as a way into the site, not as a link between two pages of one site (corpus 9 #11:
utm-internal-link, wrong; blind: missing-utm-param). A `manifest/` folder holding no extension's manifest (a web app's
PWA manifests, no `manifest_version`) changes nothing.
"""

from __future__ import annotations

import json

CODE = 'export function openProfile() {\n  openInDesktop("/desktop/profile?utm_source=debank");\n}\n'


def _found(run, root):
    return [(f["path"], f["name"]) for f in json.loads(run("scan", "--format", "json", "--no-cache", ".", cwd=root).out)]


def _tree(tmp_path, manifest: str):
    (tmp_path / ".git").mkdir()
    (tmp_path / "src" / "manifest" / "chrome-mv3").mkdir(parents=True)
    (tmp_path / "src" / "manifest" / "chrome-mv3" / "manifest.json").write_text(manifest, encoding="utf-8")
    (tmp_path / "src" / "background").mkdir()
    (tmp_path / "src" / "background" / "internalMethod.ts").write_text(CODE, encoding="utf-8")
    return tmp_path


def test_per_browser_manifests_make_the_folder_an_extensions_source(run, tmp_path):
    root = _tree(tmp_path, '{"manifest_version": 3, "name": "Rabby Wallet"}\n')
    assert _found(run, root) == [("src/background/internalMethod.ts", "missing-utm-param")]


def test_a_manifest_folder_without_an_extensions_manifest_changes_nothing(run, tmp_path):
    root = _tree(tmp_path, '{"name": "Acme", "start_url": "/", "display": "standalone"}\n')
    assert _found(run, root) == [("src/background/internalMethod.ts", "utm-internal-link")]
