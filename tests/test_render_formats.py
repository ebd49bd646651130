"""render's formats for people and spreadsheets: Slack mrkdwn, CSV that no spreadsheet runs as a formula (read
back with the csv module), utm values in their own columns, the table that fits the terminal, and the note on
stderr when the links handed out have warnings."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest

from utmlint.links import LinkRow
from utmlint.render_formats import csv_cell, render_slack, render_table

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _row(url: str, label=None, **extra) -> LinkRow:
    values = dict(campaign="spring-sale", step="step-1", branch=None, segment=None, label=label, channel="Email",
                  url=url, tracked_url=url, tracked=True, path="c.yaml", line=1, column=1)
    values.update(extra)
    return LinkRow(**values)


# -- slack


def _slack_links(text: str):
    """Slack's reading of mrkdwn links: `<target|label>` or `<target>`, entities decoded in both."""
    def unescape(s: str) -> str:
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")

    found = []
    for match in re.finditer(r"<([^<>|]*)(?:\|([^<>]*))?>", text):
        found.append((unescape(match.group(1)), unescape(match.group(2)) if match.group(2) is not None else None))
    return found


@pytest.mark.parametrize("label", ["Primary CTA", "a <b> & c", "x > y | z", "&amp; literal", "<!channel>"])
def test_slack_links_carry_the_url_and_the_label(label):
    url = "https://example.com/a?x=1&y=<2>&utm_source=intercom"
    out = render_slack([_row(url, label)])
    [(target, shown)] = _slack_links(out)
    assert target == url and shown == label
    assert "<!channel>" not in out  # a label cannot ping a channel


def test_slack_pipe_in_a_url_is_percent_encoded():
    out = render_slack([_row("https://example.com/a?x=1|2", "go")])
    assert _slack_links(out) == [("https://example.com/a?x=1%7C2", "go")]


def test_slack_from_the_cli_groups_by_campaign(run):
    out = run("render", "--format", "slack", cwd=EXAMPLES).out
    assert out.startswith("*brand-search-2026*\n")
    urls = run("render", "--format", "urls", cwd=EXAMPLES).out.split()
    assert [target for target, _ in _slack_links(out)] == urls  # every tracked link, whole, in order
    assert "\u2022 step-2-tooltip: `/settings/integrations` (in-product, untracked)" in out


def test_slack_says_it_is_for_the_api_not_for_pasting_by_hand(run):
    """newuser48 F1: the mrkdwn's `&amp;` is what Slack's API reads; pasted into the Slack app by hand it stays in
    the link (`amp;utm_medium`, which GA4 never reads as utm_medium). render says so on stderr, stdout unchanged."""
    slack = run("render", "--format", "slack", cwd=EXAMPLES)
    assert slack.code == 0 and "&amp;utm_medium=" in slack.out
    assert "Slack's API or an incoming webhook" in slack.err and "`--format urls`" in slack.err
    assert "amp;utm_medium" in slack.err
    for other in ("urls", "markdown", "table"):
        assert "Slack" not in run("render", "--format", other, cwd=EXAMPLES).err


def test_slack_untracked_reason_in_one_pair_of_parentheses():
    """newuser48 F7: `(track: false, untracked)` is already parenthesised: not `((track: false, untracked))`."""
    out = render_slack([_row("https://example.com/unsubscribe", channel="(track: false, untracked)", tracked=False),
                        _row("https://example.com/a", channel="Email")])
    assert "(track: false, untracked)\n" in out and "((" not in out
    assert out.endswith("<https://example.com/a> (Email)\n")


# -- CSV: formulas neutralised, values read back


FORMULAS = ['=HYPERLINK("http://evil.example","click")', "+1+1", "-5% off", "@SUM(A1:A9)", "\tx", "\r=1",
            "'quoted", "plain", ""]


@pytest.mark.parametrize("value", FORMULAS)
def test_csv_cell_rule_reverses(value):
    cell = csv_cell(value)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert (cell[1:] if cell.startswith("'") else cell) == value


