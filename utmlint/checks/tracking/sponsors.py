"""GitHub Sponsors' own link parameters: a maintainer's Sponsors profile (`github.com/sponsors/{account}`) or checkout
(`.../sponsorships`) records `metadata_`-prefixed query parameters in the sponsorship export, never utm values
(rules/useless-destinations.txt's `github.com/sponsors` line says where this comes from). utm-useless-destination
names the `metadata_` spelling of the link's own values (fix29, session 40, corpus 29 #15)."""

from __future__ import annotations

from typing import List, Optional, Tuple

from ...lazyregex import lazy_compile

_ALLOWED = lazy_compile(r"[A-Za-z0-9_-]+\Z")  # GitHub: letters, digits, `-` and `_`; any other character gives a 404
_UTM_PREFIX = lazy_compile(r"^utm_?")
# why nobody reads the tags there (utm-useless-destination's note)
REASON = ("a GitHub Sponsors page shows its maintainer GitHub's Sponsors dashboard and export, which record the page's "
          "own `metadata_` parameters, never a visit's utm values")
_MAX_PAIRS, _MAX_KEY, _MAX_VALUE = 10, 25, 100


def sponsors_page(url: str) -> Optional[str]:
    """The account of a GitHub Sponsors profile or checkout page (`github.com/sponsors/zvictor`,
    `github.com/sponsors/zvictor/sponsorships`) that rules/useless-destinations.txt covers, or None."""
    from urllib.parse import urlsplit

    from .destinations import useless_destination

    try:
        split = urlsplit(url.strip())
    except ValueError:
        return None
    path = split.path.strip("/").split("/")
    if len(path) < 2 or path[0].lower() != "sponsors" or len(path) > 3 or len(path) == 3 and path[2] != "sponsorships":
        return None
    if useless_destination(url) != "github.com":
        return None
    return path[1]


def metadata_pairs(pairs: List[Tuple[str, str]]) -> Tuple[List[Tuple[str, str]], List[str]]:
    """The `metadata_` spelling of a link's utm pairs (`utm_source=x` -> `metadata_source=x`) and, for each value or
    key GitHub would refuse (a character other than a letter, a digit, `-` or `_`; a value over 100 characters, a
    key over 25), why: an empty list when every pair may be written as it is."""
    out, refused = [], []
    for key, value in pairs:
        name = "metadata_" + _UTM_PREFIX.sub("", key.strip().lower())
        out.append((name, value))
        if not _ALLOWED.match(name):
            refused.append(f"`{name}` holds a character other than a letter, a digit, `-` or `_`")
        if not _ALLOWED.match(value):
            refused.append(f"`{value}` holds a character other than a letter, a digit, `-` or `_`")
        elif len(value) > _MAX_VALUE:
            refused.append(f"`{value[:20]}...` is longer than {_MAX_VALUE} characters")
        if len(name) > _MAX_KEY:
            refused.append(f"`{name}` is longer than {_MAX_KEY} characters")
    if len(out) > _MAX_PAIRS:
        refused.append(f"GitHub keeps at most {_MAX_PAIRS} pairs")
    return out, refused


def sponsors_advice(url: str, pairs: List[Tuple[str, str]]) -> Tuple[str, Optional[str]]:
    """What to write instead of the utm pairs on a Sponsors page, and the link with them spelt `metadata_` (None when
    GitHub would refuse a pair as written: the advice then says which and why)."""
    from .fields import _utm_name, parts

    converted, refused = metadata_pairs([(k, v) for k, v in pairs if v])
    shown = "&".join(f"{k}={v}" for k, v in converted)
    rules = (f"keys and values of letters, digits, `-` and `_` only, at most {_MAX_PAIRS} pairs: GitHub answers 404 "
             f"to any other character")
    if not converted:
        return (f"to see which links bring sponsorships, write GitHub Sponsors' own `metadata_` parameters "
                f"(`metadata_campaign=readme`: its sponsorships export lists them without the prefix; {rules})"), None
    if refused:
        return (f"to see which links bring sponsorships, write the same values as GitHub Sponsors' own `metadata_` "
                f"parameters (its sponsorships export lists them without the prefix), respelt where GitHub would "
                f"refuse them: {'; '.join(refused)} ({rules})"), None
    info = parts(url)
    written = [f.name.strip().lower() for f in info.query if f.name.strip().lower().startswith("metadata_")]
    if set(written) & {k for k, _ in converted} or len(written) + len(converted) > _MAX_PAIRS:
        return (f"to see which links bring sponsorships, write GitHub Sponsors' own `metadata_` parameters, as this "
                f"link already does, for the values its utm tags hold ({rules})"), None
    kept = [url[f.start:f.end] for f in info.query if not _utm_name(f.name.strip())]
    base = url.strip().partition("#")[0].partition("?")[0]
    fragment = url.strip().partition("#")[1] + url.strip().partition("#")[2]
    fixed = base + "?" + "&".join(kept + [f"{k}={v}" for k, v in converted]) + fragment
    return (f"to see which links bring sponsorships, write `{shown}` instead: GitHub Sponsors' own parameters, "
            f"which its sponsorships export lists without the `metadata_` prefix ({rules})"), fixed
