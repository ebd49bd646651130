"""safeio.publish_in, the write `utmlint import` makes without --force: a whole file or none, never over a name
that is taken (by a file, a folder, or a symlink, dangling or not), never leaving a temp file behind."""

from __future__ import annotations

import os

from utmlint import safeio


def test_a_new_name_gets_the_whole_file(tmp_path):
    with safeio.open_folder(tmp_path, tmp_path) as folder:
        assert safeio.publish_in(folder, "a.yaml", b"campaign: a\n") is True
    assert (tmp_path / "a.yaml").read_bytes() == b"campaign: a\n"
    assert os.listdir(tmp_path) == ["a.yaml"]


def test_a_taken_name_is_left_alone(tmp_path):
    (tmp_path / "file.yaml").write_text("mine\n")
    (tmp_path / "dangling.yaml").symlink_to(tmp_path / "nowhere")
    (tmp_path / "folder.yaml").mkdir()
    with safeio.open_folder(tmp_path, tmp_path) as folder:
        for name in ("file.yaml", "dangling.yaml", "folder.yaml"):
            assert safeio.publish_in(folder, name, b"theirs\n") is False
    assert (tmp_path / "file.yaml").read_text() == "mine\n"
    assert not (tmp_path / "nowhere").exists()  # the dangling symlink was not written through
    assert sorted(os.listdir(tmp_path)) == ["dangling.yaml", "file.yaml", "folder.yaml"]  # no temp file left
