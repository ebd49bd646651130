"""Hostile and broken input, each through the real CLI in a subprocess.

Every input gets a located finding (`path:line:col: CODE`) or a clear one-line error, exit 1 or 2,
no traceback, in bounded time and memory, and its bytes are never changed, `--fix` included.
Small inputs are committed in `corpus/` (byte-exact: see its .gitattributes); big ones are generated
into tmp_path by `GENERATED` below. The table `EXPECT` says what each must produce.
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Dict, NamedTuple, Optional

import pytest

from utmlint import document

CORPUS = Path(__file__).parent / "corpus"
CPU_SECONDS = 10  # RLIMIT_CPU per run: the slowest case needs about 2 s of CPU; the kernel kills a runaway
TIMEOUT = 90  # wall seconds, only against a hang: CI machines (and this one) are often shared and loaded
MEMORY = 1 << 30  # RLIMIT_AS per run: 1 GiB of address space is far more than any case needs

VALID = ("campaign: spring-sale\nsource: intercom\nmedium: email\n"
         "links:\n  - url: https://example.com/sale\n    content: hero\n")


def _long_url_line() -> bytes:
    head = "campaign: spring-sale\nsource: intercom\nlinks:\n  - url: https://example.com/?"
    return (head + "a=b&" * ((1_000_000 - len(head)) // 4) + "\n").encode()


GENERATED = {
    "flow-deep-50000.yaml": lambda: b"campaign: " + b"[" * 50_000 + b"]" * 50_000 + b"\n",
    "flow-deep-unclosed.yaml": lambda: b"[" * 50_000,
    "flow-map-deep-50000.yaml": lambda: b"{a: " * 50_000 + b"}" * 50_000 + b"\n",
    "block-deep-50000.yaml": lambda: b"- " * 50_000 + b"x\n",
    "block-map-deep-700.yaml": lambda: b"".join(b"  " * i + b"a:\n" for i in range(700)),
    "over-size-limit.yaml": lambda: b"campaign: spring-sale\n# " + b"x" * document.MAX_FILE_BYTES + b"\n",
    "one-line-1mb.yaml": _long_url_line,
    "one-line-no-newline.yaml": lambda: b"campaign: [" + b"a, " * 110_000 + b"]",
    "huge-integer.yaml": lambda: b"campaign: " + b"9" * 100_000 + b"\nsource: intercom\nmedium: email\n",
    "merge-fanout.yaml": lambda: (b"base: &b {" + b", ".join(b"k%d: v" % i for i in range(1000)) + b"}\n"
                                  + b"".join(b"x%d: {<<: *b}\n" % i for i in range(200))),
    "alias-fanout-list.yaml": lambda: (b"a: &a [" + b", ".join([b"x"] * 1000) + b"]\n"
                                       + b"b: [" + b", ".join([b"*a"] * 2000) + b"]\n"),
    "many-unknown-keys.yaml": lambda: b"".join(b"key%d: v\n" % i for i in range(5000)),
}


class Expect(NamedTuple):
    exit: int  # 0 only where the input is a fine campaign file (BOM, CRLF)
    code: Optional[str] = None  # a finding of this rule must be reported ...
    at: Optional[str] = None  # ... at this line:column (None: any position)
    says: str = ""  # ... with a message matching this regex


EXPECT: Dict[str, Expect] = {
    # committed in corpus/
    "bom.yaml": Expect(0),
    "crlf.yaml": Expect(0),
    "crlf-fixable.yaml": Expect(1, "UTM103", "2:9", "intercom.com"),
    "tab-indent.yaml": Expect(1, "UTM001", "6:1", "tab"),
    "nul-byte.yaml": Expect(1, "UTM004", "1:14", "NUL"),
    "invalid-utf8.yaml": Expect(1, "UTM004", "6:15", "not valid UTF-8"),
    "latin1.yaml": Expect(1, "UTM004", "1:14", "not valid UTF-8"),
    "utf16.yaml": Expect(1, "UTM004", "1:1", "UTF-16"),
    "utf16-no-bom.yaml": Expect(1, "UTM004", None, "NUL"),
    "two-documents.yaml": Expect(1, "UTM001", "7:1", "second YAML document"),
    "python-object-apply.yaml": Expect(1, "UTM003", "1:11", r"!!python/object/apply:os\.system"),
    "python-object-new.yaml": Expect(1, "UTM003", "1:11", "subprocess.Popen"),
    "python-name.yaml": Expect(1, "UTM003", "1:11", "python/name"),
    "python-module.yaml": Expect(1, "UTM003", "1:11", "python/module"),
    "custom-tags.yaml": Expect(1, "UTM003", "3:11", "tag:example.com"),
    "billion-laughs.yaml": Expect(1, "UTM001", None, "holds more than 100,000 values"),
    "recursive-alias.yaml": Expect(1, "UTM001", "2:7", "deeper than"),
    "recursive-alias-map.yaml": Expect(1, "UTM001", "2:7", "deeper than"),
    "merge-chain.yaml": Expect(1, "UTM001", None, "deeper than"),
    "duplicate-key.yaml": Expect(1, "UTM001", "2:1", "duplicate key `campaign`"),
    "complex-key.yaml": Expect(1, "UTM001", "1:3", "plain text"),
    "control-char.yaml": Expect(1, "UTM001", "1:17", "U\\+0007"),
    "empty.yaml": Expect(1, "UTM002", "1:1", "empty"),
    "scalar-root.yaml": Expect(1, "UTM002", "1:1", "mapping"),
    "dates-and-numbers.yaml": Expect(1, "UTM002", "1:11", "as a date"),
    # generated into tmp_path
    "flow-deep-50000.yaml": Expect(1, "UTM001", None, "nests deeper than"),
    "flow-deep-unclosed.yaml": Expect(1, "UTM001", None, "nests deeper than"),
    "flow-map-deep-50000.yaml": Expect(1, "UTM001", None, "nests deeper than"),
    "block-deep-50000.yaml": Expect(1, "UTM001", "1:129", "nests deeper than"),
    "block-map-deep-700.yaml": Expect(1, "UTM001", None, "nests deeper than"),
    "over-size-limit.yaml": Expect(1, "UTM004", "1:1", "over utmlint's limit"),
    "one-line-1mb.yaml": Expect(1, "UTM101", "4:10", "no `medium`"),
    "one-line-no-newline.yaml": Expect(1, "UTM001", "1:11", "holds more than 100,000 values"),
    "huge-integer.yaml": Expect(1, "UTM002", "1:11", "as a number"),
    "merge-fanout.yaml": Expect(1, "UTM001", None, "holds more than 100,000 values"),
    "alias-fanout-list.yaml": Expect(1, "UTM001", None, "holds more than 100,000 values"),
    "many-unknown-keys.yaml": Expect(1, "UTM002", "1:1", "unknown key `key0`"),
}

# A module that leaves a marker when imported, and the markers the tag payloads would leave if run.
PAYLOAD_MODULE = "hostile_payload"
MARKERS = ("hostile-marker-os-system", "hostile-marker-open", "hostile-marker-popen", "hostile-marker-import")


class Ran(NamedTuple):
    code: int
    out: str
    err: str
    seconds: float


def _limits() -> None:  # runs in the child before exec
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))


_XDG = tempfile.TemporaryDirectory(prefix="utmlint-xdg-")  # the cache key folder, outside every repo


def utmlint(*args: str, cwd: Path) -> Ran:
    """`python -m utmlint ARGS` in `cwd`, with a time and a memory limit and a private cache key folder."""
    env = {**os.environ, "XDG_CACHE_HOME": _XDG.name, "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("UTMLINT_DEBUG", None)
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "utmlint", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, errors="replace", timeout=TIMEOUT,
                          preexec_fn=_limits if sys.platform.startswith("linux") else None)
    return Ran(done.returncode, done.stdout, done.stderr, time.monotonic() - started)


def assert_no_crash(ran: Ran) -> None:
    both = ran.out + ran.err
    assert ran.code in (0, 1, 2), ran  # a negative code is a signal: SIGXCPU (time) or SIGSEGV (stack)
    assert "Traceback" not in both and "internal error" not in both, both[-3000:]
    assert ran.seconds < TIMEOUT


def assert_located(ran: Ran, name: str, code: str, at: Optional[str] = None, says: str = "") -> None:
    where = re.escape(at) if at else r"\d+:\d+"
    pattern = rf"^{re.escape(name)}:{where}: {code} (?:\[\*\] )?[a-z-]+ (?:error|warning|info): .*{says}"
    assert re.search(pattern, ran.out, re.MULTILINE), f"no `{pattern}` in:\n{ran.out[:3000]}\n{ran.err[:1000]}"


CONFIG = "# every YAML file here is a campaign file (no sniffing for a `campaign:` key)\ninclude: ['**/*.yaml']\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Every case of EXPECT alone in its own repo, `cases/NAME/NAME`, with a `.utmlint.yaml` (so it is a
    campaign file whatever it holds) and a module that leaves a marker if anything imports it."""
    cases = tmp_path_factory.mktemp("hostile") / "cases"
    cases.mkdir()
    (cases / ".utmlint.yaml").write_text(CONFIG, encoding="utf-8")
    made = {path.name: path.read_bytes for path in CORPUS.glob("*.yaml")}
    made.update(GENERATED)
    assert sorted(made) == sorted(EXPECT), "EXPECT and the corpus disagree"
    for name, make in made.items():
        folder = cases / name.replace(".yaml", "")
        folder.mkdir()
        (folder / name).write_bytes(make())
        (folder / ".utmlint.yaml").write_text(CONFIG, encoding="utf-8")
        (folder / f"{PAYLOAD_MODULE}.py").write_text(f"open({MARKERS[-1]!r}, 'w').close()\n", encoding="utf-8")
    return cases


