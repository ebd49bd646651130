"""stranger16 R13: UTF-16 was readable for `scan` ("save it as UTF-8 (or UTF-16 with its byte order mark)") and
"file is UTF-16 encoded; save it as UTF-8" for `lint`, while UTM004's doc listed UTF-16 as unreadable for both. One
policy, said: lint reads campaign files as UTF-8 only and says so; scan reads UTF-16/UTF-32 with a mark; the doc says
which command reads what."""

from __future__ import annotations

from utmlint.document import decode
from utmlint.rulebook import registry


def test_lint_says_it_reads_campaign_files_as_utf8_only():
    text, problem = decode(b"\xff\xfe" + "campaign: spring\n".encode("utf-16-le"))
    assert text is None and "`utmlint lint` reads campaign files as UTF-8 only" in problem.message
    assert problem.message.endswith("save it as UTF-8")


def test_the_rule_doc_says_which_command_reads_utf16():
    rule = next(r for r in registry() if r.code == "UTM004")
    doc = " ".join(rule.what.split())
    assert "`utmlint lint` reads a campaign file as UTF-8 only" in doc and "also reads UTF-16 and UTF-32" in doc
