"""A frame's `src` (`<iframe>`, `<frame>`, `<embed>`) is loaded into the page, never clicked: its tags are the embedded
site's snippet's, so scan judges only the URL as written there (copied tracking, http, `&amp;`), as in a code comment,
never the tags (complete or respell them). todogroup/todogroup.org layouts/shortcodes/ospo_jobs.html (corpus 11 #126):
GitJobs' embed `https://gitjobs.dev/embed?ts_query=ospo&limit=20&utm_source=todogroup.org` was told it lacks a medium
and campaign. Real files in a temp folder, `utmlint scan` in-process."""

from __future__ import annotations

import json

from utmlint.cli import main
from utmlint.scan.html import framed

EMBED = "https://gitjobs.dev/embed?ts_query=ospo&limit=20&utm_source=todogroup.org"
SHORTCODE = f"""<div id="ospo-jobs-embed" style="max-width: 960px; margin: 0 auto;">
    <iframe
      id="gitjobs"
      src="{EMBED}"
      title="OSPO Jobs"
    ></iframe>
    <p>Powered by <a href="https://gitjobs.dev/?utm_source=todogroup.org">GitJobs</a></p>
</div>
"""


def test_a_frame_src_is_loaded_not_followed():
    assert framed(SHORTCODE, SHORTCODE.index(EMBED))
    assert not framed(SHORTCODE, SHORTCODE.index("https://gitjobs.dev/?utm"))  # a link in the same page
    img = '<img src="https://acme.dev/logo?utm_source=x">'
    assert not framed(img, img.index("https"))
    for tag in ('<embed type="video/mp4" src=', "<IFRAME SRC='", "<frame src="):
        text = tag + "https://acme.dev/player?utm_source=x>"
        assert framed(text, text.index("https")), tag


def test_scan_judges_only_the_url_as_written_in_a_frame(tmp_path, monkeypatch, capsys):
    (tmp_path / "layouts").mkdir()
    (tmp_path / "layouts" / "ospo_jobs.html").write_text(SHORTCODE, encoding="utf-8")
    (tmp_path / "post.md").write_text(
        '<iframe src="http://player.acme.dev/v/1?utm_source=Blog&fbclid=IwAR0abc"></iframe>\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = sorted((d["path"], d["line"], d["name"]) for d in json.loads(capsys.readouterr().out))
    assert found == [("layouts/ospo_jobs.html", 7, "missing-utm-param"),  # the page's link is a link
                     ("post.md", 1, "copied-tracking"), ("post.md", 1, "url-insecure")]  # as written, still


# corpus 13 #3: The Carpentries' donate shortcode embeds Zeffy's form, `<div data-zeffy-embed data-form-url="/embed/
# donation-form/...?utm_source=website">`: Zeffy's script loads the form from zeffy.com; the relative address was
# called an internal link (utm-internal-link). A `data-*` attribute of an element that names itself an embed is read
# like a frame's `src`; a `data-href` of an element that names no embed stays a link (a script follows it).
ZEFFY = """<div style="width=100%">
  <div data-zeffy-embed data-form-url="/embed/donation-form/donate-7497?utm_source=website" style="width=100%"></div>
  <div class="card" data-href="/pricing?utm_source=website">Pricing</div>
</div>
"""


def test_an_embeds_data_attribute_is_loaded_not_followed(tmp_path, monkeypatch, capsys):
    assert framed(ZEFFY, ZEFFY.index("/embed/"))
    assert not framed(ZEFFY, ZEFFY.index("/pricing"))
    named = '<div data-embed data-src="/x?utm_source=a">'
    assert framed(named, named.index("/x"))
    # stranger12 R15: a clickable card whose class says embed, a button with a `data-embed-target`, an element with a
    # link role: links a visitor follows, whose tags are judged
    for clickable in ('<div class="cta embed-card" data-url="https://acme.dev/signup?utm_medium=refferal" '
                      'onclick="location=this.dataset.url">',
                      '<button data-embed-target="modal" data-link="https://acme.dev/demo?utm_medium=refferal">',
                      '<div data-embed="true" data-url="https://acme.dev/demo?utm_medium=refferal" role="link">',
                      '<div data-embed-url="https://acme.dev/demo?utm_medium=refferal">'):
        assert not framed(clickable, clickable.index("https")), clickable
    share = '<a class="twitter-share-button" data-url="https://acme.dev/?utm_source=twitter">'
    assert not framed(share, share.index("https"))  # the page a share button shares: the team's link
    (tmp_path / "layouts").mkdir()
    (tmp_path / "layouts" / "donate.html").write_text(ZEFFY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = sorted((d["path"], d["line"], d["name"]) for d in json.loads(capsys.readouterr().out))
    assert found == [("layouts/donate.html", 3, "utm-internal-link")], found


def test_a_frame_of_the_teams_own_site_is_judged(tmp_path, monkeypatch, capsys):
    """stranger11 R12: a frame of the team's own site runs its GA4 tag on the src's utm values, so they passed silently
    where a mistake hurt. On the site's own page (a repository named for its domain) the frame is a page of the same
    site: its tags overwrite where the visitor came from, as an internal link's do (remove them; adding the medium
    the reviewer expected would complete the harm). A host the config's `own-hosts` names, framed in a file that is no
    page of it (a snippet for partners), gets the value rules; a third party's embed stays judged as written."""
    import subprocess

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "https://github.com/acme-corp/acme.dev.git"],
                   check=True)
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "index.html").write_text(
        '<iframe src="https://acme.dev/embed/signup?utm_source=partner-blog"></iframe>\n'
        '<iframe src="https://www.youtube.com/embed/abc?utm_source=acme&utm_medium=website"></iframe>\n',
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = json.loads(capsys.readouterr().out)
    assert [(d["line"], d["name"]) for d in found] == [(1, "utm-internal-link")]
    assert found[0]["message"].startswith("this frame loads a page of the site itself")
    (tmp_path / ".utmlint.yaml").write_text("own-hosts: [widgets.acme.io]\n", encoding="utf-8")
    (tmp_path / "README.md").write_text(
        'Embed it: <iframe src="https://widgets.acme.io/signup?utm_source=partner-blog"></iframe>\n', encoding="utf-8")
    main(["scan", "--no-cache", "--format", "json", "README.md"])
    assert [d["name"] for d in json.loads(capsys.readouterr().out)] == ["missing-utm-param"]
