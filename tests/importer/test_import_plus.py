"""A `+` in a pasted tracked URL is kept as written, as lint, scan and render keep it.

Google does not document that GA4 decodes `+` in a utm value into a space (its reports are known to show it
literally), and utmlint's other commands keep it: scan and validate_url judge `spring+sale` as written, and render writes a `+`
in a value as `%2B`. The importer used to read `+` as a space (a form
decoder's habit), so `utm_campaign=spring+sale` became `campaign: spring sale`, a value the sheet never held. Now the value is imported as written, `%20` is still a space, and the round trip
gives back a link GA4 reads the same way: `%2B` is the `+` the pasted link carried.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

SHEET = ("url\n"
         "https://example.com/a?utm_source=news+letter&utm_medium=email&utm_campaign=spring+sale\n"
         "https://example.com/b?utm_source=newsletter&utm_medium=email&utm_campaign=fall%20sale&utm_content=a+b\n")


def _as_ga4_reads(url: str):
    """The utm values of a URL with `+` kept literal (what GA4 shows), `%XX` decoded."""
    return sorted(parse_qsl(urlsplit(url).query.replace("+", "%2B")))


def test_a_plus_is_imported_as_written_and_renders_back_the_same_value(run, tmp_path):
    (tmp_path / "s.csv").write_text(SHEET)
    result = run("import", "s.csv", cwd=tmp_path)
    assert result.code == 1  # `newsletter` and `news+letter`: two spellings of one source (source-fragmentation)
    spring = (tmp_path / "campaigns").glob("spring*.yaml")
    text = next(spring).read_text()
    assert "campaign: spring+sale" in text and "source: news+letter" in text
    fall = next((tmp_path / "campaigns").glob("fall*.yaml")).read_text()
    assert "campaign: fall sale" in fall and "content: a+b" in fall  # `%20` is a space; `+` is not
    assert "UTM601" in result.out  # lint judges the values as imported, `+` and all
    urls = run("render", "--format", "urls", "--force", "campaigns", cwd=tmp_path).out.split()
    rendered = sorted(_as_ga4_reads(u) for u in urls)
    pasted = sorted(_as_ga4_reads(line) for line in SHEET.splitlines()[1:])
    assert rendered == pasted
    assert any("utm_campaign=spring%2Bsale" in u for u in urls)
