"""Generate a deterministic corpus of realistic, valid utmlint campaign files.

    python benchmarks/corpus.py N OUTDIR [--seed S]

writes a campaign repo the way a team keeps one:

    OUTDIR/.utmlint.yaml                        include: ["campaigns/**/*.yaml"]
    OUTDIR/schemas/campaign.schema.json         copied from the checkout, if present
    OUTDIR/campaigns/<platform>/<slug>.yaml     N campaign files

Files are drawn one after another from a single ``random.Random(seed)``, so the
first 100 files of a 1,000-file corpus are the 100-file corpus with the same
seed: sizes differ only in how many files there are, which keeps a wall-time
curve over N honest.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

REPO_ROOT = Path(__file__).resolve().parent.parent
SCHEMA = REPO_ROOT / "schemas" / "campaign.schema.json"
SCHEMA_COMMENT = "# yaml-language-server: $schema=../../schemas/campaign.schema.json"
CONFIG = """\
# utmlint configuration for this campaign repo
include: ["campaigns/**/*.yaml"]
"""


@dataclass(frozen=True)
class Platform:
    name: str
    source: str
    medium: str
    kind: str  # lifecycle | ads
    channels: tuple[str, ...] = ("email",)
    campaign_channel: str | None = None  # when the medium is not the platform's default channel's
    medium_is_default: bool = True


PLATFORMS = (
    Platform("intercom", "intercom", "email", "lifecycle", ("email", "email", "email", "in-app", "push")),
    Platform("mailchimp", "mailchimp", "email", "lifecycle"),
    Platform("hubspot", "hubspot", "email", "lifecycle"),
    Platform("klaviyo", "klaviyo", "email", "lifecycle", ("email", "email", "email", "sms")),
    Platform("customer-io", "customerio", "email", "lifecycle", ("email", "email", "in-app", "push")),
    Platform("google-ads", "google", "cpc", "ads"),
    Platform("linkedin", "linkedin", "paid-social", "ads", campaign_channel="ads", medium_is_default=False),
    Platform("meta-ads", "facebook", "paid-social", "ads"),
)
PLATFORM_WEIGHTS = (22, 14, 14, 10, 8, 12, 10, 10)

TOPICS = (
    "ai-assistant", "collaboration", "integrations", "reporting", "sso", "mobile-app",
    "api", "templates", "automations", "dashboards", "billing", "security", "workflows",
    "analytics", "calendar-sync", "slack-integration", "audit-log", "custom-fields",
    "guest-access", "offline-mode", "time-tracking", "approvals", "data-export",
)
LIFECYCLE = (
    "onboarding-series", "trial-conversion", "activation-nudges", "winback",
    "nurture", "renewal-reminders", "upsell-pro", "churn-save", "feature-adoption",
    "webinar-followup", "post-purchase", "abandoned-cart", "reengagement",
)
ANNOUNCEMENTS = (
    "product-launch", "feature-announcement", "monthly-newsletter", "changelog-digest",
    "webinar-invite", "event-invite", "spring-sale", "black-friday", "price-update",
    "customer-survey", "beta-invite",
)
AD_PLANS = (
    "search-brand", "search-competitor", "search-generic", "retargeting",
    "lookalike", "prospecting", "lead-gen-form", "video-awareness", "carousel",
)
REGIONS = ("", "", "", "", "emea", "na", "apac", "latam", "dach", "uk")
SEGMENTS = (
    "pro-users", "free-trial", "enterprise", "smb", "admins", "new-signups",
    "dormant-30d", "power-users", "eu-customers", "us-customers", "churn-risk",
    "high-intent", "mobile-only",
)
BRANCH_PAIRS = (
    ("converted", "not-converted"), ("opened", "not-opened"),
    ("clicked", "not-clicked"), ("activated", "inactive"),
)
STEP_VERBS = (
    "welcome", "getting-started", "tips", "case-study", "check-in", "reminder",
    "feature-spotlight", "social-proof", "feedback", "upgrade-offer", "last-chance",
    "resources", "invite-team", "success-story", "thank-you", "survey",
)
CTA_SLOTS = ("primary-cta", "secondary-cta", "footer-link", "hero-image", "text-link")
LABELS = {
    "primary-cta": ("Primary CTA", "Start free trial", "Book a demo", "Get started"),
    "secondary-cta": ("Secondary CTA", "Read the guide", "Watch the video"),
    "footer-link": ("Footer link", "Help center"),
    "hero-image": ("Hero image",),
    "text-link": ("Inline text link", "Learn more"),
}
HOSTS = (
    "https://example.com", "https://www.example.com", "https://app.example.com",
    "https://docs.example.com", "https://blog.example.com", "https://help.example.com",
    "https://events.example.com", "https://shop.example.com",
)
COMPANIES = ("acme", "globex", "initech", "umbrella", "hooli", "stark-industries", "wayne-co")
QUERIES = (
    "plan=pro", "ref=email", "tab=overview&view=grid", "lang=en", "coupon=SPRING25",
    "q=project%20management", "interval=annual", "seats=10&plan=business",
)
FRAGMENTS = ("pricing-table", "hero", "faq", "step-3", "comparison", "testimonials", "signup")
IN_APP_PATHS = (
    "/settings/integrations", "/onboarding/checklist", "/projects/new", "/reports?range=30d",
    "/settings/billing#plan", "/inbox", "/templates", "/settings/team/invite",
    "/automations/new?from=template", "/dashboard#getting-started",
)
OWNERS = ("growth", "lifecycle", "product marketing", "demand gen", "customer success")
REVIEWERS = ("ana", "ben", "chloe", "dev", "emma", "farid", "grace", "hiro")
SEARCH_TERMS = (
    "project-management-software", "team-collaboration-tool", "kanban-board",
    "task-tracker", "gantt-chart-online", "okr-software",
)


@dataclass
class Link:
    url: str
    content: str | None = None
    label: str | None = None
    comment: str | None = None


@dataclass
class Step:
    id: str
    channel: str
    links: list[Link]
    branch: str | None = None
    segment: str | None = None
    comment: str | None = None
    medium: str | None = None
    delay: str | None = None


@dataclass
class Campaign:
    slug: str
    platform: Platform
    type: str
    header: list[str]
    term: str | None = None
    name: str | None = None
    owner: str | None = None
    steps: list[Step] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)


class Generator:
    """Draws campaigns one after another from one random stream."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used: set[str] = set()

    def campaign(self) -> Campaign:
        rng = self.rng
        platform = rng.choices(PLATFORMS, PLATFORM_WEIGHTS)[0]
        if platform.kind == "ads":
            base = f"{rng.choice(AD_PLANS)}-{rng.choice(TOPICS)}"
            kind = "outbound"
        elif rng.random() < 0.7:
            base = f"{rng.choice(LIFECYCLE)}-{rng.choice(TOPICS)}"
            kind = "series"
        else:
            base = f"{rng.choice(ANNOUNCEMENTS)}-{rng.choice(TOPICS)}"
            kind = "outbound" if rng.random() < 0.7 else "series"
        region = rng.choice(REGIONS)
        year = rng.choice((2024, 2025, 2026))
        quarter = rng.randint(1, 4)
        slug = f"{base}-{region}-{year}-q{quarter}" if region else f"{base}-{year}-q{quarter}"
        slug = self._unique(slug)
        header = [
            f"# {slug.replace('-', ' ').capitalize()}",
            f"# Owner: {rng.choice(OWNERS)} team; reviewed by {rng.choice(REVIEWERS)}.",
        ]
        if rng.random() < 0.3:
            header.append(f"# Tracking plan: https://wiki.example.com/campaigns/{slug}")
        term = None
        if platform.name == "google-ads":
            term = rng.choice(SEARCH_TERMS)
        elif rng.random() < 0.25:
            term = f"feature-{rng.choice(TOPICS)}"
        if platform.kind == "ads":
            kind = "ad"
        campaign = Campaign(slug, platform, kind, header, term)
        if rng.random() < 0.3:
            campaign.name = slug.replace("-", " ").capitalize()
        if rng.random() < 0.2:
            campaign.owner = f"{rng.choice(REVIEWERS)}@example.com"
        if kind == "series":
            campaign.steps = self._steps(platform)
            if rng.random() < 0.1:
                campaign.links = self._links(rng.randint(1, 2))
        else:
            campaign.links = self._links(rng.randint(1, 3))
        return campaign

    def _unique(self, slug: str) -> str:
        candidate, n = slug, 1
        while candidate in self.used:
            n += 1
            candidate = f"{slug}-v{n}"
        self.used.add(candidate)
        return candidate

    def _steps(self, platform: Platform) -> list[Step]:
        rng = self.rng
        count = rng.randint(3, 12)
        steps: list[Step] = []
        verbs = rng.sample(STEP_VERBS, k=min(count, len(STEP_VERBS)))
        branch_at = rng.randint(2, count - 1) if count >= 4 and rng.random() < 0.4 else None
        number = 0
        for i in range(count):
            number += 1
            verb = verbs[i % len(verbs)]
            channel = rng.choice(platform.channels)
            segment = rng.choice(SEGMENTS) if rng.random() < 0.15 else None
            if i == branch_at:
                yes, no = rng.choice(BRANCH_PAIRS)
                for branch, comment in ((yes, f"branch: {yes} users"), (no, f"branch: {no} users")):
                    step_id = f"step-{number}-{branch}-{verb}" if branch == no else f"step-{number}-{branch}"
                    steps.append(Step(step_id, "email", self._step_links(step_id), branch, segment, comment))
                continue
            step_id = f"step-{number}-{verb}"
            if channel == "in-app":
                links = [Link(path) for path in rng.sample(IN_APP_PATHS, rng.randint(1, 2))]
            else:
                links = self._step_links(step_id)
            medium = channel if channel in ("push", "sms") else None
            steps.append(Step(step_id, channel, links, None, segment, None, medium))
        day = 0
        for step in steps:
            if rng.random() < 0.6:
                day += rng.randint(1, 4)
                step.delay = f"day {day}"
        return steps

    def _step_links(self, step_id: str) -> list[Link]:
        rng = self.rng
        count = rng.choices((1, 2, 3), (5, 3, 2))[0]
        if count == 1:
            label = rng.choice(LABELS["primary-cta"]) if rng.random() < 0.5 else None
            return [Link(self._url(), step_id, label)]
        slots = CTA_SLOTS[:count]
        return [Link(self._url(), f"{step_id}-{slot}", self._label(slot)) for slot in slots]

    def _links(self, count: int) -> list[Link]:
        slots = CTA_SLOTS[:count]
        return [Link(self._url(), slot, self._label(slot)) for slot in slots]

    def _label(self, slot: str) -> str | None:
        return self.rng.choice(LABELS[slot]) if self.rng.random() < 0.6 else None

    def _url(self) -> str:
        rng = self.rng
        host = rng.choice(HOSTS)
        topic = rng.choice(TOPICS)
        path = rng.choice((
            "/quickstart", "/pricing", f"/features/{topic}", f"/blog/{rng.randint(2023, 2026)}/{topic}-guide",
            f"/docs/{topic}/getting-started", f"/webinars/{topic}-live", f"/changelog/{topic}",
            f"/customers/{rng.choice(COMPANIES)}", "/signup", f"/templates/{topic}", "/demo",
        ))
        url = host + path
        if rng.random() < 0.25:
            url += "?" + rng.choice(QUERIES)
        if rng.random() < 0.15:
            url += "#" + rng.choice(FRAGMENTS)
        return url


