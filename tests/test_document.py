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


def test_a_url_in_a_flow_collection_is_text_as_yaml_1_2_reads_it(project, run):
    """newuser46 F17: `in-product-hosts: [https://app.acme.io/]` and `links: [{url: https://acme.io/a}]` are YAML 1.2
    (a `:` followed by neither a space nor a flow indicator is text), read so by PyYAML, ruamel and editors; the older
    libyaml ruamel.yaml.clib bundles refused them ("found unexpected ':'"): a correct file failed, exit 2. A `:` that
    ends a word (`[a:, b]`) is still the syntax error it is."""
    doc = load_text("c.yaml", "campaign: x\nlinks: [{url: https://acme.io/a?x=1:2, content: hero}, {url: b}]\n")
    assert doc.problems == [] and doc.data["links"][0] == {"url": "https://acme.io/a?x=1:2", "content": "hero"}
    assert str(doc.pos(("links", 0, "content"))) == "2:49"
    assert "found unexpected ':'" in load_text("c.yaml", "x: [a:, b]\n").problems[0].message
    root = project({".utmlint.yaml": "include: ['**/*.yaml']\nin-product-hosts: [https://app.acme.io/]\n",
                    "c.yaml": "campaign: x\nsource: intercom\nmedium: email\nlinks: [{url: https://acme.io/a, content: a}]\n"})
    result = run("lint", "--no-cache", "c.yaml", cwd=root)
    assert result.code == 2 and "`in-product-hosts` takes host names, not URLs" in result.err, result.err
    (root / ".utmlint.yaml").write_text("include: ['**/*.yaml']\nin-product-hosts: [app.acme.io]\n")
    assert run("lint", "--no-cache", "c.yaml", cwd=root).code == 0


def test_without_config_only_campaign_files_are_checked(project, run):
    root = project({"docker-compose.yml": "services:\n  web: {image: x}\n",
                    "c.yaml": "campaign: x\nsource: intercom\nmedium: in-app\nlinks:\n  - url: https://example.com/\n"})
    (root / "utf16.yaml").write_bytes("campaign: x\n".encode("utf-16"))
    result = run("lint", "--format", "json", "--no-cache", cwd=root)
    assert {f["path"] for f in result.findings} == {"c.yaml", "utf16.yaml"}
    assert "skipped 1 YAML file without a top-level `campaign:` key" in result.err


def test_the_c_parser_loads_without_ruamel_yaml_s_init_and_the_package_still_answers_whole():
    """document._defer_ruamel_init: a load imports the C parser's parts of ruamel.yaml, not its YAML class (main,
    loader, dumper, resolver: 8.7 M instructions of a one-file lint's start-up); the package's __init__ runs when
    an attribute of it is first asked for, and then everything ruamel.yaml gives is there, as after an import."""
    import subprocess
    import sys

    probe = """
import sys
from utmlint.document import load
doc = load("a.yaml", b"campaign: spring\\nlinks: [{url: 'https://example.com/?a=1'}]\\n")
assert not doc.problems and doc.data == {"campaign": "spring", "links": [{"url": "https://example.com/?a=1"}]}
if "_ruamel_yaml" in sys.modules:  # the C extension (PyPy has none: the pure parser imports the package whole)
    assert not {"ruamel.yaml.main", "ruamel.yaml.loader", "ruamel.yaml.resolver"} & set(sys.modules), sorted(sys.modules)
import ruamel.yaml
assert ruamel.yaml.__version__ and ruamel.yaml.version_info >= (0, 17)
from ruamel.yaml import YAML, CommentedMap
from ruamel.yaml.error import YAMLError
assert isinstance(YAML().load("a: [1, 2]  # kept\\n"), CommentedMap)
assert sys.modules["ruamel.yaml"] is ruamel.yaml and type(ruamel.yaml) is type(sys)
namespace = {}
exec("from ruamel.yaml import *", namespace)
assert "YAML" in namespace and "CommentedMap" in namespace
doc = load("b.yaml", b"a: [\\n")
assert doc.problems and doc.problems[0].kind == "syntax", doc.problems
print("ok")
"""
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout == "ok\n", done.stdout + done.stderr
