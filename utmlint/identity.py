"""Whose repository a scanned file is in: the one thing `utmlint scan` knows about a link that the URL alone does not.

Read from the repository's own files, never executed and never asked of a network: the `origin` and `upstream`
remotes' URLs in the git config (`github.com/portainer/portainer`; a fork's upstream is the project it copies),
`CNAME` (a GitHub Pages site's host) and package.json's `homepage` and `repository`. Each file's repository is the
nearest folder above it holding `.git` (a submodule or a vendored checkout is its own repository), read once per
repository (Identities). The names it yields (owner, repository, the site's name) tell a brand's own links from
links copied out of that brand's site: `desktop.docker.com/...?utm_source=docker` in portainer/portainer carries
Docker's tags, in docker/docs Docker's own (copied-tracking). Unknown identity (no git repository, no remote and no
CNAME or package.json, a bare text on stdin, one URL checked alone through the Python API or MCP's
`validate_link`) means the rules that need it stay silent.

These files are the user's: read only as regular files of at most 64 KiB, never through a symbolic link (a
`CNAME -> /proc/self/environ` would put the environment into a finding), never blocking (a FIFO), and a failure
of any kind (unreadable, not UTF-8, a hostile package.json) means "unknown", never an error.
"""

from __future__ import annotations

import os
import re
import stat
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Dict, FrozenSet, Iterable, Optional, Sequence, Tuple

from .lazyregex import lazy_compile
from .records import NamedTuple

_REMOTE = lazy_compile(r'^\s*\[remote\s+"(origin|upstream)"\]\s*$', re.MULTILINE)
_URL = lazy_compile(r"^\s*url\s*=\s*(\S+)\s*$", re.MULTILINE)
# `https://github.com/owner/name(.git)`, `git@github.com:owner/name.git`, `ssh://git@host/owner/name`
_SLUG = lazy_compile(r"[/:]([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+?)(?:\.git)?/?$")
_WORDS = lazy_compile(r"[a-z0-9]+")
_HOSTNAME = lazy_compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]")
_MAX_READ = 64 * 1024
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "gouv", "gob", "govt", "go", "or", "ne", "mil"})


class Identity(NamedTuple):
    """`slug`: how to name the repository in a message (`portainer/portainer`); `names`: its names, normalized.
    `leading`: the names a brand's site name may lead (the organisation's, a vendored library's folder: `tinymce` is
    tiny.cloud's, where `sveltejsx`, a repository's own name, is not svelte.dev's). `library`: the folder below the
    root of another project's code the file sits in (a library vendored with its own manifest: in_folder), or "".
    `folders`: the names of `names` that only the folders the file sits in give (in_folder: `blog`, `observable` of
    `content/d3/concepts/observable/`), which name a vendored library's code or what a page is about, not the
    repository."""

    slug: str
    names: FrozenSet[str]
    leading: FrozenSet[str] = frozenset()
    library: str = ""
    folders: FrozenSet[str] = frozenset()


def normalize(text: str) -> str:
    return "".join(_WORDS.findall(text.lower()))


@lru_cache(maxsize=1)
def _hosting() -> FrozenSet[str]:
    """rules/hosting-suffixes.txt: platforms whose subdomains are their tenants' sites (`acme.github.io`)."""
    from .resources import rule_lines

    return frozenset(rule_lines("hosting-suffixes.txt"))


@lru_cache(maxsize=1)
def _affixes() -> Tuple[Tuple[str, ...], Tuple[str, ...]]:
    """rules/org-affixes.txt: (prefixes, suffixes) around a site's name in its organisation's (`sveltejs`)."""
    from .resources import rule_lines

    lines = rule_lines("org-affixes.txt")
    return (tuple(normalize(a) for a in lines if a.endswith("-")),
            tuple(normalize(a) for a in lines if a.startswith("-")))


@lru_cache(maxsize=1)
def _owners() -> Dict[str, str]:
    """rules/site-owners.txt: each listed site's name (site_name) -> the name of the company's first site."""
    from .resources import rules_dir

    owners: Dict[str, str] = {}
    for line in (rules_dir() / "site-owners.txt").read_text(encoding="utf-8").splitlines():
        names = [site_name(domain) for domain in line.split("#", 1)[0].lower().split()]
        for name in names:
            owners.setdefault(name, names[0])
    return owners


def owner_site(name: str) -> str:
    """The site a site's name counts as (rules/site-owners.txt: `percy` -> `browserstack`, one company's two
    domains), else the name itself."""
    return _owners().get(name, name) if name else name


def _site_labels(host: str) -> Tuple[str, ...]:
    """The labels of the site a host belongs to: `desktop.docker.com` -> (docker, com), `example.co.uk` ->
    (example, co, uk), `docs.acme.github.io` -> (acme, github, io): a hosting platform's tenant is the site."""
    labels = host.lower().rstrip(".").split(".")
    hosting = _hosting()
    for keep in (3, 2):
        if len(labels) > keep and ".".join(labels[-keep:]) in hosting and labels[-keep - 1] != "www":
            return tuple(labels[-keep - 1:])
    # `www.gob.mx`, `www.govt.nz`, `www.gov.uk`: the registry's own portal is the site `gob.mx`, never one named `www`
    # (every such portal would be one site, and a repository named `www` would own them all: stranger12 R6)
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 \
        and labels[-3] != "www" else 2
    return tuple(labels[-keep:])


def site_name(host: str) -> str:
    """`desktop.docker.com` -> `docker`; `example.co.uk` -> `example`; `acme.github.io` -> `acme`: the name of the
    site a host belongs to."""
    return _site_labels(host)[0]


def site_domain(host: str) -> str:
    """`desktop.docker.com` -> `docker.com`, `acme.github.io/docs` -> `acme.github.io`: the site, as a message
    names it."""
    return ".".join(_site_labels(host))


def from_slug(slug: str, more: Iterable[str] = (), owners: Iterable[str] = ()) -> Optional[Identity]:
    """The identity of `owner/name` (the corpora's `repo` column), with any other names (site hosts) it has and the
    other organisations it belongs to (a fork's upstream owner)."""
    owner, _, name = slug.partition("/")
    if not owner or not name:
        return None
    names = set()
    for part in (owner, name, *more):
        names.add(normalize(part))
        # `buffer-extension-shared` is Buffer's: its words count; the organisation's but an affix in its place
        names.update(_brand_words(part) if part is owner else _WORDS.findall(part.lower()))
    leading = frozenset(n for o in (owner, *owners) for n in (normalize(o), _core(o)) if len(n) >= 4)
    return Identity(slug, frozenset(n for n in names if len(n) >= 3), leading)


def _brand_words(part: str) -> Tuple[str, ...]:
    """The words of an organisation's name that may each be a brand's: all of them but an affix in its place
    (rules/org-affixes.txt: `labs` ending `acme-labs`, `get` leading `get-acme`), which says how the brand is spelled
    and names no brand of its own: `acme-inc/www` is not inc.com's, nor `acme-dev/blog` dev.to's, nor `acme-tech/site`
    tech.co's (those sites' own tags copied with a link were taken for the team's: copied-tracking held back,
    value-case told on them, `scan --fix` respelled them). A name of one word is kept whole (an organisation named
    `labs`), and a word elsewhere is a word (`inc-magazine`)."""
    words = _WORDS.findall(part.lower())
    if len(words) < 2:
        return tuple(words)
    prefixes, suffixes = _affixes()
    return tuple(w for i, w in enumerate(words)
                 if not (i == 0 and w in prefixes or i == len(words) - 1 and w in suffixes))


