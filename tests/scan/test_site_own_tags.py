"""newuser43 F5: a site's footer linking its own careers page, tagged `utm_source=footer&utm_medium=website`, was told
"write `utm_medium=referral`" (and "write one of the list's sources"): following it makes the self-referral look
legitimate. Tags whose source and medium name only the site's own navigation (a menu, header or footer word, and the
site itself), on a link to a host the config's `own-hosts` names (itself, not a subdomain), describe a click
between the site's pages: utm-internal-link (remove them), one finding, no value advice, whatever file the footer is
written in (a component outside `pages/`); and, with no config, on a link to the site the repository publishes (its
CNAME) from a component its pages are rendered from. Tags naming another property (a docs site's footer linking the main
site), a channel, or an e-mail's folder, the same tags on another site's link, on a subdomain or on the repository's
site read from its name, keep their advice."""

from __future__ import annotations

from repository import scan_repository

CONFIG = "own-hosts: [acmeflow.com]\nsources: [newsletter, linkedin]\nmediums: [email, social]\n"

FOOTER = """export function Footer() {
  return (
    <footer>
      <a href="https://acmeflow.com/careers?utm_source=footer&utm_medium=website&utm_campaign=careers">Careers</a>
      <a href="https://www.acmeflow.com/blog?utm_source=website&utm_medium=nav">Blog</a>
      <a href="https://acmeflow.com/pricing?utm_source=docs.acmeflow.com&utm_medium=footer">Pricing</a>
      <a href="https://partner.dev/?utm_source=footer&utm_medium=website&utm_campaign=careers">Partner</a>
    </footer>
  );
}
"""


def _found(tmp_path, monkeypatch, capsys, files, config=CONFIG, slug="acmeflow/marketing"):
    return sorted((d["path"], d["line"], d["name"]) for d in scan_repository(tmp_path, monkeypatch, capsys, slug,
                                                                              files, config))


def test_a_footer_link_to_the_own_site_is_an_internal_link(tmp_path, monkeypatch, capsys):
    found = _found(tmp_path, monkeypatch, capsys, {"src/components/Footer.tsx": FOOTER})
    at = lambda line: [name for _, where, name in found if where == line]  # noqa: E731
    assert at(4) == ["utm-internal-link"] and at(5) == ["utm-internal-link"]
    # a docs site's footer naming itself as the source: another property's link, its values judged (no campaign)
    assert "utm-internal-link" not in at(6) and "missing-utm-param" in at(6)
    # the same footer tags on another site's link are no internal link
    assert "utm-internal-link" not in at(7)


def test_the_message_says_why_and_removes_them(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "acmeflow/marketing",
                            {"src/components/Footer.tsx": FOOTER}, CONFIG)
    said = [d["message"] for d in found if d["line"] == 4]
    assert len(said) == 1 and "acmeflow.com, your own site" in said[0] and "`utm_source=footer`" in said[0] \
        and "remove them" in said[0] and "referral" not in said[0]


def test_another_site_of_the_team_keeps_its_advice(tmp_path, monkeypatch, capsys):
    """The repository's site read from its name (cline/cline's docs, published at docs.cline.bot, linking cline.bot
    with `utm_source=website&utm_medium=header`: corpus 5 #323) and a subdomain of an own host (Lava's docs linking its
    Info explorer with the website navbar's tags, corpus 31 #65) are not known to be the site the file is on: the
    values are told (medium-unassigned, missing-utm-param), as labelled."""
    docs = '{"navbar": {"primary": {"href": "https://acmeflow.com/install?utm_source=website&utm_medium=header"}}}\n'
    found = _found(tmp_path, monkeypatch, capsys, {"docs/docs.json": docs}, config="", slug="acmeflow/acmeflow")
    assert sorted(name for _, _, name in found) == ["medium-unassigned", "missing-utm-param"]
    sub = FOOTER.replace("https://acmeflow.com/careers", "https://info.acmeflow.com/careers")
    found = _found(tmp_path / "sub", monkeypatch, capsys, {"src/components/Footer.tsx": sub})
    assert "utm-internal-link" not in [name for _, line, name in found if line == 4]


def test_an_e_mails_footer_and_a_channel_word_keep_their_advice(tmp_path, monkeypatch, capsys):
    link = '<a href="https://acmeflow.com/careers?utm_source=footer&utm_medium={}&utm_campaign=careers">C</a>\n'
    found = _found(tmp_path, monkeypatch, capsys, {"emails/welcome.html": link.format("website"),
                                                   "src/Footer.html": link.format("email-footer")})
    assert not [name for _, _, name in found if name == "utm-internal-link"]
    assert ("emails/welcome.html", 1, "medium-unassigned") in found


def test_a_component_of_the_site_its_cname_names(tmp_path, monkeypatch, capsys):
    """The repository's CNAME names acmeflow.com: a component its pages are rendered from (linkplace.rendered_on_site:
    `src/components/Footer.tsx`) is on that site, with no `own-hosts`; a script outside the template is not known to
    be, and keeps its advice."""
    found = _found(tmp_path, monkeypatch, capsys, {"CNAME": "acmeflow.com\n", "src/components/Footer.tsx": FOOTER,
                                                   "src/lib/footer-links.js": FOOTER}, config="")
    assert [name for path, line, name in found if path == "src/components/Footer.tsx" and line == 4] == [
        "utm-internal-link"]
    assert [name for path, line, name in found if path == "src/lib/footer-links.js" and line == 4] == [
        "medium-unassigned"]


def test_a_footer_link_built_on_a_constant_naming_the_own_site(tmp_path, monkeypatch, capsys):
    """newuser49 F2: the same footer tags on a link the component builds on a constant it sets to the own site
    (`${SIGNUP}?utm_source=website&utm_medium=footer` after `const SIGNUP = "https://acmeflow.com/signup"`) were told
    medium-unassigned's "use `referral` on a page", which makes the self-referral look right: the link is the literal
    one by another spelling, an internal link. A constant naming another site, or one the file does not set, keeps
    its advice."""
    footer = """const SIGNUP = "https://acmeflow.com/signup";
const PARTNER = "https://partner.dev/join";
export function Footer({ BASE }) {
  return (
    <footer>
      <a href={`${SIGNUP}?utm_source=website&utm_medium=footer&utm_campaign=signup`}>Sign up</a>
      <a href={`${PARTNER}?utm_source=website&utm_medium=footer&utm_campaign=signup`}>Partner</a>
      <a href={`${BASE}?utm_source=website&utm_medium=footer&utm_campaign=signup`}>Elsewhere</a>
    </footer>
  );
}
"""
    found = _found(tmp_path, monkeypatch, capsys, {"src/components/Footer.tsx": footer})
    at = lambda line: [name for _, where, name in found if where == line]  # noqa: E731
    assert at(6) == ["utm-internal-link"]
    assert "utm-internal-link" not in at(7) and "utm-internal-link" not in at(8)
    said = [d["message"] for d in scan_repository(tmp_path / "again", monkeypatch, capsys, "acmeflow/marketing",
                                                  {"src/components/Footer.tsx": footer}, CONFIG) if d["line"] == 6]
    assert len(said) == 1 and "this link to acmeflow.com, your own site" in said[0] and "referral" not in said[0]
