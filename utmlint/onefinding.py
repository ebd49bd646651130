"""One written value, one finding: when several rules speak about the same value, the user sees one.

Runs once per file after suppressions (a finding that is suppressed or not selected hides nothing):

- a value GA4 leaves Unassigned however it is spelled (medium-unassigned), or a source or campaign that takes
  the link away from the channel its medium names (source-overrides-medium), must be replaced, so respelling it
  (value-case, value-whitespace, value-separator, value-charset) is moot: `SendGrid Hosted Docs` gets one
  finding, not four; so is a campaign the team's `campaign-pattern` rejects however it is respelled (campaign-slug:
  `Spring_Sale` beside `q[1-4]-[a-z]+` is to be renamed, not first respelled `spring_sale`, stranger19 R8);
- value-whitespace, value-case and value-separator on one value, whose fixes write the same spelling, are one
  mistake: the first of them keeps its code and fix, and its message names every problem
  (`Spring Sale ` "ends with a space, has capital letters and joins words with spaces; ... write `spring-sale`");
- a placeholder left unfilled (utm-placeholder-unfilled: `medium: your_medium`) is to be filled in: that GA4 leaves
  it Unassigned or that it has capitals is the same mistake;
- medium-channel-intent's warning on a medium (`Sponsored` beside `instagram`: "write `paid-social`") says it is to
  become another value too: value-case's `sponsored`, which GA4 files where `Sponsored` is, is moot;
- medium-fragmentation on a value medium-unassigned reports (`inapp` beside `in-app`, `emial` beside `email`): GA4
  leaves the value Unassigned, so it is to be replaced, not respelled toward its siblings (stranger8 S10); a
  repo-wide finding is known only after every file is read, so this is `drop_restated_fragmentation`, run by the
  engine and by scan after the repo-wide rules;
- medium-unassigned on a link source-medium-swapped reports (`utm_source=podcast&utm_medium=devbeat`): its hint is
  the swap's advice, word for word, so the one mistake is source-medium-swapped's finding (stranger10 R10);
- value-case, value-whitespace or value-separator on a value a fragmentation finding respells otherwise (`Acme`:
  "write `acme`" beside "write `utm_source=acme.dev`", the repo's spelling): the fragmentation's advice is the one
  (drop_respelling_toward_another, run with drop_restated_fragmentation);
- url-has-utm on a key inside copied-tracking's span (`utm_source=eb_email` written in `url:`): copied-tracking's
  finding is the one, its URL without every copied part; a hedged copied-tracking note (info) gives way to
  url-has-utm's certain "remove it from `url:`" instead;
- value-charset's finding that a link's destination drops the value (a Stripe payment link keeps letters, digits,
  `-` and `_` only: `utm_campaign=Spring Sale` on buy.stripe.com) is the one on that value: value-case's
  `spring sale` would be dropped too, and its advice is value-charset's `spring-sale`, said with why it matters;
- value-case without a fix beside value-charset on one value, both advising the same spelling (`C++` and `C#`:
  "write `cpp`", a name's symbols spelled out, which value-case never writes by itself): value-charset's finding,
  which says why the symbol matters, is the one;
- tracking-on-in-product-link's "`content: Banner CTA` does nothing: ... remove it" (its safe fix removes the key):
  respelling the value it removes (value-case's "write `banner-cta`") is moot advice toward a value that goes
  (newuser48 F4: two findings, one "write", one "remove", on one in-product `content:`);
- a key written with a typo (`campain:`, schema-violation's "did you mean `campaign`?", whose fix renames it) is
  the one finding: that the file lacks `campaign` (schema-violation) and that its links have no campaign
  (missing-utm-param) are the same mistake, and so are a misspelled `medium:` or `source:` on a step or a link and its
  links' "no `medium`" (stranger19 R1: missing-utm-param names the typo, so it still speaks with schema-violation
  silenced); and a platform's name with a typo (platform-unknown) is the one finding,
  not a missing-utm-param on every link whose source and medium it would have supplied (stranger17 R7, R13); a
  utm key misspelled in a link's `url:` (`?utm_souce=newsletter`, utm-key-unknown's "did you mean `utm_source`?") is
  the one finding, not also missing-utm-param's "no `source`" on that link (newuser49 F9: an imported link);

Elsewhere, for findings made by separate passes: utm-placeholder-unfilled on a link utm-internal-link reports
(scan's `acme.io/pricing?utm_source=your_source` on acme.io's own page) gives way to its "remove them", in
scan.judge.Judge.judge.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Tuple

from .lazyregex import lazy_compile
from .phrases import joined

# medium-unassigned, source-overrides-medium, and campaign-slug (which speaks beside a respelling only when the team's
# campaign-pattern rejects the respelled value too: stranger19 R8): the value must become another one (`WordPress` in a plugin's links
# is Organic Social however it is spelled; its case matters only beside other spellings, source-fragmentation's)
REPLACED_BY = ("UTM102", "UTM110", "UTM205")
MOOT_WHEN_REPLACED = ("UTM201", "UTM202", "UTM203", "UTM204")
# content-not-step-scoped: a Series step's content is to become the one it names (`Welcome Hero` in step `day-3`:
# `day-3-welcome-hero`, lowercased and joined), so value-case's `welcome hero` beside it is a second spelling of one
# value (review46 F11): the step-scoped one is the one suggestion
STEP_SCOPED = "UTM504"
# duplicate-content on the content content-not-step-scoped reports, advising the same value (`email-1` in step
# `email-2`: "give this link its own content, e.g. `email-2`" beside "use `email-2`"): one mistake, the step-scoped
# finding, whose unsafe fix writes it (newuser48 F7)
DUPLICATE_CONTENT = "UTM502"
# utm-placeholder-unfilled: `your_medium` is to be filled in, so that GA4 leaves it Unassigned (medium-unassigned)
# or that it has capitals (`YOUR_SOURCE`, value-case) is the same mistake: the placeholder's finding is the one
PLACEHOLDER = "UTM314"
RESPELLINGS = ("UTM202", "UTM201", "UTM203")  # merged in this order: the first present keeps its code
# medium-channel-intent's warning (not its hedged note): the medium is to become the channel's (`Sponsored` ->
# `paid-social`), so respelling it (value-case's `sponsored`, which stays Organic Social) is advice toward another
# finding (stranger11 R7)
INTENT = "UTM109"
# tracking-on-in-product-link's finding on a key of an in-product link, spanning the key and its value (the span its
# fix removes: checks.structure): the key is to be removed, so respelling its value is moot
IN_PRODUCT_KEY = "UTM505"
SWAPPED = "UTM107"  # source-medium-swapped
SWAP_HINT = "(source-medium-swapped): "  # how medium-unassigned ends by restating source-medium-swapped's advice


CASE, CHARSET = "UTM201", "UTM204"  # value-case, value-charset
# value-charset's words when the link's destination drops the value (checks.values writes them from here)
DROPS = "drops any other without a word"


def _advice(message: str) -> Optional[str]:
    """The spelling a message ends by advising (`...; write `cpp``), or None."""
    at = message.rfind("; write `")
    return message[at + len("; write `"):].rstrip("`") if at != -1 and message.endswith("`") else None


def _written(fix) -> Optional[Tuple]:
    return None if fix is None else tuple(fix.edits)


URL_HAS_UTM, COPIED, SECOND_QM = "UTM301", "UTM310", "UTM313"  # url-has-utm, copied-tracking, url-second-question-mark
# url-second-question-mark's words on a share link's unencoded address (checks.tracking.second_question_mark)
SHARED_ADDRESS = "holds the address of the page the link"


def _within(inner, outer) -> bool:
    """Whether `inner`'s position falls inside `outer`'s span (one line)."""
    end = outer.end
    return end is not None and inner.at.line == outer.at.line == end.line and \
        outer.at.column <= inner.at.column < end.column


def _copied_and_written(reports: List[Tuple[object, object]], drop: set) -> None:
    """url-has-utm on a key copied-tracking reports in the same link (`utm_source=eb_email` in `url:`): one mistake,
    one finding (stranger11 R16). copied-tracking's certain finding (error, warning) says whose the tags are and
    gives the URL without all of them: url-has-utm's on those keys go. Its hedged note (info: the tags may be the
    team's own) goes where url-has-utm speaks about the same keys: "remove it from `url:`" holds whoever wrote them,
    since `source:`/`campaign:` set the link's values."""
    copied = [(i, report) for i, (rule_, report) in enumerate(reports) if rule_.code == COPIED]
    for index, (rule_, report) in enumerate(reports):
        if rule_.code != URL_HAS_UTM:
            continue
        for at, note in copied:
            if _within(report, note):
                drop.add(at if note.severity == "info" else index)


