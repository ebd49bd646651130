"""The wheel carries the data (rules/, schemas/) and finds it when installed, away from the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_ships_rules_and_schemas_and_uses_them(tmp_path):
    out = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    wheel = next(out.glob("utmlint-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in ("utmlint/_data/schemas/campaign.schema.json", "utmlint/_data/rules/ga4/channels.yaml",
                     "utmlint/_data/rules/ga4/source-categories.tsv", "utmlint/_data/rules/platforms/intercom.yaml",
                     "utmlint/_data/rules/shorteners.txt"):
        assert expected in names
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    env = {**os.environ, "PYTHONPATH": str(site)}
    code = ("import utmlint.resources as r, sys; print(r.rules_dir()); "
            "from utmlint.cli import main; sys.exit(main(['lint', '--no-cache', 'c.yaml']))")
    (tmp_path / "c.yaml").write_text("campaign: x\nplatform: intercom\nlinks:\n  - url: https://example.com/\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[0] == str(site / "utmlint" / "_data" / "rules")
    # `utmlint schema --path` names the installed file (importlib.resources), and `schema` prints it.
    code = "import sys; from utmlint.cli import main; sys.exit(main(sys.argv[1:]))"
    where = subprocess.run([sys.executable, "-c", code, "schema", "--path"], cwd=tmp_path, env=env,
                           capture_output=True, text=True, timeout=60)
    assert where.returncode == 0, where.stderr
    assert where.stdout.strip() == str(site / "utmlint" / "_data" / "schemas" / "campaign.schema.json")
    printed = subprocess.run([sys.executable, "-c", code, "schema", "config"], cwd=tmp_path, env=env,
                             capture_output=True, text=True, timeout=60)
    assert printed.stdout == (site / "utmlint" / "_data" / "schemas" / "config.schema.json").read_text(encoding="utf-8")
