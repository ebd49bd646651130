"""stranger15's findings on scan (/work/review15-findings.md), each reproduction as a user runs it: `utmlint scan` in a
fresh git folder."""

from __future__ import annotations

import json

from tests.scan.test_identity import git_repo


def _scan(run, root, *paths):
    result = run("scan", "--no-cache", "--format", "json", *(paths or (".",)), cwd=root)
    return result.code, [(f["path"], f["line"], f["name"], f["severity"]) for f in json.loads(result.out)]


def test_r14_a_hedged_note_holding_back_the_teams_mistake_fails_the_gate(run, tmp_path):
    # the team's Rails app (jdoe/rails-app) documents its own digest's links to taskly.io: whether the tags were copied
    # from the digest or are the team's own, `Digest` needs a change; the note said so as an info, exit 0
    git_repo(tmp_path, "https://github.com/jdoe/rails-app.git")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "digest.md").write_text(
        "Our weekly digest links: https://taskly.io/dashboard?utm_source=weekly_digest&utm_medium=email"
        "&utm_campaign=Digest\n", encoding="utf-8")
    assert _scan(run, tmp_path) == (1, [("docs/digest.md", 1, "copied-tracking", "warning")])
    # holding nothing back, the hedge stays a note
    (tmp_path / "docs" / "digest.md").write_text(
        "Our weekly digest links: https://taskly.io/dashboard?utm_source=weekly_digest&utm_medium=email"
        "&utm_campaign=digest\n", encoding="utf-8")
    assert _scan(run, tmp_path) == (0, [("docs/digest.md", 1, "copied-tracking", "info")])


SHEET = "name\turl\nspring\thttps://acme.com/?utm_source=newsleter&utm_medium=emial&utm_campaign=spring\n"


def test_r10_a_utf16_sheet_is_read_as_its_text(run, tmp_path):
    # Excel's "Unicode Text" and "CSV UTF-16" exports: UTF-16 with a byte order mark ("All clean: 2 files checked")
    (tmp_path / "links.txt").write_bytes(SHEET.encode("utf-16"))
    (tmp_path / "links.csv").write_bytes(SHEET.replace("\t", ",").encode("utf-16"))
    code, found = _scan(run, tmp_path, "links.txt", "links.csv")
    assert code == 1 and found == [("links.csv", 2, "medium-unassigned", "error"),
                                   ("links.txt", 2, "medium-unassigned", "error")]
    # a safe fix is written back in the file's own encoding, its mark kept (big-endian here)
    (tmp_path / "spring.csv").write_bytes(b"\xfe\xff" + "name,url\nspring,https://acme.com/?utm_source=news"
                                          "letter&utm_medium=email&utm_campaign=Spring\n".encode("utf-16-be"))
    assert run("scan", "--no-cache", "--fix", "spring.csv", cwd=tmp_path).code == 0
    raw = (tmp_path / "spring.csv").read_bytes()
    assert raw.startswith(b"\xfe\xff") and raw[2:].decode("utf-16-be").endswith("utm_campaign=spring\n")


def test_r10_a_named_file_that_does_not_decode_is_a_finding(run, tmp_path):
    # a UTF-16 mark on bytes that are no UTF-16, and Latin-1: a note beside "All clean: 1 file checked", exit 0, before
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfex https://acme.com/?utm_source=a&utm_medium=emial\n\xff")
    (tmp_path / "latin.md").write_bytes(b"caf\xe9 https://acme.com/?utm_source=a&utm_medium=emial\n")
    code, found = _scan(run, tmp_path, "bad.txt", "latin.md")
    assert code == 1 and found == [("bad.txt", 1, "file-unreadable", "error"),
                                   ("latin.md", 1, "file-unreadable", "error")]
    # in a folder's walk it stays a note on stderr (tests/scan/test_scan_cli.py: hostile files get notes)
    (tmp_path / "docs").mkdir()
    (tmp_path / "latin.md").rename(tmp_path / "docs" / "latin.md")
    result = run("scan", "--no-cache", "docs", cwd=tmp_path)
    assert result.code == 0 and "docs/latin.md:1:4: note: not valid UTF-8" in result.err


