"""`utmlint import` as a user runs it: exit codes, --dry-run, --force, --out, --config, --format json, and writes
that never follow a symlink nor leave half a file."""

from __future__ import annotations

import json
import os

CLEAN = ("url,utm_source,utm_medium,utm_campaign,utm_content\n"
         "https://example.com/a,newsletter,email,spring-sale,hero\n"
         "https://example.com/b,newsletter,email,spring-sale,footer\n")
SKIPPING = CLEAN + "https://example.com/c,newsletter,email,,x\n"
UPPER = CLEAN + "https://example.com/d,Newsletter,email,spring-sale,extra\n"


def _files(folder):
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_exit_0_when_every_row_is_imported_clean(run, tmp_path):
    (tmp_path / "s.csv").write_text(CLEAN)
    result = run("import", "s.csv", cwd=tmp_path)
    assert result.code == 0, result.out
    assert result.out.endswith("2 rows: 2 imported into 1 campaign file, 0 skipped; 0 lint findings.\n")
    assert "wrote campaigns/spring-sale.yaml (2 links)" in result.out
    assert run("lint", "campaigns", cwd=tmp_path).code == 0


def test_a_google_play_row_is_imported_without_a_renders_as_note(run, tmp_path):
    """review7 F7: render writes a Play listing's tags into its `referrer` too; the importer's check that the file
    renders each row's link knows it, so a Play row is no "but it renders as ..." row."""
    (tmp_path / "s.csv").write_text(
        "url,utm_source,utm_medium,utm_campaign\n"
        "https://play.google.com/store/apps/details?id=com.acme.app,github,referral,launch\n")
    result = run("import", "s.csv", cwd=tmp_path)
    assert result.code == 0, result.out
    assert "renders as" not in result.out
    assert run("render", "--format", "urls", "campaigns", cwd=tmp_path).out == (
        "https://play.google.com/store/apps/details?id=com.acme.app&utm_source=github&utm_medium=referral"
        "&utm_campaign=launch&referrer=utm_source%3Dgithub%26utm_medium%3Dreferral%26utm_campaign%3Dlaunch\n")


def test_exit_1_for_a_skipped_row_and_for_a_finding(run, tmp_path):
    (tmp_path / "s.csv").write_text(SKIPPING)
    assert run("import", "s.csv", cwd=tmp_path).code == 1
    (tmp_path / "u.csv").write_text(UPPER)
    result = run("import", "u.csv", "--out", "other", cwd=tmp_path)
    assert result.code == 1
    assert "other/spring-sale.yaml:" in result.out and "UTM201 [*] value-case warning: utm_source `Newsletter`" in result.out
    # the value is kept as written: the finding is the next step's (`utmlint lint --fix`), not the importer's
    assert "    source: Newsletter\n" in (tmp_path / "other" / "spring-sale.yaml").read_text()
    assert "`utmlint lint --fix other` fixes the safe ones" in result.out


def test_dry_run_prints_the_files_and_writes_nothing(run, tmp_path):
    (tmp_path / "s.csv").write_text(CLEAN)
    result = run("import", "s.csv", "--dry-run", cwd=tmp_path)
    assert result.code == 0
    assert "--- campaigns/spring-sale.yaml (2 links; would write)\n# yaml-language-server: $schema=" in result.out
    assert "s.csv:2: would be imported into campaigns/spring-sale.yaml" in result.out
    assert result.out.endswith("nothing written (--dry-run).\n")
    assert not (tmp_path / "campaigns").exists()  # not even the folder


