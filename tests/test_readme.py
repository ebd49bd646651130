"""The README is part of the product: it names every rule and hook, and CI runs its test command."""

from __future__ import annotations

import re
from pathlib import Path

from utmlint.rulebook import registry

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_lists_every_rule():
    missing = [f"{r.code} {r.name}" for r in registry() if r.origin == "utmlint"
               and not re.search(rf"\| {r.code} \| `{re.escape(r.name)}` \|", README)]
    assert missing == [], "run: utmlint rules --format markdown, and paste the table into the README"


def test_readme_names_every_hook():
    hooks = re.findall(r"^-\s+id:\s*(\S+)", (ROOT / ".pre-commit-hooks.yaml").read_text(), re.MULTILINE)
    assert hooks and all(f"id: {hook}" in README for hook in hooks)


def test_the_scan_hook_passes_every_kind_scan_reads():
    """review9 R2: the `utmlint-scan` hook's `files:` pattern was a hand-copied list of scan's kinds and missed the
    ones added later (css, kt, twig, ...): pre-commit passed those files to nothing, green where `utmlint scan .`
    failed. Its kinds are exactly scan's (utmlint.scan.FAMILIES), and a kind scan does not read is not passed (scan
    reads a file named to it whatever its kind)."""
    from utmlint.scan import DEFAULT_SUFFIXES

    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    pattern = re.search(r"id: utmlint-scan\n(?:    .*\n)*?    files: (.*)\n", hooks).group(1)
    kinds = re.match(r"\(\?i\)\(\\\.\(([^()]*)\)", pattern).group(1).split("|")
    assert sorted(kinds) == sorted(suffix[1:] for suffix in DEFAULT_SUFFIXES)
    assert all(re.search(pattern, f"docs/page{suffix}") for suffix in DEFAULT_SUFFIXES)
    assert re.search(pattern, "README.MD") and re.search(pattern, "Page.HTML")  # scan reads any case (stranger9)
    assert not any(re.search(pattern, name) for name in ("messages.pot", "fix.patch", "Makefile.in",
                                                         "docs/Dockerfile-notes.diff"))
    # the names scan reads by kind_suffix (a template's inner suffix, a container build file), and only those
    from utmlint.scan.files import walked_kind

    names = ("macos/pkg/conclusion.html.in", "src/constants.h", "Dockerfile", "build/Dockerfile.prod",
             "Containerfile", "deploy/web.dockerfile", "app/views/_donate.html.haml", "setup.cfg.in", "Makefile.in",
             "docs/Dockerfile-notes.sql", "Dockerfiles/README", "mail/welcome.html.tmpl", "chart/values.yaml.tmpl",
             "config.json.template", "env.template", "themes/shop/footer.tpl", "gen/main.go.tpl",
             # text files named for what they are (scan.PLAIN_TEXT_NAMES): release notes, a store's "What's new"
             "NEWS", "ChangeLog", "docs/RELEASE_NOTES", "distribution/whatsnew/whatsnew-en-US", "LICENSE",
             "whatsnew/en-US", "NEWS.bak", "news.d", "INSTALL",
             # deployment and packaging files (corpus 54): Terraform's templates, package build scripts by name
             "infra/user_data.sh.tftpl", "infra/motd.tftpl", "aur/PKGBUILD", "APKBUILD", "PKGBUILD.bak", "pkgbuild", "Makefile",
             # a server image's login banner: `/etc/motd`, the scripts of `/etc/update-motd.d/`
             "image/etc/motd", "files/etc/update-motd.d/99-one-click", "etc/update-motd.d/99-one-click.bak",
             "tools/99-one-click", "update-motd.d/10_help-text")
    assert [bool(re.search(pattern, name)) for name in names] == [walked_kind(name.replace("build/", ""))
                                                                 for name in names]


def test_readme_opens_with_the_two_commands_and_ci_runs_the_second():
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.DOTALL)
    assert "utmlint lint examples" in blocks[0]
    assert "pytest" in blocks[1]
    assert README.index("<!-- ci: test command -->") < README.index(blocks[1])
    assert "<!-- ci: test command -->" in (ROOT / ".ci" / "run").read_text()


def _output_examples():
    """README blocks marked `<!-- output: NAME=VALUE ... -->`: a `$ utmlint ...` line, then what it prints."""
    for env, block in re.findall(r"<!-- output: ([^>]*) -->\n```\n(.*?)```\n", README, re.DOTALL):
        command, _, printed = block.partition("\n")
        yield dict(pair.split("=", 1) for pair in env.split()), command, printed


def test_readme_output_examples_are_what_utmlint_prints(run, monkeypatch):
    import shlex

    examples = list(_output_examples())
    assert len(examples) >= 2
    for env, command, printed in examples:
        for name in ("NO_COLOR", "FORCE_COLOR"):
            monkeypatch.delenv(name, raising=False)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        argv = shlex.split(command)
        assert argv[:2] == ["$", "utmlint"], command
        result = run(*argv[2:], "--no-cache", cwd=ROOT)  # --no-cache: the repo is left as it is
        assert result.out == printed, f"README example `{command}` is out of date:\n{result.out}"


def test_readme_vscode_yaml_schemas_setting_names_the_schemas_urls(run):
    """newuser48b: the `yaml.schemas` setting the Editors section shows maps the URLs `utmlint schema --url` prints."""
    import json

    block = re.search(r'```json\n(\{\n  "yaml\.schemas".*?)```', README, re.S)
    assert block, "the Editors section shows the yaml.schemas setting"
    setting = json.loads(block.group(1))["yaml.schemas"]
    urls = [run("schema", "--url").out.strip(), run("schema", "config", "--url").out.strip()]
    assert list(setting) == urls