def test_csv_from_the_cli_runs_no_formula_and_round_trips(project, run):
    labels = ['=HYPERLINK("http://evil.example","click")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)",
              "\tindented", "'already quoted", "Primary CTA"]
    links = "".join(f"  - url: https://example.com/p{n}\n    content: c{n}\n    label: {json.dumps(label)}\n"
                    for n, label in enumerate(labels))
    folder = project({"c.yaml": "campaign: spring-sale\nsource: intercom\nmedium: email\nlinks:\n" + links})
    result = run("render", "--format", "csv", cwd=folder)
    assert result.code == 0, result.err
    records = list(csv.DictReader(io.StringIO(result.out, newline="")))
    for record in records:  # what a spreadsheet sees: no cell starts a formula
        assert not any(value.startswith(("=", "+", "-", "@", "\t", "\r")) for value in record.values()), record
    unneutralised = [{k: v[1:] if v.startswith("'") else v for k, v in r.items()} for r in records]
    expected = json.loads(run("render", "--format", "json", cwd=folder).out)
    assert [r["label"] for r in unneutralised] == labels == [r["label"] for r in expected]
    for record, want in zip(unneutralised, expected):
        assert record == {k: "" if v is None else str(v).lower() if isinstance(v, bool) else str(v)
                          for k, v in want.items()}


# -- utm values in their own columns, beside the URL


def test_json_and_csv_carry_the_utm_values_of_the_tracked_url(run):
    rows = json.loads(run("render", "--format", "json", cwd=EXAMPLES).out)
    header = next(csv.reader(io.StringIO(run("render", "--format", "csv", cwd=EXAMPLES).out)))
    assert header[header.index("tracked_url") + 1:header.index("tracked_url") + 6] == [
        "utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term"]
    for row in rows:
        query = dict(parse_qsl(urlsplit(row["tracked_url"]).query))
        for name in ("utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term"):
            assert row[name] == (query.get(name) if row["tracked"] else None), (row, name)
    assert any(row["utm_term"] for row in rows) and not all(row["tracked"] for row in rows)


# -- the table fits the terminal


def test_a_table_wider_than_the_terminal_puts_each_url_on_its_own_line(run, monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)  # pytest-xdist's workers set it
    wide = run("render", cwd=EXAMPLES).out  # a pipe: no width to fit, one row a line as before
    assert max(map(len, wide.splitlines())) > 200
    monkeypatch.setenv("COLUMNS", "100")
    narrow = run("render", cwd=EXAMPLES).out
    urls = run("render", "--format", "urls", cwd=EXAMPLES).out.split()
    lines = narrow.splitlines()
    url_lines = [line.strip() for line in lines if line.startswith("    ") and "://" in line]
    assert [u for u in url_lines if "://" in u and "utm_" in u] == urls  # whole, in order, one a line
    assert all(len(line) <= 100 for line in lines if line not in [f"    {u}" for u in url_lines])
    assert lines[0].split() == ["Campaign", "Step", "Link", "GA4", "channel"]


def test_a_table_that_fits_is_unchanged():
    rows = [_row("https://example.com/?utm_source=x", "CTA")]
    assert render_table(rows, width=200) == render_table(rows)
    assert "Tracked URL" in render_table(rows, width=200)
    assert "Tracked URL" not in render_table(rows, width=20)


# -- the warning note


def test_links_with_warnings_are_named_on_stderr(project, run):
    folder = project({
        "warn.yaml": "campaign: spring-sale\nsource: Intercom\nmedium: email\nlinks:\n"
                     "  - url: https://example.com/a\n    content: a\n  - url: https://example.com/b\n    content: b\n",
        "one.yaml": "campaign: autumn-sale\nsource: intercom\nmedium: email\nlinks:\n"
                    "  - url: https://example.com/c\n    content: Hero\n  - url: https://example.com/d\n    content: d\n",
        "clean.yaml": "campaign: winter-sale\nsource: intercom\nmedium: email\nlinks:\n"
                      "  - url: https://example.com/e\n    content: e\n",
    })
    result = run("render", "--format", "urls", cwd=folder)
    assert result.code == 0
    assert len(result.out.split()) == 5  # stdout is the links, nothing else
    # Intercom is inherited by both links of warn.yaml; Hero concerns one link of one.yaml.
    assert result.err == ("utmlint: 3 links have warnings (2 warnings in 2 files): run `utmlint lint .` to see them\n")


