"""UTM310 copied-tracking: the finding (someone else's ids or tags copied into a link, what to remove and how sure),
its messages, and the rule."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, FrozenSet, Iterator, List, Mapping, Optional, Sequence, Tuple

from ...lazyregex import lazy_compile
from ...records import NamedTuple
from ...registry import Report, rule
from .fields import _decode, _GLUED, _GOOGLE_ADS, _hostname, _without, Field, is_placeholder, query_fields, UrlProblem
from .report import _report
from .html_escaped import _INTERNAL_CAMPAIGN_KEYS
from .copied_lists import _escaped_name, _NOT_GA4_KEYS, tracking_data

if TYPE_CHECKING:
    from ...engine import Context
    from ...model import Link


def copied_tracking(url: str, identity=None, convention: FrozenSet[Tuple[str, str, str]] = frozenset(),
                    place: str = "", own_hosts: Sequence[str] = (), keyed: bool = False,
                    planned: bool = False, own_campaign: bool = False, own_template: bool = False,
                    published: bool = True, own_letter: bool = False, cited: str = "",
                    keyed_campaign: bool = False, slot_elsewhere: bool = False,
                    keyed_values: Optional[Mapping[str, str]] = None, off_site: bool = False) -> List[UrlProblem]:
    """Someone else's click ids or tracking copied into a link, an AI assistant's citation tag, or a utm value
    with another URL glued onto it. `identity` (utmlint.identity): whose repository the link is written in, when
    known (scan reads it from the tree); it tells a site's own tags on links to itself from copies of them.
    `convention`: the tag sets the link's file writes on links to two or more sites (file_convention), its own.
    `place`: what the link's file is (link_place: an e-mail template's links are that e-mail's). `own_hosts`: the
    config's `own-hosts`, the team's sites: a site's tags or another channel's on a link to one are the team's own.
    `keyed`: the link's values come from a campaign file's keys (`source:`, lint), so utm tags in its URL beside a
    visit's id came with that visit, when they contradict those keys (`keyed_values`: the link's utm values from them,
    None: every utm tag there). `planned`: the file tags the link's site with two or more sources (planned_sites),
    a team's plan of its own posts and share buttons. `own_template`: the file is a piece of the site's own template
    (a footer component, a layout: Judge.file_template), where a site writes its outgoing tags. `own_letter`: the
    link's utm_source is the file's own newsletter's name (own_letters), not another newsletter's copied. `cited`: the
    name the link's own line gives as the publisher of the page it links to (scan.citation.cited_name: a page title's
    `| CloudForecast Blog`, an entry's `by DeepLearning.AI`): when it is the link's site, the tags are that site's own,
    copied with a citation of its page (copied_cited). `keyed_campaign`: a campaign file's key names the link's
    campaign (`campaign: changelog-q1`, lint), which its URL need not write. `slot_elsewhere`: the link's newsletter
    tags can be no slot the team bought (scan.judge Judge.slot_elsewhere: the file's newsletter-tagged links go to two
    or more sites, a note quoting newsletters' links; or the team's site is known and the link goes to another).
    `off_site`: the team's site is known (scan: the repository's CNAME or site generator's config) and the link goes
    to another (a newsletter's campaign on it is the newsletter's: _newsletter_elsewhere)."""
    if not _mentions(url):
        return []
    data = tracking_data()
    params, sources = data.params, data.sources
    # The readings of a link's tags are imported here, once a link has something to read: a campaign file's links
    # mostly have no query, and these six modules were a one-file lint's start-up (tests/test_startup.py).
    from .copied_owner import _claims, _own_host, _site
    from .copied_marks import (_ad_landing_tag, _fragment_mark, _marked_by, _newsletter_tag, _recorded_visit_tag,
                               _search_tag, _shared_tags, archived_address)
    from .copied_destination import _destination_tag, _FIRST_WORD, _snippet_of_destination
    from .copied_posted import _posted_tags
    from .copied_outgoing import _outgoing_tags, _source_own_host
    from .copied_placement import _placement_tag
    fields = query_fields(url)
    problems = []
    utm = [f for f in fields if _escaped_name(f.name.lower()).startswith("utm_")]  # `&amp;utm_medium` too
    (marks, maybe_own, bound, platform), whose, cut_fragment = (
        _shared_tags(fields, identity, url, place, bool(own_hosts) and _own_host(url, own_hosts)) if utm
        else ([], False, "", "")), None, None
    if marks and _snippet_of_destination(url, fields):
        marks, maybe_own, bound, platform = [], False, "", ""  # the destination's own snippet (Instagram's embed code): no share
    # maybe_own: a site's own feed or share tags, and whose repository is unknown (or is that site's: `own=ask`)
    if marks and bound:  # a platform's automatic form on a link to its own host (godoc's redirect, LinkedIn's share)
        whose = (f"the tags {bound.split('/')[0]} adds by itself to links to its own pages (its redirect, share "
                 "button or app writes them into the address a visitor copies): these utm values are that visit's, "
                 "copied along with the link, and credit that platform")
    elif marks and _marked_by(marks, url):
        # the marker names the platform and the link goes to it (Eventbrite's e-mail tags on an eventbrite.com page):
        # name it, not six kinds of platform (stranger11 R15)
        site = _marked_by(marks, url)
        whose = (f"{site}'s own tags, which it writes into the links to its pages that it hands out (by its share "
                 f"button or in its e-mails): these utm values are its tracking, copied along with the link, and "
                 f"credit {site}")
    elif marks and any(_escaped_name(m.name.lower()) in _INTERNAL_CAMPAIGN_KEYS for m in marks):
        # a site's internal-campaign id (`intcmp`): the tags of a promotion on its own pages (corpus 26 #18)
        host = _hostname(url)
        host = host[4:] if host.startswith("www.") else host
        whose = (f"{host or 'the linked site'}'s own internal-campaign tags, which it puts on the promotions and "
                 "callouts of its own pages: copied from its page along with the link, these utm values credit its "
                 "own callout")
    elif marks and platform:  # the line names the platform (`by=Pulse`): say whose, so the user can tell (stranger13
        # R3: "another platform's" left a newsletter called Pulse News guessing)
        # (a job list's publisher, Simplify's `utm_source=Simplify&ref=Simplify`, hands them out in its lists)
        whose = (f"{platform}'s tags, which it writes into the links it hands out (by its share button, feed, e-mails, "
                 f"app or the lists it publishes): these utm values are {platform}'s tracking, copied along with the "
                 f"link, and credit {platform}")
    elif marks:
        whose = ("another platform's tags (a share button's, a feed's, a newsletter service's, a social-media "
                 "scheduler's, a business listing's or a referral program's), written into the links it hands out: these utm values are "
                 "its tracking, copied along with the link, and credit its campaign")
    if not marks and utm:
        landing = _ad_landing_tag(fields, params)
        if landing is not None:
            marks = [landing]
            whose = "an ad's landing tags, copied along with its click id: they credit that ad campaign"
    if not marks and utm:
        recorded = _recorded_visit_tag(fields)
        if recorded is not None:
            marks = [recorded]
            whose = ("an earlier visit's tags, which a landing or redirect service recorded in the address it sent "
                     "that visitor to: the link was copied from that visit, and they credit its campaign")
    if not marks and utm:
        letter = _newsletter_tag(fields, url, identity)
        campaigned = letter is None and not keyed_campaign and _newsletter_elsewhere(url, fields, own_hosts, off_site)
        if campaigned:  # its campaign too, on a link to another site than the team's (review47 F8)
            letter = _newsletter_tag(fields, url, identity, elsewhere=True)
        if letter is not None and _bought_slot(url, place, keyed_campaign, own_hosts, slot_elsewhere):
            letter = None
        if letter is not None:
            marks = [letter]
            whose = ("a newsletter's or link aggregator's own tags, added to every link it sends its readers to "
                     "(the link names no campaign of yours): these utm values are its tracking, copied along with "
                     "the link, and credit its issue") if not campaigned else (
                f"a newsletter's or link aggregator's own tags, its issue's source, medium and campaign on its link to "
                f"{_site_domain(url)}, not your site (a slot you buy sends its readers to your own): these utm values "
                f"are its tracking, copied along with the link, and credit its issue")
    if not marks and utm:
        one = _search_tag(fields, url, identity)
        if one is not None:
            marks = [one]
            whose = (f"a site's own search tags (one value, `{one.value.strip()}`, in source, medium and campaign: "
                     "its search box writes them into the results it links to): these utm values are that site's "
                     "tracking of one visitor's search, copied along with the link")
    if not marks and utm:
        cut_fragment = _fragment_mark(url)
        if cut_fragment is not None:
            whose = ("a share button's fragment (AddThis wrote it into a visitor's address bar): the link was "
                     "copied from there, with that visit's utm values, which credit someone else's campaign")
    # a site the team names as its own in `own-hosts`: the link goes there, or its utm_source names it (the team's
    # outgoing tags on a link to a review site, a community, a launch page)
    ours = bool(own_hosts) and (_own_host(url, own_hosts) or _source_own_host(fields, own_hosts))
    # an archived copy of another page (archived_address): its tags are that page's address's, as the archive saved
    # them; the readings below, which ask whose the link's site is, would read the archive's instead
    copy_of = archived_address(url) if utm else ""
    guessed_site, guessed_opens = None, True
    if not marks and utm and cut_fragment is None and not ours and not copy_of:
        own = _destination_tag(fields, url, identity, convention, place)
        if own is not None:
            marks = [own[0]]
            from ...identity import site_domain

            site = site_domain(_hostname(url))
            whose = (f"{site}'s own tags on a link to itself, copied from its site along with the link (this "
                     f"repository, {identity.slug}, is not {site}'s): they credit {site}'s campaign")
            if own[1]:
                guessed_site = site
                guessed_opens = _FIRST_WORD.match(own[0].value.strip().lower()) is not None
    posted = outgoing = None
    if not marks and utm and cut_fragment is None and not ours and not copy_of:
        posted = _posted_tags(fields, url, identity, convention, place, planned, own_campaign, published,
                              own_letter)
        if posted is not None:
            marks = posted[0]
    if not marks and utm and cut_fragment is None and not ours and not copy_of:
        outgoing = _outgoing_tags(fields, url, identity, convention, place, own_template)
        if outgoing is not None:
            marks = [outgoing[0]]
    placement = None
    if not marks and utm and cut_fragment is None and not ours and not copy_of:
        placement = _placement_tag(fields, url, identity, place)
        if placement is not None:
            marks = [placement[0]]
    if not marks and utm and cut_fragment is None and not ours and not copy_of and cited:
        # last of the readings of whose the tags are: a site's outgoing tags or another channel's, named by the values,
        # say more than the page's publisher its line names (a digest's `| GitHub` title on Python Weekly's tags)
        from .copied_cited import cited_tag

        named = cited_tag(fields, url, identity, cited, convention, place)
        if named is not None:
            marks = [named]
            from ...identity import site_domain

            site = site_domain(_hostname(url))
            whose = (f"{site}'s own tags on a link to itself: the words around the link name {site} as the page's "
                     f"publisher (`{cited}`), so the link was copied from that page with the tags it carried "
                     f"(this repository, {identity.slug}, is not {site}'s): they credit {site}'s campaign")
    archived = None
    if not marks and copy_of and cut_fragment is None and not ours and not any(is_placeholder(f.value) for f in utm) \
            and not (own_hosts and _own_host("http://" + copy_of, own_hosts)) and identity is not None and not \
            _claims(identity, _site("http://" + copy_of), copy_of, ()):
        # (known only with the repository's identity: where it is unknown the page may be the team's own, and a copy's
        # tags do nothing, so no advice: urls.asset_kind)
        marks, archived = [utm[0]], copy_of
    covered: List[Field] = sorted({*utm, *marks}, key=lambda f: f.start) if marks or cut_fragment is not None else []
    removals: List[_Removal] = []  # every copied part of the link: one finding, one URL without all of them
    # An assistant's citation tag is a utm_source alone: the assistant appends it to the cited page's address and
    # writes no medium, campaign, content or term. Beside any of them the source is the team's own naming of a
    # placement (`utm_source=gemini&utm_campaign=Gemini-Extension-Launch`, its Gemini extension's link: stranger16
    # R4), whose other mistakes (no medium, capitals) are the team's to hear.
    own_tags = any(_escaped_name(f.name.strip().lower()).startswith("utm_") and
                   _escaped_name(f.name.strip().lower()) != "utm_source" for f in fields)
    for field in fields:
        name = field.name.strip().lower()
        if is_placeholder(field.value) or field in covered:
            continue
        if name in params:
            if not field.value.strip():
                continue  # `?gclid=` with no value names no visit: code building the link, the id appended later
            removals.append(_Removal((field,), *_visit_id_reason(field, name), "", None, True))
        elif recipient_token(field):
            removals.append(_Removal((field,), "id", (
                f"`{field.name}` is one e-mail recipient's token, copied along with the link out of the e-mail sent "
                f"to them: everyone who clicks it is taken for that person"), "", None, True))
        elif covered and name.startswith("utm_"):
            continue
        elif name == "utm_source" and field.value.strip().lower() in sources and not own_tags:
            removals.append(_Removal((field,), "assistant", (
                f"`utm_source={field.value}` is the tag an AI assistant adds to the links it cites: this link was "
                f"copied from its answer, and your visitors would be credited to it"), "", None, True))
        elif name.startswith("utm_"):
            glued = _GLUED.search(field.value)
            if glued is not None:
                start = field.value_start + _raw_index(url[field.value_start:field.end], glued.start())
                head = field.value[:glued.start()]
                problems.append(UrlProblem(
                    "copied-tracking", start, field.end,
                    f"`{field.name}={field.value}` runs into another URL (`{field.value[glued.start():]}`): two links "
                    f"were pasted together, and GA4 records the whole run as the value; end the value at `{head}` "
                    f"and put the other link where it belongs"))
    # A visit's own id copied with the link (`fbclid`, `_hsenc`) says the whole address is that visit's: the tags
    # beside it, which a reading alone would only hedge about, are that visit's too (stranger10 R9).
    beside_visit = bool(removals)
    if beside_visit and keyed and not covered:
        # in a campaign file the team's tags are its keys (`source:`), so utm tags in a `url:` beside a visit's id that
        # contradict them came with that visit: the URL to paste is without them too, as scan's (stranger11 R16: a
        # tweet's `utm_source=twitter` beside its fbclid, in a file saying `source: newsletter`). A tag agreeing with
        # its key, or one the file does not set for the link (`utm_content=hero`, no `content:`), is the team's own
        # value written in the URL, which scan keeps beside a click id too: only the id goes, and url-has-utm says
        # where the tag belongs (newuser46 F5: the safe fix deleted the link's only `utm_content`). But beside a tag
        # that contradicts its key, one the file does not set came with the same visit (a tweet's `utm_content=
        # thread_1` beside its `utm_source=twitter`): kept, url-has-utm would tell the team to adopt it (review47 F2)
        tags = [f for f in utm if not is_placeholder(f.value)]
        contradicted = any(_contradicts(f, keyed_values) for f in tags)
        beside = [f for f in tags if contradicted and (_contradicts(f, keyed_values) or _unset(f, keyed_values))]
        if beside:
            written = "&".join(f"{f.name}={f.value}" for f in beside)
            removals.append(_Removal(tuple(beside), "tags", (
                f"`{written}` came with the visit whose id is copied beside them (this file's own values are its "
                f"`source:`, `medium:` and `campaign:` keys): they credit that visit's campaign instead of yours"),
                "", None, True))
    if covered:
        if cut_fragment is not None:
            shown = f"`#{cut_fragment}`"
        else:
            shown = "`" + "&".join(f"{_escaped_name(f.name)}={f.value}" for f in marks) + "`"
        verb = "mark" if len(marks) > 1 else "marks"
        feed = f"the tags {shown} are those" if len(marks) > 1 else f"the tag {shown} is one"
        if maybe_own and not beside_visit:  # the URL alone cannot say whether the site is the team's: say both,
            # fix only with consent
            removals.append(_Removal(tuple(covered), "tags", (
                f"{feed} a site's own feed, share button or business listing writes into links to "
                f"its pages: copied from there, they credit that feed, share or listing instead of your campaign"),
                "(if the link goes to your own site and these are your feed's, share button's or listing's tags on "
                f"purpose, keep them and ignore UTM310 here: {IGNORE_COMMENT} at the end of the line)", "info", False))
        elif maybe_own:
            removals.append(_Removal(tuple(covered), "tags", (
                f"{feed} a site's own feed, share button or business listing writes into links to "
                f"its pages, and they came with that visit: they credit that feed, share or listing instead of your "
                f"campaign"), "", None, True))
        elif posted is not None:
            removals.append(_posted_removal(posted, shown, url, identity, tuple(covered), beside_visit))
        elif placement is not None:
            named, section = placement[0].value.strip(), placement[1]
            from ...linkplace import SECTION_WORDS

            if named.lower() in SECTION_WORDS:
                named, placed, own = f"the {named}", f"the {named}", f"the {named}'s own link to this page"
            else:  # a gated asset's marker (_gated_asset): the asset links the same page, it is no page of its own
                named, placed, own = "the gated asset", "a gated asset's placement (a report behind a form)", \
                    "the gated asset's own link to the same page"
            removals.append(_Removal(tuple(covered), "tags", (
                f"{shown} names {placed} as where the visit comes from, but this page is the {section} "
                f"({identity.slug}): most likely these are the tags of {own}, copied "
                f"along with it, and they credit {named} with this page's visits"),
                f"(if this link is meant to count as {named}'s, keep them and ignore UTM310 here: "
                f"{IGNORE_COMMENT} at the end of the line)", "warning" if beside_visit else "info", beside_visit))
        elif outgoing is not None:
            from ...identity import site_domain

            tagger, there = outgoing[1], site_domain(_hostname(url))
            removals.append(_Removal(tuple(covered), "tags", (
                f"{shown} names {tagger} as where the visit comes from, and neither {tagger} nor {there} is this "
                f"repository's site ({identity.slug}): most likely these are the tags {tagger} writes on the links it "
                f"sends its readers to, copied along with the link from its page, and they credit {tagger}'s campaign "
                f"instead of this page"), "" if beside_visit else
                f"(if {tagger} is your own site and these are your tags, list it in the config's `own-hosts` and "
                f"they are read as yours)",
                "warning" if beside_visit else "info", beside_visit))
        elif guessed_site is not None and not beside_visit:
            # the source opens with the site's name: the site's own tags, or the team's own naming of its placement
            # (`pixel_newsletter` on pixel.io, in a repository identity does not tie to pixel.io: stranger13 R1)
            removals.append(_Removal(tuple(covered), "tags", (
                f"{shown} {'opens with' if guessed_opens else 'is part of'} the name of {guessed_site}, and this repository ({identity.slug}) is not known "
                f"as {guessed_site}'s: most likely these are {guessed_site}'s own tags on a link to itself, copied "
                f"from its site along with the link, and they credit {guessed_site}'s campaign instead of yours"),
                f"(if {guessed_site} is your own site, list it in the config's `own-hosts` and its tags are read as "
                f"yours)", "info", False))
        elif archived is not None:
            from ...identity import site_domain

            shown = "`" + "&".join(f"{_escaped_name(f.name)}={f.value}" for f in covered) + "`"
            removals.append(_Removal(tuple(covered), "tags", (
                f"{shown} belong to the address this link is an archived copy of ({archived}'s page, as "
                f"{_hostname(url)} saved it): they were written for {site_domain(archived)} by whoever tagged that "
                f"address, and came along with it; a visit through the copy reaches {_hostname(url)}, not "
                f"{site_domain(archived)}'s analytics, so here they credit no campaign of yours"),
                "", "info", False))
        else:
            removals.append(_Removal(tuple(covered), "tags", f"{shown} {verb} {whose} instead of yours", "", None,
                                     True))
    if removals and copy_of:
        # the archive finds its copy by the whole address it saved: without the tags the link may find none, so no
        # removal is made without the user's consent
        removals = [r._replace(safe=False) for r in removals]
        removals[-1] = removals[-1]._replace(note=(removals[-1].note + " " + _ARCHIVE_NOTE).strip())
    if removals:
        problems.insert(0, _one_removal(url, removals, utm, cut_fragment is not None))
    return problems


def _contradicts(field: Field, keyed_values: Optional[Mapping[str, str]]) -> bool:
    """Whether a utm tag in a campaign file's `url:` says another value than the file's key for it (`utm_source=
    twitter` beside `source: newsletter`), case aside; every tag when the keys are not known."""
    if keyed_values is None:
        return True
    own = keyed_values.get(_escaped_name(field.name.strip().lower()))
    return own is not None and own.strip().lower() != _decode(field.value).strip().lower()


def _unset(field: Field, keyed_values: Optional[Mapping[str, str]]) -> bool:
    """Whether the file sets no key for a utm tag in its `url:` (`utm_content=hero`, no `content:`)."""
    return keyed_values is not None and keyed_values.get(_escaped_name(field.name.strip().lower())) is None


_ARCHIVE_NOTE = ("(this link is an archived copy of a page, which the archive finds by the whole address it saved: "
                 "without them it may find no copy; if the page is still online, link the page itself, without them)")


# How a hedged note says to keep the tags: a campaign file's comment; scan's judge writes the scanned file's own form
# (`<!-- utmlint: ignore[UTM310] -->` in Markdown and HTML, `// ...` in JavaScript: scan.notes.ignore_comment).
IGNORE_COMMENT = "`# utmlint: ignore[UTM310]`"


class _Removal(NamedTuple):
    """One copied part of a link (a visit's id, another channel's tags): the fields, why they go, a note on when
    they may stay, the finding's level (None: the rule's, error) and whether removing them is safe."""

    fields: Tuple[Field, ...]
    kind: str  # "id", "ads", "not-ga4", "assistant", "tags"
    why: str
    note: str
    severity: Optional[str]
    safe: bool


# A key naming one e-mail recipient's token or id (`emailToken`, `subscriber_id`, `recipient-hash`), and a value that
# is an opaque id: 16 letters and digits or more, a digit among them. Not a user's, a customer's or a member's id, nor
# an affiliate's `sub_id` (a publisher's own sub-tracking): those name no e-mail (`member_id=haskell`, a partner's).
_RECIPIENT_KEY = lazy_compile(r"(?:e-?mail|subscriber|recipient)[_-]?(?:token|id|hash|key|guid|uid)", re.IGNORECASE)


_OPAQUE_ID = lazy_compile(r"(?=[A-Za-z0-9_.-]*[0-9])[A-Za-z0-9_.-]{16,}")


def recipient_token(field: Field) -> bool:
    """Whether a query field is one e-mail recipient's token or id, written out (`emailToken=22620352_53fbb68a...`:
    1stdibs' newsletter link pasted into a theme's settings, corpus 10 #303): a link carrying it was copied out of
    an e-mail sent to that person, and credits them (as Mailchimp's `mc_eid` would). A placeholder the sending tool
    fills in (`{{subscriber_token}}`) is a template's, left alone; so is a short or word value (a partner's name)."""
    value = field.value.strip()
    return bool(_RECIPIENT_KEY.fullmatch(field.name.strip())) and not is_placeholder(value) and \
        _OPAQUE_ID.fullmatch(value) is not None


def _visit_id_reason(field: Field, name: str) -> Tuple[str, str]:
    """(kind, why) for a visit's id copied with the link (a click id, a subscriber id, a linker)."""
    if name in _NOT_GA4_KEYS:
        return "not-ga4", (f"`{field.name}` is not a key GA4 reads: {_NOT_GA4_KEYS[name]}, and it came along "
                           "when the link was copied")
    if name in _GOOGLE_ADS:
        return "ads", (f"`{field.name}` is Google Ads' id of one earlier ad click, copied along with the link: GA4 may "
                       f"file every visit from it under that ad click (Google Ads) instead of your utm values")
    return "id", (f"`{field.name}` identifies one earlier visit (an ad click, a subscriber, a share or the page a "
                  f"visitor came from), copied along with the link: everyone who clicks it is credited to that visit "
                  f"or person")


