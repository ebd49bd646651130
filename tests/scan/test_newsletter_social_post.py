"""medium-channel-intent in scan: a newsletter tagged social is a post about the newsletter in a file of social posts
(stranger10 R6). The value rules' memo is shared by every file of a run, so the same link in a blog post, read in
the same run, still gets the note, and a warm run (the cache) says the same."""

from __future__ import annotations

import subprocess

LINK = "https://northwind.dev/newsletter/12?utm_source=newsletter&utm_medium=social&utm_campaign=issue-12"


def test_social_post_is_silent_and_blog_post_is_told(project, run):
    root = project({"social/2026-11-30.md": f"Read issue 12: {LINK}\n", "blog/post.md": f"Read issue 12: {LINK}\n"})
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    subprocess.run(["git", "remote", "add", "origin", "https://github.com/northwind-labs/www.git"], cwd=root,
                   check=True)
    for _ in range(2):  # cold, then warm
        done = run("scan", "--format", "json", ".", cwd=root)
        assert "Traceback" not in done.err
        assert [(f["path"], f["code"]) for f in done.findings] == [("blog/post.md", "UTM109")], done.out