def test_r13_a_po_url_gettext_wrapped_over_two_lines_is_read_whole(run, tmp_path):
    # ACF's German catalogue: gettext wrapped the URL after `wordpress.`; read cut, it lacked its medium and campaign
    (tmp_path / "languages").mkdir()
    (tmp_path / "languages" / "acf-de_DE.po").write_text(
        'msgid "Hosting"\nmsgstr ""\n"https://wpengine.com/de/?utm_source=wordpress."\n'
        '"org&utm_medium=referral&utm_campaign=plugin_directory&utm_content=advanced_custom_fields"\n',
        encoding="utf-8")
    result = run("scan", "--no-cache", "--links", "languages/acf-de_DE.po", cwd=tmp_path)
    assert [r["url"] for r in json.loads(result.out)] == [
        "https://wpengine.com/de/?utm_source=wordpress.org&utm_medium=referral&utm_campaign=plugin_directory"
        "&utm_content=advanced_custom_fields"]
    # whole, the link is judged as the corpora label it (wordpress.org is on GA4's social list: corpus 8 #142-#147),
    # never "add utm_medium, utm_campaign"
    assert _scan(run, tmp_path, "languages/acf-de_DE.po")[1] == [
        ("languages/acf-de_DE.po", 3, "source-overrides-medium", "warning")]
    # a value wrapped in two is one value, found where it starts; a URL followed by a space ends on its line
    (tmp_path / "languages" / "acf-de_DE.po").write_text(
        'msgid "Read"\nmsgstr ""\n"Lesen Sie https://acme.com/?utm_source=newsletter&utm_medium=email&utm_campaign=Sp"\n'
        '"ring-Sale. Oder https://acme.com/?utm_source=newsletter&utm_medium=email&utm_campaign=spring "\n'
        '"und mehr."\n', encoding="utf-8")
    result = run("scan", "--no-cache", "--links", "languages/acf-de_DE.po", cwd=tmp_path)
    assert [r["url"].rpartition("=")[2] for r in json.loads(result.out)] == ["Spring-Sale", "spring"]
    assert _scan(run, tmp_path, "languages/acf-de_DE.po")[1] == [("languages/acf-de_DE.po", 3, "value-case", "warning")]


def test_r11_a_named_po_whose_links_are_all_msgids_is_not_all_clean(run, tmp_path):
    # its msgids are the source's strings, judged where the source writes them: nothing of the file was judged, so
    # "Nothing checked" and why, never "All clean: 1 file checked. (0 tracked links in 1 file)"
    (tmp_path / "de.po").write_text('msgid "Read https://acme.com/?utm_source=newsleter&utm_medium=emial"\nmsgstr ""\n',
                                    encoding="utf-8")
    result = run("scan", "--no-cache", "de.po", cwd=tmp_path)
    assert result.code == 0 and result.out.startswith("Nothing checked") and "All clean" not in result.out
    assert "skipped de.po: its links are all in `msgid`s" in result.err and "scan the source file" in result.err
    (tmp_path / "ok.md").write_text("[x](https://acme.com/?utm_source=a&utm_medium=email&utm_campaign=b)\n",
                                    encoding="utf-8")
    result = run("scan", "--no-cache", "de.po", "ok.md", cwd=tmp_path)
    assert "All clean: 1 file checked" in result.out and "de.po:1:1: note: its links are all in `msgid`s" in result.err
    # a translation's own link is read as ever
    (tmp_path / "de.po").write_text('msgid "Read"\nmsgstr "Lesen https://acme.com/?utm_source=news&utm_medium=emial"\n',
                                    encoding="utf-8")
    assert "medium-unassigned" in {name for _, _, name, _ in _scan(run, tmp_path, "de.po")[1]}


def test_a_po_url_wrapped_between_its_scheme_and_its_slashes_keeps_its_scheme(run, tmp_path):
    # zorem's shipment-tracking plugin's Italian catalogue (corpus 50 #2): its tool wrapped the msgstr after `https:`,
    # so the second line began `//www.zorem.com/...`, read as an address relative to the page's protocol
    (tmp_path / "it.po").write_text(
        'msgid "Switch"\nmsgstr ""\n"Passa a un <a href=\\"https:"\n'
        '"//www.zorem.com/ast-pro/?utm_source=wp-admin&utm_medium=ast-go-"\n'
        '"pro&utm_campaign=hero\\" target=\\"_blank\\">sistema</a> ."\n', encoding="utf-8")
    result = run("scan", "--no-cache", "--links", "it.po", cwd=tmp_path)
    assert [(r["line"], r["url"]) for r in json.loads(result.out)] == [
        (3, "https://www.zorem.com/ast-pro/?utm_source=wp-admin&utm_medium=ast-go-pro&utm_campaign=hero")]
    # its medium told where the value starts (`ast-go-`), as a wrapped value is
    assert _scan(run, tmp_path, "it.po")[1] == [("it.po", 4, "medium-unassigned", "error")]


