"""The MCP server: `tools.Workspace`'s tools and the campaign files on the official SDK's `MCPServer`, over stdio.

Imported only by `utmlint mcp` (the SDK costs a second and more to import). Each tool answers with the
command line's JSON as its first text block and the command's notes, if any, as a second one; a request
the command would refuse is a tool error (`ToolError`) the agent reads, and the server keeps serving.
Tools run one at a time: the Project and its caches are not made for threads, and the SDK runs each
plain `def` tool in a worker thread.
"""

from __future__ import annotations

import threading
from typing import Annotated, Dict, List, Optional
from urllib.parse import quote

from mcp.server import MCPServer
from mcp.server.mcpserver.exceptions import ResourceNotFoundError, ToolError
from mcp.types import CallToolResult, Resource, TextContent, ToolAnnotations
from pydantic import Field

from .. import __version__
from .tools import Answer, ToolFailure, Workspace

CAMPAIGN_URI = "utmlint://campaigns/{+path}"
_OFFLINE = ToolAnnotations(read_only_hint=True, open_world_hint=False)
_ONLINE = ToolAnnotations(read_only_hint=True, open_world_hint=True)

INSTRUCTIONS = """utmlint checks UTM-tagged campaign links (GA4 attribution) kept as YAML campaign files.
validate_link judges one full URL and gives the fixed URL; build_link builds a tracked URL from its values;
lint_files lints campaign files of this folder; scan_files checks the tracked links already written in its docs,
templates and code; render_links lists their tracked links with the GA4 channel;
explain_rule explains a finding's rule; check_link follows a link's redirects on the network (public
addresses only). Every answer is the JSON `utmlint` prints with --format json. The campaign files are
resources (utmlint://campaigns/PATH)."""


def campaign_uri(path: str) -> str:
    return "utmlint://campaigns/" + quote(path, safe="/")


class UtmlintServer(MCPServer):
    """`MCPServer` whose resource list is the project's campaign files as they are now (files come and go
    while a session lasts); reading one goes through the `utmlint://campaigns/{+path}` template."""

    def __init__(self, workspace: Workspace, **kwargs) -> None:
        super().__init__(**kwargs)
        self.workspace = workspace

    async def list_resources(self) -> List[Resource]:
        import anyio.to_thread

        listed = await super().list_resources()
        try:
            paths = await anyio.to_thread.run_sync(_serialised(self.workspace.campaign_files))
        except ToolFailure:
            paths = []  # a broken config: the tools say why; there is nothing to list
        return listed + [Resource(uri=campaign_uri(path), name=path, title=f"campaign file {path}",
                                  description=f"The campaign file {path} (YAML)", mime_type="application/yaml")
                         for path in paths]


_LOCK = threading.Lock()


def _serialised(work):
    def run(*args, **kwargs):
        with _LOCK:
            return work(*args, **kwargs)

    return run


def _answer(work, *args, **kwargs) -> CallToolResult:
    try:
        answer: Answer = _serialised(work)(*args, **kwargs)
    except ToolFailure as failure:
        raise ToolError(str(failure)) from None
    content = [TextContent(type="text", text=answer.text)]
    if answer.notes:
        content.append(TextContent(type="text", text="\n".join(answer.notes)))
    return CallToolResult(content=content)


Paths = Annotated[List[str], Field(description="files or folders under the server's folder (default: all of it)")]
PATH_HELP = ("the folder or campaign file under the server's folder the link is for, whose .utmlint.yaml judges it (a "
             "client's folder in an agency's repo, with its own sources and mediums); default: the server's folder")
Rules = Annotated[List[str], Field(description="rule codes, prefixes or names, e.g. UTM102 or medium-unassigned")]


