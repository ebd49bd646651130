"""Two readings of whose values a team's-looking link carries, measured on the labelled corpora before they were
written (session 39, /work/otherlinks-notes.md): no value advice on a link whose utm_source credits a third website by
its domain (checks.tracking.copied_outgoing.credited_site), nor on a sample whose every utm value is one letter
(Judge._sample). Each is tested both ways: the foreign shape gets no advice on its values, and the team's own links keep
theirs."""

from __future__ import annotations

from utmlint.validate_url import validate_url


def judged(url, repo, path):
    result = validate_url(url, repo=repo, path=path)
    return {f.name: f.message for f in result.findings}, result.not_judged


def test_a_source_crediting_a_third_site_by_its_domain_gets_no_value_advice():
    """Corpus 6 #284: HashiCorp Learn's link with terraform.io's own tags (`utm_source=terraform_io`, its dot written
    `_`), copied into a course's notes, was told to add a medium and a campaign: the tags credit terraform.io's
    placement, not the course's. Corpus 5 #81 and 13 #124 are the same shape (a newsletter's domain as the source)."""
    url = "https://learn.hashicorp.com/terraform?utm_source=terraform_io&utm_content=terraform_io_hero"
    found, why = judged(url, "MichaelCade/90DaysOfDevOps", "2022/Days/day57.md")
    assert found == {}
    assert why.startswith("`utm_source=terraform_io` credits terraform.io, another site than this repository's")
    found, _ = judged("https://www.partnerco.com/x?utm_source=othersite.io&utm_medium=Sponsor", "acme/docs",
                      "docs/partners.md")
    assert "medium-unassigned" not in found and "value-case" not in found
    # an assistant's citation tag is copied-tracking's to tell, and validate_url says nothing of a credited site there
    found, why = judged("https://www.nasdaq.com/articles/x?utm_source=chatgpt.com", "acme/site", "blog/post.md")
    assert set(found) == {"copied-tracking"} and why is None


def test_the_teams_own_domain_as_source_keeps_its_value_advice():
    # the repository's own name (`acme.io` in acme/docs), on a partner's link: the team's outgoing tags, told in full
    found, why = judged("https://www.partnerco.com/x?utm_source=acme.io&utm_medium=Sponsor", "acme/docs",
                        "docs/partners.md")
    assert {"missing-utm-param", "medium-unassigned"} <= set(found) and why is None
    # a site whose name spells the owner's handle out: Ruan Yifeng's weekly (ruanyf/weekly) tags its sponsors' links
    # `utm_source=ruanyifeng.com` (corpus 1, labelled correct)
    found, why = judged("https://yuque.com?utm_source=ruanyifeng.com", "ruanyf/weekly", "docs/issue-1.md")
    assert "missing-utm-param" in found and why is None
    # a listing's domain as the source of a link to the team's own site (sourcegraph/cody, corpus 7)
    found, _ = judged("https://sourcegraph.com/?utm_source=marketplace.visualstudio.com&utm_medium=referral",
                      "sourcegraph/cody", "vscode/README.md")
    assert "missing-utm-param" in found
    # words joined as a domain is (`contact_us`, `mobile_app`, `mobile-app`): the team's own placement, told in full
    for words in ("contact_us", "mobile_app", "mobile-app", "about_me"):
        found, why = judged(f"https://www.partnerco.com/x?utm_source={words}&utm_medium=Sponsor", "acme/docs",
                            "docs/partners.md")
        assert "medium-unassigned" in found and why is None, words
    # the team's own e-mail template's links carry that e-mail's tags, whatever site they credit
    found, why = judged("https://www.partnerco.com/x?utm_source=othersite.io&utm_medium=Sponsor", "acme/docs",
                        "emails/welcome.html")
    assert "medium-unassigned" in found and why is None
    # a domain the link goes to, a network's (`twitter.com`), an ad's (`cpc`) are the other readings', not this one's
    for url in ("https://www.partnerco.com/x?utm_source=twitter.com&utm_medium=Social",
                "https://www.partnerco.com/x?utm_source=othersite.io&utm_medium=cpc&utm_campaign=Launch"):
        assert "credits" not in (judged(url, "acme/docs", "docs/partners.md")[1] or "")


