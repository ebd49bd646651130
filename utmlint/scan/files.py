"""Which files `utmlint scan` reads: the default kinds by extension, plus `scan.include`, minus
`scan.exclude`, the config's `exclude`, `.gitignore` (read here, never by running git) and the folders
nobody edits by hand (dependencies, builds, caches). Campaign files are `lint`'s, so they are left out.

Symbolic links are not followed (a link can point outside the repo or loop); a link named on the command
line gets a note."""

from __future__ import annotations

import os
import re
from operator import attrgetter
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

from ..config import DEFAULT_EXCLUDE, Config
from ..globs import matcher, matches_any, name_matcher
from ..records import NamedTuple
from . import FAMILIES, MOTD_FOLDER, PLAIN_TEXT_NAMES, RUN_PARTS_NAME, SHELL_SCRIPT_NAMES, TEMPLATE_SUFFIXES, \
    family_of, kind_suffix

# Folders of recorded HTTP responses (VCR's and vcrpy's cassettes, Betamax's: `features/vcr_cassettes/*.yml`): a test
# tool writes each from a page it fetched, so their links are that page's copies, escapes and all (GSA/search-gov's
# recorded gsa.gov pages, corpus 11 #59); a link's mistakes, if any, are fixed on the page, never in the recording.
RECORDED_FOLDERS = frozenset({"cassettes", "vcr_cassettes"})
# A test's data below a test folder (`tests/fixtures/`, Polly.js's `test/recordings/`, Jest's `__fixtures__/`), and Go's
# `testdata/` anywhere: values a test feeds its code, deliberately wrong ones included, and recorded responses; their
# links are no placed links (stranger11 R13: `tests/fixtures/links.json` got two findings; corpus 12's second labeller
# called 2 fixture findings wrong). A `fixtures/` folder outside a test folder (a Django app's content) is scanned.
TEST_DATA_FOLDERS = frozenset({"fixtures", "__fixtures__", "recordings", "__recordings__", "testdata"})
TEST_FOLDERS = frozenset({"test", "tests", "spec", "specs", "__tests__", "e2e"})
# A folder named for tests with another word (`integration-tests`, `e2e-tests`, `test-utils`, `test_support`) is a test
# folder too; one whose other word names what a test serves or loads (`test-server`, `test-app`, `test_data`) is that
# test's data itself: Amplitude's attribution SDK serves `test-server/attribution/*.html`, pages
# that load sample utm values on purpose (`?utm_source=google&utm_campaign=spring-launch`, corpus 20 #22 #23, told to
# add a medium and remove internal tags; added in session 34, fix20).
_TEST_NAMED = re.compile(r"(?:tests?|specs?|e2e)[-_][a-z0-9][a-z0-9_-]*|[a-z0-9][a-z0-9_-]*[-_](?:tests?|specs?|e2e)")
# (Not `test-site/` nor `test-pages/`: a marketing repository's A/B variants or staging site, its own pages: stranger15 R9.)
_HARNESS = re.compile(r"(?:tests?|e2e)[-_](?:server|servers|app|apps|data|fixture|fixtures|harness)"
                      r"|(?:server|app|data|fixtures|harness)[-_](?:tests?|e2e)")
_TEST_DATA = "a test's data (fixtures, recorded responses): its links are no placed links; not scanned (name a file " \
             "in it to scan it)"
_TEST_HARNESS = "a test's data (fixtures, recorded responses; here the server or app a test loads): its links " \
                "are no placed links; not scanned (name a file in it to scan it)"


def test_folder(name: str) -> bool:
    """Whether a folder named `name` holds tests: `tests/`, `spec/`, or a name of a test word and another
    (`integration-tests`, `test-utils`)."""
    lowered = name.lower()
    return lowered in TEST_FOLDERS or _TEST_NAMED.fullmatch(lowered) is not None


# A test module, by the name test runners find it by: Jest's, Vitest's and Mocha's `url.test.mjs` and `url.spec.ts`,
# Cypress' `checkout.cy.ts`, pytest's `test_url.py` and `url_test.py`, Go's `url_test.go`, RSpec's `url_spec.rb`, JUnit's
# `UrlTest.java`, a runner named for its tests (`test-all.mjs`, `run-tests.js`), or program code in a test folder (Mocha's
# `test/url.mjs`, Jest's `__tests__/`). Its links are the inputs a test feeds the code it tests (a URL normaliser's
# `${bare}?utm_source=newsletter`, corpus 27 #78; a README cleaner's copy of postcss-loader's sponsor badge, corpus 2
# #110), no placed link: advice on their tags (complete, respell, their channel) changes what is tested and measures
# nothing. Program code only (linkplace.CODE_SUFFIXES): a site's `tests.html` page or a docs site's `specs/` pages
# are pages.
_TEST_WORDS = frozenset({"test", "tests"})
_TEST_PIECES = frozenset({"test", "spec", "cy", "e2e"})  # `url.spec.ts`, `checkout.cy.ts` (not `api-spec.ts`)
_TEST_MODULE_FOLDERS = frozenset({"test", "tests", "__tests__", "spec", "e2e"})
# Words of a name split at `-` and `_` only: a component named in capitals for its subject (`SpeedTest.tsx`,
# `ABTest.tsx`, `TestFlightBanner.tsx`) is no test; JUnit's and xUnit's `UrlTest.java`, `UrlTests.cs` are read by their
# capitals (_CLASS_SUFFIXES).
_SEPARATED = re.compile(r"[-_]+")
# A name joined by `-` is a test runner's only when every word says so (`test-all.mjs`, `run-tests.js`): `ab-test.js`,
# `split-test.js`, `speed-test.ts`, `test-drive.jsx` are a site's features named for their subject (review of session
# 40); `_` joins pytest's, Go's and Ruby's test modules (`test_url.py`, `url_test.go`).
_RUNNER_WORDS = frozenset({"test", "tests", "run", "runner", "all", "unit", "integration", "e2e", "smoke"})
_CLASS_SUFFIXES = frozenset({".java", ".kt", ".kts", ".scala", ".cs"})
_CLASS_WORDS = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")


