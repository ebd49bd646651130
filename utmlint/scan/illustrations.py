"""Links a file shows rather than sends anyone to, read from the link and the file: a name reserved for examples
(example_host), an example's own demo deployment (demo_deployment), one address spelled twice (spelled_twins), a
guide's pattern filled in below it (filled_patterns), a link sheet's format line (labelled_format).
"""

from __future__ import annotations

import re
from typing import Dict, FrozenSet, Iterable

from ..lazyregex import lazy_compile
from ..urls import split_url
from .synthetic import host_end


# A link to a name reserved for examples (RFC 2606, RFC 6761: `example.com`, `shop.example`, `x.test`, `localhost`) or to
# the loopback address, read in a file, is an illustration: a link nobody follows (lychee skips them by default).
# - In code and tests (linkplace "code": a unit test's input, a doc comment's sample output, a self-test script's URL,
#   corpus 10 #296, 19 #98 #99, 21 #19), and anywhere for a name RFC 2606 reserves for testing or the machine itself
#   (`*.test`, `*.invalid`, `localhost`, 127.0.0.1: a dev server's page, Amplitude's test-server `?utm_campaign=
#   helloworld224`, corpus 20 #23), its values and keys are test data: no advice on its tags (complete, respell, GA4's
#   channel, http, internal); what a reader copies verbatim keeps its findings (EXAMPLE_KEEPS: a misspelled key,
#   `&amp;`, a repeated key, tags after the `#`, a second `?`, a placeholder left unfilled).
# - A name RFC 2606 reserves for documentation (`example.com/.org/.net`, `*.example`) in a guide, a page, a sheet (any
#   file but code) is what the readers copy: a team's own tagging guide shows its
#   convention on example.com (stranger15 R15: `utm_medium=emial`, `Spring-Sale` there spread to every link copied
#   from it), so the value rules speak as on any link; only the advice tied to a real destination or to a complete
#   campaign is moot (EXAMPLE_MOOT: add the missing keys, which an illustration of one key leaves out on purpose, as
#   Amplitude's `example.com/pricing?utm_source=facebook` explaining URL matching does, corpus 19 #158-#160; http; a
#   shortener; someone's copied tracking or an address in the query, which the example shows; internal or useless
#   tags), and so is a one-letter value (Mautic's `?utm_campaign=A` and `B` explaining a page-visit filter, corpus 19
#   #168 #170): a letter stands for any value, it names nothing a reader would copy.
EXAMPLE_KEEPS = ("UTM303", "UTM304", "UTM306", "UTM307", "UTM308", "UTM309", "UTM313", "UTM314", "UTM315")
EXAMPLE_MOOT = ("UTM101", "UTM302", "UTM305", "UTM310", "UTM311", "UTM312", "UTM316")  # UTM316: utm-useless-destination
DOCUMENTATION_HOST = re.compile(r"(?:^|\.)example(?:[0-9]*\.(?:com|org|net))?\Z")  # RFC 2606 section 3, and .example
_LOOPBACK = re.compile(r"(?:127(?:\.[0-9]{1,3}){3}|::1|0\.0\.0\.0)\Z")


def example_host(url: str) -> str:
    """The host of a link to a name reserved for examples or to the loopback address (`example.com`, `localhost`,
    `127.0.0.1`), lower-cased, or ""."""
    from ..identity import reserved_host

    parts = split_url(url)
    if parts.scheme not in ("http", "https"):
        return ""
    host = parts.host.lower().rstrip(".")
    return host if host and (reserved_host(host) or _LOOPBACK.match(host)) else ""


def stand_in_host(url: str) -> str:
    """The host of a link to a stand-in for the reader's own site, a name that says "your site" (`yourdomain.com`,
    `my.site.com`, `yoursite.com`, `tusitio.com`: checks.tracking.copied_posted's stand-in words, the labels before the
    top-level domain read together, `www.` left out), lower-cased, or "". Not reserved as `example.com` is (some are
    registered), so read as an illustration only where a program's text writes it (Judge.example: in code, where
    Google Analytics' iOS SDK header documents a campaign URL as `Example: http://my.site.com/index.html?utm_campaign=
    wow&utm_source=source`, corpus 46 #60); an e-mail template's `http://domain.com/?utm_...` is the link its sender
    fills in, judged as ever (corpus 7's konsav templates: http told)."""
    from ..checks.tracking.copied_posted import _STAND_IN_SITE

    parts = split_url(url)
    if parts.scheme not in ("http", "https"):
        return ""
    host = parts.host.lower().rstrip(".")
    labels = host.split(".")
    if len(labels) < 2:
        return ""
    name = "".join(labels[1 if labels[0] == "www" else 0:-1]).replace("-", "")
    return host if name and _STAND_IN_SITE.fullmatch(name) else ""


# The folders a repository keeps its examples in, each example in a folder of its own below (`examples/custom-targeting/`)
_EXAMPLE_FOLDERS = frozenset({"example", "examples", "demo", "demos", "sample", "samples"})
_LONG_WORDS = lazy_compile(r"[a-z]{4,}")


def example_folder(path: str) -> str:
    """The folder of the one example a file is in (`custom-targeting` for `examples/custom-targeting/README.md`: a
    folder below one named for examples, _EXAMPLE_FOLDERS), lower-cased, or ""."""
    folders = path.replace("\\", "/").lower().split("/")[:-1]
    at = max((i for i, folder in enumerate(folders) if folder in _EXAMPLE_FOLDERS), default=-1)
    return folders[at + 1] if at != -1 and at + 1 < len(folders) else ""