def test_a_sample_whose_values_are_one_letter_gets_no_value_advice():
    """Corpus 19 #171 #172: Buttondown's templating docs show an editor's initial content, `google.com?utm_source=a`
    and `?utm_source=b`: told to add a medium and a campaign. Mautic's A/B filter pages (`?utm_campaign=A`, #168
    #170) too, on example.com."""
    found, why = judged("https://google.com?utm_source=a", "buttondown/docs", "content/pages/templating.mdoc")
    assert found == {} and why.startswith("every utm value of this link is one letter")
    found, _ = judged("https://www.acme.io/pricing?utm_campaign=B", "acme/site", "docs/ab-test.md")
    assert "value-case" not in found and "missing-utm-param" not in found


def test_a_one_letter_value_beside_words_or_a_digit_or_typed_alone_is_judged():
    # an A/B test's variant beside the campaign's words: the team's link, judged in full
    found, _ = judged("https://www.acme.io/?utm_source=Newsletter&utm_content=a", "acme/site", "docs/ab-test.md")
    assert "value-case" in found
    # a Play listing's referrer `utm_source=1` (corpus 22 #51): a digit is an id, and its missing keys are told
    found, _ = judged("https://play.google.com/store/apps/details?id=com.acme.app&referrer=utm_source%3D1",
                      "acme/acme.github.io", "_config.yml")
    assert "missing-utm-param" in found
    # a URL typed alone (no file) is the user's own link
    found, why = judged("https://google.com?utm_source=a", None, None)
    assert "missing-utm-param" in found and why is None


def test_scan_gives_no_value_advice_on_a_credited_site_and_keeps_the_teams_own(tmp_path, monkeypatch, capsys):
    """`utmlint scan .` on a course's notes: the link copied with terraform.io's tags gets no advice on its values;
    the team's own link beside it (its name as the source) still hears that its medium is missing."""
    from repository import scan_repository

    text = ("See [Terraform](https://learn.hashicorp.com/terraform?utm_source=terraform_io&utm_content=hero) and "
            "[our course](https://partnerco.com/enroll?utm_source=devops-course) and "
            "[a sample](https://google.com?utm_source=a).\n")
    found = scan_repository(tmp_path, monkeypatch, capsys, "acme-labs/devops-course", {"days/day57.md": text})
    own = text.index("https://partnerco.com") + 1
    assert [(f["name"], f["column"]) for f in found] == [("missing-utm-param", own)]


def test_scan_counts_and_lists_the_links_it_read_and_set_aside(project, run):
    """Review of session 39: a sample's one-letter values and tags crediting a third site passed in silence, and the
    user saw no sign those links were read. They are counted under the summary and listed by `--show-files`, as lychee
    counts the links it excluded; never a finding (no mistake), nothing under `-q` or in JSON; the team's own link
    beside them is judged and not listed; a warm run (the cache) says the same."""
    import json
    import subprocess

    root = project({"docs/partners.md": (
        "# Partners\n\n- [PartnerCo](https://www.partnerco.com/x?utm_source=othersite.io&utm_medium=Sponsor)\n"
        "- like https://example.org/?utm_source=a&utm_medium=b&utm_campaign=c\n"),
        "docs/launch.md": "Ours: https://www.partnerco.com/y?utm_source=acme&utm_medium=referral&utm_campaign=Launch\n"})
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    subprocess.run(["git", "-C", str(root), "remote", "add", "origin", "https://github.com/acme/docs.git"], check=True)
    line = ("2 tracked links read, their values not judged (a sample's one-letter values or another site's tags: no "
            "values of your campaigns to check; their URLs' shape still checked): `utmlint scan --show-files` lists "
            "them.\n")
    for flags in (("--no-cache",), (), ()):  # cold, then the cache written and read
        done = run("scan", *flags, "--format", "concise", "docs", cwd=root)
        assert done.out.endswith("Found 1 warning (2 files checked). 1 fixable with `utmlint scan --fix`.\n" + line), \
            done.out
        assert "docs/launch.md:1:" in done.out and "value-case" in done.out  # the team's `Launch` still told
        assert "not judged" not in done.err
    listed = run("scan", "--show-files", "docs", cwd=root).out
    assert ("checked  docs/partners.md (2 tracked links)\n"
            "  not judged  docs/partners.md:3:15: `utm_source=othersite.io` credits othersite.io, another site than "
            "this repository's and the one the link goes to: that site's tags, copied with the link\n"
            "  not judged  docs/partners.md:4:8: every utm value is one letter: a sample of how tags read, not a "
            "campaign's tags\n") in listed, listed
    assert "not judged" not in run("scan", "-q", "docs", cwd=root).out
    found = json.loads(run("scan", "--format", "json", "docs", cwd=root).out)
    assert [(f["path"], f["name"]) for f in found] == [("docs/launch.md", "value-case")]


