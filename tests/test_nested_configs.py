"""A folder with a config of its own is that config's project when the repo is linted from the top (newuser45 F1).

An agency keeps three clients' campaigns in one repo: one `.utmlint.yaml` at the top (`include: clients/**/*.yaml`)
and one per client (`extend: ../../.utmlint.yaml`, the client's own `sources`, `mediums`, `separator`). The commit hook
passes files, each of which took its client's config; `utmlint lint` from the top (CI, the Action) took the top
config for every file: Harbor's approved `fb` was told "write `facebook`", and Harbor's `paid_social` was compared with
Kettle's `paid-social` ("GA4 keeps each spelling as its own medium row"), though the two companies have two GA4
properties. As ruff's nested configs: a folder below the one walked that holds its own config, and that the walking
config's include globs reach, is judged by it and compared with its own files only; `--config FILE` still applies one
config to every file; a parent whose globs never reach the folder (examples/ beside examples/bad/) leaves it alone.
"""

from __future__ import annotations

import json

TOP = 'include: ["clients/**/*.yaml"]\n'

HARBOR = """\
extend: ../../.utmlint.yaml
include: ["campaigns/**/*.yaml"]
separator: "_"
sources: [fb, mailchimp]
mediums: [paid_social, email]
"""

HARBOR_AD = """\
campaign: new_patient_offer
platform: meta-ads
type: ad
source: fb
medium: paid_social
links:
  - url: https://harbordental.com/new-patients
    content: lead_form_a
"""

KETTLE_AD = """\
campaign: spring-sale-2026
platform: meta-ads
type: ad
medium: paid-social
links:
  - url: https://kettlecoffee.com/collections/spring
    content: carousel-card-1
"""

KETTLE_RETARGETING = """\
campaign: spring-sale-2026
platform: meta-ads
type: ad
medium: paid_social
links:
  - url: https://kettlecoffee.com/collections/spring
    content: retarget-dpa
"""


def _agency(project, kettle_retargeting: bool = False):
    files = {
        ".utmlint.yaml": TOP,
        "clients/harbor/.utmlint.yaml": HARBOR,
        "clients/harbor/campaigns/meta.yaml": HARBOR_AD,
        "clients/kettle/campaigns/meta.yaml": KETTLE_AD,
    }
    if kettle_retargeting:
        files["clients/kettle/campaigns/retargeting.yaml"] = KETTLE_RETARGETING
    return project(files)


def _findings(run, *argv, cwd):
    done = run("lint", "--no-cache", "--format", "json", *argv, cwd=cwd)
    assert done.code in (0, 1), done
    return sorted((f["path"], f["line"], f["code"]) for f in done.findings)


def test_a_clients_own_config_holds_when_the_repo_is_linted_from_the_top(project, run):
    root = _agency(project)
    whole = _findings(run, cwd=root)
    assert whole == [], whole  # Harbor's `fb` and `paid_social` are its own; Kettle's `paid-social` another company's
    assert _findings(run, "clients", cwd=root) == []
    # the same verdicts as the commit hook's, which names the files
    assert _findings(run, "clients/harbor/campaigns/meta.yaml", "clients/kettle/campaigns/meta.yaml", cwd=root) == []


def test_a_split_inside_one_client_is_still_told_from_the_top(project, run):
    root = _agency(project, kettle_retargeting=True)
    whole = _findings(run, cwd=root)
    codes = {(path, code) for path, _, code in whole}
    # Kettle writes `paid-social` and `paid_social`: one company's GA4 rows split, told on the deviating file only
    assert any(path == "clients/kettle/campaigns/retargeting.yaml" for path, _ in codes), whole
    assert not any(path.startswith("clients/harbor/") for path, _ in codes), whole
    assert whole == _findings(run, "clients/harbor/campaigns/meta.yaml", "clients/kettle/campaigns/meta.yaml",
                              "clients/kettle/campaigns/retargeting.yaml", cwd=root)


