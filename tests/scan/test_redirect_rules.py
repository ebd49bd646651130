"""A redirect rule written in code is an entry point, as a hosting redirect table's is (utmlint/scan/redirects.py).

thoughtbot/upcase's `config/initializers/rack_rewrite.rb` (corpus 29 #12): a vanity path said in a podcast
(`/upcase/gettingstartedwithios`) sends its listeners to the course page with `utm_source=podcast`, the podcast's only
credit; utm-internal-link told the author to remove it, which would move those visits to Direct. The lines below are
the file's first 28 lines at commit HEAD of the mirror, cut to the rules around the one that matters.
"""

from __future__ import annotations

import json
import subprocess

from utmlint.scan.manifest import entry_point
from utmlint.scan.redirects import named_reading, redirect_page, redirect_rule

UPCASE = '''\
require "rack/rewrite"

Rails.configuration.middleware.insert_before(Rack::Runtime, Rack::Rewrite) do
  def licenseable_id_url_for(licenseable)
    %r{/upcase/#{licenseable}/\\d+-(.+)(\\?.*)?}
  end

  r301 licenseable_id_url_for("products"), "/$1$2"

  # Upcase content
  r301 "/upcase/5by5", "/upcase/design-for-developers"
  r301 "/upcase/gettingstartedwithios", "/upcase/getting-started-with-ios-development?utm_source=podcast"
  r301 "/upcase/live", "https://forum.upcase.com"
end
'''
ROUTES = '''\
Rails.application.routes.draw do
  get "/ios", to: redirect("/getting-started-with-ios?utm_source=podcast&utm_medium=audio")
  get "/old" => redirect('/new?utm_source=podcast')
  get "/pricing", to: "pages#pricing"
end
'''
CONTROLLER = '''\
class SessionsController < ApplicationController
  def create
    redirect_to "/dashboard?utm_source=login"
  end
end
'''
NEXT_CONFIG = '''\
module.exports = {
  async redirects() {
    return [
      { source: '/ios', destination: '/getting-started-with-ios?utm_source=podcast', permanent: true },
    ]
  },
  images: { path: '/img?utm_source=x' },
}
'''
PAGE = "[Pricing](/pricing?utm_source=nav)\n"


def _scan(run, tmp_path, files):
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run("scan", "--format", "json", "--no-cache", ".", cwd=tmp_path)
    return sorted((f["path"], f["line"], f["name"]) for f in json.loads(result.out))


def test_a_rack_rewrite_destination_is_judged_as_a_campaign_link(run, tmp_path):
    found = _scan(run, tmp_path, {"config/initializers/rack_rewrite.rb": UPCASE, "page.md": PAGE})
    # the podcast's tag is kept and completed (no medium: the visits land in Unassigned), never "remove them"
    assert found == [("config/initializers/rack_rewrite.rb", 12, "missing-utm-param"),
                     ("page.md", 1, "utm-internal-link")]  # a link between two pages keeps its finding


def test_a_rails_route_redirect_and_a_next_redirect_are_entry_points_a_controller_redirect_is_not(run, tmp_path):
    found = _scan(run, tmp_path, {"config/routes.rb": ROUTES, "app/controllers/sessions_controller.rb": CONTROLLER,
                                  "next.config.js": NEXT_CONFIG})
    assert found == [
        ("app/controllers/sessions_controller.rb", 3, "utm-internal-link"),  # after a sign-in: a page of the site
        ("config/routes.rb", 2, "missing-utm-param"), ("config/routes.rb", 3, "missing-utm-param"),
        ("next.config.js", 4, "missing-utm-param"),
        ("next.config.js", 7, "utm-internal-link"),  # not a redirect's destination
    ]


