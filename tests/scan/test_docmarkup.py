"""corpus 51 (session 48): documentation written in markup other than Markdown and HTML. reStructuredText and AsciiDoc
were read; Org, Textile, RDoc, POD, wiki markup and Texinfo were only listed by `--show-files`, and `.rest`, `.texinfo`,
DokuWiki, Creole and troff man pages (`.man`, `.roff`) not seen at all by a folder scan, the pre-commit hook and the
Action: a silent miss of every link in them. scan.docmarkup reads each with its kind's link forms, leaving out what its
renderer never makes a link (comments) and code shown as written (unless `code-blocks`)."""

from __future__ import annotations

import json

import pytest

from utmlint.cli import main
from utmlint.scan import extract, family_of
from utmlint.scan.files import UNREAD_TEXT

LINK = "https://acme.dev/p?utm_source=docs&utm_medium=referral&utm_campaign=guide"


def _urls(text: str, suffix: str, options=None):
    return [(occ.line, occ.url) for occ in extract(text.encode("utf-8"), suffix, options).occurrences]


@pytest.mark.parametrize("suffix", [".org", ".textile", ".rdoc", ".pod", ".wiki", ".mediawiki", ".dokuwiki", ".creole",
                                    ".texi", ".texinfo", ".txi", ".man", ".roff", ".rest"])
def test_the_documentation_markups_are_kinds_a_walk_reads(suffix):
    assert family_of(suffix) in ("plain", "rest") and suffix not in UNREAD_TEXT


ORG = f"""#+TITLE: Guide
* Links
See [[{LINK}][our guide]] and [[https://acme.dev/q?utm_source=docs&utm_medium=referral&utm_campaign=q]].
# [[https://acme.dev/old?utm_source=old&utm_medium=draft][a commented-out link]]
#+BEGIN_COMMENT
https://acme.dev/note?utm_source=note&utm_medium=draft
#+END_COMMENT
#+begin_src shell
curl "https://api.acme.dev/v1?utm_source=curl"
#+end_src
"""


def test_org_links_end_at_their_bracket_and_comments_and_source_blocks_are_left_out():
    assert _urls(ORG, ".org") == [
        (3, LINK), (3, "https://acme.dev/q?utm_source=docs&utm_medium=referral&utm_campaign=q")]
    assert (9, "https://api.acme.dev/v1?utm_source=curl") in _urls(ORG, ".org", {"code-blocks": True})
    assert all("old" not in url and "note" not in url for _, url in _urls(ORG, ".org", {"code-blocks": True}))


def test_textile_and_rdoc_links():
    assert _urls(f'See "our guide":{LINK}. And !logo.png!:{LINK}&utm_content=logo\n', ".textile") == [
        (1, LINK), (1, LINK + "&utm_content=logo")]
    assert _urls(f"See {{our guide}}[{LINK}] or guide[{LINK}&utm_content=b].\n", ".rdoc") == [
        (1, LINK), (1, LINK + "&utm_content=b")]


POD = f"""=head1 SEE ALSO

L<our guide|{LINK}>, or L<{LINK}&utm_content=bare>.

    my $url = "https://api.acme.dev/v1?utm_source=perl";

=cut
"""


def test_pod_links_end_at_their_angle_bracket_and_verbatim_paragraphs_are_code():
    assert _urls(POD, ".pod") == [(3, LINK), (3, LINK + "&utm_content=bare")]
    assert (5, "https://api.acme.dev/v1?utm_source=perl") in _urls(POD, ".pod", {"code-blocks": True})


def test_wiki_links_end_at_the_bar_that_opens_their_text_and_pre_is_code():
    wiki = f"See [[{LINK}|our guide]] or [{LINK}&utm_content=b our guide].\n<pre>https://x.dev/?utm_source=pre</pre>\n"
    for suffix in (".wiki", ".mediawiki", ".dokuwiki", ".creole"):
        assert _urls(wiki, suffix) == [(1, LINK), (1, LINK + "&utm_content=b")], suffix