def _shared_and_written(reports: List[Tuple[object, object]], drop: set) -> None:
    """url-has-utm on a key url-second-question-mark says belongs to the address a share link carries
    (`intent/tweet?text={title}&url=https://ex.com/p?utm_source=twitter&utm_medium=social`: the shared page's tags, to
    write encoded in `url=`): "remove it from `url:`", a safe fix, would take the shared page's medium away
    (newuser48c F4): one finding, url-second-question-mark's."""
    shared = [report for rule_, report in reports if rule_.code == SECOND_QM and SHARED_ADDRESS in report.message]
    for index, (rule_, report) in enumerate(reports):
        if rule_.code == URL_HAS_UTM and any(_within(report, outer) for outer in shared):
            drop.add(index)


SCHEMA, MISSING, PLATFORM_UNKNOWN = "UTM002", "UTM101", "UTM104"
_MEANT = "in a campaign file; did you mean `"  # schema-violation on a top-level key that is a typo of a known one
_DID_YOU_MEAN = "; did you mean `"
# missing-utm-param's words when a misspelled key (`medum:`) on the link, its step or the campaign holds the key it
# misses, written by checks.params from here: dropped beside schema-violation's "did you mean `medium`?" (stranger19 R1)
TYPO_MARK = "looks like a typo of"
_KEYS = ("source", "medium", "campaign")
# missing-utm-param's words when the link's URL writes the key it misses misspelled (`utm_souce`), written by
# checks.params from here: dropped beside utm-key-unknown's "did you mean `utm_source`?" on that key (newuser49 F9)
URL_TYPO_MARK = "is a misspelling of"
KEY_UNKNOWN = "UTM308"
_URL_TYPO = lazy_compile(r"`([^`]+)` is a misspelling of `")
# missing-utm-param's reason when platform-unknown speaks, written by checks.params from here
NO_PROFILE = "is no known profile, so it supplies none"


