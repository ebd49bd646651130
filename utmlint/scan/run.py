"""One `utmlint scan` run: find the files, read each once, extract its tracked links, judge them, then
run the repo-wide rules over the scanned links and the campaign files together.

Files without `utm_` cost a read and a byte search. Results of files with links are cached by the hash
of their bytes (cache.py); a warm run answers an unchanged file from its stat alone.
"""

from __future__ import annotations

import os
import re
import sys
import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Dict, List, Mapping, Optional, Sequence, Tuple

from ..config import Config, ConfigError
from ..diagnostics import Diagnostic
from ..discovery import looks_like_campaign
from ..lazyregex import lazy_compile
from ..records import NamedTuple
from . import KNOWN_BINARY, MAX_SCAN_BYTES, MSGIDS_ONLY, Extracted, known_binary, Record, binary_note, extract, _SNIFF, unmarked_utf16, has_utm, kind_suffix, prose_sheet
from .notes import SET_ASIDE
from ..freshness import blake2b, stable_text
from .cache import RACY_NS, ScanCache, collector_paused, content_hash, decode_entry, encode_entry, source_lines
from .files import Discovery, Target, display, read_whole, test_module

if TYPE_CHECKING:
    from ..suppress import Suppressions

# `# utmlint: ...`, `// utmlint: ...`, `<!-- utmlint: ... -->`, `{# utmlint: ... #}`, `/* */`, `..` (reST),
# `--` (SQL, Lua), `;` (INI), `%` (TeX), `<%# %>`: the comment opener must start the line or follow a space.
# MDX's and JSX's `{/* utmlint: ... */}` too (newuser47b F2: in an .mdx page `<!-- -->` does not compile, and inside
# a component's markup only `{/* */}` is a comment), also right after a tag's `>` (`<a href="...">{/* ... */}`).
# Liquid's comments (a Shopify theme's, newuser48c F1): `{% comment %}utmlint: ...{% endcomment %}` and the inline
# `{% # utmlint: ... %}`, with or without `-` trimming (`{%- comment -%}`); Liquid has no `{# #}`, which it prints as
# page text. HTML's `<!--`, `{/*` and Liquid's tags count right after a tag's `>` or a Liquid tag's `}` too
# (`...</a><!-- utmlint: ... -->`, `{%- endif -%}{% # utmlint: ... %}`), where none of them can be a URL's or a word's.
_LIQUID_COMMENT = r"\{%-?\s*(?:comment\s*-?%\}|#)"
DIRECTIVE = lazy_compile(
    r"(?:(?:^|\s)(?:#|//|<!--|\{#|\{/\*|/\*|\.\.|--|;|%|<%#|" + _LIQUID_COMMENT + r")|(?<=>)(?:\{/\*|<!--)"
    r"|(?<=[>}])" + _LIQUID_COMMENT + r")"
    r"\s*utmlint:\s*(ignore|disable-file|disable|enable)\b"
    r"(?:\[([^\]]*)\])?", re.IGNORECASE)
INVENTORY_PARAMS = ("utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term")
_BY_NAME = ("firebase.json", "vercel.json", "netlify.toml", "_redirects")  # scan.manifest's redirect tables
CACHE_VERSION = "scan-16"  # 4: campaign files recognised as lint does (near-miss keys too); 5: `=` as an entity;
# 6: stamps per folder, kept only when settled; the rules' fingerprint inside; 7: cache.py's format (pruned);
# 8: marshal; 9: named and keyed with BLAKE2b, signed with keyed BLAKE2b (no OpenSSL on a warm run); 10: each
# spelling with the site its link goes to; 11: each file's collection candidates and its folder collection's result;
# 12: `_redirects` in any folder (a cached listing left it out), a feed's place; 13: each record says whose it is;
# 14: a guide's pattern's record is set-aside; 15: a stray visit's id leaves the record own, a set-aside one's one why;
# 16: text files named without a suffix (`NEWS`, `whatsnew-en-US`) in a folder's listing, a page link's empty last value


def _escaped_spaces(shown: str, text: str, index, occ, url_linter, path) -> List[Diagnostic]:
    """url-invalid on a `.properties` link whose address holds a space written `\\ ` (scan.plain._properties_urls:
    `utm_campaign\\=Spring\\ Sale`, which Java reads `Spring Sale`), with the safe fix writing each `\\ ` as `%20`:
    the address a browser sends from an `href` already, and one no linkifier cuts; the value GA4 reads stays the
    same (review47b F7). Not when the run or the file's per-file-ignores leave url-invalid out."""
    from ..diagnostics import Edit, Fix
    from ..registry import selector_match

    rule_ = next((r for r in url_linter.by_target.get("link", ()) if r.code == "UTM303"), None)
    if rule_ is None or any(selector_match(s, rule_) >= 0 for s in url_linter._per_file_ignores(path)):
        return []
    spaces = [occ.offsets[i] for i, ch in enumerate(occ.url) if ch == " " and i < len(occ.offsets)
              and occ.offsets[i] > 0 and text[occ.offsets[i] - 1] == "\\"]
    if not spaces:
        return []
    line, column = index.pos(spaces[0] - 1)
    end_line, end_column = index.pos(occ.end)
    first = occ.url.index(" ")
    pair = occ.url[max(occ.url.rfind("&", 0, first), occ.url.rfind("?", 0, first)) + 1:]
    pair = pair[:pair.find("&")] if "&" in pair else pair
    message = (f"this link's address has a space, written `\\ ` in the bundle, so the app shows `{pair}`: no "
               f"valid address holds a space; a browser sends it as `%20` from an `href`, but a linkifier or a mail "
               f"client ends the link at the space and cuts the value; write each `\\ ` as `%20`, the same value for "
               f"GA4 and a link everywhere")
    fix = Fix(tuple(Edit(at - 1, at + 1, "%20") for at in spaces), "write each `\\ ` as `%20`")
    return [Diagnostic(shown, line, column, rule_.code, rule_.name, url_linter.severity.get(rule_.code, "error"),
                       message, end_line, end_column, fix)]


def _spaced_destination(shown: str, text: str, index, occ, url_linter, path) -> List[Diagnostic]:
    """url-invalid on a Markdown link destination written with spaces (scan.markdown.spaced_destination), with the
    safe fix writing each space `%20`: the address MkDocs links already (a browser sends a space so), and a link for
    CommonMark, which makes none of `](... Launch Week 2026)`; the values GA4 reads stay as they are. Not when the
    run or the file's per-file-ignores leave url-invalid out."""
    from ..diagnostics import Edit, Fix
    from ..registry import selector_match
    from .markdown import spaced_destination, spaced_message

    rule_ = next((r for r in url_linter.by_target.get("link", ()) if r.code == "UTM303"), None)
    if rule_ is None or any(selector_match(s, rule_) >= 0 for s in url_linter._per_file_ignores(path)):
        return []
    spaces = spaced_destination(text, occ.start, occ.end)
    if not spaces:
        return []
    line, column = index.pos(spaces[0])
    end_line, end_column = index.pos(occ.end)
    fix = Fix(tuple(Edit(at, at + 1, "%20") for at in spaces), "write each space as `%20`")
    return [Diagnostic(shown, line, column, rule_.code, rule_.name, url_linter.severity.get(rule_.code, "error"),
                       spaced_message(occ.url), end_line, end_column, fix)]


class FileScan:
    """One file's results. Most files of a tree hold no tracked link: theirs are the class's empty tuples
    (a warm run makes thousands), and whoever fills one assigns a list first (a stray append then fails
    loudly instead of sharing a list)."""

    diagnostics: Sequence[Diagnostic] = ()
    records: Sequence[Record] = ()
    notes: Sequence[Tuple[int, int, str]] = ()
    spellings: Sequence[tuple] = ()  # (line, column, param, value, site) of each own utm_source and utm_medium
    suppressions: Optional[Suppressions] = None
    text: Optional[str] = None  # kept when fixing
    bom = False
    encoding = "utf-8"  # a UTF-16 or UTF-32 file is written back in its own (scan.Extracted)
    lines: Optional[Dict[int, str]] = None  # the source lines findings point into (for the text report)
    key: Optional[str] = None  # the cache's key of the bytes judged (their hash and family)
    # the file's tracked links as scan.collection reads them, [url, site, values, marked, posted] each, for its
    # folder's verdict (Scanner._folders); the folder collection it was judged as one of, if any
    candidates: Sequence[list] = ()
    folder = None

    def __init__(self, path: str, shown: str):
        self.path = path
        self.shown = shown

    @property
    def facts(self):
        """What repo-wide rules need of this file (its spellings), made when first asked: a warm run whose
        repo-wide result is cached never makes them."""
        facts = self.__dict__.get("_facts")
        if facts is None and self.spellings:
            from .repo import facts_for

            facts = self.__dict__["_facts"] = facts_for(self.shown, self.spellings)
        return facts

    def source(self):
        """What the text report shows lines from: the lines kept, else the file."""
        return self.path if not self.lines else (self.path, self.lines)


class ScanResult(NamedTuple):
    files: List[FileScan]  # every file read (with or without links)
    diagnostics: List[Diagnostic]
    notes: List[str]  # "path:line:col: note: ..." lines
    campaigns: List[str] = []  # campaign files found and left to `lint` (as displayed)
    unread: List[str] = []  # files of a text kind scan does not read (files.UNREAD_TEXT), as found in the walk
    skipped: List[Tuple[str, str]] = []  # (folder or file, why): test data, recordings, generated files left out


class _FileHeld(NamedTuple):
    """What a scanned file is, for the inventory's `whose` of each of its links (Scanner._whose_said): a collection of
    other people's links (scan.collection) and whether it is a data set, the vendored library whose code it is, the
    list it is a copy of (`owner/name` or a saved page's host), the list publisher whose links it holds."""

    collected: object
    library: str
    copy_origin: str
    publisher: object
    data_set: bool


class _LazyPlatforms(Mapping):
    """The platform profiles, parsed only when a rule first asks: a warm run answered from the cache
    never pays for reading them."""

    def __init__(self, load):
        self._load = load
        self._data = None

    def _get(self):
        if self._data is None:
            self._data = self._load()
        return self._data

    def __getitem__(self, key):
        return self._get()[key]

    def __iter__(self):
        return iter(self._get())

    def __len__(self):
        return len(self._get())

    # The loaded dict's own views: Mapping's would call __getitem__ once per key, and the value rules
    # walk every profile for each value judged (most of a cold run's time went there).
    def keys(self):
        return self._get().keys()

    def values(self):
        return self._get().values()

    def items(self):
        return self._get().items()

    def get(self, key, default=None):
        return self._get().get(key, default)

    def __contains__(self, key):
        return key in self._get()


def scan_linter(config: Config, registry, select: Sequence[str], ignore: Sequence[str]):
    """A Linter running only the rules that apply to a link in a document. In-product hosts are a campaign
    file's notion (an in-app message); a link written in docs is external traffic and is judged."""
    from ..project import Project
    from .judge import applies_to_scan

    import copy

    synthetic_config = copy.copy(config)
    synthetic_config.in_product_hosts = []
    synthetic_config.values_in_urls = True  # a `+` in a written link is a space to most tools (value-charset)
    scope = Project.of(synthetic_config, registry=registry).scopes[0]
    profiles = Project.of(synthetic_config).scopes[0]
    scope.__dict__["platforms"] = _LazyPlatforms(lambda: profiles.platforms)  # loaded only when a rule asks
    linter = scope.linter(select, ignore)
    linter.config = config
    repo_rules = list(linter.by_target.get("repo", ()))
    linter.by_target = {target: [r for r in rules if applies_to_scan(r.code)]
                        for target, rules in linter.by_target.items() if target in ("campaign", "link")}
    return linter, repo_rules