def _case(corpus: Path, name: str) -> Path:
    return corpus / name.replace(".yaml", "")


@pytest.fixture(scope="module")
def snapshot(corpus) -> Dict[str, bytes]:
    return {p.relative_to(corpus).as_posix(): p.read_bytes() for p in corpus.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def lint_runs(corpus, snapshot) -> Dict[str, Ran]:
    """`utmlint lint NAME` in each case's repo, two at a time (each run is mostly interpreter start-up)."""
    def one(name: str) -> Ran:
        return utmlint("lint", "--output-format", "concise", "--cache-dir", str(corpus.parent / "cache" / name), name,
                       cwd=_case(corpus, name))

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(EXPECT, pool.map(one, EXPECT)))


@pytest.mark.parametrize("name", list(EXPECT))
def test_lint_reports_hostile_input(name, lint_runs, corpus, snapshot):
    ran, expect = lint_runs[name], EXPECT[name]
    assert_no_crash(ran)
    assert ran.code == expect.exit, ran
    if expect.code:
        assert_located(ran, name, expect.code, expect.at, expect.says)
    else:
        assert "All clean" in ran.out, ran
    for line in ran.out.splitlines()[:-1]:  # every finding is one located line (concise)
        assert re.match(r"^\S+:\d+:\d+: UTM\d{3} ", line), line
    path = _case(corpus, name) / name
    assert path.read_bytes() == snapshot[path.relative_to(corpus).as_posix()]


