"""copied-tracking's reading of another channel's tags: a link posted on a social network, sent in an e-mail or a
newsletter, shared with a share button, listed on a job board, handed out by an affiliate network or made for
print or broadcast, copied into a page that is none of them."""

from __future__ import annotations

import re
from typing import Dict, FrozenSet, List, Optional, Tuple

from ...lazyregex import lazy_compile
from ...linkplace import CAMPAIGN_PLACE as _CAMPAIGN_PLACE
from .fields import _hostname, Field, is_placeholder
from .copied_lists import _escaped_name, tracking_data
from .copied_owner import (_claims, _DIGEST_WORDS, _DOMAIN_SOURCE, _repository_site_link, _site, _site_of_name,
                           _team_page, _triple, _WORD, normalize_source)
from .copied_marks import _PAID
from .copied_destination import _names_link_site, _site_snippet


# The utm_medium values that say where a link was posted or sent (GA4's Organic Social mediums and more spellings
# of them, its Email mediums, a newsletter's, an affiliate network's), once a trailing `/` is left off.
_POSTED_MEDIUMS = (
    ("social", lazy_compile(r"(?:organic|paid)?[ _+-]?social(?:[ _+-]?(?:media|network|post|share|ads?))?s?|sm",
                            re.IGNORECASE)),
    ("email", lazy_compile(r"(?:e[ _-]?mails?|newsletters?)(?:[ _+-][a-z0-9_ +-]*)?", re.IGNORECASE)),
    ("affiliate", lazy_compile(r"affiliates?", re.IGNORECASE)),
    # a medium naming a placement off the web: a printed page, a radio or TV spot, a poster (`print-radio`: GSA's
    # print and radio ads' vanity link, copied into its blog, corpus 11 #5). No visit from a web page comes from it.
    ("offline", lazy_compile(r"(?:print|radio|tv|television|billboards?|flyers?|posters?|newspapers?|magazines?"
                             r"|direct[ _-]?mail|ooh|dooh|offline)(?:[ _+-](?:print|radio|tv|ads?|spots?|flyers?"
                             r"|posters?|billboards?))*", re.IGNORECASE)),
)


_KIND_WORDS = {"social": ("posted on a social network", "posted it", "post"),
               "share": ("shared with a share button or share link", "shared it", "share"),
               "email": ("sent in an e-mail", "sent it", "e-mail"),
               "newsletter": ("sent in a newsletter", "sent it", "newsletter"),
               "jobboard": ("listed on a job board", "listed it", "listing"),
               "affiliate": ("handed out by an affiliate network", "handed it out", "affiliate"),
               "offline": ("made for a placement off the web (print, radio, TV, a poster)", "placed it",
                           "print or broadcast placement")}


# A utm value naming a share: `share`, `social-share`, `OGshare`, `sharebutton`, `postshare_creator`, `sharing` (a
# word of its own or run together after a short prefix; `SharePoint`, `shareholders` and `timeshares` are not).
_SHARE_WORD = lazy_compile(r"(?:^|[^a-z])[a-z]{0,6}shar(?:e|ed|ing)(?:buttons?|links?)?(?:$|[^a-z])")


_CARRIES_URL = lazy_compile(r"^(?:https?:|//|www\.)|%2f%2f", re.IGNORECASE)


# A stand-in site in a guide's example (`yourcompany.com/signup?utm_source=linkedin&utm_medium=social`): no one's.
# And the same words in the languages of the guides and templates read (`tusitio.com`, Spanish for 'yoursite.com':
# OpenBlatam's short-link template, corpus 37 #3; `tudominio`, `seusite`, `suaempresa`, `votresite`, `deinedomain`,
# `iltuosito`, `jouwwebsite`: "your" or "my", then "site", "domain", "company", "shop", "brand", "business", "page"...),
# and the bare word for domain (`dominio.com`, `domaine`, `domein`), as `domain` is
_STAND_IN_SITE = lazy_compile(r"(?:your|my)(?:own)?(?:domain|site|website|web|company|app|store|shop|blog|brand"
                              r"|business|product|page|landing)s?|domain|website|company"
                              # Spanish
                              r"|(?:tu|mi)(?:sitio(?:web)?|dominio|web|pagina(?:web)?|empresa|tienda|negocio|marca"
                              r"|app|blog|landing|producto)s?"
                              # Portuguese
                              r"|(?:seu|sua|meu|minha)(?:site|dominio|empresa|loja|pagina|marca|negocio|app|blog"
                              r"|landing|produto)s?"
                              # French
                              r"|(?:votre|ton|ta|mon|ma)(?:site(?:web)?|domaine|entreprise|boutique|marque|page|app"
                              r"|blog|produit)s?"
                              # German
                              r"|(?:dein|deine|ihr|ihre|mein|meine)(?:domain|seite|website|webseite|firma|shop"
                              r"|unternehmen|marke|app|blog|produkt)s?"
                              # Italian
                              r"|(?:il)?(?:tuo|tua|mio|mia)(?:sito(?:web)?|dominio|azienda|negozio|marchio|app|blog"
                              r"|prodotto)s?"
                              # Dutch
                              r"|(?:jouw|uw|mijn)(?:site|website|domein|bedrijf|winkel|webshop|app|blog|product)s?"
                              r"|dominio|domaine|domein", re.IGNORECASE)


