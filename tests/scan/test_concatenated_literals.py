"""A link built in code over several literals is the link the code opens: the literals that go on with its query are
joined on (scan.core.continued), so no key is called missing that the next literal adds.

- Corpus 10 #304: 00-Evan/shattered-pixel-dungeon `core/src/main/java/.../scenes/SupporterScene.java:88` builds the
  supporter link as `link += "?utm_source=shatteredpd";` then `link += "&utm_medium=supporter_page";` and
  `link += "&utm_campaign=ingame_link";` (a comment line above them): told "no `utm_medium`, `utm_campaign`", where
  the link's mistake is its medium GA4 does not know (labelled present).
- The same with `+` at a line's start or end (Java, JS, C#, Kotlin), PHP's `.` and `.=`, Elixir's `<>`, Python's
  literals side by side.
- stranger10 R13: a base URL constant joined where it is used, `const base = "...?utm_source=cli";` then
  `const a = base + "&utm_medium=" + medium + "&utm_campaign=upgrade";` (and Elixir's `@base "..."` with
  `@base <> "&utm_campaign=" <> c`, PHP's `$base . '&...'`): told "no `utm_medium`, `utm_campaign`", now joined.
- Corpus 27 #45 (fix27b): d2phap/ImageGlass `v8/ImageGlass/frmAbout.cs:164` writes `"https://imageglass.org?utm_source=
  app_" + version + "&utm_medium=app_click&utm_campaign=app_homepage"`: read cut at `app_`, told to add the medium
  and campaign the same line writes. A value's expression between two literals on one line is a placeholder
  (`app_${version}`: what it holds is not known, so the value is not judged) and the query goes on with the next
  literal: the medium GA4 files under Unassigned is told.
- Not joined: another variable's literal, a literal after a variable that is a value's whole (`+ medium +`: the
  literal cut there is judged as written), a second `?`, an expression on the next line or where a key goes.
- corpus 12 #126 (fix12): a value the code goes on with from a variable or a call that ends the expression
  (`'...&utm_campaign=dp-' . $campaign`, `"...utm_campaign=" + encodeURIComponent(name)`) ends in `${name}`, a
  placeholder: `dp-` is not the value written; when more of the query follows it, the URL ends open as before.
Real files in a temp folder, `utmlint scan` in-process."""

from __future__ import annotations

import json

import pytest

from utmlint.cli import main
from utmlint.scan import scan_text
from utmlint.validate_url import validate_url

SUPPORTER = (
    "\t\t\tprotected void onClick() {\n"
    "\t\t\t\tsuper.onClick();\n"
    '\t\t\t\tString link = "https://www.patreon.com/ShatteredPixel";\n'
    "\t\t\t\t//tracking codes, so that the website knows where this pageview came from\n"
    '\t\t\t\tlink += "?utm_source=shatteredpd";\n'
    '\t\t\t\tlink += "&utm_medium=supporter_page";\n'
    '\t\t\t\tlink += "&utm_campaign=ingame_link";\n'
    "\t\t\t\tShatteredPixelDungeon.platform.openURI(link);\n"
    "\t\t\t}\n")