class Scanner:
    """`registry` may be a function returning it: the rules are then built only when a file or the repo-wide
    result must be judged, so a warm run answered wholly from the cache imports no rule, no judge and no
    YAML parser (the selectors were checked by the run that wrote the cache, under the same key)."""

    def __init__(self, config: Config, registry, select: Sequence[str] = (), ignore: Sequence[str] = (),
                 keep_text: bool = False, use_cache: bool = True, nested: frozenset = frozenset()):
        self.config = config
        self.nested = nested  # folders another config of this run governs: not walked into (files.Discovery)
        self._registry = registry
        self.select, self.ignore = list(select), list(ignore)
        self.options = {"code-blocks": bool((config.scan or {}).get("code-blocks", False))}
        self.keep_text = keep_text
        self.use_cache = use_cache and not keep_text
        self._cache: Optional[ScanCache] = None
        self._rules = None  # (linter, repo rules, judge), built on first need
        self._stale = False  # the cache was made under other rules than the ones built: rescan
        self._taken = time.time_ns()  # when the run began: every stamp's stat is taken after it
        self._folder = ("", {}, {}, "")  # scan_file's current folder: (path, known, seen, shown prefix)
        self._identity_keys: Dict[tuple, str] = {}  # identity's (names, leading, library) -> cache-key part
        self._identity_by_folder: Dict[str, str] = {}  # folder -> its files' cache-key part (_identity_key)
        # (folder, content) -> its repository's site (_repository_site)
        self._site_by_folder: Dict[Tuple[str, bool], str] = {}
        if not self.use_cache or self._load_cache().rules is None:
            self._build()  # no cache to answer from: check the selectors now, as every run did

    @property
    def registry(self):
        if callable(self._registry):
            self._registry = self._registry()
        return self._registry

    def _build(self):
        if self._rules is None:
            from .judge import Judge

            linter, repo_rules = scan_linter(self.config, self.registry, self.select, self.ignore)
            judge = Judge(linter, self.config.own_hosts)
            judge.in_file = True  # every link scan reads is read in a file (Judge.example)
            self._rules = (linter, repo_rules, judge)
            if self.use_cache:
                cache = self._load_cache()
                rules = linter.fingerprint()
                if cache.rules != rules:  # entries judged by other rules (a profile edited): start afresh
                    self._stale = cache.rules is not None
                    cache.reset(rules)
                    self._folder = ("", {}, {}, "")
                if cache.repo_rules is not bool(repo_rules):
                    cache.repo_rules = bool(repo_rules)
                    cache.dirty = True
        return self._rules

    @property
    def linter(self):
        return self._build()[0]

    @property
    def repo_rules(self):
        return self._build()[1]

    @property
    def judge(self):
        return self._build()[2]

    # -- cache
    def _fingerprint(self) -> str:
        """The cache's name: everything the rules depend on that can be known without loading them (the
        linter's own fingerprint is kept inside and checked whenever the rules are built)."""
        from .. import __version__
        from ..plugins import declarations
        from ..resources import code_stamp
        from .platform_tags import platform_written_tags

        parts = [CACHE_VERSION, __version__, sys.version, self.config.fingerprint_text(),
                 stable_text([self.select, self.ignore]), stable_text(self.config.own_hosts),
                 stable_text(self.config.scan),
                 repr(platform_written_tags()),  # an edited list changes which links are judged
                 code_stamp(),  # a checkout's rule code or rules/ data edited under the same version
                 repr(getattr(self.config, "identity", None))]  # whose repository: copied-tracking reads it
        parts.extend(f"{path}\n{text}" for path, text in declarations())  # a plugin installed, upgraded or removed
        parts.extend(self.config.profile_stamps())  # a profile edited
        return blake2b("\n".join(parts).encode(), digest_size=8).hexdigest()  # no OpenSSL (freshness.blake2b)

    def _load_cache(self) -> ScanCache:
        if self._cache is None:
            folder = Path(self.config.cache_dir or (self.config.root / ".utmlint_cache"))
            name = f"scan-{self._fingerprint()}.bin"  # named once: the fingerprint stats every profile and plugin
            self._cache = ScanCache(folder / name, f"scan-cache {name}",
                                    None if self.config.cache_dir else self.config.root)
            if self.use_cache:
                self._cache.load()
        return self._cache

    def save_cache(self) -> None:
        """Signed with the machine key like lint's cache (a cache committed by a pull request is ignored),
        pruned, written only through safeio (no symlink followed)."""
        if self.use_cache:
            cache = self._load_cache()
            cache.finish()
            cache.save()
            self._folder = ("", {}, {}, "")

    # -- one file
    def _display(self, path: str) -> str:
        prefix = self.__dict__.get("_cwd")
        if prefix is None:
            prefix = self.__dict__["_cwd"] = os.path.join(os.getcwd(), "")
        shown = path[len(prefix):] if path.startswith(prefix) else path
        return shown.replace(os.sep, "/")

    def _scan_all(self, targets: List[Target]) -> List[Tuple[Target, Optional[FileScan]]]:
        """scan_file on each target, with its commonest case inlined: a file that had no `utm_` and whose
        stat is the one kept (most files of a docs tree, warm). Same test, same bookkeeping."""
        if not self.use_cache:
            return [(target, self.scan_file(target)) for target in targets]
        out = []
        append = out.append
        directory, known, seen, prefix = "", {}, {}, ""
        for target in targets:
            path, _, info = target
            if info is not None:
                folder, _, name = path.rpartition(os.sep)
                if folder != directory:
                    self._enter(folder, path, name)
                    directory, known, seen, prefix = self._folder
                entry = known.get(name)
                if type(entry) is list and len(entry) == 5 and entry[0] is None and entry[1] == info.st_size \
                        and entry[2] == info.st_mtime_ns and entry[3] == info.st_ctime_ns and entry[4] == info.st_ino:
                    seen[name] = entry
                    append((target, FileScan(path, prefix + name)))
                    continue
            append((target, self.scan_file(target)))
            if self._folder[0] != directory:  # the rules were built and the cache reset meanwhile
                directory = ""
        return out

    def _enter(self, directory: str, path: str, name: str) -> None:
        """Make `directory` scan_file's current folder: its known entries, where its files seen go, and
        how its files are shown."""
        known, seen = self._load_cache().folder(directory)
        shown = self._display(path)
        self._folder = (directory, known, seen, shown[:len(shown) - len(name)])

    def scan_file(self, target: Target) -> Optional[FileScan]:
        """One file's findings, links and notes; None when it turns out to be a campaign file (lint's).

        With the cache, one stat per file (the walk's, else taken here), before reading: when its (size,
        mtime, ctime, inode) are the entry's, the file is not read and the entry answers. A stat is kept
        only when the file had settled when it was taken (its mtime and ctime RACY_NS older than the run's
        start: git's racy-clean rule, as lint's cache), so an edit within the same clock tick is never
        hidden; else the file is read and hashed every time until it settles. A write after the stat moves
        the mtime, so a stamp never vouches for bytes it did not see."""
        path = target.path
        if not self.use_cache:
            return self._read(target, FileScan(path, self._display(path)), None, "", None)
        directory, _, name = path.rpartition(os.sep)
        if self._folder[0] != directory:
            self._enter(directory, path, name)
        current = self._folder
        result = FileScan(path, current[3] + name)
        seen = current[2]
        info = target.info
        if info is None:
            try:
                info = os.stat(path)
            except OSError:
                return self._read(target, result, None, name, None)
        entry = current[1].get(name)
        if type(entry) is list and len(entry) == 5 and entry[1] == info.st_size and entry[2] == info.st_mtime_ns \
                and entry[3] == info.st_ctime_ns and entry[4] == info.st_ino:
            key = entry[0]
            if key is None:
                seen[name] = entry
                return result  # unchanged, and it had no `utm_`
            if key == "campaign":
                seen[name] = entry
                return None
            if key in ("binary", "binary:utf-16-le", "binary:utf-16-be", "binary:bplist", "binary:mpegts"):
                seen[name] = entry  # unchanged, and it held NUL bytes and no `utm_` (binary_file); UTF-16 text without
                # its mark (binary_note), a compiled property list, a video segment named so
                head = b"\0\0\0\0\0\0\0\0\0\0\0" if key == "binary" else b"bplist00\0" if key == "binary:bplist" else \
                    (b"G" + b"\0" * 187) * 3 if key == "binary:mpegts" else (b"a\0" if key.endswith("le") else b"\0a") * 8
                result.notes = [(1, 1, binary_note(kind_suffix(target.path), head))]
                return result
            found = self._cache.entries.get(key)
            # its repository's identity may have changed (a remote added) without the file's stat changing
            if found is not None and key.endswith(self._identity_key(path)) and decode_entry(found, result):
                seen[name] = entry
                result.key = key
                return result
        taken = self._taken  # before this stat (before the run's first): a stricter test, never a looser one
        settled = info.st_mtime_ns < taken - RACY_NS and info.st_ctime_ns < taken - RACY_NS
        return self._read(target, result, seen, name,  # else changed too recently for its stat to prove anything
                          [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino] if settled else None)

    def _read(self, target: Target, result: FileScan, seen: Optional[dict], name: str,
              stamp: Optional[list]) -> Optional[FileScan]:
        """Read, sniff, hash and judge one file (or find its bytes' entry); `seen[name]` gets its key."""
        raw, problem = read_whole(target.path, MAX_SCAN_BYTES)
        if problem is not None:
            result.notes = [(1, 1, problem)]
            return result  # unreadable: read again next run (its state may change without an mtime)
        if target.family == "data" and target.path.endswith((".yaml", ".yml")) and self.config.source is None \
                and looks_like_campaign(raw):
            if seen is not None:
                seen[name] = ["campaign", *stamp] if stamp else ["campaign"]
            return None  # a campaign file: lint's, not scan's
        if not has_utm(raw):
            binary = binary_file(raw, target.path)
            if binary:  # read as no text at all: never counted checked (in a folder), a finding when named
                result.notes = [(1, 1, binary)]
            if seen is not None:
                mark = (known_binary(raw) or unmarked_utf16(raw[:_SNIFF])) if binary else ""
                label = ("binary:" + mark if mark else "binary") if binary else None
                seen[name] = [label, *stamp] if stamp else [label]
            return result
        key = None
        if seen is not None:
            # the same bytes are judged differently inside a browser extension (scan.extension)
            key = content_hash(raw) + ":" + target.family + (":extension" if self._in_extension(target.path) else "")
            if target.path.endswith((".js", ".mjs", ".cjs")) or target.path.endswith(_BY_NAME):
                # a minified build is another project's only when named for it (scan.minified), a redirect table's
                # destinations are entry points only in a file named for its host (scan.manifest): same bytes, two names
                key += ":" + os.path.basename(target.path)
            else:  # a redirect rule's destination is read by the file's name too (scan.redirects: routes.rb)
                from .redirects import named_reading

                key += named_reading(target.path)
            from ..linkplace import link_place, named_networks

            # copied-tracking's verdicts depend on what the file is (an e-mail template's tags are that e-mail's)
            # and on whose repository it is: the identity last, as scan_file's stat path reads it with endswith
            place = link_place(result.shown)
            if place:
                key += ":" + place
            inside = self._in_repository(target.path, result.shown)
            if test_module(inside):  # a test's code: its links are its inputs (scan.files.test_module)
                key += ":test"
            from .downloads import homebrew_file

            if inside.lower().endswith(".rb") and homebrew_file(inside, self.judge.identity.slug if self.judge.identity
                                                                 is not None else ""):
                key += ":homebrew"  # a formula's `url` is a download (scan.downloads)
            from .downloads import script_file

            if script_file(inside):
                key += ":script"  # a script's curl or wget URL is a request (scan.downloads)
            from .placement import placement_file
            from .partner_tags import partners_page

            if placement_file(inside):  # a sponsors list's links are its sponsors' (scan.placement), by the file's name
                key += ":placement"
            from .placement import third_party_folder

            if third_party_folder(inside):  # another party's pages or code (scan.placement), by a folder's name
                key += ":third-party"
            from .partner_tags import banner_file

            banner = banner_file(inside)
            if banner:  # a party's banner (scan.partner_tags), by the component's name
                key += ":banner:" + banner
            if partners_page(inside):  # the team's own partners page (scan.partner_tags), by the file's name
                key += ":partners"
            networks = named_networks(result.shown)  # and on the networks its path names (`community/slack/`)
            if networks:
                key += ":" + ",".join(sorted(networks))
            from ..linkplace import site_content

            if self._repository_site(target.path):  # and, in a repository named for its site's domain, on whether
                if self._site_page(target.path, result.shown):  # it is one of the site's pages (a link to the site
                    key += ":page"  # is internal)
            elif not self._markdown_pages(target.path, result.shown):
                key += ":notes"  # and on whether its site renders its Markdown (plain_html_site: a note's links)
            elif self._site_page(target.path, result.shown) and self._app_content(target.path):  # or a web app's post
                key += ":app:" + self._repository_site(target.path, content=True)  # and the host its app names
            if not self._site_page(target.path, result.shown) and site_content(result.shown):  # or its content kept as
                key += ":content:" + self._repository_site(target.path, content=True)  # data, and the site it is of
            linked = self._linked_hosts(target.path, result.shown)  # and on the hosts its site's Google tag links
            if linked:
                key += ":linked:" + ",".join(linked)
            key += self._identity_key(target.path)
            seen[name] = [key, *stamp] if stamp else [key]
            result.key = key
            entry = self._cache.entries.get(key)
            if entry is not None and decode_entry(entry, result):
                return result
        extracted = extract(raw, kind_suffix(target.path), self.options, target.family)
        self._judge(result, extracted, Path(target.path))
        if key is not None:
            self._cache.entries[key] = encode_entry(result)
            self._cache.dirty = True
        return result

    def _repository_site(self, path: str, content: bool = False) -> str:
        """The host of the site the file's repository is named for (linkplace.site_of_repository), else the one its
        CNAME or site generator's config names (identity.published_host: Docusaurus' `url`), or "": worked out once
        per folder, and only for files read (never on a warm run). `content`: for the site's content kept as data
        (linkplace.site_content), where the host its web app names (identity.app_host: Next.js' `metadataBase`)
        counts too."""
        folder = os.path.dirname(path)
        site = self._site_by_folder.get((folder, content))
        if site is None:
            identities = getattr(self.config, "identities", None)
            identity = identities.for_file(path) if identities is not None else None
            from ..linkplace import site_of_repository

            site = ""
            if identity is not None:
                published = identities.published_host(path)
                if content and not published:
                    published = identities.app_host(path)
                site = site_of_repository(identity.slug, published)
            elif identities is not None and identities.in_repository(path) is not None:
                # a repository with no remote yet whose root names no site (a team's new monorepo): the host a folder's
                # site config or its web app names is known all the same (newuser49 F3, F4)
                published = identities.published_host(path)
                if content and not published:
                    published = identities.app_host(path)
                site = site_of_repository("", published)
            self._site_by_folder[(folder, content)] = site
        return site

    def _in_repository(self, path: str, shown: str) -> str:
        """The file's path below its repository's root, where the folders it names are read (a test's, an example's, a
        sponsors list's, a partners page's): a checkout under `~/tests/` or a CI workspace named `e2e` is no test's
        code, one under `sponsors/` no sponsors list (review41 H5); the path as shown outside any repository."""
        identities = getattr(self.config, "identities", None)
        return (identities.in_repository(path) if identities is not None else None) or shown

    def _linked_hosts(self, path: str, shown: str) -> Tuple[str, ...]:
        """The hosts the Google tag of the file's repository's site links with it as one property
        (identity.linked_hosts: the cross-domain linker's `domains`), when the file is shown on the site
        (linkplace.rendered_on_site: one of its pages, a component of its template), else ()."""
        identities = getattr(self.config, "identities", None)
        if identities is None:
            return ()
        from ..linkplace import rendered_on_site

        if not rendered_on_site(shown, self._site_page(path, shown)):
            return ()
        return identities.linked_hosts(path)

    def _app_content(self, path: str) -> bool:
        """Whether the file is one of its web app's posts (linkplace.app_content: an MDX file in the `content/` folder
        beside the app's `app/`, identity.Identities.in_app)."""
        from ..linkplace import app_content

        identities = getattr(self.config, "identities", None)
        # its name first: the folders above a Markdown file only are walked
        return identities is not None and app_content(os.path.basename(path).join(("content/", ""))) and app_content(
            identities.in_app(path) or "")

    def _site_page(self, path: str, shown: str) -> bool:
        """Whether the file is one of its repository's site's pages (linkplace.site_page), a Markdown file only where
        the site may render its Markdown (_markdown_pages)."""
        from ..linkplace import site_page

        return site_page(shown) and self._markdown_pages(path, shown)

    def _markdown_pages(self, path: str, shown: str) -> bool:
        """False for a Markdown file of a repository whose site is served as plain HTML (identity.plain_html_site:
        `.nojekyll` and `index.html` at its root, no site generator): a note kept beside the site, not one of its
        pages (DevExtHub's off-page submission packs, corpus 28 #35-#41); True for any other file."""
        from . import markdown_file

        identities = getattr(self.config, "identities", None)
        return identities is None or not markdown_file(shown) or identities.markdown_pages(path)

    def _identity_key(self, path: str) -> str:
        """The cache key's part for the file's repository identity (utmlint.identity): the same bytes in another
        repository, or in a vendored library's folder, are judged for that repository. Worked out once per
        folder (a file's identity depends on its folder alone), read once per repository."""
        identities = getattr(self.config, "identities", None)
        if identities is None:
            return ""
        folder = os.path.dirname(path)
        key = self._identity_by_folder.get(folder)
        if key is not None:
            return key
        identity = identities.for_file(path)
        if identity is None:
            key = ":id-"
        else:
            known = (identity.names, identity.leading, identity.library, identity.folders)
            key = self._identity_keys.get(known)
            if key is None:
                key = self._identity_keys[known] = ":id" + blake2b("\n".join(
                    [*sorted(identity.names), "", *sorted(identity.leading), "", identity.library, "",
                     *sorted(identity.folders)]).encode(), digest_size=6).hexdigest()
        self._identity_by_folder[folder] = key
        return key

    def scan_text(self, path: str, text: str, family: str, folder=None) -> FileScan:
        """Re-scan a file's new text in memory (between fix passes), as one of its folder's collection if it was."""
        result = FileScan(path, display(path))
        raw = text.encode("utf-8")
        extracted = extract(raw, kind_suffix(path), self.options, family)
        self._judge(result, extracted, Path(path), folder)
        return result

    def _own_frame(self, url: str) -> bool:
        """Whether a frame's `src` loads a page of the team's own site: on the site the page is part of
        (Judge.file_site), or on a host the config's `own-hosts` names. Not a relative address: an embed's `data-*`
        attribute (`data-form-url="/embed/..."`, Zeffy's) is resolved by its script against the embed's own host."""
        from .own_site import on_site

        if self.judge.file_site and on_site(url, self.judge.file_site):
            return True
        if not self.judge.own_hosts:
            return False
        from ..urls import split_url

        try:
            host = split_url(url).host.lower()
        except ValueError:
            return False
        return bool(host) and self.judge._names_own(host)

    def _in_extension(self, path) -> bool:
        finder = self.__dict__.get("_extensions")
        if finder is None:
            from .extension import ExtensionFinder

            finder = self.__dict__["_extensions"] = ExtensionFinder()
        return finder.in_extension(path)

    def _judge(self, result: FileScan, extracted: Extracted, path: Path, folder=None) -> None:
        from .. import suppress
        from .core import string_goes_on
        from .judge import LineIndex
        from .synthetic import build, last_value_unknown, play_referrer
        from ..checks.tracking.fields import relative_path
        from .manifest import entry_point, redirect_table, self_tagged
        from .redirects import redirect_rule

        result.notes = [(n.line, n.column, n.message) for n in extracted.notes]
        if extracted.text is None:
            return
        text = extracted.text
        result.bom = extracted.bom
        result.encoding = extracted.encoding
        if self.keep_text:
            result.text = text
        result.suppressions = suppress.parse(text, None, self.linter.resolve, self.linter.every_code, DIRECTIVE)
        index = LineIndex(text)
        spellings = []
        from ..shownchannel import written_channel

        diagnostics: List[Diagnostic] = []
        told_before: set = set()  # (line, column, code) of the findings of the links judged before this one
        records: List[Record] = []
        built, cut = [], set()
        sheet = kind_suffix(path.name) == ".csv"
        if sheet:
            from .data import cell_goes_on
        for number, occ in enumerate(extracted.occurrences):
            synthetic = build(occ.url, delimited=True)  # an extractor lets a space in only inside delimiters
            if synthetic is not None and (string_goes_on(text, occ.start, occ.end)
                                          or sheet and cell_goes_on(text, occ.start, occ.end)):
                synthetic = last_value_unknown(synthetic, occ.url)  # `"...?utm_campaign=Upgrade Now"`: where it ends
                cut.add(number)  # and the inventory says so (inventory.cut_short)
            built.append(synthetic)
        # the file's own tag sets (checks.tracking.copied_file.file_convention): on a link to the site its source
        # names, the file's tags, not that site's own copied (Stoplight's docs' `utm_source=github` on github.com,
        # corpus 9 #142)
        from ..checks.tracking.copied_file import file_convention, planned_sites
        from ..linkplace import link_place

        self.judge.file_convention = file_convention((o.url for o in extracted.occurrences),
                                                     self.judge._identity_here(path, result.shown))
        # and the sets written on two or more sites that read them, which the placement reading rules out (a
        # partner's page tagging its site and its YouTube video alike is one site's: Judge.placement)
        self.judge.placement_convention = file_convention((o.url for o in extracted.occurrences),
                                                          self.judge._identity_here(path, result.shown), read_only=True)
        from .snippets import tag_hosts

        self.judge.file_tag_hosts = tag_hosts(o.url for o in extracted.occurrences)  # (Judge.own_tagging)
        self.judge.file_links = [(o.url, o.start) for o in extracted.occurrences]  # (Judge._own_after_list)
        from .illustrations import spelled_twins

        # one address written with and without the `/` ending its path: a post's illustration (Judge.file_twins)
        self.judge.file_twins = spelled_twins(o.url for o in extracted.occurrences)
        from .illustrations import filled_patterns

        # a guide's query-only pattern and its filled instances (Judge.file_patterns)
        self.judge.file_patterns = filled_patterns(o.url for o in extracted.occurrences)
        self.judge.file_place = link_place(result.shown)  # an e-mail template's links are that e-mail's (its cache key)
        self.judge.file_code = self.judge.file_place == "code"  # an example host's link is a program's data there
        inside = self._in_repository(str(path), result.shown)
        self.judge.file_test = test_module(inside)  # a test's code: every link of it is the test's input
        from .downloads import homebrew_file

        here = self.judge._identity_here(path, result.shown)  # a formula or a cask: its `url` is a download
        self.judge.file_homebrew = homebrew_file(inside, here.slug if here is not None else "")
        from .downloads import script_file

        self.judge.file_script = script_file(inside)  # a shell script: its curl's URL is a request (scan.downloads)
        from .illustrations import example_folder

        self.judge.file_example = example_folder(inside)  # an example's folder: its own demo deployment
        from ..linkplace import published_page

        self.judge.file_published = published_page(result.shown)  # a site's page, not a print or radio placement's file
        from ..linkplace import funding_file

        self.judge.file_funding = funding_file(result.shown)  # GitHub's FUNDING.yml: the owner's sponsor button
        from .placement import placement_file

        self.judge.file_placement = placement_file(inside)  # `SPONSORS.md`: its links are sponsors' placements
        from .placement import third_party_folder

        self.judge.file_third_party = third_party_folder(inside)  # `third-party-docs/`: another party's pages
        from .partner_tags import banner_file

        self.judge.file_banner = banner_file(inside)  # `MadVueBanner.vue`: a party's banner
        from .byline import listed_entry

        self.judge.file_listed = listed_entry(inside, text)  # `title: Gridly`, `homepage:`: a list's entry for a vendor
        self.judge.file_redirects = redirect_table(inside)  # `_redirects`: short addresses, some named for a sponsor
        from .partner_tags import partners_page

        self.judge.file_partners = partners_page(inside)  # `partners.js`: the team's own list of its partners
        from ..checks.values import slot_sheet

        self.judge.file_slots = slot_sheet(prose_sheet(result.shown, self.judge.file_place),
                                           (o.url for o in extracted.occurrences))
        from ..suggest import file_sources

        self.judge.file_sources = file_sources(o.url for o in extracted.occurrences)  # one file, one source spelling
        self.judge.file_planned = planned_sites(o.url for o in extracted.occurrences)  # a team's plan of its posts
        from ..checks.tracking.copied_marks import letter_sites

        # the sites its newsletter-tagged links go to: several, a note quoting newsletters' links (not bought slots)
        self.judge.file_letter_sites = letter_sites(o.url for o in extracted.occurrences)
        # the campaigns it writes on the team's own site: the same campaign on another site is the team's too
        self.judge.file_campaigns = self.judge.own_campaigns([o.url for o in extracted.occurrences], path, result.shown)
        from ..linkplace import named_networks

        self.judge.file_networks = named_networks(result.shown)  # `community/slack/`: its `utm_source=slack` posts
        from ..checks.tracking.copied_file import file_titles, own_letters

        # its own newsletter's name: its title or path names it, or its archive tags two or more links with it
        self.judge.file_letters = own_letters((o.url for o in extracted.occurrences),
                                              (*file_titles(text), *result.shown.split("/")), self.judge.file_place)
        # the site the file is a page of (its repository's: named for it, or its generator's config names it), kept
        # apart from the site each link goes to (`link_site`, below): a moved redirect restores this one
        file_site = self._repository_site(str(path))
        from ..linkplace import site_content

        self.judge.file_page = self._site_page(str(path), result.shown)  # a page's navigation links go to its own site
        from ..linkplace import react_page, rendered_on_site

        # a component its pages are rendered from: its links tagged as the site's navigation go to its own site
        self.judge.file_template_site = file_site if file_site and not self.judge.file_page and rendered_on_site(
            result.shown, False) else ""
        file_site = file_site if file_site and self.judge.file_page else ""
        self.judge.file_app_page = not file_site and self.judge.file_page and (
            react_page(result.shown) or self._app_content(str(path)))
        if self.judge.file_app_page:
            # a web app's page (`app/pricing/page.tsx`) or post (`content/blog/launch.mdx`): the host its root layout
            # names counts too (newuser49 F3, F8)
            file_site = self._repository_site(str(path), content=True)
        self.judge.file_content = not self.judge.file_page and site_content(result.shown)
        if self.judge.file_content:
            # and so do the links of its content kept as data (a CMS's export of its posts), where the host its web
            # app names counts too (identity.app_host)
            file_site = self._repository_site(str(path), content=True)
        from .own_site import published_elsewhere

        # a file the repository publishes on another site (a Zenn article: own_site.published_elsewhere) is that
        # site's page: its links to the repository's own site leave it
        file_site = published_elsewhere(inside, text) or file_site
        self.judge.file_site = file_site
        # and the hosts its site's Google tag measures as one property with it, for a file shown on the site (a page,
        # a component its pages are rendered from): a link to one goes inside that property (identity.linked_hosts)
        self.judge.file_linked = self._linked_hosts(str(path), result.shown)
        # a vendored library's links are its authors'; a copy of another repository's list (scan.copies.copied_readme)
        # or a page saved from another site (scan.saved.saved_page) is one too, with one note for the file, on its first
        # tagged link: both read at once, each reading made once
        library_name, copied_from = self.judge.library_and_copy(path, result.shown, text)
        library = bool(library_name)
        if not file_site and self.judge.file_page and not library_name and not copied_from:
            from .saved import canonical_host

            # a page whose repository names no site: the site its canonical link says it is a page of (review46 F14)
            self.judge.file_site = canonical_host(text, result.shown)
        # a list publisher's links copied into the file (scan.copies.copied_publisher): theirs, one note for the file
        from .copies import NO_PUBLISHER

        publisher = NO_PUBLISHER if library else self.judge.copied_publisher(path, result.shown, text)
        if (copied_from or publisher.site) and not self.judge.copy_note_speaks(path):
            # copied-tracking turned off (`--ignore UTM310`): no note to stand for the copy's links, which are judged
            # as the team's (stranger16 R21: what the note held back could not be seen)
            library = library and not copied_from
            copied_from, publisher = "", NO_PUBLISHER
        self.judge.file_publisher = publisher
        # a dataset, a backlog: a file of other people's links, whose tags are not the team's (scan.collection); or
        # one file of a series that is (`folder`: its folder's verdict, Scanner._folders)
        links = [(o.url, s) for o, s in zip(extracted.occurrences, built)]
        # (not a list publisher's links: the publisher's note speaks for them, whatever marks their tags as its own,
        # and the file's own links beside them are the team's, as ever: corpus 21's Simplify markers)
        from .judge import publishers_link

        candidates = self.judge.candidates_of(result.shown, path, [
            (url, synthetic) for url, synthetic in links if not (publisher.site and publishers_link(url, *publisher))])
        result.candidates = [[c.url, c.site, c.values, c.marked, c.posted] for c in candidates]
        collected = folder or self.judge.collection_of(result.shown, path, links, candidates=candidates)
        if collected is None:  # a JSON Lines file's URLs are records, the team's own site's too (an event log)
            from .collection import json_lines_records

            collected = json_lines_records(path, text, (url for url, synthetic in links if synthetic is not None))
        if collected is None:  # or a link checker's records of where requests landed, tags and all (corpus 26 #26-#32)
            from .collection import recorded_landings

            collected = recorded_landings(path, text, [o for o, s in zip(extracted.occurrences, built) if s is not None])
        if collected is None:  # or an LLM eval set's recorded answers, their links to other sites (stranger16 R10)
            from .collection import recorded_answers

            collected = recorded_answers(path, text, candidates,
                                         lambda url: self.judge._own_address(url, path, result.shown))
        if collected is None:  # or an agent skill's example outputs, the links it retrieved (corpus 24 #24-#28)
            from .collection import recorded_outputs

            collected = recorded_outputs(result.shown, candidates, self.judge._identity_here(path, result.shown))
        result.folder = folder
        from .comments import Comments
        from ..checks.links import ampersand_for_question
        from .examples import (VALUE_ADVICE, CounterExamples, changelog_example, changelog_history, code_block_example,
                               inline_code_example, named_path, preview_sample, template_slots, visit_id_shown)
        from .extension import request_argument
        from .data import tally_key
        from .html import framed, has_frames

        counter_example = CounterExamples(text)  # a long line read once for all its links
        from . import markdown_file
        from .examples import example_query, html_block_text
        from .placement import own_line

        markdown = markdown_file(result.shown)
        properties = kind_suffix(path.name) == ".properties"
        frames = has_frames(text)  # an `<iframe>`, `<frame>` or `<embed>` anywhere: its `src` is no link (framed)

        # a code comment's links are read, not followed (scan.comments); nothing after the last link is asked about
        comments = Comments(text, kind_suffix(path.name), max((o.start for o in extracted.occurrences), default=-1) + 1)
        from . import stored_rows

        rows = self.judge.file_rows = stored_rows(path.name)
        from .collection import is_data_set
        from .copies import publishers_link
        from .comments import commented_out
        from .examples import attribute_selector
        from .judge import CODE_COMMENT, COMMENTED_OUT, COPIED_TRACKING, OWN

        if copied_from or publisher.site:  # what the copy's one note holds back, named in it (Judge.copy_held)
            stands_for = [(occ, synthetic) for occ, synthetic in zip(extracted.occurrences, built)
                          if synthetic is not None and not comments.covers(occ.start)
                          and (copied_from or publishers_link(occ.url, *publisher))
                          and self.judge.whose(occ.url)[0] == OWN]
            silenced_at = None if result.suppressions is None else result.suppressions.covers_code
            copy_held = self.judge.copy_held(result.shown, path, text, index, stands_for, silenced_at, publisher)
        # a data set's rows are records: one note for the file, on its first row of other people's links
        data_set = collected is not None and (is_data_set(path) or collected.records)
        # and the number of its records that write `&amp;` for `&` (a CSV cell decodes no entity: escaped_records_note)
        escaped = sum("&amp;" in url.lower() for url in collected.others) if data_set else 0
        # the copy's note is said once; a list's copy's (`owner/name`) and a publisher's speak for every link's copied
        # tags too (a page saved from a site, `copied_from` its host, keeps its links' markers: other platforms')
        copy_of, publisher_of = copied_from if "/" in copied_from else "", publisher
        # what the file is, for the inventory's `whose` of each of its links (the copy's note is said once)
        file_held = _FileHeld(collected, library_name if library else "", copied_from, publisher, bool(data_set))
        for number, (occ, synthetic) in enumerate(zip(extracted.occurrences, built)):
            # a web app's launch URL, in its manifest or the code that writes one: an entry point, not internal
            entry = entry_point(path, text, occ.start)
            # a redirect the site tags as its own move (`/old-pricing` -> `/pricing?utm_medium=internal`): its
            # visitors came from elsewhere, and the tags would replace their source: an internal link's (stranger11 R8)
            moved = entry and synthetic is not None and (redirect_table(path) or redirect_rule(
                path, text, occ.start)) and self_tagged(
                synthetic.values, self.judge._source_names_repository(synthetic, path, result.shown))
            if moved:
                entry = False
                self.judge.file_site = self.judge.file_site or self._repository_site(str(path))
            # a relative link in a browser extension's file may be prefixed with a site's origin: not known internal
            extension = synthetic is not None and synthetic.internal and relative_path(occ.url) \
                and self._in_extension(path)
            # but a request its code sends (`fetch("/api/track?...")`) is no link: it goes to the extension's own origin
            # or an API, where no GA4 reads a visit; read as a comment's link is (scan.extension.request_argument)
            request = extension and request_argument(text, occ.start)
            extension = extension and not request
            # a code comment's link is read, not followed, and so is an example path quoted as code in a changelog's
            # prose (scan.examples.changelog_example), and a JSON object's key counted by its number (scan.data.tally_key)
            # (and a UI preview's sample data: `@Preview` in Kotlin, `#Preview` in Swift, scan.examples.preview_sample)
            # an `<iframe src>` is loaded into the page, not followed: a third party's embed (YouTube, Typeform) is
            # judged as written; a frame of the team's own site (the page's site, an own-hosts host)
            # runs its GA4 tag on those utm values, so they are judged as its links are (stranger11 R12)
            frame = frames and framed(text, occ.start)
            own_frame = frame and synthetic is not None and self._own_frame(occ.url)
            # (CODE_COMMENT: the team's own writing in a code comment, where a key GA4 cannot read is still said)
            # and so is a database's row (scan.stored_rows: a `.sql` dump, seed or migration): only as written
            # (COMMENTED_OUT: a line of code or markup in the comment, the link its string: scan.comments.commented_out)
            covered = comments.covers(occ.start)
            comment = covered and commented_out(text[text.rfind("\n", 0, occ.start) + 1:occ.start]) and COMMENTED_OUT \
                or (covered or rows) and CODE_COMMENT \
                or changelog_example(result.shown, text, occ.start, occ.end, occ.url) \
                or frame and not own_frame or tally_key(
                    text, kind_suffix(path.name), occ.start, occ.end, path.name) \
                or preview_sample(text, kind_suffix(path.name), occ.start) or request \
                or attribute_selector(text, occ.start) and "attribute selector"  # `a[href*="..."]`: matches a link
            # a visit's id with no utm tag (`?gclid=`: core.VISIT_ID) shown to be read, not copied with a visit: code's
            # data, a comment's, an analytics doc's example (inline code, a sample value, its key named in the prose)
            if "utm" not in occ.url.lower() and (self.judge.file_code or comment or visit_id_shown(
                    result.shown, text, occ.start, occ.end, occ.url)):
                continue
            # an ignore of copied-tracking on the line: the team keeps these tags as its own (judge's `kept`)
            kept = result.suppressions is not None and result.suppressions.covers_code(occ.line, "UTM310")
            # a guide's counter-example (`❌ Don't: https://...`, a table's Wrong column): its mistakes are the lesson,
            # nothing is said about it and its values are no spelling of the team's (stranger16 R18)
            # (a link with no query, `&` written for its `?`, is read as one with tags: judge._unopened_query)
            readable = synthetic is not None or ampersand_for_question(occ.url) != -1
            counter = readable and not comment and counter_example(occ.start)
            # and a URL in the text of a Markdown file's raw HTML block (`<td><p>https://...</p>`): shown, never linked,
            # as a fenced block's is; nothing is said about it (scan.examples.html_block_text)
            counter = counter or readable and not comment and markdown and html_block_text(
                result.shown, own_line(text, occ.start))
            # and a query written alone as an example in a sentence (`Example matching values: ?utm_source=fb`, a
            # product's help text): no link, nothing is said about it (scan.examples.example_query)
            counter = counter or synthetic is not None and not comment and occ.url.startswith("?") and example_query(
                text[max(0, occ.start - 200):occ.start].rpartition("\n")[2], occ.url)
            # and a changelog entry's quote of a link that is gone, the object of the words saying so ("no longer sends
            # `https://...`"): history, its mistake fixed; nothing is said about it (scan.examples.changelog_history,
            # review43 F10; a gone-word governing something else leaves today's link told, review44 F6)
            counter = counter or readable and changelog_history(result.shown, text, occ.start, occ.end)
            # a rule the line's own ignore covers: no note holds its finding back (stranger16 R14)
            silenced = None if result.suppressions is None else partial(result.suppressions.suppresses, occ.line)
            # a relative path a Markdown doc names as text (inline code, a table cell): no link between the site's
            # pages (scan.examples.named_path: a campaign doc's ad destination, its values judged in a table cell)
            named = synthetic is not None and not entry and named_path(result.shown, text, occ.start, occ.end, occ.url)
            found = [] if counter else self.judge.judge(result.shown, path, text, index, occ, synthetic, entry,
                                                        extension, collected, comment, library, kept, silenced,
                                                        named=named)
            if markdown and not counter and not comment and " " in occ.url:
                # `](https://...utm_campaign=Launch Week 2026)`: no link at all for CommonMark (newuser47b F1)
                found = [*found, *_spaced_destination(result.shown, text, index, occ, self.judge.url_linter, path)]
            elif properties and not counter and not comment and " " in occ.url:
                # `utm_campaign\=Spring\ Sale`: Java reads a space in the address (review47b F7)
                found = [*found, *_escaped_spaces(result.shown, text, index, occ, self.judge.url_linter, path)]
            values_own = not counter and self.judge.values_own  # read before another link is judged
            # whose the judge read the link as, its own repository's reading included (a site's snippet tags are its
            # own in its repository: review46 F3), else (no reading made) by its host and the snippet list
            read_own = None if counter else self.judge.last_own
            if not counter and self.judge.set_aside:  # read and set aside: counted, listed, no finding
                result.notes.append((occ.line, occ.column, self.judge.set_aside))
            if "utm" not in occ.url.lower():  # a visit's id alone (`?gclid=`): no utm values of the link's to lose
                found = [d._replace(message=d.message.replace(" instead of your utm values", ", wherever the link is "
                                                              "posted")) for d in found]
            if own_frame:
                found = [_said_as(d, _FRAMED_PAGE) for d in found]
            if moved:
                found = [_said_as(d, _MOVED_PAGE) for d in found]
                self.judge.file_site = file_site
            if found and synthetic is not None and _page_address(text, occ.start, occ.end):
                found = [_said_as(d, _PAGE_ADDRESS) for d in found]
            if found and (inline_code_example(result.shown, text, occ.start, occ.end)
                          or code_block_example(result.shown, text, occ.start)):
                # an example shown in a guide's prose or code block: told, not fixed (stranger11 R14); and a template
                # shown there is the template, its slots to be filled by whoever copies it (`PAGE?utm_source=SOURCE&
                # utm_medium=MEDIUM&utm_campaign=CAMPAIGN` in a tagging guide's code block got three warnings
                # "write the name of your app or site in its place": session 42 newuser F13)
                # ... and so is a slot in capitals beside filled values (`utm_source=SOURCE&utm_medium=social`): no
                # value advice on it, "write `source`" (review42 F9); the filled values are judged as before
                slots = {index.pos(occ.offsets[at]) for at in template_slots(occ.url) if at < len(occ.offsets)}
                found = [d._replace(fix=None) for d in found if d.code != "UTM314" and not (
                    (d.line, d.column) in slots and VALUE_ADVICE.fullmatch(d.code))]
            if data_set and occ.url in collected.others:  # a data set's rows get nothing from the judge: the file's
                data_set = False  # one note goes on the first
                note = self.judge.data_set_note(result.shown, path, index, occ, collected)
                found = [note, *found] if note is not None else found
            if escaped and occ.url in collected.others and "&amp;" in occ.url.lower():  # and one on the first record
                note = self.judge.escaped_records_note(result.shown, path, index, occ, escaped)  # writing `&amp;`
                escaped = 0
                found = [*found, note] if note is not None else found
            if (copy_of and synthetic is not None and not comment or publisher_of.site and synthetic is not None
                    and not comment and publishers_link(occ.url, *publisher_of)):
                # the copy's one note speaks for this link: a list publisher's own marker on it (rules/copied-tracking.txt:
                # Simplify's `utm_source=Simplify&ref=Simplify`) is that note's to say, not each link's (corpus 21)
                found = [d for d in found if d.name != COPIED_TRACKING]
            if copied_from and synthetic is not None and not comment:
                note = self.judge.copied_list_note(result.shown, path, index, occ, copied_from, copy_held)
                if note is not None:  # said once, on the first link that carries utm tags
                    copied_from = ""
                    found = [note, *found]
            if publisher.site and synthetic is not None and not comment and publishers_link(occ.url, *publisher) \
                    and self.judge.whose(occ.url)[0] == OWN:
                note = self.judge.copied_list_note(result.shown, path, index, occ, publisher, copy_held)
                if note is not None:  # said once, on the first of the publisher's links
                    publisher = NO_PUBLISHER
                    found = [note, *found]
            for d in found:
                if result.suppressions is not None and result.suppressions.suppresses(d.line, d.code):
                    continue
                if (d.line, d.column, d.code) in told_before:
                    # a base constant read with its first completion joined on (`const BASE = '...?utm_source=friend'`
                    # then `${BASE}&utm_medium=emial`: scan.core.continued) and that completion read as its own link
                    # are two readings of one value: told once, the joined link's (it names the base's source); one
                    # link's own findings at one place (a Play link's `referrer`) all stay
                    continue
                diagnostics.append(d)
            told_before.update((d.line, d.column, d.code) for d in found)
            from .inventory import written_values

            values = written_values(synthetic, occ.url)  # `+` as written, a value a name's `#` cut whole
            if synthetic is not None and not synthetic.fields and "referrer" in occ.url:
                referrer = play_referrer(occ.url)  # a Play listing tagged in its referrer: the install's tags
                if referrer is not None:
                    stand_in = f"https://play.google.com/?{referrer[2]}"
                    values = written_values(build(stand_in), stand_in)
            url, channel = occ.url, written_channel(values.get("utm_source"), values.get("utm_medium"),
                                                    values.get("utm_campaign"))
            from ..urls import maybe_play

            if maybe_play(url) and values:
                from ..urls import PLAY_CONSOLE_ONLY, play_console_query

                if play_console_query(url):  # a listing's own query: Play Console's, no GA4 channel (stranger8 S12)
                    channel = PLAY_CONSOLE_ONLY
            elif values:
                from ..urls import NOT_A_VISIT, asset_kind

                if asset_kind(url):  # an image's, a stylesheet's, a script's: no page reads them (stranger9 R19)
                    channel = NOT_A_VISIT
            if number in cut:
                from .inventory import cut_short

                url, values, channel = cut_short(synthetic, url, values, channel)
            if not values and "utm" not in url.lower():
                continue  # a visit's id with no utm tag (`?fbclid=`: core.VISIT_ID), judged for copied tracking only: no
                # campaign link of the inventory (`--links`, `utmlint import`), nor a spelling for the repo-wide rules
            whose, why = self._whose_said(occ, synthetic, found, file_held, counter=counter, comment=comment,
                                          read_own=read_own, moved=moved)
            records.append(Record(result.shown, occ.line, occ.column, url,
                                  tuple(values.get(p, "") for p in INVENTORY_PARAMS), channel, whose, why))
            # the team's own spellings, for the repo-wide rules: not a collection's copied tags (scan.collection), nor
            # tags on a platform page whose owner never sees them (utm-useless-destination: respelling them is moot)
            copied = collected is not None and occ.url in collected.others or library or comment or counter
            # a swapped pair (source-medium-swapped: `utm_source=website&utm_medium=confs.tech`) is to be exchanged:
            # neither value is a spelling of its key, so neither is compared with the others (medium-fragmentation
            # told `confs.tech` to be spelled `confstech`, as a medium, corpus 11 #58)
            swapped_pair = any(d.code == "UTM107" for d in found)
            # nor a moved page's self-tags, which utm-internal-link says to remove (`utm_source=acme.dev` on a redirect
            # the site tags as its own move): no spelling for the repo to follow
            swapped_pair = swapped_pair or moved
            # nor tags utm-internal-link says to remove from a link between the site's own pages: they are to go, not
            # to be followed or respelled (medium-fragmentation said a second thing about them, fixB session 33)
            swapped_pair = swapped_pair or any(d.code == "UTM311" for d in found)
            if synthetic is not None and not copied and not swapped_pair and (self.judge.is_own(occ.url) if read_own is None else read_own) \
                    and not _unread(occ.url):
                link_site = _site_of(occ.url)  # the analytics that reads the spelling (scan.repo: compared per site)
                # its utm_campaign only when the judge read its values as the team's campaign's (not copied tracking,
                # an example, a guide's pattern: Judge.values_own), for campaign-fragmentation
                for param in ("utm_source", "utm_medium", "utm_campaign") if values_own else ("utm_source", "utm_medium"):
                    field = synthetic.fields.get(param)
                    if field is None or param in synthetic.whole_placeholders or not field.value or "{" in field.value:
                        continue
                    if param == "utm_campaign" and "{ph" in dict(synthetic.values).get("campaign", ""):
                        continue  # `install-@VERSION@`: a placeholder filled in later, no spelling of the campaign's
                    value_start = field.name_end + 1
                    line, column = index.pos(occ.offsets[value_start])
                    if _in_copied(found, line, column):
                        continue  # an ad's landing tags copied with its click id, which copied-tracking says to remove:
                        # no spelling for the repo to follow or respell (newuser46 F2: `utm_medium=paid_social` beside
                        # `fbclid` was told "remove them" and, by medium-fragmentation, "write `paid-social`")
                    # where the value as written ends, on its line, so a repo-wide finding spans it (newuser F1)
                    end_line, end_column = index.pos(occ.offsets[field.end])
                    spellings.append((line, column, param, field.value, link_site,
                                      end_column if end_line == line and end_column > column else -1))
        result.diagnostics = list(dict.fromkeys(diagnostics))
        result.records = records
        result.spellings = spellings
        result.lines = source_lines(text, (d.line for d in result.diagnostics))

    def _whose_said(self, occ, synthetic, found, held: "_FileHeld", *, counter, comment, read_own,
                    moved) -> Tuple[str, str]:
        """Whose a link of the inventory is as the judge read it, and why when not the team's own (scan.inventory:
        OWN, COPIED, SET_ASIDE): `utmlint import --preset scan` imports only the team's own links, never another
        party's tags (an ad's click, a newsletter's issue, a copied list) as a campaign of the team's, nor a sample's,
        a guide's or a commented-out link's values (newuser46 F21). The readings are those that decided what scan said
        of the link: its values judged as the team's campaign's (Judge.values_read, read right after the link was
        judged), else the first that held them back; `held`, what the file is (_FileHeld), the same for all its links.
        copied-tracking's finding makes the link COPIED only when it removes a utm tag (its Reason says so, with its
        reason in words): one that removes only a visit's id (`mc_cid`, `_ga`) beside tags it keeps leaves the link the
        team's own, imported without the id (review47 F4)."""
        from .inventory import COPIED, OWN, SET_ASIDE as ASIDE
        from .judge import COPIED_TRACKING, OTHER, publishers_link
        from .notes import aside_why, collects, copy_said

        if counter:
            return ASIDE, aside_why("counter")
        if comment:
            return ASIDE, aside_why(comment)
        collected = held.collected
        if collected is not None and occ.url in collected.others:
            return COPIED, collects(collected, held.data_set)
        if synthetic is not None and (held.copy_origin or held.publisher.site and publishers_link(occ.url,
                                                                                                  *held.publisher)):
            return COPIED, copy_said(held.copy_origin or held.publisher)
        if held.library:
            return COPIED, (f"this file is another project's code ({held.library}), vendored here: the tags on its "
                            "links are its authors'")
        if self.judge.values_read:
            return OWN, ""
        if self.judge.values_pattern:  # review47 F1
            return ASIDE, aside_why("pattern")
        if self.judge.set_aside:  # as `--show-files` says it, without its `not judged: `
            said = self.judge.set_aside
            return ASIDE, said[len(SET_ASIDE):] if said.startswith(SET_ASIDE) else said
        copied = next((d for d in found if d.name == COPIED_TRACKING and d.reason is not None), None)
        if copied is not None and copied.reason.takes_tags:
            return COPIED, copied.reason.why
        if read_own is False or read_own is None and not self.judge.is_own(occ.url):
            whose, written = self.judge.whose(occ.url)
            if whose == OTHER:
                return COPIED, ("a link to a site the config's `own-hosts` does not name: its tags are that site's, "
                                "so scan judges only whether they were copied")
            host = getattr(written, "host", "") or "the site it goes to"
            return COPIED, (f"the tags {host} writes itself into the links to it that it hands out (a snippet, a "
                            "badge, a referral link: rules/platform-written-tags.txt), not a campaign of yours")
        if moved or any(d.code == "UTM311" for d in found):
            return ASIDE, aside_why("internal")
        if any(d.code in ("UTM304", "UTM306") for d in found):
            return ASIDE, aside_why("fragment")
        if any(d.code == "UTM316" for d in found):
            return ASIDE, aside_why("useless")
        if copied is not None:  # only a visit's id copied beside the team's own tags: the id goes, the link is yours
            return OWN, ""
        kind, what = self.judge.held_back
        return ASIDE, aside_why(kind or "unread", what)

    # -- the whole run
    def run(self, paths: Sequence[str], repo_wide: bool = True) -> ScanResult:
        self._taken = time.time_ns()
        discovery = Discovery(self.config, stat=self.use_cache)
        discovery.nested = self.nested
        with collector_paused():  # the walk's thousands of targets and stats hold no cycle
            found = discovery.collect(list(paths))
        if found.missing:
            raise ConfigError("; ".join(f"{given}: no such file or folder" for given in found.missing))
        if getattr(self.config, "baseline", None) is not None:  # the config's `baseline:` (any name)
            found = self._without_baseline(found, discovery)
        if self.use_cache:
            self._load_cache().saw(discovery.walked, discovery.roots)
        notes = [f"{given}:1:1: note: {message}" for given, message in found.notes]
        with collector_paused():
            scanned = self._scan_all(found.targets)
            self._folders(scanned, discovery)
            if self._stale:  # the rules built for a changed file are not those the cache was made with
                self._stale = False
                scanned = self._scan_all(found.targets)
                self._folders(scanned, discovery)
        files = [f for _, f in scanned if f is not None]
        campaigns = [self._display(target.path) for target, f in scanned if f is None]
        if repo_wide and self._has_repo_rules():
            self._run_repo(files + self._repo_context(paths, scanned))
        self.save_cache()
        named = {os.path.abspath(given) for given in paths}
        skipped = discovery.skipped
        unread = set()
        for f in files:
            known = [m for _, _, m in f.notes if m in KNOWN_BINARY] if f.notes and f.path in named else []
            if known and not f.records:
                skipped = [*skipped, (f.path, known[0])]  # a compiled .strings, a video segment: skipped, said
                continue
            if f.notes and f.path in named and not f.records:
                _unreadable(f)  # a file named to be checked, checked not at all: a finding (stranger15 R10)
            if f.notes and not f.records and any(message == MSGIDS_ONLY for _, _, message in f.notes):
                skipped = [*skipped, (f.path, MSGIDS_ONLY)]  # nothing of its own judged: not counted checked
                continue
            if f.notes and not f.records and not f.diagnostics and any(
                    message.endswith(_NOT_SCANNED) for _, _, message in f.notes):
                # a file of a folder that was not read (over the size limit, binary, not UTF-8): its located note says
                # so and why, and it is not counted checked (hostile: a 100 MB file in a scanned folder was "1 file
                # checked" beside its note)
                unread.add(f.path)
            if f.notes:  # most have none: no generator made for them (a link set aside is counted, not noted)
                notes.extend(f"{f.shown}:{line}:{column}: note: {message}" for line, column, message in f.notes
                             if not message.startswith(SET_ASIDE))
        if unread:
            files = [f for f in files if f.path not in unread]
        if len(skipped) > len(discovery.skipped):
            left = {path for path, _ in skipped[len(discovery.skipped):]}
            files = [f for f in files if f.path not in left]
            if files:  # else the run says "Nothing checked" and each file skipped, why and all
                notes.extend(f"{self._display(path)}:1:1: note: {why}"
                             for path, why in skipped[len(discovery.skipped):])
        diagnostics = sorted([d for f in files if f.diagnostics for d in f.diagnostics], key=lambda d: d.sort_key)
        return ScanResult(files, diagnostics, notes, campaigns, discovery.unread, skipped)

    def _without_baseline(self, found, discovery):
        """The files to scan without the baseline the config's `baseline:` names (utmlint.baseline): its entries quote
        the findings' values, which scanned would be findings again; listed as skipped, with why, as the default
        name's is (files.GENERATED_FILES)."""
        own = os.path.abspath(self.config.baseline)
        kept = [target for target in found.targets if os.path.abspath(target.path) != own]
        if len(kept) == len(found.targets):
            return found
        from .files import GENERATED_FILES

        discovery.skipped.append((own, GENERATED_FILES[".utmlint-baseline.json"].replace("is utmlint's baseline",
                                                                                        "utmlint's baseline")))
        return found._replace(targets=kept)

    def _repo_context(self, paths: Sequence[str],
                      named_scans: List[Tuple[Target, Optional[FileScan]]]) -> List[FileScan]:
        """The project's other files, scanned (from the cache when known) for their spellings only, when the run
        names only files, under a config file (a pre-commit hook's staged pages): the repo-wide rules compare the files
        named with every file `utmlint scan` of the project reads, as lint's compare a staged campaign file with every
        campaign file under the include globs, and report only on the files named (newuser47b F6: a new page's
        `launch_week_2026` beside the committed pages' `launch-week-2026` passed the hook, and CI's `scan .` failed).
        None without a config file (the files named are all there is), or when a folder is named (`scan docs`: the
        files of that folder are the ones compared, as the user asked). In a git work tree, the project's files are
        the ones git tracks or has staged (scan.gitfiles): what the commit and CI's checkout hold, never a local draft.
        Each is judged as `scan .` judges it, one of its folder's collection included (_folders; `skip`: the files
        named were judged so already)."""
        if self.config.source is None or not paths or not all(os.path.isfile(given) for given in paths):
            return []
        if not any(result is not None and result.spellings for _, result in named_scans):
            # no spelling of the team's in the files named (most commits touch no tracked link): no repo-wide finding
            # can be on them, whatever the other files spell, so none is read (review47b F6: a README's typo fixed in a
            # fresh clone judged every tagged page of the project first)
            return []
        root = os.path.abspath(self.config.root)
        discovery = Discovery(self.config, stat=self.use_cache)
        discovery.nested = self.nested
        with collector_paused():
            others = discovery.collect([root])
        # in a git work tree, the files of the commit and of CI's checkout: tracked, or staged new; not a local draft
        # that is neither committed nor ignored (review47b F5: it blocked the commit of another file with a finding
        # CI's `scan .` never made); a folder outside git is walked (scan.gitfiles)
        from .gitfiles import git_files

        kept = git_files(root)
        named = {target.path for target, _ in named_scans}
        todo = [target for target in others.targets
                if target.path not in named and (kept is None or target.path in kept)]
        scanned = [(target, result) for target, result in self._scan_context(todo) if result is not None]
        # each file judged as `scan .` judges it: one of its folder's collection, the files named included in theirs
        self._folders(scanned + [(target, result) for target, result in named_scans if result is not None], skip=named)
        return [result for _, result in scanned if result.spellings]

    def _scan_context(self, targets: List[Target]) -> List[Tuple[Target, Optional[FileScan]]]:
        """scan_file of each of the project's other files (_repo_context), on every core when many must be read: a
        hook's first run in a fresh clone (no cache: pre-commit.ci, a CI job) judges every file with a tracked link,
        as `scan .` does, to know which of their spellings are the team's (review47b F6). Files the cache answers by
        their stat are answered here first; the others, when there are enough of them to repay a worker's start
        (runner.PARALLEL_THRESHOLD), are judged in forked workers (runner._map, as lint's files are), each sending back
        the file's cache entry, which is decoded here and kept in this run's cache as if judged here. Same
        results, same cache."""
        from ..runner import PARALLEL_THRESHOLD, _map

        if len(targets) < PARALLEL_THRESHOLD or not hasattr(os, "fork"):
            return [(target, self.scan_file(target)) for target in targets]
        answered: Dict[str, Tuple[Target, Optional[FileScan]]] = {}
        unread = []
        for target in targets:
            if self.use_cache and self._known(target):
                answered[target.path] = (target, self.scan_file(target))
            else:
                unread.append(target)
        if len(unread) < PARALLEL_THRESHOLD:
            return [answered.get(target.path) or (target, self.scan_file(target)) for target in targets]
        self._build()  # the rules, built once before the fork: every worker judges with them
        for target, sent in zip(unread, _map(self._judged_entry, unread)):
            answered[target.path] = (target, self._from_entry(target, sent))
        return [answered[target.path] for target in targets]

    def _known(self, target: Target) -> bool:
        """Whether the cache answers `target` by its stat alone (scan_file's first test)."""
        info = target.info
        if info is None:
            return False
        directory, _, name = target.path.rpartition(os.sep)
        if self._folder[0] != directory:
            self._enter(directory, target.path, name)
        entry = self._folder[1].get(name)
        return type(entry) is list and len(entry) == 5 and entry[1] == info.st_size \
            and entry[2] == info.st_mtime_ns and entry[3] == info.st_ctime_ns and entry[4] == info.st_ino

    def _judged_entry(self, target: Target):
        """In a worker: scan_file of `target` as what it sends back (picklable lists): its cache entry, its key and
        its stat's record in the cache (None when not kept), or None for a campaign file."""
        result = self.scan_file(target)
        name = target.path.rpartition(os.sep)[2]
        seen = self._folder[2].get(name) if self.use_cache and self._folder[0] == target.path.rpartition(os.sep)[0] \
            else None
        if result is None:
            return None, seen
        return [encode_entry(result), result.key], seen

    def _from_entry(self, target: Target, sent) -> Optional[FileScan]:
        """A worker's result (_judged_entry) as this process's FileScan, its cache entry and stat kept here too."""
        judged, seen = sent
        path = target.path
        directory, _, name = path.rpartition(os.sep)
        if self.use_cache:
            if self._folder[0] != directory:
                self._enter(directory, path, name)
            if seen is not None:
                self._folder[2][name] = seen
        if judged is None:
            return None
        entry, key = judged
        result = FileScan(path, self._folder[3] + name if self.use_cache else self._display(path))
        if not decode_entry(entry, result):
            return self.scan_file(target)
        result.key = key
        if self.use_cache and key is not None and key not in self._cache.entries:
            self._cache.entries[key] = entry
            self._cache.dirty = True
        return result

    def _folders(self, scanned: List[Tuple[Target, Optional[FileScan]]], discovery: Optional[Discovery] = None,
                 skip: frozenset = frozenset()) -> None:
        """The folder collections (scan.collection.folder_collection): the files of one shape in one folder, read
        together from each file's candidates (kept in its cache entry, so a warm run reads no file and loads no rule
        for it). A file of such a collection that is none by itself is judged again as one of it; that result is
        kept in its own entry beside its file verdict, under a digest of what it depends on besides the file's bytes
        (the shape and which of its links are the collection's), so an edited, added or deleted sibling that changes
        either is judged again on the next run, and one that does not costs nothing. A file named on the command line
        (a pre-commit hook's new episode) is read with the files of its shape beside it, which a walk of its folder
        would find (`discovery`): they are scanned (from the cache when known) for their candidates, not reported."""
        tagged = [(target, result) for target, result in scanned if result is not None and result.candidates]
        if not tagged:
            return  # no file whose repository is known holds a tracked link (the scan benchmark's tree)
        from .collection import Candidate, MIN_FILES, collection, folder_collection, is_data_set, series

        groups: Dict[Tuple[str, str], list] = {}
        for target, result in tagged:
            folder, kind = series(target.path, os.sep)  # `podcast-*.md`, or an archive's `*/notes.md`
            if kind:
                groups.setdefault((folder, kind), []).append((target, result))
        if discovery is not None:
            self._siblings(groups, discovery, {target.path for target, _ in scanned})

        for (folder, kind), members in groups.items():
            if len(members) < MIN_FILES:
                continue
            identity = self._identity_of(members[0][0].path, members[0][1].shown)
            if identity is None:
                continue
            data_set = is_data_set(members[0][0].path)
            files = [[_new_candidate(Candidate, c) for c in result.candidates] for _, result in members]
            found = folder_collection(files, identity, data_set, kind)
            if found is None:
                continue
            for (target, result), candidates in zip(members, files):
                if target is None or target.path in skip:
                    continue  # a sibling read for its candidates alone (_siblings), or a file judged so before
                mine = sorted(c.url for c in candidates if c.url in found.others)
                if not mine or collection(candidates, identity, data_set) is not None:
                    continue  # none of its links is the collection's, or the file is a collection by itself
                self._as_one_of(target, result, found, blake2b("\n".join([kind, *mine]).encode(),
                                                             digest_size=8).hexdigest())

    def _siblings(self, groups: Dict[Tuple[str, str], list], discovery: Discovery, scanned: set) -> None:
        """Add to each group of files named on the command line, in a folder this run did not walk, the files of its
        shape beside them (as `(None, result)`: read for the verdict, not reported)."""
        from .collection import shape

        for (folder, kind), members in groups.items():
            if folder in discovery.walked:
                continue  # walked whole: every file of its shape is scanned already
            for target in discovery.listing(folder):
                if target.path in scanned or shape(os.path.basename(target.path)) != kind:
                    continue
                result = self.scan_file(target)
                if result is not None and result.candidates:
                    members.append((None, result))

    def _as_one_of(self, target: Target, result: FileScan, found, digest: str) -> None:
        """`result` judged again as one file of the folder collection `found`, from its entry's folder result when
        that was made for the same `digest`."""
        entry = self._cache.entries.get(result.key) if self.use_cache and result.key is not None else None
        kept = entry[7] if type(entry) is list and len(entry) == 8 else None
        candidates = result.candidates
        if type(kept) is list and len(kept) == 2 and kept[0] == digest and decode_entry(kept[1], result):
            result.candidates, result.folder = candidates, found
            result.key += "|" + digest  # what its spellings follow from (scan.repo's key)
            return
        raw, problem = read_whole(target.path, MAX_SCAN_BYTES)
        if problem is not None or not has_utm(raw) or entry is not None and not result.key.startswith(
                content_hash(raw) + ":"):
            return  # changed since it was read: its own verdict stands until the next run
        fresh = FileScan(result.path, result.shown)
        self._judge(fresh, extract(raw, kind_suffix(target.path), self.options, target.family),
                    Path(target.path), found)
        for name in ("diagnostics", "records", "spellings", "notes", "suppressions", "lines", "text", "bom",
                     "encoding"):
            setattr(result, name, getattr(fresh, name))
        result.folder = found
        if type(entry) is list and len(entry) == 8 and self._cache.entries.get(result.key) is entry:
            entry[7] = [digest, encode_entry(fresh)[:6]]
            self._cache.dirty = True
        if result.key is not None:
            result.key += "|" + digest  # what its spellings follow from (scan.repo's key)

    def _identity_of(self, path: str, shown: str):
        """Whose repository the file is in (scan.judge's _identity_here, without the judge): None when unknown."""
        identities = getattr(self.config, "identities", None)
        if identities is not None:
            return identities.for_file(path)
        identity = getattr(self.config, "identity", None)
        if identity is None:
            return None
        from ..identity import in_folder

        return in_folder(identity, shown)

    def _has_repo_rules(self) -> bool:
        """Whether any repo-wide rule runs; a warm run asks the cache, written by a run that built the rules."""
        known = self._load_cache().repo_rules if self._rules is None and self.use_cache else None
        return bool(self.repo_rules) if known is None else known

    def _run_repo(self, files: List[FileScan]) -> None:
        from .repo import run_repo

        run_repo(self, files)
        for scanned in files:  # medium-fragmentation beside medium-unassigned on one value: one finding (as lint)
            if any(d.code in ("UTM601", "UTM602", "UTM604") for d in scanned.diagnostics):  # rare: the module only then
                from ..onefinding import drop_restated_fragmentation

                scanned.diagnostics = drop_restated_fragmentation(scanned.diagnostics)

    def fails(self, diagnostics, fail_on: Optional[str] = None) -> bool:
        """Whether the run fails: `fail_on` (`--fail-on`), else the config's `fail-on`."""
        from ..diagnostics import fails

        return fails(diagnostics, fail_on or self.config.fail_on)

    def fail_on_of(self, fail_on: Optional[str] = None) -> None:
        """One config, one `fail-on` for every file (Scanners' differ per config)."""
        return None

    # -- fixes
    def fix(self, result: ScanResult, write: bool, unsafe: bool, show_diff, hold=None) -> int:
        """Apply fixes (ruff's passes, lint's engine) to each file read whole; write atomically, or pass
        each diff to `show_diff`. Returns how many findings the fixes resolved. `hold(text, diagnostics)`: the
        findings without the fixes not to apply (those of the baseline: baseline.holder)."""
        from ..fixes import fix_file, unified_diff

        fixed = 0
        # the re-scan of one file in memory cannot see the repo-wide findings: they count only when their own fix
        # was applied, as lint counts them (a run fixing three values said "5 fixed": the fragmentation findings
        # naming the old spellings counted as gone; session 42 newuser F2)
        repo_codes = {rule_.code for rule_ in self.repo_rules}
        for f in result.files:
            found = f.diagnostics if hold is None or f.text is None else hold(f.text, f.diagnostics)
            if f.text is None or not any(d.fix is not None for d in found):
                continue
            family = _family_of_path(f.path)

            def rescan(path, text, family=family, folder=f.folder):
                return True, self.scan_text(path, text, family, folder).diagnostics

            own = [d for d in found if d.code not in repo_codes]
            text, count = fix_file(rescan, f.path, f.text, found, unsafe, count=own, hold=hold)
            if text == f.text:
                continue
            fixed += count
            if write:
                refused = _write(f, text, self.config.root)
                if refused:
                    import sys

                    print(f"utmlint: {f.shown}: not fixed: {refused}", file=sys.stderr)
                    fixed -= count
            else:
                show_diff(unified_diff(f.shown, f.text, text))
        return fixed


