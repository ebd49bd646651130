"""`utmlint scan` on tags code writes into a link as key/value pairs (newuser44 F5: `url.searchParams.set("utm_medium",
"in-app")` was "All clean"): the shapes measured on the mirrors to be links being built (scan.keyvalue: JavaScript's
`searchParams.set/append`, `new URLSearchParams({...})`, WordPress's `add_query_arg`) are judged as the URL they make,
each finding at the value as written; fixtures, mappings, code reading the visit's tags and computed values are not.
Real files in a temp folder, `utmlint scan --format json` in-process; nothing is executed."""

from __future__ import annotations

import json

import pytest

from utmlint.cli import main
from utmlint.scan.keyvalue import extract


@pytest.fixture
def scan(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)

    def run(*args):
        code = main(["scan", "--no-cache", "--format", "json", *args])
        out, err = capsys.readouterr()
        assert "Traceback" not in err and out, err
        return code, [(d["path"].rsplit("/", 1)[-1], d["line"], d["column"], d["code"], d["message"])
                      for d in json.loads(out)]

    return run


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


F5_JS = """const url = new URL("https://quillstack.dev/signup");
url.searchParams.set("utm_source", "JS-SDK");
url.searchParams.set("utm_medium", "in-app");
url.searchParams.append("utm_campaign", "signup");

const params = new URLSearchParams({ utm_source: "widget", utm_medium: "Referral", utm_campaign: "whats-new" });
const link = `https://quillstack.dev/releases?${params}`;
"""


def test_f5_repro_is_told_at_the_values(scan, tmp_path):
    write(tmp_path / "build.js", F5_JS)
    code, found = scan("build.js")
    assert code == 1
    assert [(line, column, rule) for _, line, column, rule, _ in found] == [
        (2, 37, "UTM201"), (3, 37, "UTM102"), (6, 73, "UTM201")]
    assert "`in-app`" in found[1][4] and "Unassigned" in found[1][4]


def test_fix_rewrites_the_string_literal_only(scan, tmp_path):
    path = write(tmp_path / "build.js", F5_JS)
    scan("--fix", "build.js")
    fixed = path.read_text(encoding="utf-8")
    assert 'url.searchParams.set("utm_source", "js-sdk");' in fixed
    assert 'utm_medium: "referral"' in fixed
    assert fixed.replace('"js-sdk"', '"JS-SDK"').replace('"referral"', '"Referral"') == F5_JS


def test_wordpress_add_query_arg(scan, tmp_path):
    write(tmp_path / "notice.php", """<?php
$url = add_query_arg(
    array(
        'utm_source'   => 'plugin',
        'utm_medium'   => 'wsal',
        'utm_campaign' => 'survey',
    ),
    'https://melapress.com/survey/'
);
$doc = add_query_arg( [ 'utm_source' => 'Plugin', 'utm_medium' => rawurlencode( $medium ) ], $url );
""")
    _, found = scan("notice.php")
    assert [(line, rule) for _, line, _, rule, _ in found] == [(5, "UTM102"), (10, "UTM201")]


def test_missing_tag_told_only_when_the_whole_set_is_visible(scan, tmp_path):
    write(tmp_path / "a.ts", """const u = new URL("/engage", "https://investwithraj.com");
u.searchParams.set("utm_source", "news");
u.searchParams.set("utm_medium", "referral");

function practiceUrl(content) {
  const params = new URLSearchParams({ utm_source: "news", utm_medium: "referral" });
  if (content) params.set("utm_campaign", content);
  return `https://investwithraj.com/?${params}`;
}

function fromPage() {
  const v = new URL(window.location.href);
  v.searchParams.set("utm_medium", "referral");
}
""")
    _, found = scan("a.ts")
    # a finding about the whole link points where its URL is written (the base the code makes it from)
    assert [(line, column, rule) for _, line, column, rule, _ in found] == [(1, 31, "UTM101")]


def test_internal_link_built_from_params_is_an_internal_link(scan, tmp_path):
    write(tmp_path / "EnrollCTA.svelte", """<script>
  const signupUrl = () => {
    const params = new URLSearchParams({ utm_source: 'learning_path', utm_medium: 'cta', utm_campaign: 'path' });
    return `/auth?${params.toString()}`;
  };
</script>
""")
    _, found = scan("EnrollCTA.svelte")
    assert [rule for *_, rule, _ in found] == ["UTM311"]


def test_a_source_code_computes_leaves_the_medium_unjudged_for_its_channel(scan, tmp_path):
    """lunary's link-in-bio route (`utm_source` = the platform's slug, `instagram`) and portalnesia's share menu
    (`utm_medium` set, then `utm_source` `facebook`, `twitter` in a switch): GA4 files both under Organic Social."""
    write(tmp_path / "route.ts", """function build(req, dest, slug) {
  const url = new URL(dest.path, req.nextUrl.origin);
  url.searchParams.set('utm_source', slug);
  url.searchParams.set('utm_medium', 'social_bio');
  return url.toString();
}
function share(type) {
  const url = new URL(window.location.href)
  url.searchParams.set('utm_medium','share button')
  url.searchParams.set('utm_campaign',campaign);
  switch(type){
    case "facebook":
      url.searchParams.set('utm_source','facebook')
      break;
  }
}
""")
    _, found = scan("route.ts")
    assert found == []