@pytest.mark.parametrize("suffix, text, urls", [
    (".java", SUPPORTER, ["?utm_source=shatteredpd&utm_medium=supporter_page&utm_campaign=ingame_link"]),
    (".java", 'String u = "https://acme.sunbeam.app/?utm_source=app"\n    + "&utm_medium=email"\n'
              '    + "&utm_campaign=launch";\n',
     ["https://acme.sunbeam.app/?utm_source=app&utm_medium=email&utm_campaign=launch"]),
    (".ts", "const u = 'https://acme.sunbeam.app/?utm_source=app' +\n  `&utm_medium=${medium}`;\n",
     ["https://acme.sunbeam.app/?utm_source=app&utm_medium=${medium}"]),
    (".ex", '@url "https://acme.sunbeam.app/?utm_source=app" <> "&utm_medium=email&utm_campaign=launch"\n',
     ["https://acme.sunbeam.app/?utm_source=app&utm_medium=email&utm_campaign=launch"]),
    (".php", "<?php\n$url = 'https://acme.sunbeam.app/?utm_source=wp-plugin'\n  . '&utm_medium=plugin&utm_campaign=upsell';\n"
             "$url .= '&utm_content=notice';\n",
     ["https://acme.sunbeam.app/?utm_source=wp-plugin&utm_medium=plugin&utm_campaign=upsell&utm_content=notice"]),
    (".py", 'URL = ("https://acme.sunbeam.app/?utm_source=app"\n       "&utm_medium=email")\n',
     ["https://acme.sunbeam.app/?utm_source=app&utm_medium=email"]),
    (".rb", 'url = "https://acme.sunbeam.app/?utm_source=app"\n# the medium\nurl << "&utm_medium=email"\n',
     ["https://acme.sunbeam.app/?utm_source=app&utm_medium=email"]),
    # a later use of the link's variable joins its literals on (the first use; the links between are read as ever)
    (".js", 'const base = "https://acme.sunbeam.app/p?utm_source=cli";\n'
            'const o = "https://other.sunbeam.app/?utm_source=x";\n'
            'const a = base + "&utm_medium=" + medium + "&utm_campaign=upgrade";\n',
     ["https://acme.sunbeam.app/p?utm_source=cli&utm_medium=", "https://other.sunbeam.app/?utm_source=x"]),
    (".ex", '  @base "https://acme.sunbeam.app/w?utm_source=acme&utm_medium=email"\n'
            '  def link(c), do: @base <> "&utm_campaign=" <> c\n',
     ["https://acme.sunbeam.app/w?utm_source=acme&utm_medium=email&utm_campaign="]),
    (".php", "<?php\n$base = 'https://acme.sunbeam.app/?utm_source=wp';\necho $base . '&utm_medium=plugin';\n",
     ["https://acme.sunbeam.app/?utm_source=wp&utm_medium=plugin"]),
    # not a use of it: a longer name, a member of another object, `.` outside PHP
    (".js", 'const base = "https://acme.sunbeam.app/?utm_source=cli";\nx = baseUrl + "&utm_medium=a";\n'
            'y = other.base + "&utm_medium=b";\n',
     ["https://acme.sunbeam.app/?utm_source=cli"]),
    # a value's expression between two literals on one line (corpus 27 #45, ImageGlass' about window) is a
    # placeholder, and the query goes on with the next literal: `+`, Elixir's `<>`, PHP's `. $version .`, a call;
    # an expression that is a value's whole still ends the link (a cut literal, judged as written: source-overrides-
    # medium tells a listed source's channel whatever the medium, test_source_overrides)
    (".js", 'u = "https://acme.sunbeam.app/?utm_source=app&utm_medium=" + medium + "&utm_campaign=x";\n',
     ["https://acme.sunbeam.app/?utm_source=app&utm_medium="]),
    (".cs", 'Process.Start("https://imageglass.org?utm_source=app_" + version + "&utm_medium=app_click'
            '&utm_campaign=app_homepage");\n',
     ["https://imageglass.org?utm_source=app_${version}&utm_medium=app_click&utm_campaign=app_homepage"]),
    (".ex", 'url = "https://acme.sunbeam.app/?utm_source=app-" <> app.name <> "&utm_medium=email"\n',
     ["https://acme.sunbeam.app/?utm_source=app-${app.name}&utm_medium=email"]),
    (".php", "<?php $u = 'https://acme.sunbeam.app/?utm_source=wp-' . $slug . '&utm_medium=plugin'; ?>\n",
     ["https://acme.sunbeam.app/?utm_source=wp-${slug}&utm_medium=plugin"]),
    (".java", 'u = "https://acme.sunbeam.app/?utm_source=app&utm_campaign=v" + enc(name) + "&utm_medium=x";\n',
     ["https://acme.sunbeam.app/?utm_source=app&utm_campaign=v${enc(name)}&utm_medium=x"]),
    # not joined: another variable, a second `?`, a literal that is not the query going on, literals side by side
    # outside Python (a JS array needs its commas); after an expression, a literal that is no next key (a path),
    # an expression after a `&` (its text may be a key), an expression on the next line, another operator
    (".java", 'String a = "https://acme.sunbeam.app/?utm_source=app";\nb += "&utm_medium=email";\n',
     ["https://acme.sunbeam.app/?utm_source=app"]),
    (".js", 'u = "https://acme.sunbeam.app/?utm_source=app_" + v + "/docs";\n',
     ["https://acme.sunbeam.app/?utm_source=app_"]),
    (".js", 'u = "https://acme.sunbeam.app/?utm_source=app&" + key + "=x&utm_medium=email";\n',
     ["https://acme.sunbeam.app/?utm_source=app&"]),
    (".js", 'u = "https://acme.sunbeam.app/?utm_source=app_" +\n  v + "&utm_medium=email";\n',
     ["https://acme.sunbeam.app/?utm_source=app_"]),
    (".js", 'u = "https://acme.sunbeam.app/?utm_source=app_" + v - "&utm_medium=email";\n',
     ["https://acme.sunbeam.app/?utm_source=app_${v}"]),
    # the value goes on with a variable or a call (PHP's `.` only before a `$variable`: JavaScript's `"...".replace(`
    # calls a method on the string)
    (".php", "<?php $u = BASE_URL . '/p?utm_source=wp&utm_medium=link&utm_campaign=dp-'.$campaign; ?>\n",
     ["${BASE_URL}/p?utm_source=wp&utm_medium=link&utm_campaign=dp-${campaign}"]),
    (".js", 'u = "https://acme.sunbeam.app/?utm_source=app&utm_campaign=" + encodeURIComponent(name);\n',
     ["https://acme.sunbeam.app/?utm_source=app&utm_campaign=${encodeURIComponent(name)}"]),
    (".js", 'u = "https://acme.sunbeam.app/?utm_source=app&utm_campaign=Spring_".replace("_", "");\n',
     ["https://acme.sunbeam.app/?utm_source=app&utm_campaign=Spring_"]),
    (".js", 'u = "https://acme.sunbeam.app/?utm_source=app&" + rest;\n',
     ["https://acme.sunbeam.app/?utm_source=app&"]),
    (".js", 'u = "https://acme.sunbeam.app/?utm_source=app" + "?utm_medium=email";\n',
     ["https://acme.sunbeam.app/?utm_source=app", "?utm_medium=email"]),
    (".js", 'u = "https://acme.sunbeam.app/?utm_source=app" + " (docs)";\n',
     ["https://acme.sunbeam.app/?utm_source=app"]),
    (".js", 'u = ["https://acme.sunbeam.app/?utm_source=app"\n "&utm_medium=email"];\n',
     ["https://acme.sunbeam.app/?utm_source=app"]),
    # Python's adjacent f-strings (EvoLink's link builder, corpus 34 #26): the next literal's prefix is read past
    (".py", 'u = (\n    f"https://acme.sunbeam.app/?utm_source=github"\n    f"&utm_medium={medium}"\n    rb"&utm_content=x"\n)\n',
     ["https://acme.sunbeam.app/?utm_source=github&utm_medium={medium}&utm_content=x"]),
    # a name before a quote is no prefix: `x "..."` is no joined literal
    (".py", 'u = (\n    f"https://acme.sunbeam.app/?utm_source=github"\n    fox"&utm_medium=email"\n)\n',
     ["https://acme.sunbeam.app/?utm_source=github"]),
])
def test_the_literals_that_go_on_with_the_query_are_joined(suffix, text, urls):
    assert [o.url for o in scan_text(text, suffix)] == urls