_LEADS = ": it leads from a page of the site to another page of it, and GA4 takes utm parameters on an internal link"


# utm-internal-link's finding said as what the link is (its opening, with `{carried}`; the advice after it stays)
_MOVED_PAGE = ("this redirect's destination, on the site itself, carries {carried}: a redirect from an old address of "
               "the site receives that address's visitors (from search results, links and bookmarks), and GA4 takes "
               "the destination's utm parameters")  # stranger11 R8
_PAGE_ADDRESS = ("this is the page's own address (its canonical link, its og:url), and it carries {carried}: search "
                 "engines index that address and share previews link it, so the visits they send arrive with those "
                 "tags, and GA4 takes utm parameters")  # newuser46 F14
_FRAMED_PAGE = ("this frame loads a page of the site itself, and its address carries {carried}: the framed page's GA4 "
                "tag takes those utm parameters")  # stranger11 R12


class Scanners:
    """One Scanner per config when the paths of a run are governed by several (a client's own `.utmlint.yaml`
    under an agency's repo, or two paths given from two projects), used as one: each file judged by the config that
    governs it (its own-hosts, vocabulary, separator) and repo-wide rules comparing files of one config, as lint's
    ProjectLinter does (newuser45 F2: `utmlint scan harbor kettle` judged Kettle's files by Harbor's `own-hosts`,
    "All clean", and `scan kettle harbor` found six mistakes)."""

    def __init__(self, parts: List[Tuple[Scanner, List[str]]]):
        self.parts = parts
        self._last: List[Tuple[Scanner, ScanResult]] = []

    @property
    def config(self) -> Config:
        return self.parts[0][0].config

    @property
    def registry(self):
        return self.parts[0][0].registry

    @property
    def keep_text(self) -> bool:
        return self.parts[0][0].keep_text

    @keep_text.setter
    def keep_text(self, value: bool) -> None:
        for scanner, _ in self.parts:
            scanner.keep_text = value

    def run(self, paths: Sequence[str] = (), repo_wide: bool = True) -> ScanResult:
        """Each scanner on the paths of its own config (`paths` are the run's, already shared out among them)."""
        self._last = [(scanner, scanner.run(own, repo_wide)) for scanner, own in self.parts]
        results = [result for _, result in self._last]
        files = sorted((f for result in results for f in result.files), key=lambda f: f.shown)
        return ScanResult(files, sorted((d for result in results for d in result.diagnostics), key=lambda d: d.sort_key),
                          [note for result in results for note in result.notes],
                          [shown for result in results for shown in result.campaigns],
                          [path for result in results for path in result.unread],
                          [pair for result in results for pair in result.skipped])

    def fix(self, result: ScanResult, write: bool, unsafe: bool, show_diff, hold=None) -> int:
        """Each scanner fixes its own files (with its own settings), from the results of the last run."""
        return sum(scanner.fix(part, write, unsafe, show_diff, hold) for scanner, part in self._last)

    def fails(self, diagnostics, fail_on: Optional[str] = None) -> bool:
        """Whether the run fails: `fail_on` (`--fail-on`) for every finding, else each finding by the `fail-on` of the
        config that judged its file, as lint's ProjectLinter (review45 F7: `scan clients/b clients/a` failed on a's
        warning because b's config, first, said `fail-on: warning`, where a's says `error`)."""
        from ..diagnostics import fails, fails_by_file

        fail_on_of = self.fail_on_of(fail_on)
        if fail_on_of is None:
            return fails(diagnostics, fail_on or self.config.fail_on)
        return fails_by_file(diagnostics, fail_on_of, self.config.fail_on)

    def fail_on_of(self, fail_on: Optional[str] = None) -> Optional[Dict[str, str]]:
        """Each file's config's `fail-on` (path as shown -> severity), or None when one severity holds for every file
        (`--fail-on`, or configs that agree): for the exit code and the reports that say it."""
        if fail_on or len({scanner.config.fail_on for scanner, _ in self.parts}) < 2:
            return None
        return {f.shown: scanner.config.fail_on for scanner, part in self._last for f in part.files}


