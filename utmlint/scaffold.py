"""What `utmlint init` writes and prints: a commented config whose include globs fit the repo, a starter
campaign file, and the pre-commit and GitHub Actions snippets.

The include globs come from the YAML files that look like campaign files (a top-level `campaign:` key or a
near miss of it: discovery.looks_like_campaign, the test `lint` applies without a config): one glob per
folder holding them (`campaigns/**/*.yaml`; the widest folder above them that holds no other YAML file, so a sibling
folder added later, `marketing/q4/` beside `marketing/q3/`, is checked too), files at the top level by name, and any other YAML file those
globs would catch listed under `extend-exclude`, so `utmlint lint` checks exactly the files found.
"""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath
from typing import Any, Dict, List, NamedTuple, Sequence

from . import __version__

SCHEMA_URL = "https://github.com/utmlint/utmlint/raw/main/schemas/{name}.schema.json"
DEFAULT_FOLDER = "campaigns"
REPO = "https://github.com/utmlint/utmlint"
ACTION = "utmlint/utmlint"


class Layout(NamedTuple):
    """The campaign files of a repo and the globs that name them."""

    campaigns: List[str]  # relative POSIX paths of the YAML files that look like campaigns
    include: List[str]
    exclude: List[str]  # other YAML files the include globs would catch
    folder: str  # where a new campaign file goes
    site: str = ""  # the site the repo's pages are published on, as its CNAME or site generator's config names it
    separator: str = ""  # the one separator the campaigns join their words with (house_separator), or ""


def _yaml_files(root: Path) -> List[str]:
    """Every YAML file under `root` that `lint` would consider (hidden folders, node_modules, ... pruned)."""
    from .config import Config
    from .discovery import walk

    config = Config(root=root.resolve())
    return sorted(PurePosixPath(os.path.relpath(path, config.root)).as_posix() for path in walk(config, config.root))


def _looks_like_campaign(path: Path) -> bool:
    from .discovery import looks_like_campaign
    from .safeio import ReadRefused, read_regular

    try:
        return looks_like_campaign(read_regular(path, 1024 * 1024, "a YAML file")[:64 * 1024])
    except ReadRefused:
        return False


def _common_folder(paths: Sequence[str]) -> str:
    parts = [PurePosixPath(p).parent.parts for p in paths]
    common = []
    for level in zip(*parts):
        if len(set(level)) != 1:
            break
        common.append(level[0])
    return "/".join(common)


def _widest_folder(folder: str, yaml_files: Sequence[str], campaigns: set) -> str:
    """`folder`, or its widest ancestor (never the repo's root) whose YAML files are all campaign files: a team's
    `marketing/q3/` becomes `marketing/`, so next quarter's `marketing/q4/` is checked by `utmlint lint` the day it is
    added (stranger19 R7: the glob `marketing/q3/**/*.yaml` left it out, and the run passed without it). An ancestor
    holding any other YAML file (`src/`, beside its config files) is not taken: the glob would catch them."""
    parts = PurePosixPath(folder).parts
    for depth in range(1, len(parts)):
        wider = "/".join(parts[:depth]) + "/"
        if all(p in campaigns for p in yaml_files if p.startswith(wider)):
            return wider[:-1]
    return folder


def layout(root: Path, new_campaign: bool = False) -> Layout:
    """The repo's campaign files and globs; `new_campaign`: a starter file is about to go into `folder`,
    so its folder is included even when no campaign file sits in one yet."""
    from .globs import matches_any

    yaml_files = _yaml_files(root)
    campaigns = [p for p in yaml_files if _looks_like_campaign(root / p)]
    groups: Dict[str, List[str]] = {}
    top_level = []
    for path in campaigns:
        parts = PurePosixPath(path).parts
        if len(parts) == 1:
            top_level.append(path)
        else:
            groups.setdefault(parts[0], []).append(path)
    include = []
    folders = []  # (named like campaigns, files in it, folder): where a new campaign file goes
    found = set(campaigns)
    for files in groups.values():
        folder = _widest_folder(_common_folder(files), yaml_files, found)
        folders.append(("campaign" in folder.lower(), len(files), folder))
        for suffix in sorted({PurePosixPath(p).suffix for p in files}):
            include.append(f"{folder}/**/*{suffix}")
    include += top_level
    folder = max(folders)[2] if folders else DEFAULT_FOLDER
    if not folders and (new_campaign or not include):
        include.append(f"{DEFAULT_FOLDER}/**/*.yaml")
    exclude = [p for p in yaml_files if p not in found and matches_any(p, include)]
    return Layout(campaigns, include, exclude, folder, published_site(root), house_separator(root, campaigns))


