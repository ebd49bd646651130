"""A web app manifest's launch URL is an entry point, not an internal link (utmlint/scan/manifest.py).

gohugoio/hugo's docs/static/manifest.json (corpus 4, #210) starts the installed app at
`./?utm_source=web_app_manifest`: the operating system opens that URL when someone launches the app, so its tags
are how launches are counted, and telling the author to remove them (utm-internal-link) was wrong; the real
mistake is the missing medium (app launches land in Unassigned). The manifest below is Hugo's, cut to the keys
that matter, plus a shortcut (`url`) the way the Web App Manifest spec writes one.
"""

from __future__ import annotations

import json
from pathlib import Path

from utmlint.scan.manifest import entry_point, is_manifest
from utmlint.validate_url import validate_url

MANIFEST = """\
{
    "name": "Hugo",
    "short_name": "Hugo",
    "icons": [
        {"src": "/android-chrome-36x36.png", "sizes": "36x36", "type": "image/png"}
    ],
    "start_url": "./?utm_source=web_app_manifest",
    "shortcuts": [
        {"name": "Docs", "url": "/docs/?utm_source=web_app_manifest&utm_medium=shortcut&utm_campaign=pwa"}
    ],
    "theme_color": "#0A1922",
    "display": "standalone"
}
"""
PAGE = "[Pricing](/pricing?utm_source=nav)\n"


def _found(run, tmp_path, name):
    (tmp_path / "static").mkdir()
    (tmp_path / "static" / name).write_text(MANIFEST, encoding="utf-8")
    (tmp_path / "page.md").write_text(PAGE, encoding="utf-8")
    result = run("scan", "--format", "json", "--no-cache", ".", cwd=tmp_path)
    return sorted((f["path"].split("/")[-1], f["line"], f["name"]) for f in json.loads(result.out))


def test_a_manifest_start_url_is_judged_as_a_campaign_link_not_an_internal_one(run, tmp_path):
    assert _found(run, tmp_path, "manifest.json") == [
        ("manifest.json", 7, "missing-utm-param"),  # its medium and campaign: app launches land in Unassigned
        ("manifest.json", 9, "medium-unassigned"),  # a shortcut is a launch URL too: `shortcut` is no GA4 medium
        ("page.md", 1, "utm-internal-link"),  # a link between two pages keeps its finding
    ]


def test_a_webmanifest_is_scanned_and_read_the_same_way(run, tmp_path):
    assert _found(run, tmp_path, "site.webmanifest") == [
        ("page.md", 1, "utm-internal-link"), ("site.webmanifest", 7, "missing-utm-param"),
        ("site.webmanifest", 9, "medium-unassigned")]


def test_which_urls_are_launch_urls():
    start = MANIFEST.index("./?utm_source")
    shortcut = MANIFEST.index("/docs/?utm")
    icon = MANIFEST.index("/android-chrome")
    assert entry_point("static/manifest.json", MANIFEST, start) and entry_point("a/site.webmanifest", MANIFEST, shortcut)
    assert not entry_point("static/manifest.json", MANIFEST, icon)  # `src` is an image, not a launch URL
    # a `start_url` in any file is a launch URL (a manifest written by code, corpus 7); a `url` key there is any link
    assert entry_point("static/other.json", MANIFEST, start) and not entry_point("static/other.json", MANIFEST, shortcut)
    no_start = MANIFEST.replace('"start_url"', '"homepage"')
    assert not entry_point("manifest.json", no_start, no_start.index("/docs/?utm"))  # `url` of some other manifest
    assert is_manifest("manifest.json") and is_manifest("x/Site.WebManifest") and not is_manifest("manifest.yaml")


def test_validate_url_without_context_takes_a_relative_url_for_an_internal_link():
    # One URL alone does not say it is a launch URL: a relative URL is nearly always a link between pages.
    alone = validate_url("./?utm_source=web_app_manifest")
    assert [f.name for f in alone.findings] == ["utm-internal-link"]
    told = validate_url("./?utm_source=web_app_manifest", entry_point=True)
    assert [f.name for f in told.findings] == ["missing-utm-param"]
    assert "`utm_medium`" in told.findings[0].message


