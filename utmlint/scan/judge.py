"""The rules on scanned links, through the same registry `lint` uses.

Each tracked URL becomes, in memory, a one-link campaign (scan.synthetic) whose `source:`, `medium:`, ... are the URL's
utm values and whose `url:` is the URL itself; the campaign and link rules run on it unchanged (value rules,
GA4 channel, source-domain-style, the URL rules), and every finding is mapped back to where the URL, key or
value is written in the scanned file. Rules that speak about campaign-file structure (YAML and schema,
steps, `url-has-utm`, in-product links) do not apply to a link in a document and are not run.

Placeholders (`{{ x }}`, `*|X|*`, `${x}`, ...) stand for text filled in later: a value that is wholly a placeholder is
not judged, and a URL whose host is a placeholder is judged on a stand-in host whose own findings (invalid, insecure,
shortener) are dropped. A placeholder source or campaign does not silence medium-unassigned on a written medium
(the message says what the placeholder could change); a placeholder medium leaves the channel unjudged. A relative link (`/pricing?utm_source=x`) points into the site that shows it: only the
URL rules judge it (utm-internal-link says its tags should go), not the value rules.

Whose tags a link carries is read with scan.snippets (a site's or a programme's own), scan.illustrations (an example,
a pattern) and scan.own_site (a link to the site itself); a file's one note is worded by scan.notes, a rule's message
on a URL by scan.wording.
"""

from __future__ import annotations

import bisect
import re
from typing import Callable, Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple, Union

from ..diagnostics import Diagnostic, Edit, Fix
from ..model import KEY_FOR_PARAM
from ..checks.tracking.key_unknown import campaign_tagged, misspelled_keys, mistyped_prefix
from ..checks.tracking.second_question_mark import cut_address, escape_hides_keys, swallowed_keys
from ..checks.destination_limits import limit_for
from ..checks.tracking.fields import relative_path
from ..urls import ARCHIVED_COPY, asset_kind, maybe_play, split_url
from . import Occurrence
from .collection import is_data_set
from .examples import NAMED_IN_CELL, NAMED_IN_PLAN
from .copies import NO_PUBLISHER, Publisher, publishers_link
from .core import PLACEHOLDER, liquid_store_address_head, php_site_address_head
from ..placeholders import fill_in_note
from .illustrations import (DOCUMENTATION_HOST, EXAMPLE_KEEPS, EXAMPLE_MOOT, LABEL_REACH, demo_deployment, example_host,
                            labelled_format)
from .notes import (CODE_COMMENT, COMMENTED_OUT, IGNORE_HERE, CopyHeld, collects, copy_said, escaped_records_said, ignore_comment, naming_copy_held,
                    naming_held, set_aside_said)
from .byline import CITED_WORK, LISTED_ENTRY
from .own_site import (fed_out, names_an_outside_channel, on_linked_host, on_site, page_address, sent_elsewhere,
                       site_navigation_tag, site_own_tags, template_piece)
from .platform_tags import on_domain
from .snippets import ReferralLink, first_values, listing_badge, referral_field, referral_owned, weblate_widget
from .synthetic import (STAND_IN, TOKEN, URL_COLUMN, Field, Synthetic, build, campaign_document, encode_like,
                        hash_cut_end, host_end, literal_slots, page_origin, play_referrer, query_fields, unmask)
from .wording import escaped_in_markup, hash_cut_message, once_moved, url_speak

# Rules about the campaign file itself, or meaningless for one link written in a document.
NOT_FOR_SCAN = ("UTM0", "UTM301", "UTM104", "UTM5")
REPO_PREFIX = "UTM6"
_HOST_RULES = ("UTM302", "UTM303", "UTM305")  # judged on the stand-in host: not the link's
_CHANNEL_RULES = ("UTM102", "UTM107", "UTM108", "UTM109", "UTM110", "UTM111")  # need real source and medium values
_UNASSIGNED = "UTM102"  # medium-unassigned
# A URL that opens with a name (a template literal's `${...}`, a format's `{...}`) right before a query's `&`: the name
# stands for an address whose query is open, so the keys it holds are the link's too
_HEAD_IN_QUERY = re.compile(r"\$?\{([^{}\s]+)\}&")
_CHARSET = "UTM204"  # value-charset
_WHITESPACE = "UTM202"  # value-whitespace
COPIED_TRACKING = "copied-tracking"
OWN, SNIPPET, OTHER = "own", "snippet", "other"  # whose tags a link carries (Judge.whose)
_HTML_ESCAPED = "UTM309"  # url-html-escaped
_IN_FRAGMENT = "UTM306"  # utm-in-fragment
_FRAGMENT_RULES = ("UTM304", _IN_FRAGMENT)  # url-fragment-order, utm-in-fragment
_CHANNEL_INTENT = "UTM109"  # medium-channel-intent
_INTERNAL_LINK = "UTM311"  # utm-internal-link
_KEY_UNKNOWN = "UTM308"  # utm-key-unknown (a made-up key, `utm_campaign-type`, hides no missing key)
# Judge.judge's `comment` for a link in a code comment, and in commented-out code: scan.notes says what each is
_COMMENTED = (CODE_COMMENT, COMMENTED_OUT)
_HIDES_KEYS = (_HTML_ESCAPED, _KEY_UNKNOWN)  # url-html-escaped (`&#38;`), utm-key-unknown: the "missing" key is written
_OVERRIDES = "UTM110"  # source-overrides-medium
# Where GA4 would file a link's tags once they are moved out of the fragment (medium-unassigned, medium-channel-intent,
# source-overrides-medium), and a key the moved tags still lack (missing-utm-param: `#utm_source=a&utm_medium=b` has
# no campaign, stranger12 R12): said beside the fragment rule, worded for the move, so one fix does not hide the next.
_ONCE_MOVED = (_UNASSIGNED, _CHANNEL_INTENT, _OVERRIDES, "UTM101")
_RESPELLINGS = ("UTM201", "UTM202", "UTM203")  # value-case, value-whitespace, value-separator
_SECOND_QUESTION = "UTM313"  # url-second-question-mark: its fix writes `&` for one `?`
_COPIED_CODE = "UTM310"  # copied-tracking
_PLACEHOLDER = "UTM314"  # utm-placeholder-unfilled
_USELESS = "UTM316"  # utm-useless-destination
_PII = "UTM312"  # pii-in-url
_VOCABULARY = ("UTM105", "UTM106")  # source-not-allowed, medium-not-allowed: the team's `sources`, `mediums`
# medium-unassigned's note on the team's `mediums` list ("(`social` and `sms` are not on the team's `mediums` list: add
# them if your links are placed there)"): not said on the team's outgoing tags, whose rows are another site's GA4's
_TEAM_LIST_NOTE = re.compile(r" \([^()]*not on the team's `mediums` list[^()]*\)")
# pii-in-url's words for what a merge tag fills in (checks.tracking.pii: an address, a name, a phone), said of an
# e-mail template
_MERGE_FILLED = re.compile(r"the recipient's ([a-z -]+?) \(filled in when it is sent\)")
# a slot the code fills at run time (a JavaScript template literal's `${data.email}`, Ruby's `#{user.email}`, a
# literal joined around an expression): not a merge tag an e-mail platform fills in when it sends
_CODE_SLOT = re.compile(r"^(?:\$\{|#\{|['\"]\s*(?:\+|\.|<>))")
# in a program's source (linkplace.CODE_SUFFIXES), one pair of braces is the language's own slot too: a Python f-string's
# or `.format`'s `{user.first_name}`, C#'s `$"...{name}"`, Rust's `format!` (review43 F5); `{{...}}` stays a merge tag
# the program hands to its e-mail platform
_FORMAT_SLOT = re.compile(r"^\{(?!\{)[^{}]+\}$")
# What stays beside utm-useless-destination: the rules about the URL itself (http, invalid, shortener, copied
# tracking, an e-mail address), none about its tags, which nobody reads on that destination.
_ABOUT_THE_URL = ("UTM302", "UTM303", "UTM305", "UTM310", "UTM312", _USELESS)
# Advice about a link's utm tags (reorder, move, dedupe, respell a key, write `&` for `?`, say nobody reads them): on
# a collection's link whose tags are someone else's (scan.collection) it is not the team's to follow.
_TAGS_RULES = ("UTM304", "UTM306", "UTM307", "UTM308", "UTM311", "UTM313", "UTM314", "UTM315", _USELESS)
_STAND_IN_URL = re.compile(re.escape(STAND_IN) + r"[^\s`]*")
_REMOVE_STAND_IN = re.compile(r"(remove (?:them|it)(?: and the fragment)?): " + re.escape(STAND_IN) + r"[^\s`]*")
_NEWLINE = re.compile(r"\n")


def _moved_out_of_fragment(url: str) -> Optional[str]:
    """The URL with its fragment's utm tags read as its query, when utm-in-fragment moves them there (the query has
    none of its own): its `#` written `?` (or `&` after a query), so every value stays where it is written. A hash
    route's (`/#/signup?utm_source=...`, a single-page app's page) `#` is written `/`: the route reads as the path,
    its `?` starts the query (stranger12 R12); behind a query of the page's own, not judged (None)."""
    from ..checks.tracking.in_fragment import utm_in_fragment

    hash_at = url.find("#")
    if hash_at == -1 or not any(p.fixed for p in utm_in_fragment(url)):
        return None
    question = url.find("?", hash_at)
    if question != -1 and not url[hash_at + 1:question].lower().startswith("utm"):  # `#/signup?utm_...`
        return None if "?" in url[:hash_at] else url[:hash_at] + "/" + url[hash_at + 1:]
    return url[:hash_at] + ("&" if "?" in url[:hash_at] else "?") + url[hash_at + 1:]


def tags_rule(code: str) -> bool:
    """A URL rule whose advice is about the link's utm tags (not given on someone else's: scan.collection)."""
    return code.startswith(_TAGS_RULES)


def applies_to_scan(code: str) -> bool:
    return not code.startswith(NOT_FOR_SCAN) and not code.startswith(REPO_PREFIX)
_NEUTRAL_URL = STAND_IN + "/"  # the values pass judges values only, on a URL with nothing to say


class LineIndex:
    """Character offset -> (line, column) in a text, 1-based."""

    def __init__(self, text: str):
        self.starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]

    def pos(self, offset: int) -> Tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


# A link written from its host on, without a scheme (`www.canva.com/design/<id>/view?utm_...`: Canva's embed credit
# written `https:&#x2F;&#x2F;www.canva.com...`, whose escaped slashes hide the scheme from the extractor; Markdown
# autolinks `www.` the same way): the host is written, as the `www.` says.
_BARE_WWW = re.compile(r"(www\.(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})(?=[/?#]|$)")


def _host_not_written(url: str) -> bool:
    """The link's address comes from elsewhere: a query suffix (`?utm_source=x`) or a URL that starts with a
    placeholder (`${photo.user.links.html}?utm_...`). Not `https://mercuryo.io${path}?...`: that host is written."""
    if url.startswith("?"):
        return True
    match = PLACEHOLDER.match(url)
    return match is not None and url[match.end():match.end() + 1] in ("", "?", "&", "/", "#")


# a page of prose, whose sentences name what its links cite (Judge._cited): Markdown, reStructuredText, AsciiDoc, Org,
# text, HTML, or a file named without a suffix (`README`)
_PROSE = re.compile(r"(?i)(?:\.(?:md|mdx|markdown|mkd|rst|adoc|asciidoc|org|txt|html?)|(?:^|/)[^./]+)$")


