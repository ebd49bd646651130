"""UTM308 utm-key-unknown: a utm key GA4 does not read (misspelled, prefixed, cut by a `#`), and whether a URL is
tagged for a campaign at all."""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, FrozenSet, Iterator, List, Optional, Tuple

from ...lazyregex import lazy_compile
from ...registry import Report, rule
from .fields import (_CAMPAIGN_KEYS, _CUSTOM_KEYS, _GA4_SET, _utm_name, GA4_KEYS, is_placeholder, query_fields,
                     relative_path, UrlProblem)
from .report import _report

if TYPE_CHECKING:
    from ...engine import Context
    from ...model import Link


def campaign_tagged(url: str) -> bool:
    """Whether the URL's query writes utm_source, utm_medium or utm_campaign. A link whose only `utm_` keys are no
    campaign's (`?utm_product_name=GoLand`, an IDE plugin's own; `?utm_button=...`, a Typeform hidden field;
    `?utm_ref_id=7`) is tagged for someone's own scheme, not for GA4's campaigns: asking it for a source, a medium and
    a campaign would turn it into one."""
    fields = query_fields(url)
    return any(field.name in _CAMPAIGN_KEYS or _abbreviates_campaign_key(field.name) for field in fields) or any(
        key in _CAMPAIGN_KEYS for key in misspelled_keys(url))


def _abbreviates_campaign_key(name: str) -> bool:
    """Whether a `utm_` key is a shorthand of a campaign key, its letters in order from the same first letter
    (`utm_src`, `utm_med`, `utm_cmp`, `utm_camp`): meant for GA4's campaign, which reads none of them (stranger13
    R12), so the link still lacks its source, medium and campaign; `utm_sq`, `utm_page`, `utm_social` are not."""
    word = name.strip().lower()
    if not word.startswith("utm_") or len(word) < 7:
        return False
    word = word[4:]
    for key in ("source", "medium", "campaign"):
        if word != key and word[0] == key[0] and _in_order(word, key):
            return True
    return False


def _in_order(letters: str, word: str) -> bool:
    """Whether `letters` appear in `word` in order (a subsequence)."""
    rest = iter(word)
    return all(letter in rest for letter in letters)


def edit_distance(a: str, b: str, limit: int) -> int:
    from ...channels import edit_distance as osa

    return osa(a, b, limit)


def nearest_utm_key(name: str) -> Optional[Tuple[str, int]]:
    """(the GA4 utm key `name` misspells, edit distance) when exactly one is nearest; 0 means case or
    spacing only. None for a GA4 key itself, a custom key teams add on purpose, or nothing close."""
    if name in _GA4_SET:
        return None
    folded = name.strip().lower()
    if folded in _GA4_SET:
        return folded, 0
    if folded in _CUSTOM_KEYS or folded.startswith(("amp;", "#")):
        return None
    normal = folded.replace("-", "_").replace(" ", "_").replace(".", "_")
    if normal.startswith("utm") and not normal.startswith("utm_"):
        normal = "utm_" + normal[3:]  # `utmsource`, `utm-source`
        if normal in _GA4_SET:
            return normal, 1
    limit = 2 if len(normal) > 8 else 1
    scored = sorted((edit_distance(normal, key, limit), key) for key in GA4_KEYS)
    best = [key for distance, key in scored if distance == scored[0][0]]
    if scored[0][0] > limit or len(best) != 1:
        return None
    return best[0], max(scored[0][0], 1)


def extended_utm_key(name: str) -> Optional[str]:
    """The GA4 key a made-up key extends (`utm_campaign-type` -> `utm_campaign`): a GA4 key's name with more
    written after a `-`, `_` or `.`, which GA4 does not read. None for a GA4 key, a key teams add on purpose
    (`utm_campaign_id`, `utm_source_id`: `_CUSTOM_KEYS`) and any other key (an affiliate program's
    `utm_ref_id` names no GA4 key: it is not meant for GA4 at all)."""
    folded = name.strip().lower()
    if folded in _GA4_SET or folded in _CUSTOM_KEYS:
        return None
    for key in sorted(GA4_KEYS, key=len, reverse=True):  # `utm_source_platform` before `utm_source`
        if folded.startswith(key) and len(folded) > len(key) + 1 and folded[len(key)] in "-_.":
            return key
    return None


