"""`utmlint scan` as a user runs it: real files in a temp folder, `main([...])` in-process."""

from __future__ import annotations

import csv
import io
import json
import os
import xml.etree.ElementTree as ET

import pytest

from utmlint.cli import main

BAD = "https://sunbeam.app/pricing?utm_source=Newsletter&utm_medium=email&utm_campaign=spring"


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    return tmp_path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_value_finding_points_at_the_value(project, capsys):
    write(project / "docs/a.md", f"# t\n\nSee [pricing]({BAD}).\n")
    code, out, _ = run(capsys, "scan", "docs")
    assert code == 1
    column = len("See [pricing](") + BAD.index("Newsletter") + 1
    assert f"docs/a.md:3:{column}: UTM201 [*] value-case warning" in out
    assert "fixable with `utmlint scan --fix`" in out


def test_github_format_names_scan_in_its_fix_hint(project, capsys):
    """`scan --format github`'s summary names `utmlint scan --fix`, as the text format does: `lint --fix` reads
    campaign files and would fix nothing of a scanned link (stranger10 R-github)."""
    write(project / "docs/a.md", f"# t\n\nSee [pricing]({BAD}).\n")
    code, out, _ = run(capsys, "scan", "docs", "--format", "github")
    assert code == 1
    assert "fixable with `utmlint scan --fix`" in out and "utmlint lint" not in out


def test_clean_docs_exit_zero_and_count_links(project, capsys):
    write(project / "docs/a.md", "[x](https://sunbeam.app/?utm_source=newsletter&utm_medium=email&utm_campaign=spring)\n")
    code, out, _ = run(capsys, "scan", "docs")
    assert code == 0 and "1 tracked link" in out


def test_unassigned_medium_and_missing_params(project, capsys):
    write(project / "docs/a.html", '<a href="https://sunbeam.app/?utm_source=newsletter&amp;utm_medium=in-app&amp;utm_campaign=x">a</a>\n'
                                   '<a href="https://sunbeam.app/?utm_source=newsletter">b</a>\n')
    code, out, _ = run(capsys, "scan", "docs")
    assert "docs/a.html:1:" in out and "UTM102 medium-unassigned" in out
    assert "docs/a.html:2:10: UTM101 missing-utm-param error: this tracked link has no `utm_medium`, `utm_campaign`" in out


@pytest.mark.parametrize("link", [
    "https://docs.sunbeam.org/guide#utm_source=newsletter&utm_medium=email&utm_campaign=launch",
    "https://sunbeam.org/#/pricing?utm_source=newsletter&utm_medium=email&utm_campaign=launch",
])
def test_utm_after_the_fragment_is_one_finding_as_validate_url_says(project, capsys, link):
    # the keys are missing from the query only because they sit after `#`: utm-in-fragment (or
    # url-fragment-order) says to move them; "add them to the URL's query" beside it restated it (corpus 8: 34 links)
    from utmlint.validate_url import validate_url

    write(project / "docs/a.md", f"See [docs]({link}).\n")
    code, out, _ = run(capsys, "scan", "docs", "--format", "json")
    codes = sorted(f["code"] for f in json.loads(out))
    assert code == 1 and "UTM101" not in codes and set(codes) & {"UTM304", "UTM306"}
    assert sorted(f.code for f in validate_url(link).findings) == codes


def test_tags_after_the_fragment_are_judged_as_once_moved_where_they_are_written(project, capsys):
    # corpus 8: `#utm_source=wp-plugin&utm_medium=boxzilla` gets utm-in-fragment and, on the medium as written,
    # medium-unassigned worded for the move (as validate_url says it)
    write(project / "docs/a.md", "See [docs](https://boxzillaplugin.com/#utm_source=wp-plugin&utm_medium=boxzilla"
                                 "&utm_campaign=plugins-page).\n")
    code, out, _ = run(capsys, "scan", "docs", "--format", "json")
    found = {f["code"]: f for f in json.loads(out)}
    assert code == 1 and set(found) == {"UTM306", "UTM102"}
    line = "See [docs](https://boxzillaplugin.com/#utm_source=wp-plugin&utm_medium=boxzilla"
    assert found["UTM102"]["column"] == len(line) - len("boxzilla") + 1
    assert found["UTM102"]["message"].startswith("once these tags are moved into the query")


