"""A query whose `?` (or `&`) a template expression writes: Hugo's `{{ $suffix }}_utm_campaign=...` (Upsun's docs,
corpus 19 #137), JavaScript's `${base}${separator}utm_source=...` (corpus 20 #69). With no `?` outside an expression,
scan read no query there, and the link's tags were judged by no rule: `_utm_campaign`, a key GA4 never reads, went
untold. The keys after the expression are the link's tags as the code writes them (scan.synthetic._separator_query)."""

from __future__ import annotations

from tests.scan.repository import scan_repository
from utmlint.cli import main

_SHORTCODE = ('{{ .Site.Params.vendor.urls.console }}org/create-project{{ $suffix := printf "?" }}'
              '{{ with .Get "scratch" }}{{ $suffix = "/info?" }}{{ end }}{{ $suffix }}'
              '_utm_campaign=cta_deploy&utm_source=public_documentation&_utm_medium=organic\n')


def test_keys_after_a_template_written_question_mark_are_judged(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "sunbeam-io/docs",
                            {"layouts/shortcodes/create-project-link.html": _SHORTCODE})
    assert [(f["name"], f["message"].split(" ")[0]) for f in found] == [
        ("utm-key-unknown", "`_utm_campaign`"), ("utm-key-unknown", "`_utm_medium`")]
    # the rename, with consent, touches the keys only: the expressions (and their `?`) stay as written
    main(["scan", "--no-cache", "--fix", "--unsafe-fixes", "."])
    capsys.readouterr()
    fixed = (tmp_path / "docs" / "layouts" / "shortcodes" / "create-project-link.html").read_text(encoding="utf-8")
    assert fixed == _SHORTCODE.replace("_utm_campaign", "utm_campaign").replace("_utm_medium", "utm_medium")


def test_a_teams_own_correct_tags_after_a_separator_expression_stay_silent(tmp_path, monkeypatch, capsys):
    code = ("export const share = (base, separator) =>\n"
            "  `${base}${separator}utm_source=sunbeam&utm_medium=referral&utm_campaign=spring-launch`;\n")
    assert scan_repository(tmp_path, monkeypatch, capsys, "sunbeam-io/app", {"src/share.ts": code}) == []


def test_a_typo_after_a_separator_expression_in_code_is_told(tmp_path, monkeypatch, capsys):
    code = ("export const share = (base, separator) =>\n"
            "  `${base}${separator}utm_source=sunbeam&utm_medum=referral&utm_campaign=spring-launch`;\n")
    found = scan_repository(tmp_path, monkeypatch, capsys, "sunbeam-io/app", {"src/share.ts": code})
    assert [f["name"] for f in found] == ["utm-key-unknown"] and "`utm_medum`" in found[0]["message"]
