"""`utmlint render [PATH ...]`: every link of the campaign files, with its tracked URL, ready to paste.

Rows are grouped by campaign, then step: campaign, step (branch/segment), link label, the channel GA4
will assign, and the tracked URL. In-product links appear untouched, marked untracked. Files with
error findings are refused (exit 1, findings on stderr) unless --force, so nobody pastes a link the
linter would reject. Exit codes: 0 rendered, 1 refused, 2 usage or config error.
"""

from __future__ import annotations

import argparse
import sys

from . import write_report

FORMATS = ("table", "markdown", "csv", "json", "urls", "html", "slack")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("render", help="print every tracked link, ready to paste", description=__doc__)
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: the current folder)")
    parser.add_argument("--format", choices=FORMATS, default="table",
                        help="table (terminal: fits its width, URLs on their own lines when it is narrow), markdown "
                             "(pipe table with real links), slack (mrkdwn for Slack's API or a webhook; to paste by hand "
                             "use urls), csv, json (both with the utm "
                             "values in their own columns), urls (one tracked URL a line), "
                             "html (one page with copy buttons and each link's findings)")
    parser.add_argument("--output", "-o", metavar="FILE", help="write to FILE (atomically) instead of stdout")
    parser.add_argument("--force", action="store_true", help="render even when files have error findings")
    parser.add_argument("--config", metavar="FILE", help="use this config file instead of searching for one")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..links import link_rows
    from ..project import Project
    from ..render_formats import render
    from ..reporters import RunSummary, TextOptions, render as report

    project = Project.from_args(args)
    linter = project.linter()
    linter.use_cache = True  # the gate is the same lint: unchanged files are not linted again
    result = linter.run()
    errors = [d for d in result.diagnostics if d.severity == "error"]
    if errors:
        from ..color import columns, wanted

        text_options = TextOptions(color=wanted(sys.stderr), width=columns(sys.stderr))
        summary = RunSummary(files=result.files, registry=linter.registry, fail_on="error", text=text_options,
                             sources={r.path: r.file for r in result.results.values() if r.file is not None})
        sys.stderr.write(report("text", errors, summary))
        if not args.force:
            bad = len({d.path for d in errors})
            print(f"utmlint: render refused: {bad} file{'s' if bad != 1 else ''} with errors; fix them or pass --force",
                  file=sys.stderr)
            return 1
        print("utmlint: --force: rendering despite the errors above", file=sys.stderr)
    campaigns = project.campaigns()
    if not campaigns and not result.diagnostics:  # an empty table, said: not a render of links that have none
        print("utmlint: nothing to render: no campaign file found (`utmlint lint --show-files` lists what it "
              "looked at)", file=sys.stderr)
    _note_warnings(result, campaigns, args.paths)
    if args.format == "html":  # the catalogue page: links with the findings the gate saw beside them
        from ..html.catalogue import render as catalogue

        text = catalogue(campaigns, result.diagnostics)
    else:
        width = None
        if args.format == "table" and not args.output:
            from ..color import columns

            width = columns(sys.stdout, default=0) or None  # a pipe or a file: no width to fit, rows stay whole
        text = render(args.format, link_rows(campaigns), width)
    write_report(args, text)
    if args.format == "slack":
        from ..render_formats import SLACK_NOTE

        print(SLACK_NOTE, file=sys.stderr)
    return 0


def _note_warnings(result, campaigns, paths) -> None:
    """Render hands out links the gate let through: say so on stderr when the files have warnings (stdout stays
    the rendered links), naming how many links a warning concerns: it sits on a line of the link or on a
    line its values come from (a campaign's `source:` concerns every link that inherits it)."""
    warnings = [d for d in result.diagnostics if d.severity == "warning"]
    if not warnings:
        return
    from ..links import concerns

    at = {}
    for d in warnings:
        at.setdefault(d.path, set()).add(d.line)
    concerned = 0
    for campaign in campaigns:
        lines = at.get(campaign.path, ())
        for link in campaign.all_links:
            concerned += any(concerns(link, line) for line in lines)
    files = len({d.path for d in warnings})
    import shlex

    from ..printable import printable

    where = printable(" ".join(shlex.quote(path) for path in paths) if paths else ".")
    links = f"{concerned} link{'s' if concerned != 1 else ''} {'have' if concerned != 1 else 'has'} warnings" \
        if concerned else "the rendered files have warnings"
    print(f"utmlint: {links} ({len(warnings)} warning{'s' if len(warnings) != 1 else ''} in {files} "
          f"file{'s' if files != 1 else ''}): run `utmlint lint {where}` to see them", file=sys.stderr)
