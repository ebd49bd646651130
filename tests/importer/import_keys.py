"""The one comparison the import tests make of tracked URLs, as GA4 reads them (urllib, not utmlint's code)."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

UTM = ("utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term", "utm_id", "utm_source_platform",
       "utm_creative_format", "utm_marketing_tactic")


def link_key(url: str):
    """A tracked URL as GA4 reads it, by urllib (not utmlint's own parser): the page, the other parameters in
    order, and the utm parameters in any order."""
    parts = urlsplit(url)
    # `+` kept literal: GA4 is not documented to read it as a space (its reports show it), and utmlint keeps it
    pairs = parse_qsl(parts.query.replace("+", "%2B"), keep_blank_values=True)
    utm = sorted(p for p in pairs if p[0] in UTM)
    return (parts.scheme, parts.netloc.lower(), parts.path or "/", parts.fragment,
            tuple(p for p in pairs if p[0] not in UTM), tuple(utm))
