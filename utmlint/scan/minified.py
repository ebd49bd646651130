"""Whether a code file is another project's minified build, from the file alone: a library copied into a site's
`js/` folder without its package manifest (identity.vendored_library needs one) is still someone else's code, and
the tags of its links are its authors' (a site builder's badge, `https://pyro.com?utm_campaign=brandjs`, in
checkov's `docs/web/js/pyro.js`: corpus 9 #38 was told to complete them).

A file is such a build when all three hold:
- it is minified: nearly all of its text (MINIFIED_SHARE) is on lines of MINIFIED_LINE characters or more, which
  nobody writes by hand;
- it is named for that project (`pyro.js`, `jquery-3.7.1.min.js`: a team's `app.min.js` that concatenates a
  library and its own code after it is the team's, review9 R10);
- it opens with the license banner minifiers keep (`/*! jQuery v3.7.1 | (c) OpenJS Foundation */`, `/**\\n *
  TinyMCE version 6.8.4 (2024-06-19)\\n */`, `/*!\\n * pyro: Front-end site library\\n * @license MIT`), whose first
  line names a project (a name of one to three words before its version, a `:`, a `|`, a `-` or a `(`), and the
  banner says what it is (a version, `@license`, a licence, a copyright).

A team's own bundle stays the team's: a banner whose project the repository owns (its name, a word of it, its
organisation's: identity.owns_site) is theirs, and so is a build with no banner or a banner that names no project
(webpack's `/*! For license information please see main.js.LICENSE.txt */`), unless the folder it was copied into
names it: a minified file below a folder named for a project the repository is not (not a folder every project has,
`assets/`, `js/`, `themes/`), whose file name names that project too, or whose code reads that project's global (`resource/tinymce/themes/modern/
theme.min.js` in Zotero calls `tinymce.util.Tools`; `freemius/assets/js/pricing/freemius-pricing.js` in a WordPress
plugin is Freemius' SDK: corpus 13 #139, corpus 12 #265). With no known repository nothing is decided here.

A tool's saved report and a page saved from another site are another program's output too: scan.saved.
"""

from __future__ import annotations

import re
from typing import Optional

from ..identity import Identity, normalize, owns_site

MINIFIED_LINE = 1000
MINIFIED_SHARE = 0.8
_SUFFIXES = frozenset({".js", ".mjs", ".cjs"})
_BANNER = re.compile(r"\A\ufeff?\s*(?:([\"'])use strict\1;?\s*)?/\*[!*]?([\s\S]{0,4000}?)\*/")
_SAYS_WHAT = re.compile(r"@license|\blicen[cs]e|\(c\)|©|copyright|\bv?\d+\.\d+", re.IGNORECASE)
# the project's name: up to three words, then its version, a `:`, `|`, ` - `, `(`, `<`, `,` or the line's end
_NAME = re.compile(r"([A-Za-z][\w.$@/-]*(?:[ \t]+[A-Za-z][\w.$-]*){0,2}?)[ \t]*"
                   r"(?:[:|(,<]|[ \t]-[ \t]|[ \t]+(?:v(?:ersion)?[ \t]*)?\d|$)", re.IGNORECASE)
_NOT_A_NAME = frozenset({"for", "this", "the", "see", "copyright", "license", "licensed", "all", "note", "begin"})


def minified(text: str) -> bool:
    long_chars = 0
    start = 0
    size = len(text)
    while start < size:
        end = text.find("\n", start)
        if end < 0:
            end = size
        if end - start >= MINIFIED_LINE:
            long_chars += end - start
        start = end + 1
    return size > 0 and long_chars >= MINIFIED_SHARE * size


def banner_project(text: str) -> str:
    """The project a file's opening license banner names (`jQuery`, `TinyMCE`, `pyro`), or ""."""
    found = _BANNER.match(text)
    if found is None:
        return ""
    body = found.group(2)
    if not _SAYS_WHAT.search(body):
        return ""
    first = next((line for line in (raw.strip(" \t*!") for raw in body.splitlines())
                  if line and not line.startswith("@")), "")  # Lodash's banner opens with `@license`
    named = _NAME.match(first)
    if named is None:
        return ""
    name = named.group(1).strip()
    if name.split()[0].lower() in _NOT_A_NAME:
        return ""
    return name


def foreign_build(text: str, path: str, identity: Optional[Identity]) -> str:
    """The project whose minified build the file at `path` is, when it is not the repository's own (see the
    module), or ""."""
    name_of_file = path.replace("\\", "/").rsplit("/", 1)[-1]
    suffix = name_of_file[name_of_file.rfind("."):].lower() if "." in name_of_file else ""
    if identity is None or suffix not in _SUFFIXES:
        return ""
    opened = text.lstrip("\ufeff \t\r\n").startswith(('/*', '"use strict"', "'use strict'"))
    name = banner_project(text) if opened else ""
    if not name:
        return _folder_build(text, path, identity)
    if not _named_for(name_of_file, name) or not minified(text):
        return ""
    words = [name, *(w for w in re.split(r"[\s./@-]+", name) if len(w) >= 4)]
    bare = re.sub(r"(?i)[.-]?js$", "", name)  # `Underscore.js` is underscore's
    if _versioned_copy(path, name):
        # a copy kept by version, as a CDN serves it (`instantsearch.js/4.73.2/`): the folders name the project the
        # build is, not the repository (corpus 21 #86)
        identity = identity._replace(names=identity.names - identity.folders)
    if any(normalize(w) and owns_site(identity, w) for w in (*words, bare)):
        return ""
    return name