# Sources that name where the repository's own file is read (the code host): tags written for this very placement
# (`utm_source=github.com&utm_medium=social` on an awesome-list's entry, written by whoever submitted it).
_READ_HERE = frozenset({"github", "gitlab", "bitbucket", "gitee", "codeberg"})


def read_here(source: str) -> bool:
    """Whether a (normalized) utm_source names a code host, where a repository's files are read (`github`)."""
    return source in _READ_HERE


def posted_kind(source: str) -> Tuple[str, str]:
    """(kind, platform) when a utm_source names where a link was posted or sent (rules/copied-tracking.txt's
    `[posted]`, GA4's social sources): `twitter` -> ("social", "twitter"), `customer.io` -> ("email",
    "customer.io"), `gizmodo_twitter` and `SFTwitter` -> ("social", "twitter"); else ("", "")."""
    value = source.strip().lower().rstrip("/")
    if not value:
        return "", ""
    data = tracking_data()
    kind = data.posted.get(value) or data.posted.get(re.sub(r"[ _+-]", "", value))  # `hacker news`, `customer_io`
    if kind:
        return kind, value
    from ...channels import source_category

    if source_category(value) == "SOCIAL" and value not in data.not_posted and not (
            "." in value and _site_of_name(value) in data.not_posted):
        return "social", value  # not `wordpress.org`: where a plugin's readme is shown
    for word in _WORD.findall(value):
        kind = data.posted_words.get(word)
        if kind:
            return kind, word
        # a name of 6 letters or more run together with a publisher's prefix or a tool's suffix (The Atlantic's
        # SocialFlow `SFTwitter`, `twitterfeed`): that network's
        found = next((name for name in data.posted_words if len(name) >= 6 and name in word), None)
        if found is not None:
            return data.posted_words[found], found
    return "", ""


def _posted_medium(medium: str) -> str:
    value = medium.strip().rstrip("/")
    return next((kind for kind, pattern in _POSTED_MEDIUMS if pattern.fullmatch(value)), "")