# A key whose `utm` is mistyped (`urm_medium`, `ut_medium`, `umt_source`: one edit) before a GA4 key's own word.
_PREFIXED_WORD = lazy_compile(r"([A-Za-z]{2,4})_(source|medium|campaign|content|term)")


# A GA4 key behind leading underscores (`_utm_medium`), read by no GA4 tag.
_HIDDEN_KEY = lazy_compile(r"_+(utm_(?:source|medium|campaign|content|term|id))")


def mistyped_prefix(name: str, fields) -> Optional[str]:
    """The GA4 key `name` stands for when its `utm` is mistyped by one edit (`urm_medium` -> `utm_medium`) among
    keys the link spells `utm_` (`utm_source=dotorg&urm_medium=builderkit`: corpus 14 #21), else None. Not when
    another key of the link shares the prefix: a prefix of its own on every key is a convention (Matomo's `mtm_`,
    internal tracking's `itm_`, qr-code-generator.com's own `ut_source&ut_medium&ut_campaign`), read by the site that
    chose it; nor beside the GA4 key it would be. A GA4 key behind a leading `_` (`_utm_medium`) stands for that key
    when the link carries a key GA4 reads besides (Upsun's `_utm_campaign=...&utm_source=...&_utm_medium=organic`)."""
    # the link's other keys are read only for a key so shaped (a URL of 10,000 keys: each key read them all)
    hidden = _HIDDEN_KEY.fullmatch(name.strip().lower())
    if hidden is not None:  # `_utm_medium` beside `utm_source` (Upsun's docs, corpus 19 #137-#141): a leading `_`
        key = hidden.group(1)  # hides the key from GA4; every key so written, with none GA4 reads, is a convention
        names = [f.name.strip().lower() for f in fields]
        return None if key in names or not any(n in _GA4_SET for n in names) else key
    found = _PREFIXED_WORD.fullmatch(name.strip())
    if found is None:
        return None
    prefix = found.group(1).lower()
    if prefix == "utm" or edit_distance(prefix, "utm", 1) != 1:
        return None
    names = [f.name.strip().lower() for f in fields]
    key = "utm_" + found.group(2).lower()
    if key in names or not any(n in _GA4_SET for n in names) or sum(n.startswith(prefix + "_") for n in names) > 1:
        return None  # beside the very key it would be (`itm_source` with `utm_source`): another tool's key
    return key


def misspelled_keys(url: str) -> FrozenSet[str]:
    """The GA4 keys a link's misspelled or miscased utm keys stand for: the keys it carries without GA4 reading
    them (a made-up key such as `utm_campaign-type` stands for none; a mistyped `utm`, `urm_medium`, stands for
    utm_medium: mistyped_prefix)."""
    if "utm" not in url.lower():
        return frozenset()
    fields = query_fields(url)
    return frozenset(found[0] for f in fields if _utm_name(f.name.strip())
                     for found in [nearest_utm_key(f.name)] if found is not None) | frozenset(
        key for f in fields if not _utm_name(f.name.strip()) for key in [mistyped_prefix(f.name, fields)] if key)


def misspelled_names(url: str) -> Dict[str, str]:
    """{GA4 key: the misspelled key the link writes for it} (`utm_source`: `utm_souce`), as misspelled_keys reads
    them; a key misspelled twice keeps the first."""
    if "utm" not in url.lower():
        return {}
    fields = query_fields(url)
    found: Dict[str, str] = {}
    for f in fields:
        name = f.name.strip()
        near = nearest_utm_key(f.name) if _utm_name(name) else None
        key = near[0] if near is not None else None if _utm_name(name) else mistyped_prefix(f.name, fields)
        if key:
            found.setdefault(key, name)
    return found


def utm_key_unknown(url: str) -> List[UrlProblem]:
    """A utm key GA4 does not read because it is misspelled (`utm_compaign`), not lowercase (`UTM_Source`), or
    made up from a GA4 key (`utm_campaign-type`). On a relative link (`/join/?UTM_source=website`: a site's own
    article linking its own page, corpus 23 #71 #72) the key is told too, since GA4 drops it today, but never renamed:
    spelled right, it would be a campaign tag on a link between the site's own pages, which utm-internal-link says to
    remove (RELATIVE_KEY_ADVICE)."""
    if "utm" not in url.lower():
        return []
    if relative_path(url):
        return [p._replace(message=_relative_advice(p.message), fixed=None, unsafe_fixed=None)
                for p in _key_problems(url)]
    return _key_problems(url)


