"""`utmlint scan --links`: the inventory of tracked links, one record per occurrence.

The column names are a contract (`utmlint import` reads this CSV/JSON): path, line, column, url,
utm_source, utm_medium, utm_campaign, utm_content, utm_term, channel.

A URL that stopped at a space inside a quoted string that goes on (`"...?utm_campaign=Upgrade Now"`, or a link
followed by words: scan.core.string_goes_on) has a last value nobody can know, which the judge leaves unjudged
(scan.synthetic.last_value_unknown); the inventory says so too (`cut_short`): that value and the URL end with CUT,
the channel is UNKNOWN when the value is one GA4's channel rules read, `--format urls` leaves the URL out, and
`utmlint import` skips the row instead of importing `Upgrade` as a campaign.

`whose` says whose the link is as scan judged it (newuser46 F21): OWN, the team's own link, whose values scan judged
as its campaign's; COPIED, another party's tags copied with the link (an ad's click, a newsletter's issue, a link to a
site outside `own-hosts`, a copied list, a collection of other people's links); SET_ASIDE, read and not judged as a
campaign's (a sample, a guide's pattern (`utm_source=SOURCE`) or counter-example, a code comment, a link between the
site's own pages).
`why` says why for the last two (scan.run._whose_said: copied-tracking's reason as the rule gives it; scan.notes words
the set-aside ones). A link whose only copied part is a visit's id beside its own tags (`mc_cid`, `_ga`) is OWN:
import writes it without the id (review47 F4). `utmlint import --preset scan` imports only OWN rows unless told
otherwise; an inventory written before these columns has none, and is imported whole, as before."""

from __future__ import annotations

import csv
import io
import json
from typing import Dict, Sequence, Tuple

from ..shownchannel import UNKNOWN_CHANNEL as UNKNOWN  # the channel of a link whose channel-deciding value is not known whole

COLUMNS = ("path", "line", "column", "url", "utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term",
           "channel", "whose", "why")

OWN, COPIED, SET_ASIDE = "own", "copied", "set-aside"  # the `whose` column's values
WHOSE = (OWN, COPIED, SET_ASIDE)

CUT = "\u2026"  # "…": what was read of a value (or URL) that may go on past a space
_CHANNEL_PARAMS = ("utm_source", "utm_medium", "utm_campaign")  # what GA4's default channel rules read


def written_values(synthetic, url: str) -> Dict[str, str]:
    """The record's utm values, read as the judge, lint and import read them (stranger8 S15): a `+` as written
    (GA4 reports show it so: `C++Weekly`, never `C  Weekly`), and a value a name's `#` cut (`utm_campaign=C#`,
    scan.synthetic.name_cut_by_hash) as the author wrote it, `#` and all, the value scan's finding names."""
    from ..urls import unquote
    from .synthetic import hash_cut_end

    values: Dict[str, str] = {}
    if synthetic is None:
        return values
    for param, field in synthetic.fields.items():
        if field.name_end < field.end:
            end = hash_cut_end(url) if param == synthetic.hash_cut else field.end
            values[param] = unquote(url[field.name_end + 1:end])
    return values


def cut_short(synthetic, url: str, values: Dict[str, str], channel: str) -> Tuple[str, Dict[str, str], str]:
    """The record's URL, values and channel for a URL whose last value may go on past the space it stopped at:
    the parameter the judge takes as unknown (the one the URL ends with, as last_value_unknown picks it) keeps
    what was read, marked with CUT, as does the URL; the channel is UNKNOWN when that parameter decides it."""
    last = max(synthetic.fields.items(), key=lambda item: item[1].end, default=None)
    if last is None or last[1].end != len(url) or last[1].name_end >= last[1].end:
        return url, values, channel  # not a value that was cut (the judge judges it too)
    param = last[0]
    values = dict(values)
    values[param] = values.get(param, "") + CUT
    return url + CUT, values, UNKNOWN if param in _CHANNEL_PARAMS else channel


def rows(records: Sequence) -> list:
    return [dict(zip(COLUMNS, (r.path, r.line, r.column, r.url, *r.params, r.channel, r.whose, r.why)))
            for r in records]


def _cell(value):
    """A cell a spreadsheet will not run: text starting with = + - @ (or a tab/CR) gets a leading quote."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def render(fmt: str, records: Sequence) -> str:
    data = rows(records)
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in data:
            writer.writerow({k: _cell(v) for k, v in row.items()})
        return out.getvalue()
    # urls: absolute web links only (not a placeholder's, not one whose end is not known), each once, for `utmlint check -`
    seen = []
    for r in records:
        if r.url.lower().startswith(("http://", "https://")) and "{" not in r.url and not r.url.endswith(CUT) \
                and r.url not in seen:
            seen.append(r.url)
    return "".join(u + "\n" for u in seen)
