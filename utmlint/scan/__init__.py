"""`utmlint scan`: tracked links in docs, templates, code and data files.

One module per file family finds the URLs (markdown, rest, html, code, data, plain, on the shared finder
in core); `extract` turns a file's bytes into located `Occurrence`s, or a located note saying why a file
was skipped. Nothing here is imported by `utmlint lint`.
"""

from __future__ import annotations

import importlib
import re
from typing import Dict, List, Optional, Tuple

from ..records import NamedTuple

FAMILIES: Dict[str, str] = {}
for _family, _suffixes in {
    # lychee's Markdown kinds (R and Quarto documents, the old spellings), and SuperMD (Zig's site)
    # and Markdoc's and mdsvex's (Markdown with tags or Svelte in it)
    # and Cursor's rules (`.cursor/rules/*.mdc`: Markdown with front matter; stranger16 R8: `.cursor` was walked, its
    # rules never read)
    "markdown": "md markdown mdx qmd rmd mkd mkdn mdwn mdown mkdown smd mdoc markdoc svx mdc",
    # reStructuredText's other suffix (`.rest`: docutils and Sphinx read it as `.rst`; corpus 51: neither read nor listed)
    "rest": "rst rest",
    # TeX and LaTeX: a beamer deck, a course's or a book's chapter (`\\href{url}{text}`, `\\url{url}`: scan.tex; corpus 49)
    "tex": "tex ltx",
    # a stylesheet's links: `url(...)`, a WordPress theme's `Theme URI:` header; AsciiDoc (Antora, Spring's docs):
    # bare URLs and `link:` macros, a macro's `[text]` and listing blocks left out (scan.plain)
    # Go's `present` talks (`.slide`: text with `[[url][text]]` links; golang/website's `_content/talks/`, corpus 7 #58)
    # A database's rows (`.sql`: a dump, a seed, a migration), its links only as written (stored_rows)
    # Translation catalogues of `key=value` or `"key" = "value";` lines: Java's `.properties` resource bundles
    # (`messages_de.properties`: a Spring or IntelliJ plugin's UI text) and Apple's `.strings` (`Localizable.strings`):
    # a translated sentence's link (`upgrade=Get <a href="https://...?utm_source=app">Pro</a>`) is the team's own
    # writing, one line each (corpus 50: neither was read nor listed by `--show-files`, a silent miss)
    # A gettext catalogue (`.po`): its translations only, a translator's own link (scan.plain; the note above
    # scan.files.UNREAD_WHY on why a walk left it out until session 48)
    # Documentation in the markups with no reader of their own (scan.docmarkup: each kind's link forms, comments and
    # code blocks): Org, Textile, RDoc, POD, MediaWiki, DokuWiki and Creole, Texinfo, troff man pages (`.man`, `.roff`;
    # a page named by its section, `ls.1`, is not taken by its suffix alone). corpus 51: listed by `--show-files`, or not
    # seen at all, by a folder scan: a silent miss of their links
    # Linux packaging's text: RPM's `.spec` (its `URL:` and `%description`) and a desktop entry (`.desktop`: `URL=`,
    # `Comment=`); Terraform's `templatefile()` templates (`.tftpl`) with no inner suffix, a banner or a config's text
    # (`user_data.sh.tftpl` is read by its inner one: kind_suffix). corpus 54: neither read nor listed by a folder scan
    "plain": "txt css adoc asciidoc slide sql properties strings po org textile rdoc pod wiki mediawiki dokuwiki "
             "creole texi texinfo txi man roff spec desktop tftpl",
    # Elixir's templates (EEx, Phoenix's HEEx and LiveView's LEEx) are HTML with `<%= %>` and `{...}` code in it;
    # PHP's includes and view templates (`.inc`, `.phtml`) are PHP's pages too: php.net's `include/pregen-news.inc`
    # writes its news as HTML, `&amp;` in each `<a href>` (corpus 11 #43-#49)
    # FreeMarker's `.ftl` (Keycloak's site writes its newsletters as `blog/*.ftl` pages: corpus 15 #70; a Fluent
    # catalogue shares the suffix, its messages text with an occasional `<a href>`, read alike); Smarty's `.tpl`
    # (PrestaShop's and WHMCS's pages and e-mails) and Go's `.tmpl` pages, unless an inner suffix names another kind
    # (`values.yaml.tmpl`, `main.go.tpl`: kind_suffix); the page and e-mail templates of other stacks: ASP.NET's Razor
    # views (`.cshtml`, `.razor`) and Web Forms (`.aspx`, `.ascx`), JSP, old Rails' `.rhtml`, Velocity (`.vm`), 11ty's
    # WebC, AdonisJS' Edge, Marko, Mako, ColdFusion (`.cfm`), Vento (`.vto`)
    # XML translation catalogues are XML, as Android's `strings.xml` is: XLIFF (`.xlf`, `.xliff`: Symfony's and
    # Angular's translations, a `<target>` beside each `<source>`, a link's markup written `&lt;a href=...`) and
    # .NET's `.resx` (`<data name=...><value>`) (corpus 50: none was read nor listed, a silent miss)
    "html": "html htm xhtml xul mjml jinja j2 jinja2 liquid hbs handlebars mustache njk erb ejs php phtml inc xml svg "
            "twig gohtml eex heex leex ftl tpl tmpl cshtml razor jsp jspx aspx ascx rhtml vm webc edge marko mako "
            "cfm vto xlf xliff resx",
    # Pug's attributes are JavaScript expressions, Astro's front matter is TypeScript (its markup JSX-like); R's
    # scripts and Shiny apps (`.R`, `.r`: rweekly's archive writes its issues' links as `json/*.r`, corpus 13); Haml's
    # and Slim's attributes and `link_to` calls are Ruby (`%a{href: "..."}`, `= link_to(t(...), "https://...")`:
    # codebar's donation page, corpus 11 #156); C, C++ and Objective-C sources and headers (a client's
    # `constants.h`: mozilla-vpn-client's `?utm_medium=mozillavpn&utm_source=account`, corpus 5 #276); a container
    # build file (`Dockerfile`, `Containerfile`: kind_suffix), its `LABEL`s the image's description and links; shell
    # scripts (`.sh`, `.bash`: an installer's printed sign-up link, La Growth Machine's install.sh, corpus 43 #37; a GitHub
    # Action's entrypoint.sh echoing the PR comment it posts, monit.rs', corpus 44 #28), only their text read, never run; Pug's
    # old name (`.jade`) and Rails' JSON views (`.jbuilder`, Ruby); ActionScript (`.as`: an Adobe AIR or Flash app's
    # screens, `public var websiteURL:String = "http://...?utm_source=airapp&utm_medium=desktop..."`, Gametrekking
    # Omnibus' game, corpus 46 #16-#23; AngelScript shares the suffix, C-like alike); infrastructure as code: Terraform
    # and OpenTofu (`.tf`, `.tfvars`, `.tofu`), HashiCorp's other HCL (`.hcl`: Packer's `.pkr.hcl`, Terragrunt's;
    # Nomad's `.nomad`), Nix expressions (`.nix`): quoted strings, `#` comments, `${...}` interpolation, as a shell
    # script's (a module's `output` pointing its users at the maker's console, a package's `homepage`; corpus 54: none
    # was read nor listed by a folder scan, a silent miss)
    "code": "js mjs cjs jsx ts tsx mts cts vue svelte py rb go java kt kts swift rs dart cs scala qml pug astro ex exs "
            "r haml slim jade jbuilder c h cc cpp cxx hpp hh hxx m mm dockerfile sh bash as tf tfvars tofu hcl nomad "
            "nix",
    # JSON Lines (`.jsonl`, `.ndjson`: one JSON document a line, a data set's records: ZenML's scraped articles with
    # their publishers' tags, corpus 22 #18-#20) are read as JSON is
    # Flutter's Application Resource Bundles (`.arb`: `lib/l10n/app_de.arb`) are JSON, each message a value, its
    # `@key` object the translators' notes (corpus 50: not read nor listed, a silent miss)
    "data": "json webmanifest jsonl ndjson yaml yml toml csv arb",
    "notebook": "ipynb",  # code and Markdown cells; outputs (a run's printed text) are skipped
}.items():
    for _suffix in _suffixes.split():
        FAMILIES["." + _suffix] = _family