def render(c: Campaign, rng: random.Random) -> str:
    """Write a campaign as YAML text, by hand, the way people format these files."""
    p = c.platform
    out = [SCHEMA_COMMENT, *c.header, ""]
    out.append(f"campaign: {c.slug}")
    if c.name:
        out.append(f"name: {c.name}")
    if c.owner:
        out.append(f"owner: {c.owner}")
    out.append(f"platform: {p.name}")
    if rng.random() < 0.7:  # the platform supplies both; many teams spell them out anyway
        out.append(f"source: {p.source}" + ("  # set by the platform, kept for clarity" if rng.random() < 0.2 else ""))
        out.append(f"medium: {p.medium}")
    elif not p.medium_is_default:
        out.append(f"medium: {p.medium}")
    if p.campaign_channel:
        out.append(f"channel: {p.campaign_channel}")
    if c.term:
        out.append(f"term: {c.term}")
    out.append(f"type: {c.type}")
    if c.steps:
        out.append("")
        out.append("steps:")
        for step in c.steps:
            if step.comment:
                out.append(f"  # --- {step.comment} ---")
            out.append(f"  - id: {step.id}")
            out.append(f"    channel: {step.channel}")
            if step.branch:
                out.append(f"    branch: {step.branch}")
            if step.segment:
                out.append(f"    segment: {step.segment}")
            if step.medium:
                out.append(f"    medium: {step.medium}  # GA4: {_GA4_NAMES[step.medium]}")
            if step.delay:
                out.append(f"    delay: {step.delay}")
            out.append("    links:")
            out.extend(_render_links(step.links, "      ", rng))
    if c.links:
        out.append("")
        if c.type == "outbound":
            out.append("# Links in the message itself")
        out.append("links:")
        out.extend(_render_links(c.links, "  ", rng))
    return "\n".join(out) + "\n"


