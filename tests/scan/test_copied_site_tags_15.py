"""A link collection's copied site tags get copied-tracking only (corpus 15's W1, /work/corpus15-findings.md).

A weekly lists other sites' articles as it found them: InfoQ's feed tags (`utm_source=rss&utm_medium=article`), a
site search's one value in every key (Geekbang's `geek_search`), LeetCode's region redirect (`utm_medium=
ip_redirect`). Before, scan told the weekly to add a campaign and pick a medium GA4 knows: advice on tags it did not
write. One value in every key that names no search is a team's own shorthand (Fairwinds' `polaris`, corpus 9), and
keeps its advice.
"""

from __future__ import annotations

import json

LINKS = """\
- [feed](https://www.infoq.cn/article/x1?utm_medium=article&utm_source=rss)
- [search](https://xie.infoq.cn/article/x2?utm_campaign=geek_search&utm_content=geek_search&utm_medium=geek_search&utm_source=geek_search)
- [redirect](https://leetcode.cn/problems/x3/?utm_source=LCUS&utm_medium=ip_redirect&utm_campaign=transfer2china)
- [own](https://www.fairwinds.com/oss?utm_source=polaris&utm_medium=polaris&utm_campaign=polaris)
"""


def test_feed_search_and_redirect_tags_are_copied(run, tmp_path):
    (tmp_path / "weekly.md").write_text(LINKS, encoding="utf-8")
    found = json.loads(run("scan", "--format", "json", "--no-cache", ".", cwd=tmp_path).out)
    by_line = {}
    for f in found:
        by_line.setdefault(f["line"], set()).add(f["name"])
    assert by_line[1] == {"copied-tracking"}  # no missing campaign, no Unassigned `article`
    assert by_line[2] == {"copied-tracking"}  # no Unassigned `geek_search`
    assert by_line[3] == {"copied-tracking"}  # no value-case on `LCUS`, no Unassigned `ip_redirect`
    assert "copied-tracking" not in by_line.get(4, set())  # a team's own one-word tags: not a search
    search = next(f["message"] for f in found if f["line"] == 2)
    assert "search" in search



SHARES = """\
- [reader](https://www.wired.com/story/x4/?utm_source=pulsenews&utm_medium=referral&utm_campaign=Interesting)
- [card](https://m.okjike.com/originalPosts/x5?s=ewoidSI6ICI2MjhlMyJ9&utm_source=post_card)
- [scheduled](https://beyondthekube.com/x6/?utm_sq=g0u3m590zf)
- [own card](https://northwind.sunbeam.org/cards?utm_source=post_card)
"""


def test_reader_share_card_and_scheduler_tags_are_copied(run, tmp_path):
    # a news reader's tag (Pulse's), Jike's share card on its own host and a social scheduler's `utm_sq`: the
    # platforms' own tags, copied with the link (no value-case on `Interesting`, no missing medium)
    (tmp_path / "weekly.md").write_text(SHARES, encoding="utf-8")
    found = json.loads(run("scan", "--format", "json", "--no-cache", ".", cwd=tmp_path).out)
    by_line = {}
    for f in found:
        by_line.setdefault(f["line"], set()).add(f["name"])
    for line in (1, 2, 3):
        assert by_line[line] == {"copied-tracking"}, line
    # `post_card` on a team's own link elsewhere is its own word: its missing medium is still told
    assert "copied-tracking" not in by_line[4] and "missing-utm-param" in by_line[4]


FOOTER = """\
Thank you for subscribing. [Leave a comment](https://sub.thursdai.news/p/x7/comments?utm_medium=podcast&utm_campaign=CTA_5) or [share this episode](https://sub.thursdai.news/p/x7?utm_source=substack&utm_medium=podcast&utm_content=share&action=share&token=eyJ1c2VyX2lkIjoxfQ&utm_campaign=CTA_5)
[Episode page](https://acme-show.sunbeam.org/e/7?utm_source=newsletter&utm_medium=podcast&utm_campaign=Spring)
"""


def test_substacks_podcast_footer_is_copied(run, tmp_path):
    # corpus 18 #45-#48: a podcast's notes copied from its Substack posts keep Substack's numbered call to action;
    # not `CTA_5` to lower-case, not a source to add. A team's own podcast medium and campaign are still judged.
    (tmp_path / "notes.md").write_text(FOOTER, encoding="utf-8")
    found = json.loads(run("scan", "--format", "json", "--no-cache", ".", cwd=tmp_path).out)
    by_line = {}
    for f in found:
        by_line.setdefault(f["line"], set()).add(f["name"])
    assert by_line[1] == {"copied-tracking"}
    assert "copied-tracking" not in by_line[2] and "value-case" in by_line[2]