def create_server(workspace: Workspace) -> UtmlintServer:
    server = UtmlintServer(workspace, name="utmlint", version=__version__, instructions=INSTRUCTIONS,
                           log_level="WARNING")

    @server.tool(annotations=_OFFLINE, structured_output=False)
    def build_link(
        url: Annotated[str, Field(description="the destination page, e.g. https://example.com/pricing")],
        source: Annotated[str, Field(description="utm_source, e.g. intercom")],
        medium: Annotated[str, Field(description="utm_medium, e.g. email")],
        campaign: Annotated[str, Field(description="utm_campaign, e.g. onboarding-series")],
        content: Annotated[Optional[str], Field(description="utm_content, e.g. step-1-welcome")] = None,
        term: Annotated[Optional[str], Field(description="utm_term")] = None,
        id: Annotated[Optional[str], Field(description="utm_id (GA4 cost data import)")] = None,
        validate: Annotated[bool, Field(description="run every offline rule on the link")] = True,
        path: Annotated[Optional[str], Field(description=PATH_HELP)] = None,
    ) -> CallToolResult:
        """Build one tracked link from its utm values: {"tracked_url", "validation"} with the GA4 channel and,
        when validated, each issue with the values its fix suggests (`utmlint build --validate`)."""
        values = {"campaign": campaign, "source": source, "medium": medium, "term": term, "id": id, "url": url,
                  "content": content}
        return _answer(workspace.build_link, values, validate=validate, path=path)

    @server.tool(annotations=_OFFLINE, structured_output=False)
    def validate_link(
        url: Annotated[str, Field(description="a whole tracked link, e.g. https://example.com/?utm_source=...")],
        path: Annotated[Optional[str], Field(description=PATH_HELP)] = None,
    ) -> CallToolResult:
        """Judge one full tracked URL as GA4 reads it: the channel it lands in, each finding with its span in
        the URL (0-based, end exclusive) and the URL its fix gives, and `fixed_url` with every safe fix applied."""
        return _answer(workspace.validate_link, url, path=path)

    @server.tool(annotations=_OFFLINE, structured_output=False)
    def lint_files(paths: Paths = [], select: Rules = [], ignore: Rules = []) -> CallToolResult:  # noqa: B006
        """Lint campaign files (YAML) of this folder with its .utmlint.yaml: a JSON list of findings with
        path, line, column, rule, message and fix (`utmlint lint --format json`)."""
        return _answer(workspace.lint_files, paths, select, ignore)

    @server.tool(annotations=_OFFLINE, structured_output=False)
    def scan_files(paths: Paths = [], select: Rules = [], ignore: Rules = []) -> CallToolResult:  # noqa: B006
        """Check the tracked links (utm_) already written in docs, templates, code and data files of this folder
        (Markdown, HTML, JSX, JSON, ...; campaign files are lint_files'), judged as in this repository: a JSON
        list of findings with path, line, column, rule, message and fix (`utmlint scan --format json`)."""
        return _answer(workspace.scan_files, paths, select, ignore)

    @server.tool(annotations=_OFFLINE, structured_output=False)
    def render_links(
        paths: Paths = [],  # noqa: B006
        force: Annotated[bool, Field(description="render even when files have error findings")] = False,
    ) -> CallToolResult:
        """Every link of the campaign files with its tracked URL and GA4 channel (`utmlint render --format
        json`). Refused while a file has error findings, unless force."""
        return _answer(workspace.render_links, paths, force)

    @server.tool(annotations=_ONLINE, structured_output=False)
    def check_link(
        url: Annotated[str, Field(description="the link to follow, e.g. a click-tracking link from a test e-mail")],
        expect_utm: Annotated[Optional[Dict[str, str]], Field(
            description='values the landing URL must carry, e.g. {"source": "intercom", "medium": "email"}')] = None,
        use_cache: Annotated[bool, Field(description="reuse a recent pass or fail for this link")] = True,
    ) -> CallToolResult:
        """Follow the link's redirects and interstitial pages as a browser does (network) and judge the landing
        page: HTTPS at every hop, the final status, which utm parameter a hop dropped or changed (`utmlint
        check --format json`). Private, loopback and link-local targets are always refused."""
        return _answer(workspace.check_link, url, expect_utm, use_cache)

    @server.tool(annotations=_OFFLINE, structured_output=False)
    def explain_rule(
        name: Annotated[str, Field(description="a rule code (UTM102) or name (medium-unassigned)")],
    ) -> CallToolResult:
        """Explain one rule: what it catches, why it matters, an example and what to use instead."""
        return _answer(workspace.explain_rule, name)

    @server.resource(CAMPAIGN_URI, mime_type="application/yaml", title="campaign file")
    def campaign_file(path: str) -> str:
        """A campaign file of this folder, as YAML text."""
        try:
            return _serialised(workspace.campaign_text)(path)
        except ToolFailure as failure:
            raise ResourceNotFoundError(str(failure)) from None

    return server


def serve(workspace: Workspace) -> None:
    create_server(workspace).run("stdio")
