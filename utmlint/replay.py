"""The pre-commit fast path: `utmlint lint FILE...` on files unchanged since the same command last ran
prints what that run printed, without loading the YAML parser, the rules or the reporters.

pre-commit runs the hook on every commit, and a commit retried after another hook failed, or one that
touches no campaign file under `--all-files`, lints the same unchanged files again: start-up is then all
the cost. A full run records its output and exit code with everything they depend on; the next identical
invocation checks that none of it changed and prints the record instead of linting.

A record is valid only for
- its name, a hash of: utmlint's version, the Python running it and its sys.path, the working directory,
  every option of the command line (KEYED), the environment variables output may depend on (ENV_NAMES,
  ENV_PREFIXES), the output streams' encoding, and the config file that governs the paths (path, bytes);
- inside it (signed with the machine key, as the result cache is, so a record committed or edited by a
  pull request is ignored): the stat (size, mtime, ctime, inode, mode; symlinks not followed) of every
  file the run read (the files checked and the project's other campaign files, which repo-wide rules
  compare; the platform profiles), the names in every folder it listed (the walk, the profile folders: a
  file added or removed), the bytes of every config file of the `extend` chain, and the stat
  of utmlint's own code and bundled data and of every sys.path folder (installing, removing or upgrading a
  plugin changes its site-packages folder). A stat counts only when the file had not changed for RACY_NS
  before the recording run started (git's racy-clean rule): a file edited while it was linted, or twice
  within a clock tick, is a miss.

Not eligible (the full run happens, and records nothing): --fix, --diff, --live, --no-cache, --output,
stdin (`-`), an option this module does not know set to anything but its default (a new option must be
added to KEYED or INELIGIBLE to use the fast path), a terminal on stdout or stderr (colour and width may
depend on it), paths governed by different config files, and a config that moves the cache (`cache-dir:`;
the `--cache-dir` flag works). Only runs that exit 0 or 1 are recorded.

Imports are few on purpose (os, sys, json, hashlib, hmac): this module runs before anything else loads.
"""

from __future__ import annotations

import json
import os
import sys

from . import __version__
from .freshness import RACY_NS

FORMAT = 1
MAX_RECORD_BYTES = 256 * 1024 * 1024
KEEP_RECORDS = 16  # records kept per cache folder, newest first (one per distinct command line)
PREFIX, SUFFIX = "run-", ".replay"

# Options of `utmlint lint` whose values are part of the record's name.
KEYED = ("paths", "format", "select", "ignore", "fail_on", "exit_zero", "statistics", "config", "cache_dir",
         "unsafe_fixes", "allow_private", "strict", "baseline", "no_baseline",
         "color", "quiet", "show_files")  # the text output's options (its colour, summary and file list)
# Options that make a run ineligible when set: they write files, reach the network or skip the cache.
INELIGIBLE = ("fix", "diff", "live", "no_cache", "output", "version", "write_baseline", "prune_baseline")
BASELINE_NAME = ".utmlint-baseline.json"  # baseline.DEFAULT_NAME: read when it is in the config's folder
ENV_NAMES = ("NO_COLOR", "FORCE_COLOR", "TERM", "COLORTERM", "COLUMNS", "LINES", "CI", "PYTHONIOENCODING",
             "PYTHONUTF8", "LANG", "HOME", "XDG_CACHE_HOME")
ENV_PREFIXES = ("UTMLINT_", "GITHUB_", "LC_", "CLICOLOR")


class Probe:
    """Where this invocation's record would be, and its name."""

    def __init__(self, key: str, folder: str, root, config, paths):
        self.key = key
        self.folder = folder  # the cache folder (records sit beside the result cache, as run-<key>.replay)
        self.root = root  # the folder must lie inside it, no symlink on the way; None: named by --cache-dir
        self.config = config  # the governing config file, or None
        self.paths = paths
        self.name = f"{PREFIX}{key[:40]}{SUFFIX}"
        self.purpose = f"lint-replay {key}"