class Judge:
    """Runs the scan rules on occurrences in two memoised passes: the value rules on the utm values (a docs
    tree repeats the same few), the URL rules on the URL; findings are mapped back to the file."""

    def __init__(self, linter, own_hosts: Sequence[str] = ()):
        import copy

        self.linter = linter
        self.own_hosts = tuple(h.lower().lstrip(".") for h in own_hosts)
        from .platform_tags import platform_written_tags

        self._written_hosts = tuple({entry.host for entry in platform_written_tags()})
        self._unknown_host = tuple(entry for entry in platform_written_tags() if entry.unknown_host)
        self._own_memo: Dict[str, bool] = {}
        self.values_own = False  # whether the last link judged had its values judged as the team's (judge)
        self.values_read = False  # or judged as the team's example's (judge)
        self.values_pattern = False  # or read as a guide's pattern, its values slots (`utm_source=SOURCE`: judge)
        # whether the last link judged was read as the team's (OWN after judge's own readings: the site's own repository,
        # the file's own tagging), None when judge returned before reading it: the repo-wide spellings follow it
        self.last_own: Optional[bool] = None
        self.set_aside = ""  # why the last link judged, the team's own, had its values set aside unjudged (judge)
        # and, for the inventory's `why` (scan.notes.aside_why), the reading that returned before judging its values
        # when no note says it: (kind, what it names), an example host's link, an asset's, a script's request
        self.held_back: Tuple[str, str] = ("", "")
        self.value_linter = copy.copy(linter)
        self.value_linter.by_target = {t: [r for r in rules if not r.code.startswith("UTM3")]
                                       for t, rules in linter.by_target.items()}
        self.url_linter = copy.copy(linter)
        self.url_linter.by_target = {t: [r for r in rules if r.code.startswith("UTM3")]
                                     for t, rules in linter.by_target.items()}
        self._values_memo: Dict[tuple, tuple] = {}
        self._url_memo: Dict[str, tuple] = {}
        # the tag sets the file being judged writes on links to sites its source does not name (set per file by
        # scan.run and validate_url: checks.tracking.copied_file.file_convention): copied-tracking's destination test
        # reads it
        self.file_convention: FrozenSet[Tuple[str, str, str]] = frozenset()
        # what the file being judged is (linkplace.link_place: an e-mail template's links are that e-mail's),
        # set per file as file_convention is: copied-tracking's reading of another channel's tags reads it
        self.file_place = ""
        # the family of the file's kind (scan.family_of: "markdown", "rest", ...), set by validate_url, whose one URL is
        # read as plain text: a link's own occurrence says it in scan (Occurrence.family)
        self.file_family = ""
        # the file is a page the site publishes, naming no print or radio placement (linkplace.published_page): only
        # there is a placement's `utm_medium=print-radio` copied from it (checks.tracking.copied_posted._posted_tags)
        self.file_published = True
        self.file_funding = False  # the file is GitHub's FUNDING.yml (linkplace.funding_file): the owner's sponsor button
        # the file's path names a list of sponsors, backers or supporters (scan.placement.placement_file: `SPONSORS.md`,
        # `docs/data/sponsors.yml`): its links to other sites are those parties' placements
        self.file_placement = ""
        # a folder of the file's path says it holds another party's pages or code (scan.placement.third_party_folder:
        # `third-party-docs/`, `third_party/`): its links to other sites carry that party's tags
        self.file_third_party = ""
        # the party a template component's name says its banner is for (scan.partner_tags.banner_file:
        # `MadVueBanner.vue`)
        self.file_banner = ""
        # the product the file is a list's entry for, (its name, its site's host), its front matter naming both
        # (scan.byline.listed_entry: jamstack.org's `headless-cms/gridly.md`, `title: Gridly`, `homepage:
        # https://www.gridly.com/`)
        self.file_listed: Tuple[str, str] = ("", "")
        # the file is a hosting redirect table (scan.manifest.redirect_table: `_redirects`, `netlify.toml`), whose
        # short addresses may be named for the party they lead to (redirect_named_for)
        self.file_redirects = False
        # what the text around the one link being judged says, when a caller without the file's text read it there
        # (validate_url's `placement`: its headings above, nearest first, and its own line, scan.placement's
        # headings_above and own_line), judged by placement_said as scan judges the text it reads; None: no reading
        self.link_placement: Optional[Tuple[Sequence[str], str]] = None
        # and the tag sets the whole file writes on links to two or more sites, read with it (file_convention over every
        # link scan extracts from the file, where the caller knows only some of them): the file's own tagging
        self.link_convention: FrozenSet[Tuple[str, str, str]] = frozenset()
        # and the link's sentence in its paragraph (scan.placement.link_sentence), read with it; None: not read
        self.link_sentence: Optional[str] = None
        # the tag sets the file writes on links to two or more sites that read a visit's tags (file_convention's
        # `read_only`: a platform's page, a YouTube video, is no second site), its own tagging to the placement reading
        # (set per file as file_convention is)
        self.placement_convention: FrozenSet[Tuple[str, str, str]] = frozenset()
        # the file's path names partners (scan.partner_tags.partners_page: `partners.js`): the repository's own list of
        # its partners, whose links it tags itself, so a partner word in their tags is no partner programme's
        self.file_partners = False
        # the file's links as scan read them, (url, start) (scan.run): the team's own tag set written after a sponsors
        # list and outside any placement (Judge._own_after_list)
        self.file_links: Sequence[Tuple[str, int]] = ()
        self._links_by_tags: tuple = (None, {}, {})  # file_links, its links by site and tag set, those placed nowhere
        # the file is a guide or a sheet that may write a slot in capitals (`post-SLUG`: checks.values.slot_sheet)
        self.file_slots = True
        # each utm_source the file's links write, with how many write it (suggest.file_sources): a respelling follows
        # the spelling of the same source the file's other links write (suggest.file_spelling)
        self.file_sources: Tuple[Tuple[str, int], ...] = ()
        # and the sites it tags with two or more sources (checks.tracking.copied_file.planned_sites): a team's plan of
        # its own posts
        self.file_planned: FrozenSet[str] = frozenset()
        # and the sites its links tagged as a newsletter's issue go to (copied_marks.letter_sites): two or more, a note
        # quoting newsletters' links, whose tags are no slot the team bought (copied._bought_slot)
        self.file_letter_sites: FrozenSet[str] = frozenset()
        # and the campaigns it writes on links to the repository's own site
        # (checks.tracking.copied_file.own_campaigns): a link to another site carrying one is the team's own tagging
        # (its shop, its event page), read as a campaign file's
        self.file_campaigns: FrozenSet[str] = frozenset()
        # and the networks or e-mail tools its path names (linkplace.named_networks: `community/slack/`): a link whose
        # utm_source names the same one is that network's post or that tool's e-mail, the team's own
        self.file_networks: FrozenSet[str] = frozenset()
        # and the names of its own newsletter its utm_source values give (checks.tracking.copied_file.own_letters: its
        # title or path names it, or its archive tags two or more links with it): that newsletter's tags are the file's
        # own
        self.file_letters: FrozenSet[str] = frozenset()
        # and the host of the site it is a page of (linkplace.site_page of a repository named for its domain,
        # site_of_repository), or "": a link to that very host goes from the site to itself, as a relative link does
        self.file_site = ""
        # and the hosts its site's Google tag measures as one property with it (identity.linked_hosts: the linker's
        # `domains`), when the file is shown on the site (linkplace.rendered_on_site), else (): a link to one goes
        # from the site into the same property, as a link to itself does
        self.file_linked: Tuple[str, ...] = ()
        # the site a component of its template is rendered on (linkplace.rendered_on_site: `src/components/Footer.tsx`
        # of a repository whose CNAME names acmeflow.com), asked only for tags naming the site's navigation (newuser43 F5)
        self.file_template_site = ""
        # the URLs the name a template link opens with stands for, when the caller read them from the file
        # (validate_url's `opening_bases`); None: read from the file's text (scan.core.opening_bases)
        self.known_bases: Optional[Tuple[str, ...]] = None
        # whether a relative template link's every tag is filled from the page's own address with the same key, when
        # the caller read it from the file (validate_url's `forwarded`); None: read from the file's text
        # (scan.own_site.forwarded_tags)
        self.known_forwarded: Optional[bool] = None
        # a list publisher whose links the file copies (its site, referral source, listing source: copied_publisher)
        self.file_publisher: Publisher = NO_PUBLISHER
        self.file_page = False  # the file is a site's page (linkplace.site_page): its navigation links are internal
        self.file_rows = False  # the file holds a database's rows (scan.stored_rows): the HTML of pages an app renders
        self.file_content = False  # the file keeps its site's content as data (linkplace.site_content)
        # a web app's page whose site is known only from the app's root layout (identity.app_host: newuser49 F3)
        self.file_app_page = False
        # and the hosts it writes each tag set on (tag_hosts): a platform's snippet tags the file also writes on links
        # to other sites are its own tagging (own_tagging)
        self.file_tag_hosts: Dict[Tuple[str, str, str], FrozenSet[str]] = {}
        # and the tagged links it writes both with and without the `/` ending their path, the same tags on each: an
        # illustration of how one address can be spelled (spelled_twins)
        self.file_twins: FrozenSet[str] = frozenset()
        # and its query-only patterns whose placeholders it fills in other queries (filled_patterns): a guide's
        self.file_patterns: FrozenSet[str] = frozenset()
        # the text before the URL on its line, when the caller gives the line apart from the text judged (validate_url's
        # `line`): a link sheet's `Format:` label (labelled_format)
        self.line_before = ""
        # the file's other links, where a caller without its text knows them (validate_url's `file_urls`)
        self.known_file_urls: Tuple[str, ...] = ()
        # links are read in files (scan; validate_url given the file's path): a link to a host reserved for examples
        # there is a guide's illustration (example_host); a URL typed alone (`build --validate`) is the user's link
        self.in_file = False
        self.file_code = False  # the file is code or a test's (linkplace "code"): an example host's link is its data
        # the file is a test's code (scan.files.test_module: `url.test.mjs`, `test_url.py`): its links are the inputs
        # the test feeds the code it tests, every one of them test data as an example host's link is
        self.file_test = False
        # the one link being judged is inside a test's code of a file that is no test file (a Rust file's
        # `#[cfg(test)] mod tests`: scan.files.in_test_code), which scan reads from the text and a caller without it
        # says (validate_url's `test_code`)
        self.link_test = False
        self._test_spans: Tuple[str, Tuple[Tuple[int, int], ...]] = ("", ())
        # the file is where Homebrew reads a formula or a cask (scan.downloads.homebrew_file): its `url` is a download
        self.file_homebrew = False
        # the file is a shell script or a container build file (scan.downloads.script_file): its curl's URL is a request
        self.file_script = False
        self.file_example = ""  # the example's own folder the file is in (illustrations.example_folder): its demo
        self.rule_config = next((c.config for c in linter.contexts.values()), linter.config)
        self.identity = getattr(self.rule_config, "identity", None)  # whose repository (utmlint.identity), if known
        self.identities = getattr(self.rule_config, "identities", None)  # or each file's own (scan of paths)

    def is_own(self, url: str) -> bool:
        """Whether the link's tags are the team's to judge: a link to an `own-hosts` host (any link when the
        config names none), but not a link into a site carrying the tags that site writes itself
        (`rules/platform-written-tags.txt`) unless `own-hosts` names that site."""
        return self.whose(url)[0] == OWN

    def whose(self, url: str) -> Tuple[str, Optional[object]]:
        """(OWN, None): the team's link, every rule; (SNIPPET, entry): a site's own snippet, only the URL as
        written is judged; (OTHER, None): a link outside `own-hosts`, only copied tracking."""
        found = self._own_memo.get(url)
        if found is None:
            if len(self._own_memo) > 4096:
                self._own_memo.clear()
            found = self._own_memo[url] = self._whose(url)
        return found

    def _whose(self, url: str) -> Tuple[str, Optional[object]]:
        from .platform_tags import written_by

        real, _ = host_end(url)
        bare = None if real else _BARE_WWW.match(url)
        if bare is not None:  # `www.canva.com/design/...?utm_...`: a host written without its scheme
            entry = written_by(bare.group(1).lower(), first_values(url))
            if entry is not None and not self._names_own(bare.group(1).lower()):
                return SNIPPET, entry
        if not real:
            # a relative link (utm-internal-link's) or a placeholder host: the team's own template, unless it is
            # a snippet whose host comes from elsewhere (Unsplash's `${photo.user.links.html}?utm_source=app...`)
            if self._unknown_host and _host_not_written(url):
                entry = written_by(None, first_values(url), self._unknown_host)
                if entry is not None and not self._names_own(entry.host):
                    return SNIPPET, entry
            return OWN, None
        lowered = url.lower()
        widget = weblate_widget(url)
        if widget is not None and not self._names_own(split_url(url).host.lower()):
            return SNIPPET, widget
        referral = self._referral(url)
        if referral is not None:
            return SNIPPET, referral
        if not self.own_hosts and not any(host in lowered for host in self._written_hosts):
            return OWN, None  # no own-hosts, and no site that writes its own tags is even named
        host = split_url(url).host.lower()
        if self._names_own(host):
            return OWN, None
        if self.own_hosts and self._carries_own_page(url):
            # a share button's link carrying the team's own page, its tags cut from it by an unencoded `&`
            # (url-second-question-mark): the tags are the team's, judged as its links are (stranger19 R9: with
            # `own-hosts`, the link to linkedin.com's share page got no finding at all)
            return OWN, None
        if self.own_hosts:
            # the team's outgoing tags, naming its own site (`utm_source=flows.dev` on a review site's link), are its
            # to judge, as with no config: copied-tracking's note sends the team here to say so, and its value
            # findings must not go with it (stranger12 R4)
            from ..checks.tracking.copied_outgoing import _source_own_host
            from ..checks.tracking.fields import query_fields as fields_of

            return (OWN, None) if _source_own_host(fields_of(url), self.own_hosts) else (OTHER, None)
        entry = written_by(host, first_values(url))
        return (OWN, None) if entry is None else (SNIPPET, entry)

    def own_tagging(self, url: str, entry) -> bool:
        """Whether the tags of a link that matches a platform's snippet (rules/platform-written-tags.txt) are the
        file's own tagging: the file writes the same source, medium and campaign (all three) on a link to a host no
        entry gives them to, and the entry is known by its utm tags alone. WebdriverIO's docs tag BrowserStack's pages, Percy's, Argos' and a YouTube video alike
        `utm_source=webdriverio&utm_medium=partnered&utm_campaign=documentation` (corpus 20 #42-#48): its own
        placement's tags, judged as its Argos and Percy links are, not BrowserStack's partner scheme, which Travis
        CI's and Semaphore's pages write on BrowserStack's links only (corpus 12 #161-#170). create-next-app's tags on
        nextjs.org and vercel.com are both the template's: no host outside the entries, still the template's."""
        if isinstance(entry, ReferralLink):
            return self._own_referral(url, entry)
        if not self.file_tag_hosts or entry is None or any(
                not param.startswith("utm_") for param, _ in entry.tags):
            return False  # a snippet marked by a parameter of its own (Snyk's `page=fix-pr`, Play's `pcampaignid`)
        from ..checks.tracking.copied_owner import tag_set
        from .platform_tags import written_by

        triple = tag_set(url)
        if not all(triple):
            return False  # a source, a medium and a campaign, all three: a pair (`github`, `referral`) is anyone's
        values = dict(zip(("utm_source", "utm_medium", "utm_campaign"), triple))
        # the entry's own host is no other host, though the three tags alone miss an entry that a fourth binds
        # (Contextual AI's `utm_content=repo`): the snippet's links to its own site are the snippet's
        return any(not on_domain(host, entry.host) and written_by(host, values) is None
                   and weblate_widget(f"https://{host}/engage/x/?utm_source={triple[0]}") is None
                   for host in self.file_tag_hosts.get(triple, ()))

    def _own_referral(self, url: str, entry: "ReferralLink") -> bool:
        """Whether a referral link's tags are the file's own (stranger15 R7): the file is an e-mail, a social post or a
        campaign plan (linkplace: a newsletter's sponsor link carries the issue's tags), or it writes the same
        utm_source on a link to another host (a newsletter naming itself on every link; a programme cannot know it)."""
        if self.file_place in ("email", "social", "campaign"):
            return True
        from ..checks.tracking.copied_owner import tag_set

        source = tag_set(url)[0]
        return bool(source) and any(triple[0] == source and any(host != entry.host for host in hosts)
                                    for triple, hosts in self.file_tag_hosts.items())

    def _referral(self, url: str) -> Optional[ReferralLink]:
        """A referral programme's share link that is not the team's own (_REFERRAL_KEYS), or None."""
        if "ref" not in url.lower() and "invit" not in url.lower():
            return None
        found = referral_field(url)
        if found is None:
            return None
        host = split_url(url).host.lower()
        if self._names_own(host) or referral_owned(url, host, self.identity):
            return None
        return ReferralLink(host, *found)

    def _own_main_host(self, url: str) -> bool:
        """Whether a link goes to a host the config's `own-hosts` names itself (`www.` aside), not a subdomain of one:
        the site a team names as its own. A subdomain is often another app or site of the team's (Lava's docs linking
        its Info explorer, info.lavanet.xyz, corpus 31 #65), and the repository's site read from its name is not known
        to be the file's (cline/cline's docs, published at docs.cline.bot, linking cline.bot: corpus 5 #323)."""
        if not self.own_hosts or not host_end(url)[0]:
            return False
        host = split_url(url).host.lower()
        host = host[4:] if host.startswith("www.") else host
        return any(host == (own[4:] if own.startswith("www.") else own) for own in self.own_hosts)

    def outgoing(self, url: str) -> bool:
        """Whether a link to another site is the team's only because its utm_source names the team's own site (the
        last reading of _whose: `utm_source=quillstack` on a link to yourapp.com, with `own-hosts: [quillstack.dev]`):
        its tags are the team's outgoing ones, judged as the team's (a capital, an Unassigned medium), but the rows
        they start are in that site's GA4, not the team's: the config's `sources`/`mediums`, the vocabulary of the
        team's own reports, is not held against them ("write one of `customerio`, ..." on the tags a product writes
        into its customers' links, newuser44 F2). A share page's link carrying the team's own page is the team's."""
        if not self.own_hosts or self.whose(url)[0] != OWN:
            return False
        real, _ = host_end(url)
        return bool(real) and not self._names_own(split_url(url).host.lower()) and not self._carries_own_page(url)

    def _carries_own_page(self, url: str) -> bool:
        """Whether the link, a page's address followed by a second `?` (a share page's `?url=https://acme.dev/x?utm_...`
        written unencoded), carries an address on the team's own hosts (url-second-question-mark's cut)."""
        if url.count("?") < 2:
            return False
        cut = cut_address(url)
        return cut is not None and self._names_own(split_url(cut[0].value.strip()).host.lower())

    def _names_own(self, host: str) -> bool:
        return any(host == own or host.endswith("." + own) for own in self.own_hosts)

    def _own_address(self, url: str, path, shown, folders: bool = True) -> bool:
        """Whether a link goes to the team's own site: a host `own-hosts` names, or the repository's own site
        (utmlint.identity). Its address written twice (a README's badge and its text link, `northwind.io?utm_source=
        github` and `northwind.io/?utm_source=github`) is two of the team's links, not a post's illustration of how
        someone's address is spelled (spelled_twins; stranger17 R11). `folders=False`: the site a folder the file
        sits in is named for (Identity.folders: `third-party-docs/Zerion/`, `loggers/comet/`) does not count; that
        folder holds another party's page or code, not the team's."""
        host = split_url(url).host.lower()
        if not host:
            return False
        if self._names_own(host):
            return True
        identity = self._identity_here(path, shown)
        if identity is None:
            return False
        if not folders and identity.folders:
            identity = identity._replace(names=identity.names - identity.folders,
                                         leading=identity.leading - identity.folders)
        from ..identity import owns_site, site_name

        return owns_site(identity, site_name(host))

    def _in_test_code(self, path, text: str, start: int) -> bool:
        """Whether the link at `start` is inside a test's code of its file (a Rust `#[cfg(test)]` module:
        scan.files.in_test_code), read from the text, or as the caller without it says (validate_url's `test_code`)."""
        if self.link_test:
            return True
        if not text or not str(path).lower().endswith(".rs"):
            return False
        from .files import rust_test_spans

        if self._test_spans[0] is not text:  # one file's modules, read once for its links
            self._test_spans = (text, rust_test_spans(text))
        return any(begin <= start < end for begin, end in self._test_spans[1])

    def example(self, url: str) -> str:
        """The reserved host (example_host) of a link read in a file, which the config's `own-hosts` does not name
        (a team whose site is `app.example.com` in its config keeps every rule), or ""."""
        host = example_host(url) if self.in_file else ""
        if not host and self.in_file and self.file_code:
            # in a program's text, a stand-in for the reader's own site too (`my.site.com` in an SDK's doc comment:
            # illustrations.stand_in_host), a program's data as a reserved name is
            from .illustrations import stand_in_host

            host = stand_in_host(url)
        return host if host and not self._names_own(host) else ""

    def not_judged(self, url: str) -> Optional[str]:
        """Why a link's utm values were not judged, or None when they were: a caller that shows one link's
        verdict says so rather than let silence read as a clean bill."""
        whose, entry = self.whose(url)
        if whose == SNIPPET and self.own_tagging(url, entry):
            whose, entry = OWN, None
        if whose == SNIPPET and self._opening_elsewhere("", url, 0, entry):
            whose, entry = OWN, None  # the caller's bases name another host (validate_url's `opening_bases`)
        kind = asset_kind(url)
        if whose == OWN and kind:
            parts = split_url(url)
            why = ("the archive serves its own copy, and the utm tags are part of the archived page's address"
                   if kind == ARCHIVED_COPY else
                   f"its path ends in `.{parts.path.rpartition('.')[2]}`" if "." in parts.path.rpartition("/")[2]
                   else f"{parts.host.lower()} serves images")
            return (f"this address is {kind} ({why}): loading or "
                    "opening it runs none of your site's pages, so no GA4 tag reads its utm values and they do nothing; "
                    "only the URL as written was checked (copied tracking, `&amp;`, http); to count visits, tag a link to "
                    "one of your pages instead")
        example = self.example(url) if whose == OWN else ""
        if example and (self.file_code or not DOCUMENTATION_HOST.search(example)):
            what = "a name reserved for examples and tests (RFC 2606) or the machine itself" if example_host(url) \
                else "a stand-in for the reader's own site"
            return (f"{example} is {what}: a "
                    "test's, a program's or a dev server's illustration, which no visitor follows, so its utm values "
                    "were not judged; only what a reader copies as written was checked (a misspelled or repeated key, "
                    "`&amp;`, tags after the `#`)")
        if whose == OWN and self.link_test and not self.file_test:
            return ("this link is in a test's code (a Rust file's `#[cfg(test)]` module, compiled only by `cargo test`): "
                    "the input or expected output of a test, which no visitor follows, so its utm values were not "
                    "judged; only what a reader copies as written was checked (a misspelled or repeated key, `&amp;`, "
                    "tags after the `#`)")
        if whose == OWN and self.file_test:
            return ("this file is a test's code (named or kept as tests are: `url.test.mjs`, `test_url.py`, `tests/`): "
                    "its links are the inputs the test feeds the code it tests, which no visitor follows, so their utm "
                    "values were not judged; only what a reader copies as written was checked (a misspelled or "
                    "repeated key, `&amp;`, tags after the `#`)")
        if example:
            return (f"{example} is a name reserved for examples in documentation (RFC 2606): a guide's "
                    "illustration, which no visitor follows, so its values were judged as readers will copy them, "
                    "but not where it leads (http, internal, copied tracking) nor whether it carries every utm key "
                    "(but a medium left out of a link that writes two keys or more)")
        badge = listing_badge(url, self.identity) if whose == OWN and "badge" in url.lower() else ""
        if badge:
            return (f"this is the badge {badge} hands out for the project it lists (a tag says `badge`, the link goes to "
                    f"its page about {self.identity.slug}): {badge} wrote these tags and reads them, so their values "
                    "were not judged; only the URL as written was checked (copied tracking, `&amp;`); name "
                    f"{badge} in the config's own-hosts to judge them")
        if whose == OWN:
            placed = self.placement(url, None, "<url>")
            from .partner_tags import partner_tags

            if placed and placed == partner_tags(url):
                return (f"{placed} names a partner programme's placement: the site the link goes to runs that "
                        "programme, counts these visits in its reports with these tags and handed them to you with the link, so they are its to "
                        "choose, not yours to respell or complete, and their values were not judged; only the URL as "
                        "written was checked (copied tracking, `&amp;`, tags after `#`)")
            if placed.startswith(CITED_WORK):
                return (f"{placed} shows this link is another author's work the file cites: these are the tags the "
                        "author chose for the page, not yours to respell or complete, so their values were not judged; "
                        "only the URL as written was checked (copied tracking, `&amp;`, tags after `#`)")
            from .partner_tags import sponsor_tags

            if placed and placed == sponsor_tags(url):
                return (f"{placed} names a sponsor's or an advertiser's placement: the site the link goes to paid for "
                        "this slot and chose these tags to count its visits, so they are its to choose, not yours to "
                        "respell or complete, and their values were not judged; only the URL as written was checked "
                        "(copied tracking, `&amp;`, tags after `#`)")
            if placed and LISTED_ENTRY in placed:
                return (f"this link is on {placed}: the listed party writes its entry, and these are the tags it "
                        "chose for the link to its own site, not yours to respell or complete, so their values were "
                        "not judged; only the URL as written was checked (copied tracking, `&amp;`, tags after `#`)")
            if placed:
                shown = f"this link is in {placed}, a list of sponsors' or backers' links" if self.file_placement else \
                    f"this link is on a page in {placed}, another party's pages or code (a partner's page, a " \
                    "vendor's notebook)" if self.file_third_party and placed == f"the folder `{self.file_third_party}/`" \
                    else \
                    (f"{placed} shows this link is another party's placement (a sponsor's, a partner's, a backer's, "
                     "an advertiser's)")
                return (f"{shown}: these are the tags that party "
                        "chose for its placement, not yours to respell or complete, so their values were not judged; "
                        "only the URL as written was checked (copied tracking, `&amp;`, tags after `#`)")
            return self._credited_said(url)
        if whose == SNIPPET and isinstance(entry, ReferralLink):
            return (f"`{entry.param}={entry.value}` is a referral programme's id for its referrer: the programme "
                    f"writes it and these utm tags into the share link it hands out, so their values are "
                    f"{entry.host}'s: only the URL as written was checked (repeated keys, copied tracking, `&amp;`); "
                    f"name {entry.host} in the config's own-hosts to judge them")
        if whose == SNIPPET:
            return (f"these are the tags {entry.host} writes into its own links (rules/platform-written-tags.txt, "
                    f"line {entry.line}), so their values are that site's: only the URL as written was checked "
                    f"(repeated keys, copied tracking, `&amp;`); name {entry.host} in the config's "
                    "own-hosts to judge them")
        host = split_url(url).host.lower()
        return (f"{host} is not one of the config's own-hosts, so its utm values are that site's to choose: "
                "only copied tracking was checked")

    def _pass(self, memo, key, linter, values, url, path):
        if linter.config.per_file_ignores:  # a rule the config ignores in one file is still run for another file's
            key = (key, tuple(linter._per_file_ignores(path)))  # same link: the memo's answer holds per file
        found = memo.get(key)
        if found is None:
            doc = campaign_document(values, url)
            found = memo[key] = (doc.text, linter.lint_document(path, doc).diagnostics)
        return found

    def _url_pass(self, synthetic: Synthetic, path, shown: str, comment: bool = False, cited: str = "",
                  fetched_by: str = ""):
        """The URL rules' (document text, findings) on the link (_url_rules), with pii-in-url on a masked merge tag
        naming the reader's name, e-mail or phone (`utm_content={{first_name}}`, masked `{ph0}` before the rules read
        it: checks.tracking.pii.masked_personal_slots), which the rules cannot see through the mask; and, on a file a
        package manager downloads (`fetched_by`: a Homebrew formula's `url`, scan.downloads), utm-useless-destination,
        which the link alone does not show (no file extension: `downloads.snyk.io/cli/v1.1306.4/snyk-macos`)."""
        doc_text, diagnostics = self._url_rules(synthetic, path, shown, comment, cited)
        if fetched_by and _USELESS in self.url_linter.contexts and not any(d.code == _USELESS for d in diagnostics):
            from ..checks.tracking.useless import utm_useless_destination

            diagnostics = diagnostics + [Diagnostic(str(path), 2, URL_COLUMN + p.start, _USELESS, p.name, "info",
                                                    p.message, 2, URL_COLUMN + p.end)
                                         for p in utm_useless_destination(synthetic.url, fetched_by=fetched_by)]
        if not synthetic.tokens or _PII not in self.url_linter.contexts:
            return doc_text, diagnostics
        from ..checks.tracking.pii import masked_personal_slots

        extra = [Diagnostic(str(path), 2, URL_COLUMN + p.start, _PII, "pii-in-url", "error", p.message, 2,
                            URL_COLUMN + p.end) for p in masked_personal_slots(synthetic.url, synthetic.tokens)]
        return (doc_text, diagnostics + extra) if extra else (doc_text, diagnostics)

    def _url_rules(self, synthetic: Synthetic, path, shown: str, comment: bool = False, cited: str = ""):
        """The URL rules on the link. copied-tracking reads whose repository it is written in (utmlint.identity),
        with the folders of this file: a vendored library's folder (`libraries/ckeditor/`) is that library's; and
        `cited`, the name the link's own line gives as the publisher of the page it links to (scan.citation)."""
        config = self.rule_config  # the config the rules' contexts hold (scan_linter's copy)
        base = self.identity
        if self.identities is not None:
            here = self.identities.for_file(path)  # the file's own repository, folders below its root
        elif base is not None:
            from ..identity import in_folder

            here = in_folder(base, shown)
        else:
            here = None
        if here is None:
            # whose repository is unknown (no git remote): only the file's place is read, a file of the team's own
            # campaigns and placements (`docs/sponsorships.md`), where a newsletter named as the source is the slot
            # the team bought (copied._bought_slot: review44 F14's repository, `git init` without a remote)
            campaign = config.link_place = "campaign" if self.file_place == "campaign" else ""
            elsewhere = config.link_slot_elsewhere = bool(campaign) and self.slot_elsewhere(synthetic.url, path)
            try:
                return self._pass(self._url_memo, (synthetic.url, campaign, elsewhere) if campaign else synthetic.url,
                                  self.url_linter, (), synthetic.url, path)
            finally:
                config.link_place = ""
                config.link_slot_elsewhere = False
        config.identity = here
        from ..checks.tracking.copied_owner import link_site, tag_set

        # only whether this link carries one of the file's own tag sets changes its verdict (memo key)
        mine = bool(self.file_convention) and tag_set(synthetic.url) in self.file_convention
        config.file_convention = self.file_convention if mine else frozenset()
        # a site the file tags for several channels is the team's plan: its links are read as a campaign file's
        planned = bool(self.file_planned) and link_site(synthetic.url) in self.file_planned
        own_campaign = False
        if not planned and self.file_campaigns:  # a link carrying a campaign the file writes on the team's own site
            planned = tag_set(synthetic.url)[2] in self.file_campaigns
            own_campaign = planned and self.file_place != "campaign"  # for that alone, not in a plan's file
        config.link_own_campaign = own_campaign  # checks.tracking.copied_posted._posted_tags reads it
        config.link_published = published = self.file_published
        place = config.link_place = "campaign" if planned else "comment" if comment and not self.file_place \
            else self.file_place
        config.link_planned = planned  # a plan's share-button tags are the team's too (_posted_tags)
        template = config.link_template = template_piece(shown)  # a footer, a layout: the site's own (R2)
        own_letter = False
        if self.file_letters:
            from ..checks.tracking.copied_file import letter_key

            own_letter = letter_key(tag_set(synthetic.url)[0]) in self.file_letters
        config.link_own_letter = own_letter  # the file's own newsletter's tags (_posted_tags)
        config.link_cited = cited  # the page's publisher its line names (copied_cited)
        elsewhere = config.link_slot_elsewhere = place == "campaign" and self.slot_elsewhere(synthetic.url, path)
        if not place and self.file_networks:
            from ..checks.tracking.copied_owner import normalize_source
            from ..checks.tracking.copied_posted import posted_kind

            source = tag_set(synthetic.url)[0]
            if re.sub(r"[^a-z0-9]", "", normalize_source(source)) in self.file_networks:
                place = config.link_place = posted_kind(source)[0]  # `utm_source=slack` in `community/slack/`
        try:
            # the team's site known (its CNAME, a site generator's config) and the link going to another: a
            # newsletter's campaign on it is that newsletter's (copied._newsletter_elsewhere, review47 F8)
            off_site = config.link_off_site = self._off_published(synthetic.url, path)
            return self._pass(self._url_memo, (synthetic.url, here.names, here.leading, mine, place, planned,
                                               own_campaign, template, published, own_letter, cited, elsewhere,
                                               off_site),
                              self.url_linter, (), synthetic.url, path)
        finally:
            config.identity = base
            config.file_convention = frozenset()
            config.link_place = ""
            config.link_planned = False
            config.link_own_campaign = False
            config.link_template = False
            config.link_published = True
            config.link_own_letter = False
            config.link_cited = ""
            config.link_slot_elsewhere = False
            config.link_off_site = False

    def _off_published(self, url: str, path) -> bool:
        """Whether the team's site is known (identity.published_host: a CNAME, a site generator's config) and the link
        goes to another site."""
        published = self._published(path) if path is not None else ""
        if not published or published.startswith("/"):  # none, or a path (`/docs`): a section of a site not named
            return False
        from ..checks.tracking.copied_owner import link_site
        from ..identity import site_name

        return link_site(url) != site_name(published)

    def _credited_said(self, url: str) -> Optional[str]:
        """Why the values of the team's own link (whose) were not judged, when judge holds them back on the link alone:
        a sample's one-letter values, another site credited by its domain (_credited_site); None when they were."""
        synthetic = build(url)
        if synthetic is not None and self._sample(synthetic):
            return ("every utm value of this link is one letter: a sample of how tags read (a guide's, an editor's "
                    "initial content), no campaign's, so its values were not judged; only the URL as written was "
                    "checked (copied tracking, `&amp;`, http)")
        if synthetic is not None and self._test_marker(synthetic):
            return ("every utm value of this link is `test`: a test visit's address (sent to see it arrive in GA4's "
                    "DebugView), no campaign's, so its values were not judged; only the URL as written was checked "
                    "(copied tracking, `&amp;`, http)")
        credited = self._credited_site(url, None, "<url>") if self.identities is None else ""
        if not credited:
            return None
        from ..checks.tracking.copied_owner import tag_set

        return (f"`utm_source={tag_set(url)[0]}` credits {credited}, another site than this repository's and the one "
                "the link goes to: these are that site's tags for its placement of the link (or a partner's written "
                "for it), copied with the link, not yours to respell or complete, so their values were not judged; "
                "only the URL as written was checked (copied tracking, `&amp;`, http)")

    def placement(self, url: str, path, shown: str, text: str = "", start: int = 0, url_findings=()) -> str:
        """What shows the link at `start` of `text` is another party's placement (scan.placement: the file's path, the
        nearest heading above it, its own line; or a partner programme's tags, scan.partner_tags, outside the team's own
        partners page; or a medium naming a sponsor's or an advertiser's slot, scan.partner_tags.sponsor_tags), or "":
        never on a link to the team's own site, one carrying a tag set
        the file writes on its links to several sites (its own tagging: checks.tracking.copied_file.file_convention,
        Changelog's `utm_source=changelog` on every sponsor), nor one copied-tracking already speaks for."""
        if not self.in_file or not split_url(url).host or any(d.name == COPIED_TRACKING for d in url_findings):
            return ""
        if re.search(r"\s{2,}", url):  # an href broken over two lines (`refe\n    rral`): broken for everyone, judged
            return ""
        if self.file_third_party and self.file_place != "campaign":
            # a page or code another party wrote (`third-party-docs/Covalent/covalent.mdx`): a tag set it writes on
            # several sites is that party's own convention (Covalent's on covalenthq.com and its demo apps), not the
            # team's, so only the team's own site is ruled out (not the site the party's folder is named for)
            if self._own_address(url, path, shown, folders=False):
                return ""
            # unless the tags name the repository itself (`utm_source=acmeflow` in acmeflow/acmeflow's
            # `docs/third-party/zapier.md`, its own page on its Zapier integration: review43 F9): the folder alone
            # does not hold such a link back; it is read as any page's link is, under its heading and line and by its
            # tags (a partner programme's `utm_source=arbitrum-docs&utm_medium=partner-docs` still held back)
            # (review44 F19) unless the page says another party wrote it ("This page is maintained by Covalent"), its
            # tags crediting the repository in that party's form, and no heading above the link names the
            # repository's product as the actor ("Connect Acmeflow to Zapier")
            if not self._tags_name_repository(url, path, shown) or \
                    self._written_by_another(text, start, path, shown, url):
                return f"the folder `{self.file_third_party}/`"
        from .byline import cited_work_said
        from .placement import headings_above, own_line, placement_said

        # the text's reading around the link: stored by the caller (the corpus judge), else read from the file's text
        reading = self.link_placement if self.link_placement is not None else (
            (headings_above(text, start), own_line(text, start)) if text else None)
        # a team's campaign or ads plan: its sponsorships are its own links (not a partner programme's tags, which the
        # destination hands out: `docs/tools/Indexer & Analytics/moralis.md` is a page about an analytics product)
        shows = "" if self.file_place == "campaign" else self.file_placement or (
            placement_said(*reading) if reading is not None else "")
        # the line's words said in a later block of it that holds a link of its own (`[blog](...)!<br/>(Special thanks
        # to <a href=...>@translator</a> ...)`): that link's placement, not this one's (placement.said_of_a_later_link)
        if shows.startswith("its line") and reading is not None:
            from .placement import link_sentence, said_of_a_later_link

            sentence = self.link_sentence if self.link_placement is not None else (
                link_sentence(text, start) if text else None)
            if sentence and said_of_a_later_link(reading[1], sentence):
                shows = ""
        # or another author's work the file cites, its byline under a heading of others' writing (`- [title](url) by
        # [Name](profile)` under "Community Articles / Tutorials": scan.byline.cited_work_said, corpus 36 #55)
        cited = not shows and reading is not None and self.file_place != "campaign" and bool(cited_work_said(*reading))
        if cited:
            shows = cited_work_said(*reading)
        partner = False
        if not shows and not self.file_partners:  # a partner programme's tags (`utm_medium=partner-docs`)
            from .partner_tags import partner_tags

            # its source read outside a team's campaign plan and e-mail (there `partner-<name>` is the team's label)
            shows = partner = partner_tags(url, source=self.file_place not in ("campaign", "email"))
        # a medium naming a bought slot (`utm_medium=sponsor`, `spon`, `ads`: scan.partner_tags.sponsor_tags), outside a
        # team's campaign plan, its own e-mail template, its partners page and its FUNDING.yml (the owner's own sponsor
        # button): there a sponsor word is the team's own label
        if not shows and self.file_place not in ("campaign", "email") and not self.file_funding \
                and not self.file_partners:
            from .partner_tags import sponsor_tags

            shows = sponsor_tags(url)
        # the page's own line saying the party the link goes to keeps the page, its name the link ("This documentation
        # is managed by [Segment](https://segment.com/?utm_...)": scan.byline.page_kept_by): that party's credit link
        # only where the repository is known (its remote, its site): there the kept-by party, not the repository's
        # own site (ruled out below), is another; where nothing is known, the line may be the team's own footer
        # crediting itself (review46 F13), and it is judged
        known = self._identity_known(path, shown)
        if not shows and known and reading is not None and self.file_place != "campaign":
            from .byline import page_kept_by

            keeper = page_kept_by(reading[1])
            if keeper and _names_site(keeper, split_url(url).host):
                shows = f"its line, saying {keeper[:40]} (the site the link goes to) keeps the page,"
        # a template component named for the site its link goes to and a banner's slot (`MadVueBanner.vue` linking
        # madvue.es: scan.partner_tags.banner_file): that party's banner, with the tags it chose
        # (where the repository is known, as for the kept-by line: a site's own `<Product>Banner.vue` promoting its
        # own product, where nothing names the repository, is judged: review46 F15)
        if not shows and known and self.file_banner and self.file_place != "campaign" and \
                _names_site(self.file_banner, split_url(url).host):
            shows = f"the component named for {self.file_banner}'s banner"
        # the page is a list's entry for another party's product, its front matter naming the product and its site
        # (`title: Gridly`, `homepage: https://www.gridly.com/`: scan.byline.listed_entry), the link going to that site:
        # the vendor's own entry, linking its site with the tags it chose (jamstack.org's headless CMS list, Gridly's
        # `utm_source=jamstack&utm_medium=jamstack` and APIRocket's `utm_medium=headless-cms` on their links alone: the
        # lead's rulings of sessions 44 and 46, corpus 7 #73-#81); where the repository is known, as for the kept-by
        # line (a product's own page in its own site is ruled out below, as its own address)
        if not shows and known and self.file_listed[1] and self.file_place != "campaign" and \
                _same_site(split_url(url).host, self.file_listed[1]):
            shows = f"the page, {self.file_listed[0][:40]}{LISTED_ENTRY}, its homepage {self.file_listed[1]}"
        # a redirect table's short address named for the site it leads to (`/pagerduty` -> pagerduty.com): handed out
        # for another party, a podcast's sponsor read, with the tags that party gave (scan.manifest.redirect_named_for)
        if not shows and self.file_redirects and reading is not None:
            from .manifest import redirect_named_for

            named = redirect_named_for(reading[1], split_url(url).host)
            if named and text and self._redirect_tags_own(url, text, start):
                named = ""
            shows = f"the redirect `{named}`, named for the site it leads to," if named else ""
        if not shows:
            return ""
        from ..checks.tracking.copied_owner import tag_set

        mine = tag_set(url)  # the file's own tag set, or its source on a link spelled otherwise (zod's `refe\n rral`)
        # a partner's page or module sits in a folder named for it (`third-party-docs/Zerion/`, `loggers/comet/`): its
        # site is the partner's, not the team's, whatever the folder's name makes of it; the file's own tagging is a set
        # it writes on several sites, or that set spelled otherwise (_spelled_as), not every set sharing its source
        convention = self.placement_convention | self.link_convention
        if mine in convention or any(_spelled_as(mine, own) for own in convention) \
                or self._own_address(url, path, shown, folders=not partner):
            return ""
        if not partner and not cited and not self.file_placement and self.link_placement is None and text \
                and self._own_after_list(url, text, start, mine, reading):
            return ""
        if cited and mine[0] and not TOKEN.search(mine[0]):
            # a cited article tagged with a source naming the repository (`utm_source=svelte_newsletter` in Svelte's
            # monthly news, corpus 10 #114): the team's own tags on the link it shares, judged
            here = self._identity_here(path, shown)
            from .names import value_names_repository

            if here is not None and value_names_repository(here, mine[0]):
                return ""
        return shows

    def _own_after_list(self, url: str, text: str, start: int, mine: Tuple[str, str, str], reading) -> bool:
        """Whether the link, held back by its section's heading alone, is the team's own link written after the
        section's sponsors list (review41 M9: `Prefer hosting? Try [Acme Cloud](...)` in a paragraph after `## Sponsors`'
        list, no closing mark): its paragraph follows a list that ended (scan.placement.after_a_list), nothing on its
        line and no word of its tags names a placement, and the file writes the same site with the same tags where no
        placement is read (its docs link above the section) and nowhere as a placement's (the list's own entry for the
        site: review44 F5, a wordless logo banner and the list both writing Warp's link). A sponsor's logo, banner or
        table written twice (review42 F1: dashy's, zoxide's, Next-js-Boilerplate's) is no paragraph after a list, and
        stays held back."""
        from .placement import after_a_list, placement_said_line

        headings, line = reading
        if not (mine[0] or mine[1]) or placement_said_line(line) or not after_a_list(text, start):
            return False
        from .partner_tags import partner_tags, sponsor_tags

        if partner_tags(url) or sponsor_tags(url):
            return False
        from ..checks.tracking.copied_owner import tag_set
        from .placement import REACH, headings_above, placement_text

        if self._links_by_tags[0] is not self.file_links:  # once a file: its links by site and tag set, each read
            by_tags: dict = {}  # once for a placement (a sponsors block of 5,000 links stays linear)
            for other, at in self.file_links:
                if "utm_" in other.lower():
                    by_tags.setdefault((split_url(other).host.lower().removeprefix("www."), tag_set(other)),
                                       []).append(at)
            self._links_by_tags = (self.file_links, by_tags, {})
        _, by_tags, free = self._links_by_tags
        key = (split_url(url).host.lower().removeprefix("www."), mine)
        if key not in free:  # placed nowhere, and read so: under a heading, or with nothing above it
            spots = by_tags.get(key, ())
            # the same site and tags held back anywhere else in the file, not as another paragraph after a list
            # (the sponsors list's own entry `- [Warp](...)`, a sponsor's table row): the list says whose they are
            # (review44 F5: a wordless logo banner writing Warp's link freed Warp's blurb after its own entry)
            placed = any(placement_text(text, at) and not after_a_list(text, at) for at in spots)
            free[key] = [] if placed else [at for at in spots if not placement_text(text, at)
                                           and (at < REACH or headings_above(text, at))]
        return any(at != start for at in free[key])

    def _redirect_tags_own(self, url: str, text: str, start: int) -> bool:
        """Whether a redirect table writes the link's site and tag set on another rule too, one not named for that
        site (`/acmeflow` and `/pricing` both -> acmeflow.com `?utm_source=Blog&utm_medium=redirect`): the team's own
        tagging of its own site's short links, not a sponsor's tags handed out with one address (review44 F16); the
        file's own-tagging test (file_convention) read per site."""
        from ..checks.tracking.copied_owner import tag_set
        from .manifest import redirect_named_for
        from .placement import own_line

        host = split_url(url).host.lower().removeprefix("www.")
        mine = tag_set(url)
        if not (mine[0] or mine[1]):
            return False
        for other, at in self.file_links:
            if at == start or "utm_" not in other.lower() or tag_set(other) != mine or \
                    split_url(other).host.lower().removeprefix("www.") != host:
                continue
            if not redirect_named_for(own_line(text, at), split_url(other).host):
                return True
        return False

    def _written_by_another(self, text: str, start: int, path, shown: str, url: str = "") -> bool:
        """Whether a third-party folder's page says another party wrote it ("This page is maintained by Covalent", "This
        documentation is managed by Segment": scan.byline.page_author, the name of the site the link goes to,
        covalenthq.com, segment.com; a person or a team, "Maintained by Jane Doe.", "the Integrations team", is no
        other party: review45 F8) and no
        heading above the link names the repository as the one acting ("Connect Acmeflow to Zapier",
        "Acmeflow + Zapier"; not "Covalent for Acmeflow"): review44 F19, a partner's own page whose tags credit the
        host repository is the partner's."""
        if not text:
            return False
        from .byline import page_author
        from .placement import headings_above

        here = self._identity_here(path, shown)
        author = page_author(text)
        if not author or not _names_site(author, split_url(url).host):
            return False
        if here is None:
            return True
        from .names import value_names_repository

        if value_names_repository(here, author):
            return False  # "maintained by the Acmeflow team": the repository's own page
        for heading in headings_above(text, start):
            words = re.findall(r"[\w.+-]+", heading)
            for at, word in enumerate(words):
                if len(word) >= 3 and value_names_repository(here, word.strip(".+-")):
                    if at == 0 or words[at - 1].lower() not in ("for", "with", "on", "in", "to", "into", "and", "of",
                                                                "from", "via", "by", "&"):
                        return False  # the repository acts in the heading: its own page on the integration
        return True

    def _tags_name_repository(self, url: str, path, shown: str) -> bool:
        """Whether the link's utm_source or utm_campaign names the repository the file is in (scan.names
        value_names_repository: `acmeflow` in acmeflow/acmeflow, `arbitrum-docs` in OffchainLabs/arbitrum-docs)."""
        here = self._identity_here(path, shown)
        if here is None:
            return False
        from ..checks.tracking.copied_owner import tag_set
        from .names import value_names_repository

        source, _, campaign = tag_set(url)
        return any(value and value_names_repository(here, value) for value in (source, campaign))

    def slot_elsewhere(self, url: str, path=None) -> bool:
        """Whether a newsletter's tags on the link can be no slot the team bought in that newsletter (copied._bought_slot,
        review45 F2): a team's slots send their readers to its own site, one site, so not when the file's links tagged
        as a newsletter's issue go to two or more sites (a note quoting links copied out of newsletters), nor when the
        team's site is known (identity.published_host: a CNAME, a site generator's config) and the link goes to
        another."""
        if len(self.file_letter_sites) >= 2:
            return True
        published = self._published(path) if path is not None else ""
        if not published:
            return False
        from ..checks.tracking.copied_owner import link_site
        from ..identity import site_name

        return link_site(url) != site_name(published)

    def _cited(self, text: str, occ: Occurrence, shown: str = "", path=None) -> str:
        """The name the text around the link gives as the publisher of the page it links to, read in a file only: its
        own line's (scan.citation.cited_name: a page title's `| CloudForecast Blog`, an entry's `by DeepLearning.AI`),
        else its sentence's, naming the linked site as the page's author (scan.citation.sentence_cited: `Smashing
        Magazine's piece on changelog design\n([read it](...))`, newuser44 F6) where neither its headings nor its line
        nor its sentence shows another party's placement (a sponsor's `Retool's post` under `## Sponsors`: the
        placement's tags, held back as a placement's, never stripped as a citation's), in a page of prose only
        (_PROSE: a Markdown, reStructuredText, text or HTML file; a string of code is no sentence). Read from the file's
        text, or from the reading of it a caller without the text gives (validate_url's `placement`: its own line, its
        sentence)."""
        if not self.in_file or "utm_" not in occ.url.lower():
            return ""
        from .citation import bare_pointer, cited_name, sentence_before, sentence_cited
        from .placement import headings_above, link_sentence, own_line, placement_said

        stored = self.link_placement is not None
        line = self.link_placement[1] if stored else own_line(text, occ.start)
        named = cited_name(line)
        if named:
            return named
        if not _PROSE.search(shown):
            return ""
        # only where the team's own site is known (own-hosts, a CNAME or site config: identity.published_host, the
        # page's site): a company's blog names itself in the third person (`Acmeflow's 2026 report found ...
        # ([read the report](https://acmeflow.com/...))`, review45 F1), and where nothing names its site, its own
        # links would read as another site's citation
        if not (self.own_hosts or self.file_site or (path is not None and self._published(path))):
            return ""
        sentence = (self.link_sentence or "") if stored else link_sentence(text, occ.start)
        if not stored and bare_pointer(sentence):  # `... ran a long piece on this. [Read it here](...)` (review45 F15)
            sentence = f"{sentence_before(text, occ.start)} {sentence}".strip()
        host = split_url(occ.url).host
        named = sentence_cited(sentence, host) if sentence and host else ""
        if not named:
            return ""
        headings = self.link_placement[0] if stored else headings_above(text, occ.start)
        return "" if placement_said(headings, line) or placement_said((), sentence) else named

    def _requested(self, text: str, occ: Occurrence) -> bool:
        """Whether the link is an argument of a command its line runs to fetch it (scan.downloads.fetch_command: curl,
        wget), read from its own line: the file's text, or the reading of it a caller without the text gives."""
        from .downloads import fetch_command
        from .placement import own_line

        return fetch_command(self.link_placement[1] if self.link_placement is not None else own_line(text, occ.start))

    def _fetched_by(self, path, shown: str, text: str, occ: Occurrence) -> str:
        """The package manager that downloads the link (scan.downloads.package_download: a Homebrew formula's `url`),
        read in a file from its own line: the file's text, or the reading of it a caller without the text gives
        (validate_url's `placement`), or ""."""
        if not self.file_homebrew or "utm" not in occ.url.lower():
            return ""
        from .downloads import HOMEBREW, download_stanza
        from .placement import own_line

        line = self.link_placement[1] if self.link_placement is not None else own_line(text, occ.start)
        return HOMEBREW if download_stanza(line) else ""

    def _sample(self, synthetic: Synthetic) -> bool:
        """Whether every utm value of a link read in a file is one letter (`google.com?utm_source=a`,
        `?utm_campaign=B`): a sample of how tags read (an editor's initial content in Buttondown's docs, the two pages of an A/B filter in
        Mautic's, corpus 19 #168 #170 #171 #172), on whatever host, no campaign's values to respell, complete or file
        under a channel (a one-letter value beside a word is an A/B test's variant, and judged). A URL typed alone is
        the user's link, judged in full. Measured on the labelled corpora 2-26 (session 39): 6 wrong value findings as
        first labelled (2 today), no correct one (a Play listing's `referrer=utm_source%3D1` is a digit, an id)."""
        return self.in_file and bool(synthetic.values) and all(
            len(value.strip()) == 1 and value.strip().isalpha() for _, value in synthetic.values)

    def _test_marker(self, synthetic: Synthetic) -> bool:
        """Whether every utm value of a link read in a file is the word `test` (`?utm_source=test&utm_medium=test&
        utm_campaign=test`): a test visit's address, the marker a developer sends to see an event arrive in GA4's
        DebugView or a report (智投简历's GA4 debugging guide, corpus 39 #24: medium-unassigned told `test` lands in
        Unassigned), no campaign's values to respell, complete or file under a channel, as a sample's one-letter values
        are not (_sample). A value beside another word (`utm_campaign=test-launch`) is a campaign's name, judged. A URL
        typed alone is the user's link, judged in full. Measured on every corpus (session 43): 2 links whose every utm
        value is `test`, both with only wrong findings labelled (corpus 21 #19's, on an example host in a self-test
        script, already held back)."""
        return self.in_file and bool(synthetic.values) and all(
            value.strip().lower() == "test" for _, value in synthetic.values)

    def _credited_site(self, url: str, path, shown: str) -> str:
        """The other website the link's utm_source credits by its domain
        (checks.tracking.copied_outgoing.credited_site), read with what the file says of its links as copied-tracking
        reads them (_url_pass: its tag sets, a campaign plan's sites and campaigns, a piece of the site's template), or
        "": not on a link to the team's own site."""
        here = self._identity_here(path, shown)
        if here is None or self._own_address(url, path, shown):
            return ""
        from ..checks.tracking.copied_owner import link_site, tag_set
        from ..checks.tracking.copied_outgoing import credited_site

        triple = tag_set(url)
        planned = bool(self.file_planned) and link_site(url) in self.file_planned or \
            bool(self.file_campaigns) and triple[2] in self.file_campaigns
        convention = self.file_convention if triple in self.file_convention else frozenset()
        return credited_site(url, here, convention, "campaign" if planned else self.file_place, template_piece(shown))

    def own_campaigns(self, urls: Iterable[str], path, shown: str) -> FrozenSet[str]:
        """The campaigns a file writes on links to its repository's own site
        (checks.tracking.copied_file.own_campaigns)."""
        from ..checks.tracking.copied_file import own_campaigns

        return own_campaigns(urls, self._identity_here(path, shown), self.own_hosts)

    def _source_names_repository(self, synthetic: Synthetic, path, shown: str) -> bool:
        """Whether the link's utm_source is the name of the repository it is written in, or of its site or
        organisation (identity.owns_site): the team's own tags."""
        source = dict(synthetic.values).get("source", "")
        if not source or TOKEN.search(source):
            return False
        here = self._identity_here(path, shown)
        if here is None:
            return False
        from ..identity import owns_site

        return owns_site(here, source)

    def _values_pass(self, synthetic: Synthetic, path, shown: str):
        """The value rules on the link's values. source-medium-swapped reads whose repository it is (a medium naming
        the repository itself, `utm_source=podcast&utm_medium=rustacean-station`, is a source), as validate_url's
        judge does for its one URL; the memo is keyed by the repository's names too. medium-channel-intent reads
        whether the file is a social post (linkplace: `social/`): there a source naming a newsletter with `social`
        is a post promoting it, where Organic Social is right (stranger10 R6), and in an e-mail template the link is
        the e-mail's, whatever its campaign asks (stranger11 R17); and in GitHub's FUNDING.yml, a sponsor button's medium
        saying `sponsor` is the owner's unpaid link (medium-unassigned); the memo is keyed by that too."""
        here = self._identity_here(path, shown)
        config = self.rule_config
        place = self.file_place if self.file_place in ("social", "email") else "funding" if self.file_funding else ""
        posted = bool(place)
        key = (synthetic.values, place) if posted else synthetic.values
        # a destination that keeps only some values (a Stripe payment link: rules/destination-value-limits.txt) is the
        # one thing of the URL value-charset reads: the values are judged on that host, and the memo keyed by it
        limit = limit_for(synthetic.url)
        url = f"https://{limit.host}/" if limit is not None else _NEUTRAL_URL
        if limit is not None:
            key = (key, limit.host)
        if posted:
            config.link_place = place
        if not self.file_slots:  # capitals that read as a sheet's slot are this file's values (value-case)
            key = (key, "no-slots")
            config.slot_sheet = False
        from ..suggest import file_siblings

        # the other spellings of the link's source the file writes: a respelling follows theirs (suggest.file_spelling)
        siblings = file_siblings(dict(synthetic.values).get("source", ""), self.file_sources) \
            if self.file_sources else ()
        if siblings:
            key = (key, siblings)
            config.file_sources = siblings
        try:
            if here is None or here is self.identity:
                return self._pass(self._values_memo, key, self.value_linter, synthetic.values, url, path)
            base = self.identity
            config.identity = here
            try:
                return self._pass(self._values_memo, (key, here.names, here.leading), self.value_linter,
                                  synthetic.values, url, path)
            finally:
                config.identity = base
        finally:
            if posted:
                config.link_place = ""
            config.slot_sheet = True
            config.file_sources = ()

    def _identity_known(self, path, shown: str) -> bool:
        """Whether the repository the file is in is known by a name (a remote, a site, a package): only then is a site
        named otherwise known to be another party's."""
        here = self._identity_here(path, shown)
        return here is not None and bool(here.names - here.folders)

    def _identity_here(self, path, shown: str):
        """Whose repository the file is in (utmlint.identity), with the folders it sits in; None when unknown."""
        if self.identities is not None:
            return self.identities.for_file(path)
        if self.identity is not None:
            from ..identity import in_folder

            return in_folder(self.identity, shown)
        return None

    def library_of(self, path, shown: str, text: Optional[str] = None) -> str:
        """The folder of another project's code the file sits in (a library vendored with its own manifest naming
        another repository: identity.vendored_library), or "": there its links' tags are that project's, and only
        copied-tracking speaks, as for a link outside `own-hosts` (corpus 4: Carbon's sponsor tags in
        `libraries/Carbon/readme.md` of Easy Digital Downloads were told to change their medium and case). Given
        the file's `text`, a minified build of another project copied without its manifest (scan.minified: its
        license banner names a project not the repository's) is that project's too (its name is returned), a tool's
        saved report (scan.saved.saved_report: a Lighthouse report) the tool's, and a page saved from another
        site (scan.saved.saved_page: its canonical and stylesheets on that site) that site's, and a copy of another
        repository's README (scan.copies.copied_readme: its issue links name that repository) that repository's."""
        return self.library_and_copy(path, shown, text)[0]

    def library_and_copy(self, path, shown: str, text: Optional[str] = None) -> Tuple[str, str]:
        """(library_of, the list or page the file is a copy of): the repository (`SimplifyJobs/Summer2026-Internships`)
        whose list the file copies (scan.copies.copied_readme: its issue links name that repository, which is not this
        one), or the site (`mcp.so`, a host: no `/`) whose page it is a saved copy of (scan.saved.saved_page), or "":
        library_of reads its links as that repository's or site's, and copied_list_note says so once for the file.
        Each reading of the file is made once, for both answers."""
        here = self._identity_here(path, shown)
        if here is None:
            return "", ""
        if here.library or text is None:
            return here.library, ""
        from .minified import foreign_build
        from .copies import copied_readme
        from .saved import saved_page, saved_report

        other = foreign_build(text, str(path), here) or saved_report(text, str(path), here)
        # a README's copy (`.md`) and a saved page (`.html`) are never one file: either order reads the same
        copied = copied_readme(text, shown, here) or saved_page(text, str(path), here, self._published(path))  # its path
        return other or copied, copied

    def collection_of(self, shown: str, path, links: Sequence[Tuple[str, Optional[Synthetic]]],
                      data_set: Optional[bool] = None, candidates: Optional[list] = None):
        """Whether the file is a collection of other people's links (scan.collection), from its tracked URLs as
        written (each with its one-link campaign, or None), or None. Only the team's own links count (not a site's
        snippet); with `own-hosts` the team has said which links are its own, and no file is a collection.
        `data_set`: whether the file is a table of records (is_data_set of `path` when not given). `candidates`: the
        file's, when already made (candidates_of)."""
        from .collection import MIN_LINKS, collection

        if self.own_hosts or len({url for url, _ in links}) < MIN_LINKS:
            return None
        identity = self._identity_here(path, shown)
        if identity is None:
            return None
        if candidates is None:
            candidates = self.candidates_of(shown, path, links)
        return collection(candidates, identity, is_data_set(path) if data_set is None else data_set)

    def folder_collection_of(self, shown: str, path, files: Sequence[Sequence[Tuple[str, Optional[Synthetic]]]],
                             name: str):
        """The verdict of the series the file at `name` is one of (scan.collection.series, folder_collection), each given by
        its tracked URLs as collection_of takes them; None when whose repository it is is unknown."""
        from .collection import folder_collection, series

        identity = self._identity_here(path, shown)
        if identity is None or self.own_hosts:
            return None
        return folder_collection([self.candidates_of(shown, path, links) for links in files], identity,
                                 is_data_set(name), series(name)[1])

    def candidates_of(self, shown: str, path, links: Sequence[Tuple[str, Optional[Synthetic]]]) -> list:
        """The file's tracked URLs as the collection verdict reads them (scan.collection.Candidate): the team's own
        links (not a site's snippet), each once; [] with `own-hosts` or when whose repository it is is unknown."""
        from .collection import candidate

        if self.own_hosts or self._identity_here(path, shown) is None:
            return []
        candidates = []
        for url, synthetic in dict(links).items():
            if self.whose(url)[0] != OWN:
                continue
            marked = synthetic is not None and bool(_copied_spans(synthetic, self._url_pass(synthetic, path, shown)[1]))
            found = candidate(url, marked)
            if found is not None:
                candidates.append(found)
        return candidates

    def collection_note(self, shown: str, path, index: LineIndex, occ: Occurrence, collected) -> Optional[Diagnostic]:
        """copied-tracking on a collection's link whose utm tags are another site's (scan.collection): one
        finding, with no fix (strip them or leave them: they are not the team's to complete or respell)."""
        rule_ = next((r for r in self.url_linter.by_target.get("link", ()) if r.code == _COPIED_CODE), None)
        if rule_ is None:
            return None
        from ..checks.tracking.fields import query_fields as url_fields
        from ..registry import selector_match

        if any(selector_match(s, rule_) >= 0 for s in self.url_linter._per_file_ignores(path)):
            return None
        tags = [f for f in url_fields(occ.url) if f.name.strip().lower().startswith("utm_")]
        if not tags:
            return None
        start, end = occ.offsets[tags[0].start], occ.offsets[tags[-1].end]
        written = "&".join(occ.url[f.start:f.end] for f in tags)
        from ..identity import site_domain
        from ..urls import split_url

        host = split_url(occ.url).host.lower()
        from .collection import STORE_HOSTS

        # a store listing's tags are its app's publisher's, not the store's (scan.collection.listing_publisher)
        whose = f"the tagging of the app's publisher on {host}" if host in STORE_HOSTS else \
            f"{site_domain(host)}'s tagging"
        message = "" if collected is None else (  # None: the caller says it (copied_list_note)
            f"`{written}` {'are' if len(tags) > 1 else 'is'} {whose} (or whoever shared the link), "
            f"not this repository's: {collects(collected)}. "
            f"Keep the tags if the file records those links, remove them if you publish the link as your own; "
            f"do not complete or respell them")
        line, column = index.pos(start)
        end_line, end_column = index.pos(end)
        # a note, not a failure: a dataset or a backlog that records other people's links is correct as it is
        # (the rule's own severity is for a link published with someone else's tags: a marker's finding)
        return Diagnostic(shown, line, column, rule_.code, rule_.name, "info", message,
                          end_line, end_column, None)

    def _opening_bases(self, text: str, url: str, start: int) -> Tuple[str, ...]:
        """The URLs the name a template link opens with stands for (scan.core.opening_bases: the file's constants),
        read from the file, or given by validate_url's caller (`known_bases`)."""
        if self.known_bases is not None:
            return self.known_bases
        if not text:
            return ()
        from .core import opening_bases

        return opening_bases(text, url, start)

    def _own_tags_urls(self, text: str, occ) -> Tuple[str, ...]:
        """The URL a link tagged as the site's own navigation goes to, as the site's own-host tests read it: the URL
        as written, or, for a template link opening with a name the file sets (`${SIGNUP}?utm_source=website&
        utm_medium=footer` after `const SIGNUP = "https://acme.dev/signup"`: scan.core.opening_bases), the one
        address every URL the name stands for is on (newuser49 F2: told medium-unassigned's `referral`, the literal
        link by another spelling being utm-internal-link's); a name standing for several hosts is not one."""
        if occ.url[:2] != "${":
            return (occ.url,)
        bases = self._opening_bases(text, occ.url, occ.start)
        hosts = {split_url(base).host.lower() for base in bases}
        return (bases[0],) if len(hosts) == 1 and all(hosts) else (occ.url,)

    def _linked_opening(self, text: str, occ) -> str:
        """The host of the URL the name a template link opens with stands for (`${SIGNUP}?utm_source=...` after `const
        SIGNUP = "https://app.shiptime.com/"`: scan.core.opening_bases), when every such URL is on a host the site's
        Google tag links with it (Judge.file_linked), else ""."""
        if not self.file_linked or occ.url[:2] != "${":
            return ""
        bases = self._opening_bases(text, occ.url, occ.start)
        if not bases or not all(on_linked_host(base, self.file_linked) for base in bases):
            return ""
        return split_url(bases[0]).host.lower()

    def _opening_elsewhere(self, text: str, url: str, start: int, written) -> bool:
        """Whether a link a snippet whose host comes from elsewhere was read for (an `unknown-host` entry of
        rules/platform-written-tags.txt: Unsplash's `${photo.user.links.html}?utm_source=app&utm_medium=referral`) opens
        with a name the file's constants say stands for URLs on another host (scan.core.opening_bases: `const BLOG_URL =
        'https://www.taka-techblog.com/blog'`): the host is written after all, and not the snippet's, so the tags are the
        team's own (taka-techblog's Zenn sync script, corpus 39 #50: its cross-post link template, told nothing as
        Unsplash's attribution). A name the file does not set, or one set to the snippet's host, stays the snippet's."""
        if not getattr(written, "unknown_host", False) or url[:2] != "${":
            return False
        bases = self._opening_bases(text, url, start)
        hosts = [split_url(base).host.lower() for base in bases or ()]
        return bool(hosts) and all(host and host != written.host and not host.endswith("." + written.host)
                                   for host in hosts)

    @staticmethod
    def _sets_name(text: str, occ) -> bool:
        """Whether the file assigns the plain name a template link opens with (`${CALLED}&...` after `CALLED =
        record(...)`), before the link; a member of another name (`${urls.DONATE_BASE_URL}`) is not the file's."""
        opened = _HEAD_IN_QUERY.match(occ.url)
        name = opened.group(1) if opened else ""
        if not text or not re.fullmatch(r"[A-Za-z_$][\w$]*", name):
            return False
        from .core import _assigned

        return bool(_assigned(text, name, occ.start))

    def _forwarded(self, text: str, occ, shown: str) -> bool:
        """Whether every utm tag of the link is a slot the file fills from the page's own address with the same key and
        none can write a tag the visit did not bring (own_site.forwarded_tags); validate_url's caller says so
        (`known_forwarded`), read from the file alike."""
        if self.known_forwarded is not None:
            return self.known_forwarded
        from .own_site import forwarded_tags

        return forwarded_tags(text, occ.url, occ.start, shown)

    def _forwarding_note(self, text: str, occ, shown: str) -> str:
        """utm-internal-link's sentence on a link that passes the visit's tags on but writes its own where the visit
        brought none (own_site.forwarding: a default, or `null` for a key the address lacks): what it writes and
        where GA4 files it (review44 F4)."""
        if "{" not in occ.url and "$" not in occ.url:
            return ""
        from ..channels import channel_of
        from .own_site import forwarding

        reading = forwarding(text, occ.url, occ.start, shown)
        if reading is None or reading.forwarded or not reading.writes:
            return ""
        written = dict(reading.writes)
        said = "&".join(f"{key}={value}" for key, value in reading.writes)
        channel = channel_of(written.get("utm_source"), written.get("utm_medium"), written.get("utm_campaign"))
        if all(value in ("null", "undefined", "None") for value in written.values()):
            return (f"It passes on the tags the visit arrived with, but for a visit that came without them the "
                    f"template writes `{said}`: GA4 credits the rest of every such visit to {channel} instead of "
                    f"where the visitor came from. Add the tags only when the visit brought them, or link without them.")
        return (f"It passes on the tags the visit arrived with, but for a visit that came without them it writes "
                f"the file's own `{said}`: every visitor reaching this page from search, a bookmark or another site "
                f"and clicking the link is credited to {channel} instead. Drop the defaults and add each tag only "
                f"when the visit brought it, or link without them.")
    def _unopened_query(self, shown: str, index: LineIndex, occ) -> List[Diagnostic]:
        """url-invalid on a web address written with `&` where its query should open with `?`
        (`https://acmeflow.com/donate&utm_campaign=spring&utm_source=android`: checks.links.ampersand_for_question), a
        link that has no query, so no tags: the `&` must be `?` (as lint says of a campaign file's `url:`; the template
        form is _query_less_opening's). Not on another project's code (a vendored library's: whose OTHER), where only
        copied-tracking speaks."""
        from ..checks.links import ampersand_for_question, ampersand_message

        amp = ampersand_for_question(occ.url)
        if amp == -1 or amp >= len(occ.offsets) - 1 or self.whose(occ.url)[0] == OTHER:
            return []
        start = occ.offsets[amp]
        line, column = index.pos(start)
        end_line, end_column = index.pos(start + 1)
        return [Diagnostic(shown, line, column, "UTM303", "url-invalid", "error", ampersand_message(occ.url, amp),
                           end_line, end_column, None)]

    def _sheet_disagreement(self, shown: str, text: str, index: LineIndex, occ, synthetic: Synthetic
                            ) -> List[Diagnostic]:
        """utm-key-repeated on a link sheet's landing page whose cell writes a utm key its row's filled column gives
        otherwise (`https://acmeflow.com/launch?utm_source=partner-blog.com` beside the Source column's `partner-blog`,
        review44 F11): the row builds no one link. A builder appending the columns writes the key twice (which copy GA4
        keeps is undocumented), and `utmlint import` skips the row with the same sentence; said on the cell's value. The columns are
        the ones missing-utm-param reads (scan.data.sheet_row_cells, import's generic preset), a value compared as
        import compares it (decoded, exact)."""
        from ..urls import unquote
        from .data import sheet_row_cells

        out = []
        for key, header, given in sheet_row_cells(text, occ.start):
            field = synthetic.fields.get(key)
            if not given.strip() or field is None or field.name_end >= field.end:
                continue
            written = unquote(occ.url[field.name_end + 1:field.end])
            if written == given or PLACEHOLDER.search(written):
                continue
            start, end = occ.offsets[field.name_end + 1], occ.offsets[field.end]
            line, column = index.pos(start)
            end_line, end_column = index.pos(end)
            message = (f"{key} is `{written}` in this landing page but `{given}` in the row's `{header}` column: the "
                       f"link the sheet builds would carry `{key}` twice (which copy GA4 keeps is undocumented), and "
                       f"`utmlint import` skips the row; keep one of them in the sheet")
            out.append(Diagnostic(shown, line, column, "UTM307", "utm-key-repeated", "warning", message, end_line,
                                  end_column, None))
        return out

    def _query_less_opening(self, shown: str, text: str, index: LineIndex, occ) -> Optional[Diagnostic]:
        """url-invalid on a template link that goes on with `&` after a name the file sets to an address with no `?`
        (`${DONATE_BASE}&utm_campaign=spring&utm_source=android` after `const DONATE_BASE = "https://acmeflow.com/
        donate"`, review44 F17): the link is `https://acmeflow.com/donate&utm_campaign=...`, with no query at all, so
        GA4 reads none of its tags (and the page may not exist); the `&` must be `?`. Every URL the name may stand for
        (scan.core.opening_bases: the file's constants, both branches of a conditional) has no `?` and no `#`; a name
        the file does not set (another module's constant may hold a query) is not judged. None otherwise."""
        opened = _HEAD_IN_QUERY.match(occ.url)
        if opened is None or "?" in occ.url or "#" in occ.url or not text:
            return None
        bases = self._opening_bases(text, occ.url, occ.start)
        from ..urls import is_web_url

        if not bases or not all(is_web_url(base) and split_url(base).query is None and split_url(base).fragment is None
                                for base in bases):
            return None
        name = opened.group(1)
        writes = re.findall(rf"(?<![\w$.]){re.escape(name)}\s*(\+=|\|\|=|\?\?=|&&=|=(?![=>]))", text[:occ.start])
        if len(writes) > 1 or any(op != "=" for op in writes):
            # the name is written again before the link (`DONATE_BASE += "?ref=app"`, a conditional `+= "?lang=" +
            # locale`): its address may have a query by then, and `?` would break it (review45 F3)
            return None
        at = opened.end() - 1
        if at >= len(occ.offsets) - 1:
            return None
        start = occ.offsets[at]
        line, column = index.pos(start)
        end_line, end_column = index.pos(start + 1)
        said = f"`{bases[0]}`" if len(set(bases)) == 1 else " and ".join(f"`{base}`" for base in sorted(set(bases)))
        link = bases[0] + occ.url[at:]
        link = link if len(link) <= 100 else link[:97] + "..."
        message = (f"`{name}` is {said}, with no `?`, so this `&` starts no query: the link is `{link}`, a page "
                   "that may not exist, and GA4 reads none of its tags; write `?` in place of this `&`")
        return Diagnostic(shown, line, column, "UTM303", "url-invalid", "error", message, end_line, end_column, None)

    def _store_opening(self, text: str, occ) -> bool:
        """Whether every URL the name a template link opens with stands for (scan.core.opening_bases: the file's
        constants, both branches of a conditional) is an app store's listing (urls.store_listing): the link is that
        listing with its tags. validate_url's caller gives the bases (`known_bases`), read from the file alike."""
        bases = self._opening_bases(text, occ.url, occ.start)
        from ..urls import store_listing

        return bool(bases) and all(store_listing(base) for base in bases)

    def _published(self, path) -> str:
        """The host the repository's site is published on (identity.published_host), or "" when unknown."""
        return self.identities.published_host(path) if self.identities is not None else ""

    def copied_publisher(self, path, shown: str, text: str) -> Publisher:
        """The list publisher whose links the file copies ((its site, its referral utm_source, its listing's
        utm_source): scan.copies.copied_publisher), or NO_PUBLISHER: judge reads the file's links carrying the referral
        source, or going to that site with the listing's source, as the publisher's (publishers_link)."""
        from .copies import copied_publisher

        here = self._identity_here(path, shown)
        if here is None or here.library:
            return NO_PUBLISHER
        return copied_publisher(text, here)

    def copied_list_note(self, shown: str, path, index: LineIndex, occ: Occurrence, origin: Union[str, Publisher],
                         held: "CopyHeld" = None) -> Optional[Diagnostic]:
        """The one note on a copy of another repository's list (library_and_copy): its links' tags are that list's
        publisher's (Simplify's `utm_source=Simplify&ref=Simplify` in a fork or a notifier's cached copy, corpus 21),
        so no link of it is told to complete or respell them; said once, on its first tagged link, so the file is not
        passed over in silence (its labelled copied tags were all missed while it was). It names what it holds back
        (`held`: copy_held), as the hedged note does (naming_held)."""
        found = self.collection_note(shown, path, index, occ, None)
        if found is None:
            return None
        found = found._replace(message=copy_said(origin))
        return found if held is None or not held.rules else naming_copy_held(found, held)

    def copy_note_speaks(self, path) -> bool:
        """Whether copied-tracking speaks on the file (neither the command line nor the config's per-file ignores turn
        it off): only then may a copy's one note stand for its links. With it off (`--ignore UTM310`), a copy's links
        are judged as the team's, so what the note would hold back is shown in full (stranger16 R21), as an ignore of
        the hedged note on its line shows its held findings."""
        rule_ = next((r for r in self.url_linter.by_target.get("link", ()) if r.code == _COPIED_CODE), None)
        if rule_ is None:
            return False
        from ..registry import selector_match

        return not any(selector_match(s, rule_) >= 0 for s in self.url_linter._per_file_ignores(path))

    def copy_held(self, shown: str, path, text: str, index: LineIndex,
                  links: Sequence[Tuple[Occurrence, Synthetic]], silenced=None, publisher: Publisher = NO_PUBLISHER
                  ) -> "CopyHeld":
        """What a copy's one note holds back (copied_list_note): the findings the file's `links` it stands for would
        get as the team's own (judged with the copy reading off: `kept`, no publisher), one link of each form (its
        utm values as written) judged for all the links of that form. A utm_source written on MIN_LISTED_PAGES links
        or more is the list's own tagging, its publisher's choice (Simplify's `utm_source=Simplify` on every row, its
        `utm_source=GHList&utm_medium=company` listing); a mistake of the values (not a missing key alone: someone
        else's tags nearly always lack one) under a source fewer links carry is a person's, whoever's: the note then
        rises to a warning and names those lines (stranger16 R21: a team's own `emial` and `referal` held back in an
        info, exit 0). A list publisher's referral and listing sources (`publisher`) are its own tagging however few
        rows carry them: the reading found them so. `silenced(line, code)`: the line's own ignore covers it."""
        from collections import Counter

        from .copies import MIN_LISTED_PAGES

        forms: Dict[tuple, List[Tuple[Occurrence, Synthetic]]] = {}
        sources: Counter = Counter()
        for occ, synthetic in links:
            values = dict(synthetic.values)
            forms.setdefault(tuple(sorted(values.items())), []).append((occ, synthetic))
            sources[values.get("source", "").strip().lower()] += 1
        for source in (publisher.source, publisher.listing):
            if source:
                sources[source.strip().lower()] += MIN_LISTED_PAGES
        publisher, self.file_publisher = self.file_publisher, NO_PUBLISHER
        rules: Dict[str, str] = {}
        lines: List[int] = []
        try:
            for form in forms.values():
                occ, synthetic = form[0]
                found = [d for d in self.judge(shown, path, text, index, occ, synthetic, library=False, kept=True)
                         if d.severity != "info" and d.code != _COPIED_CODE]
                for d in found:
                    held_on = [o.line for o, _ in form if silenced is None or not silenced(o.line, d.code)]
                    if not held_on:
                        continue
                    rules[d.code] = f"{d.name} ({d.code})"
                    if d.code != "UTM101" and sources[dict(synthetic.values).get("source", "").strip().lower()] \
                            < MIN_LISTED_PAGES:
                        lines.extend(held_on)
        finally:
            self.file_publisher = publisher
        return CopyHeld(tuple(rules[code] for code in sorted(rules)), tuple(sorted(set(lines))))

    def data_set_note(self, shown: str, path, index: LineIndex, occ: Occurrence, collected) -> Optional[Diagnostic]:
        """The one note on a data set of other people's links (a `.csv` a collection, scan.collection): its rows are
        records (Hacker News posts for a lesson, scraped pages), so no row is told to strip, complete, respell or
        secure its URL (corpus 10's 30 Days of Python `data/hacker_news.csv`: 56 findings on 30 rows); said once,
        on the first such row, so the file is not passed over in silence."""
        found = self.collection_note(shown, path, index, occ, collected)
        if found is None:
            return None
        message = (f"{collects(collected, data_set=True)}: its "
                   f"URLs and their utm tags are records, kept as the data has them, so no row is judged"
                   + ("" if collected.records and not collected.answers else
                      "; if you publish one of these links as your own, take its tags off"))
        return found._replace(message=message)

    def escaped_records_note(self, shown: str, path, index: LineIndex, occ: Occurrence, escaped: int
                             ) -> Optional[Diagnostic]:
        """The one url-html-escaped note on a data set whose records write `&amp;` for `&` (`utm_source=GHList&amp;
        utm_medium=company` in a tracker's CSV, corpus 21 #104): no row of a data set is judged (data_set_note), but a
        CSV cell decodes no entity, so analytics reads `amp;utm_medium`, a key it ignores, on each such link published
        as it is; said once, on the first of them, with their number (`escaped`)."""
        rule_ = next((r for r in self.url_linter.by_target.get("link", ()) if r.code == _HTML_ESCAPED), None)
        at = occ.url.lower().find("&amp;")
        if rule_ is None or at == -1:
            return None
        from ..registry import selector_match

        if any(selector_match(s, rule_) >= 0 for s in self.url_linter._per_file_ignores(path)):
            return None
        line, column = index.pos(occ.offsets[at])
        end_line, end_column = index.pos(occ.offsets[at + len("&amp;")])
        return Diagnostic(shown, line, column, rule_.code, rule_.name, "info", escaped_records_said(escaped),
                          end_line, end_column, None)

    def _written_empty(self, synthetic: Synthetic, occ: Occurrence, shown: str, text: str) -> bool:
        """Whether a link that ends at a key's `=` (or an `&`) has that value written empty, not left for a program to
        fill: it is in a document that writes its links whole (a Markdown or reST page: _WRITTEN_WHOLE), holds no
        placeholder, and carries another utm value, so it is a tagged link as published. Salesforce CLI's release
        notes link their blog with `...?utm_campaign=February_2020&utm_source=release_notes&utm_medium=` (corpus 52
        #2): the medium is empty, and GA4 records `release_notes / (not set)` under Unassigned. A code literal's
        `'...&utm_medium=' + medium` goes on in the program (synthetic.open_query), and a guide's bare
        `?utm_source=` carries no value at all: neither is said to lack a key. Nor is a template a guide quotes as
        inline code (`` `https://acme.io/?...&utm_campaign=` `` "then add your value"): shown to be completed, as a
        code literal's (review48 F11)."""
        family = occ.family if occ.family != "plain" else self.file_family or occ.family
        return family in _WRITTEN_WHOLE and not synthetic.tokens and occ.url.endswith(("=", "&")) \
            and any(value for _, value in synthetic.values) and not _quoted_example(shown, text, occ)

    def judge(self, shown: str, path, text: str, index: LineIndex, occ: Occurrence,
              synthetic: Optional[Synthetic] = None, entry: bool = False,
              extension: bool = False, collected=None, comment: bool = False,
              library: Optional[bool] = None, kept: bool = False,
              silenced: Optional[Callable[[str], bool]] = None, named: str = "") -> List[Diagnostic]:
        """The findings on one occurrence. `entry`: the link is where visitors enter the site from outside
        (a web app manifest's `start_url`, `scan.manifest`), so a relative one is not an internal link: its
        values are judged as a campaign's and utm-internal-link does not speak. `extension`: the file is a browser
        extension's (`scan.extension`), where a relative link may be prefixed with a site's origin: it is not known
        internal, so utm-internal-link does not speak, and its values are judged as a campaign's, as an entry's are
        (`utm_medium=popup` on the Relay add-on's link to its site lands in Unassigned).
        `collected`: the file is a collection of other people's links (collection_of): a link of it whose tags
        are not the file's own gets copied-tracking and only the rules about the URL itself, none about its tags.
        `comment`: the link is written in a code comment (scan.comments: CODE_COMMENT) or read another way (any other
        truthy value: a changelog's example, an `<iframe>`'s `src`), read by whoever reads the code and followed
        by no visitor: only the rules about the URL as written speak (copied tracking, http, an e-mail address, and in
        a code comment a key GA4 cannot read), none about its values (complete, respell, or remove them as internal). `library`: whether the file is another
        project's code (library_of, worked out once per file by the caller; None: worked out here). `kept`: the
        line ignores copied-tracking (`utmlint: ignore[UTM310]`, as its hedged note offers): the team keeps these tags
        as its own, so the rules about their values speak as on any of its links (stranger11 R4: following the
        note's advice silenced the link's missing campaign and Unassigned medium). `silenced(code)`: whether the
        line's own `utmlint: ignore[...]` covers that rule: a finding the author ignored is not held back in a note's
        name, nor raises it (stranger16 R14). `named`: the link is a relative path a Markdown doc names as text
        (scan.examples.named_path: NAMED_IN_CELL, a table cell's whole text; NAMED_IN_PROSE, inline code in running
        text; NAMED_IN_PLAN, running text of a campaign doc): no internal link; a table cell's values are judged as a
        campaign's, and a campaign doc's sentence's, a sentence's elsewhere are not.
        Afterwards `values_own` says whether the link's values were judged as the team's own campaign's (none of
        the above held them back, nor copied tracking, an example or a pattern): its utm_campaign is then one the
        repo-wide campaign-fragmentation compares (scan.run). `set_aside` says why the values of a link read as the
        team's own were not judged on the link alone (a sample's one-letter values, another site credited, an
        example's demo), "" otherwise: scan counts such links, never a finding (scan.notes.SET_ASIDE)."""
        self.values_own = self.values_read = self.values_pattern = False
        self.last_own = None
        self.set_aside = ""
        self.held_back = ("", "")
        referrer = play_referrer(occ.url) if "referrer" in occ.url else None
        if referrer is not None:
            return self._judge_referrer(shown, path, text, index, occ, referrer, entry, extension, collected,
                                        comment, library)
        synthetic = synthetic or build(occ.url)
        if synthetic is not None and not synthetic.internal and (
                php_site_address_head(occ.url)
                or str(path).lower().endswith(".liquid") and liquid_store_address_head(occ.url)) and \
                self.file_place not in ("email", "feed") and not sent_elsewhere(text, occ.start, occ.url):
            # A Shopify theme's `{{ shop.url }}/pages/x?utm_...` or `{{ product.url }}?utm_...` (core.
            # liquid_store_address_head), the same: the shop's own address on one of its pages (newuser48c F2)
            # `<a href="<?php echo home_url() ?>/pricing/?utm_...">` in a theme's page template: PHP writes the site's
            # own address on one of its pages, a link between the site's pages (utm-internal-link's), as the relative
            # link it was read as before scan.core read the echo with its URL (review46 F10); only an e-mail's or a
            # feed's template (linkplace) sends it from outside the site, where it is the site's address seen from a
            # mail client or a reader (corpus 45 #55 #57 #58)
            # Only WordPress' own-address helpers (`home_url()`, `get_permalink()`: an echo of `$p['url']` may be any
            # site's), and not a link the visitor copies or shares (`navigator.clipboard.writeText('<?php echo
            # get_permalink() ?>?utm_source=copy...')`): it leaves the site, as `${window.location.origin}`'s does
            # (review46 F18)
            synthetic = build(occ.url, own_site=True) or synthetic
        if synthetic is not None and synthetic.internal and page_origin(occ.url) is not None and \
                sent_elsewhere(text, occ.start, occ.url):
            # `navigator.clipboard.writeText(`${window.location.origin}/invite?utm_...`)`, a tweet's
            # `encodeURIComponent(...)`: a link the visitor sends to a friend or a network (own_site.sent_elsewhere),
            # whose tags are the team's campaign's: judged as any outbound link's, the page's origin an unknown host
            synthetic = build(occ.url, delimited=True, sent=True) or synthetic
        if synthetic is None:
            if collected is not None and occ.url in collected.others and not (is_data_set(path) or collected.records):
                found = self.collection_note(shown, path, index, occ, collected)  # `utm_hp_ref` alone
                return [] if found is None else [found]
            return self._unopened_query(shown, index, occ)
        whose, written = self.whose(occ.url)
        if whose == SNIPPET and self.own_tagging(occ.url, written):
            whose = OWN  # the file writes these tags on other sites' links too: its own placement's (own_tagging)
        if whose == SNIPPET and self._opening_elsewhere(text, occ.url, occ.start, written):
            whose = OWN  # `${BLOG_URL}/${slug}?utm_source=zenn&utm_medium=referral`: the file names the host
        if isinstance(written, ReferralLink) and self.identities is not None and referral_owned(
                occ.url, written.host, self._identity_here(path, shown)):
            whose = OWN  # the file's repository runs the programme, or its own tags beside a code (scan of paths)
        if whose == SNIPPET and not isinstance(written, ReferralLink) and self._identity_here(path, shown) and \
                on_domain(split_url(occ.url).host.lower(), written.host) and \
                self._own_address(occ.url, path, shown, folders=False):
            whose = OWN  # the site's own repository (reown-com's docs, novitalabs' SDK): the tags a site hands out are its
            # own to judge there, as with its host in `own-hosts` (review44 F20); in scan and in validate_url given the
            # repository alike. Not a program's tags on another host (Weblate's widget on jellyfin's own instance):
            # the software wrote them there, not the site's owner
        if whose == OWN and "badge" in occ.url.lower() and listing_badge(occ.url, self._identity_here(path, shown)):
            whose = SNIPPET  # the badge a site hands out for the project it lists (Openbase's, Emerge Tools')
        self.last_own = whose == OWN
        example = self.example(occ.url) if whose == OWN else ""  # `https://example.com/?utm_campaign=A`: an illustration
        # and the same address written with and without the `/` ending its path, with one utm key (spelled_twins)
        spelled = whose == OWN and occ.url.strip() in self.file_twins and len(synthetic.fields) == 1 and \
            not self._own_address(occ.url, path, shown)
        pattern = whose == OWN and occ.url.strip() in self.file_patterns
        # or a link sheet's `**Format**:` line naming each part (`utm_source=SOURCE`: labelled_format)
        line_at = max(text.rfind("\n", max(0, occ.start - LABEL_REACH), occ.start) + 1, occ.start - LABEL_REACH, 0)
        described = whose == OWN and not pattern and labelled_format(text[line_at:occ.start] or self.line_before,
                                                                     occ.url)
        if pattern or described:  # a guide's pattern, filled below it for each network (filled_patterns): its
            # `[SOURCE]` is a slot, as `{source}` is, no value to respell or to file under a channel
            from ..checks.tracking.unfilled import _unfilled_word

            synthetic = synthetic._replace(whole_placeholders=synthetic.whole_placeholders | frozenset(
                param for param, field in synthetic.fields.items() if described or _unfilled_word(field.value)))
            pattern = True
        test_data = whose == OWN and (self.file_test or self._in_test_code(path, text, occ.start))
        if example and (self.file_code or not DOCUMENTATION_HOST.search(example) or _demonstrated(path, text, occ)) \
                or test_data:
            # test data (an example host's link in code, any link of a test's code), or a program's input its README
            # demonstrates (stranger16 R11): only what a reader copies verbatim
            if test_data and not synthetic.internal:  # counted as read, not judged (review41 M1)
                self.set_aside = set_aside_said("test")
            elif example:
                self.held_back = ("example", example)
            doc_text, diagnostics = self._url_pass(synthetic, path, shown, comment)
            return [mapped for mapped in (self._map(shown, text, index, occ, synthetic, d, "url", doc_text)
                                          for d in diagnostics if d.code.startswith(EXAMPLE_KEEPS)) if mapped is not None]
        # a page's link to its own site's address (file_site): its tags are utm-internal-link's, as a relative link's
        # are (below), never a campaign's values; the URL as written is judged as ever (`http://`, copied tracking)
        to_own_site = whose == OWN and not synthetic.internal and not entry and (
            bool(self.file_site) and on_site(occ.url, self.file_site)
            and not ((self.file_content or self.file_app_page) and names_an_outside_channel(occ.url))  # a link
            # sheet's campaign link, an admin page's drafted post (`?utm_source=x&utm_medium=social`: corpus 37 #40)
            or self.file_page and site_navigation_tag(synthetic, occ.url, self._identity_here(path, shown), shown)
            or site_own_tags(synthetic, shown) and self.file_place != "email" and any(
                not (self.file_site and not on_site(url, self.file_site)) and (
                    self._own_main_host(url)
                    or bool(self.file_template_site) and on_site(url, self.file_template_site))
                for url in self._own_tags_urls(text, occ))
            or on_linked_host(occ.url, self.file_linked) or self._linked_opening(text, occ)
            # the page's own address (its canonical link, its og:url): the site's own page, whatever its host
            or page_address(text, occ.start, occ.end)) \
            and not _quoted_example(path, text, occ) and not sent_elsewhere(text, occ.start, occ.url) \
            and not fed_out(occ.url)
        if to_own_site:
            synthetic = synthetic._replace(internal=True)
        if whose == OWN and self.file_publisher.site and publishers_link(occ.url, *self.file_publisher):
            whose = OTHER  # a list publisher's link, copied with its tags (scan.copies.copied_publisher)
        if whose == OWN and (self.library_of(path, shown, text) if library is None else library):
            whose = OTHER  # a vendored library's code (identity.vendored_library): its tags are its authors'
        if collected is not None and occ.url in collected.others and whose == OWN:
            return self._judge_collected(shown, path, text, index, occ, synthetic, collected)
        if comment and whose == OWN:
            # a relative link in a database's rows (the HTML of a post an app renders: `href="/form/?utm_source=blog&amp;
            # ..."` in a migration) goes from one of the site's pages to another, wherever its content is edited: its
            # tags are utm-internal-link's (corpus 27 #62), its values are still not judged
            internal = synthetic.internal and not (entry or extension or named) and relative_path(occ.url) \
                and self.file_rows
            return self._as_written(shown, path, text, index, occ, synthetic, comment=comment, internal=internal)[0]
        if whose == OWN and asset_kind(occ.url):  # an image's, a stylesheet's, a script's tags: no page reads them,
            # so no advice on them (their channel, spelling, completeness); the URL as written is still judged
            kind = asset_kind(occ.url)
            self.held_back = ("archived", "") if kind == ARCHIVED_COPY else ("asset", kind)
            return self._as_written(shown, path, text, index, occ, synthetic)[0]  # (stranger9 R19)
        if whose == OWN and self.file_script and self._requested(text, occ):  # a script's curl or wget: a request,
            # no browser's visit, so no advice on its tags; the URL as written is still judged (review45 F19)
            self.held_back = ("request", "")
            return self._as_written(shown, path, text, index, occ, synthetic)[0]
        out = []
        url_pass = ("url", self._url_pass(synthetic, path, shown, cited=self._cited(text, occ, shown, path),
                                          fetched_by=self._fetched_by(path, shown, text, occ) if whose == OWN else ""))
        # A relative link's tags should go (utm-internal-link): judging them as a campaign's values would
        # tell the author to complete or respell them. A site's own snippet keeps its values too: only the
        # URL as written is judged (Product Hunt's badge writes `utm_souce`, a key GA4 ignores).
        # So is a relative link in a browser extension's file (`extension`): its code may prefix a site's origin (the
        # Relay add-on's popup, corpus 5 #132 #137), external traffic whose tags are the campaign's: an entry's
        # A relative path a Markdown doc names as text (`named`: inline code or a table cell, scan.examples.named_path,
        # the ad destination `/?utm_segment=vet&utm_campaign=...` of a campaign doc, corpus 25 #50 #51 #53 #56) is no
        # link a visitor clicks from one of the site's pages to another: utm-internal-link does not speak. A table
        # cell's is a campaign doc's list of the destinations its links go to: its values are judged as a campaign's,
        # as a team's own link's are (corpus 25 #53: a campaign without source and medium). Inline code in running
        # text is a sample request, a pattern (statamic's docs, corpus 19 #58: `/blog?page=2&utm_medium=social`):
        # only the URL rules judge it (utm-in-fragment on `/#roi?utm_campaign=...`); but in a doc about the team's own
        # campaigns or ads (NAMED_IN_PLAN), running text names their landing page, judged as a cell's (corpus 26 #44:
        # a Google Ads plan's `/?utm_source=google` "for tracking", no paid medium).
        internal = synthetic.internal and not entry and not extension and named not in (NAMED_IN_CELL, NAMED_IN_PLAN)
        # A relative link whose every tag is a slot the file fills from the page's own address with the same key
        # (`/auth?...&utm_source=${utmSource}` under `const utmSource = urlParams.get('utm_source') || 'paid'`: a paid
        # landing page passing its ad's tags on to the sign-up it leads to, own_site.forwarded_tags) overwrites
        # nothing: utm-internal-link does not speak (corpus 38 #51); its values are the visit's, not judged either
        forwarded = internal and relative_path(occ.url) and self._forwarded(text, occ, shown)
        # On a link between the site's pages (utm-internal-link's), tags after its `#` are to go, not to be moved
        # into the query, where GA4 would take them: utm-in-fragment does not speak there.
        speaks_internal = internal and not named and not forwarded and any(d.code == _INTERNAL_LINK
                                                                            for d in url_pass[1][1])
        # A utm_source naming another website by its domain, on a link to a third site
        # (checks.tracking.copied_outgoing.credited_site: `utm_source=backstage.io` on roadie.io), credits that site's
        # placement: its values are not the team's to respell or complete; only the URL rules judge the link (copied
        # tracking, http, `&amp;`)
        credited_to = self._credited_site(occ.url, path, shown) if whose == OWN and not internal and not any(
            d.name == COPIED_TRACKING for d in url_pass[1][1]) else ""
        credited = bool(credited_to)
        letters = whose == OWN and self._sample(synthetic)  # `google.com?utm_source=a`: a sample of how tags read
        # and so is a link to an example's own demo deployment (`examples/custom-targeting/README.md` linking
        # `custom-target-plasmic.vercel.app/?utm_source=google`: illustrations.demo_deployment): its tags show what the
        # example does, no campaign's values to complete
        demo = not letters and whose == OWN and self.in_file and demo_deployment(self.file_example, occ.url)
        # and a test visit's address, every utm value `test` (_test_marker: a GA4 debugging guide's)
        marker = not (letters or demo) and whose == OWN and self._test_marker(synthetic)
        sample = letters or demo or marker
        if not internal:  # read and set aside: counted and listed by scan, never a finding (scan.notes.set_aside_said)
            self.set_aside = set_aside_said("credited", credited_to, dict(synthetic.values).get("source", "")) \
                if credited else set_aside_said("sample") if letters else set_aside_said("demo") if demo else \
                set_aside_said("marker") if marker else ""
        # A link the file shows for another party (a sponsor block, a sponsors file, an advertiser's slot:
        # scan.placement) carries the tags that party chose: advice to respell, rename or add a value would split its
        # reports (the lead's ruling, session 40); only the URL rules judge it (`&amp;`, tags after `#`, a repeated key)
        placed_by = self.placement(occ.url, path, shown, text, occ.start, url_pass[1][1]) \
            if whose == OWN and not (internal or credited or sample) else ""
        placed = bool(placed_by)
        if placed:  # counted as read and not judged, as a sample is: no "All clean" over them (review41 M1)
            from .partner_tags import partner_tags

            self.set_aside = set_aside_said("partner" if placed_by == partner_tags(occ.url) else
                                            "cited" if placed_by.startswith(CITED_WORK) else "placed", placed_by)
        passes = (url_pass,) if internal or whose != OWN or credited or sample or placed else (
            ("values", self._values_pass(synthetic, path, shown)), url_pass)
        # Someone else's utm tags copied with the link (a share button's, a newsletter's): copied-tracking says
        # to strip them; respelling or completing them would be a second finding for the same mistake. A visit's own
        # id copied with the link (`_ga=`, `gclid=`) says the whole address is that visit's, tags and all (HubSpot's
        # `utm_campaign=UserGuides` beside its reader's `_ga`, corpus 9 #121): no advice on those tags either, unless
        # their utm_source names the repository itself (`utm_source=acme` in acme/site): then they are the team's own
        # campaign's, and what is wrong with them (an Unassigned medium) is the team's to hear (stranger9 R7).
        copied = _copied_spans(synthetic, url_pass[1][1])
        if not copied and not self._source_names_repository(synthetic, path, shown):
            copied = _copied_spans(synthetic, url_pass[1][1], any_field=True)
        if kept:
            copied = []
        # an escape only inside another site's copied tags, which copied-tracking strips (not its hedged note):
        # mending it would only make GA4 read tags that are to go (corpus 26 #18, validate_url alike)
        from ..checks.tracking.html_escaped import escapes_within

        moot_escape = escapes_within(synthetic.url, _copied_spans(
            synthetic, [d for d in url_pass[1][1] if d.severity != "info"], any_field=True)) if copied else False
        # A hedged note (info: the tags may be the team's own) stands for the value findings it holds back; it names
        # them, so a team whose tags they are learns they have mistakes too (stranger11 R4)
        held: List[Diagnostic] = []
        # Every utm parameter after the `#` (`.../northamerica#L1154?utm_source=...`): GA4 reads none of them, and
        # url-fragment-order or utm-in-fragment says to move them; judging their values would be a second finding.
        hash_at = occ.url.find("#")
        in_fragment = hash_at != -1 and bool(synthetic.fields) and all(
            f.start > hash_at for f in synthetic.fields.values()) and any(
            d.code.startswith(_FRAGMENT_RULES) for d in url_pass[1][1])
        # utm tags on a platform page whose owner never sees them (`github.com/owner?utm_medium=sponsor`): that is the
        # one finding; completing, respelling or moving them, or arguing their channel, would be work for nothing
        useless = not copied and any(d.code == _USELESS for d in url_pass[1][1])
        self.values_own = len(passes) == 2 and not (copied or in_fragment or useless or pattern or example)
        # and whether they were judged at all as the team's (an example host's too, with the rules that speak there):
        # the inventory's `own` (scan.run._whose_said); a guide's pattern's values are slots to fill, no campaign's
        # (review47 F1: `utmlint import` wrote `campaign: CAMPAIGN`, `source: SOURCE` from a `**Format**:` line)
        self.values_read = len(passes) == 2 and not (copied or in_fragment or useless or pattern)
        self.values_pattern = len(passes) == 2 and pattern and not (copied or in_fragment or useless)
        outgoing = whose == OWN and self.outgoing(occ.url)  # the team's tags for another site's reports
        for kind, (doc_text, diagnostics) in passes:
            if kind == "values" and (in_fragment or useless):
                continue
            for d in diagnostics:
                if whose == OTHER and d.name != COPIED_TRACKING:
                    continue
                if outgoing and d.code in _VOCABULARY:
                    continue
                if outgoing and d.code == _UNASSIGNED:  # nor its `mediums` list's note in the advice (newuser44 L4)
                    d = d._replace(message=_TEAM_LIST_NOTE.sub("", d.message))
                if comment == COMMENTED_OUT and d.code == _COPIED_CODE:
                    continue  # commented-out code's link (another site's, a snippet's): no one's visit copied
                if spelled and d.code == "UTM101":  # missing-utm-param
                    continue  # one address spelled several ways in a post: its one key is no campaign to complete
                if pattern and d.code == _PLACEHOLDER:
                    continue  # a guide's pattern, filled below it for each network: no link left unfilled
                if example and (d.code.startswith(EXAMPLE_MOOT) and not _convention_without_medium(synthetic, d)
                                or kind == "values" and len(_value(synthetic, occ, synthetic.lines.get(d.line, ""))
                                                            .strip()) == 1):
                    continue  # a guide's illustration: no destination to complete or fix, no letter to respell
                if whose == SNIPPET and d.code == _KEY_UNKNOWN:
                    continue  # the snippet's own keys are the site's too (Product Hunt's `utm_souce`)
                if (entry or extension or named or forwarded) and d.code == _INTERNAL_LINK:
                    continue
                if speaks_internal and d.code == _IN_FRAGMENT and relative_path(occ.url):
                    continue
                if moot_escape and d.code == _HTML_ESCAPED:
                    continue
                if copied and d.name != COPIED_TRACKING and d.code != _HTML_ESCAPED and (
                        kind == "values" or _inside(d, copied)):
                    if whose == OWN and d.severity != "info" and not (silenced is not None and silenced(d.code)):
                        held.append(d)
                    continue
                if useless and not d.code.startswith(_ABOUT_THE_URL):
                    continue
                mapped = self._map(shown, text, index, occ, synthetic, d, kind, doc_text)
                if mapped is not None:
                    out.append(mapped)
        if held:
            out = [naming_held(d, held) if d.code == _COPIED_CODE and d.severity == "info" else d for d in out]
        if to_own_site and not copied and not useless:
            relative = build(occ.url, delimited=True, own_site=True)  # judged as the relative link it stands for
            if relative is not None:
                doc_text, diagnostics = self._url_pass(relative, path, shown)
                for d in diagnostics:
                    mapped = self._map(shown, text, index, occ, relative, d, "url", doc_text) \
                        if d.code == _INTERNAL_LINK else None
                    if mapped is not None:
                        out.append(mapped)
                        # one mistake, one finding (onefinding's reading, across the two passes): the tags are to go,
                        # an unfilled slot among them too, so "fill in `your_source`" would be work toward tags
                        # this finding removes (`acme.io/pricing?utm_source=your_source` on acme.io's own page)
                        out = [d for d in out if d.code != _PLACEHOLDER]
        if len(passes) == 2 and not in_fragment and not copied and not useless:
            out.extend(self._case_beside_encoded(shown, text, index, occ, synthetic, passes[0][1], path))
        if any(d.code in _HIDES_KEYS and (misspelled_keys(synthetic.url) if d.code == _KEY_UNKNOWN
                                          else escape_hides_keys(synthetic.url)) for d in out):
            out = [d for d in out if d.code != "UTM101"]  # `&amp;` or a misspelled key: one mistake, one finding
        if not campaign_tagged(synthetic.url):  # only keys of someone's own scheme (`?utm_product_name=GoLand`): no
            out = [d for d in out if d.code != "UTM101"]  # campaign to complete (validate_url reads it the same way)
        if maybe_play(synthetic.url) and any(d.code == "UTM101" or d.code.startswith(_CHANNEL_RULES) for d in out):
            from ..urls import play_console_query

            # judged with a neutral URL above: a store listing's own query is no GA4's, so neither a medium added there
            # nor GA4's channel for its values means anything (missing-utm-param's doc; stranger8 S12; a campaign
            # file's listing gets the tags in `referrer=`); the value rules stay: Play Console shows them as written
            if play_console_query(synthetic.url):
                out = [d for d in out if d.code != "UTM101" and not d.code.startswith(_CHANNEL_RULES)]
        if any(d.code == "UTM101" or d.code.startswith(_CHANNEL_RULES) for d in out):
            from ..urls import marketplace_page

            # a marketplace's seller page (`ozon.ru/seller/...`, `market.yandex.ru/business--...`: urls.marketplace_page)
            # is the marketplace's, read by the seller's account there, never by a GA4 property of the seller's: no
            # medium to ask for, no channel to argue, as on a Play listing's own query (corpus 39 #57 #58)
            if marketplace_page(synthetic.url):
                out = [d for d in out if d.code != "UTM101" and not d.code.startswith(_CHANNEL_RULES)]
        if synthetic.hash_cut and any(d.code == _CHARSET and d.end_column is not None for d in out):
            # `C#`: value-charset says the `#` cut it and how to keep it; respelling `C#` too is the same mistake
            charset = next(d for d in out if d.code == _CHARSET)
            out = [d for d in out if not (d.code in _RESPELLINGS and (d.line, d.column) == (charset.line, charset.column))]
        if any(d.code == _PLACEHOLDER for d in out):  # a placeholder left unfilled (`YOUR_SOURCE`) is to be replaced:
            # respelling it (value-case's `your_source`) is moot, and so is saying GA4 leaves `your_medium` Unassigned
            # (onefinding does the same in a campaign file, where both come from one pass)
            from ..onefinding import MOOT_WHEN_REPLACED, REPLACED_BY

            spots = {(d.line, d.column) for d in out if d.code == _PLACEHOLDER}
            out = [d for d in out if not (d.code in MOOT_WHEN_REPLACED + REPLACED_BY and (d.line, d.column) in spots)]
        if any(d.code in _FRAGMENT_RULES for d in out):  # utm after `#`: GA4 reads none, no channel to argue
            # and the keys are "missing" from the query only because they sit after the `#`: the fragment rule
            # that says to move them is the one finding (as validate_url says it: one mistake, one finding)
            out = [d for d in out if d.code not in (_CHANNEL_INTENT, _OVERRIDES, "UTM101")]
            if synthetic.hash_cut and any(d.code == _CHARSET for d in out):
                # `C#&utm_content=x`: the params after it sit in the fragment only because the name's `#` cut the
                # query; moving them before the `#` would leave `C#` cut. value-charset's `%23` is the one fix.
                out = [d for d in out if d.code not in _FRAGMENT_RULES]
        if whose == OWN and occ.family == "data" and shown.lower().endswith(".csv") and not synthetic.internal:
            out.extend(self._sheet_disagreement(shown, text, index, occ, synthetic))
        if whose != OTHER and occ.url[:1] in "${":
            broken = self._query_less_opening(shown, text, index, occ)
            if broken is not None:  # `${DONATE_BASE}&utm_...` on a query-less address: the `&` is the one mistake;
                # no key is missing from a query that does not exist (review44 F17)
                out = [d for d in out if d.code != "UTM101"] + [broken]
        moved = _moved_out_of_fragment(occ.url) if (not synthetic.fields or in_fragment) and any(
            d.code == _IN_FRAGMENT for d in out) else None
        if moved is not None:
            # `mc4wp.com/kb/#utm_source=wp-plugin&utm_medium=mailchimp-for-wp`: utm-in-fragment says to move the tags
            # into the query; where GA4 would then file them is judged on the moved link, as any link is (whose
            # tags, copied, a comment's), and only that is said beside it, worded for the move (once_moved)
            out.extend(d._replace(message=once_moved(d.message, occ.url)) for d in self.judge(
                shown, path, text, index, occ._replace(url=moved), build(moved), entry, extension, collected, comment,
                library, named=named) if d.code in _ONCE_MOVED)
        if "referrer" in occ.url and whose == OWN:
            # a listing tagged in its own query (Play Console's) and in its referrer (GA4's): both are judged, each
            # where it is written (stranger9 R18: only the listing's own half was)
            referrer = play_referrer(occ.url, beside_own_tags=True)
            if referrer is not None:
                out.extend(self._judge_referrer(shown, path, text, index, occ, referrer, entry, extension, collected,
                                                comment, library))
        return out

    def _case_beside_encoded(self, shown, text: str, index: LineIndex, occ: Occurrence, synthetic: Synthetic,
                             values_pass, path) -> List[Diagnostic]:
        """value-case on a value whose name symbols the link already encodes (`C%2B%2BWeekly`, `Learn%20C%23`).
        onefinding lets value-charset's `write cpp` stand for value-case's same advice, but value-charset is then
        dropped here (written encoded, it breaks nothing: `_written_encoded`), and the capitals went unreported:
        value-case, asked alone, is the one finding (stranger8 S4's `C%2B%2BWeekly`, values9)."""
        doc_text, diagnostics = values_pass
        lines = {d.line for d in diagnostics if d.code == _CHARSET and synthetic.lines.get(d.line) is not None
                 and _written_encoded(_value(synthetic, occ, synthetic.lines[d.line]))}
        lines -= {d.line for d in diagnostics if d.code == "UTM201"}
        if not lines:
            return []
        linter = self.__dict__.get("_case_linter")
        if linter is None:
            import copy

            linter = self.__dict__["_case_linter"] = copy.copy(self.value_linter)
            linter.by_target = {t: [r for r in rules if r.code == "UTM201"]
                                for t, rules in self.value_linter.by_target.items()}
        _, case = self._pass(self.__dict__.setdefault("_case_memo", {}), synthetic.values, linter, synthetic.values,
                             _NEUTRAL_URL, path)
        found = (self._map(shown, text, index, occ, synthetic, d, "values", doc_text) for d in case if d.line in lines)
        return [d for d in found if d is not None]

    def _judge_referrer(self, shown, path, text: str, index: LineIndex, occ: Occurrence, referrer, entry, extension,
                        collected, comment, library) -> List[Diagnostic]:
        """A Google Play listing tagged only in its `referrer` (play_referrer): GA4 credits the install from the
        referrer's values, so they are judged as a link's tags (on a stand-in URL of the same site whose query is the
        referrer's, as validate_url does), each finding placed on the referrer and offered without a fix (a fix
        would have to be encoded once more into the referrer)."""
        start, end, carried = referrer
        stand_in = f"https://play.google.com/?{carried}"
        at, to = occ.offsets[start], occ.offsets[end]
        inner = occ._replace(url=stand_in, offsets=(at,) * len(stand_in) + (to,))
        line, column = index.pos(at)
        end_line, end_column = index.pos(to)
        said = "in this Google Play link's `referrer`, the only place GA4 reads an app install's campaign from: "
        if collected is not None and occ.url in collected.others:  # a collection's listing: its referrer's tags too
            collected = collected._replace(others=collected.others - {occ.url} | {stand_in})
        return [d._replace(line=line, column=column, end_line=end_line, end_column=end_column, fix=None,
                           message=said + d.message.replace("to the URL's query",
                                                            "to the referrer (`=` written `%3D`, `&` `%26`)"))
                for d in self.judge(shown, path, text, index, inner, None, entry, extension, collected, comment,
                                    library)]

    def _as_written(self, shown, path, text: str, index: LineIndex, occ: Occurrence, synthetic: Synthetic,
                    comment=False, internal: bool = False):
        """The rules about the URL as written (insecure, invalid, shortener, `&amp;`, an e-mail address, copied
        tracking), never advice on its tags (complete, respell, move or dedupe them): for a link whose tags are not
        the team's to act on (a collection's, one in a code comment: `comment`, read as the link's place, where
        copied-tracking says only what it is sure of). Returns (findings, the URL pass's).
        A code comment's link (`comment` is CODE_COMMENT) is the team's own writing, so a key GA4 cannot read
        (utm-key-unknown: `_utm_campaign`, `utm_sorce`) is still said there: a fact about the link as written, not
        advice on a value, that holds the day a commented-out block is restored or a doc comment's link is copied
        (corpus 19 #139, Upsun's console link in a Hugo shortcode's `<!-- -->` block). Not on a link read another way
        (a changelog's quoted example, an `<iframe>`'s `src`, a tally's key, a request): a key there may be the
        example's point, a third party's, or an API's. `internal`: a relative link of a database's rows, a link
        between the site's pages, whose tags utm-internal-link says to drop."""
        doc_text, diagnostics = self._url_pass(synthetic, path, shown, comment)
        out = []
        for d in diagnostics:
            if tags_rule(d.code) and not (comment in _COMMENTED and d.code == _KEY_UNKNOWN) \
                    and not (internal and d.code == _INTERNAL_LINK):
                continue
            if comment == COMMENTED_OUT and d.code == _COPIED_CODE:
                continue  # commented-out code's link: no one's visit copied (COMMENTED_OUT)
            mapped = self._map(shown, text, index, occ, synthetic, d, "url", doc_text)
            if mapped is not None:
                out.append(mapped)
        return out, diagnostics

    def _judge_collected(self, shown, path, text: str, index: LineIndex, occ: Occurrence, synthetic: Synthetic,
                         collected) -> List[Diagnostic]:
        """A collection's link carrying someone else's tags: copied-tracking (a marker's, else the file's) and the
        rules about the URL as written (insecure, invalid, shortener, `&amp;`, an e-mail address), never advice on
        the tags themselves (complete, respell, move or dedupe them)."""
        if is_data_set(path) or collected.records:  # a data set's rows are records, not links it publishes: said
            return []  # once per file (data_set_note); a JSON list of recorded answers too (collection.recorded_answers)
        written, diagnostics = self._as_written(shown, path, text, index, occ, synthetic)
        out = []
        for mapped in written:
            if mapped.name == COPIED_TRACKING:
                # a record of someone's link, marker or not: a note, and no fix rewriting the record (collection_note)
                mapped = mapped._replace(severity="info", fix=None)
            out.append(mapped)
        if not _copied_spans(synthetic, diagnostics):
            found = self.collection_note(shown, path, index, occ, collected)
            if found is not None:
                out.append(found)
        return out

    def _base_constant(self, text: str, occ) -> bool:
        """Whether the link is the value a name saying it is a base is set to (`DONATE_BASE_URL: "https://..."`,
        `const baseUrl = '...'`, `SHARE_BASE = "..."`: scan.core.base_assignment), read on its own line (the file's text
        before it, or the stored reading of the line: validate_url's `placement`, `line`), and extended in another
        file: the name is written nowhere else in this one (the file's text, or its other links, validate_url's
        `file_urls`). A base the file completes itself is read with its completions (opening_constant_keys)."""
        from .core import base_assignment

        if text and occ.start:
            line_start = text.rfind("\n", 0, occ.start) + 1
            name = base_assignment(text[max(line_start, occ.start - 300):occ.start])
            return bool(name) and len(re.findall(r"(?<![\w$])" + re.escape(name) + r"(?![\w$])", text)) == 1
        if self.link_placement is not None and self.link_placement[1]:
            name = base_assignment(self.link_placement[1], blanked=True)
        else:
            name = base_assignment(self.line_before) if self.line_before else ""
        return bool(name) and not any(name in other for other in self.known_file_urls)

    def _map(self, shown, text, index, occ, synthetic: Synthetic, d: Diagnostic, kind: str,
             doc_text: str) -> Optional[Diagnostic]:
        where = synthetic.lines.get(d.line, "url") if kind == "values" else "url"
        if synthetic.stand_in and d.code.startswith(_HOST_RULES):
            return None
        held = [p for p in ("utm_source", "utm_medium", "utm_campaign") if d.code.startswith(_CHANNEL_RULES) and (
            p in synthetic.whole_placeholders or PLACEHOLDER.search(literal_slots(_value(synthetic, occ, p))) is not None)]
        source_held = d.code == _UNASSIGNED and "utm_source" in held and "utm_medium" not in held
        if source_held:
            held.remove("utm_source")  # a written medium is judged whatever the source placeholder holds (below)
        if held and (held != ["utm_campaign"] or d.code == _OVERRIDES):
            return None  # the channel depends on what a placeholder will hold (a campaign may be a shopping one)
        message = url_speak(unmask(d.message, synthetic.tokens))
        if d.code == _PII and _MERGE_FILLED.search(message):
            message = _code_filled_pii(message, synthetic, _program_file(shown))
        if STAND_IN in message:  # the link's host is a template expression: the stand-in host is the scanner's,
            # never a URL to paste (stranger11 R1)
            message = _STAND_IN_URL.sub("the link without them",
                                        _REMOVE_STAND_IN.sub(r"\1 from the link", message))
        if d.code == _COPIED_CODE and IGNORE_HERE in message:  # a hedged note: keep them with the file's own comment
            message = message.replace(IGNORE_HERE, ignore_comment(shown, occ.family, d.code), 1)
        if d.code == _HTML_ESCAPED:  # in markup, `&amp;amp;`: the advice is one escape, as the fix writes it
            raw = text[occ.offsets[0]:occ.offsets[-1]]
            entity = _AMP_ENTITY.search(raw) if raw != occ.url else None
            if entity is not None:
                message = escaped_in_markup(message, entity.group(), raw)
        if d.code == _INTERNAL_LINK and not relative_path(occ.url):  # `{{ url('pricing') }}?utm_...` (build)
            linked_base = "" if host_end(occ.url)[0] else self._linked_opening(text, occ)
            own_url = self._own_tags_urls(text, occ)[0]
            if linked_base or host_end(occ.url)[0] and not (self.file_site and on_site(occ.url, self.file_site)) and \
                    on_linked_host(occ.url, self.file_linked):  # a host the site's Google tag links with it
                host = linked_base or split_url(occ.url).host.lower()
                message = message.replace(
                    "this relative link", f"this link to {host}, which your site's Google "
                    "tag measures in the same GA4 property (its cross-domain linker's `domains`),", 1).replace(
                    "it leads from a page of the site to another page of it", "it leads from your site to another "
                    "host of that property", 1)
            elif host_end(own_url)[0] and not (self.file_site and on_site(own_url, self.file_site)) and \
                    site_own_tags(synthetic, shown):  # tags naming the site's own footer (newuser43 F5), on a link
                # written or built on a constant naming the own site (`${SIGNUP}?utm_...`: newuser49 F2)
                said = ", ".join(f"`{key}={synthetic.fields[key].value}`" for key in ("utm_source", "utm_medium"))
                message = message.replace("this relative link", f"this link to {split_url(own_url).host.lower()}, "
                                          f"your own site, tagged as a click in the site's own navigation ({said}),", 1)
            elif host_end(occ.url)[0]:  # a page's link to its own site's address (Judge.file_site)
                # (or whose content the file keeps as data: linkplace.site_content, a CMS's export of its posts)
                whose_site = "whose content this file keeps" if self.file_content else "this page is part of"
                message = message.replace("this relative link", f"this link to {split_url(occ.url).host.lower()}, the "
                                          f"site {whose_site},", 1)
            elif page_origin(occ.url) is not None:  # `${window.location.origin}/?utm_...` (corpus 31 #30 #35)
                message = message.replace("this relative link", f"this link built on the page's own address "
                                          f"(`{page_origin(occ.url)[1]}`)", 1)
            else:
                message = message.replace("this relative link", "this link written by the site's URL helper", 1)
        elif d.code == _INTERNAL_LINK and self.known_forwarded is None:
            note = self._forwarding_note(text, occ, shown)  # a default or `null` where the visit brought no tags
            if note:
                message = message.rstrip().rstrip(".") + ". " + note
        if source_held and _source_may_decide(synthetic):
            # GA4 files a medium it does not know under Unassigned unless the source alone names a channel (a
            # social, search, video or shopping site on Google's lists, `email`, `sms`): say the condition.
            message = message.replace(" under Unassigned", " under Unassigned (unless the source placeholder holds a "
                                      "site on GA4's social, search, video or shopping lists)", 1)
        if held and d.code == _UNASSIGNED:
            # A campaign changes the channel only by naming a shopping or cross-network campaign: a medium GA4
            # does not know (`utm_medium=import&utm_campaign=${name}`) is Unassigned for any other name.
            message = message.replace(" under Unassigned", " under Unassigned (unless the campaign placeholder holds "
                                      "a shopping or `cross-network` name)", 1)
        if d.code == "UTM101" and synthetic.open_query and not self._written_empty(synthetic, occ, shown, text):
            return None  # `?${UTM}&utm_content=x`: the placeholder may carry the rest
        # `?id=KIwj?utm_source=x`: the key is written, after a second `?`; url-second-question-mark says so and
        # fixes it, so a key missing only for that is not missing-utm-param's (one mistake, one finding)
        swallowed = frozenset(key for _, key, _ in swallowed_keys(synthetic.url)) if d.code == "UTM101" else ()
        if (d.code == "UTM101" or d.code.startswith(_CHANNEL_RULES)) and occ.url[:2] == "${" and \
                self._store_opening(text, occ):
            # `${base}${sep}utm_source=website&utm_medium=landing_page&...` where `base` is the App Store's listing or
            # Google Play's (scan.core.opening_bases): a store's own query, which no GA4 property reads, as a Play
            # listing's is (play_console_query): no medium to ask for or respell there (corpus 30 #36)
            return None
        if d.code == "UTM101" and occ.url[:1] in "${":
            # `${SHARE_BASE}&utm_medium=email`: the keys of the tagged literal the file assigns to SHARE_BASE are the
            # link's too (scan.core.opening_constant_keys); only the keys neither holds are missing
            from .core import opening_constant_keys

            swallowed = swallowed | opening_constant_keys(text, occ.url, occ.start)
        columns = ()
        if d.code == "UTM101" and occ.family == "data" and shown.lower().endswith(".csv"):
            # a link sheet's landing page, to which a builder adds the row's Source, Medium and Campaign columns
            # (scan.data.sheet_row_columns, newuser43 F13): only the keys neither holds are missing
            from .data import sheet_row_columns

            columns = sheet_row_columns(text, occ.start)
            swallowed = swallowed | frozenset(key for key, _, filled in columns if filled)
        if d.code == "UTM101" and _HEAD_IN_QUERY.match(occ.url):
            # `${urls.DONATE_BASE_URL}&utm_campaign=...&utm_source=android`: the name opens the URL and its query (the
            # `&` right after it), so the keys its URL holds are the link's too; a name the file does not set (another
            # module's constant: Seek's `DONATE_BASE_URL = ".../donate?utm_medium=seek"` in constants/urls.js, corpus
            # 33 #35; a function's parameter) may hold any of them, and none is known to be missing. A name the file
            # sets to something else than a URL literal (a call's result) is told as before.
            bases = self._opening_bases(text, occ.url, occ.start)
            if not bases and not swallowed and not self._sets_name(text, occ):
                return None
            swallowed = swallowed | frozenset(key for base in bases for key in _utm_keys(base))
        if swallowed and set(_missing(synthetic)) <= swallowed:
            return None
        if d.code == "UTM101" and self._base_constant(text, occ):
            return None  # `DONATE_BASE_URL: "https://.../donate?utm_medium=seek"`: a base the code extends where it
            # is used (Seek's Donation.tsx appends `&utm_campaign=...&utm_source=android`, corpus 33 #33): which keys
            # the opened link lacks is not known here; its values are judged as ever
        if d.code == "UTM101" and fill_in_note(synthetic.url):
            return None  # a programme's link form whose id is left to fill in (`?utm_source=aff&YOUR-ID`, as every link
            # of an affiliate list: `semrush.sjv.io/YOUR-ID`, corpus 47 #13): its reader completes it with the
            # programme's own link, no campaign of the file's whose keys are to be added
        if d.code == "UTM101" and cut_address(synthetic.url) is not None:
            return None  # a share link's unencoded `url=https://x.io/a?utm_source=y&utm_medium=z`: the tags are the
            # shared page's, cut from it, which url-second-question-mark says; the share link needs no source of its own
            # (stranger19 R2: "add `utm_source` to the URL's query" on twitter.com's intent)
        fix = None
        if where == "url":
            end = None
            if kind == "url" and d.line == 2:
                syn_offset = max(0, min(len(synthetic.url), d.column - URL_COLUMN))
                start = occ.offsets[synthetic.url_map[syn_offset]]
                if d.end_line == d.line and d.end_column is not None:
                    syn_end = max(syn_offset, min(len(synthetic.url), d.end_column - URL_COLUMN))
                    end = occ.offsets[synthetic.url_map[syn_end]]
            else:
                start = occ.offsets[0]
            if end is None:  # a finding on the whole link (url-fragment-order, missing-utm-param): it ends where the
                end = occ.offsets[-1]  # link does, as lint's end_line/end_column say (JSON gave null; review of s. 39)
            if d.code == "UTM101":
                message = _missing_message(synthetic, swallowed) or message
                blank = {key: header for key, header, filled in columns if not filled}
                lacking = [key for key in _missing(synthetic) if key not in swallowed]
                if lacking and all(key in blank for key in lacking):  # the row's own cells are empty: fill them
                    cells = ", ".join(f"`{blank[key]}`" for key in lacking)
                    message = re.sub(r"; add (?:it|them) to the URL's query$", f"; fill in the row's {cells} "
                                     f"{'cell' if len(lacking) == 1 else 'cells'} (the sheet adds the row's columns to "
                                     "the landing page)", message)
            elif d.code == _IN_FRAGMENT and ";" in message:
                # the rule's advice speaks of a campaign file's `url:`; in a document the fix is in the URL
                said = message.split(";")[0]  # one key (`utm_segment` is after the `#`): move it
                message = said + f"; move {'it' if ' is after the `#`' in said else 'them'} into the query, before the `#`"
            if d.fix is not None and kind == "url":
                fix = self._url_fix(text, occ, synthetic, d.fix, doc_text)
                if fix is None and d.code == _SECOND_QUESTION and text[start:start + 1] == "?":
                    # the one `?` becomes the separator the URL is written with: `&amp;` where the file's
                    # entities were decoded (HTML), `&` where the URL is read as written (code, validate_url)
                    raw = text[occ.offsets[0]:occ.offsets[-1]]
                    amp = "&amp;" if raw != occ.url and "&amp;" in raw else "&"
                    fix = Fix((Edit(start, start + 1, amp),), d.fix.description, d.fix.safe)
        else:
            if where in synthetic.whole_placeholders:
                return None
            if d.code == _CHARSET and _written_encoded(_value(synthetic, occ, where)):
                return None
            if d.code == _WHITESPACE and "with `+`" in d.message and not _plus_written_raw(_value(synthetic, occ, where)):
                return None  # `disney%2B`: an encoded `+` is literal, no link reads it as a space (stranger9 R3)
            field = synthetic.fields[where]
            value_start = field.name_end + 1 if field.name_end < field.end else field.end
            start, end = occ.offsets[value_start], occ.offsets[field.end]
            if where == synthetic.hash_cut:  # `utm_campaign=C#`: the value as written, `#` and all, and no fix
                # (a respelling of `C` would leave the `#` cutting the value)
                cut_end = hash_cut_end(occ.url)
                end = occ.offsets[cut_end]
                if d.code == _CHARSET:
                    message = hash_cut_message(where, occ.url[value_start:cut_end], message, occ.url[cut_end:])
            elif d.fix is not None:
                fix = self._value_fix(text, occ, synthetic, where, d.fix, doc_text,
                                      sheet=occ.family == "data" and shown.lower().endswith(".csv"))
        line, column = index.pos(start)
        end_line = end_column = None
        if end is not None and end > start:
            end_line, end_column = index.pos(end)
        return Diagnostic(shown, line, column, d.code, d.name, d.severity, message, end_line, end_column, fix, d.reason)

    # -- fixes: only the bytes of a utm key or value change, re-encoded as the old ones were written
    def _apply(self, doc_text: str, fix: Fix):
        """The one-link campaign's data after `fix` (memoised: a docs tree repeats the same few values)."""
        key = (doc_text, fix.edits)
        memo = self.__dict__.setdefault("_fixed", {})
        if key not in memo:
            from ..document import load_text
            from ..fixes import apply_edits

            doc = load_text("<scan>", apply_edits(doc_text, fix.edits))
            memo[key] = doc.data if doc.parsed and isinstance(doc.data, dict) else None
        return memo[key]

    def _value_fix(self, text, occ, synthetic: Synthetic, param: str, fix: Fix, doc_text: str,
                   sheet: bool = False) -> Optional[Fix]:
        """The fix of the value the finding is on, and of every other utm value the rule's fix also changes
        (source-medium-swapped writes both: a fix of the source alone wrote `utm_source=intercom&utm_medium=
        intercom`); None when one of them cannot be rewritten. In a link sheet (`sheet`), the row's column holding the
        same value as written (`Twitter` in Source beside the Tracked URL's `utm_source=Twitter`) is respelled too:
        the next link built from the columns would write the old spelling again (newuser44 L1)."""
        data = self._apply(doc_text, fix)
        if not data:
            return None
        old = dict(synthetic.values)
        edits = []
        for name, field in synthetic.fields.items():
            key = KEY_FOR_PARAM.get(name)
            new = data.get(key) if key else None
            if name != param and (key is None or new == old.get(key)):
                continue
            if type(new) is not str or not new:
                return None
            edit = self._value_edit(text, occ, field, unmask(new, synthetic.tokens))
            if edit is None:
                return None
            edits.append(edit)
            if sheet:
                edits.extend(self._sheet_cell_edits(text, occ, name, field, unmask(new, synthetic.tokens)))
        return Fix(tuple(edits), fix.description, fix.safe) if edits else None

    @staticmethod
    def _sheet_cell_edits(text, occ, name: str, field: Field, new_value: str) -> List[Edit]:
        """The edits writing `new_value` in the row's cells of `name`'s column that hold the URL's value as written
        (scan.data.sheet_row_spans), when it needs no CSV quoting; none otherwise."""
        from ..urls import unquote
        from .data import delimiter_of, sheet_row_spans

        if field.name_end >= field.end or any(ch in new_value for ch in ('"', "\n", "\r", delimiter_of(text))):
            return []
        written = unquote(occ.url[field.name_end + 1:field.end])
        return [Edit(start, end, new_value) for key, _, start, end in sheet_row_spans(text, occ.start)
                if key == name and text[start:end] == written and not start <= occ.start < end]

    @staticmethod
    def _value_edit(text, occ, field: Field, new_value: str) -> Optional[Edit]:
        if field.name_end >= field.end:
            return None
        start, end = occ.offsets[field.name_end + 1], occ.offsets[field.end]
        old_raw = text[start:end]
        if "&" in old_raw or "\\" in old_raw or end - start != field.end - field.name_end - 1:
            return None  # written with an entity or escape inside: too clever to rewrite safely
        return Edit(start, end, encode_like(old_raw, new_value))

    def _url_fix(self, text, occ, synthetic: Synthetic, fix: Fix, doc_text: str) -> Optional[Fix]:
        data = self._apply(doc_text, fix)
        links = data.get("links") if data else None
        new_url = links[0].get("url") if isinstance(links, list) and links and isinstance(links[0], dict) else None
        if type(new_url) is not str:
            return None
        old_fields, old_q = query_fields(synthetic.url)
        new_fields, new_q = query_fields(new_url)
        if old_q == -1 or old_q != new_q or synthetic.url[:old_q] != new_url[:new_q] \
                or len(old_fields) != len(new_fields) or _fragment(synthetic.url) != _fragment(new_url):
            return None
        edits = []
        for old, new in zip(old_fields, new_fields):
            old_text, new_text = synthetic.url[old.start:old.end], new_url[new.start:new.end]
            if old_text == new_text:
                continue
            if not new.name.lower().startswith("utm_") or not old.name.lower().startswith("utm_") and \
                    mistyped_prefix(old.name, old_fields) != new.name.lower():
                return None  # only utm keys (or a key whose `utm` is mistyped: `urm_medium`) and values are edited
            old_name, new_name = synthetic.url[old.start:old.name_end], new_url[new.start:new.name_end]
            if old_name != new_name:
                start, end = (occ.offsets[synthetic.url_map[i]] for i in (old.start, old.name_end))
                if text[start:end] != unmask(old_name, synthetic.tokens):
                    return None
                edits.append(Edit(start, end, unmask(new_name, synthetic.tokens)))
            if old.value != new.value:
                url_field = _occurrence_field(occ, synthetic, old)
                edit = self._value_edit(text, occ, url_field, unmask(new.value, synthetic.tokens)) if url_field else None
                if edit is None:
                    return None
                edits.append(edit)
        return Fix(tuple(edits), fix.description, fix.safe) if edits else None


