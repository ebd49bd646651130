"""PHP's echo of the site's address in front of a link (`<a href="<?php echo get_site_url() ?>/preferences/?utm_...">`,
`<?= $url ?>/...`) is read with the URL as a placeholder host, as ERB's `<%= root_url %>` and `{{ site_url }}` are: the
address the page or e-mail writes, not a relative link.

- Corpus 45 #55 #57 #58 (dgrundel/bogoblast, a WordPress plugin's e-mail templates `mail-templates/*/mail.php`): the
  footers' `<?php echo get_site_url() ?>/subscription-preferences/?utm_source=bogoblast&utm_medium=email&...` were read
  from `/subscription-preferences/` on once the PHP was left out, a relative link of a page, and utm-internal-link
  told the team to remove the tags of an e-mail's links (clicked from a mail client, outside the site).
- Still told: a mistake in such a link's values (`utm_medium=emial`); a relative link written as one; a `<?php` block
  of code (no echo) is no address and is left out as before.
Real files in a temp folder, `utmlint scan --format json` in-process."""

from __future__ import annotations

import json

from utmlint.cli import main
from utmlint.scan import scan_text

FOOTER = "<?php echo get_site_url() ?>/subscription-preferences/?utm_source=bogoblast&utm_medium=email&utm_campaign=footer"


def scan(tmp_path, monkeypatch, capsys, *extra):
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", *extra, "."])
    return json.loads(capsys.readouterr().out)


def test_a_php_echo_in_front_of_a_link_is_read_as_its_host():
    assert [o.url for o in scan_text(f'<a href="{FOOTER}">Preferences</a>\n', ".php")] == [FOOTER]
    short = "<?= $site ?>/deals?utm_source=bogoblast&utm_medium=email&utm_campaign=footer"
    assert [o.url for o in scan_text(f'<a href="{short}">Deals</a>\n', ".php")] == [short]
    escaped = "<?php echo esc_url(home_url()); ?>/x?utm_source=b&utm_medium=email&utm_campaign=c"
    assert [o.url for o in scan_text(f'<a href="{escaped}">x</a>\n', ".php")] == [escaped]


def test_an_email_templates_links_on_the_sites_echoed_address_get_no_internal_link_advice(tmp_path, monkeypatch,
                                                                                          capsys):
    (tmp_path / "mail-templates" / "default").mkdir(parents=True)
    (tmp_path / "mail-templates" / "default" / "mail.php").write_text(
        f'<table><tr><td><a href="{FOOTER}">Click here to edit your subscription preferences.</a></td></tr>\n'
        '<tr><td><a href="<?php echo get_site_url() ?>/businesses?utm_source=bogoblast&utm_medium=email&'
        'utm_campaign=directory">More deals</a></td></tr></table>\n', encoding="utf-8")
    assert scan(tmp_path, monkeypatch, capsys) == []


def test_a_mistake_on_an_echoed_host_is_still_told_and_relative_links_keep_theirs(tmp_path, monkeypatch, capsys):
    (tmp_path / "mail.php").write_text(
        '<a href="<?php echo get_site_url() ?>/x?utm_source=bogoblast&utm_medium=emial&utm_campaign=q3">x</a>\n'
        '<a href="/pricing?utm_source=home&utm_medium=banner&utm_campaign=q3">Pricing</a>\n'
        '<?php $base = "/y"; ?><a href="/z?utm_source=home&utm_medium=banner&utm_campaign=q3">z</a>\n',
        encoding="utf-8")
    found = sorted((f["line"], f["name"]) for f in scan(tmp_path, monkeypatch, capsys))
    assert (1, "medium-unassigned") in found
    assert (2, "utm-internal-link") in found and (3, "utm-internal-link") in found
    assert not any(line == 1 and name == "utm-internal-link" for line, name in found)


def test_an_echo_that_writes_the_tagged_url_itself_keeps_its_link():
    # wp-statistics' locked page (corpus 7): the URL is inside the echo, concatenated onto the site constant
    line = ('<a href="<?php echo esc_url(WP_STATISTICS_SITE_URL . \'/add-ons/data-plus/?utm_source=wp-statistics'
            '&utm_medium=link&utm_campaign=dp-\'.$campaign); ?>">Upgrade</a>\n')
    assert [o.url for o in scan_text(line, ".php")] == [
        "${WP_STATISTICS_SITE_URL}/add-ons/data-plus/?utm_source=wp-statistics&utm_medium=link&utm_campaign=dp-${campaign}"]


