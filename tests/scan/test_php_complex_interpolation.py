"""PHP's complex interpolation in a double-quoted string (`{$promotion->ID}`, `{$row['slug']}`, `{$o->name()}`) is a
value filled when the string is built: read whole with the URL as a placeholder, not cut at `->`'s `>`.

- Corpus 45 #56 (dgrundel/bogoblast's `bogoblast-facebook-ajax.php`): `$permalink .= "?utm_source=bogoblast&utm_medium=
  twitter&utm_campaign=bogoblast_promotion_{$bogoblast_promotion->ID}";` was read `...promotion_{$bogoblast_promotion-`
  and told value-separator (its 'write' naming the same text) and value-charset (`{`) on a placeholder.
- Still told: the link's real mistake (`utm_medium=twitter`: Unassigned); a campaign's own separator mistake beside
  the placeholder.
Real files in a temp folder, `utmlint scan --format json` in-process."""

from __future__ import annotations

import json

from utmlint.cli import main
from utmlint.scan import scan_text

TWEET = ('$permalink .= "?utm_source=bogoblast&utm_medium=twitter&utm_campaign=bogoblast_promotion_'
         '{$bogoblast_promotion->ID}";\n')


def scan(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    return json.loads(capsys.readouterr().out)


def test_a_complex_interpolation_is_read_whole():
    assert [o.url for o in scan_text("<?php\n" + TWEET, ".php")] == [
        "?utm_source=bogoblast&utm_medium=twitter&utm_campaign=bogoblast_promotion_{$bogoblast_promotion->ID}"]
    row = '$u = "https://acme.com/?utm_source=plugin&utm_medium=referral&utm_campaign={$row[\'slug\']}";\n'
    assert [o.url for o in scan_text("<?php\n" + row, ".php")] == [
        "https://acme.com/?utm_source=plugin&utm_medium=referral&utm_campaign={$row['slug']}"]


def test_the_placeholder_gets_no_value_advice_and_the_links_mistake_is_still_told(tmp_path, monkeypatch, capsys):
    (tmp_path / "poster.php").write_text("<?php\n" + TWEET, encoding="utf-8")
    names = sorted(f["name"] for f in scan(tmp_path, monkeypatch, capsys))
    assert names == ["medium-unassigned"]


def test_a_campaigns_own_mistake_beside_the_placeholder_is_still_told(tmp_path, monkeypatch, capsys):
    (tmp_path / "poster.php").write_text(
        '<?php\n$u = "https://acme.com/?utm_source=plugin&utm_medium=referral&utm_campaign=SpringSale_{$p->ID}";\n',
        encoding="utf-8")
    found = scan(tmp_path, monkeypatch, capsys)
    assert [f["name"] for f in found] == ["value-case"]
    assert "`springsale_{$p->ID}`" in found[0]["message"]  # the placeholder kept as written
