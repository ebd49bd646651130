"""Files a tool writes, whose links are copies, are not scanned: lock files (npm's `funding` URLs are the
dependencies' authors') and link checkers' caches (lychee's `.lycheecache` keeps each checked link with its own
escaping and `,<status>,<time>` glued on). Corpus 3 #154 and corpus 7 #207 (a funding URL's
`utm_source=npm-funding-...` told to add a medium and campaign) and corpus 7 #82-#91 (opentelemetry.io's cache:
`&amp;` called a mistake, the status glued into utm_content) were wrong findings on such copies."""

from __future__ import annotations

from utmlint.cli import main

# The shapes as npm and lychee write them (package-lock.json v3's `funding` entry: signpdf's in OpenSign's lock
# file, corpus 7 #207; a .lycheecache row as in open-telemetry/opentelemetry.io, corpus 7 #82).
LOCK = """{
  "name": "server",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@signpdf/signpdf": {
      "version": "3.2.4",
      "funding": {
        "type": "individual",
        "url": "https://buymeacoffee.com/vbuch?utm_source=npm-funding-signpdf"
      }
    }
  }
}
"""
LYCHEE = ("https://events.linuxfoundation.org/kubecon-cloudnativecon-europe/?utm_source=opentelemetry&amp;"
          "utm_medium=home,200,1787032240\n")
README = "[docs](https://buymeacoffee.com/vbuch?utm_source=npm-funding-signpdf)\n"


def _tree(root):
    (root / "server").mkdir()
    (root / "server" / "package-lock.json").write_text(LOCK, encoding="utf-8")
    (root / "pnpm-lock.yaml").write_text(
        "packages:\n  x:\n    funding: https://buymeacoffee.com/vbuch?utm_source=npm-funding-signpdf\n",
        encoding="utf-8")
    (root / ".lycheecache").write_text(LYCHEE, encoding="utf-8")
    (root / "README.md").write_text(README, encoding="utf-8")


def test_a_walk_skips_lock_files_and_link_checker_caches(tmp_path, monkeypatch, capsys):
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "."])
    out, err = capsys.readouterr()
    assert code == 1 and "README.md:1:" in out  # the same link written by hand is judged
    assert "package-lock.json" not in out + err and "pnpm-lock.yaml" not in out + err
    assert ".lycheecache" not in out + err and "1 file checked" in out


def test_a_generated_file_named_on_the_command_line_gets_a_note_saying_why(tmp_path, monkeypatch, capsys):
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "server/package-lock.json", ".lycheecache"])
    out, err = capsys.readouterr()
    assert code == 0 and "Nothing checked" in out
    assert "server/package-lock.json:1:1: note: is a lock file, written by a package manager" in err
    assert ".lycheecache:1:1: note: is a link checker's cache (lychee's)" in err


# GSA/search-gov features/vcr_cassettes/Dashboard/Clicking_on_help_link_on_Admin_Center.yml (corpus 11 #59): Ruby VCR's
# recording of gsa.gov's page, its HTML kept as a YAML string with the page's own `&amp;`
CASSETTE = """---
http_interactions:
- request:
    method: get
    uri: https://search.gov/admin-center
  response:
    body:
      string: '<a href="https://www.gsa.gov/portal/category/100000?utm_source=OCM&amp;utm_medium=print-radio&amp;utm_term=&amp;utm_campaign=shortcuts">GSA</a>'
"""


def test_a_recorded_http_response_is_not_scanned(tmp_path, monkeypatch, capsys):
    """Corpus 11 W2: a VCR cassette is the test tool's copy of a fetched page; its links were told to lower-case,
    re-medium and unescape the page's own tags (3 wrong findings on #59)."""
    for folder in ("features/vcr_cassettes/Dashboard", "tests/cassettes"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "help.yml").write_text(CASSETTE, encoding="utf-8")
    (tmp_path / "README.md").write_text(README, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "."])
    out, err = capsys.readouterr()
    assert code == 1 and "README.md:1:" in out and "1 file checked" in out
    assert "help.yml" not in out + err
    code = main(["scan", "features/vcr_cassettes/Dashboard/help.yml"])
    out, err = capsys.readouterr()
    assert code == 0 and "help.yml:1:1: note: is a recorded HTTP response (a test's cassette)" in err


