"""A WordPress plugin's or theme's readme.txt is Markdown (WordPress's readme format, rendered by the directory): an
entity in a link destination is decoded as CommonMark decodes it, so `&amp;` there is `&` and no url-html-escaped
finding (corpus 12 #191: Codacy's badge in Kirki's readme.txt, vendored in themegrill/flash). A plain .txt keeps the
entity as written. validate_url reads a Markdown path (and readme.txt) the same way."""

from __future__ import annotations

from utmlint.scan import scan_text
from utmlint.validate_url import validate_url

BADGE = ("[![Codacy Badge](https://api.codacy.com/project/badge/Grade/66d6)](https://www.codacy.com/app/aristath/kirki"
         "?utm_source=github.com&amp;utm_medium=referral&amp;utm_content=aristath/kirki&amp;utm_campaign=Badge_Grade)")
README = f"=== Kirki Customizer Framework ===\nContributors: aristath\nStable tag: 4.2.0\n\n== Description ==\n\n{BADGE}\n"


def test_a_wordpress_readme_is_read_as_markdown():
    [found] = scan_text(README, ".txt")
    assert "&amp;" not in found.url and "utm_source=github.com&utm_medium=referral&" in found.url


def test_a_wordpress_readme_with_crlf_line_ends_is_read_as_markdown():
    # Kirki's readme.txt as vendored in themegrill/flash has Windows line ends
    [found] = scan_text(README.replace("\n", "\r\n"), ".txt")
    assert "&amp;" not in found.url


def test_a_plain_text_file_keeps_its_entities():
    [found] = scan_text(f"Notes\n\n{BADGE}\n", ".txt")
    assert "&amp;utm_medium" in found.url


def test_validate_url_reads_a_markdown_path_with_its_entities_decoded():
    url = BADGE.split("](", 2)[2].rstrip(")")
    for path in ("inc/kirki/readme.txt", "docs/README.md"):
        assert not [f for f in validate_url(url, path=path).findings if f.name == "url-html-escaped"], path
    assert [f for f in validate_url(url, path="notes.txt").findings if f.name == "url-html-escaped"]