DEFAULT_SUFFIXES = tuple(FAMILIES)

MAX_SCAN_BYTES = 8 * 1024 * 1024  # bigger is a bundle or a dump, not a file someone edits
_SNIFF = 8192

# A binary file's kind, named only where its suffix says it: a PNG was told "a spreadsheet, a PDF or an archive" and
# to export it as CSV (review of session 40, L4). What to do about each is scan.run._UNREADABLE_ADVICE's, by these words.
BINARY_KINDS = {
    **dict.fromkeys((".xlsx", ".xlsm", ".xls", ".ods", ".numbers"), "a spreadsheet: its cells are not stored as text"),
    ".pdf": "a PDF: its text is not stored as plain text",
    **dict.fromkeys((".docx", ".doc", ".odt", ".pptx", ".ppt", ".odp", ".pages"),
                    "a document: its text is not stored as plain text"),
    **dict.fromkeys((".zip", ".gz", ".tgz", ".tar", ".7z", ".rar", ".bz2", ".xz"), "an archive: the files in it are packed"),
}


# What a UTF-16 file saved without its byte order mark is said to be (binary_note): it holds NUL bytes, every other one
UNMARKED = "text without a byte order mark"


def unmarked_utf16(head: bytes) -> str:
    """"utf-16-le" or "utf-16-be" when the bytes read as UTF-16 text saved without its byte order mark (a NUL in nearly
    every odd byte, or every even one, and almost none in the others: ASCII text widened), else "" (review41 L5: such a
    CSV was told "binary file ... no text to read links from")."""
    if len(head) < 8:
        return ""
    odd, even = head[1::2], head[0::2]
    for nuls, chars, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls.count(0) >= 0.9 * len(nuls) and chars.count(0) <= 0.02 * len(chars):
            return encoding
    return ""