def _copied_spans(synthetic: Synthetic, url_diagnostics, any_field: bool = False) -> List[Tuple[int, int]]:
    """Spans (in the judged URL) of copied-tracking findings that cover utm tags: another platform's tags
    (`any_field`: every copied-tracking finding's, a visit's copied `_ga=` or `gclid=` too)."""
    from ..checks.tracking.copied_lists import not_ga4_key

    spans = []
    for d in url_diagnostics:
        if d.name == COPIED_TRACKING and d.line == 2 and d.end_line == 2 and d.end_column is not None:
            start, end = d.column - URL_COLUMN, d.end_column - URL_COLUMN
            keys = [part.partition("=")[0] for part in re.split(r"[?&]", synthetic.url[start:end]) if part]
            if keys and all(not_ga4_key(key) for key in keys):
                continue  # a stray key GA4 never reads (`utm_sq`): it says nothing of whose the link's tags are
            if any_field or re.search(r"(?:^|[?&])utm_", synthetic.url[start:end], re.IGNORECASE):
                spans.append((start, end))
    return spans


def _inside(d: Diagnostic, spans: List[Tuple[int, int]]) -> bool:
    """A URL-pass finding within a copied span, or a missing key the copied tags would have held."""
    if d.code == "UTM101":
        return True
    start = d.column - URL_COLUMN
    end = d.end_column - URL_COLUMN if d.end_line == d.line and d.end_column is not None else start
    return d.line == 2 and any(s <= start and end <= e for s, e in spans)


