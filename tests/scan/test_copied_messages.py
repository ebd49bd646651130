"""stranger11 R15: copied-tracking's messages. The URL a message gives to paste ("remove them: ...") was cut with `…`
in text and concise output (json had it whole); a marker naming the platform whose own tags they are (Eventbrite's
e-mail tags on an eventbrite.com page, `by=eventbrite`) listed six kinds of platform instead of naming it. Real
files, `utmlint scan` as a user runs it."""

from __future__ import annotations

import subprocess

EVENT = ("https://www.eventbrite.com/e/flows-summit-2027-tickets-123456?aff=oddtdtcreator&utm_source=eb_email"
         "&utm_medium=email&utm_campaign=new_event_email")


def test_the_url_to_paste_is_never_cut_and_the_platform_is_named(project, run):
    folder = project({"footer.html": f'<a href="{EVENT}">Flows Summit</a>\n'})
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    subprocess.run(["git", "-C", str(folder), "remote", "add", "origin", "https://github.com/nwlabs/docs.git"],
                   check=True)
    for fmt in ("concise", "text"):
        out = run("scan", "--no-cache", "--format", fmt, ".", cwd=folder).out
        assert "remove them: https://www.eventbrite.com/e/flows-summit-2027-tickets-123456?aff=oddtdtcreator" in out
        assert "eventbrite.com's own tags" in out and "a share button's, a feed's" not in out
