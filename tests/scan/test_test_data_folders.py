"""stranger11 R13: a test's data was scanned (`tests/fixtures/links.json`: missing-utm-param and value-case on the
deliberately bad values a test feeds a builder; Polly.js's `test/recordings/*.yaml`, recorded responses), and the
cassettes folder scan skipped was not listed by `--show-files`. A test-data folder below a test folder (`fixtures`,
`__fixtures__`, `recordings`) and Go's `testdata/` are left out of a folder scan and listed with the reason; a
`fixtures/` folder outside a test folder (a Django app's content) is scanned; a file named on the command line is
scanned. Real files, `utmlint scan` as a user runs it."""

from __future__ import annotations

import json

BAD = '{"links": ["https://acme.dev/?utm_source=Twitter&utm_medium=Social Media&utm_campaign=Launch 2026"]}\n'


def test_test_data_is_left_out_and_listed(project, run):
    folder = project({"tests/fixtures/links.json": BAD, "test/recordings/signup.yaml": f"body: '{BAD.strip()}'\n",
                      "pkg/testdata/links.json": BAD, "tests/cassettes/signup.yaml": f"body: '{BAD.strip()}'\n",
                      "app/fixtures/pages.json": BAD})
    result = run("scan", "--show-files", "--no-cache", ".", cwd=folder)
    assert "checked  app/fixtures/pages.json (1 tracked link)" in result.out
    for skipped in ("tests/fixtures/", "test/recordings/", "pkg/testdata/"):
        assert f"skipped  {skipped}: a test's data (fixtures, recorded responses): its links are no placed links; " \
               "not scanned" in result.out
    assert "skipped  tests/cassettes/: recorded HTTP responses" in result.out
    found = json.loads(run("scan", "--format", "json", "--no-cache", ".", cwd=folder).out)
    assert {f["path"] for f in found} == {"app/fixtures/pages.json"}


def test_a_fixture_named_on_the_command_line_is_scanned(project, run):
    folder = project({"tests/fixtures/links.json": BAD})
    found = json.loads(run("scan", "--format", "json", "--no-cache", "tests/fixtures/links.json", cwd=folder).out)
    assert found and {f["path"] for f in found} == {"tests/fixtures/links.json"}