def _core(organisation: str) -> str:
    """An organisation's name without the affix brands spell theirs with (rules/org-affixes.txt): `acme-labs` ->
    `acme`, `getsentry` -> `sentry`, normalized; "" when it has none. The team's sites lead with it or carry another
    affix (review46 F13/F15: `acme-labs` on GitHub, getacme.com and acmehq.com on the web: its own tags on them were
    told copied-tracking)."""
    name = normalize(organisation)
    prefixes, suffixes = _affixes()
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[:-len(suffix)]
    for prefix in prefixes:
        if name.startswith(prefix) and len(name) > len(prefix):
            return name[len(prefix):]
    return ""


def owns(identity: Optional[Identity], name: str) -> bool:
    """Whether the repository is `name`'s own (a site's or a platform's name, any spelling): a name or word of the
    repository is the name (`buffer-publish` is Buffer's), or the name with an affix organisations are often
    spelled with (rules/org-affixes.txt: `sveltejs` is svelte's, `getsentry` sentry's)."""
    if identity is None:
        return False
    return _owned_by(identity.names, normalize(name))


def _owned_by(names: FrozenSet[str], wanted: str) -> bool:
    """owns, on the names given: `wanted` is one of them, or one with an affix (rules/org-affixes.txt)."""
    if wanted in names:
        return True
    if len(wanted) < 4:
        return False
    prefixes, suffixes = _affixes()
    return any(n[len(wanted):] in suffixes for n in names if n.startswith(wanted)) or \
        any(n[:-len(wanted)] in prefixes for n in names if n.endswith(wanted))


def _repository_name_parts(identity: Identity) -> Tuple[FrozenSet[str], FrozenSet[str]]:
    """(words, whole) of the repository's own name that are not also its owner's: its words (`someone/notion-
    enhancer`: notion, enhancer), never the brand's, and its whole name (notionenhancer; a domain's site name,
    `AykutSarac/jsoncrack.com`: jsoncrack), the site's only as it is, with no affix (`someone/stripe-go`, a client
    library, is not stripe.com's the way `getsentry` is sentry's)."""
    owner, slash, name = identity.slug.partition("/")
    if not slash or not name:
        return frozenset(), frozenset()
    owners = {normalize(owner), *_WORDS.findall(owner.lower())}
    whole = {normalize(name)}
    if "." in name.strip("."):  # a site's repository named for its domain
        whole.add(normalize(site_name(name.strip("."))))
    return frozenset(_WORDS.findall(name.lower())) - whole - owners, frozenset(whole - owners)


def owns_site(identity: Optional[Identity], site: str) -> bool:
    """Whether the site named `site` (`tiny` for tiny.cloud) is the repository's own: it owns the name (owns, the
    words of the repository's own name left out: its owner's and upstreams' names, its hosts, the vendored library's
    folder, the repository's whole name), or the name, 4 letters or more, leads the name of the repository's organisation or of the vendored
    library the file is in (Identity.leading): an organisation or a library named `<site><more>` is the site's
    (`tinymce` is tiny.cloud's, `dockersamples` docker.com's). Asked only of a link to that very site whose utm_source
    is the site's name (copied-tracking's site-owns-its-tags test): a repository's own name counts only whole (a
    project is often its author's, `lukevella/rallly` rallly.co's and `WPChill/download-monitor` download-monitor.com's,
    corpora 4 and 6; a name that is a domain by its site's name, `AykutSarac/jsoncrack.com`; never with an affix,
    `someone/stripe-go`), never by one of its words (`someone/notion-enhancer` is not notion.so's, stranger8 S19), nor
    as a name a site's leads (`acme/sveltejsx` is not svelte.dev's), nor does a platform named in a share marker
    (`pocketbase` is not Pocket's). An organisation's name with an affix is its site's (`checklyhq` is checkly's, as
    `getsentry` is sentry's the other way round).
    Corpus 7 #210-#214: tinymce/tinymce's own `utm_source=tiny` on tiny.cloud was called copied."""
    if identity is None:
        return False
    wanted = normalize(site)
    words, whole = _repository_name_parts(identity)
    if wanted in whole or _owned_by(identity.names - words - whole, wanted):
        return True
    if len(wanted) >= 4 and any(n.startswith(wanted) for n in identity.leading):
        return True
    # and a site named for the organisation with an affix brands spell their sites with (rules/org-affixes.txt):
    # checkly's site is checklyhq.com (its headless-recorder README's own logo link, corpus 23), acme's acmecloud.app
    prefixes, suffixes = _affixes()
    return any(wanted.startswith(n) and wanted[len(n):] in suffixes or wanted.endswith(n) and wanted[:-len(n)] in prefixes
               for n in identity.leading)


def read_identity(start: Path) -> Optional[Identity]:
    """The identity of the repository holding `start` (a file or folder), or None when nothing says whose it is."""
    root = repository_root(start)
    return None if root is None else identity_at(root)


def repository_root(start: Path) -> Optional[Path]:
    """The nearest folder at or above `start` holding `.git` (a folder, or a worktree's or submodule's file)."""
    try:
        folder = Path(os.path.abspath(start))
        if not folder.is_dir():
            folder = folder.parent
        for root in (folder, *folder.parents):
            if os.path.lexists(root / ".git"):
                return root
    except (OSError, ValueError):
        pass
    return None


def identity_at(root: Path) -> Optional[Identity]:
    """The identity of the repository at `root`; None when unknown or when reading it failed in any way."""
    try:
        return _identity_at(root, root / ".git")
    except (OSError, ValueError, RecursionError, MemoryError, UnicodeError):
        return None


