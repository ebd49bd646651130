"""File context for copied tags (utmlint.scan.collection): a file that collects other people's links.

Corpus 6 (tests/data/real-urls-6, so tuned on its labels): a dataset of scraped pages (weaviate/recipes'
`datasets/1k_websites.csv`) and an awesome-list's backlog (KotlinBy/awesome-kotlin's `Backlog.txt`) hold links with
the tags of the sites and newsletters they were copied from (`utm_source=CM%26E&utm_medium=URL`, `utm_medium=
r%2Fkotlin`); scan told the repository to complete or respell them. No URL rule can tell those tags from a team's
own; the file can: its links go to many sites with unrelated sources, none naming the repository. Real excerpts
(tests/data/scan-collection/ORIGIN.md) in real git repositories with the project's remote, scanned in-process.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from utmlint.cli import main
from utmlint.identity import from_slug
from utmlint.scan import scan_text
from utmlint.scan.collection import Candidate, candidate, collection
from utmlint.validate_url import validate_url

DATA = Path(__file__).resolve().parents[1] / "data" / "scan-collection"
ADVICE = {"missing-utm-param", "medium-unassigned", "value-case", "value-separator", "value-charset",
          "campaign-slug", "utm-key-unknown", "utm-in-fragment", "url-fragment-order"}


def repo_with(tmp_path, slug, sample, inside):
    folder = tmp_path / slug.split("/")[1]
    folder.mkdir()
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    if slug:
        subprocess.run(["git", "-C", str(folder), "remote", "add", "origin", f"https://github.com/{slug}.git"],
                       check=True)
    target = folder / inside
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(DATA / sample, target)
    return folder


@pytest.fixture
def scan(monkeypatch, capsys):
    def run(folder, *args):
        monkeypatch.chdir(folder)
        code = main(["scan", "--no-cache", "--format", "json", *args, "."])
        out, err = capsys.readouterr()
        assert "Traceback" not in err and code in (0, 1)
        return json.loads(out)

    return run


def by_line(found):
    lines = {}
    for f in found:
        lines.setdefault(f["line"], set()).add(f["name"])
    return lines


def test_a_dataset_of_scraped_pages_gets_one_note_not_advice(tmp_path, scan):
    folder = repo_with(tmp_path, "weaviate/recipes", "1k_websites.csv", "datasets/1k_websites.csv")
    found = scan(folder)
    # A `.csv` collection's rows are records (session 28, corpus 10's 30 Days of Python `data/hacker_news.csv`: 56
    # findings on 30 rows, labelled wrong blind: copied-tracking on each record and url-insecure on each http:// one;
    # until then this dataset got both on every row): one info note for the file, on its first row of other
    # people's links, and no row told to strip, complete, respell or secure its URL.
    assert [(f["line"], f["name"], f["severity"]) for f in found] == [(3, "copied-tracking", "info")]
    note = found[0]
    assert note["message"].startswith("this file is a data set of other people's links (5 rows go to 5 sites")
    assert "are records, kept as the data has them, so no row is judged" in note["message"]
    assert note["fix"] is None


def test_a_collection_alone_does_not_fail_the_run(tmp_path, monkeypatch, capsys):
    folder = repo_with(tmp_path, "KotlinBy/awesome-kotlin", "Backlog.txt", "Backlog.txt")
    monkeypatch.chdir(folder)
    # its markers' copied tags (Buffer's, FeedBurner's, Mailchimp's) too: a record, not a link to strip or fix
    code = main(["scan", "--no-cache", "--select", "copied-tracking", "--fix", "."])
    out = capsys.readouterr().out
    assert "Found 8 infos (1 file checked)." in out and code == 0  # default --fail-on warning
    assert (folder / "Backlog.txt").read_bytes() == (DATA / "Backlog.txt").read_bytes()  # --fix rewrote nothing
    assert main(["scan", "--no-cache", "--select", "copied-tracking", "--fail-on", "info", "."]) == 1


def test_an_awesome_lists_backlog_gets_copied_tracking_not_advice(tmp_path, scan):
    folder = repo_with(tmp_path, "KotlinBy/awesome-kotlin", "Backlog.txt", "Backlog.txt")
    found = scan(folder)
    names = {name for names in by_line(found).values() for name in names}
    assert names == {"copied-tracking", "url-insecure"}  # 8 links, each copied-tracking once; joda.org is http://
    assert len([f for f in found if f["name"] == "copied-tracking"]) == 8
    # the job ad's `utm_medium=r/kotlin` names the list's topic, not the repository: copied, not Unassigned
    job = next(f for f in found if "works-hub" in f["message"])
    assert job["message"].startswith("`utm_source=job&utm_medium=r%2Fkotlin&utm_campaign=n.walker` are works-hub.com's")


def test_sponsors_tagged_for_the_repository_stay_judged(tmp_path, scan):
    """fastapi's sponsors: ten links to ten sites with five sources, but they name FastAPI (`utm_source=fastapi`,
    `utm_campaign=fastapi`): the sponsors' tags for this placement, no copy to strip. Since the session 40 ruling they
    are not the repository's to get right either: under `### Gold Sponsors` (scan.placement) their values are not
    judged, and nothing is said (medium-unassigned and missing-utm-param were, before)."""
    folder = repo_with(tmp_path, "fastapi/fastapi", "fastapi-README.md", "README.md")
    found = scan(folder)
    assert found == []
    assert found == unidentified(tmp_path, "fastapi-README.md", scan)  # exactly as without file context


def unidentified(tmp_path, sample, scan):
    """The sample's findings in a repository whose identity is unknown (no remote): no file context."""
    folder = tmp_path / "unknown"
    folder.mkdir()
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    shutil.copyfile(DATA / sample, folder / "README.md")
    return scan(folder)


