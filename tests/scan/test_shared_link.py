"""A link to the site's own host (or built on the page's own address) that the visitor sends elsewhere is no link
between the site's pages: copied for a friend (`navigator.clipboard.writeText(...)`), shared (`navigator.share({url:
...})`), encoded for another site's link (`encodeURIComponent(...)`), written inside a share intent's parameter
(`facebook.com/sharer/sharer.php?u=https%3A...`), or assigned to a name saying so (`shareUrl`). Its tags are the
team's campaign tags (the friend's visit arrives with no referrer from the site): judged as an outbound campaign
link's, never utm-internal-link's "remove them", which would file every shared visit under Direct (review of session
40, H2, its repros). Navigation (`window.location.href = ...`, an `<a href>`) stays internal. Real files in a temp git
folder, `utmlint scan` in-process."""

from __future__ import annotations

import json
import subprocess

import pytest

from utmlint.cli import main
from utmlint.scan.own_site import sent_elsewhere

SHARE_JS = """export function copyInvite(code) {
  const link = `${window.location.origin}/invite/${code}?utm_source=referral-link&utm_medium=referral&utm_campaign=invite-friends`;
  navigator.clipboard.writeText(link);
}
export function tweet() {
  const page = encodeURIComponent(`${window.location.origin}/?utm_source=twitter&utm_medium=social&utm_campaign=share-button`);
  window.open(`https://twitter.com/intent/tweet?url=${page}`);
}
export function go() {
  window.location.href = `${window.location.origin}/pricing?utm_source=app&utm_medium=banner&utm_campaign=upgrade`;
}
"""

INDEX_HTML = """<html><body>
<button onclick="navigator.clipboard.writeText('https://acme.com/invite?utm_source=invite&utm_medium=referral&utm_campaign=friends')">Copy invite link</button>
<a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Facme.com%2F%3Futm_source%3Dfacebook%26utm_medium%3Dsocial%26utm_campaign%3Dshare">Share</a>
<a href="https://acme.com/pricing?utm_source=home&utm_medium=nav&utm_campaign=menu">Pricing</a>
</body></html>
"""

SHARE_BUTTONS = """export function ShareButtons() {
  const tweet = "https://twitter.com/intent/tweet?url=" + encodeURIComponent("https://acme.com/?utm_source=twitter&utm_medium=social&utm_campaign=share");
  return <a href={tweet}>Tweet</a>;
}
export function Nav() {
  return <a href="https://acmelanding.com/?utm_source=web&utm_medium=nav&utm_campaign=x">Landing</a>;
}
"""


def _scan(tmp_path, monkeypatch, capsys, slug, files):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", f"https://github.com/{slug}.git"], check=True)
    for name, content in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(content, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "."])
    return sorted((d["path"], d["line"], d["name"]) for d in json.loads(capsys.readouterr().out))


def test_a_page_origin_link_copied_or_encoded_keeps_its_tags(tmp_path, monkeypatch, capsys):
    found = _scan(tmp_path, monkeypatch, capsys, "acme/app", {"src/share.js": SHARE_JS})
    # the invite copied to the clipboard (line 2) and the tweet's url (line 6): campaign links, correct as written;
    # the navigation (line 10) is still the internal link it is
    assert found == [("src/share.js", 10, "utm-internal-link")]


def test_a_site_page_s_invite_and_share_intent_keep_their_tags(tmp_path, monkeypatch, capsys):
    found = _scan(tmp_path, monkeypatch, capsys, "acme/site", {"CNAME": "acme.com\n", "index.html": INDEX_HTML})
    assert found == [("index.html", 4, "utm-internal-link")]


def test_a_share_intent_under_the_linker_keeps_its_tags(tmp_path, monkeypatch, capsys):
    layout = "gtag('config', 'G-X', { linker: { domains: ['acme.com', 'acmelanding.com'] } });\n" \
             "export default function Layout({children}) { return <html><body>{children}</body></html>; }\n"
    found = _scan(tmp_path, monkeypatch, capsys, "acme/web",
                  {"app/layout.tsx": layout, "components/ShareButtons.tsx": SHARE_BUTTONS})
    assert found == [("components/ShareButtons.tsx", 6, "utm-internal-link")]


def test_a_shared_link_s_values_are_judged_as_a_campaign_s(tmp_path, monkeypatch, capsys):
    js = ("export const copy = () => navigator.clipboard.writeText("
          "`${window.location.origin}/invite?utm_source=Invite&utm_medium=friend-link&utm_campaign=friends`);\n")
    found = _scan(tmp_path, monkeypatch, capsys, "acme/app", {"src/invite.js": js})
    names = {name for _, _, name in found}
    assert "utm-internal-link" not in names
    assert names & {"medium-unassigned", "value-case"}  # the advice any outbound campaign link gets


URL = "https://acme.com/?utm_source=x&utm_medium=social"


@pytest.mark.parametrize("before, sent", [
    ("navigator.clipboard.writeText('", True),
    ("const page = encodeURIComponent(`", True),
    ("navigator.share({ title: document.title, url: '", True),
    ('<a href="https://twitter.com/intent/tweet?text=Hi&url=', True),
    ('<a href="https://www.linkedin.com/sharing/share-offsite/?url=', True),
    ("const shareUrl = '", True),
    ('<button data-share-url="', True),
    ("window.location.href = '", False),
    ('<a href="', False),
    ("document.write('", False),
    ('<a href="https://acme.com/login?next=', False),  # the site's own link's parameter: back to the site
    ("const pricing = '", False),
])
def test_sent_elsewhere_reads_the_text_before_the_link(before, sent):
    text = f"{before}{URL}');\n"
    assert sent_elsewhere(text, len(before), URL) is sent


def test_a_variable_passed_to_a_sending_call_below():
    text = f"const link = `{URL}`;\nnavigator.clipboard.writeText(link);\n"
    assert sent_elsewhere(text, text.index(URL), URL)
    text = f"const link = `{URL}`;\nwindow.location.assign(link);\n"
    assert not sent_elsewhere(text, text.index(URL), URL)
