"""Whose repository a scanned tree is: the one thing `utmlint scan` knows about a link that the URL alone does not.

Read from the tree's own files, never executed and never asked of a network: the `origin` remote's URL in the git
config (`github.com/portainer/portainer`), `CNAME` (a GitHub Pages site's host) and package.json's `homepage` and
`repository`. The names it yields (owner, repository, the site's name) tell a brand's own links from links copied
out of that brand's site: `desktop.docker.com/...?utm_source=docker` in portainer/portainer carries Docker's
tags, in docker/docs Docker's own (copied-tracking). Unknown identity (no git config, a bare text on stdin, one URL
given to `validate`) means the rules that need it stay silent.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import FrozenSet, Iterable, Optional, Tuple

from .lazyregex import lazy_compile
from .records import NamedTuple

_REMOTE = lazy_compile(r'^\s*\[remote\s+"origin"\]\s*$', re.MULTILINE)
_URL = lazy_compile(r"^\s*url\s*=\s*(\S+)\s*$", re.MULTILINE)
# `https://github.com/owner/name(.git)`, `git@github.com:owner/name.git`, `ssh://git@host/owner/name`
_SLUG = lazy_compile(r"[/:]([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+?)(?:\.git)?/?$")
_WORDS = lazy_compile(r"[a-z0-9]+")
_MAX_READ = 64 * 1024
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu"})


class Identity(NamedTuple):
    """`slug`: how to name the repository in a message (`portainer/portainer`); `names`: its names, normalized."""

    slug: str
    names: FrozenSet[str]


def normalize(text: str) -> str:
    return "".join(_WORDS.findall(text.lower()))


def site_name(host: str) -> str:
    """`desktop.docker.com` -> `docker`; `example.co.uk` -> `example`: the name of the site a host belongs to."""
    labels = host.lower().rstrip(".").split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else labels[0]


def site_domain(host: str) -> str:
    """`desktop.docker.com` -> `docker.com`: the site's domain, as a message names it."""
    labels = host.lower().rstrip(".").split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


def from_slug(slug: str, more: Iterable[str] = ()) -> Optional[Identity]:
    """The identity of `owner/name` (the corpora's `repo` column), with any other names (site hosts) it has."""
    owner, _, name = slug.partition("/")
    if not owner or not name:
        return None
    names = set()
    for part in (owner, name, *more):
        names.add(normalize(part))
        names.update(_WORDS.findall(part.lower()))  # `buffer-extension-shared` is Buffer's: its words count
    return Identity(slug, frozenset(n for n in names if len(n) >= 3))


def owns(identity: Optional[Identity], name: str) -> bool:
    """Whether the repository is `name`'s own (a site's or a platform's name, any spelling)."""
    return identity is not None and normalize(name) in identity.names  # a word or the whole: `buffer-publish` is Buffer's


def read_identity(start: Path) -> Optional[Identity]:
    """The identity of the repository holding `start` (a file or folder), or None when nothing says whose it is."""
    try:
        folder = start.resolve()
    except OSError:
        return None
    if not folder.is_dir():
        folder = folder.parent
    for root in (folder, *folder.parents):
        git = root / ".git"
        if git.exists():
            return _identity_at(root, git)
    return None


def _read(path: Path) -> str:
    try:
        with open(path, "rb") as handle:
            return handle.read(_MAX_READ).decode("utf-8", "replace")
    except OSError:
        return ""


def _git_config(git: Path) -> str:
    if git.is_file():  # a worktree or submodule: `gitdir: <path>`, whose `commondir` holds the shared config
        line = _read(git).strip()
        if not line.startswith("gitdir:"):
            return ""
        gitdir = (git.parent / line[len("gitdir:"):].strip()).resolve()
        common = _read(gitdir / "commondir").strip()
        git = (gitdir / common).resolve() if common else gitdir
    return _read(git / "config")


def _remote_slug(config: str) -> Optional[str]:
    remote = _REMOTE.search(config)
    if remote is None:
        return None
    section = config[remote.end():]
    next_section = section.find("\n[")
    url = _URL.search(section if next_section == -1 else section[:next_section])
    slug = _SLUG.search(url.group(1)) if url else None
    return f"{slug.group(1)}/{slug.group(2)}" if slug else None


def _hosts(root: Path) -> Tuple[str, ...]:
    """Site hosts the tree names as its own: CNAME, package.json's homepage and repository."""
    hosts = []
    cname = _read(root / "CNAME").strip().split()
    if cname:
        hosts.append(site_name(cname[0]))
    text = _read(root / "package.json")
    if text:
        import json

        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if isinstance(data, dict):
            for key in ("homepage", "repository"):
                value = data.get(key)
                if isinstance(value, dict):
                    value = value.get("url")
                if isinstance(value, str):
                    host = re.match(r"(?:[a-z+]+:)?//([^/:@]+)", value)
                    if host and "github" not in host.group(1) and "gitlab" not in host.group(1):
                        hosts.append(site_name(host.group(1)))
                    else:
                        slug = _SLUG.search(value) or re.match(r"(?:github:)?([\w.-]+)/([\w.-]+)$", value)
                        if slug:
                            hosts.extend((slug.group(1), slug.group(2)))
    return tuple(hosts)


def _identity_at(root: Path, git: Path) -> Optional[Identity]:
    slug = _remote_slug(_git_config(git))
    hosts = _hosts(root)
    if slug is None:
        return None if not hosts else from_slug(f"{hosts[0]}/{hosts[0]}", hosts)
    return from_slug(slug, hosts)


def in_folder(identity: Optional[Identity], relpath: Optional[str]) -> Optional[Identity]:
    """`identity` with the names of the folders a file sits in: a library vendored into the repository lives in a
    folder named for it (`libraries/ckeditor/ckeditor.js`, corpus 6), and its links to its own site are its own."""
    if identity is None or not relpath:
        return identity
    folders = [normalize(part) for part in re.split(r"[/\\]", relpath)[:-1]]
    extra = frozenset(name for name in folders if len(name) >= 3) - identity.names
    return identity if not extra else Identity(identity.slug, identity.names | extra)
