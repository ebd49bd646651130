"""`scan --fix`: only the bytes of utm values and keys change, re-encoded for where they are written."""

from __future__ import annotations

import pytest

from utmlint.cli import main

CASES = {
    "a.html": ('<p>Hi</p>\r\n<a href="https://sunbeam.app/?utm_source=Newsletter&amp;utm_medium=email&amp;utm_campaign=Spring%20Sale">x</a>\r\n',
               '<p>Hi</p>\r\n<a href="https://sunbeam.app/?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=spring%20sale">x</a>\r\n'),
    "a.js": ("// é\nconst u = 'https://sunbeam.app/?utm_source=Newsletter&utm_medium=email&utm_campaign=spring';\n",
             "// é\nconst u = 'https://sunbeam.app/?utm_source=newsletter&utm_medium=email&utm_campaign=spring';\n"),
    "a.md": ("\ufeff[x](https://sunbeam.app/?utm_source=intercom.com&utm_medium=email&utm_campaign=Spring+Sale \"t\")\n",
             # `Spring+Sale`: words joined by one `+` are the author's convention without a chosen separator
             # (value-separator leaves them), so the fix lowercases and keeps the `+` (values7, issue 12)
             "\ufeff[x](https://sunbeam.app/?utm_source=intercom&utm_medium=email&utm_campaign=spring+sale \"t\")\n"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_fix_is_local_and_idempotent(tmp_path, monkeypatch, capsys, name):
    monkeypatch.chdir(tmp_path)
    before, expected = CASES[name]
    path = tmp_path / name
    path.write_bytes(before.encode("utf-8"))
    main(["scan", "--fix", name])
    after = path.read_bytes()
    assert after == expected.encode("utf-8")
    # byte-locality: every changed byte lies inside a utm key or value of the original
    import difflib
    import re

    old = before.encode("utf-8")
    spans = [m.span() for m in re.finditer(rb"utm_[a-z_]+=[^&\"'\s)#]*", old)]
    for tag, i1, i2, _, _ in difflib.SequenceMatcher(None, old, after, autojunk=False).get_opcodes():
        if tag != "equal":
            assert any(s <= i1 and i2 <= e for s, e in spans), (tag, old[i1:i2])
    capsys.readouterr()
    assert main(["scan", "--fix", name]) in (0, 1)
    assert path.read_bytes() == after  # idempotent


def test_diff_writes_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    before, _ = CASES["a.js"]
    (tmp_path / "a.js").write_text(before, encoding="utf-8")
    code = main(["scan", "--diff", "a.js"])
    said = capsys.readouterr()
    assert "-const u = 'https://sunbeam.app/?utm_source=Newsletter" in said.out
    assert (tmp_path / "a.js").read_text(encoding="utf-8") == before
    # newuser F3 (session 42): as `ruff check --diff`, the diff alone on stdout (the report followed it), the counts
    # on stderr, exit 1 when there is a diff; the same from stdin
    assert said.out.startswith("--- a/a.js\n") and all(line[:1] in " +-@" for line in said.out.splitlines())
    assert said.err == "Would fix 1 finding (1 file checked).\n" and code == 1
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(before.encode("utf-8"))))
    code = main(["scan", "--diff", "-", "--stdin-filename", "a.js"])
    piped = capsys.readouterr()
    assert piped.out == said.out and piped.err == said.err and code == 1
    (tmp_path / "a.js").write_text(before.replace("Newsletter", "newsletter"), encoding="utf-8")
    assert main(["scan", "--diff", "a.js"]) == 0
    assert capsys.readouterr() == ("", "No finding would be fixed (1 file checked).\n")



def test_fix_with_diff_writes_nothing(tmp_path, monkeypatch, capsys):
    # `--fix --diff` previews as ruff's does (stranger12 R7: it rewrote the file and printed no diff)
    monkeypatch.chdir(tmp_path)
    before, _ = CASES["a.js"]
    (tmp_path / "a.js").write_text(before, encoding="utf-8")
    main(["scan", "--fix", "--diff", "a.js"])
    out = capsys.readouterr().out
    assert "-const u = 'https://sunbeam.app/?utm_source=Newsletter" in out
    assert (tmp_path / "a.js").read_text(encoding="utf-8") == before

