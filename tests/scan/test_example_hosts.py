"""A link to a host reserved for examples, read in a file, is an illustration: no advice on completing it or on where
it leads; in code and tests, and on a test's host (`*.test`, `localhost`), none on its values either.

Amplitude's docs explain URL matching with `https://example.com/pricing?utm_source=facebook`, Mautic's a page-visit
filter with `https://example.com/my-page?utm_campaign=A` (corpus 19 #158-#160 #168 #170, blind: nothing to tell), and
Amplitude's SDK test page loads `http://localhost:5173/...?utm_campaign=helloworld224` (corpus 20 #23): scan told each
to add a medium and respell `A`. RFC 2606 and RFC 6761 reserve `example.com/.org/.net`, `*.example`, `*.test`,
`*.invalid` and `localhost` for exactly this (link checkers such as lychee skip them by default): which keys and
values the example has is its point. What a reader copies verbatim still is told: a misspelled key, `&amp;`. A URL
given alone (`build --validate`, `validate_url` with no file) and a campaign file keep reading them as links (the
README's config names `app.example.com`), and so does a config whose `own-hosts` names the reserved host.

But a team's own tagging guide shows its convention on example.com, and readers copy it as written (stranger15 R15:
fix19's first reading silenced `utm_medium=emial` and `Spring-Sale` there, "All clean", exit 0): on a name RFC 2606
reserves for documentation, outside code and tests, the value rules speak as on any link; a one-letter value (Mautic's
`A`) stands for any value and is not respelled.
"""

from __future__ import annotations

import json

from utmlint.scan.illustrations import example_host
from utmlint.validate_url import validate_url

GUIDE = """\
# Targeting by URL

A visitor who lands on https://example.com/pricing?utm_source=facebook matches; one on
[the pricing page](https://example.com/pricing?utm_source=tiktok) does not.

A contact who visited https://example.com/my-page?utm_campaign=A enters the campaign.

The test server runs at http://localhost:5173/attribution/default-tracking.html?utm_campaign=helloworld224 and
http://127.0.0.1:8000/?utm_source=Test, and the staging shop at https://shop.test/?utm_medium=Banner.
"""

# the team's own guide to tagging, with a typo a reader would paste: that key is told
TYPO = """\
Tag your newsletter links like this: https://example.com/?utm_souce=newsletter&utm_medium=email&utm_campaign=june
"""


def _found(run, tmp_path):
    return json.loads(run("scan", "--format", "json", "--no-cache", ".", cwd=tmp_path).out)


def test_an_example_link_in_a_guide_gets_no_advice_on_its_tags(run, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "targeting.md").write_text(GUIDE, encoding="utf-8")
    assert _found(run, tmp_path) == []
    assert example_host("https://Example.COM./x?utm_source=a") == "example.com"
    assert example_host("https://docs.example.org/?utm_source=a") == "docs.example.org"
    assert example_host("https://www.example.co.uk/?utm_source=a") == ""  # a real registrable name
    assert example_host("https://myexample.com/?utm_source=a") == example_host("/pricing?utm_source=a") == ""


def test_the_teams_typo_in_its_example_is_still_told(run, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "tagging.md").write_text(TYPO, encoding="utf-8")
    (tmp_path / "docs" / "page.html").write_text(
        '<p>Write <a href="https://example.com/?utm_source=x&amp;amp;utm_medium=email&amp;amp;utm_campaign=y">this'
        '</a></p>\n', encoding="utf-8")
    found = {(f["path"], f["name"]) for f in _found(run, tmp_path)}
    assert ("docs/tagging.md", "utm-key-unknown") in found  # `utm_souce`: did you mean utm_source?
    assert ("docs/page.html", "url-html-escaped") in found
    assert not {name for _, name in found} & {"missing-utm-param", "medium-unassigned", "value-case"}