def test_module(path: str) -> bool:
    """Whether the file at `path` is a test's program code: a code file named as a test module (its name's first or
    last word `test` or `tests` between `_`, or between `-` among runner words only, a last dotted piece `.test`, `.spec`, `.cy`, `.e2e`, RSpec's `_spec`,
    a JVM or .NET class `UrlTest`) or below a test folder."""
    from ..linkplace import CODE_SUFFIXES

    parts = re.split(r"[/\\]", path or "")
    name = parts[-1]
    dot = name.rfind(".")
    suffix = name[dot:].lower()
    if dot <= 0 or suffix not in CODE_SUFFIXES:
        return False
    if any(part.lower() in _TEST_MODULE_FOLDERS for part in parts[:-1]):
        return True
    stem = name[:dot]
    pieces = stem.lower().split(".")
    if len(pieces) > 1 and pieces[-1] in _TEST_PIECES or pieces[-1].endswith("_spec"):
        return True
    words = [word for word in _SEPARATED.split(pieces[-1]) if word]
    if words and (words[0] in _TEST_WORDS or words[-1] in _TEST_WORDS):
        if "-" not in pieces[-1] or _RUNNER_WORDS.issuperset(words):
            return True
    classes = [word.lower() for word in _CLASS_WORDS.findall(stem)] if suffix in _CLASS_SUFFIXES else []
    return bool(classes) and (classes[0] in _TEST_WORDS or classes[-1] in _TEST_WORDS)


# A Rust file's inline test module: `#[cfg(test)]` (other attributes may follow) then `mod tests { ... }`, Rust's
# convention for unit tests kept beside the code they test and compiled only by `cargo test`. Its links are what a test
# feeds the code and expects back, as a test file's are (test_module): 6b6t's Discord bot asserts the Markdown its
# Telegram rewrite writes (`src/telegram.rs`, corpus 44 #20 #22 #24 #25), no message it sends. Only the module's own
# braces: the code above it (the bot's messages in `src/config.rs`, `src/commands.rs` and `src/community_event.rs`, each
# with a test module below: corpus 44 #21 #23 #26 #27) is read as ever. A module declared as a file (`mod tests;`) is its own file, `tests.rs`, which test_module names.
_RUST_TEST_MODULE = re.compile(r"^[ \t]*#\[cfg\(\s*test\s*\)\]\s*(?:#\[[^\]\n]*\]\s*)*(?:pub(?:\([\w\s:]*\))?\s+)?"
                               r"mod\s+\w+\s*\{", re.MULTILINE)


_RAW_STRING = re.compile(r'r(#*)"')


def _word_end(text: str, at: int) -> bool:
    """Whether the character at `at` ends a word (an identifier's letter, digit or `_`): `for"` is no raw string."""
    return at >= 0 and (text[at].isalnum() or text[at] == "_")


def _closing_brace(text: str, at: int) -> int:
    """The index just after the `}` closing the `{` at `at` in Rust source, its strings, characters and comments
    skipped (a `"{"` in a test's expected output opens nothing); the text's end when it is never closed."""
    depth, i, end = 0, at, len(text)
    while i < end:
        char = text[i]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        elif char == "/" and text.startswith("//", i):
            newline = text.find("\n", i)
            i = end if newline == -1 else newline
            continue
        elif char == "/" and text.startswith("/*", i):
            nested, i = 1, i + 2
            while i < end and nested:
                if text.startswith("/*", i):
                    nested, i = nested + 1, i + 2
                elif text.startswith("*/", i):
                    nested, i = nested - 1, i + 2
                else:
                    i += 1
            continue
        elif char == "r" and text[i + 1:i + 2] in ('"', "#") and not _word_end(text, i - 1 if text[i - 1:i] != "b"
                                                                                else i - 2):
            raw = _RAW_STRING.match(text, i)  # `r"..."`, `r#"..."#` (and `br"..."`): no escapes inside
            if raw is not None:
                close = text.find('"' + raw.group(1), raw.end())
                i = end if close == -1 else close + 1 + len(raw.group(1))
                continue
        elif char == '"':
            i += 1
            while i < end and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
        elif char == "'":  # a character literal (`'{'`, `'\''`, `'\u{7b}'`), not a lifetime (`'a`)
            if text.startswith("\\", i + 1):
                close = text.find("'", i + 3)
                i = end if close == -1 else close
            elif text.startswith("'", i + 2):
                i += 2
        i += 1
    return end


def rust_test_spans(text: str) -> Tuple[Tuple[int, int], ...]:
    """The (start, end) of each inline test module of Rust source `text` (`#[cfg(test)] mod tests { ... }`,
    _RUST_TEST_MODULE), from its attribute to its closing brace."""
    spans: List[Tuple[int, int]] = []
    if "#[cfg(" not in text:
        return ()
    for match in _RUST_TEST_MODULE.finditer(text):
        if spans and match.start() < spans[-1][1]:
            continue  # a module nested in one already read
        spans.append((match.start(), _closing_brace(text, match.end() - 1)))
    return tuple(spans)


def in_test_code(path: str, text: str, start: int) -> bool:
    """Whether the link at `start` of the file at `path` is inside an inline test module of Rust source
    (rust_test_spans): a test's input, as a test file's links are."""
    if not str(path).lower().endswith(".rs") or not text:
        return False
    return any(begin <= start < end for begin, end in rust_test_spans(text))


def test_data_folder(name: str, parents) -> bool:
    """Whether a folder named `name`, below the folders `parents`, holds a test's data: a test-data folder below a test
    folder (`tests/fixtures/`), Go's `testdata/` anywhere, or the server, app or pages of a test (`test-server/`)."""
    lowered = name.lower()
    if _HARNESS.fullmatch(lowered) is not None:
        return True
    return name in TEST_DATA_FOLDERS and (name == "testdata" or any(test_folder(p) for p in parents))
# Hugo's config at a site's root (`hugo.toml` since Hugo 0.110; `config.toml`, `.yaml`, `.yml` before it, beside the
# `content/` folder Hugo reads its pages from and one of its other folders), whose build writes the site into `public/`
# beside it (Hugo's default publishDir): the generated site, every link of it a copy of one in `content/`, where it is
# written and judged (wangyongtao/wangyongtao.github.io commits its built `public/`, whose search index
# `public/cn/archive/index.json` holds each post's text: a post's sample ad URL there was told url-insecure, corpus 39
# #1). Its `public/` is left out as `build/` and `dist/` are; a `public/` folder of any other project (Vite's, Astro's,
# Next.js' static files, written by the team) is read.
HUGO_CONFIGS = frozenset({"hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json"})
_HUGO_LEGACY_CONFIGS = frozenset({"config.toml", "config.yaml", "config.yml"})
_HUGO_FOLDERS = frozenset({"archetypes", "layouts", "themes"})
HUGO_OUTPUT = "public"
_HUGO_BUILT = "Hugo's build output (the site it generates from `content/` beside its config): its links are copies of " \
              "the pages' own, judged where they are written; not scanned (name a file in it to scan it)"


def hugo_site(names) -> bool:
    """Whether a folder whose entries are `names` is a Hugo site's root: a `hugo.*` config, or a `config.*` beside
    `content/` and one of Hugo's other folders (`archetypes/`, `layouts/`, `themes/`)."""
    names = set(names)
    return bool(names & HUGO_CONFIGS) or bool(names & _HUGO_LEGACY_CONFIGS) and "content" in names \
        and bool(names & _HUGO_FOLDERS)