_LEVELS = {"info": 0, "warning": 1, None: 2, "error": 2}


def _names(fields: Sequence[Field]) -> str:
    from ...phrases import joined

    return joined([f"`{f.name}`" for f in fields])


def _one_removal(url: str, removals: List[_Removal], utm: Sequence[Field], cut: bool) -> UrlProblem:
    """One finding for every copied part of a link, its URL without all of them (stranger10 R9: one finding per
    copied part, each "remove it:" URL keeping the others, left copied tracking whichever was pasted)."""
    removals = sorted(removals, key=lambda r: r.fields[0].start)
    whys: List[str] = []
    for kind in dict.fromkeys(r.kind for r in removals):  # a visit's ids of one kind said once, together
        same = [r for r in removals if r.kind == kind]
        if kind in ("id", "ads") and len(same) > 1:
            ids = [f for r in same for f in r.fields]
            whys.append(f"{_names(ids)} identify one earlier visit (an ad click, a subscriber, a share or the page a "
                        f"visitor came from), copied along with the link: everyone who clicks it is credited to that "
                        f"visit or person" if kind == "id" else
                        f"{_names(ids)} are Google Ads' ids of one earlier ad click, copied along with the link: GA4 "
                        f"may file every visit from it under that ad click (Google Ads) instead of your utm values")
        else:
            whys.extend(r.why for r in same)
    fields = sorted({f for r in removals for f in r.fields}, key=lambda f: f.start)
    fixed = _without(url, fields)
    if cut:
        fixed = fixed[:fixed.find("#")] if "#" in fixed else fixed
    start, end = fields[0].start, (len(url) if cut else fields[-1].end)
    if any(f not in fields and start < f.start < end for f in utm):  # the link's own tags between two copied ids:
        end = removals[0].fields[-1].end  # the span stays off them (scan and validate_url read it as what is copied)
    them = ("them and the fragment" if cut else "them" if len(fields) > 1 or removals[0].kind == "tags" else "it")
    note = " ".join(r.note for r in removals if r.note)
    message = "; ".join(whys) + f"; remove {them}: {fixed}" + (f" {note}" if note else "")
    level = max((_LEVELS[r.severity] for r in removals))
    severity = next(s for s in ("info", "warning", None) if _LEVELS[s] == level)
    from ...diagnostics import Reason

    # the reason as data, for scan's inventory (`why`, and `copied` only when the fix takes a utm tag: review47 F4, F7)
    reason = Reason("; ".join(whys), any(_escaped_name(f.name.strip().lower()).startswith("utm_") for f in fields))
    if all(r.safe for r in removals):
        return UrlProblem("copied-tracking", start, end, message, fixed, severity=severity, reason=reason)
    return UrlProblem("copied-tracking", start, end, message, unsafe_fixed=fixed, severity=severity, reason=reason)