def test_own_hosts_naming_the_reserved_host_keeps_every_rule(run, tmp_path):
    (tmp_path / ".utmlint.yaml").write_text("own-hosts: [example.com]\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "targeting.md").write_text(GUIDE, encoding="utf-8")
    names = {f["name"] for f in _found(run, tmp_path) if "example.com" in f["message"] or f["line"] <= 5}
    assert "missing-utm-param" in names


def test_a_url_given_alone_is_the_users_link(tmp_path):
    url = "https://example.com/pricing?utm_source=facebook"
    alone = validate_url(url)
    assert "missing-utm-param" in {f.name for f in alone.findings} and alone.not_judged is None
    in_file = validate_url(url, repo="amplitude/amplitude-docs", path="content/experiment-quick-start.md")
    assert in_file.findings == [] and "reserved for examples" in in_file.not_judged
    typo = validate_url("https://example.com/?utm_souce=a&utm_medium=email&utm_campaign=b", repo="a/b", path="x.md")
    assert [f.name for f in typo.findings] == ["utm-key-unknown"]


def test_a_campaign_file_on_a_reserved_host_is_linted_as_ever(run, tmp_path):
    (tmp_path / "campaigns").mkdir()
    (tmp_path / "campaigns" / "launch.yaml").write_text(
        "campaign: spring-launch\nsource: newsletter\nmedium: email\nlinks:\n"
        "  - url: https://app.example.com/quickstart\n    medium: emial\n", encoding="utf-8")
    result = run("lint", "--format", "json", "campaigns", cwd=tmp_path)
    assert result.code == 1 and "emial" in result.out


# stranger15 R15: the team's own tagging guide, on example.com, with the typos every reader would copy
OWN_GUIDE = """\
Always use lowercase and our mediums. For a newsletter link:
https://example.com/pricing?utm_source=newsletter&utm_medium=emial&utm_campaign=Spring-Sale
For a partner page: https://example.com/?utm_source=partner&utm_medium=referral
"""


def test_a_teams_tagging_guide_on_example_com_keeps_its_typos_told(run, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "utm-guide.md").write_text(OWN_GUIDE, encoding="utf-8")
    result = run("scan", "--format", "json", "--no-cache", ".", cwd=tmp_path)
    found = {(f["line"], f["name"]) for f in json.loads(result.out)}
    assert result.code == 1
    # the medium typo (Unassigned) and the campaign's capitals are told; the partner example's missing campaign is the
    # example's choice (an illustration of a partner link, no destination to complete)
    assert found == {(2, "medium-unassigned"), (2, "value-case")}
    written = validate_url("https://example.com/pricing?utm_source=newsletter&utm_medium=emial&utm_campaign=Spring-Sale",
                           repo="acme/site", path="docs/utm-guide.md")
    assert {f.name for f in written.findings} == {"medium-unassigned", "value-case"}
    assert "judged as readers will copy them" in written.not_judged


def test_the_same_example_in_a_test_or_on_a_test_host_is_test_data(run, tmp_path):
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_links.py").write_text(
        'URL = "https://example.com/pricing?utm_source=newsletter&utm_medium=emial&utm_campaign=Spring-Sale"\n',
        encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "dev.md").write_text(
        "Run the dev server and open http://localhost:3000/?utm_source=Test&utm_medium=emial or "
        "https://shop.test/?utm_medium=Banner\n", encoding="utf-8")
    result = run("scan", "--format", "json", "--no-cache", ".", cwd=tmp_path)
    assert (result.code, json.loads(result.out)) == (0, [])
    in_test = validate_url("https://example.com/?utm_source=a&utm_medium=emial", repo="acme/site", path="tests/t.py")
    assert in_test.findings == [] and "were not judged" in in_test.not_judged


# stranger16 R11: a URL library's README demonstrates what its code does with odd inputs, on example.com: a call's
# argument in inline code and a table's Input cell beside its parsed Output are the code's data, as a fenced block is
LIBRARY_README = """\
# utm-parse

Parse the utm parameters of a URL into an object.

```js
parseUtm("https://example.com/?utm_source=Newsletter&utm_medium=Email&utm_campaign=Spring Sale");
```

Values are returned as written: `parseUtm("https://example.com/?utm_source=Google&utm_medium=CPC")` gives `Google`
and `CPC`; pass `{ lowercase: true }` to get `google` and `cpc`.

| Input | Output |
|-------|--------|
| https://example.com/?utm_source=Twitter&utm_medium=Social | `{ source: "twitter", medium: "social" }` |
"""


def test_a_librarys_readme_demonstrating_inputs_is_its_codes_data(run, tmp_path):
    import subprocess

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "https://github.com/jdoe/utm-parse.git"],
                   check=True)
    (tmp_path / "README.md").write_text(LIBRARY_README, encoding="utf-8")
    result = run("scan", "--format", "json", "--no-cache", ".", cwd=tmp_path)
    assert (result.code, json.loads(result.out)) == (0, [])
    run("scan", "--fix", "--no-cache", ".", cwd=tmp_path)
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == LIBRARY_README
    # the team's own guide, its convention in a table and in inline code, keeps its typos told
    (tmp_path / "README.md").unlink()
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "utm-guide.md").write_text(
        "# How we tag\n\n| Channel | Link |\n|---|---|\n"
        "| `email` | https://example.com/?utm_source=newsletter&utm_medium=emial&utm_campaign=june |\n\n"
        "Partner: `https://example.com/?utm_source=Partner&utm_medium=referral&utm_campaign=june`\n",
        encoding="utf-8")
    found = {(f["line"], f["name"]) for f in json.loads(run("scan", "--format", "json", "--no-cache", ".",
                                                            cwd=tmp_path).out)}
    assert found == {(5, "medium-unassigned"), (7, "value-case")}


