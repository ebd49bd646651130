"""A job board's tag on an employer's job posting, copied into a job list (corpus 15 #34).

Built In links the employer's posting with `utm_campaign=Built+In` alone; speedyapply's list of new-grad jobs copied
the link, and was told to add a source and a medium and to lower-case `Built+In`: advice on tags it did not write. A
job board's name (rules/copied-tracking.txt `[posted]`, kind `jobboard`) says whose listing the link came from. A
team's own tags on its own posting, and a word that only contains the name (`builtin-help`), keep their advice.
"""

from __future__ import annotations

from utmlint.validate_url import validate_url


def names(url, repo="speedyapply/2025-SWE-College-Jobs", path="README.md"):
    return {f.name for f in validate_url(url, repo=repo, path=path).findings}


def test_a_job_boards_campaign_on_a_posting_is_copied():
    assert names("https://searchjobs.libertymutualgroup.com/careers/job/618513155346?utm_campaign=Built+In") == {
        "copied-tracking"}
    assert names("https://boards.greenhouse.io/acme/jobs/123?utm_source=Glassdoor&utm_medium=referral") == {
        "copied-tracking"}


def test_the_teams_own_tags_keep_their_advice():
    # Liberty Mutual's own careers repository: its tags, whose missing source and medium are told
    found = names("https://searchjobs.libertymutualgroup.com/careers/job/618513155346?utm_campaign=Built+In",
                  repo="libertymutual/careers-site", path="content/jobs.md")
    assert "copied-tracking" not in found and "missing-utm-param" in found
    found = names("https://docs.acme-tools.io/help?utm_source=builtin-help&utm_medium=App")
    assert "copied-tracking" not in found and "value-case" in found
