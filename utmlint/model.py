"""The campaign model: Campaign -> Steps -> Links, and the one place a link's parameters are resolved.

Inheritance, most specific first: link > step > campaign > platform profile defaults. Every rule,
`render`, `build` and `check` read a link's `params` and `tracked_url` from here, never recompute them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Tuple

from .records import NamedTuple
from .diagnostics import Pos
from .document import Document, JsonPath
from .urls import build_tracked_url, is_web_url, split_url

if TYPE_CHECKING:
    from .channels import ChannelMatch
    from .platforms import Platform

# campaign-file key -> utm parameter
PARAM_KEYS = {
    "source": "utm_source",
    "medium": "utm_medium",
    "campaign": "utm_campaign",
    "content": "utm_content",
    "term": "utm_term",
    "campaign_id": "utm_id",
    "source_platform": "utm_source_platform",
    "creative_format": "utm_creative_format",
    "marketing_tactic": "utm_marketing_tactic",
}
KEY_FOR_PARAM = {param: key for key, param in PARAM_KEYS.items()}
OVERRIDABLE = ("source", "medium", "term", "content")  # what steps and links may set for themselves
DEFAULT_CHANNEL = "email"


class Origin(NamedTuple):
    """Where a resolved parameter's value was written: a path in the file, or a platform profile."""

    path: Optional[JsonPath]  # None when the platform profile supplied it
    platform: Optional[str] = None


class _once:
    """`functools.cached_property` without its lock (Python 3.11 takes an RLock on each first read, and a lint
    reads six of these on every link): computed on first read and kept in the instance, which then answers."""

    def __init__(self, func):
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


class Link:
    def __init__(self, campaign: "Campaign", step: Optional["Step"], path: JsonPath, url: str, label: Optional[str],
                 channel: str, track: bool):
        self.campaign = campaign
        self.step = step
        self.path = path  # where the link mapping sits in the file
        self.url = url
        self.label = label
        self.channel = channel  # the message channel it is sent in: email, in-app, ...
        self.track = track  # false when the file opts this link out of tracking
        self.channel_written = False  # the channel was written in the file, not chosen by utmlint
        self.params: Dict[str, str] = {}  # resolved utm_* values
        self.origins: Dict[str, Origin] = {}

    def __repr__(self) -> str:
        return f"Link({self.url!r} at {self.path})"

    @property
    def pos(self) -> Pos:
        return self.campaign.doc.pos(self.path + ("url",))

    @_once
    def is_web(self) -> bool:
        return is_web_url(self.url)

    @_once
    def shown_in_product(self) -> bool:
        """Whether the message carrying the link is shown inside the product (in-app message, banner,
        tooltip, ...): the platform profile says so for its channels; without one, the channel's name does."""
        platform = self.campaign.platform
        known = platform.channels.get(self.channel) if platform is not None else None
        return known.in_product if known is not None else self.channel in _in_product_channels()

    @_once
    def in_product(self) -> bool:
        """Relative or app-scheme links, and links from a message shown inside the product to one of the
        configured `in-product-hosts`: never tracked. An email, push or SMS that links into the app brings
        the user from outside, so its link is external traffic and tracked, whatever its host."""
        if not self.is_web:
            return True
        return self.shown_in_product and split_url(self.url.strip()).host in self.campaign.in_product_hosts

    @_once
    def tracked(self) -> bool:
        return self.track and not self.in_product

    @_once
    def tracked_url(self) -> str:
        return build_tracked_url(self.url.strip(), self.params) if self.tracked else self.url

    @_once
    def ga4_channel(self) -> "ChannelMatch":
        return _predict_channel(self.params.get("utm_source"), self.params.get("utm_medium"), self.params.get("utm_campaign"))

    def param_pos(self, param: str) -> Pos:
        """Where the value of `param` was written (a platform default points at `platform:`)."""
        origin = self.origins.get(param)
        if origin is None:
            return self.pos
        if origin.path is None:
            return self.campaign.doc.pos(("platform",))
        return self.campaign.doc.pos(origin.path)