def test_a_page_templates_echo_of_the_sites_address_is_still_an_internal_link(tmp_path, monkeypatch, capsys):
    # review46 F10: in a theme's page template the echo is the site's own address on one of its pages: a link between
    # the site's pages (utm-internal-link), as before the echo was read with the URL; only an e-mail's template (or a
    # feed's) sends it from outside the site
    (tmp_path / "wp-content" / "themes" / "acme").mkdir(parents=True)
    (tmp_path / "wp-content" / "themes" / "acme" / "header.php").write_text(
        '<a href="<?php echo home_url() ?>/pricing/?utm_source=header&utm_medium=banner&utm_campaign=spring">Sale</a>\n'
        '<a href="<?= esc_url( home_url() ) ?>/demo/?utm_source=header&utm_medium=banner&utm_campaign=spring">Demo</a>\n',
        encoding="utf-8")
    (tmp_path / "templates" / "emails").mkdir(parents=True)
    (tmp_path / "templates" / "emails" / "footer.php").write_text(
        '<a href="<?php echo get_site_url() ?>/preferences/?utm_source=newsletter&utm_medium=Email&utm_campaign=footer">'
        'Preferences</a>\n', encoding="utf-8")
    found = sorted((f["path"], f["line"], f["name"]) for f in scan(tmp_path, monkeypatch, capsys))
    assert found == [("templates/emails/footer.php", 1, "value-case"),
                     ("wp-content/themes/acme/header.php", 1, "utm-internal-link"),
                     ("wp-content/themes/acme/header.php", 2, "utm-internal-link")]


def test_a_shared_permalink_and_an_echoed_partners_address_are_no_internal_links(tmp_path, monkeypatch, capsys):
    """review46 F18: a "copy link" button's echoed permalink leaves the site with the visitor (its tags are the share
    campaign's, judged, as `${window.location.origin}`'s are), and an echo of a variable (`$p['url']`, a partner's
    address) may be any site's: neither is told utm-internal-link; the theme's `home_url()` link still is."""
    parts = tmp_path / "wp-content" / "themes" / "acme" / "parts"
    parts.mkdir(parents=True)
    (parts / "share.php").write_text(
        "<button onclick=\"navigator.clipboard.writeText('<?php echo get_permalink() ?>?utm_source=copy&utm_medium="
        "Social')\">Copy link</button>\n", encoding="utf-8")
    (parts / "partners.php").write_text(
        "<a href=\"<?php echo esc_url( $p['url'] ) ?>?utm_source=acmeflow&utm_medium=referral&utm_campaign=partners\">"
        "x</a>\n<a href=\"<?php echo home_url() ?>/pricing/?utm_source=header&utm_medium=banner&utm_campaign=spring\">"
        "Spring</a>\n", encoding="utf-8")
    found = {(f["path"].rsplit("/", 1)[-1], f["line"], f["name"]) for f in scan(tmp_path, monkeypatch, capsys)}
    assert not any(name == "utm-internal-link" for path, line, name in found if path == "share.php" or line == 1)
    assert ("share.php", 1, "value-case") in found  # `Social`: judged as the share campaign's
    assert ("partners.php", 2, "utm-internal-link") in found


def test_template_tags_that_print_the_address_themselves(tmp_path, monkeypatch, capsys):
    """review46 F14: WordPress' `the_permalink()` and `bloginfo('url')` print the address themselves, with no `echo`
    (`<a href="<?php the_permalink(); ?>?utm_source=...">`): the page's own address, read as `get_permalink()`'s echo
    is, not a bare `?utm_source=...` link (which got nothing told on a theme's page)."""
    tagged = "?utm_source=related&utm_medium=banner&utm_campaign=spring"
    for head in ("<?php the_permalink(); ?>", "<?php the_permalink() ?>", "<?php bloginfo( 'url' ); ?>/pricing/",
                 "<?php bloginfo('wpurl') ?>/x"):
        assert [o.url for o in scan_text(f'<a href="{head}{tagged}">x</a>\n', ".php")] == [head + tagged], head
    for code in ("<?php the_title(); ?>", "<?php do_action('x'); ?>"):  # printing something else: no address
        assert [o.url for o in scan_text(f'<a href="{code}{tagged}">x</a>\n', ".php")] != [code + tagged], code
    (tmp_path / "wp-content" / "themes" / "acme").mkdir(parents=True)
    (tmp_path / "wp-content" / "themes" / "acme" / "single.php").write_text(
        f'<a href="<?php the_permalink(); ?>{tagged}">Read</a>\n'
        f'<a href="<?php echo get_permalink(); ?>{tagged}">Read</a>\n', encoding="utf-8")
    found = sorted((f["line"], f["name"]) for f in scan(tmp_path, monkeypatch, capsys))
    assert found == [(1, "utm-internal-link"), (2, "utm-internal-link")], found
