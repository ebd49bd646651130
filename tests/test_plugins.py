"""Third-party rules arrive through the `utmlint.rules` entry point group of installed distributions."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

PLUGIN = '''
from utmlint.registry import rule


@rule(code="ACME001", name="acme-no-staging-links", summary="Links point at the staging site.",
      severity="error", target="link",
      example="campaign: x\\nsource: intercom\\nmedium: email\\nlinks:\\n  - url: https://staging.example.com/\\n",
      use_instead="campaign: x\\nsource: intercom\\nmedium: email\\nlinks:\\n  - url: https://example.com/\\n")
def no_staging(link, ctx):
    """What it does: flags links to staging.example.com.
    Why is this bad? Customers cannot open staging.
    """
    if "staging." in link.url:
        yield ctx.report("this link points at staging", link.pos)


def rules():
    return [no_staging]
'''


def _install_fake_plugin(site: Path, body: str = PLUGIN) -> None:
    (site / "utmlint_acme.py").write_text(textwrap.dedent(body))
    info = site / "utmlint_acme-1.2.3.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: utmlint-acme\nVersion: 1.2.3\n")
    (info / "entry_points.txt").write_text("[utmlint.rules]\nACME = utmlint_acme:rules\n")


def _utmlint(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    code = f"import sys; sys.path.insert(0, {str(site)!r}); from utmlint.cli import main; sys.exit(main({list(args)!r}))"
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=60)


def test_plugin_rules_run_and_are_listed(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    _install_fake_plugin(site)
    (tmp_path / ".utmlint.yaml").write_text("{}\n")
    (tmp_path / "c.yaml").write_text("campaign: x\nsource: intercom\nmedium: email\nlinks:\n  - url: https://staging.example.com/\n")
    version = _utmlint(site, tmp_path, "--version")
    assert "plugin utmlint-acme 1.2.3" in version.stdout and "ACME001" in version.stdout
    assert "ACME001  acme-no-staging-links" in _utmlint(site, tmp_path, "rules").stdout
    lint = _utmlint(site, tmp_path, "lint", "--no-cache")
    assert lint.returncode == 1
    assert "c.yaml:5:10: ACME001 acme-no-staging-links error: this link points at staging" in lint.stdout


def test_broken_plugin_names_itself_and_exits_2(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    _install_fake_plugin(site, "def rules():\n    raise RuntimeError('boom')\n")
    (tmp_path / "c.yaml").write_text("campaign: x\n")
    result = _utmlint(site, tmp_path, "lint", "c.yaml")
    assert result.returncode == 2
    assert "plugin utmlint-acme 1.2.3" in result.stderr and "boom" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_plugin_means_no_entry_point_machinery(tmp_path):
    (tmp_path / "c.yaml").write_text("campaign: x\nsource: intercom\nmedium: email\n")
    code = ("import sys; from utmlint.cli import main; rc = main(['lint', '--no-cache', 'c.yaml']); "
            "print('importlib.metadata' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.stdout.strip().endswith("False"), result.stdout + result.stderr