def test_own_outbound_links_to_many_sites_with_one_source_stay_judged(tmp_path, scan):
    """public-apis' README: APILayer's products on a dozen sites, every one `utm_source=Github&utm_medium=Referral`
    (a team's convention repeated across sites) with a campaign naming the repository: its own tagging."""
    folder = repo_with(tmp_path, "public-apis/public-apis", "public-apis-README.md", "README.md")
    found = scan(folder)
    names = {f["name"] for f in found}
    assert "copied-tracking" not in names and "value-case" in names  # `Github`, `Referral`: respelled, as before
    assert found == unidentified(tmp_path, "public-apis-README.md", scan)


def test_without_knowing_whose_repository_no_file_is_a_collection(tmp_path, scan):
    """No remote, no CNAME, no package.json: nothing says whether the tags name the repository, so the dataset is
    judged as before (the limit of file context, said in its docs)."""
    folder = tmp_path / "recipes"
    (folder / "datasets").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    shutil.copyfile(DATA / "1k_websites.csv", folder / "datasets" / "1k_websites.csv")
    names = {f["name"] for f in scan(folder)}
    assert "medium-unassigned" in names and "value-case" in names


def test_a_collections_copied_tags_are_not_the_teams_spellings(tmp_path, scan):
    """The repo-wide spelling rules compare the team's own values: `utm_medium=email` on Fast Company's link in the
    dataset is Fast Company's, and is not another spelling of the README's `e-mail` (before: medium-fragmentation on
    both README links, "also spelled `email` in datasets/1k_websites.csv")."""
    folder = repo_with(tmp_path, "weaviate/recipes", "1k_websites.csv", "datasets/1k_websites.csv")
    (folder / "README.md").write_text(
        "[a](https://ourshop.com/?utm_source=newsletter&utm_medium=e-mail&utm_campaign=spring)\n"
        "[b](https://ourshop.com/x?utm_source=newsletter&utm_medium=e-mail&utm_campaign=spring)\n", encoding="utf-8")
    found = scan(folder)
    assert not [f for f in found if f["name"].endswith("-fragmentation")]
    # the data set: its one note (session 28), no row judged
    assert [f["name"] for f in found if f["path"] == "datasets/1k_websites.csv"] == ["copied-tracking"]


def test_ignoring_copied_tracking_still_gives_no_advice_on_the_tags(tmp_path, scan):
    folder = repo_with(tmp_path, "weaviate/recipes", "1k_websites.csv", "datasets/1k_websites.csv")
    found = scan(folder, "--ignore", "copied-tracking")
    assert found == []  # a data set's rows are records (session 28): its one note is copied-tracking's, ignored here


