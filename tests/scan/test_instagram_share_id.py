"""Instagram's share id is `igsh` since 2023 (corpus 24 #11).

Instagram's share sheet writes `?igsh=<base64>&utm_source=qr` (its QR code) or `igsh=` beside
`utm_source=ig_story_item_share`, where it wrote `igshid=` before. Sebas1307/Blog's constants link the owner's own
profile as pasted from the app (`instagram.com/sebitasfinanzas?igsh=MWVx...%3D%3D&utm_source=qr`): the share's id names
the sharer, copied with the link, as igshid's does (rules/copied-tracking.txt): copied-tracking says so and removes it.
A key that only begins so (`igsh_theme`) and a link without it are left alone.
"""

from __future__ import annotations

from utmlint.scan import has_utm
from utmlint.validate_url import validate_url

SHARED = "https://www.instagram.com/sebitasfinanzas?igsh=MWVxdWZzbGY5a3VqbA%3D%3D&utm_source=qr"


def test_the_share_id_is_copied_tracking():
    found = {f.name: f for f in validate_url(SHARED, repo="Sebas1307/Blog", path="src/consts.ts").findings}
    assert "copied-tracking" in found and "`igsh`" in found["copied-tracking"].message
    assert "igsh=" not in (found["copied-tracking"].fixed or "")
    alone = validate_url("https://www.instagram.com/p/Cx1?igsh=MWVxdWZzbGY5a3VqbA==").findings
    assert [f.name for f in alone] == ["copied-tracking"]


def test_a_key_only_beginning_so_is_left_alone():
    assert not validate_url("https://acme.dev/?igsh_theme=dark&utm_source=newsletter&utm_medium=email"
                            "&utm_campaign=x").findings
    assert has_utm(b"see https://www.instagram.com/p/Cx1?igsh=MWVxdWZzbGY5a3VqbA==\n")