def _source_may_decide(synthetic: Synthetic) -> bool:
    """Whether some value the source placeholder could hold would give the link a channel with its written medium
    and campaign: always when the source is only a placeholder; for `papermark-${linkId}`, only when a source GA4
    lists (or names in a rule) fits around the written text."""
    values = dict(synthetic.values)
    source = values.get("source", "")
    if not TOKEN.sub("", source).strip():
        return True
    from ..channels import channel_of, load_ruleset

    shape = re.compile(".*".join(re.escape(part) for part in TOKEN.split(source)), re.IGNORECASE)
    medium, campaign = values.get("medium"), values.get("campaign")
    named = ("email", "e-mail", "e_mail", "e mail", "sms", "firebase")
    return any(shape.fullmatch(s) and channel_of(s, medium, campaign) != "Unassigned"
               for s in (*load_ruleset().categories, *named))


def _fragment(url: str) -> str:
    return url.partition("#")[2]


def _occurrence_field(occ: Occurrence, synthetic: Synthetic, syn_field: Field) -> Optional[Field]:
    start = synthetic.url_map[syn_field.start]
    for field in query_fields(occ.url)[0]:
        if field.start == start:
            return field
    return None


def _written_encoded(raw: str) -> bool:
    """value-charset asks that `#`, `>`, `,` and the like be percent-encoded in a link. A link that already writes
    them so (`WP%20Admin%20%3E%20Donations`, `Ep.%20%2323`) breaks nothing, and its `#` ends no query: the finding
    would be false (issue 12: report only what breaks something). Letters outside a-z stay reported."""
    from urllib.parse import unquote_plus

    from ..checks.values import TRAILING_BACKSLASH, charset_problem

    value = unquote_plus(raw)
    if TRAILING_BACKSLASH.search(value):
        return False  # `gooogle%5C`: an escaped `&`'s `\`, encoded or not, is kept by GA4 in the value (corpus 22 #52)
    found = charset_problem(value)
    return found is not None and not any(ch in raw or ch.isalpha() for ch in found[0])