class Identities:
    """Each file's repository identity, read once per repository: the same file gets the same verdict whatever
    else is scanned with it and in whatever order."""

    def __init__(self) -> None:
        self._roots: Dict[str, Optional[Path]] = {}
        self._identities: Dict[Path, Optional[Identity]] = {}
        self._by_folder: Dict[str, Optional[Identity]] = {}  # a file's identity depends only on its folder
        self._manifests: Dict[Tuple[Path, str, str], str] = {}  # (root, folder, file) -> a library's manifest text
        self._published: Dict[Path, str] = {}  # root -> the host its site is published on (published_host)
        self._plain: Dict[Path, bool] = {}  # root -> whether its site is served as plain HTML (plain_html_site)
        self._apps: Dict[Path, str] = {}  # root -> the host its web app's root layout names (app_host)
        self._app_roots: Dict[Path, Optional[Path]] = {}  # root -> itself when it holds a web app's `app/` (in_app)
        self._app_folders: Dict[str, Optional[Path]] = {}  # folder -> the web app's folder it is in (_app_folder)
        self._site_folders: Dict[str, str] = {}  # folder below the root -> the host a site config above it names
        self._linked: Dict[Path, Tuple[str, ...]] = {}  # root -> the hosts its Google tag links with it (linked_hosts)

    def for_file(self, path) -> Optional[Identity]:
        """The identity of `path`'s repository, with the names of the folders between it and the file."""
        return self.for_folder(os.path.dirname(os.path.abspath(path)))

    def in_repository(self, path) -> Optional[str]:
        """`path` relative to its repository's root (`/`-separated), or None outside any repository: the folders a
        repository's own path names (`tests/`, `sponsors/`), never those it was checked out under."""
        absolute = os.path.abspath(path)
        root = self._root(os.path.dirname(absolute))
        if root is None:
            return None
        try:
            return Path(absolute).relative_to(root).as_posix()
        except ValueError:
            return None

    def for_folder(self, folder: str) -> Optional[Identity]:
        """The identity of the files in `folder` (absolute, normalized): a file's depends on its folder alone."""
        found = self._by_folder.get(folder, False)
        if found is not False:
            return found
        root = self._root(folder)
        if root is None:
            found = None
        else:
            identity = self._identities.get(root, False)
            if identity is False:
                identity = self._identities[root] = identity_at(root)
            found = identity
            if identity is not None:  # with the folders below the root, as in_folder reads them (`a/b/` + the file)
                below = folder[len(str(root)):].strip(os.sep).replace(os.sep, "/")
                libraries = library_folders(identity, below, self._library_reader(root)) if below else ()
                found = in_folder(identity, below + "/" if below else "", libraries)
        self._by_folder[folder] = found
        return found

    def published_host(self, path) -> str:
        """The host the site of `path`'s repository is published on (published_host: its CNAME or site generator's
        config), or "": read once per repository; in a monorepo, where a site is a folder of its own
        (`docs/docusaurus.config.js`: newuser49 F4), the nearest folder above `path` naming one is read first, each
        folder once."""
        folder = os.path.dirname(os.path.abspath(path))
        root = self._root(folder)
        if root is None:
            return ""
        found = self._nearest(self._site_folders, folder, str(root), _folder_site, "")
        if found:
            return found
        return self._once_per_root(self._published, path, lambda root: published_host(lambda name: _read(root / name)),
                                   "")

    def markdown_pages(self, path) -> bool:
        """Whether the Markdown files of `path`'s repository may be its site's pages: not when the site is served as
        plain HTML (plain_html_site: `.nojekyll`, no generator), where they are notes beside it. Read once per
        repository; True for a file in no repository."""
        return not self._once_per_root(self._plain, path, lambda root: plain_html_site(os.listdir(root)), False)

    def app_host(self, path) -> str:
        """The host the web app of `path`'s repository names as its own (app_host: Next.js' `metadataBase`), or "":
        read once per repository; in a monorepo, where the app is a folder of its own (`apps/web/`, its root layout
        `apps/web/app/layout.tsx`: newuser49 F3), the nearest folder above `path` holding an `app/` (or `src/app/`)
        folder is read first, once per such folder."""
        root = self._root(os.path.dirname(os.path.abspath(path)))
        if root is None:
            return ""
        folder = self._app_folder(os.path.dirname(os.path.abspath(path)), str(root))
        if folder is not None:
            if folder not in self._apps:
                try:
                    self._apps[folder] = app_host(lambda name: _read(folder / name), _segment_folders(folder))
                except (OSError, ValueError, RecursionError, MemoryError, UnicodeError):
                    self._apps[folder] = ""
            if self._apps[folder]:
                return self._apps[folder]
        return self._once_per_root(self._apps, path, lambda root: app_host(lambda name: _read(root / name),
                                                                           _segment_folders(root)), "")

    def in_app(self, path) -> Optional[str]:
        """`path` relative to the folder holding its web app (`/`-separated): the nearest folder above it holding an
        `app/` or `src/app/` folder (_app_folder; `apps/web/` in a monorepo), else its repository's root when that holds
        one; None when no such app holds it. `content/blog/launch.mdx` is a post of the app in `apps/web/`, a folder
        its code reads its posts from (linkplace.app_content: newuser49 F8)."""
        absolute = os.path.abspath(path)
        folder = os.path.dirname(absolute)
        root = self._root(folder)
        if root is None:
            return None
        app = self._app_folder(folder, str(root))
        if app is None:
            app = self._once_per_root(self._app_roots, path, lambda root: _app_root(str(root)), None)
        if app is None:
            return None
        try:
            return Path(absolute).relative_to(app).as_posix()
        except ValueError:
            return None

    def _app_folder(self, folder: str, root: str) -> Optional[Path]:
        """The nearest folder from `folder` up to `root` (not `root` itself) holding a web app's `app/` or `src/app/`
        folder, or None; remembered for every folder on the way up."""
        return self._nearest(self._app_folders, folder, root, _app_root, None)

    @staticmethod
    def _nearest(memo: Dict[str, Any], folder: str, root: str, test: Callable[[str], Any], nothing: Any) -> Any:
        """The first answer other than `nothing` that `test` gives for a folder from `folder` up to `root` (not `root`
        itself), else `nothing`: remembered in `memo` for every folder on the way up."""
        walked = []
        found = nothing
        current = folder
        while current != root and current.startswith(root + os.sep):
            known = memo.get(current, _UNSEEN)
            if known is not _UNSEEN:
                found = known
                break
            walked.append(current)
            try:
                answer = test(current)
            except (OSError, ValueError, RecursionError, MemoryError, UnicodeError):
                answer = nothing
            if answer != nothing:
                found = answer
                break
            current = os.path.dirname(current)
        for name in walked:
            memo[name] = found
        return found

    def linked_hosts(self, path) -> Tuple[str, ...]:
        """The hosts the Google tag of `path`'s repository's site measures as one property with it (linked_hosts: the
        cross-domain linker's `domains`), or (): read once per repository."""
        return self._once_per_root(self._linked, path, lambda root: linked_hosts(lambda name: _read(root / name)), ())

    def _once_per_root(self, memo: Dict[Path, object], path, read, nothing):
        """`read(root)` for the root of `path`'s repository, read once per repository (memo: root -> answer);
        `nothing` for a file in no repository, or when the root's files cannot be read."""
        root = self._root(os.path.dirname(os.path.abspath(path)))
        if root is None:
            return nothing
        if root not in memo:
            try:
                memo[root] = read(root)
            except (OSError, ValueError, RecursionError, MemoryError, UnicodeError):
                memo[root] = nothing
        return memo[root]

    def _library_reader(self, root: Path):
        """read(folder, name) for library_folders: each manifest of the tree read once per run."""
        memo = self._manifests

        def read(sub: str, name: str) -> str:
            key = (root, sub, name)
            text = memo.get(key)
            if text is None:
                text = memo[key] = _read(root / sub / name)
            return text

        return read

    def _root(self, folder: str) -> Optional[Path]:
        """repository_root, remembered for every folder on the way up (a docs tree's folders share their parents)."""
        walked = []
        current = folder
        while True:
            known = self._roots.get(current, False)
            if known is not False:
                root = known
                break
            walked.append(current)
            try:
                if os.path.lexists(os.path.join(current, ".git")):
                    root = Path(current)
                    break
            except (OSError, ValueError):
                root = None
                break
            parent = os.path.dirname(current)
            if parent == current:
                root = None
                break
            current = parent
        for name in walked:
            self._roots[name] = root
        return root


def _read(path: Path) -> str:
    """A small regular file's text, never through a symlink and never blocking; "" for anything else."""
    from .safeio import ReadRefused, read_regular

    try:
        return read_regular(path, _MAX_READ, "a repository's identity file", follow=False).decode("utf-8")
    except (ReadRefused, OSError, ValueError):
        return ""


_UNSEEN = object()  # Identities._nearest: a folder not walked yet


def _folder_site(folder: str) -> str:
    """The host a folder's own CNAME or site generator's config names (published_host), "" when its listing holds
    none: a monorepo's site in a folder of its own (`docs/docusaurus.config.js`)."""
    names = frozenset(os.listdir(folder))
    if not names.intersection(_SITE_CONFIG_NAMES):
        return ""
    return published_host(lambda name: _read(Path(folder) / name) if name.split("/")[0] in names else "")


def _app_root(folder: str) -> Optional[Path]:
    """The folder itself when it holds a web app's `app/` or `src/app/` folder (and is none of them), else None."""
    if os.path.basename(folder) in ("app", "src"):
        return None
    return Path(folder) if any(os.path.isdir(os.path.join(folder, *base)) for base in (("app",), ("src", "app"))) \
        else None


def _git_config(git: Path) -> str:
    info = os.lstat(git)
    if stat.S_ISREG(info.st_mode):  # a worktree or submodule: `gitdir: <path>`, whose `commondir` holds the config
        line = _read(git).strip()
        if not line.startswith("gitdir:"):
            return ""
        gitdir = (git.parent / line[len("gitdir:"):].strip()).resolve()
        common = _read(gitdir / "commondir").strip()
        git = (gitdir / common).resolve() if common else gitdir
    elif not stat.S_ISDIR(info.st_mode):
        return ""  # a symlinked `.git`: not followed (it can point anywhere)
    return _read(git / "config")


