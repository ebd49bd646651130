"""Links a site or a programme hands out with tags it wrote, read by their shape (Judge.whose's SNIPPET beyond the
lines of rules/platform-written-tags.txt): a listing site's badge, a self-hosted Weblate's widget, a referral
programme's share link; and the hosts a file writes each tag set on (tag_hosts), which tell the file's own tagging
from such a snippet's.
"""

from __future__ import annotations

import re
from typing import Dict, FrozenSet, Iterable, Optional, Tuple

from ..records import NamedTuple
from ..urls import split_url, unquote
from .synthetic import ESCAPED_AMP, host_end, query_fields


def first_values(url: str) -> Dict[str, str]:
    """Each utm parameter's first value as written: what the platform-written tags are matched against; and the last
    segment of the link's path (`@path`, platform_tags.PATH_SEGMENT)."""
    values: Dict[str, str] = {"@path": unquote(re.split(r"[?#]", url, 1)[0].rstrip("/").rpartition("/")[2])}
    for field in query_fields(url)[0]:
        values.setdefault(field.name, field.value)
    for field in query_fields(url)[0]:  # a key after `&amp;` is read as the key it is (build does the same)
        values.setdefault(ESCAPED_AMP.sub("", field.name), field.value)
    return values


# Weblate's translation-status widget on a self-hosted Weblate (`translate.jellyfin.org/engage/jellyfin/?utm_source=
# widget`, `l10n.elementaryos.org/engage/website/`: corpus 19 #49 #125, told to add a medium and a campaign): Weblate
# writes the link, whatever the instance's host, so it is read by its shape, as hosted.weblate.org's line of
# rules/platform-written-tags.txt reads it there: `/engage/<project>/` (a language after it), `utm_source=widget` and
# no other utm tag. A team's own tags on its Weblate's page (`utm_medium=...`) are not the widget's, and judged.
# A component's widget links the component's page, `/projects/<project>/<component>/?utm_source=widget` beside its
# image `/widgets/<project>/-/<component>/svg-badge.svg` (Jellyfin's READMEs, corpus 20 #124; find_string, 2026-11:
# jellyfin-expo's the same): that shape too (fix19, session 34).
_WEBLATE_ENGAGE = re.compile(r"https?://[^/?#]+/(?:engage/[^/?#]+/(?:[^/?#]+/)?|projects/[^/?#]+/[^/?#]+/)"
                             r"\?utm_source=widget"
                             r"(?:&(?!utm_)[^#]*)?(?:#.*)?\Z", re.IGNORECASE)


# A badge a site hands out for a project it lists (Openbase's `openbase.com/js/mailing?utm_source=embedded&utm_medium=
# badge&utm_campaign=rate-badge`, Emerge Tools' `emergetools.com/app/example/ios/SuperwallKit/release?utm_campaign=
# badge-data`, SoftwareReviews' award `?entitlement=gold_medal_Decap_CMS_...&utm_medium=badge&utm_source=netlify`:
# corpus 19 #1 #60, corpus 20 #40, told to complete or respell them; Gitter's, Product Hunt's, Codacy's, CodSpeed's,
# GitLocalize's badges have the same shape): a tag says `badge`, the link goes to the site's page about the project (its
# path or the site's own query parameter names the repository), and that site is not the repository's. The site wrote
# the tags and reads them; the team pastes them as they are. A team's own badge tags its placement (`utm_source=github`,
# `readme`, `docs`) or itself (`utm_source=<project>`), and links its own site: those are judged (a sponsor's badge
# to its home page, CodeRabbit's `coderabbit.ai/?utm_source=fastapi&utm_medium=badge`, names no project in the path).
_BADGE_WORD = re.compile(r"(?:^|[^a-z])badges?(?:[^a-z]|$)")
_PLACEMENT_SOURCES = frozenset({"github", "github.com", "gh", "gitlab", "gitlab.com", "bitbucket", "codeberg", "readme",
                                "docs", "documentation", "website", "site", "repo", "repository"})
_NAME_WORD = re.compile(r"[a-z0-9]+")


def listing_badge(url: str, identity) -> str:
    """The host of a badge link a site hands out for the project it lists (above), or ""."""
    if identity is None or "badge" not in url.lower():
        return ""
    from ..identity import owns_site, site_name
    from .names import value_names_repository

    values = first_values(url)
    tags = [values.get(k, "").strip().lower() for k in ("utm_source", "utm_medium", "utm_campaign", "utm_content")]
    if not any(_BADGE_WORD.search(v) for v in tags):
        return ""
    source = tags[0]
    first = _NAME_WORD.findall(source)[:1]
    if source in _PLACEMENT_SOURCES or first and first[0] in _PLACEMENT_SOURCES or \
            source and value_names_repository(identity, source):
        return ""
    parts = split_url(url)
    host = parts.host.lower() if parts.scheme in ("http", "https") else ""
    if not host or owns_site(identity, site_name(host)):
        return ""
    texts = [unquote(segment) for segment in parts.path.split("/") if segment]
    texts += [field.value for field in query_fields(url)[0] if not field.name.lower().startswith("utm")]
    for text in texts:
        text = text.lower()
        for word in {"".join(_NAME_WORD.findall(text)), *_NAME_WORD.findall(text)}:
            if len(word) >= 4 and (owns_site(identity, word) or any(word.startswith(n) for n in identity.leading)):
                return host
    return ""


