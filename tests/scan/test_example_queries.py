"""A query written alone as an example in a product's help text is no link (corpus 42 #34 #36 #37, fix4142).

AB Split Test Lite's settings screen explains its URL-query targeting in prose: `"utm_source=fb" will match only when
the key and value is a match. Example matching values: ?utm_source=fb`. scan read `?utm_source=fb` as a relative link
and told missing-utm-param and source-domain-style on it: the product's feature described, no campaign of anyone's.
A query set off by spaces after example words (`Example: `, `e.g.`, `for instance`, `such as`) is text: nothing is
said about it (scan.examples.example_query). The other way: the same query in an `href`, joined to a link in code, or
after other words keeps its findings."""

from __future__ import annotations

import pytest

from utmlint.scan.examples import example_query
from utmlint.validate_url import EXAMPLE_QUERY_TEXT, validate_url

HELP = ('echo \'<div class="target-example">"utm_source" will match any URL query with the key "utm_source". Example '
        'matching values: ?utm_source ?utm_source=anything ?utm_source=somethingelse </div><div class="target-example">'
        '"utm_source=fb" will match only when the key and value is a match. Example matching values: ?utm_source=fb  '
        '</div>\';\n')


@pytest.mark.parametrize("before, url", [
    ("Example matching values: ?utm_source ", "?utm_source=anything"),  # after another example of the list
    ("Example matching values: ", "?utm_source=fb"),
    ("e.g. ", "?utm_source=newsletter"), ("For instance: ", "?utm_campaign=spring"), ("such as ", "?utm_source=x"),
])
def test_a_query_after_example_words_is_an_example(before, url):
    assert example_query(before, url)
    assert validate_url(url, line=before + url).not_judged == EXAMPLE_QUERY_TEXT


@pytest.mark.parametrize("before, url", [
    ('<a href="', "?utm_source=fb"),  # an attribute's value: a link
    ('link = "https://acme.io/" + "', "?utm_source=fb"),  # joined to a link
    ("For example, add ", "?utm_source=fb"),  # other words between: a sentence telling what to write, judged
    ("Example: https://acme.io/", "?utm_source=fb"),  # not written alone
    ("Example: ", "https://acme.io/?utm_source=fb"),  # a whole link is a link
])
def test_other_queries_are_read_as_ever(before, url):
    assert not example_query(before, url)


def test_scan_says_nothing_about_a_help_texts_example_queries(project, run):
    root = project({"plugin.php": HELP + "echo '<a href=\"https://acme.io/pricing?utm_source=fb\">Pricing</a>';\n"})
    done = run("scan", "--format", "json", "--no-cache", ".", cwd=root)
    assert {f["line"] for f in done.findings} == {2}, done.out  # the real link's findings only