def test_fix_changes_nothing_it_cannot_fix(corpus, snapshot, lint_runs):
    """One `--fix` over the whole corpus: only the one fixable file changes, and it keeps its CRLFs."""
    ran = utmlint("lint", "--fix", "--no-cache", ".", cwd=corpus)
    assert_no_crash(ran)
    assert ran.code == 1
    fixable = "crlf-fixable/crlf-fixable.yaml"
    after = {p.relative_to(corpus).as_posix(): p.read_bytes() for p in corpus.rglob("*") if p.is_file()}
    assert sorted(after) == sorted(snapshot), "files appeared or vanished (temp files left behind?)"
    assert [name for name in snapshot if after[name] != snapshot[name]] == [fixable]
    fixed, before = after[fixable], snapshot[fixable]
    assert fixed.count(b"\n") == fixed.count(b"\r\n") == before.count(b"\n") + 1
    assert b"source: intercom\r\n" in fixed and b"        content: step-1\r\n" in fixed
    again = utmlint("lint", "--no-cache", "crlf-fixable.yaml", cwd=corpus / "crlf-fixable")
    assert again.code == 0, again


def test_hostile_input_without_a_config(corpus, lint_runs):
    """With no config only files with a top-level `campaign:` key are checked (a pre-commit hook also sees
    other YAML); those must get the same findings, and every other file is at least counted as skipped."""
    names = [n for n in EXPECT if n != "crlf-fixable.yaml"]
    bare = corpus.parent / "bare"
    bare.mkdir()
    for name in names:
        (bare / name).write_bytes((_case(corpus, name) / name).read_bytes())
    ran = utmlint("lint", "--no-cache", "--output-format", "concise", *names, cwd=bare)
    assert_no_crash(ran)
    assert ran.code == 1
    reported = {line.split(":", 1)[0] for line in ran.out.splitlines()[:-1]}
    for name in names:
        expect = EXPECT[name]
        if name in reported:
            if expect.code:
                assert_located(ran, name, expect.code, expect.at, expect.says)
        else:
            assert expect.exit == 0 or b"campaign" not in (bare / name).read_bytes()[:4096], (name, ran.out)
    skipped = re.search(r"skipped (\d+) YAML file", ran.err)
    assert len(reported) + (int(skipped.group(1)) if skipped else 0) + 2 >= len(names), (ran.out, ran.err)


