"""Ways in from the pages: "Edit this entry", "Propose a new entry", "Report a problem".

Each link goes to GitHub's own page for the task, at the address of the one
configuration value ``edition_repository_url`` (:mod:`edition.sphinxext.repository`);
the paragraph's "Report a problem" is made in the browser (tests/test_browser.py).
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import lxml.html
import pytest

from conftest import ROOT
from edition.data.glossary import glossary_letter, load_glossary
from edition.sphinxext.repository import entry_template, issue_url, new_file_url

pytestmark = pytest.mark.build


@pytest.fixture(scope="module")
def repository() -> str:
    """The configured address, as conf.py computes it for this environment."""
    namespace: dict = {"__file__": str(ROOT / "conf.py")}
    exec(compile((ROOT / "conf.py").read_text(encoding="utf-8"), "conf.py", "exec"), namespace)
    return namespace["edition_repository_url"]


def links(page: Path, css_class: str) -> list:
    tree = lxml.html.fromstring(page.read_bytes())
    return tree.xpath(f"//a[contains(concat(' ', @class, ' '), ' {css_class} ')]")


def test_every_glossary_entry_links_to_its_file_in_githubs_editor(html_build, repository):
    entries, problems = load_glossary(ROOT / "docs" / "glossary")
    assert entries and not problems
    for entry in entries:
        _, letter = glossary_letter(entry.term)
        page = html_build / "terms" / f"{letter}.html"
        tree = lxml.html.fromstring(page.read_bytes())
        (section,) = tree.xpath(f"//section[@id='gloss-{entry.slug}']")
        (link,) = section.xpath(".//p[contains(@class, 'gloss-edit')]/a")
        assert link.text_content() == "Edit this entry"
        assert link.get("href") == f"{repository}/edit/main/docs/glossary/{entry.slug}.md"
        assert (ROOT / "docs" / "glossary" / f"{entry.slug}.md").is_file()


def test_the_overview_proposes_a_new_entry_filled_with_the_template(html_build, repository):
    page = html_build / "glossary.html"
    (link,) = links(page, "new")
    assert link.text_content() == "Propose a new entry"
    url = urlsplit(link.get("href"))
    assert f"{url.scheme}://{url.netloc}{url.path}" == f"{repository}/new/main/docs/glossary"
    query = parse_qs(url.query, strict_parsing=True)
    filename, text = entry_template()
    assert query == {"filename": [filename], "value": [text]}
    assert filename == "new-term.md" and text.startswith("---\nterm: \"new term\"\n")
    # in the HTML the query's separator is escaped, and nothing in the value is left raw
    raw = page.read_text(encoding="utf-8")
    assert "?filename=new-term.md&amp;value=---%0Aterm%3A%20%22new%20term%22" in raw
    # and the guide is a link away
    (guide,) = links(page, "blob")
    assert guide.get("href") == f"{repository}/blob/main/CONTRIBUTING.md"


def test_each_text_has_report_a_problem_naming_it(html_build, repository, manifest):
    for witness in manifest.witnesses:
        page = html_build / "texts" / f"{witness['id']}.html"
        tree = lxml.html.fromstring(page.read_bytes())
        (link,) = tree.xpath("//p[contains(@class, 'repo-report')]/a")
        assert link.text_content() == "Report a problem"
        url = urlsplit(link.get("href"))
        assert f"{url.scheme}://{url.netloc}{url.path}" == f"{repository}/issues/new"
        query = parse_qs(url.query)
        title = tree.xpath("//article//h1")[0].text_content().rstrip("¶").strip()
        assert query["title"] == [f"Problem in “{title}”"]
        assert query["body"][0].startswith(f"Page: {title} (texts/{witness['id']}.html)\n")
        # under the title, and the address for the paragraphs' links (edition.js)
        assert link.getparent().getprevious().tag == "h1"
        (meta,) = tree.xpath("//meta[@name='edition:repository']")
        assert meta.get("content") == repository
    # the other pages have no report link
    assert not links(html_build / "introduction.html", "issue")


def test_the_urls_survive_any_characters():
    title, body = "A & B: 50% #1? ü", "line one\nline two & “three” + four"
    url = issue_url("https://github.com/o/r", title, body)
    assert " " not in url and "\n" not in url and url.count("&") == 1 and url.count("?") == 1
    assert parse_qs(urlsplit(url).query) == {"title": [title], "body": [body]}
    url = new_file_url("https://github.com/o/r", "main", "docs/glossary/", "x y.md", "a=b&c")
    assert urlsplit(url).path == "/o/r/new/main/docs/glossary"
    assert parse_qs(urlsplit(url).query) == {"filename": ["x y.md"], "value": ["a=b&c"]}


def test_the_repositorys_address_is_in_one_configuration_value():
    """Nothing but conf.py names the repository: the pages, scripts and templates take it from there."""
    named = re.compile(r"github\.com/(?!o/r\b)[\w.-]+/[\w.-]+")
    places = [*Path(ROOT / "tools").rglob("*.py"), *Path(ROOT / "docs" / "_static").rglob("*.*"),
              *Path(ROOT / "docs").glob("*.md"), ROOT / "noxfile.py"]
    texts = [p for p in places if p.is_file() and p.suffix in {".py", ".js", ".css", ".html", ".md"}]
    offenders = [str(p.relative_to(ROOT)) for p in texts if named.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
    assert named.search((ROOT / "conf.py").read_text(encoding="utf-8"))


def test_in_the_pdf_and_the_epub_the_ways_in_go_and_a_named_file_stays_as_text():
    from types import SimpleNamespace

    from docutils import nodes

    from edition.sphinxext.repository import repository_link, resolve_links

    def paragraph(*children, classes=()):
        return nodes.paragraph("", "", *children, classes=list(classes))

    doc = nodes.document(None, None)
    section = nodes.section("", nodes.title("", "Glossary"))
    section += paragraph(nodes.Text("Entries are contributed: see "),
                         repository_link("", "CONTRIBUTING.md", action="blob", path="CONTRIBUTING.md"),
                         nodes.Text(" in the repository."))
    section += paragraph(repository_link("", "Propose a new entry", action="new", path="docs/glossary"),
                         nodes.Text(": GitHub's page for a new file."), classes=["gloss-propose"])
    section += paragraph(nodes.Text("The definition."))
    doc += section
    for builder in ("latex", "epub"):
        tree = doc.deepcopy()
        app = SimpleNamespace(builder=SimpleNamespace(name=builder), env=SimpleNamespace(metadata={}),
                              config=SimpleNamespace(edition_repository_url="https://github.com/o/r"))
        resolve_links(app, tree, "glossary")
        assert [p.astext() for p in tree.findall(nodes.paragraph)] == [
            "Entries are contributed: see CONTRIBUTING.md in the repository.", "The definition."]
        assert not list(tree.findall(nodes.reference))


@pytest.mark.parametrize(("clone", "address"), [
    ("https://github.com/reader/edition.git", "https://github.com/reader/edition"),
    ("git@github.com:reader/edition.git", "https://github.com/reader/edition"),
    ("ssh://git@github.com/reader/edition", "https://github.com/reader/edition"),
    ("https://github.com/reader/edition/\n", "https://github.com/reader/edition"),
    ("https://reader:token@github.com/reader/edition.git", None),  # never an address with credentials
    ("https://gitlab.com/reader/edition.git", None),
    ("/work/edition", None),
    ("https://github.com/reader", None),
    ("https://github.com/reader/edition/tree/main", None),
    ("https://github.com/reader/<script>", None),
    ("https://github.com/x/..", None),  # a browser would resolve it to another account's page
    ("https://github.com/x/...git", None),
])
def test_a_clone_of_a_repository_on_github_links_to_it(clone, address):
    namespace: dict = {"__file__": str(ROOT / "conf.py")}
    exec(compile((ROOT / "conf.py").read_text(encoding="utf-8"), "conf.py", "exec"), namespace)
    assert namespace["_github_address"](clone) == address
