"""Which column of a sheet means what, for each kind of sheet teams have: the header tables, as data.

Headers match case-insensitively, spaces trimmed (and runs of spaces read as one). Where the headers come from:
- terminus: Terminus's "Import Existing UTM URLs" CSV (docs.terminusapp.com/article/70-csv-bulk-import):
  `url` (the destination without utm), `utm[campaign][tag]`, `utm[medium][tag]`, `utm[source][tag]`,
  `utm[content][tag]`, `utm[term][tag]`, `custom[<param>][tag]` (a parameter of its own, kept in the URL),
  `info[<field>][tag]`, `short_url_key`, `Labels`, `Notes`.
- bitly: a Bitly links export: `Link` (the short link), `Custom Link`, `Destination URL` (the long URL, which
  carries the utm values), `Title`, `Created`, `Tags`; the API's field names (`long_url`, `link`, `title`,
  `created_at`, `tags`, `custom_bitlinks`) too.
- ga-builder: the fields of Google's Campaign URL Builder as columns: `Website URL`, `Campaign ID`, `Campaign
  Source`, `Campaign Medium`, `Campaign Name`, `Campaign Term`, `Campaign Content`.
- generic: agency and team sheets: `utm_source`/`UTM_Source`/`Source`, `Final URL`/`Landing page`/`URL`, ...;
  a URL that already carries utm parameters has its query split, so a sheet of tracked URLs alone works.
- ads: an ad platform's export of its ads (Google Ads Editor's `Export spreadsheet`, Microsoft Advertising Editor's):
  `Final URL` (Microsoft's `Final Url`), `Final URL suffix` (`Final Url Suffix`: the tags the platform appends to the
  final URL, with `?` or `&`), `Tracking template` (`{lpurl}?utm_...`: the final URL, then the tags); its `Campaign`
  and `Ad group` are the ad platform's names, kept as notes (a campaign's utm value is the suffix's or the template's).
  Meta Ads Manager's export writes the same pair as `Link` and `URL Tags` (its ads' "URL parameters", the API's
  `url_tags`), its names as `Campaign Name`, `Ad Set Name`, `Ad Name` (newuser47 F1: read as a generic sheet, the
  URL Tags were dropped and Meta's campaign name and id written as utm_campaign and utm_id).
- scan: the CSV or JSON of `utmlint scan --links` (columns in `utmlint/scan/inventory.py`); its `whose` and `why` say
  whose each link is as scan judged it (own, copied, set-aside), and only the team's own are imported by default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Dict, List, Mapping, Optional, Sequence, Set, Tuple

from .sheet import Sheet, SheetError

NAMES = ("terminus", "bitly", "ga-builder", "ads", "generic", "scan")

UTM_FIELDS = ("utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term", "utm_id",
              "utm_source_platform", "utm_creative_format", "utm_marketing_tactic")


@dataclass(frozen=True)
class Preset:
    name: str
    title: str  # how the report names the sheet: "a Terminus bulk-import sheet"
    # field -> headers, in order of preference: "url", "label" and the utm_* parameters
    columns: Mapping[str, Tuple[str, ...]]
    notes: Tuple[str, ...] = ()  # headers kept as a comment above the link
    required: Tuple[str, ...] = ("url",)  # fields whose column must be there
    pattern_params: Optional[str] = None  # regex: a header naming a parameter of its own (group 1)
    pattern_notes: Optional[str] = None  # regex: a header naming a note field (group 1)
    unprotect: bool = False  # cells `'=...` written by a CSV writer guarding against formulas


PRESETS: Dict[str, Preset] = {
    "terminus": Preset(
        "terminus", "a Terminus bulk-import sheet",
        {"url": ("url",),
         "utm_campaign": ("utm[campaign][tag]",), "utm_medium": ("utm[medium][tag]",),
         "utm_source": ("utm[source][tag]",), "utm_content": ("utm[content][tag]",), "utm_term": ("utm[term][tag]",)},
        notes=("labels", "notes", "short_url_key"),
        pattern_params=r"custom\[(.+)\]\[tag\]", pattern_notes=r"info\[(.+)\]\[tag\]"),
    "bitly": Preset(
        "bitly", "a Bitly links export",
        {"url": ("destination url", "long url", "long_url"), "label": ("title",)},
        notes=("link", "bitlink", "custom link", "custom_bitlinks", "created", "created_at", "tags")),
    "ga-builder": Preset(
        "ga-builder", "a sheet of Google's Campaign URL Builder fields",
        {"url": ("website url",), "utm_id": ("campaign id",), "utm_source": ("campaign source",),
         "utm_medium": ("campaign medium",), "utm_campaign": ("campaign name",), "utm_term": ("campaign term",),
         "utm_content": ("campaign content",)},
        required=("url", "utm_source")),
    "ads": Preset(
        "ads", "an ad platform's export (Google Ads Editor, Microsoft Advertising, Meta Ads Manager)",
        {"url": ("final url", "link"), "suffix": ("final url suffix", "url tags"), "template": ("tracking template",),
         "label": ("ad name",)},
        notes=("campaign", "ad group", "campaign name", "ad set name")),
    "generic": Preset(
        "generic", "a sheet of links",
        {"url": ("final url", "final_url", "tracked url", "tagged url", "utm url", "full url", "campaign url",
                 "generated url", "url", "landing page", "landing page url", "landing_page", "destination url",
                 "destination", "website url", "page url", "base url", "link"),
         "utm_source": ("utm_source", "utm source", "source", "campaign source"),
         "utm_medium": ("utm_medium", "utm medium", "medium", "campaign medium"),
         "utm_campaign": ("utm_campaign", "utm campaign", "campaign", "campaign name"),
         "utm_content": ("utm_content", "utm content", "content", "campaign content", "ad content"),
         "utm_term": ("utm_term", "utm term", "term", "campaign term", "keyword"),
         "utm_id": ("utm_id", "utm id", "campaign id", "campaign_id"),
         "utm_source_platform": ("utm_source_platform", "source platform"),
         "utm_creative_format": ("utm_creative_format", "creative format"),
         "utm_marketing_tactic": ("utm_marketing_tactic", "marketing tactic"),
         "label": ("label", "link label", "title", "name", "link name")},
        notes=("channel", "notes", "note", "comments", "comment", "owner", "date", "created", "tags", "labels",
               "description")),
    "scan": Preset(
        "scan", "the inventory of `utmlint scan --links`",
        {"url": ("url",), "utm_source": ("utm_source",), "utm_medium": ("utm_medium",),
         "utm_campaign": ("utm_campaign",), "utm_content": ("utm_content",), "utm_term": ("utm_term",),
         "whose": ("whose",), "why": ("why",)},
        notes=("path", "line", "column"), required=("url", "path", "line"), unprotect=True),
}
# Columns a preset knows and deliberately does not import: `channel` of scan is GA4's verdict, derived.
DERIVED = {"scan": ("channel",)}


def norm(header: str) -> str:
    return " ".join(header.replace("\ufeff", "").split()).lower()


@dataclass
class Columns:
    """A preset laid over one sheet's headers: which column index holds what."""

    preset: Preset
    picked_by: str  # "--preset" or "headers"
    fields: Dict[str, List[int]] = field(default_factory=dict)  # field -> column indexes, preferred first
    params: List[Tuple[str, int]] = field(default_factory=list)  # parameters of its own (Terminus custom[...])
    notes: List[Tuple[str, int]] = field(default_factory=list)  # (header as written, index)
    ignored: List[str] = field(default_factory=list)  # headers nothing reads
    unread: List[Tuple[str, int]] = field(default_factory=list)  # the same, with their indexes (header as written)
    headers: List[str] = field(default_factory=list)  # the sheet's headers, normalised (norm), in order
    written: List[str] = field(default_factory=list)  # the same, as the sheet writes them
    # headers (normalised) a row's value was read from to fill in an ad platform's slot (Meta's `{{campaign.id}}` from
    # `Campaign ID`): imported, though no field of the preset names them (newuser47 F7)
    filled: Set[str] = field(default_factory=set)

    def by_header(self, cells: Sequence[str], header: str) -> str:
        """The cell under `header` (normalised), trimmed ("" when the sheet has no such column)."""
        index = self.headers.index(header) if header in self.headers else None
        return self.unprotected(cells[index]).strip() if index is not None and index < len(cells) else ""

    def cell(self, cells: Sequence[str], name: str) -> str:
        """The first non-blank cell of the field's columns ("" when none)."""
        for index in self.fields.get(name, ()):
            value = self.unprotected(cells[index])
            if value.strip():
                return value
        return ""

    def unprotected(self, value: str) -> str:
        if self.preset.unprotect and value[:1] == "'" and value[1:2] in ("=", "+", "-", "@", "\t", "\r"):
            return value[1:]
        return value