def _in_product_channels() -> frozenset:
    """platforms.IN_PRODUCT_CHANNELS, imported on the first call, after which this name is bound to a function
    returning it: an import statement in a per-link property costs every link a few microseconds."""
    global _in_product_channels
    from .platforms import IN_PRODUCT_CHANNELS

    _in_product_channels = lambda: IN_PRODUCT_CHANNELS  # noqa: E731
    return IN_PRODUCT_CHANNELS


def _predict_channel(source: Optional[str], medium: Optional[str], campaign: Optional[str]) -> "ChannelMatch":
    """channels.predict_channel, imported on the first call (a run that reads its results from the cache never
    needs channels.py); after it, this name is the function itself, so each link pays no import statement."""
    global _predict_channel
    from .channels import predict_channel

    _predict_channel = predict_channel
    return predict_channel(source, medium, campaign)


class Step:
    def __init__(self, path: JsonPath, index: int, id: str, channel: str, branch: Optional[str] = None,
                 segment: Optional[str] = None):
        self.path = path
        self.index = index
        self.id = id
        self.channel = channel
        self.branch = branch
        self.segment = segment
        self.links: List[Link] = []

    def __repr__(self) -> str:
        return f"Step({self.id!r})"


class Campaign:
    def __init__(self, doc: Document, slug: Optional[str], type: Optional[str], platform: Optional["Platform"],
                 platform_name: Optional[str], in_product_hosts: frozenset = frozenset()):
        self.doc = doc
        self.slug = slug
        self.type = type
        self.platform = platform
        self.platform_name = platform_name
        self.in_product_hosts = in_product_hosts
        self.steps: List[Step] = []
        self.links: List[Link] = []  # campaign-level links

    def __repr__(self) -> str:
        return f"Campaign({self.slug!r} in {self.doc.path})"

    @property
    def path(self) -> str:
        return self.doc.path

    @property
    def all_links(self) -> List[Link]:
        return [link for step in self.steps for link in step.links] + self.links

    def release(self) -> None:
        """Forget the steps and links. Each link points back at its step and campaign, so a model is a web of
        cycles that only the cycle collector could free; a lint is done with a file's model once its rules
        ran, and after this reference counting frees it (and the document it holds) there and then, instead
        of the collector walking every file's nodes a second time after the file (about 10% of a cold lint)."""
        for step in self.steps:
            step.links = []
        self.steps = []
        self.links = []

    @property
    def is_sequence(self) -> bool:
        """Links sent over several steps (a Series, or several steps of any type): each step's links need
        a utm_content of their own."""
        return self.type == "series" or len(self.steps) > 1

    @property
    def is_series(self) -> bool:
        """A Series (`type: series`, or several steps and no type): its utm_content names the step."""
        return self.type == "series" or (self.type is None and len(self.steps) > 1)


def _text(value: Any) -> Optional[str]:
    return value if type(value) is str else None


def build_campaign(doc: Document, platforms: Mapping[str, "Platform"], in_product_hosts=frozenset()) -> Optional[Campaign]:
    """The model of a parsed document; None when its shape is too broken to model (the schema says why)."""
    data = doc.data
    if not isinstance(data, dict):
        return None
    platform_name = _text(data.get("platform"))
    platform = platforms.get(platform_name) if platform_name else None
    campaign = Campaign(doc, _text(data.get("campaign")), _text(data.get("type")), platform, platform_name,
                        frozenset(h.lower() for h in in_product_hosts))
    base = _campaign_params(data, platform)
    written_channel = _text(data.get("channel"))
    campaign_channel = written_channel or _default_channel(platform, campaign.type)
    steps = data.get("steps")
    if isinstance(steps, list):
        for index, raw in enumerate(steps):
            if not isinstance(raw, dict):
                continue
            path = ("steps", index)
            step_channel = _text(raw.get("channel")) or written_channel
            step = Step(path, index, _text(raw.get("id")) or f"step-{index + 1}",
                        step_channel or campaign_channel, _text(raw.get("branch")), _text(raw.get("segment")))
            step_params = _overlay(base, raw, path)
            step.links = _links(campaign, step, raw.get("links"), path + ("links",), step_params, step_channel)
            campaign.steps.append(step)
    campaign.links = _links(campaign, None, data.get("links"), ("links",), base, written_channel)
    return campaign