def test_existing_files_are_never_overwritten_without_force(run, tmp_path):
    (tmp_path / "s.csv").write_text(CLEAN + "https://example.com/w,newsletter,email,webinar,x\n")
    (tmp_path / "campaigns").mkdir()
    mine = "campaign: spring-sale  # hand-written, keep me\nsource: a\nmedium: email\nlinks: []\n"
    (tmp_path / "campaigns" / "spring-sale.yaml").write_text(mine)
    result = run("import", "s.csv", cwd=tmp_path)
    assert result.code == 1
    assert "not written: campaigns/spring-sale.yaml: exists; not overwritten (pass --force to replace it)" in result.out
    # all or nothing: the file that did not exist is not written either, so a re-run starts from the same place
    assert "not written: campaigns/webinar.yaml: nothing was written: 1 of the files exist" in result.out
    assert _files(tmp_path / "campaigns") == ["spring-sale.yaml"]
    assert (tmp_path / "campaigns" / "spring-sale.yaml").read_text() == mine
    dry = run("import", "s.csv", "--dry-run", cwd=tmp_path)
    assert "--- campaigns/spring-sale.yaml (2 links; exists: not replaced without --force)" in dry.out
    forced = run("import", "s.csv", "--force", cwd=tmp_path)
    assert forced.code == 0, forced.out
    assert "replaced campaigns/spring-sale.yaml (2 links)" in forced.out
    assert "wrote campaigns/webinar.yaml (1 link)" in forced.out
    assert "hand-written" not in (tmp_path / "campaigns" / "spring-sale.yaml").read_text()
    assert [n for n in os.listdir(tmp_path / "campaigns") if "utmlint-tmp" in n] == []


def test_a_symlink_is_replaced_never_written_through(run, tmp_path):
    (tmp_path / "s.csv").write_text(CLEAN)
    (tmp_path / "campaigns").mkdir()
    target = tmp_path / "outside.txt"
    target.write_text("precious\n")
    (tmp_path / "campaigns" / "spring-sale.yaml").symlink_to(target)
    assert run("import", "s.csv", cwd=tmp_path).code == 1  # a name taken by a symlink is taken
    assert run("import", "s.csv", "--force", cwd=tmp_path).code == 0
    assert target.read_text() == "precious\n"
    assert not (tmp_path / "campaigns" / "spring-sale.yaml").is_symlink()


def test_an_out_folder_that_is_a_symlink_is_refused(run, tmp_path):
    (tmp_path / "s.csv").write_text(CLEAN)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "campaigns").symlink_to(elsewhere)
    result = run("import", "s.csv", cwd=tmp_path)
    assert result.code == 1
    assert "is a symbolic link or not a folder; utmlint does not write through it" in result.out
    assert _files(elsewhere) == []


def test_config_is_the_projects_and_lints_with_its_rules(run, tmp_path):
    (tmp_path / "s.csv").write_text(CLEAN)
    (tmp_path / "team.yaml").write_text("sources: [intercom]\n")
    result = run("import", "s.csv", "--config", "team.yaml", "--dry-run", cwd=tmp_path)
    assert result.code == 1
    assert "source-not-allowed" in result.out
    (tmp_path / "broken.yaml").write_text("sources: [intercom\n")
    broken = run("import", "s.csv", "--config", "broken.yaml", cwd=tmp_path)
    assert broken.code == 2 and broken.err.startswith("utmlint: ")


def test_findings_are_the_linters_repo_wide_rules_included(run, tmp_path):
    """What import reports before writing is what `utmlint lint` finds after: same engine, same repo context."""
    (tmp_path / "campaigns").mkdir()
    (tmp_path / "campaigns" / "onboarding.yaml").write_text(
        "campaign: onboarding-series-b\nplatform: intercom\nlinks:\n  - url: https://app.example.com/q\n    content: a\n")
    (tmp_path / "s.csv").write_text("url,utm_source,utm_medium,utm_campaign,utm_content\n"
                                    "https://example.com/changelog,intercomm,email,release-notes-v3,cta\n"
                                    "https://example.com/docs,Newsletter,email,docs,x\n")
    planned = json.loads(run("import", "s.csv", "--format", "json", "--dry-run", cwd=tmp_path).out)["findings"]
    assert "UTM601" in {f["code"] for f in planned}  # source-fragmentation needs the repo's other file to fire
    run("import", "s.csv", cwd=tmp_path)
    linted = json.loads(run("lint", "--format", "json", "--no-cache", "campaigns", cwd=tmp_path).out)
    key = lambda f: (f["path"], f["line"], f["column"], f["code"], f["message"])  # noqa: E731
    assert sorted(map(key, planned)) == sorted(key(f) for f in linted if not f["path"].endswith("onboarding.yaml"))


