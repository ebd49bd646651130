"""Web app manifests (`manifest.json`, `*.webmanifest`): the URLs an installed app is launched at.

A manifest's `start_url` (and a shortcut's `url`, a share target's `action`) is where the operating system
opens the site when someone launches the installed app: an entry point from outside, as a campaign link is,
not a link between two pages of the site. Its utm tags are how launches are counted, so a relative start URL
(`./?utm_source=web_app_manifest`, gohugoio/hugo's docs) is judged as a campaign's link (a missing medium is
still a finding), never as an internal link whose tags should go.
"""

from __future__ import annotations

import re
from pathlib import PurePath

# the key whose string value starts right where the URL does: `"start_url": "./?utm_source=x"`
_ENTRY_KEY = re.compile(r'"(?:start_url|url|action)"\s*:\s*"$')
_LOOK_BACK = 64


def is_manifest(path) -> bool:
    """Whether the file is a web app manifest, by its name: `manifest.json`, `site.webmanifest`, `*.webmanifest`."""
    name = PurePath(str(path)).name.lower()
    return name == "manifest.json" or name.endswith(".webmanifest")


def entry_point(path, text: str, start: int) -> bool:
    """Whether the URL written at `start` in `text` is a web app manifest's launch URL (`start_url`, or a
    shortcut's `url` or share target's `action` in a file that has a `start_url`)."""
    if not is_manifest(path) or _ENTRY_KEY.search(text[max(0, start - _LOOK_BACK):start]) is None:
        return False
    return '"start_url"' in text