def _default_channel(platform: Optional["Platform"], campaign_type: Optional[str]) -> str:
    if platform is not None:
        return platform.message_channel(None, campaign_type, None)
    return "ad" if campaign_type == "ad" else DEFAULT_CHANNEL


_Resolved = Dict[str, Tuple[str, Origin]]


def _campaign_params(data: Mapping[str, Any], platform: Optional["Platform"]) -> _Resolved:
    resolved: _Resolved = {}
    if platform is not None:
        resolved["utm_source"] = (platform.source, Origin(None, platform.name))
        resolved["utm_medium"] = (platform.default_medium, Origin(None, platform.name))
    for key, param in PARAM_KEYS.items():
        value = data.get(key)
        if type(value) is str:  # _text, inline: asked for every key of every step and link
            resolved[param] = (value, Origin((key,)))
    return resolved


def _overlay(base: _Resolved, raw: Mapping[str, Any], path: JsonPath) -> _Resolved:
    resolved = dict(base)
    for key in OVERRIDABLE:
        value = raw.get(key)
        if type(value) is str:  # _text, inline
            resolved[PARAM_KEYS[key]] = (value, Origin(path + (key,)))
    return resolved


def _links(campaign: Campaign, step: Optional[Step], raw_links: Any, path: JsonPath, inherited: _Resolved,
           written_channel: Optional[str]) -> List[Link]:
    """The links of one list; each link's message channel is the written one, else the platform profile's
    choice for the campaign's type and the link's written medium (see `Platform.message_channel`)."""
    links: List[Link] = []
    if not isinstance(raw_links, list):
        return links
    platform = campaign.platform
    for index, raw in enumerate(raw_links):
        if not isinstance(raw, dict) or _text(raw.get("url")) is None:
            continue
        link_path = path + (index,)
        resolved = _overlay(inherited, raw, link_path)
        medium = resolved.get("utm_medium")
        written_medium = medium[0] if medium is not None and medium[1].path is not None else None
        if platform is not None:
            channel = platform.message_channel(written_channel, campaign.type, written_medium)
        else:
            channel = written_channel or _default_channel(None, campaign.type)
        if platform is not None and medium is not None and medium[1].path is None:
            # A platform default medium depends on the message channel (push, sms, paid ads, ...).
            message_channel = platform.channels.get(channel)
            if message_channel is not None and message_channel.mediums:
                resolved["utm_medium"] = (message_channel.mediums[0], medium[1])
        link = Link(campaign, step, link_path, raw["url"], _text(raw.get("label")), channel, raw.get("track", True) is not False)
        link.channel_written = written_channel is not None
        link.params = {param: value for param, (value, _) in resolved.items()}
        link.origins = {param: origin for param, (_, origin) in resolved.items()}
        links.append(link)
    return links


def written_values(campaign: Campaign, key: str) -> List[Tuple[JsonPath, str]]:
    """Every place `key` (source, medium, ...) is written in the file: campaign, steps and links."""
    cache = campaign.__dict__.get("_written")
    if cache is None:  # the rules ask for five keys in turn: one walk of the file answers them all
        cache = campaign.__dict__["_written"] = _written_values(campaign.doc.data, PARAM_KEYS)
    if key not in cache:
        cache.update(_written_values(campaign.doc.data, (key,)))
    return cache[key]


def _written_values(data: Any, keys) -> Dict[str, List[Tuple[JsonPath, str]]]:
    """For each of `keys`, where it is written with a text value: the campaign, each step, each of their links."""
    found: Dict[str, List[Tuple[JsonPath, str]]] = {key: [] for key in keys}

    def visit(mapping: Any, path: JsonPath) -> None:
        if isinstance(mapping, dict):
            for key, value in mapping.items():
                if type(value) is str and key in found:
                    found[key].append((path + (key,), value))

    visit(data, ())
    for list_key in ("steps", "links"):
        items = data.get(list_key) if isinstance(data, dict) else None
        for index, item in enumerate(items if isinstance(items, list) else ()):
            visit(item, (list_key, index))
            if list_key == "steps" and isinstance(item, dict) and isinstance(item.get("links"), list):
                for link_index, link in enumerate(item["links"]):
                    visit(link, (list_key, index, "links", link_index))
    return found