# GoogleChromeLabs/squoosh's src/static-build/index.tsx (commit 19beb1a7ab5ab7df9625edaf7c3bf71a50e183ae, lines 56-97,
# as written): the build writes manifest.json from this object, so its `start_url` and share target's `action` are
# the installed app's launch URLs (corpus 7 #36 #37, where scan said "remove them": utm-internal-link).
SQUOOSH_BUILD = '''\
  'index.html': renderPage(<IndexPage />),
  'manifest.json': JSON.stringify({
    name: 'Squoosh',
    short_name: 'Squoosh',
    start_url: '/?utm_medium=PWA&utm_source=launcher',
    display: 'standalone',
    orientation: 'any',
    background_color: '#fff',
    theme_color: '#ff3385',
    icons: [
      {
        src: iconLarge.default,
        type: lookupMime(iconLarge.default),
        sizes: manifestSize(iconLarge),
      },
      {
        src: iconLargeMaskable.default,
        type: lookupMime(iconLargeMaskable.default),
        sizes: manifestSize(iconLargeMaskable),
        purpose: 'maskable',
      },
    ],
    description:
      'Compress and compare images with different codecs, right in your browser.',
    lang: 'en',
    categories: ['photo', 'productivity', 'utilities'],
    screenshots,
    share_target: {
      action: '/?utm_medium=PWA&utm_source=share-target&share-target',
      method: 'POST',
      enctype: 'multipart/form-data',
      params: {
        files: [
          {
            name: 'file',
            accept: ['image/*'],
          },
        ],
      },
    },
  }),
  _headers: dedent`
'''


def test_a_manifest_written_by_code_has_entry_points_too(run, tmp_path):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "index.tsx").write_text(SQUOOSH_BUILD, encoding="utf-8")
    (tmp_path / "page.md").write_text(PAGE, encoding="utf-8")
    found = json.loads(run("scan", "--format", "json", "--no-cache", ".", cwd=tmp_path).out)
    launch = sorted((f["line"], f["name"]) for f in found if f["path"].endswith("index.tsx"))
    # judged as campaign links (`PWA` lands in Unassigned, no campaign), never "remove them"
    assert launch == [(5, "medium-unassigned"), (5, "missing-utm-param"), (29, "medium-unassigned"),
                      (29, "missing-utm-param")]
    assert [f["name"] for f in found if f["path"] == "page.md"] == ["utm-internal-link"]  # a page's link still is
    start = SQUOOSH_BUILD.index("/?utm_medium=PWA&utm_source=launcher")
    assert entry_point("src/index.tsx", SQUOOSH_BUILD, start)
    form = '<form action="/search?utm_source=site">'  # an HTML form's action is no share target
    assert not entry_point("search.html", form, form.index("/search"))
    yaml = "start_url: /?utm_source=homescreen\n"
    assert entry_point("pwa.yml", yaml, yaml.index("/?"))


def test_the_corpus_judge_reads_a_launch_url_in_code_as_scan_does(tmp_path):
    """The corpus judge (tests/validate_url/labelled_corpus.py) knows only a row's URL, repository and path; the rows
    scan reads as a launch URL in a file not named as a manifest come from tests/data/entry-rows.tsv (file_facts.py,
    scan.manifest.entry_point on the mirror's file), and are judged as scan judges them (corpus 7 #36 #37)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "validate_url"))
    from labelled_corpus import judge, write_empty_facts

    launch, page = "/?utm_medium=PWA&utm_source=launcher", "/pricing?utm_source=nav"
    corpus = tmp_path / "real-urls-x"
    corpus.mkdir()
    write_empty_facts(tmp_path)
    commit = "1" * 40
    (corpus / "urls.tsv").write_text(
        "url\trepo\tpath\tcommit\tline\tcontext\n"
        f"{launch}\tacme/app\tsrc/static-build/index.tsx\t{commit}\t60\tcode\n"
        f"{page}\tacme/app\tsrc/static-build/index.tsx\t{commit}\t90\tcode\n", encoding="utf-8")
    (corpus / "labels.tsv").write_text("url\trule\tverdict\treason\twrong_if\n" + "".join(
        f"{url}\t\treviewed\t#{n}\t\n" for n, url in enumerate((launch, page))), encoding="utf-8")
    judged = judge(corpus)
    assert sorted(judged.found[launch]) == ["utm-internal-link"]  # nothing says it is a launch URL
    (tmp_path / "entry-rows.tsv").write_text(
        f"repo\tcommit\tpath\tline\turl\nacme/app\t{commit}\tsrc/static-build/index.tsx\t60\t{launch}\n",
        encoding="utf-8")
    judged = judge(corpus)
    assert sorted(judged.found[launch]) == ["medium-unassigned", "missing-utm-param"]
    assert sorted(judged.found[page]) == ["utm-internal-link"]  # the same file's other relative link still is


# dart-lang/site-www firebase.json:132 and :178 (corpus 11 #30 #31): Firebase Hosting's redirects, the destinations of
# the short links the `dart` tool prints and talks share (dart.dev/diagnostics/..., dart.dev/go/cloud)
FIREBASE = """\
{
  "hosting": {
    "redirects": [
      { "source": "/diagnostics/:code*", "destination": "/tools/diagnostics/:code/?utm_source=dartdev&utm_medium=redir&utm_id=diagcode&utm_content=:code", "type": 301 },
      { "source": "/go/cloud", "destination": "/server/google-cloud?utm_source=go-link&utm_medium=referral&utm_campaign=go-cloud", "type": 301 }
    ]
  }
}
"""
NETLIFY = """\
[[redirects]]
  from = "/go/cloud"
  to = "/server/google-cloud?utm_source=go-link&utm_medium=referral&utm_campaign=go-cloud"
  status = 301
