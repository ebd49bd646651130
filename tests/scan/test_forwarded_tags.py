"""A relative link that passes on the tags the visit arrived with (corpus 38 #51, session 43 fix38): DoughPop's paid
landing page reads its ad's tags from its own address and writes them on its sign-up link,

    const utmSource = urlParams.get('utm_source') || 'paid'
    ...
    const signupUrl = `/auth?mode=signup&utm_source=${utmSource}&utm_medium=${utmMedium}&utm_campaign=${utmCampaign}`

and the sign-up page records them. utm-internal-link said the tags overwrite where the visitor came from and should
go: they carry the same values on, and removing them loses the ad's campaign where the app records it. The other
way: the same link whose slots the file fills with its own values (a constant, a function's argument, another key's
value) is an internal link with the file's tags, still told. Real files in a temp git folder, `utmlint scan`
in-process; and own_site.forwarded_tags on its own."""

from __future__ import annotations

import json
import subprocess

import pytest

from utmlint.cli import main
from utmlint.scan.own_site import forwarded_tags, forwarding

LINK = "/auth?mode=signup&utm_source=${utmSource}&utm_medium=${utmMedium}&utm_campaign=${utmCampaign}"

FORWARDING = """import { Link } from 'react-router-dom'

export default function PaidLanding() {
  // Get UTM params to pass through to signup
  const urlParams = new URLSearchParams(window.location.search)
  const utmSource = urlParams.get('utm_source') || 'paid'
  const utmMedium = urlParams.get('utm_medium') || 'ads'
  const utmCampaign = urlParams.get('utm_campaign') || 'acquisition'

  const signupUrl = `%s`

  return <Link to={signupUrl}>Start Free</Link>
}
""" % LINK

CHOSEN = FORWARDING.replace("urlParams.get('utm_source') || 'paid'", "'paid'")


def _scan(tmp_path, monkeypatch, capsys, files):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "https://github.com/acme/app.git"],
                   check=True)
    for name, content in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(content, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "."])
    return sorted((d["path"], d["line"], d["name"]) for d in json.loads(capsys.readouterr().out))


def test_a_link_passing_on_the_visits_own_tags_is_no_internal_link_to_untag(tmp_path, monkeypatch, capsys):
    assert _scan(tmp_path, monkeypatch, capsys, {"src/PaidLanding.jsx": FORWARDING}) == []


def test_a_slot_the_file_fills_with_its_own_value_is_still_an_internal_links_tag(tmp_path, monkeypatch, capsys):
    assert _scan(tmp_path, monkeypatch, capsys, {"src/PaidLanding.jsx": CHOSEN}) == [
        ("src/PaidLanding.jsx", 10, "utm-internal-link")]


# review44 F4's home page: the same reading with defaults of the file's own (`|| 'google'`), on a page anyone reaches
HOME = """export default function Home() {
  const urlParams = new URLSearchParams(window.location.search)
  const utmSource = urlParams.get('utm_source') || 'google'
  const utmMedium = urlParams.get('utm_medium') || 'cpc'
  const utmCampaign = urlParams.get('utm_campaign') || 'brand'

  const signupUrl = `/signup?utm_source=${utmSource}&utm_medium=${utmMedium}&utm_campaign=${utmCampaign}`

  return <a href={signupUrl}>Start free</a>
}
"""
NO_DEFAULT = HOME.replace(" || 'google'", "").replace(" || 'cpc'", "").replace(" || 'brand'", "")