_RECORDED_FOLDER = "recorded HTTP responses (a test's cassettes), written by the test tool from the pages it fetched; " \
                   "not scanned"
SKIPPED_FOLDERS = frozenset({
    ".git", ".hg", ".svn", "node_modules", "bower_components", "vendor", "venv", ".venv", "env", "__pycache__",
    ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", "site-packages", "dist", "build", "_build",
    ".next", ".nuxt", ".svelte-kit", ".cache", ".utmlint_cache", "coverage", "target",
}) | RECORDED_FOLDERS

# A `build/` folder is a build's output (a bundle, a site) in most repositories, and left out; in Go's project layout
# and others it holds the packaging a team writes (`build/package/Dockerfile`, `build/ci/`: portainer's
# `build/linux/Dockerfile` and `build/docker-extension/README.md`, corpus 5 #145-#151, its own Docker Desktop labels
# and Docker's download links). No build writes a Dockerfile or a Markdown, MDX, reST or AsciiDoc page: those are read
# there (build_source), nothing else of the folder (a bundle's JavaScript, a copied `block.json`). What `.gitignore`
# ignores stays unread, as everywhere.
_BUILD = "build"


def build_source(name: str) -> bool:
    """Whether a file of this name in a `build/` folder is the team's own writing, which a walk reads there: a
    container build file (`Dockerfile`, `Containerfile.dev`) or a docs page (`README.md`, `.mdx`, `.rst`, `.adoc`)."""
    dot = name.rfind(".")
    return dot > 0 and name[dot:].lower() in _PAGE_SUFFIXES or kind_suffix(name) == ".dockerfile"


# Files a tool writes and nobody edits, whose links are copies: a lock file's are its dependencies' (npm's `funding`
# URLs, `?utm_source=npm-funding-<package>`, written by each package's author: corpora 3 and 7), a link checker's
# cache keeps the links it checked with its own escaping and a status and time glued on (`URL,200,1787032240` in
# lychee's `.lycheecache`: corpus 7). Their links' mistakes, if any, are fixed where they are written (a package's
# manifest, the pages the checker read), never here. Skipped by name in a walk; named on the command line, a note.
GENERATED_FILES = {
    **dict.fromkeys(("package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml", "yarn.lock", "bun.lock",
                     "deno.lock", "composer.lock", "Gemfile.lock", "Cargo.lock", "poetry.lock", "Pipfile.lock",
                     "pdm.lock", "uv.lock", "Package.resolved", "pubspec.lock", "mix.lock", "flake.lock"),
                    "is a lock file, written by a package manager (its links are its dependencies'); not scanned"),
    ".lycheecache": "is a link checker's cache (lychee's), written by the tool from the links it checked; not scanned",
    # utmlint's own baseline (utmlint.baseline): the findings it lists quote the links' values and messages, written by
    # `--write-baseline`; scanned, each entry's value was a finding again (and the hook passes it when it is staged)
    ".utmlint-baseline.json": "is utmlint's baseline, written by `--write-baseline` from the findings it lists; "
                              "not scanned",
    # all-contributors' list (`.all-contributorsrc`, JSON): its bot writes each contributor's entry from their GitHub
    # profile, so its links are the contributors' own sites with their own tags (mautic's, corpus 4 #189:
    # `?utm_source=github&utm_medium=profilLink`, a contributor's measure of visits from GitHub, not the team's to
    # change); the README table made from it is read as any README
    ".all-contributorsrc": "is all-contributors' list, written by its bot from each contributor's GitHub profile "
                           "(their own links and tags); not scanned",
    # a docs site's pages concatenated for language models (llms.txt's full form), regenerated by the site's build or
    # plugin (Mintlify, docusaurus-plugin-llms, vitepress-plugin-llms) from the pages, whose links scan reads where
    # they are written: Sei's `llms-full.txt` ("docs: regenerate llms.txt and llms-full.txt") repeats
    # `evm/indexer-providers/goldsky.mdx`'s links, MDX's `\&` escapes kept (corpus 14 #114-#120). A hand-kept
    # `llms.txt` (a curated index) is read. Skipped only where the repository's pages (Markdown/MDX/reST/AsciiDoc
    # besides a README or a changelog) write half or more of its tracked links (built_from_pages): a marketing site's
    # hand-kept llms-full.txt, whose links are in no page, is the team's own text and read (stranger14 R5).
    "llms-full.txt": "is a docs site's pages concatenated for language models, written by its build from the pages "
                     "(where its links are fixed, and judged when scan reads their kind); not scanned",
    # a wheel's `*.dist-info/METADATA` and an sdist's `PKG-INFO`: the build tool copies the package's README into them
    # (corpus 9 #40 #43-#46: terragoat's test fixture holding checkov's PyPI metadata), where its links are judged
    **dict.fromkeys(("PKG-INFO", "METADATA"), "is a Python package's metadata, written by its build tool from the "
                    "package's README (whose links are judged where they are written); not scanned"),
}


# Kinds a tool writes from the source, by suffix: gettext's templates. xgettext writes a `.pot` from the strings in the
# code (wp-media/backwpup's `languages/backwpup.pot`, corpus 7 #238 #239: the plugin's PHP links, copied). Their links
# are fixed in the source, which scan judges when it reads its kind (stranger13 R8: a reason claims no more). Listed by
# `--show-files` when they hold `utm_`.
GENERATED_SUFFIXES = {
    ".pot": "is a gettext template, written by xgettext from the source's strings (where its links are fixed, and "
            "judged when scan reads the source's kind); not scanned",
}


