"""How a utm value is spelled, and how the value rules' fixes and advice respell it.

Pure text functions shared by the value rules (`checks/values.py`), the vocabulary rules and the one
suggestion a value gets (`suggest.py`): strip, lowercase, join words with the team's separator, and what is
left once characters outside `a-z 0-9 . _ -` are dropped. A placeholder (`{keyword}`, `*|FNAME|*`, `[CAMPAIGN-NAME]`:
_PLACEHOLDER) is never touched.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Callable, Optional

from .lazyregex import lazy_compile
from .config import DefaultSeparator
from .placeholders import CODE_SLOTS, CONCATENATION, VALUE_VARIABLES

# A template's slot in a value, never respelled (its platform fills it in): `{keyword}`, `{{ad.name}}`, Mailchimp's
# `*|CAMPAIGN_NAME|*`, Marketing Cloud's `%%name%%`, and the merge tags scan knows (utmlint.placeholders:
# `[CAMPAIGN-NAME]`, `__CONTENT__`, `%X%`): `lint --fix` lowercased them in a campaign file's values, and the platform
# no longer filled them in (stranger16 R7, in campaign files)
# and a code expression a string literal joins into the value (`Restyaboard -' + SITE_NAME + '`: CONCATENATION)
_PLACEHOLDER = lazy_compile(r"\{\{[^{}]*\}\}|\{[^{}]*\}|\*\|[^|\s]{1,60}\|\*|%%[\w.:-]{1,60}%%|" + VALUE_VARIABLES + "|"
                            + CONCATENATION + "|" + CODE_SLOTS)
_MAY_HOLD = frozenset("{*%[_'\"\\")  # a character some placeholder starts with: a value without any holds none


def has_placeholder(value: str) -> bool:
    """Whether `value` holds a template's slot (_PLACEHOLDER), which the value rules leave as written."""
    return not _MAY_HOLD.isdisjoint(value) and _PLACEHOLDER.search(value) is not None
SEPARATOR_RUN = lazy_compile(r"(?:[-_+\s]|%20)+", re.IGNORECASE)
ODD_SPACE = lazy_compile(r"[^\S ]|  +")  # any whitespace but a single plain space
BAD_CHAR = lazy_compile(r"[^a-z0-9._+\-\s]")  # on a lowercased value; `+`, `%20` and spaces are value-separator's
_BAD_RUN = lazy_compile(r"[^a-z0-9._\-]+")
# `[` and `]`: RFC 3986 keeps them for an IPv6 host, yet a browser sends them in a query as written (the WHATWG URL
# standard, which browsers follow, percent-encodes neither there: a validation error, never a failure), GA4 decodes a
# `%5B`/`%5D` so `[mystore]` is one value written either way, and neither ends a value or a parameter: a store's
# footer's `utm_campaign=[${subdomain}]` (corpus 30 #29) breaks nothing. Only a strict parser (Java's `java.net.URI`,
# curl's command-line globbing) refuses them, no attribution.
BROWSER_KEPT = frozenset("[]")
# Legal in a query value (RFC 3986 `pchar`, `/` and `?`) or kept by browsers as written (BROWSER_KEPT), so never
# replaced by the advice alone: issue 12, report (and respell) only what breaks something. The same set as
# value-charset's (checks/values.py `_QUERY_SAFE`).
_LEGAL = frozenset("/?:@!$'()*,;=") | BROWSER_KEPT
STRAY_DOLLAR = lazy_compile(r"(?<=[A-Za-z0-9])\$\s*$")  # `app$`: a template variable left unfilled (value-charset's)
DOMAIN = lazy_compile(r"[a-z0-9_-]+(?:\.[a-z0-9_-]+)+", re.IGNORECASE)
PERCENT_20 = lazy_compile(r"%20", re.IGNORECASE)
# `++` ending a word (`C++`, `Notepad++`) and `#` after a lone letter (`C#`, `F#`): part of a name, neither a word
# separator nor a stray character. Every respelling keeps them (`c++`), and advice that must replace them spells
# them out as the name's usual ASCII form, as GitHub's language slugs do (`cpp`, `csharp`): dropping them
# (`c-`, `c`) names something else.
# C++'s and the `#` names' symbols stay names with a word glued after them (`c++weekly`, `c++20`, `C#weekly`:
# stranger8 S4, a SAFE fix made `c++weekly` `c-weekly`); any other lone letter's (`a++b`, `a#b`) joins words.
NAME_SYMBOL = lazy_compile(r"(?<=[A-Za-z0-9])\+\+(?![A-Za-z0-9+])|(?<=(?<![A-Za-z0-9])[Cc])\+\+(?=[A-Za-z0-9])"
                           r"|(?<=(?<![A-Za-z0-9])[A-Za-z])#(?![A-Za-z0-9#])|(?<=(?<![A-Za-z0-9])[CFJQXcfjqx])#(?=[A-Za-z])")