def _remote_slugs(config: str) -> Tuple[str, ...]:
    """The `owner/name` of the origin remote, then the upstream one's (a fork's project), when they have one."""
    found = {}
    for remote in _REMOTE.finditer(config):
        section = config[remote.end():]
        next_section = section.find("\n[")
        url = _URL.search(section if next_section == -1 else section[:next_section])
        slug = _SLUG.search(url.group(1)) if url else None
        if slug:
            found.setdefault(remote.group(1), f"{slug.group(1)}/{slug.group(2)}")
    return tuple(found[name] for name in ("origin", "upstream") if name in found)


def _hostname(text: str) -> Optional[str]:
    text = text.strip().lower().rstrip(".")
    return text if len(text) <= 253 and _HOSTNAME.fullmatch(text) else None


# A static site generator's config names the site it builds, for a site on Netlify, Vercel or Cloudflare Pages that
# has no CNAME file (stranger10 R3): the file at the repository's root, and the key naming the site's URL.
_SITE_CONFIGS = (
    (("hugo.toml", "hugo.yaml", "hugo.yml", "config.toml", "config.yaml", "config.yml")
     + tuple(f"config/_default/{name}" for name in ("hugo.toml", "hugo.yaml", "hugo.yml", "config.toml",
                                                    "config.yaml", "config.yml")),  # Hugo's config folder
     lazy_compile(r"^baseurl\s*[=:]\s*[\"']?https?://([^/\"'\s:]+)", re.IGNORECASE | re.MULTILINE)),  # Hugo
    (("_config.yml", "_config.yaml"), lazy_compile(r"^url\s*:\s*[\"']?https?://([^/\"'\s:]+)", re.MULTILINE)),  # Jekyll
    (("mkdocs.yml", "mkdocs.yaml"), lazy_compile(r"^site_url\s*:\s*[\"']?https?://([^/\"'\s:]+)", re.MULTILINE)),
    (("astro.config.mjs", "astro.config.ts", "astro.config.js"),
     lazy_compile(r"\bsite\s*:\s*[\"'`]https?://([^/\"'`\s:]+)")),  # Astro
    (("docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs"),
     lazy_compile(r"^\s*url\s*:\s*[\"'`]https?://([^/\"'`\s:]+)", re.MULTILINE)),  # Docusaurus
    (("gatsby-config.js", "gatsby-config.ts", "gatsby-config.mjs"),
     lazy_compile(r"\bsiteUrl\s*:\s*[\"'`]https?://([^/\"'`\s:]+)")),  # Gatsby
)

# The names a folder's listing holds when it may name a site (published_host): a CNAME, a generator's config (or its
# folder: Hugo's `config/`, VitePress' `.vitepress/`)
_SITE_CONFIG_NAMES = frozenset({"CNAME", ".vitepress", *(name.split("/")[0] for names, _ in _SITE_CONFIGS
                                                         for name in names)})

# Next.js' root layout names the site's own address as the base of its pages' metadata (canonical, Open Graph):
# `metadataBase: new URL("https://www.mechatronicstore.cl")`, or a constant the layout declares (`const BASE_URL =
# "https://..."`, `process.env.NEXT_PUBLIC_SITE_URL ?? "https://..."`: the literal is the fallback): the host the
# site's pages are served on, read for a Next.js site with no CNAME (corpus 27 #51-#58: a blog served on its shop's
# host by a reverse proxy). Only `metadataBase`, Next.js' key for the site's own URL: never any `*_URL` constant, which
# names APIs and other sites (`API_BASE_URL = "https://api.stripe.com"`) as often as the site.
_LAYOUT_SUFFIXES = ("tsx", "ts", "jsx", "js")
_NEXT_LAYOUTS = tuple(f"{folder}app/layout.{suffix}" for folder in ("", "src/") for suffix in _LAYOUT_SUFFIXES)
# the root layout under next-intl's dynamic segment, for those that list the files read (benchmarks' corpus_scan)
_NEXT_LOCALE_LAYOUTS = tuple(f"{folder}app/[{segment}]/layout.{suffix}" for folder in ("", "src/")
                             for segment in ("locale", "lang") for suffix in _LAYOUT_SUFFIXES)
_METADATA_BASE = lazy_compile(r"\bmetadataBase\s*:\s*new\s+URL\(\s*([^()\n]{1,200})\)")
_LITERAL_HOST = lazy_compile(r"[\"'`]https?://([^/\"'`\s:$]+)")
_IDENTIFIER = lazy_compile(r"[A-Za-z_$][\w$]*")


def _next_metadata_host(text: str) -> Optional[str]:
    """The host a Next.js root layout's `metadataBase` names: a literal in `new URL(...)`, or in the declaration of
    the one constant it names (`const BASE_URL = "https://www.x.com"`); None when neither holds one."""
    found = _METADATA_BASE.search(text)
    if found is None:
        return None
    argument = found.group(1)
    literal = _LITERAL_HOST.search(argument)
    if literal is None:
        name = _IDENTIFIER.fullmatch(argument.strip())
        if name is None:
            return None
        declared = re.search(r"\b(?:const|let|var)\s+" + re.escape(name.group())
                             + r"\s*(?::\s*[\w.]+\s*)?=\s*([^;\n]{1,200})", text)
        literal = _LITERAL_HOST.search(declared.group(1)) if declared else None
    return literal.group(1) if literal else None


# Hugo names a multilingual site per language (`languages: en: baseURL: https://digital.canada.ca/` in YAML,
# `[languages.en]` then `baseURL = "..."` in TOML; Hugo's keys take any case): the first language's is the site's.
_HUGO_LANGUAGES = lazy_compile(r"^\[?languages\b", re.IGNORECASE | re.MULTILINE)
_HUGO_LANGUAGE_URL = lazy_compile(r"^[ \t]*baseurl\s*[=:]\s*[\"']?https?://([^/\"'\s:]+)", re.IGNORECASE | re.MULTILINE)


def _hugo_language_url(text: str):
    """The match of the first language's `baseURL` in a Hugo config that has a `languages` table, or None."""
    languages = _HUGO_LANGUAGES.search(text)
    return _HUGO_LANGUAGE_URL.search(text, languages.end()) if languages else None


# VitePress' config, where a site published under a path of a bigger site says so and names no host of its own
# (`base: "/docs"`: MerginMaps/docs, served at merginmaps.com/docs, corpus 17 #18).
_VITEPRESS_CONFIGS = tuple(f"{folder}.vitepress/config.{suffix}" for folder in ("", "docs/", "src/")
                           for suffix in ("mts", "ts", "mjs", "js"))
_PATH_BASE = lazy_compile(r"^\s*base\s*:\s*[\"'`](/[A-Za-z0-9_-]+)/?[\"'`]", re.MULTILINE)

# Where a repository says its site is served: its README (`hosted on [merginmaps.com/docs](https://merginmaps.com/docs)`)
_SERVED_AT = ("README.md", "readme.md", "README.rst", "README")