# zorem's shipment-tracking plugin (corpus 50 #1 #2): the Pro page's tagged link, which the plugin's
# includes/views/admin_options_addons.php:61 writes in an `_e()`, repeated as written in each language's msgstr
ZOREM_MSGID = ('#: includes/views/admin_options_addons.php:61\nmsgid ""\n'
               '"Stop wasting hours on manual tracking updates. Switch from a <strong>tedious "\n'
               '"manual workflow</strong> to a <a href=\\"https://www.zorem.com/ast-pro/?"\n'
               '"utm_source=wp-admin&utm_medium=ast-go-pro&utm_campaign=hero\\" "\n'
               '"target=\\"_blank\\">fully automated fulfillment powerhouse</a>."\n')
ZOREM_DE = ZOREM_MSGID + ('msgstr ""\n'
                          '"Verschwenden Sie keine Stunden mehr mit manuellen Tracking-Aktualisierungen. "\n'
                          '"Wechseln Sie von einem <strong>mühsamen manuellen Workflow</strong> zu einem "\n'
                          '"<a href=\\"https://www.zorem.com/ast-pro/?utm_source=wp-admin&utm_medium=ast-"\n'
                          '"go-pro&utm_campaign=hero\\" target=\\"_blank\\">vollautomatisierten Fulfillment-"\n'
                          '"System</a> ."\n')
ZOREM_IT = ZOREM_MSGID + ('msgstr ""\n'
                          '"Basta perdere ore con gli aggiornamenti manuali del tracciamento. Passa da "\n'
                          '"un <strong>noioso flusso di lavoro manuale</strong> a un <a href=\\"https:"\n'
                          '"//www.zorem.com/ast-pro/?utm_source=wp-admin&utm_medium=ast-go-"\n'
                          '"pro&utm_campaign=hero\\" target=\\"_blank\\">sistema di evasione ordini "\n'
                          '"completamente automatizzato</a> ."\n')


def test_a_walk_reads_a_catalogues_translators_own_links_only(run, tmp_path):
    """Session 48: a folder's walk reads a `.po` (it left every one out: a translator's own link, a `/de/` page or its
    own campaign, was a silent miss), in the links of its msgstrs that no msgid writes. A msgstr repeating its msgid's
    link as written (however gettext wrapped either) is the source's link again, told once where the source writes it,
    not once per language: zorem's German and Italian catalogues (tests/data/po-copy-rows.tsv's rows) give nothing, and
    named, "Nothing checked" with why; the German page the translator links instead is read and told."""
    git_repo(tmp_path, "https://github.com/zorem/woo-advanced-shipment-tracking.git")
    (tmp_path / "lang").mkdir()
    (tmp_path / "lang" / "ast-de_DE.po").write_text(ZOREM_DE, encoding="utf-8")
    (tmp_path / "lang" / "ast-it_IT.po").write_text(ZOREM_IT, encoding="utf-8")
    assert _scan(run, tmp_path) == (0, [])
    result = run("scan", "--no-cache", "lang/ast-de_DE.po", "lang/ast-it_IT.po", cwd=tmp_path)
    assert result.out.startswith("Nothing checked"), result.out
    assert "skipped lang/ast-it_IT.po: its links are all in `msgid`s, or repeat a `msgid`'s link as written" in result.err
    (tmp_path / "lang" / "ast-de_DE.po").write_text(ZOREM_DE.replace("zorem.com/ast-pro", "zorem.com/de/ast-pro", 2)
                                                    .replace("zorem.com/de/ast-pro", "zorem.com/ast-pro", 1),
                                                    encoding="utf-8")
    assert _scan(run, tmp_path) == (1, [("lang/ast-de_DE.po", 10, "medium-unassigned", "error")])
