"""utmlint's own data files (rules/) are parsed once per install and served from the user cache after,
and parsed again whenever a file changes (bundled.py)."""

from __future__ import annotations

import json
import os
import time

import pytest

from utmlint import bundled, document
from utmlint.platforms import _bundled


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """An empty user cache folder and a process that has not read it yet."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(bundled, "_loaded", {})
    monkeypatch.setattr(bundled, "_state", {"read": False})
    return tmp_path / "xdg" / "utmlint" / bundled._NAME


def _new_process(monkeypatch):
    monkeypatch.setattr(bundled, "_loaded", {})
    monkeypatch.setattr(bundled, "_state", {"read": False})


def test_data_is_parsed_once_then_served_until_the_file_changes(fresh, monkeypatch, tmp_path):
    data_file = tmp_path / "profile.yaml"
    data_file.write_text("name: acme\nmediums: [email, sms]\n", encoding="utf-8")
    time.sleep(bundled.RACY_NS / 1e9 + 0.2)  # a file changed just now is not kept: its stat proves nothing
    assert bundled.load(data_file) == {"name": "acme", "mediums": ["email", "sms"]}
    assert fresh.is_file()

    _new_process(monkeypatch)
    real = document.load_data_file

    def no_parse(path):
        raise AssertionError(f"parsed {path} again")

    monkeypatch.setattr(document, "load_data_file", no_parse)
    assert bundled.load(data_file) == {"name": "acme", "mediums": ["email", "sms"]}

    data_file.write_text("name: acme\nmediums: [email, cpc]\n", encoding="utf-8")  # same size, new bytes
    _new_process(monkeypatch)
    monkeypatch.setattr(document, "load_data_file", real)
    assert bundled.load(data_file) == {"name": "acme", "mediums": ["email", "cpc"]}


def test_a_damaged_cache_is_ignored(fresh, monkeypatch):
    expected = {name: platform for name, platform in _bundled().items()}
    fresh.parent.mkdir(parents=True, exist_ok=True)
    fresh.write_text("{not json", encoding="utf-8")
    _bundled.cache_clear()
    try:
        assert dict(_bundled()) == expected
    finally:
        _bundled.cache_clear()


def test_only_data_json_gives_back_exactly_is_kept():
    assert bundled._plain({"a": [1, 2.5, "x", None, True, {"b": []}]})
    assert not bundled._plain({"a": (1, 2)})
    assert not bundled._plain({1: "x"})
    assert not bundled._plain({"a": document.LongNumber("1" * 40)})
    assert not bundled._plain({"a": float("nan")})


def test_bundled_profiles_from_the_cache_equal_the_parsed_ones(fresh, monkeypatch):
    _bundled.cache_clear()
    try:
        parsed = dict(_bundled())
        cached = json.loads(fresh.read_text(encoding="utf-8")) if fresh.is_file() else {}
        _bundled.cache_clear()
        _new_process(monkeypatch)
        assert dict(_bundled()) == parsed
        # Installed data files are old: all of them were kept (a checkout edited seconds ago would not be).
        profiles = [p for p in cached if os.path.basename(os.path.dirname(p)) == "platforms"]
        assert len(profiles) == len(parsed) or any(
            os.stat(p).st_mtime_ns > time.time_ns() - bundled.RACY_NS for p in cached)
    finally:
        _bundled.cache_clear()


def test_each_install_keeps_its_own_cache_file(tmp_path):
    """Installs (a virtualenv per pre-commit hook revision, several checkouts) do not share one file, which
    every run of each would read whole."""
    import shutil
    import subprocess
    import sys

    package = os.path.dirname(bundled.__file__)
    shutil.copytree(package, tmp_path / "utmlint", ignore=shutil.ignore_patterns("__pycache__"))
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    other = subprocess.run([sys.executable, "-c", "import utmlint.bundled as b; print(b._NAME)"], cwd=tmp_path,
                           env=env, capture_output=True, text=True, check=True).stdout.strip()
    assert other.startswith(f"bundled-data-v{bundled.__version__}-") and other.endswith(".json")
    assert other != bundled._NAME


def test_other_installs_files_unwritten_for_a_month_are_removed_when_one_is_written(fresh, tmp_path):
    """Found by review: each virtualenv, pre-commit revision and checkout writes its own file, and a removed one's
    stayed forever (72 in one user cache folder)."""
    folder = fresh.parent
    folder.mkdir(parents=True)
    month = time.time() - 31 * 24 * 3600
    old, recent = folder / "bundled-data-v0.0.9-0badcafe.json", folder / "bundled-data-v0.1.0-00c0ffee.json"
    stranger, key = folder / "notes.json", folder / "cache-key"
    for path in (old, recent, stranger, key):
        path.write_text("{}", encoding="utf-8")
    outside = tmp_path / "target.json"
    outside.write_text("{}", encoding="utf-8")
    link = folder / "bundled-data-v0.0.8-0000beef.json"
    link.symlink_to(outside)
    for path in (old, stranger, key, outside):
        os.utime(path, (month, month))
    data_file = tmp_path / "profile.yaml"
    data_file.write_text("name: acme\n", encoding="utf-8")
    time.sleep(bundled.RACY_NS / 1e9 + 0.2)
    bundled.load(data_file)  # parsed and written: the save prunes
    assert fresh.is_file() and not old.exists()
    assert recent.exists() and stranger.exists() and key.exists()  # in use lately, or not ours
    assert link.is_symlink() and outside.read_text() == "{}"  # not a regular file: left, target untouched


def test_ga4_source_categories_are_parsed_once_then_served_as_parsed(fresh, monkeypatch):
    """GA4's source-categories.tsv (820 lines) is kept beside the YAML data (channels._read_categories, session 41):
    a later process gets the same table without parsing it, and predicts the same channel for every pair."""
    from utmlint import channels
    from utmlint.resources import rules_dir

    path = rules_dir() / "ga4" / "source-categories.tsv"
    if os.stat(path).st_mtime_ns > time.time_ns() - bundled.RACY_NS:
        pytest.skip("the data file changed just now: its stat proves nothing, it is not kept")
    parsed = channels._parse_categories(path)
    pairs = [(source, medium) for source in sorted(parsed)[::7] + ["", "newsletter", "acme"]
             for medium in ("", "cpc", "paid-social", "organic", "referral", "social", "video", "email", "display")]

    def predicted():
        channels.load_ruleset.cache_clear()
        try:
            return [channels.predict_channel(source, medium, "spring") for source, medium in pairs]
        finally:
            channels.load_ruleset.cache_clear()

    first = predicted()
    assert len(parsed) > 800 and fresh.is_file()
    assert os.fspath(path) in json.loads(fresh.read_text(encoding="utf-8"))

    _new_process(monkeypatch)

    def no_parse(path):
        raise AssertionError(f"parsed {path} again")

    monkeypatch.setattr(channels, "_parse_categories", no_parse)
    assert channels._read_categories(path) == parsed
    assert predicted() == first
    assert {match.channel for match in first} >= {"Paid Social", "Organic Social", "Organic Search", "Email"}