def test_a_file_named_as_a_test_fixture_is_not_scanned(tmp_path, monkeypatch, capsys):
    """Corpus 12 W3 (#68): Ghost's Unsplash selector keeps a recorded Unsplash API response in
    `src/api/dataFixtures.json`; the photographer's own link in it was told to add a campaign. A file named for a
    fixture (the word, in any casing) is test data; `prefixture.md` is not."""
    from utmlint.scan.files import fixture_name

    assert all(fixture_name(n) for n in ("dataFixtures.json", "fixtures.yaml", "user_fixture.py", "FIXTURES.json"))
    assert not any(fixture_name(n) for n in ("prefixture.md", "README.md", "mixtures.json"))
    (tmp_path / "src/api").mkdir(parents=True)
    (tmp_path / "src/api/dataFixtures.json").write_text(
        '{"links": {"html": "https://www.neom.com/en-us?utm_source=unsplash&utm_medium=referral"}}\n', encoding="utf-8")
    (tmp_path / "README.md").write_text(README, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "."])
    out, err = capsys.readouterr()
    assert code == 1 and "README.md:1:" in out and "1 file checked" in out and "dataFixtures" not in out + err
    code = main(["scan", "src/api/dataFixtures.json"])
    out, err = capsys.readouterr()
    assert code == 0 and "dataFixtures.json:1:1: note: is a test fixture" in err


# dnywh/attie's apps/web/src/components/FixturesClient/FixturesList.tsx, lines 112-117 (corpus 29 #13): a football club's
# fixtures list, its link to the author's site never scanned since its name holds the word `fixtures`
FIXTURES_LIST = """export function FixturesList() {
  return (
    <p>
      Attie is lovingly crafted by product designer{" "}
      <Link
        href="https://www.dannywhite.net/?utm_source=attie&utm_medium=sponsorship"
        target="_blank"
      >
        Danny White
      </Link>
    </p>
  );
}
"""


def test_a_ui_component_named_for_fixtures_is_scanned_a_fixture_module_is_not(tmp_path, monkeypatch, capsys):
    """A component named in PascalCase for what it shows (`FixturesList.tsx`, `Fixture.vue`) is the site's code, its
    links placed on its pages; react-cosmos's `Button.fixture.tsx`, a test's `fixtures.tsx` and data files stay fixtures."""
    from utmlint.scan.files import component_name, fixture_name

    assert not any(fixture_name(n) for n in ("FixturesList.tsx", "Fixture.tsx", "FixtureStatus.jsx", "Fixtures.vue",
                                             "FixturesHeader.svelte"))
    assert all(fixture_name(n) for n in ("Button.fixture.tsx", "fixtures.tsx", "dataFixtures.json", "UserFixtures.php",
                                         "FixturesList.json", "userFixtures.tsx"))
    assert component_name("FixturesList.tsx") and not component_name("FIXTURES.tsx")
    folder = tmp_path / "apps/web/src/components/FixturesClient"
    folder.mkdir(parents=True)
    (folder / "FixturesList.tsx").write_text(FIXTURES_LIST, encoding="utf-8")
    (folder / "fixtures.tsx").write_text(FIXTURES_LIST, encoding="utf-8")  # a test's module of the same name
    # its owner's own site, named in the config: `utm_medium=sponsorship` on a site utmlint does not know as the team's
    # reads as a sponsor's slot (scan.partner_tags.sponsor_tags; the handle `dnywh` names no site: corpus 29's cost)
    (tmp_path / ".utmlint.yaml").write_text("own-hosts: [dannywhite.net]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "--output-format", "concise", "."])
    out, err = capsys.readouterr()
    # its medium is no GA4 medium and it has no campaign: told, as any page's link is
    assert code == 1 and "FixturesList.tsx:6:" in out and "medium-unassigned" in out and "missing-utm-param" in out
    assert "fixtures.tsx" not in out + err and "1 file checked" in out


# A Python package's metadata as its build tool writes it (a wheel's `*.dist-info/METADATA`, an sdist's `PKG-INFO`):
# the README copied as the long description (corpus 9 #40 #43-#46: terragoat's test fixture holding checkov's PyPI
# metadata got medium-unassigned on checkov's links, which are judged in checkov's README).
METADATA = """Metadata-Version: 2.1
Name: checkov
Version: 2.0.541
Description-Content-Type: text/markdown

[docs](https://docs.bridgecrew.io?utm_campaign=checkov-github-repo&utm_source=github.com&utm_medium=read-docs-button)
"""


def test_a_python_packages_metadata_is_a_build_tools_copy_of_its_readme(tmp_path, monkeypatch, capsys):
    (tmp_path / "packages" / "sub").mkdir(parents=True)
    (tmp_path / "packages" / "sub" / "METADATA").write_text(METADATA, encoding="utf-8")
    (tmp_path / "PKG-INFO").write_text(METADATA, encoding="utf-8")
    (tmp_path / "README.md").write_text(METADATA.split("\n\n", 1)[1], encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "."])
    out, err = capsys.readouterr()
    assert code == 1 and "README.md:1:" in out and "METADATA" not in out + err and "PKG-INFO" not in out + err
    code = main(["scan", "packages/sub/METADATA"])
    out, err = capsys.readouterr()
    assert code == 0 and "packages/sub/METADATA:1:1: note: is a Python package's metadata" in err