_CAMPAIGN_LINE = re.compile(r"^campaign:[ \t]*(['\"]?)([^'\"#\n]*?)\1[ \t]*(?:#.*)?$", re.M)


def house_separator(root: Path, campaigns: Sequence[str]) -> str:
    """The separator (`-` or `_`) the repo's campaign files join their `campaign:` words with, when at least two do
    and more than all the others together (checks.repo._separator_of, campaign-fragmentation's house style), else "".
    Written as the config's `separator:`, it makes every rule suggest and `--fix` write one spelling for an odd value:
    `campaign: Feature Launch` beside `onboarding-series`, `q1-pipeline` is told `feature-launch`, one finding; with
    no `separator:` a single space is a convention of its own and value-case wrote `feature launch` (newuser49 F7).
    Spaces are never proposed: a value with spaces is `%20` in every link."""
    from .checks.repo import _separator_of
    from .safeio import ReadRefused, read_regular

    styles: Dict[str, int] = {}
    for path in campaigns:
        try:
            text = read_regular(root / path, 1024 * 1024, "a YAML file")[:64 * 1024].decode("utf-8", "replace")
            found = _CAMPAIGN_LINE.search(text)
        except ReadRefused:
            continue
        style = _separator_of(found.group(2)) if found else None
        if style is not None:
            styles[style] = styles.get(style, 0) + 1
    ranked = sorted(styles.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][0] not in ("-", "_") or ranked[0][1] < 2:
        return ""
    return ranked[0][0] if ranked[0][1] > sum(count for _, count in ranked[1:]) else ""


# A monorepo's folders that hold one app or site each (`apps/web/`, `packages/docs/`): read one level below too.
_APP_FOLDERS = frozenset({"apps", "packages", "sites", "websites", "services", "projects"})
# Folders whose sites are not the repository's own (an example's, a test's, a template's).
_NOT_OWN_SITE = re.compile(r"(?i)(?:examples?|samples?|demos?|templates?|starters?|tests?|fixtures?|__tests__|"
                           r"node_modules|vendor|third[_-]?party|\..*)")


def published_site(root: Path) -> str:
    """The site (`quillstack.dev`) of the host the repo's pages are published on (`docs.quillstack.dev`, from its CNAME
    or its site generator's config: identity.published_host), or "": what `own-hosts` should name for `scan` to tell
    the team's links from other sites' (a blog citing another site's tagged article is not told to respell its
    tags). In a monorepo (newuser49 F1), the sites of its folders too: a folder's own CNAME or generator config
    (`docs/docusaurus.config.js`) and a web app's root layout (`apps/web/app/layout.tsx`'s `metadataBase`:
    identity.app_host), one level below the root and two under `apps/`, `packages/`; several sites are joined by
    ", ". Read as small regular files, never run."""
    from .identity import _read, _segment_folders, app_host, published_host, site_domain

    folders = [root]
    try:
        for entry in sorted(os.scandir(root), key=lambda e: e.name):
            if entry.is_dir(follow_symlinks=False) and not _NOT_OWN_SITE.fullmatch(entry.name):
                folders.append(Path(entry.path))
                if entry.name.lower() in _APP_FOLDERS:
                    folders += [Path(sub.path) for sub in sorted(os.scandir(entry.path), key=lambda e: e.name)
                                if sub.is_dir(follow_symlinks=False) and not _NOT_OWN_SITE.fullmatch(sub.name)]
    except OSError:
        pass
    sites: List[str] = []
    for folder in folders[:200]:
        read = lambda name, folder=folder: _read(folder / name)  # noqa: E731
        for host in (published_host(read), app_host(read, _segment_folders(folder))):
            site = site_domain(host) if host and not host.startswith("/") else ""
            if site and site not in sites:
                sites.append(site)
        if folder == root and sites:
            break  # the repository's own site, named at its root, is the one
    return ", ".join(sites)


