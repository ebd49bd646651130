"""Deployment, infrastructure and packaging files are read (scan.FAMILIES, kind_suffix): Terraform and OpenTofu
(`*.tf`, `*.tfvars`, `*.tofu`, `templatefile()`'s `*.tftpl`), HashiCorp's other HCL (`*.hcl`: Packer's `*.pkr.hcl`,
Terragrunt's; Nomad's `*.nomad`), Nix expressions (`*.nix`), RPM's `*.spec`, a desktop entry (`*.desktop`), and the
package build scripts Arch and Alpine name without a suffix (`PKGBUILD`, `APKBUILD`: shell scripts).

Corpus 54 (deployment, infrastructure and packaging files) found the folder walk never read them: a module's
`output` pointing users at the maker's dashboard, a package's `url=`, a desktop entry's `URL=` were never seen, while
the kind's YAML, JSON and Dockerfiles were. Other files without a suffix stay unread (`Makefile`, `LICENSE`), as do
names that only contain the words (`PKGBUILD.bak`, `notes.tf.bak`).
Real files in a temp folder, `utmlint scan` in-process."""

from __future__ import annotations

import json

from utmlint.cli import main
from utmlint.scan import kind_suffix
from utmlint.scan.files import walked_kind

LINK = "https://console.acme-tools.dev/start?utm_source=terraform&utm_medium=module_output&utm_campaign=v2"

FILES = {
    "modules/app/outputs.tf": f'output "console" {{\n  description = "Open the console"\n  value = "{LINK}"\n}}\n',
    "envs/prod.tfvars": f'console_url = "{LINK}"\n',
    "tofu/main.tofu": f'# see {LINK}\nresource "null_resource" "x" {{}}\n',
    "templates/user_data.sh.tftpl": f'#!/bin/sh\necho "Console: {LINK}"\n',
    "templates/motd.tftpl": f"Welcome. Console: {LINK}\n",
    "packer/image.pkr.hcl": f'source "null" "x" {{ communicator = "none" }}\n# docs: {LINK}\n',
    "jobs/web.nomad": f'job "web" {{\n  meta {{ docs = "{LINK}" }}\n}}\n',
    "nix/default.nix": f'{{ meta.homepage = "{LINK}"; }}\n',
    "rpm/acme.spec": f"Name: acme\nURL: {LINK}\n",
    "linux/acme.desktop": f"[Desktop Entry]\nName=Acme\nURL={LINK}\n",
    "aur/PKGBUILD": f"pkgname=acme\nurl='{LINK}'\n",
    "alpine/APKBUILD": f'pkgname=acme\nurl="{LINK}"\n',
}
UNREAD = ("Makefile", "LICENSE", "aur/PKGBUILD.bak", "notes.tf.bak")


def test_deploy_and_packaging_files_are_read(tmp_path, monkeypatch, capsys):
    for name, text in {**FILES, **{name: f"see {LINK}\n" for name in UNREAD}}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    findings = json.loads(capsys.readouterr().out)
    found = sorted({d["path"] for d in findings})
    assert found == sorted(FILES), found
    # each is told what GA4 does with the link's medium, at the link's line
    told = {(d["path"], d["line"]) for d in findings if d["name"] == "medium-unassigned"}
    lines = {name: next(n for n, line in enumerate(text.splitlines(), 1) if LINK in line)
             for name, text in FILES.items()}
    assert told == set(lines.items()), told
    assert [kind_suffix(name) for name in ("PKGBUILD", "APKBUILD", "x.sh.tftpl", "init.tftpl", "main.tf", "pkgbuild")] \
        == [".sh", ".sh", ".sh", ".tftpl", ".tf", ""]
    assert all(walked_kind(name) for name in FILES) and not any(walked_kind(name) for name in UNREAD)


def test_a_server_images_login_banner_is_read(tmp_path, monkeypatch, capsys):
    """A one-click server image prints its welcome text, docs link and all, at each SSH login: from the scripts
    Debian's and Ubuntu's `pam_motd` runs in `/etc/update-motd.d/` (named without a suffix, as run-parts takes them:
    `99-one-click`), and from the static `/etc/motd`. Corpus 54 #15: systemprompt's DigitalOcean droplet,
    `deploy/digitalocean/files/etc/update-motd.d/99-one-click` (`cat <<'BANNER'` ... `Docs: https://...?utm_source=
    digitalocean`), never read by a folder walk. A name run-parts skips (`99-one-click.bak`, `README` beside them is read
    as a README) and a file of that name elsewhere (`tools/99-one-click`) stay as before."""
    banner = f"#!/bin/sh\ncat <<'BANNER'\n Welcome.\n Docs: {LINK}\nBANNER\n"
    files = {"deploy/files/etc/update-motd.d/99-one-click": banner, "image/etc/update-motd.d/10_help-text": banner,
             "image/etc/motd": f"Welcome. Docs: {LINK}\n"}
    unread = {"deploy/files/etc/update-motd.d/99-one-click.bak": banner, "tools/99-one-click": banner}
    for name, text in {**files, **unread}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    findings = json.loads(capsys.readouterr().out)
    assert sorted({d["path"] for d in findings}) == sorted(files)
    assert {(d["path"], d["line"]) for d in findings if d["name"] == "medium-unassigned"} == \
        {(name, 4) for name in files if "motd.d" in name} | {("image/etc/motd", 1)}
    assert [kind_suffix(name) for name in files] == [".sh", ".sh", ".txt"]
    assert [walked_kind(name) for name in [*files, *unread]] == [True, True, True, False, False]


def test_a_terraform_template_directive_is_part_of_the_url(tmp_path, monkeypatch, capsys):
    """review49: Terraform's `%{ if ... }...%{ endif }` in a quoted string or a `.tftpl` template, filled when the string
    is built, cut the URL at its `%{`: a correct link was told its medium and campaign were missing (exit 1)."""
    link = ("https://console.acme-tools.dev/start?utm_source=%{ if var.prod }prod%{ else }staging%{ endif }"
            "&utm_medium=referral&utm_campaign=v2")
    (tmp_path / "outputs.tf").write_text(f'output "console" {{\n  value = "{link}"\n}}\n', encoding="utf-8")
    (tmp_path / "motd.sh.tftpl").write_text(f"%{{~ for env in envs ~}}\necho {link}\n%{{~ endfor ~}}\n",
                                            encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = json.loads(capsys.readouterr().out)
    assert found == [], found  # read whole: its values are a correct link's