# The files _SITE_CONFIGS reads at a repository's root (benchmarks/corpus_scan/measure.py writes them too).
# Where a site loads its Google tag, as text at the repository's root (never run): Next.js' root layouts and custom
# document or app, a single-page app's or plain site's `index.html`, SvelteKit's `src/app.html`, Gatsby's config (its
# gtag plugin's `gtagConfig`), Nuxt's config (its `head` scripts), Astro's base layouts, Hugo's and Jekyll's head and
# analytics partials and base layouts.
_TAG_FILES = (_NEXT_LAYOUTS
              + tuple(f"{folder}pages/{name}.{suffix}" for folder in ("", "src/") for name in ("_document", "_app")
                      for suffix in ("tsx", "jsx", "js", "ts"))
              + ("index.html", "public/index.html", "src/index.html", "src/app.html", "gatsby-config.js",
                 "gatsby-config.ts", "nuxt.config.ts", "nuxt.config.js", "src/layouts/Layout.astro",
                 "src/layouts/BaseLayout.astro", "src/layouts/Base.astro", "src/components/BaseHead.astro")
              + tuple(f"layouts/{name}.html" for name in ("partials/head", "partials/analytics", "partials/gtag",
                                                          "partials/google-analytics", "_default/baseof"))
              + tuple(f"{name}.html" for name in ("_includes/head", "_includes/analytics", "_includes/gtag",
                                                  "_includes/google-analytics", "_layouts/default")))

SITE_CONFIG_FILES = tuple(dict.fromkeys(tuple(name for names, _ in _SITE_CONFIGS for name in names) + _NEXT_LAYOUTS
                                        + _NEXT_LOCALE_LAYOUTS + _VITEPRESS_CONFIGS + _SERVED_AT + _TAG_FILES))


# The Google tag's cross-domain linker: the hosts a site's GA4 (or Universal Analytics) tag measures as one property
# with the site, carrying the visitor's id across in the `_gl` parameter it adds to links to them. gtag.js
# `gtag('config', 'G-...', { linker: { domains: ['shiptime.com', 'shiptimelandin.com'] } })` or `gtag('set',
# 'linker', { 'domains': [...] })`; analytics.js `ga('linker:autoLink', ['example-2.com'])` (any tracker's). A link
# from the site to one of them goes inside one property, where utm tags restart the visit and take its credit from
# the channel that brought it (corpus 30 #15 #17-#20: ShipTime's landing site to app.shiptime.com).
_LINKER_DOMAINS = lazy_compile(r"""\blinker["']?\s*[:,]\s*\{[^{}]{0,300}?\bdomains["']?\s*:\s*\[([^\[\]]{0,1000})\]""")
_AUTO_LINK = lazy_compile(r"""linker:autoLink["']\s*,\s*\[([^\[\]]{0,1000})\]""")
_QUOTED = lazy_compile(r"""["'`]([^"'`\s]{1,253})["'`]""")


def linker_domains(text: str) -> Tuple[str, ...]:
    """The domains a page's Google tag links as one property with the site (_LINKER_DOMAINS, _AUTO_LINK), `www.` left
    out, in the order written: quoted host names only (a regular expression or a variable names none we can read)."""
    found = []
    for pattern in (_LINKER_DOMAINS, _AUTO_LINK):
        for listed in pattern.finditer(text):
            for quoted in _QUOTED.finditer(listed.group(1)):
                host = _hostname(quoted.group(1).lstrip("."))
                if host and not reserved_host(host):
                    found.append(host[4:] if host.startswith("www.") else host)
    return tuple(dict.fromkeys(found))


def linked_hosts(read) -> Tuple[str, ...]:
    """The hosts a site's Google tag measures as one property with it (linker_domains), read as text through
    `read(file_name)` from where a site loads its tag (_TAG_FILES: a Next.js root layout, an `index.html`, a Hugo or
    Jekyll head partial; nothing is run); () when none names any. Every host under one of them is the property's too
    (linked_host: `app.shiptime.com` under `shiptime.com`), as the linker itself matches a link's host."""
    found = []
    for name in _TAG_FILES:
        text = read(name)
        if text and "linker" in text:
            found.extend(linker_domains(text))
    return tuple(dict.fromkeys(found))


def linked_host(host: str, linked: Iterable[str]) -> bool:
    """Whether `host` is one of the `linked` domains (linked_hosts) or under one (`app.shiptime.com` under
    `shiptime.com`), `www.` left out."""
    host = host.lower().rstrip(".")
    host = host[4:] if host.startswith("www.") else host
    return any(host == domain or host.endswith("." + domain) for domain in linked)


# A build step that may render a repository's Markdown into pages: a site generator's config or a build's manifest at
# its root (Jekyll's `_config.yml` or `Gemfile`, Hugo's, Astro's, Next's, Docusaurus', MkDocs', Eleventy's, mdBook's,
# Sphinx's `conf.py`, a `package.json`, `pyproject.toml` or `Makefile` whose scripts may build anything), a VitePress
# folder, or a folder a generator reads its pages from (`docs/`, `src/`, `content/`, `_posts/`, Hugo's `config/`).
_RENDERING_NAMES = frozenset({"_config.yml", "_config.yaml", "gemfile", "package.json", "hugo.toml", "hugo.yaml",
                              "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config",
                              "mkdocs.yml", "mkdocs.yaml", "book.toml", "conf.py", "_quarto.yml", "pelicanconf.py",
                              ".eleventy.js", ".eleventy.cjs", "eleventy.config.js", ".vitepress", "docs", "src",
                              "content", "_posts", "pyproject.toml", "makefile",
                              "_sidebar.md", "_navbar.md", "_coverpage.md"})  # docsify renders Markdown in the browser
_RENDERING_CONFIG = lazy_compile(r"(?:astro|next|docusaurus|gatsby|nuxt|svelte|eleventy|vite|remix|quasar)[.-]config"
                                 r"\.[a-z]+", re.IGNORECASE)


def plain_html_site(names: Iterable[str]) -> bool:
    """Whether a repository whose root holds the entries `names` is a site served as it is written, plain HTML: an
    `index.html` and GitHub Pages' `.nojekyll` (which turns Jekyll, the one step that renders a repository's
    Markdown on Pages, off) at its root, and nothing there that may build pages from Markdown (_RENDERING_NAMES: a
    site generator's config, a package manifest, a `docs/`, `src/` or `content/` folder a build reads). Its Markdown
    files are notes kept beside the site, never pages of it (DevExtHub's `offpage/*.md` submission packs, corpus 28
    #35-#41): a link in them to the site's host is no link between its pages (linkplace.site_page)."""
    names = {name.lower() for name in names}
    return ".nojekyll" in names and "index.html" in names and not names & _RENDERING_NAMES and not any(
        _RENDERING_CONFIG.fullmatch(name) for name in names)


def path_base(read) -> str:
    """The path a site generator's config publishes the site under, when it names no host (VitePress' `base:
    "/docs"`), or "": the site is that section of a bigger site. Only when the config or the README says a site serves
    that path (`https://merginmaps.com/docs`, on a host other than GitHub Pages'): `base` alone is what GitHub Pages
    needs for a project site too (`pixelhq/docs` at pixelhq.github.io/docs, stranger14 R18), no path of the owner's."""
    for name in _VITEPRESS_CONFIGS:
        text = read(name)
        found = _PATH_BASE.search(text) if text else None
        if found:
            base = found.group(1).lower()
            # the path's own address (`https://merginmaps.com/docs`, `'https://coolify.io/docs/'`), not a page under it
            served = re.compile(r"https?://([A-Za-z0-9.-]+)" + re.escape(base) + r"/?(?![\w/.-])", re.IGNORECASE)
            for where in (name, *_SERVED_AT):
                said = read(where) if where != name else text
                if said and any(not host.lower().endswith(".github.io") for host in served.findall(said)):
                    return base
            return ""
    return ""


# Names reserved for examples and tests (RFC 2606, RFC 6761): `example1.com` is a fixture, not someone's site.
_RESERVED = lazy_compile(r"(?:^|\.)(?:example[0-9]*\.(?:com|org|net)|[^.]+\.(?:example|test|invalid|localhost)"
                         r"|localhost)$")