def test_not_links_are_not_told(scan, tmp_path):
    """A test's fixture dict, a key list, a mapping, code reading the visit's tags, a `Map` or `FormData`, a
    variable value, Python's `urlencode` (not read: no link built with it in the mirrors), a minified line."""
    write(tmp_path / "attribution.ts", """const KEYS = ["utm_source", "utm_medium", "utm_campaign"];
const p = new URLSearchParams(window.location.search);
const source = p.get("utm_source") || "Direct";
const seen = { utm_source: "Google", utm_medium: "CPC" };
const m = new Map(); m.set("utm_source", "Google");
const fd = new FormData(); fd.append("utm_medium", "Email");
const u = new URL(base); u.searchParams.set("utm_medium", medium);
const mapping = { utm_medium: "Medium", utm_source: "Source" };
""")
    write(tmp_path / "test_views.py", """from urllib.parse import urlencode
utm_dict = {"utm_source": "Facebook", "utm_medium": "cpc"}
q = urlencode({"utm_source": "Python-SDK", "utm_medium": "in-app"})
""")
    write(tmp_path / "bundle.min.js", "var a=1;" * 200 + 'u.searchParams.set("utm_medium","In-App");\n')
    code, found = scan("attribution.ts", "test_views.py", "bundle.min.js")
    assert found == [] and code == 0


def test_extract_maps_each_value_to_its_literal():
    text = 'const url = new URL("https://x.com/a");\nurl.searchParams.set("utm_source", "news");\n'
    (found,) = extract(text, ".js")
    assert found.url == "https://x.com/a?utm_source=news"
    at = found.url.index("news")
    assert text[found.offsets[at]:found.offsets[at + 4]] == "news"
    assert extract(text, ".py") == []


def test_a_url_on_the_pages_own_address_is_not_read_as_a_campaign_link(scan, tmp_path):
    """review45 F10: `new URL("/pricing", window.location.origin)` and WordPress's `add_query_arg(..., admin_url())` or
    bare `add_query_arg(...)` (the current page) are the site's own pages: not told "use referral"; a URL the file
    states on another host still is."""
    write(tmp_path / "nav.ts", """const u = new URL("/pricing", window.location.origin);
u.searchParams.set("utm_source", "nav");
u.searchParams.set("utm_medium", "in-app");
const v = new URL("https://acmeflow.io/pricing");
v.searchParams.set("utm_source", "nav");
v.searchParams.set("utm_medium", "in-app");
""")
    write(tmp_path / "admin.php", """<?php
$a = add_query_arg( array( 'utm_source' => 'plugin', 'utm_medium' => 'in-app' ), admin_url( 'admin.php?page=x' ) );
$b = add_query_arg( 'utm_medium', 'in-app' );
$c = add_query_arg( array( 'utm_source' => 'plugin', 'utm_medium' => 'in-app' ) );
""")
    _, found = scan("nav.ts", "admin.php")
    assert [(name, line, rule) for name, line, _, rule, _ in found] == [("nav.ts", 4, "UTM101"), ("nav.ts", 6, "UTM102")]


def test_backtick_keys_are_read(scan, tmp_path):
    """review45 F14: a template literal key (`` `utm_medium` ``) is the key written."""
    write(tmp_path / "a.js", """const u = new URL("https://acmeflow.io/a");
u.searchParams.set(`utm_source`, `news`);
u.searchParams.set(`utm_medium`, `In-App`);
""")
    _, found = scan("a.js")
    assert [(line, rule) for _, line, _, rule, _ in found] == [(1, "UTM101"), (3, "UTM102")]


def test_assignments_are_found_in_one_pass_a_file(monkeypatch):
    """review45 F12: 3,000 URL objects in one file took 155 s (each name's assignments searched over the whole
    file); the file's assignments are now read in one pass, whatever the number of names."""
    import utmlint.scan.keyvalue as keyvalue

    passes = []

    class Counting:
        def __init__(self, pattern):
            self.pattern = pattern

        def finditer(self, text, *args):
            passes.append(1)
            return self.pattern.finditer(text, *args)

    monkeypatch.setattr(keyvalue, "_URL_MADE", Counting(keyvalue._URL_MADE))
    text = "".join(f'const u{i} = new URL("https://x.example.org/{i}");\nu{i}.searchParams.set("utm_source", "a");\n'
                   for i in range(300))
    assert len(extract(text, ".js")) == 300
    assert len(passes) == 1