# What a misspelled key on a relative link is told instead of its rename: GA4 drops it today, and renamed it would
# overwrite the visit's campaign on a link between the site's own pages (utm-internal-link)
RELATIVE_KEY_ADVICE = ("if this relative link leads to another page of the same site, remove it rather than rename "
                       "it: spelled as GA4 reads it, it would overwrite the visit's campaign with your own link's "
                       "(utm-internal-link)")


_KEY_ADVICE = lazy_compile(r"; write `[a-z_]+`$|; if GA4 should see it, put it in a key GA4 reads, else remove it "
                         r"\(keep it only if a tool of yours reads this key\)$|: keep the one you mean$")


def _relative_advice(message: str) -> str:
    return _KEY_ADVICE.sub("", message) + "; " + RELATIVE_KEY_ADVICE


def _key_problems(url: str) -> List[UrlProblem]:
    fields = query_fields(url)
    present = {f.name for f in fields}
    problems = []
    for field in fields:
        if not _utm_name(field.name.strip()):
            mistyped = mistyped_prefix(field.name, fields)
            if mistyped is None:
                continue
            # `_utm_medium`: the underscore may be on purpose (a tool of the site's reading its own key): renamed only
            # with consent, where a mistyped `urm_medium` is renamed safely
            found = (mistyped, 2 if field.name.strip().startswith("_") else 1)
        else:
            found = nearest_utm_key(field.name)
        if found is None:
            extends = extended_utm_key(field.name)
            if extends is not None and not is_placeholder(field.value):
                value = f"`{field.value}`" if field.value.strip() else "its value"
                problems.append(UrlProblem(
                    "utm-key-unknown", field.start, field.start + len(field.raw_name), severity="warning", message=
                    f"`{field.name}` is not a key GA4 reads (GA4 reads `{extends}`, not keys made from it): GA4 "
                    f"ignores it and drops {value}; if GA4 should see it, put it in a key GA4 reads, else remove it "
                    f"(keep it only if a tool of yours reads this key)"))
            continue
        key, distance = found
        what = "is not lowercase" if field.name.strip().lower() == key else \
            "is not a key GA4 reads: its leading `_` hides it" if field.name.strip().startswith("_") else \
            "is not a key GA4 reads"
        fixed = unsafe = None
        new = url[:field.start] + key + url[field.start + len(field.raw_name):]
        if key in present:
            advice = f"the link also has `{key}`, so renaming it would repeat that key: keep the one you mean"
        else:
            advice = f"GA4 ignores it and drops `{field.value}`; write `{key}`"
            if distance <= 1:
                fixed = new
            else:
                unsafe = new
        message = f"`{field.name}` {what} (did you mean `{key}`?); {advice}"
        # a lost source, medium or campaign is what missing-utm-param calls an error (the visit lands elsewhere, in
        # Unassigned or under (not set)), and that rule leaves the key's typo to this one (onefinding): the same weight
        # here, so `fail-on: error` still stops it; a lost content or term is a warning
        problems.append(UrlProblem("utm-key-unknown", field.start, field.start + len(field.raw_name), message,
                                   fixed, unsafe, severity=None if key in _CAMPAIGN_KEYS else "warning"))
    cut = _key_cut_by_hash(url, fields)
    if cut is not None:
        problems.append(cut)
    return problems


