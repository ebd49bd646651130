"""`utmlint build --url URL --source S --medium M --campaign C [...]`: one tracked link, built and checked.

Takes the same flags as the mlz tool's `mlz build`, so scripts written for it keep working. The link is
written as a one-link campaign (in memory) and goes through the same loader, model and rules as a campaign
file, so the tracked URL is the model's and `--validate` runs every offline rule on it. Values are used as
given, never rewritten: what a rule would change is reported by `--validate`, with the suggested value.

Output (--format json): {"tracked_url": ..., "validation": {"valid": ..., "channel": ..., "issues": [...]}};
without --validate or --live, `validation` holds only `channel`. --format url prints only the URL
(issues, if any, go to stderr), or nothing when `--url` could not be tagged. Exit codes: 0 built (and valid), 1 the
validation failed or `--url` could not be tagged (why on stderr: no https://, a `//` address, a template's
expression, a path of the site, a `mailto:` or app link), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import Any, Dict, List, NamedTuple, Optional

# build flag -> key of the campaign file, in the order the in-memory campaign is written
_CAMPAIGN_KEYS = (("campaign", "campaign"), ("source", "source"), ("medium", "medium"), ("term", "term"),
                  ("id", "campaign_id"))
_LINK_KEYS = (("url", "url"), ("content", "content"))
FLAG_FOR_KEY = {key: flag for flag, key in _CAMPAIGN_KEYS + _LINK_KEYS}
FLAGS = tuple(flag for flag, _ in _CAMPAIGN_KEYS + _LINK_KEYS)  # the values a link is built from
BUILD_PATH = "<build>"  # the in-memory campaign's name in findings


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("build", help="build (and validate) one tracked link", description=__doc__)
    parser.add_argument("--url", required=True, help="the destination page")
    parser.add_argument("--source", required=True, help="utm_source, e.g. intercom")
    parser.add_argument("--medium", required=True, help="utm_medium, e.g. email")
    parser.add_argument("--campaign", required=True, help="utm_campaign, e.g. onboarding-series")
    parser.add_argument("--content", help="utm_content, e.g. step-1-welcome")
    parser.add_argument("--term", help="utm_term")
    parser.add_argument("--id", help="utm_id (GA4 cost data import)")
    parser.add_argument("--validate", action="store_true", help="run every offline rule on the link")
    parser.add_argument("--live", action="store_true", help="also follow the link's redirects (network)")
    parser.add_argument("--allow-private", action="store_true",
                        help="with --live: let redirects reach private, loopback and link-local addresses")
    parser.add_argument("--no-cache", action="store_true", help="with --live: check again; do not use the live cache")
    parser.add_argument("--format", choices=("json", "url"), default="json", help="json (default) or url: only the URL")
    parser.add_argument("--config", metavar="FILE", help="use this config file instead of searching for one")
    parser.set_defaults(run=run)


# A JSON string is a YAML double-quoted scalar; YAML also reads NEL, DEL, C1, LS/PS and BOM
# specially, and allows neither U+FFFE nor U+FFFF (outside its printable set), so those are
# escaped too. Nothing a user types can be re-read as a number, a comment, a mapping or a
# line break, or make the file unreadable.
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


def yaml_string(value: str) -> str:
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(value, ensure_ascii=False))


def campaign_text(values: Dict[str, Optional[str]]) -> str:
    """The one-link campaign file for the build flags in `values` (flag -> value, None when not given)."""
    lines = [f"{key}: {yaml_string(values[flag])}" for flag, key in _CAMPAIGN_KEYS if values.get(flag) is not None]
    lines.append("links:")
    lines.append(f"  - url: {yaml_string(values['url'] or '')}")
    if values.get("content") is not None:
        lines.append(f"    content: {yaml_string(values['content'])}")
    return "\n".join(lines) + "\n"


class BuildError(Exception):
    pass


def _the_link(doc, linter):
    from ..model import build_campaign

    campaign = build_campaign(doc, linter.platforms, linter.config.in_product_hosts) if doc.parsed else None
    links = campaign.all_links if campaign is not None else []
    if len(links) != 1:
        raise BuildError("the link could not be modelled")
    return links[0]


def _resolved(link) -> Dict[str, str]:
    """What the link resolves to, by build flag."""
    from ..model import KEY_FOR_PARAM

    values = {"url": link.url}
    for param, value in link.params.items():
        key = KEY_FOR_PARAM.get(param, param)
        values[FLAG_FOR_KEY.get(key, key)] = value
    return values


def _suggestion(text: str, diagnostic, before: Dict[str, str], linter) -> Optional[Dict[str, str]]:
    """The flag values the rule's fix would set, found by applying it and modelling the result."""
    from .. import document
    from ..fixes import apply_edits

    if diagnostic.fix is None:
        return None
    fixed = apply_edits(text, diagnostic.fix.edits)
    try:
        after = _resolved(_the_link(document.load_text(BUILD_PATH, fixed), linter))
    except BuildError:
        return None
    changed = {flag: value for flag, value in after.items() if before.get(flag) != value}
    return changed or None