def _misspelled_keys(reports, drop: set) -> None:
    """schema-violation's "did you mean `campaign`?" on a top-level key: its "needs `campaign`" and missing-utm-param's
    "no `campaign`" on the links are that typo again; missing-utm-param's "`platform: X` is no known profile" beside
    platform-unknown's finding is that typo again."""
    meant, named = set(), set()
    for rule_, report in reports:
        if rule_.code == SCHEMA and _MEANT in report.message:
            meant.add(report.message.split(_MEANT, 1)[1].split("`", 1)[0])
        if rule_.code == SCHEMA and _DID_YOU_MEAN in report.message:  # on any mapping: a step's, a link's
            named.add(report.message.split(_DID_YOU_MEAN, 1)[1].split("`", 1)[0])
    unknown_platform = any(rule_.code == PLATFORM_UNKNOWN for rule_, _ in reports)
    for index, (rule_, report) in enumerate(reports):
        if rule_.code == SCHEMA and any(report.message == f"a campaign file needs `{key}`" for key in meant):
            drop.add(index)
        elif rule_.code == MISSING and (any(report.message.startswith(f"this link has no `{key}` (") for key in meant)
                                       or unknown_platform and NO_PROFILE in report.message
                                       or TYPO_MARK in report.message and all(
                                           f"{TYPO_MARK} `{key}`" not in report.message or key in named
                                           for key in _KEYS)):
            drop.add(index)


def _misspelled_url_keys(reports, drop: set) -> None:
    """utm-key-unknown's "`utm_souce` is not a key GA4 reads (did you mean `utm_source`?)" on a link's URL: the
    link's missing-utm-param "no `source`: its URL's `utm_souce` is a misspelling of `utm_source`" on the same line is
    that typo again (an imported link, newuser49 F9), dropped when utm-key-unknown names every typo it names."""
    told = {(report.at.line, report.message.split("`", 2)[1]) for rule_, report in reports
            if rule_.code == KEY_UNKNOWN and report.message.startswith("`")}
    for index, (rule_, report) in enumerate(reports):
        if rule_.code == MISSING and URL_TYPO_MARK in report.message:
            typos = _URL_TYPO.findall(report.message)
            if typos and all((report.at.line, typo) in told for typo in typos):
                drop.add(index)


