"""A link scan read in pieces, read whole (corpus 32, fix32, session 41), each way: the wrong finding gone and the
mistake still told on the same shape without the cause.

- An `href` holding a raw space and a template's slot (`utm_source=Restyaboard - <%- SITE_NAME %>&utm_medium=web...`):
  the slot's `<%`/`%>` read as a tag's end stopped the link at the space (told it had no medium, no campaign).
- The same href in a database's rows (a `.sql` dump's stored e-mail: `##SITE_NAME##`).
- A JavaScript concatenation inside the value (`'...utm_source=Restyaboard -' + SITE_NAME + '&utm_medium=web...'`):
  value-case advised writing `restyaboard-'-site-name-'`, the code's text for every site.
- A link the prose wraps over two Markdown lines (`?utm_source=twitter&utm_campaign=` / `[id]&utm_medium=organic`):
  the second half was told `organic` is search traffic "whatever the source".
"""

from __future__ import annotations

import json

from utmlint.cli import main
from utmlint.intent import channel_intent_problem
from utmlint.spelling import lowered


def _scan(tmp_path, monkeypatch, capsys, files, *args):
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "--no-cache", *args, "."])
    return code, capsys.readouterr().out


def _links(tmp_path, monkeypatch, capsys, files):
    return json.loads(_scan(tmp_path, monkeypatch, capsys, files, "--links", "--format", "json")[1])


def _findings(tmp_path, monkeypatch, capsys, files):
    return [(f["line"], f["code"], f["message"]) for f in
            json.loads(_scan(tmp_path, monkeypatch, capsys, files, "--format", "json")[1])]


FOOTER = ('<a title="<%- i18next.t(\'Add Apps\') %>" target="_blank" '
          'href="http://acme.io/apps/?utm_source=Acme - <%- SITE_NAME %>&utm_medium=web&utm_campaign=add_apps">x</a>\n'
          '<a href="https://acme.io/donate/?utm_source=Acme - <%- SITE_NAME %>">Donate</a>\n')


def test_an_hrefs_template_slot_after_a_space_does_not_end_it(tmp_path, monkeypatch, capsys):
    rows = _links(tmp_path, monkeypatch, capsys, {"client/footer.jst.ejs": FOOTER})
    first = [r for r in rows if r["line"] == 1][0]
    assert first["utm_source"] == "Acme - <%- SITE_NAME %>" and first["utm_medium"] == "web"
    assert first["utm_campaign"] == "add_apps"


def test_the_slot_links_medium_is_judged_and_a_real_gap_still_told(tmp_path, monkeypatch, capsys):
    found = _findings(tmp_path, monkeypatch, capsys, {"client/footer.jst.ejs": FOOTER})
    first = [(code, message) for line, code, message in found if line == 1]
    assert "UTM102" in [code for code, _ in first]  # `web`: Unassigned, told
    assert "UTM101" not in [code for code, _ in first], first  # no missing medium or campaign: they are there
    second = [message for line, code, message in found if line == 2 and code == "UTM101"]
    assert second and "`utm_medium`" in second[0]  # the donate link really has no medium: still told


def test_a_tag_after_the_space_still_ends_the_link(tmp_path, monkeypatch, capsys):
    """A `>` outside any slot is the tag's end, as before: `href="...?utm_source=a b>..."` is no attribute value."""
    rows = _links(tmp_path, monkeypatch, capsys, {"page.html": '<a href="https://acme.io/?utm_source=a b>c</a> '
                                                               'x&utm_medium=web" </a>\n'})
    assert [r["utm_source"] for r in rows] == ["a…"] or all("utm_medium" not in r["url"] for r in rows), rows


SQL = ("INSERT INTO email_templates VALUES (1, 'reset', '<p><a href=\"http://acme.io/?utm_source=Acme - ##SITE_NAME##"
       "&utm_medium=email&utm_campaign=change_password_email\">Acme</a></p>');\n"
       "INSERT INTO email_templates VALUES (2, 'note', '<p><a href=\"http://acme.io/?utm_source=Acme\">Acme</a> "
       "&amp;utm_medium=none</p>');\n")


