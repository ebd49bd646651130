"""pii-in-url on a merge tag naming the reader's first name, e-mail or phone in any field (checks.tracking.pii:
_personal_slot, masked_personal_slots): an Instagram DM kit telling its sender to tag each message's link
`utm_content={{first_name}}` (corpus 37 #4) sends every recipient's name to GA4, and scan masks the tag before the URL
rules read it, so it said "All clean". Tested both ways: the tags naming a person are told where a person reads them
(Markdown, a template, code), tags naming other things are not."""

from __future__ import annotations

from tests.scan.repository import scan_repository

KIT = """# Instagram DMs

Send each lead: https://acme.io/webinar?utm_source=instagram&utm_medium=dm&utm_campaign=webinar&utm_content={{first_name}}

Newsletter footer: https://acme.io/w?utm_source=newsletter&utm_medium=email&utm_campaign=w&utm_content=*|FNAME|*
and https://acme.io/w?utm_source=newsletter&utm_medium=email&utm_campaign=w&utm_term={{ contact.email }}
"""

OTHER_THINGS = """# Templates

https://acme.io/w?utm_source=newsletter&utm_medium=email&utm_campaign={{campaign.name}}&utm_content={{name}}
https://acme.io/w?utm_source=newsletter&utm_medium=email&utm_campaign=w&utm_content={{ block.first_cta }}
"""

CODE = "const u = `https://acme.io/?utm_source=app&utm_medium=referral&utm_campaign=x&utm_content=${user.firstName}`;\n"


def _pii(found):
    return [(f["line"], f["message"]) for f in found if f["name"] == "pii-in-url"]


def test_a_merge_tag_naming_the_reader_is_told(tmp_path, monkeypatch, capsys):
    told = _pii(scan_repository(tmp_path, monkeypatch, capsys, "acme/growth", {"dms.md": KIT}))
    assert [line for line, _ in told] == [3, 5, 6]
    assert "the recipient's first name (filled in when it is sent)" in told[0][1]
    assert "so the first name lands in your reports" in told[0][1]
    assert "the recipient's e-mail address" in told[2][1] and "so the address lands" in told[2][1]


def test_merge_tags_naming_other_things_are_not(tmp_path, monkeypatch, capsys):
    assert _pii(scan_repository(tmp_path, monkeypatch, capsys, "acme/growth", {"tpl.md": OTHER_THINGS})) == []


def test_a_name_the_code_fills_is_said_as_the_code_s(tmp_path, monkeypatch, capsys):
    told = _pii(scan_repository(tmp_path, monkeypatch, capsys, "acme/app", {"src/share.js": CODE}))
    assert len(told) == 1
    assert "the first name your code fills in (`${user.firstName}`" in told[0][1]
    assert "recipient" not in told[0][1]


INSIDE = """# Promo

https://acme.io/w?utm_source=newsletter&utm_medium=email&utm_campaign={{first_name}}-promo
https://acme.io/w?utm_source=newsletter&utm_medium=email&utm_campaign=spring_*|FNAME|*
https://acme.io/w?utm_source=newsletter&utm_medium=email&utm_campaign=w&email=x-{{email}}
https://acme.io/w?utm_source=newsletter&utm_medium=email&utm_campaign=w-{{ product.name }}
https://acme.io/w?utm_source=newsletter&utm_medium=email&utm_campaign=w&utm_content=hi-{{ shop.email }}
"""


def test_a_merge_tag_inside_a_value_is_told(tmp_path, monkeypatch, capsys):
    """review43 F6: `utm_campaign={{first_name}}-promo` puts every reader's name in the link as the whole-value tag
    does; a tag naming a product or the shop's own address inside a value is still not told."""
    told = _pii(scan_repository(tmp_path, monkeypatch, capsys, "acme/growth", {"promo.md": INSIDE}))
    assert [line for line, _ in told] == [3, 4, 5]
    assert "`utm_campaign` puts the recipient's first name" in told[0][1]
    assert "`email` puts the recipient's e-mail address" in told[2][1]


def test_a_code_slot_inside_a_value_is_said_as_the_code_s(tmp_path, monkeypatch, capsys):
    code = "const u = `https://acme.io/?utm_source=app&utm_medium=referral&utm_campaign=promo-${user.firstName}`;\n"
    told = _pii(scan_repository(tmp_path, monkeypatch, capsys, "acme/app", {"src/share.js": code}))
    assert len(told) == 1 and "the first name your code fills in (`${user.firstName}`" in told[0][1]


def test_validate_url_reads_a_merge_tag_inside_a_value():
    from utmlint.validate_url import validate_url

    def pii(url):
        return [f.message for f in validate_url(url).findings if f.name == "pii-in-url"]

    assert pii("https://a.io/?utm_source=newsletter&utm_medium=email&utm_campaign={{first_name}}-promo")
    assert pii("https://a.io/?utm_source=newsletter&utm_medium=email&utm_campaign=spring_*|EMAIL|*")
    assert not pii("https://a.io/?utm_source=newsletter&utm_medium=email&utm_campaign=hi-{{ product.name }}")
