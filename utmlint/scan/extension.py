"""Whether a file belongs to a browser extension (or an app) whose relative links do not point into one web site.

A relative href in a web page leads to another page of the same site, so utm on it is utm-internal-link's finding.
In a browser extension's source it does not say where it goes: the Firefox Relay add-on's popup writes
`fullCtaHref: "/premium/?utm_source=fx-relay-addon&..."` and prefixes the Relay site's origin (a link from the
add-on to the site: external traffic, whose tags must stay), while another extension's `/options.html?...` stays
inside the extension. From the file alone scan cannot tell which, so it does not say "remove them": it judges the
link's tags as a campaign's, as a web app's launch URL's (a tagged link from the add-on is a way into the site, and
its `utm_medium=popup` lands in Unassigned there; a tag on a page of the extension itself measures nothing either way).
A request the extension's code sends (`fetch("/api/track?utm_source=...")`, an XHR's `open("POST", ...)`,
`sendBeacon`, axios, jQuery's `$.get`) is no link at all: it goes to the extension's own origin or an API, where no GA4
reads a visit (stranger14 R19), so it is left as any relative link's (request_argument).
An extension is known by its manifest: a `manifest.json` with a `manifest_version` (WebExtensions, Chrome) in the
file's folder or a folder above it, up to the repository's root (the folder holding `.git`), or one per browser in a
`manifest/` folder there (`src/manifest/chrome-mv3/manifest.json`, `src/manifest/firefox/manifest.json`: Rabby's
source, whose build copies the browser's manifest beside the code, corpus 9 #11).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Dict

_MAX_MANIFEST = 256 * 1024
_MAX_DEPTH = 24


# The opening of a request call right before its URL's quote: `fetch(`, `navigator.sendBeacon(`, `axios.post(`,
# `$.getJSON(`, `new Request(`, and an XHR's `open("POST", `. Not `window.open(` or `chrome.tabs.create({url:`,
# which open the link for the user.
_REQUEST = re.compile(r"(?:\b(?:fetch|sendBeacon|axios(?:\.(?:get|post|put|patch|delete|head|request))?|getJSON|ajax"
                      r"|new\s+Request)|\$\.(?:get|post)|\.open\s*\(\s*[\"'](?:GET|POST|PUT|PATCH|DELETE|HEAD)[\"']\s*,)"
                      r"\s*\(?\s*[\"'`]$")


def request_argument(text: str, start: int) -> bool:
    """Whether the URL at text[start:] is the address a request call sends to (`fetch("/api/...?utm_source=x")`)."""
    return _REQUEST.search(text, max(0, start - 80), start) is not None


class ExtensionFinder:
    """Memoised per folder: a tree of many files reads each folder's manifest.json at most once."""

    def __init__(self) -> None:
        self._folders: Dict[Path, bool] = {}

    def in_extension(self, path) -> bool:
        folder = Path(path).absolute().parent
        walked = []
        found = False
        for _ in range(_MAX_DEPTH):
            known = self._folders.get(folder)
            if known is not None:
                found = known
                break
            walked.append(folder)
            if _has_extension_manifest(folder):
                found = True
                break
            if (folder / ".git").exists() or folder.parent == folder:
                break
            folder = folder.parent
        for seen in walked:
            self._folders[seen] = found
        return found


_MAX_BROWSERS = 12  # the folders of a `manifest/` folder looked into (one per browser)


def _has_extension_manifest(folder: Path) -> bool:
    if _declares_extension(folder / "manifest.json"):
        return True
    per_browser = folder / "manifest"  # `manifest/<browser>/manifest.json`, one per browser
    try:
        if not per_browser.is_dir():
            return False
        browsers = sorted(child for child in per_browser.iterdir() if child.is_dir())[:_MAX_BROWSERS]
    except OSError:
        return False
    return any(_declares_extension(browser / "manifest.json") for browser in browsers)


def _declares_extension(manifest: Path) -> bool:
    try:
        if not manifest.is_file() or manifest.stat().st_size > _MAX_MANIFEST:
            return False
        return b'"manifest_version"' in manifest.read_bytes()
    except OSError:
        return False