def _quoted(text: str) -> str:
    import json

    return json.dumps(text)  # a JSON string is a YAML double-quoted scalar


def config_text(found: Layout, extend: str = "") -> str:
    """`extend`: the config above this folder, relative to it (above_config), whose settings this one keeps."""
    lines = [
        f"# yaml-language-server: $schema={SCHEMA_URL.format(name='config')}",
        "# utmlint config: which files are campaign files, and how strict to be. Every key is optional:",
        "# `utmlint schema config` prints them all with their meaning; the README explains each one.",
        "",
    ]
    if extend:
        lines += [
            "# The config above this folder governed it until now: its settings (separator, vocabulary, rules,",
            "# fail-on, ...) still apply here, and a key written below replaces its value for this folder only.",
            f"extend: {_quoted(extend)}",
            "",
        ]
    if found.campaigns:
        lines.append(f"# Campaign files: found by `utmlint init` ({len(found.campaigns)} YAML file{'s' if len(found.campaigns) != 1 else ''} with a top-level "
                     "`campaign:` key).")
    else:
        lines.append("# Campaign files: none yet. `utmlint lint` fails while these globs match no file, so a typo in")
        lines.append("# them can never pass by checking nothing; `utmlint init --campaign NAME` writes a first one.")
    lines.append("include:")
    lines += [f"  - {_quoted(glob)}" for glob in found.include]
    if found.exclude:
        lines.append("# YAML files the globs above catch that are not campaign files (no top-level `campaign:` key):")
        lines.append("extend-exclude:")
        lines += [f"  - {_quoted(path)}" for path in found.exclude]
    else:
        lines.append('# extend-exclude: ["campaigns/archive/**"]  # files or folders to leave alone')
    if found.site:
        # proposed, not set (review44 F12): with `own-hosts` set, a link to any other site gets copied-tracking only,
        # so a team whose docs are published on one host and whose product is on another (acmeflow.github.io and
        # acmeflow.com) would lose every finding on its sign-up links; only the team knows all its sites
        lines += [
            "",
            "# Your sites, for `utmlint scan`: this repo publishes " + found.site + " (a CNAME, a site generator's",
            "# config, a web app's layout). Listed here, scan judges the utm values of links to them only and leaves",
            "# another site's tags (cited in a post) to that site; list every site you tag links to (your product's too)",
            "# before you uncomment.",
            f"# own-hosts: [{', '.join(_quoted(site) for site in found.site.split(', '))}]",
        ]
    lines += [
        "",
        "# fail-on: warning                   # lowest severity that fails a run: error | warning | info",
        "# select: [ALL]                      # rules to run: codes, prefixes (UTM2) or names (`utmlint rules`)",
        "# ignore: [url-shortener]",
        "# sources: [intercom, mailchimp]     # your approved utm_source values (empty: any)",
        "# mediums: [email, cpc, paid-social] # your approved utm_medium values (empty: any)",
        "# in-product-hosts: [app.example.com]  # your product: in-app messages linking here need no tracking",
        "# platforms: [platforms]             # folders of your own platform profiles (`utmlint platforms`)",
    ]
    if found.separator:
        lines += [_commented(f"separator: {_quoted(found.separator)}",
                             "the word separator of utm values: your campaigns join their words with it")]
    else:
        lines.append("# separator: \"-\"                     # the word separator of utm values")
    if not found.site:
        lines.append("# own-hosts: [example.com]          # scan: your sites; a link elsewhere gets copied-tracking only")
    lines.append("")
    return "\n".join(lines)


def _commented(text: str, comment: str, column: int = 36) -> str:
    return f"{text}{' ' * max(1, column - len(text))}# {comment}"