def _posted_removal(posted, shown: str, url: str, identity, covered: Tuple[Field, ...],
                    beside_visit: bool) -> _Removal:
    """copied-tracking's reading of another channel's tags (_posted_tags): a warning when the source names the
    network or tool (or a visit's id came with them), else a hedged note whose fix needs consent."""
    said, kind, platform, certain, claimed = posted
    from ...identity import site_domain
    from .copied_posted import _KIND_WORDS  # loaded by copied_tracking's reading (_posted_tags) before

    site = site_domain(_hostname(url))
    how, did, thing = _KIND_WORDS[kind]
    source = next((f for f in said if _escaped_name(f.name.strip().lower()) == "utm_source"), None)
    where = f" ({source.value.strip()})" if platform and source is not None else ""
    tags = f"the tags {shown} say" if len(said) > 1 else f"the tag {shown} says"
    if claimed:  # the team's own post's tags (_posted_tags), copied from the post into a page
        return _Removal(covered, "tags", (
            f"{tags} this link was {how}{where}: they were written for that {thing} (yours, if {site} is your "
            f"site), and this page is not it: a visit from this page would be credited to that {thing}"),
            f"(if this file is itself the {thing}, keep them and ignore UTM310 here: {IGNORE_COMMENT} at the end "
            f"of the line)", "warning", True)
    head = (f"{tags} this link was {how}{where}, and {site} is not this repository's site "
            f"({identity.slug}): ")
    if certain or beside_visit:
        return _Removal(covered, "tags", head + (
            f"these are the tags of whoever {did}, copied along with the link; a visit from this page is not from "
            f"that {thing}, and the tags credit someone else's campaign"),
            f"(if {site} is your own site, list it in the config's `own-hosts` and its tags are read as yours)",
            "warning", True)
    own = ("this is your own affiliate link" if kind == "affiliate" else
           f"this file is itself the {thing} that carries the link")
    return _Removal(covered, "tags", head + (
        f"most likely these are the tags of whoever {did}, copied along with the link, and they credit that {thing} "
        f"instead of this page"),
        f"(if {site} is your own site, list it in the config's `own-hosts`; if {own}, keep them and ignore UTM310 "
        f"here: {IGNORE_COMMENT} at the end of the line)", "info", False)