def lay(preset: Preset, sheet: Sheet, picked_by: str) -> Columns:
    columns = Columns(preset, picked_by, headers=[norm(h) for h in sheet.headers], written=list(sheet.headers))
    wanted = {header: name for name, headers in preset.columns.items() for header in headers}
    derived = DERIVED.get(preset.name, ())
    taken = set()
    for name, headers in preset.columns.items():
        for header in headers:  # preference order of the table, not of the sheet
            for index, written in enumerate(sheet.headers):
                if norm(written) == header and index not in taken:
                    columns.fields.setdefault(name, []).append(index)
                    taken.add(index)
    for index, written in enumerate(sheet.headers):
        if index in taken:
            continue
        key = norm(written)
        param = re.fullmatch(preset.pattern_params, key) if preset.pattern_params else None
        info = re.fullmatch(preset.pattern_notes, key) if preset.pattern_notes else None
        if param:  # the parameter's own name, as written in the header
            start = written.lower().index("[") + 1
            columns.params.append((written[start:start + len(param.group(1))], index))
        elif info:  # the field's own name, as written
            start = written.lower().index("[") + 1
            columns.notes.append((written[start:start + len(info.group(1))], index))
        elif key in preset.notes:
            columns.notes.append((written, index))
        elif key not in derived and key not in wanted and written:
            columns.ignored.append(written)
            columns.unread.append((written, index))
    return columns