def one_finding_per_value(reports: List[Tuple[object, object]]) -> List[Tuple[object, object]]:
    """`reports`: (rule, Report) pairs of one file, in order; the same pairs with restatements dropped."""
    at: Dict[Tuple[int, int], List[int]] = {}
    for index, (rule_, report) in enumerate(reports):
        if report.path is None and (rule_.code in REPLACED_BY or rule_.code in MOOT_WHEN_REPLACED
                                    or rule_.code == PLACEHOLDER or rule_.code in (STEP_SCOPED, DUPLICATE_CONTENT)
                                    or rule_.code == INTENT and report.severity != "info"):
            at.setdefault((report.at.line, report.at.column), []).append(index)
    drop, replace = set(), {}
    if any(rule_.code in (SCHEMA, PLATFORM_UNKNOWN) for rule_, _ in reports):
        _misspelled_keys(reports, drop)
    if any(rule_.code == KEY_UNKNOWN for rule_, _ in reports):
        _misspelled_url_keys(reports, drop)
    if any(rule_.code == COPIED for rule_, _ in reports) and any(rule_.code == URL_HAS_UTM for rule_, _ in reports):
        _copied_and_written(reports, drop)
    if any(rule_.code == SECOND_QM for rule_, _ in reports) and any(rule_.code == URL_HAS_UTM for rule_, _ in reports):
        _shared_and_written(reports, drop)
    # the spans of the in-product keys to remove, each through its value: a respelling inside one is moot, one of
    # another link's value on the same flow line is not (review48 F6: it was dropped, a silent pass)
    removed = [(report.at, report.end) for rule_, report in reports
               if rule_.code == IN_PRODUCT_KEY and report.path is None and report.end is not None]
    if removed:
        drop.update(i for i, (rule_, report) in enumerate(reports)
                    if rule_.code in MOOT_WHEN_REPLACED and report.path is None
                    and any(start < report.at < end for start, end in removed))
    swaps = [report.message for rule_, report in reports if rule_.code == SWAPPED]
    if swaps:
        for index, (rule_, report) in enumerate(reports):
            if rule_.code == "UTM102" and SWAP_HINT in report.message:
                said = "; " + report.message[report.message.index(SWAP_HINT) + len(SWAP_HINT):]
                if any(message.endswith(said) for message in swaps):
                    drop.add(index)
    for indexes in at.values():
        if len(indexes) < 2:
            continue
        codes = [reports[i][0].code for i in indexes]
        if PLACEHOLDER in codes:
            drop.update(i for i, code in zip(indexes, codes) if code != PLACEHOLDER)
            continue
        if any(code in REPLACED_BY or code == INTENT for code in codes):
            drop.update(i for i, code in zip(indexes, codes) if code in MOOT_WHEN_REPLACED)
            continue
        if STEP_SCOPED in codes:
            scoped = next(reports[i][1].message for i, code in zip(indexes, codes) if code == STEP_SCOPED)
            use = scoped[scoped.rfind("; use `") + len("; use `"):].rstrip("`") if "; use `" in scoped else None
            drop.update(i for i, code in zip(indexes, codes) if code in RESPELLINGS or code == DUPLICATE_CONTENT
                        and use is not None and reports[i][1].message.endswith(f", e.g. `{use}`"))
            continue
        charset = next((reports[i][1] for i, code in zip(indexes, codes) if code == CHARSET), None)
        if charset is not None and DROPS in charset.message:
            drop.update(i for i, code in zip(indexes, codes) if code in RESPELLINGS)
            continue
        if charset is not None:
            same = _advice(charset.message)
            drop.update(i for i, code in zip(indexes, codes) if code == CASE and reports[i][1].fix is None
                        and same is not None and _advice(reports[i][1].message) == same)
        respell = sorted((i for i, code in zip(indexes, codes) if code in RESPELLINGS and reports[i][1].problem),
                         key=lambda i: RESPELLINGS.index(reports[i][0].code))
        if len(respell) < 2 or len({_written(reports[i][1].fix) for i in respell}) != 1 \
                or _written(reports[respell[0]][1].fix) is None:
            continue  # fixes that would write different values: each finding stays, with its own fix
        first = reports[respell[0]][1]
        subject = first.message[:first.message.index(first.problem)].rstrip()
        advice = first.message[first.message.rindex("; write `") + 2:] if "; write `" in first.message else ""
        problems = joined([reports[i][1].problem for i in respell])
        message = f"{subject} {problems}; GA4 counts each spelling as a different value" + (f"; {advice}" if advice else "")
        replace[respell[0]] = first._replace(message=message)
        drop.update(respell[1:])
    if not drop and not replace:
        return reports
    return [(rule_, replace.get(i, report)) for i, (rule_, report) in enumerate(reports) if i not in drop]