_WHERE = re.compile(r" \((?:set it on the campaign, the step or the link[^)]*)\)| on the link, step or campaign")
_KEY_VALUE = re.compile(r"`(campaign|source|medium|term|content|campaign_id|url): ?([^`]*)`")
_BARE_KEY = re.compile(r"(no |, |or |^)`(campaign|source|medium|term|content|campaign_id)`(?= is empty|[ ,:)]|$)")


def for_flags(message: str) -> str:
    """A rule's message in the words of someone who typed flags: `--medium email`, not `medium: email`."""
    message = _WHERE.sub("", message)

    def flag(match: "re.Match[str]") -> str:
        name = FLAG_FOR_KEY.get(match.group(1), match.group(1))
        return f"`--{name} {match.group(2)}`" if match.group(2) else f"`--{name}`"

    message = _BARE_KEY.sub(lambda m: f"{m.group(1)}`--{FLAG_FOR_KEY.get(m.group(2), m.group(2))}`", message)
    return _KEY_VALUE.sub(flag, message).replace("write `--", "pass `--")


def _issue(diagnostic, suggested: Optional[Dict[str, str]]) -> Dict[str, Any]:
    issue: Dict[str, Any] = {"code": diagnostic.code, "name": diagnostic.name, "severity": diagnostic.severity,
                             "message": for_flags(diagnostic.message)}
    if suggested:
        issue["suggested"] = suggested
    return issue


def invalid_argument(values: Dict[str, Optional[str]]) -> Optional[str]:
    """Why a value cannot be built from (text that is not UTF-8), or None."""
    for flag, value in values.items():
        if value is None:
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return f"--{flag} is not valid UTF-8 text"
    return None


def _live(url: str, options) -> Dict[str, Any]:
    from ..live import check_urls

    result = check_urls([url], options)[0]
    data = result.to_json()
    data.pop("url", None)
    return data


class Built(NamedTuple):
    tracked_url: str
    validation: Dict[str, Any]
    valid: bool
    untracked: Optional[str] = None  # why no utm parameter was added (`--url acmeflow.com/x`), said on stderr

    def json_text(self) -> str:
        """What `--format json` prints (and the MCP tool `build_link` returns)."""
        return json.dumps({"tracked_url": self.tracked_url, "validation": self.validation}, indent=2,
                          ensure_ascii=False) + "\n"


_PORT = re.compile(r"\d+(?:[/?#]|$)")


def untracked_reason(url: str, flag: str = "--url ") -> str:
    """Why build added no utm parameter to `url`, in the words of someone who typed `--url`: a campaign file leaves a
    relative or app link untracked on purpose (in-product), but build is asked for one tracked link, and handing the
    address back bare with exit 0 was a silent failure (`--url acmeflow.com/x` printed `acmeflow.com/x`; session 42
    newuser F7). `flag`: how the url was given: `--url ` on the command line, `url: ` to MCP's build_link, whose
    agent typed no flag (newuser48b)."""
    from urllib.parse import urlsplit

    shown = f"`{flag}{url}`"
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        parts = None
    scheme = (parts.scheme if parts is not None else "").lower()
    if parts is not None and scheme in ("http", "https"):
        return (f"{shown} has no host name after `//`, so no utm parameters were added; pass the page's whole address "
                "(`https://example.com/page`)")
    from ..urls import TEMPLATE_START

    # a template's expression at the start: the address is the template's to fill, and whether its base holds
    # `https://` is not known (review42 F4)
    template = TEMPLATE_START.match(url)
    if template is not None:
        rest = url[template.end():].strip()
        rest = rest if rest.startswith(("/", "?", "#")) else "/" + rest if rest else "/"
        return (f"{shown} starts with a template's expression, `{template.group(1)}`, which build does not fill, so "
                "it is not read as a web address and no utm parameters were added; fill it in: pass the page's whole "
                f"address (`{flag}https://example.com{rest}`, with your site's host)")
    if url.strip().startswith("//"):  # protocol-relative: a host is named, the scheme is not
        rest = url.strip()[2:]
        return (f"{shown} has no scheme (a `//` address takes the page's own `http:` or `https:`, and build has no "
                f"page), so it is not read as a web address and no utm parameters were added; pass "
                f"`{flag}https://{rest}`" if rest else
                f"{shown} has no host name after `//`, so no utm parameters were added; pass the page's whole address "
                "(`https://example.com/page`)")
    if url.startswith(("/", "./", "../", "?", "#")):
        return (f"{shown} is a path inside your own site, so no utm parameters were added: on a link between your own "
                "pages they would replace where each visitor really came from; pass the page's whole address "
                "(`https://...`) for a link placed outside your site")
    if parts is not None and scheme and "." not in scheme and not _PORT.match(url.strip()[len(scheme) + 1:]):
        return (f"{shown} leads to a `{scheme}:` address, not a web page, so no utm parameters were added (only the analytics "
                "of a web page reads them); pass the address of the page the link leads to")
    return (f"{shown} has no https://, so it is not read as a web address and no utm parameters were added; pass "
            f"`{flag}https://{url.strip()}`")


