"""`scan --links` says when a value was cut at a space, as the judge does.

Found by review: in `const upgrade = "https://sunbeam.app/pricing?...&utm_campaign=Upgrade Now";` the URL stops at
the space while the string goes on (scan.core.string_goes_on), so the judge leaves the last value unjudged
(scan.synthetic.last_value_unknown: it may be `Upgrade Now`, or a link followed by words), but the inventory recorded
`utm_campaign=Upgrade` and the channel as if that were the whole value, `--format urls` handed the cut URL to
`utmlint check`, and `utmlint import` made a campaign `Upgrade` of it. Now the value and the URL end with `…`, the
channel is `(unknown)` when the cut value is one GA4's channel rules read, `urls` leaves it out, import skips the
row. Real files, the command in-process, cold and warm (the cache keeps records as they were made).
"""

from __future__ import annotations

import json

CODE = """\
const upgrade = "https://sunbeam.app/pricing?utm_source=app&utm_medium=email&utm_campaign=Upgrade Now";
const ref = "https://sunbeam.app/?utm_source=partner&utm_medium=referral (see the docs)";
const hero = "https://sunbeam.app/?utm_source=app&utm_medium=email&utm_campaign=upgrade&utm_content=Hero Banner";
const whole = "https://sunbeam.app/?utm_source=app&utm_medium=email&utm_campaign=Upgrade";
const tmpl = "https://sunbeam.app/?utm_source={{source}}&utm_medium=email&utm_campaign=x";
"""


def _scan(run, root, *args):
    done = run("scan", *args, "app.js", cwd=root)
    assert "Traceback" not in done.err
    return done


def test_a_value_cut_at_a_space_is_recorded_as_cut_as_the_judge_leaves_it(project, run):
    root = project({"app.js": CODE})
    for warmth in ("cold", "warm"):
        records = json.loads(_scan(run, root, "--links").out)
        got = [(r["line"], r["utm_medium"], r["utm_campaign"], r["utm_content"], r["url"][-12:], r["channel"])
               for r in records]
        assert got == [
            (1, "email", "Upgrade\u2026", "", "ign=Upgrade\u2026", "(unknown)"),  # may be `Upgrade Now`
            (2, "referral\u2026", "", "", "um=referral\u2026", "(unknown)"),  # may be a medium of more words
            (3, "email", "upgrade", "Hero\u2026", "ontent=Hero\u2026", "Email"),  # utm_content decides no channel
            (4, "email", "Upgrade", "", "aign=Upgrade", "Email"),  # the string ends there: the whole value
            # a source the template fills in: GA4 tests the source lists before the medium (`facebook` with
            # `email` is Organic Social), so the channel is the filled-in value's (newuser47 F4)
            (5, "email", "x", "", "&utm_campaign=x"[-12:], "(unknown)"),
        ], warmth
    # The judge: the cut `Upgrade` is not respelled (value-case), the whole `Upgrade` on line 4 is.
    findings = json.loads(_scan(run, root, "--format", "json").out)
    assert [(f["line"], f["name"]) for f in findings if f["name"] == "value-case"] == [(4, "value-case")]
    csv = _scan(run, root, "--links", "--format", "csv").out.splitlines()
    assert csv[1].endswith(",app,email,Upgrade\u2026,,,(unknown),own,")


def test_urls_leaves_out_a_link_whose_end_is_not_known(project, run):
    root = project({"app.js": CODE})
    urls = _scan(run, root, "--links", "--format", "urls").out.splitlines()
    assert urls == ["https://sunbeam.app/?utm_source=app&utm_medium=email&utm_campaign=Upgrade"]


def test_import_skips_a_cut_row_instead_of_making_a_campaign_of_it(project, run):
    root = project({"app.js": CODE})
    (root / "links.json").write_text(_scan(run, root, "--links").out, encoding="utf-8")
    done = run("import", "links.json", "--out", "imported", cwd=root)
    assert done.code == 1 and "Traceback" not in done.err
    report = done.out + done.err
    assert report.count("it was cut short") == 3  # lines 1-3 of app.js
    assert "links.json:2: skipped: the URL ends with `\u2026`" in report
    written = sorted(p.name for p in (root / "imported").glob("*.yaml"))
    assert written == ["upgrade.yaml"]  # line 4's whole `Upgrade`, nothing named `Upgrade…`
    assert "Upgrade\u2026" not in (root / "imported" / "upgrade.yaml").read_text(encoding="utf-8")


def test_import_round_trips_scan_links_and_never_writes_a_value_the_hash_cut(project, run):
    """stranger8 S15 (values9): `scan --links | utmlint import` made `campaign: C` with url `...guide#` of
    `utm_campaign=C#` (and `learn-F` with `#-weekly`), the value F6 tells scan users is cut, and refused utmlint's own
    row for `C++Weekly` ("`C++Weekly` in the URL but `C  Weekly` in its column": the inventory read `+` as a space,
    the judge, lint and import as written). The inventory keeps `+` as written and a cut value whole; import skips a
    row whose value a name's `#` cut, with scan's advice, and imports the `C++Weekly` row."""
    readme = ("Our [C# guide](https://acme.sunbeam.app/guide?utm_source=github&utm_medium=referral&utm_campaign=C#) and\n"
              "the [F# guide](https://acme.sunbeam.app/guide?utm_source=github&utm_medium=referral"
              "&utm_campaign=learn-F#-weekly).\n"
              "C++ [link](https://acme.sunbeam.app/cpp?utm_source=github&utm_medium=referral&utm_campaign=C++Weekly).\n")
    root = project({"docs/README.md": readme})
    inventory = run("scan", "--links", "--format", "json", "docs", cwd=root).out
    assert [r["utm_campaign"] for r in json.loads(inventory)] == ["C#", "learn-F#-weekly", "C++Weekly"]
    (root / "links.json").write_text(inventory, encoding="utf-8")
    done = run("import", "links.json", "--out", "imported", cwd=root)
    assert "Traceback" not in done.err
    assert done.out.count("skipped: utm_campaign `C#`: the `#` starts the link's fragment") == 1, done.out
    assert "skipped: utm_campaign `learn-F#-weekly`: the `#` starts the link's fragment" in done.out, done.out
    assert "`utm_campaign=csharp` or `utm_campaign=c%23`" in done.out, done.out
    assert "C  Weekly" not in done.out, done.out
    written = "".join(p.read_text(encoding="utf-8") for p in sorted((root / "imported").glob("*.yaml")))
    assert "campaign: C++Weekly" in written and "https://acme.sunbeam.app/cpp" in written, written
    assert [p.name for p in (root / "imported").glob("*.yaml")] == ["cppweekly.yaml"]  # the name spelled as advised
    assert "campaign: C\n" not in written and "learn-F\n" not in written and "guide#" not in written, written