# Kinds scan does not read in a walk, with why, listed by `--show-files` when they hold `utm_` (named on the command
# line, read as text). A `.sql` file (a database's rows) was one until session 37: a dump or seed a tool writes from
# the app's content (syntaxfm/website's `seed/seed.sql` holds the show notes of its `shows/*.md` again, 126 findings on
# copies of links scan reads in those files, corpus 4 #71-#80; givewp's `sample-data/wordpress.sql` a WordPress site's
# posts), or pages a migration stored (omnivore's `0140.do.popular_read.sql`: scraped articles' HTML, Medium's and
# Substack's footer tags, corpus 7 #163-#165, told to complete them); it is read since, its links as written only
# (scan.stored_rows). A patch (`.patch`, `.diff`) is someone else's file with a
# change (zen-browser's Firefox patches: Mozilla's links, corpus 7 #146-#148). A gettext catalogue (`.po`) is a
# language's copy of the `.pot`, synced from a translation platform (translate.wordpress.org, Weblate, Crowdin): its
# `msgid`s are the source's strings again (every link of the source would be told once per language: ACF's
# `lang/acf-en_CA.po`, corpus 7 #245, holds its `Author URI` from `acf.php`); its `msgstr`s are the translators' own
# writing (a localized link, `/de/`, its own campaign), in no source file. Named or included, only those are read
# (scan.plain; stranger14 R6: a named `.po` was "Nothing checked", exit 0). Since session 48 a walk reads it too, its
# msgstrs' links that no msgid writes only: a msgstr repeating the msgid's link as written is the source's link again
# (zorem's shipment-tracking plugin: the Pro page's tagged link in each of its 20 languages' catalogues, told once in
# the `_e()` of admin_options_addons.php that writes it; corpus 50), while a translator's own link was a silent miss.
# Measured in session 37 (recall25, the corpus judge on every corpus): walking `.sql` as any file finds 24 more
# pairs on corpora 4 and 7, 6 of them wrong (Keychron's navigation tags in syntaxfm's seed told to respell and
# complete, corpus 4 #77; omnivore's stored article HTML told its `&amp;` is a mistake and to complete Substack's
# footer tags, corpus 7 #163-#165): pooled 75 of 4023 -> 81 of 4047 (2.00%), and on syntaxfm's whole seed each show
# note's finding twice. Read as written only, its HTML's entities decoded (scan.stored_rows), 5 more pairs, none wrong
# (75 of 4028): copied-tracking +3 (593 -> 596 of 681), utm-key-unknown +1 (syntaxfm's `utm_campaign-type`, 9 -> 10
# of 11), syntaxfm's `http://` sponsor link; a seed's copy of a show note repeats only those facts.
UNREAD_WHY = {
    ".patch": "a patch (its lines are another file's, fixed in that file)",
    ".diff": "a patch (its lines are another file's, fixed in that file)",
}


# Hidden folders whose files a repository publishes, which the default exclude `.*` leaves to scan: GitHub's and
# GitLab's (a profile README, issue templates, FUNDING.yml: corpus 9's pimcore and terragoat, corpus 5's Portkey
# README.jp.md) and the source of a docs site built by VitePress, VuePress or Storybook (its theme's components:
# mermaid's `.vitepress/components/`, lucide's icon preview), and the instructions a repository keeps for coding
# agents (skills, rules, commands: `.agents/skills/*/SKILL.md`, `.claude/`, `.cursor/`, `.windsurf/`), text the team
# writes and publishes with its code, where an assistant's research lands with its citation tags (oh-my-posh's
# `.agents/skills/.../signs-of-ai-writing.md`: six `utm_source=chatgpt.com` links, corpus 6 #201-#206; Sanity's
# vendored Playwright skill, corpus 5 #140; added in session 35, recall; the pre-commit hook already checked them,
# being handed every committed file of a kind it reads), and `.wordpress-org/`, the folder a WordPress plugin's
# directory page is deployed from (10up's WordPress.org deploy actions publish its banners and icons; a plugin keeps
# its directory description there too: LifterLMS Labs' `.wordpress-org/readme/description.md`, the plugin page's
# links to its docs with `utm_medium=product`, corpus 33 #39 #40 #42, missed blind). Other hidden folders (an editor's settings, a tool's cache, a
# data dump's `.docker/`, WordPress Playground's `.playground/` export) stay excluded, as lychee leaves hidden files
# unless `--hidden`. Measured in session 37 (recall25): naming `.playground` and `.docker` here finds corpus 12 #263
# #264 (Instagram's share tags in WebberZone's demo content) and, with `.sql` walked, corpus 8 #164 #165 (sponsors'
# tags in WordCamp's dev database dump), no wrong finding on the corpus rows; but each name is one repository's, and
# what they hold is a database's content exported (a WXR file, a dump), read only as written where it is read at all
# (`.sql`: scan.stored_rows): not added.
PUBLISHED_HIDDEN = frozenset({".github", ".gitlab", ".vitepress", ".vuepress", ".storybook",
                              ".agents", ".claude", ".cursor", ".windsurf", ".wordpress-org"})
_HIDDEN = ".*"


# Text kinds scan does not read (no extractor fits them yet): Perl's modules and scripts, whose POD (`=head1`, `L<...>`)
# is documentation (`.pm`, `.pl`). `scan --show-files` lists such a file when it holds `utm_`, with the reason (a file
# named to scan is read as text). TeX (`.tex`) is read since corpus 49 (scan.tex); Org, Textile, RDoc, POD, wiki markup
# and Texinfo since corpus 51 (scan.docmarkup): documentation markups, their link forms read.
UNREAD_TEXT = frozenset({".pm", ".pl"})


def hidden(relative: str, folder: bool = False) -> bool:
    """Whether the default `.*` exclude names `relative` (`/`-separated, below the root): one of its folders is
    hidden and not PUBLISHED_HIDDEN, or it is a hidden file (a `folder` is judged as a folder throughout)."""
    parts = relative.strip("/").split("/")
    folders = parts if folder else parts[:-1]
    if not folder and parts[-1].startswith("."):
        return True
    return any(part.startswith(".") and part not in PUBLISHED_HIDDEN for part in folders)


# A GitHub Action's metadata is in the default excludes so that `lint` never takes it for a campaign file; scan reads it
# as the data it is: its `description` and its inputs' help text link the Action's docs and its maker's site, which
# the Action's marketplace page shows (corpus 53: the walk never read one). A config's own `exclude` or
# `extend-exclude` naming it still leaves it out.
LINT_ONLY_EXCLUDES = ("action.yml", "action.yaml")


def scan_excludes(patterns: List[str]) -> Tuple[List[str], bool]:
    """The config's exclude patterns as scan applies them: `.*` taken out (tested by `hidden` instead, which
    spares PUBLISHED_HIDDEN), and whether it was there; the default excludes' LINT_ONLY_EXCLUDES taken out when the
    defaults are the config's (no `exclude` of its own replaced them)."""
    defaults = len(DEFAULT_EXCLUDE)
    if list(patterns[:defaults]) == DEFAULT_EXCLUDE:
        patterns = [p for p in DEFAULT_EXCLUDE if p not in LINT_ONLY_EXCLUDES] + list(patterns[defaults:])
    kept = [p for p in patterns if p.strip() != _HIDDEN]
    return kept, len(kept) != len(patterns)


_RECORDED = ("is a recorded HTTP response (a test's cassette), written by the test tool from the page it fetched; "
             "not scanned")
# A file named as a test fixture (`fixtures.json`, `dataFixtures.json`, `user_fixture.yaml`): a test's data, often a
# recorded API response (Ghost's Unsplash selector's `src/api/dataFixtures.json`, corpus 12 #68: an Unsplash
# photographer's own link, told to add a campaign); its links are no placed links. The word, in any case or casing.
_FIXTURE_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_FIXTURE = "is a test fixture (test data: its links are no placed links); not scanned"


