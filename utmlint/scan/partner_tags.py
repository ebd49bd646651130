"""Another party's programme, read from the link's own tags (the words in rules/partner-tag-words.txt): a utm_medium
naming a partner placement (`utm_medium=partner-docs`, `partnered`, `partnerref`, `partner`) counts the link's visits
in the destination's partner channel; a utm_campaign naming developer relations (`utm_campaign=devrel`,
`developer-relations`) is the destination's devrel team's, tagging its links in the content it places in others'
repositories. The destination runs that programme and hands these tags over with the link or the content (Covalent's
and Moralis' pages in chains' docs, each `utm_source=<chain>&utm_medium=partner-docs`; BrowserStack's
`utm_medium=partnered` in WebdriverIO's guides; Comet's `utm_medium=partner` in YOLOv5's notebooks; Confluent's
`partnerref` in Weaviate's recipes; deepset's and MongoDB's notebooks in Hugging Face's cookbook): they are that
party's tags (the lead's ruling of session 40), and advice to respell, rename or complete them would split the
programme's reports. Only the URL as written is judged.

Not read when the file's path names partners (`partners.js`, `PartnersPage/`): the repository's own list of its
partners, whose links it tags itself (Estuary's `utm_medium=partnership`, KappaML's `utm_medium=partners`, both
labelled the team's own). The partner word is not read in utm_campaign, where it names the team's own list
(`utm_campaign=partners` on every partner page of Segment's catalog), nor in utm_source, where a bare
`utm_source=partner` is also a team's own label for the sites it sends visitors to (MLH's organiser guide). Whether
the link goes to the team's own site (a team's own devrel links: Vonage's, deepset's cookbook), or carries a tag set the
file writes on links to several sites (Mixpanel's `utm_source=mixpanel&utm_medium=partner` on Vendo's and
Customer.io's links), is the judge's to rule out (scan.judge Judge.placement), as for a sponsor's link; a folder named
for the partner (`third-party-docs/Zerion/`, `loggers/comet/`) does not make its site the team's there.

Measured on the labelled corpora 2-31 (session 41): the partner medium 61 wrong value findings removed, 1 correct
(Lago's integration page for Anrok, `utm_medium=partner_website`, corpus 19 #39); the devrel campaign 12 wrong, 1
correct (Writer's integration page in LangChain's docs, `utm_campaign=devrel`, corpus 27 #32, its label saying
"written by the provider ... tags it chose for this placement"): both partners' pages in the docs under the ruling.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, List

_CAMEL = re.compile(r"([a-z])([A-Z])")
# a path word naming a list of partners (`partners.js`, `PartnersPage/`, `partners/gsi.html`), not a page about one
# partnership (`blog/vuetify-herodevs-partnership.md`, HeroDevs' link with its `utm_source=partnership`)
_PARTNERS = re.compile(r"(?i)(?<![a-z])partners?(?![a-z])")


@lru_cache(maxsize=1)
def _words() -> Dict[str, "re.Pattern[str]"]:
    """{utm field (`medium`, `campaign`): the words naming a programme there} (rules/partner-tag-words.txt)."""
    from ..resources import rule_lines

    fields: Dict[str, List[str]] = {}
    for line in rule_lines("partner-tag-words.txt"):
        field, _, word = line.partition(" ")
        fields.setdefault(field, []).append(word.strip())
    return {field: re.compile(r"(?i)(?<![a-z])(?:" + "|".join(words) + ")") for field, words in fields.items()}


def partners_page(path: str) -> bool:
    """Whether the file's path names partners (a folder or the file's own name, camelCase split: `partners.js`,
    `PartnersPage/SIPartners/index.tsx`): the repository's own list of its partners. A page about one partnership
    (`vuetify-herodevs-partnership.md`) is not such a list."""
    return bool(path) and bool(_PARTNERS.search(_CAMEL.sub(r"\1 \2", str(path))))


def partner_tags(url: str) -> str:
    """The tag naming another party's programme (`utm_medium=partner-docs`, `utm_campaign=devrel`, lower-cased), or
    ""."""
    if "utm_" not in url.lower():
        return ""
    from ..checks.tracking.copied_owner import tag_set

    source, medium, campaign = tag_set(url)
    for field, value in (("medium", medium), ("campaign", campaign), ("source", source)):
        words = _words().get(field)
        if value and words is not None and words.search(value):
            return f"`utm_{field}={value}`"
    return ""