# A folder named for a release: `4.73.2`, `v3.6.0`, `1.2`.
_VERSION_FOLDER = re.compile(r"v?\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?", re.IGNORECASE)


def _versioned_copy(path: str, project: str) -> bool:
    """Whether the build sits in a folder named for a release (`4.73.2`) inside a folder named for the banner's
    project (`static/js/3rd/instantsearch.js/4.73.2/instantsearch.production.min.js`): a library kept by version as a
    CDN serves it, which no team does with its own code; that folder's name is then the library's, not one of the
    repository's names (identity.in_folder counts it: Identity.folders)."""
    folders = path.replace("\\", "/").split("/")[:-1]
    return any(_VERSION_FOLDER.fullmatch(version) and _named_for(holder + ".js", project)
               and re.sub(r"(?i)[.-]?js$", "", holder).lower() not in _ANY_PROJECTS  # `app/1.2.0/`: anyone's
               for holder, version in zip(folders, folders[1:]))


def _named_for(file_name: str, project: str) -> bool:
    """Whether the file is named for the banner's project (`pyro.js`, `matomo-utn.js`, `jquery-3.7.1.min.js`): a
    team's `app.min.js` concatenating jQuery first and its own code after is the team's (review9 R10)."""
    stem = normalize(file_name.rsplit(".", 1)[0])
    words = [normalize(w) for w in re.split(r"[\s./@-]+", re.sub(r"(?i)[.-]?js$", "", project)) if len(w) >= 3]
    return any(w and w in stem for w in words)


# Folders any project has, which name no project: a build's folder of that name says nothing of whose it is.
_ANY_PROJECTS = frozenset({
    "app", "apps", "admin", "asset", "assets", "build", "builds", "bundle", "bundles", "client", "common", "component",
    "components", "core", "dist", "docs", "extension", "extensions", "files", "frontend", "backend", "includes",
    "javascript", "javascripts", "library", "libraries", "main", "media", "module", "modules", "node", "output",
    "package", "packages", "pages", "plugin", "plugins", "pricing", "public", "release", "resource", "resources",
    "script", "scripts", "server", "shared", "site", "source", "static", "style", "styles", "template", "templates",
    "theme", "themes", "third", "thirdparty", "vendor", "vendors", "view", "views", "web", "webroot", "www"})
_MENTIONS = 3  # how often a build's code reads a member of the project's global before it is that project's
# (`tinymce.util.Tools`: a word the code merely says, `lite` or `login-customizer`, is no library's global)


_LINK_HOST = re.compile(r"https?://(?:www\.)?([A-Za-z0-9.-]+\.[A-Za-z]{2,})", re.IGNORECASE)
_SOURCE = re.compile(r"utm_source=([\w.-]+)", re.IGNORECASE)


def _folder_build(text: str, path: str, identity: Identity) -> str:
    """The folder (below the root) a minified build sits in whose name is a project the repository is not, and which
    the build itself names: its code reads three members of that name (a library's global, `tinymce.util`), or its
    file name holds it and it links to that project's site (`freemius/.../freemius-pricing.js` linking freemius.com);
    "" for a build that links to the repository's own site or tags a link with the repository's name (a team's own
    `widget/widget.min.js` linking `formcraft.io/?utm_source=formcraft`: stranger12 R11), or when nothing says so."""
    from ..identity import from_slug, owns, owns_site, site_name

    parts = [part for part in path.replace("\\", "/").split("/")[:-1] if part]
    if not parts or not minified(text):
        return ""
    repository = from_slug(identity.slug)
    if repository is None:
        return ""  # no `owner/name`: every folder's name is already one of the identity's, nothing to tell apart
    sites = {normalize(site_name(host.lower())) for host in _LINK_HOST.findall(text)}
    if any(owns_site(repository, site) for site in sites if site) or \
            any(owns(repository, source) for source in _SOURCE.findall(text)):
        return ""  # the team's own build: it links to the repository's site, or names the repository as the source
    stem = normalize(path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0])
    for part in parts:
        word = re.sub(r"[-_.]?v?[0-9][0-9.]*$", "", part)
        key = normalize(word)
        if len(key) < 4 or key in _ANY_PROJECTS or owns(repository, key):
            continue
        if key in stem and any(site and (key.startswith(site) if len(site) >= 4 else key == site) for site in sites):
            return part  # named for the project whose site it links to
        if len(re.findall(rf"(?<![\w$./@-]){re.escape(word)}\.[A-Za-z_$]", text)) >= _MENTIONS:
            return part  # its code reads the project's global
    return ""