def probe(args):
    """The record this invocation would use, or None when it is not eligible. Never raises."""
    try:
        return _probe(args)
    except Exception as error:  # anything odd: the full run will say what it is
        return _miss(f"{type(error).__name__}: {error}")


def _probe(args):
    if getattr(args, "command", None) != "lint":
        return None
    options = {}
    for name, value in sorted(vars(args).items()):
        if name in ("command", "run"):
            continue
        if name in KEYED:
            options[name] = value
        elif value not in (None, False, [], "", 0):  # INELIGIBLE, or an option added later
            return None
    paths = list(args.paths or ["."])
    if "-" in paths:
        return None
    for stream in (sys.stdout, sys.stderr):
        if stream is None or stream.isatty():
            return None
    from .configfile import MAX_CONFIG_BYTES, find_config_file
    from .safeio import ReadRefused, read_regular

    cwd = os.getcwd()
    if args.config is not None:
        if not os.path.isfile(args.config):
            return None
        config = os.path.realpath(args.config)
        root = os.path.realpath(cwd)
    else:
        found = {find_config_file(path) for path in paths}
        if len(found) != 1:
            return None
        config = found.pop()
        if config is None:  # what Project.load does then: the config of the working directory, if any
            config = find_config_file(cwd)
        config = None if config is None else os.path.realpath(config)
        root = os.path.dirname(config) if config is not None else os.path.realpath(cwd)
    digest = None
    if config is not None:
        try:
            digest = _sha256(read_regular(config, MAX_CONFIG_BYTES, "a config file"))
        except ReadRefused:
            return None
    if args.cache_dir:
        cache, trusted_root = os.path.realpath(args.cache_dir), None
    else:
        cache, trusted_root = os.path.join(root, ".utmlint_cache"), root
    env = {name: value for name, value in os.environ.items() if name in ENV_NAMES or name.startswith(ENV_PREFIXES)}
    streams = [(getattr(s, "encoding", None), getattr(s, "errors", None)) for s in (sys.stdout, sys.stderr)]
    # whether a baseline lies where a run finds it by its name (created or deleted: another record); one that is there
    # is watched as the files are (Recorder._save: args.baseline_file)
    baselines = {folder: os.path.lexists(os.path.join(folder, BASELINE_NAME))
                 for folder in {root, os.path.dirname(config) if config is not None else root}}
    material = json.dumps([FORMAT, __version__, sys.version, sys.executable, sys.path, cwd, options, env, streams,
                           config, digest, cache, baselines], sort_keys=True, default=str)
    return Probe(_sha256(material.encode("utf-8", "surrogateescape")), cache, trusted_root, config, paths)


def replay(found: Probe):
    """Print the record's output and return its exit code; None when there is no valid record. Never raises."""
    try:
        data = _load(found)
        if data is None or not _unchanged(data):
            return None
        out, err, code = data["out"], data["err"], data["code"]
        if not (isinstance(out, str) and isinstance(err, str) and code in (0, 1)):
            return _miss(f"{found.name}: not a record utmlint writes")
    except Exception as error:
        return _miss(f"{type(error).__name__}: {error}")
    sys.stdout.write(out)
    sys.stderr.write(err)
    return code


def _load(found: Probe):
    from . import safeio
    from .signing import verified

    try:
        with safeio.open_folder(found.folder, found.root) as folder:
            raw = safeio.read_regular_stat(found.name, MAX_RECORD_BYTES, "a cache file", dir_fd=folder.fd,
                                           follow=False)[0]
    except (safeio.ReadRefused, safeio.WriteRefused, OSError) as error:
        return _miss(f"no record {found.name} ({error})")
    body = verified(raw, found.purpose)
    if body is None:
        return _miss(f"{found.name}: not signed with this machine's key")
    data = json.loads(body)
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("key") != found.key:
        return _miss(f"{found.name} is from another version of utmlint")
    return data


def _stamp(path: str, follow: bool):
    """What a record compares of a path: None when it does not exist, "?" when it cannot be seen."""
    try:
        info = os.stat(path, follow_symlinks=follow)
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return "?"
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_mode]