def _page_address(text: str, start: int, end: int) -> bool:
    from .own_site import page_address

    return page_address(text, start, end)


def _said_as(d: Diagnostic, opening: str) -> Diagnostic:
    """utm-internal-link's finding with its opening ("... carries X: it leads from a page of the site ...") replaced
    by `opening` (_MOVED_PAGE, _FRAMED_PAGE); any other finding as it is."""
    if d.code != "UTM311" or _LEADS not in d.message or " carries " not in d.message:
        return d
    carried = d.message[d.message.index(" carries ") + len(" carries "):d.message.index(_LEADS)]
    rest = d.message[d.message.index(_LEADS) + len(_LEADS):]
    return d._replace(message=opening.format(carried=carried) + rest)


def _new_candidate(cls, raw):
    """A scan.collection.Candidate from its cached list [url, site, values, marked, posted]."""
    return cls(raw[0], raw[1], raw[2], raw[3], raw[4])


def _family_of_path(path: str) -> str:
    from . import family_of

    return family_of(kind_suffix(path)) or "plain"


_NOT_SCANNED = "; not scanned"


def binary_file(raw: bytes, name: str) -> Optional[str]:
    """Why a file without `utm_` was not read as text, or None: it holds NUL bytes in its first 8 KiB, as scan.extract
    tells a binary file (UTF-16 and UTF-32 text, which hold them too, are read). Such a file was checked for nothing:
    in a folder it is not counted checked, and named on the command line it is file-unreadable, as lint says of a
    binary campaign file (review of session 39: `utmlint scan blob.bin` exited 0 with "Nothing checked", and a binary
    `data.json` in a scanned folder was "1 file checked"; hostile: random bytes were "1 file checked, 0 tracked
    links")."""
    from . import _SNIFF, wide_encoding

    head = raw[:_SNIFF]
    if b"\0" not in head or wide_encoding(head)[0]:
        return None
    return binary_note(kind_suffix(name), head)


