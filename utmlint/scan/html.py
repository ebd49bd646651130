"""HTML, XHTML, XML, SVG and the e-mail and page templates built on them (MJML, Jinja, Liquid,
Handlebars, Mustache, Nunjucks, ERB, EJS, PHP).

URLs are found in attribute values (href, src, action, srcset candidates, `content="0; url=..."` of a
meta refresh) and in text, with entities decoded (`&amp;` is `&` to a browser) and every character mapped
back to where it is written, so positions and fixes land on the original bytes. A regex-free tag parser
would need well-formed input; templates are not (`href="{{ url }}"`), so the shared finder is used and
attribute quotes, which end a URL, do the delimiting. An attribute value broken over lines is read whole, as a browser
reads it (core.attribute_end)."""

from __future__ import annotations

from typing import List

from .core import Found, attribute_spans, concatenated, continued, decode, find_urls, without_breaks


_PHP = (".php", ".phtml", ".inc")  # PHP's pages, views and includes


def extract(text: str, options: dict) -> List[Found]:
    # a PHP or template expression concatenated before a quoted relative URL is its unknown origin (core.concatenated)
    found = [concatenated(text, without_breaks(decode(text, s, e, entities=True, js_escapes=False)))
             for s, e in attribute_spans(text, find_urls(text))]
    if options.get("suffix") not in _PHP:
        return found
    out: List[Found] = []  # PHP's literals that go on with a link's query (`'...?utm_source=wp' . '&utm_medium=x'`)
    for one in found:
        if not out or one.start >= out[-1].end:
            out.append(continued(text, one))
    return out
