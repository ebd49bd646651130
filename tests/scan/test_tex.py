"""corpus 49 (session 47): TeX files were never read (scan.files.UNREAD_TEXT listed `.tex`): teaching and talk material's
beamer decks and LaTeX course books hold their links in `\\href{url}{text}` and `\\url{url}`, and a deck's tagged link
to the speaker's site went unjudged. scan.tex reads them: a URL ends at its argument's `}`, TeX's escapes (`\\&`, `\\#`,
`\\%`, `\\_`) are undone as hyperref reads them, comments and verbatim environments are skipped."""

from __future__ import annotations

import json

from utmlint.cli import main
from utmlint.scan import extract, family_of
from utmlint.scan.files import UNREAD_TEXT

DECK = r"""\documentclass{beamer}
\begin{document}
\begin{frame}{Thanks!}
Slides: \url{https://acme.dev/talk?utm_source=devconf&utm_medium=slides&utm_campaign=talk}
Try it: \href{https://acme.dev/signup?utm_source=DevConf\&utm_medium=referral\&utm_campaign=talk\#pricing}{acme.dev}
% \href{https://acme.dev/old?utm_source=old&utm_medium=draft}{an old link, commented out}
50\% off\footnote{\url{https://acme.dev/sale?utm_source=devconf&utm_medium=referral&utm_campaign=talk}}.
\begin{lstlisting}
curl "https://api.acme.dev/v1?utm_source=curl"
\end{lstlisting}
\end{frame}
\end{document}
"""


def _urls(text: str, options=None):
    return [(occ.line, occ.url) for occ in extract(text.encode("utf-8"), ".tex", options).occurrences]


def test_tex_is_a_kind_scan_reads():
    assert family_of(".tex") == "tex" and family_of(".ltx") == "tex"
    assert ".tex" not in UNREAD_TEXT


def test_href_and_url_arguments_end_at_their_brace_with_escapes_undone():
    assert _urls(DECK) == [
        (4, "https://acme.dev/talk?utm_source=devconf&utm_medium=slides&utm_campaign=talk"),
        (5, "https://acme.dev/signup?utm_source=DevConf&utm_medium=referral&utm_campaign=talk#pricing"),
        (7, "https://acme.dev/sale?utm_source=devconf&utm_medium=referral&utm_campaign=talk"),
    ]


def test_a_verbatim_listing_is_read_only_with_code_blocks():
    assert (9, "https://api.acme.dev/v1?utm_source=curl") in _urls(DECK, {"code-blocks": True})
    assert all("api.acme.dev" not in url for _, url in _urls(DECK))


def test_a_bare_url_ends_before_a_line_break():
    assert _urls("Visit https://acme.dev/p?utm_source=a&utm_medium=email\\\\\n") == [
        (1, "https://acme.dev/p?utm_source=a&utm_medium=email")]


def test_a_percent_inside_a_url_opens_no_comment():
    assert _urls("See https://acme.dev/p?utm_source=a%20b&utm_medium=email here.\n") == [
        (1, "https://acme.dev/p?utm_source=a%20b&utm_medium=email")]


def test_scan_judges_a_deck_and_fix_writes_the_tex_back(tmp_path, monkeypatch, capsys):
    (tmp_path / "talk.tex").write_text(DECK, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = {(d["line"], d["name"]) for d in json.loads(capsys.readouterr().out)}
    assert found == {(4, "medium-unassigned"), (5, "value-case")}
    main(["scan", "--no-cache", "--fix", "-q", "talk.tex"])
    capsys.readouterr()
    fixed = (tmp_path / "talk.tex").read_text(encoding="utf-8")
    assert r"\href{https://acme.dev/signup?utm_source=devconf\&utm_medium=referral\&utm_campaign=talk\#pricing}" in fixed
    assert fixed.replace("devconf\\&utm_medium=referral", "DevConf\\&utm_medium=referral", 1) == DECK