def _messages(tmp_path, monkeypatch, capsys, files):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    for name, content in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(content, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    return {(d["path"], d["name"]): d["message"] for d in json.loads(capsys.readouterr().out)}


def test_a_default_of_the_files_own_recredits_every_untagged_visitor(tmp_path, monkeypatch, capsys):
    """review44 F4: `|| 'google'` writes google / cpc / brand for every visitor who reached the home page untagged
    (search, a bookmark): the sign-up credited to Paid Search. Told, with what it writes; without a default the
    template writes `null` (Unassigned): told alike. The paid landing page's own defaults stay silent (corpus 38 #51)."""
    said = _messages(tmp_path, monkeypatch, capsys, {"src/pages/Home.jsx": HOME, "src/pages/Nodefault.jsx": NO_DEFAULT,
                                                     "src/pages/PaidLanding.jsx": FORWARDING})
    assert set(said) == {("src/pages/Home.jsx", "utm-internal-link"), ("src/pages/Nodefault.jsx", "utm-internal-link")}
    home = said[("src/pages/Home.jsx", "utm-internal-link")]
    assert "`utm_source=google&utm_medium=cpc&utm_campaign=brand`" in home and "Paid Search" in home
    assert "Drop the defaults" in home
    empty = said[("src/pages/Nodefault.jsx", "utm-internal-link")]
    assert "`utm_source=null&utm_medium=null&utm_campaign=null`" in empty and "Unassigned" in empty


def test_a_link_that_cannot_write_a_tag_the_visit_did_not_bring_is_forwarding(tmp_path, monkeypatch, capsys):
    """The other way: an empty default, a link written only when the tag is there, the whole incoming query."""
    empty = HOME.replace("'google'", "''").replace("'cpc'", "''").replace("'brand'", "''")
    guarded = ("export default function G() {\n  const params = new URLSearchParams(window.location.search)\n"
               "  const utmSource = params.get('utm_source')\n"
               "  const href = utmSource ? `/signup?utm_source=${utmSource}` : '/signup'\n"
               "  return <a href={href}>Start</a>\n}\n")
    whole = "export default function W() {\n  return <a href={`/signup${window.location.search}`}>Start</a>\n}\n"
    assert _messages(tmp_path, monkeypatch, capsys, {"src/pages/Home.jsx": empty, "src/pages/Guarded.jsx": guarded,
                                                     "src/pages/Whole.jsx": whole}) == {}


@pytest.mark.parametrize("text,url,path,forwarded", [
    (FORWARDING, LINK, "src/components/Landing/PaidLanding.jsx", True),  # an ad's landing page, paid defaults
    (FORWARDING, LINK, "src/components/Landing/Home.jsx", False),  # the same defaults on a page anyone reaches
    # an ad word alone: a paid plan's page, an ads manager (review45 F4); a landing page with no ad word
    (FORWARDING, LINK, "src/pages/PaidPlans.jsx", False),
    (FORWARDING, LINK, "src/pages/AdsManager.jsx", False),
    (FORWARDING, LINK, "src/pages/CampaignLanding.jsx", False),
    (FORWARDING, LINK, "src/pages/GoogleAdsLanding.jsx", True),
    (FORWARDING, LINK, "src/pages/ppc-lp/index.tsx", True),
    (FORWARDING.replace("'paid'", "'github'").replace("'ads'", "'readme'"), LINK, "src/PaidLanding.jsx", False),
    (HOME, "/signup?utm_source=${utmSource}&utm_medium=${utmMedium}&utm_campaign=${utmCampaign}", "src/Home.jsx",
     False),
    (CHOSEN, LINK, "src/PaidLanding.jsx", False),  # `utmSource = 'paid'`: the file's own value
    # the slot reads the address itself, or a router's query: `null` / `undefined` where the visit has none
    ("x\n", "/signup?utm_source=${params.get('utm_source')}&utm_medium=${params.get('utm_medium')}", "a.js", False),
    ("x\n", "/signup?utm_source=${params.get('utm_source') || ''}", "a.js", True),
    ("const { utm_source } = 1\nconst s = router.query.utm_source\n", "/signup?utm_source=${s}", "a.js", False),
    ("const s = router.query.utm_source ?? ''\n", "/signup?utm_source=${s}", "a.js", True),
    ("const s = params.has('utm_source') ? params.get('utm_source') : 'google'\n", "/signup?utm_source=${s}", "a.js",
     False),  # a conditional with a literal
    ("const s = urlParams.get('utm_source') ?? \"cpc\"\n", "/signup?utm_source=${s}", "a.js", False),
    ("const s = urlParams.get('utm_source') || getCookie('utm_source')\n", "/signup?utm_source=${s}", "a.js", True),
    # another key's value, a literal beside the slots, a function's argument: the file's own tags
    ("const s = urlParams.get('utm_medium')\n", "/signup?utm_source=${s}", "a.js", False),
    ("const s = urlParams.get('utm_source') || ''\n", "/signup?utm_source=${s}&utm_medium=banner", "a.js", False),
    ("function go(s) {\n", "/signup?utm_source=${s}", "a.js", False),
])
def test_what_reads_as_forwarded(text, url, path, forwarded):
    whole = text + f"const link = `{url}`\n"
    assert forwarded_tags(whole, url, whole.index(url), path) is forwarded


def test_what_a_forwarding_link_writes_for_an_untagged_visit():
    """own_site.forwarding's `writes`: the default, or what the template writes for a key the address lacks."""
    whole = HOME + ""
    url = "/signup?utm_source=${utmSource}&utm_medium=${utmMedium}&utm_campaign=${utmCampaign}"
    assert forwarding(whole, url, whole.index(url), "src/Home.jsx").writes == (
        ("utm_source", "google"), ("utm_medium", "cpc"), ("utm_campaign", "brand"))
    whole = NO_DEFAULT
    assert forwarding(whole, url, whole.index(url), "src/Home.jsx").writes == (
        ("utm_source", "null"), ("utm_medium", "null"), ("utm_campaign", "null"))
    py = "def signup(request):\n    utm_source = request.args.get(\"utm_source\")\n    go(f\"/signup?utm_source={utm_source}\")\n"
    url = "/signup?utm_source={utm_source}"
    assert forwarding(py, url, py.index(url), "app/views.py").writes == (("utm_source", "None"),)