@pytest.mark.parametrize("args", [["--format", "json"], ["--format", "sarif"], ["--format", "junit"],
                                  ["--format", "github"], ["--diff"], ["--statistics"], ["--output-format", "full"],
                                  ["--output-format", "concise"]],
                         ids=["json", "sarif", "junit", "github", "diff", "statistics", "full", "concise"])
def test_every_output_survives_the_corpus(tmp_path, run, monkeypatch, args):
    """The committed (small) cases through each reporter and --diff, in-process: no crash, output that parses."""
    import xml.etree.ElementTree as ElementTree

    monkeypatch.setenv("XDG_CACHE_HOME", _XDG.name)
    (tmp_path / ".utmlint.yaml").write_text(CONFIG, encoding="utf-8")
    originals = {path.name: path.read_bytes() for path in CORPUS.glob("*.yaml")}
    for name, raw in originals.items():
        (tmp_path / name).write_bytes(raw)
    result = run("lint", "--no-cache", *args, *sorted(originals), cwd=tmp_path)
    assert result.code == 1 and "internal error" not in result.err, result
    if args[-1] in ("json", "sarif"):
        json.loads(result.out)
    elif args[-1] == "junit":
        ElementTree.fromstring(result.out)
    elif args[-1] == "github":
        assert any(line.startswith("::error file=") for line in result.out.splitlines()), result.out[:2000]
    elif args[0] == "--diff":
        assert "crlf-fixable.yaml" in result.out and "+        content: step-1" in result.out
    elif args[-1] in ("full", "concise"):
        # Source lines and messages from hostile files: no raw control, bidi or line-breaking character reaches
        # the terminal, and in concise every line is one finding.
        assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]", result.out)
        lines = result.out.splitlines()[:-1]
        if args[-1] == "concise":
            assert lines and all(re.match(r"^\S+:\d+:\d+: UTM\d{3} ", line) for line in lines), result.out[:2000]
        else:
            assert "\n  |\n" in result.out or "\n   |\n" in result.out
    for name, raw in originals.items():
        assert (tmp_path / name).read_bytes() == raw, name


def test_no_tag_is_ever_constructed(corpus, lint_runs):
    """The tag payloads would create marker files (or import a module that does); none exists."""
    for marker in MARKERS:
        assert not list(corpus.rglob(marker)), f"{marker}: a YAML tag was constructed"


def test_no_tag_is_imported_in_process(run, corpus, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(corpus.parent / "xdg-cache"))
    tagged = sorted(n for n in EXPECT if n.startswith("python-")) + ["custom-tags.yaml"]
    for name in tagged:
        monkeypatch.syspath_prepend(str(_case(corpus, name)))
    before = set(sys.modules)
    result = run("lint", "--no-cache", *(f"{_case(corpus, n).name}/{n}" for n in tagged), cwd=corpus)
    assert result.code == 1 and result.out.count("UTM003") >= len(tagged), result
    assert PAYLOAD_MODULE not in sys.modules
    assert not {m for m in set(sys.modules) - before if "hostile" in m}
    for marker in MARKERS:
        assert not list(corpus.rglob(marker))


