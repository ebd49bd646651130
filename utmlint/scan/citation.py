"""A citation of another site's page, read from the link's own line: the line names the site the link goes to as the
page's publisher, so the link was copied from that site's page, with the tags its page carried
(checks.tracking.copied_cited.cited_tag reads them as that site's own tags on a link to itself).

Two ways a line names a page's publisher, each a copy of what the page itself shows:

- the link's text is the page's title as a browser shows it, its site's name after a separator
  (`[Using Serverless Reapers to Lower Your AWS Bill | CloudForecast Blog](https://www.cloudforecast.io/blog/...
  ?utm_campaign=website&utm_source=Last)`, a link note copied from a browser tab into devopsish's show notes, corpus 5
  #82);
- the entry credits the page to a name right after the link (`**[Red Teaming LLM Applications](https://www.
  deeplearning.ai/short-courses/...?utm_campaign=giskard-launch&utm_medium=headband&utm_source=dlai-homepage)**
  🌐 🎥 by DeepLearning.AI`, a course list's entry carrying DeepLearning.AI's homepage banner tags, corpus 10 #194).

A third, in a page of prose: the sentence around the link names the site as the page's author, on the line before the
link as well (sentence_cited on scan.placement.link_sentence: `Smashing Magazine's piece on changelog design\n([read
it](https://www.smashingmagazine.com/...?utm_source=SmashingNewsletter...))`, a blog post's citation, newuser44 F6).

The reading is of the link's own line without its URLs (scan.placement.own_line), as scan reads it from the file and
the corpus judge from tests/data/real-urls-N/placement-rows.tsv (validate_url's `placement`), and only of a line
holding one link: with several, which one the name goes with is not known. Whether the name is the link's site
(cites_site) and whose the tags may be (the repository's, a placement's) is for copied-tracking to judge.
"""

from __future__ import annotations

import re

# a Markdown link's text, its URL left out by own_line (`[text]( )`), or an HTML anchor's (`<a href=" ">text</a>`)
_MARKDOWN = re.compile(r"\[(?P<text>[^\[\]]{1,300})\]\(\s*\)")
_ANCHOR = re.compile(r"<a\b[^<>]*>(?P<text>[^<>]{1,300})</a>", re.IGNORECASE)
# the title's last part after a separator a browser's tab shows between a page's title and its site's name
_TITLE_SITE = re.compile(r"\s(?:\||-|–|—|·)\s+(?P<site>[^|–—·]{2,60}?)\s*$")
# right after the link (its closing `**` or `*`, a few marks or emoji between): `by <Name>`, the name's words
# capitalised (`DeepLearning.AI`, `Google Cloud`)
_CREDIT = re.compile(r"^[^\w\[\]<>]{0,12}\bby\s+\**(?P<site>[A-Z0-9][\w.&'-]*(?:\s+[A-Z0-9][\w.&'-]*){0,3})")
# a word a site's name is followed by in its pages' titles (`CloudForecast Blog`, `Kintone Engineering Blog`)
_SECTION = re.compile(r"(?i)(?:[\s.-]+(?:engineering|dev|developer|tech|official|the))*[\s.-]+"
                      r"(?:blog|docs|documentation|news|newsroom|engineering|academy|learn|help|support)$")


def cited_name(line: str) -> str:
    """The name the link's own line (own_line: its URLs left out) gives as the publisher of the page it links to (the
    title's site, or a `by` credit right after the link), or "": none, or the line holds more than one link."""
    links = list(_MARKDOWN.finditer(line)) + list(_ANCHOR.finditer(line))
    if len(links) != 1:
        return ""
    link = links[0]
    title = _TITLE_SITE.search(link.group("text").strip().strip("*_"))
    if title is not None:
        return title.group("site").strip().strip("*_")
    credit = _CREDIT.search(line[link.end():])
    return credit.group("site").strip() if credit is not None else ""


def cites_site(name: str, host: str) -> bool:
    """Whether a cited name (cited_name) is the site at `host`: its name (`CloudForecast` on cloudforecast.io, with a
    section of its pages after it: `CloudForecast Blog`) or its domain written out (`DeepLearning.AI` on
    deeplearning.ai, `artagnon.com`), 4 letters or more."""
    from ..identity import normalize, site_domain, site_name

    if not name or not host:
        return False
    host = host.lower().rstrip(".")
    site, domain = normalize(site_name(host)), normalize(site_domain(host))
    if len(site) < 4:
        return False
    written = {normalize(name), normalize(_SECTION.sub("", name))}
    return bool(written & {site, domain})


