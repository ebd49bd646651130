"""Without a `separator:` in the config, a value written consistently with `_`, or with single spaces, is the
author's convention.

On the real-URL corpus (tests/data/real-urls) 13 of 15 value-separator findings told owners who write `_`
everywhere (`pramp_banner`, `vuejs_org`) to switch to `-`, which would split each campaign into two GA4 rows;
and campaign-slug flagged deliberate names with dots (`nuxt.com`). On corpus 3 (tests/data/real-urls-3) 24
more told mindsdb, whose 24 README links all carry `utm_campaign=mindsdb%20repo`, to write `mindsdb-repo`: GA4
stores the space as it is, so the respelled link would be a second row (the lead's decision, session 23).
On corpus 4 (tests/data/real-urls-4) anything-llm writes `utm_source=github_anything-llm` on both its links: one
`_` between the place and the project's hyphenated name is a convention too; on corpus 5 rclone's sponsor writes
`utm_campaign=cloud-s3_rclone_231025_paid` (product_partner_date_type, the sponsor's code: respelling it splits the
sponsor's report), so any number of `_`-joined fields of `-`-joined words is one (values7, session 26: the only
mixes of single `_` and `-` in corpora 1-6 and in the 11,962 (repository, URL) pairs of the mirrors are such codes;
a doubled, touching or end `_`/`-` is still reported). On corpus 5, words all joined by one `+` (`zod+docs`): the same (GA4
keeps the `+` as written); `+` mixed with another separator is still reported, but for single `+` between fields of
`_`-joined words (corpus 13: mySociety's `utm_content=help+what_now`, the page then the question; snip13, session 31).
Mixing spaces with `-`/`_`, `+`, doubled spaces and spaces at the ends stay findings. Once the team chooses a
separator, the other spellings are the mistake again.
"""

from __future__ import annotations

FILES = {
    "a.yaml": "campaign: flotiq_at_astro_headless_cms\nsource: github\nmedium: referral\n"
              "links:\n  - url: https://example.com/x\n    content: sidebar_link\n",
    "b.yaml": "campaign: nuxt.com\nsource: github\nmedium: referral\n"
              "links:\n  - url: https://example.com/x\n    content: hero banner\n",
    "c.yaml": "campaign: mindsdb repo\nsource: github\nmedium: referral\n"
              "links:\n  - url: https://example.com/x\n    content: hero banner-top\n"
              "  - url: https://example.com/y\n    content: spring+sale-x\n"
              "  - url: https://example.com/z\n    content: hero_banner top\n",
    "d.yaml": "campaign: cloud-s3_rclone_231025_paid\nsource: github_anything-llm\nmedium: referral\n"
              "links:\n  - url: https://example.com/x\n    content: spring_-sale\n",
}


def _findings(run, tmp_path, config):
    (tmp_path / ".utmlint.yaml").write_text("include: ['**/*.yaml']\n" + config)
    for name, text in FILES.items():
        (tmp_path / name).write_text(text)
    found = run("lint", "--format", "json", "--no-cache", ".", cwd=tmp_path).findings
    return sorted((f["path"], f["line"], f["code"]) for f in found)


def test_consistent_underscores_spaces_and_dots_pass_without_a_chosen_separator(run, tmp_path):
    # `hero banner` and `mindsdb repo`: single spaces only, the author's convention; `_` fields of `-` words too
    # (`cloud-s3_rclone_231025_paid`); a space mixed with `-` or `_`, `+` mixed with `-`, and `_` touching `-`
    # (`spring_-sale`) are still reported
    assert _findings(run, tmp_path, "") == [("c.yaml", 6, "UTM203"), ("c.yaml", 8, "UTM203"), ("c.yaml", 10, "UTM203"),
                                            ("d.yaml", 6, "UTM203")]


def test_a_chosen_separator_makes_underscores_and_spaces_the_mistake(run, tmp_path):
    assert _findings(run, tmp_path, 'separator: "-"\n') == [
        ("a.yaml", 1, "UTM203"), ("a.yaml", 6, "UTM203"), ("b.yaml", 6, "UTM203"),
        ("c.yaml", 1, "UTM203"), ("c.yaml", 6, "UTM203"), ("c.yaml", 8, "UTM203"), ("c.yaml", 10, "UTM203"),
        ("d.yaml", 1, "UTM203"), ("d.yaml", 2, "UTM203"), ("d.yaml", 6, "UTM203")]


def test_plus_between_underscored_fields_is_a_convention():
    # corpus 13 #42 #45: FixMyStreet's FAQ and contact pages link WriteToThem with `utm_content=help+what_now` and
    # `contact+not_fixed`: respelling them would split mySociety's own rows; `+` beside `-`, a doubled or end `+`,
    # and a space typed between `_` fields (`hero_banner top`, above) stay findings, as does any mix once a
    # separator is chosen
    from utmlint.validate_url import validate_url

    base = "https://www.writetothem.com/?utm_source=fixmystreet.com&utm_campaign=static_links&utm_medium=link"
    for content in ("help+what_now", "contact+not_fixed"):
        assert not validate_url(f"{base}&utm_content={content}").findings, content
    for content in ("help+what-now", "help++what_now", "help_what+now+"):
        names = [f.name for f in validate_url(f"{base}&utm_content={content}").findings]
        assert "value-separator" in names or "value-whitespace" in names, (content, names)


def test_a_package_name_keeps_its_hyphens_between_spaced_fields():
    # corpus 7 #182 #187: Algolia's `algoliasearch-helper%20website` in packages/algoliasearch-helper/ and
    # `create-instantsearch-app%20repository` in packages/create-instantsearch-app/: the package's own name, then a
    # word, single spaces between them; outside a known repository, or with a field that names nothing of it, a space
    # beside `-` stays a finding
    from utmlint.validate_url import validate_url

    algolia = "https://www.algolia.com/?utm_medium=referral&utm_campaign=homepage&utm_source="
    for value, path in (("algoliasearch-helper%20website", "packages/algoliasearch-helper/documentation-src/x.pug"),
                        ("create-instantsearch-app%20repository", "packages/create-instantsearch-app/README.md")):
        names = [f.name for f in validate_url(algolia + value, repo="algolia/instantsearch", path=path).findings]
        assert "value-separator" not in names, (value, names)
        names = [f.name for f in validate_url(algolia + value).findings]
        assert "value-separator" in names, (value, names)
    names = [f.name for f in validate_url(algolia + "hero%20banner-top", repo="algolia/instantsearch",
                                          path="packages/x/README.md").findings]
    assert "value-separator" in names, names