def test_a_clients_mistake_is_judged_by_its_own_config(project, run):
    root = _agency(project)
    (root / "clients/harbor/campaigns/meta.yaml").write_text(HARBOR_AD.replace("source: fb", "source: facebook"))
    whole = _findings(run, cwd=root)
    # not on Harbor's list (`fb`): its config's rule, as `cd clients/harbor && utmlint lint` says
    assert ("clients/harbor/campaigns/meta.yaml", 4, "UTM105") in whole, whole
    assert whole == _findings(run, "clients/harbor/campaigns/meta.yaml", "clients/kettle/campaigns/meta.yaml", cwd=root)


def test_a_vocabulary_finding_names_the_clients_config(project, run):
    """newuser48b: "(`sources` in .utmlint.yaml)" in a repo of four `.utmlint.yaml` said not whose list it was; the
    file that sets the list is named as the files checked are, from where the user stands (review48 F4: from the
    client's folder it was named `clients/harbor/.utmlint.yaml`, which is no path there), the cache kept per place."""
    root = _agency(project)
    (root / "clients/harbor/campaigns/meta.yaml").write_text(HARBOR_AD.replace("source: fb", "source: facebook"))
    for cache in ("--no-cache", "--cache-dir=" + str(root / ".cache")):
        for cwd, named in ((root, "clients/harbor/.utmlint.yaml"), (root / "clients/harbor", ".utmlint.yaml"),
                           (root / "clients", "harbor/.utmlint.yaml"), (root, "clients/harbor/.utmlint.yaml"),
                           (root / "clients/harbor/campaigns", str(root / "clients/harbor/.utmlint.yaml"))):
            done = run("lint", cache, "--format", "concise", ".", cwd=cwd)
            assert f"(`sources` in {named})" in done.out, (cwd, done.out)
    # a list the client inherits is the top config's
    (root / "clients/harbor/.utmlint.yaml").write_text(HARBOR.replace("sources: [fb, mailchimp]\n", ""))
    (root / ".utmlint.yaml").write_text(TOP + "sources: [fb, mailchimp]\n")
    done = run("lint", "--no-cache", "--format", "concise", cwd=root)
    assert "(`sources` in .utmlint.yaml)" in done.out, done.out


def test_a_client_adds_to_the_agencys_sources_with_extend_sources(project, run):
    """newuser48b F10: a client's `sources:` replaced the agency's list, so a client with one partner of its own had
    to copy every agency source; `extend-sources`/`extend-mediums` add to the inherited lists (ruff's `extend-select`)."""
    root = _agency(project)
    (root / ".utmlint.yaml").write_text(TOP + "sources: [fb, mailchimp]\nmediums: [paid-social, paid_social, email]\n")
    (root / "clients/harbor/.utmlint.yaml").write_text(
        "extend: ../../.utmlint.yaml\ninclude: [\"campaigns/**/*.yaml\"]\nseparator: \"_\"\n"
        "extend-sources: [harbor_partner]\nextend-mediums: [sms]\n")
    (root / "clients/harbor/campaigns/partner.yaml").write_text(
        HARBOR_AD.replace("source: fb", "source: harbor_partner").replace("medium: paid_social", "medium: sms")
        .replace("new_patient_offer", "partner_offer"))
    for cwd in (root, root / "clients/harbor"):  # the agency's `fb` and the client's own partner both pass
        assert [f for f in _findings(run, cwd=cwd) if f[2] in ("UTM105", "UTM106")] == [], cwd
    (root / "clients/harbor/campaigns/meta.yaml").write_text(HARBOR_AD.replace("source: fb", "source: facebok"))
    done = run("lint", "--no-cache", "--format", "concise", cwd=root)
    # the finding names both files that wrote the list
    assert "(`sources` in .utmlint.yaml and `extend-sources` in clients/harbor/.utmlint.yaml)" in done.out, done.out
    # the other client still has the agency's list alone
    (root / "clients/kettle/campaigns/meta.yaml").write_text(KETTLE_AD.replace("type: ad", "type: ad\nsource: harbor_partner"))
    found = _findings(run, cwd=root)
    assert ("clients/kettle/campaigns/meta.yaml", 4, "UTM105") in found, found


