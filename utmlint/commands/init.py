"""`utmlint init`: set up utmlint in a campaign repo.

Writes a commented `.utmlint.yaml` whose include globs name the YAML files that look like campaign files
(a top-level `campaign:` key), or `campaigns/**/*.yaml` when there are none yet, and prints the
pre-commit and GitHub Actions snippets to paste. `--campaign NAME` also writes a starter campaign file
(with the yaml-language-server schema comment) that lints clean. Nothing is ever overwritten: a file
that exists is left alone, and said so.
"""

from __future__ import annotations

import argparse
import sys
from typing import Sequence


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("init", help="write a .utmlint.yaml (and a starter campaign); print the CI snippets",
                                   description=__doc__)
    parser.add_argument("--campaign", metavar="NAME", help="also write a starter campaign file NAME.yaml (NAME is its utm_campaign)")
    parser.add_argument("--platform", metavar="NAME", default="intercom",
                        help="the starter campaign's platform profile (default: intercom; `utmlint platforms` lists them)")
    parser.add_argument("--no-snippets", action="store_true", help="do not print the pre-commit and workflow snippets")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .. import scaffold
    from ..config import CONFIG_NAMES, ConfigError
    from ..printable import printable
    from ..project import Project
    from ..safeio import WriteRefused, create_in, open_folder

    root = Path.cwd()
    out = sys.stdout.write
    if args.campaign is not None and not scaffold.SLUG.fullmatch(args.campaign):
        raise ConfigError(f"--campaign {printable(args.campaign)}: a campaign name is its utm_campaign: lowercase "
                          f"words joined by `-`, such as `{scaffold.slug_hint(args.campaign)}`")
    existing = next((name for name in CONFIG_NAMES if (root / name).is_file() and
                     (name != "pyproject.toml" or b"[tool.utmlint" in (root / name).read_bytes())), None)
    found = scaffold.layout(root, new_campaign=args.campaign is not None)
    above = scaffold.above_config(root) if existing is None else ""
    try:
        with open_folder(root) as folder:
            if existing is None and not create_in(folder, ".utmlint.yaml",
                                                  scaffold.config_text(found, above).encode("utf-8")):
                existing = ".utmlint.yaml"  # appeared meanwhile, or a dangling symlink: never written through
            if existing is None:
                where = ", ".join(found.include)
                out("Wrote .utmlint.yaml: "
                    + (f"extend {printable(above)} (the config that governed this folder: its settings still apply), "
                       if above else "")
                    + f"include {where}"
                    + (f" ({len(found.campaigns)} campaign file{'s' if len(found.campaigns) != 1 else ''} found" if found.campaigns else " (no campaign files yet")
                    + (f"; {len(found.exclude)} other YAML file{'s' if len(found.exclude) != 1 else ''} excluded)" if found.exclude else ")") + "\n")
                if found.site:
                    out(f"This repo publishes {found.site}: `own-hosts` in .utmlint.yaml (commented) would have "
                        f"`utmlint scan` judge only links to your sites and leave other sites' tags to them; list every "
                        f"site you tag links to (your product's too) before you uncomment it\n")
            else:
                out(f"{existing} already configures utmlint here; left alone.\n")
    except (WriteRefused, OSError) as error:
        raise ConfigError(f"cannot write .utmlint.yaml in {root}: {getattr(error, 'strerror', None) or error}") from None
    project = Project.load(["."])  # the config now in force: the one just written, or the team's own
    if args.campaign is not None:
        _starter(args, project, found, root, out)
    elif not found.campaigns:
        out("No campaign files yet: `utmlint init --campaign NAME` writes a first one; until one matches the "
            "include globs, `utmlint lint` fails (exit 2) rather than check nothing.\n")
    else:
        out("Next: `utmlint lint` checks them (and `utmlint scan` the links in docs and code). Many old findings? "
            "`--write-baseline` keeps today's in .utmlint-baseline.json, so the hook and CI fail only on new ones "
            "(README: A baseline for an old project).\n")
        _in_product_note(project, out)
    if not args.no_snippets:
        out("\npre-commit (.pre-commit-config.yaml):\n\n" + scaffold.pre_commit_snippet())
        out("\nGitHub Actions (.github/workflows/utmlint.yml):\n\n" + scaffold.workflow_snippet())
    return 0


