"""A page of a site whose repository is named for its domain (GSA/digitalgov.gov, `user/user.github.io`) linking to
that very host links from the site to itself, as a relative link does: utm-internal-link, not a campaign's advice.
Corpus 11 #3: digitalgov.gov's post on social traffic links `http://digitalgov.gov?utm_source=twitter&utm_medium=
socialmedia`; the tags restart every visit that clicks it as twitter / socialmedia. A README (read on GitHub), an
archived newsletter (the e-mail's links), another host of the same domain (`app.`) are not pages linking to
themselves. Real files in a temp git folder, `utmlint scan` in-process."""

from __future__ import annotations

import json
import subprocess

from utmlint.cli import main
from utmlint.linkplace import on_repository_site, section_of_repository, site_of_repository, site_page
from utmlint.validate_url import validate_url

LINK = "https://acme.dev/pricing?utm_source=blog&utm_medium=referral&utm_campaign=spring"


def test_which_files_are_pages_of_a_site_named_repository():
    assert site_of_repository("GSA/digitalgov.gov") == "digitalgov.gov"
    assert site_of_repository("u/www.Acme.dev") == "acme.dev"
    assert site_of_repository("acme/site") == ""
    # a repository named for a section of its owner's site publishes that section (corpus 13: Codecademy/docs)
    assert site_of_repository("Codecademy/docs") == "codecademy/docs"
    assert [section_of_repository(s) for s in ("acme/acme-blog", "codefresh-io/docs.codefresh.io", "acme/docs-site",
                                              "acme/sdk", "acme/website")] == ["blog", "docs", "", "", ""]
    assert site_page("content/news/2015/04/2015-04-07-why-your-social-traffic-looks-low-in-analytics-tools.md")
    assert site_page("_posts/2024-01-01-hello.markdown") and site_page("layouts/partials/footer.html")
    assert not any(site_page(p) for p in ("README.md", "docs/README.md", ".github/ISSUE_TEMPLATE/bug.md", "CHANGELOG.md",
                                          "content/newsletter/issue-1.md", "src/links.js", "marketing/links.md"))


def test_validate_url_reads_the_repository_and_path():
    url = "http://digitalgov.gov?utm_source=twitter&utm_medium=socialmedia"
    page = "content/news/2015/04/2015-04-07-why-your-social-traffic-looks-low-in-analytics-tools.md"
    found = {f.name: f.message for f in validate_url(url, repo="GSA/digitalgov.gov", path=page).findings}
    assert set(found) == {"utm-internal-link", "url-insecure"}  # the URL as written is still judged
    assert found["utm-internal-link"].startswith("this link to digitalgov.gov, the site this page is part of,")
    assert "(and no `utm_campaign`)" in found["utm-internal-link"]
    readme = {f.name for f in validate_url(url, repo="GSA/digitalgov.gov", path="README.md").findings}
    assert readme == {"missing-utm-param", "url-insecure"}


def test_scan_calls_a_page_link_to_its_own_site_internal(tmp_path, monkeypatch, capsys):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "https://github.com/acme/acme.dev.git"],
                   check=True)
    (tmp_path / "content" / "blog").mkdir(parents=True)
    (tmp_path / "content" / "newsletter").mkdir()
    app = LINK.replace("acme.dev/pricing", "app.acme.dev/")
    (tmp_path / "content" / "blog" / "post.md").write_text(f"See [pricing]({LINK}) and [the app]({app}).\n",
                                                           encoding="utf-8")
    (tmp_path / "README.md").write_text(f"[pricing]({LINK.replace('campaign=spring', 'campaign=Spring')})\n",
                                        encoding="utf-8")
    (tmp_path / "content" / "newsletter" / "issue-1.md").write_text(
        f"[pricing]({LINK.replace('referral', 'email')})\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "."])
    found = sorted((d["path"], d["name"]) for d in json.loads(capsys.readouterr().out))
    # the README's link is GitHub's visitors' way in: judged as a campaign's (its capital), never called internal
    assert found == [("README.md", "value-case"), ("content/blog/post.md", "utm-internal-link")]


def test_a_section_repository_links_its_section_internally():
    """Corpus 13 #20-#29: Codecademy's docs (Codecademy/docs, published at codecademy.com/resources/docs) link other
    docs pages `?utm_source=docs&utm_medium=docs&utm_campaign=docs_link_test`: a link from the docs to the docs, whose
    tags should go, not be told `utm_medium=referral`. Its links elsewhere on the owner's site (the pricing page, the
    blog) leave the section: judged as a campaign's, as meilisearch/documentation's links to meilisearch.com/cloud
    (corpus 2) are."""
    site = site_of_repository("Codecademy/docs")
    assert on_repository_site("www.codecademy.com", "/resources/docs/php/arrays", site)
    assert on_repository_site("docs.codecademy.com", "/php", site)
    assert not on_repository_site("www.codecademy.com", "/pricing", site)
    assert not on_repository_site("docs.example.com", "/docs/php", site)
    assert on_repository_site("codefresh.io", "/docs/x", "codefresh-io/docs")  # the owner's name's word
    page = "content/general/concepts/data-structures/terms/array/array.md"
    url = ("https://www.codecademy.com/resources/docs/php/arrays?utm_source=docs&utm_medium=docs&"
           "utm_campaign=docs_link_test&utm_content=docs_array")
    found = {f.name: f.message for f in validate_url(url, repo="Codecademy/docs", path=page).findings}
    assert set(found) == {"utm-internal-link"}
    assert found["utm-internal-link"].startswith("this link to www.codecademy.com, the site this page is part of,")
    pricing = url.replace("resources/docs/php/arrays", "pricing")
    assert "medium-unassigned" in {f.name for f in validate_url(pricing, repo="Codecademy/docs", path=page).findings}
    readme = {f.name for f in validate_url(url, repo="Codecademy/docs", path="README.md").findings}
    assert "utm-internal-link" not in readme  # read on GitHub: a way in from outside