def test_extend_sources_without_a_list_to_add_to_is_a_config_error(project, run):
    """An empty list allows any source: adding one word to it would make every other source a finding."""
    root = _agency(project)
    (root / "clients/harbor/.utmlint.yaml").write_text(HARBOR.replace("sources: [fb, mailchimp]", "extend-sources: [fb]"))
    done = run("lint", "--no-cache", cwd=root)
    assert done.code == 2, done
    assert "clients/harbor/.utmlint.yaml:4:1: config error: `extend-sources` adds to a `sources` list" in done.err, done.err
    assert "Traceback" not in done.err


def test_config_flag_still_applies_one_config_to_every_file(project, run):
    root = _agency(project)
    done = run("lint", "--no-cache", "--format", "json", "--config", ".utmlint.yaml", cwd=root)
    codes = {(f["path"], f["code"]) for f in done.findings}
    # as ruff's --config: one config for every file, so Harbor's `fb` is judged by the top config's vocabulary
    assert ("clients/harbor/campaigns/meta.yaml", "UTM103") in codes, done.findings


def test_a_nested_config_the_globs_never_reach_is_left_alone(project, run):
    root = project({
        ".utmlint.yaml": 'include: ["campaigns/**/*.yaml"]\n',
        "campaigns/a.yaml": KETTLE_AD,
        "bad/.utmlint.yaml": 'include: ["**/*.yaml"]\n',
        "bad/wrong.yaml": KETTLE_AD.replace("medium: paid-social", "medium: Paid Social"),
    })
    done = run("lint", "--no-cache", "--format", "json", ".", cwd=root)
    assert done.code == 0 and done.findings == [], done  # as `utmlint lint examples` beside examples/bad
    bad = run("lint", "--no-cache", "--format", "json", "bad", cwd=root)
    assert bad.code == 1 and bad.findings, bad


def test_top_globs_that_reach_only_clients_with_configs_are_no_config_error(project, run):
    root = project({
        ".utmlint.yaml": TOP,
        "clients/harbor/.utmlint.yaml": HARBOR,
        "clients/harbor/campaigns/meta.yaml": HARBOR_AD,
    })
    done = run("lint", "--no-cache", "--format", "json", cwd=root)
    assert done.code == 0 and done.findings == [], done
    assert "1 file" in run("lint", "--no-cache", cwd=root).out


def test_top_globs_with_a_typo_are_still_a_config_error(project, run):
    root = project({".utmlint.yaml": 'include: ["client/**/*.yaml"]\n', "clients/kettle/campaigns/meta.yaml": KETTLE_AD})
    done = run("lint", "--no-cache", cwd=root)
    assert done.code == 2 and "match" in done.err, done


def test_render_takes_each_clients_config_too(project, run):
    root = _agency(project)
    done = run("render", "--format", "json", cwd=root)
    assert done.code == 0, done
    sources = sorted(link["utm_source"] for link in json.loads(done.out))
    assert sources == ["facebook", "fb"], sources
    assert "warning" not in done.err, done.err  # Harbor's `fb` is no warning of its hand-off sheet


# -- scan: each file judged by the config that governs it (newuser45 F2)

HARBOR_SCAN = """\
extend: ../../.utmlint.yaml
include: ["campaigns/**/*.yaml"]
own-hosts: [harbordental.com]
"""

KETTLE_SCAN = """\
extend: ../../.utmlint.yaml
include: ["campaigns/**/*.yaml"]
own-hosts: [kettlecoffee.com]
separator: "-"
"""

KETTLE_EMAIL = """\
<p><a href="https://kettlecoffee.com/pages/subscribe?utm_source=customerio&utm_medium=email&utm_campaign=welcome-series#utm_content=cta">Subscribe</a></p>
<p><a href="https://kettlecoffee.com/shop?utm_source=customerio&utm_medium=Email&utm_campaign=welcome_series">Shop</a></p>
"""

HARBOR_NEWSLETTER = """\
Our partner's guide: https://brightsmile.example/guide?utm_source=Partner_Site&utm_medium=Referral&utm_campaign=Guide
Book your visit: https://harbordental.com/book?utm_source=mailchimp&utm_medium=Email&utm_campaign=spring_newsletter
"""