def _plus_written_raw(raw: str) -> bool:
    """Whether a value's `+` at an end is written as a bare `+` (which a link reads as a space), not `%2B`."""
    return raw.rstrip().endswith("+") or raw.lstrip().startswith("+")


def _code_filled_pii(message: str, synthetic: Synthetic, program: bool) -> str:
    """pii-in-url's message on a field the code fills at run time (`email=${data.email}`, `utm_content=${user.firstName}`
    in a web form's script pushing
    the visitor to a checkout, corpus 36 #2): the visitor's address from a form or an account, not an e-mail's
    recipient, and no e-mail platform's id to use instead (said for a merge tag: checks.tracking.pii). `program`: the
    file is a program's source, where a slot in one pair of braces is the language's (_FORMAT_SLOT)."""
    name = message[1:message.find("`", 1)] if message.startswith("`") else ""
    value = next((field.value for field in query_fields(synthetic.url)[0] if field.name.strip() == name), "")
    slot = next((slot for slot in (synthetic.tokens.get(mask, "") for mask in TOKEN.findall(value))
                 if _CODE_SLOT.match(slot) or program and _FORMAT_SLOT.match(slot)), "")  # maybe part of the value
    if not slot:
        return message
    from ..checks.tracking.pii import ADVICE

    return ADVICE.sub("send it to the page another way (a POST, an id the page looks up, a hashed id), never in its "
                      "address", _MERGE_FILLED.sub(lambda m: f"the {m.group(1)} your code fills in (`{slot}`: a "
                                                   "visitor's, from a form or an account)", message))


