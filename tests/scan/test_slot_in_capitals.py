"""A UTM sheet's slot written in capitals (`utm_content=post-SLUG`, `SHOW-NAME`, corpus 18 #50 #53: fixB, session 33)
is no value GA4 receives: value-case stays silent on it, and on nothing else: the sheet's own `Essay-Launch` and a
capital outside the slot's word (`Post-SLUG`) are still told (review13's lesson: a reading must not silence a team's
own mistake). `validate_url`, and `utmlint scan` on real files in a temp git folder."""

from __future__ import annotations

import json

from tests.scan.repository import git_repo
from utmlint.cli import main
from utmlint.validate_url import validate_url


def _scan(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "--no-cache", "--format", "json", "."])
    return code, json.loads(capsys.readouterr().out)


def _names(url, **context):
    return sorted(f.name for f in validate_url(url, **context).findings)


# -- a UTM sheet's slot in capitals

SHEET = """# Ready-to-use links

| where | link |
|---|---|
| podcast notes | https://acme.dev/start?utm_source=podcast&utm_medium=audio&utm_campaign=guest-spot&utm_content=SHOW-NAME |
| LinkedIn post | https://acme.dev/start?utm_source=linkedin&utm_medium=social&utm_campaign=essay-launch&utm_content=post-SLUG |
"""


def test_a_slot_in_capitals_is_no_case_to_lower():
    for url in ("https://buttonrocklabs.com/start?utm_source=linkedin&utm_medium=social&utm_campaign=essay-launch"
                "&utm_content=post-SLUG",
                "https://buttonrocklabs.com/start?utm_source=podcast&utm_medium=audio&utm_campaign=guest-spot"
                "&utm_content=SHOW-NAME"):
        assert "value-case" not in _names(url)