def test_a_hash_routes_tags_and_a_missing_key_are_told_once_moved(project, capsys):
    # stranger12 R12: a single-page app's hash route (`/#/signup?utm_...`) got utm-in-fragment alone, and tags after
    # `#` lacking a campaign got no word of it: both surfaced only on a second run, after the move
    write(project / "README.md", "- [a](https://northwind.dev/#/signup?utm_source=github&utm_medium=readme"
                                 "&utm_campaign=launch)\n"
                                 "- [b](https://northwind.dev/pricing#utm_source=wp-plugin&utm_medium=boxzilla)\n"
                                 "- [c](https://northwind.dev/#/signup?utm_source=news&utm_medium=email"
                                 "&utm_campaign=launch)\n")
    code, out, _ = run(capsys, "scan", "README.md", "--format", "json")
    found = sorted((f["line"], f["code"], f["message"]) for f in json.loads(out))
    assert code == 1 and [f[:2] for f in found] == [(1, "UTM102"), (1, "UTM306"), (2, "UTM101"), (2, "UTM102"),
                                                     (2, "UTM306"), (3, "UTM306")]
    assert found[0][2].startswith("once these tags are moved into the query (after the `#` GA4 reads none of them), "
                                  "GA4 would file utm_medium `readme`")
    assert found[2][2].startswith("once these tags are moved into the query (after the `#` GA4 reads none of them), "
                                  "this tracked link has no `utm_campaign`")


def test_a_mistyped_utm_prefix_is_named_and_fixed(project, capsys):
    # corpus 14 #21 (`utm_source=dotorg&urm_medium=builderkit`) and public code (`url.append("&urm_medium=")`,
    # `utm_source=google&ut_medium=banner`): the medium key's `utm` mistyped, so GA4 drops the medium. A prefix every
    # key of the link shares is a site's own convention (qr-code-generator.com's `ut_`, Matomo's `mtm_`), and one
    # beside the key it would be is another tool's (`itm_source` with `utm_source`): left alone.
    page = write(project / "docs/a.md", "- [a](https://sunbeam.org/x?utm_source=docs&urm_medium=referral&utm_campaign=a)\n"
                                        "- [b](https://sunbeam.org/y?utm_source=docs&ut_medium=referral&utm_campaign=b)\n"
                                        "- [c](https://sunbeam.org/z?ut_source=docs&ut_medium=cpc&ut_campaign=c)\n"
                                        "- [d](https://sunbeam.org/w?itm_source=nav&utm_source=docs&utm_medium=referral"
                                        "&utm_campaign=d)\n")
    code, out, _ = run(capsys, "scan", "docs", "--format", "json")
    found = sorted((f["line"], f["code"], f["message"]) for f in json.loads(out))
    assert code == 1 and [f[:2] for f in found] == [(1, "UTM308"), (2, "UTM308")]  # no "add utm_medium" beside
    assert found[0][2] == ("`urm_medium` is not a key GA4 reads (did you mean `utm_medium`?); GA4 ignores it and "
                           "drops `referral`; write `utm_medium`")
    assert run(capsys, "scan", "docs", "--fix")[0] == 0
    assert page.read_text(encoding="utf-8").splitlines()[:2] == [
        "- [a](https://sunbeam.org/x?utm_source=docs&utm_medium=referral&utm_campaign=a)",
        "- [b](https://sunbeam.org/y?utm_source=docs&utm_medium=referral&utm_campaign=b)"]


@pytest.mark.parametrize("link", [
    "{{ base_url }}/p?utm_source={{ src }}&utm_medium={{ medium }}&utm_campaign={{ name }}",
    "https://sunbeam.app/?utm_source=*|LIST:NAME|*&utm_medium=email&utm_campaign=*|CAMPAIGN_UID|*",
    "https://{{ host }}/p?utm_source=newsletter&utm_medium=email&utm_campaign=spring",
    "<%= root %>/p?utm_source=newsletter&utm_medium=email&utm_campaign=<%= slug %>",
    "https://sunbeam.app/?utm_source=google&utm_medium=cpc&utm_campaign={campaignid}&utm_term={keyword}",
])
def test_placeholders_are_never_findings(project, capsys, link):
    write(project / "docs/t.html", f'<a href="{link}">go</a>\n')
    code, out, _ = run(capsys, "scan", "docs")
    assert code == 0, out


def test_own_hosts_leave_third_party_links_to_copied_tracking(project, capsys):
    write(project / ".utmlint.yaml", "include: ['campaigns/**/*.yaml']\nown-hosts: [sunbeam.app]\n")
    write(project / "docs/a.md", "https://other.org/?utm_source=Partner\nhttps://www.sunbeam.app/?utm_source=Partner\n")
    code, out, _ = run(capsys, "scan", "docs")
    assert "docs/a.md:2:" in out and "docs/a.md:1:" not in out