# But a UI component named for what it shows (a football club's fixtures list, dnywh/attie's
# `components/FixturesClient/FixturesList.tsx`, corpus 29 #13: its links to the author's site went unread): a file of
# a component framework's kind (`.tsx`, `.jsx`, `.vue`, `.svelte`, `.astro`) named in PascalCase, as a component is,
# with no other dotted part (react-cosmos's `Button.fixture.tsx` is a fixture; `fixtures.tsx` a test's module).
_COMPONENT_SUFFIXES = (".tsx", ".jsx", ".vue", ".svelte", ".astro")
_COMPONENT_NAME = re.compile(r"[A-Z][a-z][A-Za-z0-9]*\Z")


def component_name(name: str) -> bool:
    """Whether a file's name is a UI component's: `FixturesList.tsx`, `Fixture.vue` (PascalCase, one dot)."""
    stem, dot, suffix = name.partition(".")
    return bool(dot) and "." + suffix.lower() in _COMPONENT_SUFFIXES and _COMPONENT_NAME.match(stem) is not None


def fixture_name(name: str) -> bool:
    """Whether a file's name holds the word `fixture` or `fixtures` (`dataFixtures.json`, `fixtures.yaml`), and is no
    UI component's name (`FixturesList.tsx`: component_name)."""
    return "ixture" in name.lower() and any(word.lower() in ("fixture", "fixtures")
                                           for word in _FIXTURE_WORDS.findall(name)) and not component_name(name)


# A file whose name says a tool generates it (`providers.generated.ts`, `schema_generated.json`): its links are copies
# of the data it was generated from (cline's `providers.generated.ts`, written from models.dev's provider list, with
# models.dev's `utm_source=github_models.dev`: corpus 5 #322 was told to add a medium and campaign), fixed where
# they are written, never here, as a lock file's.
_GENERATED_NAME = re.compile(r"[._-]generated\.[A-Za-z0-9]+$", re.IGNORECASE)
# (the data may be a kind scan does not read, a template or a CMS: the reason does not claim it is judged, stranger13 R8)
_GENERATED = "is generated (its name says so): a tool wrote it from source data, where its links are fixed and where " \
             "scan judges them only if that data is a file of a kind it reads; not scanned"


_PAGE_SUFFIXES = (".md", ".mdx", ".mdoc", ".markdoc", ".rst", ".adoc")
_NO_PAGE = frozenset({"README", "CHANGELOG", "CHANGES", "HISTORY", "CONTRIBUTING", "LICENSE", "CODE_OF_CONDUCT",
                      "SECURITY", "SUPPORT", "AUTHORS", "AGENTS", "CLAUDE", "NOTICE", "MAINTAINERS", "GOVERNANCE"})
_BUILT_FROM_PAGES = "llms-full.txt"  # skipped only beside the pages it is built from (stranger14 R5)


def docs_page(name: str) -> bool:
    """Whether a file of this name is a docs site's page an `llms-full.txt` may be built from (`goldsky.mdx`,
    `docs/intro.md`): a Markdown, MDX, reST or AsciiDoc file that is not a README, a changelog or a licence."""
    dot = name.rfind(".")
    return dot > 0 and name[dot:].lower() in _PAGE_SUFFIXES and name[:dot].upper() not in _NO_PAGE


def pages_under(root: str) -> List[str]:
    """The docs pages (docs_page) in the folder `root` or below, hidden folders and SKIPPED_FOLDERS left out; regular
    files only, as the walk takes them (a symbolic link to a file elsewhere, a FIFO that would block the read, is no
    page)."""
    stack, pages = [root], []
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                for entry in listing:
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            if entry.name[0] != "." and entry.name not in SKIPPED_FOLDERS:
                                stack.append(entry.path)
                        elif docs_page(entry.name) and entry.is_file(follow_symlinks=False):
                            pages.append(entry.path)
                    except OSError:
                        continue
        except OSError:
            continue
    return pages


# a tracked link's address before its query, as an llms-full.txt and its pages both write it (`\&` or `&` after it)
_TRACKED_BASE = re.compile(r"https?://([^\s()\[\]<>\"'`\\?#]+)\?[^\s()<>\"'`]{0,400}?utm_", re.IGNORECASE)
_PAGE_READ = 1 << 21  # the first 2 MB of a page


def built_from_pages(path: str, pages: List[str]) -> bool:
    """Whether the llms-full.txt at `path` is the pages' concatenation: half or more of its tracked links' addresses
    (host and path) are written in the pages (Sei's `docs.goldsky.com/chains/sei/` in `goldsky.mdx`, Chainlink's
    `pkg.go.dev/github.com/robfig/cron` in `all-jobs.mdx`: corpus 14). A hand-kept file's links are in no page, even
    beside a blog (stranger14 R5)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            bases = {m.group(1).rstrip("/") for m in _TRACKED_BASE.finditer(handle.read(_PAGE_READ * 8))}
    except OSError:
        return False
    if not bases or not pages:
        return False
    wanted, found = (len(bases) + 1) // 2, set()
    for page in pages:
        try:
            with open(page, encoding="utf-8", errors="replace") as handle:
                text = handle.read(_PAGE_READ)
        except OSError:
            continue
        found.update(base for base in bases - found if base in text)
        if len(found) >= wanted:
            return True
    return False


def generated_name(name: str) -> bool:
    """Whether a file's name marks it generated: `<name>.generated.<ext>` (or `_generated`, `-generated`)."""
    return "enerated." in name and _GENERATED_NAME.search(name) is not None


def walked_kind(path: str) -> bool:
    """Whether a folder walk reads a file of this name by its kind (a suffix scan has an extractor for, a template's
    inner one, a container build file, or Netlify's `_redirects`: kind_suffix), as the walk below tests inline for
    speed. A patch is read only when named on the command line or matched by the config's `scan.include`; a gettext
    catalogue (`.po`) in its translators' own links (scan.plain); a gettext template (`.pot`) never
    (GENERATED_SUFFIXES)."""
    name = os.path.basename(path)
    dot = name.rfind(".")
    if dot <= 0 and name == "_redirects":
        return True
    return family_of(kind_suffix(path)) is not None and (dot <= 0 or bool(name[:dot].strip(".")))


