"""A template variable's common shapes that stand for a whole utm value (or a part of one), as a pattern's text.

Shared by scan's URL finder (`scan.core.PLACEHOLDER`) and the URL rules' placeholder reading
(`checks.tracking.fields.is_placeholder`), so that a value a sending platform fills in is one reading everywhere: never
judged, never respelled by a fix (stranger16 R7: the safe --fix wrote `[CAMPAIGN-NAME]` as `[campaign-name]` and
`__CONTENT__` as `-content-`, and the platform no longer filled them in).

Read as a variable where a value (or a part of one between `-`, `_`, `.`) is wholly the variable:
- a name in square brackets: Campaign Monitor's and Sendy's `[firstname,fallback=]`, `[Campaign Name]`, a build's
  `weekly-[DATE]`;
- a name in double underscores: SendGrid's legacy substitutions, build tools' `__CONTENT__`;
- a name in single `%` starting the value (`%CAMPAIGN-NAME%`, `%campaign_name%`): a `%E2` escape is never one, as
  the closing `%` must end the value;
- a name with spaces in braces (`{CAMPAIGN NAME}`; the one-word `{lpurl}` is scan.core's own);
- Marketing Cloud's AMPscript `%%=v(@name)=%%`;
- a date's format in capitals, two parts or more (`weekly-YYYY-MM-DD`, `YYYYMM`, `DD.MM.YYYY`): a template's or a
  guide's date to write in, never a date (stranger16 R12: the safe --fix wrote `weekly-yyyy-mm-dd` into a newsletter's
  template).
A guide's slot stays one to fill in (utm-placeholder-unfilled reads it: checks.tracking.unfilled._unfilled_word): a utm
key's name alone in brackets (`[CAMPAIGN]`), a `YOUR_...`, `INSERT_...` note, `[TODO]`.
"""

# What a variable that is a whole value (or a part of one) is followed by: the value's end or a word separator.
_VALUE_ENDS = r"(?=[&#;)\]\"'`\s<>,_.-]|\Z)"
# A note to fill the value in (rules/placeholder-words.txt's kind), not a platform's variable: `YOUR_SOURCE`,
# `INSERT_CAMPAIGN`, `TODO`.
_NOT_A_NOTE = (r"(?!(?i:your|insert|enter|add|replace|fill)[ _-]|(?i:todo|tbd|tba|fixme|xxxx?|placeholder|changeme)(?:\]|__|%))")
# A guide's slot in square brackets: a utm key's name alone (`[CAMPAIGN]`, `[source]`).
_NOT_A_SLOT = r"(?!(?i:(?:utm_)?(?:source|medium|campaign|content|term))\])"
_NAME = r"[A-Za-z][A-Za-z0-9]*"

VALUE_VARIABLES = (
    r"(?<![^=\s._-])\[" + _NOT_A_SLOT + _NOT_A_NOTE + _NAME + r"(?:(?:[ _.:'-]|, ?)[A-Za-z0-9]+|,fallback=[^\n\]&]{0,60}){0,8}\]"
    + _VALUE_ENDS
    + r"|(?<![^=\s.-])__" + _NOT_A_NOTE + _NAME + r"(?:[_.-][A-Za-z0-9]+){0,8}__" + _VALUE_ENDS
    + r"|(?<![^=\s._-])%" + _NOT_A_NOTE + _NAME + r"(?:[_.-][A-Za-z0-9]+){0,8}%" + _VALUE_ENDS
    + r"|(?<![^=\s])\{[A-Za-z_][\w.:-]{0,60}(?: [\w.:-]{1,60}){1,6}\}" + _VALUE_ENDS
    + r"|%%=[^\n%]{1,200}?=%%"
    + r"|(?<![^=\s._-])(?:YYYY|YY|MM|DD|WW)(?:[-_./]?(?:YYYY|YY|MM|DD|WW)){1,3}" + _VALUE_ENDS
)

# A language's interpolation slot that holds a call, read as `${f(x)}` is (scan.core.PLACEHOLDER's JS template literal):
# the value is what the call returns at run time, never the code's text. C#'s interpolated string and a Python f-string
# write `{Name.Member(args)}` (`$"{url}?utm_source=desktop&utm_medium={Uri.EscapeDataString(medium)}"`, Philter
# Desktop's link helper, corpus 46 #56); Swift writes any expression as `\(expr)` (`...&utm_medium=\(medium)`,
# `\(enc(medium))`, one nested call). A one-word `{name}` is scan.core's own; braces holding only words and spaces are
# VALUE_VARIABLES'. No nested braces, no line break: never a JSON object or a block of code.
# A slot an ad platform fills in at click time with the ad's, its ad group's or its campaign's own value: Google Ads'
# ValueTrack (`{creative}`, "a unique ID for your ad"; `{adgroupid}`, `{campaignid}`, `{keyword}`) and custom parameters
# (`{_adgroup}`), Microsoft Advertising's (`{AdId}`), Meta's dynamic URL parameters (`{{ad.name}}`, `{{adset.id}}`,
# `{{campaign.name}}`, `{{placement}}`, `{{site_source_name}}`). A utm_content made with one is the granularity the
# team chose (one row for each ad, or for each ad group): never "one row for two links" (newuser47 F3, F8: Ads
# Editor tracking templates' `{creative}` and utm.new's recommended `utm_content={adgroupid}` were told "give this link
# its own content"). `{lpurl}` is the final URL itself, never a value.
AD_PLATFORM_SLOT = (r"(?<!\{)\{(?!(?i:lpurl|unescapedlpurl|escapedlpurl)\})_?[A-Za-z][A-Za-z0-9]{1,40}\}(?!\})"
                    r"|\{\{\s*(?:(?:ad|adset|campaign)\.(?:id|name)|placement|site_source_name)\s*\}\}")