# A sentence naming the linked page's publisher (sentence_cited). A piece of someone's writing or speaking, as a
# sentence calls it (`Smashing Magazine's piece`, `the Intercom blog post`, `an essay from Intercom`); not what a team
# calls its own pages (a guide, its docs, an update, a course): `Acmeflow's guide` is no one else's
_WORK = (r"(?:piece|(?:blog\s+)?post|article|blog|write-?up|essay|report|study|survey|research|paper|white\s?paper|"
         r"talk|video|podcast|episode|thread|interview|analysis|benchmark|explainer|roundup|deep[\s-]dive|"
         r"case\s+study|column|story|presentation|slides|take|rundown|breakdown|primer)s?")
# what a publisher does with a page (`Intercom said the same in [their post]( )`)
_SAID = (r"(?:said|says|wrote|writes|published|publishes|posted|explained|explains|argued|argues|noted|notes|"
         r"described|describes|reported|reports|found|finds|recommends|recommended|suggested|suggests|showed|"
         r"covered|covers|put\s+it|puts\s+it|calls\s+it|called\s+it|(?:made|makes)\s+the\s+case|"
         r"(?:pointed|points)\s+out|wrote\s+up|summed\s+it\s+up)")
# after the name: its work, owned (`'s piece`, a few words between: `'s recent product update post`) or named after a
# determiner (`the Intercom article`: _DETERMINER), or its saying (`said`, `, too, wrote`)
_NAME_WORK = re.compile(r"^['’]s?(?:\s+[\w-]+){0,3}?\s+" + _WORK + r"\b", re.I)
# or what it did with its work (`Smashing Magazine ran a long piece on this`, `Intercom has a great write-up`,
# `Stripe put out a report`): a verb of running or putting out, then a work with a determiner, up to two words between
_NAME_RAN_WORK = re.compile(r"^,?\s+(?:(?:also|recently|just|once|already|even),?\s+)?(?:ran|runs|has|had|did|does|"
                            r"released|releases|shared|shares|put\s+out|puts\s+out|came\s+out\s+with|dropped)\s+"
                            r"(?:a|an|the|this|one|its|their|that)\s+(?:[\w-]+\s+){0,2}?" + _WORK + r"\b", re.I)
# (not `the Polygon blog`, a team's own blog in its docs, corpus mirror 0xPolygon/polygon-docs: only a piece of writing
# a site publishes once, `the Reuters report`, `the Intercom article`)
_BARE_WORK = re.compile(r"^\s+(?:piece|article|essay|report|study|survey|paper|white\s?paper|write-?up|interview|analysis|"
                        r"column|story|podcast|episode|talk)s?\b", re.I)
_DETERMINER = re.compile(r"\b(?:the|a|an|this|that|one)\s+$", re.I)
# (in small letters: a title's `LangChain Explained`, `LifterLMS Notes` names no saying)
_NAME_SAID = re.compile(r"^,?\s+(?:(?:also|too|once|recently|just|has|have|had|already|rightly|famously),?\s+){0,2}"
                        + _SAID + r"\b")
# before the name: `according to`, `written by`, `a post by` / `from` (a work's), or the link's own `by` credit
# (`[read it]( ) by`); a bare `by` (`Sponsored by`, `Powered by`) or `from` (`migrating from`) names no publisher
_BEFORE_NAME = re.compile(r"(?:\baccording\s+to|\b(?:written|published|posted|authored|shared|reported)\s+(?:by|on|in)|"
                          r"\b" + _WORK + r"\s+(?:by|from)|\]\(\s*\)\W{0,4}\s*by|</a>\W{0,4}\s*by)"
                          r"\s+(?:the\s+)?(?:folks\s+at\s+|team\s+at\s+)?$", re.I)
# a name as a sentence writes a site's: words in capitals (`Smashing Magazine`, `DeepLearning.AI`), or a domain
_CAPITALISED = re.compile(r"(?<![\w.@/-])[A-Z0-9][\w&.-]*[\w&](?:\s+[A-Z0-9][\w&.-]*[\w&]){0,4}"
                          r"|(?<![\w.@/-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+(?![\w/])")


# where a sentence's clauses part (`, and you can`, `; `, `, but`), and a link as own_line leaves it (`[text]( )`,
# `href=" "`)
_CLAUSE = re.compile(r",\s+(?:and|but|so|while|whereas|yet)\s+|;\s+")
_LINK_MARK = re.compile(r"\]\(\s*\)|href=\"\s*\"", re.I)