def _mentions(url: str) -> bool:
    """Whether the query can hold anything copied-tracking looks for (a fast no for most URLs, before its lists are
    read: a run whose links have no query never reads rules/copied-tracking.txt)."""
    if "?" not in url:
        return False  # no query at all (a `?` after `#` is in the fragment, which copied-tracking does not read)
    lowered = url.lower()
    return "utm" in lowered or any(name in lowered for name in tracking_data().params)


def _raw_index(raw: str, decoded_index: int) -> int:
    """The index in `raw` (percent-encoded) of the character at `decoded_index` of its decoded text."""
    if "%" not in raw:
        return decoded_index
    for index in range(len(raw) + 1):
        if len(_decode(raw[:index])) >= decoded_index:
            return index
    return len(raw)


@rule(code="UTM310", name="copied-tracking", severity="error", target="link", fix="safe/unsafe")
def copied_tracking_rule(link: Link, ctx: Context) -> Iterator[Report]:
    """The URL carries tracking copied from someone else's visit.

    ## What it does
    In short: a link copied from a browser's address bar, an e-mail, a post or a feed brings that visit's tracking
    with it. This rule says which parts were copied and gives the link without them. Its level says how sure it
    is: `error` for a visit's id or tags a marker names (a share button's, a platform's), `warning` for tags whose
    source names another channel (a social network, an e-mail tool), `info` (never fails a run) where the tags may
    be yours; a `warning` where they may be yours but have a mistake of their own (an Unassigned medium, capitals;
    not a missing key alone, which someone else's tags nearly always have: the note names it), since the link needs a change either way. `lint` fixes it in campaign files (`--unsafe-fixes` for an `info` note); `scan` gives the
    URL to paste in the message, without a fix.

    A visit's ids: ad click ids (gclid, gbraid, wbraid, dclid, fbclid, msclkid, ttclid, twclid, li_fat_id, ...),
    affiliate networks' click ids (Impact's irclickid, Rakuten's ranSiteID, ...), e-mail subscriber ids (_hsenc, _hsmi, mc_cid, mc_eid, ...,
    and one recipient's token written out, `emailToken=22620352_53fbb68a...`), Google's cross-domain linkers (`_gl`, Universal
    Analytics' `_ga`), share ids (igshid), Google's `srsltid`, a visit's `utm_referrer`, and the
    `utm_source=chatgpt.com` (`gemini`, `copilot.com`, ...) an AI assistant adds, alone, to the links it cites (beside
    a medium, campaign, content or term it is the team's own naming of a placement, judged as such). Values a platform fills in at send time
    (`mc_eid=*|UNIQID|*`) are its own tracking and left alone. `scan` reads a link carrying an ad click's, a share's or
    a subscriber's id (`gclid`, `fbclid`, `srsltid`, `igshid`, `mc_eid`, ...) even with no utm tag beside it.

    Someone else's tags, known by a marker (the lists, with their origins, are `rules/copied-tracking.txt`): a share
    button's or feed's (reddit's `utm_medium=web2x`, Patreon's copy link
    `utm_medium=clipboard_copy&utm_source=copyLink`, a feed's `utm_campaign=rss` with no other tag), an e-mail
    platform's (Eventbrite's
    `utm_source=eb_email`, also inside its `aff=`), a social scheduler's (Buffer, CoSchedule, HubSpot's
    `hss_channel`), a referral program's (Pinpoint), an ad's landing tags beside its click id or recorded by a
    redirect (`inbound_utm=utm_source=bing`), a newsletter's own
    outbound tags when the link names no campaign (`utm_source=nodeweekly&utm_medium=email`), a platform's automatic
    form on a link to its own host (godoc's redirect `utm_source=godoc` on pkg.go.dev, LinkedIn's bare
    `utm_source=share` on linkedin.com: the same value on a link to another site is the team's own), or a share
    button's fragment (AddThis's `#.Uupx3qddN-w.reddit`). An embed code the platform hands out to be pasted whole
    (`rules/platform-written-tags.txt`: Instagram's `utm_source=ig_embed&utm_campaign=loading`) is no one's share: its
    markers yield to it, and a visit's id beside it is still reported.

    A newsletter's campaign: a known newsletter's source with a medium and a campaign
    (`utm_source=tldrnewsletter&utm_medium=newsletter&utm_campaign=tldr-0301`) on a link to another site than the
    team's, the team's site known (`own-hosts`, or the site `scan` reads the repository is published on: its CNAME), is
    that newsletter's whole tag set, copied with its issue's link to a third party's article; a slot the team bought
    sends readers to its own site, and a campaign file's key names the team's own campaign.

    A site's own tags: `utmlint scan` knows whose repository it reads (its git remote, CNAME, package.json, a site
    generator's config). A link whose utm_source names the site it goes to (`desktop.docker.com/...?utm_source=docker`
    in Portainer's repository), or opens with its name (`leadback.ru/?utm_source=leadback_widget`) or is its name
    with a word of its domain left off (`thataicollection.com/...?utm_source=aicollection`, 6 letters or more; either
    said as a hedged note, no value naming the repository) or whose utm_medium is its domain (`utm_medium=GOV.UK`),
    carries that site's tags, copied from it (not in the site's own repository, not on a user's page of a platform,
    a GitHub repository's, where `github` names the placement, not for a source on GA4's lists such as `google`, not
    for a site's own snippet); a platform's share tags in its own repository are its own.

    The tags a site's feed or business listing writes into links to its pages
    (`utm_medium=feed`, a Google Business Profile's `utm_source=gmb`) are the team's own in that site's repository;
    where the repository is unknown (a campaign file, `build --validate`, a scan outside git), and for a share link
    naming its sharer (Substack's `r=...&utm_campaign=post`), the finding says both readings, at `info`.

    Another channel's tags (`scan` only): a utm_source naming a social network, a chat or an e-mail tool (`twitter`,
    `reddit.com`, `Discord`, `substack`, `ActiveCampaign`, `customer.io`: the `[posted]` list and GA4's social
    sources) says the link was posted on that network or sent in that e-mail, and a repository's page is neither. On
    a link to a site that is not the repository's, whose values name nothing of it, the tags were copied with the
    link (`gizmodo.com/...?utm_source=twitter` in a podcast's show notes): a warning. A network's name run together
    with another (`gizmodo_twitter`, `slack-uswds`), a utm_medium alone saying so (`social`, campaign or not;
    `email` with no campaign; a network's very name, `utm_medium=Twitter`), a campaign alone naming the network or
    tool (`utm_campaign=socialflow_gizmodo_twitter`), or a value naming a share (Stack Overflow's
    `utm_source=social-share`, The Next Web's `utm_campaign=OGshare`) is a hedged `info` note: the tags may be the
    team's own naming, or the file itself that post or e-mail. In a comment, which no visitor follows, no hedged
    note is given.

    A paid medium (`cpc`, `paid-social`: GA4's paid mediums) is read as another channel's by none of these: the link
    was made for an ad, and a team's own ads plan lists its ads' links so (`utm_source=facebook&utm_medium=
    paid-social` to its own site, whatever its repository is named); someone else's ad copied from a visit is told by
    its click id (`fbclid`), as above.

    Hedged too: a network's very name with a social medium whose campaign is another's and only a detail names the
    repository (`utm_source=discord&utm_medium=social&utm_campaign=beta_promo&utm_content=svelte`: a promotion
    posted in the project's community, copied into its blog; a campaign naming the repository is a sponsor's own
    placement, left alone), a product's digest e-mail (`utm_source=digest_mailer&utm_medium=email`) on a page's
    link (in an e-mail template, the e-mail's own), and another newsletter's name (`utm_source=CSS-Weekly&utm_medium=
    email`) in an e-mail or a newsletter's archive, when it names neither the repository nor the site the link goes
    to and the file does not write it on links to two or more sites (there it is the e-mail's own). A newsletter's
    name the file's title or path holds (`utm_source=builders-weekly` in an issue titled "Builders Weekly #43"), or
    that an e-mail or an archive's issue writes on two or more different links, is the file's own newsletter's,
    wherever its links go (a team's site is often named otherwise than its GitHub organisation): judged as its tags.

    A site's outgoing tags (`scan` only): a utm_source written as a domain with a website's medium
    (`utm_source=listennotes.com&utm_medium=website` on an indiehackers.com link) names the site that tagged the
    link, as a site tags the links it sends its readers to. When it is neither the repository's site nor the
    link's, nor where the file is read or listed (`github.com`, `wordpress.org`, a store), and the campaign does not
    name the link's site, those are its outgoing tags, copied from its page: a hedged note too, whose way out is the
    config's `own-hosts` (a utm_source naming a host listed there is the team's own outgoing tag).

    An archived copy (`scan` only): a Wayback Machine link to another site's page (`web.archive.org/web/2015.../
    http://evento.esri.es/...?utm_source=home-esri-es`) carries the tags of the address the archive saved, that
    site's or whoever linked it; a visit through the copy reaches no one's analytics. An `info` note, and on any
    finding about an archived copy the removal needs consent: the archive finds its copy by the whole address.

    A hedged note holds back no mistake: it names the findings the other rules have on the same tags (a missing
    campaign, an Unassigned medium), and an ignore of UTM310 on the line (`utmlint: ignore[UTM310]`: "these tags are
    mine") lets those rules speak in full.

    Left alone: a link to the repository's own site or to a host the config's `own-hosts` names (or whose utm_source
    names one, the team's outgoing tags), the team's store
    and event pages named for it, tags naming the repository (a sponsor's `utm_campaign=htmx`, a newsletter's
    `utm_source=haskellweekly`), a campaign the file also writes on a link to the team's site, `utm_source=github`
    (where the reader is), one tag set the file writes on links to two or more sites (its own e-mail's), an e-mail
    template's links (`email/`, `newsletter/`, `transactional/`, an `.mjml` file), a folder of social posts, of
    the network the tags name (`instagram/`) or of the team's campaigns, a site the file tags for two or more
    channels (a launch plan), a program's code and its tests (not a data module in code, `Podcasts.data.ts`), a
    share link carrying another URL (`?url=`), and any link whose repository is not known for the another-channel
    reading (a campaign file, `build --validate`, one URL alone).

    One link, one finding: a link's copied parts (a visit's `_hsenc` and `_hsmi`, the tags copied with them) are
    one finding, whose URL is the link without all of them; beside a visit's id, tags a reading alone would only
    hedge about are that visit's too. No other rule completes or respells tags this rule reports (one mistake,
    one finding: a visit's copied `_ga=` comes with that visit's tags). In a campaign file, whose own values are its
    keys (`source:`), a utm tag in a `url:` beside a visit's id that contradicts them (`utm_source=twitter` beside
    `source: newsletter`) is that visit's, and url-has-utm leaves the keys this rule reports to it (a hedged note
    gives way to url-has-utm's certain "remove it from `url:`"); one agreeing with its key, or one the file does not
    set (`utm_content=hero` with no `content:`), is the team's own: only the visit's id is removed, and url-has-utm
    says where the tag belongs. Beside a tag that contradicts its key, one the file does not set came with the same
    visit and goes too (a tweet's `utm_content=thread_1` beside its `utm_source=twitter`).

    A file of other people's links (`scan`): a file that collects them (a dataset of scraped pages, a backlog of
    links found elsewhere: at least 3 links to at least 3 unrelated sites with 3 different utm_source values, none
    naming the repository nor repeated across sites, though a social network's or an e-mail tool's name repeated
    is still someone else's, beside any number of the file's own links) has each of those links reported here once,
    as `info` and without a fix: a record of other people's links is correct as it is (keep the tags if the file
    records those links, remove them if you publish the link as your own; utmlint/scan/collection.py).

    Also reports a utm value with another URL glued onto it (`utm_source=Customer.iohttps://example.com/`), which
    needs a person to cut it.

    ## Why is this bad?
    Everyone who clicks the link is credited to that one ad click, subscriber or assistant: a `gclid` can make
    GA4 file the visit under Google Ads whatever your utm values say, and a subscriber id ties every reader to
    one person's profile.

    ## Example
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://example.com/sale?gclid=Cj0KCQiA
        content: hero
    ```

    ## Use instead
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://example.com/sale
        content: hero
    ```
    """
    if link.is_web:
        yield from _report(link, ctx, _copied_in_context(link, ctx))