UNASSIGNED, MEDIUM_FRAGMENTATION = "UTM102", "UTM602"  # medium-unassigned, medium-fragmentation


FRAGMENTATION = ("UTM601", "UTM602", "UTM604")  # source-, medium- and campaign-fragmentation
JOINS_ASKED = "would make both files one row"  # campaign-fragmentation's question (repo._respelling_joins)


def _fragment_advice(message: str) -> Optional[str]:
    """The spelling a fragmentation finding advises (`write `utm_source=acme.dev``, `write `source: acme.dev``)."""
    at = message.find("write `")
    if at == -1:
        return None
    written = message[at + len("write `"):].split("`", 1)[0]
    for sep in ("=", ": "):
        if sep in written:
            written = written.split(sep, 1)[1]
            break
    return written.strip()


def drop_respelling_toward_another(diagnostics: List) -> List:
    """One file's findings without a respelling (value-case, value-whitespace, value-separator) where a
    fragmentation finding on the same value advises another spelling: `Acme` told "write `acme`" (value-case, whose
    safe fix a pre-commit applies) and "write `utm_source=acme.dev`, the most used spelling" (source-fragmentation)
    was two values for one (stranger11 R7); the repo's spelling is the one, and value-case's would be a third."""
    advised = {}
    for d in diagnostics:
        if d.code in FRAGMENTATION:
            said = _fragment_advice(d.message)
            if said:
                advised[(d.path, d.line, d.column)] = said
    if not advised:
        return diagnostics
    # and a fragmentation finding where a respelling on the same value advises the same spelling: one mistake, one
    # finding, the respelling's (its fix is safe). A respelling follows the spelling the file's other links write in a
    # file scan reads (suggest.file_spelling: `Acme-Letter` beside `acme_letter` x2), where source-fragmentation, which
    # compares the files, says so too (newuser F8)
    same = {(d.path, d.line, d.column) for d in diagnostics if d.code in RESPELLINGS
            and _advice(d.message) is not None and _advice(d.message) == advised.get((d.path, d.line, d.column))}
    # unless the fragmentation finding asks whether the respelling joins another initiative's campaign row (repo.
    # _respelling_joins, newuser48b F6): then it is the one finding, and the respelling's safe fix would answer for
    # the team
    asked = {(d.path, d.line, d.column) for d in diagnostics if d.code in FRAGMENTATION and JOINS_ASKED in d.message}
    same -= asked
    return [d for d in diagnostics
            if not (d.code in RESPELLINGS and (d.path, d.line, d.column) in advised
                    and (_advice(d.message) not in (None, advised[(d.path, d.line, d.column)])
                         or (d.path, d.line, d.column) in asked))
            and not (d.code in FRAGMENTATION and (d.path, d.line, d.column) in same)]


_VALUE_ENDS = ",}]&#\"'<>) \t"  # where an unquoted value ends: a YAML flow item, a query field, markup, a comment


def _span(lines: Sequence[str], d) -> Optional[str]:
    """The value a finding points at, as written (quotes included): its span when the rule gave one, else the
    quoted scalar or the unquoted run of characters starting at its column; None when there is none."""
    if not 0 < d.line <= len(lines) or d.column < 1:
        return None
    line = lines[d.line - 1]
    if d.end_line == d.line and d.end_column is not None:
        return line[d.column - 1:d.end_column - 1] or None
    rest = line[d.column - 1:]
    if rest[:1] in ("'", '"'):
        close = _closing_quote(rest)
        return rest[:close + 1] if close != -1 else None
    end = next((i for i, char in enumerate(rest) if char in _VALUE_ENDS), len(rest))
    return rest[:end] or None


def _closing_quote(quoted: str) -> int:
    """Where a YAML quoted scalar starting `quoted` closes, -1 if not on this line: `''` is a quote inside a
    single-quoted one (`'Inter''Com'` is one value, not `'Inter'`), a backslash escapes inside a double-quoted one."""
    quote, i = quoted[0], 1
    while i < len(quoted):
        char = quoted[i]
        if quote == '"' and char == "\\":
            i += 2
            continue
        if char == quote:
            if quote == "'" and quoted[i + 1:i + 2] == "'":
                i += 2
                continue
            return i
        i += 1
    return -1