_USELESS = "UTM316"  # utm-useless-destination
# beside it, the rules about the URL itself (http, invalid, shortener, copied tracking, an e-mail address: scan.judge)
_ABOUT_THE_URL = ("UTM302", "UTM303", "UTM305", "UTM310", "UTM312", _USELESS)


def build(project, values: Dict[str, Optional[str]], validate: bool = False, live_options=None,
          flag: str = "--url ") -> Built:
    """The tracked link for `values` (build flag -> value, None when not given), validated with every
    offline rule when `validate`, live-checked with `live_options` when given. Raises BuildError."""
    from pathlib import Path

    from .. import document
    from ..links import channel_text

    config = project.config
    linter = project.scopes[0].linter()
    text = campaign_text(values)
    doc = document.load_text(BUILD_PATH, text)
    link = _the_link(doc, linter)
    if _resolved(link) != {flag: value for flag, value in values.items() if value is not None}:
        raise BuildError("a value changed on its way through YAML")  # never expected: yaml_string is exact
    validation: Dict[str, Any] = {}
    valid = True
    diagnostics: List = []
    if validate:
        diagnostics = linter.lint_document(Path(BUILD_PATH), doc).diagnostics
        diagnostics = sorted(dict.fromkeys(diagnostics), key=lambda d: d.sort_key)
        if any(d.code == _USELESS for d in diagnostics):
            # a platform page whose owner never sees utm tags (utm-useless-destination): advice on the values would be
            # work for nothing; only the rules about the URL itself stay, as in scan and validate_url
            diagnostics = [d for d in diagnostics if d.code in _ABOUT_THE_URL]
        valid = not linter.fails(diagnostics, config.fail_on)
        validation["valid"] = valid
    untracked = None if link.tracked else untracked_reason(values.get("url") or "", flag)
    if untracked is not None:  # the one thing asked for was not made: never valid, with or without --validate
        valid = False
        if validate:
            validation["valid"] = False
    validation["channel"] = channel_text(link)
    if validate:
        before = _resolved(link)
        validation["issues"] = [_issue(d, _suggestion(text, d, before, linter)) for d in diagnostics]
    if live_options is not None:
        validation["live"] = _live(link.tracked_url, live_options)
        valid = valid and validation["live"]["outcome"] != "fail"
        validation["valid"] = valid
        validation = {"valid": valid, **{k: v for k, v in validation.items() if k != "valid"}}
    return Built(link.tracked_url, validation, valid, untracked)


_TAGGED = {"source": "utm_source", "medium": "utm_medium", "campaign": "utm_campaign", "content": "utm_content",
           "term": "utm_term", "id": "utm_id"}


def _written_twice(values: Dict[str, Optional[str]]) -> List[str]:
    """The utm keys the flags set that `--url`'s own query already writes (`?utm_source=x` with `--source y`)."""
    from urllib.parse import parse_qsl

    query = (values.get("url") or "").partition("#")[0].partition("?")[2]
    written = {key.lower() for key, _ in parse_qsl(query, keep_blank_values=True)}
    return [f"`{key}`" for flag, key in _TAGGED.items() if values.get(flag) and key in written]


def run(args: argparse.Namespace) -> int:
    from ..project import Project

    values = {flag: getattr(args, flag) for flag, _ in _CAMPAIGN_KEYS + _LINK_KEYS}
    problem = invalid_argument(values)
    if problem:
        print(f"utmlint: {problem}", file=sys.stderr)
        return 2
    project = Project.from_args(args)
    try:
        built = build(project, values, args.validate, project.live_options(args) if args.live else None)
    except BuildError as error:
        print(f"utmlint: internal error: {error} (please report it with the command line)", file=sys.stderr)
        return 2
    validation = built.validation
    if built.untracked is not None:
        print(f"utmlint: {built.untracked}", file=sys.stderr)
    if not args.validate:
        twice = _written_twice(values)
        if twice:  # stranger17 R8: a link carrying two utm_source, printed with exit 0 and nothing said
            it = "it" if len(twice) == 1 else "each"
            print(f"utmlint: note: --url already carries {', '.join(twice)}, which the flags set too: the link carries "
                  f"{it} twice and GA4 keeps only one; remove {'it' if len(twice) == 1 else 'them'} from --url "
                  f"(`--validate` says more)", file=sys.stderr)
    if args.format == "url":
        # a link it could not tag prints nothing: `URL=$(utmlint build ... --format url)` must not get the untracked
        # address (review42 F4); why is on stderr, and the exit code is 1
        if built.untracked is None:
            sys.stdout.write(built.tracked_url + "\n")
        for issue in validation.get("issues", ()):
            print(f"{issue['code']} [{issue['severity']}] {issue['message']}", file=sys.stderr)
        if "live" in validation and validation["live"]["outcome"] != "pass":
            print(f"live check: {validation['live']['outcome']}", file=sys.stderr)
    else:
        sys.stdout.write(built.json_text())
    return 0 if built.valid else 1