def test_the_supporter_link_is_told_its_medium_not_missing_keys(tmp_path, monkeypatch, capsys):
    (tmp_path / "SupporterScene.java").write_text(SUPPORTER, encoding="utf-8")
    (tmp_path / "Other.java").write_text(
        'String u = "https://acme.sunbeam.app/?utm_source=app"\n    + "&utm_medium=Email"\n'
        '    + "&utm_campaign=launch";\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = sorted((d["path"], d["line"], d["name"]) for d in json.loads(capsys.readouterr().out))
    # each finding is on the literal that holds what it is about; the fix edits that literal alone
    assert found == [("Other.java", 2, "value-case"), ("SupporterScene.java", 6, "medium-unassigned")]
    assert main(["scan", "--no-cache", "--fix", "."]) in (0, 1)
    capsys.readouterr()
    assert (tmp_path / "Other.java").read_text(encoding="utf-8") == (
        'String u = "https://acme.sunbeam.app/?utm_source=app"\n    + "&utm_medium=email"\n'
        '    + "&utm_campaign=launch";\n')


def test_a_minified_line_of_assignments_compiles_no_pattern_per_link(monkeypatch):
    # each link assigned to its own variable (`a0="...";a1="...";`): the next statement is matched by one pattern
    # for any variable, not one compiled per variable's name (a first draft spent 1 ms a link on it)
    import re

    def links(count):
        return "".join(f'a{i}="https://x{i}.example/?utm_source=s{i}";\na{i} += "&utm_medium=m";' for i in range(count))

    scan_text(links(3), ".js")  # what is compiled once, on first use, is compiled now
    compiled = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda *args, **kwargs: compiled.append(args) or real(*args, **kwargs))
    found = scan_text(links(300), ".js")
    assert len(found) == 300 and all(o.url.endswith("&utm_medium=m") for o in found)
    assert len(compiled) < 10


def test_a_base_constant_joined_where_it_is_used_is_not_told_it_lacks_keys(tmp_path, monkeypatch, capsys):
    # stranger10 R13's files, as written
    (tmp_path / "links.js").write_text(
        'const base = "https://acme.dev/pricing?utm_source=cli";\n'
        'const a = base + "&utm_medium=" + medium + "&utm_campaign=upgrade";\n', encoding="utf-8")
    (tmp_path / "mailer.ex").write_text(
        'defmodule Acme.Mailer do\n  @base "https://acme.dev/welcome?utm_source=acme&utm_medium=email"\n'
        '  def link(campaign), do: @base <> "&utm_campaign=" <> campaign\nend\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    assert json.loads(capsys.readouterr().out) == []


def test_a_minified_file_of_base_constants_compiles_no_pattern_per_link(monkeypatch):
    import re

    def links(count):
        return "".join(f'var b{i}="https://x{i}.example/?utm_source=s{i}";f(b{i}+"&utm_medium=m");' for i in range(count))

    scan_text(links(3), ".js")
    compiled = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda *args, **kwargs: compiled.append(args) or real(*args, **kwargs))
    found = scan_text(links(300), ".js")
    assert len(found) == 300 and all(o.url.endswith("&utm_medium=m") for o in found)
    assert len(compiled) < 10


def test_a_line_continued_with_a_backslash_joins_its_literals(tmp_path, monkeypatch, capsys):
    """stranger14 R7: a multi-line C `#define` needs `\\` at each line's end (Python's explicit line joining too): the
    literals after it are the same string, so no key is missing, and the real typo (`referal`) is told."""
    import json
    import subprocess

    from utmlint.cli import main

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "git@github.com:pixelhq/desktop.git"],
                   check=True)
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "links.h").write_text(
        '#define UPGRADE_URL "https://pixel.io/upgrade?utm_source=desktop-app" \\\n'
        '   "&utm_medium=referal&utm_campaign=upgrade"\n'
        '#define HELP_URL "https://pixel.io/help?utm_source=desktop-app" \\\n'
        '   "&utm_medium=referral&utm_campaign=help"\n', encoding="utf-8")
    (tmp_path / "src" / "links.py").write_text(
        'URL = "https://pixel.io/upgrade?utm_source=cli" \\\n    "&utm_medium=referal&utm_campaign=upgrade"\n',
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["scan", "--no-cache", "--format", "json", "."]) == 1
    found = sorted((d["path"], d["line"], d["name"]) for d in json.loads(capsys.readouterr().out))
    assert found == [("src/links.h", 2, "medium-unassigned"), ("src/links.py", 2, "medium-unassigned")]