def reserved_host(host: str) -> bool:
    """`example.com`, `x.test`, `localhost`: a name reserved for examples and tests, a fixture's stand-in."""
    return _RESERVED.search(host) is not None


def _generator_host(root: Path) -> Optional[str]:
    """generator_host of the files at `root`."""
    return generator_host(lambda name: _read(root / name))


def generator_host(read) -> Optional[str]:
    """The host a static site generator's config at the root names as the site's URL (Hugo's `baseURL`, or its first
    language's for a multilingual site, in `config/_default/` too; Jekyll's `url`, MkDocs' `site_url`, Astro's
    `site`, Docusaurus' `url`, Gatsby's `siteUrl`), read as text through
    `read(file_name)` ("" when there is none: small regular files of the tree for scan, a commit's blobs for the
    corpus tools; nothing is run); None for none, or for a stand-in (`localhost`, `example.com`)."""
    for names, pattern in _SITE_CONFIGS:
        for name in names:
            text = read(name)
            found = pattern.search(text) if text else None
            if found is None and text and names is _SITE_CONFIGS[0][0]:
                found = _hugo_language_url(text)
            host = _hostname(found.group(1)) if found else None
            if host and not reserved_host(host):
                return host
    return None


def published_host(read) -> str:
    """The host of the site a repository's pages are published on, as its root files name it (through
    `read(file_name)`): a GitHub Pages `CNAME`, else its site generator's config (generator_host: Docusaurus' `url`
    in thirdweb-dev/docs is portal.thirdweb.com), `www.` left out; "" when none names one. A page of the repository
    (linkplace.site_page) linking that host links the site to itself (utm-internal-link, as a relative link does:
    corpus 14 #54-#61). package.json's `homepage` is not read here: a library's names its docs site, which its
    Markdown files are not necessarily pages of. With no host named, the path a VitePress config publishes the site
    under (`/docs`: path_base), which says the site is a section of its owner's site."""
    lines = (read("CNAME") or "").strip().splitlines()
    host = _hostname(lines[0]) if lines else None
    if host is None or reserved_host(host):
        host = generator_host(read)
    if not host:
        return path_base(read)  # `/docs`: a section of its owner's site, under that path (linkplace.site_of_repository)
    return host[4:] if host.startswith("www.") else host


_SEGMENT = re.compile(r"\[[^\[\]/]{1,60}\]|\(\w[\w.-]{0,60}\)")  # `[locale]`, a route group's `(site)`
_SEGMENTS_READ = 20  # folders of one `app/` looked at: an app's root has a few


def _segment_folders(root: Path) -> Tuple[str, ...]:
    """The folders right under a Next.js app's `app/` (or `src/app/`) that may hold its root layout: a dynamic
    segment's (`app/[locale]/`, next-intl's) or a route group's (`app/(site)/`), as `app/[locale]/`."""
    found = []
    for base in ("app", "src/app"):
        try:
            with os.scandir(root / base) as entries:
                names = sorted(entry.name for entry in entries
                               if _SEGMENT.fullmatch(entry.name) and entry.is_dir(follow_symlinks=False))
        except (OSError, ValueError):
            continue
        found += [f"{base}/{name}/" for name in names[:_SEGMENTS_READ]]
    return tuple(found)


def app_host(read, segments: Sequence[str] = ()) -> str:
    """The host a web app's root layout names as its site's own address (Next.js' `metadataBase`: _next_metadata_host,
    in `app/layout.tsx` or `src/app/layout.tsx`, else under a dynamic segment or a route group, `segments`: an app
    translated with next-intl has its root layout in `app/[locale]/layout.tsx`, review of session 39), `www.` left
    out, through `read(file_name)`; "" when none does. Not a
    published_host: an app's Markdown files (`docs/`, notes) are no pages of it, so a link to that host from them is
    a way in from outside (GasCap's SMS cross-promotion plan in `docs/`, corpus 26 #41); only its content kept as data
    (linkplace.site_content: a CMS's export of its posts) is the text of its pages (corpus 27 #51-#58)."""
    for name in (*_NEXT_LAYOUTS, *(f"{folder}layout.{suffix}" for folder in segments for suffix in _LAYOUT_SUFFIXES)):
        text = read(name)
        found = _next_metadata_host(text) if text else None
        host = _hostname(found) if found else None
        if host and not reserved_host(host):
            return host[4:] if host.startswith("www.") else host
    return ""


def _hosts(root: Path) -> Tuple[Tuple[str, ...], Optional[str]]:
    """Site names the tree names as its own (CNAME, package.json's homepage and repository), and the CNAME's host."""
    hosts = []
    lines = _read(root / "CNAME").strip().splitlines()
    cname = _hostname(lines[0]) if lines else None
    if cname:
        hosts.append(site_name(cname))
    text = _read(root / "package.json")
    if text:
        data = _json_object(text)
        if data is not None:
            for key in ("homepage", "repository"):
                value = data.get(key)
                if isinstance(value, dict):
                    value = value.get("url")
                if isinstance(value, str):
                    host = re.match(r"(?:[a-z+]+:)?//([^/:@]+)", value)
                    if host and "github" not in host.group(1) and "gitlab" not in host.group(1):
                        if _hostname(host.group(1)):
                            hosts.append(site_name(host.group(1)))
                    else:
                        slug = _SLUG.search(value) or re.match(r"(?:github:)?([\w.-]+)/([\w.-]+)$", value)
                        if slug:
                            hosts.extend((slug.group(1), slug.group(2)))
    return tuple(hosts), cname


def _identity_at(root: Path, git: Path) -> Optional[Identity]:
    slugs = _remote_slugs(_git_config(git))
    hosts, cname = _hosts(root)
    generated = _generator_host(root)  # a site on Netlify or Vercel has no CNAME; its generator's config names it
    if not slugs:
        if not hosts and not generated:
            return None
        # no remote: name what the identity comes from, never a made-up `owner/name`
        shown = f"whose CNAME is {cname}" if cname else f"whose package.json names {hosts[0]}" if hosts else \
            f"whose site generator's config names {generated}"
        hosts = (*hosts, site_name(generated)) if generated else hosts
        names = set()
        for part in hosts:
            names.add(normalize(part))
            names.update(_WORDS.findall(part.lower()))
        return Identity(shown, frozenset(n for n in names if len(n) >= 3))
    if generated:
        hosts = (*hosts, site_name(generated))
    return from_slug(slugs[0], (*_slug_parts(slugs[1:]), *hosts), (s.split("/", 1)[0] for s in slugs[1:]))


def _slug_parts(slugs: Iterable[str]) -> Tuple[str, ...]:
    return tuple(part for slug in slugs for part in slug.split("/", 1))


# Folders a project keeps other projects' code in: a folder directly inside one is a vendored library, and the
# words of its name count (`third_party/ckeditor5/`, `libs/docker-cli/`). Elsewhere only the whole name does:
# portainer's `build/docker-extension/` is Portainer's extension for Docker, not Docker's code (corpus 5).
_VENDOR_FOLDERS = frozenset({"thirdparty", "vendor", "vendors", "vendored", "lib", "libs", "libraries", "external",
                             "externals", "extern", "deps", "dependencies", "nodemodules", "bowercomponents",
                             "contrib", "submodules", "modules"})