def test_each_set_aside_reason_has_the_kind_the_summary_names():
    """Review of session 40 (L7): the summary found each kind by the start of its reason's sentence, kept in a second
    table; one table now, so every reason set_aside_said gives opens as its kind says."""
    from utmlint.scan.notes import SET_ASIDE, SET_ASIDE_KINDS, set_aside_said

    reasons = [set_aside_said("sample"), set_aside_said("credited", "othersite.io", "othersite.io"),
               set_aside_said("demo"), set_aside_said("placed", 'the heading "Sponsors"'),
               set_aside_said("partner", "`utm_medium=partner-docs`"), set_aside_said("test"),
               set_aside_said("cited", 'its line\'s byline ("by Andrew Mead") under the heading "Articles"'),
               set_aside_said("marker")]
    starts = [start for start, _ in SET_ASIDE_KINDS]
    assert [next(s for s in starts if r[len(SET_ASIDE):].startswith(s)) for r in reasons] == starts


def test_a_scan_whose_every_link_was_set_aside_is_not_all_clean(project, run):
    """Review of session 40 (L6): a repository whose every tracked link was read and set aside (a guide's sample
    values) was "All clean: 1 file checked (2 tracked links)." -- read as two links judged and passed, where the README
    promises a run that checks nothing never says "All clean". It says none was judged, and why, in one line; exit 0
    (nothing failed, as "Nothing checked" is); with a link of the team's judged beside them, the count says how many
    were judged. The same in the text, github and html reports."""
    root = project({"guide.md": "Example: https://example.com/?utm_source=a&utm_medium=b&utm_campaign=c and "
                                "https://acme-partner.io/?utm_source=x&utm_medium=y\n"})
    said = ("Nothing checked: 1 file read, its 2 tracked links not judged (a sample's one-letter values: no values of "
            "your campaigns to check): `utmlint scan --show-files` lists them.\n")
    for flags in (("--no-cache",), (), ()):  # cold, then the cache written and read
        done = run("scan", *flags, ".", cwd=root)
        assert done.code == 0 and done.out == said, done.out
    assert run("scan", "guide.md", cwd=root).out == said
    assert run("scan", "--format", "github", ".", cwd=root).out.endswith(said)
    page = run("scan", "--format", "html", ".", cwd=root).out
    assert "All clean" not in page and "Nothing checked: 1 file read, its 2 tracked links not judged" in page
    (root / "launch.md").write_text("https://acme-partner.io/?utm_source=news&utm_medium=email&utm_campaign=launch\n")
    mixed = run("scan", ".", cwd=root).out
    assert mixed == ("All clean: 2 files checked (3 tracked links, the values of 1 judged).\n2 tracked links read, their "
                     "values not judged (a sample's one-letter values: no values of your campaigns to check; their URLs' "
                     "shape still checked): `utmlint scan --show-files` lists them.\n"), mixed
    # review41 L3: with a file holding none beside them, "(3 tracked links, in 1 of them, 1 judged)" read as a puzzle
    (root / "notes.md").write_text("# Notes\n")
    (root / "guide.md").write_text("Example: https://example.com/?utm_source=a&utm_medium=b&utm_campaign=c and "
                                   "https://acme-partner.io/?utm_source=x&utm_medium=y\n"
                                   "https://acme-partner.io/?utm_source=news&utm_medium=email&utm_campaign=launch\n")
    (root / "launch.md").unlink()
    assert run("scan", ".", cwd=root).out.startswith(
        "All clean: 2 files checked (3 tracked links in 1 file, the values of 1 of them judged).\n")
    (root / "notes.md").unlink()
    (root / "guide.md").write_text("Example: https://example.com/?utm_source=a&utm_medium=b&utm_campaign=c\n")
    assert run("scan", ".", cwd=root).out.startswith("Nothing checked: 1 file read, its only tracked link not judged (")


