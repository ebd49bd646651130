"""Hostile input a user can meet (session 38): a link of 10,000 query keys. `utmlint scan` read such a URL, too long to
be a link (scan.core.MAX_URL), once from each of its keys (28 s of CPU for a 169 KB file) and then said nothing of it
("0 tracked links"); `utmlint lint` compared each key with every other (9.4 s for 118 KB) and, for 10,000 different
values of one key, wrote all of them into each of the 9,999 findings (1.2 GB of JSON). Nothing here times anything:
the tests count the work and read the output. benchmarks/hostile_input.py measures the times."""

from __future__ import annotations

import json

from utmlint.checks import tracking
from utmlint.cli import main
from utmlint.scan import core

KEYS = 10_000
MANY_VALUES = "https://example.com/p?" + "&".join(f"utm_source=s{i}" for i in range(KEYS))
MANY_KEYS = ("https://example.com/p?utm_source=news&utm_medium=email&utm_campaign=spring&"
             + "&".join(f"p{i}=v{i}" for i in range(KEYS)))


def test_a_scanned_url_of_10000_keys_is_read_once_and_said_not_checked(tmp_path, monkeypatch, capsys):
    (tmp_path / "links.txt").write_text(f"see {MANY_VALUES}\nand https://example.com/?utm_source=news\n",
                                        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    starts = []
    url_start = core._url_start
    monkeypatch.setattr(core, "_url_start", lambda *args: starts.append(1) or url_start(*args))
    main(["scan", "--no-cache", "--links", "--format", "urls", "links.txt"])
    out, err = capsys.readouterr()
    assert out.split() == ["https://example.com/?utm_source=news"]
    assert len(starts) <= 3  # its first key's reading, not one for each of its keys
    assert (f"links.txt:1:5: note: a URL of {len(MANY_VALUES):,} characters with utm tags, over 8,192: read as data, "
            "not as a link; its tags were not checked") in err


def test_a_campaign_link_of_10000_different_copies_of_a_key_names_three_in_each_finding(tmp_path, monkeypatch, capsys):
    campaign = f'campaign: spring\nmedium: email\nsource: news\nlinks:\n  - url: "{MANY_VALUES}"\n'
    (tmp_path / "c.yaml").write_text(campaign, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["lint", "--no-cache", "--format", "json", "c.yaml"]) == 1
    out = capsys.readouterr().out
    repeated = [f for f in json.loads(out) if f["name"] == "utm-key-repeated"]
    assert len(repeated) == KEYS - 1
    assert repeated[0]["message"].startswith(
        "`utm_source` is written 10,000 times with different values (`s0`, `s1`, `s2` and 9,997 more); which one")
    assert len(out) < 20_000_000  # was 1.2 GB: every finding named all 10,000 values


def test_two_or_five_different_copies_are_all_named():
    for values in (2, 5):
        url = "https://example.com/p?" + "&".join(f"utm_source=s{i}" for i in range(values))
        message = tracking.key_repeated.utm_key_repeated(url)[0].message
        assert " and ".join(f"`s{i}`" for i in range(values)) in message and "more" not in message


class _Counted(list):
    """A link's fields, counting how often they are read whole."""

    reads = 0

    def __iter__(self):
        _Counted.reads += 1
        return super().__iter__()


def test_a_key_is_compared_with_the_links_other_keys_only_when_it_looks_like_a_mistyped_utm():
    fields = _Counted(tracking.fields.query_fields(MANY_KEYS))
    assert all(tracking.key_unknown.mistyped_prefix(f.name, fields) is None for f in list.__iter__(fields))
    assert _Counted.reads == 0  # `p7` is no `urm_medium`: the 10,000 other keys were read for each key (quadratic)
    mistyped = tracking.fields.query_fields("https://example.com/?utm_source=a&urm_medium=b&_utm_term=c")
    assert [tracking.key_unknown.mistyped_prefix(f.name, mistyped) for f in mistyped] == [None, "utm_medium", "utm_term"]
    assert tracking.key_unknown.mistyped_prefix("urm_medium", tracking.fields.query_fields("https://example.com/?urm_medium=b")) is None