"""
REDIRECTS = "/go/cloud    /server/google-cloud?utm_source=go-link&utm_medium=referral&utm_campaign=go-cloud    301\n"


def test_a_redirect_destination_is_an_entry_point_not_an_internal_link(run, tmp_path):
    """Corpus 11 W4: a hosting redirect's destination is where outside links land (utm-internal-link was wrong on
    both); its tags are judged as a campaign's (#30's `redir` medium is Unassigned and it has no campaign)."""
    (tmp_path / "firebase.json").write_text(FIREBASE, encoding="utf-8")
    (tmp_path / "netlify.toml").write_text(NETLIFY, encoding="utf-8")
    (tmp_path / "page.md").write_text(PAGE, encoding="utf-8")
    result = run("scan", "--format", "json", "--no-cache", ".", cwd=tmp_path)
    assert sorted((f["path"], f["line"], f["name"]) for f in json.loads(result.out)) == [
        ("firebase.json", 4, "medium-unassigned"), ("firebase.json", 4, "missing-utm-param"),
        ("page.md", 1, "utm-internal-link")]  # a link between two pages keeps its finding


def test_which_urls_are_redirect_destinations():
    assert entry_point("firebase.json", FIREBASE, FIREBASE.index("/server/google"))
    assert entry_point("site/vercel.json", FIREBASE, FIREBASE.index("/tools/diag"))
    assert entry_point("netlify.toml", NETLIFY, NETLIFY.index("/server/google"))
    assert entry_point("public/_redirects", REDIRECTS, REDIRECTS.index("/server/google"))
    assert not entry_point("public/_redirects", REDIRECTS, 0)  # the source path
    assert not entry_point("config.json", FIREBASE, FIREBASE.index("/server/google"))  # not a redirect table
    assert "utm-internal-link" not in {f.name for f in validate_url(
        "/server/google-cloud?utm_source=go-link&utm_medium=referral&utm_campaign=go-cloud", entry_point=True).findings}


def test_the_same_bytes_under_another_name_are_not_a_redirect_table(run, tmp_path):
    """The cache keys a redirect table by its name too: a copy of firebase.json's bytes elsewhere is judged anew."""
    (tmp_path / "firebase.json").write_text(FIREBASE, encoding="utf-8")
    (tmp_path / "copy.json").write_text(FIREBASE, encoding="utf-8")
    result = run("scan", "--format", "json", ".", cwd=tmp_path)
    found = sorted((f["path"], f["name"]) for f in json.loads(result.out))
    assert ("copy.json", "utm-internal-link") in found and ("firebase.json", "utm-internal-link") not in found


def test_a_redirects_file_in_the_published_folder_is_scanned_and_listed(run, tmp_path):
    """Netlify reads `_redirects` from the publish folder: `public/` (Vite, Astro), `static/` (Hugo). A folder scan
    reads it there as at the root, and `--show-files` lists it (stranger11 R3)."""
    for folder in ("public", "static"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "_redirects").write_text(
            "/podcast  https://acme.dev/?utm_source=devbeat&utm_medium=podcast&utm_campaign=ep42  302\n", encoding="utf-8")
    found = sorted((f["path"], f["name"]) for f in json.loads(run("scan", "--format", "json", ".", cwd=tmp_path).out))
    assert found == [("public/_redirects", "medium-unassigned"), ("static/_redirects", "medium-unassigned")]
    listed = run("scan", "--show-files", ".", cwd=tmp_path).out
    assert "checked  public/_redirects" in listed and "checked  static/_redirects" in listed


