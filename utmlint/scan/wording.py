"""A rule's message, written for a campaign file's `key: value`, as said of a link written in a document: utm keys
in a URL's query (url_speak), an escape written twice in markup (escaped_in_markup), a value a name's `#` cut
(hash_cut_message), and GA4's channel for tags once moved out of the fragment (once_moved).
"""

from __future__ import annotations

import re

from ..urls import unquote


MOVED_WORDING = "once these tags are moved into the query (after the `#` GA4 reads none of them), "
MOVED_WORDING_ONE = "once this tag is moved into the query (after the `#` GA4 does not read it), "
_UTM_KEY = re.compile(r"(?i)(?:^|[?&#/;])utm_\w*=")


def once_moved(message: str, url: str = "") -> str:
    """A channel finding on tags written after the `#` of `url`, worded for when they are moved into the query: "this
    tag" when one utm key is written there (`/#roi?utm_campaign=q3`), "these tags" otherwise."""
    if message.startswith("GA4 files "):
        message = "GA4 would file " + message[len("GA4 files "):]
    hash_at = url.find("#")
    one = hash_at != -1 and len(_UTM_KEY.findall(url[hash_at:])) == 1
    return (MOVED_WORDING_ONE if one else MOVED_WORDING) + message


# Campaign-file advice names a YAML key (`write \`medium: email\``); in a scanned file the value sits in a URL.
_CAMPAIGN_KEY_ADVICE = re.compile(r"`(source|medium|campaign|content|term): ([^`]*)`")


# Two keys or more to write, each as its own parameter (`write \`medium: email\`, \`content: hero\` and
# \`term: x\``: a `&` typed as `=`, checks.params): in a URL, one query.
_KEYED = r"`(?:source|medium|campaign|content|term): [^`]*`"
_KEYS_ADVICE = re.compile(rf"write ((?:{_KEYED}, )*{_KEYED} and {_KEYED})")


_WRITE_ADVICE = re.compile(r"; write `([^`]*)`$")


def hash_cut_message(param: str, written: str, message: str, after: str = "") -> str:
    """value-charset's message on a value a name's `#` cut in a URL (`utm_campaign=C#`): what GA4 reads, the utm
    parameters written after it that the `#` cut off too (`after`: the URL from the value's end), and the two
    spellings that keep the name (spelled out, as value-case writes it, or the `#` encoded)."""
    read, _, rest = written.partition("#")
    advice = _WRITE_ADVICE.search(message)
    # as a link carries it: a space is `%20` (`learn%20C#`: `utm_campaign=learn%20csharp`, not `learn csharp`)
    better = f"`{param}={advice.group(1).replace(' ', '%20')}` or " if advice else ""
    lost = list(dict.fromkeys(_CUT_KEY.findall(after)))
    also = ""
    if lost:
        names = ", ".join(f"`{k}`" for k in lost)
        also = f" ({names} after it {'is' if len(lost) == 1 else 'are'} lost too)"
    # lowercase, as value-case would have it: the other spelling must not bring a finding of its own
    return (f"{param} `{written}`: the `#` starts the link's fragment, so GA4 reads `{unquote(read)}` and nothing after it"
            f"{also}; write {better}`{param}={read.lower()}%23{rest.lower()}` (`%23` keeps the `#` in the value)")


_CUT_KEY = re.compile(r"[&?](utm_[A-Za-z_]+)=")
_ESCAPED_HEAD = re.compile(r"`(&[^`]*)` is HTML's escape for `([&=])`, copied out of an HTML page or attribute"
                           r"((?: \([^)]*\))?); in the link it stays literal")


def escaped_in_markup(message: str, entity: str, written_url: str = "") -> str:
    """url-html-escaped's message on a URL written in markup (XHTML, HTML), where `entity` (`&amp;`, `&#38;`) is
    how the file writes `&`: the escape found in the decoded URL was written escaped twice (`&amp;amp;`), and the
    advice is one escape with the URL as the fix writes it back, never a bare `&` (which makes XHTML ill-formed:
    stranger8 S7, the message said "write `&`" while the fix kept `&amp;`)."""
    head = _ESCAPED_HEAD.match(message)
    advice = message.rfind("; write `")
    if head is None or advice == -1:
        return message
    escape, char, times = head.groups()
    said = message[head.end():advice]
    written = entity + escape[1:]  # `&amp;` as the file writes it: `&amp;amp;`, `&#38;amp;`
    url = message[advice:].split("`: ", 1)[1] if "`: " in message[advice:] else ""
    bare = bool(written_url) and re.search(r"&(?![A-Za-z]+;|#[0-9]+;|#[xX][0-9A-Fa-f]+;)", written_url) is not None
    if written_url:  # the URL as written, only the doubled escapes made one (the author's other `&` kept: R13)
        url, before = written_url, ""
        while url != before:  # `&amp;amp;amp;`: escaped three times
            before = url
            url = re.sub(re.escape(entity) + r"(?:amp|#0*38|#[xX]0*26);", lambda _: entity, url)
            url = re.sub(re.escape(entity) + r"(?:#[xX]0*3[dD]|#0*61|equals);", "=", url)
    else:
        url = url.replace("&", entity)
    reason = "" if bare else ", as the rest of the file writes `&`"  # not where the link writes a bare `&` too
    one = f"`{entity}` (one escape{reason})" if char == "&" else f"`{char}`"
    return (f"`{written}` escapes `{char}` twice{times}: a browser reads `{escape}`, which stays literal in the link"
            f"{said}; write {one}: {url}")


def url_speak(message: str) -> str:
    """A rule's message as a reader of a URL needs it: `medium: email` becomes `utm_medium=email`, and
    "write `medium: email` and `content: x`" becomes "write `utm_medium=email&utm_content=x`" (three keys or more
    likewise: `utm_medium=email&utm_content=hero&utm_term=x`)."""
    message = _KEYS_ADVICE.sub(lambda m: "write `" + "&".join(
        f"utm_{k}={_in_url(v)}" for k, v in _CAMPAIGN_KEY_ADVICE.findall(m.group(1))) + "`", message)
    return _CAMPAIGN_KEY_ADVICE.sub(lambda m: f"`utm_{m.group(1)}={_in_url(m.group(2))}`", message)


def _in_url(value: str) -> str:
    """A value to write in a link's query, its spaces as `%20`: a space ends a link in a Markdown destination, a bare
    URL or a code string (newuser48c F5: "write `utm_campaign=launch week`" in `[post](https://...)` cut the link at the
    space), and `%20` is the same value in GA4 wherever it is written. A template's slot keeps its spaces
    (`{{ page.slug }}` is filled before anyone reads the link)."""
    if " " not in value:
        return value
    from .core import PLACEHOLDER

    slots = [m.span() for m in PLACEHOLDER.finditer(value)]
    return "".join("%20" if char == " " and not any(s <= at < e for s, e in slots) else char
                   for at, char in enumerate(value))