_SPELLED_OUT = {"++": "pp", "#": "sharp"}
# The letters that are a known name with a `#` (C#, F#, J#, Q#, X#: languages). A link whose value ends in one of
# them before the URL's `#` (`utm_campaign=C#`) is a name the `#` cut; any other lone letter (`variant-a#`,
# `plan-b#`: an A/B variant before an empty or page anchor) is the value as meant, the fragment the page's.
HASH_NAMES = frozenset("CFJQX")
# The ones a word is written glued to (`C#weekly`, `F#conf`): after `X` (the platform formerly Twitter) a glued word
# is a page's anchor (`utm_source=X#pricing`), as it is after the rarer J# and Q#.
GLUED_HASH_NAMES = frozenset("CF")
_KEPT_PLUS = "\ue000"  # a name's `+` while words are joined: a private-use character no value holds
_FOLD = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d", "þ": "th", "ı": "i",
                      "'": "", "’": "", "‘": "", '"': "", "`": ""})


# -- the transformations the fixes apply, shared with campaign-slug and the vocabulary rules
#
# Each is a pure function of its text (and the separator), asked again and again for the same few sources,
# mediums and contents by several rules and in every file of a repo: each answer is kept for the run.
# `typed`: the configured separator and the default one (a DefaultSeparator) compare equal but act differently.
_KEEP = lru_cache(maxsize=4096, typed=True)

def _outside_placeholders(value: str, change: Callable[[str], str],
                          keep: Optional[Callable[[str], bool]] = None) -> str:
    """`change` applied to the text between placeholders (_PLACEHOLDER); the placeholders stay as written (those
    `keep` accepts, when given; the others are changed as text)."""
    if _MAY_HOLD.isdisjoint(value):
        return change(value)
    out, last = [], 0
    for match in _PLACEHOLDER.finditer(value):
        if keep is not None and not keep(match.group()):
            continue  # changed with the text around it
        out.append(change(value[last:match.start()]))
        out.append(match.group())
        last = match.end()
    out.append(change(value[last:]))
    return "".join(out)


def slots_masked(value: str) -> "tuple":
    """(the value with each placeholder (_PLACEHOLDER) replaced by a word no respelling changes, `zzslot0zz`, ...; the
    placeholders in order), for a rule that reads and rewrites the words around them: `unmasked` puts them back."""
    if _MAY_HOLD.isdisjoint(value):
        return value, ()
    slots = []

    def mask(match) -> str:
        slots.append(match.group())
        return f"zzslot{len(slots) - 1}zz"

    return _PLACEHOLDER.sub(mask, value), tuple(slots)


def unmasked(text: str, slots) -> str:
    """`slots_masked`'s text with its placeholders back as written."""
    for index, slot in enumerate(slots):
        text = text.replace(f"zzslot{index}zz", slot)
    return text


def plain(value: str) -> str:
    """The value without its placeholders (what the checks look at)."""
    return value if _MAY_HOLD.isdisjoint(value) else _PLACEHOLDER.sub("", value)


@_KEEP
def stripped(value: str) -> str:
    """value-whitespace's fix: no whitespace at the ends, inner runs of whitespace as one space."""
    return _outside_placeholders(value.strip(), lambda text: ODD_SPACE.sub(" ", text))


@_KEEP
def lowered(value: str) -> str:
    """value-case's fix."""
    return _outside_placeholders(value, str.lower)