def _in_product_note(project, out) -> None:
    """The hosts the campaigns' in-product messages (an in-app message, a product tour, a banner) link to, named when
    no `in-product-hosts` is set: without it those links are tagged as the sending platform's (an Intercom tour's
    `utm_medium=email`), and a click inside the product re-credits the visit to the message (newuser43 F11: init wrote
    the example's commented `app.example.com`, and a Series' tour step linking into the app got tags and UTM501)."""
    from ..printable import printable
    from ..urls import split_url

    try:
        campaigns = project.campaigns()
    except Exception:  # a campaign file that does not load: `utmlint lint` reports it, the note is only a hint
        return
    linked = sorted({split_url(link.url.strip()).host.lower() for campaign in campaigns if not campaign.in_product_hosts
                     for link in campaign.all_links if link.track and link.is_web and link.shown_in_product} - {""})
    hosts = [host for host in linked if not public_site(host, linked)]
    public = [host for host in linked if host not in hosts]
    if hosts:
        named = ", ".join(printable(host) for host in hosts)
        out(f"Your in-product messages (in-app, tours, banners) link to {named}: if that is your product, add "
            f"`in-product-hosts: [{named}]` to .utmlint.yaml, so those links stay untagged (utm tags on a link inside "
            "the product re-credit the visit to the message).\n")
    if public:
        named = ", ".join(printable(host) for host in public)
        they = "it reads" if len(public) == 1 else "they read"
        out(f"{'They also link' if hosts else 'Your in-product messages (in-app, tours, banners) link'} to {named}, "
            f"not named as in-product: {they} as your public site, and a click from the product to "
            f"{'it' if len(public) == 1 else 'them'} leaves the "
            "product, so those links stay tracked (`in-product-hosts` names only your product's own host, such as "
            f"{printable(hosts[0]) if hosts else 'app.example.com'}).\n")


# The first label of a host that is a public site's, never the product's own (newuser46 F20): the marketing site
# (`www.`), its blog, docs and help centre, its landing pages (`go.`, `try.`, `get.`, `lp.`)
_PUBLIC_LABELS = frozenset({"www", "blog", "docs", "doc", "help", "support", "learn", "community", "academy", "news",
                            "status", "developers", "developer", "careers", "jobs", "press", "go", "get", "try", "lp",
                            "landing", "pages", "events", "info", "about", "home"})


def public_site(host: str, linked: Sequence[str] = ()) -> bool:
    """Whether a host an in-product message links to is a public site rather than the product itself: a public page's
    subdomain (`www.example.com`, `blog.`, `help.`: _PUBLIC_LABELS), or the bare domain (`example.com`) when the
    messages also link to its `www.` or to a host of it that reads as the product (`app.example.com`). init names the
    others as `in-product-hosts`: naming the marketing site there would leave its links untagged from every
    in-product message (newuser46 F20: an Intercom banner's link to www.example.com/pricing was proposed beside the
    app's app.example.com). A bare domain linked alone may be the product itself (a tour's link to
    linear.app/settings: review47 F3): it is named, with init's "if that is your product", as an app on a domain of
    its own (`acme.app`) is."""
    from ..identity import site_domain

    host = host.lower().rstrip(".")
    domain = site_domain(host)
    if host != domain:
        return host.split(".", 1)[0] in _PUBLIC_LABELS
    others = [other.lower().rstrip(".") for other in linked]
    return any(other != domain and other.endswith(f".{domain}") and (
        other == f"www.{domain}" or other.split(".", 1)[0] not in _PUBLIC_LABELS) for other in others)


def _starter(args, project, found, root, out) -> None:
    from .. import scaffold
    from ..config import ConfigError
    from ..discovery import _selected
    from ..printable import printable
    from ..safeio import WriteRefused, create_in, open_folder

    platforms = project.platforms
    platform = platforms.get(args.platform)
    if platform is None:
        import difflib

        close = difflib.get_close_matches(args.platform, list(platforms), n=1)
        raise ConfigError(f"--platform {printable(args.platform)}: no such platform profile"
                          + (f"; did you mean `{close[0]}`?" if close else "; `utmlint platforms` lists them"))
    relative = f"{found.folder}/{args.campaign}.yaml"
    path = root / relative
    try:
        with open_folder(path.parent, root=root, create=True) as folder:
            written = create_in(folder, path.name, scaffold.campaign_text(args.campaign, platform).encode("utf-8"))
    except (WriteRefused, OSError) as error:
        raise ConfigError(f"cannot write {relative}: {getattr(error, 'strerror', None) or error}") from None
    if not written:
        out(f"{relative} already exists; left alone.\n")
        return
    config = project.config
    if not _selected(config, path):
        out(f"Wrote {relative}, but the include globs of {config.source} ({', '.join(config.include)}) leave it "
            "out: add its folder to `include:`.\n")
        return
    # The starter must lint clean under the repo's own settings (its sources, mediums, pattern): check it.
    from ..project import Project

    checked = Project.load([relative])
    result = checked.linter().run()
    if result.diagnostics:
        out(f"Wrote {relative}; under this repo's settings it has findings to settle:\n")
        for d in result.diagnostics:
            out(printable(f"  {d.path}:{d.line}:{d.column}: {d.code} {d.name} {d.message}") + "\n")
    else:
        out(f"Wrote {relative} (platform {platform.name}); it lints clean. Next: `utmlint lint`.\n")