def _scan_agency(project):
    return project({
        ".utmlint.yaml": TOP,
        "clients/harbor/.utmlint.yaml": HARBOR_SCAN,
        "clients/harbor/campaigns/meta.yaml": HARBOR_AD,
        "clients/harbor/templates/newsletter.txt": HARBOR_NEWSLETTER,
        "clients/kettle/.utmlint.yaml": KETTLE_SCAN,
        "clients/kettle/campaigns/meta.yaml": KETTLE_AD,
        "clients/kettle/emails/welcome.html": KETTLE_EMAIL,
    })


def _scanned(run, *argv, cwd):
    done = run("scan", "--no-cache", "--format", "json", *argv, cwd=cwd)
    assert done.code in (0, 1), done
    return sorted((f["path"], f["line"], f["code"]) for f in done.findings)


def test_scan_judges_each_file_by_its_own_config_whatever_the_order(project, run):
    root = _scan_agency(project)
    one = _scanned(run, "clients/harbor", "clients/kettle", cwd=root)
    other = _scanned(run, "clients/kettle", "clients/harbor", cwd=root)
    assert one == other, (one, other)
    codes = {(path, line, code) for path, line, code in one}
    assert ("clients/kettle/emails/welcome.html", 1, "UTM306") in codes, one  # the fragment, under Harbor's first too
    assert ("clients/kettle/emails/welcome.html", 2, "UTM201") in codes, one  # Kettle's own `Email`
    assert ("clients/kettle/emails/welcome.html", 2, "UTM203") in codes, one  # Kettle's separator `-`
    # the commit hook names the files: the same verdicts
    assert one == _scanned(run, "clients/harbor/templates/newsletter.txt", "clients/kettle/emails/welcome.html", cwd=root)


def test_scan_from_the_top_takes_each_clients_own_hosts(project, run):
    root = _scan_agency(project)
    whole = _scanned(run, cwd=root)
    harbor = [(line, code) for path, line, code in whole if path == "clients/harbor/templates/newsletter.txt"]
    # the partner's own tags on its own site are not Harbor's to respell; Harbor's own `Email` is told
    assert harbor == [(2, "UTM201")], whole
    assert whole == _scanned(run, "clients/kettle", "clients/harbor", cwd=root)


def test_scan_fix_from_the_top_follows_each_clients_config(project, run):
    root = _scan_agency(project)
    done = run("scan", "--no-cache", "--fix", cwd=root)
    assert done.code == 1, done  # the fragment is left to a person
    email = (root / "clients/kettle/emails/welcome.html").read_text()
    assert "utm_medium=email&utm_campaign=welcome-series\">Shop" in email, email
    newsletter = (root / "clients/harbor/templates/newsletter.txt").read_text()
    assert "utm_source=Partner_Site&utm_medium=Referral" in newsletter, newsletter  # the partner's tags kept
    assert "utm_medium=email&utm_campaign=spring_newsletter" in newsletter, newsletter


def test_a_client_config_that_inherits_include_keeps_the_top_globs_reach(project, run):
    """review45 F9: a client config that extends the top one without writing `include:` inherits `clients/**/*.yaml`,
    written relative to the top folder; read from the client's folder it matched nothing, and `utmlint lint` from the
    top stopped (exit 2, "include glob ... matches no file under clients/harbor"). The inherited globs are rewritten
    for the client's folder (`**/*.yaml`): the client's file is linted from the top and when the hook names it."""
    root = project({
        ".utmlint.yaml": TOP,
        "clients/harbor/.utmlint.yaml": "extend: ../../.utmlint.yaml\nown-hosts: [harbor.com]\n",
        "clients/harbor/q2.yaml": ("campaign: q2\nlinks:\n  - url: https://harbor.com/\n    source: Newsletter\n"
                                   "    medium: Email\n"),
    })
    for argv in ((".",), ("clients/harbor/q2.yaml",)):
        done = run("lint", "--no-cache", "--format", "json", *argv, cwd=root)
        assert done.code == 1, done
        assert {(f["path"], f["code"]) for f in done.findings} == {("clients/harbor/q2.yaml", "UTM201")}, done