_UNCHECKED = ": none of its links was checked"
_NO_TEXT = "no text to read links from"  # scan.binary_note's, where "none of its links" would say it twice


def _unreadable(f: FileScan, stdin: bool = False) -> None:
    """A file named on the command line that could not be read as text (not valid UTF-8, binary, over the limit,
    refused): its links went unchecked, so it is a finding, file-unreadable (UTM004) as lint says it, never a note
    beside "All clean" (stranger15 R10; README: a file that cannot be read is a finding with its position)."""
    whole = [n for n in f.notes if n[2].endswith(_NOT_SCANNED)]
    if not whole:
        return
    f.notes = [n for n in f.notes if n not in whole]
    f.diagnostics = [*f.diagnostics, *(
        Diagnostic(f.shown, line, column, "UTM004", "file-unreadable", "error",
                   f"{message[:-len(_NOT_SCANNED)]}{_UNCHECKED if _NO_TEXT not in message else ''}"
                   f"{_unreadable_advice(message, stdin)}")
        for line, column, message in whole)]


# What to do about a named file scan could not read, by why (scan.extract's and safeio's reasons): the advice fits
# the reason (stranger16 R2: a valid UTF-8 file over the size limit was told to "save it as UTF-8", which changes
# nothing). Only a file that does not decode is told to be saved again; a reason not listed gets no advice. A binary
# file is told to export or unpack it only where its suffix names its kind (scan.BINARY_KINDS): an image has no text.
_LEAVE_OUT = ("leave it out of the hook (`exclude:` under utmlint-scan in .pre-commit-config.yaml: a file named to scan "
              "is scanned)")