def _copied_in_context(link: Link, ctx: Context) -> List[UrlProblem]:
    """copied_tracking on a link, read with everything the run knows: whose repository, the file's convention and
    place, the config's `own-hosts`, whether the values are a campaign file's keys. One reading for UTM310 and for
    the rules that give way to it (utm-useless-destination: stranger13 R6, read without the file's place it saw a
    copy UTM310 did not report, and neither finding was given)."""
    return copied_tracking(link.url.strip(), getattr(ctx.config, "identity", None),
                           getattr(ctx.config, "file_convention", frozenset()), getattr(ctx.config, "link_place", ""),
                           getattr(ctx.config, "own_hosts", None) or (),
                           keyed=any(k.startswith("utm_") for k in link.params),
                           planned=getattr(ctx.config, "link_planned", False),
                           own_campaign=getattr(ctx.config, "link_own_campaign", False),
                           own_template=getattr(ctx.config, "link_template", False),
                           published=getattr(ctx.config, "link_published", True),
                           own_letter=getattr(ctx.config, "link_own_letter", False),
                           cited=getattr(ctx.config, "link_cited", ""),
                           keyed_campaign="utm_campaign" in link.params, keyed_values=link.params,
                           slot_elsewhere=getattr(ctx.config, "link_slot_elsewhere", False),
                           off_site=getattr(ctx.config, "link_off_site", False))