def campaign_text(name: str, platform: Any) -> str:
    """A starter campaign file for `platform` (a platforms.Platform) that lints clean."""
    channel = platform.channels[platform.default_channel]
    medium = channel.mediums[0] if channel.mediums else platform.default_medium
    landing = f" (GA4 {channel.ga4_channel})" if channel.ga4_channel else ""
    lines = [
        f"# yaml-language-server: $schema={SCHEMA_URL.format(name='campaign')}",
        "# One campaign: its utm_campaign, the platform that sends it, and the links its messages carry.",
        f"# `utmlint platform {platform.name}` shows the channels and mediums; `utmlint rule NAME` explains a finding.",
        _commented(f"campaign: {name}", "utm_campaign"),
        _commented(f"platform: {platform.name}", f"utm_source `{platform.source}`; utm_medium by message channel"),
    ]
    if channel.paid or platform.default_channel == "organic":  # an ad or a social post: links on the campaign
        kind = "ad" if channel.paid else "post"
        lines += [
            _commented(f"type: {kind}", "series | outbound | broadcast | ad | post | other"),
            _commented(f"channel: {platform.default_channel}", f"utm_medium `{medium}`{landing}"),
            "links:",
            _commented("  - url: https://example.com/", "the page the link opens"),
            _commented(f"    content: {kind}-1", f"utm_content: which {kind} the visit came from"),
        ]
    else:  # a message sequence: steps, each link with its step's utm_content
        lines += [
            _commented("type: series", "series | outbound | broadcast | ad | post | other"),
            "steps:",
            "  - id: step-1-welcome",
            _commented(f"    channel: {platform.default_channel}", f"utm_medium `{medium}`{landing}"),
            "    links:",
            _commented("      - url: https://example.com/", "the page the link opens"),
            _commented("        content: step-1-welcome", "utm_content: which step the visit came from"),
        ]
    return "\n".join(lines) + "\n"


SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def slug_hint(name: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", name.lower())) or "spring-sale"


def pre_commit_snippet() -> str:
    return "\n".join([
        "repos:",
        f"  - repo: {REPO}",
        f"    rev: v{__version__}  # a release tag; until tags exist, a commit SHA (README: Pinning a release)",
        "    hooks:",
        "      - id: utmlint          # offline, on every commit",
        "      - id: utmlint-scan     # tracked links in the docs, templates and code being committed",
        "",
    ])


def workflow_snippet() -> str:
    return "\n".join([
        "name: utmlint",
        "on:",
        "  pull_request:             # no `paths:` filter: a required check must report on every pull request",
        "  push:",
        "    branches: [main]",
        "permissions:",
        "  contents: read",
        "jobs:",
        "  lint:",
        "    runs-on: ubuntu-latest",
        "    permissions:",
        "      contents: read",
        "      security-events: write  # only for sarif: true (skipped with a notice on fork pull requests)",
        "    steps:",
        "      - uses: actions/checkout@v6",
        f"      - uses: {ACTION}@v{__version__}  # a release tag; until tags exist, a commit SHA",
        "        with:",
        "          sarif: true",
        "",
    ])


def above_config(root: Path) -> str:
    """The config that governs `root` from a folder above it, as a path relative to `root` ("" when none): `utmlint
    init` in a client's folder of an agency's repo wrote a config of its own that dropped the agency's settings (a
    folder's config replaces the one above it, as ruff's does), so a `spring_sale` the top config's `separator: "-"`
    failed passed "All clean" (newuser48b F5). Only a config inside the repository `root` is in (the nearest folder
    holding `.git`, at or above it), which CI checks out too; one outside it (a home folder's) is left alone."""
    import os

    from .configfile import find_config_file

    parent = root.resolve().parent
    if parent == root.resolve():
        return ""
    found = find_config_file(str(parent))
    if found is None:
        return ""
    repo = next((folder for folder in (root.resolve(), *root.resolve().parents) if (folder / ".git").exists()), None)
    if repo is not None and not Path(found).resolve().is_relative_to(repo):
        return ""
    return Path(os.path.relpath(found, root.resolve())).as_posix()