def sentence_cited(sentence: str, host: str) -> str:
    """The name the link's sentence (scan.placement.link_sentence: its paragraph's sentence, its URLs left out) gives
    as the publisher of the page it links to, when that name is the site at `host` (cites_site): the sentence names the
    linked site as the author of what it links to, on the line before the link as well (`Smashing Magazine's piece on
    changelog design ([read it]( ))` to smashingmagazine.com, `Intercom said the same in [their product update
    post]( )` to intercom.com: newuser44 F6), so the link is a citation of that site's page, copied with the tags it
    carried. The name is tied to the page by the sentence's words: its work (`X's piece`, `the X blog`, `X ran a long
    piece`), its saying (`X said`, `X wrote`), or a credit (`by X` after a work or the link, `according to X`, `a post from X`); a name
    alone (`Try [Acmeflow]( )`, `Read our guide on Intercom`) or a bare `by` (`Sponsored by X`) is none. "" when none."""
    if not sentence or not host:
        return ""
    # only the clauses holding a link: `Zapier wrote about the new triggers, and you can [connect Acmeflow on
    # Zapier]( )` says nothing of whose the linked page is (review45 F1: the team's own listing on Zapier)
    clauses = _CLAUSE.split(sentence)
    if len(clauses) > 1:
        sentence = " ".join(c for c in clauses if _LINK_MARK.search(c))
    for run in _CAPITALISED.finditer(sentence):
        words = list(re.finditer(r"\S+", run.group()))
        for first in range(len(words)):
            for last in range(len(words) - 1, first - 1, -1):
                name = run.group()[words[first].start():words[last].end()]
                if not cites_site(name, host):
                    continue
                begin, end = run.start() + words[first].start(), run.start() + words[last].end()
                after = sentence[end:end + 80]
                before = sentence[max(0, begin - 60):begin]
                if _NAME_WORK.match(after) or _NAME_SAID.match(after) or _NAME_RAN_WORK.match(after) or \
                        _BEFORE_NAME.search(before) or \
                        _BARE_WORK.match(after) and _DETERMINER.search(before):
                    return name
    return ""


# the words of a link that only points at the page (`[Read it here]( )`, `<a href=" ">here</a>`), as own_line and
# link_sentence leave its URL out: a sentence of the link alone, a few words around it
_POINTER_WORDS = 5


def bare_pointer(sentence: str) -> bool:
    """Whether the link's sentence (scan.placement.link_sentence) is the link alone, its text a few words pointing at
    the page (`[Read it here]( )`, `Read [the full piece]( ).`, `[here]( )`): such a link names its page in the
    sentence before it (`Smashing Magazine ran a long piece on this. [Read it here]( )`, review45 F15)."""
    links = list(_MARKDOWN.finditer(sentence)) + list(_ANCHOR.finditer(sentence))
    if len(links) != 1:
        return False
    link = links[0]
    outside = sentence[:link.start()] + " " + sentence[link.end():]
    return len(re.findall(r"\w+", link.group("text"))) <= _POINTER_WORDS and len(re.findall(r"\w+", outside)) <= 3


def sentence_before(text: str, start: int) -> str:
    """The sentence before the one the link at `start` stands in, in the same paragraph (scan.placement's sentence and
    block breaks, its URLs left out as link_sentence leaves them), or "": read with a bare pointer's sentence
    (bare_pointer), whose page the sentence before names."""
    from .placement import _BLOCK_BREAK, _LINKISH, _SENTENCE_END, _SENTENCE_REACH, _WORD, _kept_attribute

    begin = max(0, start - _SENTENCE_REACH)
    before = text[begin:start]
    cut = 0
    for block in _BLOCK_BREAK.finditer(before):
        cut = block.end()
    ends = [end.end() for end in _SENTENCE_END.finditer(before, cut)]
    if not ends:
        return ""
    sentence = before[ends[-2] if len(ends) > 1 else cut:ends[-1]]
    sentence = _WORD.sub(lambda w: _kept_attribute(w.group()) if _LINKISH.search(w.group()) else w.group(), sentence)
    return " ".join(sentence.split())


def names_site(name: str, host: str) -> bool:
    """Whether a name (a byline's, a list entry's title) is the site at `host`: its name or the start of it
    (`Covalent` on covalenthq.com, `Make` on make.com, `Segment` on segment.com, `Gridly` on www.gridly.com:
    cites_site, or the site's name opening with it)."""
    from ..identity import normalize, site_name

    if not name or not host:
        return False
    written, site = normalize(name), normalize(site_name(host.lower().rstrip(".")))
    return cites_site(name, host) or len(written) >= 4 and site.startswith(written)