def test_rebased_globs():
    from utmlint.globs import rebased_globs

    assert rebased_globs(["clients/**/*.yaml", "campaigns/*.yaml", "*.yml", "clients/h*/ads/*.yaml"],
                         ["clients", "harbor"]) == ["**/*.yaml", "*.yml", "ads/*.yaml"]


def test_rebasing_many_double_stars_is_bounded():
    """A config a pull request writes with `**/**/**/...` over a deep folder: each (glob rest, folder rest) pair is
    worked out once (no timing: the memo's misses are counted), not once per way the `**` can split the folder (14
    of them took 78 s before)."""
    from utmlint.globs import _rebased, rebased_globs

    _rebased.cache_clear()
    rebased = rebased_globs(["/".join(["**"] * 30) + "/*.yaml"], ["a"] * 30)
    assert "**/*.yaml" in rebased and len(rebased) <= 31  # each equivalent rest once
    assert _rebased.cache_info().misses <= 32 * 32


# -- the exit code: each finding by its own file's config's `fail-on` (review45 F7)

STRICT = 'extend: ../../.utmlint.yaml\ninclude: ["campaigns/**/*.yaml"]\nfail-on: error\n'
LENIENT = 'extend: ../../.utmlint.yaml\ninclude: ["campaigns/**/*.yaml"]\nfail-on: warning\n'
WARNED_EMAIL = "See [spring](https://kettlecoffee.com/spring?utm_source=newsletter&utm_medium=Email&utm_campaign=spring)\n"


def _fail_on_agency(project, warned: str):
    """Harbor fails on errors only, Kettle on warnings too; the client named by `warned` has a warning in each command's
    file (the Meta Ads profile's `paid_social`, a doc's `Email`); no file has an error."""
    harbor, kettle = warned == "harbor", warned == "kettle"
    return project({
        ".utmlint.yaml": TOP,
        "clients/harbor/.utmlint.yaml": STRICT,
        "clients/harbor/campaigns/meta.yaml": HARBOR_AD if harbor else HARBOR_AD.replace("paid_social", "paid-social"),
        "clients/harbor/docs/note.md": WARNED_EMAIL if harbor else "No link.\n",
        "clients/kettle/.utmlint.yaml": LENIENT,
        "clients/kettle/campaigns/meta.yaml": KETTLE_AD.replace("paid-social", "paid_social") if kettle else KETTLE_AD,
        "clients/kettle/docs/note.md": WARNED_EMAIL if kettle else "No link.\n",
    })


def test_a_finding_fails_the_run_by_its_own_files_config_whatever_the_order(project, run):
    """`lint clients/kettle clients/harbor` failed on Harbor's warning, its config `fail-on: error`, because Kettle's
    config, first, said `fail-on: warning`; `lint clients/harbor clients/kettle` passed. Each finding now fails the run
    when its own file's config says so: lint and scan, folders in either order, from the top, the hook's named files
    (with the cache, as the hook runs), and `--fail-on` still one floor for every finding."""
    orders = (("clients/harbor", "clients/kettle"), ("clients/kettle", "clients/harbor"), ())
    for warned, expected in (("harbor", 0), ("kettle", 1)):
        root = _fail_on_agency(project, warned)
        for command, named in (("lint", "campaigns/meta.yaml"), ("scan", "docs/note.md")):
            hook = (f"clients/kettle/{named}", f"clients/harbor/{named}")
            for argv in [("--no-cache", *order) for order in orders] + [("--no-cache", *hook), hook, hook]:
                done = run(command, "--format", "json", *argv, cwd=root)
                assert done.code == expected, (warned, command, argv, done)
                assert {f["severity"] for f in done.findings} == {"warning"}, done
                assert any(f["path"].startswith(f"clients/{warned}/") for f in done.findings), done
            strict = run(command, "--no-cache", "--fail-on", "warning", "clients/kettle", "clients/harbor", cwd=root)
            assert strict.code == 1, strict
            # the HTML report says the floor the run failed by: each file's config's, not the first path's
            page = run(command, "--no-cache", "--format", "html", "clients/kettle", "clients/harbor", cwd=root).out
            assert "failing at each file's config's <code>fail-on</code> and above (<b>warning</b>, <b>error</b>)" \
                in page, page[:2000]