def test_a_wiki_pages_html_comment_is_never_read_as_a_link():
    # review48 F12: MediaWiki's `<!-- ... -->` was read as a live link, its `Comment` told value-case and respelled by
    # --fix; left out as the other markups' comments are, with code blocks read (`code-blocks`) too, and unclosed
    wiki = (f"== Links ==\n<!-- https://acme.io/x?utm_source=Comment&utm_medium=referral&utm_campaign=c1 -->\n"
            f"See [{LINK} our guide].\n<!-- https://acme.io/y?utm_source=Open")
    for suffix in (".wiki", ".mediawiki"):
        assert _urls(wiki, suffix) == [(3, LINK)], suffix
        assert _urls(wiki, suffix, {"code-blocks": True}) == [(3, LINK)], suffix


TEXINFO = f"""@node Links
See @uref{{{LINK},our guide}} and @url{{{LINK}&utm_content=u}}.
@c @uref{{https://acme.dev/old?utm_source=old&utm_medium=draft}}
@example
curl https://api.acme.dev/v1?utm_source=curl
@end example
"""


def test_texinfo_links_end_at_their_brace_or_comma_and_comments_and_examples_are_left_out():
    assert _urls(TEXINFO, ".texi") == [(2, LINK), (2, LINK + "&utm_content=u")]
    assert (5, "https://api.acme.dev/v1?utm_source=curl") in _urls(TEXINFO, ".texi", {"code-blocks": True})


MAN = r""".TH ACME 1
.SH SEE ALSO
.UR https://my\-site.acme.dev/p?utm_source=man&utm_medium=Referral&utm_campaign=cli
.UE
Docs: https://acme.dev/d?utm_source=man&utm_medium=referral&utm_campaign=cli\&.
.\" .UR https://acme.dev/old?utm_source=old&utm_medium=draft
.EX
curl https://api.acme.dev/v1?utm_source=curl
.EE
"""


def test_man_page_links_with_troffs_escapes_undone_comments_and_examples_left_out():
    assert _urls(MAN, ".man") == [
        (3, "https://my-site.acme.dev/p?utm_source=man&utm_medium=Referral&utm_campaign=cli"),
        (5, "https://acme.dev/d?utm_source=man&utm_medium=referral&utm_campaign=cli")]
    assert (8, "https://api.acme.dev/v1?utm_source=curl") in _urls(MAN, ".roff", {"code-blocks": True})


def test_a_folder_scan_judges_them_and_fix_writes_the_man_page_back(tmp_path, monkeypatch, capsys):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "acme.man").write_text(MAN, encoding="utf-8")
    (tmp_path / "docs" / "guide.org").write_text(ORG.replace("referral&utm_campaign=guide", "docs&utm_campaign=guide"),
                                                 encoding="utf-8")
    (tmp_path / "docs" / "api.rest").write_text(f"See `the API <{LINK}&utm_source=Docs>`_.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = {(d["path"], d["line"], d["name"]) for d in json.loads(capsys.readouterr().out)}
    assert ("docs/acme.man", 3, "value-case") in found
    assert ("docs/guide.org", 3, "medium-unassigned") in found
    assert any(path == "docs/api.rest" for path, _, _ in found)
    assert all(line < 6 for path, line, _ in found if path == "docs/acme.man")  # the comment and the example
    main(["scan", "--no-cache", "--fix", "-q", "docs/acme.man"])
    capsys.readouterr()
    fixed = (tmp_path / "docs" / "acme.man").read_text(encoding="utf-8")
    assert r".UR https://my\-site.acme.dev/p?utm_source=man&utm_medium=referral&utm_campaign=cli" in fixed
    assert fixed.replace("utm_medium=referral&utm_campaign=cli\n", "utm_medium=Referral&utm_campaign=cli\n", 1) == MAN
