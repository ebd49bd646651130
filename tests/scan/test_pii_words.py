"""pii-in-url's words fit the file (review43 F5): the advice named "your e-mail platform's own subscriber id" on corpus
37's SMS and WhatsApp templates (`{{link}}?utm_source=sms&utm_medium=sms&...&utm_content={{first_name}}`) and its
Instagram DM kit, and a Python f-string's `{user.first_name}` was "the recipient's first name (filled in when it is
sent)", a merge tag's words, where JavaScript's `${user.firstName}` was already said in the code's. Tested both ways:
a text or chat message names the messaging platform, an e-mail keeps the e-mail platform, a link saying neither
names no channel; one pair of braces in a program's source is the code's slot, the same braces in a page stay a
merge tag, and `{{...}}` in code stays one."""

from __future__ import annotations

from tests.scan.repository import scan_repository
from utmlint.validate_url import validate_url

TEMPLATES = """# Templates

RSVP: {{link}}?utm_source=sms&utm_medium=sms&utm_campaign=webinar&utm_content={{first_name}}

WhatsApp: https://acme.io/w?utm_source=whatsapp&utm_medium=social&utm_campaign=w&utm_content={{first_name}}

DM: https://acme.io/w?utm_source=instagram&utm_medium=dm&utm_campaign=w&utm_content={{first_name}}

Mail: https://acme.io/w?utm_source=newsletter&utm_medium=email&utm_campaign=w&utm_content={{first_name}}

Post: https://acme.io/w?utm_source=linkedin&utm_medium=social&utm_campaign=w&utm_content={{first_name}}

Page: https://acme.io/w?utm_source=newsletter&utm_medium=email&utm_campaign=w&utm_content={first_name}
"""

MAILER = '''def link(user):
    return f"https://acme.io/start?utm_source=app&utm_medium=email&utm_campaign=welcome&utm_content={user.first_name}"


def link2(user):
    return "https://acme.io/start?utm_source=app&utm_medium=email&utm_campaign=welcome&utm_content={first_name}".format(
        first_name=user.first_name)


TEMPLATE = "https://acme.io/start?utm_source=app&utm_medium=email&utm_campaign=welcome&utm_content={{first_name}}"
'''


def _pii(found):
    return [(f["line"], f["message"]) for f in found if f["name"] == "pii-in-url"]


def test_the_advice_names_the_platform_the_link_is_sent_by(tmp_path, monkeypatch, capsys):
    told = dict(_pii(scan_repository(tmp_path, monkeypatch, capsys, "acme/growth", {"templates.md": TEMPLATES})))
    assert sorted(told) == [3, 5, 7, 9, 11, 13]
    for line in (3, 5, 7):  # SMS, WhatsApp, an Instagram DM
        assert "your messaging platform's own subscriber id" in told[line] and "e-mail" not in told[line]
    assert "your e-mail platform's own subscriber id" in told[9]
    assert "your sending platform's own subscriber id" in told[11] and "e-mail platform" not in told[11]
    assert "the recipient's first name (filled in when it is sent)" in told[13]  # one pair of braces in a page


def test_a_slot_a_program_fills_is_said_in_the_code_s_words(tmp_path, monkeypatch, capsys):
    told = dict(_pii(scan_repository(tmp_path, monkeypatch, capsys, "acme/app", {"app/mailer.py": MAILER})))
    assert sorted(told) == [2, 6, 10]
    assert "the first name your code fills in (`{user.first_name}`" in told[2]
    assert "the first name your code fills in (`{first_name}`" in told[6]
    for line in (2, 6):
        assert "recipient" not in told[line] and "subscriber id" not in told[line]
        assert "never in its address" in told[line]
    assert "the recipient's first name (filled in when it is sent)" in told[10]  # a merge tag the code hands on
    assert "your e-mail platform's own subscriber id" in told[10]


def test_validate_url_names_the_platform_too():
    def advice(url):
        return [f.message for f in validate_url(url).findings if f.name == "pii-in-url"][0]

    assert "your messaging platform's" in advice("https://acme.io/?utm_source=sms&utm_medium=sms&utm_campaign=w"
                                                  "&phone={{phone}}&email=jane@acme.io")
    assert "your e-mail platform's" in advice("https://acme.io/?utm_source=newsletter&utm_medium=email"
                                               "&utm_campaign=w&email={{EMAIL}}")