@_KEEP
def separated(value: str, separator: str) -> str:
    """value-separator's fix: every run of `_`, `+`, whitespace, `%20` and `-` inside the value becomes one
    `separator`. Whitespace at the ends is value-whitespace's and is kept."""
    core = value.strip()
    if separator == "-" and "--" not in core and core.replace("-", "").isalnum():
        return value  # words joined by single `-` only (nearly every value): every run is already the separator
    if not core or (isinstance(separator, DefaultSeparator) and one_convention(core)):
        return value
    head = value[: len(value) - len(value.lstrip())]
    tail = value[len(value.rstrip()):]
    joined = _outside_placeholders(kept_names(core), lambda text: SEPARATOR_RUN.sub(separator, text))
    return head + joined.replace(_KEPT_PLUS, "+") + tail


# One `+` ending a word, at the value's end or before a separator (`disney+`, `apple-tv+`, `disney+ launch`): a brand's
# name (Disney+, Apple TV+), which joins no words (stranger9 R3: `apple-tv+` was told `apple-tv-`). Whether a link
# reads it as a space is value-whitespace's to say, and only of a `+` written so in a hand-built link.
# Not after `%20` (a space written as its escape, `%20+`): its `0` ends no word.
_NAME_PLUS = lazy_compile(r"(?<=[A-Za-z0-9])(?<!%20)\+(?=[\s_-]|%20|\Z)", re.IGNORECASE)


def name_plus_spelled_out(text: str, separator: str) -> str:
    """`disney+ launch` -> `disney-plus launch`: a brand's trailing `+` as a word (campaign-slug's advice)."""
    return _NAME_PLUS.sub(f"{separator}plus", text)


def kept_names(text: str) -> str:
    """`text` with the `+` of a name (`C++`, `disney+`) hidden from SEPARATOR_RUN: it joins no words."""
    if "+" not in text:
        return text
    if "++" in text:
        text = NAME_SYMBOL.sub(lambda m: m.group().replace("+", _KEPT_PLUS), text)
    return _NAME_PLUS.sub(_KEPT_PLUS, text)


def spelled_out(text: str) -> str:
    """`c++` -> `cpp`, `c#` -> `csharp`: a name's symbols as its usual ASCII spelling (NAME_SYMBOL)."""
    return NAME_SYMBOL.sub(lambda m: _SPELLED_OUT[m.group()], text) if ("+" in text or "#" in text) else text


def one_convention(value: str) -> bool:
    """Every word of the value is joined by one `_`, or every word by one plain space, or every word by one `+`
    (`zod+docs`: GA4 keeps it as written, its reports show the `+`), or single `_` join fields whose words are
    joined by single `-` (`github_anything-llm`: the place, then a project's hyphenated name;
    `cloud-s3_rclone_231025_paid`: a sponsor's campaign code, product_partner_date_type): the author's own
    convention when the config names no `separator:`; so is a single `+` between fields of `_`-joined words
    (`help+what_now`: a page, then a question). GA4 stores a space as it is (a link carries it as
    `%20`), so respelling one link (`mindsdb repo` -> `mindsdb-repo`) would split its campaign into two rows. Not `+`
    mixed with anything else (but those `_`-joined fields), `%20` written into a value (the link then carries `%2520`), `_` or `-` doubled,
    touching (`a_-b`) or at an end (a ` - ` between titles, its spaces written as the other words' one
    separator, `exercism_-_media_buy`, is one), spaces mixed with `-`, or doubled spaces."""
    runs = [run.group() for run in SEPARATOR_RUN.finditer(kept_names(plain(value)))]
    kinds = set(runs)
    ends = plain(value).strip()
    fields = kinds in _FIELDS and not ends.startswith(("_", "-", "+")) and not ends.endswith(("_", "-", "+"))
    return kinds == {"_"} or kinds == {" "} or kinds == {"+"} or fields or _titled_fields(kinds)


# Two levels of one convention: fields joined by one separator, each field's words by another. `_`-joined fields of
# `-`-joined words (`github_anything-llm`), and a written link's single `+` between fields of `_`-joined words
# (mySociety's `utm_content=help+what_now`, `contact+not_fixed`: the page, then the question; corpus 13 #42 #45). A
# space typed between them in a campaign file (`hero_banner top`) stays a finding (the lead's decision, session 23).
_FIELDS = ({"_", "-"}, {"+", "_"})


