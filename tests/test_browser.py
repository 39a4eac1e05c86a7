"""The reading experience in a real browser: Chromium or Google Chrome, driven by Playwright.

Playwright downloads no browser here: it drives the one in ``$EDITION_CHROMIUM``,
else Debian's Chromium, else the Google Chrome that GitHub's Ubuntu runners come
with (:func:`find_browser`). Without any of them the tests are skipped, saying
so; a path in ``$EDITION_CHROMIUM`` that does not exist is a mistake and fails.

The HTML edition is built once (``html_build``) and served on localhost; each
test opens pages as a reader would. Every page is checked for errors in the
browser console, and a screenshot of each page visited is kept in
``build/test-output/screenshots/``.
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import threading
from pathlib import Path

import pytest

from conftest import ROOT, sphinx_build

pytestmark = pytest.mark.browser

#: where a browser is looked for when $EDITION_CHROMIUM is not set: Debian's Chromium,
#: then Google Chrome (preinstalled on GitHub's runners; Ubuntu's chromium is a snap stub)
BROWSERS = ["/usr/bin/chromium", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"]
#: the flags this machine's closed network needs (no background connections)
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
SHOTS = ROOT / "build" / "test-output" / "screenshots"
PHONE = {"width": 390, "height": 844}
TEXT = "texts/capitalist-restoration.html"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def _serve(folder: Path):
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture(scope="module")
def site(html_build):
    server, url = _serve(html_build)
    yield url
    server.shutdown()


@pytest.fixture(scope="module")
def notes_site(tmp_path_factory):
    """A small page with notes of several paragraphs (the edition's witnesses have none)."""
    out = tmp_path_factory.mktemp("notes")
    proc = sphinx_build("html", out, src_dir=ROOT / "tests" / "roots" / "test-notes")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    server, url = _serve(out)
    yield url
    server.shutdown()


def find_browser(environ=os.environ, candidates=BROWSERS) -> str | None:
    """The browser to drive: ``$EDITION_CHROMIUM`` if set, else the first of *candidates* that exists."""
    if environ.get("EDITION_CHROMIUM"):
        return environ["EDITION_CHROMIUM"]
    return next((path for path in candidates if Path(path).exists()), None)


def test_the_browser_is_found_in_the_environment_or_the_usual_places(tmp_path):
    chrome = tmp_path / "google-chrome"
    chrome.touch()
    assert find_browser({}, [str(tmp_path / "chromium"), str(chrome)]) == str(chrome)
    assert find_browser({"EDITION_CHROMIUM": "/opt/x/chrome"}, [str(chrome)]) == "/opt/x/chrome"
    assert find_browser({}, [str(tmp_path / "chromium")]) is None


@pytest.fixture(scope="module")
def browser():
    path = find_browser()
    if path is None:
        pytest.skip(f"no browser: none of {', '.join(BROWSERS)} exists and EDITION_CHROMIUM is not set "
                    "(install Debian's chromium, or point EDITION_CHROMIUM at Chrome or Chromium)")
    if not Path(path).exists():
        pytest.fail(f"EDITION_CHROMIUM={path} does not exist")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module", autouse=True)
def _screenshots_folder():
    shutil.rmtree(SHOTS, ignore_errors=True)
    SHOTS.mkdir(parents=True)


class Reader:
    """A browser tab that records console errors and keeps screenshots."""

    def __init__(self, browser, base: str, viewport: dict | None = None):
        self.context = browser.new_context(viewport=viewport or {"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.base = base
        self.errors: list[str] = []
        self.page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))
        self.page.on("pageerror", lambda err: self.errors.append(str(err)))
        self.page.on("response", lambda res: res.status >= 400 and self.errors.append(f"{res.status} {res.url}"))

    def open(self, path: str):
        self.page.goto(self.base + path, wait_until="load")
        return self.page

    def shot(self, name: str, full_page: bool = False) -> None:
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


@pytest.fixture
def reader(browser, site):
    r = Reader(browser, site)
    yield r
    r.context.close()
    assert r.errors == [], f"errors in the browser console: {r.errors}"


def test_landing_page_card_leads_to_a_text(reader):
    page = reader.open("index.html")
    reader.shot("landing")
    cards = page.locator(".text-card")
    assert cards.count() == 5
    card = cards.nth(1)
    title = card.locator(".sd-card-title").inner_text().strip()
    card.click()
    page.wait_for_load_state("load")
    assert re.search(r"/texts/[\w-]+\.html(#[\w-]+)?$", page.url)
    heading = page.locator("article h1").first.inner_text()
    assert title.strip("[]") in heading


def test_an_authors_note_opens_in_place_and_returns_to_the_marker(reader):
    page = reader.open(TEXT)
    marker = page.locator("a.footnote-reference").first
    marker.scroll_into_view_if_needed()
    before = page.evaluate("window.scrollY")
    note_id = marker.get_attribute("href").lstrip("#")
    expected = page.locator(f"[id='{note_id}'] > p").all_inner_texts()
    marker.click()
    panel = page.locator(".note-panel")
    assert panel.is_visible()
    assert "note-panel-footnote" in panel.get_attribute("class")
    assert page.evaluate("document.activeElement.classList.contains('note-panel')")
    text = panel.locator(".note-panel-body").inner_text()
    assert all(" ".join(p.split()) in " ".join(text.split()) for p in expected)
    assert abs(page.evaluate("window.scrollY") - before) < 300, "opening a note must not jump away"
    reader.shot("note-open")
    page.keyboard.press("Escape")
    assert page.locator(".note-panel").count() == 0
    assert page.evaluate("document.activeElement.getAttribute('href')") == f"#{note_id}"


def test_an_editors_note_is_told_apart_and_closes_with_its_button(reader):
    page = reader.open(TEXT)
    marker = page.locator("sup.ednote-ref > a").first
    label = marker.inner_text().strip()
    marker.click()
    panel = page.locator(".note-panel")
    assert "note-panel-ednote" in panel.get_attribute("class")
    assert panel.locator(".note-panel-title").inner_text() == f"Editor’s note {label}"
    # the editor's notes and the author's have different colours
    ed_border = panel.evaluate("el => getComputedStyle(el).borderLeftColor")
    panel.locator(".note-panel-close").click()
    assert page.locator(".note-panel").count() == 0
    page.locator("a.footnote-reference").first.click()
    author_border = page.locator(".note-panel").evaluate("el => getComputedStyle(el).borderLeftColor")
    assert ed_border != author_border


def test_a_note_of_several_paragraphs_is_shown_whole(browser, notes_site):
    r = Reader(browser, notes_site)
    page = r.open("index.html")
    page.locator("a.footnote-reference").first.click()
    body = page.locator(".note-panel .note-panel-body")
    assert body.locator("p").all_inner_texts() == [
        "The note's first paragraph, which ends here.",
        "The note's second paragraph, which must not be lost.",
        "The note's third paragraph: the last one.",
    ]
    # at the end of the text too, the editor's note keeps its paragraphs apart
    assert page.locator("aside.ednote > p").nth(1).evaluate("el => getComputedStyle(el).display") == "block"
    r.shot("note-several-paragraphs")
    page.locator("sup.ednote-ref > a").click()
    assert page.locator(".note-panel").count() == 1, "one note at a time"
    assert page.locator(".note-panel .note-panel-body p").all_inner_texts() == [
        "The editor's note, first paragraph.", "The editor's note, second paragraph.",
    ]
    # the link to the note at the end of the page still works, and leads back
    page.locator(".note-panel-goto").click()
    assert page.evaluate("location.hash") == "#ednote-a"
    page.locator("a.ednote-label").click()
    assert page.evaluate("location.hash") == "#ednote-ref-a"
    r.context.close()
    assert r.errors == []


def test_a_glossary_term_shows_its_definition_on_hover_and_on_focus(reader):
    page = reader.open(TEXT)
    term = page.locator(".gloss").first
    tip = term.locator(".gloss-tip")
    assert not tip.is_visible()
    term.locator("a").hover()
    assert tip.is_visible()
    # the tooltip is the entry's term and definition, from the glossary's definitions file
    term_name, definition = page.evaluate("(slug) => window.editionGlossary[slug]", term.get_attribute("data-gloss"))
    assert tip.inner_text() == f"{term_name}: {definition}"
    assert len(definition.split()) > 5
    reader.shot("glossary-tooltip")
    page.mouse.move(0, 0)
    assert not tip.is_visible()
    term.locator("a").focus()
    assert tip.is_visible()
    assert term.locator("a").get_attribute("aria-describedby") == tip.get_attribute("id")
    page.keyboard.press("Escape")
    assert not tip.is_visible()


def test_an_old_link_to_an_entry_on_the_one_glossary_page_reaches_its_letter(reader):
    page = reader.open("glossary.html#gloss-nomenklatura")
    page.wait_for_url(re.compile(r"terms/n\.html#gloss-nomenklatura$"))
    assert page.locator("section#gloss-nomenklatura > h2").inner_text().strip().startswith("nomenklatura")


def test_a_link_to_another_site_with_an_entry_s_fragment_is_never_followed(reader):
    # red team, issue 16's round: any contributed public link "https://elsewhere/#gloss-x" made the page
    # redirect a reader who opened "…#gloss-x" to it, without a click
    outside: list[str] = []
    page = reader.page
    page.route("**/glossary.html*", lambda route: route.fulfill(
        response=(r := route.fetch()),
        body=r.text().replace("</body>", '<p><a class="reference external" '
                              'href="https://outside.invalid/landing#gloss-moved-away">x</a>'
                              '<a class="reference internal" href="https://outside.invalid/y#gloss-moved-away">'
                              'y</a></p></body>')))
    page.route("https://outside.invalid/**", lambda route: (outside.append(route.request.url), route.abort()))
    reader.open("glossary.html#gloss-moved-away")
    page.wait_for_timeout(500)
    assert outside == [] and page.url.endswith("glossary.html#gloss-moved-away")
    # near miss: the edition's own link to an entry's new page is followed (above, test of the old link)


def _search(page, query: str) -> list[str]:
    page.locator("#search-results .search-summary").wait_for(timeout=20_000)
    return [a.get_attribute("href") for a in page.locator("#search-results ul.search li a").all()]


def test_search_for_nomenklatura_reaches_the_glossary_entry(reader):
    page = reader.open("index.html")
    box = page.locator("input[name=q]").first
    box.fill("nomenklatura")
    box.press("Enter")
    page.wait_for_url(re.compile(r"search\.html"))
    links = _search(page, "nomenklatura")
    reader.shot("search-nomenklatura")
    entry = next(h for h in links if "terms/n.html" in h and "#gloss-nomenklatura" in h)
    assert any("texts/" in h for h in links), "the texts that use the word are found too"
    page.locator(f"#search-results a[href='{entry}']").first.click()
    page.wait_for_load_state("load")
    heading = page.locator("section#gloss-nomenklatura > h2")
    assert heading.inner_text().strip().startswith("nomenklatura")
    _wait_until_on_top(page, "gloss-nomenklatura")


@pytest.mark.parametrize(("variant", "standard"), [("Gorbachov", "Gorbachev"), ("glasnost'", "glasnost")])
def test_search_finds_a_variant_spelling(reader, variant, standard):
    found = {}
    for query in (variant, standard):
        page = reader.open(f"search.html?q={query}")
        found[query] = {h.split("?")[0].split("#")[0] for h in _search(page, query)}
    assert found[variant] == found[standard]
    assert any(h.startswith("texts/") for h in found[variant])


@pytest.mark.parametrize("word", ["constructor", "toString", "__proto__"])
def test_a_word_that_names_an_objects_method_is_searched_as_a_word(reader, word):
    """The variant spellings are looked up among the table's own keys, not its prototype's."""
    page = reader.open(f"search.html?q={word}")
    _search(page, word)  # the search finishes (a method passed to the stemmer throws); no console error
    assert reader.errors == [], reader.errors


def test_search_finds_index_entries(reader):
    page = reader.open("search.html?q=Gorbachov")
    links = _search(page, "Gorbachov")
    assert any("index-of-persons.html#ix-persons-gorbachev-mikhail" in h for h in links)


def _wait_until_on_top(page, anchor: str) -> None:
    """Wait until the browser has scrolled *anchor* to the top of the window (it does so after load)."""
    page.wait_for_function(
        f"(() => {{ const top = document.getElementById('{anchor}').getBoundingClientRect().top;"
        " return top >= 0 && top < 300; })()",
        timeout=10_000,
    )


def test_a_paragraph_link_opens_at_the_paragraph(reader):
    page = reader.open(f"{TEXT}#p12")
    para = page.locator("#p12")
    _wait_until_on_top(page, "p12")
    colour = para.evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent"), "the linked paragraph is highlighted"
    page.locator("#p3 a.paranum").click()
    assert page.evaluate("location.hash") == "#p3"
    reader.shot("paragraph-link")


def test_cite_this_paragraph_gives_a_formatted_citation(reader, manifest):
    from edition.linking.cite import cite_paragraph, cite_text

    page = reader.open(TEXT)
    page.locator("#p3").hover()
    button = page.locator("#p3 button.cite-para")
    assert button.get_attribute("aria-label") == "Cite paragraph 3"
    button.click()
    shown = page.locator("#p3 .cite-text").inner_text()
    witness = next(w for w in manifest.witnesses if w["id"] == "capitalist-restoration")
    edition = page.locator("meta[name='edition:cite-edition']").get_attribute("content")
    assert "The Russian Question: An annotated critical edition, version" in edition
    assert shown == cite_paragraph(cite_text(witness), 3, edition, reader.base + TEXT + "#p3")
    reader.shot("cite-paragraph")


def test_report_a_problem_with_a_paragraph_opens_an_issue_naming_it(reader):
    from urllib.parse import parse_qs, urlsplit

    page = reader.open(TEXT)
    repository = page.locator("meta[name='edition:repository']").get_attribute("content")
    # the paragraph's first words, past its number and its cite button
    words = " ".join(re.sub(r"^\s*3\s*(cite)?", "", page.locator("#p3").text_content()).split()[:6])
    page.locator("#p3").hover()
    page.locator("#p3 button.cite-para").click()
    link = page.locator("#p3 .cite-box a.report-para")
    assert link.inner_text() == "Report a problem"
    url = urlsplit(link.get_attribute("href"))
    assert f"{url.scheme}://{url.netloc}{url.path}" == f"{repository}/issues/new"
    query = parse_qs(url.query)
    title = page.locator("meta[name='citation_title']").get_attribute("content")
    assert query["title"] == [f"Problem in “{title}”, ¶ 3"]
    (body,) = query["body"]
    assert body.startswith(f"Page: {reader.base}{TEXT}#p3\nParagraph 3: “{words} ")
    assert body.endswith("…”\n\nWhat is wrong, and what should it be? (A source, if you have one.)\n")
    # the page's own link, under the title, names the address the reader is at
    whole = parse_qs(urlsplit(page.locator("p.repo-report a").get_attribute("href")).query)
    assert whole["title"][0].startswith(f"Problem in “{title.split(':')[0]}")
    assert whole["body"][0].startswith(f"Page: {reader.base}{TEXT}\n")
    reader.shot("report-paragraph")


PAGES = ["index.html", TEXT, "texts/soviet-mirage.html", "glossary.html", "terms/s.html", "bibliography.html",
         "index-of-persons.html", "parallels.html", "introduction.html", "witnesses.html"]


def test_every_page_fits_a_phone_screen(browser, site):
    r = Reader(browser, site, viewport=PHONE)
    too_wide = {}
    for path in PAGES:
        page = r.open(path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            too_wide[path] = width
        r.shot("phone-" + Path(path).stem)
    page = r.open(TEXT)
    page.locator("a.footnote-reference").first.click()
    assert page.locator(".note-panel").bounding_box()["width"] <= PHONE["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    r.shot("phone-note-open")
    r.context.close()
    assert too_wide == {}, f"pages wider than {PHONE['width']} px: {too_wide}"
    assert r.errors == []


def test_the_print_stylesheet_keeps_the_text_and_drops_the_furniture(reader):
    page = reader.open(TEXT)
    page.emulate_media(media="print")
    assert not page.locator(".sidebar-drawer").is_visible()
    assert not page.locator(".toc-drawer").is_visible()
    assert page.locator("#p1").is_visible()
    assert page.locator("aside.footnote").first.is_visible()
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
    (SHOTS / "print.pdf").write_bytes(pdf)


@pytest.mark.parametrize("path", ["index.html", TEXT, "glossary.html", "terms/n.html", "bibliography.html",
                                  "index-of-persons.html"])
def test_no_serious_accessibility_violations(reader, path):
    from axe_playwright_python.sync_playwright import Axe

    page = reader.open(path)
    results = Axe().run(page)
    bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    reader.shot("a11y-" + Path(path).stem)
    report = [(v["id"], v["impact"], v["help"], [n["target"] for n in v["nodes"][:5]]) for v in bad]
    assert bad == [], f"axe-core: {report}"