# cline/cline's sdk/packages/llms/src/providers/providers.generated.ts (corpus 5 #322): written by a script from
# models.dev's provider list, models.dev's own tag on each provider's link
PROVIDERS = 'export const providers = {\n  jiekou: { doc: "https://docs.jiekou.ai/docs/support/quickstart?utm_source=github_models.dev" },\n}\n'


def test_a_file_named_generated_is_not_scanned(tmp_path, monkeypatch, capsys):
    """A file whose name says a tool generates it holds copies of its source data's links (corpus 5 #322 was told
    to add a medium and campaign to models.dev's tag); the same link written by hand is judged."""
    from utmlint.scan.files import generated_name

    assert all(generated_name(n) for n in ("providers.generated.ts", "schema_generated.json", "api-generated.go",
                                           "Types.Generated.cs"))
    assert not any(generated_name(n) for n in ("generated.md", "regenerated-notes.md", "generated_docs.py",
                                               "README.md"))
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "providers.generated.ts").write_text(PROVIDERS, encoding="utf-8")
    (tmp_path / "src" / "providers.ts").write_text(PROVIDERS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "."])
    out, err = capsys.readouterr()
    assert code == 1 and "src/providers.ts:2:" in out and "1 file checked" in out
    assert "generated" not in out + err
    code = main(["scan", "src/providers.generated.ts"])
    out, err = capsys.readouterr()
    assert code == 0 and "providers.generated.ts:1:1: note: is generated (its name says so)" in err


def test_show_files_lists_a_generated_file_as_skipped_with_its_reason(tmp_path, monkeypatch, capsys):
    """stranger13 R8: a team's `promo-links.generated.json`, written from a template scan does not read
    (`promo-links.yaml.tpl`), was left out silently: `--show-files` said "no files". It lists it as skipped, with why."""
    (tmp_path / "src" / "data").mkdir(parents=True)
    (tmp_path / "src" / "data" / "promo-links.generated.json").write_text(
        '{"sale": "https://acme.com/sale?utm_source=newsletter&utm_medium=emial&utm_campaign=spring"}\n',
        encoding="utf-8")
    (tmp_path / "src" / "data" / "promo-links.yaml.tpl").write_text(
        "sale: https://acme.com/sale?utm_source=newsletter&utm_medium=emial&utm_campaign=spring\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--show-files", "--no-cache", "."])
    out = capsys.readouterr().out
    assert "skipped  src/data/promo-links.generated.json: is generated (its name says so)" in out
    assert "promo-links.generated.json/" not in out  # a file, not a folder