def test_a_guides_convention_row_without_its_medium_is_told(run, tmp_path):
    # stranger16 R5: a guide's row writing source and campaign but no medium is copied as written into Unassigned;
    # Amplitude's one-key illustration (`?utm_source=facebook`, GUIDE) stays quiet
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "utm-guide.md").write_text(
        "# How we tag links\n\n"
        "Newsletter: `https://example.com/pricing?utm_source=newsletter&utm_medium=emial&utm_campaign=spring-sale`\n\n"
        "Partner: https://www.example.com/?utm_source=partner&utm_campaign=spring-sale\n", encoding="utf-8")
    (tmp_path / "docs" / "targeting.md").write_text(GUIDE, encoding="utf-8")
    found = {(f["path"], f["line"], f["name"]) for f in _found(run, tmp_path)}
    assert found == {("docs/utm-guide.md", 3, "medium-unassigned"), ("docs/utm-guide.md", 5, "missing-utm-param")}
    row = validate_url("https://www.example.com/?utm_source=partner&utm_campaign=spring-sale", repo="acme/site",
                       path="docs/utm-guide.md")
    assert [f.name for f in row.findings] == ["missing-utm-param"]


def test_an_examples_own_demo_deployment_is_an_illustration(run, tmp_path):
    # corpus 12 #74-#76: Plasmic's targeting examples open their demo deployments with `?utm_source=google`, to trigger
    # a utm-targeted variant (`examples/custom-targeting/README.md` linking `custom-target-plasmic.vercel.app`): no
    # campaign anyone measures, told to add a medium and a campaign. A hosting platform's tenant named for the example
    # is its demo; the team's own site, another tenant, and the same demo linked from outside the example are judged
    from utmlint.scan.illustrations import demo_deployment, example_folder

    assert example_folder("examples/custom-targeting/README.md") == "custom-targeting"
    assert example_folder("examples/README.md") == example_folder("docs/custom-targeting/README.md") == ""
    assert demo_deployment("custom-targeting", "https://custom-target-plasmic.vercel.app/?utm_source=google")
    assert not demo_deployment("custom-targeting", "https://plasmic.app/?utm_source=google")
    assert not demo_deployment("custom-targeting", "https://acme.vercel.app/?utm_source=google")
    assert not demo_deployment("", "https://custom-target-plasmic.vercel.app/?utm_source=google")
    demo = "https://custom-target-plasmic.vercel.app/?utm_source=google"
    (tmp_path / "examples" / "custom-targeting").mkdir(parents=True)
    (tmp_path / "examples" / "custom-targeting" / "README.md").write_text(
        f"# Custom targeting\n\nOpen [the demo]({demo}) to see the Google variant.\n\n"
        "Built with [Plasmic](https://plasmic.app/?utm_source=example).\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "targeting.md").write_text(f"Try [the demo]({demo}).\n", encoding="utf-8")
    found = sorted((f["path"], f["line"], f["name"]) for f in _found(run, tmp_path))
    assert found == [("docs/targeting.md", 1, "missing-utm-param"),
                     ("examples/custom-targeting/README.md", 5, "missing-utm-param")], found


# over2g (session 47): Google Analytics' iOS SDK header, vendored by AppDeck (corpus 46 #60), documents a campaign URL
# in a doc comment as `Example: http://my.site.com/index.html?utm_campaign=wow&utm_source=source`: a stand-in for the
# reader's own site, no one's (illustrations.stand_in_host), in a program's text: a program's data as a reserved name is
SDK_HEADER = """\
/*!
 Set campaign parameters from a URL.

 Example: http://my.site.com/index.html?utm_campaign=wow&utm_source=source
 */
- (GAIDictionaryBuilder *)setCampaignParametersFromUrl:(NSString *)urlString;
"""


def test_a_stand_in_site_in_a_programs_text_is_its_data(run, tmp_path):
    (tmp_path / "GoogleAnalytics").mkdir()
    (tmp_path / "GoogleAnalytics" / "GAIDictionaryBuilder.h").write_text(SDK_HEADER, encoding="utf-8")
    # the same stand-in in an e-mail template is the link its sender fills in: http told (corpus 7's konsav templates)
    (tmp_path / "welcome.html").write_text('<a href="http://domain.com/?utm_source=welcome&utm_medium=email&'
                                           'utm_campaign=onboarding">Open</a>\n', encoding="utf-8")
    found = {(f["path"], f["name"]) for f in _found(run, tmp_path)}
    assert not {name for path, name in found if path.endswith(".h")}
    assert ("welcome.html", "url-insecure") in found
    from utmlint.scan.illustrations import stand_in_host

    assert stand_in_host("http://my.site.com/index.html?utm_source=a") == "my.site.com"
    assert stand_in_host("https://www.yourdomain.com/?utm_source=a") == "www.yourdomain.com"
    assert stand_in_host("https://tusitio.com/?utm_source=a") == "tusitio.com"
    assert stand_in_host("https://company.helloeko.com/?utm_source=a") == stand_in_host("/x?utm_source=a") == ""
    header = validate_url("http://my.site.com/index.html?utm_campaign=wow&utm_source=source", repo="Mobideck/appdeck",
                          path="AppDeck-lib/GoogleAnalytics/GAIDictionaryBuilder.h", in_comment=True)
    assert header.findings == [] and "a stand-in for the reader's own site" in header.not_judged