# A compiled property list: Xcode's build writes an app's Localizable.strings (and Info.plist) in Apple's binary form,
# `bplist00`, and some repositories commit that output. Its text is the build's copy of a text .strings or .plist
# file, whose links are read there: named to scan (the pre-commit hook passes every .strings file, UTF-16 ones
# included), it is skipped, said on stderr, never told file-unreadable (review47b F1).
COMPILED_PLIST = ("binary file (a compiled property list, `bplist00`: the build's copy of a text .strings or .plist "
                  "file, whose links are read there); not scanned")


def compiled_plist(head: bytes) -> bool:
    return head.startswith(b"bplist")


# An MPEG transport stream segment (`seg0.ts`, HLS video a player's tests or demo keep) shares TypeScript's suffix:
# the pre-commit hook passes every `.ts` by name, and told file-unreadable it failed the commit of a video fixture
# that `scan .` only notes (review48 F2). Known by its sync byte, 0x47 at the start of every 188-byte packet.
MPEG_TS = "binary file (an MPEG transport stream, a video segment: not TypeScript); not scanned"


def mpeg_ts(head: bytes) -> bool:
    return len(head) > 376 and head[0] == head[188] == head[376] == 0x47


# A binary file of a known format named to scan is skipped, said on stderr, never told file-unreadable
KNOWN_BINARY = (COMPILED_PLIST, MPEG_TS)


def known_binary(head: bytes) -> str:
    """The mark of a known binary format the file's first bytes show ("bplist", "mpegts"), else ""."""
    return "bplist" if compiled_plist(head) else "mpegts" if mpeg_ts(head) else ""