def walked(relative: str) -> bool:
    """Whether `utmlint scan .` run at a repository's root with the default config reads the file at `relative`
    (`/`-separated): a kind it reads (walked_kind), not a tool's copy (generated), and in no folder the walk leaves
    (SKIPPED_FOLDERS such as `build/` and `vendor/`, but a `build/` folder's build_source files, a hidden folder not
    PUBLISHED_HIDDEN, a test's data) nor excluded
    by the default excludes (`action.yml`). A repository's own `.gitignore` and config are not read here."""
    parts = relative.replace("\\", "/").strip("/").split("/")
    folders = parts[:-1]
    skipped = SKIPPED_FOLDERS.intersection(folders)
    if skipped == {_BUILD} and build_source(parts[-1]):
        skipped = set()  # a team's packaging in `build/`: its Dockerfiles and docs (build_source)
    if skipped or hidden("/".join(parts)):
        return False
    if any(test_data_folder(part, folders[:at]) for at, part in enumerate(folders)):
        return False
    excludes, _ = scan_excludes(DEFAULT_EXCLUDE)
    if any(matches_any("/".join(parts[:end]), excludes) for end in range(1, len(parts) + 1)):
        return False
    return walked_kind("/".join(parts[-2:])) and generated(relative) is None


def generated(path: str) -> Optional[str]:
    """Why scan never reads the file at `path` (a lock file, a link checker's cache: GENERATED_FILES; a file named
    generated: generated_name; a recorded HTTP response: RECORDED_FOLDERS; a test fixture: fixture_name), or None."""
    found = GENERATED_FILES.get(os.path.basename(path)) or GENERATED_SUFFIXES.get(os.path.splitext(path)[1].lower())
    if found is None and generated_name(os.path.basename(path)):
        return _GENERATED
    if found is None and fixture_name(os.path.basename(path)):
        return _FIXTURE
    if found is None and "cassettes" in path \
            and RECORDED_FOLDERS.intersection(path.replace("\\", "/").split("/")[:-1]):
        return _RECORDED
    return found


_NAME = attrgetter("name")
new_target = tuple.__new__


class Target(NamedTuple):
    path: str  # absolute
    family: str
    info: Optional[os.stat_result] = None  # its lstat, taken in the walk when asked (the cache's stamp)


class Found(NamedTuple):
    targets: List[Target]
    missing: List[str]
    notes: List[Tuple[str, str]]  # (path, message)


class _Ignore:
    """.gitignore rules, folder by folder: the last matching pattern wins, `!` re-includes. Each pattern is
    compiled once, and the rules that apply in a folder (its own and its parents') are gathered once per
    folder, not once per file."""

    def __init__(self):
        self.rules: Dict[str, List[Tuple[Callable[[str], bool], bool, bool]]] = {}  # folder -> (match, negated, dir_only)
        self._chains: Dict[str, List[Tuple[str, list]]] = {}  # folder -> [(base + sep, its rules)], outermost first

    def load(self, folder: str) -> None:
        try:
            with open(os.path.join(folder, ".gitignore"), encoding="utf-8", errors="replace") as handle:
                lines = handle.read().splitlines()
        except OSError:
            return
        rules = []
        for line in lines:
            line = line.rstrip()
            if not line or line.startswith("#"):
                continue
            negated = line.startswith("!")
            pattern = line[1:] if negated else line
            dir_only = pattern.endswith("/")
            rules.append((matcher([pattern.rstrip("/")]), negated, dir_only))
        if rules:
            self.rules[folder] = rules
            self._chains.clear()

    def _chain(self, folder: str) -> List[Tuple[str, list]]:
        chain = self._chains.get(folder)
        if chain is None:
            chain, start = [], folder
            while True:
                rules = self.rules.get(folder)
                if rules:
                    chain.append((os.path.join(folder, ""), rules))
                parent = os.path.dirname(folder)
                if parent == folder:
                    break
                folder = parent
            chain.reverse()
            self._chains[start] = chain
        return chain

    def ignored(self, path: str, is_dir: bool) -> bool:
        if not self.rules:
            return False
        verdict = False
        for base, rules in self._chain(os.path.dirname(path)):
            relative = path[len(base):].replace(os.sep, "/")  # `path` lies under `base`: both are normalised
            for match, negated, dir_only in rules:
                if dir_only and not is_dir:
                    continue
                if match(relative):
                    verdict = not negated
        return verdict


def is_campaign_file(config: Config, path: str, relative: Optional[str], sniff: bool = True) -> bool:
    """Whether `lint` owns this YAML file: the config's include globs say so, or (no config) it has a
    top-level `campaign:` key, the same test `lint` applies."""
    if not path.endswith((".yaml", ".yml")):
        return False
    if config.source is not None:
        target = relative if relative is not None else os.path.basename(path)
        return matches_any(target, config.include) and not matches_any(target, config.exclude)
    if not sniff:
        return False  # the scanner sniffs the bytes it reads anyway
    try:
        with open(path, "rb") as handle:
            head = handle.read(65536)
    except OSError:
        return False
    from ..discovery import looks_like_campaign

    return looks_like_campaign(head)