_UNREADABLE_ADVICE = (
    ("bytes, over", "a file this big is written by a program (an export, a dump, a bundle), not by hand: check the "
                    "file it is made from, or split it; to commit it as it is, leave it out of the hook (`exclude:` "
                    "under utmlint-scan in .pre-commit-config.yaml: a file named to scan is scanned)"),
    ("(a spreadsheet:", f"export it as CSV to scan it, or {_LEAVE_OUT}"),
    ("(a PDF:", f"export it as text to scan it, or {_LEAVE_OUT}"),
    ("(a document:", f"export it as text to scan it, or {_LEAVE_OUT}"),
    ("(an archive:", f"unpack it and scan the files in it, or {_LEAVE_OUT}"),
    ("binary file", f"if links in it should be checked, keep them in a text file; else {_LEAVE_OUT}"),
    ("not valid UTF-8", "save it as UTF-8 (or UTF-16 with its byte order mark) text"),
    ("byte order mark", "save it as UTF-8 (or UTF-16 with its byte order mark) text"),
    ("permission denied", "give your user read access to it"),
)


def _unreadable_advice(message: str, stdin: bool = False) -> str:
    """"; what to do", or "" when the reason says it all. Standard input is no hook's file and was piped in by the
    caller: what to leave out of the hook, or where to keep a binary file's links, is no advice there (review41 L2); a
    binary input ends at "no text to read links from"."""
    advice = next((advice for reason, advice in _UNREADABLE_ADVICE if reason in message), "")
    if stdin:
        advice = "" if advice.startswith("if links in it") else advice.replace(f", or {_LEAVE_OUT}", "")
    return f"; {advice}" if advice else ""


