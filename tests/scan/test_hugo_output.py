"""A Hugo site's `public/` folder, beside its root config (`hugo.toml`; or a `config.toml` beside `content/` and
Hugo's other folders), is the site Hugo built from `content/`: every link in it is a copy of one written in a page,
where it is judged, so the walk leaves it out as it leaves `build/` and `dist/` (corpus 39 #1: wangyongtao's blog
commits its built `public/`, whose search index repeats a post's sample ad URL, told url-insecure). A `public/` folder of
any other project (Vite's, Next.js' static files, which the team writes) is read as ever."""

from __future__ import annotations

from tests.scan.repository import scan_repository
from utmlint.scan.files import hugo_site

LINK = "http://wang123.net/ads?utm_source=cost&utm_campaign=v2ex&utm_medium=display"
POST = f"---\ntitle: UTM\n---\n\n广告链接：[示例]({LINK})\n"
INDEX = '[{"content":"广告链接：' + LINK + '","title":"UTM","uri":"/cn/posts/utm/"}]\n'


def test_hugos_built_site_is_left_out_and_its_pages_are_read(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "wangyongtao/wangyongtao.github.io", {
        "hugo.toml": 'baseURL = "https://wangyongtao.net/"\n', "content/cn/posts/utm.md": POST,
        "public/cn/archive/index.json": INDEX, "public/cn/posts/utm/index.html": f'<a href="{LINK}">示例</a>\n'})
    paths = {f["path"] for f in found}
    assert "content/cn/posts/utm.md" in paths, found  # the page's link: judged where it is written
    assert not [p for p in paths if p.startswith("public/")], found


def test_another_projects_public_folder_is_read(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "acme/site", {
        "vite.config.ts": "export default {}\n", "config.toml": "[build]\n", "public/promo.html": f'<a href="{LINK}">x</a>\n'})
    assert "public/promo.html" in {f["path"] for f in found}, found


def test_which_roots_are_hugos():
    assert hugo_site({"hugo.toml", "public"}) and hugo_site({"hugo.yaml"})
    assert hugo_site({"config.toml", "content", "archetypes", "public"})
    assert not hugo_site({"config.toml", "public", "src"})  # a config of another tool
    assert not hugo_site({"config.toml", "content"})  # no other folder of Hugo's
    assert not hugo_site({"package.json", "public"})