@pytest.mark.parametrize("name, comment", [
    ("a.md", "<!-- utmlint: ignore[UTM201] -->"),
    ("a.py", "# utmlint: ignore[value-case]"),
    ("a.js", "// utmlint: ignore[UTM2]"),
    ("a.jinja", "{# utmlint: ignore[UTM201] #}"),
    ("a.mdx", "{/* utmlint: ignore[UTM201] */}"),  # MDX, where `<!-- -->` does not compile (newuser47b F2)
    ("a.jsx", "      {/* utmlint: ignore[value-case] */}"),  # a comment inside JSX markup
    # Liquid's own comments, a Shopify theme's (newuser48c F1: neither was read; Liquid prints `{# #}` as page text)
    ("a.liquid", "{% comment %}utmlint: ignore[UTM201]{% endcomment %}"),
    ("a.liquid", "  {%- comment -%} utmlint: ignore[value-case] {%- endcomment -%}"),
    ("a.liquid", "{% # utmlint: ignore[UTM201] %}"),
    ("a.liquid", "{%- # utmlint: ignore[UTM201] -%}"),
])
def test_inline_suppression_in_each_comment_syntax(project, capsys, name, comment):
    write(project / "docs" / name, f"{comment}\nx = '{BAD}'\n")
    code, out, _ = run(capsys, "scan", "docs")
    assert "UTM201" not in out and code == 0, out


@pytest.mark.parametrize("line", [
    "Try [it]({bad}). {{/* utmlint: ignore[UTM201] */}}",  # at the end of an .mdx line
    '<a href="{bad}">{{/* utmlint: ignore[UTM201] */}}Start</a>',  # right after a JSX tag's `>`
])
def test_mdx_and_jsx_comment_suppresses_its_own_line(project, capsys, line):
    """newuser47b F2: `{/* utmlint: ... */}` was read as no directive at all, so an MDX page or a component's markup
    had no inline way to suppress a finding; and a URL's `{/*` inside a word is still no directive."""
    write(project / "docs/a.mdx", line.format(bad=BAD) + "\n")
    code, out, _ = run(capsys, "scan", "docs")
    assert "UTM201" not in out and code == 0, out
    write(project / "docs/a.mdx", f"Try [it]({BAD}). x{{/* utmlint: ignore[UTM201] */}}\n")
    code, out, _ = run(capsys, "scan", "docs")
    assert "UTM201" in out and code == 1, out


@pytest.mark.parametrize("name, line", [
    ("a.html", '<a href="{bad}">Start</a><!-- utmlint: ignore[UTM201] -->'),  # right after a tag's `>`
    ("a.liquid", '<a href="{bad}">Start</a><!-- utmlint: ignore[UTM201] -->'),
    ("a.liquid", '<a href="{bad}">Start</a>{{% comment %}}utmlint: ignore[UTM201]{{% endcomment %}}'),
    ("a.liquid", '<a href="{bad}">Start</a>{{% # utmlint: ignore[UTM201] %}}'),
    ("a.liquid", '{{%- if x -%}}<a href="{bad}">Start</a>{{%- endif -%}}{{% # utmlint: ignore[UTM201] %}}'),
])
def test_a_comment_right_after_a_tag_suppresses_its_own_line(project, capsys, name, line):
    """newuser48c F1: `...</a><!-- utmlint: ignore[...] -->`, the way HTML is written, was silently no directive (only
    ` <!--` after a space was), and Liquid's `{% comment %}` and `{% # %}` were never read, so a Shopify theme had no
    inline way to suppress a finding; a `<!--` or `{%` inside a word is still no directive."""
    write(project / "docs" / name, line.format(bad=BAD) + "\n")
    code, out, _ = run(capsys, "scan", "docs")
    assert "UTM201" not in out and code == 0, out
    write(project / "docs" / name, f'<a href="{BAD}">Start</a>x<!-- utmlint: ignore[UTM201] -->\n')
    code, out, _ = run(capsys, "scan", "docs")
    assert "UTM201" in out and code == 1, out


