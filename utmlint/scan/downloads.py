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


# A script's request: a URL that is an argument of a command fetching it (curl, wget, PowerShell's Invoke-WebRequest and
# Invoke-RestMethod and their aliases iwr and irm, HTTPie's http, https and xh at a command's start), in a shell script
# or a Dockerfile's `RUN`: no browser opens it and no page loads, so no GA4 tag reads its tags; only the URL as written
# is judged (review45 F19: `curl -s "https://api.acme.dev/v1/ping?utm_source=cli"` was told to add a medium).
_FETCH_COMMAND = re.compile(r"(?i)(?:^|[\s;&|(`])(?:curl|wget|invoke-webrequest|invoke-restmethod|iwr|irm)(?=\s)"
                            r"|(?:^|[;&|(`])\s*(?:sudo\s+)?(?:https?|xh)(?=\s)")
_SCRIPT_SUFFIXES = frozenset({".sh", ".bash", ".dockerfile"})


def script_file(path: str) -> bool:
    """Whether the file at `path` is a shell script or a container build file (scan.kind_suffix), whose lines run."""
    from . import kind_suffix

    name = re.split(r"[/\\]", path or "")[-1]
    return kind_suffix(name).lower() in _SCRIPT_SUFFIXES


def fetch_command(line: str) -> bool:
    """Whether the link's own line (its URL left out: scan.placement.own_line) runs a command that fetches it (curl,
    wget, Invoke-WebRequest, HTTPie), read in a file script_file names."""
    return _FETCH_COMMAND.search(line or "") is not None
