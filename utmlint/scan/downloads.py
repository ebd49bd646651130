"""A link a package manager downloads, read from the file it is written in: a Homebrew formula's or cask's `url` (and
`mirror`) stanza, the file `brew install` fetches (`url "https://downloads.snyk.io/cli/v1.1306.4/snyk-macos?utm_source=
HOMEBREW"`, then its `sha256`). No browser opens it and no page loads, so no analytics tag reads its utm values (only
the file server's logs could): utm-useless-destination says so, as it does for a link to a `.dmg` or a `.tar.gz`, and no
advice on the values is given (corpus 43 #11-#14, Snyk's tap: its binaries have no file extension, so the link alone
did not say it was a download; `missing-utm-param` and `value-case` there were labelled wrong).

A formula or cask, by where Homebrew reads one: a Ruby file (`.rb`) in a tap, a repository Homebrew names
`homebrew-<name>` (`brew tap owner/name` clones `owner/homebrew-name`), or in a `Formula/`, `HomebrewFormula/` or
`Casks/` folder of any repository (Homebrew's own layout, and a project keeping its formula beside its code). Read on
the link's own line, its URL left out (scan.placement.own_line, the reading the corpus judge stores): the stanza
opens it (`url "..."`, `url "...", verified: "..."`, `mirror "..."`). A formula's `homepage "..."` is a page, judged
as ever."""

from __future__ import annotations

import re

_FOLDERS = frozenset({"formula", "homebrewformula", "casks"})
# the line's URL is left out by own_line (`url " "`): the stanza's name, then the string that held it
_STANZA = re.compile(r"""^\s*(?:url|mirror)\s*\(?\s*(["'])\s*\1""")
HOMEBREW = "Homebrew"


def homebrew_file(path: str, repo: str = "") -> bool:
    """Whether the file at `path` (inside the repository `owner/name`, when known) is where Homebrew reads a formula or
    a cask: a `.rb` file in a tap (`homebrew-<name>`) or in a `Formula/`, `HomebrewFormula/` or `Casks/` folder."""
    parts = re.split(r"[/\\]", path or "")
    if not parts[-1].lower().endswith(".rb"):
        return False
    return repo.rpartition("/")[2].lower().startswith("homebrew-") or any(
        part.lower() in _FOLDERS for part in parts[:-1])


def download_stanza(line: str) -> bool:
    """Whether the link whose own line (its URL left out: scan.placement.own_line) is `line` is a formula's or cask's
    `url` or `mirror` stanza, read in a file homebrew_file names."""
    return _STANZA.match(line or "") is not None