# corpus 26 #47-#53: MyFriendBen/benefits-calculator's src/Components/RouterUtil/ShareRedirect.tsx, as written
SHARE_REDIRECT = (
    "import { useEffect } from 'react';\n"
    "const SHARE_BASE = 'https://screener.myfriendben.org?referrer=friend&utm_source=friend&utm_campaign=screener_share';\n"
    "\n"
    "const SHARE_URLS: Record<string, string> = {\n"
    "  email: `${SHARE_BASE}&utm_medium=email`,\n"
    "  sms: `${SHARE_BASE}&utm_medium=sms`,\n"
    "  whatsapp: `${SHARE_BASE}&utm_medium=whatsapp`,\n"
    "};\n")


def test_a_base_completed_in_template_literals_is_not_told_it_lacks_their_key(tmp_path, monkeypatch, capsys):
    """Corpus 26 #48: the share redirect's base was told to add the medium each `${SHARE_BASE}&utm_medium=...`
    completion adds (and scan told each completion to add the source and campaign the base holds). The base is read
    with its first completion joined on, as `base + "&..."` is; a completion lacks no key the base holds. WhatsApp's
    medium GA4 files under Unassigned is still told (#51), and so is a key neither holds; a Python f-string alike."""
    (tmp_path / "ShareRedirect.tsx").write_text(SHARE_REDIRECT, encoding="utf-8")
    (tmp_path / "share.py").write_text(
        'BASE = "https://acme.dev/join?utm_source=friend&utm_campaign=share"\n'
        'EMAIL = f"{BASE}&utm_medium=email"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = sorted((d["path"], d["line"], d["name"]) for d in json.loads(capsys.readouterr().out))
    assert found == [("ShareRedirect.tsx", 7, "medium-unassigned")], found
    read = [o.url for o in scan_text(SHARE_REDIRECT, ".tsx")]
    assert read[0].endswith("utm_campaign=screener_share&utm_medium=email"), read


def test_a_base_constant_wrapped_onto_its_next_line_is_read_as_on_one_line(tmp_path, monkeypatch, capsys):
    """A formatter (Prettier) wraps a long assignment's literal onto the next line: `const SHARE_BASE =\n  'https://...'`.
    The base was told to add the medium its completion adds, and the completion `${SHARE_BASE}&utm_medium=email` to
    add the source and campaign the base holds: opening_constant_keys read the name's assignment on one line only,
    where opening_bases (_assigned, fix30) reads the next line too, each in its own walk over the text (review of
    session 40, L8: one walk now, scan.core._last_assignment). Read as the one-line form is; a real mistake in the
    wrapped base and a base whose completion adds no medium are still told."""
    (tmp_path / "share.ts").write_text(
        "const SHARE_BASE =\n  'https://acme.dev/share?referrer=friend&utm_source=friend&utm_campaign=screener_share';\n"
        "export const email = `${SHARE_BASE}&utm_medium=email`;\n", encoding="utf-8")
    (tmp_path / "crlf.ts").write_bytes(
        b"const BASE =\r\n  'https://acme.dev/join?utm_source=friend&utm_campaign=Share';\r\n"
        b"export const sms = `${BASE}&utm_medium=sms`;\r\n")
    (tmp_path / "invite.ts").write_text(
        "const INVITE =\n  'https://acme.dev/join?utm_source=friend&utm_campaign=invite';\n"
        "export const hero = `${INVITE}&utm_content=hero`;\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = sorted((d["path"], d["line"], d["name"], d["message"].split(":")[0]) for d in json.loads(
        capsys.readouterr().out))
    assert found == [("crlf.ts", 2, "value-case", "utm_campaign `Share` has capital letters, and GA4 reports count "
                                                  "`Share` and `share` as two different values; write `share`"),
                     ("invite.ts", 2, "missing-utm-param", "this tracked link has no `utm_medium`")], found
    from utmlint.scan.core import opening_bases, opening_constant_keys

    text = (tmp_path / "share.ts").read_text()
    use = text.index("`${") + 1
    assert opening_constant_keys(text, "${SHARE_BASE}&utm_medium=email", use) == {"utm_source", "utm_campaign"}
    assert opening_bases(text, "${SHARE_BASE}&utm_medium=email", use) == (
        "https://acme.dev/share?referrer=friend&utm_source=friend&utm_campaign=screener_share",)  # the same walk
    assert opening_constant_keys("obj.SHARE_BASE = 'https://a.io/?utm_source=x';\n", "${SHARE_BASE}&utm_medium=e",
                                 46) == frozenset()  # another object's property: not the name's assignment