def _titled_fields(kinds: set) -> bool:
    """Titles joined by ` - `, every space (there too) written as the value's one word separator: a tool's spelling
    of `Exercism - Media Buy` (`exercism_-_media_buy`, a sponsor's campaign, corpus 13 #32) or of `Blue Cross Blue
    Shield - Branded` (`%20-%20`, an ad platform's, corpus 10). Respelling it would split its owner's report."""
    kinds = {run.lower() for run in kinds}
    return any(f"{sep}-{sep}" in kinds and kinds <= {sep, f"{sep}-{sep}"} for sep in ("_", " ", "+", "%20"))


def one_script(value: str) -> bool:
    """Whether every letter of the value is of one script other than Latin (`сайт`, `사이트`, `сайт-2024`): a word in
    its own language, which GA4 stores and shows decoded, breaking nothing (issue 12: report only what breaks
    something); no a-z spelling of it is the team's. Not `café` (a Latin word, spelled apart from `cafe`), nor a mix
    of scripts (`site_сайт`)."""
    if value.isascii():  # a-z only (nearly every value): Latin, without naming each letter
        return False
    scripts = {unicodedata.name(ch, "?").split(" ")[0] for ch in value if ch.isalpha()}
    return len(scripts) == 1 and scripts != {"LATIN"} and scripts != {"?"}


@_KEEP
def settled(value: str, separator: str) -> str:
    """The value once value-whitespace, value-case and value-separator have fixed it."""
    return separated(lowered(stripped(value)), separator)


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@_KEEP
def residue(value: str, separator: str, keep_legal: bool = True) -> str:
    """The settled value with value-charset's advice followed: accents dropped, other characters outside
    `a-z 0-9 . _ -` replaced by the separator (none added at the ends, never two in a row). A value whose only
    such characters are legal in a query value (`en-us:4`, `devops'ish`) is left as it is unless `keep_legal` is
    false (campaign-slug's pattern wants none of them): value-charset reports none of them, so no message may ask
    for a respelling the fixes do not write."""
    text = spelled_out(settled(value, separator))
    bad = _BAD_RUN.findall(text)
    if not bad or keep_legal and set("".join(bad)) <= _LEGAL and not STRAY_DOLLAR.search(text):
        return text  # `en-us:4`, `devops'ish`, `a/b`: legal in a query value, value-charset says nothing of them
    if isinstance(separator, DefaultSeparator) and not _BAD_RUN.search(text.replace(" ", "").replace("+", "")) \
            and one_convention(text) and not text.startswith("+") and not text.endswith("+"):  # `nodejs+`: a stray end
        # `mindsdb repo`, `swift+web+weekly`: the author's single spaces or `+` are a convention (value-separator
        # leaves them), not characters to replace
        return text
    text = _BAD_RUN.sub("\0", _ascii(text).lower())
    sep = re.escape(separator)
    text = re.sub(f"^(?:\0+{sep}?)+|(?:{sep}?\0+)+$", "", text)
    # settled again: a `%NAME%` slot's inside is kept as written by settled, and once its `%`s are gone it is a plain
    # value whose `_` value-separator would respell (`%a_0%` -> `a_0` -> `a-0`: the advice must be a fixed point)
    return settled(re.sub(f"(?:{sep}?\0+)+{sep}?", separator, text), separator)


def advice(key: str, value: str, separator: str) -> str:
    """The spelling a message recommends: the value with every value rule's fix and advice applied (but
    value-separator's only where GA4's channel rules read the result the same way)."""
    done = settled(value, separator)
    if not same_for_ga4(key, value.strip(), done):
        return lowered(stripped(value))
    if has_placeholder(value):
        return done
    better = residue(value, separator)
    return better if better and not BAD_CHAR.search(better) else done


def shown(value: str) -> str:
    """The value as a marketer can read it in a message: tabs, line breaks and invisible spaces spelled out."""
    out = []
    for ch in value:
        if ch == " " or ch.isprintable():
            out.append(ch)
        elif ch in "\t\n\r":
            out.append({"\t": "\\t", "\n": "\\n", "\r": "\\r"}[ch])
        else:
            out.append(f"\\u{ord(ch):04x}")
    return "".join(out)


def same_for_ga4(key: str, old: str, new: str) -> bool:
    """Whether GA4 reads `new` like `old` for its channel rules (case never matters to them)."""
    if key == "source":
        from .channels import source_category

        return source_category(old) == source_category(new)
    if key == "medium":
        from .channels import predict_channel

        return predict_channel(None, old, None).channel == predict_channel(None, new, None).channel
    return True
