"""pii-in-url on an address the code fills at run time (scan.judge._code_filled_pii): a web form's script pushing the
visitor to a checkout with `email=${data.email}` (formacao's v4 page, corpus 36 #2) was told of "the recipient's
e-mail address (filled in when it is sent)" and to use "your e-mail platform's own subscriber id": an e-mail
template's words. Tested both ways: the code's slot gets the form's words, an e-mail template's merge tag keeps its
own."""

from __future__ import annotations

from utmlint.validate_url import validate_url


def _pii(url: str, path: str) -> str:
    found = [f for f in validate_url(url, repo="acme/site", path=path).findings if f.name == "pii-in-url"]
    assert found, url
    return found[0].message


def test_a_slot_the_code_fills_is_said_as_the_code_s():
    message = _pii("https://chk.eduzz.com/2337329?email=${data.email}&name=${data.name}&utm_source=site"
                   "&utm_medium=referral&utm_campaign=launch", "src/app/v4/page.tsx")
    assert "the e-mail address your code fills in (`${data.email}`" in message
    assert "recipient" not in message and "e-mail platform" not in message
    assert "never in its address" in message


def test_a_merge_tag_keeps_the_e_mail_templates_words():
    message = _pii("https://acme.dev/welcome?email={{EMAIL}}&utm_source=newsletter&utm_medium=email"
                   "&utm_campaign=launch", "emails/welcome.html")
    assert "the recipient's e-mail address (filled in when it is sent)" in message
    assert "your e-mail platform's own subscriber id" in message