# Where Google Ads and Microsoft Advertising put an ad's final URL in its tracking template (`{lpurl}?utm_source=...`;
# unescaped or escaped alike): read by `import --preset ads` and by scan's final URL suffix cells (one pattern)
LANDING_URL_SLOT = r"(?i)\{(?:lpurl|unescapedlpurl|escapedlpurl)\}"

# And a slot holding a quoted string, whatever the expression around it (review46 F14: C#'s `{dict["medium"]}`,
# `{medium ?? "email"}`, `{(paid ? "cpc" : "email")}`, `{Foo("x").ToLower()}`, an f-string's `{d['medium']}` were cut at
# the first quote, the rest of the link lost): opening with a name or `(`, one line, braces only inside its quotes;
# never a JSON object (`{"a": "b"}` opens with a quote) nor an object literal (`{uri: '...'}`, a JSX attribute's).
_QUOTED_SLOT = (r"\{(?=[A-Za-z_(])(?![A-Za-z_$][\w$]*\s*:)(?:[^\n{}\"']{0,100}(?:\"[^\n\"]{0,60}\"|'[^\n']{0,60}'))+"
                r"[^\n{}\"']{0,100}\}")
CODE_SLOTS = (r"\{[A-Za-z_][\w.:]{0,60}\([^\n(){}]{0,100}(?:\([^\n(){}]{0,60}\)[^\n(){}]{0,60})?\)\}"
              r"|\\\([A-Za-z_$][^\n(){}\\]{0,100}(?:\([^\n(){}\\]{0,60}\)[^\n(){}\\]{0,60})?\)"
              r"|" + _QUOTED_SLOT)

# A code expression joined into a string literal's value, read through the literal's quotes: an HTML attribute written
# inside a JavaScript or PHP string, `'<a href="...?utm_source=Restyaboard -' + SITE_NAME + '&utm_medium=web...">'`
# (Restyaboard's settings template, corpus 32 #32): the value is `Restyaboard - ` then each site's name, filled at run
# time, as `${SITE_NAME}` would be. The same quote closes and reopens the literal around `+` (JavaScript, Java, C#...),
# `.` (PHP) or `<>` (Elixir). The value rules read the literal text around it and never respell the code (the advice was
# `restyaboard-'-site-name-'`, the literal text for every site). Not in scan.core.PLACEHOLDER: where a URL in code
# stops at its literal's quote is read by scan.core.continued, which writes the expression as `${NAME}`.
_EXPRESSION = r"\$?[A-Za-z_][\w$]*(?:(?:\.|->|::)[A-Za-z_$][\w$]*)*(?:\([^()\n'\"]{0,80}\))?"
CONCATENATION = "|".join(rf"{q}[ \t]*(?:\+|\.|<>)[ \t]*{_EXPRESSION}[ \t]*(?:\+|\.|<>)[ \t]*{q}" for q in ("'", '"'))

# A note to fill in written in capitals as a part of a link that is no utm value: a path segment or a query key or value
# (`semrush.sjv.io/YOUR-ID`, `systeme.io/?sa=YOUR-ID`, `coursera.org/?utm_source=aff&YOUR-ID`). The link is a
# programme's link form (an affiliate network's, a referral programme's) its reader completes with their own id, as
# copied from the programme's instructions: no campaign of the file's whose missing keys are to be added.
_FILL_IN_NOTE = r"(?:YOUR|INSERT|ENTER|REPLACE)[-_][A-Z0-9]+(?:[-_][A-Z0-9]+){0,4}"


def fill_in_note(url: str) -> str:
    """The note to fill in a link writes outside its utm values (`YOUR-ID` in `...?utm_source=aff&YOUR-ID`), or ""."""
    import re

    head, _, query = url.partition("?")
    query = query.partition("#")[0]
    parts = head.split("://", 1)[-1].split("/")[1:]  # the path's segments, after the host
    for pair in re.split(r"&(?:amp;)?", query):
        key, equals, value = pair.partition("=")
        if key.lower().startswith("utm_"):
            continue
        parts += [key, value] if equals else [key]
    return next((part for part in parts if re.fullmatch(_FILL_IN_NOTE, part)), "")
