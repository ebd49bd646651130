"""A test's code (a file named or kept as test runners find tests: `url.test.mjs`, `test_url.py`, `test-all.mjs`,
`tests/url.mjs`) holds the inputs its tests feed the code under test: every link there is test data, as an example
host's link in code is. No advice on its tags (complete, respell, GA4's channel); what a reader copies verbatim (a
misspelled or repeated key, `&amp;`, tags after the `#`) is still told.

career-ops' test runner `test-all.mjs` checks its URL normaliser with `` const withUtm = `${bare}?utm_source=newsletter` ``
beside `withLang` and `withTrailingSlash` (corpus 27 #78, blind: nothing to tell): scan told it to add a medium and a
campaign. webpack.js.org's `remark-cleanup-readme/index.test.mjs` feeds its README cleaner a copy of postcss-loader's
README, Evil Martians' sponsor badge `https://evilmartians.com/?utm_source=postcss` in it (corpus 2 #110, labelled
missing-utm-param correct by a census that judged the URL, not the file): that finding goes too. The same links in a
program's own code, or a page, keep every rule.
"""

from __future__ import annotations

import json

import pytest

from utmlint.scan.files import test_module as is_test_module
from utmlint.validate_url import validate_url

RUNNER = """\
const bare = 'https://acme.jobs.personio.com/job/2670127';
const withLang = `${bare}?language=en`;
const withUtm = `${bare}?utm_source=newsletter`;
const typo = 'https://acme.com/?utm_souce=newsletter&utm_medium=email&utm_campaign=june';
assert.equal(normalize(withUtm), bare);
"""


def _found(run, tmp_path):
    return json.loads(run("scan", "--format", "json", "--no-cache", ".", cwd=tmp_path).out)


@pytest.mark.parametrize("path", ["test-all.mjs", "src/url.test.mjs", "tests/url.mjs", "src/__tests__/url.ts",
                                  "test_url.py", "url_test.go", "spec/url_spec.rb", "src/UrlTest.java",
                                  "src/UrlTests.cs", "web/checkout.cy.ts"])
def test_a_test_modules_links_get_no_advice_on_their_tags(path):
    assert is_test_module(path)
    judged = validate_url("https://acme.jobs.personio.com/job/2670127?utm_source=newsletter", repo="santifer/career-ops",
                          path=path)
    assert judged.findings == []
    assert "a test's code" in judged.not_judged
    typo = validate_url("https://acme.com/?utm_souce=newsletter&utm_medium=email&utm_campaign=june",
                        repo="santifer/career-ops", path=path)
    assert [f.name for f in typo.findings] == ["utm-key-unknown"]  # a key a reader copies as written


@pytest.mark.parametrize("path", ["src/normalize.mjs", "scan.mjs", "src/contest.py", "src/latest.js",
                                  "src/api-spec.ts", "docs/tests.md", "site/tests.html", "testapps/next/pages/mocks.tsx",
                                  # a component named in capitals for its subject: a speed test's page, an A/B test's
                                  # variant, Apple's TestFlight (only JVM and .NET classes are read by their capitals)
                                  "src/components/SpeedTest.tsx", "app/ABTest.tsx", "src/TestFlightBanner.tsx",
                                  # review of session 40: a site's features named for their subject, joined by `-`
                                  "site/js/ab-test.js", "src/split-test.js", "src/speed-test.ts", "app/test-drive.jsx"])
def test_the_same_link_elsewhere_keeps_every_rule(path):
    assert not is_test_module(path)
    judged = validate_url("https://acme.jobs.personio.com/job/2670127?utm_source=newsletter", repo="santifer/career-ops",
                          path=path)
    assert "missing-utm-param" in [f.name for f in judged.findings]


def test_scan_reads_the_test_runner_as_test_data(run, tmp_path):
    (tmp_path / "test-all.mjs").write_text(RUNNER, encoding="utf-8")
    (tmp_path / "normalize.mjs").write_text(RUNNER, encoding="utf-8")
    found = _found(run, tmp_path)
    in_test = sorted(f["name"] for f in found if f["path"] == "test-all.mjs")
    in_code = sorted(f["name"] for f in found if f["path"] == "normalize.mjs")
    assert in_test == ["utm-key-unknown"]
    assert "missing-utm-param" in in_code and "utm-key-unknown" in in_code


@pytest.mark.parametrize("above", ["test", "e2e", "sponsors"])
def test_the_folders_a_repository_is_checked_out_under_name_none_of_its_files(run, tmp_path, above):
    """review41 H5: `result.shown` was read whole, so a checkout under `~/test/` (a CI workspace named `e2e`, a folder
    named `sponsors`) made every code file a test's code (or every file a sponsors list), scanned by an absolute path
    or from the folder above: no finding at all, "All clean". Only the folders below the repository's root count."""
    import subprocess

    repo = tmp_path / above / "app"
    (repo / "src").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run(["git", "-C", str(repo), "remote", "add", "origin", "https://github.com/acme/shop.git"], check=True)
    (repo / "src" / "links.js").write_text(
        'export const L = "https://acme-shop.com/sale?utm_source=Newsletter&amp;utm_medium=email";\n')
    (repo / "tests").mkdir()
    (repo / "tests" / "links.js").write_text((repo / "src" / "links.js").read_text())
    for where, target in ((tmp_path, str(repo)), (tmp_path, f"{above}/app"), (repo, ".")):
        found = json.loads(run("scan", "--format", "json", "--no-cache", target, cwd=where).out)
        codes = {(f["path"].replace("\\", "/").rsplit("app/", 1)[-1], f["code"]) for f in found}
        assert {("src/links.js", "UTM101"), ("src/links.js", "UTM201"), ("src/links.js", "UTM309")} <= codes, found
        # the repository's own tests/ is still a test's code: only what breaks the URL as written
        assert {c for p, c in codes if p == "tests/links.js"} == {"UTM309"}, found