def demo_deployment(folder: str, url: str) -> bool:
    """Whether a link written in an example's folder (`folder`: example_folder, `examples/build-time-targeting/`) goes
    to that example's own deployment on a hosting platform: a tenant of rules/hosting-suffixes.txt whose name shares a
    word of four letters or more with the example's folder (`build-time-targeting.vercel.app`,
    `custom-target-plasmic.vercel.app` for `examples/custom-targeting/`). The example's live demo, whose tags show what
    the example does (Plasmic's targeting examples open their demos with `?utm_source=google` to trigger a
    utm-targeted variant, corpus 12 #74-#76): no campaign anyone measures, so no value advice (Judge's sample reading,
    as for one-letter values). A link from it to the team's own site (another host), and one in any other folder, are
    judged as ever."""
    if not folder:
        return False
    from ..identity import _hosting, _site_labels

    host = split_url(url).host.lower()
    labels = _site_labels(host) if host else ()
    if len(labels) < 2 or ".".join(labels[1:]) not in _hosting():
        return False  # not a hosting platform's tenant (`acme.vercel.app`)
    return bool(set(_LONG_WORDS.findall(labels[0])) & set(_LONG_WORDS.findall(folder)))


def spelled_twins(urls: Iterable[str]) -> FrozenSet[str]:
    """The tagged links of a file written twice, once with and once without the `/` that ends their path
    (`https://google.com?utm_source=medium` and `https://google.com/?utm_source=medium`), the same tags on both: a
    post's illustration of how one address can be written (joshua-data's post listing four spellings of google.com
    that reach the same page, corpus 23 #45 #46), not two campaign links. Judge.file_twins: such a link of one utm
    key is not told to complete its campaign (an illustration of one key leaves the others out on purpose, as on
    example.com); its values are judged as on any link (a team's own link written twice with `utm_medium=emial` keeps
    its finding)."""
    groups: Dict[str, set] = {}
    for url in urls:
        url = url.strip()
        if "utm_" not in url.lower() or not host_end(url)[0]:
            continue
        cut = min((at for at in (url.find("?"), url.find("#")) if at != -1), default=len(url))
        address = url[:cut][:-1] if url[:cut].endswith("/") else url[:cut]
        groups.setdefault(address.lower() + url[cut:], set()).add(url)
    return frozenset(url for spellings in groups.values() if len(spellings) >= 2 for url in spellings)


def filled_patterns(urls: Iterable[str]) -> FrozenSet[str]:
    """The query-only patterns of a file (`?utm_source=[SOURCE]&utm_medium=[MEDIUM]&utm_campaign=promoting`, "append
    the following to the URL") whose placeholders the file fills in other queries of the same keys and the same other
    values (`?utm_source=quora&utm_medium=referral&utm_campaign=promoting`, below it): a guide's pattern and its
    instances, not a link someone forgot to fill (an agency's blogging wiki, corpus 23 #78). Judge.file_patterns. A
    link with a host keeps utm-placeholder-unfilled beside filled siblings (a plan's one link left `[SOURCE]` is a
    forgotten fill), and so does a pattern the file never fills."""
    from ..checks.tracking.fields import _GA4_SET, query_fields as fields_of
    from ..checks.tracking.unfilled import _unfilled_word

    queries = []
    for url in urls:
        url = url.strip()
        if url.startswith("?") and "utm_" in url.lower():
            fields = {f.name.strip().lower(): f.value for f in fields_of(url) if f.name.strip().lower() in _GA4_SET}
            if fields:
                queries.append((url, fields, frozenset(k for k, v in fields.items() if _unfilled_word(v))))
    found = set()
    for url, fields, slots in queries:
        if slots and any(other.keys() == fields.keys() and not others_slots and all(
                other[k] == v for k, v in fields.items() if k not in slots) for _, other, others_slots in queries):
            found.add(url)
    return frozenset(found)


# A line that labels itself the links' format (`**Format**: `, `URL pattern:`, `Template:`, `Structure:`, `Syntax:`),
# ending just before the URL (emphasis and a code span's backtick between): a sheet's description of its links
_FORMAT_LABEL = lazy_compile(r"(?i)\b(?:format|pattern|template|structure|syntax)\b[*_]*\s*:[*_`\s<]*\Z")  # `<`: an autolink, `<https://...>`


def labelled_format(line: str, url: str) -> bool:
    """Whether `url`, written at the end of `line` (the text before it on its line), is a link sheet's description of
    its format: the line labels itself the format, pattern or template of the links (`**Format**: ?utm_source=SOURCE
    &utm_medium=MEDIUM&utm_campaign=CAMPAIGN`, a chat app's UTM link sheet, corpus 25 #74) and every utm value GA4
    reads is its own key's name in capitals, naming the part, as `[SOURCE]` does in a guide's pattern (filled_patterns).
    A real link with one value left `SOURCE` among filled ones, or a line that is no such label, is not one: its
    utm-placeholder-unfilled stays. The URL is read first: its values name their keys on almost no link, and the
    label, just before the URL, is looked for in the line's last LABEL_REACH characters only (a minified file's one
    line holds thousands of links: searching all of it before each was quadratic)."""
    from ..checks.tracking.fields import _GA4_SET, query_fields

    fields = [(f.name.strip().lower(), f.value.strip()) for f in query_fields(url.strip())]
    fields = [(name, value) for name, value in fields if name in _GA4_SET]
    if len(fields) < 2 or not all(value == name[len("utm_"):].upper() for name, value in fields):
        return False
    return bool(_FORMAT_LABEL.search(line[-LABEL_REACH:]))


LABEL_REACH = 200  # a label and its emphasis, code span and spaces before the URL