def _write(f: FileScan, text: str, root) -> Optional[str]:
    """Rewrite the file through safeio (atomic, re-read just before the rename); why not, or None."""
    from .. import safeio

    bom = "\ufeff" if f.bom else ""
    try:
        safeio.rewrite(f.path, (bom + text).encode(f.encoding), (bom + (f.text or "")).encode(f.encoding), root)
    except safeio.WriteRefused as refused:
        return str(refused)
    except OSError as error:
        return error.strerror or str(error)
    return None


def _in_copied(found, line: int, column: int) -> bool:
    """Whether a copied-tracking finding of the link spans the place (line, column): a tag it says to remove."""
    for d in found:
        if d.code != "UTM310" or d.end_line is None or d.end_column is None:
            continue
        if (d.line, d.column) <= (line, column) < (d.end_line, d.end_column):
            return True
    return False


def _unread(url: str) -> bool:
    """A link to a platform page whose owner is never shown a visit's utm values (rules/useless-destinations.txt)."""
    if "utm" not in url.lower():
        return False
    from ..checks.tracking.destinations import useless_destination

    return useless_destination(url) is not None


def _site_of(url: str) -> str:
    """The site a link goes to (`docs.acme.com` -> `acme`: utmlint.identity.site_name), "" when its host is not written
    (a relative link, a placeholder host: the team's own site)."""
    from ..urls import split_url

    parts = split_url(url.strip())
    host = parts.host.lower() if parts.scheme in ("http", "https") else ""
    if not host or "{" in host or "$" in host or "%" in host:
        return ""
    from ..identity import site_name

    return site_name(host)