def _site_domain(url: str) -> str:
    from ...identity import site_domain

    return site_domain(_hostname(url))


def _newsletter_elsewhere(url: str, fields, own_hosts: Sequence[str], off_site: bool) -> bool:
    """Whether a link tagged with a newsletter's name as its source goes to another site than the team's, the team's
    site known (review47 F8): the config's `own-hosts` names it, and neither the link's host nor its utm_source is one
    of them; else the repository's published site (`off_site`: its CNAME, a site generator's config) is another. Not
    by the repository's name alone: a team's site is often named otherwise than its organisation, and its own slot's
    link stripped as copied would lose the team's attribution. A code host's or a network's page is everyone's site
    (`github.com/...`): left as before."""
    from ...channels import source_category
    from ...identity import site_name
    from .copied_owner import _own_host
    from .copied_outgoing import _source_own_host
    from .copied_posted import read_here

    host = _hostname(url)
    if not host:
        return False
    name = site_name(host)
    if read_here(name) or source_category(name) is not None:
        return False
    if own_hosts:
        return not _own_host(url, own_hosts) and not _source_own_host(fields, own_hosts)
    return off_site


def _bought_slot(url: str, place: str, keyed_campaign: bool, own_hosts: Sequence[str],
                 slot_elsewhere: bool = False) -> bool:
    """Whether a newsletter's name as the link's utm_source (_newsletter_tag: `utm_source=changelog-news` with no
    campaign in the URL) is the team's own naming of a slot it bought in that newsletter, not the newsletter's tags
    copied with a link it featured: the link is in a campaign file whose key names its campaign (`campaign:
    changelog-q1`, lint: the URL need not write it), or in a file of the team's own campaigns and placements (scan's
    campaign place: `marketing/`, `docs/sponsorships.md`), and does not go to another site than the team's (with
    `own-hosts` set, a link to none of them is a copy: the newsletter's tags on a page it featured; so is a link to a
    code host's or a network's page, `github.com/...?utm_source=tldrnewsletter`, everyone's site). A team buying a
    slot names the newsletter as its source, the value the newsletter writes on its own links (review44 F14: `lint
    --fix` deleted it as copied). A link copied from a newsletter into a README, a post or a page is told as before, and
    so is one in a note of the campaign place that cannot be a slot (`slot_elsewhere`): a team's slots send their
    readers to its own site, one site; a reading list of links copied out of newsletters (`marketing/notes/
    reading-list.md`: linear.app's, lennysnewsletter.com's, `?utm_source=tldrnewsletter`) sends them everywhere, or to
    another site than the one the team's CNAME names, and its tags are the newsletters' (review45 F2: they were told to
    add a medium and a campaign). A campaign file's key (`keyed_campaign`) is the team's own structure, not a note:
    kept whatever its other links."""
    if not keyed_campaign and (place != "campaign" or slot_elsewhere):
        return False
    from ...channels import source_category
    from ...identity import site_name
    from .copied_posted import read_here

    site = site_name(_hostname(url))
    if read_here(site) or source_category(site) is not None:
        return False  # a code host's or a network's page (github.com, youtube.com): everyone's, not the team's site
    if own_hosts:
        from .copied_owner import _own_host

        return _own_host(url, own_hosts)
    return True


def _copied_tags(link: Link, ctx: Context) -> bool:
    """Whether copied-tracking reports the link's utm tags (someone else's): that rule's finding is the one."""
    url = link.url.strip()
    for problem in _copied_in_context(link, ctx):
        if re.search(r"(?:^|[?&#])utm", url[max(0, problem.start - 1):problem.end], re.IGNORECASE):
            return True
    return False