class Discovery:
    def __init__(self, config: Config, stat: bool = False):
        self.config = config
        settings = config.scan or {}
        self.include = list(settings.get("include", []))
        self.exclude = list(settings.get("exclude", []))
        self.ignore = _Ignore()
        self.stat = stat  # stat each file found in the walk (Target.info), relative to its folder's fd
        self.walked: set = set()  # folders listed whole
        self.roots: List[str] = []  # folders walked from
        self.excludes, self.hidden = scan_excludes(config.exclude)  # `.*` spares PUBLISHED_HIDDEN
        self.unread: List[str] = []  # files of a text kind scan does not read (UNREAD_TEXT), for `--show-files`
        self.skipped: List[Tuple[str, str]] = []  # (folder or file, why) of test data, recordings and generated files
        # left out, for `--show-files`
        self._in_build: set = set()  # the `build/` folders a walk enters, and theirs: only build_source files read
        # folders of this run that another config governs (commands/scan.py's `scanner_for`): never walked into
        self.nested: frozenset = frozenset()

    def family(self, path: str, relative: Optional[str]) -> Optional[str]:
        family = family_of(kind_suffix(path))
        target = relative if relative is not None else os.path.basename(path)
        if family is None and self.include and matches_any(target, self.include):
            family = "plain"
        if family is None:
            return None
        if self.exclude and matches_any(target, self.exclude):
            return None
        if is_campaign_file(self.config, path, relative, sniff=False):
            return None
        return family

    def _excluded_dir(self, full: str, name: str) -> bool:
        if full in self.nested:
            return True  # its own config's: scanned by that config's scanner
        if name in RECORDED_FOLDERS:
            self.skipped.append((full, _RECORDED_FOLDER))
            return True
        if name in SKIPPED_FOLDERS and name != _BUILD:
            return True
        if (name in TEST_DATA_FOLDERS or "-" in name or "_" in name) and test_data_folder(
                name, (self.config.relative_to_root(full) or full).replace("\\", "/").split("/")[:-1]):
            self.skipped.append((full, _TEST_DATA if name in TEST_DATA_FOLDERS else _TEST_HARNESS))
            return True
        relative = self.config.relative_to_root(full)
        if relative is not None and ((self.hidden and hidden(relative, folder=True)) or
                                     matches_any(relative, self.excludes) or
                                     (self.exclude and matches_any(relative, self.exclude))):
            return True
        return self.ignore.ignored(full, True)

    def _excluded_by_name(self, full: str) -> str:
        """Why a folder named on the command line is left out by its own path (a hidden `.docs`, the config's
        exclude), or "": a walk starting in it finds none of its files."""
        relative = self.config.relative_to_root(full)
        if relative is None or relative in ("", "."):
            return ""
        if self.hidden and hidden(relative, folder=True):
            return ("is a hidden folder, which the default exclude `.*` leaves out of a scan; not walked (name its "
                    "files to scan them)")
        if matches_any(relative, self.excludes) or self.exclude and matches_any(relative, self.exclude):
            return "is excluded by the config's `exclude`; not walked (name its files to scan them)"
        return ""

    def listing(self, folder: str) -> List[Target]:
        """The files a walk of `folder` would find in it, not in its subfolders, leaving what this run walked as it
        was (the cache prunes by it): the siblings of a file named on the command line (scan.run's folder
        collections)."""
        roots, walked, unread, skipped = self.roots, self.walked, self.unread, self.skipped
        self.roots, self.walked, self.unread, self.skipped = [], set(), [], []
        try:
            self._load_parents(os.path.join(folder, "x"))
            return self.walk(folder, into=False)
        finally:
            self.roots, self.walked, self.unread, self.skipped = roots, walked, unread, skipped

    def walk(self, folder: str, into: bool = True) -> List[Target]:
        """Regular files under `folder` (scandir's file types: no stat per file, links not followed).
        The same tests as `family` in the order that drops most files soonest: a file of a kind scan does
        not read costs one dictionary lookup; every glob is compiled once per walk, not once per file, and
        a test with nothing to test (no exclude, no .gitignore above) is not made. Each folder is listed
        through its descriptor, so with `stat` a file's lstat resolves its name alone, not its whole path
        (on a deep tree most of a stat's cost)."""
        found: List[Target] = []
        built: List[Target] = []  # llms-full.txt files, read unless the pages the walk finds write their links
        pages: List[str] = []  # the docs pages the walk finds (docs_page): what an llms-full.txt may be built from
        stack = [folder]
        self.roots.append(folder)
        config = self.config
        ignore = self.ignore
        excludes, hiding = self.excludes, self.hidden
        excluded = matcher(excludes) if excludes else None
        lint_excluded = matcher(config.exclude) if config.exclude else None  # lint's view of a campaign file
        names, by_path = _split_excludes(excludes)
        by_name = name_matcher(names) if names else None
        in_folder = matcher(names) if names else None
        scan_include = matcher(self.include) if self.include else None
        scan_exclude = matcher(self.exclude) if self.exclude else None
        campaign_include = matcher(config.include) if config.source is not None else None
        prefix = config.root_prefix()
        stat = self.stat
        flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        by_fd = os.scandir in os.supports_fd
        in_build = self._in_build
        while stack:
            directory = stack.pop()
            packaging = directory in in_build  # a `build/` folder or below: only build_source files are read
            fd = None
            try:
                if by_fd:
                    fd = os.open(directory, flags)
                    with os.scandir(fd) as listing:
                        entries = sorted(listing, key=_NAME)
                else:
                    with os.scandir(directory) as listing:
                        entries = sorted(listing, key=_NAME)
            except OSError:
                if fd is not None:
                    os.close(fd)
                continue
            try:
                self.walked.add(directory)
                if any(entry.name == ".gitignore" for entry in entries):
                    ignore.load(directory)
                ignoring = bool(ignore.rules) and bool(ignore._chain(directory))
                inside = os.path.join(directory, "")
                base = inside[len(prefix):].replace(os.sep, "/") if inside.startswith(prefix) else None
                # A pattern naming one component (`.*`, `node_modules`) excludes a file when it names one of
                # its folders (tested once here) or the file's own name: the whole path is not matched per file.
                whole_folder = base is not None and base != "" and (
                    (in_folder is not None and in_folder(base[:-1])) or (hiding and hidden(base, folder=True)))
                subdirs = []
                # a Hugo site's root: its `public/` is the site Hugo built (hugo_site)
                hugo = any(entry.name == HUGO_OUTPUT for entry in entries) and hugo_site(e.name for e in entries)
                motd_folder = os.path.basename(directory) == MOTD_FOLDER  # a login banner's scripts (kind_suffix)
                for entry in entries:
                    name = entry.name
                    try:
                        if not entry.is_file(follow_symlinks=False):
                            if hugo and name == HUGO_OUTPUT and entry.is_dir(follow_symlinks=False):
                                self.skipped.append((inside + name, _HUGO_BUILT))
                                continue
                            if entry.is_dir(follow_symlinks=False) and not self._excluded_dir(inside + name, name):
                                subdirs.append(inside + name)
                                if packaging or name == _BUILD:
                                    in_build.add(inside + name)
                            continue  # else a symbolic link, pipe, socket or device
                    except OSError:
                        continue
                    if packaging and not build_source(name):
                        continue  # a build's output, or anything but a team's packaging files
                    dot = name.rfind(".")  # os.path.splitext's suffix: leading dots start no suffix
                    family = None
                    if dot > 0:
                        suffix = name[dot:]
                        family = FAMILIES.get(suffix)
                        if family is None and not suffix.islower():
                            family = FAMILIES.get(suffix.lower())
                        if family is not None and name[0] == "." and not name[:dot].strip("."):
                            family = None  # `..md`: dots only before it
                    elif name == "_redirects":  # Netlify's redirect table (scan.manifest), in whatever folder is
                        family = "plain"  # published: the root, `public/` (Vite, Astro), `static/` (Hugo) (stranger11 R3)
                    elif dot < 0 and PLAIN_TEXT_NAMES.fullmatch(name):
                        family = "plain"  # `NEWS`, `ChangeLog`, Google Play's `whatsnew-en-US`: release notes (kind_suffix)
                    elif dot < 0 and (name in SHELL_SCRIPT_NAMES or motd_folder and RUN_PARTS_NAME.fullmatch(name)):
                        family = "code"  # `PKGBUILD`, `APKBUILD`: a package's build script; `update-motd.d/99-one-click`:
                        # a server image's login banner; shell scripts (kind_suffix)
                    # a template's suffix in any case (`x.HTML.IN`), as kind_suffix and the hook read it (stranger14 R16)
                    if dot > 0 and (suffix in TEMPLATE_SUFFIXES or not suffix.islower()
                                    and suffix.lower() in TEMPLATE_SUFFIXES) or family is None and name[0] in "DdCc" \
                            and name[1:4].lower() in ("ock", "ont"):
                        family = FAMILIES.get(kind_suffix(name))  # `page.html.in`, `Dockerfile`, `Containerfile.dev`
                    if family is None and scan_include is None:
                        if dot > 0 and (name[dot:].lower() in UNREAD_TEXT or name[dot:].lower() in GENERATED_SUFFIXES
                                        or name[dot:].lower() in UNREAD_WHY) \
                                and name[0] != "." \
                                and not (ignoring and ignore.ignored(inside + name, False)):
                            self.unread.append(inside + name)  # `--show-files` says so (and why) when it holds `utm_`
                        continue  # not a kind scan reads
                    if dot > 0 and docs_page(name):
                        pages.append(inside + name)
                    if name in GENERATED_FILES and name != _BUILT_FROM_PAGES or (
                            "ixture" in name and fixture_name(name)):
                        continue  # a lock file, a link checker's cache: a tool's copies of links; a test fixture
                    if "enerated." in name and generated_name(name):
                        if not (ignoring and ignore.ignored(inside + name, False)):
                            self.skipped.append((inside + name, _GENERATED))  # `--show-files` says so (stranger13 R8)
                        continue  # a generated file: a tool's copies of links
                    full = inside + name
                    if ignoring and ignore.ignored(full, False):
                        continue
                    if hiding and name[0] == ".":
                        continue  # a hidden file (`.*`)
                    if excluded is not None or scan_include is not None or scan_exclude is not None \
                            or campaign_include is not None or hiding:
                        if base is not None:
                            relative = base + name
                            if whole_folder or (by_name is not None and by_name(name)) \
                                    or (by_path is not None and by_path(relative)):
                                continue
                        else:
                            relative = config.relative_to_root(full)
                            if relative is not None and ((excluded is not None and excluded(relative)) or
                                                         (hiding and hidden(relative))):
                                continue
                        target = relative if relative is not None else name
                        if family is None:
                            if not scan_include(target):  # type: ignore[misc]
                                continue
                            family = "plain"
                        if scan_exclude is not None and scan_exclude(target):
                            continue
                        if campaign_include is not None and name.endswith((".yaml", ".yml")) \
                                and campaign_include(target) and not (lint_excluded is not None
                                                                      and lint_excluded(target)):
                            continue  # lint's (is_campaign_file without sniffing: the scanner sniffs what it reads)
                    info = None
                    if stat:
                        try:
                            info = entry.stat(follow_symlinks=False)
                        except OSError:
                            pass  # gone since the listing: the read will say so
                    if name == _BUILT_FROM_PAGES:
                        built.append(new_target(Target, (full, family, info)))  # read unless the walk finds pages
                        continue
                    found.append(new_target(Target, (full, family, info)))  # Target(...) without its Python __new__
            finally:
                if fd is not None:
                    os.close(fd)
            if into:
                stack.extend(reversed(subdirs))
        root = str(config.root)
        if built and (folder != root or not into):
            # a walk of one folder (`scan public/`, a file's siblings): the pages may be elsewhere in the repository
            pages = pages_under(root if os.path.join(folder, "").startswith(os.path.join(root, "")) else folder)
        for target in built:
            # a docs build's concatenation of pages the walk found: their links are judged there; else hand-kept
            if built_from_pages(target.path, pages):
                self.skipped.append((target.path, GENERATED_FILES[_BUILT_FROM_PAGES]))  # `--show-files` says so
            else:
                found.append(target)
        return found

    def _load_parents(self, path: str) -> None:
        """The .gitignore files from the config root down to `path`'s folder."""
        root = str(self.config.root)
        folder = os.path.dirname(path)
        chain = []
        while folder.startswith(root) and folder not in self.ignore.rules:
            chain.append(folder)
            parent = os.path.dirname(folder)
            if parent == folder:
                break
            folder = parent
        for item in chain:
            self.ignore.load(item)

    def collect(self, paths: List[str]) -> Found:
        targets: List[Target] = []
        missing: List[str] = []
        notes: List[Tuple[str, str]] = []
        for given in paths:
            full = os.path.abspath(given)
            if os.path.islink(full):
                # a symbolic link named to be checked (a docs site's `docs/index.md -> ../README.md`): its target is
                # scanned when it is a file inside the project, as if named (stranger16 R19: "Nothing checked",
                # exit 0, with `emial` in it); a walk never follows one, and one leading out of the project is not
                target = os.path.realpath(full)
                if os.path.isfile(target) and self.config.relative_to_root(target) is not None:
                    notes.append((given, f"is a symbolic link: scanned its target, {display(target)}"))
                    full = target
                else:
                    notes.append((given, "is a symbolic link to no file inside the project; scan does not follow it "
                                         "(name its target instead)"))
                    continue
            if os.path.isfile(full) and generated(full) and not (
                    os.path.basename(full) == _BUILT_FROM_PAGES and not built_from_pages(full, pages_under(
                        str(self.config.root) if self.config.relative_to_root(full) is not None
                        else os.path.dirname(full)))):
                notes.append((given, generated(full)))
            elif os.path.isdir(full):
                self._load_parents(os.path.join(full, "x"))
                walked = self.walk(full)
                targets.extend(walked)
                why = self._excluded_by_name(full) if not walked else ""
                if why:  # a folder named and left out by its own name: said, not "Nothing checked" alone (stranger16 R16)
                    notes.append((given, why))
            elif os.path.exists(full):
                relative = self.config.relative_to_root(full)
                family = self.family(full, relative)
                if family is None and not is_campaign_file(self.config, full, relative):
                    family = "plain"  # named explicitly: read it as text whatever its extension
                if family is not None:
                    targets.append(Target(full, family))
            else:
                missing.append(given)
        if len(paths) > 1:  # one folder's walk names each file once
            seen: set = set()
            targets = [t for t in targets if not (t.path in seen or seen.add(t.path))]
        return Found(targets, missing, notes)


def _split_excludes(patterns):
    """(the patterns naming one path component anywhere, matcher of the others), None for an empty group. `node_modules` or `*.min.js` (no `/`, no `**`) matches a path when it matches one of its
    components; a pattern with a `/` or `**` is matched against the whole path."""
    by_name, by_path = [], []
    for pattern in patterns:
        plain = pattern.strip().replace("\\", "/")
        (by_name if plain and "/" not in plain and "**" not in plain else by_path).append(pattern)
    return (by_name or None), (matcher(by_path) if by_path else None)


def read_whole(path: str, limit: int) -> Tuple[Optional[bytes], Optional[str]]:
    """The file's bytes through safeio's bounded reader, or why not (never raises)."""
    from ..safeio import ReadRefused, read_regular

    try:
        return read_regular(path, limit, "a scanned file", follow=False), None
    except ReadRefused as refused:
        return None, f"{refused}; not scanned"


def display(path: str) -> str:
    from ..discovery import display_path

    return display_path(Path(path))
