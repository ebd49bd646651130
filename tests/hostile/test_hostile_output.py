"""Issue 13, "forged output": text from files (names, keys, values, tags, platform names) can neither forge a
GitHub workflow command nor put a raw control character on a terminal.

A property test writes campaign files whose every string field, key, tag and file name is laced with
control characters, newlines and would-be commands, lints and renders them through the real CLI
(in-process, so hypothesis can try many), and checks every line of the output.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import tempfile
from pathlib import Path
from typing import List, Tuple

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from utmlint.cli import main

# What a hostile pull request would put in a value or a name.
NASTY = [
    "\n", "\r", "\r\n", "\t", "\x00", "\x07", "\x1b", "\x1b[31m", "\x1b]0;pwned\x07", "\x1b[2J\x1b[H", "\x9b",
    "\x85", "\u2028", "\u2029", "\u202e", "\u2066", "\ufeff", "::error::forged", "::add-mask::secret",
    "::stop-commands::token", "  ::warning file=x::y", "##[error]legacy", "##[add-mask]x", "%0A::error::x",
    "%", ":", ",", "::", "x.yaml:1:1: UTM101 forged",
]
WORD = st.text(alphabet="abcdefxyz-_ .", min_size=0, max_size=4)
HOSTILE = st.lists(st.one_of(st.sampled_from(NASTY), WORD), min_size=1, max_size=5).map("".join)
# File names: anything but `/` and NUL, plus bytes that are not UTF-8.
NAME = st.lists(st.one_of(st.sampled_from([n for n in NASTY if "\x00" not in n and "/" not in n] + ["\udcff", "\udc80"]),
                          st.text(alphabet="abcxyz", min_size=1, max_size=3)), min_size=1, max_size=4).map("".join)

COMMAND = re.compile(r"^::(error|warning|notice) file=[^\r\n]*?,line=\d+,col=\d+(,endLine=\d+(,endColumn=\d+)?)?,"
                     r"title=UTM\d{3} [a-z-]+::")
RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff"
                         "\ud800-\udfff]")


def q(text: str) -> str:
    """A YAML double-quoted scalar holding `text` exactly (JSON's escapes are YAML's)."""
    return json.dumps(text)


def campaign_file(values: List[str]) -> str:
    v = (values * 8)[:8]
    links = "".join(f"  - url: {q('https://example.com/' + v[i % 8])}\n    label: {q(v[(i + 1) % 8])}\n"
                    f"    content: {q(v[(i + 2) % 8])}\n    {q(v[(i + 3) % 8])}: 1\n" for i in range(12))
    # At most 20 bytes, cut between characters: a tag cut inside a character is a YAML syntax error, and the
    # file would then hold one finding instead of the many the github format needs (a flaky example once).
    raw = b""
    for char in v[4]:
        piece = char.encode("utf-8", "surrogatepass")
        if len(raw) + len(piece) > 20:
            break
        raw += piece
    tag = "".join(f"%{b:02X}" for b in raw) or "x"
    return (f"campaign: {q(v[0])}\nsource: {q(v[1])}\nmedium: {q(v[2])}\nplatform: {q(v[3])}\n"
            f"{q(v[5])}: !<tag:evil,2024:{tag}> {q(v[6])}\ntrack: {q(v[7])}\n"
            f"links:\n{links}")


def run(argv: List[str], cwd: Path) -> Tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    here = os.getcwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
    finally:
        os.chdir(here)
    return code, out.getvalue(), err.getvalue()


def write_repo(root: Path, names: List[str], values: List[str]) -> None:
    (root / ".utmlint.yaml").write_text("include: ['**/*.yaml', '**/*.yml']\n", encoding="utf-8")
    for index, name in enumerate(names):
        raw = os.fsencode(f"{index}{name}.yaml")
        with open(os.path.join(os.fsencode(root), raw), "w", encoding="utf-8") as handle:
            handle.write(campaign_file(values[index:] + values[:index]))
    # A duplicate key is a syntax error, so it gets a file of its own: its message quotes the key.
    (root / "dup.yaml").write_text(f"campaign: x\n{q(values[5])}: 1\n{q(values[5])}: 2\n", encoding="utf-8")


def assert_github_safe(out: str, findings: int) -> None:
    commands = 0
    for line in out.split("\n"):
        assert "\r" not in line, line
        if line.startswith("::"):
            # An annotation utmlint wrote: the runner parses it as that command (a `::` command is tried
            # before the legacy `##[` form), and its escapes decode back to the exact path and message.
            assert COMMAND.match(line), line
            commands += 1
        else:
            assert not line.lstrip().startswith("::") and "##[" not in line, line
            assert not RAW_CONTROL.search(line), line
    assert commands == findings


def assert_text_safe(text: str, quoted_line_breaks: bool = False) -> None:
    """No raw control character; a format that quotes them (CSV) may hold line breaks and tabs as data."""
    found = [m.group() for m in RAW_CONTROL.finditer(text) if not (quoted_line_breaks and m.group() in "\r\t")]
    assert not found, found[:5]


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(names=st.lists(NAME, min_size=1, max_size=3), values=st.lists(HOSTILE, min_size=8, max_size=8))
def test_no_forged_command_and_no_raw_control_character(names, values):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        os.environ.setdefault("XDG_CACHE_HOME", str(root / "xdg"))
        write_repo(root, names, values)
        code, out, err = run(["lint", "--no-cache", "--format", "json", "."], root)
        assert code == 1 and "internal error" not in err, err
        findings = len(json.loads(out))
        assert findings > 10  # enough of one level to make the github format append its text listing

        code, out, err = run(["lint", "--no-cache", "--format", "github", "."], root)
        assert code == 1 and "internal error" not in err, err
        assert "every finding:" in out
        assert_github_safe(out, findings)

        code, out, err = run(["lint", "--no-cache", "."], root)  # full: with the source lines of the files
        assert code == 1 and "internal error" not in err, err
        assert_text_safe(out + err)

        code, out, err = run(["lint", "--no-cache", "--output-format", "concise", "."], root)
        assert code == 1 and "internal error" not in err, err
        assert_text_safe(out + err)
        lines = out.split("\n")
        assert lines[-1] == "" and len(lines) == findings + 2  # one line per finding, the summary, the end
        for line in lines[:-2]:
            assert re.match(r"^.+:\d+:\d+: UTM\d{3} (\[\*\] )?[a-z-]+ (error|warning|info): ", line), line

        for fmt in ("table", "markdown", "csv"):
            code, out, err = run(["render", "--force", "--format", fmt, "."], root)
            assert code in (0, 1) and "internal error" not in err, err
            assert_text_safe(out + err, quoted_line_breaks=fmt == "csv")

        code, out, err = run(["lint", "--no-cache", "--format", "sarif", "--output", "report.sarif", "."], root)
        assert code == 1 and "internal error" not in err, err
        json.loads((root / "report.sarif").read_text(encoding="utf-8"))


def test_forged_lines_from_the_issue(tmp_path, monkeypatch):
    """The reproductions from the issue, spelled out: newlines in an unknown key, a duplicate key, a tag, an
    enum value, a platform name and a file name; more than 10 findings of one level."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    values = ["x\n::error file=a,line=1::forged", "y\n::add-mask::secret", "z\r\n::stop-commands::t",
              "w\n##[error]legacy", "v\x1b]0;title\x07", "u\n  ::warning::indented", "t\x1b[2J", "s\u202e"]
    write_repo(tmp_path, ["\n::error::name", "\x1b[31mred", "bad\udcff"], values)
    code, out, err = run(["lint", "--no-cache", "--format", "json", "."], tmp_path)
    findings = len(json.loads(out))
    code, out, err = run(["lint", "--no-cache", "--format", "github", "."], tmp_path)
    assert code == 1 and findings > 10
    assert_github_safe(out, findings)
    assert "::add-mask::secret" in out.replace("%0A", "\n") or "add-mask" in out  # still shown, as text
    code, out, err = run(["lint", "--no-cache", "."], tmp_path)
    assert_text_safe(out + err)
    assert "\\x1b]0;title\\x07" in out or "\\x1b" in out


