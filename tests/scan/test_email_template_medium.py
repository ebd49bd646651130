"""The medium medium-unassigned suggests for a link in an e-mail template is `email` (review44 F13).

scan places a file under `emails/` (and a mailer view, an MJML file) as an e-mail template (linkplace): its links are
the e-mail's. `utm_medium=website` there names the link's target, not its placement, and the suggestion `referral`
would file the e-mail's clicks under Referral; `blast` got the generic "`referral` on a page, `email` in an e-mail".
The same link on a page keeps its advice.
"""

from __future__ import annotations

from utmlint.cli import main

LINKS = ('<p>Hi</p>\n<a href="https://acmeflow.com/pricing?utm_source=hubspot&utm_medium=blast&utm_campaign=welcome">Pricing</a>\n'
         '<a href="https://acmeflow.com/pricing?utm_source=hubspot&utm_medium=website&utm_campaign=welcome">Pricing</a>\n')


def scan(capsys, *argv):
    code = main(["scan", "--no-cache", "--output-format", "concise", *argv])
    return code, capsys.readouterr().out


def test_an_e_mail_templates_unassigned_medium_is_told_to_be_email(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "emails").mkdir()
    (tmp_path / "emails" / "welcome.html").write_text(LINKS, encoding="utf-8")
    code, out = scan(capsys, "emails")
    assert code == 1
    lines = [line for line in out.splitlines() if "UTM102" in line]
    assert len(lines) == 2 and all(line.endswith("write `utm_medium=email`") for line in lines), out
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "pricing.html").write_text(LINKS, encoding="utf-8")
    code, out = scan(capsys, "site")
    assert code == 1 and "write `utm_medium=email`" not in out and "UTM102" in out, out
