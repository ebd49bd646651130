"""A template link that opens with a name right before a query's `&` (`${urls.DONATE_BASE_URL}&utm_campaign=...&
utm_source=android`) goes on with the name's address and its query: the keys that address holds are the link's too.
Seek's base is another module's constant (constants/urls.js: `DONATE_BASE_URL: "https://www.inaturalist.org/donate?
utm_medium=seek"`, corpus 33 #35), and the link was told it has no `utm_medium`, which its base writes. A name the file
does not set may hold any key: none is known to be missing. A name the file sets is read as ever: its keys are the
link's, and a key neither holds is still missing (`${BASE}&utm_medium=email` with BASE holding only a source)."""

from __future__ import annotations

from tests.scan.repository import scan_repository
from utmlint.validate_url import validate_url

DONATION = """import urls from "../constants/urls";

const BASE = "https://give.acme-charity.org/donate?utm_source=app";

export const seek = `${urls.DONATE_BASE_URL}&utm_campaign=${params?.utmCampaign}&utm_source=android`;
export const share = (url) => `${url}&utm_medium=email&utm_campaign=share`;
export const own = `${BASE}&utm_medium=email`;
"""


def test_a_base_from_elsewhere_may_hold_the_keys_and_a_base_the_file_sets_is_read(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "acme/donate-app", {"components/Donation.tsx": DONATION})
    by_line = {}
    for f in found:
        by_line.setdefault(f["line"], set()).add(f["name"])
    assert "missing-utm-param" not in by_line.get(5, set()) | by_line.get(6, set()), found
    assert "missing-utm-param" in by_line.get(7, set()), found  # BASE has a source, the link a medium: no campaign


def test_validate_url_holds_a_base_it_is_not_given():
    seek = "${urls.DONATE_BASE_URL}&utm_campaign=${params?.utmCampaign}&utm_source=android"
    assert "missing-utm-param" not in {f.name for f in validate_url(seek).findings}
    # a name opening the address before its `?` is no query's: the link's keys are its own
    assert "missing-utm-param" in {f.name for f in validate_url("${BASE}?utm_medium=email").findings}


# review44 F17: a name the file sets to an address with no `?`, then `&utm_...`: the link has no query at all
QUERY_LESS = """const DONATE_BASE = "https://acmeflow.com/donate";
export const donateLink = `${DONATE_BASE}&utm_campaign=spring&utm_source=android`;
const FULL = "https://acmeflow.com/donate";
export const full = `${FULL}&utm_campaign=spring&utm_source=android&utm_medium=app`;
const WITH_QUERY = "https://acmeflow.com/donate?ref=app";
export const queried = `${WITH_QUERY}&utm_campaign=spring&utm_source=android`;
const either = ios ? "https://acmeflow.com/a?x=1" : "https://acmeflow.com/b";
export const chosen = `${either}&utm_campaign=spring&utm_source=android`;
export const elsewhere = `${urls.DONATE_BASE_URL}&utm_campaign=spring&utm_source=android`;
"""


def test_an_ampersand_after_a_query_less_address_is_told_to_be_a_question_mark(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "acme/donate-app", {"src/donate.ts": QUERY_LESS})
    by_line = {}
    for f in found:
        by_line.setdefault(f["line"], []).append(f)
    # the `&` is the mistake, said where it is written; adding a medium would fix nothing
    assert [f["name"] for f in by_line[2]] == ["url-invalid"], found
    told = by_line[2][0]
    assert told["column"] == 42 and "write `?` in place of this `&`" in told["message"], told
    assert "https://acmeflow.com/donate&utm_campaign=spring&utm_source=android" in told["message"], told
    assert [f["name"] for f in by_line[4]] == ["url-invalid"], found  # complete tags, still no query
    # an address with its own query (or one branch with one) goes on with `&` rightly: judged as before
    assert "url-invalid" not in {f["name"] for f in by_line.get(6, []) + by_line.get(8, [])}, found
    assert "missing-utm-param" in {f["name"] for f in by_line.get(6, [])}, found
    assert not by_line.get(9), found  # a name set elsewhere may hold a query: nothing said


