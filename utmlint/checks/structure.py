"""UTM5xx: how a campaign's steps and links are laid out: every step's links told apart."""

from __future__ import annotations

from ..fixes import add_key
from ..registry import rule


def _slug(text: str) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in text)
    return "-".join(part for part in out.split("-") if part)


def generated_content(link) -> str:
    """The utm_content a step's link should carry: the step id, plus the link's label or number when the
    step has several links."""
    step = link.step
    base = step.id if step is not None else "link"
    siblings = step.links if step is not None else link.campaign.links
    if len(siblings) == 1:
        return base
    suffix = _slug(link.label) if link.label else f"link-{siblings.index(link) + 1}"
    return f"{base}-{suffix}"


def has_own_content(link) -> bool:
    """Content written on the link or its step counts; one inherited from the whole campaign does not."""
    origin = link.origins.get("utm_content")
    return origin is not None and origin.path is not None and len(origin.path) > 1


@rule(code="UTM501", name="missing-step-content", summary="A link in a multi-step campaign has no utm_content of its own.",
      severity="warning", target="link", fixable=True,
      example="campaign: onboarding-series\nsource: intercom\nmedium: email\ntype: series\nsteps:\n  - id: step-1-welcome\n    links:\n      - url: https://app.example.com/quickstart\n  - id: step-2-tips\n    links:\n      - url: https://example.com/tips\n        content: step-2-tips\n",
      use_instead="campaign: onboarding-series\nsource: intercom\nmedium: email\ntype: series\nsteps:\n  - id: step-1-welcome\n    links:\n      - url: https://app.example.com/quickstart\n        content: step-1-welcome\n  - id: step-2-tips\n    links:\n      - url: https://example.com/tips\n        content: step-2-tips\n")
def missing_step_content(link, ctx):
    """What it does: in a series or any campaign with several steps, reports tracked links to external pages
    that carry no utm_content of their own (on the link or its step).
    Why is this bad? Without per-step content GA4 shows the whole sequence as one row: nobody can tell which
    step drove the signup, which reminder worked, or which branch converted.
    """
    campaign = link.campaign
    if not link.tracked or link.step is None or not campaign.is_sequence or has_own_content(link):
        return
    value = generated_content(link)
    fix = add_key(campaign.doc, link.path, "url", "content", value, f"add `content: {value}`")
    yield ctx.report(f"step `{link.step.id}` links to {link.url.strip()} without its own utm_content, so GA4 cannot "
                     f"tell this step's clicks from the rest of the series; add `content: {value}`", link.pos, fix=fix)
