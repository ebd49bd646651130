"""One row of a sheet to one link: its destination, its utm values as written, and what else it carries, or
the reason it cannot be imported.

The destination is the row's URL with the nine GA4 `utm_*` parameters taken out of its query (and, for a link scan's
inventory says is the team's own, any visit's id copied beside its tags: without_visit_ids); everything else in the query stays byte for byte and in order (a page's own `?plan=pro`, a misspelt `UTM_Source`, which lint then
reports), and Terminus's `custom[...]` parameters are appended to it, so rendering the campaign file gives the
row's tracked URL back. A value in the URL and a different one in its column is a conflict the importer does not
settle: the row is skipped with both values named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple, Union

from ..placeholders import LANDING_URL_SLOT
from ..printable import printable
from ..urls import (UTM_ORDER, has_play_referrer, is_web_url, play_listing, play_referrer_query, query_pairs, quote,
                    split_url, unquote)
from .presets import UTM_FIELDS, Columns
from .sheet import Row

_TEMPLATE_MARKS = ("{{", "{%", "*|", "${", "<%", "[[")


@dataclass
class Link:
    line: int  # the row's first line in the sheet
    destination: str  # the URL without its utm parameters, the row's own parameters appended
    params: Dict[str, str]  # utm_* -> value, as written (utm_campaign included)
    expected: str  # the row's tracked URL, as the sheet means it
    label: Optional[str] = None
    notes: List[Tuple[str, str]] = field(default_factory=list)  # (header, value)
    ids: List[str] = field(default_factory=list)  # the visit's ids left out of its URL (without_visit_ids)
    # (parameter, the column's spelling, the URL's) where a column names the URL's value for people (`Webinar Jan`
    # beside `utm_campaign=webinar-jan`): the URL's imported, the column's kept as a note (newuser49 F5)
    respelled: List[Tuple[str, str, str]] = field(default_factory=list)
    unread: Dict[str, str] = field(default_factory=dict)  # header -> value of its columns not imported (_dedupe)

    @property
    def campaign(self) -> str:
        return self.params["utm_campaign"]


@dataclass
class Skip:
    line: int
    reason: str
    settings: bool = False  # an ad platform's row that is no ad's link (a campaign's, ad group's or keyword's)
    left_out: str = ""  # scan's inventory says the link is not the team's own (`copied`, `set-aside`): left out


def shown(text: str, limit: int = 80) -> str:
    """A value for a message: escaped, and shortened in the middle when long."""
    text = printable(text)
    return text if len(text) <= limit else text[: limit // 2 - 1] + "..." + text[-(limit // 2 - 2):]


def _split(url: str) -> Tuple[str, List[Tuple[str, str]], List[str]]:
    """(URL without the GA4 utm parameters, the utm pairs taken out, the names repeated)."""
    rest, hash_, fragment = url.partition("#")
    base, question, query = rest.partition("?")
    if not question:
        return url, [], []
    kept, taken, repeated = [], [], []
    for item in query.split("&"):
        name, _, value = item.partition("=")
        name = unquote(name)
        if name in UTM_ORDER and value:  # an empty `utm_term=` stays in the URL, where lint reports it
            if any(name == seen for seen, _ in taken):
                repeated.append(name)
            taken.append((name, unquote(value)))  # `+` kept as written, as lint, scan and render keep it
        else:
            kept.append(item)
    if not taken:
        return url, [], []
    kept = [item for item in kept if item]  # `?&utm_source=x`: the empty fields went with the utm ones
    return base + ("?" + "&".join(kept) if kept else "") + hash_ + fragment, taken, repeated


def without_visit_ids(url: str) -> Tuple[str, List[str]]:
    """(`url` without the ids of one earlier visit copied with it, their names as written): an ad click's, a
    subscriber's, a reader's (`gclid`, `mc_cid`, `_ga`: copied-tracking's list). A campaign file's link credits every
    visit to that one, as copied-tracking says of it; the team's own tags beside them stay (review47 F4: the team's
    Mailchimp issue's link, `mc_cid` and `mc_eid` after its utm tags)."""
    from ..checks.tracking.copied_lists import tracking_data

    rest, hash_, fragment = url.partition("#")
    base, question, query = rest.partition("?")
    if not question:
        return url, []
    ids = tracking_data().params
    kept, taken = [], []
    for item in query.split("&"):
        name, _, value = item.partition("=")
        if unquote(name).strip().lower() in ids and value.strip():
            taken.append(unquote(name))
        else:
            kept.append(item)
    if not taken:
        return url, []
    return base + ("?" + "&".join(kept) if kept else "") + hash_ + fragment, taken


def with_params(url: str, pairs: List[Tuple[str, str]]) -> str:
    """`url` with (name, value) pairs appended to its query, before any #fragment."""
    if not pairs:
        return url
    rest, hash_, fragment = url.partition("#")
    encoded = "&".join(f"{quote(name)}={quote(value)}" for name, value in pairs)
    if "?" not in rest:
        rest = f"{rest}?{encoded}"
    elif rest.endswith(("?", "&")):
        rest += encoded
    else:
        rest = f"{rest}&{encoded}"
    return rest + hash_ + fragment


def url_key(url: str):
    """What two tracked URLs must share to be the same link: scheme, host, path, fragment, the other
    parameters in order, and the utm parameters in any order (decoded)."""
    parts = split_url(url.strip())
    pairs = query_pairs(parts.query)
    utm = sorted(p for p in pairs if p[0] in UTM_ORDER)
    others = [p for p in pairs if p[0] not in UTM_ORDER]
    return parts.scheme, parts.authority.lower(), parts.path or "/", parts.fragment, tuple(others), tuple(utm)


def not_own(row: Row, columns: Columns) -> Optional[Skip]:
    """A row of scan's inventory whose `whose` says the link is not the team's own (scan.inventory: `copied`, another
    party's tags copied with it; `set-aside`, read and not judged as a campaign's), left out with scan's reason and
    where scan found it (newuser46 F21: an ad's tags pasted into a doc became the team's campaign file); None for the
    team's own link, or a blank cell (imported as before). A value scan never writes is a skip, naming the three."""
    from ..scan.inventory import OWN, WHOSE

    if row.problem:
        return None  # read_row says what is wrong with the row
    whose = columns.cell(row.cells, "whose").strip()
    if not whose or whose.lower() == OWN:
        return None
    if whose.lower() not in WHOSE:
        return Skip(row.line, f"`whose` is `{shown(whose, 40)}`: scan writes {', '.join(f'`{w}`' for w in WHOSE)}; "
                              f"write `{OWN}` to import the link as your own")
    why = columns.cell(row.cells, "why").strip()
    cells = {header.lower(): columns.unprotected(row.cells[index]).strip() for header, index in columns.notes}
    where = ":".join(cells[k] for k in ("path", "line", "column") if cells.get(k))
    said = "scan read it as copied" if whose.lower() != "set-aside" else "scan set it aside"
    return Skip(row.line, f"{said}{f' ({where})' if where else ''}: {why or 'not your own link'}",
                left_out=whose.lower())


def read_row(row: Row, columns: Columns, levels: Optional["Levels"] = None, own: bool = False) -> Union[Link, Skip]:
    """`own`: the row is scan's inventory's, which says the link is the team's own (not_own): a visit's id copied
    beside its tags (`mc_cid`, `_ga`: scan's copied-tracking keeps the tags) is left out of the campaign file's URL,
    and said. Any other sheet's is kept, where lint's copied-tracking says whose it is (an ad's tags beside its
    `fbclid`, imported with `--all-links`)."""
    if row.problem:
        return Skip(row.line, row.problem)
    url = columns.cell(row.cells, "url").strip()
    if levels is not None and not url:  # an ad platform's campaign, ad group or keyword row: no ad's link
        return Skip(row.line, levels.said(row) or "a row without a final URL (a campaign's, ad group's or "
                                                           "keyword's settings): no ad's link", settings=True)
    if not url:
        return Skip(row.line, "no URL")
    written, meta_tags = "the URL", ""
    if "suffix" in columns.fields or "template" in columns.fields:  # an ad platform's export (presets: ads)
        suffix, template = levels.own(row, columns) if levels is not None else (
            columns.cell(row.cells, "suffix").strip(), columns.cell(row.cells, "template").strip())
        if "{{" in suffix and any(columns.headers[i] == "url tags" for i in columns.fields.get("suffix", ())):
            meta_tags, suffix = suffix, _meta_filled(suffix, row, columns)  # the tags as Meta writes them, kept
        if suffix or template:
            written = "the link the ad platform makes (the final URL, its suffix and its tracking template)"
        url = _as_the_platform_sends(url, suffix, template)
        if isinstance(url, Skip):
            return Skip(row.line, url.reason)
    if any(mark in (_META_KEPT.sub("", url) if meta_tags else url) for mark in _TEMPLATE_MARKS) or \
            "{" in split_url(url).host:
        return Skip(row.line, f"the URL holds a template placeholder: `{shown(url)}`")
    if not is_web_url(url):
        return Skip(row.line, f"not an http(s) URL: `{shown(url)}`")
    from ..scan.inventory import CUT

    if url.endswith(CUT):  # scan's inventory marks so a URL that stopped at a space in a string going on
        return Skip(row.line, f"the URL ends with `{CUT}`: it was cut short (`utmlint scan --links` marks so a link "
                              f"that stopped at a space inside a string that goes on), so its last value is not "
                              f"known; write the whole link in the sheet: `{shown(url)}`")
    cut = _cut_by_a_names_hash(url)
    if cut is not None:
        return Skip(row.line, cut)
    url, ids = without_visit_ids(url) if own else (url, [])
    destination, in_url, repeated = _split(url)
    if repeated:
        return Skip(row.line, f"`{repeated[0]}` appears more than once in {written}; which one counts varies")
    params: Dict[str, str] = dict(in_url)
    respelled: List[Tuple[str, str, str]] = []
    spelled: List[Tuple[str, str]] = []  # (header as written, the column's spelling): a note above the link
    for name in UTM_FIELDS:
        given = [columns.unprotected(row.cells[i]) for i in columns.fields.get(name, ())]
        given = list(dict.fromkeys(v for v in given if v.strip()))
        if len(given) > 1:  # two columns for one parameter (`Source` and `utm_source`) that disagree
            return Skip(row.line, f"{name} is both `{shown(given[0], 40)}` and `{shown(given[1], 40)}` in two of "
                                  f"its columns; keep one in the sheet")
        value = given[0] if given else ""
        if not value.strip():
            continue
        if name in params and params[name] != value and _one_name(params[name], value):
            # the sheet's column names the value for people (`Webinar Jan`), the URL writes it as sent (`webinar-jan`,
            # what GA4 received): the URL's is imported, the column's kept as a note above the link (newuser49 F5)
            respelled.append((name, value, params[name]))
            index = columns.fields[name][0]
            header = columns.written[index] if index < len(columns.written) else name
            spelled.append((header.strip() or name, value.strip()))
            continue
        if name in params and params[name] != value:
            return Skip(row.line, f"{name} is `{shown(params[name], 40)}` in the URL but `{shown(value, 40)}` in "
                                  f"its column; fix one of them in the sheet")
        params[name] = value
    own = []
    for name, index in columns.params:
        value = columns.unprotected(row.cells[index])
        if value.strip():
            own.append((name, value))
    destination = with_params(destination, own)
    if "utm_campaign" not in params:
        return Skip(row.line, "no campaign (utm_campaign is empty)")
    label = columns.cell(row.cells, "label").strip() or None
    notes = []
    for header, index in columns.notes:
        value = columns.unprotected(row.cells[index]).strip()
        if value:
            notes.append((header, value))
    notes.extend(spelled)
    if meta_tags:
        notes.append(("URL Tags", meta_tags))
    found = dict((header.lower(), value) for header, value in notes)
    if {"path", "line", "column"} <= set(found):  # the inventory of `scan --links`: where the link was found
        notes = [("found at", f"{found['path']}:{found['line']}:{found['column']}")] + \
                [(h, v) for h, v in notes if h.lower() not in ("path", "line", "column")]
    link = Link(row.line, destination, params, "", label, notes, ids, respelled=respelled)
    link.unread = {header: columns.unprotected(row.cells[index]).strip() for header, index in columns.unread
                   if index < len(row.cells)}
    link.expected = tracked_url(url, own, params, in_url)
    return link


def _one_name(in_url: str, in_column: str) -> bool:
    """Whether a column's value and the URL's are one name spelled two ways, in case and separators only (`Webinar Jan`
    and `webinar-jan`: checks.repo.campaign_key), never two values (`newsletter` and `mailchimp`, `q1-2026` and
    `q12026`)."""
    from ..checks.repo import campaign_key

    key = campaign_key(in_url)
    return bool(key) and key == campaign_key(in_column)


class Levels:
    """An ad platform's export's settings rows (presets: ads): a campaign's row (its `Campaign`, no ad group, no final
    URL) or an ad group's (its `Campaign` and `Ad group`, no final URL) whose final URL suffix or tracking template
    applies to every ad under it that sets none of its own, as Google Ads and Microsoft Advertising apply them (the
    ad's, else its ad group's, else its campaign's: newuser45 F10's sheet wrote the suffix once on the campaign row)."""

    def __init__(self, rows: List[Row], columns: Columns):
        self.by_name = {norm: index for norm, index in ((h.strip().lower(), i) for h, i in columns.notes)}
        self.settings: Dict[Tuple[str, str], Tuple[str, str]] = {}
        for row in rows:
            if row.problem or columns.cell(row.cells, "url").strip():
                continue
            own = (columns.cell(row.cells, "suffix").strip(), columns.cell(row.cells, "template").strip())
            level = self._level(row)
            if any(own) and level[0]:
                self.settings[level] = own

    def _level(self, row: Row) -> Tuple[str, str]:
        def cell(name: str) -> str:
            index = self.by_name.get(name)
            return row.cells[index].strip() if index is not None and index < len(row.cells) else ""

        return cell("campaign"), cell("ad group")

    def said(self, row: Row) -> str:
        """Why a settings row is no link of its own, or ""."""
        campaign, group = self._level(row)
        if (campaign, group) not in self.settings:
            return ""
        whose = f"ad group `{shown(group, 40)}`" if group else f"campaign `{shown(campaign, 40)}`"
        return (f"the settings row of {whose} (no final URL): its final URL suffix or tracking template is applied "
                f"to each of its ads' rows that sets none of its own")

    def own(self, row: Row, columns: Columns) -> Tuple[str, str]:
        """The suffix and template the ad's click gets: its own, else its ad group's, else its campaign's."""
        suffix, template = columns.cell(row.cells, "suffix").strip(), columns.cell(row.cells, "template").strip()
        campaign, group = self._level(row)
        for level in ((campaign, group), (campaign, "")):
            above = self.settings.get(level)
            if above is not None:
                suffix, template = suffix or above[0], template or above[1]
        return suffix, template


def _as_the_platform_sends(url: str, suffix: str, template: str) -> Union[str, Skip]:
    """The link an ad platform sends a click to, from an ad's final URL, its final URL suffix and its tracking
    template, as Google Ads and Microsoft Advertising make it: the suffix appended to the final URL (`?`, or `&` after
    a query of its own), then a template of the final URL's own (`{lpurl}?utm_source=...`) appends its query to that
    (newuser45 F10: the suffix column was not read, and the link was imported without its tags). A template that
    sends the click elsewhere first (a tracker's `https://track.example/?url={lpurl}`) is not read as the link: the
    row is skipped, saying so. So is an ad whose final URL has a `#fragment` when anything is appended to it: the
    platform appends after the fragment (`/pricing#plans?utm_source=...`), where browsers never send the tags and GA4
    never sees them, as scan says of the same row (url-fragment-order); imported, the campaign file would render a
    tracked URL the ad never sent (review46 F7)."""
    rest = template[template.find("}") + 1:] if template.startswith("{") else ""
    if (suffix.lstrip("?&") or rest.lstrip("?&")) and "#" in url:
        return Skip(0, f"the final URL has a fragment (`#{shown(url.partition('#')[2], 40)}`) and the ad platform appends "
                       f"the {'final URL suffix' if suffix.lstrip('?&') else 'tracking template'} after it "
                       f"(`{shown(url, 60)}?utm_...`), where browsers never send the tags and GA4 never sees them; "
                       "write the tags in the final URL itself, before its `#`, then import it")
    if suffix:
        url = with_query(url, suffix.lstrip("?&"))
    if template:
        lpurl = re.match(LANDING_URL_SLOT, template)
        if lpurl is None or template[lpurl.end():lpurl.end() + 1] not in ("?", "&", ""):
            return Skip(0, f"the tracking template sends the click elsewhere first: `{shown(template)}`; import the "
                           f"final URL with its tags as a link of its own")
        rest = template[lpurl.end() + 1:]
        if rest:
            url = with_query(url, rest)
    return url


# Meta's dynamic URL parameters that name the ad, its ad set or its campaign, and the column of Meta Ads Manager's export
# that holds each ad's value: Meta fills them in for each ad when it appends the URL Tags to the ad's link
_META_SLOTS = {"campaign.name": "campaign name", "campaign.id": "campaign id", "adset.name": "ad set name",
               "adset.id": "ad set id", "ad.name": "ad name", "ad.id": "ad id"}
_META_SLOT = re.compile(r"\{\{\s*([A-Za-z_.]+)\s*\}\}")
# Meta's slots the sheet has no column for, kept as written in the campaign file as Google Ads' `{keyword}` is: the
# placement and the site (`fb`, `ig`, `msg`, `an`) of each click, and a name or id whose column the export left out
_META_KEPT = re.compile(r"\{\{\s*(?:(?:ad|adset|campaign)\.(?:id|name)|placement|site_source_name)\s*\}\}")


def _meta_filled(tags: str, row: Row, columns: Columns) -> str:
    """An ad's URL Tags with each of Meta's slots the row's own columns give a value for filled in, as Meta fills them in
    for the ad (`utm_campaign={{campaign.name}}` on an ad of `Q1 Trial` sends `utm_campaign=Q1%20Trial`): the values GA4
    receives, which lint then judges (newuser47 F1). A slot of Meta's the sheet has no value for (`{{placement}}`,
    `{{site_source_name}}`) stays as written (_META_KEPT), as `{keyword}` does: Meta fills it in for each click."""
    if "{{" not in tags:
        return tags

    def fill(match) -> str:
        header = _META_SLOTS.get(match.group(1).lower())
        value = columns.by_header(row.cells, header) if header else ""
        if value:
            columns.filled.add(header)
        return quote(value) if value else match.group()

    return _META_SLOT.sub(fill, tags)


def with_query(url: str, query: str) -> str:
    """`url` with a query string appended (`?`, `&` after a query of its own), before any #fragment."""
    rest, hash_, fragment = url.partition("#")
    joint = "" if rest.endswith(("?", "&")) else "&" if "?" in rest else "?"
    return rest + joint + query + hash_ + fragment


def _cut_by_a_names_hash(url: str) -> Optional[str]:
    """Why a row whose URL has a value a name's `#` cut (`utm_campaign=C#`: the `#` starts the fragment, GA4 reads
    `C`) cannot be imported, in scan's words, or None. Imported, it became `campaign: C` with the rest of the name as
    the URL's fragment, the value scan tells the user is cut (stranger8 S15): only the sheet's author knows whether
    `csharp` or `C%23` was meant."""
    if "#" not in url:
        return None
    from ..scan.synthetic import build

    synthetic = build(url)
    if synthetic is None or synthetic.hash_cut is None:
        return None
    from ..validate_url import validate_url

    said = next((f.message for f in validate_url(url, select=("UTM204",)).findings if f.name == "value-charset"), None)
    said = said or f"{synthetic.hash_cut}: a `#` in the value starts the link's fragment"
    return f"{said}; write one of them in the sheet"


def tracked_url(url: str, own: List[Tuple[str, str]], params: Dict[str, str], in_url: List[Tuple[str, str]]) -> str:
    """The row's tracked URL as the sheet means it: its URL, its own parameters, and the utm values of its
    columns that the URL did not already carry."""
    from_columns = [(name, value) for name, value in params.items() if (name, value) not in in_url]
    tracked = with_params(with_params(url, own), from_columns)
    if play_listing(url) and not has_play_referrer(url) and params:
        # render writes a Play listing's tags into its `referrer` too, where GA4 reads an install's campaign
        # (urls.build_tracked_url): the imported file gives the sheet's link that, and the row is no different
        tracked = with_params(tracked, [("referrer", play_referrer_query(params))])
    return tracked
