"""The README's worked example is what the command does: the sheet shown is examples/import/links.csv, the
output shown is what `utmlint import links.csv` prints, the file shown is what it writes (and what is committed in
examples/import/campaigns/), and the URLs shown are what `utmlint render --format urls` prints of them."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLE = ROOT / "examples" / "import"
README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README[README.index("## Importing the links you already have"):README.index("## Live checks")]
BLOCKS = re.findall(r"```[a-z]*\n(.*?)```", SECTION, re.DOTALL)


def _fresh_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "import"
    folder.mkdir()
    for name in ("links.csv", ".utmlint.yaml"):
        shutil.copy(EXAMPLE / name, folder / name)
    return folder


def test_the_sheet_shown_is_the_example_sheet():
    assert BLOCKS[0] == (EXAMPLE / "links.csv").read_text(encoding="utf-8")


def test_the_output_shown_is_what_the_command_prints(run, tmp_path):
    folder = _fresh_copy(tmp_path)
    command, _, shown = BLOCKS[1].partition("\n")
    assert command == "$ cd examples/import && utmlint import links.csv"
    result = run("import", "links.csv", cwd=folder)
    assert result.out == shown
    assert result.code == 1  # a row skipped, a finding: as the summary says
    written = sorted(p.name for p in (folder / "campaigns").iterdir())
    committed = sorted(p.name for p in (EXAMPLE / "campaigns").iterdir())
    assert written == committed == ["spring-launch.yaml", "webinar-q3.yaml"]
    for name in written:
        assert (folder / "campaigns" / name).read_text() == (EXAMPLE / "campaigns" / name).read_text()
    assert BLOCKS[2] == (EXAMPLE / "campaigns" / "spring-launch.yaml").read_text()
    urls = run("render", "--format", "urls", "campaigns", cwd=folder)
    assert urls.code == 0
    assert urls.out == BLOCKS[3]


def test_running_it_again_where_the_files_are_committed_changes_nothing(run, tmp_path):
    folder = tmp_path / "import"
    shutil.copytree(EXAMPLE, folder)
    before = {p.name: p.read_bytes() for p in (folder / "campaigns").iterdir()}
    result = run("import", "links.csv", cwd=folder)
    assert result.code == 1
    assert "exists; not overwritten (pass --force to replace it)" in result.out
    assert {p.name: p.read_bytes() for p in (folder / "campaigns").iterdir()} == before
    assert run("import", "links.csv", "--force", cwd=folder).code == 1  # same files again, same finding
    assert {p.name: p.read_bytes() for p in (folder / "campaigns").iterdir()} == before