def test_non_utf8_file_name_in_every_format_and_output(tmp_path, monkeypatch):
    """`bad\\xff.yaml` crashed sarif and every `--output`; now each format writes, and names the file."""
    import pytest

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    (tmp_path / ".utmlint.yaml").write_text("include: ['**/*.yaml']\n", encoding="utf-8")
    try:
        with open(os.path.join(os.fsencode(tmp_path), b"bad\xff.yaml"), "w", encoding="utf-8") as handle:
            handle.write("campaign: Spring\nsource: intercom\nlinks:\n  - url: https://example.com/\n")
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    for fmt in ("text", "json", "github", "sarif", "junit"):
        code, out, err = run(["lint", "--no-cache", "--format", fmt, "."], tmp_path)
        assert code == 1 and "internal error" not in err, (fmt, err)
        code, out, err = run(["lint", "--no-cache", "--format", fmt, "--output", f"report.{fmt}", "."], tmp_path)
        assert code == 1 and "internal error" not in err, (fmt, err)
        written = (tmp_path / f"report.{fmt}").read_text(encoding="utf-8")
        assert "bad" in written, fmt
    assert "bad\\xff.yaml:4:10: UTM101" in (tmp_path / "report.text").read_text(encoding="utf-8")
    assert "bad%FF.yaml" in (tmp_path / "report.sarif").read_text(encoding="utf-8")
    json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))


def test_check_of_a_url_with_an_undecodable_host(tmp_path, monkeypatch):
    """`utmlint check 'http://\\xff/'`: a located, readable failure, not an internal error (no network: the
    host name cannot even be encoded, so nothing is resolved)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    url = "http://" + os.fsdecode(b"\xff") + "/"
    code, out, err = run(["check", "--no-cache", url], tmp_path)
    assert code in (1, 2) and "internal error" not in err and "Traceback" not in err, (out, err)
    assert_text_safe(out + err)
    assert "\\xff" in out + err