def test_validate_url_with_the_files_urls_agrees_with_scan(tmp_path, scan):
    """The corpus judge (tests/validate_url/labelled_corpus.py) gives validate_url the file's other URLs: the same
    verdict scan reaches from the file."""
    folder = repo_with(tmp_path, "weaviate/recipes", "1k_websites.csv", "datasets/1k_websites.csv")
    lines = by_line(scan(folder))
    text = (DATA / "1k_websites.csv").read_text(encoding="utf-8")
    occurrences = scan_text(text, ".csv")
    urls = [o.url for o in occurrences]
    # a data set (session 28): no row judged; scan adds the file's one note on its first row, validate_url (one
    # URL at a time) has no first row to put it on
    assert lines == {occurrences[0].line: {"copied-tracking"}}
    for occurrence in occurrences:
        judged = validate_url(occurrence.url, repo="weaviate/recipes", path="datasets/1k_websites.csv", file_urls=urls)
        assert judged.findings == [], occurrence.url
        # and it says why, so an empty verdict is not read as a clean bill: the row is a record of the data set,
        # which scan's one note speaks for (the corpus judge counts that note for the row: labelled_corpus.recall)
        assert judged.not_judged.startswith("this URL is a record: this file is a data set of other people's links")
        assert "one copied-tracking note" in judged.not_judged, occurrence.url
    alone = validate_url(urls[-1], repo="weaviate/recipes", path="datasets/1k_websites.csv")
    assert "medium-unassigned" in {f.name for f in alone.findings}  # without the file, the URL alone is judged
    assert alone.not_judged is None