def _program_file(shown: str) -> bool:
    """Whether the file is a program's source (linkplace.CODE_SUFFIXES: `mailer.py`, `Notify.cs`)."""
    from ..linkplace import CODE_SUFFIXES

    name = shown.replace("\\", "/").rsplit("/", 1)[-1].lower()
    return "." in name and name[name.rfind("."):] in CODE_SUFFIXES


def _value(synthetic: Synthetic, occ: Occurrence, param: str) -> str:
    field = synthetic.fields.get(param)
    return "" if field is None else occ.url[field.name_end + 1:field.end] if field.name_end < field.end else ""


_AMP_ENTITY = re.compile(r"&(?:amp|#0*38|#[xX]0*26);")


def _convention_without_medium(synthetic, d: Diagnostic) -> bool:
    """Whether `d` tells an example link's missing medium where the example writes two utm keys or more (a guide's
    convention row, `?utm_source=partner&utm_campaign=spring-sale`): readers copy it and land in Unassigned
    (stranger16 R5). An illustration of one key (Amplitude's `?utm_source=facebook`) leaves the others out on purpose."""
    return d.code.startswith("UTM101") and "utm_medium" not in synthetic.fields and len(synthetic.fields) >= 2 \
        and re.search(r"no `(?:utm_)?medium`", d.message) is not None