def test_json_report(run, tmp_path):
    (tmp_path / "s.csv").write_text(SKIPPING)
    result = run("import", "s.csv", "--format", "json", cwd=tmp_path)
    report = json.loads(result.out)
    assert result.code == report["exit_code"] == 1
    assert report["preset"] == "generic" and report["picked_by"] == "headers"
    assert report["rows"][2] == {"line": 4, "status": "skipped", "reason": "no campaign (utm_campaign is empty)",
                                 "file": None, "campaign": None, "findings": []}
    assert report["files"] == [{"path": "campaigns/spring-sale.yaml", "campaign": "spring-sale", "links": 2,
                                "status": "written", "reason": None, "note": None}]
    assert report["summary"] == {"rows": 3, "imported": 2, "skipped": 1, "files": 1, "findings": 0}


def test_import_is_a_command_of_the_installed_cli():
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "utmlint", "import", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert "usage: utmlint import" in result.stdout and "ga-builder" in result.stdout and "--dry-run" in result.stdout


def test_each_row_names_the_findings_on_its_link(run, tmp_path):
    (tmp_path / "s.csv").write_text(UPPER)
    report = json.loads(run("import", "s.csv", "--format", "json", "--dry-run", cwd=tmp_path).out)
    assert [(r["line"], r["findings"]) for r in report["rows"]] == [(2, []), (3, []), (4, ["UTM201"])]
    (tmp_path / "t.csv").write_text(UPPER.replace("spring-sale", "Spring-Sale"))
    result = run("import", "t.csv", "--dry-run", cwd=tmp_path)
    # a campaign-wide value concerns every row of the campaign
    assert "t.csv:2: would be imported into campaigns/spring-sale.yaml (lint: UTM201)" in result.out
    assert "t.csv:4: would be imported into campaigns/spring-sale.yaml (lint: UTM201)" in result.out


def test_two_columns_for_one_parameter_that_disagree(run, tmp_path):
    (tmp_path / "s.csv").write_text("URL,Source,utm_source,utm_medium,Campaign\n"
                                    "https://example.com/a,news,news,email,c\n"
                                    "https://example.com/b,news,mail,email,c\n")
    result = run("import", "s.csv", "--dry-run", cwd=tmp_path)
    assert "s.csv:2: would be imported" in result.out
    assert "s.csv:3: skipped: utm_source is both `mail` and `news` in two of its columns" in result.out \
        or "s.csv:3: skipped: utm_source is both `news` and `mail` in two of its columns" in result.out


def test_a_sheet_with_no_rows_is_no_success(run, tmp_path):
    (tmp_path / "s.csv").write_text("url,utm_campaign\n")
    result = run("import", "s.csv", cwd=tmp_path)
    assert result.code == 1
    assert "s.csv: nothing to import: the sheet has a header row and no rows of links" in result.out


def test_out_must_be_a_folder(run, tmp_path):
    (tmp_path / "s.csv").write_text(CLEAN)
    (tmp_path / "afile").write_text("x")
    result = run("import", "s.csv", "--out", "afile", cwd=tmp_path)
    assert (result.code, result.err) == (2, "utmlint: --out afile: is not a folder; name the folder the campaign "
                                            "files go into\n")


