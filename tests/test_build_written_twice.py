"""`build` without `--validate` says on stderr when `--url` already writes a key the flags set (stranger17 R8: the
link came out with two `utm_source`, exit 0 and nothing said). The output and exit code stay a pure build's."""

from __future__ import annotations


def test_a_key_written_twice_is_noted(run, tmp_path):
    done = run("build", "--url", "https://northwind.io/p?utm_source=x#top", "--source", "newsletter", "--medium",
               "email", "--campaign", "q1", "--format", "url", cwd=tmp_path)
    assert done.code == 0
    assert done.out == "https://northwind.io/p?utm_source=x&utm_source=newsletter&utm_medium=email&utm_campaign=q1#top\n"
    assert "--url already carries `utm_source`" in done.err and "GA4 keeps only one" in done.err


def test_a_url_with_its_own_query_only_is_quiet(run, tmp_path):
    done = run("build", "--url", "https://northwind.io/p?plan=a&ref=x", "--source", "newsletter", "--medium", "email",
               "--campaign", "q1", "--format", "url", cwd=tmp_path)
    assert done.code == 0 and done.err == ""
