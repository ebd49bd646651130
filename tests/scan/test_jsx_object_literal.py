"""A JSX attribute whose value is an object literal (`source={{uri: '...'}}`: a React Native WebView's page,
`href={{pathname: '...'}}`: Next.js' Link) is code, not a template's `{{ tag }}`: clipboard.ninja's app
(src/ClipboardView/ClipboardView.js, `source={{uri: 'https://clipboard.ninja?utm_source=android_app'}}`, drawn for
corpus 46) had its one link read as inside template code and never found, so the repository counted no tracked URL.
Tested both ways: the object literal's link is read and judged; a template's `{{ url }}?utm_source=...`, a filter's
argument `{{ d|date:"Y" }}`, Go's `{{ $s := ... }}` and a link written inside a Liquid tag stay template code."""

from __future__ import annotations

from tests.scan.repository import scan_repository
from utmlint.scan import extract, family_of

VIEW = """import React from 'react';
import {WebView} from 'react-native-webview';

const ClipboardView = () => (
  <WebView
    source={{uri: 'https://clipboard.ninja?utm_source=android_app'}}
    style={{flex: 1}}
  />
);
export default ClipboardView;
"""


def urls(text: str, suffix: str):
    return [o.url for o in extract(text.encode(), suffix, family=family_of(suffix)).occurrences]


def test_an_object_literals_link_is_read_and_judged(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "trafex/clipboard.ninja-app",
                            {"src/ClipboardView/ClipboardView.js": VIEW})
    assert [(f["line"], f["name"]) for f in found] == [(6, "missing-utm-param")], found


def test_what_stays_template_code():
    assert urls("<Link href={{pathname: '/pricing?utm_source=app&utm_medium=app'}}>", ".jsx") == [
        "/pricing?utm_source=app&utm_medium=app"]
    # a template's tags: the variable opens the URL, a tag's inner text is the template's
    assert urls("<a href='{{ url }}?utm_source=x&utm_medium=y'>", ".html") == ["{{ url }}?utm_source=x&utm_medium=y"]
    assert urls("{{ 'https://x.com/?utm_source=a&utm_medium=b' | append: c }}", ".html") == []
    assert urls("<p>{{ d|date:'Y' }} {{ 'https://x.com/?utm_source=a' }}</p>", ".html") == []
    # Go's assignment (`{{ $suffix := printf "?" }}`, a Hugo shortcode's) is a template's tag, not an object's key
    assert urls('{{ $s := printf "https://x.com/?utm_source=a&utm_medium=b" }}', ".html") == []
