"""`utmlint render`: golden output per format from examples/, CSV round-trips, markdown that a real
renderer reads back cell for cell, the refusal gate, exit codes, and the Project's tracked links."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from urllib.parse import unquote

import pytest
from markdown_it import MarkdownIt

from utmlint.links import IN_PRODUCT, LinkRow
from utmlint.render_formats import FIELDS, SLACK_NOTE, render_markdown, render_table
from utmlint.project import Project, TrackedLink

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
GOLDEN = Path(__file__).resolve().parent / "golden"
GOLDEN_FILES = {"table": "render.table.txt", "markdown": "render.markdown.md", "csv": "render.csv",
                "json": "render.json", "urls": "render.urls.txt", "slack": "render.slack.txt"}

CLEAN = """\
campaign: spring-sale
source: intercom
medium: email
type: series
steps:
  - id: step-1-welcome
    links:
      - url: https://example.com/sale
        label: Primary CTA
        content: step-1-welcome
  - id: step-2-tooltip
    channel: in-app
    links:
      - url: /settings/integrations
"""
BROKEN = """\
campaign: winter-sale
source: intercom
medium: in-app
links:
  - url: https://example.com/winter
    content: hero
"""


def _read_golden(name: str) -> bytes:
    return (GOLDEN / name).read_bytes()


@pytest.mark.parametrize("fmt", sorted(GOLDEN_FILES))
def test_golden_output_from_the_examples(fmt, run, monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)  # no terminal width to fit: the table as it is (xdist sets 80)
    result = run("render", "--format", fmt, cwd=EXAMPLES)
    assert result.code == 0, result.err
    # a clean render says nothing on stderr; slack says once whom its mrkdwn is for (newuser48 F1)
    assert result.err == (SLACK_NOTE + "\n" if fmt == "slack" else "")
    golden = GOLDEN / GOLDEN_FILES[fmt]
    if os.environ.get("UTMLINT_UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_bytes(result.out.encode("utf-8"))
    assert result.out.encode("utf-8") == _read_golden(GOLDEN_FILES[fmt]), (
        f"render --format {fmt} changed; if intended, rerun with UTMLINT_UPDATE_GOLDEN=1 and review the diff")


def test_golden_rows_are_grouped_by_campaign_then_step(run):
    rows = json.loads(run("render", "--format", "json", cwd=EXAMPLES).out)
    campaigns = [r["campaign"] for r in rows]
    assert campaigns == sorted(campaigns)
    series = [r["step"] for r in rows if r["campaign"] == "onboarding-series"]
    assert series == ["step-1-welcome", "step-2-tooltip", "step-3-collab-feature", "step-3-collab-feature",
                      "step-4-converted", "step-4-notconverted-nudge"]


def test_the_article_urls_come_out_of_the_examples(run):
    urls = run("render", "--format", "urls", cwd=EXAMPLES).out.splitlines()
    assert ("https://example.com/changelog/ai-assistant?utm_source=intercom&utm_medium=email"
            "&utm_campaign=feature-ai-assistant-june&utm_content=primary-cta") in urls


def test_csv_round_trips_through_the_csv_module(run):
    out = run("render", "--format", "csv", cwd=EXAMPLES).out
    records = list(csv.DictReader(io.StringIO(out, newline="")))
    expected = json.loads(run("render", "--format", "json", cwd=EXAMPLES).out)
    assert len(records) == len(expected) > 0
    for record, want in zip(records, expected):
        assert list(record) == list(FIELDS)
        assert record == {k: "" if v is None else str(v).lower() if isinstance(v, bool) else str(v)
                          for k, v in want.items()}


def test_csv_round_trips_awkward_values(project, run):
    folder = project({"c.yaml": """\
        campaign: spring-sale
        source: intercom
        medium: email
        links:
          - url: "https://example.com/a?q=1,2&x=\\"y\\""
            label: "Say \\"hi\\", then\\nleave"
            content: hero
        """})
    out = run("render", "--format", "csv", "--force", cwd=folder).out
    (record,) = list(csv.DictReader(io.StringIO(out, newline="")))
    assert record["url"] == 'https://example.com/a?q=1,2&x="y"'
    assert record["label"] == 'Say "hi", then\nleave'
    assert record["tracked_url"].startswith('https://example.com/a?q=1,2&x="y"&utm_source=intercom')


# -- markdown, read back by a real CommonMark + GFM tables renderer


def _cells(markdown: str):
    """The rows of the first table as lists of (cell text, link href or None)."""
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    rows, row, in_cell = [], None, False
    for token in tokens:
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close":
            rows.append(row)
        elif token.type in ("td_open", "th_open"):
            in_cell = True
        elif token.type in ("td_close", "th_close"):
            in_cell = False
        elif token.type == "inline" and in_cell:
            text = "".join(child.content for child in token.children if child.type in ("text", "code_inline"))
            href = next((child.attrGet("href") for child in token.children if child.type == "link_open"), None)
            row.append((text, href))
    return rows


def _row(url: str, label: str = "Primary CTA", tracked: bool = True, **extra) -> LinkRow:
    values = dict(campaign="spring-sale", step="step-1", branch=None, segment=None, label=label,
                  channel="Email" if tracked else IN_PRODUCT, url=url, tracked_url=url, tracked=tracked,
                  path="c.yaml", line=1, column=1)
    values.update(extra)
    return LinkRow(**values)


AWKWARD_URLS = [
    "https://example.com/a?x=1|2&utm_source=intercom",
    "https://example.com/a?x=1%7C2&utm_source=intercom",
    "https://example.com/a?x=1%7c2|3%7C",
    "https://example.com/a\\|b?utm_source=x",
    "https://example.com/a?x=`code`&y=*em*&z=_u_",
    "https://example.com/a?x=[1](2)&y=&amp;&z=~~s~~#frag|ment",
    "https://example.com/a b?x=<tag>|",
    "`https://example.com/``x`",
]


@pytest.mark.parametrize("url", AWKWARD_URLS)
def test_markdown_url_cells_survive_a_real_renderer(url):
    markdown = render_markdown([_row(url), _row("/in/product|x", tracked=False)])
    header, first, second = _cells(markdown)
    assert [text for text, _ in header] == ["Campaign", "Step", "Link", "GA4 channel", "Tracked URL"]
    assert len(first) == len(second) == 5
    assert first[4][0] == url  # shown as written
    if url.startswith("https://"):  # and a real link to it
        assert first[4][1] is not None and unquote(first[4][1]) == unquote(url)
    assert second[4] == ("/in/product|x", None)  # an in-product path is no web page: text, not a link
    assert second[3][0] == IN_PRODUCT


@pytest.mark.parametrize("label", ["a | b", "a \\| b", "*not em*", "`x`", "<b>bold</b>", "[x](http://y)",
                                   "trailing \\", "a\nb", "&amp;", "# h", "- item"])
def test_markdown_text_cells_survive_a_real_renderer(label):
    (_, row) = _cells(render_markdown([_row("https://example.com/", label=label)]))
    assert len(row) == 5
    assert row[2][0] == label.replace("\n", " ")


def test_markdown_urls_show_byte_for_byte_and_link_to_themselves():
    # Autolink text is decoded by renderers (%7C would show as |); a link's text is shown as written.
    url = "https://example.com/a?x=1%7C2&utm_source=intercom&utm_content=a%20b"
    (_, row) = _cells(render_markdown([_row(url)]))
    assert row[4] == (url, url)
    assert row[2] == ("Primary CTA", url)  # the label is a link too: Notion and GitHub show links, not code


def test_markdown_of_a_file_with_pipes_through_the_cli(project, run):
    folder = project({"c.yaml": """\
        campaign: spring-sale
        source: intercom
        medium: email
        links:
          - url: "https://example.com/a?x=1|2"
            label: "CTA | hero"
            content: "a%7Cb"
        """})
    result = run("render", "--format", "markdown", "--force", cwd=folder)
    assert result.code == 0
    (_, row) = _cells(result.out)
    assert len(row) == 5
    assert row[2][0] == "CTA | hero"
    assert row[4][0] == ("https://example.com/a?x=1|2&utm_source=intercom&utm_medium=email"
                         "&utm_campaign=spring-sale&utm_content=a%257Cb")


def test_table_shows_control_characters_as_escapes():
    out = render_table([_row("https://example.com/", label="a\x1b[31mred\rb")])
    assert "\x1b" not in out and "\r" not in out
    assert "a\\x1b[31mred\\x0db" in out


# -- in-product links, the gate and exit codes


def test_in_product_links_appear_untouched_and_untracked(project, run):
    folder = project({"c.yaml": CLEAN})
    rows = json.loads(run("render", "--format", "json", cwd=folder).out)
    tooltip = next(r for r in rows if r["step"] == "step-2-tooltip")
    assert tooltip["tracked"] is False
    assert tooltip["url"] == tooltip["tracked_url"] == "/settings/integrations"
    assert tooltip["channel"] == "(in-product, untracked)"
    table = run("render", cwd=folder).out
    assert "(in-product, untracked)" in table and "/settings/integrations" in table
    assert run("render", "--format", "urls", cwd=folder).out == (
        "https://example.com/sale?utm_source=intercom&utm_medium=email&utm_campaign=spring-sale"
        "&utm_content=step-1-welcome\n")


def test_a_google_play_listing_is_rendered_with_the_tags_in_its_referrer(project, run):
    """review7 F7: render put the tags only on the listing's own query, which no GA4 property reads (GA4 credits an
    install from `referrer=`), and said nothing. Now the referrer carries them; a `referrer` written in `url:` is
    kept as written (and missing-utm-param says when it lacks the tags)."""
    folder = project({"app.yaml": """\
        campaign: app-launch
        source: github
        medium: referral
        links:
          - url: https://play.google.com/store/apps/details?id=com.acmeco.app
            content: badge
          - url: https://play.google.com/store/apps/details?id=com.acmeco.app&referrer=utm_source%3Dgithub%26utm_medium%3Dreferral%26utm_campaign%3Dapp-launch
            content: own
        """})
    result = run("render", "--format", "urls", cwd=folder)
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "https://play.google.com/store/apps/details?id=com.acmeco.app&utm_source=github&utm_medium=referral"
        "&utm_campaign=app-launch&utm_content=badge"
        "&referrer=utm_source%3Dgithub%26utm_medium%3Dreferral%26utm_campaign%3Dapp-launch%26utm_content%3Dbadge",
        "https://play.google.com/store/apps/details?id=com.acmeco.app"
        "&referrer=utm_source%3Dgithub%26utm_medium%3Dreferral%26utm_campaign%3Dapp-launch&utm_source=github"
        "&utm_medium=referral&utm_campaign=app-launch&utm_content=own"]


def test_a_google_play_listing_whose_own_referrer_disagrees_is_refused_and_shows_the_referrers_channel(project, run):
    """review8 S8: a `referrer` written in `url:` that says `Site / in-app` passed lint and render claimed the
    campaign's channel (Referral), though GA4 credits the install only from the referrer (Unassigned). Now lint
    names both and render's GA4 channel is the referrer's."""
    folder = project({"m.yaml": """\
        campaign: app-launch
        source: github
        medium: referral
        links:
          - url: https://play.google.com/store/apps/details?id=com.acmeco.app&referrer=utm_source%3DSite%26utm_medium%3Din-app
            content: own
        """})
    lint = run("lint", "--no-cache", cwd=folder)
    assert lint.code == 1
    assert "m.yaml:5:" in lint.out and "UTM101" in lint.out
    assert "`Site` / `in-app` / `(not set)` (Unassigned)" in lint.out
    assert "`github` / `referral` / `app-launch` (Referral)" in lint.out
    assert run("render", cwd=folder).code == 1
    rendered = run("render", "--force", "--format", "json", cwd=folder)
    assert [row["channel"] for row in json.loads(rendered.out)] == ["Unassigned"]


def test_render_refuses_files_with_errors(project, run):
    folder = project({"good.yaml": CLEAN, "broken.yaml": BROKEN})
    result = run("render", cwd=folder)
    assert result.code == 1
    assert result.out == ""
    assert "broken.yaml:3:9: UTM102" in result.err
    assert "render refused: 1 file with errors" in result.err
    assert "--force" in result.err


def test_force_renders_anyway_and_still_shows_the_findings(project, run):
    folder = project({"good.yaml": CLEAN, "broken.yaml": BROKEN})
    result = run("render", "--force", "--format", "urls", cwd=folder)
    assert result.code == 0
    assert "UTM102" in result.err
    assert "utm_medium=in-app" in result.out
    assert "https://example.com/sale?" in result.out


def test_warnings_do_not_block_render(project, run):
    folder = project({"c.yaml": CLEAN.replace("source: intercom", "source: intercom.com")})
    result = run("render", "--format", "urls", cwd=folder)
    assert result.code == 0
    assert "utm_source=intercom.com" in result.out


def test_a_file_that_does_not_parse_is_refused(project, run):
    folder = project({"c.yaml": "campaign: [unclosed\n"})
    result = run("render", cwd=folder)
    assert result.code == 1
    assert "UTM001" in result.err


def test_missing_path_exits_2(project, run):
    folder = project({"c.yaml": CLEAN})
    result = run("render", "nope.yaml", cwd=folder)
    assert result.code == 2
    assert "nope.yaml: no such file or folder" in result.err


def test_config_error_exits_2(project, run):
    folder = project({"c.yaml": CLEAN, ".utmlint.yaml": "no-such-key: 1\n"})
    assert run("render", cwd=folder).code == 2


def test_unknown_format_exits_2(run, project):
    folder = project({"c.yaml": CLEAN})
    with pytest.raises(SystemExit) as exited:
        run("render", "--format", "pdf", cwd=folder)
    assert exited.value.code == 2


def test_no_campaign_files_renders_nothing(tmp_path, run):
    result = run("render", "--format", "json", cwd=tmp_path)
    assert (result.code, result.out) == (0, "[]\n")


def test_paths_pick_files(project, run):
    folder = project({"a.yaml": CLEAN, "b.yaml": CLEAN.replace("spring-sale", "autumn-sale")})
    rows = json.loads(run("render", "--format", "json", "b.yaml", cwd=folder).out)
    assert {r["campaign"] for r in rows} == {"autumn-sale"}
    assert rows[0]["path"] == "b.yaml" and rows[0]["line"] == 8


def test_output_file_is_written_and_stdout_stays_empty(project, run):
    folder = project({"c.yaml": CLEAN})
    expected = run("render", "--format", "csv", cwd=folder).out
    result = run("render", "--format", "csv", "--output", "out/links.csv", cwd=folder)
    assert (result.code, result.out) == (0, "")
    assert (folder / "out" / "links.csv").read_text(encoding="utf-8") == expected
    assert [p.name for p in (folder / "out").iterdir()] == ["links.csv"]  # no temporary file left behind


def test_refused_render_does_not_write_the_output_file(project, run):
    folder = project({"broken.yaml": BROKEN})
    assert run("render", "--output", "links.md", cwd=folder).code == 1
    assert not (folder / "links.md").exists()


# -- the Project's tracked links and live options, used by `utmlint check` and `lint --live`


def test_tracked_links_of_the_examples(monkeypatch):
    monkeypatch.chdir(EXAMPLES)
    links = Project.load(["."]).tracked_links()
    assert all(isinstance(link, TrackedLink) for link in links)
    first = next(link for link in links if "quickstart" in link.url)
    assert first == TrackedLink(
        "https://app.example.com/quickstart?utm_source=intercom&utm_medium=email&utm_campaign=onboarding-series"
        "&utm_content=step-1-welcome&utm_term=feature-collaboration",
        "campaigns/intercom/onboarding-series.yaml", 11, 14)
    assert not any("/settings/integrations" in link.url for link in links)
    assert {link.path for link in links} >= {"campaigns/google-ads/brand-search.yaml"}


def test_tracked_links_skip_unparseable_and_untracked(project, monkeypatch):
    folder = project({
        "a.yaml": CLEAN,
        "bad.yaml": "campaign: [unclosed\n",
        "opt-out.yaml": "campaign: x\nsource: s\nmedium: email\nlinks:\n  - url: https://example.com/\n    track: false\n",
    })
    monkeypatch.chdir(folder)
    links = Project.load(["."]).tracked_links()
    assert [(link.path, link.line) for link in links] == [("a.yaml", 8)]


def test_live_options_from_the_config(project, monkeypatch):
    folder = project({"c.yaml": CLEAN, ".utmlint.yaml": "live:\n  timeout: 3\n  per-host: 4\n"})
    monkeypatch.chdir(folder)
    assert Project.load(["."]).live_options().timeout == 3
    options = Project.load([str(folder / "c.yaml")]).live_options()
    assert (options.timeout, options.per_host) == (3, 4)


def test_live_options_without_config(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    options = Project.load(["."]).live_options()
    assert (options.timeout, options.per_host, options.allow_private) == (10, 10, False)


def test_a_template_or_mailto_address_is_not_called_in_product(project, run):
    """newuser48 F3: a Customer.io e-mail's `{% unsubscribe_url %}` and a `mailto:` rendered `(in-product,
    untracked)`: nothing about them is in the product. A relative path and an app link still are (README)."""
    folder = project({"c.yaml": """\
        campaign: winback
        platform: customer-io
        links:
          - url: https://example.com/offer
            content: offer
          - url: "{% unsubscribe_url %}"
          - url: "{{ event.invite_url }}/accept"
            track: false
          - url: mailto:help@example.com
          - url: tel:+15555550100
          - url: /settings
          - url: acme://dashboard
        """})
    rows = json.loads(run("render", "--format", "json", cwd=folder).out)
    assert [(r["url"], r["channel"]) for r in rows[1:]] == [
        ("{% unsubscribe_url %}", "(filled in when sent, untracked)"),
        ("{{ event.invite_url }}/accept", "(filled in when sent, untracked)"),
        ("mailto:help@example.com", "(not a web page, untracked)"),
        ("tel:+15555550100", "(not a web page, untracked)"),
        ("/settings", "(in-product, untracked)"),
        ("acme://dashboard", "(in-product, untracked)")]
    assert all(not r["tracked"] for r in rows[1:])


def test_links_opted_out_of_tracking_are_marked(project, run):
    folder = project({"c.yaml": """\
        campaign: spring-sale
        source: intercom
        medium: email
        links:
          - url: https://partner.example.org/page
            track: false
        """})
    (row,) = json.loads(run("render", "--format", "json", cwd=folder).out)
    assert (row["tracked"], row["channel"], row["tracked_url"]) == (
        False, "(track: false, untracked)", "https://partner.example.org/page")
    assert run("render", "--format", "urls", cwd=folder).out == ""


def test_building_the_parser_imports_no_render_or_build_dependencies():
    import subprocess
    import sys

    code = ("import sys; from utmlint.cli import build_parser; build_parser(); "
            "print(sorted(m for m in ('tabulate', 'utmlint.links', 'utmlint.render_formats', 'utmlint.engine') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