def test_which_urls_are_redirect_rule_destinations():
    at = UPCASE.index("/upcase/getting-started")
    assert redirect_rule("config/initializers/rack_rewrite.rb", UPCASE, at)
    assert entry_point("config/initializers/rack_rewrite.rb", UPCASE, at)
    assert not redirect_rule("config/initializers/rack_rewrite.rb", UPCASE, UPCASE.index("/upcase/gettingstarted"))
    # the same words in a Ruby file that names no Rack::Rewrite, or in a file of another kind, are no rule
    assert not redirect_rule("lib/podcast.rb", UPCASE.replace("Rack::Rewrite", "Rack::Other"), at)
    assert not redirect_rule("notes/rack_rewrite.md", UPCASE, at)
    # a pattern as the rule's source, and a call in parentheses
    rules = 'use Rack::Rewrite do\n  r302 %r{^/ep(\\d+)$}, "/episodes/$1?utm_source=podcast"\n' \
            '  moved_permanently("/go", "/landing?utm_source=talk")\nend\n'
    assert redirect_rule("config.ru", rules, rules.index("/episodes/"))
    assert redirect_rule("config.ru", rules, rules.index("/landing?"))
    # a Rails route's redirect() only in a routes file
    assert redirect_rule("config/routes.rb", ROUTES, ROUTES.index("/getting-started"))
    assert redirect_rule("config/routes/marketing.rb", ROUTES, ROUTES.index("/new?"))
    assert not redirect_rule("app/models/link.rb", ROUTES, ROUTES.index("/getting-started"))
    assert not redirect_rule("config/routes.rb", CONTROLLER.replace("class", "x"), CONTROLLER.index("/dashboard"))
    assert redirect_rule("next.config.mjs", NEXT_CONFIG, NEXT_CONFIG.index("/getting-started"))
    # a rewrite serves the destination under the source's address: the browser (and GA4) never sees its tags
    rewrites = NEXT_CONFIG + "module.exports.rewrites = async () => [{ source: '/b', destination: '/blog?utm_source=x' }]\n"
    assert not redirect_rule("next.config.js", rewrites, rewrites.index("/blog?"))
    rack = 'use Rack::Rewrite do\n  rewrite "/wiki", "/docs?utm_source=wiki"\nend\n'
    assert not redirect_rule("config.ru", rack, rack.index("/docs?"))
    # the redirect object's shape says so in a file of any name (the list next.config.js imports: Courier's
    # redirects.js, corpus 47 #2 #3); a rewrite's object (no `permanent`, no `statusCode`) does not
    assert redirect_rule("src/config.js", NEXT_CONFIG, NEXT_CONFIG.index("/getting-started"))
    assert not redirect_rule("src/config.js", rewrites, rewrites.index("/blog?"))
    assert not redirect_rule("src/config.md", NEXT_CONFIG, NEXT_CONFIG.index("/getting-started"))
    # scan's cache keys these files' bytes by the name they are read by
    assert named_reading("config/routes.rb") == ":routes.rb:routes" and named_reading("a/page.md") == ""


def test_a_redirect_rule_the_site_tags_as_its_own_move_is_still_an_internal_link(run, tmp_path):
    """As in a hosting table (stranger11 R8): `utm_medium=internal` says the site moved a page; the tags would replace
    where each visitor of the old address came from."""
    rules = 'Rails.configuration.middleware.insert_before(Rack::Runtime, Rack::Rewrite) do\n' \
            '  r301 "/old-pricing", "/pricing?utm_source=site&utm_medium=internal&utm_campaign=nav"\nend\n'
    found = _scan(run, tmp_path, {"config/initializers/rack_rewrite.rb": rules})
    assert found == [("config/initializers/rack_rewrite.rb", 2, "utm-internal-link")]


def test_the_same_bytes_under_another_name_are_judged_anew(run, tmp_path):
    """The cache keys a routes file by its name: a copy of its bytes under another name is no routes file."""
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "routes.rb").write_text(ROUTES, encoding="utf-8")
    (tmp_path / "config" / "copy.rb").write_text(ROUTES, encoding="utf-8")
    found = sorted((f["path"], f["name"]) for f in json.loads(run("scan", "--format", "json", ".", cwd=tmp_path).out))
    assert ("config/copy.rb", "utm-internal-link") in found and ("config/routes.rb", "utm-internal-link") not in found


# Courier's redirects.js (corpus 47 #2 #3): the list its next.config.js redirects() returns, each long destination
# wrapped by Prettier onto the line after its key
COURIER = """\
module.exports = [
  {
    source: "/sedaily",
    destination:
      "/?utm_medium=podcast&utm_source=sedaily&utm_campaign=se-daily-podcast-q1",
    permanent: true,
  },
  {
    source: "/careers-page",
    destination: "/careers?utm_source=site&utm_medium=internal",
    statusCode: 302,
  },
  { source: "/docs", destination: "/help?utm_source=docs" },
];
"""
# a Skills Fund school site's gatsby-node.js (corpus 47 #27): the printed brochure's short link
GATSBY = """\
exports.createPages = ({ graphql, actions }) => {
  const { createPage, createRedirect } = actions
  createRedirect({
    fromPath: "/go",
    toPath:
      "/?utm_source=school&utm_medium=printedskfbrochure&utm_campaign=studentbrochure",
  })
  createPage({ path: "/apply", component: "x", context: { toPath: "/apply?utm_source=page" } })
}
"""


def test_a_redirect_object_in_a_module_of_its_own_and_gatsbys_create_redirect_are_redirect_rules():
    assert redirect_rule("redirects.js", COURIER, COURIER.index("/?utm_medium=podcast"))  # wrapped onto the next line
    assert redirect_rule("src/config/redirects.ts", COURIER, COURIER.index("/careers?"))  # statusCode: a redirect
    assert not redirect_rule("redirects.js", COURIER, COURIER.index("/help?"))  # no permanent nor statusCode: a rewrite
    assert entry_point("redirects.js", COURIER, COURIER.index("/?utm_medium=podcast"))
    assert redirect_rule("gatsby-node.js", GATSBY, GATSBY.index("/?utm_source=school"))
    assert not redirect_rule("gatsby-node.js", GATSBY, GATSBY.index("/apply?"))  # a page's context, no createRedirect
    wrapped = NEXT_CONFIG.replace("destination: '/getting-started", "destination:\n        '/getting-started")
    assert redirect_rule("next.config.js", wrapped, wrapped.index("/getting-started"))
    # a wrapped value under another key is no destination
    other = wrapped.replace("destination:", "description:")
    assert not redirect_rule("next.config.js", other, other.index("/getting-started"))