def _miss(why: str) -> None:
    """Not a hit: None (falsy, as every caller's "no" is). With UTMLINT_DEBUG set, say why on stderr."""
    if os.environ.get("UTMLINT_DEBUG"):
        sys.stderr.write(f"utmlint: fast path not taken: {why}\n")
    return None


def _unchanged(data: dict) -> bool:
    settled = data["t0"] - RACY_NS
    for table, follow in (("lstat", False), ("stat", True)):
        for path, want in data[table].items():
            if _stamp(path, follow) != want:
                return _miss(f"{path} changed")
            if want is not None and not (want[1] < settled and want[2] < settled):
                return _miss(f"{path} changed just before the last run")  # its stat proves nothing
    for table, follow, names_of in (("folders", False, lambda path: sorted(os.listdir(path))),
                                    ("code folders", True, _names)):
        for path, (inode, mode, names) in data[table].items():
            stamp = _stamp(path, follow=follow)
            if not isinstance(stamp, list) or stamp[3:] != [inode, mode]:
                return _miss(f"{path} changed")
            try:
                if names_of(path) != names:
                    return _miss(f"a file was added to or removed from {path}")
            except OSError:
                return _miss(f"{path} cannot be listed")
    from .configfile import MAX_CONFIG_BYTES
    from .safeio import ReadRefused, read_regular

    for path, digest in data["hashes"].items():
        try:
            if _sha256(read_regular(path, MAX_CONFIG_BYTES, "a config file")) != digest:
                return _miss(f"{path} changed")
        except ReadRefused:
            return _miss(f"{path} cannot be read")
    return True


def _sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


# -- recording (the full run: every module is loaded by now, so imports cost nothing here) ----------