def test_a_campaign_the_repo_already_defines_is_pointed_out(run, tmp_path):
    (tmp_path / "campaigns" / "intercom").mkdir(parents=True)
    (tmp_path / "campaigns" / "intercom" / "onboarding.yaml").write_text(
        "campaign: onboarding\nplatform: intercom\nlinks:\n  - url: https://example.com/a\n    content: one\n")
    (tmp_path / "s.csv").write_text("url,utm_source,utm_medium,utm_campaign,utm_content\n"
                                    "https://example.com/b,intercom,email,onboarding,two\n")
    result = run("import", "s.csv", cwd=tmp_path)
    assert ("note: campaigns/onboarding.yaml: campaign `onboarding` is already defined in "
            "campaigns/intercom/onboarding.yaml: merge the links by hand, or drop one file") in result.out
    again = run("import", "s.csv", "--force", cwd=tmp_path)  # the file it replaces is not "another" definition
    assert again.out.count("note:") == 1


def test_an_out_folder_not_made_yet_is_compared_with_the_repos_campaigns(run, tmp_path):
    """newuser46 F1: `--out campaigns/imported`, a folder not there yet (the first import), compared the new files
    with no campaign file of the repo: no "already defined" note, no repo-wide finding (`paid_social` beside the repo's
    `paid-social`), both said only once the folder existed (`--force`); now the same on the first run and the second."""
    (tmp_path / ".utmlint.yaml").write_text('include: ["campaigns/**/*.yaml"]\n')
    (tmp_path / "campaigns" / "paid").mkdir(parents=True)
    (tmp_path / "campaigns" / "paid" / "linkedin.yaml").write_text(
        "campaign: q1-demo\nplatform: linkedin\ntype: ad\nmedium: paid-social\n"
        "links:\n  - url: https://example.com/a\n    content: one\n")
    (tmp_path / "s.csv").write_text("url,utm_source,utm_medium,utm_campaign,utm_content\n"
                                    "https://example.com/b,linkedin,paid_social,q1-demo,two\n")
    note = ("note: campaigns/imported/q1-demo.yaml: campaign `q1-demo` is already defined in "
            "campaigns/paid/linkedin.yaml: merge the links by hand, or drop one file")
    split = "UTM602 medium-fragmentation warning: utm_medium `paid_social` is also spelled `paid-social`"
    dry = run("import", "s.csv", "--out", "campaigns/imported", "--dry-run", cwd=tmp_path)
    assert note in dry.out and split in dry.out, dry.out
    first = run("import", "s.csv", "--out", "campaigns/imported", cwd=tmp_path)
    assert note in first.out and split in first.out and first.code == 1, first.out
    again = run("import", "s.csv", "--out", "campaigns/imported", "--force", cwd=tmp_path)
    assert again.out.replace("replaced ", "wrote ") == first.out


def test_files_the_configs_include_leaves_out_are_noted(run, tmp_path):
    """session 42 newuser F9: `--out imported` beside `include: ["campaigns/**/*.yaml"]` wrote files no `utmlint lint`
    checks, said nothing, and named `utmlint lint --fix imported` as the next step; the default `--out campaigns`
    (which the globs name) and a repo without a config stay quiet."""
    (tmp_path / "s.csv").write_text(CLEAN)
    (tmp_path / ".utmlint.yaml").write_text('include: ["campaigns/**/*.yaml"]\n')
    result = run("import", "s.csv", "--out", "imported", cwd=tmp_path)
    assert "leave this file out, so `utmlint lint` will not check it: add the folder to `include:`" in result.out
    assert run("lint", "imported", cwd=tmp_path).code == 2  # the next step it named fails, naming the files (F4)
    result = run("import", "s.csv", cwd=tmp_path)
    assert "leave this file out" not in result.out and (tmp_path / "campaigns").is_dir()
    (tmp_path / ".utmlint.yaml").unlink()
    result = run("import", "s.csv", "--out", "elsewhere", cwd=tmp_path)
    assert "leave this file out" not in result.out