# -- things in the file system that are not campaign files -------------------------------------------------

BAD = "campaign: spring-sale\nsource: intercom\nlinks:\n  - url: https://example.com/sale\n"  # no medium: UTM101


@pytest.fixture
def repo(tmp_path) -> Path:
    folder = tmp_path / "repo"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("given", ["x.yaml", "."])
def test_folder_named_like_a_campaign_file_is_searched(repo, given):
    """A folder `x.yaml`, named directly or found by discovery, is a folder to search, never read as a file."""
    (repo / "x.yaml").mkdir()
    (repo / "x.yaml" / "inner.yaml").write_text(BAD, encoding="utf-8")
    (repo / "empty.yml").mkdir()
    ran = utmlint("lint", "--no-cache", given, cwd=repo)
    assert_no_crash(ran)
    assert ran.code == 1
    assert_located(ran, "x.yaml/inner.yaml", "UTM101", "4:10")
    assert "folder" not in ran.out


def test_folder_reaching_the_reader_is_a_finding(run, repo, monkeypatch):
    """A file replaced by a folder between discovery and reading: the reader says so, located."""
    import utmlint.discovery

    (repo / "a.yaml").write_text(VALID, encoding="utf-8")
    (repo / "b.yaml").write_text(VALID, encoding="utf-8")
    real_discover = utmlint.discovery.discover

    def discover_then_swap(config, paths):
        found = real_discover(config, paths)
        (repo / "b.yaml").unlink()
        (repo / "b.yaml").mkdir()
        return found

    monkeypatch.setattr(utmlint.discovery, "discover", discover_then_swap)
    monkeypatch.setenv("XDG_CACHE_HOME", str(repo.parent / "xdg-cache"))
    result = run("lint", "--no-cache", ".", cwd=repo)
    assert result.code == 1, result
    assert re.search(r"^b\.yaml:1:1: UTM004 file-unreadable error: is a folder", result.out, re.MULTILINE), result
    assert "a.yaml" not in result.out.split("Found")[0]


def test_file_deleted_between_discovery_and_reading(run, repo, monkeypatch):
    import utmlint.discovery

    (repo / "a.yaml").write_text(BAD, encoding="utf-8")
    (repo / "gone.yaml").write_text(VALID, encoding="utf-8")
    real_discover = utmlint.discovery.discover

    def discover_then_delete(config, paths):
        found = real_discover(config, paths)
        assert str(repo / "gone.yaml") in map(str, found[0])
        (repo / "gone.yaml").unlink()
        return found

    monkeypatch.setattr(utmlint.discovery, "discover", discover_then_delete)
    monkeypatch.setenv("XDG_CACHE_HOME", str(repo.parent / "xdg-cache"))
    for extra in ([], ["--fix"]):
        if not (repo / "gone.yaml").exists():
            (repo / "gone.yaml").write_text(VALID, encoding="utf-8")
        result = run("lint", *extra, ".", cwd=repo)
        assert result.code == 1, result
        assert re.search(r"^gone\.yaml:1:1: UTM004 file-unreadable error: file disappeared", result.out, re.MULTILINE), result
        assert re.search(r"^a\.yaml:4:10: UTM101 ", result.out, re.MULTILINE), result
        assert not (repo / "gone.yaml").exists()
        assert (repo / "a.yaml").read_text(encoding="utf-8") == BAD


def test_dangling_symlink(repo):
    (repo / "dangling.yaml").symlink_to(repo / "nowhere.yaml")
    ran = utmlint("lint", "--no-cache", "dangling.yaml", cwd=repo)
    assert_no_crash(ran)
    assert ran.code == 1
    assert_located(ran, "dangling.yaml", "UTM004", "1:1")


def _symlink_loop(repo: Path) -> None:
    (repo / "loop-a.yaml").symlink_to("loop-b.yaml")
    (repo / "loop-b.yaml").symlink_to("loop-a.yaml")
    (repo / "ok.yaml").write_text(VALID, encoding="utf-8")


