"""A Zenn article kept in a repository (zenn-cli's `articles/<slug>.md` with Zenn's front matter) is published on
zenn.dev, not on the repository's own site: its link to the author's blog leaves zenn.dev, a referral the tags rightly
mark, and is judged as a campaign link (corpus 39 #43-#49: takashi-endo2023/taka-techblog keeps its Astro blog, whose
astro.config.mjs names www.taka-techblog.com, and its Zenn articles in one repository; each article's cross-post
notice was told utm-internal-link, "remove the tags", where the campaign is what is missing). The blog's own posts
linking the blog stay internal links, and a Markdown file in `articles/` without Zenn's front matter is the
repository's own page."""

from __future__ import annotations

from tests.scan.repository import scan_repository
from utmlint.scan.own_site import published_elsewhere
from utmlint.validate_url import validate_url

ASTRO = "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({\n  site: 'https://www.taka-techblog.com',\n});\n"
LINK = "https://www.taka-techblog.com/blog/aws-cdk-first-pitfalls?utm_source=zenn&utm_medium=referral"
# takashi-endo2023/taka-techblog at e345dc1: articles/nax4pimbscwtuv.md's front matter and opening (cut)
ZENN = ("---\n"
        "title: \"AWS CDKを初めて使って詰まった5つのこと\"\n"
        "emoji: \"🔧\"\n"
        "type: \"tech\"\n"
        "topics: [\"AWS\",\"TypeScript\"]\n"
        "published: false\n"
        "canonical_url: \"https://www.taka-techblog.com/blog/aws-cdk-first-pitfalls\"\n"
        "---\n\n"
        ":::message\n"
        f"この記事は [taka-techblog]({LINK}) にも掲載しています。\n"
        ":::\n")
BLOG_POST = ("---\ntitle: \"AWS CDK\"\ndescription: \"x\"\n---\n\n"
             f"[前の記事]({LINK})\n")


def _names(found, path):
    return {f["name"] for f in found if f["path"].endswith(path)}


def test_a_zenn_article_is_published_on_zenn_and_its_link_to_the_blog_leaves_it(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "takashi-endo2023/taka-techblog", {
        "astro.config.mjs": ASTRO, "articles/nax4pimbscwtuv.md": ZENN,
        "src/content/blog/aws-cdk-first-pitfalls.md": BLOG_POST})
    assert _names(found, "articles/nax4pimbscwtuv.md") == {"missing-utm-param"}
    # the blog's own post linking the blog: a link between its pages, as ever
    assert "utm-internal-link" in _names(found, "src/content/blog/aws-cdk-first-pitfalls.md")


def test_only_zenns_front_matter_in_the_root_articles_folder_says_so():
    assert published_elsewhere("articles/nax4pimbscwtuv.md", ZENN) == "zenn.dev"
    assert published_elsewhere("articles/x.md", ZENN.replace('type: "tech"', 'type: "idea"')) == "zenn.dev"
    assert published_elsewhere("src/articles/x.md", ZENN) == ""  # not zenn-cli's root folder
    assert published_elsewhere("articles/2024/x.md", ZENN) == ""
    assert published_elsewhere("articles/x.md", BLOG_POST) == ""  # a blog's own post in `articles/`
    assert published_elsewhere("articles/x.md", ZENN.replace('type: "tech"', 'type: "post"')) == ""
    assert published_elsewhere("articles/x.md", ZENN.replace("emoji: \"🔧\"\n", "")) == ""
    assert published_elsewhere("articles/x.md", "# no front matter\n" + ZENN) == ""


def test_validate_url_reads_the_host_it_is_given():
    at = dict(repo="takashi-endo2023/taka-techblog", path="articles/nax4pimbscwtuv.md", site="www.taka-techblog.com")
    assert [f.name for f in validate_url(LINK, **at).findings] == ["utm-internal-link"]
    assert [f.name for f in validate_url(LINK, published_on="zenn.dev", **at).findings] == ["missing-utm-param"]
