"""Whose tags a link carries, read on corpus 13's real rows (tests/data/real-urls-13): a host label is the
repository's only by the repository's own names, never by a folder the file sits in (OpenRefine's `blog/` folder does
not make `blog.kwantu.net` OpenRefine's), and a key written after `&amp;` is still that key when asking whether the
tags are the destination site's own (WeWork's `&amp;utm_source=wework` on wework.com, in an exported events table).
In both, copied-tracking's one finding replaces advice on someone else's values (value-case, medium-unassigned)."""

from __future__ import annotations

from utmlint.validate_url import validate_url


def names(url, repo, path):
    return {f.name: f.message for f in validate_url(url, repo=repo, path=path).findings}


def test_a_folder_of_the_file_does_not_own_a_subdomain_named_like_it():
    url = ("http://blog.kwantu.net/how-to-clean-up-messy-data-using-open-refine?utm_campaign=KM&utm_content=20726810"
           "&utm_medium=social&utm_source=twitter")
    found = names(url, "OpenRefine/openrefine.org", "blog/2015-10-13-OpenRefine News September 2015.md")
    assert set(found) == {"copied-tracking", "url-insecure"}  # no `write km`: the publisher's post, not OpenRefine's
    assert "posted on a social network (twitter)" in found["copied-tracking"]
    # the repository's own name still owns its product's subdomain (`sapofit.semillasdeti.com`, corpus 3)
    own = names(url.replace("blog.kwantu.net", "openrefine.kwantu.net"), "OpenRefine/openrefine.org", "blog/post.md")
    assert "copied-tracking" not in own


def test_a_key_after_an_html_escape_is_still_the_destination_sites_own_source():
    url = ("https://www.wework.com/l/chicago--IL?utm_campaign=CHI-2018-3-8-18-RLadies&amp;utm_medium=page&amp;"
           "utm_source=wework")
    found = names(url, "rladies/rladies.github.io", "content/blog/2020/04-24-online-meetups/all_events.csv")
    assert "medium-unassigned" not in found and "value-case" not in found
    message = found["copied-tracking"]
    assert message.startswith("`utm_source=wework` marks wework.com's own tags on a link to itself")
    assert message.endswith("remove them: https://www.wework.com/l/chicago--IL")  # the escaped keys go too