def respelled_elsewhere(text: str, diagnostics: Sequence) -> frozenset:
    """The written values (as in `text`) a fragmentation finding respells: drop_respelling_toward_another held
    their respellings back, and --fix's later passes, which re-lint one file without the repo-wide rules, must
    hold them back too (else value-case's safe fix writes `inter'com` while the finding shown says `intercom`)."""
    if not any(d.code in FRAGMENTATION for d in diagnostics):
        return frozenset()
    lines = text.splitlines()
    return frozenset(filter(None, (_span(lines, d) for d in diagnostics if d.code in FRAGMENTATION)))


def without_respellings_of(text: str, diagnostics: List, values: frozenset) -> List:
    """`diagnostics` without a respelling of one of `values` (respelled_elsewhere), found again by a re-lint."""
    if not values:
        return diagnostics
    lines = text.splitlines()
    return [d for d in diagnostics if not (d.code in RESPELLINGS and _span(lines, d) in values)]


def drop_restated_fragmentation(diagnostics: List) -> List:
    """One file's findings without medium-fragmentation where medium-unassigned speaks about the same value (same
    position): the medium is to be replaced, and "write `medium: In-App`" was advice toward another finding. A
    medium-unassigned that is suppressed or not selected is not in the list, so it hides nothing. And without a
    respelling a fragmentation finding advises otherwise (drop_respelling_toward_another)."""
    diagnostics = drop_respelling_toward_another(diagnostics)
    if not any(d.code == MEDIUM_FRAGMENTATION for d in diagnostics):
        return diagnostics
    unassigned = {(d.path, d.line, d.column) for d in diagnostics if d.code == UNASSIGNED}
    # platform-medium-mismatch advising the very spelling the fragmentation advises (`paid_social` on a LinkedIn ad:
    # "write `medium: paid-social`" twice): one mistake, the platform's finding (newuser49 F11)
    advised = {(d.path, d.line, d.column): _write_advice(d.message) for d in diagnostics if d.code == PLATFORM_MEDIUM}

    def restated(d) -> bool:
        if d.code != MEDIUM_FRAGMENTATION:
            return False
        at = (d.path, d.line, d.column)
        advice = _write_advice(d.message)
        return at in unassigned or advice is not None and advised.get(at) == advice

    return [d for d in diagnostics if not restated(d)]


PLATFORM_MEDIUM = "UTM108"  # platform-medium-mismatch
_WRITE = lazy_compile(r"; write `([^`]+)`")


def _write_advice(message: str) -> Optional[str]:
    """The last value a message advises writing (`...; write `medium: paid-social` (...)`), or None."""
    found = _WRITE.findall(message)
    return found[-1] if found else None


# the short names Meta's `{{site_source_name}}` writes that rules/source-short-names.txt pairs with a network's name
META_SHORT_NAMES = frozenset(("fb", "ig"))
_SITE_SOURCE_NAME = lazy_compile(r"\{\{\s*site_source_name\s*\}\}")


def meta_writes_source(all_facts) -> bool:
    """Whether one of the files lets Meta write its utm_source (`{{site_source_name}}`: `fb`, `ig`, ... at click time)."""
    return any(s.param == "utm_source" and _SITE_SOURCE_NAME.search(s.value) for facts in all_facts
               for s in facts.spellings)


def hold_meta_short_names(groups, targets) -> List[str]:
    """Drop source-domain-style's finding on Meta's short names (without_meta_short_names) from each target (a lint
    result or a scanned file, by the path its facts name) of a group of files one site's analytics compares (lint's
    engine.by_site, scan's repo._by_site) in which a file lets Meta write its utm_source: lint's and scan's one rule
    (mends49: scan still told a doc's `fb` "write `facebook`" where lint kept Meta's spelling). The paths held."""
    held = []
    for group in groups:
        if not meta_writes_source(group):
            continue
        for facts in group:
            target = targets.get(facts.path)
            if target is not None:
                target.diagnostics = without_meta_short_names(target.diagnostics)
                held.append(facts.path)
    return held


def without_meta_short_names(diagnostics: List) -> List:
    """`diagnostics` without source-domain-style's finding on a short name Meta's `{{site_source_name}}` writes
    (`fb`: "write `facebook`", the meta-ads profile's name, would split the typed links from Meta's own rows), for a
    file whose repository lets Meta write the source (engine.Linter._run_repo, mends48b)."""
    return [d for d in diagnostics if not (d.code == "UTM103" and d.message.startswith("utm_source `")
                                           and d.message.split("`", 2)[1].strip().casefold() in META_SHORT_NAMES)]