def test_a_redirect_the_site_tags_as_its_own_move_is_an_internal_link(run, tmp_path):
    """stranger11 R8: `/old-pricing` -> `/pricing?utm_source=acme.dev&utm_medium=internal` was judged as a way in
    ("use `referral`"), which keeps self-tags that replace the real source of every visitor the old address gets
    (search results, backlinks, bookmarks). A medium saying internal, or the site's own name as a self-referral, is
    utm-internal-link's: remove them; its values are no spelling for the repo to follow. A vanity link tagged for
    the team's e-mail (`utm_source=acme&utm_medium=email`) and a tool's `redirect` way in stay entry points."""
    import subprocess

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "https://github.com/acme-corp/acme.dev.git"],
                   check=True)
    (tmp_path / "vercel.json").write_text("""{"redirects": [
  {"source": "/old-pricing", "destination": "/pricing?utm_source=acme.dev&utm_medium=internal&utm_campaign=nav", "type": 301},
  {"source": "/old", "destination": "https://acme.dev/new?utm_source=acme.dev&utm_medium=referral", "type": 301},
  {"source": "/nl", "destination": "https://acme.dev/?utm_source=acme&utm_medium=email&utm_campaign=nl", "type": 302},
  {"source": "/blog/:path*", "destination": "/posts/:path*?utm_source=oldblog&utm_medium=redirect", "type": 301}
]}
""", encoding="utf-8")
    found = json.loads(run("scan", "--format", "json", "--no-cache", ".", cwd=tmp_path).out)
    assert sorted((f["line"], f["name"]) for f in found) == [
        (2, "utm-internal-link"), (3, "utm-internal-link"), (5, "medium-unassigned"), (5, "missing-utm-param")]
    message = next(f["message"] for f in found if f["line"] == 2)
    assert message.startswith("this redirect's destination, on the site itself, carries `utm_source`, `utm_medium`, "
                              "`utm_campaign`: a redirect from an old address of the site receives that address's "
                              "visitors (from search results, links and bookmarks)") and "; remove them" in message


def test_a_brand_named_way_in_through_a_redirect_is_no_moved_page(run, tmp_path):
    """stranger12 R8: `/qr/booth` -> `/kubecon?utm_source=northwind&utm_medium=qr&...` (a printed QR code), the app's
    `/app/upgrade` (`utm_medium=app`, Referral) and a desktop app's `/menu/help` were told "remove them" as the site's
    own move: the brand's name in utm_source is how a team tags its ways in, each with its placement as medium. Only
    the site's domain as utm_source (`acme.dev`) is a self-referral."""
    import subprocess

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin",
                    "https://github.com/northwind-labs/northwind.dev.git"], check=True)
    (tmp_path / "firebase.json").write_text("""{"hosting": {"redirects": [
  {"source": "/qr/booth", "destination": "/kubecon?utm_source=northwind&utm_medium=qr&utm_campaign=kubecon-booth", "type": 302},
  {"source": "/app/upgrade", "destination": "/pricing?utm_source=northwind&utm_medium=app&utm_campaign=upgrade", "type": 302},
  {"source": "/menu/help", "destination": "/help?utm_source=desktop-app&utm_medium=menu&utm_campaign=help", "type": 302},
  {"source": "/old-pricing", "destination": "/pricing?utm_source=northwind.dev&utm_medium=referral", "type": 301}
]}}
""", encoding="utf-8")
    found = json.loads(run("scan", "--format", "json", "--no-cache", ".", cwd=tmp_path).out)
    assert sorted((f["line"], f["name"]) for f in found) == [
        (2, "medium-unassigned"), (4, "medium-unassigned"), (5, "utm-internal-link")]


def test_a_moved_redirect_gives_the_file_back_its_own_site(tmp_path, monkeypatch):
    """stranger12 R14: scan/run.py's `site` was the file's site and, in the loop over its links, the site each link's
    spelling is compared on; a moved redirect (`self.judge.file_site = site` after it) restored whichever was last,
    so a later link of the file could be judged against another link's site. The file's own site stays its own."""
    import subprocess

    from utmlint.commands.scan import scanner_for
    from utmlint.project import Project

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "https://github.com/acme-corp/acme.dev.git"],
                   check=True)
    (tmp_path / "vercel.json").write_text("""{"redirects": [
  {"source": "/partner", "destination": "https://partnerhub.com/acme?utm_source=acme&utm_medium=referral&utm_campaign=p"},
  {"source": "/old-pricing", "destination": "/pricing?utm_source=acme.dev&utm_medium=internal&utm_campaign=nav"}
]}
""", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    scanner = scanner_for(Project.load(["."]), use_cache=False)
    found = scanner.run(["."]).diagnostics
    assert [(d.line, d.name) for d in found] == [(3, "utm-internal-link")]
    assert scanner.judge.file_site == ""  # vercel.json is no page of the site: it had none, and has none after