def test_links_held_back_by_a_placement_a_partner_medium_or_a_test_are_counted_not_judged(project, run):
    import shutil

    """Review41 M1: a link held back as a sponsor's placement, a partner programme's tags or a test's input was
    counted as checked: "All clean: 1 file checked (1 tracked link)." though none of its values was judged. Each is now
    counted and listed as a sample is ("Nothing checked ... not judged (another party's placement ...)"), its URL still
    judged (`&amp;` in a test told), and the team's own link beside them still judged and counted as such."""
    sponsors = ("# WidgetKit\n\n## Sponsors\n\n"
                "[Sentry](https://sentry.io/welcome/?utm_source=widgetkit&utm_medium=Sponsorship&utm_campaign=OSS)\n")
    partner = ("# Docs\n\nInstall the [plugin](https://widgetkit.io/cloud?utm_source=GitHub&utm_medium=Partner-Program"
               "&utm_campaign=Cloud-Launch).\n")
    for files, kind in (({"README.md": sponsors}, "another party's placement"),
                        ({"README.md": partner}, "a partner programme's tags"),
                        ({"tests/e2e/links.js": 'export const BF = "https://acme-shop.com/bf?utm_source=newsletter'
                                                '&utm_medium=email&utm_campaign=bf";\n'}, "a test's inputs")):
        root = project(files)
        for flags in (("--no-cache",), ()):  # cold, then the cache written and read
            done = run("scan", *flags, ".", cwd=root)
            assert done.code == 0 and done.out == (
                f"Nothing checked: 1 file read, its only tracked link not judged ({kind}: no values of your campaigns "
                "to check): `utmlint scan --show-files` lists it.\n"), done.out
        assert "  not judged  " in run("scan", "--show-files", ".", cwd=root).out
        for name in ("README.md", "tests"):
            shutil.rmtree(root / name) if (root / name).is_dir() else (root / name).unlink(missing_ok=True)
    # the URL of a test's link is still judged, and the count says its values were not
    root = project({"tests/e2e/links.js": 'export const BF = "https://acme-shop.com/bf?utm_source=newsletter&amp;'
                                          'utm_medium=email&utm_campaign=bf";\n'})
    done = run("scan", "--format", "concise", ".", cwd=root)
    shutil.rmtree(root / "tests")
    assert "UTM309" in done.out and done.out.endswith(
        "1 tracked link read, its values not judged (a test's inputs: no values of your campaigns to check; its URL's "
        "shape still checked): `utmlint scan --show-files` lists it.\n"), done.out
    # the team's own link beside a sponsor's: judged, told, and the count says one of two was not judged
    root = project({"README.md": "# WidgetKit\n\nTry [Acme](https://acme-cloud.io/?utm_source=GitHub&utm_medium=readme)"
                                 ".\n\n" + sponsors[len("# WidgetKit\n\n"):]})
    done = run("scan", "--format", "concise", ".", cwd=root)
    assert "README.md:3:" in done.out and "value-case" in done.out and "README.md:7:" not in done.out, done.out
    assert done.out.endswith("1 tracked link read, its values not judged (another party's placement: no values of "
                             "your campaigns to check; its URL's shape still checked): `utmlint scan --show-files` "
                             "lists it.\n"), done.out


def test_a_set_aside_link_told_by_a_url_rule_is_counted_for_its_values_only(project, run):
    """Review42 F3: "2 tracked links read but not judged" stood under a finding on one of them (a sponsor's
    `#utm_campaign=oss`, told by utm-in-fragment): its values were set aside, its URL was judged. The line says whose
    values were not judged and that their URLs' shape still was; a run with a finding never reads "Nothing checked"."""
    import subprocess

    root = project({"README.md": (
        "# acme-cli\n\n## Sponsors\n\n"
        "- [Stytch](https://stytch.com/?utm_source=oss-sponsorship&utm_medium=paid_sponsorship#utm_campaign=oss)\n"
        "- [Retool](https://retool.com/?utm_source=AcmeCLI&utm_medium=Sponsor)\n")})
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    subprocess.run(["git", "-C", str(root), "remote", "add", "origin", "https://github.com/acmecloud/acme-cli.git"],
                   check=True)
    github = run("scan", "--no-cache", "--format", "github", ".", cwd=root)
    assert github.code == 1 and "UTM306" in github.out and "Nothing checked" not in github.out
    for fmt in ("concise", "full"):
        done = run("scan", "--no-cache", "--format", fmt, ".", cwd=root)
        assert done.code == 1 and "utm-in-fragment" in done.out, done.out
        assert "Nothing checked" not in done.out and "read but not judged" not in done.out
        assert done.out.endswith(
            "2 tracked links read, their values not judged (another party's placement: no values of your campaigns to "
            "check; their URLs' shape still checked): `utmlint scan --show-files` lists them.\n"), done.out
    page = run("scan", "--no-cache", "--format", "html", ".", cwd=root).out
    assert "Nothing checked" not in page and "utm-in-fragment" in page