def test_validate_url_says_nothing_of_a_base_it_does_not_know():
    assert "url-invalid" not in {f.name for f in validate_url("${urls.DONATE_BASE_URL}&utm_source=android").findings}


# the same mistake written whole: `https://acmeflow.com/donate&utm_campaign=...` has no query, and was "All clean"
WHOLE = {
    "README.md": "Give: https://acmeflow.com/donate&utm_campaign=spring&utm_source=github&utm_medium=referral\n\n"
                 "Fine: https://acmeflow.com/donate?utm_campaign=spring&utm_source=github&utm_medium=referral&x=1\n\n"
                 "Anchor: https://acmeflow.com/app#/donate&utm_campaign=spring\n\n"
                 "❌ Don't: https://acmeflow.com/donate&utm_campaign=spring&utm_source=github\n\n"
                 "```\nhttps://acmeflow.com/donate&utm_campaign=spring\n```\n",
    "src/links.ts": 'export const give = "https://acmeflow.com/donate&utm_campaign=spring&utm_source=app";\n',
}


def test_a_whole_link_with_an_ampersand_for_its_question_mark_is_told(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "acme/donate-app", WHOLE)
    told = sorted((f["path"], f["line"], f["column"]) for f in found if f["name"] == "url-invalid")
    # the `&` right after the path, in Markdown and in code; a query opened with `?`, a hash route's `&`, a guide's
    # counter-example and a fenced block: no url-invalid
    assert told == [("README.md", 1, 34), ("src/links.ts", 1, 49)], found
    assert all("the `&` after `/donate` starts no query" in f["message"] and "write `?` in place of that `&`"
               in f["message"] for f in found if f["name"] == "url-invalid"), found
    assert not [f for f in found if f["path"] == "src/links.ts" and f["name"] != "url-invalid"], found


def test_lint_tells_a_campaign_url_with_an_ampersand_for_its_question_mark(project, run):
    root = project({"give.yaml": "campaign: give\nsource: newsletter\nmedium: email\nlinks:\n"
                                 "  - url: https://acmeflow.com/donate&utm_source=x\n    content: a\n"
                                 "  - url: https://acmeflow.com/donate&ref=x\n    content: b\n"})
    done = run("lint", "--no-cache", "--format", "json", ".", cwd=root)
    assert [(f["line"], f["column"], f["name"]) for f in done.findings] == [(5, 37, "url-invalid")], done.out


def test_a_name_written_again_before_the_link_may_hold_a_query_by_then(tmp_path, monkeypatch, capsys):
    """review45 F3: `DONATE_BASE += "?ref=app"` before the link made its `&` right, and url-invalid said to write `?`
    there (which breaks the working link). A name written again before the link (`+=`, a second assignment) is no
    known address: nothing said; the name set once is still told (the first test)."""
    files = {"src/links.js": 'let DONATE_BASE = "https://acmeflow.com/donate"\nDONATE_BASE += "?ref=app"\n'
                             "export const donate = `${DONATE_BASE}&utm_campaign=spring&utm_source=android"
                             "&utm_medium=app`\n",
             "src/cond.js": 'let BASE = "https://acmeflow.com/donate"\nif (locale) BASE += "?lang=" + locale\n'
                            "export const donate = `${BASE}&utm_campaign=spring&utm_source=android&utm_medium=app`\n",
             "src/once.js": 'const BASE = "https://acmeflow.com/donate"\n'
                            "export const donate = `${BASE}&utm_campaign=spring&utm_source=android&utm_medium=app`\n"}
    found = scan_repository(tmp_path, monkeypatch, capsys, "acme/donate-app", files)
    assert [(f["path"], f["name"]) for f in found] == [("src/once.js", "url-invalid")], found
