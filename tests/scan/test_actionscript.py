"""ActionScript sources (`.as`: an Adobe AIR or Flash app's screens) are read as code: Gametrekking Omnibus' game opens
its maker's site from its screens with `public var websiteURL:String = "http://www.gametrekking.com/?utm_source=airapp
&utm_medium=desktop&utm_campaign=gametrekkingomnibus"` (corpus 46 #16-#23), a kind a folder walk did not read, so its
Unassigned medium and its tags after a `#` went untold. Tested both ways: the screen's links are told; a link in a `//`
or `/* */` comment is a comment's (judged as written only), as in the other C-like languages."""

from __future__ import annotations

from tests.scan.repository import scan_repository
from utmlint.scan import FAMILIES
from utmlint.scan.comments import has_comments

SITE = "https://www.gametrekking.com"
SCREEN = f'''package menu
{{
	import flash.net.URLRequest;

	public class IntroLanding extends World
	{{
		public var websiteURL:String = "{SITE}/?utm_source=airapp&utm_medium=desktop&utm_campaign=omnibus";
		public var commentURL:String = '{SITE}/comment/reply/58#comment-form?utm_source=airapp&utm_medium=referral&utm_campaign=omnibus';
		// old: "{SITE}/old?utm_source=airapp&utm_medium=desktop&utm_campaign=omnibus"
		/* "{SITE}/older?utm_source=airapp&utm_medium=desktop&utm_campaign=omnibus" */
	}}
}}
'''


def test_an_actionscript_screens_links_are_read(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "gametrekking/omnibus", {"src/menu/IntroLanding.as": SCREEN})
    told = {(f["line"], f["name"]) for f in found}
    assert (7, "medium-unassigned") in told, found  # `desktop`: Unassigned
    assert (8, "url-fragment-order") in told, found  # the tags after `#comment-form`
    # a comment's old link: judged as written only, no value advice
    assert not {name for line, name in told if line in (9, 10)} & {"medium-unassigned", "missing-utm-param"}, found


def test_actionscript_is_a_c_like_code_kind():
    assert FAMILIES[".as"] == "code"
    assert has_comments(".as")