def test_a_wrapped_redirect_destination_is_judged_as_a_campaign_link(run, tmp_path):
    found = _scan(run, tmp_path, {"redirects.js": COURIER, "gatsby-node.js": GATSBY})
    assert ("redirects.js", 5, "medium-unassigned") in found
    assert ("redirects.js", 5, "utm-internal-link") not in found
    assert ("gatsby-node.js", 6, "medium-unassigned") in found and ("gatsby-node.js", 6, "utm-internal-link") not in found
    # the site's own move (`utm_medium=internal`) and the rewrite stay internal links
    assert ("redirects.js", 10, "utm-internal-link") in found and ("redirects.js", 13, "utm-internal-link") in found
    assert ("gatsby-node.js", 8, "utm-internal-link") in found


HAS_CONDITION = """\
module.exports = [
  {
    source: '/podcast',
    has: [{ type: 'host', value: 'go.acmeflow.com' }],
    destination: '/?utm_source=podcast&utm_medium=Audio&utm_campaign=ep12',
    permanent: true,
  },
]
"""


def test_a_redirect_object_holding_a_nested_condition_is_still_one_rule(run, tmp_path):
    """review46 F12: Next.js' `has`/`missing` conditions are objects inside the redirect's object; the rule is read
    from the braces that hold the destination, not from the condition's own `{`."""
    assert redirect_rule("src/config/redirects.js", HAS_CONDITION, HAS_CONDITION.index("/?utm_source=podcast"))
    found = _scan(run, tmp_path, {"src/config/redirects.js": HAS_CONDITION})
    assert ("src/config/redirects.js", 5, "utm-internal-link") not in found
    assert ("src/config/redirects.js", 5, "value-case") in found  # `Audio`: GA4's Audio channel, lower-cased


# E&P Events' `/5q` page (corpus 47 #14, src/pages/5q.tsx at 5d0c14c, cut to the lines that matter): the short link in
# its Instagram bio, whose mount effect sends every visitor on to the tagged page
SHORT_LINK_PAGE = '''\
useEffect(() => {
  const isDebug = new URLSearchParams(window.location.search).has("debug");
  const targetUrl =
    "https://www.eandp.events/5-questions?utm_source=instagram&utm_medium=bio&utm_campaign=5q-redirect";
  if (!isDebug) {
    const redirectTimeout = setTimeout(() => {
      window.location.href = targetUrl;
    }, 1200);
    return () => clearTimeout(redirectTimeout);
  }
}, []);
'''
# the same site's links the visitor follows by a click, a page sending on only after a handler runs, and a listener
# the page's load adds for the mouse leaving it
CLICKED = '''\
export function Cta() {
  return <button onClick={() => { window.location.href = "/5-questions?utm_source=cta&utm_medium=btn"; }}>Go</button>;
}
export function Later() {
  useEffect(() => { track(); }, []);
  const handleNext = () => {
    window.location.replace("/5-questions?utm_source=next&utm_medium=button");
  };
}
document.addEventListener("DOMContentLoaded", () => {
  document.addEventListener("mouseout", () => { location.href = "/5-questions?utm_source=exit&utm_medium=popup"; });
});
'''


def test_a_page_sending_its_visitors_on_as_it_loads_is_an_entry_point(run, tmp_path):
    at = SHORT_LINK_PAGE.index("https://")
    assert redirect_page("src/pages/5q.tsx", SHORT_LINK_PAGE, at)
    assert entry_point("src/pages/5q.tsx", SHORT_LINK_PAGE, at)
    for url in ("/5-questions?utm_source=cta", "/5-questions?utm_source=next", "/5-questions?utm_source=exit"):
        assert not redirect_page("src/pages/cta.tsx", CLICKED, CLICKED.index(url)), url
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "CNAME").write_text("www.eandp.events\n", encoding="utf-8")
    found = _scan(run, tmp_path, {"src/pages/5q.tsx": SHORT_LINK_PAGE, "src/pages/cta.tsx": CLICKED})
    assert not [f for f in found if f[0] == "src/pages/5q.tsx"]  # `instagram`: Organic Social, as meant
    assert ("src/pages/cta.tsx", 2, "utm-internal-link") in found
    assert ("src/pages/cta.tsx", 7, "utm-internal-link") in found
    assert ("src/pages/cta.tsx", 11, "utm-internal-link") in found  # the mouse leaving: an exit pop-up's, no load's