def in_folder(identity: Optional[Identity], relpath: Optional[str],
              libraries: Iterable[str] = ()) -> Optional[Identity]:
    """`identity` with the names of the folders a file sits in (below the repository's root): a library vendored
    into the repository lives in a folder named for it (`libraries/ckeditor/ckeditor.js`, corpus 6;
    `third_party/ckeditor5/`, `libs/docker-cli/`), and its links to its own site are its own. A folder counts by
    its whole name, a version's digits at its end left off (`ckeditor5`, `jquery-3.7.1`), and inside a vendoring
    folder (_VENDOR_FOLDERS) by its words too, and as a name its site's name may lead (`public/libs/tinymce/` is
    tiny.cloud's: Identity.leading). `libraries`: the folders below the root known to hold another project's code
    (vendored_library: a manifest naming another repository); a file inside one gets it as `library`, and so does
    a file `libraries` names itself (another project's minified build: scan.minified, read by the corpus judge)."""
    if identity is None or not relpath:
        return identity
    names = set()
    leading = set()
    parent = ""
    parts = re.split(r"[/\\]", relpath)[:-1]
    library = ""
    for depth, part in enumerate(parts):
        whole = normalize(part)
        names.update((whole, whole.rstrip("0123456789")))
        if parent in _VENDOR_FOLDERS:
            names.update(_WORDS.findall(re.sub(r"[0-9.]+$", "", part.lower())))
            if len(whole.rstrip("0123456789")) >= 4:
                leading.add(whole.rstrip("0123456789"))
        parent = whole
        if not library and libraries:
            here = "/".join(parts[:depth + 1])
            if here in libraries:
                library = here
    if not library and relpath in libraries:  # a file that is another project's build (scan.minified)
        library = relpath
    extra = frozenset(name for name in names if len(name) >= 3) - identity.names
    more = frozenset(leading) - identity.leading
    if not extra and not more and not library:
        return identity
    return identity._replace(names=identity.names | extra, leading=identity.leading | more,
                             library=library or identity.library, folders=identity.folders | extra)


# A package manifest names the project a folder's code is: npm's and Bower's `repository` and `homepage`,
# Composer's `name` (`nesbot/carbon`) and `support.source`, pyproject's and Cargo's `repository`/`Source`/`homepage`.
_MANIFESTS = ("package.json", "composer.json", "bower.json", "pyproject.toml", "Cargo.toml")
_TOML_SOURCE = lazy_compile(r"^\s*[\"']?(?:repository|source(?: code)?|homepage)[\"']?\s*=\s*[\"']([^\"'\n]+)",
                            re.IGNORECASE | re.MULTILINE)
_FORGE = lazy_compile(r"(?:github\.com|gitlab\.com|bitbucket\.org)[/:]([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+?)"
                      r"(?:\.git)?(?:[/#?]|$)")


def manifest_projects(read) -> Tuple[FrozenSet[Tuple[str, str]], FrozenSet[str]]:
    """What a folder's package manifests say its code is: the (owner, name) of the repositories they name as its
    source, and the Composer vendors of its package name. `read(file_name)` gives a manifest's text ("" when there
    is none): the tree's files for scan, a commit's blobs for the corpus tools."""
    slugs, vendors = set(), set()
    for name in _MANIFESTS:
        text = read(name)
        if not text:
            continue
        values = []
        if name.endswith(".json"):
            data = _json_object(text)
            if data is None:
                continue
            for key in ("repository", "homepage"):
                value = data.get(key)
                values.append(value.get("url") if isinstance(value, dict) else value)
            support = data.get("support")
            if isinstance(support, dict):
                values.append(support.get("source"))
            package = data.get("name")
            if name == "composer.json" and isinstance(package, str) and package.count("/") == 1:
                vendors.add(normalize(package.split("/")[0]))
            if name == "package.json" and isinstance(data.get("repository"), str):
                short = re.fullmatch(r"(?:github:)?([\w.-]+)/([\w.-]+)", data["repository"])
                if short:
                    slugs.add((short.group(1).lower(), short.group(2).lower()))
        else:
            values.extend(m.group(1) for m in _TOML_SOURCE.finditer(text))
        for value in values:
            found = _FORGE.search(value) if isinstance(value, str) else None
            if found:
                slugs.add((found.group(1).lower(), found.group(2).lower()))
    return frozenset(slugs), frozenset(vendors)


def vendored_library(identity: Optional[Identity], read) -> bool:
    """Whether a folder directly inside a vendoring folder (_VENDOR_FOLDERS) holds another project's code: its own
    manifest (manifest_projects, through `read`) names a repository or Composer vendor that is not this
    repository's (`libraries/Carbon/composer.json`: nesbot/carbon, briannesbitt/Carbon, in Easy Digital
    Downloads: corpus 4). A monorepo's package names the repository itself (tinymce's `modules/agar/package.json`:
    tinymce/tinymce, corpus 7), a package of the repository's own organisation (or an upstream's) is the team's own
    code too (`acmecorp/acme-sdk` inside `acmecorp/acme-app`, as Composer's `acmecorp/...` vendor already was:
    review8 S6), and a manifest naming nothing says nothing: all stay the repository's own."""
    if identity is None:
        return False
    slugs, vendors = manifest_projects(read)
    if not slugs and not vendors:
        return False
    names = identity.names | identity.leading
    if any(normalize(owner) in names and normalize(name) in names for owner, name in slugs):
        return False
    organisations = _organisations(identity)
    if any(normalize(owner) in organisations for owner, _ in slugs):
        return False
    return not any(vendor in names for vendor in vendors)


def _organisations(identity: Identity) -> FrozenSet[str]:
    """The owners the repository belongs to, normalized: its slug's owner (any length) and its upstreams'
    (Identity.leading holds the owners of 4 letters or more)."""
    owner, slash, _ = identity.slug.partition("/")
    mine = {normalize(owner)} if slash and " " not in owner and normalize(owner) else set()
    return frozenset(mine) | identity.leading


# What a store's copy of a browser extension holds beside its manifest.json (installed_extension): the Chrome Web
# Store's signed hashes of the package, and a signed Firefox add-on's signature file (both text).
_EXTENSION_SIGNATURES = ("_metadata/verified_contents.json", "META-INF/mozilla.sf")
# The files library_folders reads in each folder (benchmarks/corpus_scan/measure.py writes them too).
FOLDER_FILES = ("manifest.json", *_EXTENSION_SIGNATURES, "readme.txt")


def _json_object(text: str) -> Optional[dict]:
    """The JSON object `text` holds (package.json, a manifest), or None: not JSON, nested too deep to parse, or not
    an object says nothing."""
    import json  # here: most runs read no JSON file

    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def installed_extension(identity: Optional[Identity], folder: str, read) -> bool:
    """Whether `folder` (below the root) is an installed copy of someone else's browser extension: its
    `manifest.json` (through `read`) declares `manifest_version` and the folder is named `<version>_0` for the
    manifest's version, as Chrome names the copy it installs (`Extensions/<id>/1.0.10_0/`), or holds a store's
    signature of the package (`_metadata/verified_contents.json`, `META-INF/mozilla.sf`), which no extension's
    source has. zhaoolee/ChromeAppHeroes keeps such backups of the extensions it reviews (`backup/110-wechatsync/
    <id>/1.0.10_0/popup.js`: corpus 10): their links and tags are their authors'. An extension's own source (its
    manifest at the root, in `src/` or `extension/`) has neither sign; a copy whose `homepage_url` names this
    repository or its owner is the team's own too."""
    if identity is None or not folder:
        return False
    text = read("manifest.json")
    if not text or "manifest_version" not in text:
        return False
    manifest = _json_object(text.lstrip("\ufeff"))
    if manifest is None or "manifest_version" not in manifest:
        return False
    version = manifest.get("version")
    name = folder.rsplit("/", 1)[-1]
    if not (isinstance(version, str) and name == version + "_0" or any(read(f) for f in _EXTENSION_SIGNATURES)):
        return False
    homepage = manifest.get("homepage_url")
    found = _FORGE.search(homepage) if isinstance(homepage, str) else None
    return not (found and normalize(found.group(1)) in _organisations(identity))