def test_unreadable_file_is_never_rewritten(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    raw = b"caf\xe9 https://sunbeam.app/?utm_source=Newsletter&utm_medium=email&utm_campaign=x\n"
    (tmp_path / "a.md").write_bytes(raw)
    main(["scan", "--fix", "a.md"])
    assert (tmp_path / "a.md").read_bytes() == raw


def test_a_value_a_names_hash_cut_is_reported_whole_and_never_respelled(tmp_path, monkeypatch, capsys):
    """review7 F6: `utm_campaign=C#` in a scanned file got value-case on `C` and `--fix` wrote `c#`, which GA4
    still reads as `c`. Now one value-charset finding spans `C#`, says GA4 reads `C`, and the file is left as is."""
    monkeypatch.chdir(tmp_path)
    text = "[a](https://acmeco.com/b?utm_source=newsletter&utm_medium=email&utm_campaign=C#)\n"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    main(["scan", "--no-cache", "a.md"])
    out = capsys.readouterr().out
    assert "a.md:1:78: UTM204 value-charset warning: utm_campaign `C#`: the `#` starts the link's fragment, so " \
           "GA4 reads `C`" in out
    assert "UTM201" not in out and "write `c`" not in out
    main(["scan", "--fix", "--no-cache", "a.md"])
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == text


def test_a_name_the_hash_cut_mid_query_is_one_finding_and_never_respelled(tmp_path, monkeypatch, capsys):
    """stranger8 S1: with the campaign in the middle of the query (`C#&utm_content=hero`), `--fix` wrote `c#`."""
    monkeypatch.chdir(tmp_path)
    text = "[a](https://acmeco.com/b?utm_source=newsletter&utm_medium=email&utm_campaign=C#&utm_content=hero)\n"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    main(["scan", "--no-cache", "--format", "concise", "a.md"])
    out = capsys.readouterr().out
    assert "a.md:1:78: UTM204 value-charset warning: utm_campaign `C#`: the `#` starts the link's fragment" in out
    assert "UTM201" not in out and "utm-in-fragment" not in out and "Found 1 warning" in out
    main(["scan", "--fix", "--no-cache", "a.md"])
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == text


@pytest.mark.parametrize("written, lost", [
    ("C#weekly", ""),  # a name glued to the next word: the `#` still starts the fragment
    ("learn%20C#", ""),  # the name after an encoded space
    ("learn+C#&utm_content=hero", "utm_content"),  # after a `+` space, mid-query
    ("C#?x=1", ""),  # a `?` after the name: url-fragment-order's SAFE fix wrote `C&x=1#`, dropping the `#`
])
def test_every_value_a_names_hash_cut_is_one_finding_and_never_respelled(tmp_path, monkeypatch, capsys, written,
                                                                          lost):
    """stranger8 S1 (rest, values9): `C#weekly`, `learn%20C#` and `C#?x=1` got value-case "write `c`" with a SAFE
    fix to `c#` (and `C#?x=1` url-fragment-order's SAFE fix to `C&x=1#`): the `#` ends the query there too, so the
    one finding is value-charset's on the value as written, and `scan --fix` leaves the file as it is."""
    monkeypatch.chdir(tmp_path)
    text = f"[a](https://acmeco.com/b?utm_source=newsletter&utm_medium=email&utm_campaign={written})\n"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    main(["scan", "--no-cache", "--format", "concise", "a.md"])
    out = capsys.readouterr().out
    shown = written.split("&")[0].split("?")[0]
    assert f"a.md:1:78: UTM204 value-charset warning: utm_campaign `{shown}`: the `#` starts the link's fragment" \
        in out, out
    assert "UTM201" not in out and "write `c`" not in out and "UTM304" not in out and "UTM306" not in out, out
    assert "Found 1 warning" in out, out
    if lost:
        assert f"`{lost}` after it is lost too" in out, out
    main(["scan", "--fix", "--no-cache", "a.md"])
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == text


@pytest.mark.parametrize("written, code, advice", [
    ("c%2B%2Bweekly", None, None),  # an encoded `++`: the name as meant, nothing breaks
    ("C%2B%2BWeekly", "UTM201", "cppweekly"),  # capitals: value-case, and no fix that could drop the `++`
    ("c++weekly", "UTM204", "cppweekly"),  # a raw `+` most tools read as a space
    ("Learn%20C%23", "UTM201", "learn csharp"),  # was no finding at all: value-case hid behind a dropped value-charset
])
def test_a_cpp_name_keeps_its_symbols_under_every_fix(tmp_path, monkeypatch, capsys, written, code, advice):
    """stranger8 S4 (values9): `c++weekly`, `c%2B%2Bweekly` and `C%2B%2BWeekly` got value-separator/value-case
    "write `c-weekly`" with a SAFE fix: a renamed campaign (C++ Weekly became C Weekly), while `C++ Weekly` was told
    `cpp weekly`. A `++` after `c` is C++'s with a word glued after it too; the one suggestion spells it `cpp`, and
    `scan --fix` leaves the file as it is."""
    monkeypatch.chdir(tmp_path)
    text = f"See https://acmeco.com/?utm_source=newsletter&utm_medium=email&utm_campaign={written}&utm_content=a\n"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    main(["scan", "--no-cache", "--format", "concise", "a.md"])
    out = capsys.readouterr().out
    assert "c-weekly" not in out and "UTM203" not in out, out
    if code is None:
        assert "All clean" in out, out
    else:
        assert f" {code} " in out and out.count("warning:") == 1 and f"write `{advice}`" in out and "[*]" not in out, out
    main(["scan", "--fix", "--no-cache", "a.md"])
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == text


# One link per rule whose findings `utmlint lint --fix` or `utmlint scan --fix` may fix (newuser47b F4: `utmlint rules`
# said `url-insecure` and `utm-internal-link` had an unsafe fix; `scan --unsafe-fixes` changed nothing for them).
FIX_LINKS = {
    "UTM103": "https://acme.dev/a?utm_source=intercom.com&utm_medium=email&utm_campaign=spring",
    "UTM107": "https://acme.dev/a?utm_source=email&utm_medium=mailchimp&utm_campaign=spring",
    "UTM201": "https://acme.dev/a?utm_source=Newsletter&utm_medium=email&utm_campaign=spring",
    "UTM202": "https://acme.dev/a?utm_source=newsletter&utm_medium=email&utm_campaign=%20spring",
    "UTM203": "https://acme.dev/a?utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale",
    "UTM302": "http://acme.dev/a?utm_source=newsletter&utm_medium=email&utm_campaign=spring",
    "UTM303": "https://acme.dev/a?utm_source=newsletter&utm_medium=email&utm_campaign=spring sale",
    "UTM304": "https://acme.dev/a#top?utm_source=newsletter&utm_medium=email&utm_campaign=spring",
    "UTM306": "https://acme.dev/a?x=1#utm_source=newsletter&utm_medium=email&utm_campaign=spring",
    "UTM307": "https://acme.dev/a?utm_source=newsletter&utm_medium=email&utm_campaign=spring&utm_source=newsletter",
    "UTM308": "https://acme.dev/a?utm_souce=newsletter&utm_medium=email&utm_campaign=spring",
    "UTM310": "https://acme.dev/a?utm_source=newsletter&utm_medium=email&utm_campaign=spring&gclid=abc123",
    "UTM311": "/a?utm_source=newsletter&utm_medium=email&utm_campaign=spring",
    "UTM313": "https://acme.dev/a?ref=x?utm_source=newsletter&utm_medium=email&utm_campaign=spring",
    "UTM315": "https://play.google.com/store/apps/details?id=com.acme&referrer=utm_source=newsletter&utm_medium=email"
              "&utm_campaign=spring",
    "UTM316": "https://twitter.com/acme?utm_source=newsletter&utm_medium=email&utm_campaign=spring",
}
# fixable in a campaign file, never reported by scan on a written link (a campaign's own structure or comments)
CAMPAIGN_ONLY = {"UTM002", "UTM005", "UTM301", "UTM501", "UTM504", "UTM505"}
REPO_WIDE = {"UTM601", "UTM602", "UTM604"}  # scan's are said without a fix (one link's value alone is not wrong)


def test_the_scan_fix_each_rule_declares_is_what_scan_fix_offers(tmp_path, monkeypatch, capsys):
    """`utmlint rules` and `utmlint rule NAME` show scan's fix from the rule's `scan_fix`: every rule with a fix in
    either command is tried here on a written link, and scan's finding has a fix exactly when `scan_fix` says so, as
    safe as it says."""
    import json

    from utmlint.rulebook import registry

    fixable = {r.code for r in registry() if r.fix or r.scan_fix}
    assert fixable == set(FIX_LINKS) | CAMPAIGN_ONLY | REPO_WIDE | {"UTM309"}, "a rule with a fix is tried here"
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".utmlint.yaml").write_text('separator: "-"\n', encoding="utf-8")
    (tmp_path / "page.md").write_text("".join(f"{code} [x]({url}) ok\n\n" for code, url in FIX_LINKS.items()),
                                      encoding="utf-8")
    (tmp_path / "a.md").write_text("[x](https://acme.dev/b?utm_source=mailchimp&utm_medium=email&utm_campaign=launch)\n"
                                   "[y](https://acme.dev/b?utm_source=mailchimp&utm_medium=email&utm_campaign=launch)\n"
                                   "[z](https://acme.dev/b?utm_source=mailchimp&utm_medium=email&utm_campaign=launchx)\n"
                                   "[w](https://acme.dev/b?utm_source=mailchimp&utm_medium=email&utm_campaign=launch-x)\n",
                                   encoding="utf-8")
    (tmp_path / "code.js").write_text(  # `&amp;` in code (Markdown decodes it): UTM309
        'const u = "https://acme.dev/c?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=spring";\n',
        encoding="utf-8")
    main(["scan", "--no-cache", "--format", "json", "."])
    findings = json.loads(capsys.readouterr().out)
    by_rule = {}
    for f in findings:
        line = f["line"]
        if f["path"] == "page.md":
            code = list(FIX_LINKS)[(line - 1) // 2]
            if f["code"] != code:
                continue
        by_rule.setdefault(f["code"], []).append(f)
    for code in [*FIX_LINKS, "UTM309"]:
        rule_ = registry().get(code)
        assert by_rule.get(code), f"{code}: scan reported no finding on {FIX_LINKS.get(code, 'code.js')}"
        fixes = {None if f["fix"] is None else ("safe" if f["fix"]["safe"] else "unsafe") for f in by_rule[code]}
        if not rule_.scan_fix:
            assert fixes == {None}, (code, fixes)
        else:
            assert None not in fixes and fixes <= set(rule_.scan_fix.split("/")), (code, fixes)
    assert by_rule.get("UTM604") and all(f["fix"] is None for f in by_rule["UTM604"])
    assert not (set(by_rule) & CAMPAIGN_ONLY)