def _posted_tags(fields, url: str, identity, convention: FrozenSet[Tuple[str, str, str]] = frozenset(),
                 place: str = "", planned: bool = False,
                 own_campaign: bool = False, published: bool = True,
                 own_letter: bool = False) -> Optional[Tuple[List[Field], str, str, bool]]:
    """Another channel's tags on a link to a site that is not the repository's: `gizmodo.com/...?utm_source=twitter`
    in a podcast's show notes, `leaddev.com/...?utm_source=ActiveCampaign&utm_medium=email` in a reading list. The
    tags say the link was posted on a social network or sent in an e-mail by whoever tagged it; a repository's page
    is neither, and the site is someone else's, so they were copied along with the link. Returns (the fields that
    say so, kind, the platform named or "", certain), or None. Certain: the utm_source names a social network or an
    e-mail tool (rules/copied-tracking.txt's `[posted]`, GA4's social sources; an affiliate network's link may be
    the writer's own: not certain); else only a social or e-mail utm_medium says so, with no campaign
    (`utm_source=kytnewsletter&utm_medium=email`): two readings, a hedged note. Known only with the repository's
    identity (utmlint.identity), and never when the site or a utm value may be the repository's (_claims), for
    `utm_source=github` (where the file is read), when a medium-only set is the file's convention on links to two
    or more sites (a network's or tool's name is no file's convention for links to other people's sites), on a
    link carrying another URL in its query (a share button's `?url=`), or in a file whose links are themselves that
    e-mail or post, the team's campaigns or a program's (link_place); in a file, repository or folder about the team's
    campaigns (`marketing/`) only a share button's or share link's tags are read (`utm_source=sharebutton&
    utm_campaign=designshare`, Canva's, in a handbook's `marketing/` pages: corpus 15 #90 #96), no plan's: its
    campaign must say share too, and the file must not tag the link's site with two or more sources (`planned`:
    planned_sites, the team's own plan of its share buttons' tags, stranger13 R4)."""
    if identity is None:
        return None
    values: Dict[str, Field] = {}
    for f in fields:
        name = _escaped_name(f.name.strip().lower())
        if name.startswith("utm_") and name not in values:
            values[name] = f
    if not values or any(is_placeholder(f.value) for f in values.values()):
        return None
    if any(_CARRIES_URL.search(f.value) for f in fields if not f.name.lower().startswith("utm_")):
        return None  # `twitter.com/intent/tweet?url=https://...&utm_source=...`: whose tags these are is not clear
    from ...identity import reserved_host

    host = _hostname(url)
    if not host or "{" in host or "$" in host or "%" in host or reserved_host(host) or place == "code":
        return None  # no real host (a placeholder), `example.com`; a program
    if _STAND_IN_SITE.fullmatch(_site(url).replace("-", "")):
        return None  # an example
    # the team's campaigns: a file or a repository or folder about them (`someone/utm-link-builder`, `marketing/`)
    # plans its own posts and e-mails; a share button's tags are no plan (below)
    planning = place == "campaign" or bool(identity.names & _CAMPAIGN_PLACE)
    source, medium = values.get("utm_source"), values.get("utm_medium")
    if source is not None and normalize_source(source.value) in _READ_HERE:
        return None  # `utm_source=github`: where this file is read, tags written for this placement
    if medium is not None and _PAID.match(medium.value.strip()):
        # a paid medium (GA4's paid-medium rule: `cpc`, `paid_social`, `paid-social`): the link was made for an ad,
        # and a team's own ads plan lists its ads' links so, on its site whatever its repository is named
        # (`utm_source=facebook&utm_medium=paid-social` in nwlabs/growth's docs/meta-ads.md linking northwind.io was
        # told to strip them, which moves the ad's visits out of Paid Social: stranger16 R17, as a22b2f4's revert of
        # the paid-click reading); someone else's ad's landing URL copied from a visit is told by its click id
        # (`&fbclid=`: _ad_landing_tag), read before this
        return None
    # the team's own social post or e-mail linking to its own site, or tagging its own placement: only a network's
    # very name on a page is read (below)
    claimed = _claims(identity, _site(url), host, [f.value.strip().lower() for f in values.values()])
    # the site itself the team's (not a sponsor's tags naming the repository: `utm_campaign=htmx` on sponsor.io)
    own_site = claimed and _claims(identity, _site(url), host, ())
    if _team_page(identity, url, host):
        return None  # the team's own store listing or event page (`lu.ma/northwind-meetup` in northwind-labs/www)
    kind, platform = posted_kind(source.value) if source is not None else ("", "")
    digest = False  # a digest's generic name on a page's link (below)
    if kind == "newsletter" and own_letter:
        # the file's own newsletter (own_letters: its title or path names it, or its archive tags two or more links
        # with it): the issue's own tags, whatever site they go to (a team's site named otherwise than its
        # organisation, `nwlabs` / northwind.io: stranger16 R1), judged as the team's
        return None
    if kind == "newsletter" and (_DOMAIN_SOURCE.fullmatch(source.value.strip()) or place == "email" and (
            claimed or _names_link_site(source.value, _site(url))) or not any(
            word not in _DIGEST_WORDS for word in _WORD.findall(source.value.lower().replace(platform, " ")))):
        # `newsletter.reactdigest.net`: the site itself, which _outgoing_tags names; in an e-mail template the e-mail's
        # own name when it names the repository or the site it links to (`taskly-weekly` on taskly.io in
        # `digest_mailer/weekly.html.erb`, review13 R7); and a name of generic words only (`weekly_digest`,
        # `daily-digest`, DEV's `digest_mailer`): any product's own digest, no other newsletter's, which on a page's
        # link with an e-mail medium is still that digest's e-mail (read below). Another newsletter's name in an
        # e-mail or a newsletter's archive (`CSS-Weekly`, `csharpdigest` in .NET Weekly's `src/newsletters/`, corpus
        # 15 #74 #78) names who sent the e-mail the link was copied from: read below, hedged; one tag set the file
        # writes on links to two or more sites stays the file's own (its convention)
        digest = place != "email" and not _DOMAIN_SOURCE.fullmatch(source.value.strip())
        kind, platform = "", ""
    said = [source] if kind else []
    # certain: the source is the network's or tool's very name (`twitter`, `reddit.com`, `Substack`); a name run
    # together with another (`gizmodo_twitter`, `slack-uswds`: a publisher's or a community's own naming, digital.gov's
    # USWDS Slack posts in GSA's own event pages), an affiliate link (maybe the writer's own) and a newsletter's name
    # (`CSS-Weekly`) are said hedged
    certain = bool(kind) and kind not in ("affiliate", "newsletter", "jobboard") and \
        platform == source.value.strip().lower().rstrip("/")
    medium_kind = _posted_medium(medium.value) if medium is not None else ""
    if kind in ("social", "email") and not certain and medium_kind and medium_kind != kind:
        # a network's name run together with more letters says less than the medium's own word: `hackernewsletter`
        # with `utm_medium=email` is a newsletter, sent in an e-mail, not a post on Hacker News (stranger12 R2)
        kind, platform = medium_kind, ""
    if medium_kind and (not kind or medium_kind == kind or (kind, medium_kind) == ("newsletter", "email")):
        said.append(medium)
    if not kind and not medium_kind and medium is not None and \
            posted_kind(medium.value) == ("social", medium.value.strip().lower().rstrip("/")):
        # a network's very name as the medium (`utm_source=Message&utm_medium=Twitter`, a podcast's tweet, corpus 11
        # #53; `utm_source=sharebutton&utm_medium=twitter`): a share or a post on that network, said as a hedged note
        kind = "social"
        said.append(medium)
    if not kind and digest and medium_kind == "email":
        # a product's own digest e-mail (`utm_source=digest_mailer&utm_medium=email&utm_campaign=digest_email`, DEV's,
        # on a dev.to post in a list of resources, corpus 15 #97): its campaign names the digest, not a placement of
        # the page's, and the page is no e-mail; said hedged (the product may be the team's, its site not known here)
        kind = "newsletter"
        said.insert(0, source)
    if not kind and (medium_kind == "email" and "utm_campaign" not in values or medium_kind == "social"
                     or medium_kind == "offline" and published):
        # only the medium says so (`utm_source=kytnewsletter&utm_medium=email`): a team tagging its own placement in
        # an e-mail names its campaign (`utm_source=kcd-list&utm_medium=email&utm_campaign=early-bird`, a writer's own
        # list on his own blog, corpus 4 #222), as for [newsletters]; a social medium says a post with a campaign too
        # (GAO's `utm_source=blog&utm_medium=social&utm_campaign=watchblog` in a republished post, corpus 11 #10;
        # Timescale's launch post in This Week in Rust, corpus 4 #146; on corpora 2-11 no repository's own page
        # tags a link to a site it does not own `social`); an affiliate medium alone is a writer's own affiliate
        # link as often (academic/awesome-datascience's Manning links, corpus 6); a medium naming print, radio or TV
        # says the link was made for that placement, whoever made it: on a page (the team's own site too) no visit
        # comes from it; only on a page the site publishes: a file whose name or folders name the placement (`print/
        # kubecon-flyer.svg`, `ads/radio-spot-q3.md`), or an image, IS the placement (stranger14 R13)
        kind = medium_kind
    campaign = values.get("utm_campaign")
    if not kind and campaign is not None and not (source is not None and source.value.strip()) and medium is None:
        # a campaign alone naming the network or tool that posted the link (`utm_campaign=socialflow_gizmodo_twitter`,
        # a publisher's SocialFlow post, corpus 10 #78 #80 #82): someone's post, said as a hedged note
        # (or, whole, its name: `utm_campaign=Built+In`, Built In's job board, corpus 15 #34)
        words = _WORD.findall(campaign.value.lower())
        kind, platform = next(((data_kind, word) for word in words
                               for data_kind in (tracking_data().posted_words.get(word),) if data_kind),
                              (tracking_data().posted.get("".join(words), ""), ""))
        if kind:
            said, platform = [campaign], ""
    if not kind:
        # a value saying a share button or share link wrote it (Stack Overflow's `utm_source=social-share`, The Next
        # Web's `utm_campaign=OGshare`, corpus 10 #74 #83; `sharebutton`, `postshare_creator`): whoever shared it
        shares = [f for f in values.values() if _SHARE_WORD.search(f.value.lower())]
        if shares and _site_snippet(host, values):
            shares = []  # Unsplash's photo credit `utm_content=creditShareLink&utm_medium=referral` (corpus 13 #13)
        if shares:
            kind, platform, said = "share", "", shares
    if not kind or kind == place and not (certain and medium_kind == kind and platform in tracking_data().sent):
        # no channel named; or an e-mail template's e-mail tags, a social post's social tags; but not the tags a tool
        # writes itself as it sends (HubSpot's `utm_source=hs_email&utm_medium=email`): no e-mail's own file holds
        # them, so a link carrying them there too was copied from a sent e-mail (corpus 11 #20, a newsletter's archive)
        return None
    offline_here = kind == "offline" and own_campaign and not identity.names & _CAMPAIGN_PLACE
    if planning and (kind != "share" or planned or not (campaign is not None and _SHARE_WORD.search(
            campaign.value.lower()))) and not offline_here:
        # a plan's own tags; a share button's only as a share button writes them, on a site not planned; but a page
        # read as a plan only because its link carries a campaign the team writes on its own site (`own_campaign`,
        # scan.judge's file_campaigns: GSA's print ad on gsa.gov in its blog, corpus 11 #5) is no plan of print or
        # radio placements: that link was made for one, and this page is not it
        return None
    # A network's very name with a social medium on a link to another site, whose campaign is another's and only a
    # detail names the repository (`dealcrane.com/?utm_source=discord&utm_medium=social&utm_campaign=beta_promo&
    # utm_content=svelte`, a promotion posted in Svelte's Discord among other places, copied into Svelte's blog: corpus
    # 10 #117): the detail says where on that network it was posted, and a page is no post; said hedged. A campaign
    # naming the repository is a sponsor's or partner's placement of its own (`utm_campaign=htmx`), left alone.
    posted_here = claimed and not own_site and certain and kind == "social" and medium_kind == "social" and \
        place == "" and not planning and campaign is not None and campaign.value.strip() and \
        not _claims(identity, _site(url), host, [campaign.value.strip().lower()])
    if claimed and kind != "offline" and not posted_here and not (
            own_site and certain and kind == "social" and place == "" and not _repository_site_link(identity, url)):
        # The team's own tags, but for one reading: a social network's very name (`utm_source=twitter&utm_medium=
        # social`) on a link to the team's own site in a page (not a social post's file, not a campaign plan) was
        # written for the team's post on that network and copied from it into the page, where no visit comes from
        # that post (Polygon's docs linking its blog, corpus 14 #52); and a print or broadcast placement's tags
        # (`utm_medium=print-radio`), which no page is (said as the team's own: "yours, if gsa.gov is your site").
        # A sponsor's tags naming the repository on the
        # sponsor's site are the sponsor's choice for this placement (`utm_campaign=htmx`), left alone; a link from
        # the page to the site the repository publishes is utm-internal-link's (corpus 11 #3).
        return None
    if (not platform or kind == "newsletter") and convention and _triple(fields) in convention:
        return None  # `utm_source=mynewsletter&utm_medium=email` on every outbound link: the file's own tagging (a
        # newsletter's name too, `dailydigest`: the digest's own; a network's or a tool's name is no file's convention)
    if kind in ("email", "newsletter") and convention and campaign is not None and campaign.value.strip() and medium is not None \
            and _posted_medium(medium.value) == "email" and _triple(fields) in convention:
        # one e-mail tool's set with one campaign on links to two or more sites (`utm_source=buttondown&utm_medium=
        # email&utm_campaign=issue-41`): the sender's own issue or template, not a copy (a copy brings one link)
        return None
    if posted_here:
        certain = claimed = False  # (above) said hedged, as another site's: the values name the repository
    if place == "comment" and not certain:
        return None  # a link in a comment, which no visitor follows: only what is sure is worth saying
    return sorted(said, key=lambda f: f.start), kind, platform, certain, claimed
