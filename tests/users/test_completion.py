"""`utmlint completion bash|zsh|fish`: scripts generated from the parser, loaded by the real shells.

bash is always there; zsh and fish are installed by .ci/run (which sets UTMLINT_REQUIRE_SHELLS=1, so a
missing shell fails there instead of skipping). Elsewhere a missing shell is a visible skip (`-ra`)."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from utmlint.cli import COMMANDS, build_parser
from utmlint.commands.lint import FORMATS, TEXT_FORMATS

LINT_FORMATS = FORMATS + TEXT_FORMATS[1:]  # the choices of --format: ruff's names full and concise too
from utmlint.completion import spec


def _shell(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("UTMLINT_REQUIRE_SHELLS"):
            pytest.fail(f"{name} is not installed (.ci/run installs Debian's `{name}` package)")
        pytest.skip(f"{name} is not installed: its completion script is not syntax-checked here (apt-get install {name})")
    return found


@pytest.fixture(params=["bash", "zsh", "fish"])
def shell_script(request, run, tmp_path):
    result = run("completion", request.param)
    assert result.code == 0, result.err
    path = tmp_path / f"utmlint.{request.param}"
    path.write_text(result.out, encoding="utf-8")
    return request.param, path


def test_scripts_load_in_their_shell(shell_script):
    shell, path = shell_script
    checked = subprocess.run([_shell(shell), "-n", str(path)], capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stderr


def test_the_syntax_check_is_not_vacuous(shell_script, tmp_path):
    shell, path = shell_script
    broken = tmp_path / f"broken.{shell}"
    broken.write_text(path.read_text(encoding="utf-8").replace("esac", "", 1) if shell != "fish"
                      else path.read_text(encoding="utf-8") + "\nif true\n", encoding="utf-8")
    checked = subprocess.run([_shell(shell), "-n", str(broken)], capture_output=True, text=True, timeout=60)
    assert checked.returncode != 0


def test_every_command_and_flag_is_in_every_script(run):
    commands = spec(build_parser())
    assert {c.name for c in commands} >= {name.rstrip("_") for name in COMMANDS}  # import_ is `import`
    for shell in ("bash", "zsh", "fish"):
        text = run("completion", shell).out
        for command in commands:
            assert command.name in text
            for option in command.options:
                for flag in option.flags:
                    if shell == "fish":  # fish names a flag `-l output` or `-s o`
                        flag = f"-l {flag[2:]}" if flag.startswith("--") else f"-s {flag[1:]}"
                    assert flag in text, (shell, flag)


def _bash_complete(script, *words: str) -> list:
    """What bash offers after `utmlint WORDS` (the last word is the one being completed)."""
    program = (f"source {script}\nCOMP_WORDS=(utmlint {' '.join(repr(w) for w in words)})\n"
               f"COMP_CWORD={len(words)}\n_utmlint\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"\n")
    done = subprocess.run(["bash", "-c", program], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return [line for line in done.stdout.splitlines() if line]


def test_bash_completes_commands_flags_and_choices(run, tmp_path):
    script = tmp_path / "utmlint.bash"
    script.write_text(run("completion", "bash").out, encoding="utf-8")
    assert _bash_complete(script, "pl") == ["platforms", "platform"]
    assert _bash_complete(script, "lint", "--for") == ["--format"]
    assert _bash_complete(script, "lint", "--format", "") == list(LINT_FORMATS)
    assert _bash_complete(script, "schema", "") == ["campaign", "config"]
    assert _bash_complete(script, "lint", "--config", "") == []  # a file: bash's default completion


def test_rule_and_platform_complete_their_names(run, tmp_path):
    """newuser48 F5: `utmlint platform <TAB>` offered nothing (bash) or file names (fish), and `utmlint rule <TAB>`
    the same; a ruff or gh user expects the names: the profiles, and every rule's code and name."""
    script = tmp_path / "utmlint.bash"
    script.write_text(run("completion", "bash").out, encoding="utf-8")
    assert {"intercom", "customer-io", "linkedin", "google-ads"} <= set(_bash_complete(script, "platform", ""))
    assert _bash_complete(script, "platform", "cust") == ["customer-io"]
    assert _bash_complete(script, "rule", "medium-u") == ["medium-unassigned"]
    assert "UTM102" in _bash_complete(script, "rule", "UTM1")
    fish_text = run("completion", "fish").out
    assert "-n '__fish_seen_subcommand_from platform' -a 'braze " in fish_text
    assert "missing-tracking-on-external-link" in run("completion", "zsh").out


def test_fish_completes_commands_and_choices(run, tmp_path):
    fish = _shell("fish")
    script = tmp_path / "utmlint.fish"
    script.write_text(run("completion", "fish").out, encoding="utf-8")

    def offered(line: str) -> list:
        done = subprocess.run([fish, "--no-config", "-c", f"source {script}; complete -C {line!r}"],
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        return [entry.split("\t")[0] for entry in done.stdout.splitlines()]

    assert "completion" in offered("utmlint comp")
    assert offered("utmlint completion ") == ["bash", "fish", "zsh"] or set(offered("utmlint completion ")) == {"bash", "fish", "zsh"}
    assert set(offered("utmlint lint --format ")) == set(LINT_FORMATS)


def test_zsh_script_defines_the_completion_function(run, tmp_path):
    zsh = _shell("zsh")
    script = tmp_path / "_utmlint"
    script.write_text(run("completion", "zsh").out, encoding="utf-8")
    program = f"autoload -Uz compinit && compinit -u -D; source {script}; print -r -- ${{_comps[utmlint]}}"
    done = subprocess.run([zsh, "-f", "-c", program], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "_utmlint"
