"""Loading: positions editors agree with, and which files count as campaigns without a config."""

from __future__ import annotations

from utmlint.document import load, load_text


def test_positions_count_only_newlines():
    # libyaml counts U+2028 (and NEL, PS) as line breaks; editors and our reports do not.
    doc = load_text("c.yaml", 'campaign: "spring\u2028sale"\nsource: intercom\nmedium: 5\n')
    assert str(doc.pos(("medium",))) == "3:9"
    assert str(doc.pos(("medium",), key=True)) == "3:1"


def test_anchored_value_starts_after_its_anchor():
    doc = load_text("c.yaml", "campaign: &c Spring\n")
    info = doc.nodes[("campaign",)]
    assert doc.text[info.start:info.end] == "Spring" and str(info.pos) == "1:14"


def test_bom_is_not_part_of_the_text():
    doc = load("c.yaml", b"\xef\xbb\xbfcampaign: x\n")
    assert doc.data == {"campaign": "x"} and doc.bom


def test_yaml_1_2_words_stay_text():
    doc = load_text("c.yaml", "a: on\nb: yes\nc: no\nd: true\ne: 2024-06-01\nf: 010\n")
    assert doc.data["a"] == "on" and doc.data["b"] == "yes" and doc.data["d"] is True
    assert type(doc.data["e"]).__name__ == "YamlDate" and doc.data["f"] == 10  # YAML 1.2: no octal without 0o


def test_without_config_only_campaign_files_are_checked(project, run):
    root = project({"docker-compose.yml": "services:\n  web: {image: x}\n",
                    "c.yaml": "campaign: x\nsource: intercom\nmedium: in-app\nlinks:\n  - url: https://example.com/\n"})
    (root / "utf16.yaml").write_bytes("campaign: x\n".encode("utf-16"))
    result = run("lint", "--format", "json", "--no-cache", cwd=root)
    assert {f["path"] for f in result.findings} == {"c.yaml", "utf16.yaml"}
    assert "skipped 1 YAML file without a top-level `campaign:` key" in result.err