def test_symlink_loop_found_by_discovery(repo):
    _symlink_loop(repo)
    ran = utmlint("lint", "--no-cache", ".", cwd=repo)
    assert_no_crash(ran)
    assert ran.code == 1
    assert_located(ran, "loop-a.yaml", "UTM004", "1:1", "symbolic link loop")
    assert_located(ran, "loop-b.yaml", "UTM004", "1:1", "symbolic link loop")


def test_symlink_loop_named_first(repo):
    _symlink_loop(repo)
    ran = utmlint("lint", "--no-cache", "loop-a.yaml", cwd=repo)
    assert_no_crash(ran)
    assert ran.code == 1
    assert_located(ran, "loop-a.yaml", "UTM004", "1:1", "symbolic link loop")


def test_symlink_loop_named_after_a_file(repo):
    _symlink_loop(repo)
    ran = utmlint("lint", "--no-cache", "ok.yaml", "loop-a.yaml", cwd=repo)
    assert_no_crash(ran)
    assert ran.code == 1
    assert_located(ran, "loop-a.yaml", "UTM004", "1:1", "symbolic link loop")


def test_symlink_loop_reaching_the_reader_is_a_finding(run, repo, monkeypatch):
    """The reader itself reports ELOOP, located, when a loop gets past discovery."""
    import utmlint.discovery

    (repo / "ok.yaml").write_text(VALID, encoding="utf-8")
    real_discover = utmlint.discovery.discover

    def collect_then_loop(config, paths):
        found = real_discover(config, paths)
        (repo / "ok.yaml").unlink()
        (repo / "ok.yaml").symlink_to("ok.yaml")
        return found

    monkeypatch.setattr(utmlint.discovery, "discover", collect_then_loop)
    monkeypatch.setenv("XDG_CACHE_HOME", str(repo.parent / "xdg-cache"))
    result = run("lint", "--no-cache", "ok.yaml", cwd=repo)
    assert result.code == 1, result
    assert re.search(r"^ok\.yaml:1:1: UTM004 file-unreadable error: symbolic link loop", result.out, re.MULTILINE), result


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
@pytest.mark.parametrize("given", ["pipe.yaml", "."])
def test_fifo_is_not_waited_on(repo, given):
    """Opening a FIFO for reading blocks until a writer comes: utmlint must report it, not hang."""
    os.mkfifo(repo / "pipe.yaml")
    ran = utmlint("lint", "--no-cache", given, cwd=repo)
    assert_no_crash(ran)
    assert ran.code == 1
    assert_located(ran, "pipe.yaml", "UTM004", "1:1", "not a regular file")


def test_unreadable_file(repo, run, monkeypatch):
    """chmod 000 stops a normal user; root reads through permission bits, so there it is linted as usual
    (exit 0 for a good file) and EACCES is simulated in-process to check the message."""
    path = repo / "secret.yaml"
    path.write_text(VALID, encoding="utf-8")
    path.chmod(0)
    try:
        ran = utmlint("lint", "--no-cache", "secret.yaml", cwd=repo)
        assert_no_crash(ran)
        if os.geteuid() == 0:
            assert ran.code == 0, ran  # root can read it: it is a good campaign file
        else:
            assert ran.code == 1
            assert_located(ran, "secret.yaml", "UTM004", "1:1", "permission denied")
            fixed = utmlint("lint", "--fix", "--no-cache", "secret.yaml", cwd=repo)
            assert_no_crash(fixed)
        assert stat.S_IMODE(path.stat().st_mode) == 0
    finally:
        path.chmod(0o644)
    assert path.read_text(encoding="utf-8") == VALID

    real_open = os.open

    def denied(file, flags, *args, **kwargs):
        if str(file).endswith("secret.yaml"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, flags, *args, **kwargs)

    real_builtin_open = open

    def denied_builtin(file, *args, **kwargs):
        if str(file).endswith("secret.yaml"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_builtin_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    monkeypatch.setattr("builtins.open", denied_builtin)
    monkeypatch.setenv("XDG_CACHE_HOME", str(repo.parent / "xdg-cache"))
    result = run("lint", "--no-cache", "secret.yaml", cwd=repo)
    monkeypatch.undo()
    assert result.code == 1, result
    assert re.search(r"^secret\.yaml:1:1: UTM004 file-unreadable error: permission denied", result.out, re.MULTILINE), result