def binary_note(suffix: str, head: bytes = b"") -> str:
    """The one wording of a file not read because it holds NUL bytes (binary), whichever way it was found: named, in a
    folder, with `utm_` in it or not, on standard input; UTF-16 text saved without its byte order mark said as such,
    and a compiled property list (`head`: the file's first bytes, when at hand)."""
    if compiled_plist(head):
        return COMPILED_PLIST
    if mpeg_ts(head):
        return MPEG_TS
    unmarked = unmarked_utf16(head) if head else ""
    if unmarked:
        return f"{unmarked[:6].upper()} {UNMARKED} (a NUL in every other byte); not scanned"
    kind = BINARY_KINDS.get(suffix.lower())
    return f"binary file ({kind}); not scanned" if kind else \
        "binary file (it holds NUL bytes): no text to read links from; not scanned"


class Occurrence(NamedTuple):
    """One tracked URL as written in a file. `start`/`end` are character offsets in the decoded text,
    `byte_start`/`byte_end` the same span in the file's bytes; `url` has its entities decoded and
    `offsets[i]` is where character i of `url` is written (one extra entry: the end)."""

    line: int
    column: int
    start: int
    end: int
    byte_start: int
    byte_end: int
    url: str
    offsets: Tuple[int, ...]
    family: str


class Note(NamedTuple):
    """Why a file (or part of it) was not scanned, at a position."""

    line: int
    column: int
    message: str


class Record(NamedTuple):
    """One tracked link in the inventory (`scan --links`)."""

    path: str
    line: int
    column: int
    url: str
    params: Tuple[str, ...]  # utm_source, utm_medium, utm_campaign, utm_content, utm_term; "" when absent
    channel: str
    # whose the link is as scan judged it (scan.inventory.OWN, COPIED, SET_ASIDE), and why when not the team's own:
    # `utmlint import --preset scan` imports only the team's own (newuser46 F21)
    whose: str = "own"
    why: str = ""


class Extracted(NamedTuple):
    text: Optional[str]  # None when the file was not read as text
    occurrences: List[Occurrence]
    notes: List[Note]
    bom: bool = False
    encoding: str = "utf-8"  # what a fixed file is written back in (a UTF-16 sheet stays UTF-16)


# A file a build tool writes another from, named for it: `conclusion.html.in` (configure's and CMake's
# `configure_file`: mozilla-vpn-client's macOS installer page, corpus 5 #275) is read as `conclusion.html` is, and so
# is a template named for what it renders (`welcome.html.tmpl`, `config.json.template`, `main.go.tpl`)
# and Terraform's `templatefile()` templates by its convention (`user_data.sh.tftpl`, `cloud-init.yaml.tftpl`)
TEMPLATE_SUFFIXES = frozenset({".in", ".tmpl", ".template", ".tpl", ".tftpl"})
# Container build files, named without a kind's suffix: `Dockerfile`, `Dockerfile.dev`, `Containerfile` (Podman's);
# `web.dockerfile` has one (".dockerfile", the code family: `#` starts a comment)
CONTAINER_FILES = ("dockerfile", "containerfile")
# Package build scripts named without a suffix, shell scripts by their format: Arch's `PKGBUILD` (the AUR's), Alpine's
# `APKBUILD` (a package's `url=`, its `pkgdesc`); read as `.sh` (corpus 54: never read by a folder walk)
SHELL_SCRIPT_NAMES = frozenset({"PKGBUILD", "APKBUILD"})


# Text files named for what they are, without a suffix: a project's README and release notes as GNU and older projects
# name them (`README`, `NEWS`, `ChangeLog`, `CHANGES`, `HISTORY`, `RELEASE_NOTES`), and Google Play's "What's new" text
# as the Play publishing actions upload it, one file a language (`distribution/whatsnew/whatsnew-en-US`): read as plain
# text. A store's release notes are a campaign's first link to the new version for many users; unread, their tags were
# never seen (corpus 52's README).
# And a server image's static login banner, `/etc/motd` (the welcome text a one-click image shows at each SSH login)
PLAIN_TEXT_NAMES = re.compile(r"(?i)readme|changelog|changes|news|history|release[-_]?notes|releases"
                              r"|whatsnew(-[a-z]{2,3}(-[a-z0-9]{2,8})?)?|motd")