def test_no_note_for_clean_files(project, run):
    folder = project({"c.yaml": "campaign: spring-sale\nsource: intercom\nmedium: email\nlinks:\n"
                                "  - url: https://example.com/a\n    content: a\n"})
    result = run("render", cwd=folder)
    assert (result.code, result.err) == (0, "")


# newuser43 F2: the links a finding concerns, one reading (links.concerns) for this note and the HTML catalogue. A
# campaign's `medium: social` on a LinkedIn ad concerns both its links; a `track: false` concerns its link, though the
# finding's line is neither its `url:` nor a value's (the note counted the ads only, the page the `track: false` only).
CONCERNED = {
    "ads.yaml": "campaign: q1-webinar\nplatform: linkedin\ntype: ad\nmedium: social\nlinks:\n"
                "  - url: https://example.com/webinar\n    content: image\n"
                "  - url: https://example.com/webinar\n    content: video\n",
    "series.yaml": "campaign: onboarding\nplatform: intercom\nlinks:\n"
                   "  - url: https://example.com/start\n    content: start\n"
                   "  - url: https://example.com/projects/new\n    content: create\n    track: false\n",
}


def test_every_link_a_warning_concerns_is_counted(project, run):
    folder = project(CONCERNED)
    codes = sorted(f["code"] for f in json.loads(run("lint", "--format", "json", cwd=folder).out))
    assert codes == ["UTM108", "UTM506"], codes
    result = run("render", "--format", "urls", cwd=folder)
    assert result.err == "utmlint: 3 links have warnings (2 warnings in 2 files): run `utmlint lint .` to see them\n"


def test_an_untracked_link_is_not_concerned_by_the_values_it_does_not_carry(project, run):
    """newuser46 F4: a campaign's `medium: Email` concerns the link rendered with it, not the `track: false`
    unsubscribe link nor the in-product one beside it, which carry no utm value ("2 links have warnings" with one
    link tagged)."""
    folder = project({
        "news.yaml": "campaign: newsletter-2026-03\nsource: customerio\nmedium: Email\nlinks:\n"
                     "  - url: https://example.com/march\n    content: hero\n"
                     "  - url: https://example.com/unsubscribe\n    track: false\n"
                     "  - url: /settings/notifications\n",
    })
    result = run("render", "--format", "urls", cwd=folder)
    assert result.err == "utmlint: 1 link has warnings (1 warning in 1 file): run `utmlint lint .` to see them\n"


def test_a_steps_channel_concerns_the_links_sent_in_it(project, run):
    """newuser46 F13: a step's `channel: E-mail` (platform-medium-mismatch: Intercom has no such channel) concerns the
    two links sent in it, not the next step's; the note said "the rendered files have warnings", no link named."""
    folder = project({
        "series.yaml": "campaign: trial-nurture\nplatform: intercom\nsteps:\n"
                       "  - id: day-1\n    channel: E-mail\n    links:\n"
                       "      - url: https://example.com/a\n        content: day-1\n"
                       "      - url: https://example.com/b\n        content: day-1-b\n"
                       "  - id: day-3\n    links:\n      - url: https://example.com/c\n        content: day-3\n",
    })
    codes = [f["code"] for f in json.loads(run("lint", "--format", "json", cwd=folder).out)]
    assert codes == ["UTM108"], codes
    result = run("render", "--format", "urls", cwd=folder)
    assert result.err == "utmlint: 2 links have warnings (1 warning in 1 file): run `utmlint lint .` to see them\n"
