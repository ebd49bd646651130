"""UTM314 utm-placeholder-unfilled: a template's placeholder left unfilled (`utm_source=your_app_name`, `<source>`),
in a URL or in a campaign file's own values."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, FrozenSet, Iterator, List, Optional, Tuple

from ...lazyregex import cached, lazy_compile
from ...registry import Report, rule
from .fields import _GA4_SET, query_fields, UrlProblem
from .report import _report

if TYPE_CHECKING:
    from ...engine import Context
    from ...model import Link


_WORD_SEPARATORS = str.maketrans("", "", "-_.+ ")


def _folded_word(text: str) -> str:
    return text.strip().lower().translate(_WORD_SEPARATORS)


@lru_cache(maxsize=1)
def placeholder_words() -> FrozenSet[str]:
    """`rules/placeholder-words.txt`, each value folded (lower case, no `-`, `_`, `.`, `+` or spaces)."""
    from ...resources import rule_lines

    return frozenset(_folded_word(line) for line in rule_lines("placeholder-words.txt"))


_WHAT_TO_WRITE = {"utm_source": "the name of your app or site (where the visits come from)",
                  "utm_medium": "the medium you mean", "utm_campaign": "your campaign's name"}


@lru_cache(maxsize=1)
def _placeholder_stems() -> Tuple[str, ...]:
    """What a text must contain to hold a word of the list: `your`, or the first letters of a word without it
    (`todo`, `chan` for `changeme` written `change-me`): a fast no for nearly every URL and value."""
    return ("your",) + tuple(sorted({_stem(w) for w in placeholder_words() if not w.startswith("your")}))


_KEY_WORDS = ("campaign", "source", "medium", "content")


def _stem(word: str) -> str:
    """A word's first four letters, after a key's own name (`campaign_name`: `name`, not `camp`, which every
    `utm_campaign=` holds)."""
    key = next((k for k in _KEY_WORDS if word.startswith(k) and len(word) > len(k)), "")
    return word[len(key):len(key) + 4]


# what code writes for a variable that was not set (rules/placeholder-words.txt)
_UNSET = frozenset({"undefined", "null", "nan"})


@lru_cache(maxsize=1)
def _placeholder_stem_pattern() -> "re.Pattern[str]":
    """The stems as one pattern: one search per text, not one `in` per stem (every link of a lint run asks)."""
    return cached("|".join(re.escape(stem) for stem in _placeholder_stems()))


def may_hold_placeholder(text: str) -> bool:
    low = text.lower()
    return _placeholder_stem_pattern().search(low) is not None or "<" in text or "[" in text or "=example." in low \
        or ".example&" in low or low.endswith(".example")


# A key's name in brackets, as a guide writes the slot (`utm_campaign=[CAMPAIGN]`, `<source>`), or a listed word in
# brackets (`<your_campaign>`, `[TODO]`). A key's name with `_name` in square brackets is left alone: MailWizz
# fills `[CAMPAIGN_NAME]` at send time.
_BRACKETED = lazy_compile(r"\s*(?:<([^<>]+)>|\[([^\[\]]+)\])\s*")


_KEY_SLOTS = frozenset({"source", "medium", "campaign", "content", "term"})


# A domain reserved for examples (RFC 2606: `example.com`, `www.example.org`, `site.example`) as a value: the stand-in a
# template writes where each site puts its own domain (an agency's starter theme's footer credit `utm_source=
# example.com`, corpus 12 #255); `example-app`, `vercel-examples` are names a team chose.
_EXAMPLE_DOMAIN = lazy_compile(r"\s*(?:[a-z0-9-]+\.)*(?:example\.(?:com|org|net)|[a-z0-9-]+\.example)\s*", re.IGNORECASE)


def _unfilled_word(value: str) -> str:
    """The placeholder word (folded) `value` is, bare or bracketed, or ""."""
    word = _folded_word(value)
    if word in placeholder_words():
        return word
    if "example" in value.lower() and _EXAMPLE_DOMAIN.fullmatch(value):
        return word
    match = _BRACKETED.fullmatch(value) if ("<" in value or "[" in value) else None
    if match is None:
        return ""
    inner = _folded_word(match.group(1) or match.group(2))
    listed = inner in placeholder_words() and (match.group(1) is not None or _stem(inner) == inner[:4])
    return inner if inner in _KEY_SLOTS or listed else ""


def _left_unfilled(written: str, value: str, what: str) -> str:
    """The message for a placeholder value `written` (`utm_campaign=TODO`, `campaign: your_campaign`)."""
    if _folded_word(value) in _UNSET:
        return (f"`{written}`: the code that built this link wrote a variable that was not set: GA4 records "
                f"`{value}` as written, so these visits are credited to it, in one row with every other link whose "
                f"variable was empty; set the variable (or leave the parameter out when it has no value) so that it "
                f"writes {what}")
    word = _folded_word(value)
    if "example" in value.lower() and _EXAMPLE_DOMAIN.fullmatch(value):
        return (f"`{written}` is a domain reserved for examples (RFC 2606), the stand-in a template writes for each "
                f"site's own: GA4 records it as written, so these visits are credited to `{value}`, in one row with "
                f"every other site that kept it; write {what} in its place")
    if _stem(word) != word[:4] or word.startswith("insert") or value.strip()[:1] in ("<", "["):
        return (f"`{written}` is a placeholder copied from a template and never filled in: GA4 records it as written, "
                f"so these visits are credited to `{value}`, in one row with every other link that kept it; write "
                f"{what} in its place")
    if _folded_word(value).startswith("your"):
        return (f"`{written}` is a placeholder copied from a template or a site's guidelines and never filled in: GA4 "
                f"records it as written, so these visits are credited to `{value}`, in one row with every other link "
                f"that kept it (where a site asked for your name, as Unsplash does for its attribution links, it "
                f"cannot tell yours apart); write {what} in its place")
    return (f"`{written}` is a note to fill the value in later, and it never was: GA4 records it as written, so these "
            f"visits are credited to `{value}`, in one row with every other link where the value was never written; "
            f"write {what} in its place")


def _keys_named(fields) -> list:
    """The fields of a link whose every utm value (two or more) is its own key's name (`utm_source=Source&utm_medium=
    Medium&utm_campaign=Campaign`: Pirsch's test helper's default URL, corpus 12 #274): a template's slots, no values.
    One such value beside real ones (`utm_source=github&utm_content=content`) may be chosen, and is not read so."""
    if len(fields) < 2 or not all(_folded_word(f.value) == _folded_word(f.name)[3:] for f in fields):
        return []
    return list(fields)


# A source written as a slot in capitals, the noun naming the kind of site the link is to be placed on
# (`utm_source=SITE`, `utm_source=DIRECTORY` in a directory submission pack whose notes say "replace SITE with the
# directory's name": DevExtHub's, corpus 28 #35 #39 #41), on a link whose other utm values are written in lower case:
# no team names its source `SITE` in capitals beside `utm_medium=directory`, and lowering it (`site`, value-case's
# advice) would keep the slot unfilled. Whole values only, case kept: `utm_source=site` is a value, and a link writing its values in capitals
# (`utm_source=PARTNER&utm_medium=EMAIL`, LearnPress' `WPORG`) is a convention, value-case's.
_CAPITAL_SLOT = lazy_compile(r"[?&;]utm_source=(SITE|WEBSITE|DIRECTORY|PLATFORM|NETWORK|PUBLISHER|DOMAIN)(?=[&#;]|$)")


def _capital_slot(fields) -> Optional[object]:
    """The utm_source field written as a slot in capitals (_CAPITAL_SLOT) on a link whose other utm values are not
    written in capitals (lower case, or a capital first: `utm_medium=Directory`, review of session 39), or None."""
    slot = next((f for f in fields if f.name.strip().lower() == "utm_source" and _CAPITAL_SLOT.search(
        "?" + f.name.strip().lower() + "=" + f.value)), None)
    others = [f.value for f in fields if f is not slot and f.name.strip().lower().startswith("utm_")]
    if slot is None or not others or not all(v.strip() and not (v.isupper() and len(v) > 1) for v in others):
        return None  # values in capitals too (`utm_medium=EMAIL`): the link's convention, value-case's
    return slot


def _may_name_keys(url: str) -> bool:
    low = url.lower()
    return "_source=source" in low or "_medium=medium" in low or "_campaign=campaign" in low


def utm_placeholder_unfilled(url: str) -> List[UrlProblem]:
    """A utm value that is a template's placeholder text left unfilled (`utm_source=your_app_name`), or a note to
    fill it in later (`utm_campaign=TODO`)."""
    keyish = _may_name_keys(url)
    slotted = _CAPITAL_SLOT.search(url) is not None
    if not keyish and not slotted and not may_hold_placeholder(url):
        return []
    problems = []
    fields = [f for f in query_fields(url) if f.name.strip().lower() in _GA4_SET]
    named = _keys_named(fields) if keyish else []
    slot = _capital_slot(fields) if slotted else None
    for field in fields:
        name = field.name.strip().lower()
        if field is slot:
            problems.append(UrlProblem("utm-placeholder-unfilled", field.value_start, field.end, (
                f"`{field.name}={field.value}` is a slot written in capitals for the site the link is placed on (the "
                f"link's other values are not in capitals), never filled in: GA4 records it as written, so these visits "
                f"are credited to `{field.value}`, in one row whichever site sent them; write that site's name in its "
                f"place")))
        elif field in named:
            problems.append(UrlProblem("utm-placeholder-unfilled", field.value_start, field.end, (
                f"`{field.name}={field.value}` is the parameter's own name, as a template or a test's example writes "
                f"each value (every utm value of this link names its own key): GA4 records it as written, so these "
                f"visits are credited to `{field.value}`; write {_WHAT_TO_WRITE.get(name, 'the value it stands for')} "
                "in its place")))
        elif _unfilled_word(field.value):
            what = _WHAT_TO_WRITE.get(name, "the value it stands for")
            problems.append(UrlProblem("utm-placeholder-unfilled", field.value_start, field.end,
                                       _left_unfilled(f"{field.name}={field.value}", field.value, what)))
    return problems


@rule(code="UTM314", name="utm-placeholder-unfilled", severity="warning", target="link")
def utm_placeholder_unfilled_rule(link: Link, ctx: Context) -> Iterator[Report]:
    """A utm value is a template's placeholder text, left unfilled.

    ## What it does
    Finds a utm value that only says "put yours here": `utm_source=your_app_name` in a URL (as Unsplash's API
    guidelines write the attribution link), `YOUR_SOURCE`, `your-website`, `your-team`, or a campaign file's own
    `source: your_source` / `campaign: your_campaign_name` on a tracked link (a file copied from a template;
    `build --validate` judges its flags the same way), and a note to fill the value in later (`utm_campaign=TODO`,
    `CHANGEME`, `TBD`, `XXX`; a key's own name, `CAMPAIGN_NAME`, `INSERT_CAMPAIGN`), which is never respelled
    (`todo` would only hide it), a guide's bracketed slot (`[CAMPAIGN]`, `<source>`; MailWizz's own `[CAMPAIGN_NAME]`
    is a merge tag), what code writes for a variable that was not set (`undefined`, `null`, `NaN`), and a link
    whose every utm value is its own key's name (`utm_source=Source&utm_medium=Medium&utm_campaign=Campaign`, a
    test's or a template's example URL; not on a link sheet's line labelled as the links' format, `**Format**:
    ?utm_source=SOURCE&utm_medium=MEDIUM&utm_campaign=CAMPAIGN`, which describes them), or a domain reserved for
    examples (`utm_source=example.com`, a template's stand-in for each site's own). `none` is left alone: teams write it on purpose (`utm_content=none`). The list is
    `rules/placeholder-words.txt` (case, `-`, `_`, `.`, `+` and spaces ignored); a name a team could choose for
    itself (`yourweb`, `myapp`) is not on it. A site's own snippet (rules/platform-written-tags.txt: Unsplash's
    attribution link) is judged too, since the placeholder is the slot the snippet left for you. Values a platform
    fills in at send time (`{{source}}`, `*|SOURCE|*`) or at click time (Google Ads' `{campaignid}`, Microsoft Ads'
    `{AdID}`), and a program's own (`{campaign}`, `%s`), are merge tags, not placeholders, and are left alone. A
    source written as a slot in capitals naming the kind of site the link goes on (`utm_source=SITE`, `DIRECTORY`,
    `PLATFORM`) beside lower-case values is one too (a directory submission pack's, to be replaced with each
    directory's name); on a link writing its values in capitals (`utm_source=SITE&utm_medium=EMAIL`) it is a value of
    that convention, value-case's. There
    is no automatic fix: only you know the name to write. In a campaign file, a placeholder in a tracked link's
    `url:` for a value the file writes (`?utm_campaign=TODO` beside `campaign:`) is url-has-utm's finding: remove it
    from `url:`.

    ## Why is this bad?
    GA4 records the placeholder as written: the visits are credited to `your_app_name`, in the same row as those of
    everyone else who copied it unfilled, and the site that asked for your app's name (Unsplash counts its referrals
    by it) cannot tell your visits apart.

    ## Example
    ```yaml
    campaign: photo-credits
    source: gallery
    medium: referral
    links:
      - url: https://unsplash.com/?utm_source=your_app_name&utm_medium=referral
        track: false
    ```

    ## Use instead
    ```yaml
    campaign: photo-credits
    source: gallery
    medium: referral
    links:
      - url: https://unsplash.com/?utm_source=acme_gallery&utm_medium=referral
        track: false
    ```
    """
    if link.is_web and _url_may_hold_placeholder(link.url):
        problems = utm_placeholder_unfilled(link.url.strip())
        if link.tracked:
            # a campaign file's tracked link: a utm key in its `url:` is url-has-utm's, whose "remove it from `url:`"
            # is the way out; "write your campaign's name in its place" kept that finding (stranger10 R11)
            problems = [p for p in problems if _url_key(link.url.strip(), p.start) not in link.params]
        yield from _report(link, ctx, problems)
    if link.tracked:
        yield from _placeholder_values(link, ctx)


@lru_cache(maxsize=4096)  # a repo links to the same pages from many files
def _url_may_hold_placeholder(url: str) -> bool:
    """The quick tests of utm_placeholder_unfilled on a campaign file's `url:`: whether it can hold a placeholder.
    It judges only utm keys' values, so a URL with no `utm` (nor a `%` escape that may spell one) holds none."""
    if "%" not in url and "utm" not in url.lower():
        return False
    return may_hold_placeholder(url) or _may_name_keys(url) or _CAPITAL_SLOT.search(url) is not None


@lru_cache(maxsize=4096)  # a repo's files write the same few sources, mediums and campaigns
def _unfilled_value(value: str) -> str:
    """The placeholder word (folded) a campaign file's value is (`your_source`, `TODO`), or ""."""
    return _unfilled_word(value) if may_hold_placeholder(value) else ""


def _url_key(url: str, value_start: int) -> str:
    """The (lower-case) key of the query field whose value starts at `value_start`."""
    field = url[:value_start].rstrip("=")
    return field[max(field.rfind("&"), field.rfind("?")) + 1:].strip().lower()


_WHAT_THE_TEAM_WRITES = {"utm_source": "who sends the visitors (the newsletter, platform or site)",
                         "utm_medium": "the medium you mean (`email`, `referral`, ...)",
                         "utm_campaign": "your campaign's name"}


def _placeholder_values(link: Link, ctx: Context) -> Iterator[Report]:
    """A campaign file's own values (`source: your_source`) that are a template's placeholder (stranger8 S17): the
    same list as in a URL. Each value is reported where it is written; links inheriting it give one finding (the
    engine drops identical ones). A platform's default has no written place and is never a placeholder."""
    if not any(map(_unfilled_value, link.params.values())):
        return  # nearly every link: no value is a placeholder
    for param, value in link.params.items():
        origin = link.origins.get(param)
        if origin is None or origin.path is None or not _unfilled_value(value):
            continue
        what = _WHAT_THE_TEAM_WRITES.get(param, "the value it stands for")
        if _folded_word(value).startswith("your"):
            message = (f"`{origin.path[-1]}: {value}` is a placeholder copied from a template and never filled in: "
                       f"GA4 records it as written, so these visits are credited to `{value}`, in one row with "
                       f"every other link that kept the placeholder; write {what} in its place")
        else:
            message = _left_unfilled(f"{origin.path[-1]}: {value}", value, what)
        yield ctx.report(message, link.param_pos(param))
