"""What a file is, read from its path alone, for copied-tracking's another-channel reading (checks.tracking): an
e-mail template's links are that e-mail's, a folder of social posts holds the team's own posts, a file about the
team's campaigns its planned links, program code and tests their program's. Kept apart from the rules so that
`utmlint scan` can key its cache by it without importing them (a warm run loads no rule module)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import FrozenSet

from .lazyregex import lazy_compile

# The words of a file's path that say its links are themselves sent in an e-mail or posted on a social network: an
# e-mail template (`templates/email/welcome.html`, `newsletter.mjml`), a folder of social posts (`social/`).
EMAIL_PLACE = frozenset({"email", "emails", "mail", "mails", "mailer", "mailers", "mailing", "newsletter",
                         "newsletters", "mjml"})
SOCIAL_PLACE = frozenset({"social", "tweet", "tweets", "twitter", "linkedin", "facebook", "mastodon", "bluesky",
                          "instagram", "tiktok", "reddit", "discord", "producthunt", "pinterest"})
# A file about the team's own campaigns (`marketing/paid-ads/meta-ads-campaign.md`, `tracking/utm-links.md`): its
# links are the ones the team will post, tagged for where it will post them.
CAMPAIGN_PLACE = frozenset({"marketing", "campaign", "campaigns", "utm", "analytics", "tracking"})
# A file about the team's paid placements (`docs/ads-plan.md`, `paid-ads/meta.md`, `sponsorships.md`): its links are its
# ads and sponsorships, tagged for the newsletter or network they run in (`utm_source=tldr&utm_medium=email`), the
# team's own. Its own name says so even as a documentation page's, which names the page's topic: a page about the
# team's ads plan is that plan (a page about e-mail alerts is no e-mail: _docs_page).
AD_PLACE = frozenset({"ads", "adverts", "advertising", "adwords", "sponsorship", "sponsorships"})
# A file of tests or fixtures: its links are test data (`tests/test_clean_url.py`, `fixtures/links.json`).
TEST_PLACE = frozenset({"test", "tests", "spec", "specs", "fixture", "fixtures", "mock", "mocks", "testdata", "e2e"})
# Program code, whose links are built, posted or parsed by the program (a bot that tweets its links tags them for
# Twitter; a URL parser's example): not a page a reader follows them from. Web pages' sources (`.html`, `.vue`,
# `.svelte`, `.php`, templates) and data (`.json`, `.yaml`, `.csv`, `.sql`) are read as pages and records.
CODE_SUFFIXES = frozenset({".py", ".rb", ".go", ".java", ".kt", ".kts", ".scala", ".rs", ".c", ".h", ".cc", ".cpp",
                           ".hpp", ".cs", ".swift", ".m", ".mm", ".sh", ".bash", ".pl", ".ex", ".exs", ".dart",
                           ".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".jsx", ".tsx", ".lua", ".r", ".jl"})
# Where an app's own e-mails live beside `mailers/` and `email/`: its transactional and notification e-mails, its
# digests, and the folders named for the e-mail service that sends them (`templates/transactional/welcome.html`,
# `app/views/notifications/digest.html.erb`, `postmark/password-reset.mjml`: stranger10 R4).
APP_MAIL_PLACE = frozenset({"transactional", "notification", "notifications", "digest", "digests", "postmark",
                            "sendgrid", "mandrill", "mailgun", "customerio", "sparkpost", "mailjet", "mailchimp"})


# A repository named for its site's domain (`GSA/digitalgov.gov`, `user/user.github.io`), and the files GitHub shows on
# the repository's own page (read there, outside the site: a README's link to the site is a link from GitHub)
_DOMAIN_NAME = lazy_compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}")
_REPOSITORY_FILES = frozenset({"readme", "changelog", "changes", "history", "contributing", "code_of_conduct",
                               "security", "support", "license", "authors", "funding", "governance"})
_PAGE_FAMILIES = frozenset({"markdown", "rest", "html"})
# The page files of the site frameworks whose files build a site's pages: Astro's `.astro` (Astro builds nothing but
# sites), and Vue's (Nuxt) and Svelte's (SvelteKit) in a folder of pages, routes or layouts (`pages/`, `src/routes/`,
# `layouts/`): read as code for their scripts, yet a link in their markup is on the site's page as an HTML template's
# is (corpus 26 #33-#40: EconPedia's `src/pages/blog/*.astro` posts, on a site whose astro.config.mjs says
# `site: 'https://econpedia.dedyn.io'`, tag their CTA to econpedia.dedyn.io itself). A `.vue` or `.svelte` component
# elsewhere may be an app's or a widget's shown on other sites (an in-app link to the site is a way in from outside).
_FRAMEWORK_PAGES = frozenset({".astro"})
_ROUTED_PAGES = frozenset({".vue", ".svelte"})
_PAGE_FOLDERS = frozenset({"pages", "routes", "layouts"})
# And React's, where a site framework routes by folder: Next.js' pages router (`pages/pricing.tsx`, `src/pages/`: every
# file a page, but `_app`/`_document` and the `api/` routes, which serve no page), as Gatsby's and Docusaurus'
# `src/pages/` are, and its app router's page, layout and template files (`app/blog/[slug]/page.tsx`, `app/layout.tsx`:
# the other files of `app/` are components, which may be shown elsewhere). Program code by its suffix (link_place
# "code"), yet a link in its JSX is on the site's page. Asked only where the repository's site is known (named for its
# domain, a CNAME), as every page reading is: a React app's `src/pages/` (a dashboard's screens, novu's and
# RedisInsight's in corpora 2 and 20) in a repository that names no site stays code, its links to the product's site
# a way in from outside; an Expo app's `app/` routes are `index.tsx` and `_layout.tsx`, no `page.tsx`.
_REACT_PAGES = frozenset({".jsx", ".tsx"})
_APP_ROUTER_FILES = frozenset({"page", "layout", "template"})


def _react_page(parts, stem: str) -> bool:
    """Whether a `.jsx`/`.tsx` file at `parts` (its path's parts, its name's `stem`) is a page of a site framework that
    routes by folder (_REACT_PAGES)."""
    folders = [part.lower() for part in parts[:-1]]
    if "pages" in folders:
        below = folders[len(folders) - folders[::-1].index("pages"):]
        return "api" not in below and not stem.startswith("_")
    return "app" in folders and stem.lower() in _APP_ROUTER_FILES


def react_page(path: str) -> bool:
    """Whether the file at `path` is a page of a React framework that routes by folder (a Next.js app router's
    `app/**/page.tsx` or `layout.tsx`, a `pages/` file): a page of the web app whose root layout names its host
    (identity.app_host: Next.js' `metadataBase`), unlike the app's Markdown notes (newuser49 F3)."""
    parts = re.split(r"[/\\]", path or "")
    name = parts[-1]
    dot = name.rfind(".")
    return dot > 0 and name[dot:].lower() in _REACT_PAGES and _react_page(parts, name[:dot])


# The folders a Next.js app's code reads its posts from, beside its `app/` (Contentlayer's and next-mdx-remote's
# `content/`, the blog starter's `posts/` and `_posts/`): an MDX or Markdown file there is a page the app renders
_APP_CONTENT_FOLDERS = frozenset({"content", "posts", "_posts"})


def app_content(in_app: str) -> bool:
    """Whether a file at `in_app`, its path below the folder holding its web app (identity.Identities.in_app:
    `content/blog/launch.mdx` in `apps/web/`), is one of the app's posts: a Markdown or MDX file in a folder beside
    the app's `app/` that its code reads posts from (_APP_CONTENT_FOLDERS), rendered on the app's site (acme.dev/blog,
    newuser49 F8), unlike its other Markdown (`docs/`, `README.md`: notes beside the app, corpus 26 #41)."""
    parts = (in_app or "").split("/")
    return len(parts) > 1 and parts[0].lower() in _APP_CONTENT_FOLDERS and parts[-1].lower().endswith(_DOC_SUFFIXES)


def site_page(path: str) -> bool:
    """Whether the file at `path` is one of a site's pages, when its repository is the site's source: a page or a
    page's template (Markdown, reST, HTML and the templates built on it; Astro's, Vue's, Svelte's, a React framework's
    pages: _react_page), not a file GitHub shows on the repository's
    page (README, CHANGELOG, CONTRIBUTING, anything under `.github/`), nor an e-mail's, a social post's, a campaign
    plan's or program code and tests (link_place). A site generator's config (`docusaurus.config.js`,
    `.vitepress/config.mts`) is one too: its navigation and footer links are on every page."""
    from .scan import family_of

    parts = re.split(r"[/\\]", path or "")
    if _SITE_CONFIG.fullmatch(parts[-1]) and (parts[-1].startswith("docusaurus") or ".vitepress" in parts[:-1]):
        return True  # a site generator's config: its navigation and footer links are on every page
    if parts[-1].lower().endswith(_COMPONENT_SUFFIXES) and theme_override(parts):
        return True  # a docs site generator's theme component: the navbar, footer or banner of every page
    name = parts[-1]
    dot = name.rfind(".")
    suffix = name[dot:].lower()
    framework = suffix in _FRAMEWORK_PAGES or suffix in _ROUTED_PAGES and bool(_PAGE_FOLDERS.intersection(parts[:-1]))
    react = suffix in _REACT_PAGES and dot > 0 and _react_page(parts, name[:dot])
    if dot <= 0 or (family_of(suffix) not in _PAGE_FAMILIES and not framework and not react) or ".github" in parts[:-1]:
        return False
    if name[:dot].lower().split(".")[0] in _REPOSITORY_FILES:
        return False
    # a React page's place by its folders and name, not its suffix (program code's, link_place "code")
    place = link_place("/".join(parts[:-1] + [name[:dot] + ".html"]) if react else path)
    if place == "campaign":  # a post titled for analytics or campaigns is a page still; a `marketing/` folder is not
        place = link_place("/".join(parts[:-1] + ["index" + name[dot:]]))
    return place == ""


_SITE_CONFIG = lazy_compile(r"(?:docusaurus\.config|config)\.(?:mts|ts|mjs|js)")


def theme_override(parts) -> bool:
    """Whether a file at `parts` (its path's parts) is in a docs site generator's own theme folder, the components the
    generator renders every page with: Docusaurus' swizzled components (`src/theme/Navbar/Content/index.js`, the
    folder Docusaurus reads its overrides from), VitePress' and VuePress' theme (`.vitepress/theme/...`,
    `.vuepress/theme/...`). Their navbar's, footer's and banner's links are on every page of the site, as a
    `docusaurus.config.js`'s are (corpus 48 #8 #9: Astronomer's swizzled navbar, on www.astronomer.io/docs, linking
    www.astronomer.io/try-astro/ with tags)."""
    folders = [part.lower() for part in parts[:-1]]
    return any(folders[at + 1] == "theme" and (folder == "src" or folder in (".vitepress", ".vuepress"))
               for at, folder in enumerate(folders[:-1]))


# A site's template's pieces (a footer component, a layout, a partial): where a site writes its outgoing links' tags
_TEMPLATE_FOLDERS = frozenset({"components", "_components", "layouts", "_layouts", "layout", "partials", "_partials",
                               "includes", "_includes", "shortcodes"})


def template_piece(path: str) -> bool:
    """Whether a file is a piece of a site's or an app's template (`src/components/Footer.astro`, `_layouts/`)."""
    return bool(_TEMPLATE_FOLDERS.intersection(re.split(r"[/\\]", path)[:-1]))


# The suffixes of a component a site's pages are rendered from (React's, Vue's, Svelte's, Astro's)
_COMPONENT_SUFFIXES = (".jsx", ".tsx", ".js", ".vue", ".svelte", ".astro")


def rendered_on_site(path: str, page: bool) -> bool:
    """Whether the file is shown on its repository's site: one of its pages (`page`: site_page), or a component of its
    template its pages are rendered from (template_piece: `components/ui/site-nav.tsx`, read as the page it renders:
    not an e-mail's, a test's or a story's). A README, a doc in Markdown, a script are not: a link from them is a way
    in from outside. Asked for a link to a host the site's Google tag measures as one property with it
    (identity.linked_hosts): the linker says the site's pages link those hosts, and a component is on its pages."""
    if page:
        return True
    if not path.lower().endswith(_COMPONENT_SUFFIXES) or not template_piece(path):
        return False
    parts = re.split(r"[/\\]", path)
    stem = parts[-1].rsplit(".", 1)[0]
    return site_page("/".join(parts[:-1] + [stem + ".html"]))


# A site's content kept as data: its posts, pages or their parts as records (a CMS's export, Jekyll's `_data/`, Hugo's
# `data/`, a content collection's `src/content/*.json`), which its pages are built from. The folder words that say so,
# and the data files' suffixes.
_CONTENT_FOLDER_WORDS = frozenset({"content", "contents", "data"})
_CONTENT_SUFFIXES = frozenset({".json", ".yaml", ".yml", ".toml"})


def site_content(path: str) -> bool:
    """Whether the file at `path` is its site's content kept as data, when its repository is the site's source: a
    JSON, YAML or TOML file in a folder named for content or data (`data/content-snapshots/posts.json`,
    `_data/navigation.yml`, `src/content/posts/x.json`), not an e-mail's, a social post's, a campaign plan's or a
    test's (link_place). Its records are the text of the site's pages: a link in them to the site's own host is a link
    between the site's pages, as on a page (site_page; corpus 27 #51-#58: the MechatronicStore blog's posts, kept as
    JSON with their product links to the store on the blog's own host)."""
    parts = re.split(r"[/\\]", path or "")
    name = parts[-1]
    dot = name.rfind(".")
    if dot <= 0 or name[dot:].lower() not in _CONTENT_SUFFIXES:
        return False
    if not any(_CONTENT_FOLDER_WORDS.intersection(_words(part)) for part in parts[:-1]):
        return False
    return link_place(path) == ""


# The words of a file's or folder's name that say the file IS a placement off the web, its design or script: a flyer's
# or poster's source (`print/kubecon-flyer.svg`), a radio or podcast ad's read (`ads/radio-spot-q3.md`), a QR code's
_PLACEMENT_WORDS = frozenset({"print", "printed", "flyer", "flyers", "poster", "posters", "brochure", "brochures",
                              "billboard", "billboards", "radio", "tv", "ad", "ads", "advert", "adverts", "qr", "qrcode",
                              "podcast", "podcasts", "spot", "spots", "leaflet", "leaflets", "banner", "banners",
                              "signage", "swag", "booth", "offline", "ooh", "dooh", "mailer", "postcard", "postcards"})
_NAME_WORDS = lazy_compile(r"[a-z]+")


def published_page(path: str) -> bool:
    """Whether the file is a page the site publishes, where a print, radio or TV placement's tags
    (`utm_medium=print-radio`) were copied from that placement (GSA's blog post, corpus 11 #5): a site page
    (site_page) whose name and folders name no placement, and no image or document (`.svg`, `.pdf`) that may be the
    placement itself. The team's own flyer source (`print/kubecon-flyer.svg`) or radio spot's script
    (`ads/radio-spot-q3.md`) IS the placement: its tags are the campaign's own (stranger14 R13)."""
    if not path or not site_page(path):
        return False
    parts = re.split(r"[/\\]", path.lower())
    if parts[-1].endswith((".svg", ".pdf")):
        return False
    return not any(word in _PLACEMENT_WORDS for part in parts for word in _NAME_WORDS.findall(part))


def funding_file(path: str) -> bool:
    """Whether the file is GitHub's `FUNDING.yml` (`.github/FUNDING.yml`): its links are the repository's own sponsor
    button on its GitHub page, links the owner puts there unpaid, whatever word (`sponsor`) their medium says."""
    return bool(path) and re.split(r"[/\\]", path)[-1].lower() in ("funding.yml", "funding.yaml")


def site_of_repository(slug: str, published: str = "") -> str:
    """The host a repository named for its site's domain publishes (`digitalgov.gov` for GSA/digitalgov.gov, `www.`
    left out), or "": on one of its pages (site_page), a link to that very host goes from the site to itself, as a
    relative link does (utm-internal-link; corpus 11 #3: GSA's blog post linking `http://digitalgov.gov?utm_source=
    twitter&utm_medium=socialmedia`). Else `published`, the host its CNAME or site generator's config names
    (identity.published_host: thirdweb-dev/docs' Docusaurus `url` is portal.thirdweb.com, corpus 14 #54-#61). Else a
    repository named for a section of its owner's site (`Codecademy/docs`, `acme/acme-blog`: section_of_repository)
    publishes that section: `<owner>/<section>` (on_repository_site)."""
    owner, _, name = (slug or "").partition("/")
    name = name.lower()
    name = name[4:] if name.startswith("www.") else name
    if _DOMAIN_NAME.fullmatch(name):
        return name
    published = (published or "").strip().lower()
    if published.startswith("/"):
        # a site published under a path of its owner's site (VitePress' `base: "/docs"`: identity.path_base):
        # `<owner>/<section>/`, the owner's main host itself is the site's (merginmaps.com for MerginMaps/docs);
        # not a base that is the repository's own name (`/meilisearch-js`): GitHub Pages' project site,
        # `<owner>.github.io/<name>`, no path of the owner's site; unless that name is a section's (`docs`, `blog`:
        # a docs repository's path on its owner's site, as MerginMaps/docs is served; an organisation's `docs` on
        # GitHub Pages' project site would be read so too, its config saying no more)
        base = published.strip("/").split("/")[0]
        return f"{owner.lower()}/{base}/" if base and (base != name or base in SECTION_WORDS) else ""
    if published:
        return published[4:] if published.startswith("www.") else published
    section = section_of_repository(slug)
    return f"{owner.lower()}/{section}" if section else ""


# The words a repository publishing one section of its owner's site is named for (`Codecademy/docs` publishes
# codecademy.com/resources/docs, `netdata/learn` learn.netdata.cloud): the section's path segment or subdomain.
# Not a whole site's (`site`, `website`, `www`): which of the owner's hosts that is, its name does not say.
SECTION_WORDS = frozenset({"docs", "doc", "documentation", "blog", "help", "handbook", "guides", "learn", "wiki",
                           "kb"})


# The words naming a gated marketing asset a team links to its site from (a report behind a form, an e-book, a
# webinar's page): a placement of its own that is no section of a site (Redpanda's `utm_source=gated_content&
# utm_assettype=report` on its blog's links, copied into its docs, corpus 12 #77 #82). A marker only as `gated` or
# beside a second asset key (checks.tracking.copied_placement._gated_asset): `utm_source=webinar` alone is a team's own
# promo's.
ASSET_WORDS = frozenset({"gated", "ebook", "ebooks", "whitepaper", "whitepapers", "webinar", "webinars", "datasheet",
                         "casestudy"})


def _normalized(text: str) -> str:
    return "".join(re.findall(r"[a-z0-9]+", text.lower()))


def section_of_repository(slug: str) -> str:
    """The section of its owner's site a repository is named for, or "": its name's words other than its owner's
    are one section word (SECTION_WORDS: `Codecademy/docs`, `codefresh-io/docs.codefresh.io`, `acme/acme-blog`)."""
    owner, _, name = (slug or "").partition("/")
    owners = {_normalized(owner), *re.findall(r"[a-z0-9]+", owner.lower())}
    words = [w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in owners and w not in ("io", "com", "org")]
    return words[0] if len(words) == 1 and words[0] in SECTION_WORDS else ""


def on_repository_site(host: str, path: str, site: str) -> bool:
    """Whether a link to `host` and `path` goes to the site (site_of_repository) a page of the repository is part of:
    that very host (`www.` left out on both), or, for `<owner>/<section>`, a host of the owner's site (its name the
    owner's, with an affix or not: `codefresh` of `codefresh-io`) under the section, a path segment or
    subdomain of its name (`www.codecademy.com/resources/docs/php/arrays` from Codecademy/docs' pages, corpus 13
    #20-#29: a link from the docs to the docs)."""
    host = host.lower()
    if "/" not in site:
        return (host[4:] if host.startswith("www.") else host) == site
    owner, _, section = site.partition("/")
    under_path = section.endswith("/")  # the section is a path of the owner's main host (site_of_repository)
    section = section.rstrip("/")
    from .identity import _owned_by, site_name

    labels = host.split(".")
    # the owner's whole name, with an affix or not (`codefresh` of `codefresh-io`: the `-io` affix); not any word of
    # it, which made react-native-community/docs' pages part of www.native.com (stranger12 R5)
    names = frozenset({_normalized(owner)})
    if len(labels) < 2 or not _owned_by(names, _normalized(site_name(host))):
        return False
    if under_path and labels[:-2] in ([], ["www"]):
        return True  # the owner's main host, which the section is a path of (`merginmaps.com` for merginmaps.com/docs)
    return section in labels[:-2] or section in path.lower().split("/")


def _data_module(parts) -> bool:
    """A program file that holds data, not a program: in a `data/` folder, or named for it (`Podcasts.data.ts`,
    `data.js`; not `fetchData.ts`). Its links are records a page lists (solid-site's podcast list, corpus 11 #53),
    read as a data file's are, not links a program builds or posts."""
    if any(part.lower() == "data" for part in parts[:-1]):
        return True
    stem = parts[-1].rsplit(".", 1)[0] if parts else ""
    return "data" in (piece.lower() for piece in stem.split("."))


_DATED = lazy_compile(r"(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9](?![0-9])")


_DOC_FOLDERS = frozenset({"docs", "doc", "documentation"})
_DOC_SUFFIXES = (".md", ".mdx", ".markdown", ".rst", ".adoc", ".asciidoc", ".qmd")


def _docs_page(parts) -> bool:
    """Whether a path's parts are a documentation page: a Markdown, reST or AsciiDoc file below a `docs/` folder."""
    return parts[-1].lower().endswith(_DOC_SUFFIXES) and any(p.lower() in _DOC_FOLDERS for p in parts[:-1])


# A static site's posts and pages folders (Pelican's and Hugo's `content/`, Jekyll's `_posts/` and `_drafts/`, a
# `posts/` or `articles/` folder): a Markdown page there is named for its title, as a dated post is. Not `blog/`: a
# site's `blog/email.md` may be the e-mail its posts are sent as
_POST_FOLDERS = frozenset({"content", "_posts", "_drafts", "posts", "articles"})


def _post_page(parts) -> bool:
    """Whether a path's parts are a site's post or page (_POST_FOLDERS): its name is its title, what it is about (a
    Pelican post `content/twitter_snap.md` about Twitter's decline is no file of social posts: corpus 41 #2)."""
    return parts[-1].lower().endswith(_DOC_SUFFIXES) and any(p.lower() in _POST_FOLDERS for p in parts[:-1])


# A site template's pieces, included into its pages (Hugo's `layouts/partials/` and `shortcodes/`, Jekyll's and
# Eleventy's `_includes/`, Astro's and Vue's `components/`): a piece named for a newsletter or a digest is the page's
# sign-up form or teaser, not an e-mail (stranger12 R9). Unless its name calls it an e-mail's part
# (`includes/email_footer.html`, `partials/mailer.html`). Its social words still say what it is: a share partial's
# (`_includes/share-twitter.html`) links are the ones posted, tagged for the network.
# And a page of a site whose pages are its files (`src/pages/newsletter.astro`, Jekyll's `_pages/`): the sign-up page.
_PARTIAL_FOLDERS = frozenset({"partials", "_partials", "includes", "_includes", "shortcodes", "components",
                              "_components", "pages", "_pages"})
_MAIL_NAMES = frozenset({"email", "emails", "mail", "mails", "mailer", "mailers"})


def _words(part: str):
    return (piece.lower() for piece in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+", part))


def _site_partial(parts) -> bool:
    """Whether a path's parts are a piece of a site's template (_PARTIAL_FOLDERS) whose name calls it no e-mail's
    part: its name's e-mail words (`newsletter`, `digest`) are its topic."""
    return any(p.lower() in _PARTIAL_FOLDERS for p in parts[:-1]) and not any(
        w in _MAIL_NAMES for w in _words(parts[-1]))


def link_place(path: str) -> str:
    """"email" for a file whose links are themselves an e-mail's (a path word `email`, `mail`, `newsletter`,
    `transactional`, `notifications`, `digest`, an e-mail service's name, an `.mjml` file), "social" for a file of
    social posts (`social/`, `tweets.md`), "campaign" for a file about the team's own campaigns (`marketing/`,
    `utm-links.md`) or its paid placements (AD_PLACE: `docs/ads-plan.md`), "code" for program code and tests
    (CODE_SUFFIXES, but not a data module: _data_module; TEST_PLACE), else "": there a link's e-mail or social tags
    are where it is sent or posted, or a program's, the team's own (_posted_tags reads only a page's or a record's
    links); "feed" for a site's own feed (feed_file)."""
    words = set()
    parts = re.split(r"[/\\]", path or "")
    # a dated post (`2016-09-22-our-new-center-for-enhanced-analytics.md`, as Jekyll and Hugo name them) is a page
    # whose name is its title: its words say what it is about, not what the file is; its folders say that
    # so is a documentation page (`docs/email-setup.md`, `docs/integrations/mailchimp.md`, `docs/social-login.md`):
    # a page about e-mail alerts is no e-mail (stranger12 R9); its folders still say what it is (`docs/emails/`); and
    # so is a static site's post or page (`content/twitter_snap.md`, a post about Twitter: _post_page)
    for part in (parts[:-1] if _DATED.match(parts[-1]) or _docs_page(parts) or _post_page(parts) else parts):
        words.update(_words(part))
    if not _DATED.match(parts[-1]):
        words.update(AD_PLACE.intersection(_words(parts[-1])))  # `docs/ads-plan.md`: the team's ads (AD_PLACE)
    if _site_partial(parts):  # `layouts/partials/newsletter.html`: a sign-up form, not an e-mail
        named = set(_words(parts[-1])) - set().union(*(_words(p) for p in parts[:-1]))
        words -= named & (EMAIL_PLACE | APP_MAIL_PLACE)
    suffix = "." + parts[-1].rsplit(".", 1)[-1].lower() if "." in parts[-1] else ""
    if suffix == ".mjml":
        return "email"
    if words & TEST_PLACE or suffix in CODE_SUFFIXES and not _data_module(parts):
        return "code"
    if feed_file(parts[-1]):
        return "feed"
    campaign = words & (CAMPAIGN_PLACE | AD_PLACE)
    if campaign and _docs_page(parts):
        # a documentation section's folder is its title slugified (`tracking-events/`, `analytics-and-reporting/`:
        # SendGrid's docs on its product's event tracking and reports, corpus 2 #85): a topic of the docs, not a folder
        # of the team's campaigns, which a bare word names (`docs/marketing/`, `docs/utm/`, `docs/campaigns/`); the
        # team's ads and sponsorships are named so in any folder or file (`docs/paid-ads/`, `docs/ads-plan.md`)
        campaign = {part.lower() for part in parts[:-1]} & CAMPAIGN_PLACE | words & AD_PLACE
    if campaign:
        return "campaign"
    if words & EMAIL_PLACE or words & APP_MAIL_PLACE:
        return "email"
    return "social" if words & SOCIAL_PLACE else ""


# A site's own RSS/Atom feed or its template (`feed.xml`, `layouts/_default/rss.xml`, `index.rss.xml`, `atom.xml`):
# its item links are clicked in a feed reader, outside the site, and tagged by the site itself (stranger11 R1 R2).
_FEED_STEMS = frozenset({"feed", "rss", "atom"})
_FEED_SUFFIXES = (".rss", ".atom")
# a feed is XML, or a template writing it (`feed.xml.liquid`, `rss.njk`, `atom.xml.erb`); `rss.md` is a page about feeds
_FEED_FORMATS = frozenset({"xml", "rss", "atom", "liquid", "njk", "tmpl", "tpl", "hbs", "erb", "ejs", "builder", "j2"})


def feed_file(name: str) -> bool:
    """Whether a file named `name` is a site's own feed or a feed's template."""
    name = name.lower()
    pieces = name.split(".")
    if len(pieces) < 2 or pieces[-1] not in _FEED_FORMATS:
        return False
    return (pieces[0] in _FEED_STEMS or name == "index.xml" or name.endswith(_FEED_SUFFIXES)
            or any(p in ("rss", "atom") for p in pieces[1:-1]))


@lru_cache(maxsize=1)
def _posted_names() -> FrozenSet[str]:
    """The names of rules/copied-tracking.txt's `[posted]` list (networks, chats, e-mail tools) and of GA4's social
    sources without a dot (rules/ga4/source-categories.tsv) but those `[posted]` takes out (`-wordpress`), as one word
    each (`customer.io` -> `customerio`), read here so that scan's cache key needs no rule module."""
    from .resources import rules_dir

    names, dropped, section = set(), set(), ""
    for line in (rules_dir() / "copied-tracking.txt").read_text(encoding="utf-8").splitlines():
        text = line.split("#", 1)[0].strip().lower()
        if text.startswith("[") and text.endswith("]"):
            section = text[1:-1]
        elif text and section == "posted":
            (dropped if text.startswith("-") else names).add(re.sub(r"[^a-z0-9]", "", text.split()[0]))
    for line in (rules_dir() / "ga4" / "source-categories.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        source, _, category = line.strip().lower().partition("\t")
        if category == "source_category_social" and "." not in source:
            names.add(re.sub(r"[^a-z0-9]", "", source))
    return frozenset(names - dropped)


def named_networks(path: str) -> FrozenSet[str]:
    """The words of a file's path that name a network or an e-mail tool of the `[posted]` list (`community/slack/
    2026-11-30.md` -> {"slack"}): a link there whose utm_source names the same one is the team's own post on that
    network or its e-mail through that tool (stranger10 R18), whatever else the path says."""
    words = set()
    for part in re.split(r"[/\\]", path or ""):
        for piece in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+", part):
            words.add(piece.lower())
    return frozenset(words & _posted_names())