def _demonstrated(path, text: str, occ: Occurrence) -> bool:
    """A URL a program's documentation feeds its code (examples.demonstrated_example): the code's data."""
    from .examples import demonstrated_example

    return bool(text) and demonstrated_example(str(path), text, occ.start, occ.end)


def _quoted_example(path, text: str, occ: Occurrence) -> bool:
    """A URL quoted as inline code or an inline literal (examples.inline_code_example): an example a guide shows to be
    pasted (into an e-mail, a post), not a link of the page: never utm-internal-link's (stranger11 R2)."""
    from .examples import inline_code_example

    return inline_code_example(str(path), text, occ.start, occ.end)


# Documents whose links are written whole, each to a delimiter (a Markdown link's `)`, a reST link's `>`): no program goes
# on to write a value after them, as one may after a code literal's `...&utm_medium=` (`' + medium`)
_WRITTEN_WHOLE = frozenset({"markdown", "rest"})


def _missing(synthetic: Synthetic) -> List[str]:
    """The campaign keys the link lacks: absent or empty (`utm_medium=`)."""
    values = dict(synthetic.values)
    return [p for p in ("utm_source", "utm_medium", "utm_campaign")
            if p not in synthetic.fields or not values.get(p[len("utm_"):])]


def _missing_message(synthetic: Synthetic, swallowed=()) -> str:
    """What GA4 does with the link as it is, in one sentence: without a medium the visit is `source / (not set)` (in
    Unassigned, or where the source alone files it), without a source `(not set) / medium` (where the medium alone
    files it), without a campaign it keeps its source, medium and channel and its campaign reads `(not set)`. "GA4
    needs the campaign to credit it" said the visits were lost, where they are credited to no campaign (newuser F14)."""
    from ..channels import predict_channel
    from ..checks.params import channel_without_medium

    values = dict(synthetic.values)
    missing = [p for p in _missing(synthetic) if p not in swallowed]  # those url-second-question-mark names
    if not missing:  # the rule saw a key this reading does not: keep its own words
        return ""
    names = ", ".join(f"`{p}`" for p in missing)
    source, medium, campaign = values.get("source"), values.get("medium"), values.get("campaign")
    source = source if "utm_source" not in missing else None
    medium = medium if "utm_medium" not in missing else None
    campaign = campaign if "utm_campaign" not in missing else None
    written = [v for v in (source, medium) if v]
    if "utm_source" not in missing and "utm_medium" not in missing:
        why = "GA4 still files its visits by their source and medium, under campaign `(not set)`"
    elif any(TOKEN.search(v) for v in written):  # a placeholder filled in later: no row to name
        why = f"GA4 records the missing {' and '.join(p[len('utm_'):] for p in missing)} as `(not set)`"
    else:
        if "utm_medium" in missing and source:
            filed = channel_without_medium(source, campaign)
        else:
            filed = predict_channel(source, medium, campaign).channel
            if filed != "Unassigned":
                # what decides it: Paid Shopping needs the paid medium and the shopping campaign together (review43 F7)
                filed += " by the medium alone" if medium and predict_channel(None, medium, None).channel == filed \
                    else " by the campaign name alone" if predict_channel(None, None, campaign).channel == filed \
                    else " by the medium and the campaign name"
        row = f"`{source or '(not set)'} / {medium or '(not set)'}`"
        without = " and a ".join(k for k, v in (("source", source), ("medium", medium)) if not v)
        why = f"without a {without} GA4 records its visits as {row} under {filed}"
        if "utm_campaign" in missing:
            why += ", and their campaign as `(not set)`"
    blank = [p for p in missing if p in synthetic.fields]  # `utm_medium=`: the key written, its value empty
    if blank:
        names += f" ({', '.join(f'`{p}=`' for p in blank)} written with an empty value)"
    if blank == missing:
        return f"this tracked link has no {names}: {why}; write {'its value' if len(blank) == 1 else 'their values'} " \
            "after the `=`"
    return (f"this tracked link has no {names}: {why}; add {'it' if len(missing) == 1 else 'them'} to the URL's "
            "query")


