"""A tagging guide's Markdown, read as GitHub renders it (session 42 newuser).

- A bare URL is a GFM autolink, which leaves a trailing `~` or `_` out (as `.`, `,`, `*`): `~~https://...launch~~` and
  `_https://...launch_` link to `...launch`; read with the marks, `launch~~` was told it "contains `~`: write `launch`"
  and `launch_` broke the naming convention. A link destination (`](...)`, `<...>`, `[id]:`, `href="..."`) keeps them.
- A struck-through link (`~~...~~`, `<del>`, `<s>`) is the form a guide says not to use, or one a page no longer
  offers: `- Don't capitalise: ~~https://...?utm_source=LinkedIn&utm_medium=Social~~` got value-case twice and a
  missing campaign. Nothing is said about it, as of a `❌ Don't:` line's; the same link not struck is judged.
"""

from __future__ import annotations

from utmlint.scan import examples
from utmlint.scan.examples import CounterExamples, counter_example

URL = "https://acmeflow.com/{}?utm_source=news&utm_medium=email&utm_campaign=launch_"


def _links(run, root, name):
    rows = run("scan", "--no-cache", "--links", "--format", "json", name, cwd=root).out
    import json

    return [(r["line"], r["utm_campaign"]) for r in json.loads(rows)]


def test_a_bare_urls_trailing_tilde_or_underscore_is_not_its_own(project, run):
    text = "\n\n".join([f"Struck: ~~{URL.format('a')[:-1]}~~ old", f"Italic: _{URL.format('b')[:-1]}_",
                        f"Bare: {URL.format('c')}", f"Link: [x]({URL.format('d')})", f"<{URL.format('e')}>",
                        f"[id]: {URL.format('f')}", f'<a href="{URL.format("g")}">g</a>']) + "\n"
    root = project({"guide.md": text})
    assert _links(run, root, "guide.md") == [(1, "launch"), (3, "launch"), (5, "launch"), (7, "launch_"),
                                             (9, "launch_"), (11, "launch_"), (13, "launch_")]


def test_a_struck_through_link_is_a_counter_example(project, run):
    bad = "https://acmeflow.com/?utm_source=LinkedIn&utm_medium=Social"
    root = project({"guide.md": f"# Tagging\n\n- Don't capitalise: ~~{bad}~~ (a second GA4 row)\n"
                                f"- Old: <del>{bad}</del>\n- <s>see {bad}</s>\n",
                    "live.md": f"Follow us: {bad}\n"})
    done = run("scan", "--no-cache", "--format", "json", ".", cwd=root)
    assert {f["path"] for f in done.findings} == {"live.md"}, done.out
    assert {f["code"] for f in done.findings} >= {"UTM201"}


def test_only_a_closed_pair_outside_code_strikes_a_link(project, run):
    """review42 F8: a `~~` shown as inline code (a guide on the syntax) or left unclosed strikes nothing, as GitHub
    renders it: the line's later links were silent; a closed `~~...~~` pair (and `<del>`) still strikes."""
    link = "https://acmecloud.io/docs?utm_source=Docs&utm_medium=referral"
    told = {"code.md": f"Use `~~` for strikethrough, and link {link}\n",
            "pair.md": f"Write `~~old~~` or `<del>old</del>` for it: {link}\n",
            "open.md": f"Prices ~~from {link}\n"}
    kept = {"closed.md": f"Old: ~~{link}~~ new: none\n", "closed-after-code.md": f"`~~` then ~~{link}~~\n",
            "table.md": f"| old | new |\n|---|---|\n| ~~{link}~~ | `~~` |\n"}
    root = project({**told, **kept})
    done = run("scan", "--no-cache", "--format", "json", ".", cwd=root)
    assert {f["path"] for f in done.findings} == set(told), done.out
    for name, text in {**told, **kept}.items():
        start = text.index("https://")
        assert counter_example(text, start) == (name in kept), name
    # a `~~` closed only in the next cell does not strike this cell's link
    cells = f"| ~~{link} | x~~ |\n"
    assert not counter_example(cells, cells.index("https://"))


def test_struck_reads_the_same_on_a_long_line(monkeypatch):
    monkeypatch.setattr(examples, "_LONG_LINE", 100)
    link = "https://a.example/p?utm_source=s&utm_medium=email&utm_campaign=c"
    parts = [link, f"~~{link}~~", f"<del>{link}</del>", f"<S>x {link}</S>", f"~~~ {link}", "~~x~~ " + link,
             "| ~~a | " + link, "<del>a</del> " + link, "`~~` " + link, "``a ` ~~`` " + link, "`<s>` " + link,
             "~~ " + link + " |", f"~~{link} ` ~~ `"]
    text = " ".join(parts * 3)
    starts = [i for i in range(len(text)) if text.startswith("https://", i)]
    expected = [counter_example(text, start) for start in starts]
    assert any(expected) and not all(expected)
    counter = CounterExamples(text)
    assert [counter(start) for start in starts] == expected


def test_a_repeated_campaign_is_not_said_to_move_the_channel():
    """A source or medium written twice may change the channel; a campaign (or content, term) only the row."""
    from utmlint.checks.tracking.key_repeated import utm_key_repeated

    base = "https://acmeflow.com/y?utm_source=customerio&utm_medium=email"
    (campaign,) = utm_key_repeated(base + "&utm_campaign=dec&utm_campaign=dec-2")
    assert "may land under either value; keep only" in campaign.message
    (medium,) = utm_key_repeated(base + "&utm_medium=social&utm_campaign=dec")
    assert "may land under either value, or another channel" in medium.message