def test_the_sheets_own_capitals_are_still_told(tmp_path, monkeypatch, capsys):
    git_repo(tmp_path, "git@github.com:acme/website.git")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "links.md").write_text(SHEET.replace("essay-launch", "Essay-Launch"), encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    told = [d for d in found if d["name"] == "value-case"]
    assert len(told) == 1 and "Essay-Launch" in told[0]["message"] and code == 1
    # a capital outside the slot's word (`Post-SLUG`) is the team's own: told
    assert "value-case" in _names("https://acme.dev/start?utm_source=linkedin&utm_medium=social&utm_campaign=essay"
                                  "&utm_content=Post-SLUG")


def test_the_corrected_sheet_is_clean(tmp_path, monkeypatch, capsys):
    git_repo(tmp_path, "git@github.com:acme/website.git")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "links.md").write_text(SHEET, encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert found == [] and code == 0


def test_in_a_campaign_file_the_slot_is_a_value_ga4_receives(tmp_path, monkeypatch, capsys):
    # utmlint renders a campaign file's values into the links as written: `post-SLUG` there reaches GA4 and is told
    (tmp_path / ".utmlint.yaml").write_text("include: ['*.yaml']\n", encoding="utf-8")
    (tmp_path / "essay.yaml").write_text("campaign: essay-launch\nsource: linkedin\nmedium: social\nlinks:\n"
                                         "  - url: https://acme.dev/start\n    content: post-SLUG\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["lint", "--no-cache", "--format", "json", "."])
    assert "value-case" in {d["name"] for d in json.loads(capsys.readouterr().out)}


# -- stranger14 R15: a team's own all-caps values are no sheet's slots, whatever word they hold

RENAME = """<a href="https://pixel.io/blog/new-name?utm_source=newsletter&utm_medium=email&utm_campaign=NEW-NAME&utm_content=HERO-TITLE">We have a new name</a>
<a href="https://pixel.io/blog/new-name?utm_source=newsletter&utm_medium=email&utm_campaign=NEW-NAME&utm_content=CTA">Read more</a>
"""


def _told(found):
    return sorted(value for d in found if d["name"] == "value-case"
                  for value in ("NEW-NAME", "HERO-TITLE", "CTA") if f"`{value}`" in d["message"].split(" has ")[0])


def test_an_email_templates_own_capitals_are_told_even_when_a_word_is_name_or_title(tmp_path, monkeypatch, capsys):
    git_repo(tmp_path, "git@github.com:twilio/signal-emails.git")
    (tmp_path / "emails").mkdir()
    (tmp_path / "emails" / "rename.html").write_text(RENAME, encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert _told(found) == ["CTA", "HERO-TITLE", "NEW-NAME", "NEW-NAME"] and code == 1


def test_a_guide_writing_its_own_values_in_capitals_has_no_slots(tmp_path, monkeypatch, capsys):
    # Markdown, but the file's convention is capitals (`CTA` holds no slot word): `NEW-NAME` is its value too
    git_repo(tmp_path, "git@github.com:acme/website.git")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "links.md").write_text(
        "# Links\n\n" + "".join(f"- [{n}]({u})\n" for n, u in enumerate(
            line.split('"')[1] for line in RENAME.splitlines())), encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert _told(found) == ["CTA", "HERO-TITLE", "NEW-NAME", "NEW-NAME"] and code == 1


def test_a_sheets_slots_in_a_code_file_are_the_programs_values(tmp_path, monkeypatch, capsys):
    git_repo(tmp_path, "git@github.com:acme/app.git")
    (tmp_path / "links.ts").write_text(
        'export const PODCAST = "https://acme.dev/start?utm_source=podcast&utm_medium=audio&utm_campaign=guest-spot'
        '&utm_content=SHOW-NAME";\n', encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert any(d["name"] == "value-case" and "SHOW-NAME" in d["message"] for d in found) and code == 1


# -- stranger15 R4: a template's placeholders and one mistake make no convention of capitals

GUIDE = """General form: `https://acme.com/?utm_source=SOURCE&utm_medium=MEDIUM&utm_campaign=CAMPAIGN`
- Show notes: https://acme.com/listen?utm_source=podcast&utm_medium=audio&utm_campaign=SHOW-NAME&utm_content=episode-SLUG
- Newsletter: https://acme.com/listen?utm_source=newsletter&utm_medium=email&utm_campaign=SHOW-NAME
"""
PLAN = """podcast,https://acme.com/?utm_source=podcast&utm_medium=audio&utm_campaign=SHOW-NAME
partner,https://acme.com/?utm_source=PARTNER-NAME&utm_medium=referral&utm_campaign=partners
launch,https://acme.com/?utm_source=linkedin&utm_medium=paid-social&utm_campaign=LAUNCH_2026
"""


def test_a_guides_general_form_keeps_its_slots_slots(tmp_path, monkeypatch, capsys):
    # `SOURCE`, `MEDIUM`, `CAMPAIGN` are placeholders, not the file's own capitals: they made `SHOW-NAME` and
    # `episode-SLUG` values, which the safe --fix lowercased into every episode's copy. Shown as inline code, the general
    # form is the guide's template, its slots there to be filled by whoever copies it: utm-placeholder-unfilled told it
    # three times to "write the name of your app or site in its place" (session 42 newuser F13), and says nothing now
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "link-guide.md").write_text(GUIDE, encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert found == [] and code == 0
    # the same template as a live link of the guide (no code span) is still told, once a slot
    (tmp_path / "docs" / "link-guide.md").write_text(GUIDE.replace("`", ""), encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert [d["name"] for d in found] == ["utm-placeholder-unfilled"] * 3


def test_one_mistake_in_capitals_makes_no_convention_of_a_sheets_slots(tmp_path, monkeypatch, capsys):
    (tmp_path / "marketing").mkdir()
    (tmp_path / "marketing" / "utm-links.csv").write_text(PLAN, encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert [(d["line"], d["name"]) for d in found] == [(3, "value-case")] and "LAUNCH_2026" in found[0]["message"]
    # two of the team's own values in capitals are its convention: the slot-like ones are its values too
    (tmp_path / "marketing" / "utm-links.csv").write_text(PLAN + PLAN.splitlines()[2].replace("LAUNCH", "SUMMER")
                                                          .replace("launch", "summer") + "\n", encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert sorted(d["line"] for d in found if d["name"] == "value-case") == [1, 2, 3, 4] and code == 1


def test_a_markdown_newsletter_sends_its_capitals_as_written(tmp_path, monkeypatch, capsys):
    # stranger15 R6: Buttondown sends Markdown; a newsletter or a plain-text e-mail is no guide of slots, as the same
    # e-mail's .html.erb is not (linkplace "email")
    git_repo(tmp_path, "git@github.com:pixel/marketing.git")
    link = ("https://pixel.io/blog/new-name?utm_source=buttondown&utm_medium=email&utm_campaign=NEW-NAME"
            "&utm_content=HERO-TITLE")
    (tmp_path / "newsletters").mkdir()
    (tmp_path / "newsletters" / "2026-06-rename.md").write_text(f"We have a new name! [Read the story]({link}).\n",
                                                                 encoding="utf-8")
    (tmp_path / "emails").mkdir()
    (tmp_path / "emails" / "rename.txt").write_text(f"Read the story: {link}\n", encoding="utf-8")
    (tmp_path / "emails" / "rename.html.erb").write_text(f'<a href="{link}">Read the story</a>\n', encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    told = sorted((d["path"], d["message"].split("`")[1]) for d in found if d["name"] == "value-case")
    assert told == [(path, value) for path in ("emails/rename.html.erb", "emails/rename.txt",
                                               "newsletters/2026-06-rename.md") for value in ("HERO-TITLE", "NEW-NAME")]
    assert code == 1


GUIDE_IN_EMAILS = """# Our e-mails

Every link in an e-mail is tagged like this (fill in the slots):

    https://acme.com/PAGE?utm_source=newsletter&utm_medium=email&utm_campaign=CAMPAIGN-NAME&utm_content=LINK-NAME

For example the June issue's hero: https://acme.com/june?utm_source=newsletter&utm_medium=email&utm_campaign=june-2026&utm_content=hero

Name your campaign `YYYY-MM-NAME`: https://acme.com/?utm_source=newsletter&utm_medium=email&utm_campaign=YYYY-MM-NAME
"""


def test_a_guide_kept_in_the_emails_folder_is_no_email(tmp_path, monkeypatch, capsys):
    # stranger16 R12: `emails/README.md` explains the e-mails' tagging: its slots are slots, and the safe --fix must
    # not lowercase `YYYY-MM-NAME` (a newsletter issue beside it still sends its capitals as written: test above)
    git_repo(tmp_path)
    for folder in ("emails", "social"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "README.md").write_text(GUIDE_IN_EMAILS, encoding="utf-8")
    (tmp_path / "emails" / "2026-06-rename.md").write_text(
        "Read: https://acme.com/new?utm_source=newsletter&utm_medium=email&utm_campaign=NEW-NAME\n", encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    told = sorted((d["path"], d["name"]) for d in found)
    assert ("emails/2026-06-rename.md", "value-case") in told
    assert [t for t in told if t[0].endswith("README.md") and t[1] == "value-case"] == []
    assert main(["scan", "--no-cache", "--fix", "."]) in (0, 1)
    assert (tmp_path / "emails" / "README.md").read_text(encoding="utf-8") == GUIDE_IN_EMAILS
    assert (tmp_path / "social" / "README.md").read_text(encoding="utf-8") == GUIDE_IN_EMAILS


def test_a_template_in_a_guides_indented_code_block_is_the_template(tmp_path, monkeypatch, capsys):
    """session 42 newuser F13: a tagging guide's `## Template` section, an indented code block, got three warnings."""
    (tmp_path / "docs").mkdir()
    guide = ("# How we tag links\n\n## Template\n\n"
             "    https://acme.com/PAGE?utm_source=SOURCE&utm_medium=MEDIUM&utm_campaign=CAMPAIGN\n")
    (tmp_path / "docs" / "utm-guide.md").write_text(guide, encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert found == [] and code == 0


def test_a_slot_in_capitals_beside_filled_values_in_a_guides_example_gets_no_value_advice(tmp_path, monkeypatch,
                                                                                         capsys):
    """review42 F9: a share kit's template in inline code or an indented block, one slot in capitals beside filled
    values (`utm_source=SOURCE&utm_medium=social`), was told value-case "write `source`" (and `YOUR_HANDLE`, "write
    `your_handle`"): the slot is the template's, for whoever copies it to fill. The filled values beside it, a team's
    own capitals (`NEWSLETTER`) in the same example, and the same slot in a live link are still told."""
    git_repo(tmp_path, "git@github.com:acmecloud/docs.git")
    kit = ("# Share kit\n\nPaste this into your bio: `https://acmecloud.io/?utm_source=SOURCE&utm_medium=social"
           "&utm_campaign=creator-kit`\n\n    https://acmecloud.io/?utm_source=YOUR_HANDLE&utm_medium=social"
           "&utm_campaign=creator-kit\n    https://acmecloud.io/?utm_source=x&utm_medium=MEDIUM&utm_campaign=kit\n")
    (tmp_path / "kit.md").write_text(kit, encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert found == [] and code == 0
    told = kit.replace("utm_medium=social&utm_campaign=creator-kit`", "utm_medium=Social&utm_campaign=creator-kit`")
    told = told.replace("utm_source=x&", "utm_source=NEWSLETTER&")
    (tmp_path / "kit.md").write_text(told, encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    # the indented block's `NEWSLETTER` (line 6) is a code block's, not read (review48 F11), as a fenced block's is
    assert sorted((d["line"], d["name"]) for d in found) == [(3, "value-case")], found
    assert "`Social`" in found[0]["message"]
    (tmp_path / "kit.md").write_text("# Kit\n\nOur bio link: https://acmecloud.io/?utm_source=SOURCE&utm_medium=social"
                                     "&utm_campaign=creator-kit\n", encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert [d["name"] for d in found] == ["value-case"]