# A server image's login banner scripts: the ones Debian's and Ubuntu's `pam_motd` runs at each SSH login from
# `/etc/update-motd.d/`, named as run-parts takes them (letters, digits, `-` and `_`: `99-one-click`), shell scripts
# printing the welcome text a one-click image (a DigitalOcean droplet, a marketplace AMI) shows with its docs link;
# read as `.sh` (corpus 54 #15: systemprompt's droplet's `update-motd.d/99-one-click`, never read by a folder walk)
MOTD_FOLDER = "update-motd.d"
RUN_PARTS_NAME = re.compile(r"[A-Za-z0-9_-]+")


def motd_script(path: str) -> bool:
    """Whether `path` (`/`-separated) names a login banner script: a name run-parts takes, in `update-motd.d/`."""
    folder, _, name = path.rpartition("/")
    return folder.rpartition("/")[2] == MOTD_FOLDER and RUN_PARTS_NAME.fullmatch(name) is not None


def kind_suffix(name: str) -> str:
    """The suffix a file is read by: the inner one of a template named for what it renders (`conclusion.html.in`,
    `values.yaml.tmpl`: `.html`, `.yaml`), else its own when scan has a kind for it (any case), `.txt` for a text file
    named without a suffix for what it is (PLAIN_TEXT_NAMES: `README`, `NEWS`, `whatsnew-en-US`), `.sh` for a package
    build script (SHELL_SCRIPT_NAMES: `PKGBUILD`) or a login banner script (motd_script: `update-motd.d/99-one-click`,
    read from the path's last folder), `.dockerfile` for a
    container build file (`Dockerfile`, `Dockerfile.prod`, `Containerfile`), else its own (os.path.splitext's, `""` for
    none)."""
    path = name.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    dot = name.rfind(".")
    suffix = name[dot:].lower() if dot > 0 else ""
    if suffix in TEMPLATE_SUFFIXES:
        inner = name.rfind(".", 0, dot)
        if inner > 0 and name[inner:dot].lower() in FAMILIES:
            return name[inner:dot].lower()
    if suffix in FAMILIES:
        return suffix
    if dot < 0 and PLAIN_TEXT_NAMES.fullmatch(name):
        return ".txt"  # `NEWS`, `whatsnew-en-US`: a project's release notes and a store's, as text
    if name in SHELL_SCRIPT_NAMES or dot < 0 and MOTD_FOLDER in path and motd_script(path):
        return ".sh"  # `PKGBUILD`, `APKBUILD`: a package's build script; `update-motd.d/99-one-click`: a login banner
    lower = name.lower()
    if lower.startswith(CONTAINER_FILES) and (lower in CONTAINER_FILES or lower.split(".", 1)[0] in CONTAINER_FILES):
        return ".dockerfile"
    return suffix if dot > 0 else ""


def family_of(suffix: str, extra: Optional[Dict[str, str]] = None) -> Optional[str]:
    suffix = suffix.lower()
    if extra and suffix in extra:
        return extra[suffix]
    return FAMILIES.get(suffix)


# What a guide or a sheet of links is written in: prose (Markdown, reST, AsciiDoc, text) and tables (CSV, TSV)
_SHEET_FAMILIES = ("markdown", "rest", "plain")
_TABLES = (".csv", ".tsv")


def prose_sheet(path: str, place: str = "") -> bool:
    """Whether the file at `path` is written as a guide or a sheet is (prose or a table), not as a page, an e-mail,
    code or config that sends its links' values as written (checks.values.slot_sheet). A newsletter or a post written
    in Markdown or text (its linkplace.link_place, `place`, "email" or "social": Buttondown sends Markdown,
    `newsletters/2026-06-rename.md`, `emails/rename.txt`) sends them as written too (stranger15 R6: its `NEW-NAME` was
    a slot there, a value in the same e-mail's .html.erb). But a guide kept beside them (`emails/README.md`,
    `social/CONTRIBUTING.md`, `emails/docs/tagging.md`, `newsletters/naming-guide.md`) explains the e-mails' tags, it
    is none of them: its slots stay slots (stranger16 R12: the safe --fix lowercased its `YYYY-MM-NAME`)."""
    suffix = kind_suffix(path).lower()
    if not (suffix in _TABLES or family_of(suffix) in _SHEET_FAMILIES):
        return False
    return place not in ("email", "social") or _guide_file(path)