def test_the_corpus_judge_counts_the_data_sets_one_note_for_its_rows(tmp_path):
    """A data set's rows get no finding each; the file's one copied-tracking note speaks for them (session 28). The
    corpus judge (labelled_corpus.judge, recall) counts a row labelled copied-tracking as found by that note, read
    from validate_url's `not_judged`, and counts no finding on the row; the same URL in a Markdown page is judged."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "validate_url"))
    from labelled_corpus import judge, recall, write_empty_facts

    urls = [o.url for o in scan_text((DATA / "1k_websites.csv").read_text(encoding="utf-8"), ".csv")]
    corpus = tmp_path / "real-urls-x"
    corpus.mkdir()
    write_empty_facts(tmp_path)
    commit = "0" * 40
    rows = [f"{url}\tweaviate/recipes\tdatasets/1k_websites.csv\t{commit}\t{n + 1}\tcsv" for n, url in enumerate(urls)]
    (corpus / "urls.tsv").write_text("url\trepo\tpath\tcommit\tline\tcontext\n" + "\n".join(rows) + "\n",
                                     encoding="utf-8")
    labels = [f"{url}\t\treviewed\t#{n}\t" for n, url in enumerate(urls)] + \
        [f"{url}\tcopied-tracking\tpresent\t#{n}: the site's own tags, copied\t" for n, url in enumerate(urls)]
    (corpus / "labels.tsv").write_text("url\trule\tverdict\treason\twrong_if\n" + "\n".join(labels) + "\n",
                                       encoding="utf-8")
    judged = judge(corpus)
    assert sum(judged.per_rule.values()) == 0 and judged.unlabelled == []
    assert recall(judged, {"copied-tracking": {"copied-tracking"}}) == {"copied-tracking": (len(urls), len(urls))}
    assert recall(judged, {"copied-tracking": {"url-insecure"}}) == {"copied-tracking": (0, len(urls))}
    page = tmp_path / "real-urls-y"  # the same rows in a page: each judged on its own, none noted
    page.mkdir()
    (page / "urls.tsv").write_text((corpus / "urls.tsv").read_text(encoding="utf-8").replace(
        "datasets/1k_websites.csv", "docs/links.md"), encoding="utf-8")
    (page / "labels.tsv").write_text((corpus / "labels.tsv").read_text(encoding="utf-8"), encoding="utf-8")
    assert judge(page).noted == {}


def test_the_rows_of_the_dataset_are_the_files_links():
    """The sample is what the corpus row says: the url column and the links inside the scraped text."""
    with open(DATA / "1k_websites.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    tracked = [row["url"] for row in rows if "utm_" in row["url"]]
    found = [o.url for o in scan_text((DATA / "1k_websites.csv").read_text(encoding="utf-8"), ".csv")]
    assert set(tracked) <= set(found) and len(found) == 5


def links(*urls, marked=()):
    return [c for c in (candidate(u, u in marked) for u in urls) if c is not None]


def test_the_thresholds():
    """Three other links, on three sites, with three sources: each condition matters; the file's own links beside
    them do not make them the file's (review7 F1: three copied links beside three own ones were told to complete and
    respell their tags)."""
    identity = from_slug("acme/handbook")
    three = ("https://a.org/?utm_source=x&utm_medium=y", "https://b.org/?utm_source=z", "https://c.org/?utm_medium=w")
    found = collection(links(*three), identity)
    assert found is not None and (len(found.others), found.sites, found.sources) == (3, 3, 3)
    assert collection(links(*three[:2]), identity) is None  # two links
    same_site = ("https://a.org/?utm_source=x", "https://a.org/p?utm_source=z", "https://c.org/?utm_medium=w")
    assert collection(links(*same_site), identity) is None  # two sites
    one_source = ("https://a.org/?utm_source=x", "https://b.org/?utm_source=x&utm_medium=q", "https://c.org/")
    assert collection(links(*one_source), identity) is None  # `x` on two sites: a convention, the file's own
    own = ("https://d.org/?utm_source=acme", "https://e.org/?utm_campaign=handbook", "https://acme.com/?utm_source=q")
    beside = collection(links(*three, *own), identity)  # as many own as other: each link is still its own case
    assert beside is not None and beside.others == set(three) and beside.own == 3
    assert collection(links(*three), None) is None  # whose repository is unknown


def test_a_name_in_a_value_is_the_repositorys_only_whole():
    identity = from_slug("KotlinBy/awesome-kotlin")
    words = ("https://a.org/?utm_medium=r%2Fkotlin", "https://b.org/?utm_source=awesome", "https://c.org/?utm_source=z")
    assert collection(links(*words), identity) is not None  # `kotlin`, `awesome`: the topic, in copied links too
    named = ("https://a.org/?utm_source=awesome-kotlin", "https://b.org/?utm_source=KotlinBy", *words)
    found = collection(links(*named), identity)
    assert found is None or len(found.others) == 3  # the two naming the list are its own
    twir = from_slug("slorber/this-week-in-react")
    sponsors = ("https://a.org/?utm_source=twir", "https://b.org/?utm_campaign=twir-2024", "https://f.org/?utm_term=twir",
                "https://c.org/?utm_source=n", "https://d.org/?utm_source=m", "https://e.org/?utm_source=k")
    found = collection(links(*sponsors), twir)  # its initials: the three naming `twir` are its own
    assert found is not None and found.others == set(sponsors[3:]) and found.own == 3
    assert collection(links(*sponsors), from_slug("slorber/newsletter")).others == set(sponsors)


def test_marked_copies_are_never_the_files_own_and_fixtures_are_not_links():
    identity = from_slug("acme/handbook")
    marked = ("https://a.org/?utm_source=feedburner", "https://b.org/?utm_source=feedburner", "https://c.org/?utm_source=q",
              "https://d.org/?utm_source=r")
    assert collection(links(*marked, marked=marked[:2]), identity) is not None  # FeedBurner's form: not a convention
    assert collection(links(*marked), identity) is None  # unmarked, a source on two sites is the file's own
    fixtures = ("https://example1.com/?utm_source=foo1", "https://example2.com/?utm_source=foo2",
                "https://mocked.example.com/?utm_source=mocked", "https://localhost/?utm_source=l")
    assert links(*fixtures) == []  # a test's stand-in hosts (PostHog's tests), not copied links
    assert links("/pricing?utm_source=x", "${site}/?utm_source=y") == []
    assert isinstance(candidate("https://h.co.uk/?utm_hp_ref=uk"), Candidate)  # HuffPost's own key: a tagged link


def test_copied_links_beside_as_many_own_links_get_no_advice(tmp_path, scan):
    """review7 F1: a post's reading list (The Verge's, Wired's, the NYT's share tags) beside the team's own three
    links: the copied ones got "add utm_campaign" and a [*] value-case fix of The Verge's `utm_medium=Social`."""
    folder = tmp_path / "blog"
    folder.mkdir()
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    subprocess.run(["git", "-C", str(folder), "remote", "add", "origin", "https://github.com/acmeco/blog.git"],
                   check=True)
    (folder / "mixed.md").write_text(
        "[a](https://www.nytimes.com/2024/01/01/tech/x.html?utm_source=twitter&utm_medium=Social&utm_campaign=nyt)\n"
        "[b](https://www.theverge.com/2024/1/1/x?utm_source=facebook&utm_medium=Social)\n"
        "[c](https://www.wired.com/story/x/?utm_source=onsite-share&utm_campaign=wired)\n"
        "[d](https://acmeco.com/pricing?utm_source=blog&utm_medium=referral&utm_campaign=launch)\n"
        "[e](https://acmeco.com/docs?utm_source=Blog&utm_medium=referral&utm_campaign=launch)\n"
        "[f](https://acmeco.com/?utm_source=blog&utm_medium=referral)\n", encoding="utf-8")
    lines = by_line(scan(folder))
    assert lines[1] == lines[2] == lines[3] == {"copied-tracking"}
    assert lines[5] == {"value-case"} and lines[6] == {"missing-utm-param"}  # the team's own stay judged