def test_select_ignore_and_statistics(project, capsys):
    write(project / "docs/a.md", f"{BAD}\nhttp://sunbeam.app/?utm_source=x&utm_medium=email&utm_campaign=spring\n")
    _, out, _ = run(capsys, "scan", "docs", "--select", "UTM302")
    assert "UTM302" in out and "UTM201" not in out
    _, out, _ = run(capsys, "scan", "docs", "--ignore", "UTM2", "--statistics")
    assert "UTM201" not in out and "UTM302" in out and "url-insecure" in out.split("Found")[-1]
    code, _, err = run(capsys, "scan", "docs", "--select", "UTM999")
    assert code == 2 and "UTM999" in err


@pytest.mark.parametrize("fmt", ["json", "github", "sarif", "junit"])
def test_every_reporter(project, capsys, fmt):
    write(project / "docs/a.md", f"{BAD}\n")
    code, out, _ = run(capsys, "scan", "docs", "--format", fmt)
    assert code == 1
    if fmt == "json":
        assert any(d["code"] == "UTM201" and d["line"] == 1 for d in json.loads(out))
    elif fmt == "sarif":
        assert json.loads(out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 1
    elif fmt == "junit":
        assert ET.fromstring(out).iter("testcase")
    else:
        assert out.startswith("::warning file=docs/a.md,line=1,")


def test_campaign_files_are_left_to_lint(project, capsys):
    write(project / "docs/campaign.yaml", f"campaign: spring\nlinks:\n  - url: {BAD}\n")
    write(project / "docs/site.yaml", f"footer: {BAD}\n")
    _, out, _ = run(capsys, "scan", "docs")
    assert "docs/site.yaml:1:" in out and "campaign.yaml" not in out


def test_a_campaign_file_with_a_typo_in_its_key_is_lint_s_too(project, capsys):
    # lint reports `campain:` as a typo of `campaign:`; scan judging the same file too would report it twice
    write(project / "docs/spring.yaml", f"campain: spring\nlinks:\n  - url: {BAD}\n")
    _, out, _ = run(capsys, "scan", "docs")
    assert "spring.yaml" not in out
    code, out, _ = run(capsys, "lint", "docs/spring.yaml")
    assert code == 1 and "docs/spring.yaml:1:" in out


def test_gitignore_and_usual_folders_are_skipped(project, capsys):
    write(project / ".gitignore", "generated/\n*.min.js\n")
    for name in ("generated/a.md", "node_modules/x/readme.md", "docs/app.min.js", "dist/a.html"):
        write(project / name, f"{BAD}\n")
    write(project / "docs/ok.md", f"{BAD}\n")
    _, out, _ = run(capsys, "scan")
    assert "docs/ok.md" in out
    assert not any(name in out for name in ("generated", "node_modules", "app.min.js", "dist/"))


def test_hostile_files_get_notes_not_tracebacks(project, capsys):
    write(project / "docs/ok.md", "fine\n")
    (project / "docs/bin.md").write_bytes(b"\x00\x01\x02 utm_source=x")
    (project / "docs/latin.md").write_bytes(b"caf\xe9 https://sunbeam.app/?utm_source=x\n")
    os.symlink(project / "docs/ok.md", project / "docs/link.md")
    code, out, err = run(capsys, "scan", "docs", "docs/link.md")
    assert code == 0 and "Traceback" not in err
    assert "docs/bin.md:1:1: note: binary file" in err
    assert "docs/latin.md:1:4: note: not valid UTF-8" in err
    assert "docs/link.md:1:1: note: is a symbolic link" in err


def test_missing_path_is_a_usage_error(project, capsys):
    code, _, err = run(capsys, "scan", "nope")
    assert code == 2 and "nope: no such file or folder" in err


def test_links_inventory_formats(project, capsys):
    write(project / "docs/a.html", '<a href="https://sunbeam.app/?utm_source=news&amp;utm_medium=email&amp;utm_campaign=spring&amp;utm_content=hero">x</a>\n')
    code, out, _ = run(capsys, "scan", "--links", "docs", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["path", "line", "column", "url", "utm_source", "utm_medium", "utm_campaign",
                             "utm_content", "utm_term", "channel", "whose", "why"]
    assert (rows[0]["whose"], rows[0]["why"]) == ("own", "")  # the team's own link: `utmlint import` takes it
    assert rows[0]["url"] == "https://sunbeam.app/?utm_source=news&utm_medium=email&utm_campaign=spring&utm_content=hero"
    assert (rows[0]["line"], rows[0]["column"], rows[0]["channel"]) == ("1", "10", "Email")
    _, out, _ = run(capsys, "scan", "--links", "docs")
    assert json.loads(out)[0]["utm_content"] == "hero"
    _, out, _ = run(capsys, "scan", "--links", "docs", "--format", "urls")
    assert out == "https://sunbeam.app/?utm_source=news&utm_medium=email&utm_campaign=spring&utm_content=hero\n"
    code, _, err = run(capsys, "scan", "--links", "docs", "--format", "sarif")
    assert code == 2


def test_csv_cells_cannot_run_formulas(project, capsys):
    write(project / "docs/a.md", "https://sunbeam.app/?utm_source==HYPERLINK(1)&utm_medium=email\n")
    _, out, _ = run(capsys, "scan", "--links", "docs", "--format", "csv")
    assert ",'=HYPERLINK(1)," in out


def test_a_url_built_by_concatenation_is_not_missing_params(project, capsys):
    write(project / "docs/a.js", "const u = 'https://sunbeam.app?utm_source=' + host + '&utm_medium=widget&utm_campaign=v2';\n")
    code, out, _ = run(capsys, "scan", "docs")
    assert "UTM101" not in out, out


def test_new_url_rules_through_scan(project, capsys):
    write(project / ".utmlint.yaml", "include: ['campaigns/**/*.yaml']\nown-hosts: [sunbeam.app]\n")
    write(project / "docs/a.md",
          "https://partner.org/?utm_source=chatgpt.com&fbclid=zz\n"
          "https://sunbeam.app/#/route?utm_source=newsletter&utm_medium=email&utm_campaign=x\n"
          "https://sunbeam.app/?utm_source=a&utm_medium=email&utm_compaign=x\n")
    write(project / "docs/b.html", '<a href="https://sunbeam.app/?utm_source=a&amp;utm_medium=email&amp;utm_campaign=x">ok</a>\n')
    write(project / "docs/c.py", 'u = "https://sunbeam.app/?utm_source=a&amp;utm_medium=email&amp;utm_campaign=x"\n')
    _, out, _ = run(capsys, "scan", "docs")
    assert "docs/a.md:1:" in out and "copied-tracking" in out  # third-party: only copied-tracking
    assert "docs/a.md:2:" in out and "move them into the query, before the `#`" in out and "`url:`" not in out
    assert "docs/a.md:3:" in out and "utm-key-unknown" in out
    assert "docs/b.html" not in out  # `&amp;` in HTML is `&` to the browser
    assert "docs/c.py:1:" in out and "url-html-escaped" in out and "UTM101" not in out
    run(capsys, "scan", "--fix", "docs")
    assert (project / "docs/a.md").read_text(encoding="utf-8").splitlines()[2] == \
        "https://sunbeam.app/?utm_source=a&utm_medium=email&utm_campaign=x"


def test_advice_names_the_url_parameter_not_a_campaign_file_key(project, capsys):
    write(project / "docs/a.md", "[x](https://sunbeam.app/?utm_source=intercom&utm_medium=in-app&utm_campaign=tour)\n")
    _, out, _ = run(capsys, "scan", "docs")
    assert "UTM102" in out and "write `utm_medium=email`" in out and "`medium:" not in out, out


def test_a_relative_link_with_utm_is_an_internal_link_not_a_campaign(project, capsys):
    """ship48's page links home with `/?utm_source=ship48&utm_medium=tripwire` (corpus 3): it was told to respell
    the medium, which would entrench tags that overwrite the visitor's real source. utm-internal-link alone speaks;
    a query suffix (`?utm_source=x`, appended by code to another URL) and a full URL are still judged as campaigns."""
    write(project / "docs/a.md", "[home](/?utm_source=ship48&utm_medium=tripwire&utm_campaign=Productivity)\n\n"
                                 "[guide](./guide?utm_source=docs)\n\n"
                                 "Append `?utm_source=google&utm_medium=tripwire` to the link.\n")
    write(project / "docs/b.html", '<a href="/pricing?utm_source=Site&amp;utm_medium=banner">Pricing</a>\n')
    code, out, _ = run(capsys, "scan", "--format", "json", "docs")
    found = sorted((f["path"], f["line"], f["code"]) for f in json.loads(out))
    assert code == 1
    assert found == [("docs/a.md", 1, "UTM311"), ("docs/a.md", 3, "UTM311"), ("docs/a.md", 5, "UTM101"),
                     ("docs/b.html", 1, "UTM311")], found
    messages = [f["message"] for f in json.loads(out) if f["code"] == "UTM311"]
    assert "remove them rather than add the rest" in messages[1] and "(and no `utm_medium`, `utm_campaign`)" in messages[1]
    assert "remove them (utm tags are for links" in messages[0]