def _has(sheet: Sheet, *headers: str) -> bool:
    present = {norm(h) for h in sheet.headers}
    return all(h in present for h in headers)


def _any(sheet: Sheet, headers: Sequence[str]) -> bool:
    present = {norm(h) for h in sheet.headers}
    return any(h in present for h in headers)


def detect(sheet: Sheet) -> Optional[str]:
    """The preset the headers say, most specific first; None when no column can be the URL."""
    if sheet.kind == "json" or _has(sheet, "path", "line", "column", "url"):
        return "scan"
    if any(re.fullmatch(r"(utm|custom)\[.+\]\[tag\]", norm(h)) for h in sheet.headers) and _has(sheet, "url"):
        return "terminus"
    if _has(sheet, "website url", "campaign source"):
        return "ga-builder"
    if _has(sheet, "final url") and _any(sheet, ("final url suffix", "tracking template")):
        return "ads"
    if _has(sheet, "link", "url tags"):  # Meta Ads Manager's export: each ad's `Link` and the `URL Tags` appended to it
        return "ads"
    if _any(sheet, PRESETS["bitly"].columns["url"]) and _any(sheet, ("link", "bitlink", "custom link", "custom_bitlinks")):
        return "bitly"
    if _any(sheet, PRESETS["generic"].columns["url"]):
        return "generic"
    return None


FIELD_WORDS = {"utm_source": "source", "utm_medium": "medium", "utm_campaign": "campaign", "utm_content": "content",
               "utm_term": "term"}  # a header holding the word, not read, may be the field (--column's hint)


def column_field(name: str) -> Optional[str]:
    """The field a `--column FIELD=HEADER` names: `url`, `label`, or a utm parameter with or without its `utm_`
    (`source` is `utm_source`); None when it names none."""
    key = name.strip().lower().replace("-", "_")
    if key in ("url", "label"):
        return key
    key = key if key.startswith("utm_") else f"utm_{key}"
    return key if key in UTM_FIELDS else None


def mapped(preset: Preset, given: Mapping[str, str]) -> Preset:
    """`preset` with the columns `--column` names (field -> header as written) read first for their fields, and by no
    other field or note: the sheet's own names for what the preset's table calls otherwise (`Traffic Source`)."""
    headers = {name: norm(header) for name, header in given.items()}
    taken = set(headers.values())
    columns = {name: (headers[name],) for name in given}
    for name, known in preset.columns.items():
        rest = tuple(h for h in known if h not in taken)
        if name not in columns and rest:
            columns[name] = rest
    return replace(preset, columns=columns, notes=tuple(h for h in preset.notes if h not in taken))


def likely(columns: Columns) -> List[Tuple[str, str]]:
    """(field, header) for each column not imported whose name holds the word of a utm field no column gives
    (`Traffic Source` beside no `Source`): said with the `--column` that reads it."""
    found = []
    for name, word in FIELD_WORDS.items():
        if name in columns.fields:
            continue
        for header in columns.ignored:
            if word in re.findall(r"[a-z]+", header.lower()):
                found.append((name, header))
                break
    return found


def columns_for(sheet: Sheet, choice: str, given: Optional[Mapping[str, str]] = None) -> Columns:
    """The columns of `sheet` under `choice` (a preset name or "auto"); SheetError when they do not fit. `given`:
    field -> header as written in the sheet (`--column utm_source="Traffic Source"`), read before the preset's table."""
    from ..printable import printable

    shown = ", ".join(f"`{printable(h)}`" for h in sheet.headers) or "none"
    present = {norm(h) for h in sheet.headers}
    for name, header in (given or {}).items():
        if norm(header) not in present:
            raise SheetError(sheet.path, 1, 1, f"--column {name}={printable(header)}: the sheet has no column "
                                               f"`{printable(header)}`; the headers are {shown}")
    if choice == "auto":
        name = detect(sheet)
        if name is None and given:  # the sheet's own names, said with --column: a sheet of links
            name = "generic"
        if name is None:
            raise SheetError(sheet.path, 1, 1,
                             f"no column holds the links: the headers are {shown}; name one `URL` (or `Final URL`, "
                             f"`Landing page`, `utm_source`, ...) or pass --preset ({', '.join(NAMES)})")
        picked_by = "headers"
    else:
        name, picked_by = choice, "--preset"
    preset = mapped(PRESETS[name], given) if given else PRESETS[name]
    columns = lay(preset, sheet, picked_by)
    missing = [f for f in preset.required if f not in columns.fields and (f in preset.columns or f not in present)]
    if missing:
        wanted = [f"`{preset.columns[f][0] if f in preset.columns else f}`" for f in missing]
        raise SheetError(sheet.path, 1, 1, f"--preset {name} needs the column{'s' if len(wanted) > 1 else ''} "
                                           f"{', '.join(wanted)}; the headers are {shown}")
    return columns
