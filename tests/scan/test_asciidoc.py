"""stranger10 R17: `.adoc`, `.org` and `.tex` files were skipped silently, even with `--show-files` (whose promise
is "those skipped with the reason"). AsciiDoc (Antora, Spring's docs) is now read as plain text with its own two
marks: a URL ends at its macro's `[text]`, and listing/literal blocks are skipped as Markdown's fences are. A file of
a text kind scan still does not read (Perl's `.pm`; TeX is read since corpus 49, Org and the other documentation markups
since corpus 51) that holds `utm_` is listed by `--show-files` with the reason.
Real files in a temp folder, `utmlint scan` in-process."""

from __future__ import annotations

import json

from utmlint.cli import main
from utmlint.scan import scan_text

ADOC = """= Guide
:url-site: https://acme.dev/?utm_source=docs&utm_medium=referral&utm_campaign=site
Visit https://acme.dev/pricing?utm_source=docs&utm_medium=referral&utm_campaign=guide[our pricing page].
Also link:https://acme.dev/a?utm_source=docs&utm_medium=referral&utm_campaign=a[the docs,window=_blank].
image::https://img.shields.io/x.svg?utm_source=docs[Badge,link=https://acme.dev/b?utm_source=docs&utm_medium=referral&utm_campaign=b]

[source,shell]
----
curl https://acme.dev/e?utm_source=Docs&utm_medium=cli
----

[openblock,card-btn]
--------
https://acme.dev/c?utm_source=docs&amp;utm_medium=referral&amp;utm_campaign=c[Read More,window=_blank]
--------
"""


def test_asciidoc_links_end_at_their_macros_text_and_listing_blocks_are_skipped():
    assert [o.url for o in scan_text(ADOC, ".adoc")] == [
        "https://acme.dev/?utm_source=docs&utm_medium=referral&utm_campaign=site",
        "https://acme.dev/pricing?utm_source=docs&utm_medium=referral&utm_campaign=guide",
        "https://acme.dev/a?utm_source=docs&utm_medium=referral&utm_campaign=a",
        "https://img.shields.io/x.svg?utm_source=docs",
        "https://acme.dev/b?utm_source=docs&utm_medium=referral&utm_campaign=b",
        "https://acme.dev/c?utm_source=docs&utm_medium=referral&utm_campaign=c"]  # apache/cassandra-website's cards


def test_show_files_lists_the_unread_kinds_that_hold_utm(tmp_path, monkeypatch, capsys):
    link = "https://acme.dev/p?utm_source=Site&utm_medium=referral&utm_campaign=k"
    (tmp_path / "k.adoc").write_text(f"x {link}[here]\n", encoding="utf-8")
    (tmp_path / "l.pm").write_text(f"=head1 SEE\n\nL<x|{link}>\n", encoding="utf-8")
    (tmp_path / "m.tex").write_text(f"\\\\url{{{link}}}\n", encoding="utf-8")
    (tmp_path / "n.pm").write_text("no tracked link\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    # (`.tex` is read since corpus 49: scan.tex, tests/scan/test_tex.py)
    assert [(d["path"], d["name"]) for d in json.loads(capsys.readouterr().out)] == [("k.adoc", "value-case"),
                                                                                     ("m.tex", "value-case")]
    main(["scan", "--no-cache", "--show-files", "-q", "."])
    listing = capsys.readouterr().out
    assert "checked  k.adoc (1 tracked link)" in listing
    # (Org is read since corpus 51: scan.docmarkup, tests/scan/test_docmarkup.py; Perl's POD is not)
    assert "skipped  l.pm: a .pm file holding `utm_`, a kind scan does not read (`utmlint scan l.pm` reads it " \
           "as plain text)" in listing
    assert "checked  m.tex (1 tracked link)" in listing and "n.pm" not in listing