_GITHUB_OWNER = lazy_compile(r"github\.com/(?:sponsors/)?([A-Za-z0-9_.-]+)")


def installed_obsidian_plugin(identity: Optional[Identity], folder: str, read) -> bool:
    """Whether `folder` (below the root) is an installed copy of someone else's Obsidian plugin: a folder
    `plugins/<id>/` of a vault's configuration folder (`.obsidian/` by default), where Obsidian installs a plugin, whose
    `manifest.json` (through `read`) is a plugin's as Obsidian documents it (docs.obsidian.md, "Manifest": its `id`
    the folder's name, a `minAppVersion`). watchpoints/weekly keeps its vault's plugins beside its posts (`blog/content/
    post/.obsidian/plugins/copilot/main.js`, the Copilot plugin's build: corpus 15 #109): their links and tags are their
    authors'. A plugin's own source has its manifest at its repository's root; a copy whose `authorUrl` or `fundingUrl`
    names this repository's owner on GitHub is the team's own too."""
    if identity is None or not folder:
        return False
    parts = folder.split("/")
    if len(parts) < 3 or parts[-2] != "plugins" or not parts[-3].startswith("."):
        return False
    text = read("manifest.json")
    if not text or "minAppVersion" not in text:
        return False
    manifest = _json_object(text.lstrip("\ufeff"))
    if manifest is None or manifest.get("id") != parts[-1] or "minAppVersion" not in manifest:
        return False
    links = [manifest.get("authorUrl"), manifest.get("fundingUrl")]
    if isinstance(links[1], dict):
        links[1:] = list(links[1].values())
    owners = {normalize(found.group(1)) for link in links if isinstance(link, str)
              for found in (_GITHUB_OWNER.search(link),) if found is not None}
    return not owners & _organisations(identity)


# npm's own fields in the package.json of a package it installed (npm 6 and earlier write them into node_modules/:
# `_id` "name@version", `_resolved` the tarball, `_from` the spec asked for, `_requiredBy` who asked)
_NPM_INSTALL_FIELDS = ("_resolved", "_from", "_requiredBy")


def installed_npm_package(identity: Optional[Identity], read) -> bool:
    """Whether a folder is a copy of a package npm installed: its package.json (through `read`) carries the fields npm
    writes into an installed package (`_id` as name@version, with `_resolved`, `_from` or `_requiredBy`), and names a
    project that is not this repository's (vendored_library's test). The CU impact report site keeps foundation-sites
    6.5.0 under `public/impact-reports/picture-this/foundation-sites/`, copied out of node_modules with npm's
    `_id: foundation-sites@6.5.0` (corpus 47 #22 #25): ZURB's links in its README and docs are ZURB's, wherever the
    copy sits; no author writes these fields into a package of their own."""
    if identity is None:
        return False
    text = read("package.json")
    if not text or '"_id"' not in text:
        return False
    data = _json_object(text.lstrip("\ufeff"))
    if data is None or not isinstance(data.get("_id"), str) or "@" not in data["_id"].lstrip("@"):
        return False
    if not any(field in data for field in _NPM_INSTALL_FIELDS):
        return False
    return vendored_library(identity, read)


# A WordPress.org directory readme (developer.wordpress.org, "How Your Plugin's readme.txt Works"): the plugin's name
# between `===` on the first line, then header fields, `Contributors:` (the authors' WordPress.org user names) and
# `Stable tag:` or `Requires at least:` among them
_WP_README_TITLE = lazy_compile(r"\A\ufeff?[ \t]*===[ \t]*(?P<name>[^=\r\n]+?)[ \t]*===[ \t]*\r?$", re.MULTILINE)
_WP_README_FIELD = lazy_compile(r"^[ \t]*(?P<key>Contributors|Stable tag|Requires at least)[ \t]*:"
                                r"[ \t]*(?P<value>[^\r\n]*)", re.MULTILINE | re.IGNORECASE)
_WP_README_HEAD = 2000  # the header fields sit right below the name


def bundled_wordpress_plugin(identity: Optional[Identity], folder: str, read) -> bool:
    """Whether `folder` (below the root) is a copy of a plugin or theme published on WordPress.org, bundled into this
    repository: its `readme.txt` (through `read`) is the directory's readme (`=== WP Display Header ===`, then
    `Contributors: kobenland` and `Stable tag:` or `Requires at least:`), which a published plugin ships with and a
    site's own code has no use for. A site keeps Konstantin Obenland's WP Display Header inside its premium theme
    (`wp-content/themes/foreverwood-premium/functions/fe/wp-display-header/`, corpus 37 #10 #11): its header's `Plugin
    URI`/`Author URI` carry the plugin author's tags, and the site was told to put its own product's name in them. The
    site's own plugins beside it (`wp-content/plugins/rp-resource-hub/`, no such readme) stay its own; so does a
    plugin whose readme's name has a word naming the repository (`=== Acme Tools ===` in acme/site, `=== Acme Forms ===`
    in acme/acme-forms, its source in `src/`) or whose contributors are the repository's owner or name it (a team's own
    plugins kept in one repository)."""
    if identity is None or "/" not in folder.strip("/"):
        # at the root or in a folder right below it (`plugin/`, `trunk/`, `seo-booster/` of a team's plugins
        # repository): the repository's own plugin, whoever its WordPress.org contributors are (review49 F7: a
        # WordPress.org user name other than the GitHub owner's made a team's own plugin pass unread); a bundled copy
        # sits inside the project that bundles it (`wp-content/themes/<theme>/.../wp-display-header/`)
        return False
    text = read("readme.txt")
    if not text or "===" not in text[:200]:
        return False
    title = _WP_README_TITLE.search(text[:200])
    if title is None:
        return False
    fields = {found.group("key").lower(): found.group("value") for found in
              _WP_README_FIELD.finditer(text[:_WP_README_HEAD])}
    if "contributors" not in fields or not ({"stable tag", "requires at least"} & set(fields)):
        return False
    # the repository's own plugin: its name, or a word of it, is the repository's (`=== Acme Tools ===` in acme/site),
    # wherever its source sits; or one of its contributors is the repository's owner or one of its names
    if normalize(title.group("name")) in identity.names | identity.leading or any(
            owns(identity, word) for word in re.findall(r"[^\W_]{3,}", title.group("name").lower())):
        return False
    authors = {normalize(name) for name in fields["contributors"].split(",") if normalize(name)}
    return not authors & (_organisations(identity) | identity.names)


def library_folders(identity: Optional[Identity], relpath: str, read) -> Tuple[str, ...]:
    """The folders on `relpath` (a folder below the root, `/`-separated) that hold another project's code: directly
    inside a vendoring folder with a manifest naming another project (vendored_library), a copy of a package npm
    installed, wherever it sits (installed_npm_package), or an installed copy of someone else's browser extension
    (installed_extension) or Obsidian plugin (installed_obsidian_plugin); `read(folder, file_name)` reads a file of
    the tree."""
    parts = [p for p in relpath.split("/") if p]
    found = []
    for depth in range(len(parts)):
        folder = "/".join(parts[:depth + 1])
        if depth and normalize(parts[depth - 1]) in _VENDOR_FOLDERS and \
                vendored_library(identity, lambda name, folder=folder: read(folder, name)):
            found.append(folder)
        elif installed_npm_package(identity, lambda name, folder=folder: read(folder, name)):
            found.append(folder)
        elif installed_extension(identity, folder, lambda name, folder=folder: read(folder, name)):
            found.append(folder)
        elif installed_obsidian_plugin(identity, folder, lambda name, folder=folder: read(folder, name)):
            found.append(folder)
        elif bundled_wordpress_plugin(identity, folder, lambda name, folder=folder: read(folder, name)):
            found.append(folder)
    return tuple(found)