def test_a_databases_stored_href_is_read_to_its_quote(tmp_path, monkeypatch, capsys):
    rows = _links(tmp_path, monkeypatch, capsys, {"sql/data.sql": SQL})
    by_line = {r["line"]: r for r in rows}
    # the whole href (Restyaboard's `##SITE_NAME##` is not read as a slot yet: its `#` opens the fragment for the
    # URL rules; a stored row's values are not judged, stored_rows)
    assert by_line[1]["url"].endswith("&utm_medium=email&utm_campaign=change_password_email"), by_line[1]
    assert by_line[2]["url"] == "http://acme.io/?utm_source=Acme"  # a link that ends at its quote ends there


CONCAT = ("<script>var more = '<a href=\"http://acme.io/app?utm_source=Acme -' + SITE_NAME + "
          "'&utm_medium=web&utm_campaign=mobile_app\">our site</a>';</script>\n"
          "<a href=\"http://acme.io/app?utm_source=Acme-Board&utm_medium=web&utm_campaign=mobile_app\">x</a>\n")


def test_a_concatenation_in_a_value_is_kept_as_code(tmp_path, monkeypatch, capsys):
    found = _findings(tmp_path, monkeypatch, capsys, {"client/settings.jst.ejs": CONCAT})
    cased = [message for line, code, message in found if code == "UTM201"]
    assert len(cased) == 2, found  # the literal's capitals told on both lines: the mistake is still told
    assert "write `acme-' + SITE_NAME + '`" in cased[0], cased[0]  # the code as written, only the literal lowercased
    assert "site-name" not in cased[0]
    assert "write `acme-board`" in cased[1]


def test_fix_lowercases_the_literal_and_leaves_the_code(tmp_path, monkeypatch, capsys):
    _scan(tmp_path, monkeypatch, capsys, {"client/settings.jst.ejs": CONCAT}, "--fix")
    text = (tmp_path / "client" / "settings.jst.ejs").read_text(encoding="utf-8")
    assert "' + SITE_NAME + '" in text and "site-name" not in text


def test_the_value_rules_keep_a_concatenation_whole():
    assert lowered("Acme -' + SITE_NAME + '") == "acme -' + SITE_NAME + '"
    assert lowered('Acme-" + site.name + "') == 'acme-" + site.name + "'
    assert lowered("Acme-' . $site->name() . '") == "acme-' . $site->name() . '"
    assert lowered("It's Acme + Co") == "it's acme + co"  # a quote and a plus that join no code: text


PLAYBOOK = ("Attribution: tag every CTA link with `?utm_source=twitter&utm_campaign=\n"
            "[tweet_id_short]&utm_medium=organic`. PostHog will then segment signups\n\n"
            "Newsletter: tag every link with `?utm_source=acme_news&utm_campaign=\n"
            "[issue]&utm_medium=organic`.\n\n"
            "Two links: https://acme.io/?utm_source=a&\n"
            "https://acme.io/b?x=1&utm_source=b&utm_medium=referral\n")


def test_a_link_wrapped_over_two_markdown_lines_is_read_whole(tmp_path, monkeypatch, capsys):
    rows = _links(tmp_path, monkeypatch, capsys, {"docs/PLAYBOOK.md": PLAYBOOK})
    first = [r for r in rows if r["line"] == 1][0]
    assert first["utm_source"] == "twitter" and first["utm_medium"] == "organic"
    assert first["channel"] == "Organic Social"
    assert not [r for r in rows if r["line"] == 2]
    assert any(r["url"].startswith("https://acme.io/b?") for r in rows)  # a next line with its own address: its own


def test_the_wrapped_links_medium_is_judged_with_its_source(tmp_path, monkeypatch, capsys):
    found = _findings(tmp_path, monkeypatch, capsys, {"docs/PLAYBOOK.md": PLAYBOOK})
    assert not [f for f in found if f[0] in (1, 2)], found  # twitter/organic: Organic Social, nothing to tell
    told = [message for line, code, message in found if line in (4, 5) and code == "UTM109"]
    assert told and "`acme_news`" in told[0], found  # a newsletter's `organic`: search traffic, still told


def test_organic_is_said_to_be_search_traffic_only_as_googles_table_says():
    said = channel_intent_problem("gitconnected", "organic", "")
    assert "whatever the source" not in said and "shopping, social or video list" in said
    assert "from `gitconnected`" in said
    assert channel_intent_problem("twitter", "organic", "") is None  # Organic Social (row 10, before row 12)
    empty = channel_intent_problem("", "organic", "")
    assert "from ``" not in empty and "no utm_source" in empty
