"""A copy of another repository's README (scan.copies.copied_readme) holds that repository's links and tags: corpus 21
(blind) told forks, notifiers' caches and saved copies of Simplify's and cvrve's job lists to complete and respell
Simplify's own `utm_source=Simplify&ref=Simplify` and `utm_source=GHList&utm_medium=company` (#11-#18, #21-#44). The
file says whose it is: its "submit an issue" link names the list's repository, and the repository it sits in is
someone else's. A team's own README (its issues its own, or a sibling repository's of its owner), and a team's own
newsletter archive writing one source on every outgoing link, keep their findings. Real git repositories in a temp
folder, `utmlint scan --format json` in-process."""

from __future__ import annotations

import json

from tests.scan.repository import git_repo
from tests.scan.test_vendored_library import scan, write
from utmlint.cli import main
from utmlint.identity import from_slug
from utmlint.scan.copies import copied_readme

JOBS = ("jobs.bytedance.com/en/position/7595707875767699765/detail", "job-boards.greenhouse.io/torc/jobs/8597138002",
        "pwc.wd3.myworkdayjobs.com/en-US/job/Intern_658670WD", "www.ixl.com/company/careers?gh_jid=8128629002")


def simplify_list(issues: str = "https://github.com/SimplifyJobs/Summer2026-Internships/issues/new/choose",
                  count: int = 12) -> str:
    # a list's rows, each employer's link with the publisher's one form (a real one has hundreds)
    rows = "\n".join(f"| Acme {n} | Intern | [Apply](https://{job}{'&' if '?' in job else '?'}utm_source=Simplify"
                     f"&ref=Simplify) |" for n, job in enumerate(JOBS * (count // len(JOBS))))
    return (f"# Summer 2026 Tech Internships by Pitt CSC & Simplify\n\nContribute by submitting an [issue]({issues})!"
            f"\n\n| Company | Role | Link |\n|---|---|---|\n{rows}\n")


SIMPLIFY = simplify_list()


def test_the_file_names_the_repository_it_copies():
    notifier = from_slug("abhiramgorle/Job-Notifications")
    assert copied_readme(SIMPLIFY, "cache/SimplifyJobs-Summer2026-Internships.md", notifier) == \
        "SimplifyJobs/Summer2026-Internships"
    watcher = from_slug("shyamksateesh/summer-internship-notifier")
    assert copied_readme(SIMPLIFY, "previous_readme.md", watcher) == "SimplifyJobs/Summer2026-Internships"
    assert copied_readme(SIMPLIFY, "readme_dev.md", watcher) == "SimplifyJobs/Summer2026-Internships"
    # a fork's README: the same list up to its season
    assert copied_readme(SIMPLIFY, "README.md", from_slug("abhira0/Summer2025-Internships")) == \
        "SimplifyJobs/Summer2026-Internships"
    # the list's own repository and its owner's sibling lists: their own README
    assert copied_readme(SIMPLIFY, "README.md", from_slug("SimplifyJobs/Summer2026-Internships")) == ""
    assert copied_readme(SIMPLIFY, "README-Off-Season.md", from_slug("SimplifyJobs/New-Grad-Positions")) == ""
    # a team's README naming an upstream's tracker, in a repository of another name: its own page
    assert copied_readme(SIMPLIFY, "README.md", from_slug("jdoe/job-board")) == ""
    # a file named for nothing it copies (a team's guide that links an upstream bug)
    assert copied_readme(SIMPLIFY, "docs/guide.md", from_slug("jdoe/job-board")) == ""
    # a copy edited to name this repository is the team's now
    edited = SIMPLIFY + "\nForked by [jdoe](https://github.com/jdoe/Summer2025-Internships).\n"
    assert copied_readme(edited, "README.md", from_slug("jdoe/Summer2025-Internships")) == ""
    # a repository that moved: its README names its old owner with its very name (corpus 15: Ouckah's list, cvrve's now)
    moved = simplify_list("https://github.com/Ouckah/Summer2025-Internships/issues/new/choose")
    assert copied_readme(moved, "README.md", from_slug("cvrve/Summer2025-Internships")) == ""
    assert copied_readme(moved, "OFFSEASON_README.md", from_slug("cvrve/Summer2025-Internships")) == ""
    # a folder's own README (a course's chapter naming a tool's tracker), a page about a project (its name a word of
    # the page's), not a copy
    assert copied_readme(SIMPLIFY, "02-experiment-tracking/README.md", from_slug("jdoe/mlops-course")) == ""
    uswds = simplify_list("https://github.com/uswds/uswds/issues")
    assert copied_readme(uswds, "content/events/2021-12-06-uswds-monthly-call.md", from_slug("GSA/digitalgov.gov")) == ""
    assert copied_readme(SIMPLIFY, "previous_readme.txt", watcher) == ""  # not Markdown
    assert copied_readme(SIMPLIFY, "previous_readme.md", None) == ""  # whose repository: unknown


def test_a_copy_of_another_lists_readme_gets_no_advice_on_its_tags(tmp_path, monkeypatch, capsys):
    repo = git_repo(tmp_path / "notifier", "https://github.com/abhiramgorle/Job-Notifications.git")
    write(repo / "cache" / "SimplifyJobs-Summer2026-Internships.md", SIMPLIFY)
    write(repo / "previous_readme.md", SIMPLIFY)
    # the team's own README beside them, with its own typo (a medium misspelled on its own site's link)
    write(repo / "README.md", "# Job notifications\n\nIssues: https://github.com/abhiramgorle/Job-Notifications/issues"
          "\n\n[Sign up](https://jobnotify.dev/signup?utm_source=github&utm_medium=refferal&utm_campaign=launch)\n")
    found = scan(monkeypatch, capsys, repo)
    # each copy gets one copied-tracking note, on its first tagged link, and no advice on any link's tags
    assert [f for f in found if f[0] in ("cache/SimplifyJobs-Summer2026-Internships.md", "previous_readme.md")] == [
        ("cache/SimplifyJobs-Summer2026-Internships.md", "copied-tracking"), ("previous_readme.md", "copied-tracking")]
    assert [f for f in found if f[0] == "README.md"], found


def test_a_forks_readme_gets_no_advice_on_its_tags(tmp_path, monkeypatch, capsys):
    # the README at the fork's root, read by its path in the repository (not the absolute one scan opens)
    repo = git_repo(tmp_path / "fork", "https://github.com/abhira0/Summer2025-Internships.git")
    write(repo / "README.md", SIMPLIFY)
    assert scan(monkeypatch, capsys, repo) == [("README.md", "copied-tracking")]  # the file's one note
    # the list's own repository keeps its findings on the same bytes
    own = git_repo(tmp_path / "own", "https://github.com/SimplifyJobs/Summer2026-Internships.git")
    write(own / "README.md", SIMPLIFY)
    assert ("README.md", "missing-utm-param") in scan(monkeypatch, capsys, own)


def test_a_teams_own_files_keep_their_findings(tmp_path, monkeypatch, capsys):
    # a team's own newsletter archive: one source on every outgoing link, no medium (the team's own mistake)
    issue = "\n".join(f"- [Story {n}](https://{job}{'&' if '?' in job else '?'}utm_source=devweekly)"
                      for n, job in enumerate(JOBS))
    repo = git_repo(tmp_path / "archive", "https://github.com/jdoe/newsletter-archive.git")
    write(repo / "README.md", "# Dev Weekly\n\nReport a broken link: https://github.com/jdoe/newsletter-archive/issues"
          "\n\n" + issue + "\n")
    write(repo / "issues" / "devweekly-42.md", "# Issue 42\n\n" + issue + "\n")
    # a translation of the team's README, linking its own tracker
    write(repo / "README-zh.md", "# Dev Weekly\n\nhttps://github.com/jdoe/newsletter-archive/issues\n\n" + issue + "\n")
    # and a team's guide naming an upstream's tracker, its own links' medium missing
    write(repo / "docs" / "guide.md", "Upstream bug: https://github.com/SimplifyJobs/Summer2026-Internships/issues/9"
          "\n\n" + issue + "\n")
    found = scan(monkeypatch, capsys, repo)
    for path in ("README.md", "issues/devweekly-42.md", "README-zh.md", "docs/guide.md"):
        assert (path, "missing-utm-param") in found, (path, found)


def test_a_copy_is_told_once_as_a_note_and_passes(tmp_path, monkeypatch, capsys):
    # the one note names the list it copies and says what to do; a note (info) does not fail the run
    import json

    from utmlint.cli import main

    repo = git_repo(tmp_path / "watcher", "https://github.com/shyamksateesh/summer-internship-notifier.git")
    write(repo / "previous_readme.md", SIMPLIFY)
    monkeypatch.chdir(repo)
    assert main(["scan", "--format", "json", "."]) == 0
    (note,) = json.loads(capsys.readouterr().out)
    assert note["severity"] == "info" and note["line"] == 7, note
    assert note["message"].startswith("this file is a copy of SimplifyJobs/Summer2026-Internships's list, not this "
                                      "repository's own"), note["message"]
    assert "do not complete or respell them" in note["message"] and "take them off" in note["message"]


def test_validate_url_says_the_copys_note_for_each_link():
    from utmlint.validate_url import validate_url

    url = f"https://{JOBS[0]}?utm_source=Simplify&ref=Simplify"
    judged = validate_url(url, repo="shyamksateesh/summer-internship-notifier", path="previous_readme.md",
                          libraries=("previous_readme.md",), copied_from="SimplifyJobs/Summer2026-Internships")
    assert judged.findings == [] and judged.not_judged.startswith(
        "this file is a copy of SimplifyJobs/Summer2026-Internships's list"), judged
    # without it, the same link in the same file is another project's (its path in `libraries`): only copied-tracking
    # speaks, on Simplify's own marker (rules/copied-tracking.txt, session 39), no advice on its values
    alone = validate_url(url, repo="shyamksateesh/summer-internship-notifier", path="previous_readme.md",
                         libraries=("previous_readme.md",))
    assert [f.name for f in alone.findings] == ["copied-tracking"], alone
    assert not (alone.not_judged or "").startswith("this file is a copy")
    # and a link with no publisher's marker there is silent, as ever
    plain = validate_url(f"https://{JOBS[0]}?utm_source=watcher", repo="shyamksateesh/summer-internship-notifier",
                         path="previous_readme.md", libraries=("previous_readme.md",))
    assert plain.findings == [], plain


def jobright_list(links: int = 12, source: str = "1103") -> str:
    rows = "\n".join(f"| Acme {n} | Engineer | [Apply](https://jobright.ai/jobs/info/6a87{n}f08d3?utm_campaign="
                     f"Software%20Engineering&utm_source={source}) |" for n in range(links))
    return ("# Daily New Grad Jobs in Software Engineering by Jobright.ai\n\nExplore [jobright.ai](https://jobright.ai/"
            f"?utm_campaign=Software%20Engineer&utm_source={source}).\n\n| Company | Role | Link |\n|---|---|---|\n"
            f"{rows}\n")


def test_a_copy_named_for_the_repository_whose_site_its_links_go_to():
    # a notifier's cache of Jobright's list names no issue tracker: its name, `<owner>-<repository>`, is spelled as
    # the domain its tagged links go to (corpus 21 #40), in its cache folder, a list of that site's pages with one tag
    notifier = from_slug("abhiramgorle/Job-Notifications")
    path = "cache/jobright-ai-2026-Software-Engineer-New-Grad.md"
    assert copied_readme(jobright_list(), path, notifier) == "jobright-ai/2026-Software-Engineer-New-Grad"
    # the publisher's own repository, and a sibling of its owner's: its own file
    assert copied_readme(jobright_list(), path, from_slug("jobright-ai/job-notifier")) == ""
    assert copied_readme(jobright_list(), "jobright-ai-2026-Software-Engineer-New-Grad.md", notifier) == ""  # at root
    assert copied_readme(jobright_list(), "cache/jobright-ai.md", notifier) == ""  # the domain alone: no repository
    assert copied_readme(jobright_list(), "cache/README-jobright-ai-list.md", notifier) == ""
    assert copied_readme(jobright_list(1), path, notifier) == ""  # too few tagged links to tell a site's list
    assert copied_readme(jobright_list(8), path, notifier) == ""  # nine of its pages: no list's shape yet
    # its name alone is no evidence: outside a cache folder, or with several sources (a campaign plan), its own file
    assert copied_readme(jobright_list(), "lists/jobright-ai-2026-Software-Engineer-New-Grad.md", notifier) == ""
    assert copied_readme(jobright_list().replace("utm_source=1103)", "utm_source=newsletter)", 1), path, notifier) == ""
    # the team's own tags on the same links (naming this repository): its own file, whatever its name
    assert copied_readme(jobright_list(source="job-notifications"), path, notifier) == ""


def test_a_teams_own_file_named_for_a_partners_domain_keeps_its_findings(tmp_path, monkeypatch, capsys):
    # a team's own integration guide named for the partner's domain, tagging its links to it with its own source
    # (naming the repository) and a misspelled medium: its own mistake, told
    repo = git_repo(tmp_path / "notifier", "https://github.com/jdoe/job-notifications.git")
    links = "\n".join(f"- [Step {n}](https://jobright.ai/docs/{n}?utm_source=job-notifications&utm_medium=refferal"
                      f"&utm_campaign=setup)" for n in range(4))
    write(repo / "integrations" / "jobright-ai-setup.md", "# Setting up Jobright\n\n" + links + "\n")
    found = scan(monkeypatch, capsys, repo)
    assert ("integrations/jobright-ai-setup.md", "medium-unassigned") in found, found
    assert ("integrations/jobright-ai-setup.md", "copied-tracking") not in found, found
    # the notifier's cache of Jobright's list beside it: one note, no advice on Jobright's tags
    write(repo / "cache" / "jobright-ai-2026-Software-Engineer-New-Grad.md", jobright_list())
    found = scan(monkeypatch, capsys, repo)
    assert [f for f in found if f[0].startswith("cache/")] == [
        ("cache/jobright-ai-2026-Software-Engineer-New-Grad.md", "copied-tracking")], found


EMPLOYERS = ("jobs.ashbyhq.com/terminal/d7e128ed/application?embed=true", "jobs.bytedance.com/en/position/76697/detail",
             "apply.careers.microsoft.com/careers/job/1970393556951951", "jobs.smartrecruiters.com/WesternDigital/7440")


def board(source: str = "Simplify", ref: bool = True, home: str = "simplify.jobs", listed: int = 10) -> str:
    """An aggregator's board: a list publisher's employer links (`utm_source=Simplify&ref=Simplify`) and its own site's
    pages, one a row (`simplify.jobs/c/...?utm_source=GHList&utm_medium=company`), beside another list's untagged
    links."""
    tag = f"utm_source={source}" + (f"&ref={source}" if ref else "")
    rows = "\n".join(f"| Acme {n} | Intern | [Apply](https://{job}{'&' if '?' in job else '?'}{tag}) |"
                     for n, job in enumerate(EMPLOYERS))
    return ("# Winter 2027 Internships\n\n| Company | Role | Apply |\n|---|---|---|\n" + rows +
            f"\n| Tesla | Intern | [Apply](https://{home}/p/4afc774c?utm_source=GHList) |"
            + "".join(f"\n| Forterra {n} | Intern | [Apply](https://{home}/c/Forterra-{n}?utm_source=GHList"
                      f"&utm_medium=company) |" for n in range(listed - 1)) +
            "\n| Airwallex | Intern | [Apply](https://jobs.ashbyhq.com/airwallex/6cdb0f39) |\n")


def test_a_list_publishers_links_held_by_another_repository():
    from utmlint.scan.copies import copied_publisher

    tracker = from_slug("Michael660-max/W27-SWE-INTERNSHIPS")
    assert copied_publisher(board(), tracker) == ("simplify.jobs", "Simplify", "GHList")
    assert copied_publisher(board().replace("&", "&amp;"), tracker) == ("simplify.jobs", "Simplify", "GHList")
    # the publisher's own repository (its organisation named for its site): its own tags
    assert copied_publisher(board(), from_slug("SimplifyJobs/Summer2026-Internships")) == ("", "", "")
    # no referrer twin (a newsletter's one source on every link), or the twin naming no site the file links: nothing
    assert copied_publisher(board(ref=False), tracker) == ("", "", "")
    assert copied_publisher(board(home="jobs.example.org"), tracker) == ("", "", "")
    # the pair naming this repository: the team's own board
    assert copied_publisher(board("w27board", home="w27board.dev"), from_slug("jdoe/w27board")) == ("", "", "")
    # the pair alone is no list (stranger16 R3): a few of the publisher's pages, or its pages tagged with a campaign
    assert copied_publisher(board(listed=9), tracker) == ("", "", "")
    assert copied_publisher(board().replace("utm_medium=company", "utm_campaign=w27"), tracker) == ("", "", "")


def test_a_boards_copied_links_get_one_note_and_its_own_keep_their_findings(tmp_path, monkeypatch, capsys):
    repo = git_repo(tmp_path / "tracker", "https://github.com/Michael660-max/W27-SWE-INTERNSHIPS.git")
    # the board's own link to its own Discord digest page, its medium misspelled: the team's own mistake
    write(repo / "LISTINGS.md", board() + "\nDigest: https://w27digest.dev/?utm_source=github&utm_medium=refferal"
                                          "&utm_campaign=w27\n")
    found = scan(monkeypatch, capsys, repo)
    assert found.count(("LISTINGS.md", "copied-tracking")) == 1, found  # one note for the publisher's links
    assert ("LISTINGS.md", "medium-unassigned") in found, found  # the team's own link keeps its finding
    assert ("LISTINGS.md", "value-case") not in found, found  # no 'lower-case Simplify' or 'GHList'
    # the board's own link to the publisher's site with its own tags (not the list's GHList): its own, told
    write(repo / "LISTINGS.md", board() + "\nFollow [our Simplify page](https://simplify.jobs/c/W27board?utm_source=w27"
                                          "&utm_medium=refferal&utm_campaign=w27)\n")
    found = scan(monkeypatch, capsys, repo)
    assert found.count(("LISTINGS.md", "copied-tracking")) == 1, found
    assert ("LISTINGS.md", "medium-unassigned") in found, found


INTEGRATIONS = """---
title: Integrations
---

# Northwind integrations

Install Northwind from your favourite tool's marketplace:

- [Zapier](https://zapier.com/apps/northwind/integrations?utm_source=northwind&ref=northwind)
- [Slack](https://slack.com/apps/A0NORTHWIND-northwind?utm_source=northwind&ref=northwind)
- [HubSpot](https://ecosystem.hubspot.com/marketplace/apps/northwind?utm_source=northwind&ref=northwind)

Not listed? [Ask us](https://www.northwind.io/contact?utm_source=integrations-page&utm_medium=referal&utm_campaign=Integrations).
Or [start a free trial](https://app.northwind.io/signup?utm_source=integrations-page&utm_campaign=integrations).
"""


def test_a_teams_page_tagging_its_marketplace_links_with_a_referral_pair_keeps_its_findings(
        tmp_path, monkeypatch, capsys):
    # stranger16 R3: `?utm_source=BRAND&ref=BRAND` is any product's outgoing referral tagging, and the organisation
    # (nwlabs) is not the brand (northwind.io): no list's shape, so the page's own links are its own, told
    repo = git_repo(tmp_path / "website", "https://github.com/nwlabs/website.git")
    write(repo / "src" / "pages" / "integrations.md", INTEGRATIONS)
    monkeypatch.chdir(repo)
    main(["scan", "--format", "json", "."])
    findings = json.loads(capsys.readouterr().out)
    said = {(f["line"], f["name"]) for f in findings}
    assert {(13, "medium-unassigned"), (13, "value-case"), (14, "missing-utm-param")} <= said, said
    assert not any(f["name"] == "copied-tracking" for f in findings), findings
    # a longer page: a dozen marketplaces and its own pages, each linked with its own campaign tags: still its own
    more = "".join(f"- [Market {n}](https://market{n}.example-apps.com/northwind?utm_source=northwind&ref=northwind)\n"
                   f"- [Guide {n}](https://www.northwind.io/integrations/{n}?utm_source=integrations-page"
                   f"&utm_medium=referal&utm_campaign=integrations)\n" for n in range(12))
    write(repo / "src" / "pages" / "integrations.md", INTEGRATIONS + more)
    main(["scan", "--format", "json", "."])
    findings = json.loads(capsys.readouterr().out)
    assert {(13, "medium-unassigned"), (13, "value-case")} <= {(f["line"], f["name"]) for f in findings}, findings
    assert not any(f["name"] == "copied-tracking" for f in findings), findings


def test_a_teams_own_newsletter_linking_its_site_keeps_its_findings(tmp_path, monkeypatch, capsys):
    # a newsletter's own source on every outgoing link and on its own site's link, no referrer twin: its own tags,
    # their missing medium told, though its site's name is its source and the repository is named otherwise
    issue = "\n".join(f"- [Story {n}](https://{job}{'&' if '?' in job else '?'}utm_source=devweekly)"
                      for n, job in enumerate(EMPLOYERS))
    repo = git_repo(tmp_path / "archive", "https://github.com/jdoe/newsletter-archive.git")
    write(repo / "issues" / "2026-05-01.md", "# Issue 12\n\n" + issue +
          "\n\n[Subscribe](https://devweekly.io/subscribe?utm_source=devweekly)\n")
    found = scan(monkeypatch, capsys, repo)
    assert ("issues/2026-05-01.md", "missing-utm-param") in found, found
    assert ("issues/2026-05-01.md", "copied-tracking") not in found, found


def test_a_data_sets_records_writing_amp_get_one_note(tmp_path, monkeypatch, capsys):
    # a tracker's CSV of other people's links: one copied-tracking note for its records, and, since a CSV cell decodes
    # no entity, one url-html-escaped note counting the records that write `&amp;` (corpus 21 #104)
    import json

    from utmlint.cli import main

    rows = ["company,url", "WTW,https://simplify.jobs/c/WTW?utm_source=GHList&amp;utm_medium=company",
            "Forterra,https://simplify.jobs/c/Forterra?utm_source=GHList&amp;utm_medium=company",
            "Medtronic,https://medtronic.wd1.myworkdayjobs.com/job/1?utm_source=github-vansh-ouckah",
            "DreamWork,https://www.dreamworkhq.com/job/fdfcb094?utm_source=github&utm_campaign=gh-tech-internships",
            "Emit,https://emit.fa.ca3.oraclecloud.com/job/86808?utm_source=jobsboard"]
    repo = git_repo(tmp_path / "tracker", "https://github.com/Michael660-max/W27-SWE-INTERNSHIPS.git")
    write(repo / "data" / "jobs.csv", "\n".join(rows) + "\n")
    monkeypatch.chdir(repo)
    main(["scan", "--format", "json", "."])
    found = json.loads(capsys.readouterr().out)
    assert sorted(f["name"] for f in found) == ["copied-tracking", "url-html-escaped"], found
    (escaped,) = [f for f in found if f["name"] == "url-html-escaped"]
    assert escaped["severity"] == "info" and escaped["line"] == 2, escaped
    assert escaped["message"].startswith("2 of this data set's records write `&amp;` for `&`"), escaped["message"]
    # validate_url says it on each such record, with the file's other links
    from utmlint.validate_url import validate_url

    urls = [row.split(",", 1)[1] for row in rows[1:]]
    judged = validate_url(urls[0], repo="Michael660-max/W27-SWE-INTERNSHIPS", path="data/jobs.csv", file_urls=urls[1:])
    assert judged.findings == [] and "it writes `&amp;` for `&`" in judged.not_judged, judged
    plain = validate_url(urls[2], repo="Michael660-max/W27-SWE-INTERNSHIPS", path="data/jobs.csv",
                         file_urls=[u for u in urls if u != urls[2]])
    assert "&amp;" not in plain.not_judged


def test_a_teams_own_sheet_writing_amp_keeps_each_finding(tmp_path, monkeypatch, capsys):
    # the team's own link sheet (its tags name the repository: no data set of other people's links): each `&amp;` told
    repo = git_repo(tmp_path / "sheet", "https://github.com/jdoe/launchkit.git")
    rows = ["page,url"] + [f"p{n},https://launchkit.dev/p{n}?utm_source=launchkit&amp;utm_medium=email&amp;"
                           f"utm_campaign=spring" for n in range(4)]
    write(repo / "links.csv", "\n".join(rows) + "\n")
    found = scan(monkeypatch, capsys, repo)
    assert found.count(("links.csv", "url-html-escaped")) == 4, found


def test_a_campaign_file_named_for_its_site_keeps_its_findings(tmp_path, monkeypatch, capsys):
    # stranger16 R6: a team whose organisation is not its domain names its campaign file for the site it tags; its
    # name is no copy's (nothing says cache or list): its `emial` and `Q3-Launch` are told, exit 1 as before 1e7ac26
    repo = git_repo(tmp_path / "marketing", "https://github.com/nwlabs/marketing.git")
    launch = ("# Q3 launch links (northwind.io)\n\n"
              "- Email: https://northwind.io/launch?utm_source=newsletter&utm_medium=emial&utm_campaign=q3-launch\n"
              "- LinkedIn: https://northwind.io/launch?utm_source=linkedin&utm_medium=social&utm_campaign=Q3-Launch\n"
              "- Blog: https://northwind.io/blog/q3?utm_source=blog&utm_medium=referral&utm_campaign=q3-launch\n")
    write(repo / "campaigns" / "northwind-io-q3-launch.md", launch)
    found = scan(monkeypatch, capsys, repo)
    assert ("campaigns/northwind-io-q3-launch.md", "medium-unassigned") in found, found
    assert ("campaigns/northwind-io-q3-launch.md", "value-case") in found, found
    assert ("campaigns/northwind-io-q3-launch.md", "copied-tracking") not in found, found
    # the same plan kept in a cache folder, with a dozen pages: several sources are a team's plan, not a list's one tag
    plan = launch + "".join(f"- Page {n}: https://northwind.io/p/{n}?utm_source=newsletter&utm_medium=emial"
                            f"&utm_campaign=q3-launch\n" for n in range(12))
    write(repo / "cache" / "northwind-io-q3-launch.md", plan)
    found = scan(monkeypatch, capsys, repo)
    assert ("cache/northwind-io-q3-launch.md", "medium-unassigned") in found, found
    assert ("cache/northwind-io-q3-launch.md", "copied-tracking") not in found, found


def test_a_publishers_note_is_said_as_a_publishers_whatever_its_source_holds():
    # stranger16 R15: the publisher went to the note as a space-joined string, told from a repository by a `/`: a
    # referral source with a `/` was said as "a copy of simplify.jobs Simplify/Jobs's list". A Publisher says what it is.
    from utmlint.scan.copies import NO_PUBLISHER, Publisher
    from utmlint.scan.notes import copy_said

    said = copy_said(Publisher("simplify.jobs", "Simplify/Jobs", "GHList"))
    assert said.startswith("this file copies simplify.jobs's list: its links carrying "
                           "`utm_source=Simplify/Jobs&ref=Simplify/Jobs`"), said
    assert copy_said("SimplifyJobs/Summer2026-Internships").startswith(
        "this file is a copy of SimplifyJobs/Summer2026-Internships's list")
    assert not NO_PUBLISHER.site


OWN_ROWS = ("\n| Northwind | Intern | [Apply](https://www.northwind.io/careers/{n}?utm_source=jobnotify&utm_medium=referal"
            "&utm_campaign=interns) |")


def test_a_copys_note_names_what_it_holds_back_and_a_persons_mistake_raises_it(tmp_path, monkeypatch, capsys):
    # stranger16 R21: the copy's one note held back an Unassigned medium unnamed, as an info (exit 0), where the hedged
    # note names and rises. The list's own tagging (its source on every row: Simplify's capitals) is named and stays
    # a note; two rows the team added with its own source and a typo'd medium are a person's mistake: a warning that
    # says where
    repo = git_repo(tmp_path / "watcher", "https://github.com/shyamksateesh/summer-internship-notifier.git")
    write(repo / "previous_readme.md", SIMPLIFY)
    monkeypatch.chdir(repo)
    assert main(["scan", "--format", "json", "."]) == 0
    (note,) = json.loads(capsys.readouterr().out)
    assert note["severity"] == "info" and note["message"].endswith(
        "; if they are yours, they have mistakes too: missing-utm-param (UTM101), value-case (UTM201)"), note
    write(repo / "previous_readme.md", SIMPLIFY.rstrip("\n") + OWN_ROWS.format(n=1) + OWN_ROWS.format(n=2) + "\n")
    assert main(["scan", "--format", "json", "."]) == 1
    (note,) = json.loads(capsys.readouterr().out)
    assert note["severity"] == "warning" and note["message"].endswith(
        "; if they are yours, they have mistakes too: missing-utm-param (UTM101), medium-unassigned (UTM102), "
        "value-case (UTM201) (lines 19, 20)"), note
    # copied-tracking turned off: nothing stands for the links, each is judged as the team's and said in full
    assert main(["scan", "--format", "json", "--ignore", "UTM310", "."]) == 1
    found = json.loads(capsys.readouterr().out)
    assert [d["line"] for d in found if d["name"] == "medium-unassigned"] == [19, 20], found
    # the team's own ignore on those lines: not held back, nothing raises the note
    write(repo / "previous_readme.md", SIMPLIFY.rstrip("\n") + "".join(
        OWN_ROWS.format(n=n) + " <!-- utmlint: ignore[UTM102] -->" for n in (1, 2)) + "\n")
    assert main(["scan", "--format", "json", "."]) == 0
    (note,) = json.loads(capsys.readouterr().out)
    assert note["severity"] == "info" and "medium-unassigned" not in note["message"], note


def test_a_publishers_note_stays_a_note_for_the_lists_own_tagging(tmp_path, monkeypatch, capsys):
    # the board's copied rows: Simplify's referral pair and its GHList listing (`utm_medium=company`, Unassigned) are
    # the publisher's tagging, however few rows carry it: named, a note (the board's own links are judged apart)
    repo = git_repo(tmp_path / "tracker", "https://github.com/Michael660-max/W27-SWE-INTERNSHIPS.git")
    write(repo / "LISTINGS.md", board())
    monkeypatch.chdir(repo)
    assert main(["scan", "--format", "json", "."]) == 0
    (note,) = json.loads(capsys.readouterr().out)
    assert note["severity"] == "info" and "medium-unassigned (UTM102)" in note["message"], note
