"""A Shopify theme's Liquid output of the shop's own address opening a link (`{{ shop.url }}/pages/rewards?utm_...`,
`{{ shop.secure_url }}`, `{{ request.origin }}`) or of one of its pages (`{{ product.url }}?utm_...`): a link between
the shop's own pages, utm-internal-link's, as `{{ routes.root_url }}` and WordPress' `<?php echo home_url() ?>` are
(test_php_echo_host.py).

- newuser48c F2: a theme footer's `{{ shop.url }}/pages/rewards?utm_source=footer&utm_medium=website` was told
  `write utm_medium=referral`, advice that would overwrite each visitor's real source with the footer's.
- Still: a menu's `{{ link.url }}` (any site's) is judged as a campaign link; an e-mail's template (a notification
  sent from outside the site) keeps its tags; a link copied or shared by the visitor leaves the site; outside a
  `.liquid` file `{{ shop.url }}` is any template's variable.
Real files in a temp folder, `utmlint scan --format json` in-process."""

from __future__ import annotations

import json

from utmlint.cli import main


def scan(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    return sorted((f["path"], f["line"], f["name"]) for f in json.loads(capsys.readouterr().out))


def test_a_themes_link_on_the_shops_own_address_is_an_internal_link(tmp_path, monkeypatch, capsys):
    (tmp_path / "sections").mkdir()
    (tmp_path / "sections" / "footer.liquid").write_text(
        '<a href="{{ shop.url }}/pages/rewards?utm_source=footer&utm_medium=website&utm_campaign=rewards">R</a>\n'
        '<a href="{{- shop.secure_url -}}?utm_source=footer&utm_medium=website">S</a>\n'
        '<a href="{{ request.origin }}/collections/sale?utm_source=footer&utm_medium=website">S</a>\n'
        '<a href="{{ product.url }}?utm_source=related&utm_medium=tile&utm_campaign=x">P</a>\n'
        '<a href="{{ link.url }}?utm_source=menu&utm_medium=nav&utm_campaign=x">L</a>\n', encoding="utf-8")
    assert scan(tmp_path, monkeypatch, capsys) == [
        ("sections/footer.liquid", 1, "utm-internal-link"), ("sections/footer.liquid", 2, "utm-internal-link"),
        ("sections/footer.liquid", 3, "utm-internal-link"), ("sections/footer.liquid", 4, "utm-internal-link"),
        ("sections/footer.liquid", 5, "medium-unassigned")]


def test_an_emails_a_shared_links_and_another_templates_keep_their_campaign(tmp_path, monkeypatch, capsys):
    (tmp_path / "emails").mkdir()
    (tmp_path / "emails" / "order.liquid").write_text(
        '<a href="{{ shop.url }}/pages/x?utm_source=order_confirmation&utm_medium=Email&utm_campaign=orders">x</a>\n',
        encoding="utf-8")
    (tmp_path / "snippets").mkdir()
    (tmp_path / "snippets" / "share.liquid").write_text(
        "<button onclick=\"navigator.clipboard.writeText('{{ shop.url }}{{ product.url }}?utm_source=copy&"
        "utm_medium=Social&utm_campaign=share')\">Copy</button>\n", encoding="utf-8")
    (tmp_path / "page.html").write_text(
        '<a href="{{ shop.url }}/x?utm_source=partner&utm_medium=website&utm_campaign=q3">x</a>\n', encoding="utf-8")
    assert scan(tmp_path, monkeypatch, capsys) == [
        ("emails/order.liquid", 1, "value-case"), ("page.html", 1, "medium-unassigned"),
        ("snippets/share.liquid", 1, "value-case")]