def test_a_copied_app_registry_is_a_collection_of_its_publishers_listings(tmp_path, scan):
    """Corpus 14 #92-#96: WalletConnect's wallet registry copied into Web3Auth's scripts: each wallet maker's tags for
    its WalletConnect listing (`utm_campaign=walletconnect` on core.app, `utm_source=wc&utm_medium=connector` on
    Rainbow's Chrome and Play listings, Pillar's in a Play `referrer`) were told their medium is Unassigned. A store
    listing is its app's publisher's page, not Google's (listing_publisher), and a Play listing tagged in its
    `referrer` carries the referrer's tags: six listings of five publishers are other people's links."""
    rainbow_play = ("https://play.google.com/store/apps/details?id=me.rainbow&referrer=utm_source%3Dwc%26utm_medium"
                    "%3Dconnector%26utm_campaign%3Dwc")
    found = candidate(rainbow_play)
    assert (found.site, found.values["utm_source"]) == ("rainbow", "wc")
    assert candidate("https://chrome.google.com/webstore/detail/rainbow/opfgelmcmbiajamepnmloijbpoleiama?utm_source="
                     "wc").site == "rainbow"  # the same publisher: its `wc` is no convention of the file's
    assert candidate("https://apps.apple.com/us/app/metamask/id1438144202?utm_source=x").site == "metamask"
    assert candidate("https://play.google.com/store/apps/details?id=io.metamask") is None  # no tag at all
    assert candidate("https://www.google.com/search?q=x&utm_source=y").site == "google"  # not a listing
    folder = repo_with(tmp_path, "Web3Auth/web3auth-web", "wallet-registry-wc.json", "scripts/wallet-registry-wc.json")
    found = scan(folder)
    assert {f["name"] for f in found} == {"copied-tracking"}
    assert len(found) == 6 and all(f["severity"] == "info" for f in found)
    pillar = next(f for f in found if "pillar.fi" in f["message"])
    assert pillar["message"].startswith("in this Google Play link's `referrer`, the only place GA4 reads an app "
                                        "install's campaign from: `utm_source=pillar.fi&utm_medium=download&"
                                        "utm_campaign=android` are the tagging of the app's publisher on "
                                        "play.google.com (or whoever shared the link), not this repository's")


def test_a_teams_own_store_listings_stay_judged(tmp_path, scan):
    """A wallet's README linking its own Play, App Store and Chrome listings with its own tags: the listings are its
    own publisher's (owns: `rainbow-me`), so they are judged as the team's links, not a collection."""
    folder = tmp_path / "rainbow"
    folder.mkdir()
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    subprocess.run(["git", "-C", str(folder), "remote", "add", "origin", "https://github.com/rainbow-me/rainbow.git"],
                   check=True)
    (folder / "README.md").write_text(
        "[Android](https://play.google.com/store/apps/details?id=me.rainbow&utm_source=github&utm_medium=readme)\n"
        "[iOS](https://apps.apple.com/us/app/rainbow-ethereum-wallet/id1457119021?utm_source=github)\n"
        "[Chrome](https://chrome.google.com/webstore/detail/rainbow/opfgelmcmbiajamepnmloijbpoleiama?utm_source=gh)\n"
        "[Site](https://rainbow.me/?utm_source=github&utm_medium=referral)\n", encoding="utf-8")
    found = scan(folder)
    assert "copied-tracking" not in {f["name"] for f in found}
    assert {f["name"] for f in found} & {"missing-utm-param", "medium-unassigned"}