def _key_cut_by_hash(url: str, fields) -> Optional[UrlProblem]:
    """`...&ut#m_content=top_banner` (corpus 9 #302): a `#` typed inside a GA4 key. The query ends at `ut`, the
    rest is a fragment GA4 never reads, so `utm_content` is lost; removing the `#` gives the key back."""
    hash_at = url.find("#")
    if hash_at == -1 or not fields or fields[-1].end != hash_at:
        return None
    last = fields[-1]
    if "=" in url[last.start:last.end] or not last.raw_name:
        return None
    rest, eq, _ = url[hash_at + 1:].partition("&")[0].partition("=")
    key = (last.raw_name + rest).lower()
    if not eq or not rest or key not in _GA4_SET or not key.startswith(last.raw_name.lower()):
        return None
    fixed = url[:hash_at] + url[hash_at + 1:]
    end = hash_at + 1 + len(rest)
    return UrlProblem("utm-key-unknown", last.start, end, (
        f"`{url[last.start:end]}` is `{key}` with a `#` typed inside it: the query ends at the `#`, and GA4 reads "
        f"neither `{last.raw_name}` nor anything after it, so `{key}` is lost; remove the `#`: {fixed}"), fixed,
        severity=None if key in _CAMPAIGN_KEYS else "warning")


@rule(code="UTM308", name="utm-key-unknown", severity="error", target="link", fix="safe/unsafe",
      scan_fix="safe/unsafe")
def utm_key_unknown_rule(link: Link, ctx: Context) -> Iterator[Report]:
    """A utm key is misspelled or not lowercase, so GA4 ignores it.

    ## What it does
    Finds utm keys within one or two typing mistakes of a key GA4 reads (`utm_compaign`, `utm_souce`,
    `utm-medium`), or written with capitals (`UTM_Source`), and says which key was meant; and a key whose `utm`
    is mistyped (`urm_medium`, `ut_medium`) among keys the link spells `utm_`, unless another of its keys shares
    that prefix (a convention of its own: Matomo's `mtm_source&mtm_medium`) or it sits beside the key it would
    be (`itm_source` with `utm_source`). GA4's keys:
    utm_source, utm_medium, utm_campaign, utm_content, utm_term, utm_id, utm_source_platform,
    utm_creative_format, utm_marketing_tactic. A key made from a GA4 key with more after it
    (`utm_campaign-type=podcast`) is reported too, without a guess at what was meant: GA4 drops its value.
    Keys teams add on purpose (`utm_keyword`, `utm_adgroup`, `utm_campaignid`, `utm_campaign_id`, ...) and
    keys named for no GA4 key (an affiliate program's `utm_ref_id`, a plugin maker's `utm_banner`) are left alone:
    GA4 puts none of them in a traffic-source dimension, it keeps them only in the page's address (`page_location`),
    where the tool they are written for reads them (a form's hidden field, a tag manager's variable feeding a custom
    dimension, the team's own back end); that is what such keys are for, and telling them on every link would be
    noise. A value meant for GA4's campaign reports goes in the GA4 key that reports it (which banner or button of
    a campaign: `utm_content`). `--fix` renames a key when the meant key is certain (capitals only,
    or one typing mistake) and the link does not already carry that key; a key two mistakes away is renamed
    only with `--unsafe-fixes`. A `#` typed inside a GA4 key (`&ut#m_content=top_banner`) is reported too: the query
    ends at the `#`, so the key is lost; `--fix` removes the `#`. On a relative link (`/join/?UTM_source=website`)
    the key is reported but never renamed: spelled right it would be an internal link's tag, which
    utm-internal-link says to remove.

    ## Why is this bad?
    GA4 looks its keys up by their lowercase names: a misspelled key is ignored and its value lost, so the
    visit loses its source, medium or campaign. A lost `utm_source`, `utm_medium` or `utm_campaign` is an error, as
    missing-utm-param's is (the visit lands in Unassigned or under `(not set)`); a lost content, term or made-up key
    is a warning. The rename is safe because it only makes GA4 read the value
    the author wrote; if a tool already read the misspelled key, nothing it relied on was correct.

    ## Example
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://example.com/sale?utm_compaign=spring
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
    url = link.url.strip()
    if not link.is_web and not relative_path(url):
        return
    problems = utm_key_unknown(url)
    # in a campaign file url-has-utm already reads `UTM_Source` as `utm_source` and says where it belongs; a link
    # scan or validate_url reads (their one-link document, scan.synthetic.campaign_document) has no such rule: its
    # `UTM_source` is told here (corpus 23 #67-#72: "has no utm_source" was all it got)
    if link.tracked and link.campaign.doc.path != "<scan>":
        problems = [p for p in problems if url[p.start:p.end].strip().lower() not in _GA4_SET]
    yield from _report(link, ctx, problems)