def test_a_mistake_in_a_bases_first_completion_is_told_once(tmp_path, monkeypatch, capsys):
    """The base is read with its first completion joined on (scan.core.continued) and the completion is read as its
    own link: a mistake in that completion was told twice at the same place (`emial`: two medium-unassigned at 2:52,
    one naming the base's source). Once now, the joined link's; a mistake in a later completion still told, and
    --fix writes a value-case fix once."""
    (tmp_path / "share.ts").write_text(
        "const BASE = 'https://acme.dev/join?utm_source=friend&utm_campaign=share';\n"
        "export const email = `${BASE}&utm_medium=emial`;\n"
        "export const sms = `${BASE}&utm_medium=smss`;\n", encoding="utf-8")
    (tmp_path / "case.ts").write_text(
        "const BASE = 'https://acme.dev/join?utm_source=friend&utm_medium=email';\n"
        "export const a = `${BASE}&utm_campaign=Launch`;\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = sorted((d["path"], d["line"], d["column"], d["name"]) for d in json.loads(capsys.readouterr().out))
    assert found == [("case.ts", 2, 40, "value-case"), ("share.ts", 2, 42, "medium-unassigned"),
                     ("share.ts", 3, 40, "medium-unassigned")], found
    main(["scan", "--no-cache", "--fix", "case.ts"])
    capsys.readouterr()
    assert "`${BASE}&utm_campaign=launch`" in (tmp_path / "case.ts").read_text()
    # one link's own findings at one place all stay: a Play link's `referrer` places each value's at its start
    # (LCTT/TranslateProject's Signal link, mirrored)
    (tmp_path / "apps.md").write_text(
        "[9]: https://play.google.com/store/apps/details?id=org.thoughtcrime.securesms&referrer=utm_source%3DOWS"
        "%26utm_medium%3Dreferral%26utm_campaign%3DNav\n", encoding="utf-8")
    main(["scan", "--no-cache", "--format", "json", "apps.md"])
    told = [d["message"].split(": ", 1)[1] for d in json.loads(capsys.readouterr().out) if d["name"] == "value-case"]
    assert len(told) == 2 and any("`Nav`" in m for m in told) and any("`OWS`" in m for m in told), told


def test_a_base_whose_completions_add_no_medium_is_still_told(tmp_path, monkeypatch, capsys):
    # the completion adds a content only (no campaign key of its own): the base still lacks its medium
    (tmp_path / "share.ts").write_text(
        "const BASE = 'https://acme.dev/join?utm_source=friend&utm_campaign=share';\n"
        "export const hero = `${BASE}&utm_content=hero`;\n"
        "export const footer = `${HOST}/x?${BASE}&utm_content=footer`;\n", encoding="utf-8")
    # a base with no campaign, completed with a medium: base and completion each told the campaign alone
    (tmp_path / "invite.ts").write_text(
        "const INVITE = 'https://acme.dev/join?utm_source=friend';\n"
        "export const email = `${INVITE}&utm_medium=email`;\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = sorted((d["path"], d["line"], d["name"], d["message"].split(":")[0]) for d in json.loads(
        capsys.readouterr().out))
    assert found == [("invite.ts", 1, "missing-utm-param", "this tracked link has no `utm_campaign`"),
                     ("invite.ts", 2, "missing-utm-param", "this tracked link has no `utm_campaign`"),
                     ("share.ts", 1, "missing-utm-param", "this tracked link has no `utm_medium`")], found


# corpus 33 #31: dyad-sh/dyad's src/components/ModelPicker.tsx, its shape: Prettier wraps the constant's declaration
# (`=` at the line's end, the literal on the next), and its uses are some 370 lines further on
FILLER = "".join(f"const row{n} = {{ label: 'tier {n}', caption: 'up to {n * 10} requests a day' }};\n"
                 for n in range(200))
PICKER = ("const DYAD_PRO_UPGRADE_BASE_URL =\n"
          "  \"https://www.dyad.sh/pro?utm_source=dyad-app&utm_medium=app\";\n" + FILLER
          + "const unlockAll = () => open(`${DYAD_PRO_UPGRADE_BASE_URL}&utm_campaign=model-picker-unlock-all`);\n"
          + "const locked = () => open(`${DYAD_PRO_UPGRADE_BASE_URL}&utm_campaign=model-picker-locked-model`);\n")


