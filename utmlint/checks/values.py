"""UTM2xx: how utm values are spelled: case, whitespace, word separators, characters, the campaign slug.

Values are checked where they are written (campaign, step or link), so a value every link inherits is
reported once. Platform defaults are canonical and never reported.

The rules split one value's problems between them and their fixes compose: value-whitespace strips,
value-case lowercases, value-separator joins words with the configured separator; `--fix` applies one edit
per value per pass and re-lints, so ` Spring_Sale ` becomes `spring-sale` in one run, whatever the order.
value-charset has no fix (only a person knows what `&` meant). campaign-slug and the vocabulary rules judge
the value those fixes and value-charset's advice would leave (`settled`, `residue`), so a value gets one
finding per problem, not one from every rule that notices it. After suppressions, `utmlint/onefinding.py`
makes one mistake one finding: value-whitespace, value-case and value-separator on one value whose fixes write
the same spelling become one finding naming every problem (`problem=`), and a medium GA4 leaves Unassigned
however it is spelled (medium-unassigned) gets no respelling finding.

Sources and mediums that are policy (a platform profile's source and mediums, the team's `sources` and
`mediums` lists) are never argued with: with `separator: _`, the profiles' `paid-social` stays as it is.

Ad platforms fill placeholders such as `{keyword}` (Google Ads) or `{{ad.name}}` (Meta) at click time;
text inside braces is left alone by every rule here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Iterator, List, Optional, Sequence, Tuple

from ..lazyregex import cached, lazy_compile
from ..config import DEFAULT_CAMPAIGN_PATTERN, DefaultSeparator
from ..fixes import replace_value
from ..model import KEY_FOR_PARAM, PARAM_KEYS, written_values
from .destination_limits import dropped, kept, kept_spelling
from ..registry import Report, rule
from ..suggest import Use, key as letters, medium_spelling, platform_variant, source_spelling, uses_of, vocabulary
from ..spelling import (BAD_CHAR, BROWSER_KEPT, has_placeholder, DOMAIN, HASH_NAMES, NAME_SYMBOL, ODD_SPACE, PERCENT_20, SEPARATOR_RUN, STRAY_DOLLAR, plain,
                        same_for_ga4, advice, kept_names, lowered, one_script, residue, separated, settled, shown, stripped)  # noqa: F401 (settled: re-exported)

if TYPE_CHECKING:
    from ..engine import Context
    from ..model import Campaign

KEYS = ("source", "medium", "campaign", "content", "term")

def canonical_spellings(ctx) -> Tuple[frozenset, frozenset]:
    """Sources and mediums that are policy, not typos: every platform profile's source and mediums, the values
    platforms write by themselves (`auto_values`, only in a link `scan` or validate_url reads: typed in a campaign
    file they are the team's spelling, stranger10 R20), and the team's `sources` / `mediums` lists. The value rules
    never argue with them (with `separator: _`, a profile's `paid-social` stays as it is)."""
    words = vocabulary(ctx)
    return words.policy_sources, words.policy_mediums


def _written(campaign, ctx) -> Tuple[Tuple[str, tuple, str], ...]:
    """Every written value the value rules judge: all but the canonical sources and mediums, the platform
    domains and variants source-domain-style reports (`Intercom.com`: one mistake, one finding), and a value that
    is itself a URL (`utm_content=https://github.com/mongodb-developer/GenAI-Showcase`: its path is
    case-sensitive, and respelling it destroys the address)."""
    sources, mediums = canonical_spellings(ctx)
    uses = uses_of(campaign)
    key_ = (ctx.platforms, sources, mediums)
    cached = campaign.__dict__.get("_written_values")  # four rules ask in turn about the same campaign
    if cached is not None and all(a is b for a, b in zip(cached[0], key_)):
        return cached[1]
    found = []
    for key in KEYS:
        skip = sources if key == "source" else mediums if key == "medium" else ()
        for path, value in written_values(campaign, key):
            if value in skip or (key == "source" and platform_variant(value, ctx, uses) is not None) or _is_url(value):
                continue
            found.append((key, path, value))
    campaign.__dict__["_written_values"] = (key_, tuple(found))
    return tuple(found)


def suggested(key: str, value: str, ctx, uses: Sequence[Use] = ()) -> str:
    """The one value every message about `value` recommends (see `utmlint.suggest`), moving none of the links in
    `uses` (the campaign's) to another GA4 channel group. A placeholder scan masked (`{ph0}`: `install-@VERSION@`,
    `Install-${version}`) stays as written: a respelling that loses it (`install-ph0`) falls back to lower case."""
    wanted = _suggested(key, value, ctx, uses)
    tokens = _SCAN_TOKEN.findall(value)
    if tokens and any(t not in wanted for t in tokens):
        return lowered(stripped(value))
    return wanted


_SCAN_TOKEN = lazy_compile(r"\{ph[0-9]+\}")  # scan.synthetic's stand-in for a placeholder in a value


def _suggested(key: str, value: str, ctx, uses: Sequence[Use] = ()) -> str:
    if key == "source":
        return source_spelling(value, ctx, uses)
    if key == "medium":
        return medium_spelling(value, ctx, uses)
    if key == "campaign":
        return campaign_suggestion(value, ctx) or advice(key, value, ctx.config.separator)
    if key == "term" and _keyword(value):
        return lowered(stripped(value))  # a search keyword keeps its single spaces, as value-separator leaves it
    return advice(key, value, ctx.config.separator)


def _keyword(value: str) -> bool:
    """A utm_term whose words are joined by single spaces (`running shoes`): written as searched."""
    return all(m.group() == " " for m in SEPARATOR_RUN.finditer(plain(stripped(value))))


def _fix_value(key: str, value: str, own: str, ctx, uses: Sequence[Use] = ()) -> str:
    """What a value rule's fix writes: the suggestion when it only respells the fix's own result (`E-Mail`
    becomes `email`, not `e-mail`, so the fix and the message agree), else the rule's own change."""
    wanted = suggested(key, value, ctx, uses)
    return wanted if wanted and letters(wanted) == letters(own) and same_for_ga4(key, own.strip(), wanted) else own


def _fix(campaign, path, new_value: str, description: str):
    return replace_value(campaign.doc, path, new_value, description)


# -- the rules

@rule(code="UTM201", name="value-case", severity="warning", target="campaign", fixable=True, scan_fix="safe")
def value_case(campaign: Campaign, ctx: Context) -> Iterator[Report]:
    """A utm value has capital letters.

    ## What it does
    Finds capital letters in utm_source, utm_medium, utm_campaign, utm_content and utm_term values, where they
    are written, and lowercases them with `--fix`.

    ## Why is this bad?
    GA4 stores values exactly as sent: `Email` and `email` are two rows in every source/medium and campaign
    report, even though its channel rules ignore case. One team, one spelling: lowercase.

    ## Example
    ```yaml
    campaign: spring-sale
    source: Intercom
    medium: Email
    links:
      - url: https://example.com/sale
        content: hero
    ```

    ## Use instead
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://example.com/sale
        content: hero
    ```
    """
    for key, path, value in _written(campaign, ctx):
        if plain(value) == plain(value).lower() or _identifier(key, value) or pasted_key(value) or (
                _slot(value) and getattr(ctx.config, "values_in_urls", False)
                and getattr(ctx.config, "slot_sheet", True)):
            continue
        if TRAILING_BACKSLASH.search(plain(value)) and not charset_problem(TRAILING_BACKSLASH.sub("", plain(value))):
            continue  # `Google\\`: value-charset's, whose advice (`google`) is lowercase too; lowercasing alone kept the `\\`
        new = _fix_value(key, value, lowered(value), ctx, uses_of(campaign))
        wanted = suggested(key, value, ctx, uses_of(campaign))
        # a name's symbols spelled out (`C++` -> `cpp`) is the one suggestion; lowercasing alone would write `c++`,
        # which value-charset then objects to: the fix and the message must agree, so a person applies it (review7)
        # (and a brand's `+` spelled out by campaign-slug's suggestion, `Disney+` -> `disney-plus`: stranger9 R3)
        spelled_out = wanted.strip() != new.strip() and (any(m for m in NAME_SYMBOL.finditer(plain(value))) or (
            "+" in value and letters(wanted) != letters(new)))
        # a fix that respells more than the case (`E-mail` -> `email`) says so: "has capital letters ... write
        # `email`" read as a case change alone (stranger11 R15)
        low = lowered(value).strip()
        # the spelling the file's other links write (scan: suggest.file_spelling) is said as theirs
        theirs = key == "source" and any(s == wanted.strip() for s, _ in getattr(ctx.config, "file_sources", ()))
        usually = "which this file's other links write" if theirs else "which is usually written"
        more = (f" (in lower case `{shown(low)}`, {usually} `{shown(wanted.strip())}`: GA4's channel "
                f"rules read both the same way)" if not spelled_out and wanted.strip() != low
                and new.strip() == wanted.strip() else "")
        yield ctx.report(f"{PARAM_KEYS[key]} `{shown(value)}` has capital letters, and GA4 reports count "
                         f"`{shown(value.strip())}` and `{shown(new.strip())}` as two different values{more}; "
                         f"write `{shown(wanted)}`",
                         campaign.doc.pos(path),
                         fix=None if spelled_out else _fix(campaign, path, new, f"write `{shown(new)}`"),
                         problem="has capital letters")


# The words a UTM sheet or a guide writes in capitals for the part of a value each use fills in (`utm_content=post-SLUG`,
# `SHOW-NAME`: "change the slug each time", corpus 18 #50 #53): the slot's name, not a value GA4 will receive, so its
# capitals are no case to lower. Only a slot's noun written whole in capitals counts; a team's own capitals
# (`Spring-Sale`, `Kandoo`, `EVENT_SIGNAL_2023`, a country code `ID` or `US`) hold none of them and keep value-case.
# Only in a link scan or validate_url reads, and there only in a guide or sheet (slot_sheet): a campaign file's
# `content: post-SLUG` is rendered into the links as written, so there it is a value GA4 receives, and told.
_SLOT_WORDS = frozenset({"NAME", "SLUG", "TITLE", "HANDLE", "USERNAME", "YYYY", "YYYYMMDD", "YYYYMM"})
_CAPS_WORD = lazy_compile(r"[A-Za-z]+")


def _slot(value: str) -> bool:
    """Whether every capital of `value` is in a word written wholly in capitals, one of them a slot's noun
    (_SLOT_WORDS): `SHOW-NAME`, `post-SLUG`; not `Post-SLUG` (a capital outside them) nor `NAMES`."""
    words = _CAPS_WORD.findall(plain(value))
    upper = [w for w in words if w != w.lower()]
    return bool(upper) and all(w.isupper() for w in upper) and any(w in _SLOT_WORDS for w in upper)


# A utm value as written in a link (its key's case aside)
_UTM_VALUE = lazy_compile(r"[?&;#]utm_(?:source|medium|campaign|content|term)=([^&#\s\"'<>]*)", re.IGNORECASE)


def slot_sheet(prose: bool, urls: Iterable[str]) -> bool:
    """Whether a file may write a sheet's slots in capitals (`SHOW-NAME`, `post-SLUG`): a guide or a sheet (`prose`:
    Markdown, reST, text, a CSV table) that does not write its own values in capitals. An e-mail template, a page,
    code or config sends its values as written, and a file whose own values are written in capitals (`CTA`,
    `EVENT_SIGNAL_2023`) holds `NEW-NAME` and `HERO-TITLE` as values of that convention (stranger14 R15: the slot's
    noun is a word any team may use). A convention is more than one mistake (stranger15 R4): the file's own
    capitals (_own_capitals) are one when they are two values or more, as many as its slot-like ones, or written on
    a link beside a slot-like one; a template's placeholder (`utm_source=SOURCE&utm_medium=MEDIUM`, `YOUR_SOURCE`,
    a merge tag: utm-placeholder-unfilled's) is none, and one `LAUNCH_2026` beside a sheet's `SHOW-NAME` and
    `PARTNER-NAME` leaves them slots."""
    if not prose:
        return False
    own, slots = set(), set()
    for url in urls:
        if not any(c.isupper() for c in url):
            continue
        mine, slotted = _own_capitals(url)
        if mine and slotted:
            return False  # `utm_campaign=NEW-NAME&utm_content=CTA`: the link writes its values in capitals
        own |= mine
        slots |= slotted
    return not own or len(own) < 2 and len(own) < len(slots)


def _own_capitals(url: str) -> Tuple[set, set]:
    """(the link's values written in capitals that hold no slot's noun and are no placeholder, those that are slots:
    _slot)."""
    mine, slotted, unfilled = set(), set(), None
    for found in _UTM_VALUE.finditer(url):
        value = found.group(1)
        words = [w for w in _CAPS_WORD.findall(plain(value)) if w != w.lower()]
        if not words or not all(w.isupper() for w in words):
            continue
        if any(w in _SLOT_WORDS for w in words):
            slotted.add(value)
            continue
        if not any(len(w) > 1 for w in words):
            continue
        if unfilled is None:
            from .tracking.fields import is_placeholder
            from .tracking.unfilled import utm_placeholder_unfilled

            unfilled = {(p.start, p.end) for p in utm_placeholder_unfilled(url)}
        if found.span(1) not in unfilled and not is_placeholder(value):
            mine.add(value)
    return mine, slotted


def _is_url(value: str) -> bool:
    return value.strip()[:8].lower().startswith(("http://", "https://"))


_TOKEN = lazy_compile(r"[A-Za-z0-9]+")
# A hex literal (`0xea94b796`): written by a system that generates campaign codes (Google's
# `CDR_0xea94b796_default_b540549312`, corpus 6), never by a person naming a campaign; the code is joined as written.
_HEX_LITERAL = lazy_compile(r"(?<![A-Za-z0-9])0x[0-9a-fA-F]{6,}(?![A-Za-z0-9])")
_DIGIT_RUN = lazy_compile(r"[0-9]+")


_TIMESTAMP = lazy_compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")  # ISO 8601, written by a machine (`2021-12-10T13:34:58`)


def _identifier(key: str, value: str) -> bool:
    """A case-sensitive identifier (a Salesforce id `0010V00002MLrPy`, a Canva design id `DAF8xZ3kLmQ`, a
    video id, a generated code holding a hex literal `0xea94b796`, an ISO timestamp `2021-12-10T13:34:58`):
    lowercasing it would break it. A word of 10+ letters and digits with both cases that starts with a digit or
    holds two runs of digits, a `0x` hex literal of 6+ digits, or a timestamp. A source can be one too (Red Hat's
    e-mails carry a Salesforce campaign id as `utm_source=7013a000002h1QGAAY`: in the 11,962 (repository, URL) pairs
    of the mirrors and corpora 1-6 it is the only capitalised source of that shape); a medium never is."""
    if key == "medium":
        return False
    if "0x" in value and _HEX_LITERAL.search(plain(value)):
        return True  # a generated campaign code (`CDR_0xea94b796_default_b540549312`)
    if "T" in value and _TIMESTAMP.search(plain(value)):
        return True
    for token in _TOKEN.findall(plain(value)):
        if len(token) >= 10 and token.lower() != token and token.upper() != token and any(c.isdigit() for c in token):
            if token[0].isdigit() or len(_DIGIT_RUN.findall(token)) >= 2:
                return True
    return False


# A key pasted into a value (`utm_source=Opource=OpenStatus`: an edit over the key; `utm_medium=email=utm_content=x`:
# a `&` typed as `=`): a query field splits at its first `=` only, so GA4 keeps the whole text. The value is broken,
# not misspelled: no rule respells it (lowercasing it would ratify the garbage), value-charset says what happened.
# Only a key that looks pasted counts: a utm key or a near-miss of one (`Opource`, `utm_souce`, `medium`), or a
# query key a link carries (`gclid`, `fbclid`: rules/copied-tracking.txt). `=` itself is legal in a query value,
# and a value such as `ref=readme` or `lang=en` breaks nothing (issue 12: report only what breaks something). Not a
# value holding a path or URL with its own query (`a/b?c=d`, `https://x/?a=b`, a `?utm_...=` swallowed by a second
# `?`: url-second-question-mark's), nor base64's trailing `=` padding.
# a key and `=` at a value's start, after a `=` (a `&` typed as `=`) or after a space (a `&` typed as a space:
# `onboarding utm_content=footer`, review41 H6: value-separator's safe fix wrote `onboarding-utm-content%3Dfooter`)
_PASTED_KEY = lazy_compile(r"(?:^|(?<==)|(?<=\s))\s*([A-Za-z][A-Za-z0-9_-]*)=(?=[^=])")
_UTM_WORDS = ("source", "medium", "campaign", "content", "term")


def _key_like(name: str) -> bool:
    """Whether `name` is a utm key, a near-miss of one (with or without `utm_`), or a known query key."""
    from ..channels import edit_distance
    from ..urls import UTM_ORDER
    from .tracking.copied_lists import tracking_data

    folded = name.lower().replace("-", "_")
    if folded.startswith("utm") or folded in tracking_data().params:
        return True
    # none for a short word (`term`: not `team`), one edit from five letters (`soruce`), two from seven (`Opource`:
    # `O` added, `s` typed as `p`)
    limit = 2 if len(folded) >= 7 else 1 if len(folded) >= 5 else 0
    return any(edit_distance(folded, word, limit) <= limit for word in _UTM_WORDS + UTM_ORDER)


def pasted_key(value: str) -> Optional[str]:
    """The `key=` pasted into a value (`Opource=` in `Opource=OpenStatus`, `utm_content=` in
    `email=utm_content=program`), or None. At the start, the key was pasted over the value; after a `=`, a `&`
    was typed as `=`."""
    text = plain(value)
    if "=" not in text or "/" in text or "?" in text:
        return None
    if text.endswith("=") and has_placeholder(value):
        # a key right before a template slot that fills the value (`utm_source=utm_source=${searchParams.utm_source}`,
        # corpus 36 #2 #6): whatever the slot holds, the value opens with the key
        text += "x"
    for found in _PASTED_KEY.finditer(text):
        if _key_like(found.group(1)):
            return found.group().strip()
    return None


# A `+` at an end of a value (`utm_source=NodeJS+`): in a link it stands for a space, and GA4 reports can show it
# as a `+`; either way the value is counted apart from the one without it. One `+` only: `C++` is a name.
_END_PLUS = lazy_compile(r"^\s*\+(?!\+)(?=\S)|(?<=[^+\s])\+\s*$")


def _without_end_plus(value: str) -> str:
    return _END_PLUS.sub("", value).strip()


@rule(code="UTM202", name="value-whitespace", severity="warning", target="campaign", fixable=True, scan_fix="safe")
def value_whitespace(campaign: Campaign, ctx: Context) -> Iterator[Report]:
    """A utm value has spaces at its ends or doubled inside.

    ## What it does
    Finds utm values with whitespace at the start or end, or with doubled spaces, tabs, line breaks or
    non-breaking spaces inside, and strips them with `--fix`; also one `+` at an end of a value in a link written
    by hand (`utm_source=NodeJS+`), which a link reads as a space (`C++` and `google+`, a name on Google's list, are
    left alone, and so are `%2B` and a campaign file's `disney+`: render writes it `%2B`). The ends are trimmed and inner runs become one
    space, which value-separator then turns into the configured separator (without a chosen `separator:`, a
    value whose words are all joined by single spaces is the author's convention and stays as it is).

    ## Why is this bad?
    The link carries the space as `%20`, and GA4 counts `email ` apart from `email`: a row that looks identical
    in reports but is not, and a medium GA4 no longer recognises as Email.

    ## Example
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: "email "
    links:
      - url: https://example.com/sale
        content: hero
    ```

    ## Use instead
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://example.com/sale
        content: hero
    ```
    """
    for key, path, value in _written(campaign, ctx):
        if pasted_key(value):
            continue  # a broken value: value-charset's, and no respelling of it is right
        new = stripped(value)
        # a `+` at an end is a space only in a link written by hand (scan, validate_url); a campaign file's is the
        # name's (`disney+`): render writes it `%2B` (stranger9 R3: a SAFE fix renamed Disney+ `disney`)
        plus = new == value and "+" in value and ctx.config.values_in_urls and _END_PLUS.search(plain(value)) is not None
        if plus:
            new = _without_end_plus(value)
            if not new or not same_for_ga4(key, value.strip(), new):
                continue  # `google+` is on Google's social list; `google` is a search engine
        if new == value:
            continue
        fixed = _fix_value(key, value, new, ctx, uses_of(campaign))
        # with the `+` gone, the suggestion may only change case (`NodeJS+` -> `nodejs`), so the finding's fix and
        # value-case's agree and are one finding; anything more (`node+js+` -> `node-js`) is another rule's to say
        new = new if plus and fixed.lower() != new.lower() else fixed
        if plus:
            end = "starts" if value.lstrip().startswith("+") else "ends"
            problem = f"{end} with `+`"
            yield ctx.report(f"{PARAM_KEYS[key]} `{shown(value)}` {problem}, which a link reads as a space (and GA4 "
                             f"reports can show as a `+`): either way GA4 counts it apart from "
                             f"`{shown(_without_end_plus(value))}`; write `{shown(new)}`",
                             campaign.doc.pos(path), fix=_fix(campaign, path, new, f"write `{shown(new)}`"),
                             problem=problem)
            continue
        if value != value.strip():
            sides = [(where, ch) for where, ch in (("starts", value[:1]), ("ends", value[-1:])) if ch.isspace()]
            kind = {" ": "a space", "\t": "a tab", "\n": "a line break", "\r": "a line break"}
            if len(sides) == 2:
                problem = "starts and ends with whitespace"
            else:
                problem = f"{sides[0][0]} with {kind.get(sides[0][1], 'an invisible space')}"
        else:
            problem = f"has {_inner_space(value)} inside"
        carried = "as `%20`" if all(ch == " " for ch in value if ch.isspace()) else "percent-encoded"
        yield ctx.report(f"{PARAM_KEYS[key]} `{shown(value)}` {problem}; the link carries it {carried}, and GA4 "
                         f"counts it apart from `{shown(stripped(value))}` in a row that looks the same; "
                         f"write `{shown(suggested(key, value, ctx, uses_of(campaign)))}`",
                         campaign.doc.pos(path), fix=_fix(campaign, path, new, f"write `{shown(new)}`"), problem=problem)


def _inner_space(value: str) -> str:
    odd = ODD_SPACE.search(plain(value.strip())).group()
    if odd.startswith("  "):
        return "a doubled space"
    return {"\t": "a tab", "\n": "a line break", "\r": "a line break", "\u00a0": "a non-breaking space"}.get(
        odd, f"an invisible space (U+{ord(odd):04X})")


def _separator_words(value: str, separator: str) -> str:
    """How a value joins its words, in a marketer's words: "underscores", "spaces and `+`", ..."""
    from ..phrases import joined

    kinds = []
    for match in SEPARATOR_RUN.finditer(kept_names(plain(value.strip()))):
        run = match.group()
        if run == separator:
            continue
        if "%" in run:
            kinds.append("`%20`")
        if "_" in run and separator != "_":
            kinds.append("underscores")
        if "+" in run:
            kinds.append("`+`")
        if any(ch.isspace() for ch in run):
            kinds.append("spaces")
        if "-" in run and separator != "-":
            kinds.append("hyphens")
        if run.count(separator) > 1:
            kinds.append(f"doubled `{separator}`")
    unique = list(dict.fromkeys(kinds)) or [f"doubled `{separator}`"]
    return joined(unique)


def _own_run(run: str, separator: str) -> bool:
    """A run of separator characters value-separator reports (not the separator, not odd whitespace alone)."""
    return run != separator and not (run.isspace() and run != " ")


@rule(code="UTM203", name="value-separator", severity="warning", target="campaign", fixable=True, scan_fix="safe")
def value_separator(campaign: Campaign, ctx: Context) -> Iterator[Report]:
    """A utm value joins words with `_`, `+`, spaces or `%20` instead of the configured separator.

    ## What it does
    Finds utm values whose words are joined by `_`, `+`, spaces, `%20`, a mix of them, or a doubled separator,
    when the config's `separator` (default `-`) is another, and rewrites them with the separator (`spring_sale`
    and `spring sale` become `spring-sale`) with `--fix`. Doubled spaces and tabs alone are value-whitespace's
    finding; once its fix has made them one space, they are this rule's (both fixes run in one `--fix`). A
    source or medium whose spelling GA4's channel rules depend on (`Google Shopping` is on Google's list,
    `google-shopping` is not) is left alone, and so is a `term` whose words are joined by single spaces: a
    search keyword is written as searched (`running shoes`), as ad platforms fill it in. A `++` ending a word
    (`C++`, `Notepad++`), or C++'s with a word glued after it (`c++weekly`, `c++20`), joins no words: it is part
    of a name and is kept (`c++ tips` becomes `c++-tips`, never `c-tips`); value-charset says why a `+` matters in
    a link.

    ## Why is this bad?
    `spring_sale`, `spring-sale` and `spring%20sale` are three campaigns in GA4. `+` also changes in transit:
    it means a space in some tools and a plus in others (GA4 reports can show it literally), so with a chosen
    separator a `+` is reported even when every word is joined by one.

    ## Example
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://example.com/sale
        content: hero_banner
    ```

    ## Use instead
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://example.com/sale
        content: hero-banner
    ```

    ## Config
    The example needs these lines in `.utmlint.yaml` (without a chosen separator, a value written
    consistently with `_`, with single spaces (`%20` in a link) or with single `+`, or as `_`-joined fields of
    `-`-joined words (`github_anything-llm`, a sponsor's code `cloud-s3_rclone_231025_paid`), or as fields of
    `_`-joined words joined by single `+` (`help+what_now`), is left alone, and so is a repository's or its package
    folder's hyphenated name between single spaces (`algoliasearch-helper website` in `packages/algoliasearch-helper/`,
    as `scan` knows whose file it reads): it is the author's convention, GA4 stores it
    as it is, and fragmentation finds a value spelled both ways; other mixes, doubled or end spaces stay a
    finding):
    ```yaml
    separator: "-"
    ```
    """
    separator = ctx.config.separator
    for key, path, value in _written(campaign, ctx):
        if pasted_key(value):
            continue  # a broken value: value-charset's, and no respelling of it is right
        new = separated(value, separator)
        if new == value or not same_for_ga4(key, value.strip(), new.strip()):
            continue
        if key == "source" and DOMAIN.fullmatch(value.strip()):
            continue  # a referrer's domain (`partner-site.com`) is spelled as registered
        if key == "term" and _keyword(value.strip()):
            continue  # a search keyword is words as searched (`running shoes`), as ad platforms fill it in
        if not any(_own_run(m.group(), separator) for m in SEPARATOR_RUN.finditer(kept_names(plain(value.strip())))):
            continue  # only doubled spaces or tabs: value-whitespace's finding until it makes them one space
        if isinstance(separator, DefaultSeparator) and _named_fields(value, getattr(ctx.config, "identity", None)):
            continue  # `algoliasearch-helper website`: the package's own name, then a word, joined as the team writes
        words = _separator_words(value, separator)
        yield ctx.report(f"{PARAM_KEYS[key]} `{shown(value)}` joins words with {words}; GA4 counts each spelling "
                         f"as a different value, and {_separator_convention(separator)}; "
                         f"write `{shown(suggested(key, value, ctx, uses_of(campaign)))}`",
                         campaign.doc.pos(path), fix=_fix(campaign, path, _fix_value(key, value, new, ctx, uses_of(campaign)),
                                                          f"join words with `{separator}`"),
                         problem=f"joins words with {words}")


_FIELD_JOINS = lazy_compile(r"(?:%20|[\s_+])+", re.IGNORECASE)


def _named_fields(value: str, identity) -> bool:
    """Whether the value joins fields with one separator and its only `-` are inside fields that are names of the
    repository or of the folders the link's file is in (utmlint.identity.in_folder): `algoliasearch-helper website`
    and `create-instantsearch-app repository` (written `%20` in Algolia's links, in `packages/algoliasearch-helper/`
    and `packages/create-instantsearch-app/`: corpus 7 #182 #187). A package's name keeps its hyphens, as `C++` keeps
    its `+`; the rest is the author's one convention (spelling.one_convention). Without a known repository (a
    campaign file outside git, `hero banner-top`) nothing is a name."""
    if identity is None or "-" not in value:
        return False
    from ..identity import normalize

    fields = [f for f in _FIELD_JOINS.split(plain(value).strip()) if f]
    named = [f for f in fields if "-" in f]
    if len(fields) < 2 or not all(len(normalize(f)) >= 4 and normalize(f) in identity.names for f in named):
        return False
    from ..spelling import one_convention

    parts = re.split(r"((?:%20|[\s_+])+)", plain(value).strip(), flags=re.IGNORECASE)  # the joins kept
    return one_convention("".join(normalize(part) if "-" in part else part for part in parts))


# Legal as they are in a query value (RFC 3986 `pchar`, `/` and `?`): they break nothing, so they are not
# reported (a `=` is read as part of the value by every parser, which splits a field at its first `=`). Nor are `[`
# and `]` (BROWSER_KEPT).
_QUERY_SAFE = frozenset("/?:@!$'()*,;=") | BROWSER_KEPT
_ESCAPE = lazy_compile(r"%[0-9a-f]{2}")  # an escape written by hand (`%2f`) is read correctly


_USUAL = lazy_compile(r"[a-z0-9._-]*")  # what most values are written as: nothing to object to


# `app$` (spelling.STRAY_DOLLAR): a lone `$` after a word at the end of a value, left by a template whose variable
# was not filled in. A `$` is legal in a query value, so only this shape is reported (not `$5`, `us$`-like words).


def charset_problem(value: str, in_url: bool = True) -> Optional[Tuple[List[str], str]]:
    """The characters value-charset objects to, and what they do to a link. `in_url`: the value is written in a
    link as it is (scan); a campaign file's (False) is percent-encoded by render, so its `+` breaks nothing."""
    if _USUAL.fullmatch(value):
        return None
    text = _ESCAPE.sub("", PERCENT_20.sub(" ", plain(value)).lower())
    bad = [ch for ch in dict.fromkeys(BAD_CHAR.findall(text)) if ch not in _QUERY_SAFE]
    stray = STRAY_DOLLAR.search(plain(value)) is not None
    if stray:
        bad.append("$")
    if in_url and "++" in value and any(m.group() == "++" for m in NAME_SYMBOL.finditer(plain(value))):
        bad.append("+")  # a name's `++` (`C++`) joins no words: not value-separator's, but a written link's `+` is a space
    if not in_url and "#" in bad and text.count("#") == sum(
            m.group() == "#" and text[m.start() - 1].upper() in HASH_NAMES for m in NAME_SYMBOL.finditer(text)):
        # a campaign file's `C#`: render writes `C%23`, so nothing is cut; value-case's `csharp` is what is left to say
        bad.remove("#")
    if not bad or all(ch.isalpha() for ch in bad) and one_script(plain(value)):
        return None  # `utm_source=сайт`: a word in its own script, shown decoded (spelling.one_script)
    it = "it" if len(bad) == 1 else "they"
    if bad == ["$"]:
        why = ("a `$` at its end is what is left of a template variable that was not filled in (`${name}`, `$name`), "
               "and GA4 keeps it, so the value is counted apart from the one without it")
    elif bad == ["\\"] and TRAILING_BACKSLASH.search(plain(value)):
        why = ("a `\\` at its end is what is left of escaping the `&` after it (`\\&`, as a shell or Markdown needs), "
               "and GA4 keeps it, so the value is counted apart from the one without it")
    elif "#" in bad and not in_url:  # render writes `%23`: only a link built by hand from the value is cut
        why = ("render writes it `%23`, but a link typed or copied by hand with this value ends its query at the "
               "`#`, losing the rest of the value and every utm parameter after it")
    elif "#" in bad:
        why = "an unencoded `#` ends the link's query, so this value and every utm parameter after it are lost"
    elif "&" in bad:
        cut = value.split("&", 1)[0]
        why = f"an unencoded `&` ends the value, so a hand-built link sends `{shown(cut)}` and a stray parameter"
    elif bad == ["+"]:
        why = ("a `+` must be written `%2B` in a link: most tools read a hand-built link's `+` as a space "
               f"(`{shown(plain(value).replace('+', ' '))}`)")
    elif "%" in bad:
        why = f"{it} must be percent-encoded in a link, which hand-built links get wrong, and tools show {'it' if it == 'it' else 'them'} differently"
    elif all(ch.isalpha() for ch in bad):
        why = "letters outside a-z are percent-encoded in the link and shown differently from tool to tool"
    else:
        why = f"{it} must be percent-encoded in a link and {'looks' if it == 'it' else 'look'} different in GA4, " \
              "spreadsheets and ad tools"
    return bad, why


# `gooogle\\`: a `\\` ending a value, what is left of an escaped `&` (`\\&`) after it, written as is or as `%5C`
# (corpus 22 #52, a README's `utm_source=gooogle%5C&utm_medium=banner%5C`): GA4 keeps it, written either way
TRAILING_BACKSLASH = lazy_compile(r"(?<=[A-Za-z0-9])\\+\s*$")


@rule(code="UTM204", name="value-charset", severity="warning", target="campaign")
def value_charset(campaign: Campaign, ctx: Context) -> Iterator[Report]:
    """A utm value has characters outside a-z, 0-9, `.`, `_` and `-`.

    ## What it does
    Finds utm values with characters other than lowercase letters, digits, `.`, `_` and `-` (and the configured
    separator): `&`, `#`, `?`, `=`, `/`, `%`, quotes, emoji, accented letters or another script's mixed with a-z
    (a word wholly in one other script, `сайт` or `사이트`, breaks nothing: GA4 shows it decoded). Capitals,
    spaces and `+` are left to value-case, value-whitespace and value-separator, except a name's `++` (`C++`) and
    `#` (`C#`), which join no words, only in a link as written (`utmlint scan`), where most tools read `+` as a
    space and `#` ends the query: a campaign file's `C++` and `C#` are written `C%2B%2B` and `C%23` by
    `utmlint render`, which breaks nothing (another `#` there is reported: a link built by hand is cut). In
    a scanned link, a `#` that cut a name (`utm_campaign=C#`) is reported over the value as written, saying GA4
    reads `C`. In a link, a character written percent-encoded breaks nothing and is not reported, but for a `\\`
    ending a value (`gooogle%5C`, what is left of escaping the `&` after it as `\\&`), which GA4 keeps, written either
    way. There is no automatic fix; the message suggests a plain spelling, which
    spells a name's symbols out (`cpp`, `csharp`, as GitHub's language slugs write them) rather than drop them
    (`c`, `c-` name something else). Characters legal in a query value (`/ : ( ) ? = ' @ $`), and `[ ]`, which
    browsers send in a query as written and GA4 shows the same encoded or not (`utm_campaign=[mystore]`), are reported
    only in two shapes that show a broken value: a `$` at the end (`app$`, a template variable left unfilled), and a
    utm key pasted into the value with its `=`: at the start (`Opource=OpenStatus`, text pasted over the key) or
    after a `=` (`email=utm_content=program`, a `&` typed as `=`), for which no spelling is suggested and no other
    value rule offers one. Only a key that looks pasted counts (a utm key, a near-miss of one such as `Opource`,
    or a click id such as `gclid`): `ref=readme` or `lang=en` breaks nothing and is not reported.
    A link to a destination that keeps only some values (`rules/destination-value-limits.txt`: a Stripe payment link,
    `buy.stripe.com`, passes utm_source, utm_medium, utm_campaign, utm_term and utm_content to the page after payment
    only when each is letters, digits, `-` and `_`, up to 150 characters, and drops any other without a word, as
    Stripe's "Track a payment link" says) has every other value reported, `.`, a space or `/` included, with the value
    to write (its other characters turned to `-`, or `_` where the link's other values are joined so); on that value
    this is the one finding (value-case's or value-whitespace's respelling would be dropped too).

    ## Why is this bad?
    These characters must be percent-encoded in a URL. A hand-built link that skips it breaks: `&` ends the
    value, `#` drops everything after it. Encoded or not, `café` and `cafe` are different rows, and tools
    display them differently.

    ## Example
    ```yaml
    campaign: black&friday
    source: intercom
    medium: email
    links:
      - url: https://example.com/sale
        content: hero
    ```

    ## Use instead
    ```yaml
    campaign: black-friday
    source: intercom
    medium: email
    links:
      - url: https://example.com/sale
        content: hero
    ```
    """
    separator = ctx.config.separator
    drops = {(KEY_FOR_PARAM[param], value): (limit, link) for param, value, limit, link in dropped(campaign)
             if KEY_FOR_PARAM.get(param) in KEYS}  # the five a payment link passes on (its other keys: not at all)
    told = set()
    for key, path, value in _written(campaign, ctx):
        pasted = pasted_key(value)
        if pasted and pasted[:-1].strip().lower() == PARAM_KEYS[key] and plain(value).lstrip().startswith(pasted):
            # the link's own key written twice (`utm_source=utm_source=${x}`): GA4 keeps the key in every value
            yield ctx.report(f"{PARAM_KEYS[key]} `{shown(value)}` starts with `{shown(pasted)}` again: the key is "
                             f"written twice, so GA4 keeps `{shown(pasted)}` in front of every value this link sends "
                             f"and counts them apart from the same values without it; write `{PARAM_KEYS[key]}=` once",
                             campaign.doc.pos(path))
            continue
        if pasted and plain(value).lstrip().startswith(pasted):
            yield ctx.report(f"{PARAM_KEYS[key]} `{shown(value)}` starts with `{shown(pasted)}`, a key and `=`: text was "
                             "pasted over the value (an edit over the key, another link's query), and GA4 keeps all of it "
                             "as the value; write the value you meant by hand (no respelling of this one is right)",
                             campaign.doc.pos(path))
            continue
        if pasted and re.search(r"\s" + re.escape(pasted), plain(value)):
            meant = re.split(r"\s+" + re.escape(pasted), plain(value), 1)[0]
            yield ctx.report(f"{PARAM_KEYS[key]} `{shown(value)}` holds ` {shown(pasted)}`: a space stands where `&` "
                             f"belongs, so GA4 keeps all of it as this value and never reads `{shown(pasted[:-1])}`; the "
                             f"value ends at `{shown(meant)}`: write `&{shown(pasted)}` for the space",
                             campaign.doc.pos(path))
            continue
        if pasted:
            meant = plain(value).split("=" + pasted, 1)[0]
            yield ctx.report(f"{PARAM_KEYS[key]} `{shown(value)}` holds `={shown(pasted)}`: a `&` was typed as `=`, so "
                             f"GA4 keeps all of it as this value and never reads `{shown(pasted[:-1])}`; the value ends "
                             f"at `{shown(meant)}`, and `{shown(pasted)}` starts a parameter of its own",
                             campaign.doc.pos(path))
            continue
        found = charset_problem(value, ctx.config.values_in_urls)
        if found is None:
            continue
        bad, why = found
        chars = ", ".join(f"`{shown(ch)}`" if ch.isprintable() else f"U+{ord(ch):04X}" for ch in bad)
        better = suggested(key, value, ctx, uses_of(campaign)) if "{" not in value else ""
        if bad == ["\\"] and TRAILING_BACKSLASH.search(plain(value)):
            better = suggested(key, TRAILING_BACKSLASH.sub("", plain(value)), ctx, uses_of(campaign))  # `gooogle\\`
        hint = (f"write `{shown(better)}`" if better and not charset_problem(better)
                else f"use lowercase letters, digits and `{separator}`")
        drop = drops.get((key, value))
        if drop is not None:  # `black&friday` on a Stripe payment link: the tag is lost as well, said once
            told.add((key, value))
            why += f", and {_drops(drop[0])}"
        yield ctx.report(f"{PARAM_KEYS[key]} `{shown(value)}` contains {chars}: {why}; {hint}",
                         campaign.doc.pos(path))
    for (key, value), (limit, link) in drops.items():
        if (key, value) in told:
            continue
        # `utm_source=customer.io`, `utm_campaign=spring%20sale` on buy.stripe.com: legal in any link, but the
        # destination drops the value without a word (rules/destination-value-limits.txt, with its origin)
        origin = link.origins.get(PARAM_KEYS[key])
        pos = campaign.doc.pos(origin.path) if origin is not None and origin.path else link.pos
        what = (f"is {len(value)} characters long" if len(value) > limit.longest and kept(value[:limit.longest], limit)
                else f"contains {_outside(value, limit)}")
        better = kept_spelling(suggested(key, value, ctx, uses_of(campaign)), limit, _link_separator(link, limit, ctx))
        hint = f"write `{shown(better)}`" if better and better != value else \
            f"shorten it to {limit.longest} characters or fewer" if what.startswith("is ") else \
            f"write it with letters, digits{_extra_words(limit)} only"
        yield ctx.report(f"{PARAM_KEYS[key]} `{shown(value)}` {what}: {_drops(limit)}; {hint}", pos)


def _extra_words(limit) -> str:
    """`, `-` and `_``: the characters a destination keeps besides letters and digits, as a message lists them."""
    shown_ = [f"`{ch}`" for ch in limit.extra]
    return "" if not shown_ else f", {shown_[0]}" if len(shown_) == 1 else \
        ", " + ", ".join(shown_[:-1]) + f" and {shown_[-1]}"


def _drops(limit) -> str:
    """What a destination of rules/destination-value-limits.txt does with a value it does not keep."""
    from ..onefinding import DROPS

    return (f"{limit.host} keeps a utm value only when it is letters, digits{_extra_words(limit)} (at most "
            f"{limit.longest} characters) and {DROPS}, so the page it sends the visitor on to never gets this tag")


def _outside(value: str, limit) -> str:
    """The characters of `value` a destination does not keep, shown as value-charset names characters."""
    bad = [ch for ch in dict.fromkeys(value) if not (ch.isascii() and ch.isalnum() or ch in limit.extra)]
    return ", ".join("a space" if ch == " " else f"`{shown(ch)}`" if ch.isprintable() else f"U+{ord(ch):04X}"
                     for ch in bad)


def _link_separator(link, limit, ctx) -> str:
    """The separator a kept spelling joins words with: the team's, else the one the link's other values use."""
    chosen = ctx.config.separator
    if not isinstance(chosen, DefaultSeparator) and chosen in limit.extra:
        return chosen
    written = "".join(link.params.values())
    return "_" if written.count("_") > written.count("-") and "_" in limit.extra else "-"


@lru_cache(maxsize=16)
def _pattern(text: str, builtin: bool):
    """The campaign pattern: ours in `re`; a team's (from the config, so from pull requests too) in a
    linear-time engine (userregex), checked when the config was loaded."""
    if builtin:
        return cached(text)
    from ..userregex import compile_user_regex

    return compile_user_regex(text)


@rule(code="UTM205", name="campaign-slug", severity="warning", target="campaign")
def campaign_slug(campaign: Campaign, ctx: Context) -> Iterator[Report]:
    """utm_campaign does not fit the team's campaign pattern.

    ## What it does
    Checks that `campaign` (utm_campaign) fully matches the config's `campaign-pattern`, by default lowercase
    words and digits joined by single `-`, `_`, `.` or spaces (`spring-sale-2026`, `nuxt.com`; with a chosen
    `separator:`, that one or `.`). It judges the value as value-whitespace, value-case and value-separator would
    fix it and as value-charset asks, so `Spring_Sale` is reported by those rules only; what is left (a leading
    or doubled separator, a team pattern such as a year prefix) is reported here, and so is a value whose respelling
    the team's own pattern still rejects (then this is the one finding: respelling it first would be a step that
    fails the pattern). Values with `{placeholders}`
    are skipped, and so, under the default pattern, is a page's path (`/docs/guides/setup`: two or more segments
    from the root, a value a site writes from its own paths; `/` is legal in a query and breaks nothing).

    ## Why is this bad?
    The campaign name is the row marketers look for in GA4. One shape makes it findable, sortable and impossible
    to spell two ways.

    ## Example
    ```yaml
    campaign: -spring-sale-2026
    source: intercom
    medium: email
    links:
      - url: https://example.com/sale
        content: hero
    ```

    ## Use instead
    ```yaml
    campaign: spring-sale-2026
    source: intercom
    medium: email
    links:
      - url: https://example.com/sale
        content: hero
    ```
    """
    slug = campaign.slug
    if not slug or has_placeholder(slug):
        return
    if _default_pattern(ctx) and one_script(slug):
        return  # `кампания-2024`: a name in its own script, not a misspelled slug (spelling.one_script)
    if ctx.config.values_in_urls and _SWALLOWED_KEY.search(slug):
        return  # a link's `doka?utm_content=about-partnership`: a second `?` swallowed a key, url-second-question-mark's
    pattern, wanted = _slug_pattern(ctx)
    if pattern.fullmatch(slug):
        return
    if _default_pattern(ctx) and (_PAGE_PATH.fullmatch(slug) or _OWNER_REPO.fullmatch(slug)):
        return  # `/docs/forecasting/cross_validation`: a page's path as its campaign (Nixtla's docs tag every CTA so,
        # corpus 22 #53-#60), `cloudposse/terraform-null-label`: a repository's `owner/name` (Cloud Posse's README
        # generator, corpus 23): `/` is legal in a query value and breaks nothing; no team pattern was declared
    separator = ctx.config.separator
    respelled = settled(slug, separator)
    if respelled != slug and (_default_pattern(ctx) or pattern.fullmatch(respelled)) or charset_problem(slug) \
            or pasted_key(slug) or _identifier("campaign", slug):
        return  # value-whitespace, value-case, value-separator or value-charset reports it, with the same advice
    # (a respelling the team's own pattern still rejects, `Spring_Sale` -> `spring_sale` beside `q[1-4]-[a-z]+`, is
    # reported here, the one finding: onefinding drops the respellings toward a value that must be renamed anyway)
    candidate = campaign_suggestion(slug, ctx)
    hint = f"write `{candidate}`" if candidate else "rename it to fit"
    yield ctx.report(f"utm_campaign `{shown(slug)}` does not follow {wanted}; marketers find a campaign in GA4 by "
                     f"this name, and any other spelling starts a separate row; {hint}",
                     campaign.doc.pos(("campaign",)))


# A campaign that is a site's page path, two or more lowercase segments from the root (`/docs/contributing`): a value
# a site writes from its own paths, legal in a query and kept whole (issue 12: `/` breaks nothing). One segment
# (`/spring-sale`) stays a misspelled slug; a team's declared `campaign-pattern` is still held to.
_PAGE_PATH = lazy_compile(r"(?:/[a-z0-9]+(?:[-_.][a-z0-9]+)*){2,}/?")
# A campaign that names a repository or a section as lowercase slugs joined by single `/`, no leading `/`
# (`cloudposse/terraform-null-label`, a README generator's `owner/name`): the same reading as a page path, `/` breaks
# nothing. A doubled or trailing `/`, an empty segment, capitals and a declared `campaign-pattern` still hold.
_OWNER_REPO = lazy_compile(r"[a-z0-9]+(?:[-_.][a-z0-9]+)*(?:/[a-z0-9]+(?:[-_.][a-z0-9]+)*)+")

# A utm key swallowed into the campaign by a second `?` (checks.tracking.second_question_mark.swallowed_keys): the value
# ends at the `?` once url-second-question-mark's fix is made, so no respelling of the whole text is right (corpus 13
# #102).
_SWALLOWED_KEY = lazy_compile(r"\?utm_[a-z_]+=", re.IGNORECASE)


def _default_pattern(ctx) -> bool:
    return ctx.config.campaign_pattern == DEFAULT_CAMPAIGN_PATTERN


def _separator_convention(separator: str) -> str:
    if isinstance(separator, DefaultSeparator):
        return f"`{separator}` is the usual separator (choose another with `separator:` in .utmlint.yaml)"
    return f"the team joins words with `{separator}`"


def _slug_pattern(ctx) -> Tuple["re.Pattern[str]", str]:
    """The team's campaign pattern (the default one follows the team's separator) and how to say it."""
    separator = ctx.config.separator
    pattern_text = ctx.config.campaign_pattern
    if pattern_text != DEFAULT_CAMPAIGN_PATTERN:
        return _pattern(pattern_text, builtin=False), f"the team's `campaign-pattern` `{pattern_text}`"
    # Dots are legal and common (`nuxt.com`, `launch-v2.1`); without a chosen separator `_`, a single space and
    # `+` are too (`mindsdb repo`, `zod+docs`: the author's convention, as value-separator leaves it), and so is a
    # ` - ` between titles written with the words' one separator (`exercism_-_media_buy`: spelling.one_convention).
    joins = "(?:[-_. +]|_-_| - |\\+-\\+)" if isinstance(separator, DefaultSeparator) \
        else f"(?:{re.escape(separator)}|\\.)"
    pattern_text = f"[a-z0-9]+(?:{joins}[a-z0-9]+)*"
    words = "`-`, `_`, `.`, `+` or spaces" if isinstance(separator, DefaultSeparator) else f"`{separator}` or `.`"
    return _pattern(pattern_text, builtin=True), (f"the campaign naming convention: lowercase words and digits joined by single "
                                    f"{words}, like `spring{separator}sale{separator}2026`")


def campaign_suggestion(slug: str, ctx) -> Optional[str]:
    """The one utm_campaign to suggest for `slug`: respelled by the value rules' fixes and advice, then (for
    the default convention) with every other character run made one separator; None when nothing fits."""
    separator = ctx.config.separator
    pattern, _ = _slug_pattern(ctx)
    if "+" in slug and not ctx.config.values_in_urls:
        # a brand's `+` in a campaign file (`disney+ launch`: render writes `%2B`) is its name: spelled out, never
        # dropped (`disney-launch` names something else: stranger9 R3). In a link a bare `+` may be a space.
        from ..spelling import name_plus_spelled_out

        slug = name_plus_spelled_out(slug, separator)
    left = residue(slug, separator)
    if pattern.fullmatch(left):
        return left
    left = residue(slug, separator, keep_legal=False)  # the pattern wants none of `/ : ' ...`: `devops'ish` -> `devopsish`
    if pattern.fullmatch(left):
        return left
    if ctx.config.campaign_pattern == DEFAULT_CAMPAIGN_PATTERN:
        candidate = separator.join(part for part in re.split(r"[^a-z0-9]+", left) if part)
        if candidate and pattern.fullmatch(candidate):
            return candidate
    return None