class _Tee:
    """A text stream that keeps a copy of what is written through it."""

    def __init__(self, stream):
        self._stream = stream
        self.parts = []
        self.bypassed = False

    def write(self, text):
        self.parts.append(text)
        return self._stream.write(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    @property
    def buffer(self):  # bytes written past the copy: this run cannot be recorded
        self.bypassed = True
        return self._stream.buffer

    def __getattr__(self, name):
        return getattr(self._stream, name)


class Recorder:
    """Runs the full lint with stdout and stderr copied, then records it (best effort: never fails a run)."""

    def __init__(self, found: Probe):
        self.found = found

    def run(self, args) -> int:
        import time

        self._make_folder()  # before the clock starts: creating it changes the project folder's mtime
        t0 = time.time_ns()
        out, err = _Tee(sys.stdout), _Tee(sys.stderr)
        real = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = out, err
        try:
            code = args.run(args)
        finally:
            sys.stdout, sys.stderr = real
        if code in (0, 1) and not (out.bypassed or err.bypassed):
            try:
                self._save(args, t0, "".join(out.parts), "".join(err.parts), code)
            except Exception:
                if os.environ.get("UTMLINT_DEBUG"):
                    raise
        return code

    def _make_folder(self) -> None:
        from . import safeio
        from .cache import open_cache_folder

        if not os.path.isdir(self.found.folder):
            try:
                open_cache_folder(self.found.folder, self.found.root).close()
            except (OSError, safeio.WriteRefused):
                pass

    def _save(self, args, t0: int, out: str, err: str, code: int) -> None:
        import stat

        from . import safeio
        from .cache import open_cache_folder
        from .signing import sign

        project = getattr(args, "project", None)
        if project is None or len(project.scopes) != 1:
            return
        scope = project.scopes[0]
        config = scope.config
        if config.cache_dir is not None and not config.cache_dir_from_user:
            return  # the config moves the cache: the fast path, which has not read the config, looks elsewhere
        found = scope.__dict__.get("_discovery")  # Scope's cached discovery of this run
        if found is None:
            return
        repo = {os.path.abspath(p) for p in self.found.paths}
        repo.update(os.fspath(p) for p in (*found.targets, *found.project))
        if getattr(args, "baseline_file", None):  # the baseline read: an edit or a prune is another run
            repo.add(os.path.abspath(args.baseline_file))
        # utmlint's own cache folder changes on every run (a config whose `exclude:` drops the default `.*`
        # walks it): only utmlint writes there, never a campaign file, so its listing is not watched.
        cache = os.path.join(self.found.folder, "")
        listed = {}
        for folder, names in found.folders:
            if os.path.join(folder, "").startswith(cache):
                continue
            if tuple(sorted(os.listdir(folder))) != names:
                return  # a file was added or removed while the run went on
            stamp = _stamp(folder, follow=False)
            if not isinstance(stamp, list) or not stat.S_ISDIR(stamp[4]):
                return
            listed[folder] = [stamp[3], stamp[4], list(names)]  # inode, mode, names: no time, so never racy
        for folder in config.platform_dirs:
            folder = os.fspath(folder)
            names = sorted(os.listdir(folder))
            listed[folder] = [os.lstat(folder).st_ino, os.lstat(folder).st_mode, names]
            repo.update(os.path.join(folder, name) for name in names if name.endswith((".yaml", ".yml")))
        lstat = {}
        for path in sorted(repo):
            stamp = _stamp(path, follow=False)
            if isinstance(stamp, list) and stat.S_ISDIR(stamp[4]) and path in listed:
                continue  # a folder given on the command line: walked, so its names are watched
            if not isinstance(stamp, list) or not stat.S_ISREG(stamp[4]):
                return  # a symlink, a missing or unreadable file: the full run reported it; do it again
            lstat[path] = stamp
        hashes = {}
        for path in config.files:
            hashes[os.fspath(path)] = _sha256(safeio.read_regular(path, 1024 * 1024, "a config file"))
        env = {path: _stamp(path, follow=True) for path in _code_and_environment()}
        if "?" in env.values():
            return
        ours = {}
        for folder in _code_folders():  # names, not mtimes: a first import adds a __pycache__ to its folder
            info = os.stat(folder)
            ours[folder] = [info.st_ino, info.st_mode, _names(folder)]
        record = {"format": FORMAT, "key": self.found.key, "t0": t0, "lstat": lstat, "folders": listed,
                  "code folders": ours, "stat": env, "hashes": hashes, "out": out, "err": err, "code": code}
        payload = json.dumps(record, separators=(",", ":")).encode("utf-8")
        try:
            with open_cache_folder(self.found.folder, self.found.root) as folder:
                safeio.replace_in(folder, self.found.name, sign(payload, self.found.purpose))
                _prune(folder)
        except (OSError, safeio.WriteRefused):
            pass  # a read-only checkout, or a planted symlink: no fast path next time, nothing worse


def _code_folders():
    """utmlint's package folders and bundled data folders (a checkout edited in place changes no version)."""
    package = os.path.dirname(os.path.abspath(__file__))
    tops = [package] + [os.path.join(os.path.dirname(package), name) for name in ("rules", "schemas")
                        if not os.path.isdir(os.path.join(package, "_data", name))]
    for top in tops:
        for directory, subdirs, _ in os.walk(top):
            subdirs[:] = sorted(d for d in subdirs if d != "__pycache__")
            yield directory


def _names(folder: str) -> list:
    """A folder's names as a record keeps them; byte-code caches left out (Python writes them as it imports)."""
    return sorted(name for name in os.listdir(folder) if name != "__pycache__")


def _code_and_environment():
    """The files of utmlint's code and bundled data, and every sys.path folder (plugins: `plugins.py`)."""
    for directory in _code_folders():
        for name in _names(directory):
            path = os.path.join(directory, name)
            if not os.path.isdir(path):
                yield path
    for entry in sys.path:
        yield os.path.abspath(entry or ".")


def _prune(folder) -> None:
    """Keep the newest KEEP_RECORDS records of this cache folder."""
    listed = os.listdir(folder.fd if os.listdir in os.supports_fd else folder.path)
    names = [name for name in listed if name.startswith(PREFIX) and name.endswith(SUFFIX)]
    if len(names) <= KEEP_RECORDS:
        return
    aged = []
    for name in names:
        try:
            aged.append((folder.lstat(name).st_mtime_ns, name))
        except OSError:
            pass
    for _, name in sorted(aged)[:-KEEP_RECORDS]:
        folder.unlink(name)