# A file that explains rather than sends: GitHub's own pages of a folder, and a guide by its name or its docs folder
_GUIDE_STEMS = frozenset({"readme", "contributing", "guide", "guides", "guidelines", "conventions", "convention",
                          "howto", "naming", "styleguide"})
_GUIDE_FOLDERS = frozenset({"docs", "doc", "documentation", "guides", "guide"})


def _guide_file(path: str) -> bool:
    """Whether the file at `path` is a guide: a README, CONTRIBUTING, a name with a guide's word (`naming-guide.md`,
    `style-guide.txt`, `HOWTO.md`) or a file below a docs folder; a dated name is an issue of the newsletter
    (`2026-06-buyers-guide.md`)."""
    parts = re.split(r"[/\\]", path or "")
    stem = parts[-1].split(".", 1)[0].lower()
    if re.match(r"(?:19|20)[0-9]{2}[-_]?[01][0-9]", stem):
        return False
    words = set(re.split(r"[^a-z0-9]+", stem))
    return bool(words & _GUIDE_STEMS) or any(p.lower() in _GUIDE_FOLDERS for p in parts[:-1])


_PATCHES = (".patch", ".diff")


def markup_file(path: str) -> bool:
    """Whether a file is written in markup, where `&amp;` is how `&` is written (the html family: HTML, XHTML, XML,
    SVG and their templates), or is a patch of one named for it (`aboutDialog.xhtml.patch`, a fork's
    `aboutDialog-xhtml.patch`: zen-browser's Firefox patches, corpus 7 #146-#148)."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1].lower()
    if name.endswith(_PATCHES):
        stem = name.rsplit(".", 1)[0]
        cut = max(stem.rfind("."), stem.rfind("-"))
        return cut > 0 and FAMILIES.get("." + stem[cut + 1:]) == "html"
    return FAMILIES.get(kind_suffix(name)) == "html"  # `conclusion.html.in` too


def stored_rows(path: str) -> bool:
    """Whether a file holds a database's rows (`.sql`: a dump, a seed, a migration), whose text is the content an app
    shows, edited in the app or the files it is loaded from (syntaxfm's `seed/seed.sql` holds its `shows/*.md` show
    notes again, corpus 4; omnivore's migration stores scraped articles' HTML, corpus 7; givewp's sample posts).
    Its links get only the rules about the URL as written (someone else's tracking, a key GA4 cannot read, `http://`),
    as a code comment's do (scan.judge.CODE_COMMENT), never advice on their values, which are fixed where the content
    is edited; and its text is read as the HTML it mostly is (a post's body: `&amp;` is `&`). A relative link there
    is one between the pages of the site that renders it: utm-internal-link says its tags should go (Judge.file_rows,
    corpus 27 #62)."""
    return path.replace("\\", "/").rsplit("/", 1)[-1].lower().endswith(".sql")


def markdown_file(path: str) -> bool:
    """Whether a file is Markdown, where an entity in a link destination is decoded as CommonMark decodes it
    (`&amp;` is `&`): a Markdown suffix, or a WordPress plugin's or theme's `readme.txt` (Markdown in WordPress's
    readme format, which scan recognises by its `=== Name ===` first line: scan.plain; corpus 12 #191)."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1].lower()
    return name == "readme.txt" or FAMILIES.get(kind_suffix(name)) == "markdown"


# A text file in UTF-16 or UTF-32 starts with its byte order mark: Excel's "Unicode Text" and "CSV UTF-16" exports, a
# marketer's link sheet (stranger15 R10: scan read no `utm_` in them, "All clean", exit 0). UTF-32's marks first: its
# little-endian one starts with UTF-16's.
_WIDE_BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\xfe\xff", "utf-16-be"),
              (b"\xff\xfe", "utf-16-le"))


def wide_encoding(raw: bytes) -> Tuple[str, int]:
    """(the encoding its byte order mark names, the mark's length) of a UTF-16 or UTF-32 file, else ("", 0)."""
    if raw[:1] in (b"\xff", b"\xfe", b"\x00"):
        for mark, encoding in _WIDE_BOMS:
            if raw.startswith(mark):
                return encoding, len(mark)
    return "", 0


# A visit's id copied with a link (scan.core.VISIT_ID: gclid, fbclid, msclkid, gbraid, srsltid, ...), which
# copied-tracking reports with or without utm tags beside it (Instagram's `igsh=` too, igshid's successor).
_VISIT_IDS = (b"clid=", b"clkid=", b"braid=", b"srsltid=", b"igshid=", b"igsh=", b"mc_eid=")


def has_utm(raw: bytes) -> bool:
    """The byte-speed gate: no `utm_` anywhere (any case, or Markdown's escaped `utm\\_`: scan.core.UTM_KEY_MD)
    means nothing to decode or parse. A UTF-16 or UTF-32 file is looked at as its text (one it does not decode as is
    looked at as its bytes and as its text with what does not decode replaced: extract says it does not decode)."""
    encoding, mark = wide_encoding(raw)
    if encoding:
        try:
            raw = raw[mark:].decode(encoding).encode("utf-8")
        except UnicodeDecodeError:
            # looked at as its bytes (a mark on text that is no UTF-16) and as its text with what does not decode
            # replaced (review47b F9: an odd trailing byte made a whole UTF-16 file "no tracked link found", never
            # UTM004): extract then says where it does not decode
            raw = raw + b"\n" + raw[mark:].decode(encoding, "replace").encode("utf-8")
    # (`tm_` first: a file without it holds no `utm_` in lower case, one search fewer than testing `utm_` first, which
    # pays for the visit ids' one `id=`)
    return (b"tm_" in raw and (b"utm_" in raw or b"utm_" in raw.lower())) or b"UTM_" in raw or (
        b"tm\\_" in raw and b"utm\\_" in raw.lower()) or (
        (b"id=" in raw or b"igsh=" in raw) and any(visit in raw for visit in _VISIT_IDS))


# Qt Linguist's translation catalogue shares TypeScript's suffix (`translations/app_de.ts`): an XML file, opening with
# its declaration, `<!DOCTYPE TS>` and a `<TS version=...>` root, which no TypeScript module does. Read as XML (the html
# family, as XLIFF and Android's `strings.xml` are): its messages' markup is written as XML text (`&lt;a href=&quot;
# https://...?utm_source=app&amp;utm_medium=about&quot;&gt;`), where `&amp;` is the catalogue's escape of a right `&`;
# read as TypeScript it was told url-html-escaped, "copied out of an HTML page" (corpus 50, measured beside the corpus).
QT_CATALOGUE = re.compile(r"\s*(?:<\?xml\b[^>]{0,200}\?>\s*)?(?:<!--.{0,2000}?-->\s*)*(?:<!DOCTYPE\s+TS\s*>\s*)?<TS\b",
                          re.DOTALL)


def extract(raw: bytes, suffix: str, options: Optional[dict] = None, family: Optional[str] = None) -> Extracted:
    """Every tracked URL in a file's bytes, located; a file that cannot be read as text yields a note."""
    options = dict(options or {}, suffix=suffix.lower())
    family = family or family_of(suffix) or "plain"
    if not has_utm(raw):
        return Extracted(None, [], [])
    if len(raw) > MAX_SCAN_BYTES:
        return Extracted(None, [], [Note(1, 1, f"file is {len(raw):,} bytes, over the scan limit of {MAX_SCAN_BYTES:,}; not scanned")])
    encoding, mark = wide_encoding(raw)
    if encoding:  # read as its text; findings point into the text (lines and columns), a fix is written back in it
        try:
            text = raw[mark:].decode(encoding)
        except UnicodeDecodeError as error:
            return Extracted(None, [], [Note(1, 1, f"starts with a {encoding[:6].upper()} byte order mark but is not valid "
                                                   f"{encoding[:6].upper()} (at byte {error.start + mark}); not scanned")])
        found = extract(text.encode("utf-8"), suffix, options, family)
        return found._replace(bom=True, encoding=encoding) if found.text is not None else found
    if b"\0" in raw[:_SNIFF]:
        return Extracted(None, [], [Note(1, 1, binary_note(suffix, raw[:_SNIFF]))])
    bom = raw.startswith(b"\xef\xbb\xbf")
    body = raw[3:] if bom else raw
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        line = body.count(b"\n", 0, error.start) + 1
        column = error.start - (body.rfind(b"\n", 0, error.start) + 1) + 1
        return Extracted(None, [], [Note(line, column, f"not valid UTF-8 (byte 0x{body[error.start]:02x}); not scanned")])
    if family == "code" and options["suffix"] == ".ts" and QT_CATALOGUE.match(text):
        family = "html"  # a Qt Linguist catalogue, not TypeScript (QT_CATALOGUE)
    module = importlib.import_module(f"{__name__}.{family}")
    from .core import MAX_URL, TOO_LONG

    too_long: List[Tuple[int, int]] = []
    reset = TOO_LONG.set(too_long)
    try:
        found = module.extract(text, options)
    finally:
        TOO_LONG.reset(reset)
    occurrences = _locate(text, found, family, 3 if bom else 0)
    notes, line, counted = [], 1, 0
    for start, end in sorted(set(too_long)):
        line += text.count("\n", counted, start)
        counted = start
        notes.append(Note(line, start - text.rfind("\n", 0, start), f"a URL of {end - start:,} characters with utm "
                          f"tags, over {MAX_URL:,}: read as data, not as a link; its tags were not checked"))
    if not occurrences and options["suffix"] == ".po":  # every link a `msgid`'s: nothing of the file's own was judged
        at = text.lower().find("utm_")
        line = text.count("\n", 0, at) + 1
        return Extracted(text, [], [Note(line, at - text.rfind("\n", 0, at), MSGIDS_ONLY), *notes], bom)
    return Extracted(text, occurrences, notes, bom)


# Why a gettext catalogue whose links are all in `msgid`s judges nothing (stranger15 R11: "All clean ... 0 tracked links"
# for a file visibly holding `emial`): the run says so and does not count it checked (scan.run)
MSGIDS_ONLY = ("its links are all in `msgid`s, or repeat a `msgid`'s link as written in its `msgstr`s: the source's "
               "strings again, judged where the source writes them (scan the source file); a translator's own link, "
               "one no `msgid` writes, would be read")


def _locate(text: str, found, family: str, byte_shift: int) -> List[Occurrence]:
    out: List[Occurrence] = []
    line, line_start, byte_line_start = 1, 0, 0
    at, byte_at = 0, 0  # the last link's start on this line and its byte: a minified line's links counted on from it
    for item in found:
        # walk forward line by line (found is sorted), counting bytes as we go
        while True:
            newline = text.find("\n", line_start, item.start)
            if newline == -1:
                break
            byte_line_start += len(text[line_start:newline + 1].encode("utf-8"))
            line_start = newline + 1
            line += 1
        if not line_start <= at <= item.start:
            at, byte_at = line_start, byte_line_start
        byte_at += len(text[at:item.start].encode("utf-8"))
        at = item.start
        byte_start = byte_shift + byte_at
        byte_end = byte_start + len(text[item.start:item.end].encode("utf-8"))
        out.append(Occurrence(line, item.start - line_start + 1, item.start, item.end, byte_start, byte_end, item.url,
                              item.offsets, family))
    return out


def scan_text(text: str, suffix: str, options: Optional[dict] = None) -> List[Occurrence]:
    """For tests and callers holding text: the occurrences of `text` as a file with `suffix`."""
    return extract(text.encode("utf-8"), suffix, options).occurrences