_GA4_NAMES = {"push": "Mobile Push Notifications", "sms": "SMS"}


def _render_links(links: Sequence[Link], indent: str, rng: random.Random) -> list[str]:
    lines = []
    for link in links:
        url = link.url
        if ("?" in url or "#" in url) and rng.random() < 0.4:
            url = f'"{url}"'
        elif link.content is None and rng.random() < 0.5:
            lines.append(f"{indent}- url: {url}  # in-product link, not tracked")
            continue
        lines.append(f"{indent}- url: {url}")
        if link.content:
            lines.append(f"{indent}  content: {link.content}")
        if link.label:
            lines.append(f"{indent}  label: {link.label}")
    return lines


def generate(n: int, outdir: Path, seed: int = 0) -> list[Path]:
    """Write N campaign files and the repo config into OUTDIR; return the campaign paths."""
    gen = Generator(seed)
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / ".utmlint.yaml").write_text(CONFIG, encoding="utf-8")
    if SCHEMA.is_file():
        (outdir / "schemas").mkdir(exist_ok=True)
        shutil.copyfile(SCHEMA, outdir / "schemas" / SCHEMA.name)
    paths = []
    for _ in range(n):
        campaign = gen.campaign()
        path = outdir / "campaigns" / campaign.platform.name / f"{campaign.slug}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(campaign, gen.rng), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of campaign files")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("N must be >= 0")
    if (args.outdir / "campaigns").exists() and any((args.outdir / "campaigns").iterdir()):
        parser.error(f"{args.outdir}/campaigns is not empty; use a fresh directory")
    paths = generate(args.n, args.outdir, args.seed)
    print(f"wrote {len(paths)} campaign files to {args.outdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
