"""A template link whose address opens with a name (`${BLOG_URL}/${slug}?utm_source=zenn&utm_medium=referral`) was read
as Unsplash's attribution snippet (rules/platform-written-tags.txt's `unknown-host` entry: a link whose host is not
written, carrying `utm_medium=referral` and a source), and told nothing, where the file's own constant names the host
(`const BLOG_URL = 'https://www.taka-techblog.com/blog'`: scan.core.opening_bases): the tags are the team's, and its
missing campaign is told (corpus 39 #50: taka-techblog's Zenn sync script). A name the file does not set, or sets to
Unsplash, is still the snippet's."""

from __future__ import annotations

from tests.scan.repository import scan_repository

SCRIPT = """const BLOG_URL = 'https://www.taka-techblog.com/blog';

export function message(slug) {
  return `この記事は [taka-techblog](${BLOG_URL}/${slug}?utm_source=zenn&utm_medium=referral) にも掲載しています。`;
}

export function credit(photo) {
  return `${photo.user.links.html}?utm_source=taka-techblog&utm_medium=referral`;
}
"""


def test_a_template_whose_name_the_file_sets_is_the_teams_and_an_unsplash_credit_stays_the_snippets(
        tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "takashi-endo2023/taka-techblog",
                            {"scripts/sync-zenn.js": SCRIPT})
    assert {(f["line"], f["name"]) for f in found} == {(4, "missing-utm-param")}, found


def test_a_name_set_to_unsplash_stays_the_snippets(tmp_path, monkeypatch, capsys):
    script = SCRIPT.replace("https://www.taka-techblog.com/blog", "https://unsplash.com/@taka")
    found = scan_repository(tmp_path, monkeypatch, capsys, "takashi-endo2023/taka-techblog",
                            {"scripts/sync-zenn.js": script})
    assert found == [], found