def test_a_wrapped_constant_completed_far_on_is_not_told_it_lacks_the_campaign(tmp_path, monkeypatch, capsys):
    """The base is read with its first completion joined on however far on it is used, as a constant is; its uses
    lack nothing. A lower-case variable is followed no further than before (4,000 characters: a `let` may be
    reassigned), and a wrapped constant nobody completes is still told the key it lacks."""
    assert len(FILLER) > 10000
    read = [o.url for o in scan_text(PICKER, ".tsx")]
    assert read[0] == "https://www.dyad.sh/pro?utm_source=dyad-app&utm_medium=app&utm_campaign=model-picker-unlock-all"
    (tmp_path / "ModelPicker.tsx").write_text(PICKER, encoding="utf-8")
    (tmp_path / "far.ts").write_text(PICKER.replace("DYAD_PRO_UPGRADE_BASE_URL", "upgradeBase"), encoding="utf-8")
    (tmp_path / "alone.ts").write_text(PICKER.split(FILLER)[0], encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = sorted((d["path"], d["line"], d["name"], d["message"].split(":")[0]) for d in json.loads(
        capsys.readouterr().out))
    assert [f for f in found if f[1] == 2 or f[0] != "far.ts"] == [
        ("alone.ts", 2, "missing-utm-param", "this tracked link has no `utm_campaign`"),
        ("far.ts", 2, "missing-utm-param", "this tracked link has no `utm_campaign`")], found


def test_a_base_used_bare_as_well_as_completed_keeps_its_missing_key(tmp_path, monkeypatch, capsys):
    """review41 M8: one completion anywhere (`${UPGRADE_BASE_URL}&utm_campaign=...`) silenced the base's missing
    campaign though another use sends the base as it is (`return UPGRADE_BASE_URL;`, `href={UPGRADE_BASE_URL}`): that
    use's visits lack the campaign. The base keeps its finding; its completion is still read with the base's keys
    (no source or medium asked of it), and a base only ever completed (Dyad's) or passed to a call that may go on to
    complete it (`new URL(BASE)`) or chosen as a conditional's fallback is still read completed."""
    base = 'export const UPGRADE_BASE_URL = "https://acme.dev/pro?utm_source=acme-app&utm_medium=app";\n\n'
    picker = "export function pickerHref(model: string) {\n  return `${UPGRADE_BASE_URL}&utm_campaign=model-picker-${model}`;\n}\n"
    (tmp_path / "links.ts").write_text(base + "export function bannerHref() {\n  return UPGRADE_BASE_URL;\n}\n"
                                       + FILLER + picker, encoding="utf-8")
    (tmp_path / "Banner.tsx").write_text(base + "export const Banner = () => <a href={UPGRADE_BASE_URL}>Pro</a>;\n"
                                         + picker, encoding="utf-8")
    (tmp_path / "only.ts").write_text(base + picker, encoding="utf-8")
    (tmp_path / "call.ts").write_text(base + "const u = new URL(UPGRADE_BASE_URL);\n" + picker, encoding="utf-8")
    # review42 F5: handed to code that completes it under a name that is no link's (`base:`, `base=`): no bare use
    (tmp_path / "options.ts").write_text(base + "const opts = { base: UPGRADE_BASE_URL, medium: 'sms' };\n" + picker,
                                         encoding="utf-8")
    (tmp_path / "kwarg.ts").write_text(base + "share(base=UPGRADE_BASE_URL, medium='sms');\n" + picker,
                                       encoding="utf-8")
    # MyFriendBen's share redirect (corpus 26 #48, labelled: nothing to tell): its base is a fallback for an unknown
    # medium, where no medium is known to add
    (tmp_path / "share.ts").write_text(base + "const URLS = { email: `${UPGRADE_BASE_URL}&utm_campaign=email` };\n"
                                       "const url = medium in URLS ? URLS[medium] : UPGRADE_BASE_URL;\n",
                                       encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = sorted((d["path"], d["line"], d["name"], d["message"].split(":")[0]) for d in json.loads(
        capsys.readouterr().out))
    assert found == [("Banner.tsx", 1, "missing-utm-param", "this tracked link has no `utm_campaign`"),
                     ("links.ts", 1, "missing-utm-param", "this tracked link has no `utm_campaign`")], found


def test_a_black_wrapped_or_typed_base_constant_is_read_completed(tmp_path, monkeypatch, capsys):
    """review41 M2: a Python base wrapped by Black in parentheses (`SHARE_BASE = (` then the literal) and a TypeScript
    constant with its type (`const SHARE_BASE: string = '...'`) were not read as the base their completion goes on
    with: the base was told to add the medium its completion writes, and the Python completion to add the source and
    campaign the base holds. Both are read as the one-line form is; a wrapped or typed base nobody completes is still
    told the key it lacks, and a literal passed to a call on the next line is no base."""
    (tmp_path / "share.py").write_text(
        'SHARE_BASE = (\n    "https://acme.com/invite?utm_source=friend&utm_campaign=share"\n)\n\n\n'
        'def email_link():\n    return f"{SHARE_BASE}&utm_medium=email"\n', encoding="utf-8")
    (tmp_path / "one.ts").write_text(
        "const SHARE_BASE: string = 'https://acme.com/invite?utm_source=friend&utm_campaign=share';\n"
        "export const email = `${SHARE_BASE}&utm_medium=email`;\n", encoding="utf-8")
    (tmp_path / "alone.py").write_text(
        'LONE_BASE = (\n    "https://acme.com/invite?utm_source=friend&utm_campaign=share"\n)\n'
        'CALLED = record(\n    "https://acme.com/x?utm_source=friend&utm_campaign=share"\n)\n'
        'def email_link():\n    return f"{CALLED}&utm_medium=email"\n', encoding="utf-8")
    (tmp_path / "alone.ts").write_text(
        "const LONE: string = 'https://acme.com/invite?utm_source=friend&utm_campaign=share';\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = sorted((d["path"], d["line"], d["name"]) for d in json.loads(capsys.readouterr().out))
    assert found == [("alone.py", 2, "missing-utm-param"), ("alone.py", 5, "missing-utm-param"),
                     ("alone.py", 8, "missing-utm-param"), ("alone.ts", 1, "missing-utm-param")], found


def test_a_value_built_from_an_expression_is_told_the_next_literals_medium(tmp_path, monkeypatch, capsys):
    """Corpus 27 #45: ImageGlass' about window, `"https://imageglass.org?utm_source=app_" + version + "&utm_medium=
    app_click&utm_campaign=app_homepage"`, was told to add the medium and campaign its next literal writes; the medium
    GA4 files under Unassigned (`app_click`) is what is wrong. A link whose expression ends it is still told its
    missing keys, and a campaign the next literal lacks is still missing."""
    (tmp_path / "frmAbout.cs").write_text(
        "var version = App.Version;\n"
        'Process.Start("https://imageglass.org?utm_source=app_" + version + "&utm_medium=app_click&utm_campaign=app_homepage");\n'
        'Process.Start("https://imageglass.org/x?utm_source=app_" + version);\n'
        'Process.Start("https://imageglass.org/y?utm_source=app_" + version + "&utm_medium=referral");\n',
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = sorted((d["line"], d["name"], d["message"].split(":")[0]) for d in json.loads(capsys.readouterr().out))
    assert found == [(2, "medium-unassigned", "GA4 files utm_medium `app_click` (with utm_source `app_${version}`) "
                                              "under Unassigned, so these visits show in no channel report; write "
                                              "`utm_medium=app`"),
                     (3, "missing-utm-param", "this tracked link has no `utm_medium`, `utm_campaign`"),
                     (4, "missing-utm-param", "this tracked link has no `utm_campaign`")], found


# corpus 28 #22-#25: ViniSCode/gitdoro-ide-time-tracker's src/extension.ts (its lines, shortened)
GITDORO = (
    "import * as vscode from 'vscode';\n"
    "const UTM_BASE = 'utm_source=vscode&utm_medium=extension';\n"
    "export function openDashboard() {\n"
    "  vscode.env.openExternal(vscode.Uri.parse(\n"
    "    `https://www.gitdoro.com/dashboard?${UTM_BASE}&utm_campaign=dashboard`\n"
    "  ));\n"
    "}\n"
    "const login = `https://gitdoro.com/login?${UTM_BASE}&utm_campaign=welcome`;\n"
    "const home = `https://gitdoro.com?${UTM_BASE}`;\n")


def test_a_constant_of_tags_interpolated_into_the_query_is_read_in(tmp_path, monkeypatch, capsys):
    """Corpus 28 #22-#25: Gitdoro's links `https://gitdoro.com/...?${UTM_BASE}&utm_campaign=...` with the same file's
    `const UTM_BASE = 'utm_source=vscode&utm_medium=extension'` got no finding (a template expression where the tags
    go: what it holds was not read). The constant is read in: its medium GA4 files under Unassigned is told once, on
    the constant that writes it; a constant of right tags gets nothing. (A link that writes no `utm_` itself,
    `?${UTM_BASE}` alone, is not read as a tracked link at all: line 9.)"""
    (tmp_path / "extension.ts").write_text(GITDORO, encoding="utf-8")
    (tmp_path / "good.ts").write_text(GITDORO.replace("utm_medium=extension", "utm_medium=referral"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = sorted((d["path"], d["line"], d["column"], d["end_column"], d["name"], d["message"].split(":")[0])
                   for d in json.loads(capsys.readouterr().out))
    assert found == [
        ("extension.ts", 2, 48, 57, "medium-unassigned", "GA4 files utm_medium `extension` (with utm_source `vscode`) "
         "under Unassigned, so these visits show in no channel report; use a medium GA4 knows for where the link is "
         "placed")], found
    assert [o.url for o in scan_text(GITDORO, ".ts")][1] == \
        "https://gitdoro.com/login?utm_source=vscode&utm_medium=extension&utm_campaign=welcome"


@pytest.mark.parametrize("text, url", [
    # a name assigned two different tag literals: which one the link holds is not known
    ("let T = 'utm_source=a&utm_medium=email';\nif (x) T = 'utm_source=b&utm_medium=cpc';\n"
     "u = `https://acme.dev/?${T}&utm_campaign=c`;\n", "https://acme.dev/?${T}&utm_campaign=c"),
    # a value, not the query's tags; a call's result; a literal that is not tags alone; a comparison
    ("const S = 'utm_source=a&utm_medium=email';\nu = `https://acme.dev/?utm_source=${S}&utm_campaign=c`;\n",
     "https://acme.dev/?utm_source=${S}&utm_campaign=c"),
    ("const T = tags('utm_source=a');\nu = `https://acme.dev/?${T}&utm_campaign=c`;\n",
     "https://acme.dev/?${T}&utm_campaign=c"),
    ("const T = 'utm_source=a&utm_medium=email ';\nu = `https://acme.dev/?${T}&utm_campaign=c`;\n",
     "https://acme.dev/?${T}&utm_campaign=c"),
    ("if (T == 'utm_source=a&utm_medium=email') u = `https://acme.dev/?${T}&utm_campaign=c`;\n",
     "https://acme.dev/?${T}&utm_campaign=c"),
    # read in: a typed constant, a `let`, after `&`, at the query's end
    ("const T: string = \"utm_source=a&utm_medium=email\";\nu = `https://acme.dev/?ref=x&${T}#utm_campaign=c`;\n",
     "https://acme.dev/?ref=x&utm_source=a&utm_medium=email#utm_campaign=c"),
    ("let T = 'utm_source=a&utm_medium=email';\nu = `https://acme.dev/?utm_campaign=c&${T}`;\n",
     "https://acme.dev/?utm_campaign=c&utm_source=a&utm_medium=email"),
])
def test_only_a_constant_of_tags_alone_is_read_in(text, url):
    assert [o.url for o in scan_text(text, ".ts") if o.url.startswith("https://acme.dev")] == [url]


def test_a_python_f_string_reads_its_constant_in_and_a_format_field_does_not():
    # `{UTM}` in an f-string is the constant; in a plain literal it is text or a later `.format()`'s field
    text = ('UTM = "utm_source=newsletter&utm_medium=mail"\n'
            'A = f"https://acme.dev/a?{UTM}&utm_campaign=launch"\n'
            'B = rf"https://acme.dev/b?{UTM}&utm_campaign=launch"\n'
            'C = "https://acme.dev/c?{UTM}&utm_campaign=launch".format(UTM=other)\n'
            'D = elf"https://acme.dev/d?{UTM}&utm_campaign=launch"\n')
    assert [o.url for o in scan_text(text, ".py")] == [
        "https://acme.dev/a?utm_source=newsletter&utm_medium=mail&utm_campaign=launch",
        "https://acme.dev/b?utm_source=newsletter&utm_medium=mail&utm_campaign=launch",
        "https://acme.dev/c?{UTM}&utm_campaign=launch", "https://acme.dev/d?{UTM}&utm_campaign=launch"]


# doloc-io/intellij-auto-localizer at 5b48a7f: src/main/kotlin/io/doloc/intellij/util/UrlUtils.kt (cut; corpus 33 #3)
URL_UTILS = """package io.doloc.intellij.util

/** Base UTM parameters appended to all doloc.io links. */
const val BASE_UTM: String = "utm_source=intellij&utm_medium=plugin&utm_campaign=auto_localizer"

fun utmUrl(base: String, content: String): String {
    val separator = if (base.contains('?')) "&" else "?"
    val urlWithParams = "$base${separator}$BASE_UTM&utm_content=$content"
    return urlWithParams
}
"""


def test_a_kotlin_constant_of_tags_after_a_separator_is_read_in(tmp_path, monkeypatch, capsys):
    """Corpus 33 #3: doloc's link builder writes `$base${separator}$BASE_UTM&utm_content=$content`, Kotlin's bare
    `$BASE_UTM` right after the expression that writes the `?` or `&`; the constant four lines above holds the tags
    (`utm_medium=plugin`, a medium GA4 files under Unassigned), which got no finding. Read in, it is told once, on the
    constant; the same builder without such a constant (a name the file does not assign tags to) is read as written."""
    assert [o.url for o in scan_text(URL_UTILS, ".kt")] == [
        "$base${separator}utm_source=intellij&utm_medium=plugin&utm_campaign=auto_localizer&utm_content=$content"]
    other = URL_UTILS.replace('const val BASE_UTM: String = "utm_source', 'const val BASE_UTM: String = "ref')
    assert [o.url for o in scan_text(other, ".kt")] == ["$base${separator}$BASE_UTM&utm_content=$content"]
    (tmp_path / "UrlUtils.kt").write_text(URL_UTILS, encoding="utf-8")
    (tmp_path / "Other.kt").write_text(other, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = sorted((d["path"], d["line"], d["name"]) for d in json.loads(capsys.readouterr().out))
    assert found == [("UrlUtils.kt", 4, "medium-unassigned")], found


# VinciDa/readfast.app at 0d47cec: `lib/platform.ts`, the store buttons' link helper (cut)
STORE_HELPER = """const IOS_URL =
  "https://apps.apple.com/app/apple-store/id6754703001?pt=127049414&ct=readfast_website&mt=8";
const ANDROID_URL =
  "https://play.google.com/store/apps/details?id=read.fast.app";

export function getStoreUrl(store: "ios" | "android", utmContent: string): string {
  const base = store === "ios" ? IOS_URL : ANDROID_URL;
  const sep = base.includes("?") ? "&" : "?";
  return `${base}${sep}utm_source=website&utm_medium=landing_page&utm_campaign=readfast_launch&utm_content=${utmContent}`;
}
"""


def test_a_template_link_opening_with_a_store_listing_constant_is_the_listings_query(tmp_path, monkeypatch, capsys):
    """Corpus 30 #36: ReadFast's store buttons link `${base}${sep}utm_source=website&utm_medium=landing_page&...`, where
    the same file sets `base = store === "ios" ? IOS_URL : ANDROID_URL`, the App Store's listing and Google Play's: a
    store's own query, which no GA4 property reads (as a Play listing's: urls.play_console_query), was told to respell
    its medium. The file's constants say what the name a template URL opens with stands for (scan.core.opening_bases:
    a URL literal, a name assigned one, both branches of a conditional); when each is a store's listing, no medium is
    asked for or respelled. With one branch the site's own page, or a base not known, the medium is still told."""
    from utmlint.scan.core import opening_bases

    (tmp_path / "platform.ts").write_text(STORE_HELPER, encoding="utf-8")
    (tmp_path / "web.ts").write_text(STORE_HELPER.replace(
        "https://play.google.com/store/apps/details?id=read.fast.app", "https://readfast.app/download"),
        encoding="utf-8")
    (tmp_path / "unknown.ts").write_text(STORE_HELPER.replace("? IOS_URL : ANDROID_URL", "? IOS_URL : getUrl()"),
                                         encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = sorted((d["path"], d["name"]) for d in json.loads(capsys.readouterr().out))
    assert found == [("unknown.ts", "medium-unassigned"), ("web.ts", "medium-unassigned")], found
    link = STORE_HELPER[STORE_HELPER.index("${base}"):STORE_HELPER.index("`;")]
    assert opening_bases(STORE_HELPER, link, STORE_HELPER.index("${base}")) == (
        "https://apps.apple.com/app/apple-store/id6754703001?pt=127049414&ct=readfast_website&mt=8",
        "https://play.google.com/store/apps/details?id=read.fast.app")
    # and validate_url, told the bases as the corpus judge reads them from the file
    stores = ("https://apps.apple.com/app/apple-store/id1?pt=1&ct=web&mt=8",
              "https://play.google.com/store/apps/details?id=read.fast.app")
    assert not validate_url(link, repo="VinciDa/readfast.app", path="lib/platform.ts", opening_bases=stores).findings
    assert [f.name for f in validate_url(link, repo="VinciDa/readfast.app", path="lib/platform.ts",
                                         opening_bases=(stores[0], "https://readfast.app/")).findings] == \
        ["medium-unassigned"]