def weblate_widget(url: str):
    if _WEBLATE_ENGAGE.match(url) is None:
        return None
    from .platform_tags import platform_written_tags

    return next((e for e in platform_written_tags() if e.host == "hosted.weblate.org"), None)


# A referral programme's share link (Sticker Mule's invite `stickermule.com/unlock?ref_id=6055890701&utm_medium=link&
# utm_source=invite`, corpus 20 #120; DigitalOcean's `?refcode=a0780f1bdb3d&utm_...` and Railway's `?referralCode=
# YOPtw9&utm_...`, read by their own lines of rules/platform-written-tags.txt): the programme writes the referrer's id
# and its own utm tags into the link it hands each referrer, who pastes it whole. The id marks the link, whatever the
# host: a parameter named for a referral or an invitation whose value is a code no one would write as a word (digits,
# a hex string, or letters of both cases with a digit). Not a team's own word (`ref=trpc`, `fpr=yangshun`,
# `ref=laravel-2025`: its sponsorship's own tags, corpora 2, 5, 10), nor on a link to the team's own site (own-hosts,
# or the repository's site by utmlint.identity), nor tags whose utm_source names the repository: those are judged.
_REFERRAL_KEYS = frozenset({"ref", "refid", "refcode", "referral", "referralid", "referralcode", "referrerid",
                            "referrercode", "invite", "inviteid", "invitecode", "invitation", "invitationcode"})
_REFERRAL_CODE = re.compile(r"[0-9]{5,40}|(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{8,40}"
                            # a mixed-case code, never a word and a year or number the team wrote as its own label
                            # (`GitHub2024`, `Launch2026`: stranger15 R7 repro 2)
                            r"|(?![A-Z]?[a-z]+(?:[A-Z][a-z]+)*[0-9]+\Z)"
                            r"(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*[0-9])[A-Za-z0-9]{5,40}")


class ReferralLink(NamedTuple):
    """A referral programme's share link (referral_field): its host and the referral id's field as written."""

    host: str
    param: str
    value: str


# Smile.io's referral links (a Shopify store's loyalty programme: `?sref_id=qccf4x7&utm_campaign=referral_program&
# utm_source=loyalty`, on any store's host: girlfriend.com in a link-in-bio site's affiliates page, corpus 47 #12;
# heatonist.com in a streamer's footer and esim.holafly.com on a travel site, found with find_string): its own field
# name, and its code, seven or so lowercase letters and digits, which _REFERRAL_CODE leaves to a team's own words.
_SMILE_KEY = "srefid"
_SMILE_CODE = re.compile(r"(?=[a-z0-9]*[0-9])(?=[a-z0-9]*[a-z])[a-z0-9]{5,12}")


def referral_field(url: str) -> Optional[Tuple[str, str]]:
    """(name, value) of the query field that holds a referral programme's referrer id, or None."""
    for field in query_fields(url)[0]:
        key = re.sub(r"[^a-z]", "", field.name.lower())
        value = field.value.strip()
        if key in _REFERRAL_KEYS and _REFERRAL_CODE.fullmatch(value) or key == _SMILE_KEY and _SMILE_CODE.fullmatch(
                value):
            return field.name, value
    return None


def tag_hosts(urls: Iterable[str]) -> Dict[Tuple[str, str, str], FrozenSet[str]]:
    """The hosts a file writes each of its (utm_source, utm_medium, utm_campaign) sets on
    (checks.tracking.copied_owner.tag_set): Judge.file_tag_hosts, read by Judge.own_tagging."""
    from ..checks.tracking.copied_owner import tag_set
    from ..checks.tracking.destinations import useless_destination

    found: Dict[Tuple[str, str, str], set] = {}
    for url in urls:
        if "utm_" not in url.lower():
            continue
        real, _ = host_end(url)
        triple = tag_set(url)
        # a page whose owner never sees the tags (the party's GitHub organisation, beside its site in Contextual AI's
        # partner form on chroma's page) says nothing about whose scheme the set is: the partner links it as well
        if real and triple[0] and useless_destination(url) is None:
            found.setdefault(triple, set()).add(split_url(url).host.lower())
    return {triple: frozenset(hosts) for triple, hosts in found.items()}


def referral_owned(url: str, host: str, identity) -> bool:
    """Whether a referral link is the team's own (utmlint.identity): a link to the repository's own site (its own
    referral programme) or tags whose utm_source names the repository (its own tags beside a partner's code)."""
    if identity is None:
        return False
    from ..identity import owns, owns_site, site_name

    source = first_values(url).get("utm_source", "").strip()
    return owns_site(identity, site_name(host)) or bool(source) and owns(identity, source)