def _spelled_as(mine: Tuple[str, str, str], own: Tuple[str, str, str]) -> bool:
    """Whether a link's (source, medium, campaign) is a tag set the file writes on several sites (`own`) spelled
    otherwise: the same source, and each other value either left out or the same word spelled otherwise
    (`nextjs-boilerplate` for `next-js-boilerplate`, `confs.tech` for `confstech`): the file's own tagging, a slip in
    it the team is to hear of. A set sharing only the source, with values of its own (`utm_source=github&
    utm_medium=banner&utm_campaign=gosom` beside the README's `github`/`sponsorship`/`gosom`: a sponsor's own form,
    `utm_source=github` being what many sponsors ask for), is not: corpus 23 #38 #39. A campaign the same but for its
    numbers is the same campaign of another year or round (`BlitzJS_Sponsorship_2020` beside the file's
    `BlitzJS_Sponsorship_2021` on two sponsors: corpus 48 #29), when the source and medium are the file's own."""
    from ..identity import normalize

    return bool(mine[0]) and mine[0] == own[0] and all(
        not value or normalize(value) == normalize(theirs) for value, theirs in zip(mine[1:], own[1:])) or bool(
        mine[0]) and mine[:2] == own[:2] and _numbered_alike(mine[2], own[2])


def _numbered_alike(campaign: str, other: str) -> bool:
    """Whether two campaign names differ only in their numbers (a year, a round: `acme_sponsorship_2020` and
    `acme_sponsorship_2021`), each holding a number and the same words around it."""
    from ..identity import normalize

    words = [re.sub(r"[0-9]+", "#", normalize(value)) for value in (campaign, other)]
    return words[0] == words[1] and "#" in words[0] and re.search("[a-z]", words[0]) is not None


def _utm_keys(url: str) -> frozenset:
    """The utm keys (lower case) of a URL's query."""
    from urllib.parse import parse_qsl, urlsplit

    try:
        query = urlsplit(url).query
    except ValueError:
        return frozenset()
    return frozenset(key.strip().lower() for key, _ in parse_qsl(query) if key.strip().lower().startswith("utm_"))


def _same_site(host: str, other: str) -> bool:
    """Whether two hosts are one site by its name (`dashboard.datocms.com` and `www.datocms.com`: identity.site_name)."""
    from ..identity import site_name

    return bool(host and other) and site_name(host.lower().rstrip(".")) == site_name(other.lower().rstrip("."))


def _names_site(name: str, host: str) -> bool:
    """Whether a byline's name is the site at `host` (scan.citation.names_site)."""
    from .citation import names_site

    return names_site(name, host)
