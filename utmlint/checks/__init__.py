"""Built-in rules, one module per family, and the table of every built-in rule by code.

Codes: UTM0xx file, YAML and schema; UTM1xx parameters; UTM2xx values; UTM3xx URLs; UTM4xx live checks;
UTM5xx campaign structure; UTM6xx repo-wide. A rule's docs live in its docstring (see
`utmlint.registry.parse_doc`); a new rule is written in its family module and added to `RULES` below.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import List, Mapping

from ..registry import Rule
from . import file, links, overrides, params, repo, structure, suppressions, tracking, values, vocabulary

RULES: Mapping[str, Rule] = MappingProxyType({
    "UTM001": file.yaml_syntax,
    "UTM002": file.schema_violation,
    "UTM003": file.yaml_unsafe_tag,
    "UTM004": file.file_unreadable,
    "UTM005": suppressions.unused_suppression,
    "UTM006": suppressions.unknown_rule_in_suppression,
    "UTM101": params.missing_utm_param,
    "UTM102": params.medium_unassigned,
    "UTM103": params.source_domain_style,
    "UTM104": params.platform_unknown,
    "UTM105": vocabulary.source_not_allowed,
    "UTM106": vocabulary.medium_not_allowed,
    "UTM107": vocabulary.source_medium_swapped,
    "UTM108": vocabulary.platform_medium_mismatch,
    "UTM109": params.medium_channel_intent,
    "UTM110": overrides.source_overrides_medium,
    "UTM111": vocabulary.platform_source_mismatch,
    "UTM201": values.value_case,
    "UTM202": values.value_whitespace,
    "UTM203": values.value_separator,
    "UTM204": values.value_charset,
    "UTM205": values.campaign_slug,
    "UTM301": links.url_has_utm,
    "UTM302": links.url_insecure,
    "UTM303": links.url_invalid,
    "UTM304": links.url_fragment_order,
    "UTM305": links.url_shortener,
    "UTM306": tracking.utm_in_fragment_rule,
    "UTM307": tracking.utm_key_repeated_rule,
    "UTM308": tracking.utm_key_unknown_rule,
    "UTM309": tracking.url_html_escaped_rule,
    "UTM310": tracking.copied_tracking_rule,
    "UTM311": tracking.utm_internal_link_rule,
    "UTM312": tracking.pii_in_url_rule,
    "UTM313": tracking.url_second_question_mark_rule,
    "UTM314": tracking.utm_placeholder_unfilled_rule,
    "UTM315": tracking.play_referrer_unencoded_rule,
    "UTM316": tracking.utm_useless_destination_rule,
    "UTM501": structure.missing_step_content,
    "UTM502": structure.duplicate_content,
    "UTM503": structure.duplicate_link,
    "UTM504": structure.content_not_step_scoped,
    "UTM505": structure.tracking_on_in_product_link,
    "UTM506": structure.missing_tracking_on_external_link,
    "UTM601": repo.source_fragmentation,
    "UTM602": repo.medium_fragmentation,
    "UTM603": repo.campaign_collision,
    "UTM604": repo.campaign_fragmentation,
})

for _code, _rule in RULES.items():  # a typo in the table must not register a rule under the wrong code
    if _rule.code != _code:
        raise AssertionError(f"checks.RULES: {_code} maps to {_rule.code} {_rule.name}")

BUILTIN_RULES: List[Rule] = list(RULES.values())
